#include "cli/restore_command_line.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace snapline {

namespace {

constexpr qint64 kMaxTimestampPart = std::numeric_limits<quint32>::max(); // BSON timestamps are 32-bit

} // namespace

RestoreCommandLine::RestoreCommandLine(Command command)
    : m_command(command)
    , m_profile(QStringLiteral("profile"), tr("The profile: a name, an id, \"Local sandbox\" or env."),
                tr("NAME"))
    , m_project(QStringLiteral("project"), tr("The source cluster's project (an id or a name)."), tr("ID"))
    , m_cluster(QStringLiteral("cluster"), tr("The source cluster."), tr("NAME"))
    , m_snapshot(QStringLiteral("snapshot"), tr("Restore this snapshot."), tr("ID"))
    , m_at(QStringLiteral("at"),
           tr("Restore to this second, in UTC: 2026-11-20T14:03:07Z or \"2026-11-20 14:03:07\"."), tr("UTC"))
    , m_oplog(QStringLiteral("oplog"), tr("Restore to this oplog timestamp: seconds:increment."),
              tr("TS:INC"))
    , m_targetProject(QStringLiteral("target-project"),
                      tr("The target cluster's project (an id or a name; default: --project)."), tr("ID"))
    , m_targetCluster(QStringLiteral("target-cluster"), tr("The cluster to restore into."), tr("NAME"))
    , m_delivery(QStringLiteral("delivery"), tr("automated (default: into the target cluster) or download."),
                 tr("HOW"), QStringLiteral("automated"))
    , m_output(QStringLiteral("output"), tr("text (default) or json."), tr("FORMAT"), QStringLiteral("text"))
    , m_offline(QStringLiteral("offline"), tr("Do not ask Atlas: judge from the catalog as last synced."))
    , m_facts(QStringLiteral("facts"),
              tr("Judge the facts in this JSON file instead, without a profile (see docs/preflight.md)."),
              tr("FILE"))
    , m_confirm(QStringLiteral("confirm"),
                tr("The target cluster's name (the source cluster's for a download), typed to confirm."),
                tr("NAME"))
    , m_wait(QStringLiteral("wait"), tr("Follow the restore job to its end."))
    , m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
             RestoreCommandLine::tr("Show this help."))
{
    if (command == Command::Preflight) {
        m_parser.setApplicationDescription(RestoreCommandLine::tr(
                "Checks a restore against every Atlas rule with facts fresh from Atlas (or from the "
                "catalog when offline) and prints the verdict and the request that would be sent."));
    } else {
        m_parser.setApplicationDescription(RestoreCommandLine::tr(
                "Checks a restore like preflight, then sends it to Atlas once, after an allowed verdict "
                "and a --confirm that names the cluster whose data is replaced."));
    }
    m_parser.addOptions({m_profile, m_project, m_cluster, m_snapshot, m_at, m_oplog, m_targetProject,
                         m_targetCluster, m_delivery, m_output, m_offline});
    if (command == Command::Preflight)
        m_parser.addOption(m_facts);
    else
        m_parser.addOptions({m_confirm, m_wait});
    m_parser.addOption(m_help);
}

QString RestoreCommandLine::name() const
{
    return m_command == Command::Preflight ? QStringLiteral("preflight") : QStringLiteral("restore");
}

QString RestoreCommandLine::helpText() const
{
    const QString usage = m_command == Command::Preflight
            ? tr("Usage: snapline preflight --profile NAME --project ID --cluster NAME\n"
                 "         (--snapshot ID | --at UTC | --oplog TS:INC)\n"
                 "         (--target-project ID --target-cluster NAME | --delivery download)\n"
                 "         [--output text|json] [--offline]\n"
                 "       snapline preflight --facts FILE.json [--output json|text]\n")
            : tr("Usage: snapline restore --profile NAME --project ID --cluster NAME\n"
                 "         (--snapshot ID | --at UTC | --oplog TS:INC)\n"
                 "         (--target-project ID --target-cluster NAME | --delivery download)\n"
                 "         --confirm NAME [--wait] [--output text|json]\n");
    QString options = m_parser.helpText();
    options = options.mid(options.indexOf(u'\n') + 1); // Qt's own usage line names no command
    const QString codes = m_command == Command::Preflight
            ? tr("Exit codes: 0 allowed, 3 refused, 2 bad arguments, 1 failure (the catalog could not be "
                 "read, Atlas answered with an error), 130 interrupted.\n")
            : tr("Exit codes: 0 the restore completed (or, without --wait, Atlas accepted it), 3 refused "
                 "(nothing was sent), 2 bad arguments or no matching --confirm (nothing was sent), 1 failure "
                 "(Atlas unreachable or refusing, an uncertain submission, the catalog), 4 the restore ran "
                 "and failed, was cancelled or expired, 130 interrupted (Ctrl+C while waiting stops "
                 "following; the restore goes on in Atlas).\n");
    return usage + options + u'\n' + codes;
}

Result<RestoreArguments> RestoreCommandLine::parse(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // the command
    if (!m_parser.parse(args))
        return Error{QStringLiteral("BAD_ARGUMENTS"), m_parser.errorText()};
    m_helpAsked = m_parser.isSet(m_help);
    if (m_helpAsked)
        return RestoreArguments{};
    return read();
}

Result<RestoreArguments> RestoreCommandLine::read() const
{
    const auto bad = [](const QString &message) { return Error{QStringLiteral("BAD_ARGUMENTS"), message}; };
    if (!m_parser.positionalArguments().isEmpty())
        return bad(tr("unexpected argument %1").arg(m_parser.positionalArguments().constFirst()));
    if (m_command == Command::Preflight && m_parser.isSet(m_facts))
        return bad(tr("--facts FILE judges the facts in a file and takes no profile: use --facts or "
                      "--profile, not both"));
    if (m_command == Command::Restore && m_parser.isSet(m_offline))
        return bad(tr("a restore is sent to Atlas, so it cannot run --offline; check it offline with "
                      "snapline preflight --offline"));

    RestoreArguments a;
    a.profile = m_parser.value(m_profile);
    a.project = m_parser.value(m_project);
    a.cluster = m_parser.value(m_cluster);
    if (a.profile.isEmpty())
        return bad(m_command == Command::Preflight
                           ? tr("--profile NAME is required (or --facts FILE to judge the facts in a file)")
                           : tr("--profile NAME is required"));
    if (a.project.isEmpty() || a.cluster.isEmpty())
        return bad(tr("name the source with --project ID and --cluster NAME"));

    const int sources
            = int(m_parser.isSet(m_snapshot)) + int(m_parser.isSet(m_at)) + int(m_parser.isSet(m_oplog));
    if (sources == 0)
        return bad(tr("say what to restore: --snapshot ID, --at UTC or --oplog TS:INC"));
    if (sources > 1)
        return bad(tr("say what to restore with one of --snapshot, --at and --oplog, not several"));
    if (m_parser.isSet(m_snapshot)) {
        a.snapshotId = m_parser.value(m_snapshot).trimmed();
        if (a.snapshotId->isEmpty())
            return bad(tr("--snapshot: the snapshot id is empty"));
    } else if (m_parser.isSet(m_at)) {
        auto seconds = parseUtc(m_parser.value(m_at));
        if (!seconds)
            return bad(seconds.error().message);
        a.pointInTime = PointInTime{*seconds, std::nullopt, std::nullopt};
    } else {
        auto point = parseOplog(m_parser.value(m_oplog));
        if (!point)
            return bad(point.error().message);
        a.pointInTime = *point;
    }

    const QString delivery = m_parser.value(m_delivery);
    if (delivery != u"automated" && delivery != u"download")
        return bad(tr("--delivery must be automated or download, not %1").arg(delivery));
    a.delivery = delivery == u"download" ? DeliveryType::Download : DeliveryType::Automated;
    if (a.isDownload()) {
        if (m_parser.isSet(m_targetProject) || m_parser.isSet(m_targetCluster))
            return bad(tr("a download goes to links, not into a cluster: leave out --target-project and "
                          "--target-cluster"));
    } else {
        a.targetCluster = m_parser.value(m_targetCluster);
        a.targetProject = m_parser.isSet(m_targetProject) ? m_parser.value(m_targetProject) : a.project;
        if (a.targetCluster.isEmpty())
            return bad(tr("name the cluster to restore into with --target-cluster NAME (and --target-project "
                          "ID when it lives in another project), or ask for --delivery download"));
        if (a.targetProject.isEmpty())
            return bad(tr("--target-project: the project is empty"));
    }

    const QString output = m_parser.value(m_output);
    if (output != u"text" && output != u"json")
        return bad(tr("--output must be text or json, not %1").arg(output));
    a.json = output == u"json";
    a.offline = m_parser.isSet(m_offline);
    if (m_command == Command::Restore) {
        a.confirm = m_parser.value(m_confirm);
        a.wait = m_parser.isSet(m_wait);
    }
    return a;
}

Result<qint64> RestoreCommandLine::parseUtc(const QString &text)
{
    static const QRegularExpression shape(
            QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})(Z| ?UTC|\\+00:00)?$"),
            QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const auto match = shape.match(trimmed);
    const auto bad = [&](const QString &why) {
        return Result<qint64>::failure(
                QStringLiteral("BAD_ARGUMENTS"),
                tr("--at: expected a UTC time to the second, like 2026-11-20T14:03:07Z or \"2026-11-20 "
                   "14:03:07\"; %1")
                        .arg(why));
    };
    if (!match.hasMatch()) {
        if (QRegularExpression(QStringLiteral("[+-]\\d{2}:?\\d{2}$")).match(trimmed).hasMatch())
            return bad(tr("%1 has an offset: give the time in UTC").arg(trimmed));
        return bad(tr("got \"%1\"").arg(trimmed));
    }
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
    const QDateTime moment(date, time, QTimeZone::utc());
    if (!date.isValid() || !time.isValid() || !moment.isValid())
        return bad(tr("%1 is not a date and time").arg(trimmed));
    return moment.toSecsSinceEpoch();
}

Result<PointInTime> RestoreCommandLine::parseOplog(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,10}):(\\d{1,10})$"));
    const QString trimmed = text.trimmed();
    const auto match = shape.match(trimmed);
    const qint64 ts = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    const qint64 inc = match.hasMatch() ? match.captured(2).toLongLong() : 0;
    if (!match.hasMatch() || ts <= 0 || ts > kMaxTimestampPart || inc > kMaxTimestampPart)
        return Result<PointInTime>::failure(
                QStringLiteral("BAD_ARGUMENTS"),
                tr("--oplog: expected an oplog timestamp as seconds:increment, like 1763647387:5 (both "
                   "whole numbers below 2^32, the seconds above 0); got \"%1\"")
                        .arg(trimmed));
    return PointInTime{std::nullopt, ts, inc};
}

} // namespace snapline
