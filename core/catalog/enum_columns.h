#pragma once

#include "domain/backup_policy.h"
#include "domain/cluster_traits.h"
#include "domain/compliance_policy.h"
#include "domain/export_job.h"
#include "domain/restore_job.h"
#include "domain/snapshot.h"

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>
#include <optional>
#include <vector>

namespace snapline {

// An enum stored as its wire name (readable in the file, immune to enum
// reordering), with the names encoded to UTF-8 once so that binding and
// reading a row allocate nothing.
template<typename E>
class EnumColumn
{
public:
    template<typename ToText>
    EnumColumn(std::initializer_list<E> values, ToText toText)
    {
        for (E value : values) {
            const auto index = std::size_t(value);
            if (m_names.size() <= index)
                m_names.resize(index + 1);
            m_names[index] = toText(value).toUtf8();
        }
    }

    QByteArrayView name(E value) const
    {
        const auto index = std::size_t(value);
        return index < m_names.size() ? QByteArrayView(m_names[index]) : QByteArrayView();
    }

    std::optional<E> parse(QByteArrayView text) const
    {
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == text)
                return E(i);
        }
        return std::nullopt;
    }

    E parseOr(QByteArrayView text, E fallback) const { return parse(text).value_or(fallback); }

private:
    std::vector<QByteArray> m_names; // indexed by the enum's value
};

const EnumColumn<Frequency> &frequencyColumn();
const EnumColumn<RetentionUnit> &retentionUnitColumn();
const EnumColumn<SnapshotOrigin> &snapshotOriginColumn();
const EnumColumn<SnapshotStatus> &snapshotStatusColumn();
const EnumColumn<Topology> &topologyColumn();
const EnumColumn<CloudProvider> &cloudProviderColumn();
const EnumColumn<EncryptionProvider> &encryptionColumn();
const EnumColumn<BackupKind> &backupKindColumn();
const EnumColumn<ComplianceState> &complianceStateColumn();
const EnumColumn<DeliveryType> &deliveryTypeColumn();
const EnumColumn<RestoreJobState> &restoreJobStateColumn();
const EnumColumn<ExportJobState> &exportJobStateColumn();

} // namespace snapline
