#include "actions/policy_estimate.h"

#include <QLocale>

#include <cmath>

namespace snapline {

namespace {

// Retention is counted in days with a fractional month; this keeps 12 months
// ÷ 1 month at 12, not 12.000000001 rounded up to 13.
constexpr double kEpsilon = 1e-6;

} // namespace

PolicyEstimate estimatePolicy(const BackupPolicy &policy, qint64 averageSnapshotBytes)
{
    PolicyEstimate estimate;
    estimate.averageSnapshotBytes = std::max<qint64>(averageSnapshotBytes, 0);
    for (const PolicyItem &item : policy.items) {
        PolicyEstimate::Item line{item, 0, 0};
        const double period = periodDays(item);
        const double kept = item.retention.value >= 1 ? item.retention.days() : 0;
        if (period > 0 && kept > 0)
            line.snapshots = qint64(std::ceil(kept / period - kEpsilon));
        line.bytes = line.snapshots * estimate.averageSnapshotBytes;
        estimate.totalSnapshots += line.snapshots;
        estimate.totalBytes += line.bytes;
        estimate.items << line;
    }
    return estimate;
}

qint64 PolicyEstimate::snapshotsOf(Frequency frequency) const
{
    qint64 n = 0;
    for (const Item &line : items)
        n += line.item.frequency == frequency ? line.snapshots : 0;
    return n;
}

QString PolicyEstimate::describe() const
{
    const QString count = tr("About %n snapshot(s) kept at once", nullptr, int(totalSnapshots));
    if (averageSnapshotBytes <= 0)
        return count + u'.';
    return tr("%1, about %2.")
            .arg(count, QLocale().formattedDataSize(totalBytes, 1, QLocale::DataSizeSIFormat));
}

} // namespace snapline
