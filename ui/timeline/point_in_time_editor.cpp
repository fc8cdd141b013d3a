#include "timeline/point_in_time_editor.h"

#include "timeline/pit_moment_text.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <functional>

namespace snapline {

namespace {

// A date-time field whose arrows and wheel step the cursor, so a step over
// a gap lands on the far side instead of snapping back to the near one.
class StepperDateTimeEdit : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;
    std::function<bool(qint64)> stepper; // true when it took the step

    void stepBy(int steps) override
    {
        qint64 unit = 0;
        switch (currentSection()) {
        case SecondSection:
            unit = 1;
            break;
        case MinuteSection:
            unit = 60;
            break;
        case HourSection:
            unit = 3600;
            break;
        case DaySection:
            unit = 86400;
            break;
        default:
            break;
        }
        if (unit == 0 || !stepper || !stepper(unit * steps))
            QDateTimeEdit::stepBy(steps);
    }
};

} // namespace

PointInTimeEditor::PointInTimeEditor(QWidget *parent)
    : QWidget(parent)
    , m_local(new QLabel(this))
    , m_oplog(new QLineEdit(this))
    , m_reason(new QLabel(this))
    , m_utcLabel(new QLabel(this))
    , m_oplogLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("pointInTimeEditor"));
    auto *utc = new StepperDateTimeEdit(this);
    utc->stepper = [this](qint64 seconds) { return onStep(seconds); };
    m_utc = utc;
    m_utc->setObjectName(QStringLiteral("pitUtcEdit"));
    m_utc->setTimeSpec(Qt::UTC);
    m_utc->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_utc->setCurrentSection(QDateTimeEdit::SecondSection);
    // Typing moves the cursor once the time is complete (Enter or leaving
    // the field), not at every digit.
    m_utc->setKeyboardTracking(false);
    m_local->setObjectName(QStringLiteral("pitLocalTime"));
    m_local->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_oplog->setObjectName(QStringLiteral("pitOplogEdit"));
    m_reason->setObjectName(QStringLiteral("pitReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_utcLabel->setBuddy(m_utc);
    m_oplogLabel->setBuddy(m_oplog);

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_utcLabel);
    fields->addWidget(m_utc);
    fields->addWidget(m_local);
    fields->addSpacing(12);
    fields->addWidget(m_oplogLabel);
    fields->addWidget(m_oplog);
    fields->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(m_reason);

    connect(m_utc, &QDateTimeEdit::dateTimeChanged, this, &PointInTimeEditor::onUtcChanged);
    connect(m_utc, &QDateTimeEdit::editingFinished, this, &PointInTimeEditor::onUtcEditingFinished);
    connect(m_oplog, &QLineEdit::editingFinished, this, &PointInTimeEditor::onOplogEditingFinished);
    retranslate();
    setPitCursor({});
}

PointInTimeEditor::~PointInTimeEditor()
{
    // Closing the window takes the focus from a field, which finishes its
    // editing; by then this object is half gone.
    m_utc->disconnect(this);
    m_oplog->disconnect(this);
}

void PointInTimeEditor::retranslate()
{
    m_utcLabel->setText(tr("&UTC:"));
    m_oplogLabel->setText(tr("&Oplog timestamp:"));
    m_utc->setAccessibleName(tr("Point in time, UTC"));
    m_local->setAccessibleName(tr("Point in time, local time"));
    m_oplog->setAccessibleName(tr("Point in time as an oplog timestamp"));
    m_oplog->setAccessibleDescription(tr("Seconds since 1970 and the oplog increment, such as 1763647387:1"));
    m_oplog->setPlaceholderText(tr("seconds:increment"));
    m_reason->setAccessibleName(tr("Why the point in time was moved"));
    m_utc->setToolTip(tr("Arrows and the wheel step the chosen moment, skipping what cannot be restored"));
}

void PointInTimeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showMoment();
    }
    QWidget::changeEvent(event);
}

void PointInTimeEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitReason();
}

// A splitter sizes its panes from minimum sizes and ignores height-for-width,
// so a wrapped reason would be drawn over the timeline: ask for its height.
void PointInTimeEditor::fitReason()
{
    const int width = m_reason->width() > 0 ? m_reason->width() : contentsRect().width();
    m_reason->setMinimumHeight(m_reason->isHidden() ? 0 : m_reason->heightForWidth(width));
}

void PointInTimeEditor::setPitCursor(const PitCursor &cursor)
{
    m_cursor = cursor;
    setEnabled(m_cursor.isEnabled());
    showReason({});
    showMoment();
}

PitCursor::Placement PointInTimeEditor::setMoment(const PointInTime &point)
{
    const PitCursor::Placement placement = m_cursor.place(point);
    showReason(placement.moved ? placement.reason : QString());
    showMoment();
    return placement;
}

QString PointInTimeEditor::reason() const
{
    return m_reason->text();
}

void PointInTimeEditor::showReason(const QString &text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
    fitReason();
}

void PointInTimeEditor::onUtcChanged(const QDateTime &value)
{
    const PointInTime before = pointInTime();
    apply(m_cursor.place(value), before);
}

void PointInTimeEditor::onUtcEditingFinished()
{
    // Enter on the suggested moment chooses it, though the value did not change.
    if (!hasMoment() && m_cursor.isEnabled())
        onUtcChanged(m_utc->dateTime());
}

void PointInTimeEditor::onOplogEditingFinished()
{
    if (!m_oplog->isModified())
        return;
    m_oplog->setModified(false);
    const auto parsed = PitMomentText::parseOplog(m_oplog->text());
    if (!parsed) {
        showReason(parsed.error().message);
        return;
    }
    const PointInTime before = pointInTime();
    apply(m_cursor.place(*parsed), before);
}

bool PointInTimeEditor::onStep(qint64 seconds)
{
    if (!m_cursor.isEnabled())
        return false;
    const PointInTime before = pointInTime();
    if (!hasMoment())
        m_cursor.place(m_utc->dateTime());
    apply(m_cursor.step(seconds), before);
    return true;
}

void PointInTimeEditor::apply(const PitCursor::Placement &placement, const PointInTime &before)
{
    showReason(placement.moved ? placement.reason : QString());
    showMoment();
    if (pointInTime() != before)
        Q_EMIT momentEdited(pointInTime());
}

void PointInTimeEditor::showMoment()
{
    // Without a moment the field offers the newest restorable second.
    const QDateTime shown = hasMoment() ? m_cursor.moment()
            : m_cursor.isEnabled()      ? m_cursor.check(m_cursor.window().bounds().to).moment
                                        : QDateTime();
    {
        const QSignalBlocker blocker(m_utc);
        if (shown.isValid())
            m_utc->setDateTime(shown);
    }
    const QString local = shown.isValid()
            ? shown.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
            : QString();
    m_local->setText(local.isEmpty() ? QString() : tr("Local time: %1").arg(local));
    m_oplog->setText(PitMomentText::formatOplog(pointInTime()));
}

} // namespace snapline
