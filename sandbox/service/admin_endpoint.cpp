#include "service/admin_endpoint.h"

#include "api/api_error.h"
#include "service/sandbox_service.h"

#include <QJsonArray>

namespace snapline::sandbox {

namespace {

ApiReply ok(const QJsonObject &object)
{
    return ApiReply::json(200, QJsonDocument(object));
}

ApiReply badRequest(const QString &detail)
{
    return errorReply(ApiError::validationError(detail));
}

} // namespace

ApiReply handleAdminRequest(const ApiRequest &request, SandboxService &service)
{
    const QString what = request.path.mid(QStringLiteral("/sandbox-admin/").size());
    if (what == u"faults") {
        if (request.method == "PUT") {
            auto rules = FaultPlan::parse(request.body);
            if (!rules)
                return badRequest(rules.error().message);
            service.faults().replace(*rules);
        } else if (request.method == "DELETE") {
            service.faults().replace({});
        } else if (request.method != "GET") {
            return errorReply(ApiError::methodNotAllowed(request.method, request.path));
        }
        return ok({{QStringLiteral("faults"), service.faults().toJson()}});
    }
    if (what == u"tokens" && request.method == "DELETE") {
        service.tokens().revokeAll();
        return ApiReply::noContent();
    }
    if (what == u"requests" && request.method == "GET") {
        QJsonArray list;
        for (const auto &entry : service.recentRequests())
            list.append(entry);
        return ok({{QStringLiteral("requests"), list}});
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (what == u"settings" && request.method == "PUT") {
        for (const QString &key :
             {QStringLiteral("snapshotFailureRate"), QStringLiteral("restoreFailureRate")}) {
            if (!body.contains(key))
                continue;
            const double rate = body.value(key).toDouble(-1);
            if (rate < 0 || rate > 1)
                return badRequest(QStringLiteral("%1 must be between 0 and 1").arg(key));
            service.store().setMeta(key, QString::number(rate));
        }
        return ok(body);
    }
    if (what == u"advance" && request.method == "POST") {
        const qint64 seconds = body.value(u"seconds").toInteger(-1);
        if (seconds < 0 || seconds > 400LL * 86400)
            return badRequest(QStringLiteral("seconds must be between 0 and 400 days"));
        service.clock().advance(seconds);
        service.lifecycle().advanceTo(service.clock().nowSeconds());
        return ok({{QStringLiteral("now"), service.clock().now().toString(Qt::ISODate)}});
    }
    return errorReply(ApiError::resourceNotFound(request.path));
}

} // namespace snapline::sandbox
