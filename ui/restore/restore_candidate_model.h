#pragma once

#include "restore/restore_preflight.h"

#include <QAbstractTableModel>

namespace snapline {

// The clusters a restore could go into, one row each with the planner's
// verdict: an allowed row can be chosen, a refused one is disabled and says
// why (the verdict's own sentences, in the row and in its tool tip).
class RestoreCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClusterColumn,
        ProjectColumn,
        VersionColumn,
        ShapeColumn,
        TierColumn,
        VerdictColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ProjectIdRole = Qt::UserRole + 1,
        ClusterNameRole,
        AllowedRole, // bool
        ReasonsRole, // QStringList: the refusals, then the warnings
        SortRole,    // the column's raw value; the project column sorts by project, then cluster
    };

    explicit RestoreCandidateModel(QObject *parent = nullptr);

    // `source` marks the source cluster's own row.
    void setCandidates(QList<RestoreCandidate> candidates, const RestoreOrder &source);
    void clear();
    const QList<RestoreCandidate> &candidates() const { return m_candidates; }
    const RestoreCandidate &candidateAt(int row) const { return m_candidates.at(row); }
    int rowOf(const QString &projectId, const QString &clusterName) const; // -1 when absent
    int allowedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const RestoreCandidate &candidate, int column) const;
    QString verdictText(const RestoreCandidate &candidate) const;
    QString toolTip(const RestoreCandidate &candidate) const;
    QVariant sortValue(const RestoreCandidate &candidate, int column) const;

    QList<RestoreCandidate> m_candidates;
    RestoreOrder m_source;
};

} // namespace snapline
