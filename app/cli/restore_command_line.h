#pragma once

#include "domain/restore_job.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace snapline {

// What `snapline preflight --profile …` and `snapline restore …` are asked:
// the profile, the restore as typed (projects by id or by name) and how to
// answer.
struct RestoreArguments
{
    QString profile;
    QString project; // the source cluster's project: an id or a name
    QString cluster; // the source cluster
    std::optional<QString> snapshotId;
    std::optional<PointInTime> pointInTime;
    DeliveryType delivery = DeliveryType::Automated; // Automated or Download
    QString targetProject;                           // an id or a name; empty for a download
    QString targetCluster;                           // empty for a download
    bool json = false;
    bool offline = false;
    QString confirm; // restore only: the name typed to confirm
    bool wait = false;

    bool isDownload() const { return delivery == DeliveryType::Download; }
    // The name --confirm must repeat: the target cluster, or the source cluster for a download.
    QString confirmationName() const { return isDownload() ? cluster : targetCluster; }
};

// The options the live pre-flight and the restore command share, read and
// checked; every mistake is named in words (the commands exit with 2).
class RestoreCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommandLine)

public:
    enum class Command { Preflight, Restore };

    explicit RestoreCommandLine(Command command);

    // `arguments` starts with the program name, then the command.
    Result<RestoreArguments> parse(const QStringList &arguments);
    bool helpAsked() const { return m_helpAsked; }
    QString helpText() const;

    // "2026-11-20T14:03:07Z" or "2026-11-20 14:03:07", always UTC, to the second.
    static Result<qint64> parseUtc(const QString &text);
    // "1763647387:5": an oplog timestamp's seconds and increment.
    static Result<PointInTime> parseOplog(const QString &text);

private:
    Result<RestoreArguments> read() const;
    QString name() const;

    Command m_command;
    QCommandLineParser m_parser;
    bool m_helpAsked = false;
    const QCommandLineOption m_profile;
    const QCommandLineOption m_project;
    const QCommandLineOption m_cluster;
    const QCommandLineOption m_snapshot;
    const QCommandLineOption m_at;
    const QCommandLineOption m_oplog;
    const QCommandLineOption m_targetProject;
    const QCommandLineOption m_targetCluster;
    const QCommandLineOption m_delivery;
    const QCommandLineOption m_output;
    const QCommandLineOption m_offline;
    const QCommandLineOption m_facts;
    const QCommandLineOption m_confirm;
    const QCommandLineOption m_wait;
    const QCommandLineOption m_help;
};

} // namespace snapline
