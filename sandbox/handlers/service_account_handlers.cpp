#include "handlers/service_account_handlers.h"

#include "handlers/json_render.h"
#include "security/caller.h"
#include "service/sandbox_context.h"

#include <QJsonArray>

namespace snapline::sandbox {

namespace {

ApiReply getServiceAccount(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString clientId = request.param(QStringLiteral("clientId"));
    const auto credential = context.store.credential(clientId);
    const auto project = context.store.project(groupId);
    if (!credential || credential->kind != u"serviceAccount" || !project) {
        return errorReply(ApiError::resourceNotFound(
                QStringLiteral("service account %1 in group %2").arg(clientId, groupId)));
    }
    const Caller account(*credential, project->orgId);
    QStringList roles = account.rolesOn(groupId);
    // An organization owner holds Project Owner on every project of the organization.
    if (account.rolesOn(project->orgId).contains(QStringLiteral("ORG_OWNER"))
        && !roles.contains(QStringLiteral("GROUP_OWNER")))
        roles << QStringLiteral("GROUP_OWNER");
    if (roles.isEmpty()) {
        return errorReply(ApiError::resourceNotFound(
                QStringLiteral("service account %1 in group %2").arg(clientId, groupId)));
    }
    return jsonReply({{QStringLiteral("clientId"), credential->id},
                      {QStringLiteral("name"), credential->description},
                      {QStringLiteral("description"), credential->description},
                      {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                      {QStringLiteral("secrets"), QJsonArray()}});
}

} // namespace

void registerServiceAccountHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("getGroupServiceAccount", getServiceAccount);
}

} // namespace snapline::sandbox
