#pragma once

#include "console/inventory.h"
#include "report/cluster_coverage.h"
#include "report/report_document.h"

#include <QCoreApplication>

namespace snapline {

// The tables of a coverage report and how one cluster's coverage fills
// them, apart from the loop over clusters that feeds them.
class CoverageReportTables
{
    Q_DECLARE_TR_FUNCTIONS(CoverageReportTables)

public:
    CoverageReportTables();

    void add(const ClusterEntry &entry, const ClusterCoverage &coverage, const QDateTime &asOf);

    ReportTable schedule; // "clusters": expected, taken, missed … per cluster
    ReportTable policies; // "policies": the schedule each cluster was judged against
    ReportTable recovery; // "clusters": achieved RPO, oldest restorable point, PIT
    ReportTable missed;   // "missed": one row per missed snapshot
    ReportTable failed;   // "failed": one row per failed snapshot
    ReportTable pitGaps;  // "pitGaps": one row per gap in the point-in-time history
};

} // namespace snapline
