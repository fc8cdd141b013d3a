#pragma once

#include "cli/restore_command_line.h"
#include "cli/role_cache.h"
#include "restore/restore_preflight.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace snapline {

class ProfileConnection;
struct AtlasError;

// Why a restore command stopped, and the exit code it ends with.
struct CommandFailure
{
    int exitCode = 1;
    QString message;
};

// A restore order judged for the command line: the planner's check, the
// projects' names, and where the facts came from (Atlas just now, or the
// catalog as last synced when Atlas could not be reached or was not asked).
struct LiveCheck
{
    RestoreCheck check;
    RoleBook roles; // what the check was judged with (a restore sends with them)
    QString sourceProjectName;
    QString targetProjectName;
    bool offline = false;
    QString offlineReason;    // in words: --offline, or Atlas's error
    QDateTime catalogAsOf;    // offline: the oldest last sync of the clusters judged
    QDateTime rolesLearnedAt; // offline: when the roles were learned; invalid when never
    QStringList notes;        // said besides the verdict (warnings of the sync …)
};

// Gathers fresh facts for one restore and judges it, on the calling thread:
// names the projects (by id or name), learns the credentials' roles, brings
// the target and the source cluster up to date in the catalog (a project seen
// for the first time is synced whole), and asks the planner. When Atlas
// cannot be reached, or --offline says not to ask it, it judges from the
// catalog as last synced and with the roles learned last time.
class LivePreflight
{
    Q_DECLARE_TR_FUNCTIONS(LivePreflight)

public:
    // Told what it is doing, in words, as it goes.
    using Progress = std::function<void(const QString &stage)>;

    LivePreflight(ProfileConnection &connection, const RoleCache &roles, const std::atomic_bool *cancel);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    Result<LiveCheck, CommandFailure> run(const RestoreArguments &arguments);

private:
    struct ProjectRef
    {
        QString id;
        QString name;
        QString orgId;
        bool inCatalog = false;
    };

    Result<ProjectRef, CommandFailure> resolveProject(const QString &typed, LiveCheck &live);
    std::optional<ProjectRef> fromCatalog(const QString &typed, QStringList &names) const;
    // Brings a project's cluster up to date; the project whole when the catalog has not seen it.
    std::optional<CommandFailure> refresh(const ProjectRef &project, const QString &cluster,
                                          QStringList &wholeProjects, LiveCheck &live);
    QStringList concerning(const QStringList &warnings, const ProjectRef &project,
                           const QString &cluster) const;
    std::optional<CommandFailure> clusterMissing(const ProjectRef &project, const QString &cluster) const;
    // Atlas could not be reached: the check goes on from the catalog (true), or stops (false).
    bool goOffline(const AtlasError &error, LiveCheck &live);
    CommandFailure fromAtlas(const AtlasError &error) const;
    void rolesFor(const ProjectRef &source, const ProjectRef &target, LiveCheck &live);
    QDateTime lastSynced(const ProjectRef &project, const QString &cluster) const;
    QStringList catalogScopes() const;
    void step(const QString &stage) const;

    ProfileConnection &m_connection;
    const RoleCache &m_roleCache;
    const std::atomic_bool *m_cancel;
    bool m_offlineAsked = false;
    Progress m_progress;
};

} // namespace snapline
