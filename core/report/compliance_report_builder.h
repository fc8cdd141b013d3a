#pragma once

#include "report/report_context.h"
#include "report/report_document.h"

#include <QCoreApplication>

namespace snapline {

// The compliance report: each project's Backup Compliance Policy (its state,
// who authorized it, who changed it last and when, what it requires), how
// every cluster's schedule stands against it (the posture rules' verdict),
// and the actions the rules refused in the period, from the audit log.
class ComplianceReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReportBuilder)

public:
    static Result<QList<ReportSection>> build(const ReportContext &context);
};

} // namespace snapline
