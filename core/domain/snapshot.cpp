#include "domain/snapshot.h"

#include "domain/enum_text.h"

namespace snapline {

namespace {

constexpr auto kOrigins
        = makeEnumText<SnapshotOrigin>(std::pair{SnapshotOrigin::Scheduled, QStringView(u"scheduled")},
                                       std::pair{SnapshotOrigin::OnDemand, QStringView(u"onDemand")},
                                       std::pair{SnapshotOrigin::Fallback, QStringView(u"fallback")});

constexpr auto kStatuses
        = makeEnumText<SnapshotStatus>(std::pair{SnapshotStatus::Queued, QStringView(u"queued")},
                                       std::pair{SnapshotStatus::InProgress, QStringView(u"inProgress")},
                                       std::pair{SnapshotStatus::Completed, QStringView(u"completed")},
                                       std::pair{SnapshotStatus::Failed, QStringView(u"failed")});

} // namespace

QString toString(SnapshotOrigin value)
{
    return kOrigins.toString(value);
}
QString toString(SnapshotStatus value)
{
    return kStatuses.toString(value);
}
std::optional<SnapshotOrigin> parseSnapshotOrigin(QStringView text)
{
    return kOrigins.parse(text);
}
std::optional<SnapshotStatus> parseSnapshotStatus(QStringView text)
{
    return kStatuses.parse(text);
}

qint64 Snapshot::retentionDays() const
{
    if (!createdAt.isValid() || !expiresAt.isValid())
        return 0;
    return createdAt.secsTo(expiresAt) / 86400;
}

} // namespace snapline
