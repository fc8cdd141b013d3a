#include "case_drawer.h"

namespace snapline::test {

namespace {

constexpr qint64 kDay = 86400;

QString keyOf(const QString &projectId, const QString &cluster)
{
    return projectId + u'/' + cluster;
}

// Draws an index by weight.
int weighted(QRandomGenerator &random, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(random.bounded(total));
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return 0;
}

} // namespace

CaseDrawer::CaseDrawer(quint64 seed, QList<ProjectCluster> clusters, QStringList credentials)
    : m_random(quint32(seed ^ (seed >> 32)))
    , m_clusters(std::move(clusters))
    , m_credentials(std::move(credentials))
{}

void CaseDrawer::addGap(const QString &projectId, const QString &cluster, const TimeRange &gap)
{
    m_landmarks[keyOf(projectId, cluster)].gaps << gap;
}

void CaseDrawer::addRestoreInto(const QString &projectId, const QString &cluster, const QDateTime &at)
{
    m_landmarks[keyOf(projectId, cluster)].restoresInto << at;
}

AgreementCase CaseDrawer::draw(int number, const Catalog &catalog, const QDateTime &now)
{
    AgreementCase c;
    c.number = number;
    // Owners most often, so that many cases get past the role rules.
    c.credential = m_credentials.at(qMin(weighted(m_random, {9, 5, 3, 3}), int(m_credentials.size()) - 1));
    c.source = anyOf(m_clusters);
    const bool pit = c.source.cluster.hasPointInTime() ? below(2) == 0 : below(7) == 0;
    c.delivery = below(4) == 0 ? DeliveryType::Download : DeliveryType::Automated;
    if (pit)
        drawMoment(c, now);
    else
        drawSnapshot(c, catalog.snapshots(c.source.projectId, c.source.cluster.name).valueOr({}), now);
    if (c.delivery == DeliveryType::Automated) {
        const int roll = below(100);
        if (roll < 15)
            c.target = c.source;
        else if (roll < 97)
            c.target = anyOf(m_clusters);
    }
    return c;
}

void CaseDrawer::drawSnapshot(AgreementCase &c, const QList<Snapshot> &snapshots, const QDateTime &now)
{
    if (snapshots.isEmpty()) {
        c.pick = QStringLiteral("noSnapshot");
        return;
    }
    static const char *const kinds[] = {"completed", "failed", "pending", "expired", "fallback", "onDemand"};
    const int kind = weighted(m_random, {6, 1, 1, 1, 1, 1});
    QList<Snapshot> fitting;
    for (const Snapshot &s : snapshots) {
        const bool fits = kind == 0 ? s.isCompleted() && !s.isExpiredAt(now)
                : kind == 1         ? s.status == SnapshotStatus::Failed
                : kind == 2         ? s.isPending()
                : kind == 3         ? s.isExpiredAt(now)
                : kind == 4         ? s.origin == SnapshotOrigin::Fallback
                                    : s.origin == SnapshotOrigin::OnDemand;
        if (fits)
            fitting << s;
    }
    c.pick = fitting.isEmpty() ? QStringLiteral("anySnapshot") : QString::fromLatin1(kinds[kind]);
    c.snapshot = anyOf(fitting.isEmpty() ? snapshots : fitting);
}

void CaseDrawer::drawMoment(AgreementCase &c, const QDateTime &now)
{
    const qint64 configured = c.source.cluster.pitWindowSeconds();
    const qint64 window = configured > 0 ? configured : 2 * kDay;
    const Landmarks marks = m_landmarks.value(keyOf(c.source.projectId, c.source.cluster.name));
    const QDateTime moment = momentNear(marks, window, now, c.pick);
    if (c.pick == u"beforeApiMinimum") {
        c.pointInTime = PointInTime{qint64(1100000000), {}, {}};
    } else if (c.pick == u"zeroIncrement") {
        c.pointInTime = PointInTime{{}, moment.toSecsSinceEpoch(), qint64(0)};
    } else {
        c.pointInTime = asPoint(moment);
    }
}

QDateTime CaseDrawer::momentNear(const Landmarks &marks, qint64 window, const QDateTime &now, QString &pick)
{
    const auto within = [&](const QDateTime &from, qint64 span) {
        return from.addSecs(qint64(m_random.bounded(quint64(std::max<qint64>(span, 1)))));
    };
    const QDateTime windowStart = now.addSecs(-window);
    switch (weighted(m_random, {6, 2, 1, 2, 1, 1, 1, 1, 1, 1})) {
    case 1:
        if (!marks.gaps.isEmpty()) {
            pick = QStringLiteral("inGap");
            const TimeRange gap = anyOf(marks.gaps);
            return within(gap.from, gap.seconds() + 1);
        }
        break;
    case 2:
        if (!marks.gaps.isEmpty()) {
            pick = QStringLiteral("gapEdge");
            const TimeRange gap = anyOf(marks.gaps);
            const QDateTime edges[] = {gap.from, gap.to, gap.from.addSecs(-1), gap.to.addSecs(1)};
            return edges[below(4)];
        }
        break;
    case 3:
        if (!marks.restoresInto.isEmpty()) {
            pick = QStringLiteral("inBlackout");
            return within(anyOf(marks.restoresInto), 3 * 3600);
        }
        break;
    case 4:
        if (!marks.restoresInto.isEmpty()) {
            pick = QStringLiteral("blackoutEdge");
            return anyOf(marks.restoresInto).addSecs(below(2) - 1);
        }
        break;
    case 5: {
        pick = QStringLiteral("windowEdge");
        return windowStart.addSecs(below(3) - 1);
    }
    case 6:
        pick = QStringLiteral("future");
        return within(now.addSecs(1), 3 * kDay);
    case 7:
        pick = QStringLiteral("now");
        return now.addSecs(below(2) - 1);
    case 8:
        pick = QStringLiteral("beforeWindow");
        return within(windowStart.addSecs(-5 * kDay), 5 * kDay);
    case 9:
        pick = below(2) == 0 ? QStringLiteral("beforeApiMinimum") : QStringLiteral("zeroIncrement");
        return within(windowStart, window);
    default:
        break;
    }
    pick = QStringLiteral("inWindow");
    return within(windowStart, window);
}

PointInTime CaseDrawer::asPoint(const QDateTime &moment)
{
    if (below(10) < 3)
        return PointInTime{{}, moment.toSecsSinceEpoch(), qint64(1 + below(5))};
    return PointInTime{moment.toSecsSinceEpoch(), {}, {}};
}

} // namespace snapline::test
