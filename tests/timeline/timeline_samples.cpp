#include "timeline_samples.h"

namespace snapline::test {

namespace {

Snapshot make(const char *id, double hours, Frequency frequency,
              SnapshotOrigin origin = SnapshotOrigin::Scheduled,
              SnapshotStatus status = SnapshotStatus::Completed)
{
    Snapshot s;
    s.id = QString::fromLatin1(id);
    s.clusterName = QStringLiteral("orders");
    s.createdAt = QDateTime::fromMSecsSinceEpoch(atHour(hours), Qt::UTC);
    s.expiresAt = s.createdAt.addDays(7);
    s.frequency = frequency;
    s.origin = origin;
    s.status = status;
    s.storageSizeBytes = 1'500'000'000;
    s.mongodVersion = MongoVersion(7, 0, 14);
    return s;
}

QDateTime hoursAfterBase(double hours)
{
    return QDateTime::fromMSecsSinceEpoch(atHour(hours), Qt::UTC);
}

} // namespace

QList<Snapshot> sampleSnapshots()
{
    Snapshot o0 = make("o0", 3, Frequency::Daily, SnapshotOrigin::OnDemand, SnapshotStatus::InProgress);
    o0.description = QStringLiteral("before the <schema> migration");
    return {make("d1", 24, Frequency::Daily, SnapshotOrigin::Fallback),
            make("d0", 0, Frequency::Daily),
            make("h0", 0, Frequency::Hourly),
            make("h2", 2, Frequency::Hourly),
            make("h1", 1, Frequency::Hourly, SnapshotOrigin::Scheduled, SnapshotStatus::Failed),
            make("w0", 5, Frequency::Weekly),
            o0};
}

PitHistory samplePit()
{
    PitHistory pit;
    pit.restorable = {{hoursAfterBase(0), hoursAfterBase(2)}, {hoursAfterBase(3), hoursAfterBase(5)}};
    pit.blackouts = {{hoursAfterBase(4), hoursAfterBase(4.5)}};
    return pit;
}

TimeRange samplePitWindow()
{
    return {hoursAfterBase(-1), hoursAfterBase(6)};
}

TimelineSeries sampleSeries()
{
    return TimelineSeries::fromSnapshots(sampleSnapshots(), samplePit(), samplePitWindow());
}

Cluster samplePitCluster()
{
    Cluster c;
    c.name = QStringLiteral("orders");
    c.backupKind = BackupKind::CloudContinuous;
    c.pitEnabled = true;
    c.restoreWindowDays = 1;
    c.pit = samplePit();
    return c;
}

} // namespace snapline::test
