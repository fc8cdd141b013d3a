#include "timeline/timeline_accessible.h"

#include "timeline/timeline_widget.h"

namespace snapline {

namespace {

QAccessibleInterface *timelineFactory(const QString &key, QObject *object)
{
    if (key == QLatin1String(TimelineWidget::staticMetaObject.className())) {
        if (auto *timeline = qobject_cast<TimelineWidget *>(object))
            return new TimelineAccessible(timeline);
    }
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineWidget *timeline)
    : QAccessibleWidget(timeline, QAccessible::Chart)
{}

TimelineWidget *TimelineAccessible::timeline() const
{
    return static_cast<TimelineWidget *>(widget());
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return timeline()->accessibleValue();
    return QAccessibleWidget::text(t);
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace snapline
