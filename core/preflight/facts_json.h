#pragma once

#include "domain/backup_policy.h"
#include "domain/cluster.h"
#include "domain/compliance_policy.h"
#include "domain/role_book.h"
#include "domain/snapshot.h"
#include "preflight/json_fields.h"

#include <optional>

namespace snapline::FactsJson {

// Readers for the pieces of a facts document, each checking its own fields.
Cluster readCluster(JsonFields &fields);
Snapshot readSnapshot(JsonFields &fields, const Cluster &owner);
BackupPolicy readBackupPolicy(JsonFields &fields);
CompliancePolicy readCompliancePolicy(JsonFields &fields);
PolicyItem readPolicyItem(JsonFields &fields);
TimeRanges readRanges(JsonFields &fields, QStringView key);
RoleBook readRoles(JsonFields &fields, QStringView key);

} // namespace snapline::FactsJson
