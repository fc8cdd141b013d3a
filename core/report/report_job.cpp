#include "report/report_job.h"

#include "catalog/catalog.h"
#include "report/report_builder.h"

namespace snapline {

namespace {

constexpr int kBuildShare = 50; // percent of the progress bar for reading the catalog

class Words
{
    Q_DECLARE_TR_FUNCTIONS(ReportJob)

public:
    static QString reading() { return tr("Reading the catalog"); }
    static QString writing(ReportFormat format)
    {
        return tr("Writing the %1 report").arg(ReportText::formatTitle(format));
    }
    static QString title(const ReportRequest &r)
    {
        return tr("Export %1 as %2")
                .arg(ReportText::kindTitle(r.spec.kind), ReportText::formatTitle(r.format));
    }
};

} // namespace

ReportJob::ReportJob(ReportRequest request, std::shared_ptr<const Clock> clock, QObject *parent)
    : TypedJob(
            Words::title(request),
            [request, clock](JobContext &context) {
                return runHere(request, *clock, context.cancelFlag(),
                               [&context](int percent, const QString &stage) {
                                   context.progress(percent, 100, stage);
                               });
            },
            parent)
    , m_request(std::move(request))
{}

Result<ReportOutput> ReportJob::runHere(const ReportRequest &request, const Clock &clock,
                                        const std::atomic_bool *cancel, const Progress &progress)
{
    ReportSpec spec = request.spec;
    if (!spec.generatedAt.isValid())
        spec.generatedAt = clock.now().toUTC();
    if (progress)
        progress(0, Words::reading());
    // One shared clock object is enough for a reader: it only stamps writes.
    auto reader = Catalog::openReader(request.catalogPath, std::make_shared<ManualClock>(spec.generatedAt));
    if (!reader)
        return reader.error();
    auto document = ReportBuilder::build(**reader, spec, cancel, [&](int percent) {
        if (progress)
            progress(percent * kBuildShare / 100, Words::reading());
    });
    if (!document)
        return document.error();
    const QString writing = Words::writing(request.format);
    return ReportExporter::write(*document, request.format, request.outputPath, request.signing, cancel,
                                 [&](int percent) {
                                     if (progress)
                                         progress(kBuildShare + percent * (100 - kBuildShare) / 100, writing);
                                 });
}

} // namespace snapline
