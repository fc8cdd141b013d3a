#pragma once

#include "jobs/job.h"
#include "report/report_exporter.h"
#include "report/report_spec.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace snapline {

// One report to export: from which catalog, what, in which format, where,
// and how it is signed.
struct ReportRequest
{
    QString catalogPath; // the profile's catalog; a reader is opened on the worker
    ReportSpec spec;     // an invalid generatedAt is stamped from the clock
    ReportFormat format = ReportFormat::Pdf;
    QString outputPath; // a file; for CSV a folder, a .zip or (one table) a .csv
    ReportSigning signing;
};

// Exports a report as a job, for the GUI's Export report dialog and the
// command line: opens a catalog reader on the worker, builds the document,
// writes it with its manifest and optional signature, reporting progress
// (stages in words) and honouring cancel, which leaves no file behind.
class ReportJob : public TypedJob<ReportOutput, Error>
{
    Q_OBJECT

public:
    using Progress = std::function<void(int percent, const QString &stage)>;

    ReportJob(ReportRequest request, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    const ReportRequest &request() const { return m_request; }

    // The same work on the calling thread (the command line, benchmarks).
    static Result<ReportOutput> runHere(const ReportRequest &request, const Clock &clock,
                                        const std::atomic_bool *cancel = nullptr,
                                        const Progress &progress = {});

private:
    ReportRequest m_request;
};

} // namespace snapline
