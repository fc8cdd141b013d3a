#pragma once

#include "charts/chart_frame.h"
#include "history/restore_durations.h"

namespace snapline {

// How long each finished restore job took: a bar per job, oldest first,
// coloured by how it ended, the axis in seconds, minutes, hours or days.
class RestoreDurationChartView : public ChartFrame
{
    Q_OBJECT

public:
    explicit RestoreDurationChartView(QWidget *parent = nullptr);

    void setDurations(const RestoreDurations &durations);
    const RestoreDurations &durations() const { return m_durations; }

protected:
    void rebuild() override;

private:
    QString summary() const;
    QString notShown() const;
    void showJob(bool hovering, int index);

    RestoreDurations m_durations;
};

} // namespace snapline
