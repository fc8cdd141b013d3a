#include "restore/restore_candidate_model.h"

#include "console/display_format.h"

namespace snapline {

namespace {

QStringList messagesOf(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.message;
    return out;
}

} // namespace

RestoreCandidateModel::RestoreCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RestoreCandidateModel::setCandidates(QList<RestoreCandidate> candidates, const RestoreOrder &source)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    m_source = source;
    endResetModel();
}

void RestoreCandidateModel::clear()
{
    setCandidates({}, {});
}

int RestoreCandidateModel::rowOf(const QString &projectId, const QString &clusterName) const
{
    for (int row = 0; row < m_candidates.size(); ++row) {
        const ProjectCluster &t = m_candidates.at(row).target;
        if (t.projectId == projectId && t.cluster.name == clusterName)
            return row;
    }
    return -1;
}

int RestoreCandidateModel::allowedCount() const
{
    return int(std::count_if(m_candidates.cbegin(), m_candidates.cend(),
                             [](const RestoreCandidate &c) { return c.allowed(); }));
}

int RestoreCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int RestoreCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RestoreCandidateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A refused target stays in view to say why, but cannot be chosen.
    return m_candidates.at(index.row()).allowed() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                  : Qt::NoItemFlags;
}

QVariant RestoreCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const RestoreCandidate &candidate = m_candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(candidate, index.column());
    case Qt::ToolTipRole:
        return toolTip(candidate);
    case Qt::AccessibleTextRole:
        return index.column() == VerdictColumn ? verdictText(candidate) : display(candidate, index.column());
    case Qt::AccessibleDescriptionRole:
        return toolTip(candidate);
    case ProjectIdRole:
        return candidate.target.projectId;
    case ClusterNameRole:
        return candidate.target.cluster.name;
    case AllowedRole:
        return candidate.allowed();
    case ReasonsRole:
        return messagesOf(candidate.verdict.violations) + messagesOf(candidate.verdict.warnings);
    case SortRole:
        return sortValue(candidate, index.column());
    default:
        return {};
    }
}

QVariant RestoreCandidateModel::display(const RestoreCandidate &candidate, int column) const
{
    const Cluster &c = candidate.target.cluster;
    switch (column) {
    case ClusterColumn:
        return candidate.isSource(m_source) ? tr("%1 (the source)").arg(c.name) : c.name;
    case ProjectColumn:
        return candidate.target.projectLabel();
    case VersionColumn:
        return c.version.toString();
    case ShapeColumn:
        return c.isSharded() ? tr("%n shard(s)", nullptr, c.shardCount) : tr("replica set");
    case TierColumn:
        return c.tier.name();
    case VerdictColumn:
        return verdictText(candidate);
    default:
        return {};
    }
}

QString RestoreCandidateModel::verdictText(const RestoreCandidate &candidate) const
{
    if (!candidate.allowed())
        return tr("Not possible: %1").arg(messagesOf(candidate.verdict.violations).join(u' '));
    return candidate.verdict.warnings.isEmpty()
            ? tr("Possible")
            : tr("Possible, with %n warning(s)", nullptr, int(candidate.verdict.warnings.size()));
}

QString RestoreCandidateModel::toolTip(const RestoreCandidate &candidate) const
{
    QStringList lines;
    lines << (candidate.allowed() ? tr("%1 can take this restore.") : tr("%1 cannot take this restore:"))
                     .arg(candidate.target.cluster.name);
    for (const QString &m : messagesOf(candidate.verdict.violations))
        lines << tr("✗ %1").arg(m);
    for (const QString &m : messagesOf(candidate.verdict.warnings))
        lines << tr("⚠ %1").arg(m);
    return lines.join(u'\n');
}

QVariant RestoreCandidateModel::sortValue(const RestoreCandidate &candidate, int column) const
{
    const Cluster &c = candidate.target.cluster;
    switch (column) {
    case ClusterColumn:
        return c.name;
    case ProjectColumn:
        // One project's clusters together, by name.
        return QString(candidate.target.projectLabel() + u'\n' + c.name);
    case VersionColumn:
        return c.version.toString();
    case ShapeColumn:
        return c.isSharded() ? c.shardCount : 0;
    case TierColumn:
        return c.tier.name();
    case VerdictColumn:
        return candidate.allowed() ? 0 : 1;
    default:
        return {};
    }
}

QVariant RestoreCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClusterColumn:
        return tr("Cluster");
    case ProjectColumn:
        return tr("Project");
    case VersionColumn:
        return tr("MongoDB");
    case ShapeColumn:
        return tr("Topology");
    case TierColumn:
        return tr("Tier");
    case VerdictColumn:
        return tr("Can it take this restore?");
    default:
        return {};
    }
}

QHash<int, QByteArray> RestoreCandidateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProjectIdRole, "projectId");
    names.insert(ClusterNameRole, "clusterName");
    names.insert(AllowedRole, "allowed");
    names.insert(ReasonsRole, "reasons");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace snapline
