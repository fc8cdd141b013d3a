#pragma once

#include "report/cluster_coverage.h"
#include "report/report_context.h"
#include "report/report_document.h"

#include <QCoreApplication>

namespace snapline {

// The coverage report: for every cluster in scope, the snapshots its policy
// expected over the period against those taken (assessCoverage), the missed
// and failed ones, the achieved recovery point, the oldest restorable point
// and the point-in-time window with its gaps; and every snapshot of the
// period as evidence (a table for CSV and JSON only).
class CoverageReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CoverageReportBuilder)

public:
    static Result<QList<ReportSection>> build(const ReportContext &context);

    static QString code(MissedSnapshot::Reason reason); // "noSnapshot", "failed"
};

} // namespace snapline
