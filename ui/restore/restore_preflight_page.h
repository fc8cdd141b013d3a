#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace snapline {

class RestoreWizard;
class VerdictLabel;

// The wizard's last page: the full verdict on the chosen restore (every
// refusal and warning), the source, the destination and the exact request
// that will be sent, judged on a worker from the catalog. Submit stays
// disabled until the verdict allows and the person has typed the name of
// the cluster whose data is at stake (the target, or for a download the
// source) exactly.
class RestorePreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestorePreflightPage(RestoreWizard *wizard);

    // The name to type: the target cluster's, or for a download the source's.
    QString expectedName() const;
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPlainTextEdit *requestView() const { return m_request; }
    VerdictLabel *verdictLabel() const { return m_verdict; }
    bool isLoading() const { return m_loading; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void read();
    void showCheck();

    RestoreWizard *m_wizard;
    QLabel *m_title = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_destination = nullptr;
    QProgressBar *m_busy = nullptr;
    VerdictLabel *m_verdict = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_confirm = nullptr;
    quint64 m_token = 0;
    bool m_loading = false;
};

} // namespace snapline
