#include "console_fixture.h"

#include "pages/cluster_page.h"

#include <QSettings>
#include <QTest>

namespace snapline::test {

ConsoleFixture::ConsoleFixture()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_session = std::make_unique<ConsoleSession>(m_catalogDir.path());
    recreateWindow();
}

ConsoleFixture::~ConsoleFixture()
{
    m_window.reset();
    m_session.reset();
}

Profile ConsoleFixture::profile(const QString &credentials) const
{
    const AtlasCredentials key = m_sandbox.credentials(credentials);
    Profile profile;
    const bool owner = credentials == QStringLiteral("Owner key");
    profile.id = owner ? QStringLiteral("gui-test-sandbox")
                       : QStringLiteral("gui-test-") + credentials.toLower().replace(u' ', u'-');
    profile.name
            = owner ? QStringLiteral("Test sandbox") : QStringLiteral("Test sandbox (%1)").arg(credentials);
    profile.baseUrl = m_sandbox.settings().baseUrl;
    profile.publicKey = key.publicKey;
    profile.pinnedSha256 = m_sandbox.settings().pinnedSha256;
    return profile;
}

QString ConsoleFixture::secret(const QString &credentials) const
{
    return m_sandbox.credentials(credentials).privateKey;
}

bool ConsoleFixture::openAndSync(int timeoutMs)
{
    return openAs(QStringLiteral("Owner key"), timeoutMs);
}

bool ConsoleFixture::openAs(const QString &credentials, int timeoutMs)
{
    bool synced = false;
    const Profile wanted = profile(credentials);
    const QMetaObject::Connection watch
            = QObject::connect(m_session.get(), &ConsoleSession::syncFinished, m_session.get(),
                               [&synced](const SyncTarget &, bool ok, const QString &) { synced = ok; });
    m_session->open(wanted, secret(credentials));
    const bool done = QTest::qWaitFor(
            [&] {
                return synced && m_session->profile().id == wanted.id && m_session->inventory()
                        && m_session->inventory()->clusterCount() > 0 && !m_session->roles().isEmpty();
            },
            timeoutMs);
    QObject::disconnect(watch); // `synced` lives on this stack only
    return done;
}

void ConsoleFixture::recreateWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->attach(m_session.get());
    m_window->show();
}

QString ConsoleFixture::orgId() const
{
    return m_session->inventory() ? m_session->inventory()->organizations.value(0).organization.id
                                  : QString();
}

bool ConsoleFixture::openCluster(const QString &projectName, const QString &clusterName, int timeoutMs)
{
    const QString projectId = m_sandbox.projectId(projectName);
    if (!m_window->navigator()->select({orgId(), projectId, clusterName}))
        return false;
    ClusterPage *page = m_window->clusterPage();
    return QTest::qWaitFor(
            [&] {
                return page->detail() && page->detail()->where.projectId == projectId
                        && page->detail()->where.cluster.name == clusterName;
            },
            timeoutMs);
}

} // namespace snapline::test
