#pragma once

#include "report/report_context.h"
#include "report/report_document.h"

#include <QCoreApplication>

namespace snapline {

// The storage report: the snapshot bytes held at the end of each day of the
// period, by snapshot frequency, for the scope and for each cluster (from
// the catalog's per-day totals, the same figures as the history charts).
class StorageReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StorageReportBuilder)

public:
    static Result<QList<ReportSection>> build(const ReportContext &context);
};

} // namespace snapline
