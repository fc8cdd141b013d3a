#pragma once

#include <QColor>
#include <QPainter>
#include <QRectF>

namespace snapline {

// How one series of a report chart looks. Neighbouring series differ in
// lightness and in a second cue (hatching for bars, dashes and markers for
// lines) so the chart still reads in grayscale.
struct ReportSeriesStyle
{
    enum class Hatch { None, Diagonal, BackDiagonal, Cross, Horizontal };
    enum class Marker { None, Circle, Square, Triangle, Diamond };

    QColor color;
    Hatch hatch = Hatch::None;
    Qt::PenStyle dash = Qt::SolidLine;
    Marker marker = Marker::None;

    static ReportSeriesStyle forSeries(int index);

    // A bar segment; `unit` is one point in device units.
    void fillBar(QPainter &painter, const QRectF &rect, qreal unit) const;
    void drawMarker(QPainter &painter, const QPointF &center, qreal unit) const;
    QPen linePen(qreal unit) const;
};

} // namespace snapline
