#include "api/api_versions.h"

#include <algorithm>
#include <array>
#include <utility>

namespace snapline::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kMethodNames{std::pair{HttpMethod::Get, "GET"}, std::pair{HttpMethod::Post, "POST"},
                                  std::pair{HttpMethod::Put, "PUT"}, std::pair{HttpMethod::Patch, "PATCH"},
                                  std::pair{HttpMethod::Delete, "DELETE"}};

constexpr QByteArrayView kVendorPrefix("application/vnd.atlas.");
constexpr QByteArrayView kPreview("preview");

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if ((u | 0x20) >= u'a' && (u | 0x20) <= u'f') {
        return (u | 0x20) - u'a' + 10;
    }
    return -1;
}

// RFC 3986 decoding that keeps a malformed escape ("%zz", a trailing "%") as typed, which
// QUrl::fromPercentEncoding does not; the bytes are then read as UTF-8.
QString percentDecoded(QStringView segment)
{
    const auto isEscape = [&](qsizetype i) {
        return segment.at(i) == u'%' && i + 2 < segment.size() && hexValue(segment.at(i + 1)) >= 0
                && hexValue(segment.at(i + 2)) >= 0;
    };
    QByteArray bytes;
    qsizetype i = 0;
    while (i < segment.size()) {
        if (isEscape(i)) {
            bytes.append(char(hexValue(segment.at(i + 1)) * 16 + hexValue(segment.at(i + 2))));
            i += 3;
            continue;
        }
        const qsizetype literal = i;
        while (i < segment.size() && !isEscape(i)) {
            ++i;
        }
        bytes.append(segment.sliced(literal, i - literal).toUtf8());
    }
    return QString::fromUtf8(bytes);
}

// The path's segments, percent-decoded one by one so that an encoded "/" stays inside its segment.
QStringList splitPath(QStringView encodedPath)
{
    qsizetype end = encodedPath.size();
    for (const char16_t stop : {u'?', u'#'}) {
        const qsizetype at = encodedPath.indexOf(QChar(stop));
        end = at < 0 ? end : std::min(end, at);
    }
    QStringView path = encodedPath.left(end);
    if (!path.startsWith(u'/')) {
        return {};
    }
    // Clients differ on a trailing slash; Atlas's own links never carry one, so it is dropped.
    if (path.size() > 1 && path.endsWith(u'/')) {
        path.chop(1);
    }
    QStringList segments;
    for (QStringView part : path.split(u'/')) {
        segments.append(percentDecoded(part));
    }
    return segments;
}

struct MediaRange
{
    QByteArray type; // lower-cased, without parameters
    double quality = 1.0;
};

QList<MediaRange> parseAccept(QByteArrayView accept)
{
    QList<MediaRange> ranges;
    for (const QByteArray &item : accept.toByteArray().split(',')) {
        const QList<QByteArray> parts = item.split(';');
        MediaRange range{parts.first().trimmed().toLower(), 1.0};
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const double quality = parameter.mid(2).toDouble(&ok);
                range.quality = ok ? quality : 0.0;
            }
        }
        if (!range.type.isEmpty() && range.quality > 0.0) {
            ranges.append(range);
        }
    }
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const MediaRange &a, const MediaRange &b) { return a.quality > b.quality; });
    return ranges;
}

bool isPastSunset(const ApiMediaVersion &version, QDate today)
{
    const QDate sunset = QDate::fromString(QString::fromLatin1(version.sunset), Qt::ISODate);
    // Removed "at its sunset date" (digest §1.2): the sunset day itself already answers 410.
    return sunset.isValid() && today >= sunset;
}

} // namespace

QByteArray httpMethodName(HttpMethod method)
{
    for (const auto &[value, name] : kMethodNames) {
        if (value == method) {
            return QByteArray(name);
        }
    }
    return {};
}

std::optional<HttpMethod> httpMethodFromName(QByteArrayView name)
{
    // Method names are case-sensitive (RFC 9110 §9.1): "get" is not GET.
    for (const auto &[value, text] : kMethodNames) {
        if (name == QByteArrayView(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QByteArray ApiResolution::contentType() const
{
    if (version == nullptr) {
        return {};
    }
    return kVendorPrefix.toByteArray() + version->version + '+' + version->format;
}

QByteArray ApiResolution::allowHeader() const
{
    QList<QByteArray> names;
    for (HttpMethod allowed : allowedMethods) {
        names.append(httpMethodName(allowed));
    }
    return names.join(", ");
}

ApiError ApiResolution::error() const
{
    switch (kind) {
    case Kind::NotFound:
        return ApiError::resourceNotFound(path);
    case Kind::MethodNotAllowed:
        return ApiError::methodNotAllowed(method, path);
    case Kind::NotAcceptable:
        return ApiError::invalidVersionDate();
    case Kind::Gone:
        return ApiError::versionGone(QString::fromLatin1(contentType()),
                                     QString::fromLatin1(version->sunset));
    case Kind::Ok:
        break;
    }
    return ApiError::unexpectedError(u"The request resolved; there is no error to send."_s);
}

ApiVersions::ApiVersions(std::shared_ptr<const Clock> clock, std::span<const ApiOperation> operations)
    : m_clock(clock ? std::move(clock) : Clock::system())
    , m_operations(operations)
{
    for (const char *date : apiPublishedVersionDates()) {
        m_publishedDates.insert(QString::fromLatin1(date));
    }
    for (const ApiOperation &operation : m_operations) {
        for (const ApiMediaVersion &version : operation.versions) {
            if (QByteArrayView(version.version) != kPreview) {
                m_publishedDates.insert(QString::fromLatin1(version.version));
            }
        }
        const QString pathTemplate = QString::fromLatin1(operation.pathTemplate);
        auto route = std::find_if(m_routes.begin(), m_routes.end(), [&](const Route &candidate) {
            return QByteArrayView(candidate.operations.first()->pathTemplate)
                    == QByteArrayView(operation.pathTemplate);
        });
        if (route == m_routes.end()) {
            Route added;
            for (const QString &text : pathTemplate.split(u'/')) {
                const bool parameter = text.startsWith(u'{') && text.endsWith(u'}');
                added.segments.append(Segment{parameter ? text.mid(1, text.size() - 2) : text, parameter});
            }
            m_routes.append(added);
            route = std::prev(m_routes.end());
        }
        route->operations.append(&operation);
    }
}

const ApiVersions::Route *ApiVersions::matchRoute(const QStringList &segments) const
{
    const Route *best = nullptr;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size()) {
            continue;
        }
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const Segment &segment = route.segments.at(i);
            matches = segment.parameter ? !segments.at(i).isEmpty() : segment.text == segments.at(i);
        }
        if (!matches) {
            continue;
        }
        // OpenAPI: a concrete segment beats a template at the first place they differ,
        // so ".../snapshots/shardedClusters" is not read as snapshot "shardedClusters".
        if (best == nullptr) {
            best = &route;
            continue;
        }
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const bool literal = !route.segments.at(i).parameter;
            if (literal != !best->segments.at(i).parameter) {
                if (literal) {
                    best = &route;
                }
                break;
            }
        }
    }
    return best;
}

ApiResolution ApiVersions::route(QByteArrayView method, QStringView encodedPath) const
{
    ApiResolution resolution;
    resolution.method = method.toByteArray();
    const QStringList segments = splitPath(encodedPath);
    resolution.path = segments.join(u'/');
    const Route *route = matchRoute(segments);
    if (route == nullptr) {
        resolution.kind = ApiResolution::Kind::NotFound;
        return resolution;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route->segments.at(i).parameter) {
            resolution.pathParameters.insert(route->segments.at(i).text, segments.at(i));
        }
    }
    const std::optional<HttpMethod> wanted = httpMethodFromName(method);
    for (const ApiOperation *operation : route->operations) {
        resolution.allowedMethods.append(operation->method);
        if (wanted == operation->method) {
            resolution.operation = operation;
        }
    }
    std::sort(resolution.allowedMethods.begin(), resolution.allowedMethods.end());
    resolution.kind = resolution.operation ? ApiResolution::Kind::Ok : ApiResolution::Kind::MethodNotAllowed;
    return resolution;
}

ApiResolution ApiVersions::resolve(QByteArrayView method, QStringView encodedPath,
                                   QByteArrayView accept) const
{
    return resolve(method, encodedPath, accept, m_clock->now().toUTC().date());
}

ApiResolution ApiVersions::resolve(QByteArrayView method, QStringView encodedPath, QByteArrayView accept,
                                   QDate today) const
{
    ApiResolution resolution = route(method, encodedPath);
    if (resolution.ok()) {
        chooseVersion(resolution, accept, today);
    }
    return resolution;
}

void ApiVersions::chooseVersion(ApiResolution &resolution, QByteArrayView accept, QDate today) const
{
    // Only application/vnd.atlas.* ranges name a version. A missing Accept, application/json, */*
    // or anything else gets 406: Atlas requires the resource version (see invalidVersionDate()).
    ApiResolution::Kind firstFailure = ApiResolution::Kind::NotAcceptable;
    const ApiMediaVersion *firstFailureVersion = nullptr;
    bool tried = false;
    for (const MediaRange &range : parseAccept(accept)) {
        if (!range.type.startsWith(kVendorPrefix)) {
            continue;
        }
        const ApiResolution::Kind kind = tryMediaRange(resolution, range.type, today);
        if (kind == ApiResolution::Kind::Ok) {
            resolution.kind = kind;
            return;
        }
        // The client's most preferred range explains the failure best.
        if (!tried) {
            firstFailure = kind;
            firstFailureVersion = resolution.version;
            tried = true;
        }
    }
    resolution.kind = firstFailure;
    resolution.version = firstFailureVersion;
}

ApiResolution::Kind ApiVersions::tryMediaRange(ApiResolution &resolution, QByteArrayView range,
                                               QDate today) const
{
    resolution.version = nullptr;
    const QByteArrayView label = range.sliced(kVendorPrefix.size());
    const qsizetype plus = label.indexOf('+');
    if (plus <= 0 || plus == label.size() - 1) {
        return ApiResolution::Kind::NotAcceptable;
    }
    const QByteArrayView requested = label.first(plus);
    const QByteArrayView format = label.sliced(plus + 1);
    const bool preview = requested == kPreview;
    const QString date = QString::fromLatin1(requested);
    // A date must be real and one the API has published; an invented date is not a version.
    if (!preview
        && (requested.size() != 10 || !QDate::fromString(date, Qt::ISODate).isValid()
            || !m_publishedDates.contains(date))) {
        return ApiResolution::Kind::NotAcceptable;
    }

    const ApiMediaVersion *chosen = nullptr;
    for (const ApiMediaVersion &version : resolution.operation->versions) {
        const QByteArrayView name(version.version);
        if (!version.inResponse || QByteArrayView(version.format) != format
            || (name == kPreview) != preview) {
            continue;
        }
        if (preview || m_matching == Matching::Exact) {
            if (name == requested) {
                chosen = &version;
            }
        } else if (name.compare(requested) <= 0 && (chosen == nullptr || name.compare(chosen->version) > 0)) {
            // ISO dates order as strings; the newest version not after the requested date wins.
            chosen = &version;
        }
    }
    if (chosen == nullptr) {
        return ApiResolution::Kind::NotAcceptable;
    }
    resolution.version = chosen;
    return isPastSunset(*chosen, today) ? ApiResolution::Kind::Gone : ApiResolution::Kind::Ok;
}

} // namespace snapline::sandbox
