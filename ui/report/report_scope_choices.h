#pragma once

#include "console/inventory.h"
#include "report/report_spec.h"

#include <QCoreApplication>

namespace snapline {

// The organizations, projects and clusters a report can cover, as the
// export dialog lists them: each organization, then its projects, each
// followed by its clusters.
struct ReportScopeChoice
{
    ReportScope scope;
    QString label; // "Organization Snapline-Demo", "Project Payments", "Cluster Payments / ledger"
    QString name;  // for a file name: "Snapline-Demo", "Payments", "ledger"
    int depth = 0; // 0 organization, 1 project, 2 cluster
};

class ReportScopeChoices
{
    Q_DECLARE_TR_FUNCTIONS(ReportScopeChoices)

public:
    static QList<ReportScopeChoice> from(const Inventory &inventory);
    // The choice for a navigator selection (an empty projectId is the
    // organization); 0 when it is not listed.
    static int indexOf(const QList<ReportScopeChoice> &choices, const QString &orgId,
                       const QString &projectId, const QString &clusterName);
};

} // namespace snapline
