#pragma once

#include "catalog/audit_entry.h"
#include "report/report_context.h"
#include "report/report_document.h"

#include <QCoreApplication>
#include <QHash>

namespace snapline {

// The restore activity report, the evidence of restore drills: every
// restore job of the period from a cluster in scope with who asked for it
// (from the audit log when Snapline sent it), when, from which snapshot or
// point, into what, how it ended and how long it took; and for each cluster
// whether a restore from it completed in the period.
class RestoreReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RestoreReportBuilder)

public:
    static Result<QList<ReportSection>> build(const ReportContext &context);

    // When a job happened, for placing it in a period: its creation time,
    // else when Snapline sent it (its audit entry), else when it finished;
    // invalid when none is known (a job still running).
    static QDateTime placedAt(const RestoreJob &job, const AuditEntry *submitted);

    // The restore.submit audit entries that created a job, by job id (their
    // summary reads "job <id> created" or "job <id> found after …").
    static QHash<QString, AuditEntry> submissionsByJob(const QList<AuditEntry> &entries);
};

} // namespace snapline
