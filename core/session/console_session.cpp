#include "session/console_session.h"

#include "console/inventory_job.h"
#include "jobs/job.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent>

namespace snapline {

namespace {

using RolesJob = TypedJob<RoleBook, AtlasError>;

QStringList projectIdsOf(const Inventory &inventory)
{
    QStringList ids;
    for (const auto &org : inventory.organizations)
        for (const auto &p : org.projects)
            ids << p.project.id;
    return ids;
}

} // namespace

ConsoleSession::ConsoleSession(QString catalogDir, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_catalogDir(std::move(catalogDir))
    , m_clock(std::move(clock))
{}

ConsoleSession::~ConsoleSession()
{
    if (Job *sync = m_sync.data())
        sync->cancel();
}

void ConsoleSession::open(const Profile &profile, const QString &secret)
{
    const quint64 generation = ++m_generation;
    if (Job *sync = m_sync.data())
        sync->cancel();
    m_sync = nullptr;
    m_connection.reset();
    m_inventory.reset();
    m_roles = {};
    m_profile = profile;
    Q_EMIT opening(profile);
    Q_EMIT inventoryChanged(nullptr);
    // While the writer checks the catalog (a full read of a big file), a
    // reader already shows what it holds.
    const QString path = QDir(m_catalogDir).filePath(ProfileConnection::catalogFileName(profile));
    if (QFile::exists(path))
        readInventory(path);
    // Opening may rebuild a damaged catalog: never on the GUI thread.
    QtConcurrent::run([profile, secret, dir = m_catalogDir, clock = m_clock] {
        return ProfileConnection::open(profile, secret, dir, clock);
    }).then(this, [this, generation, profile](const Result<std::shared_ptr<ProfileConnection>> &opened) {
        if (generation != m_generation)
            return; // another profile was chosen meanwhile
        if (!opened) {
            Q_EMIT openFailed(profile, opened.error().message);
            return;
        }
        onConnected(*opened);
    });
}

void ConsoleSession::onConnected(const std::shared_ptr<ProfileConnection> &connection)
{
    m_connection = connection;
    if (!connection->catalogMessage().isEmpty())
        Q_EMIT notice(connection->catalogMessage());
    Q_EMIT opened(m_profile);
    if (!connection->catalogMessage().isEmpty() || !m_inventory)
        reloadInventory(); // what the catalog holds (unless a reader showed it already), before Atlas answers
    else
        learnRoles();
    sync(SyncTarget::everything());
}

SyncJob *ConsoleSession::sync(const SyncTarget &target)
{
    if (!m_connection)
        return nullptr;
    if (SyncJob *running = m_sync.data()) {
        if (running->target().kind == SyncTarget::Kind::Everything
            || target.kind != SyncTarget::Kind::Everything)
            return running; // what is running covers it, or will be followed by a reload anyway
        running->cancel();
    }
    auto *job = new SyncJob(target, m_connection->api(), m_connection->writer(), m_clock, this);
    m_sync = job;
    const quint64 generation = m_generation;
    connect(job, &Job::finished, this, [this, job, generation] {
        if (job->parent() == this)
            job->deleteLater(); // unless a jobs list took it over to show it
        if (generation != m_generation)
            return;
        if (m_sync == job)
            m_sync = nullptr;
        const bool ok = job->state() == Job::State::Succeeded;
        QString summary;
        if (ok) {
            const SyncReport &r = job->result()->value();
            summary = tr("Synced %n project(s)", nullptr, r.projects) + QStringLiteral(", ")
                    + tr("%n cluster(s)", nullptr, r.clusters) + QStringLiteral(", ")
                    + tr("%n snapshot(s) read", nullptr, int(r.snapshotsRead))
                    + tr(" in %1 s").arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1);
            if (!r.warnings.isEmpty())
                summary += tr(" — %n warning(s): ", nullptr, int(r.warnings.size())) + r.warnings.first();
        } else {
            summary = job->state() == Job::State::Cancelled ? tr("Sync cancelled")
                                                            : tr("Sync failed: %1").arg(job->errorMessage());
        }
        Q_EMIT syncFinished(job->target(), ok, summary);
        reloadInventory(); // a cancelled or failed sync still wrote what it read
        if (ok && job->target().kind == SyncTarget::Kind::Everything)
            learnRoles();
    });
    Q_EMIT syncStarted(job);
    job->start();
    return job;
}

void ConsoleSession::reloadInventory()
{
    if (m_connection)
        readInventory(m_connection->catalogPath());
}

void ConsoleSession::readInventory(const QString &catalogPath)
{
    const quint64 request = ++m_inventoryRequest;
    const quint64 generation = m_generation;
    auto *job = InventoryJob::create(catalogPath, m_clock, this);
    connect(job, &Job::finished, this, [this, job, request, generation] {
        job->deleteLater();
        if (generation != m_generation || request != m_inventoryRequest)
            return; // a newer read is on its way
        if (job->state() != Job::State::Succeeded) {
            if (m_connection) // before that, the writer is still checking (and may rebuild) the file
                Q_EMIT notice(tr("The catalog could not be read: %1").arg(job->errorMessage()));
            return;
        }
        const bool first = m_inventory == nullptr;
        m_inventory = std::make_shared<const Inventory>(job->result()->value());
        Q_EMIT inventoryChanged(m_inventory);
        if (first && m_roles.isEmpty() && !m_inventory->organizations.isEmpty())
            learnRoles(); // offline start: the roles are needed before actions can be judged
    });
    job->start();
}

void ConsoleSession::learnRoles()
{
    if (!m_connection || !m_inventory)
        return;
    const quint64 generation = m_generation;
    auto connection = m_connection;
    auto *job = new RolesJob(
            tr("Reading roles"),
            [connection, ids = projectIdsOf(*m_inventory)](JobContext &context) {
                return connection->learnRoles(ids, context.cancelFlag());
            },
            this);
    connect(job, &Job::finished, this, [this, job, generation] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        if (job->state() != Job::State::Succeeded) {
            Q_EMIT notice(tr("The roles of these credentials could not be read (%1); actions stay "
                             "disabled until they are.")
                                  .arg(job->errorMessage()));
            return;
        }
        m_roles = job->result()->value();
        Q_EMIT rolesChanged();
    });
    job->start();
}

} // namespace snapline
