#include "charts/restore_duration_chart_view.h"

#include "charts/chart_style.h"
#include "history/chart_units.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace snapline {

namespace {

constexpr RestoreJobState kOutcomes[] = {RestoreJobState::Completed, RestoreJobState::Failed,
                                         RestoreJobState::Cancelled, RestoreJobState::Expired};

} // namespace

RestoreDurationChartView::RestoreDurationChartView(QWidget *parent)
    : ChartFrame(tr("Restore job durations"), parent)
{
    setObjectName(QStringLiteral("restoreDurationChart"));
    rebuild();
}

void RestoreDurationChartView::setDurations(const RestoreDurations &durations)
{
    m_durations = durations;
    rebuild();
}

void RestoreDurationChartView::rebuild()
{
    setCaption(notShown());
    if (m_durations.isEmpty()) {
        showEmpty(m_durations.unfinishedCount() > 0 ? tr("No restore job has finished yet.")
                                                    : tr("No restore jobs have been run."));
        return;
    }
    const QPalette colours = palette();
    const ChartUnit unit = ChartUnits::duration(m_durations.longestSeconds());
    QChart *chart = newChart();

    // One set per outcome, each job's bar in the set of its outcome and zero
    // in the others: stacked, every job is one bar in its outcome's colour.
    auto *series = new QStackedBarSeries(chart);
    for (const RestoreJobState outcome : kOutcomes) {
        bool present = false;
        for (const RestoreDuration &job : m_durations.jobs())
            present = present || job.outcome == outcome;
        if (!present)
            continue;
        auto *set = new QBarSet(ChartStyle::outcomeLabel(outcome), chart);
        set->setColor(ChartStyle::outcome(outcome, colours));
        set->setBorderColor(ChartStyle::outcome(outcome, colours));
        for (const RestoreDuration &job : m_durations.jobs())
            set->append(job.outcome == outcome ? unit.scale(double(job.seconds)) : 0.0);
        series->append(set);
        connect(set, &QBarSet::hovered, this, &RestoreDurationChartView::showJob);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    // Categories must be unique; two jobs started in the same minute get a number.
    QStringList categories;
    QSet<QString> seen;
    const QLocale locale;
    for (const RestoreDuration &job : m_durations.jobs()) {
        QString label = locale.toString(job.createdAt.toLocalTime(), QStringLiteral("d MMM HH:mm"));
        for (int n = 2; seen.contains(label); ++n)
            label = locale.toString(job.createdAt.toLocalTime(), QStringLiteral("d MMM HH:mm"))
                    + QStringLiteral(" (%1)").arg(n);
        seen.insert(label);
        categories << label;
    }
    auto *xAxis = new QBarCategoryAxis(chart);
    xAxis->append(categories);
    if (categories.size() > 8)
        xAxis->setLabelsAngle(-90);
    auto *yAxis = new QValueAxis(chart);
    yAxis->setRange(0, unit.scale(double(m_durations.longestSeconds())));
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.4g"));
    yAxis->setTitleText(unit.symbol);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    ChartStyle::dressAxis(xAxis, colours);
    ChartStyle::dressAxis(yAxis, colours);
    showChart(chart, summary());
}

QString RestoreDurationChartView::summary() const
{
    int failed = 0;
    for (const RestoreDuration &job : m_durations.jobs())
        failed += job.outcome == RestoreJobState::Failed ? 1 : 0;
    return tr("%n restore job(s); the longest took %1; %2 failed.", nullptr, int(m_durations.jobs().size()))
            .arg(ChartUnits::formatDuration(m_durations.longestSeconds()))
            .arg(failed);
}

QString RestoreDurationChartView::notShown() const
{
    QStringList parts;
    if (m_durations.unfinishedCount() > 0)
        parts << tr("%n restore job(s) still running, not shown.", nullptr, m_durations.unfinishedCount());
    if (m_durations.leftOutCount() > 0)
        parts << tr("Showing only the newest %n job(s).", nullptr, int(m_durations.jobs().size()));
    return parts.join(QLatin1Char(' '));
}

void RestoreDurationChartView::showJob(bool hovering, int index)
{
    if (!hovering || index < 0 || index >= m_durations.jobs().size()) {
        QToolTip::hideText();
        return;
    }
    const RestoreDuration &job = m_durations.jobs()[index];
    const QString text
            = tr("Restore of %1 started %2: %3, %4")
                      .arg(job.clusterName,
                           QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat),
                           ChartStyle::outcomeLabel(job.outcome), ChartUnits::formatDuration(job.seconds));
    QToolTip::showText(QCursor::pos(), text, chartView());
}

} // namespace snapline
