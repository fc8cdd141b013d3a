#pragma once

#include "catalog/catalog.h"
#include "console/inventory.h"
#include "report/report_spec.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace snapline {

// What every report builder reads: the spec, the part of the catalog's
// inventory inside the report's scope, and the catalog connection itself,
// with the cancel flag and progress of the run. Made once per report on the
// worker thread that owns the connection.
class ReportContext
{
    Q_DECLARE_TR_FUNCTIONS(ReportContext)

public:
    using Progress = std::function<void(int percent)>;

    // Reads the inventory and keeps the scope's organizations, projects and
    // clusters. Scope ids may also be names ("project:Payments"); the spec
    // kept here has the ids. Fails when the scope is not in the catalog.
    static Result<ReportContext> open(const Catalog &catalog, const ReportSpec &spec,
                                      const std::atomic_bool *cancel = nullptr, Progress progress = {});

    const Catalog &catalog() const { return *m_catalog; }
    const ReportSpec &spec() const { return m_spec; }
    // The moment the report looks from: the end of the period, or the time
    // it is generated when that is earlier (the catalog knows nothing later).
    QDateTime moment() const { return m_moment; }
    // The scope's part of the inventory: one organization, and only the
    // projects and clusters inside the scope.
    const Inventory &inventory() const { return m_inventory; }
    QList<const ProjectEntry *> projects() const;
    QList<const ClusterEntry *> clusters() const; // by organization, project and name
    const ProjectEntry *project(const QString &projectId) const { return m_inventory.project(projectId); }
    // When the catalog last read a cluster (its sync state; the time the
    // report is generated when it never did or the clock disagrees): what
    // the catalog holds about its snapshots is as of then.
    QDateTime asOf(const ClusterEntry &cluster) const;
    // Whether an audit target ("cluster:<projectId>/<name>", "snapshot:<projectId>/…")
    // is inside the scope.
    bool coversTarget(const QString &auditTarget) const;
    bool inPeriod(const QDateTime &moment) const { return moment >= m_spec.from && moment < m_spec.to; }

    QString scopeName() const { return m_scopeName; }   // "Payments"
    QString scopeLabel() const { return m_scopeLabel; } // "Project Payments (Snapline-Demo)"

    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    static Error cancelledError();
    // Reports `done` of `total` steps as a percent of the build.
    void progress(qint64 done, qint64 total) const;

private:
    ReportContext() = default;

    const Catalog *m_catalog = nullptr;
    ReportSpec m_spec;
    QDateTime m_moment;
    Inventory m_inventory;
    QString m_scopeName;
    QString m_scopeLabel;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
};

} // namespace snapline
