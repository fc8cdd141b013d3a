#include "report/snapshot_row_source.h"

#include "report/report_values.h"

#include <algorithm>
#include <limits>

namespace snapline {

namespace {

constexpr qint64 kNone = std::numeric_limits<qint64>::min();

// The codes as shared values: a row copies a reference, not a string.
template<typename Enum, int Count>
QList<QVariant> codes(const std::array<Enum, Count> &values)
{
    QList<QVariant> out;
    for (const Enum value : values)
        out << QVariant(toString(value));
    return out;
}

const QList<QVariant> &frequencyCodes()
{
    static const QList<QVariant> values
            = codes<Frequency, 6>({Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly,
                                   Frequency::Yearly, Frequency::OnDemand});
    return values;
}
const QList<QVariant> &originCodes()
{
    static const QList<QVariant> values = codes<SnapshotOrigin, 3>(
            {SnapshotOrigin::Scheduled, SnapshotOrigin::OnDemand, SnapshotOrigin::Fallback});
    return values;
}
const QList<QVariant> &statusCodes()
{
    static const QList<QVariant> values
            = codes<SnapshotStatus, 4>({SnapshotStatus::Queued, SnapshotStatus::InProgress,
                                        SnapshotStatus::Completed, SnapshotStatus::Failed});
    return values;
}

} // namespace

QList<ReportColumn> SnapshotRowSource::columns()
{
    using namespace ReportValues;
    using Type = ReportColumn::Type;
    return {codeColumn(QStringLiteral("projectId"), tr("Project id")),
            column(QStringLiteral("projectName"), tr("Project")),
            column(QStringLiteral("clusterName"), tr("Cluster")),
            column(QStringLiteral("snapshotId"), tr("Snapshot")),
            column(QStringLiteral("createdAt"), tr("Created"), Type::DateTime),
            column(QStringLiteral("expiresAt"), tr("Expires"), Type::DateTime),
            column(QStringLiteral("frequency"), tr("Frequency")),
            column(QStringLiteral("origin"), tr("Origin")),
            column(QStringLiteral("status"), tr("Status")),
            column(QStringLiteral("storageBytes"), tr("Size"), Type::Bytes)};
}

int SnapshotRowSource::addCluster(const QString &projectId, const QString &projectName,
                                  const QString &clusterName)
{
    m_clusters << Names{projectId, projectName, clusterName};
    return int(m_clusters.size() - 1);
}

void SnapshotRowSource::reserve(qsizetype rows)
{
    m_rows.reserve(std::size_t(rows));
}

void SnapshotRowSource::append(int cluster, const Snapshot &snapshot)
{
    // Snapshot ids are ASCII hex: copied without a temporary when they are.
    const QString &text = snapshot.id;
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QByteArray id = ascii ? QByteArray() : text.toUtf8();
    const qsizetype length = ascii ? text.size() : id.size();
    Row row;
    row.cluster = cluster;
    row.createdMs = snapshot.createdAt.isValid() ? snapshot.createdAt.toMSecsSinceEpoch() : kNone;
    row.expiresMs = snapshot.expiresAt.isValid() ? snapshot.expiresAt.toMSecsSinceEpoch() : kNone;
    row.bytes = snapshot.storageSizeBytes;
    row.idOffset = quint32(m_ids.size());
    row.idLength = quint16(std::min<qsizetype>(length, std::numeric_limits<quint16>::max()));
    row.frequency = quint8(snapshot.frequency);
    row.origin = quint8(snapshot.origin);
    row.status = quint8(snapshot.status);
    if (ascii) {
        const qsizetype at = m_ids.size();
        m_ids.resize(at + row.idLength);
        for (int i = 0; i < row.idLength; ++i)
            m_ids[at + i] = char(text[i].unicode());
    } else {
        m_ids.append(id.constData(), row.idLength);
    }
    m_rows.push_back(row);
}

void SnapshotRowSource::forEachRow(const std::function<bool(const QVariantList &row)> &visit) const
{
    const auto time = [](qint64 ms) {
        return ms == kNone ? QVariant() : QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    };
    QVariantList values(10);
    // The names and codes change seldom from one row to the next: they are
    // only replaced when they do.
    qint32 cluster = -1;
    int frequency = -1, origin = -1, status = -1;
    for (const Row &row : m_rows) {
        if (row.cluster != cluster) {
            const Names &names = m_clusters[row.cluster];
            values[0] = names.projectId;
            values[1] = names.projectName;
            values[2] = names.clusterName;
            cluster = row.cluster;
        }
        // A view into the id buffer, not a copy: valid while the source is.
        values[3] = QByteArray::fromRawData(m_ids.constData() + row.idOffset, row.idLength);
        values[4] = time(row.createdMs);
        values[5] = time(row.expiresMs);
        if (row.frequency != frequency)
            values[6] = frequencyCodes().value(frequency = row.frequency);
        if (row.origin != origin)
            values[7] = originCodes().value(origin = row.origin);
        if (row.status != status)
            values[8] = statusCodes().value(status = row.status);
        values[9] = QVariant::fromValue<qint64>(row.bytes);
        if (!visit(values))
            return;
    }
}

} // namespace snapline
