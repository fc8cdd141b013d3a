#include "domain/cluster_traits.h"

#include "domain/enum_text.h"

namespace snapline {

namespace {

constexpr auto kProviders
        = makeEnumText<CloudProvider>(std::pair{CloudProvider::Aws, QStringView(u"AWS")},
                                      std::pair{CloudProvider::Azure, QStringView(u"AZURE")},
                                      std::pair{CloudProvider::Gcp, QStringView(u"GCP")});

constexpr auto kTopologies
        = makeEnumText<Topology>(std::pair{Topology::ReplicaSet, QStringView(u"replicaSet")},
                                 std::pair{Topology::ShardedCluster, QStringView(u"shardedCluster")});

constexpr auto kEncryption
        = makeEnumText<EncryptionProvider>(std::pair{EncryptionProvider::None, QStringView(u"NONE")},
                                           std::pair{EncryptionProvider::Aws, QStringView(u"AWS")},
                                           std::pair{EncryptionProvider::Azure, QStringView(u"AZURE")},
                                           std::pair{EncryptionProvider::Gcp, QStringView(u"GCP")});

constexpr auto kBackupKinds = makeEnumText<BackupKind>(
        std::pair{BackupKind::None, QStringView(u"none")},
        std::pair{BackupKind::SharedDaily, QStringView(u"sharedDaily")},
        std::pair{BackupKind::Flex, QStringView(u"flex")},
        std::pair{BackupKind::Cloud, QStringView(u"cloud")},
        std::pair{BackupKind::CloudContinuous, QStringView(u"cloudContinuous")},
        std::pair{BackupKind::ServerlessContinuous, QStringView(u"serverlessContinuous")},
        std::pair{BackupKind::ServerlessBasic, QStringView(u"serverlessBasic")},
        std::pair{BackupKind::Legacy, QStringView(u"legacy")});

} // namespace

QString toString(CloudProvider value)
{
    return kProviders.toString(value);
}
QString toString(Topology value)
{
    return kTopologies.toString(value);
}
QString toString(EncryptionProvider value)
{
    return kEncryption.toString(value);
}
QString toString(BackupKind value)
{
    return kBackupKinds.toString(value);
}

std::optional<CloudProvider> parseCloudProvider(QStringView text)
{
    return kProviders.parse(text);
}

std::optional<Topology> parseTopology(QStringView text)
{
    // Atlas spells cluster topology REPLICASET/SHARDED in cluster documents.
    if (text.compare(u"REPLICASET", Qt::CaseInsensitive) == 0)
        return Topology::ReplicaSet;
    if (text.compare(u"SHARDED", Qt::CaseInsensitive) == 0
        || text.compare(u"GEOSHARDED", Qt::CaseInsensitive) == 0)
        return Topology::ShardedCluster;
    return kTopologies.parse(text);
}

std::optional<EncryptionProvider> parseEncryptionProvider(QStringView text)
{
    return kEncryption.parse(text);
}
std::optional<BackupKind> parseBackupKind(QStringView text)
{
    return kBackupKinds.parse(text);
}

QString backupKindNames()
{
    return kBackupKinds.names().join(u", ");
}

} // namespace snapline
