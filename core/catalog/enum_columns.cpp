#include "catalog/enum_columns.h"

namespace snapline {

namespace {
// Overload sets cannot be passed as one callable; this picks the right one.
constexpr auto kName = [](auto value) { return toString(value); };
} // namespace

const EnumColumn<Frequency> &frequencyColumn()
{
    using F = Frequency;
    static const EnumColumn<F> column({F::Hourly, F::Daily, F::Weekly, F::Monthly, F::Yearly, F::OnDemand},
                                      kName);
    return column;
}

const EnumColumn<RetentionUnit> &retentionUnitColumn()
{
    using U = RetentionUnit;
    static const EnumColumn<U> column({U::Days, U::Weeks, U::Months, U::Years}, kName);
    return column;
}

const EnumColumn<SnapshotOrigin> &snapshotOriginColumn()
{
    using O = SnapshotOrigin;
    static const EnumColumn<O> column({O::Scheduled, O::OnDemand, O::Fallback}, kName);
    return column;
}

const EnumColumn<SnapshotStatus> &snapshotStatusColumn()
{
    using S = SnapshotStatus;
    static const EnumColumn<S> column({S::Queued, S::InProgress, S::Completed, S::Failed}, kName);
    return column;
}

const EnumColumn<Topology> &topologyColumn()
{
    static const EnumColumn<Topology> column({Topology::ReplicaSet, Topology::ShardedCluster}, kName);
    return column;
}

const EnumColumn<CloudProvider> &cloudProviderColumn()
{
    using P = CloudProvider;
    static const EnumColumn<P> column({P::Aws, P::Azure, P::Gcp}, kName);
    return column;
}

const EnumColumn<EncryptionProvider> &encryptionColumn()
{
    using P = EncryptionProvider;
    static const EnumColumn<P> column({P::None, P::Aws, P::Azure, P::Gcp}, kName);
    return column;
}

const EnumColumn<BackupKind> &backupKindColumn()
{
    using K = BackupKind;
    static const EnumColumn<K> column({K::None, K::SharedDaily, K::Flex, K::Cloud, K::CloudContinuous,
                                       K::ServerlessContinuous, K::ServerlessBasic, K::Legacy},
                                      kName);
    return column;
}

const EnumColumn<ComplianceState> &complianceStateColumn()
{
    using S = ComplianceState;
    static const EnumColumn<S> column({S::Active, S::Enabling, S::Updating, S::Disabling}, kName);
    return column;
}

const EnumColumn<DeliveryType> &deliveryTypeColumn()
{
    using D = DeliveryType;
    static const EnumColumn<D> column({D::Automated, D::Download, D::PointInTime}, kName);
    return column;
}

const EnumColumn<RestoreJobState> &restoreJobStateColumn()
{
    using S = RestoreJobState;
    static const EnumColumn<S> column({S::InProgress, S::Completed, S::Failed, S::Cancelled, S::Expired},
                                      kName);
    return column;
}

const EnumColumn<ExportJobState> &exportJobStateColumn()
{
    using S = ExportJobState;
    static const EnumColumn<S> column({S::Queued, S::InProgress, S::Successful, S::Failed, S::Cancelled},
                                      kName);
    return column;
}

} // namespace snapline
