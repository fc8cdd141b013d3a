#pragma once

#include "domain/backup_event.h"
#include "domain/export_bucket.h"
#include "domain/export_job.h"

#include <QJsonObject>

namespace snapline {

// Export buckets (DiskBackupSnapshotExportBucketResponse and its AWS, Azure
// and GCP shapes), export jobs (DiskBackupExportJob) and project events, from
// and to the Admin API's JSON.
ExportBucket exportBucketFromJson(const QJsonObject &json);
QJsonObject exportBucketBody(const ExportBucket &bucket);
ExportJob exportJobFromJson(const QJsonObject &json, const QString &clusterName);
BackupEvent backupEventFromJson(const QJsonObject &json);

} // namespace snapline
