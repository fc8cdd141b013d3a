#pragma once

#include "console/inventory.h"
#include "domain/role_book.h"
#include "profile/profile.h"
#include "session/profile_connection.h"
#include "sync/sync_job.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace snapline {

// The profile the console is looking at: its connection and catalog, the
// inventory read from that catalog, the roles its credentials hold, and the
// syncs that keep the catalog current. Opening shows what the catalog
// already has at once (offline browsing), then syncs. Results of an earlier
// profile that arrive after a switch are dropped.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(QString catalogDir, std::shared_ptr<const Clock> clock = Clock::system(),
                            QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Opens `profile` with its secret: the catalog off the GUI thread, then
    // the inventory, the roles and a sync of everything.
    void open(const Profile &profile, const QString &secret);

    bool isOpen() const { return m_connection != nullptr; }
    Profile profile() const { return m_profile; }
    std::shared_ptr<ProfileConnection> connection() const { return m_connection; }
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }
    const RoleBook &roles() const { return m_roles; }
    std::shared_ptr<const Clock> clock() const { return m_clock; }
    // The running sync, if any.
    SyncJob *currentSync() const { return m_sync; }

    // Brings `target` up to date; a sync already running is reused rather
    // than doubled. Answers the job (owned by the session), or null when closed.
    SyncJob *sync(const SyncTarget &target);
    // Reads the inventory again from the catalog (after an action changed it).
    void reloadInventory();

Q_SIGNALS:
    void opening(const snapline::Profile &profile);
    void opened(const snapline::Profile &profile);
    void openFailed(const snapline::Profile &profile, const QString &message);
    // Something worth saying that needs no answer (a rebuilt catalog, roles not learned).
    void notice(const QString &text);
    void inventoryChanged(std::shared_ptr<const snapline::Inventory> inventory);
    void rolesChanged();
    void syncStarted(snapline::SyncJob *job);
    // A sync ended; `target` says what it covered so open pages can reload.
    void syncFinished(const snapline::SyncTarget &target, bool ok, const QString &summary);

private:
    void onConnected(const std::shared_ptr<ProfileConnection> &connection);
    void learnRoles();
    void readInventory(const QString &catalogPath);

    QString m_catalogDir;
    std::shared_ptr<const Clock> m_clock;
    Profile m_profile;
    std::shared_ptr<ProfileConnection> m_connection;
    std::shared_ptr<const Inventory> m_inventory;
    RoleBook m_roles;
    QPointer<SyncJob> m_sync;
    quint64 m_generation = 0;       // bumped per open(): older answers are dropped
    quint64 m_inventoryRequest = 0; // only the newest inventory read is kept
};

} // namespace snapline
