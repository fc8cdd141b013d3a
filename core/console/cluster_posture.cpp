#include "console/cluster_posture.h"

#include "console/display_format.h"
#include "console/posture_text.h"
#include "rules/pit_window.h"
#include "rules/policy_validation.h"

#include <algorithm>

namespace snapline {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// How often `item` fires, at most, in seconds.
qint64 itemPeriod(const PolicyItem &item)
{
    switch (item.frequency) {
    case Frequency::Hourly:
        return std::max(item.interval, 1) * kHour;
    case Frequency::Daily:
        return kDay;
    case Frequency::Weekly:
        return 7 * kDay;
    case Frequency::Monthly:
        return 31 * kDay;
    case Frequency::Yearly:
        return 366 * kDay;
    case Frequency::OnDemand:
        return 0;
    }
    return 0;
}

// The shortest time between two scheduled snapshots; 0 when nothing is
// scheduled. Without a synced schedule, what Atlas runs for the kind.
qint64 shortestInterval(const ClusterEntry &entry)
{
    const Cluster &cluster = entry.where.cluster;
    switch (cluster.backupKind) {
    case BackupKind::None:
    case BackupKind::Legacy:
        return 0;
    case BackupKind::SharedDaily:
    case BackupKind::Flex:
        return kDay;
    case BackupKind::ServerlessContinuous:
    case BackupKind::ServerlessBasic:
        return 6 * kHour;
    case BackupKind::Cloud:
    case BackupKind::CloudContinuous:
        break;
    }
    if (!entry.policy)
        return kDay;
    qint64 shortest = 0;
    for (const PolicyItem &item : entry.policy->items) {
        const qint64 period = itemPeriod(item);
        if (period > 0 && (shortest == 0 || period < shortest))
            shortest = period;
    }
    return shortest;
}

void addPitGaps(const Cluster &cluster, const QDateTime &now, QList<PostureWarning> &out)
{
    const PitWindow window(cluster, now);
    if (!window.isEnabled())
        return;
    const TimeRange bounds = window.bounds();
    TimeRanges inside;
    for (const TimeRange &gap : window.gaps()) {
        const TimeRange clipped{std::max(gap.from, bounds.from), std::min(gap.to, bounds.to)};
        if (clipped.isValid())
            inside << clipped;
    }
    if (!inside.isEmpty())
        out << PostureText::pitGaps(inside, window.bounds());
}

void addStale(const ClusterEntry &entry, const QDateTime &now, QList<PostureWarning> &out)
{
    const Cluster &cluster = entry.where.cluster;
    const qint64 interval = shortestInterval(entry);
    // A paused cluster takes no snapshots by design; a cluster the catalog has
    // not read yet has no snapshots only because of that.
    if (interval == 0 || cluster.paused || !entry.sync)
        return;
    const auto &last = entry.snapshots.lastCompletedAt;
    if (last && last->secsTo(now) <= 2 * interval)
        return;
    out << PostureText::stale(last, interval, now);
}

void assessCompliance(const ClusterEntry &entry, const std::optional<CompliancePolicy> &bcp,
                      ClusterPosture &posture)
{
    const Cluster &cluster = entry.where.cluster;
    if (!bcp) {
        posture.compliance = ComplianceStanding::NoPolicy;
        return;
    }
    if (!cluster.tier.isDedicated() || cluster.backupKind == BackupKind::Legacy) {
        posture.compliance = ComplianceStanding::NotApplicable;
        return;
    }
    if (cluster.backupKind == BackupKind::None) {
        posture.compliance = ComplianceStanding::Below;
        posture.belowItem = PostureText::backupRequired();
        posture.complianceLines << ComplianceLine{PostureText::backupOff(), false};
        return;
    }
    if (!entry.policy) {
        posture.compliance = ComplianceStanding::NotSynced;
        return;
    }
    const BackupPolicy &policy = *entry.policy;
    const auto fallShort = [&](const QString &what) {
        if (posture.belowItem.isEmpty())
            posture.belowItem = what;
    };
    for (const PolicyItem &required : bcp->scheduledPolicyItems) {
        const QList<PolicyItem> candidates = policy.itemsOf(required.frequency);
        const auto meeting
                = std::find_if(candidates.cbegin(), candidates.cend(), [&](const PolicyItem &item) {
                      return PolicyValidation::meetsRequirement(item, required);
                  });
        if (meeting != candidates.cend()) {
            posture.complianceLines << ComplianceLine{PostureText::itemMeets(*meeting, required), true};
            continue;
        }
        // The closest miss: the candidate kept longest.
        const auto closest = std::max_element(candidates.cbegin(), candidates.cend(),
                                              [](const PolicyItem &a, const PolicyItem &b) {
                                                  return a.retention.days() < b.retention.days();
                                              });
        posture.complianceLines << ComplianceLine{closest == candidates.cend()
                                                          ? PostureText::itemMissing(required)
                                                          : PostureText::itemBelow(*closest, required),
                                                  false};
        fallShort(describePolicyItem(required));
    }
    if (bcp->pitEnabled) {
        if (!cluster.hasPointInTime()) {
            posture.complianceLines << ComplianceLine{PostureText::pitOffLine(bcp->restoreWindowDays), false};
            fallShort(PostureText::pitRequired(bcp->restoreWindowDays));
        } else {
            const bool enough = policy.restoreWindowDays >= bcp->restoreWindowDays;
            posture.complianceLines << ComplianceLine{
                    PostureText::restoreWindow(policy.restoreWindowDays, bcp->restoreWindowDays, enough),
                    enough};
            if (!enough)
                fallShort(PostureText::pitRequired(bcp->restoreWindowDays));
        }
    }
    posture.compliance = posture.belowItem.isEmpty() ? ComplianceStanding::Meets : ComplianceStanding::Below;
}

} // namespace

ClusterPosture assessPosture(const ClusterEntry &entry, const std::optional<CompliancePolicy> &compliance,
                             const QDateTime &now)
{
    const Cluster &cluster = entry.where.cluster;
    ClusterPosture p;
    p.backupKind = cluster.backupKind;
    p.pitEnabled = cluster.hasPointInTime();
    p.pitWindowSeconds = p.pitEnabled ? cluster.pitWindowSeconds() : 0;
    p.lastSuccessful = entry.snapshots.lastCompletedAt;
    if (p.lastSuccessful)
        p.lastSuccessfulAgeSeconds = p.lastSuccessful->secsTo(now);
    if (entry.policy
        && (cluster.backupKind == BackupKind::Cloud || cluster.backupKind == BackupKind::CloudContinuous))
        p.nextScheduled = nextScheduledSnapshot(*entry.policy, now);
    p.snapshotCount = entry.snapshots.count;
    p.totalBytes = entry.snapshots.totalBytes;
    p.copyRegions = entry.snapshots.copyRegions;
    assessCompliance(entry, compliance, p);
    p.belowCompliance = p.compliance == ComplianceStanding::Below;

    if (cluster.tier.isFree())
        p.warnings << PostureText::noBackupOnFree();
    if (cluster.tier.isServerless() || cluster.isServerlessBackup())
        p.warnings << PostureText::serverlessEndOfLife();
    if (cluster.backupKind == BackupKind::Legacy)
        p.warnings << PostureText::legacyBackup();
    if (cluster.tier.isDedicated() && cluster.backupKind == BackupKind::None)
        p.warnings << PostureText::backupDisabled();
    if (p.belowCompliance)
        p.warnings << PostureText::belowCompliance(p.belowItem);
    addPitGaps(cluster, now, p.warnings);
    if (entry.snapshots.failedRecently > 0)
        p.warnings << PostureText::failedRecently(entry.snapshots.failedRecently);
    addStale(entry, now, p.warnings);
    return p;
}

BackupHealth ClusterPosture::health() const
{
    if (backupKind == BackupKind::None)
        return BackupHealth::Unprotected;
    return warnings.isEmpty() ? BackupHealth::Protected : BackupHealth::Warning;
}

bool ClusterPosture::hasWarning(PostureWarningKind kind) const
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [kind](const PostureWarning &w) { return w.kind == kind; });
}

QString ClusterPosture::pitText() const
{
    if (!pitEnabled)
        return PostureText::pitOff();
    return PostureText::pitWindow(pitWindowSeconds, backupKind == BackupKind::ServerlessContinuous);
}

QString ClusterPosture::complianceText() const
{
    return PostureText::compliance(compliance, complianceLines);
}

QString ClusterPosture::warningsText() const
{
    QStringList parts;
    for (const PostureWarning &w : warnings)
        parts << w.shortText;
    return parts.join(QStringLiteral(", "));
}

QString ClusterPosture::warningSentences() const
{
    QStringList parts;
    for (const PostureWarning &w : warnings)
        parts << w.sentence;
    return parts.join(u'\n');
}

} // namespace snapline
