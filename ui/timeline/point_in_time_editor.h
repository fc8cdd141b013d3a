#pragma once

#include "timeline/pit_cursor.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace snapline {

// The chosen point in time in words and numbers: a UTC date and time to the
// second, the same moment in local time beside it, and an oplog timestamp
// (seconds:increment). Editing either form moves the cursor through
// PitCursor, so it snaps as a click on the timeline does, and the reason for
// a moved or refused moment appears below the fields.
class PointInTimeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PointInTimeEditor(QWidget *parent = nullptr);
    ~PointInTimeEditor() override;

    // The cluster's window and maybe a moment; disabled when the cursor is.
    void setPitCursor(const PitCursor &cursor);
    const PitCursor &cursor() const { return m_cursor; }
    bool hasMoment() const { return m_cursor.hasMoment(); }
    PointInTime pointInTime() const { return m_cursor.pointInTime(); }

    // Shows `point`, snapped, without emitting momentEdited(): for the
    // timeline's cursor driving the editor.
    PitCursor::Placement setMoment(const PointInTime &point);
    // Why the last edit was moved or refused, as shown below the fields; empty when taken as typed.
    QString reason() const;
    // Shows `text` where refusals appear (the page saying a kept moment is gone).
    void showReason(const QString &text);

Q_SIGNALS:
    // The user chose a moment by editing the UTC or oplog form.
    void momentEdited(const snapline::PointInTime &point);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    PitCursor m_cursor;
    QDateTimeEdit *m_utc = nullptr;
    QLabel *m_local = nullptr;
    QLineEdit *m_oplog = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_utcLabel = nullptr;
    QLabel *m_oplogLabel = nullptr;

    void retranslate();
    void onUtcChanged(const QDateTime &value);
    void onUtcEditingFinished();
    void onOplogEditingFinished();
    bool onStep(qint64 seconds);
    void apply(const PitCursor::Placement &placement, const PointInTime &before);
    void showMoment();
    void fitReason();
};

} // namespace snapline
