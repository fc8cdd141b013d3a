#include "restore/restore_operation.h"

#include "console/display_format.h"

namespace snapline {

QString RestoreText::jobSummary(const RestoreJob &job, const QDateTime &now)
{
    const QDateTime end = job.finishedAt.isValid() ? job.finishedAt : now;
    const QString took = job.createdAt.isValid() ? formatDuration(job.createdAt.secsTo(end)) : QString();
    const QString into = job.deliveryType == DeliveryType::Download
            ? tr("restore job %1 (download)").arg(job.id)
            : tr("restore job %1 into %2").arg(job.id, job.targetClusterName);
    switch (job.state()) {
    case RestoreJobState::InProgress:
        return tr("Atlas is running %1 (%2 so far).").arg(into, took);
    case RestoreJobState::Completed:
        if (job.deliveryType == DeliveryType::Download)
            return tr("Atlas finished %1 after %2; %n download link(s) ready.", nullptr,
                      int(job.deliveryUrls.size()))
                    .arg(into, took);
        return tr("Atlas completed %1 after %2.").arg(into, took);
    case RestoreJobState::Failed:
        return tr("Atlas could not complete %1; it failed after %2.").arg(into, took);
    case RestoreJobState::Cancelled:
        return tr("Atlas cancelled %1 after %2.").arg(into, took);
    case RestoreJobState::Expired:
        return tr("The download links of %1 have expired.").arg(into);
    }
    return {};
}

} // namespace snapline
