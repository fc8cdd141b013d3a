#include "report/report_spec.h"

#include "domain/enum_text.h"

namespace snapline {

namespace {

constexpr auto kKinds
        = makeEnumText<ReportKind>(std::pair{ReportKind::Posture, QStringView(u"posture")},
                                   std::pair{ReportKind::Coverage, QStringView(u"coverage")},
                                   std::pair{ReportKind::Compliance, QStringView(u"compliance")},
                                   std::pair{ReportKind::RestoreActivity, QStringView(u"restores")},
                                   std::pair{ReportKind::Storage, QStringView(u"storage")});

constexpr auto kFormats = makeEnumText<ReportFormat>(std::pair{ReportFormat::Pdf, QStringView(u"pdf")},
                                                     std::pair{ReportFormat::Html, QStringView(u"html")},
                                                     std::pair{ReportFormat::Csv, QStringView(u"csv")},
                                                     std::pair{ReportFormat::Json, QStringView(u"json")});

constexpr auto kPageSizes = makeEnumText<PageSize>(std::pair{PageSize::A4, QStringView(u"a4")},
                                                   std::pair{PageSize::Letter, QStringView(u"letter")});

Error scopeError(const QString &message)
{
    return Error{QStringLiteral("report.scope"), message};
}

} // namespace

QString toString(ReportKind kind)
{
    return kKinds.toString(kind);
}
QString toString(ReportFormat format)
{
    return kFormats.toString(format);
}
QString toString(PageSize size)
{
    return kPageSizes.toString(size);
}

std::optional<ReportKind> parseReportKind(QStringView text)
{
    if (text.compare(u"restore-activity", Qt::CaseInsensitive) == 0)
        return ReportKind::RestoreActivity;
    return kKinds.parse(text);
}
std::optional<ReportFormat> parseReportFormat(QStringView text)
{
    return kFormats.parse(text);
}
std::optional<PageSize> parsePageSize(QStringView text)
{
    return kPageSizes.parse(text);
}

QList<ReportKind> allReportKinds()
{
    return {ReportKind::Posture, ReportKind::Coverage, ReportKind::Compliance, ReportKind::RestoreActivity,
            ReportKind::Storage};
}
QList<ReportFormat> allReportFormats()
{
    return {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json};
}

Result<ReportScope> ReportScope::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return scopeError(
                ReportText::tr("\"%1\" is not a scope: write org:ID, project:ID or cluster:PROJECT_ID/NAME.")
                        .arg(text));
    const QStringView level = QStringView(text).left(colon);
    const QString rest = text.mid(colon + 1).trimmed();
    if (rest.isEmpty())
        return scopeError(ReportText::tr("The scope \"%1\" names nothing after the colon.").arg(text));
    if (level.compare(u"org", Qt::CaseInsensitive) == 0
        || level.compare(u"organization", Qt::CaseInsensitive) == 0)
        return organization(rest);
    if (level.compare(u"project", Qt::CaseInsensitive) == 0)
        return project(rest);
    if (level.compare(u"cluster", Qt::CaseInsensitive) == 0) {
        const qsizetype slash = rest.indexOf(u'/');
        if (slash <= 0 || slash == rest.size() - 1)
            return scopeError(
                    ReportText::tr("A cluster scope is cluster:PROJECT_ID/NAME, not \"%1\".").arg(text));
        return cluster(rest.left(slash), rest.mid(slash + 1));
    }
    return scopeError(ReportText::tr("\"%1\" is not a scope level: use org, project or cluster.").arg(level));
}

QString ReportScope::toString() const
{
    switch (level) {
    case Level::Organization:
        return QStringLiteral("org:") + id;
    case Level::Project:
        return QStringLiteral("project:") + id;
    case Level::Cluster:
        return QStringLiteral("cluster:") + id + u'/' + clusterName;
    }
    return {};
}

QString ReportText::kindTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Posture:
        return tr("Backup posture");
    case ReportKind::Coverage:
        return tr("Backup coverage");
    case ReportKind::Compliance:
        return tr("Backup compliance");
    case ReportKind::RestoreActivity:
        return tr("Restore activity");
    case ReportKind::Storage:
        return tr("Backup storage");
    }
    return {};
}

QString ReportText::kindDescription(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Posture:
        return tr("How every cluster's backups stood at one moment: backup kind, point in time, last "
                  "snapshot, compliance and warnings.");
    case ReportKind::Coverage:
        return tr("Whether every cluster was backed up as its policy says over the period: snapshots "
                  "expected and taken, missed and failed ones, the achieved recovery point and the "
                  "point-in-time window.");
    case ReportKind::Compliance:
        return tr("The Backup Compliance Policy of each project, who set it and when, the clusters below "
                  "it and the actions it refused.");
    case ReportKind::RestoreActivity:
        return tr("Every restore job of the period, who asked for it and how it ended: the evidence of "
                  "restore drills.");
    case ReportKind::Storage:
        return tr("Snapshot storage over the period, by cluster and by snapshot frequency.");
    }
    return {};
}

QString ReportText::formatTitle(ReportFormat format)
{
    return toString(format).toUpper();
}

} // namespace snapline
