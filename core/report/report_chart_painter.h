#pragma once

#include "report/report_document.h"

#include <QImage>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace snapline {

// Draws a ReportChart (stacked bars or lines, with axes, ticks and a legend)
// with QPainter alone, so the same drawing goes onto a PDF page and into the
// HTML report's images. Series differ in lightness, hatching, dashes and
// markers as well as colour, so a grayscale print still tells them apart.
class ReportChartPainter
{
public:
    // Draws into `area` of the painter's device. Sizes are in points and
    // follow the device's resolution, so a chart looks the same on any device.
    static void paint(QPainter &painter, const QRectF &area, const ReportChart &chart);
    // The chart on white, `sizeInPoints` large at `pixelsPerPoint`.
    static QImage toImage(const ReportChart &chart, const QSizeF &sizeInPoints, qreal pixelsPerPoint = 2.0);
    // The PNG bytes of toImage().
    static QByteArray toPng(const ReportChart &chart, const QSizeF &sizeInPoints, qreal pixelsPerPoint = 2.0);
};

} // namespace snapline
