#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace snapline {

class RestoreWizard;

// The wizard's second page: restore into a cluster (Atlas's automated
// restore) or download the snapshot. A download is judged by the planner
// too: a point in time cannot be downloaded, and the page says why.
class RestoreDeliveryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreDeliveryPage(RestoreWizard *wizard);

    QRadioButton *automatedChoice() const { return m_automated; }
    QRadioButton *downloadChoice() const { return m_download; }
    QLabel *downloadNote() const { return m_downloadNote; }

    void initializePage() override;
    int nextId() const override;

private:
    void onChanged();

    RestoreWizard *m_wizard;
    QRadioButton *m_automated = nullptr;
    QLabel *m_automatedNote = nullptr;
    QRadioButton *m_download = nullptr;
    QLabel *m_downloadNote = nullptr;
};

} // namespace snapline
