#pragma once

#include "http/api_exchange.h"
#include "store/records.h"

#include <QJsonObject>

namespace snapline::sandbox {

// Clusters as the contract shows them: dedicated and tenant clusters
// (ClusterDescription20240805), Flex clusters and serverless instances.
QJsonObject clusterJson(const ApiRequest &request, const ClusterRow &cluster);
QJsonObject flexClusterJson(const ApiRequest &request, const ClusterRow &cluster);
QJsonObject serverlessJson(const ApiRequest &request, const ClusterRow &cluster);

} // namespace snapline::sandbox
