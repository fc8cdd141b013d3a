#pragma once

#include "domain/snapshot.h"
#include "report/report_document.h"

#include <QCoreApplication>

#include <vector>

namespace snapline {

// The rows of a report's "snapshots" table (one per snapshot, a million at a
// large organization), kept as packed numbers and one buffer of ids instead
// of a QVariantList per row: about 60 bytes a snapshot.
class SnapshotRowSource final : public ReportRowSource
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotRowSource)

public:
    // projectId, projectName, clusterName, snapshotId, createdAt, expiresAt,
    // frequency, origin, status, storageBytes.
    static QList<ReportColumn> columns();

    // Registers a cluster the following snapshots belong to; answers its index.
    int addCluster(const QString &projectId, const QString &projectName, const QString &clusterName);
    void append(int cluster, const Snapshot &snapshot);
    void reserve(qsizetype rows);

    qint64 rowCount() const override { return qint64(m_rows.size()); }
    void forEachRow(const std::function<bool(const QVariantList &row)> &visit) const override;

private:
    struct Names
    {
        QVariant projectId;
        QVariant projectName;
        QVariant clusterName;
    };
    struct Row
    {
        qint64 createdMs = 0;
        qint64 expiresMs = 0; // kNone when the snapshot has no expiry
        qint64 bytes = 0;
        quint32 idOffset = 0;
        quint16 idLength = 0;
        quint8 frequency = 0;
        quint8 origin = 0;
        qint32 cluster = 0;
        quint8 status = 0;
    };

    QList<Names> m_clusters;
    std::vector<Row> m_rows;
    QByteArray m_ids; // every snapshot id, UTF-8, back to back
};

} // namespace snapline
