#pragma once

#include "util/clock.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;

namespace snapline {

// The period of a report in whole UTC days: a preset (the last 7, 30 or 90
// days up to now, the last calendar month or quarter, the year to date) or
// two dates, the first day and the last day included.
// A posture report has only a moment: the end of the last day (or now).
class ReportPeriodEditor : public QWidget
{
    Q_OBJECT

public:
    enum Preset { Last7Days, Last30Days, Last90Days, LastMonth, LastQuarter, YearToDate, Custom };
    Q_ENUM(Preset)

    explicit ReportPeriodEditor(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void setPreset(Preset preset);
    Preset preset() const;
    // For a posture report only the end counts: the first day is disabled.
    void setMomentOnly(bool momentOnly);

    // The start of the first day, in UTC.
    QDateTime from() const;
    // The end of the last day (the next day's start), or now when that is
    // later: a report never reaches into the future.
    QDateTime to() const;
    // "Your dates end before they start", or empty when the period is one.
    QString problem() const;

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    void applyPreset();
    void datesEdited();

    std::shared_ptr<const Clock> m_clock;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_fromLabel = nullptr;
    bool m_applying = false; // true while a preset sets the dates
};

} // namespace snapline
