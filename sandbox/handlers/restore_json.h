#pragma once

#include "api/api_error.h"
#include "http/api_exchange.h"
#include "store/records.h"

#include <QJsonObject>

#include <optional>
#include <span>

// Restore jobs and backup snapshots as the contract shows them, and the
// request bodies that create restore jobs, checked against the contract.
namespace snapline::sandbox {

enum class BodyFieldKind {
    ObjectId,    // 24 lowercase hex digits
    ClusterName, // ^[a-zA-Z0-9][a-zA-Z0-9-]*$
    ItemName,    // Flex targetDeploymentItemName: 1..64 letters, digits and -_.(),:&@+'
    String,
    Int32,
    ReadOnly, // a response field a client may echo back: ignored
};

struct BodyField
{
    const char *name;
    BodyFieldKind kind;
};

// Parses a JSON object body: malformed JSON, unknown fields, wrong types and
// badly formed ids are refused (400) before any rule runs.
std::optional<ApiError> parseBody(const QByteArray &body, std::span<const BodyField> fields,
                                  QJsonObject &out);

// 400 MISSING_ATTRIBUTE for a required body field.
ApiError missingAttribute(const QString &field);

// Download links of a job: one per shard and one for the config server of a
// sharded source, one for a replica set; under the request's origin.
QStringList restoreDownloadUrls(const ApiRequest &request, const RestoreJobRow &job,
                                const ClusterRow &source);

// DiskBackupSnapshotRestoreJob; `serverless` gives ServerlessBackupRestoreJob
// (no components, no private links).
QJsonObject restoreJobJson(const ApiRequest &request, const RestoreJobRow &job, const ClusterRow &source,
                           const std::optional<SnapshotRow> &snapshot, bool serverless = false);

// FlexBackupRestoreJob20241113.
QJsonObject flexRestoreJobJson(const ApiRequest &request, const RestoreJobRow &job, const ClusterRow &source,
                               const std::optional<SnapshotRow> &snapshot, qint64 now);

// FlexBackupSnapshot20241113 and ServerlessBackupSnapshot.
QJsonObject flexSnapshotJson(const ApiRequest &request, const SnapshotRow &snapshot,
                             const ClusterRow &cluster);
QJsonObject serverlessSnapshotJson(const ApiRequest &request, const SnapshotRow &snapshot,
                                   const ClusterRow &cluster);

} // namespace snapline::sandbox
