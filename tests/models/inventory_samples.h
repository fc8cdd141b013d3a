#pragma once

#include "console/inventory.h"

#include <QDateTime>

#include <memory>

// Hand-built inventory entries for the console's tests, with every fact the
// posture reads set to a known value.
namespace InventorySamples {

inline const QString kOrg = QStringLiteral("5f00000000000000000000aa");
inline const QString kPayments = QStringLiteral("5f0000000000000000000001"); // under a compliance policy
inline const QString kPlatform = QStringLiteral("5f0000000000000000000002");
inline const QString kOtherOrg = QStringLiteral("5f00000000000000000000bb");
inline const QString kLab = QStringLiteral("5f0000000000000000000003");

QDateTime now(); // 2026-11-24T12:00:00Z, a Tuesday
QDateTime hoursAgo(double hours);

// A cluster in Payments with a synced schedule (Atlas's default, 3-day
// window), 10 snapshots of 5 GB in all, the last completed 3 h ago, copies
// in two regions; tier and kind as asked.
snapline::ClusterEntry entry(const QString &name, const QString &tier,
                             snapline::BackupKind kind = snapline::BackupKind::CloudContinuous,
                             snapline::CloudProvider provider = snapline::CloudProvider::Aws);

// Daily kept 7 days, weekly kept 4 weeks, point in time with 2 days.
snapline::CompliancePolicy compliance();

// Two organizations: Demo (Payments under a compliance policy: ledger M40 and
// api M30; Platform: dev-free M0 and edge SERVERLESS) and Other (Lab:
// lab-flex FLEX on GCP).
std::shared_ptr<snapline::Inventory> inventory();

} // namespace InventorySamples
