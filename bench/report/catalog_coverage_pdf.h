#pragma once

#include <QString>

namespace snapline::bench {

// The PDF benchmark's second part: a real coverage report, built by
// ReportBuilder from a file catalog holding the large organization
// (fillLargeCatalog: `clusters` clusters, `snapshots` snapshots), exported
// as PDF through ReportJob::runHere, with its parts (build; write) and the
// export dialog's first-page preview timed. `catalog`: a file to reuse or
// keep (empty: a temporary one). Prints its figures; false on a failure.
bool benchCatalogCoveragePdf(int clusters, int snapshots, const QString &catalog, const QString &folder);

} // namespace snapline::bench
