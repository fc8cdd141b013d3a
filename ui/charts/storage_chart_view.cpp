#include "charts/storage_chart_view.h"

#include "charts/chart_style.h"
#include "history/chart_units.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace snapline {

namespace {

qint64 startOfDay(const QDate &day)
{
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

StorageChartView::StorageChartView(QWidget *parent)
    : ChartFrame(tr("Storage over time"), parent)
{
    setObjectName(QStringLiteral("storageChart"));
    setCaption(tr("Bytes held at the end of each day, by frequency, of the snapshots still held. Snapshots "
                  "that already expired and were deleted in Atlas are no longer in the catalog, so earlier "
                  "days show less than was stored then."));
    rebuild();
}

void StorageChartView::setHistory(const StorageHistory &history)
{
    m_history = history;
    rebuild();
}

void StorageChartView::rebuild()
{
    if (m_history.isEmpty()) {
        showEmpty(tr("No snapshots are held, so there is no storage to chart."));
        return;
    }
    const QPalette colours = palette();
    const ChartUnit unit = ChartUnits::bytes(m_history.peakTotal());
    QChart *chart = newChart();

    auto *xAxis = new QDateTimeAxis(chart);
    const qint64 first = startOfDay(m_history.days().first().day);
    const qint64 end = startOfDay(m_history.days().last().day.addDays(1));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(end, Qt::UTC));
    xAxis->setFormat(m_history.days().size() > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    xAxis->setTickCount(std::min<int>(7, int(m_history.days().size()) + 1));
    auto *yAxis = new QValueAxis(chart);
    yAxis->setRange(0, unit.scale(double(m_history.peakTotal())));
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.4g"));
    yAxis->setTitleText(unit.symbol);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // Each band lies on the one below: its lower edge is the running total so
    // far, its upper edge that total plus its own bytes. Two points per day
    // draw the day as a flat step.
    std::vector<qint64> below(std::size_t(m_history.days().size()), 0);
    for (const Frequency frequency : m_history.frequencies()) {
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        for (qsizetype i = 0; i < m_history.days().size(); ++i) {
            const StorageDay &day = m_history.days()[i];
            const qint64 from = startOfDay(day.day);
            const qint64 to = from + 24LL * 3600 * 1000;
            const double base = unit.scale(double(below[std::size_t(i)]));
            const double top = unit.scale(double(below[std::size_t(i)] + day.of(frequency)));
            lower->append(double(from), base);
            lower->append(double(to), base);
            upper->append(double(from), top);
            upper->append(double(to), top);
            below[std::size_t(i)] += day.of(frequency);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(ChartStyle::frequencyLabel(frequency));
        const QColor colour = ChartStyle::frequency(frequency, colours);
        area->setColor(colour);
        area->setBorderColor(colour.darker(120));
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        connect(area, &QAreaSeries::hovered, this, &StorageChartView::showDay);
    }
    ChartStyle::dressAxis(xAxis, colours);
    ChartStyle::dressAxis(yAxis, colours);
    showChart(chart, summary());
}

QString StorageChartView::summary() const
{
    const StorageDay &last = m_history.days().last();
    QStringList parts;
    for (const Frequency frequency : m_history.frequencies())
        if (last.of(frequency) > 0)
            parts << tr("%1 %2").arg(ChartStyle::frequencyLabel(frequency),
                                     ChartUnits::formatBytes(last.of(frequency)));
    QDate peakDay;
    for (const StorageDay &day : m_history.days())
        if (day.total() == m_history.peakTotal()) {
            peakDay = day.day;
            break;
        }
    const QLocale locale;
    return tr("%1 held on %2 (%3); the most, %4, on %5.")
            .arg(ChartUnits::formatBytes(last.total()), locale.toString(last.day, QLocale::ShortFormat),
                 parts.isEmpty() ? tr("nothing") : parts.join(tr(", ")),
                 ChartUnits::formatBytes(m_history.peakTotal()),
                 locale.toString(peakDay, QLocale::ShortFormat));
}

void StorageChartView::showDay(const QPointF &point, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const auto day = m_history.on(QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date());
    if (!day)
        return;
    QStringList lines{QStringLiteral("<b>%1</b>: %2")
                              .arg(QLocale().toString(day->day, QLocale::LongFormat),
                                   ChartUnits::formatBytes(day->total()))};
    for (const Frequency frequency : m_history.frequencies())
        if (day->of(frequency) > 0)
            lines << tr("%1: %2").arg(ChartStyle::frequencyLabel(frequency),
                                      ChartUnits::formatBytes(day->of(frequency)));
    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), chartView());
}

} // namespace snapline
