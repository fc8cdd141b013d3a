#pragma once

#include "domain/restore_job.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace snapline {

// How long one finished restore job took, and how it ended.
struct RestoreDuration
{
    QString jobId;
    QString clusterName; // the source cluster
    DeliveryType deliveryType = DeliveryType::Automated;
    QDateTime createdAt;
    QDateTime finishedAt;
    qint64 seconds = 0; // finishedAt - createdAt
    RestoreJobState outcome = RestoreJobState::Completed;

    bool operator==(const RestoreDuration &) const = default;
};

// The durations of a cluster's or project's restore jobs, oldest first. Only
// jobs with both a start and an end have a duration; the others are counted.
class RestoreDurations
{
public:
    RestoreDurations() = default;
    // `limit` > 0 keeps only the newest `limit` finished jobs.
    static RestoreDurations fromJobs(const QList<RestoreJob> &jobs, int limit = 0);

    const QList<RestoreDuration> &jobs() const { return m_jobs; }
    bool isEmpty() const { return m_jobs.isEmpty(); }
    qint64 longestSeconds() const { return m_longest; }
    int unfinishedCount() const { return m_unfinished; } // running, or ended without an end time
    int leftOutCount() const { return m_leftOut; }       // finished but older than the limit kept

private:
    QList<RestoreDuration> m_jobs;
    qint64 m_longest = 0;
    int m_unfinished = 0;
    int m_leftOut = 0;
};

} // namespace snapline
