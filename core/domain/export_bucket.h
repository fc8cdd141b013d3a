#pragma once

#include "domain/cluster_traits.h"

#include <QString>

namespace snapline {

// A cloud storage bucket (or Azure container) a project exports snapshots
// into. Which role field is set depends on the provider: AWS names a Unified
// AWS Access role (iamRoleId), Azure and GCP a roleId.
struct ExportBucket
{
    QString id; // "_id" on the wire
    QString bucketName;
    CloudProvider cloudProvider = CloudProvider::Aws;
    QString iamRoleId;  // AWS
    QString roleId;     // Azure, GCP
    QString region;     // AWS, set by Atlas
    QString serviceUrl; // Azure: https://<account>.blob.core.windows.net/<container>
    QString tenantId;   // Azure, deprecated and ignored by Atlas
    bool requirePrivateNetworking = false;

    bool operator==(const ExportBucket &) const = default;
};

} // namespace snapline
