#pragma once

#include "charts/chart_frame.h"
#include "history/snapshot_count_history.h"

namespace snapline {

// Snapshots created per day: a bar per day, completed and failed stacked.
class SnapshotCountChartView : public ChartFrame
{
    Q_OBJECT

public:
    explicit SnapshotCountChartView(QWidget *parent = nullptr);

    void setHistory(const SnapshotCountHistory &history);
    const SnapshotCountHistory &history() const { return m_history; }

protected:
    void rebuild() override;

private:
    QString summary() const;
    void showDay(bool hovering, int index);

    SnapshotCountHistory m_history;
};

} // namespace snapline
