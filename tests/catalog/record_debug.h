#pragma once

#include "catalog/audit_entry.h"
#include "catalog/sync_state.h"
#include "domain/backup_event.h"
#include "domain/backup_policy.h"
#include "domain/cluster.h"
#include "domain/compliance_policy.h"
#include "domain/export_bucket.h"
#include "domain/export_job.h"
#include "domain/organization.h"
#include "domain/restore_job.h"
#include "domain/snapshot.h"

#include <QDebug>

// So that QCOMPARE prints the records it compares, field by field.
namespace snapline {

QDebug operator<<(QDebug debug, const Organization &org);
QDebug operator<<(QDebug debug, const Project &project);
QDebug operator<<(QDebug debug, const Cluster &cluster);
QDebug operator<<(QDebug debug, const Snapshot &snapshot);
QDebug operator<<(QDebug debug, const PolicyItem &item);
QDebug operator<<(QDebug debug, const BackupPolicy &policy);
QDebug operator<<(QDebug debug, const CompliancePolicy &policy);
QDebug operator<<(QDebug debug, const RestoreJob &job);
QDebug operator<<(QDebug debug, const ExportBucket &bucket);
QDebug operator<<(QDebug debug, const ExportJob &job);
QDebug operator<<(QDebug debug, const BackupEvent &event);
QDebug operator<<(QDebug debug, const SyncState &state);
QDebug operator<<(QDebug debug, const AuditEntry &entry);

} // namespace snapline
