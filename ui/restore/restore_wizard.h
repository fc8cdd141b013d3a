#pragma once

#include "actions/action_environment.h"
#include "console/cluster_detail.h"
#include "restore/restore_preflight.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace snapline {

class RestoreDeliveryPage;
class RestoreOperationJob;
class RestorePreflightPage;
class RestoreSourcePage;
class RestoreTargetPage;

// The restore wizard: what to restore (a snapshot or a moment), how (into a
// cluster or as a download), into which cluster (every cluster of the
// organization, judged), then the pre-flight summary with the exact request
// and the typed confirmation. Submitting makes exactly one
// RestoreOperationJob, confirmed with the verdict shown, and hands it to the
// Jobs panel; the job judges again with fresh facts before it sends anything.
class RestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, DeliveryPageId, TargetPageId, PreflightPageId };
    Q_ENUM(PageId)

    // `source` is the cluster to restore from, as its page shows it.
    RestoreWizard(ActionEnvironment environment, std::shared_ptr<const ClusterDetail> source,
                  QWidget *parent = nullptr);
    ~RestoreWizard() override;

    // Chooses a snapshot of the source (one of its completed snapshots).
    void setSnapshot(const QString &snapshotId);
    // Chooses a moment to restore to (clusters with point in time only).
    void setPointInTime(const PointInTime &moment);

    const RestoreOrder &order() const { return m_order; }
    const ClusterDetail &source() const { return *m_source; }
    const ActionEnvironment &environment() const { return m_environment; }
    QDateTime now() const;
    // The pre-flight judgement the person is looking at (nullopt while it is read).
    const std::optional<RestoreCheck> &check() const { return m_check; }
    // True once Submit was pressed: nothing is sent a second time.
    bool isSubmitted() const { return m_submitted; }

    RestoreSourcePage *sourcePage() const { return m_sourcePage; }
    RestoreDeliveryPage *deliveryPage() const { return m_deliveryPage; }
    RestoreTargetPage *targetPage() const { return m_targetPage; }
    RestorePreflightPage *preflightPage() const { return m_preflightPage; }

    // What the pages set as the person chooses.
    void setSource(const std::optional<QString> &snapshotId, const std::optional<PointInTime> &moment);
    void setDelivery(DeliveryType delivery);
    void setTarget(const QString &projectId, const QString &clusterName, const QString &projectName);
    void setCheck(std::optional<RestoreCheck> check);
    QString targetProjectName() const { return m_targetProjectName; }

public Q_SLOTS:
    // Submit: starts the restore job once, then closes the wizard.
    void accept() override;

Q_SIGNALS:
    // The job was made, tracked and started; it belongs to the Jobs panel's model.
    void restoreStarted(snapline::RestoreOperationJob *job);

private:
    void nameButtons();

    ActionEnvironment m_environment;
    std::shared_ptr<const ClusterDetail> m_source;
    RestoreOrder m_order;
    QString m_targetProjectName;
    std::optional<RestoreCheck> m_check;
    bool m_submitted = false;

    RestoreSourcePage *m_sourcePage = nullptr;
    RestoreDeliveryPage *m_deliveryPage = nullptr;
    RestoreTargetPage *m_targetPage = nullptr;
    RestorePreflightPage *m_preflightPage = nullptr;
};

} // namespace snapline
