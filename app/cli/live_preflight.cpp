#include "cli/live_preflight.h"

#include "cli/exit_codes.h"
#include "session/profile_connection.h"
#include "sync/synchronizer.h"

#include <algorithm>

namespace snapline {

namespace {

const QString kClusterNotFound = QStringLiteral("CLUSTER_NOT_FOUND");

bool unreachable(const AtlasError &error)
{
    return error.kind == AtlasError::Kind::Connect || error.kind == AtlasError::Kind::Timeout;
}

QString listed(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    return names.isEmpty() ? LivePreflight::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

LivePreflight::LivePreflight(ProfileConnection &connection, const RoleCache &roles,
                             const std::atomic_bool *cancel)
    : m_connection(connection)
    , m_roleCache(roles)
    , m_cancel(cancel)
{}

Result<LiveCheck, CommandFailure> LivePreflight::run(const RestoreArguments &a)
{
    LiveCheck live;
    m_offlineAsked = a.offline;
    if (a.offline) {
        live.offline = true;
        live.offlineReason = tr("--offline: Atlas was not asked");
    }
    auto source = resolveProject(a.project, live);
    if (!source)
        return source.error();
    ProjectRef target = *source;
    if (!a.isDownload() && a.targetProject != a.project) {
        auto other = resolveProject(a.targetProject, live);
        if (!other)
            return other.error();
        target = *other;
    }

    // The roles first: the cheapest call, and the one that tells whether Atlas can be reached.
    QStringList projectIds{source->id};
    if (!a.isDownload() && target.id != source->id)
        projectIds << target.id;
    if (!live.offline) {
        step(tr("Asking Atlas which roles these credentials hold"));
        auto learned = m_connection.learnRoles(projectIds, m_cancel);
        if (learned)
            live.roles = *learned;
        else if (!goOffline(learned.error(), live))
            return fromAtlas(learned.error());
    }
    // The target before the source, as the restore job does: the target's state changes the verdict most.
    QStringList wholeProjects;
    const bool intoItself = target.id == source->id && a.targetCluster == a.cluster;
    if (!live.offline && !a.isDownload() && !intoItself) {
        if (auto failed = refresh(target, a.targetCluster, wholeProjects, live))
            return *failed;
    }
    if (!live.offline) {
        if (auto failed = refresh(*source, a.cluster, wholeProjects, live))
            return *failed;
    }
    rolesFor(*source, target, live);

    auto reader = Catalog::openReader(m_connection.catalogPath(), m_connection.clock());
    if (!reader)
        return CommandFailure{ExitFailure, reader.error().message};
    RestoreOrder order;
    order.projectId = source->id;
    order.clusterName = a.cluster;
    order.snapshotId = a.snapshotId;
    order.pointInTime = a.pointInTime;
    order.delivery = a.delivery;
    if (!a.isDownload()) {
        order.targetProjectId = target.id;
        order.targetClusterName = a.targetCluster;
    }
    auto check = RestorePreflight::judge(**reader, live.roles, order, m_connection.clock()->now());
    if (!check) {
        const bool named = check.error().code.endsWith(u"_NOT_IN_CATALOG");
        QString message = check.error().message;
        if (check.error().code == u"SNAPSHOT_NOT_IN_CATALOG" && !live.offline)
            message = tr("Atlas lists no snapshot %1 of %2: it may have expired or been deleted, or its id "
                         "is mistyped.")
                              .arg(a.snapshotId.value_or(QString()), a.cluster);
        else if (named && live.offline)
            message += u' ' + tr("(Judged offline, from the catalog as last synced.)");
        return CommandFailure{named ? ExitBadInput : ExitFailure, message};
    }
    live.check = *check;
    live.sourceProjectName = source->name;
    live.targetProjectName = a.isDownload() ? QString() : target.name;
    if (live.offline) {
        live.catalogAsOf = lastSynced(*source, a.cluster);
        if (!a.isDownload()) {
            const QDateTime targetAsOf = lastSynced(target, a.targetCluster);
            if (!live.catalogAsOf.isValid() || (targetAsOf.isValid() && targetAsOf < live.catalogAsOf))
                live.catalogAsOf = targetAsOf;
        }
    }
    return live;
}

Result<LivePreflight::ProjectRef, CommandFailure> LivePreflight::resolveProject(const QString &typed,
                                                                                LiveCheck &live)
{
    QStringList names;
    if (auto known = fromCatalog(typed, names))
        return *known;
    if (!live.offline) {
        step(tr("Looking for project %1 in Atlas").arg(typed));
        auto projects = m_connection.api()->projects(m_cancel);
        if (projects) {
            names.clear();
            std::optional<Project> folded;
            int foldedCount = 0;
            for (const Project &p : std::as_const(*projects)) {
                names << p.name;
                if (p.id == typed || p.name == typed)
                    return ProjectRef{p.id, p.name, p.orgId, false};
                if (p.name.compare(typed, Qt::CaseInsensitive) == 0) {
                    folded = p;
                    ++foldedCount;
                }
            }
            if (foldedCount == 1)
                return ProjectRef{folded->id, folded->name, folded->orgId, false};
            return CommandFailure{ExitBadInput,
                                  tr("These credentials see no project \"%1\" (by id or name). Projects: %2.")
                                          .arg(typed, listed(names))};
        }
        if (!goOffline(projects.error(), live))
            return fromAtlas(projects.error());
    }
    if (m_offlineAsked)
        return CommandFailure{
                ExitBadInput,
                tr("The catalog has no project \"%1\" (by id or name); sync the profile first, or "
                   "leave out --offline. Projects in the catalog: %2.")
                        .arg(typed, listed(names))};
    return CommandFailure{ExitFailure,
                          tr("%1, and the catalog has no project \"%2\" (by id or name). Projects "
                             "in the catalog: %3.")
                                  .arg(live.offlineReason, typed, listed(names))};
}

std::optional<LivePreflight::ProjectRef> LivePreflight::fromCatalog(const QString &typed,
                                                                    QStringList &names) const
{
    auto reader = Catalog::openReader(m_connection.catalogPath(), m_connection.clock());
    if (!reader)
        return std::nullopt;
    std::optional<ProjectRef> folded;
    int foldedCount = 0;
    for (const Organization &org : reader.value()->organizations().valueOr({})) {
        for (const Project &p : reader.value()->projects(org.id).valueOr({})) {
            names << p.name;
            if (p.id == typed || p.name == typed)
                return ProjectRef{p.id, p.name, org.id, true};
            if (p.name.compare(typed, Qt::CaseInsensitive) == 0) {
                folded = ProjectRef{p.id, p.name, org.id, true};
                ++foldedCount;
            }
        }
    }
    if (foldedCount == 1)
        return folded;
    // A project synced on its own is filed under no organization: known by its clusters.
    if (!reader.value()->clusters(typed).valueOr({}).isEmpty())
        return ProjectRef{typed, typed, {}, true};
    return std::nullopt;
}

std::optional<CommandFailure> LivePreflight::refresh(const ProjectRef &project, const QString &cluster,
                                                     QStringList &wholeProjects, LiveCheck &live)
{
    if (wholeProjects.contains(project.id))
        return std::nullopt; // synced whole a moment ago
    Synchronizer synchronizer(m_connection.api(), m_connection.writer(), m_connection.clock(), {});
    synchronizer.setProgress([this](qint64, qint64, const QString &stage) { step(stage); });
    if (!project.inCatalog) {
        step(tr("Reading project %1 from Atlas for the first time").arg(project.name));
        // First sight of the project: its organization (names, the owner role) and all of it.
        if (!project.orgId.isEmpty()) {
            auto org = m_connection.api()->organization(project.orgId, m_cancel);
            if (org) {
                m_connection.writer()
                        ->post([o = *org](Catalog &c) { return c.writeOrganizations({o}, false); })
                        .waitForFinished();
            } else if (unreachable(org.error()) || org.error().kind == AtlasError::Kind::Cancelled) {
                return goOffline(org.error(), live) ? std::nullopt : std::optional(fromAtlas(org.error()));
            }
        }
        auto synced = synchronizer.syncProject(project.id, m_cancel);
        if (!synced)
            return goOffline(synced.error(), live) ? std::nullopt : std::optional(fromAtlas(synced.error()));
        live.notes << concerning(synced->warnings, project, cluster);
        wholeProjects << project.id;
        auto reader = Catalog::openReader(m_connection.catalogPath(), m_connection.clock());
        if (reader && reader.value()->cluster(project.id, cluster).valueOr(std::nullopt))
            return std::nullopt;
        return clusterMissing(project, cluster);
    }
    step(tr("Bringing %1 up to date").arg(cluster));
    auto synced = synchronizer.syncCluster(project.id, cluster, m_cancel);
    if (synced) {
        live.notes << concerning(synced->warnings, project, cluster);
        return std::nullopt;
    }
    if (synced.error().errorCode == kClusterNotFound)
        return clusterMissing(project, cluster);
    return goOffline(synced.error(), live) ? std::nullopt : std::optional(fromAtlas(synced.error()));
}

std::optional<CommandFailure> LivePreflight::clusterMissing(const ProjectRef &project,
                                                            const QString &cluster) const
{
    QStringList names;
    if (auto reader = Catalog::openReader(m_connection.catalogPath(), m_connection.clock())) {
        for (const Cluster &c : reader.value()->clusters(project.id).valueOr({}))
            names << c.name;
    }
    return CommandFailure{ExitBadInput,
                          tr("Project %1 has no cluster named \"%2\". Its clusters: %3.")
                                  .arg(project.name, cluster, listed(names))};
}

QStringList LivePreflight::concerning(const QStringList &warnings, const ProjectRef &project,
                                      const QString &cluster) const
{
    // A sync's warnings name the cluster they are about; those about the project's other clusters do not
    // bear on this restore (those naming no cluster, like an unreadable compliance policy, do).
    QStringList others;
    if (auto reader = Catalog::openReader(m_connection.catalogPath(), m_connection.clock())) {
        for (const Cluster &c : reader.value()->clusters(project.id).valueOr({})) {
            if (c.name != cluster)
                others << c.name;
        }
    }
    QStringList out;
    for (const QString &warning : warnings) {
        const bool elsewhere = std::any_of(others.cbegin(), others.cend(),
                                           [&](const QString &name) { return warning.contains(name); });
        if (warning.contains(cluster) || !elsewhere)
            out << warning;
    }
    return out;
}

bool LivePreflight::goOffline(const AtlasError &error, LiveCheck &live)
{
    if (!unreachable(error))
        return false;
    live.offline = true;
    live.offlineReason = tr("Atlas could not be reached: %1").arg(error.message);
    return true;
}

CommandFailure LivePreflight::fromAtlas(const AtlasError &error) const
{
    if (error.kind == AtlasError::Kind::Cancelled)
        return {ExitInterrupted, tr("Interrupted; nothing was judged and nothing was sent.")};
    return {ExitFailure, error.message};
}

void LivePreflight::rolesFor(const ProjectRef &source, const ProjectRef &target, LiveCheck &live)
{
    const QString profileId = m_connection.profile().id;
    if (!live.offline) {
        QStringList scopes = catalogScopes();
        scopes << source.id << target.id << source.orgId << target.orgId;
        scopes.removeDuplicates();
        m_roleCache.save(profileId, live.roles, scopes, m_connection.clock()->now());
        return;
    }
    if (auto cached = m_roleCache.load(profileId)) {
        live.roles = cached->roles;
        live.rolesLearnedAt = cached->learnedAt;
        return;
    }
    live.notes << tr("The roles of these credentials were never learned from Atlas, so the role rules judge "
                     "as if they held none.");
}

QDateTime LivePreflight::lastSynced(const ProjectRef &project, const QString &cluster) const
{
    auto reader = Catalog::openReader(m_connection.catalogPath(), m_connection.clock());
    if (!reader)
        return {};
    for (const QString &scope : {SyncScope::cluster(project.id, cluster), SyncScope::project(project.id),
                                 SyncScope::organization(project.orgId)}) {
        if (auto state = reader.value()->syncState(scope).valueOr(std::nullopt);
            state && state->lastSync.isValid())
            return state->lastSync;
    }
    return {};
}

void LivePreflight::step(const QString &stage) const
{
    if (m_progress)
        m_progress(stage);
}

QStringList LivePreflight::catalogScopes() const
{
    QStringList scopes;
    auto reader = Catalog::openReader(m_connection.catalogPath(), m_connection.clock());
    if (!reader)
        return scopes;
    for (const Organization &org : reader.value()->organizations().valueOr({})) {
        scopes << org.id;
        for (const Project &p : reader.value()->projects(org.id).valueOr({}))
            scopes << p.id;
    }
    return scopes;
}

} // namespace snapline
