#pragma once

#include "charts/chart_frame.h"
#include "history/storage_history.h"

namespace snapline {

// Storage over time, stacked by snapshot frequency: one band per frequency,
// a step per day, the axis in the unit that suits the peak (MB, GB, TB …).
class StorageChartView : public ChartFrame
{
    Q_OBJECT

public:
    explicit StorageChartView(QWidget *parent = nullptr);

    void setHistory(const StorageHistory &history);
    const StorageHistory &history() const { return m_history; }

protected:
    void rebuild() override;

private:
    QString summary() const;
    void showDay(const QPointF &point, bool hovering);

    StorageHistory m_history;
};

} // namespace snapline
