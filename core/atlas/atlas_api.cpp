#include "atlas/atlas_api_calls.h"
#include "atlas/inventory_json.h"

namespace snapline {

AtlasApi::AtlasApi(std::shared_ptr<AtlasClient> client)
    : m_client(std::move(client))
{}

AtlasApi::Call<Done> AtlasApi::remove(const ApiEndpoint &endpoint, const QStringList &arguments,
                                      const QString &what, Cancel cancel)
{
    auto answer = m_client->send(endpoint, arguments, {}, {}, what, cancel);
    if (!answer)
        return answer.error();
    return Done{};
}

AtlasApi::Call<SystemStatus> AtlasApi::systemStatus(Cancel cancel)
{
    return fetch<SystemStatus>(
            Endpoints::getSystemStatus, {}, tr("read who these credentials are"),
            [](const QJsonObject &json) {
                return SystemStatus{json.value(u"appName").toString(), json.value(u"throttling").toBool(),
                                    json.value(u"apiKey").toObject().value(u"publicKey").toString(),
                                    rolesFromSystemStatus(json)};
            },
            cancel);
}

AtlasApi::Call<QStringList> AtlasApi::serviceAccountRoles(const QString &projectId, const QString &clientId,
                                                          Cancel cancel)
{
    return fetch<QStringList>(
            Endpoints::getGroupServiceAccount, {projectId, clientId},
            tr("read the service account's roles in project %1").arg(projectId),
            [](const QJsonObject &json) {
                QStringList roles;
                for (const QJsonValue &role : json.value(u"roles").toArray())
                    roles << role.toString();
                return roles;
            },
            cancel);
}

AtlasApi::Call<QList<Organization>> AtlasApi::organizations(Cancel cancel)
{
    return collect<Organization>(Endpoints::listOrgs, {}, tr("list the organizations"), organizationFromJson,
                                 cancel);
}

AtlasApi::Call<Organization> AtlasApi::organization(const QString &orgId, Cancel cancel)
{
    return fetch<Organization>(Endpoints::getOrg, {orgId}, tr("read organization %1").arg(orgId),
                               organizationFromJson, cancel);
}

AtlasApi::Call<QList<Project>> AtlasApi::projectsOf(const QString &orgId, Cancel cancel)
{
    return collect<Project>(Endpoints::getOrgGroups, {orgId},
                            tr("list the projects of organization %1").arg(orgId), projectFromJson, cancel);
}

AtlasApi::Call<QList<Project>> AtlasApi::projects(Cancel cancel)
{
    return collect<Project>(Endpoints::listGroups, {}, tr("list the projects"), projectFromJson, cancel);
}

AtlasApi::Call<Project> AtlasApi::project(const QString &projectId, Cancel cancel)
{
    return fetch<Project>(Endpoints::getGroup, {projectId}, tr("read project %1").arg(projectId),
                          projectFromJson, cancel);
}

AtlasApi::Call<QList<Cluster>> AtlasApi::clusters(const QString &projectId, Cancel cancel)
{
    return collect<Cluster>(Endpoints::listGroupClusters, {projectId},
                            tr("list the clusters of project %1").arg(projectId), clusterFromJson, cancel);
}

AtlasApi::Call<Cluster> AtlasApi::cluster(const QString &projectId, const QString &name, Cancel cancel)
{
    return fetch<Cluster>(Endpoints::getGroupCluster, {projectId, name}, tr("read cluster %1").arg(name),
                          clusterFromJson, cancel);
}

AtlasApi::Call<Cluster> AtlasApi::updateClusterBackup(const QString &projectId, const QString &name,
                                                      const ClusterBackupChange &change, Cancel cancel)
{
    QJsonObject body;
    if (change.backupEnabled)
        body.insert(QStringLiteral("backupEnabled"), *change.backupEnabled);
    if (change.pitEnabled)
        body.insert(QStringLiteral("pitEnabled"), *change.pitEnabled);
    return fetch<Cluster>(Endpoints::updateGroupCluster, {projectId, name},
                          tr("change the backup settings of cluster %1").arg(name), clusterFromJson, cancel,
                          body);
}

AtlasApi::Call<QList<Cluster>> AtlasApi::flexClusters(const QString &projectId, Cancel cancel)
{
    return collect<Cluster>(Endpoints::listGroupFlexClusters, {projectId},
                            tr("list the Flex clusters of project %1").arg(projectId), flexClusterFromJson,
                            cancel);
}

AtlasApi::Call<Cluster> AtlasApi::flexCluster(const QString &projectId, const QString &name, Cancel cancel)
{
    return fetch<Cluster>(Endpoints::getGroupFlexCluster, {projectId, name},
                          tr("read Flex cluster %1").arg(name), flexClusterFromJson, cancel);
}

AtlasApi::Call<QList<Cluster>> AtlasApi::serverlessInstances(const QString &projectId, Cancel cancel)
{
    return collect<Cluster>(Endpoints::listGroupServerlessInstances, {projectId},
                            tr("list the serverless instances of project %1").arg(projectId),
                            serverlessFromJson, cancel);
}

AtlasApi::Call<Cluster> AtlasApi::serverlessInstance(const QString &projectId, const QString &name,
                                                     Cancel cancel)
{
    return fetch<Cluster>(Endpoints::getGroupServerlessInstance, {projectId, name},
                          tr("read serverless instance %1").arg(name), serverlessFromJson, cancel);
}

} // namespace snapline
