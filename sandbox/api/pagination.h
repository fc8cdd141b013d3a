#pragma once

#include "api/api_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace snapline::sandbox {

// The paging query of an Atlas list request and the paginated envelope {results, totalCount, links}.
class Pagination
{
public:
    static constexpr int kDefaultItemsPerPage = 100;
    static constexpr int kMaxItemsPerPage = 500;

    enum class Error {
        None,
        ItemsPerPageNotInteger,
        ItemsPerPageOutOfRange, // not in 1..500
        PageNumNotInteger,
        PageNumOutOfRange, // below 1, or beyond a 32-bit integer
        IncludeCountNotBoolean,
    };

    // The contract's defaults: 100 items, page 1, with totalCount.
    Pagination() = default;

    // Absent parameters take their defaults; the first bad one makes the result invalid.
    static Pagination fromQuery(const QUrlQuery &query);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    const QString &errorParameter() const { return m_errorParameter; }
    const QString &errorValue() const { return m_errorValue; }
    // 400 VALIDATION_ERROR naming the parameter and the value that was refused.
    ApiError apiError() const;

    int itemsPerPage() const { return m_itemsPerPage; }
    int pageNum() const { return m_pageNum; }
    bool includeCount() const { return m_includeCount; }
    qint64 offset() const { return qint64(m_pageNum - 1) * m_itemsPerPage; }

    // The envelope for one page: `pageItems` are this page's results, `totalCount` counts every item
    // (it decides the "next" link even when includeCount=false hides it). Links are built on `requestUrl`.
    QJsonObject envelope(const QJsonArray &pageItems, qint64 totalCount, const QUrl &requestUrl) const;
    // The same, slicing this page out of the complete list.
    QJsonObject paginate(const QJsonArray &allItems, const QUrl &requestUrl) const;
    // [{href, rel: "self"}], then "previous" after page 1, then "next" while items remain.
    QJsonArray links(qint64 totalCount, const QUrl &requestUrl) const;
    // `requestUrl` with pageNum and itemsPerPage set; every other query parameter is kept.
    static QString pageHref(const QUrl &requestUrl, int pageNum, int itemsPerPage);

private:
    void fail(Error error, const QString &parameter, const QString &value);

    int m_itemsPerPage = kDefaultItemsPerPage;
    int m_pageNum = 1;
    bool m_includeCount = true;
    Error m_error = Error::None;
    QString m_errorParameter;
    QString m_errorValue;
};

} // namespace snapline::sandbox
