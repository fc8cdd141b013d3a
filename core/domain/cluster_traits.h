#pragma once

#include <QString>

#include <optional>

namespace snapline {

enum class CloudProvider { Aws, Azure, Gcp };
enum class Topology { ReplicaSet, ShardedCluster };
// Who holds the key for encryption at rest: nobody (NONE) or a customer key
// in a provider's KMS.
enum class EncryptionProvider { None, Aws, Azure, Gcp };

// How a cluster is backed up, as the console distinguishes it.
enum class BackupKind {
    None,                 // no Atlas backup (M0, or Cloud Backup turned off)
    SharedDaily,          // M2/M5 daily snapshots, managed by Atlas
    Flex,                 // Flex daily snapshots, managed by Atlas
    Cloud,                // Cloud Backup snapshots (M10+)
    CloudContinuous,      // Cloud Backup + continuous (point in time)
    ServerlessContinuous, // serverless: 6-hourly snapshots + 72 h PIT
    ServerlessBasic,      // serverless: the two most recent snapshots
    Legacy,               // legacy backup (deprecated, read-only here)
};

QString toString(CloudProvider value);
QString toString(Topology value);
QString toString(EncryptionProvider value);
QString toString(BackupKind value);

std::optional<CloudProvider> parseCloudProvider(QStringView text);
std::optional<Topology> parseTopology(QStringView text);
std::optional<EncryptionProvider> parseEncryptionProvider(QStringView text);
std::optional<BackupKind> parseBackupKind(QStringView text);

QString backupKindNames(); // "none, sharedDaily, …" for error messages

} // namespace snapline
