#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace snapline {

// Atlas spells these in PascalCase: Queued, InProgress, Successful, Failed, Cancelled.
enum class ExportJobState { Queued, InProgress, Successful, Failed, Cancelled };
QString toString(ExportJobState value);
std::optional<ExportJobState> parseExportJobState(QStringView text);

// One export of a snapshot into an export bucket (DiskBackupExportJob).
// Atlas offers no way to cancel one, so it only ever moves forward.
struct ExportJob
{
    QString id;
    QString clusterName;
    QString snapshotId;
    QString exportBucketId;
    ExportJobState state = ExportJobState::Queued;
    QDateTime createdAt;
    QDateTime finishedAt;
    QString prefix; // where the files land inside the bucket
    std::optional<int> exportedCollections;
    std::optional<int> totalCollections;
    QString failureCode;    // stateReason.errorCode, when Failed
    QString failureMessage; // stateReason.message, when Failed

    bool isFinished() const
    {
        return state == ExportJobState::Successful || state == ExportJobState::Failed
                || state == ExportJobState::Cancelled;
    }
    bool operator==(const ExportJob &) const = default;
};

} // namespace snapline
