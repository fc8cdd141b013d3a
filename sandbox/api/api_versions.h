#pragma once

#include "api/api_error.h"
#include "api/api_operation.h"
#include "util/clock.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <memory>
#include <span>

namespace snapline::sandbox {

// What the sandbox should do with one request: the operation and media-type version to serve, or why not.
struct ApiResolution
{
    enum class Kind {
        Ok,               // serve `operation` in `version`
        NotFound,         // no operation has this path (404)
        MethodNotAllowed, // the path exists, the method does not (405; see allowedMethods)
        NotAcceptable,    // no usable version in the Accept header (406)
        Gone,             // the chosen version is past its sunset date (410; see version)
    };

    Kind kind = Kind::NotFound;
    QString path; // the request path, percent-decoded
    QByteArray method;
    const ApiOperation *operation = nullptr;  // set unless NotFound / MethodNotAllowed
    const ApiMediaVersion *version = nullptr; // set for Ok and Gone
    QHash<QString, QString> pathParameters; // "groupId" → value, percent-decoded; set once the path matched
    QList<HttpMethod> allowedMethods;       // every method the path serves; set once the path matched

    bool ok() const { return kind == Kind::Ok; }
    // "application/vnd.atlas.2024-08-05+json" for the chosen version; empty without one.
    QByteArray contentType() const;
    // The value of an Allow header ("GET, PATCH").
    QByteArray allowHeader() const;
    // The ApiError body to send when !ok().
    ApiError error() const;
};

// Maps a request (method, path, Accept) to its contract operation and the media-type version to serve.
class ApiVersions
{
public:
    // How a versioned Accept date selects a version of the operation.
    enum class Matching {
        NewestNotAfter, // the newest version dated on or before the requested date (the digest's §1.2 rule)
        Exact,          // only a version with exactly the requested date
    };

    explicit ApiVersions(std::shared_ptr<const Clock> clock = Clock::system(),
                         std::span<const ApiOperation> operations = apiOperations());

    void setMatching(Matching matching) { m_matching = matching; }
    Matching matching() const { return m_matching; }
    std::span<const ApiOperation> operations() const { return m_operations; }

    // `encodedPath` is the URL path as sent (percent-encoded; a query or fragment is ignored).
    ApiResolution resolve(QByteArrayView method, QStringView encodedPath, QByteArrayView accept) const;
    ApiResolution resolve(QByteArrayView method, QStringView encodedPath, QByteArrayView accept,
                          QDate today) const;
    // Path and method only: Ok with operation set but no version, or NotFound / MethodNotAllowed.
    ApiResolution route(QByteArrayView method, QStringView encodedPath) const;

private:
    struct Segment
    {
        QString text; // a literal, or the parameter name without braces
        bool parameter = false;
    };
    struct Route
    {
        QList<Segment> segments;
        QList<const ApiOperation *> operations;
    };

    const Route *matchRoute(const QStringList &segments) const;
    void chooseVersion(ApiResolution &resolution, QByteArrayView accept, QDate today) const;
    ApiResolution::Kind tryMediaRange(ApiResolution &resolution, QByteArrayView range, QDate today) const;

    std::shared_ptr<const Clock> m_clock;
    std::span<const ApiOperation> m_operations;
    QList<Route> m_routes;
    QSet<QString> m_publishedDates;
    Matching m_matching = Matching::NewestNotAfter;
};

} // namespace snapline::sandbox
