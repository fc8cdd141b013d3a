// ClusterPage's point-in-time row: the timeline's cursor, the editor under
// it, and "Restore to this moment…", kept in step with each other and with
// reloads.
#include "pages/cluster_page.h"
#include "timeline/pit_cursor_overlay.h"
#include "timeline/pit_moment_text.h"
#include "timeline/point_in_time_editor.h"
#include "timeline/timeline_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapline {

QWidget *ClusterPage::makeTimelinePane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("timelinePane"));
    m_pitCursor = PitCursorOverlay::attach(m_timeline);
    m_pitRow = new QWidget(pane);
    m_pitRow->setObjectName(QStringLiteral("pointInTimeRow"));
    auto *title = new QLabel(tr("<b>Point in time</b>"), m_pitRow);
    m_pitEditor = new PointInTimeEditor(m_pitRow);
    m_restoreToMoment = new QPushButton(tr("Restore to this moment…"), m_pitRow);
    m_restoreToMoment->setObjectName(QStringLiteral("restoreToMomentButton"));
    m_restoreToMoment->setAccessibleName(tr("Restore to this moment"));

    auto *row = new QHBoxLayout(m_pitRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(title, 0, Qt::AlignTop);
    row->addWidget(m_pitEditor, 1);
    row->addWidget(m_restoreToMoment, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_pitRow);
    m_pitRow->hide();

    connect(m_pitCursor.get(), &PitCursorOverlay::momentChanged, this, [this](const PointInTime &point) {
        m_pitEditor->setMoment(point);
        // A click in a gap explains itself at the pointer; say it under the fields too,
        // where it stays and a screen reader finds it.
        m_pitEditor->showReason(m_pitCursor->lastRefusal());
        updateRestoreToMoment();
    });
    connect(m_pitEditor, &PointInTimeEditor::momentEdited, this, [this](const PointInTime &point) {
        m_pitCursor->setMoment(point);
        m_pitCursor->revealMoment();
        updateRestoreToMoment();
    });
    connect(m_restoreToMoment, &QPushButton::clicked, this, [this] {
        if (m_pitCursor->hasMoment())
            Q_EMIT restoreToMomentRequested(m_pitCursor->pointInTime());
    });
    return pane;
}

void ClusterPage::showPointInTime(bool sameCluster)
{
    // The window moves with "now", so a reload builds a fresh one; the moment
    // chosen before stays only if it can still be restored, and is never
    // moved silently: it is a restore target.
    PitCursor cursor(m_detail->where.cluster, m_clock->now());
    QString lost;
    if (sameCluster && m_pitCursor->hasMoment()) {
        const PointInTime kept = m_pitCursor->pointInTime();
        const PitCursor::Placement check = cursor.check(kept.toDateTime());
        if (!check.moved)
            cursor.place(kept);
        else
            lost = tr("The moment chosen before, %1, can no longer be restored: %2")
                           .arg(PitMomentText::formatUtc(kept.toDateTime()), check.reason);
    }
    m_pitCursor->setPitCursor(cursor);
    m_pitEditor->setPitCursor(cursor);
    m_pitEditor->showReason(lost);
    m_pitRow->setVisible(cursor.isEnabled());
    updateRestoreToMoment();
}

void ClusterPage::updateRestoreToMoment()
{
    const bool chosen = m_pitCursor->isActive() && m_pitCursor->hasMoment();
    m_restoreToMoment->setEnabled(chosen);
    m_restoreToMoment->setToolTip(
            chosen ? tr("Open the restore wizard for %1")
                             .arg(PitMomentText::formatUtc(m_pitCursor->cursor().moment()))
                   : tr("Choose a moment first: click the point-in-time band of the timeline, or enter one"));
}

} // namespace snapline
