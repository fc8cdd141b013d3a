#pragma once

#include <QString>

// Stable codes of every finding the planner can report, grouped by the
// section of docs/rules.md they come from. Codes never change meaning; new
// rules get new codes.
namespace snapline::RuleCode {

// §1 roles
inline const QString RoleMissing = QStringLiteral("ROLE_MISSING");
inline const QString RoleMissingOnTarget = QStringLiteral("ROLE_MISSING_ON_TARGET");
inline const QString RoleOrgOwnerNotInProject = QStringLiteral("ROLE_ORG_OWNER_NOT_IN_PROJECT");

// §2 version ladder
inline const QString VersionUnknown = QStringLiteral("VERSION_UNKNOWN");
inline const QString VersionDowngrade = QStringLiteral("VERSION_DOWNGRADE");
inline const QString VersionRapidReleaseBehind = QStringLiteral("VERSION_RAPID_RELEASE_BEHIND");
inline const QString VersionTooFarAhead = QStringLiteral("VERSION_TOO_FAR_AHEAD");
inline const QString VersionFcvPinned = QStringLiteral("VERSION_FCV_PINNED");
inline const QString VersionSharedSameMajor = QStringLiteral("VERSION_SHARED_SAME_MAJOR");
inline const QString VersionSharedTargetTooOld = QStringLiteral("VERSION_SHARED_TARGET_SNAPSHOT_TOO_OLD");

// §3 topology, tier, encryption, legacy
inline const QString TopologyShardedToReplicaSet = QStringLiteral("TOPOLOGY_SHARDED_TO_REPLICA_SET");
inline const QString TopologyReplicaSetToSharded = QStringLiteral("TOPOLOGY_REPLICA_SET_TO_SHARDED");
inline const QString TopologyShardCountMismatch = QStringLiteral("TOPOLOGY_SHARD_COUNT_MISMATCH");
inline const QString TopologyShardsChanged = QStringLiteral("TOPOLOGY_SHARDS_CHANGED_SINCE_SNAPSHOT");
inline const QString TierFreeNoBackup = QStringLiteral("TIER_FREE_NO_BACKUP");
inline const QString TierTargetFree = QStringLiteral("TIER_TARGET_FREE");
inline const QString TierTargetServerless = QStringLiteral("TIER_TARGET_SERVERLESS");
inline const QString TierServerlessSourceTarget = QStringLiteral("TIER_SERVERLESS_SNAPSHOT_TARGET");
inline const QString TierTargetFlex = QStringLiteral("TIER_TARGET_FLEX");
inline const QString TierNoOnDemand = QStringLiteral("TIER_NO_ON_DEMAND_SNAPSHOT");
inline const QString TierPolicyManagedByAtlas = QStringLiteral("TIER_POLICY_MANAGED_BY_ATLAS");
inline const QString BackupCannotBeDisabled = QStringLiteral("BACKUP_CANNOT_BE_DISABLED");
inline const QString BackupNotEnabled = QStringLiteral("BACKUP_NOT_ENABLED");
inline const QString BackupAlreadyEnabled = QStringLiteral("BACKUP_ALREADY_ENABLED");
inline const QString EncryptionSharedTarget = QStringLiteral("ENCRYPTION_SHARED_SNAPSHOT_TARGET");
inline const QString EncryptionProviderMismatch = QStringLiteral("ENCRYPTION_PROVIDER_MISMATCH");
inline const QString LegacyReadOnly = QStringLiteral("LEGACY_BACKUP_READ_ONLY");
inline const QString TargetPaused = QStringLiteral("TARGET_PAUSED");
inline const QString TargetRestoreRunning = QStringLiteral("TARGET_RESTORE_RUNNING");
inline const QString TargetRequired = QStringLiteral("TARGET_REQUIRED");

// §4 point in time
inline const QString PitNotEnabled = QStringLiteral("PIT_NOT_ENABLED");
inline const QString PitAlreadyEnabled = QStringLiteral("PIT_ALREADY_ENABLED");
inline const QString PitDownloadUnsupported = QStringLiteral("PIT_DOWNLOAD_UNSUPPORTED");
inline const QString PitInvalid = QStringLiteral("PIT_INVALID");
inline const QString PitInFuture = QStringLiteral("PIT_IN_FUTURE");
inline const QString PitBeforeWindow = QStringLiteral("PIT_BEFORE_WINDOW");
inline const QString PitBeforeOldestRestorable = QStringLiteral("PIT_BEFORE_OLDEST_RESTORABLE");
inline const QString PitAfterNewestRestorable = QStringLiteral("PIT_AFTER_NEWEST_RESTORABLE");
inline const QString PitInGap = QStringLiteral("PIT_IN_GAP");
inline const QString PitInBlackout = QStringLiteral("PIT_IN_BLACKOUT");

// §5 backup policy
inline const QString PolicyEmpty = QStringLiteral("POLICY_EMPTY");
inline const QString PolicyOnDemandItem = QStringLiteral("POLICY_ON_DEMAND_ITEM");
inline const QString PolicyIntervalInvalid = QStringLiteral("POLICY_INTERVAL_INVALID");
inline const QString PolicyNvmeHourlyInterval = QStringLiteral("POLICY_NVME_HOURLY_INTERVAL");
inline const QString PolicyDuplicateItem = QStringLiteral("POLICY_DUPLICATE_ITEM");
inline const QString PolicyRetentionInvalid = QStringLiteral("POLICY_RETENTION_INVALID");
inline const QString PolicyRetentionTooShort = QStringLiteral("POLICY_RETENTION_TOO_SHORT");
inline const QString PolicyRetentionOrder = QStringLiteral("POLICY_RETENTION_ORDER");
inline const QString PolicyReferenceTime = QStringLiteral("POLICY_REFERENCE_TIME");
inline const QString PolicyRestoreWindowInvalid = QStringLiteral("POLICY_RESTORE_WINDOW_INVALID");
inline const QString PolicyRestoreWindowExceedsHourly
        = QStringLiteral("POLICY_RESTORE_WINDOW_EXCEEDS_HOURLY");

// §6 Backup Compliance Policy
inline const QString ComplianceSnapshotDeleteLocked = QStringLiteral("COMPLIANCE_SNAPSHOT_DELETE_LOCKED");
inline const QString ComplianceRetentionDecreaseLocked
        = QStringLiteral("COMPLIANCE_RETENTION_DECREASE_LOCKED");
inline const QString ComplianceOnDemandRetention
        = QStringLiteral("COMPLIANCE_ON_DEMAND_RETENTION_BELOW_MINIMUM");
inline const QString ComplianceBackupDisableLocked = QStringLiteral("COMPLIANCE_BACKUP_DISABLE_LOCKED");
inline const QString CompliancePitRequired = QStringLiteral("COMPLIANCE_PIT_REQUIRED");
inline const QString CompliancePolicyItemMissing = QStringLiteral("COMPLIANCE_POLICY_ITEM_MISSING");
inline const QString CompliancePolicyItemBelowMinimum
        = QStringLiteral("COMPLIANCE_POLICY_ITEM_BELOW_MINIMUM");
inline const QString ComplianceRestoreWindowBelowMinimum
        = QStringLiteral("COMPLIANCE_RESTORE_WINDOW_BELOW_MINIMUM");
inline const QString CompliancePolicyDeleteLocked = QStringLiteral("COMPLIANCE_POLICY_DELETE_LOCKED");
inline const QString ComplianceTierDowngradeLocked = QStringLiteral("COMPLIANCE_TIER_DOWNGRADE_LOCKED");
inline const QString ComplianceProjectDeleteLocked = QStringLiteral("COMPLIANCE_PROJECT_DELETE_LOCKED");
inline const QString ComplianceDisableSupportOnly = QStringLiteral("COMPLIANCE_DISABLE_SUPPORT_ONLY");
inline const QString ComplianceNotEnabled = QStringLiteral("COMPLIANCE_NOT_ENABLED");
inline const QString ComplianceAlreadyActive = QStringLiteral("COMPLIANCE_ALREADY_ACTIVE");
inline const QString ComplianceWeakening = QStringLiteral("COMPLIANCE_POLICY_WEAKENING");
inline const QString ComplianceAuthorizedPersonMissing
        = QStringLiteral("COMPLIANCE_AUTHORIZED_PERSON_MISSING");

// §7 snapshots and exports
inline const QString SnapshotRequired = QStringLiteral("SNAPSHOT_REQUIRED");
inline const QString SnapshotNotCompleted = QStringLiteral("SNAPSHOT_NOT_COMPLETED");
inline const QString SnapshotExpired = QStringLiteral("SNAPSHOT_EXPIRED");
inline const QString SnapshotOnDemandInProgress = QStringLiteral("SNAPSHOT_ON_DEMAND_IN_PROGRESS");
inline const QString SnapshotRetentionInvalid = QStringLiteral("SNAPSHOT_RETENTION_INVALID");
inline const QString SnapshotFallbackNotExportable = QStringLiteral("SNAPSHOT_FALLBACK_NOT_EXPORTABLE");
inline const QString ExportAlreadyActive = QStringLiteral("EXPORT_ALREADY_ACTIVE");
inline const QString ActionNotApplicable = QStringLiteral("ACTION_NOT_APPLICABLE");

// Warnings
inline const QString WarnFallbackSnapshot = QStringLiteral("WARN_FALLBACK_SNAPSHOT");
inline const QString WarnTargetDataReplaced = QStringLiteral("WARN_TARGET_DATA_REPLACED");
inline const QString WarnCrossProject = QStringLiteral("WARN_CROSS_PROJECT");
inline const QString WarnRestoreIntoSource = QStringLiteral("WARN_RESTORE_INTO_SOURCE");
inline const QString WarnServerlessEndOfLife = QStringLiteral("WARN_SERVERLESS_END_OF_LIFE");
inline const QString WarnLegacyBackup = QStringLiteral("WARN_LEGACY_BACKUP");
inline const QString WarnLegacyCollectionLimit = QStringLiteral("WARN_LEGACY_COLLECTION_LIMIT");
inline const QString WarnDownloadLinkExpires = QStringLiteral("WARN_DOWNLOAD_LINK_EXPIRES");
inline const QString WarnSnapshotsDeleted = QStringLiteral("WARN_SNAPSHOTS_DELETED");
inline const QString WarnPitHistoryLost = QStringLiteral("WARN_PIT_HISTORY_LOST");
inline const QString WarnIrreversible = QStringLiteral("WARN_IRREVERSIBLE");
inline const QString WarnRetentionShortened = QStringLiteral("WARN_RETENTION_SHORTENED");
inline const QString WarnExpiresImmediately = QStringLiteral("WARN_EXPIRES_IMMEDIATELY");
inline const QString WarnUpdateSnapshots = QStringLiteral("WARN_UPDATE_EXISTING_SNAPSHOTS");
inline const QString WarnComplianceLocks = QStringLiteral("WARN_COMPLIANCE_LOCKS");
inline const QString WarnBackupLost = QStringLiteral("WARN_BACKUP_LOST");
inline const QString WarnScheduleRemoved = QStringLiteral("WARN_SCHEDULE_REMOVED");

} // namespace snapline::RuleCode

// The rule each finding comes from, as named in docs/rules.md.
namespace snapline::RuleSource {
inline const QString Roles = QStringLiteral("§1 roles per project");
inline const QString VersionLadder = QStringLiteral("§2 version ladder");
inline const QString Topology = QStringLiteral("§3 topology and tier");
inline const QString PointInTime = QStringLiteral("§4 point in time");
inline const QString Policy = QStringLiteral("§5 backup policy");
inline const QString Compliance = QStringLiteral("§6 Backup Compliance Policy");
inline const QString Limits = QStringLiteral("§7 snapshot and export limits");
} // namespace snapline::RuleSource
