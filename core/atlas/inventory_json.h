#pragma once

#include "domain/cluster.h"
#include "domain/organization.h"
#include "domain/role_book.h"

#include <QJsonObject>

namespace snapline {

// Organizations, projects and clusters from the Admin API's JSON. Clusters
// come in three shapes: dedicated (ClusterDescription20240805), Flex and
// serverless; each is mapped onto the console's one Cluster type.
Organization organizationFromJson(const QJsonObject &json);
Project projectFromJson(const QJsonObject &json);
Cluster clusterFromJson(const QJsonObject &json);
Cluster flexClusterFromJson(const QJsonObject &json);
Cluster serverlessFromJson(const QJsonObject &json);

// The roles of the calling API key from GET /api/atlas/v2 (apiKey.roles[]).
RoleBook rolesFromSystemStatus(const QJsonObject &json);
// The project roles of a service account from GET …/serviceAccounts/{clientId}.
void addServiceAccountRoles(const QJsonObject &json, const QString &projectId, RoleBook &roles);

} // namespace snapline
