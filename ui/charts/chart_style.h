#pragma once

#include "domain/backup_policy.h"
#include "domain/restore_job.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

class QAbstractAxis;
class QChart;

namespace snapline {

// How the console's charts look: series colours that stay apart for colour
// blind readers (Okabe–Ito), lightened on dark palettes, and a chart
// background, text and grid taken from the window's palette so a chart sits
// in the window like any other widget.
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChartStyle)

public:
    static QColor frequency(Frequency frequency, const QPalette &palette);
    static QColor completed(const QPalette &palette);
    static QColor failed(const QPalette &palette);
    static QColor outcome(RestoreJobState state, const QPalette &palette);

    // "Hourly" … "On demand"; "Completed" … "Expired".
    static QString frequencyLabel(Frequency frequency);
    static QString outcomeLabel(RestoreJobState state);

    static void dress(QChart *chart, const QPalette &palette);
    static void dressAxis(QAbstractAxis *axis, const QPalette &palette);
};

} // namespace snapline
