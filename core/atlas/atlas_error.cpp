#include "atlas/atlas_error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace snapline {

QString AtlasError::kindCode() const
{
    switch (kind) {
    case Kind::Http:
        return QStringLiteral("HTTP_%1").arg(httpStatus);
    case Kind::Tls:
        return QStringLiteral("TLS_FAILURE");
    case Kind::Connect:
        return QStringLiteral("CONNECT_FAILURE");
    case Kind::Timeout:
        return QStringLiteral("TIMEOUT");
    case Kind::Cancelled:
        return QStringLiteral("CANCELLED");
    case Kind::Protocol:
        return QStringLiteral("BAD_RESPONSE");
    case Kind::Local:
        return QStringLiteral("LOCAL_FAILURE");
    }
    return {};
}

AtlasError AtlasError::fromResponse(int status, const QByteArray &body, const QString &what)
{
    AtlasError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    error.errorCode = object.value(u"errorCode").toString();
    error.detail = object.value(u"detail").toString();
    error.message = AtlasErrorText::forStatus(status, error.errorCode, error.detail, what);
    return error;
}

AtlasError AtlasError::cancelled(const QString &what)
{
    AtlasError error;
    error.kind = Kind::Cancelled;
    error.message = AtlasErrorText::tr("Cancelled while trying to %1.").arg(what);
    return error;
}

AtlasError AtlasError::unreadable(const QString &what, const QString &why)
{
    AtlasError error;
    error.kind = Kind::Protocol;
    error.detail = why;
    error.message = AtlasErrorText::tr("Atlas sent an answer Snapline cannot read while trying to %1 (%2).")
                            .arg(what, why);
    return error;
}

AtlasError AtlasError::local(const Error &error)
{
    AtlasError out;
    out.kind = Kind::Local;
    out.errorCode = error.code;
    out.message = error.message;
    return out;
}

QString AtlasErrorText::forStatus(int status, const QString &errorCode, const QString &detail,
                                  const QString &what)
{
    const QString atlasSays = detail.isEmpty() ? QString() : tr(" Atlas says: %1").arg(detail);
    switch (status) {
    case 401:
        return tr("Atlas rejected the credentials while trying to %1: check the API key or service account "
                  "of "
                  "this profile.")
                       .arg(what)
                + atlasSays;
    case 403:
        return tr("The credentials of this profile lack the role needed to %1.").arg(what) + atlasSays;
    case 404:
        return tr("Atlas found nothing to %1 (%2).")
                       .arg(what, errorCode.isEmpty() ? tr("not found") : errorCode)
                + atlasSays;
    case 406:
    case 410:
        return tr("Atlas no longer offers the API version Snapline used to %1.").arg(what) + atlasSays;
    case 409:
        return tr("Atlas refused to %1 because of a conflict.").arg(what) + atlasSays;
    case 429:
        return tr("Atlas is rate-limiting this profile; Snapline will try again shortly to %1.").arg(what);
    default:
        break;
    }
    if (status >= 500)
        return tr("Atlas had a problem while trying to %1 (HTTP %2); try again later.").arg(what).arg(status)
                + atlasSays;
    return tr("Atlas refused to %1 (HTTP %2%3).")
                   .arg(what)
                   .arg(status)
                   .arg(errorCode.isEmpty() ? QString() : QStringLiteral(", ") + errorCode)
            + atlasSays;
}

} // namespace snapline
