#pragma once

#include "domain/backup_policy.h"
#include "domain/cluster.h"
#include "domain/restore_job.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace snapline {

// The nested parts of catalog rows as compact JSON text. Nothing queries
// inside them, so one text column beats a child table per list. An empty
// part encodes as an empty byte array, which the catalog stores as NULL.
// Times are milliseconds since the epoch (null when invalid); unreadable
// JSON decodes as empty and is logged, since the catalog is only a cache.

QByteArray stringListJson(const QStringList &list);
QStringList stringListFromJson(QByteArrayView json);

QByteArray pitHistoryJson(const PitHistory &history); // {"restorable": [[from, to] …], "blackouts": […]}
PitHistory pitHistoryFromJson(QByteArrayView json);

QByteArray policyItemJson(const PolicyItem &item);
std::optional<PolicyItem> policyItemFromJson(QByteArrayView json);
QByteArray policyItemsJson(const QList<PolicyItem> &items);
QList<PolicyItem> policyItemsFromJson(QByteArrayView json);

QByteArray pointInTimeJson(const std::optional<PointInTime> &point);
std::optional<PointInTime> pointInTimeFromJson(QByteArrayView json);

} // namespace snapline
