#pragma once

#include <QAccessibleWidget>

namespace snapline {

class TimelineWidget;

// What assistive technology is told about the snapshot timeline: a chart
// named "Snapshot timeline" whose value is the snapshot selected (and the
// point-in-time cursor's moment), and whose description sums the series up.
// A plain QWidget would only offer the name and description.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineWidget *timeline);

    QString text(QAccessible::Text t) const override;

    // Registers the factory with QAccessible once; TimelineWidget calls it.
    static void install();

private:
    TimelineWidget *timeline() const;
};

} // namespace snapline
