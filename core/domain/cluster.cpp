#include "domain/cluster.h"

namespace snapline {

namespace {
constexpr qint64 kServerlessPitSeconds = qint64(72) * 3600;
constexpr qint64 kSecondsPerDay = 86400;
} // namespace

bool Cluster::hasPointInTime() const
{
    const bool continuousKind = backupKind == BackupKind::Cloud || backupKind == BackupKind::CloudContinuous
            || backupKind == BackupKind::ServerlessContinuous;
    return pitEnabled && continuousKind;
}

bool Cluster::backupIsMandatory() const
{
    return tier.isSharedOrFlex() || tier.isServerless() || backupKind == BackupKind::SharedDaily
            || backupKind == BackupKind::Flex || isServerlessBackup();
}

bool Cluster::isServerlessBackup() const
{
    return backupKind == BackupKind::ServerlessContinuous || backupKind == BackupKind::ServerlessBasic;
}

qint64 Cluster::pitWindowSeconds() const
{
    if (backupKind == BackupKind::ServerlessContinuous)
        return kServerlessPitSeconds;
    return qint64(restoreWindowDays) * kSecondsPerDay;
}

} // namespace snapline
