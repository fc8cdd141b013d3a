#pragma once

#include "console/cluster_posture.h"
#include "report/report_context.h"
#include "report/report_document.h"

#include <QCoreApplication>

namespace snapline {

// The posture report: every cluster in scope judged at the report's moment
// with the console's own posture rules (assessPosture), as a grid, its
// warnings one per row, and counts by health.
class PostureReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PostureReportBuilder)

public:
    static Result<QList<ReportSection>> build(const ReportContext &context);

    // Stable codes for CSV and JSON.
    static QString code(BackupHealth health); // "protected", "warning", "unprotected"
    static QString code(
            ComplianceStanding standing); // "noPolicy", "notApplicable", "notSynced", "meets", "below"
    static QString code(PostureWarningKind kind);   // "pitGaps", "stale" …
    static QString healthText(BackupHealth health); // "Protected" …
};

} // namespace snapline
