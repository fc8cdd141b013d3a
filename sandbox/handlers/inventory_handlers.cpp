#include "handlers/inventory_handlers.h"

#include "handlers/cluster_json.h"
#include "handlers/json_render.h"

#include <QCryptographicHash>

namespace snapline::sandbox {

namespace {

QJsonObject orgJson(const OrgRow &org)
{
    return {{QStringLiteral("id"), org.id},
            {QStringLiteral("name"), org.name},
            {QStringLiteral("isDeleted"), false}};
}

QJsonObject projectJson(SandboxContext &context, const ProjectRow &project)
{
    return {{QStringLiteral("id"), project.id},
            {QStringLiteral("name"), project.name},
            {QStringLiteral("orgId"), project.orgId},
            {QStringLiteral("created"), isoTime(project.created)},
            {QStringLiteral("clusterCount"), qint64(context.store.clusters(project.id).size())}};
}

bool nameMatches(const ApiRequest &request, const QString &name)
{
    const QString prefix = request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    return prefix.isEmpty() || name.startsWith(prefix, Qt::CaseInsensitive);
}

ApiReply systemStatus(const ApiRequest &, const Caller &caller, SandboxContext &)
{
    const CredentialRow &credential = caller.credential();
    QJsonValue apiKey = QJsonValue::Null;
    if (credential.kind == u"apiKey") {
        QJsonArray roles;
        for (const auto &[scope, role] : credential.roles) {
            const bool org = role.startsWith(u"ORG_");
            roles.append(QJsonObject{{org ? QStringLiteral("orgId") : QStringLiteral("groupId"), scope},
                                     {QStringLiteral("roleName"), role}});
        }
        const QByteArray keyId
                = QCryptographicHash::hash(credential.id.toUtf8(), QCryptographicHash::Sha1).toHex();
        apiKey = QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(keyId.left(24))},
                {QStringLiteral("publicKey"), credential.id},
                {QStringLiteral("accessList"),
                 QJsonArray{QJsonObject{{QStringLiteral("cidrBlock"), QStringLiteral("127.0.0.1/32")},
                                        {QStringLiteral("ipAddress"), QStringLiteral("127.0.0.1")}}}},
                {QStringLiteral("roles"), roles}};
    }
    return jsonReply({{QStringLiteral("appName"), QStringLiteral("MongoDB Atlas")},
                      {QStringLiteral("build"), QStringLiteral("5f0d2a6c1b0e4c3f9a8b7c6d5e4f3a2b1c0d9e8f")},
                      {QStringLiteral("throttling"), false},
                      {QStringLiteral("apiKey"), apiKey}});
}

ApiReply listOrgs(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    QJsonArray orgs;
    for (const auto &org : context.store.orgs()) {
        if (!caller.rolesOn(org.id).isEmpty() && nameMatches(request, org.name))
            orgs.append(orgJson(org));
    }
    return pagedReply(request, orgs);
}

ApiReply getOrg(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    return jsonReply(orgJson(*context.store.org(request.param(QStringLiteral("orgId")))));
}

ApiReply projectsOf(const ApiRequest &request, const Caller &caller, SandboxContext &context,
                    const QString &orgId)
{
    QJsonArray projects;
    for (const auto &project : context.store.projects(orgId)) {
        if (caller.canSeeProject(project.id) && nameMatches(request, project.name))
            projects.append(projectJson(context, project));
    }
    return pagedReply(request, projects);
}

ApiReply listClustersOfKind(const ApiRequest &request, SandboxContext &context, const QStringList &kinds,
                            QJsonObject (*render)(const ApiRequest &, const ClusterRow &))
{
    QJsonArray items;
    for (const auto &cluster : context.store.clusters(request.param(QStringLiteral("groupId")))) {
        if (kinds.contains(cluster.kind))
            items.append(render(request, cluster));
    }
    return pagedReply(request, items);
}

ApiReply getClusterOfKind(const ApiRequest &request, SandboxContext &context, const QString &nameParam,
                          const QStringList &kinds,
                          QJsonObject (*render)(const ApiRequest &, const ClusterRow &))
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString name = request.param(nameParam);
    const auto cluster = context.store.cluster(groupId, name);
    if (!cluster || !kinds.contains(cluster->kind))
        return errorReply(ApiError::clusterNotFound(name, groupId));
    return jsonReply(render(request, *cluster));
}

} // namespace

void registerInventoryHandlers(ApiDispatcher &dispatcher)
{
    const QStringList dedicated{QStringLiteral("dedicated"), QStringLiteral("tenant")};
    const QStringList flex{QStringLiteral("flex")};
    const QStringList serverless{QStringLiteral("serverless")};
    dispatcher.handle("getSystemStatus", systemStatus);
    dispatcher.handle("listOrgs", listOrgs);
    dispatcher.handle("getOrg", getOrg);
    dispatcher.handle("getOrgGroups", [](const ApiRequest &r, const Caller &c, SandboxContext &ctx) {
        return projectsOf(r, c, ctx, r.param(QStringLiteral("orgId")));
    });
    dispatcher.handle("listGroups", [](const ApiRequest &r, const Caller &c, SandboxContext &ctx) {
        return projectsOf(r, c, ctx, QString());
    });
    dispatcher.handle("getGroup", [](const ApiRequest &r, const Caller &, SandboxContext &ctx) {
        return jsonReply(projectJson(ctx, *ctx.store.project(r.param(QStringLiteral("groupId")))));
    });
    dispatcher.handle("listGroupClusters",
                      [dedicated](const ApiRequest &r, const Caller &, SandboxContext &ctx) {
                          return listClustersOfKind(r, ctx, dedicated, clusterJson);
                      });
    dispatcher.handle(
            "getGroupCluster", [dedicated](const ApiRequest &r, const Caller &, SandboxContext &ctx) {
                return getClusterOfKind(r, ctx, QStringLiteral("clusterName"), dedicated, clusterJson);
            });
    dispatcher.handle("listGroupFlexClusters",
                      [flex](const ApiRequest &r, const Caller &, SandboxContext &ctx) {
                          return listClustersOfKind(r, ctx, flex, flexClusterJson);
                      });
    dispatcher.handle("getGroupFlexCluster",
                      [flex](const ApiRequest &r, const Caller &, SandboxContext &ctx) {
                          return getClusterOfKind(r, ctx, QStringLiteral("name"), flex, flexClusterJson);
                      });
    dispatcher.handle("listGroupServerlessInstances",
                      [serverless](const ApiRequest &r, const Caller &, SandboxContext &ctx) {
                          return listClustersOfKind(r, ctx, serverless, serverlessJson);
                      });
    dispatcher.handle("getGroupServerlessInstance",
                      [serverless](const ApiRequest &r, const Caller &, SandboxContext &ctx) {
                          return getClusterOfKind(r, ctx, QStringLiteral("name"), serverless, serverlessJson);
                      });
}

} // namespace snapline::sandbox
