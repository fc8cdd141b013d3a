#include "charts/snapshot_count_chart_view.h"

#include "charts/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace snapline {

SnapshotCountChartView::SnapshotCountChartView(QWidget *parent)
    : ChartFrame(tr("Snapshots per day"), parent)
{
    setObjectName(QStringLiteral("snapshotCountChart"));
    rebuild();
}

void SnapshotCountChartView::setHistory(const SnapshotCountHistory &history)
{
    m_history = history;
    rebuild();
}

void SnapshotCountChartView::rebuild()
{
    const int dayCount = int(m_history.days().size());
    if (m_history.isEmpty()) {
        showEmpty(dayCount > 0 ? tr("No snapshots were taken in the last %n day(s).", nullptr, dayCount)
                               : tr("No snapshots to count."));
        setCaption(QString());
        return;
    }
    const QPalette colours = palette();
    QChart *chart = newChart();
    auto *completed = new QBarSet(tr("Completed"), chart);
    auto *failed = new QBarSet(tr("Failed"), chart);
    completed->setColor(ChartStyle::completed(colours));
    completed->setBorderColor(ChartStyle::completed(colours));
    failed->setColor(ChartStyle::failed(colours));
    failed->setBorderColor(ChartStyle::failed(colours));
    QStringList categories;
    const QLocale locale;
    for (const SnapshotCountDay &day : m_history.days()) {
        completed->append(day.completed);
        failed->append(day.failed);
        categories << locale.toString(day.day, QStringLiteral("d MMM"));
    }
    auto *series = new QStackedBarSeries(chart);
    series->append(completed);
    series->append(failed);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    connect(completed, &QBarSet::hovered, this, &SnapshotCountChartView::showDay);
    connect(failed, &QBarSet::hovered, this, &SnapshotCountChartView::showDay);

    auto *xAxis = new QBarCategoryAxis(chart);
    xAxis->append(categories);
    if (dayCount > 14)
        xAxis->setLabelsAngle(-90);
    auto *yAxis = new QValueAxis(chart);
    yAxis->setRange(0, m_history.peak());
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("snapshots"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    ChartStyle::dressAxis(xAxis, colours);
    ChartStyle::dressAxis(yAxis, colours);

    const int pending = [this] {
        int sum = 0;
        for (const SnapshotCountDay &day : m_history.days())
            sum += day.pending;
        return sum;
    }();
    setCaption(pending > 0 ? tr("%n snapshot(s) still being taken, not counted yet.", nullptr, pending)
                           : QString());
    showChart(chart, summary());
}

QString SnapshotCountChartView::summary() const
{
    const QLocale locale;
    return tr("%1 to %2: %n snapshot(s) completed, %3 failed.", nullptr, m_history.completed())
            .arg(locale.toString(m_history.days().first().day, QLocale::ShortFormat),
                 locale.toString(m_history.days().last().day, QLocale::ShortFormat))
            .arg(m_history.failed());
}

void SnapshotCountChartView::showDay(bool hovering, int index)
{
    if (!hovering || index < 0 || index >= m_history.days().size()) {
        QToolTip::hideText();
        return;
    }
    const SnapshotCountDay &day = m_history.days()[index];
    const QString text = tr("%1: %2 completed, %3 failed")
                                 .arg(QLocale().toString(day.day, QLocale::LongFormat))
                                 .arg(day.completed)
                                 .arg(day.failed);
    QToolTip::showText(QCursor::pos(), text, chartView());
}

} // namespace snapline
