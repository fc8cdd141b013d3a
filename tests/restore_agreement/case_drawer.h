#pragma once

#include "agreement_case.h"
#include "catalog/catalog.h"

#include <QHash>
#include <QRandomGenerator>

namespace snapline::test {

// Draws agreement cases from a fixed seed: every kind of source cluster,
// snapshots in every state, moments inside and around the restorable
// window (gaps, blackouts, its edges, the future), both deliveries, every
// cluster as a target and every seeded credential. The gaps and restores it
// aims at are what the test learned from Atlas, not what the console infers.
class CaseDrawer
{
public:
    CaseDrawer(quint64 seed, QList<ProjectCluster> clusters, QStringList credentials);

    void addGap(const QString &projectId, const QString &cluster, const TimeRange &gap);
    // A restore into `cluster` started at `at` (its blackout starts there).
    void addRestoreInto(const QString &projectId, const QString &cluster, const QDateTime &at);

    // The next case; the source's snapshots come from `catalog`.
    AgreementCase draw(int number, const Catalog &catalog, const QDateTime &now);

private:
    struct Landmarks
    {
        TimeRanges gaps;
        QList<QDateTime> restoresInto;
    };

    int below(int bound) { return int(m_random.bounded(bound)); }
    template<typename T>
    const T &anyOf(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    void drawSnapshot(AgreementCase &c, const QList<Snapshot> &snapshots, const QDateTime &now);
    void drawMoment(AgreementCase &c, const QDateTime &now);
    QDateTime momentNear(const Landmarks &marks, qint64 window, const QDateTime &now, QString &pick);
    PointInTime asPoint(const QDateTime &moment);

    QRandomGenerator m_random;
    QList<ProjectCluster> m_clusters;
    QStringList m_credentials;
    QHash<QString, Landmarks> m_landmarks; // by projectId/cluster
};

} // namespace snapline::test
