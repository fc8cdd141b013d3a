#include "report/report_builder.h"

#include "report/compliance_report_builder.h"
#include "report/coverage_report_builder.h"
#include "report/posture_report_builder.h"
#include "report/report_context.h"
#include "report/restore_report_builder.h"
#include "report/storage_report_builder.h"

namespace snapline {

namespace {

Error specError(const QString &message)
{
    return Error{QStringLiteral("report.spec"), message};
}

} // namespace

std::optional<Error> ReportBuilder::checkSpec(const ReportSpec &spec)
{
    if (spec.kind == ReportKind::Posture) {
        if (!spec.to.isValid() && !spec.generatedAt.isValid())
            return specError(tr("A posture report needs the moment to judge at."));
        return std::nullopt;
    }
    if (!spec.from.isValid() || !spec.to.isValid())
        return specError(tr("The report needs a period: a start and an end."));
    if (spec.from >= spec.to)
        return specError(
                tr("The period ends (%1) before it starts (%2).")
                        .arg(spec.to.toUTC().toString(Qt::ISODate), spec.from.toUTC().toString(Qt::ISODate)));
    return std::nullopt;
}

Result<ReportDocument> ReportBuilder::build(const Catalog &reader, const ReportSpec &spec,
                                            const std::atomic_bool *cancel, const Progress &progress)
{
    if (const auto problem = checkSpec(spec))
        return *problem;
    ReportSpec utc = spec;
    utc.from = spec.from.isValid() ? spec.from.toUTC() : spec.from;
    utc.to = spec.to.isValid() ? spec.to.toUTC() : spec.generatedAt.toUTC();
    utc.generatedAt = spec.generatedAt.isValid() ? spec.generatedAt.toUTC() : utc.to;
    auto context = ReportContext::open(reader, utc, cancel, progress);
    if (!context)
        return context.error();

    Result<QList<ReportSection>> sections = QList<ReportSection>{};
    switch (utc.kind) {
    case ReportKind::Posture:
        sections = PostureReportBuilder::build(*context);
        break;
    case ReportKind::Coverage:
        sections = CoverageReportBuilder::build(*context);
        break;
    case ReportKind::Compliance:
        sections = ComplianceReportBuilder::build(*context);
        break;
    case ReportKind::RestoreActivity:
        sections = RestoreReportBuilder::build(*context);
        break;
    case ReportKind::Storage:
        sections = StorageReportBuilder::build(*context);
        break;
    }
    if (!sections)
        return sections.error();
    ReportDocument document;
    document.spec = context->spec();
    document.title = ReportText::kindTitle(utc.kind) + QStringLiteral(" — ") + context->scopeName();
    document.scopeLabel = context->scopeLabel();
    document.sections = std::move(sections).value();
    if (progress)
        progress(100);
    return document;
}

} // namespace snapline
