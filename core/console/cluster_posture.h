#pragma once

#include "console/inventory.h"
#include "console/next_scheduled_snapshot.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace snapline {

// Something about a cluster's backups an admin should look at.
enum class PostureWarningKind {
    NoBackupOnFree,      // M0 has no Atlas backup: mongodump is the way
    ServerlessEndOfLife, // Atlas deprecated serverless instances
    LegacyBackup,        // still on the deprecated legacy backup
    PitGaps,             // gaps in the point-in-time history inside the restore window
    FailedRecently,      // snapshots failed in the last 24 hours
    Stale,               // no successful snapshot within twice the shortest schedule interval
    BackupDisabled,      // Cloud Backup off on a dedicated cluster
    BelowCompliance,     // the schedule goes below the project's Backup Compliance Policy
};

struct PostureWarning
{
    PostureWarningKind kind = PostureWarningKind::Stale;
    QString shortText; // a few words for a grid cell: "PIT gaps (2)"
    QString sentence;  // what it means and what to do, in plain words

    bool operator==(const PostureWarning &) const = default;
};

// How a cluster's schedule stands against its project's Backup Compliance Policy.
enum class ComplianceStanding {
    NoPolicy,      // the project has none
    NotApplicable, // the cluster has no schedule of its own (free, shared, Flex, serverless, legacy)
    NotSynced,     // the cluster's schedule is not in the catalog yet
    Meets,
    Below,
};

// One compliance requirement and how the schedule stands against it.
struct ComplianceLine
{
    QString text; // "daily kept 7 days ≥ 7 days", "weekly kept 2 weeks < 4 weeks"
    bool meets = true;

    bool operator==(const ComplianceLine &) const = default;
};

// The overall state of a cluster's backups, for an icon.
enum class BackupHealth { Protected, Warning, Unprotected };

// One row of the posture grid: a cluster's backup facts judged at a moment.
// Widget-free, so the reports can print the same facts.
struct ClusterPosture
{
    BackupKind backupKind = BackupKind::None;
    bool pitEnabled = false;
    qint64 pitWindowSeconds = 0; // 0 when point in time is off
    std::optional<QDateTime> lastSuccessful;
    qint64 lastSuccessfulAgeSeconds = -1; // -1 when there is none
    std::optional<NextSnapshot> nextScheduled;
    qint64 snapshotCount = 0;
    qint64 totalBytes = 0;
    ComplianceStanding compliance = ComplianceStanding::NoPolicy;
    bool belowCompliance = false;
    QString belowItem;                     // the compliance requirement it falls short of, in words
    QList<ComplianceLine> complianceLines; // one per requirement
    QStringList copyRegions;
    QList<PostureWarning> warnings;

    BackupHealth health() const;
    bool hasWarning(PostureWarningKind kind) const;
    QString pitText() const;          // "off", "3 days", "72 h" (serverless)
    QString complianceText() const;   // the cell: "daily kept 7 days ≥ 7 days; …", "below: …"
    QString warningsText() const;     // short texts joined
    QString warningSentences() const; // one sentence per line

    bool operator==(const ClusterPosture &) const = default;
};

// Judges one cluster's backups at `now` from what the inventory holds about
// it and its project's compliance policy.
ClusterPosture assessPosture(const ClusterEntry &entry, const std::optional<CompliancePolicy> &compliance,
                             const QDateTime &now);

} // namespace snapline
