#include "models/posture_model.h"

#include "console/display_format.h"
#include "models/console_icons.h"
#include "models/exact_text.h"
#include "models/navigator_text.h"
#include "models/row_sync.h"

#include <QLocale>

#include <limits>

namespace snapline {

PostureModel::PostureModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PostureModel::~PostureModel() = default;

void PostureModel::setInventory(std::shared_ptr<const Inventory> inventory)
{
    const std::shared_ptr<const Inventory> previous = std::exchange(m_inventory, std::move(inventory));
    if (m_inventory)
        m_readAt = m_inventory->readAt; // kept when cleared: rows on their way out are still asked
    std::vector<Row> next;
    if (m_inventory) {
        next.reserve(std::size_t(m_inventory->clusterCount()));
        for (const OrganizationEntry &org : m_inventory->organizations) {
            for (const ProjectEntry &project : org.projects) {
                for (const ClusterEntry &cluster : project.clusters) {
                    next.push_back({project.project.id + u'/' + cluster.where.cluster.name, &project,
                                    &cluster, assessPosture(cluster, project.compliance, m_readAt)});
                }
            }
        }
    }
    RowSyncSteps steps;
    steps.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    steps.endInsert = [this] { endInsertRows(); };
    steps.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    steps.endRemove = [this] { endRemoveRows(); };
    steps.beginMove = [this](int from, int to) { beginMoveRows({}, from, from, {}, to); };
    steps.endMove = [this] { endMoveRows(); };
    syncRows(
            m_rows, std::move(next), [](const Row &row) { return row.key; }, steps,
            [](Row &existing, Row incoming, int) { existing = std::move(incoming); });
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const ClusterPosture &PostureModel::postureAt(int row) const
{
    return m_rows.at(std::size_t(row)).posture;
}

const ClusterEntry &PostureModel::clusterAt(int row) const
{
    return *m_rows.at(std::size_t(row)).cluster;
}

int PostureModel::rowOf(const QString &projectId, const QString &clusterName) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        if (row.project->project.id == projectId && row.cluster->where.cluster.name == clusterName)
            return int(i);
    }
    return -1;
}

int PostureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == ClusterColumn) {
            const Cluster &c = row.cluster->where.cluster;
            return ConsoleIcons::cluster(c.tier.family(), c.provider, row.posture.health());
        }
        if (column == WarningsColumn && !row.posture.warnings.isEmpty())
            return ConsoleIcons::warning();
        return {};
    case Qt::TextAlignmentRole:
        if (column == SnapshotCountColumn || column == TotalSizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProjectIdRole:
        return row.project->project.id;
    case ClusterNameRole:
        return row.cluster->where.cluster.name;
    case OrgIdRole:
        return row.project->project.orgId;
    case SortRole:
        return sortValue(row, column);
    case WarningCountRole:
        return int(row.posture.warnings.size());
    case SearchTextRole:
        return searchText(row);
    default:
        return {};
    }
}

QVariant PostureModel::display(const Row &row, int column) const
{
    const ClusterPosture &p = row.posture;
    const Cluster &c = row.cluster->where.cluster;
    const QDateTime &now = m_readAt;
    switch (column) {
    case ProjectColumn:
        return row.project->project.name;
    case ClusterColumn:
        return c.name;
    case TierColumn:
        return c.tier.name();
    case BackupKindColumn:
        return formatBackupKind(p.backupKind);
    case PitColumn:
        return p.pitText();
    case LastSnapshotColumn:
        if (p.lastSuccessful)
            return formatAge(*p.lastSuccessful, now);
        return c.hasBackup() ? tr("never") : QString();
    case NextSnapshotColumn:
        return p.nextScheduled ? formatAge(p.nextScheduled->at, now) : QString();
    case SnapshotCountColumn:
        return QLocale().toString(p.snapshotCount);
    case TotalSizeColumn:
        return p.snapshotCount > 0 ? formatBytes(p.totalBytes) : QString();
    case ComplianceColumn:
        return p.complianceText();
    case CopyRegionsColumn:
        return p.copyRegions.join(QStringLiteral(", "));
    case WarningsColumn:
        return p.warningsText();
    default:
        return {};
    }
}

QVariant PostureModel::toolTip(const Row &row, int column) const
{
    const ClusterPosture &p = row.posture;
    switch (column) {
    case ClusterColumn:
        return NavigatorText::clusterToolTip(*row.cluster, p, m_readAt);
    case TierColumn:
        return NavigatorText::clusterShape(row.cluster->where.cluster);
    case LastSnapshotColumn:
        return p.lastSuccessful ? ExactText::moment(*p.lastSuccessful) : QVariant();
    case NextSnapshotColumn:
        if (!p.nextScheduled)
            return {};
        return tr("%1, %2").arg(ExactText::moment(p.nextScheduled->at),
                                formatFrequency(p.nextScheduled->frequency));
    case TotalSizeColumn:
        return ExactText::bytes(p.totalBytes);
    case ComplianceColumn: {
        QStringList lines;
        for (const ComplianceLine &line : p.complianceLines)
            lines << line.text;
        if (p.belowCompliance)
            lines << tr("The compliance policy requires %1.").arg(p.belowItem);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case WarningsColumn:
        return p.warnings.isEmpty() ? QVariant() : QVariant(p.warningSentences());
    default:
        return display(row, column);
    }
}

QVariant PostureModel::sortValue(const Row &row, int column) const
{
    const ClusterPosture &p = row.posture;
    switch (column) {
    case TierColumn:
        return row.cluster->where.cluster.tier.rank();
    case BackupKindColumn:
        return int(p.backupKind);
    case PitColumn:
        return p.pitWindowSeconds;
    case LastSnapshotColumn:
        return p.lastSuccessful ? p.lastSuccessful->toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    case NextSnapshotColumn:
        return p.nextScheduled ? p.nextScheduled->at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case SnapshotCountColumn:
        return p.snapshotCount;
    case TotalSizeColumn:
        return p.totalBytes;
    case ComplianceColumn:
        return int(p.compliance);
    case WarningsColumn:
        return int(p.warnings.size());
    default:
        return display(row, column);
    }
}

QString PostureModel::searchText(const Row &row) const
{
    const Cluster &c = row.cluster->where.cluster;
    return QStringList{row.project->project.name,
                       c.name,
                       c.tier.name(),
                       toString(c.provider),
                       formatProvider(c.provider),
                       formatBackupKind(row.posture.backupKind),
                       row.posture.warningsText()}
            .join(u' ');
}

QVariant PostureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case ClusterColumn:
        return tr("Cluster");
    case TierColumn:
        return tr("Tier");
    case BackupKindColumn:
        return tr("Backup");
    case PitColumn:
        return tr("Point in time");
    case LastSnapshotColumn:
        return tr("Last snapshot");
    case NextSnapshotColumn:
        return tr("Next snapshot");
    case SnapshotCountColumn:
        return tr("Snapshots");
    case TotalSizeColumn:
        return tr("Total size");
    case ComplianceColumn:
        return tr("Policy vs compliance");
    case CopyRegionsColumn:
        return tr("Copies");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}

QHash<int, QByteArray> PostureModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProjectIdRole, "projectId");
    names.insert(ClusterNameRole, "clusterName");
    names.insert(OrgIdRole, "orgId");
    names.insert(SortRole, "sortValue");
    names.insert(WarningCountRole, "warningCount");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace snapline
