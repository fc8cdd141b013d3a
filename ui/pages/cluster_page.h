#pragma once

#include "console/cluster_detail.h"
#include "util/clock.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolBar;

namespace snapline {

class BackupEventModel;
class ChartsPanel;
class ComplianceView;
class PitCursorOverlay;
class PointInTimeEditor;
class RestoreJobModel;
class SnapshotFilterProxy;
class SnapshotTableModel;
class TimelineWidget;

// One cluster: a header with its facts, the timeline (with a point-in-time
// row under it for clusters with continuous backup), and tabs for the
// snapshot table, the backup policy, restore history, backup events and
// charts. Timeline and table follow each other's selection.
class ClusterPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterPage(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    // Reads the cluster from the catalog on a worker and shows it; a read for
    // a cluster no longer asked for is dropped.
    void load(const QString &catalogPath, const QString &projectId, const QString &clusterName);
    // Shows a detail read elsewhere (tests, benchmarks).
    void showDetail(std::shared_ptr<const ClusterDetail> detail);
    std::shared_ptr<const ClusterDetail> detail() const { return m_detail; }
    QString projectId() const { return m_projectId; }
    QString clusterName() const { return m_clusterName; }
    std::optional<QString> selectedSnapshotId() const;

    QToolBar *actionBar() const { return m_actionBar; }
    // Adds a control to the action bar, reached by Tab after the header and before the timeline.
    void addActionButton(QWidget *button);
    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *snapshotTable() const { return m_snapshotTable; }
    QTabWidget *tabs() const { return m_tabs; }
    // The point-in-time cursor on the timeline and its editor; they follow
    // each other. Both are off for a cluster without continuous backup.
    PitCursorOverlay *pitCursor() const { return m_pitCursor.get(); }
    PointInTimeEditor *pointInTimeEditor() const { return m_pitEditor; }

Q_SIGNALS:
    void detailShown(std::shared_ptr<const snapline::ClusterDetail> detail);
    void loadFailed(const QString &message);
    void selectedSnapshotChanged(const std::optional<QString> &snapshotId);
    // "Restore to this moment…" was clicked with the cursor on `point`.
    void restoreToMomentRequested(const snapline::PointInTime &point);

private:
    QWidget *makeSnapshotTab();
    QWidget *makePolicyTab();
    QWidget *makeTimelinePane(); // the timeline and its point-in-time row
    void showPointInTime(bool sameCluster);
    void updateRestoreToMoment();
    QTableView *makeTable(const QString &objectName, const QString &accessibleName);
    void showHeader();
    void showPolicy();
    void selectInTable(const QString &snapshotId);
    void onTableSelection();
    void applyFilters();

    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<const ClusterDetail> m_detail;
    QString m_projectId;
    QString m_clusterName;
    quint64 m_request = 0;
    bool m_following = false; // true while one view follows the other's selection

    QLabel *m_header = nullptr;
    QToolBar *m_actionBar = nullptr;
    QWidget *m_lastActionButton = nullptr;
    TimelineWidget *m_timeline = nullptr;
    std::shared_ptr<PitCursorOverlay> m_pitCursor; // shared with m_timeline
    QWidget *m_pitRow = nullptr;
    PointInTimeEditor *m_pitEditor = nullptr;
    QPushButton *m_restoreToMoment = nullptr;
    QTabWidget *m_tabs = nullptr;
    SnapshotTableModel *m_snapshots = nullptr;
    SnapshotFilterProxy *m_snapshotProxy = nullptr;
    QTableView *m_snapshotTable = nullptr;
    QLineEdit *m_snapshotSearch = nullptr;
    QComboBox *m_frequencyFilter = nullptr;
    QComboBox *m_originFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTextBrowser *m_policy = nullptr;
    ComplianceView *m_compliance = nullptr;
    RestoreJobModel *m_restores = nullptr;
    BackupEventModel *m_events = nullptr;
    ChartsPanel *m_charts = nullptr;
};

} // namespace snapline
