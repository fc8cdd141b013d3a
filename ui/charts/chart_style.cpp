#include "charts/chart_style.h"

#include "theme/theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace snapline {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Okabe–Ito colours, lifted a little on dark backgrounds so the thin ones
// (blue) do not sink in; then deepened (or lifted) in their own hue until
// they reach WCAG's 3:1 for graphics against the chart, which the light
// orange and sky blue miss on white.
QColor onPalette(QColor colour, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    if (dark)
        colour = colour.lighter(130);
    for (int step = 0; step < 20 && Theme::contrastRatio(colour, base) < 3.0; ++step)
        colour = dark ? colour.lighter(110) : colour.darker(110);
    return colour;
}

} // namespace

QColor ChartStyle::frequency(Frequency frequency, const QPalette &palette)
{
    switch (frequency) {
    case Frequency::Hourly:
        return onPalette(QColor(0xe6, 0x9f, 0x00), palette); // orange
    case Frequency::Daily:
        return onPalette(QColor(0x56, 0xb4, 0xe9), palette); // sky blue
    case Frequency::Weekly:
        return onPalette(QColor(0x00, 0x9e, 0x73), palette); // bluish green
    case Frequency::Monthly:
        return onPalette(QColor(0x00, 0x72, 0xb2), palette); // blue
    case Frequency::Yearly:
        return onPalette(QColor(0xcc, 0x79, 0xa7), palette); // reddish purple
    case Frequency::OnDemand:
        return onPalette(QColor(0xd5, 0x5e, 0x00), palette); // vermillion
    }
    return palette.color(QPalette::Mid);
}

QColor ChartStyle::completed(const QPalette &palette)
{
    return onPalette(QColor(0x00, 0x9e, 0x73), palette);
}

QColor ChartStyle::failed(const QPalette &palette)
{
    return onPalette(QColor(0xd5, 0x5e, 0x00), palette);
}

QColor ChartStyle::outcome(RestoreJobState state, const QPalette &palette)
{
    switch (state) {
    case RestoreJobState::Completed:
        return completed(palette);
    case RestoreJobState::Failed:
        return failed(palette);
    case RestoreJobState::Expired:
        return onPalette(QColor(0xe6, 0x9f, 0x00), palette);
    case RestoreJobState::Cancelled:
    case RestoreJobState::InProgress:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QString ChartStyle::frequencyLabel(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly:
        return tr("Hourly");
    case Frequency::Daily:
        return tr("Daily");
    case Frequency::Weekly:
        return tr("Weekly");
    case Frequency::Monthly:
        return tr("Monthly");
    case Frequency::Yearly:
        return tr("Yearly");
    case Frequency::OnDemand:
        return tr("On demand");
    }
    return {};
}

QString ChartStyle::outcomeLabel(RestoreJobState state)
{
    switch (state) {
    case RestoreJobState::Completed:
        return tr("Completed");
    case RestoreJobState::Failed:
        return tr("Failed");
    case RestoreJobState::Cancelled:
        return tr("Cancelled");
    case RestoreJobState::Expired:
        return tr("Expired");
    case RestoreJobState::InProgress:
        return tr("In progress");
    }
    return {};
}

void ChartStyle::dress(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartStyle::dressAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsBrush(palette.text());
    axis->setTitleBrush(palette.text());
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Midlight));
    QFont title = axis->titleFont();
    title.setBold(false);
    axis->setTitleFont(title);
}

} // namespace snapline
