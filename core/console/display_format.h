#pragma once

#include "domain/backup_policy.h"
#include "domain/cluster_traits.h"
#include "domain/restore_job.h"
#include "domain/snapshot.h"
#include "domain/tier.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace snapline {

// Short texts for sizes, ages and times as the console and the reports show
// them. Numbers follow `locale`; times are always UTC, as Atlas schedules them.

// Storage in decimal units, as cloud providers bill it: "512 bytes", "1.5 GB".
QString formatBytes(qint64 bytes, const QLocale &locale = QLocale());
// How far `moment` is from `now`, coarsely: "just now", "5 min ago", "3 h ago",
// "2 d ago", "in 4 h", "in 2 d". Empty when either time is invalid.
QString formatAge(const QDateTime &moment, const QDateTime &now);
// A length of time in at most two units: "45 s", "3 min", "1 h 20 min", "2 d 3 h".
QString formatDuration(qint64 seconds);
// "2026-11-24 12:00 UTC" (or with seconds); empty when invalid.
QString formatUtc(const QDateTime &moment, bool withSeconds = false);

// Enums in words.
QString formatFrequency(Frequency frequency);      // "hourly", "daily", … "on-demand"
QString formatOrigin(SnapshotOrigin origin);       // "scheduled", "on-demand", "fallback"
QString formatStatus(SnapshotStatus status);       // "queued", "in progress", "completed", "failed"
QString formatBackupKind(BackupKind kind);         // "Cloud Backup", "Continuous Cloud Backup", …
QString formatProvider(CloudProvider provider);    // "AWS", "Azure", "Google Cloud"
QString formatTierFamily(Tier::Family family);     // "free", "shared", "Flex", "serverless", "dedicated"
QString formatDelivery(DeliveryType delivery);     // "automated restore", "download", "point in time"
QString formatRestoreState(RestoreJobState state); // "in progress", "completed", …
// An Atlas event type in words: CPS_SNAPSHOT_SUCCESSFUL → "Snapshot completed";
// types without words of their own are spelled out ("CPS_OPLOG_LAG" → "Oplog lag").
QString formatEventType(const QString &eventTypeName);

} // namespace snapline
