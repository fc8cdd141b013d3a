#include "api/pagination.h"

#include <limits>

namespace snapline::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString kItemsPerPage = u"itemsPerPage"_s;
const QString kPageNum = u"pageNum"_s;
const QString kIncludeCount = u"includeCount"_s;

enum class Parsed { Absent, Integer, NotInteger };

// Strict base-10: an optional minus and digits, nothing else ("1.5", " 5", "+5", "" and "abc" are
// refused; "+" is refused because servlet containers read it as a space). Values past 18 digits stop
// growing, which keeps them out of every range without overflow.
Parsed parseInteger(const QUrlQuery &query, const QString &key, QString &text, qint64 &value)
{
    if (!query.hasQueryItem(key)) {
        return Parsed::Absent;
    }
    text = query.queryItemValue(key, QUrl::FullyDecoded);
    QStringView digits(text);
    const bool negative = digits.startsWith(u'-');
    if (negative) {
        digits = digits.sliced(1);
    }
    if (digits.isEmpty()) {
        return Parsed::NotInteger;
    }
    value = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9') {
            return Parsed::NotInteger;
        }
        if (value < 100'000'000'000'000'000) {
            value = value * 10 + (c.unicode() - u'0');
        }
    }
    value = negative ? -value : value;
    return Parsed::Integer;
}

} // namespace

Pagination Pagination::fromQuery(const QUrlQuery &query)
{
    Pagination result;
    QString text;
    qint64 value = 0;

    switch (parseInteger(query, kItemsPerPage, text, value)) {
    case Parsed::Absent:
        break;
    case Parsed::NotInteger:
        result.fail(Error::ItemsPerPageNotInteger, kItemsPerPage, text);
        return result;
    case Parsed::Integer:
        if (value < 1 || value > kMaxItemsPerPage) {
            result.fail(Error::ItemsPerPageOutOfRange, kItemsPerPage, text);
            return result;
        }
        result.m_itemsPerPage = int(value);
        break;
    }

    switch (parseInteger(query, kPageNum, text, value)) {
    case Parsed::Absent:
        break;
    case Parsed::NotInteger:
        result.fail(Error::PageNumNotInteger, kPageNum, text);
        return result;
    case Parsed::Integer:
        // The contract sets no maximum; Atlas reads the parameter as a 32-bit integer.
        if (value < 1 || value > std::numeric_limits<int>::max()) {
            result.fail(Error::PageNumOutOfRange, kPageNum, text);
            return result;
        }
        result.m_pageNum = int(value);
        break;
    }

    if (query.hasQueryItem(kIncludeCount)) {
        text = query.queryItemValue(kIncludeCount, QUrl::FullyDecoded);
        if (text.compare(u"true", Qt::CaseInsensitive) == 0) {
            result.m_includeCount = true;
        } else if (text.compare(u"false", Qt::CaseInsensitive) == 0) {
            result.m_includeCount = false;
        } else {
            result.fail(Error::IncludeCountNotBoolean, kIncludeCount, text);
        }
    }
    return result;
}

void Pagination::fail(Error error, const QString &parameter, const QString &value)
{
    m_error = error;
    m_errorParameter = parameter;
    m_errorValue = value;
}

ApiError Pagination::apiError() const
{
    QString rule;
    switch (m_error) {
    case Error::None:
        return ApiError::unexpectedError(u"The paging parameters are valid; there is no error to send."_s);
    case Error::ItemsPerPageNotInteger:
    case Error::PageNumNotInteger:
        rule = u"an integer"_s;
        break;
    case Error::ItemsPerPageOutOfRange:
        rule = u"an integer from 1 to %1"_s.arg(kMaxItemsPerPage);
        break;
    case Error::PageNumOutOfRange:
        rule = u"an integer of 1 or more"_s;
        break;
    case Error::IncludeCountNotBoolean:
        rule = u"true or false"_s;
        break;
    }
    // VALIDATION_ERROR is the contract's 400 code. badRequestDetail stays out: its fields are
    // paths into the request body, and these are query parameters.
    return ApiError::validationError(u"Invalid value \"%1\" for query parameter %2: it must be %3."_s.arg(
            m_errorValue, m_errorParameter, rule));
}

QString Pagination::pageHref(const QUrl &requestUrl, int pageNum, int itemsPerPage)
{
    QUrl url = requestUrl;
    QUrlQuery query(url);
    query.removeAllQueryItems(kPageNum);
    query.removeAllQueryItems(kItemsPerPage);
    query.addQueryItem(kPageNum, QString::number(pageNum));
    query.addQueryItem(kItemsPerPage, QString::number(itemsPerPage));
    url.setQuery(query);
    url.setFragment(QString());
    return url.toString(QUrl::FullyEncoded);
}

QJsonArray Pagination::links(qint64 totalCount, const QUrl &requestUrl) const
{
    const auto link = [&](int page, const QString &rel) {
        return QJsonObject{{u"href"_s, pageHref(requestUrl, page, m_itemsPerPage)}, {u"rel"_s, rel}};
    };
    QJsonArray result{link(m_pageNum, u"self"_s)};
    if (m_pageNum > 1) {
        result.append(link(m_pageNum - 1, u"previous"_s));
    }
    if (offset() + m_itemsPerPage < totalCount) {
        result.append(link(m_pageNum + 1, u"next"_s));
    }
    return result;
}

QJsonObject Pagination::envelope(const QJsonArray &pageItems, qint64 totalCount, const QUrl &requestUrl) const
{
    QJsonObject body{{u"results"_s, pageItems}, {u"links"_s, links(totalCount, requestUrl)}};
    // The contract: "MongoDB Cloud omits this value if includeCount is set to false."
    if (m_includeCount) {
        body.insert(u"totalCount"_s, totalCount);
    }
    return body;
}

QJsonObject Pagination::paginate(const QJsonArray &allItems, const QUrl &requestUrl) const
{
    QJsonArray page;
    const qint64 total = allItems.size();
    for (qint64 i = offset(); i < total && i < offset() + m_itemsPerPage; ++i) {
        page.append(allItems.at(qsizetype(i)));
    }
    return envelope(page, total, requestUrl);
}

} // namespace snapline::sandbox
