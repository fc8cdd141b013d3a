#include "console/display_format.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <cstdlib>

namespace snapline {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr double kThousand = 1000.0;
// Below this many units a size keeps one decimal ("12.3 GB"); above it the
// decimal is noise.
constexpr double kWholeFrom = 100.0;

// The context the translations of these texts are filed under.
struct DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

// One amount of one unit: "3 min".
QString amount(qint64 value, qint64 unit)
{
    const int n = int(value);
    switch (unit) {
    case kDay:
        return DisplayFormat::tr("%n d", nullptr, n);
    case kHour:
        return DisplayFormat::tr("%n h", nullptr, n);
    case kMinute:
        return DisplayFormat::tr("%n min", nullptr, n);
    default:
        return DisplayFormat::tr("%n s", nullptr, n);
    }
}

} // namespace

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    bytes = std::max<qint64>(bytes, 0);
    if (bytes < 1000)
        return DisplayFormat::tr("%n byte(s)", nullptr, int(bytes));
    static const std::array units{"kB", "MB", "GB", "TB", "PB", "EB"};
    double value = double(bytes) / kThousand;
    std::size_t unit = 0;
    // Rounded as shown, so 999,999 bytes reads "1.0 MB" rather than "1000 kB".
    const auto shown = [](double v) { return v < kWholeFrom ? std::round(v * 10) / 10 : std::round(v); };
    while (shown(value) >= kThousand && unit + 1 < units.size()) {
        value /= kThousand;
        ++unit;
    }
    const int decimals = shown(value) < kWholeFrom ? 1 : 0;
    return locale.toString(value, 'f', decimals) + u' ' + QLatin1String(units[unit]);
}

QString formatAge(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid() || !now.isValid())
        return {};
    const qint64 diff = now.secsTo(moment); // positive: in the future
    const qint64 span = std::llabs(diff);
    const bool future = diff > 0;
    if (span < kMinute)
        return future ? DisplayFormat::tr("in under a minute") : DisplayFormat::tr("just now");
    const int n = int(span < kHour ? span / kMinute : span < 2 * kDay ? span / kHour : span / kDay);
    if (span < kHour)
        return future ? DisplayFormat::tr("in %n min", nullptr, n)
                      : DisplayFormat::tr("%n min ago", nullptr, n);
    if (span < 2 * kDay)
        return future ? DisplayFormat::tr("in %n h", nullptr, n) : DisplayFormat::tr("%n h ago", nullptr, n);
    return future ? DisplayFormat::tr("in %n d", nullptr, n) : DisplayFormat::tr("%n d ago", nullptr, n);
}

QString formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    static const std::array units{kDay, kHour, kMinute, qint64(1)};
    for (std::size_t i = 0; i < units.size(); ++i) {
        const qint64 unit = units[i];
        if (seconds < unit && unit != 1)
            continue;
        const qint64 whole = seconds / unit;
        QString text = amount(whole, unit);
        if (i + 1 < units.size()) {
            const qint64 next = units[i + 1];
            const qint64 rest = (seconds % unit) / next;
            if (rest > 0)
                text += u' ' + amount(rest, next);
        }
        return text;
    }
    return amount(0, 1);
}

QString formatUtc(const QDateTime &moment, bool withSeconds)
{
    if (!moment.isValid())
        return {};
    const QString format
            = withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    return moment.toUTC().toString(format) + QStringLiteral(" UTC");
}

QString formatFrequency(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly:
        return DisplayFormat::tr("hourly");
    case Frequency::Daily:
        return DisplayFormat::tr("daily");
    case Frequency::Weekly:
        return DisplayFormat::tr("weekly");
    case Frequency::Monthly:
        return DisplayFormat::tr("monthly");
    case Frequency::Yearly:
        return DisplayFormat::tr("yearly");
    case Frequency::OnDemand:
        return DisplayFormat::tr("on-demand");
    }
    return {};
}

QString formatOrigin(SnapshotOrigin origin)
{
    switch (origin) {
    case SnapshotOrigin::Scheduled:
        return DisplayFormat::tr("scheduled");
    case SnapshotOrigin::OnDemand:
        return DisplayFormat::tr("on-demand");
    case SnapshotOrigin::Fallback:
        return DisplayFormat::tr("fallback");
    }
    return {};
}

QString formatStatus(SnapshotStatus status)
{
    switch (status) {
    case SnapshotStatus::Queued:
        return DisplayFormat::tr("queued");
    case SnapshotStatus::InProgress:
        return DisplayFormat::tr("in progress");
    case SnapshotStatus::Completed:
        return DisplayFormat::tr("completed");
    case SnapshotStatus::Failed:
        return DisplayFormat::tr("failed");
    }
    return {};
}

QString formatBackupKind(BackupKind kind)
{
    switch (kind) {
    case BackupKind::None:
        return DisplayFormat::tr("no backup");
    case BackupKind::SharedDaily:
        return DisplayFormat::tr("shared daily snapshots");
    case BackupKind::Flex:
        return DisplayFormat::tr("Flex daily snapshots");
    case BackupKind::Cloud:
        return DisplayFormat::tr("Cloud Backup");
    case BackupKind::CloudContinuous:
        return DisplayFormat::tr("Continuous Cloud Backup");
    case BackupKind::ServerlessContinuous:
        return DisplayFormat::tr("serverless continuous");
    case BackupKind::ServerlessBasic:
        return DisplayFormat::tr("serverless basic");
    case BackupKind::Legacy:
        return DisplayFormat::tr("legacy backup");
    }
    return {};
}

QString formatProvider(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return DisplayFormat::tr("AWS");
    case CloudProvider::Azure:
        return DisplayFormat::tr("Azure");
    case CloudProvider::Gcp:
        return DisplayFormat::tr("Google Cloud");
    }
    return {};
}

QString formatTierFamily(Tier::Family family)
{
    switch (family) {
    case Tier::Family::Free:
        return DisplayFormat::tr("free");
    case Tier::Family::Shared:
        return DisplayFormat::tr("shared");
    case Tier::Family::Flex:
        return DisplayFormat::tr("Flex");
    case Tier::Family::Serverless:
        return DisplayFormat::tr("serverless");
    case Tier::Family::Dedicated:
        return DisplayFormat::tr("dedicated");
    }
    return {};
}

QString formatDelivery(DeliveryType delivery)
{
    switch (delivery) {
    case DeliveryType::Automated:
        return DisplayFormat::tr("automated restore");
    case DeliveryType::Download:
        return DisplayFormat::tr("download");
    case DeliveryType::PointInTime:
        return DisplayFormat::tr("point in time");
    }
    return {};
}

QString formatRestoreState(RestoreJobState state)
{
    switch (state) {
    case RestoreJobState::InProgress:
        return DisplayFormat::tr("in progress");
    case RestoreJobState::Completed:
        return DisplayFormat::tr("completed");
    case RestoreJobState::Failed:
        return DisplayFormat::tr("failed");
    case RestoreJobState::Cancelled:
        return DisplayFormat::tr("cancelled");
    case RestoreJobState::Expired:
        return DisplayFormat::tr("expired");
    }
    return {};
}

QString formatEventType(const QString &eventTypeName)
{
    struct Known
    {
        const char *type;
        const char *words;
    };
    static const Known kKnown[] = {
            {"CPS_SNAPSHOT_STARTED", QT_TRANSLATE_NOOP("DisplayFormat", "Snapshot started")},
            {"CPS_SNAPSHOT_SUCCESSFUL", QT_TRANSLATE_NOOP("DisplayFormat", "Snapshot completed")},
            {"CPS_SNAPSHOT_FAILED", QT_TRANSLATE_NOOP("DisplayFormat", "Snapshot failed")},
            {"CPS_ON_DEMAND_SNAPSHOT_REQUESTED",
             QT_TRANSLATE_NOOP("DisplayFormat", "On-demand snapshot requested")},
            {"CPS_SNAPSHOT_DELETED_AUDIT", QT_TRANSLATE_NOOP("DisplayFormat", "Snapshot deleted")},
            {"CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT",
             QT_TRANSLATE_NOOP("DisplayFormat", "Snapshot retention changed")},
            {"CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT",
             QT_TRANSLATE_NOOP("DisplayFormat", "Backup policy changed")},
            {"CPS_RESTORE_REQUESTED_AUDIT", QT_TRANSLATE_NOOP("DisplayFormat", "Restore requested")},
            {"CPS_RESTORE_SUCCESSFUL", QT_TRANSLATE_NOOP("DisplayFormat", "Restore completed")},
            {"CPS_RESTORE_FAILED", QT_TRANSLATE_NOOP("DisplayFormat", "Restore failed")},
            {"CPS_OPLOG_BEHIND", QT_TRANSLATE_NOOP("DisplayFormat", "Continuous backup fell behind")},
            {"CPS_OPLOG_CAUGHT_UP", QT_TRANSLATE_NOOP("DisplayFormat", "Continuous backup caught up")},
            {"CPS_EXPORT_SUCCESSFUL", QT_TRANSLATE_NOOP("DisplayFormat", "Export completed")},
            {"CPS_EXPORT_FAILED", QT_TRANSLATE_NOOP("DisplayFormat", "Export failed")},
    };
    for (const Known &known : kKnown) {
        if (eventTypeName == QLatin1String(known.type))
            return DisplayFormat::tr(known.words);
    }
    // Spelled out: the list of event types grows faster than any table.
    QString words = eventTypeName;
    for (const QLatin1String prefix : {QLatin1String("CPS_"), QLatin1String("TENANT_")}) {
        if (words.startsWith(prefix))
            words = words.mid(prefix.size());
    }
    if (words.endsWith(QLatin1String("_AUDIT")))
        words.chop(6);
    words = words.toLower().replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace snapline
