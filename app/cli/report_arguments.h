#pragma once

#include "report/report_exporter.h"
#include "report/report_spec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace snapline {

// What `snapline report …` was asked for, read and checked before anything
// is opened, so that bad input is refused (exit code 2) with a sentence
// naming the argument.
struct ReportArguments
{
    QString profile;
    ReportKind kind = ReportKind::Coverage;
    std::optional<ReportScope> scope; // nullopt: the profile's organization
    QDateTime from;                   // UTC; invalid for a posture report without --from
    QDateTime to;                     // UTC, exclusive
    ReportFormat format = ReportFormat::Pdf;
    PageSize pageSize = PageSize::A4;
    QString outputPath; // absolute
    ReportSigning signing;
    bool sync = false;
    bool help = false;
};

// Reads the arguments of `snapline report` (`arguments` starts with the
// program name, then "report"). Dates: YYYY-MM-DD (a whole UTC day: --from
// at its start, --to at its end) or an ISO 8601 time (UTC without an
// offset); --to also takes "now". `now` is the time the report is made.
// Fails with code "report.arguments" and a sentence.
class ReportArgumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportArgumentReader)

public:
    static Result<ReportArguments> read(const QStringList &arguments, const QDateTime &now);
    static QString usage();
    static QString helpText();

    // One date or time of --from (`endOfDay` false) or --to (`endOfDay` true).
    static std::optional<QDateTime> parseMoment(const QString &text, bool endOfDay, const QDateTime &now);
};

} // namespace snapline
