#pragma once

#include "catalog/catalog.h"
#include "report/report_document.h"
#include "report/report_spec.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace snapline {

// Makes a ReportDocument from the catalog: checks the spec, resolves its
// scope and hands over to the builder of its kind. Reads only the catalog
// (sync first to report on fresh facts); runs on the thread that owns
// `reader`, checks `cancel` between clusters and reports progress in
// percent.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    using Progress = std::function<void(int percent)>;

    // Errors: "report.spec" (a period that is not one), "report.scope" /
    // "report.scope.unknown" (the scope is not in the catalog),
    // "report.cancelled", or the catalog's own.
    static Result<ReportDocument> build(const Catalog &reader, const ReportSpec &spec,
                                        const std::atomic_bool *cancel = nullptr,
                                        const Progress &progress = {});

    // Whether the spec can be built: a valid period with from < to (posture
    // needs only `to` or generatedAt). Empty when it can.
    static std::optional<Error> checkSpec(const ReportSpec &spec);
};

} // namespace snapline
