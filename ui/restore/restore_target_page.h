#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace snapline {

class RestoreCandidateModel;
class RestoreCandidateProxy;
class RestoreWizard;
class VerdictLabel;

// The wizard's target page: every cluster of the organization, judged by the
// planner as this restore's target on a worker thread (a busy bar while it
// reads). Allowed clusters can be chosen; refused ones are disabled and say
// why. A filter hides the refused ones; the table sorts by any column and
// starts grouped by project.
class RestoreTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreTargetPage(RestoreWizard *wizard);

    RestoreCandidateModel *model() const { return m_model; }
    RestoreCandidateProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QCheckBox *onlyPossibleFilter() const { return m_onlyPossible; }
    QProgressBar *busyIndicator() const { return m_busy; }
    bool isLoading() const { return m_loading; }
    // Chooses a target by its project and name; false when it is absent or refused.
    bool chooseTarget(const QString &projectId, const QString &clusterName);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void read();
    void onCurrentChanged();
    void showStatus();
    void fitRows();

    RestoreWizard *m_wizard;
    RestoreCandidateModel *m_model = nullptr;
    RestoreCandidateProxy *m_proxy = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QCheckBox *m_onlyPossible = nullptr;
    QTableView *m_table = nullptr;
    VerdictLabel *m_chosen = nullptr;
    quint64 m_request = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace snapline
