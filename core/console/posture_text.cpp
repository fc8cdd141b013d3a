#include "console/posture_text.h"

#include "console/display_format.h"

namespace snapline {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

PostureWarning warning(PostureWarningKind kind, const QString &shortText, const QString &sentence)
{
    return {kind, shortText, sentence};
}

} // namespace

PostureWarning PostureText::noBackupOnFree()
{
    return warning(PostureWarningKind::NoBackupOnFree, tr("no backup (M0)"),
                   tr("Free M0 clusters have no Atlas backup. Use mongodump to keep your own copy of the "
                      "data."));
}

PostureWarning PostureText::serverlessEndOfLife()
{
    return warning(PostureWarningKind::ServerlessEndOfLife, tr("serverless end of life"),
                   tr("Atlas has deprecated serverless instances and is retiring them. Migrate this one to a "
                      "Flex or dedicated cluster to keep it and its backups."));
}

PostureWarning PostureText::legacyBackup()
{
    return warning(PostureWarningKind::LegacyBackup, tr("legacy backup"),
                   tr("This cluster still uses legacy backup, which Atlas has deprecated. Move it to Cloud "
                      "Backup; until then Snapline shows its snapshots read-only."));
}

PostureWarning PostureText::backupDisabled()
{
    return warning(PostureWarningKind::BackupDisabled, tr("backup off"),
                   tr("Cloud Backup is turned off on this dedicated cluster, so no snapshot protects its "
                      "data. Turn backup on."));
}

PostureWarning PostureText::belowCompliance(const QString &requirement)
{
    return warning(PostureWarningKind::BelowCompliance, tr("below compliance"),
                   tr("The backup policy goes below the project's Backup Compliance Policy, which requires "
                      "%1.")
                           .arg(requirement));
}

PostureWarning PostureText::pitGaps(const TimeRanges &gaps, const TimeRange &window)
{
    // PitWindow's gaps hold the unrestorable seconds; people measure a gap
    // from the end of one restorable range to the start of the next.
    qint64 longest = 0;
    QDateTime longestFrom;
    for (const TimeRange &gap : gaps) {
        const QDateTime from = gap.from.addSecs(-1);
        const qint64 length = from.secsTo(gap.to.addSecs(1));
        if (length > longest) {
            longest = length;
            longestFrom = from;
        }
    }
    const int n = int(gaps.size());
    return warning(PostureWarningKind::PitGaps, tr("PIT gaps (%n)", nullptr, n),
                   tr("The point-in-time history has %n gap(s) in the restore window (the last %1); the "
                      "longest lasts %2 from %3. Moments inside a gap cannot be restored.",
                      nullptr, n)
                           .arg(formatDuration(window.from.secsTo(window.to)), formatDuration(longest),
                                formatUtc(longestFrom)));
}

PostureWarning PostureText::failedRecently(int count)
{
    return warning(PostureWarningKind::FailedRecently, tr("%n failed in 24 h", nullptr, count),
                   tr("%n snapshot(s) failed in the last 24 hours. Check the cluster's backup events.",
                      nullptr, count));
}

PostureWarning PostureText::stale(const std::optional<QDateTime> &last, qint64 intervalSeconds,
                                  const QDateTime &now)
{
    const QString every = formatDuration(intervalSeconds);
    if (!last) {
        return warning(
                PostureWarningKind::Stale, tr("no snapshot"),
                tr("There is no successful snapshot, although the schedule takes one every %1.").arg(every));
    }
    return warning(PostureWarningKind::Stale, tr("stale"),
                   tr("The last successful snapshot is from %1 (%2), although the schedule takes one every "
                      "%3.")
                           .arg(formatUtc(*last), formatAge(*last, now), every));
}

QString PostureText::itemMeets(const PolicyItem &item, const PolicyItem &required)
{
    return tr("%1 kept %2 ≥ %3")
            .arg(formatFrequency(item.frequency), item.retention.describe(), required.retention.describe());
}

QString PostureText::itemBelow(const PolicyItem &item, const PolicyItem &required)
{
    if (item.retention.days() < required.retention.days())
        return tr("%1 kept %2 < %3")
                .arg(formatFrequency(item.frequency), item.retention.describe(),
                     required.retention.describe());
    return tr("%1 every %2 h, needs every %3 h")
            .arg(formatFrequency(item.frequency))
            .arg(item.interval)
            .arg(required.interval);
}

QString PostureText::itemMissing(const PolicyItem &required)
{
    return tr("%1 missing, needs %2").arg(formatFrequency(required.frequency), required.retention.describe());
}

QString PostureText::pitOffLine(int windowDays)
{
    return tr("point in time off, needs %n day(s)", nullptr, windowDays);
}

QString PostureText::pitRequired(int windowDays)
{
    return tr("point-in-time restore with a window of at least %n day(s)", nullptr, windowDays);
}

QString PostureText::restoreWindow(int days, int requiredDays, bool enough)
{
    const QString have = tr("%n day(s)", nullptr, days);
    const QString need = tr("%n day(s)", nullptr, requiredDays);
    return enough ? tr("restore window %1 ≥ %2").arg(have, need)
                  : tr("restore window %1 < %2").arg(have, need);
}

QString PostureText::backupOff()
{
    return tr("backup off, needs it on");
}

QString PostureText::backupRequired()
{
    return tr("Cloud Backup turned on");
}

QString PostureText::pitOff()
{
    return tr("off");
}

QString PostureText::pitWindow(qint64 seconds, bool inHours)
{
    if (inHours)
        return tr("%n h", nullptr, int(seconds / kHour));
    if (seconds > 0 && seconds % kDay == 0)
        return tr("%n day(s)", nullptr, int(seconds / kDay));
    return formatDuration(seconds);
}

QString PostureText::compliance(ComplianceStanding standing, const QList<ComplianceLine> &lines)
{
    QStringList meeting;
    QStringList failing;
    for (const ComplianceLine &line : lines)
        (line.meets ? meeting : failing) << line.text;
    switch (standing) {
    case ComplianceStanding::NoPolicy:
        return {};
    case ComplianceStanding::NotApplicable:
        return tr("not covered");
    case ComplianceStanding::NotSynced:
        return tr("policy not read yet");
    case ComplianceStanding::Meets:
        return meeting.join(QStringLiteral("; "));
    case ComplianceStanding::Below:
        return tr("below: %1").arg(failing.join(QStringLiteral("; ")));
    }
    return {};
}

} // namespace snapline
