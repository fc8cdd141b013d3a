#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace snapline {

// What a report is about.
enum class ReportKind {
    Posture,         // the posture grid as of a moment
    Coverage,        // snapshots expected vs taken, missed and failed, achieved RPO, PIT window and gaps
    Compliance,      // the Backup Compliance Policy, clusters below it, refused actions from the audit log
    RestoreActivity, // every restore job: who, when, source, point, target, delivery, outcome, duration
    Storage,         // snapshot bytes over time by cluster and frequency
};

enum class ReportFormat { Pdf, Html, Csv, Json };
enum class PageSize { A4, Letter };

QString toString(ReportKind kind);     // "posture", "coverage", "compliance", "restores", "storage"
QString toString(ReportFormat format); // "pdf", "html", "csv", "json"
QString toString(PageSize size);       // "a4", "letter"
// Case-insensitive; kinds also accept "restore-activity".
std::optional<ReportKind> parseReportKind(QStringView text);
std::optional<ReportFormat> parseReportFormat(QStringView text);
std::optional<PageSize> parsePageSize(QStringView text);
// Every kind and format, in declaration order (for choosers and --help).
QList<ReportKind> allReportKinds();
QList<ReportFormat> allReportFormats();

// The organization, project or cluster a report covers.
struct ReportScope
{
    enum class Level { Organization, Project, Cluster };

    Level level = Level::Organization;
    QString id;          // the organization's or the project's id
    QString clusterName; // Level::Cluster: the cluster, in project `id`

    static ReportScope organization(const QString &orgId) { return {Level::Organization, orgId, {}}; }
    static ReportScope project(const QString &projectId) { return {Level::Project, projectId, {}}; }
    static ReportScope cluster(const QString &projectId, const QString &name)
    {
        return {Level::Cluster, projectId, name};
    }
    // "org:ID", "project:ID", "cluster:PROJECT_ID/NAME" (the command line's spelling;
    // "organization:ID" is accepted too). Fails with code "report.scope" and a
    // sentence saying what is wrong.
    static Result<ReportScope> parse(const QString &text);
    QString toString() const; // the same spelling: parse(toString()) gives the scope back

    bool operator==(const ReportScope &) const = default;
};

// One report to make: its kind, scope and period, and what its title page says.
struct ReportSpec
{
    ReportKind kind = ReportKind::Coverage;
    ReportScope scope;
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    QDateTime generatedAt;
    QString profileName;
    PageSize pageSize = PageSize::A4;

    bool operator==(const ReportSpec &) const = default;
};

// The words about reports, in one translation context.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString kindTitle(ReportKind kind);       // "Backup coverage" …
    static QString kindDescription(ReportKind kind); // one sentence: what the report proves
    static QString formatTitle(ReportFormat format); // "PDF", "HTML", "CSV", "JSON"
};

} // namespace snapline
