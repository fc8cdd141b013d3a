#pragma once

#include "domain/restore_job.h"

#include <QWizardPage>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QRadioButton;
class QTableView;

namespace snapline {

class RestoreWizard;
class SnapshotFilterProxy;
class SnapshotTableModel;
class VerdictLabel;

// The wizard's first page: restore a completed snapshot (picked from a table
// with its time, frequency, version and size) or, for a cluster with point
// in time, a moment to the second in UTC. What the planner says about the
// chosen source itself (a moment in a gap, a snapshot not usable) shows
// under it and keeps Next disabled.
class RestoreSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreSourcePage(RestoreWizard *wizard);

    void chooseSnapshot(const QString &snapshotId);
    void chooseMoment(const PointInTime &moment);

    std::optional<QString> selectedSnapshotId() const;
    std::optional<PointInTime> moment() const;
    bool isPointInTime() const;

    QTableView *snapshotTable() const { return m_table; }
    QDateTimeEdit *momentEdit() const { return m_momentEdit; }
    VerdictLabel *verdictLabel() const { return m_verdict; }

    bool isComplete() const override;
    int nextId() const override;

private:
    void onChanged();
    void showLocalTime();

    RestoreWizard *m_wizard;
    bool m_hasPit = false;
    std::optional<PointInTime> m_exactMoment; // an oplog point keeps its increment while its second stays
    QRadioButton *m_snapshotChoice = nullptr;
    QTableView *m_table = nullptr;
    SnapshotTableModel *m_snapshots = nullptr;
    SnapshotFilterProxy *m_proxy = nullptr;
    QRadioButton *m_momentChoice = nullptr;
    QDateTimeEdit *m_momentEdit = nullptr;
    QLabel *m_localTime = nullptr;
    QLabel *m_pitNote = nullptr;
    VerdictLabel *m_verdict = nullptr;
};

} // namespace snapline
