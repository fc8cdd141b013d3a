#include "restore_test_environment.h"

#include "sync/sync_job.h"

#include <QTest>

namespace snapline::test {

bool RestoreTestEnvironment::start(const QString &onlyProject)
{
    m_sandbox = std::make_unique<AtlasTestSandbox>();
    if (!m_sandbox->isUp()
        || m_sandbox->admin("PUT", QStringLiteral("settings"), R"({"restoreFailureRate": 0})") != 200)
        return false;
    auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("restore.sqlite")), Clock::system());
    if (!catalog)
        return false;
    m_writer = std::make_shared<CatalogWriter>(std::move(catalog).value());
    m_api = m_sandbox->api(QStringLiteral("Owner key"));
    m_roles = m_api->systemStatus()->roles;
    SyncJob sync(onlyProject.isEmpty() ? SyncTarget::everything()
                                       : SyncTarget::project(projectId(onlyProject)),
                 m_api, m_writer, Clock::system());
    sync.start();
    return QTest::qWaitFor([&] { return sync.isFinished(); }, 60000) && sync.state() == Job::State::Succeeded;
}

RoleBook RestoreTestEnvironment::rolesOf(const QString &credentials) const
{
    return m_sandbox->api(credentials)->systemStatus()->roles;
}

ActionServices RestoreTestEnvironment::services(const std::optional<RoleBook> &roles) const
{
    Profile profile;
    profile.name = QStringLiteral("Sandbox owner");
    profile.publicKey = m_sandbox->credentials(QStringLiteral("Owner key")).publicKey;
    return {m_api, m_writer, Clock::system(), profile, roles.value_or(m_roles)};
}

std::unique_ptr<Catalog> RestoreTestEnvironment::reader() const
{
    return std::move(Catalog::openReader(m_writer->path(), Clock::system())).value();
}

Snapshot RestoreTestEnvironment::newestCompleted(const QString &projectId, const QString &cluster,
                                                 const std::function<bool(const Snapshot &)> &wanted) const
{
    const QList<Snapshot> all = reader()->snapshots(projectId, cluster).valueOr({});
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->isCompleted() && (!wanted || wanted(*it)))
            return *it;
    }
    return {};
}

bool RestoreTestEnvironment::finishRestores()
{
    return m_sandbox->admin("POST", QStringLiteral("advance"), R"({"seconds": 400})") == 200;
}

} // namespace snapline::test
