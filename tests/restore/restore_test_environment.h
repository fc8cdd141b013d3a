#pragma once

// A sandbox and a catalog synced from it, for the restore tests: the
// services a restore job needs, the catalog's snapshots, and the sandbox's
// clock moved on so that running restores finish.
#include "actions/action_services.h"
#include "atlas_test_sandbox.h"
#include "catalog/catalog.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace snapline::test {

class RestoreTestEnvironment
{
public:
    // Starts the sandbox and syncs everything (or one project) as the Owner key; false on failure.
    bool start(const QString &onlyProject = {});

    AtlasTestSandbox &sandbox() { return *m_sandbox; }
    std::shared_ptr<AtlasApi> api() const { return m_api; }
    std::shared_ptr<CatalogWriter> writer() const { return m_writer; }
    const RoleBook &ownerRoles() const { return m_roles; }
    RoleBook rolesOf(const QString &credentials) const;
    QString projectId(const QString &name) { return m_sandbox->projectId(name); }

    ActionServices services(const std::optional<RoleBook> &roles = {}) const;
    std::unique_ptr<Catalog> reader() const;
    // The newest completed snapshot of a cluster that matches `wanted` (an empty id when none does).
    Snapshot newestCompleted(const QString &projectId, const QString &cluster,
                             const std::function<bool(const Snapshot &)> &wanted = {}) const;
    // Moves the sandbox's clock on by 400 s: every restore started so far finishes.
    bool finishRestores();

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<CatalogWriter> m_writer;
    std::shared_ptr<AtlasApi> m_api;
    RoleBook m_roles;
};

} // namespace snapline::test
