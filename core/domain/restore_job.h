#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace snapline {

// Where a restore's data goes: into a cluster (from a snapshot or from a point
// in time) or to downloadable archives.
enum class DeliveryType { Automated, Download, PointInTime };
enum class RestoreJobState { InProgress, Completed, Failed, Cancelled, Expired };

QString toString(DeliveryType value); // "automated", "download", "pointInTime"
QString toString(RestoreJobState value);
std::optional<DeliveryType> parseDeliveryType(QStringView text);

// A moment to restore to: UTC seconds, or an oplog timestamp (seconds +
// increment) for sub-second precision.
struct PointInTime
{
    std::optional<qint64> utcSeconds;
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;

    bool isOplog() const { return oplogTs.has_value(); }
    // The second this point falls in.
    qint64 seconds() const { return isOplog() ? *oplogTs : utcSeconds.value_or(0); }
    QDateTime toDateTime() const { return QDateTime::fromSecsSinceEpoch(seconds(), Qt::UTC); }
    QString describe() const;

    bool operator==(const PointInTime &) const = default;
};

// A cloud backup restore job as Atlas reports it. Atlas has no state field:
// the state is derived from the cancelled/failed/expired flags and finishedAt.
struct RestoreJob
{
    QString id;
    QString sourceClusterName;
    QString snapshotId;
    DeliveryType deliveryType = DeliveryType::Automated;
    QString targetProjectId;
    QString targetClusterName;
    std::optional<PointInTime> pointInTime;
    QDateTime createdAt;
    QDateTime finishedAt;
    QDateTime expiresAt;
    QDateTime snapshotTimestamp;
    bool cancelled = false;
    bool failed = false;
    bool expired = false;
    QStringList deliveryUrls;

    RestoreJobState state() const;
    bool isFinished() const { return state() != RestoreJobState::InProgress; }

    bool operator==(const RestoreJob &) const = default;
};

} // namespace snapline
