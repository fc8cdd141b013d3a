#include "report/report_chart_painter.h"

#include "report/report_chart_axis.h"
#include "report/report_chart_style.h"
#include "report/report_display_value.h"
#include "report/report_font.h"
#include "report/report_render_text.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace snapline {

namespace {

constexpr qreal kPadding = 4;     // points
constexpr qreal kTickLength = 3;  // points
constexpr qreal kSwatch = 9;      // points
constexpr qreal kLegendGap = 12;  // points between legend entries
constexpr qreal kBarFill = 0.7;   // share of a category's slot a bar covers
constexpr qreal kMarkerSpace = 6; // points between points before markers are drawn
constexpr qreal kTitleSize = 10;  // points
constexpr qreal kLabelSize = 7.5; // points
constexpr qreal kLegendSize = 8;  // points
constexpr int kMaxCategoryLabelChars = 40;

QColor gridColor()
{
    return QColor(0xd0, 0xd0, 0xd0);
}

// One chart being drawn: the painter, a point in device units and the fonts.
class ChartDrawing
{
public:
    ChartDrawing(QPainter &painter, const ReportChart &chart)
        : m_painter(painter)
        , m_chart(chart)
        , m_unit(painter.device()->logicalDpiY() / 72.0)
        , m_title(reportFont(kTitleSize, QFont::Bold))
        , m_label(reportFont(kLabelSize))
        , m_legend(reportFont(kLegendSize))
        , m_titleMetrics(m_title, painter.device())
        , m_labelMetrics(m_label, painter.device())
        , m_legendMetrics(m_legend, painter.device())
    {}

    void draw(QRectF area)
    {
        area = area.adjusted(pt(kPadding), pt(kPadding), -pt(kPadding), -pt(kPadding));
        area.setTop(drawTitle(area));
        if (m_chart.categories.isEmpty() || m_chart.series.isEmpty()) {
            m_painter.setFont(m_label);
            m_painter.setPen(Qt::black);
            m_painter.drawText(area, Qt::AlignCenter, ReportRenderText::noData());
            return;
        }
        area.setBottom(drawLegend(area));
        const ReportChartAxis axis = valueAxis();
        QRectF plot = area;
        plot.setLeft(area.left() + yLabelWidth(axis) + pt(kTickLength + 2));
        plot.setBottom(area.bottom() - m_labelMetrics.height() - pt(kTickLength + 2));
        plot.setRight(area.right() - pt(2));
        if (plot.width() <= 0 || plot.height() <= 0)
            return;
        drawValueAxis(plot, axis);
        if (m_chart.kind == ReportChart::Kind::StackedBars)
            drawBars(plot, axis);
        else
            drawLines(plot, axis);
        drawCategoryAxis(plot);
    }

private:
    qreal pt(qreal points) const { return points * m_unit; }

    double valueAt(const ReportChart::Series &series, int category) const
    {
        return category < series.values.size() ? series.values[category] : std::nan("");
    }

    ReportChartAxis valueAxis() const
    {
        double low = 0;
        double high = 0;
        for (int c = 0; c < m_chart.categories.size(); ++c) {
            double up = 0;
            double down = 0;
            for (const auto &series : m_chart.series) {
                const double v = valueAt(series, c);
                if (!std::isfinite(v))
                    continue;
                if (m_chart.kind == ReportChart::Kind::StackedBars) {
                    (v >= 0 ? up : down) += v;
                } else {
                    up = std::max(up, v);
                    down = std::min(down, v);
                }
            }
            high = std::max(high, up);
            low = std::min(low, down);
        }
        return ReportChartAxis::forRange(low, high, m_chart.valueType);
    }

    qreal drawTitle(const QRectF &area)
    {
        if (m_chart.title.isEmpty())
            return area.top();
        m_painter.setFont(m_title);
        m_painter.setPen(Qt::black);
        const QString text = m_titleMetrics.elidedText(m_chart.title, Qt::ElideRight, area.width());
        m_painter.drawText(QPointF(area.left(), area.top() + m_titleMetrics.ascent()), text);
        return area.top() + m_titleMetrics.height() + pt(kPadding);
    }

    // Flows the legend's entries in rows under the plot; answers the plot's new bottom.
    qreal drawLegend(const QRectF &area)
    {
        struct Entry
        {
            int series;
            qreal x;
            int row;
        };
        QList<Entry> entries;
        qreal x = 0;
        int row = 0;
        for (int i = 0; i < m_chart.series.size(); ++i) {
            const qreal width = pt(kSwatch + 3) + m_legendMetrics.horizontalAdvance(m_chart.series[i].name);
            if (x > 0 && x + width > area.width()) {
                x = 0;
                ++row;
            }
            entries.append({i, x, row});
            x += width + pt(kLegendGap);
        }
        const qreal line = m_legendMetrics.height();
        const qreal top = area.bottom() - (row + 1) * line;
        m_painter.setFont(m_legend);
        for (const Entry &entry : entries) {
            const ReportSeriesStyle style = ReportSeriesStyle::forSeries(entry.series);
            const qreal y = top + entry.row * line;
            const QRectF swatch(area.left() + entry.x, y + (line - pt(kSwatch)) / 2, pt(kSwatch),
                                pt(kSwatch));
            if (m_chart.kind == ReportChart::Kind::StackedBars) {
                style.fillBar(m_painter, swatch, m_unit);
            } else {
                m_painter.setPen(style.linePen(m_unit));
                m_painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                                   QPointF(swatch.right(), swatch.center().y()));
                style.drawMarker(m_painter, swatch.center(), m_unit);
            }
            m_painter.setPen(Qt::black);
            m_painter.drawText(QPointF(swatch.right() + pt(3), y + m_legendMetrics.ascent()),
                               m_chart.series[entry.series].name);
        }
        return top - pt(kPadding);
    }

    qreal yLabelWidth(const ReportChartAxis &axis) const
    {
        qreal width = 0;
        for (const double tick : axis.ticks())
            width = std::max(
                    width, m_labelMetrics.horizontalAdvance(formatReportAxisValue(tick, m_chart.valueType)));
        return width;
    }

    qreal yFor(const QRectF &plot, const ReportChartAxis &axis, double value) const
    {
        return plot.bottom() - (value - axis.min) / (axis.max - axis.min) * plot.height();
    }

    void drawValueAxis(const QRectF &plot, const ReportChartAxis &axis)
    {
        m_painter.setFont(m_label);
        const qreal middle = (m_labelMetrics.ascent() - m_labelMetrics.descent()) / 2;
        for (const double tick : axis.ticks()) {
            const qreal y = yFor(plot, axis, tick);
            m_painter.setPen(QPen(gridColor(), pt(0.5)));
            m_painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            m_painter.setPen(QPen(Qt::black, pt(0.75)));
            m_painter.drawLine(QPointF(plot.left() - pt(kTickLength), y), QPointF(plot.left(), y));
            const QString text = formatReportAxisValue(tick, m_chart.valueType);
            const qreal width = m_labelMetrics.horizontalAdvance(text);
            m_painter.drawText(QPointF(plot.left() - pt(kTickLength + 2) - width, y + middle), text);
        }
        m_painter.setPen(QPen(Qt::black, pt(0.75)));
        m_painter.drawLine(plot.topLeft(), plot.bottomLeft());
        m_painter.drawLine(QPointF(plot.left(), yFor(plot, axis, 0)),
                           QPointF(plot.right(), yFor(plot, axis, 0)));
    }

    void drawCategoryAxis(const QRectF &plot)
    {
        const int count = int(m_chart.categories.size());
        const qreal slot = plot.width() / count;
        qreal widest = 0;
        for (const QString &category : m_chart.categories)
            widest = std::max(widest,
                              m_labelMetrics.horizontalAdvance(category.left(kMaxCategoryLabelChars)));
        // Every n-th label, so labels never overlap.
        const int every = std::max(1, int(std::ceil((widest + pt(6)) / slot)));
        const qreal room = std::max(slot * every - pt(4), pt(6));
        m_painter.setFont(m_label);
        for (int c = 0; c < count; c += every) {
            const qreal center = plot.left() + slot * (c + 0.5);
            m_painter.setPen(QPen(Qt::black, pt(0.75)));
            m_painter.drawLine(QPointF(center, plot.bottom()),
                               QPointF(center, plot.bottom() + pt(kTickLength)));
            const QString text = m_labelMetrics.elidedText(m_chart.categories[c], Qt::ElideRight, room);
            const qreal width = m_labelMetrics.horizontalAdvance(text);
            const qreal x = std::clamp(center - width / 2, plot.left() - pt(kPadding), plot.right() - width);
            m_painter.drawText(QPointF(x, plot.bottom() + pt(kTickLength + 1) + m_labelMetrics.ascent()),
                               text);
        }
    }

    void drawBars(const QRectF &plot, const ReportChartAxis &axis)
    {
        const int count = int(m_chart.categories.size());
        const qreal slot = plot.width() / count;
        const qreal width = std::max(slot * kBarFill, std::min(slot, pt(0.3)));
        // A hairline between segments keeps stacked parts apart in grayscale;
        // it would swallow bars thinner than a few points.
        const bool outline = width >= pt(3);
        for (int c = 0; c < count; ++c) {
            const qreal left = plot.left() + slot * c + (slot - width) / 2;
            double up = 0;
            double down = 0;
            for (int s = 0; s < m_chart.series.size(); ++s) {
                const double v = valueAt(m_chart.series[s], c);
                if (!std::isfinite(v) || v == 0)
                    continue;
                double &base = v > 0 ? up : down;
                const qreal y0 = yFor(plot, axis, base);
                base += v;
                const qreal y1 = yFor(plot, axis, base);
                const QRectF rect(QPointF(left, std::min(y0, y1)), QPointF(left + width, std::max(y0, y1)));
                ReportSeriesStyle::forSeries(s).fillBar(m_painter, rect, m_unit);
                if (outline) {
                    m_painter.setPen(QPen(Qt::white, pt(0.4)));
                    m_painter.setBrush(Qt::NoBrush);
                    m_painter.drawRect(rect);
                }
            }
        }
    }

    void drawLines(const QRectF &plot, const ReportChartAxis &axis)
    {
        const int count = int(m_chart.categories.size());
        const qreal slot = plot.width() / count;
        const bool markers = slot >= pt(kMarkerSpace);
        for (int s = 0; s < m_chart.series.size(); ++s) {
            const ReportSeriesStyle style = ReportSeriesStyle::forSeries(s);
            QList<QPointF> points;
            const auto flush = [&] {
                m_painter.setPen(style.linePen(m_unit));
                if (points.size() > 1)
                    m_painter.drawPolyline(points.constData(), int(points.size()));
                if (markers || points.size() == 1) {
                    for (const QPointF &point : std::as_const(points))
                        style.drawMarker(m_painter, point, m_unit);
                }
                points.clear();
            };
            for (int c = 0; c < count; ++c) {
                const double v = valueAt(m_chart.series[s], c);
                if (!std::isfinite(v)) { // a gap in the data breaks the line
                    flush();
                    continue;
                }
                points.append(QPointF(plot.left() + slot * (c + 0.5), yFor(plot, axis, v)));
            }
            flush();
        }
    }

    QPainter &m_painter;
    const ReportChart &m_chart;
    qreal m_unit;
    QFont m_title;
    QFont m_label;
    QFont m_legend;
    QFontMetricsF m_titleMetrics;
    QFontMetricsF m_labelMetrics;
    QFontMetricsF m_legendMetrics;
};

} // namespace

void ReportChartPainter::paint(QPainter &painter, const QRectF &area, const ReportChart &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(area, Qt::IntersectClip);
    ChartDrawing(painter, chart).draw(area);
    painter.restore();
}

QImage ReportChartPainter::toImage(const ReportChart &chart, const QSizeF &sizeInPoints, qreal pixelsPerPoint)
{
    const QSize pixels = (sizeInPoints * pixelsPerPoint).toSize();
    QImage image(pixels, QImage::Format_RGB32);
    // The image's resolution says how many pixels make a point, so fonts and
    // line widths come out as on paper.
    const int dotsPerMeter = qRound(pixelsPerPoint * 72.0 / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), chart);
    painter.end();
    return image;
}

QByteArray ReportChartPainter::toPng(const ReportChart &chart, const QSizeF &sizeInPoints,
                                     qreal pixelsPerPoint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toImage(chart, sizeInPoints, pixelsPerPoint).save(&buffer, "PNG");
    return bytes;
}

} // namespace snapline
