#pragma once

#include "domain/restore_job.h"
#include "restore/restore_operation_job.h"
#include "util/clock.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace snapline {

// The Atlas side of the restore selected in the Jobs panel: its job id,
// state and times, and for a download the links with a countdown to their
// expiry and a button that copies the chosen one (or all of them).
class RestoreJobView : public QWidget
{
    Q_OBJECT

public:
    explicit RestoreJobView(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    // nullptr hides the view.
    void setJob(RestoreOperationJob *job);
    RestoreOperationJob *job() const { return m_job; }

    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *linkList() const { return m_links; }
    QPushButton *copyButton() const { return m_copy; }
    // The countdown as shown: "expires in 3 h 59 min 12 s", "expired 2026-11-24 12:00 UTC".
    QString expiryText() const;

private:
    void show(const RestoreJob &job);
    void tick();
    void copyLinks();

    std::shared_ptr<const Clock> m_clock;
    QPointer<RestoreOperationJob> m_job;
    std::optional<RestoreJob> m_shown;
    QLabel *m_summary;
    QLabel *m_expiry;
    QListWidget *m_links;
    QPushButton *m_copy;
    QTimer m_ticker; // moves the countdown each second
};

} // namespace snapline
