#include "report/report_chart_style.h"

#include <QPainterPath>

#include <array>

namespace snapline {

namespace {

constexpr qreal kHatchSpacing = 3.5; // points
constexpr qreal kMarkerRadius = 2.2; // points
constexpr qreal kLineWidth = 1.5;    // points
// Below this width (points) a bar is too thin for hatching to show.
constexpr qreal kHatchMinWidth = 4.0;

void drawHatch(QPainter &painter, const QRectF &rect, ReportSeriesStyle::Hatch hatch, const QColor &base,
               qreal unit)
{
    if (hatch == ReportSeriesStyle::Hatch::None || rect.width() < kHatchMinWidth * unit)
        return;
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    // Dark lines on a light fill, light lines on a dark one.
    const QColor ink = qGray(base.rgb()) > 128 ? QColor(0, 0, 0, 150) : QColor(255, 255, 255, 190);
    painter.setPen(QPen(ink, 0.6 * unit));
    const qreal spacing = kHatchSpacing * unit;
    const qreal span = rect.width() + rect.height();
    const bool forward
            = hatch == ReportSeriesStyle::Hatch::Diagonal || hatch == ReportSeriesStyle::Hatch::Cross;
    const bool backward
            = hatch == ReportSeriesStyle::Hatch::BackDiagonal || hatch == ReportSeriesStyle::Hatch::Cross;
    for (qreal d = 0; d <= span; d += spacing) {
        if (forward)
            painter.drawLine(QPointF(rect.left() + d, rect.bottom()),
                             QPointF(rect.left() + d - rect.height(), rect.top()));
        if (backward)
            painter.drawLine(QPointF(rect.left() + d - rect.height(), rect.bottom()),
                             QPointF(rect.left() + d, rect.top()));
    }
    if (hatch == ReportSeriesStyle::Hatch::Horizontal) {
        for (qreal y = rect.top() + spacing / 2; y < rect.bottom(); y += spacing)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    painter.restore();
}

} // namespace

ReportSeriesStyle ReportSeriesStyle::forSeries(int index)
{
    // Alternating dark and light, then mid tones with a pattern.
    static const std::array<ReportSeriesStyle, 6> kStyles{{
            {QColor(0x1f, 0x4e, 0x79), Hatch::None, Qt::SolidLine, Marker::Circle},
            {QColor(0xf4, 0xb1, 0x83), Hatch::None, Qt::DashLine, Marker::Square},
            {QColor(0x70, 0xad, 0x47), Hatch::Diagonal, Qt::DotLine, Marker::Triangle},
            {QColor(0xa0, 0x1c, 0x1c), Hatch::BackDiagonal, Qt::DashDotLine, Marker::Diamond},
            {QColor(0xff, 0xd9, 0x66), Hatch::Cross, Qt::DashDotDotLine, Marker::Circle},
            {QColor(0x59, 0x59, 0x59), Hatch::Horizontal, Qt::SolidLine, Marker::Square},
    }};
    return kStyles[std::size_t(index) % kStyles.size()];
}

void ReportSeriesStyle::fillBar(QPainter &painter, const QRectF &rect, qreal unit) const
{
    painter.fillRect(rect, color);
    drawHatch(painter, rect, hatch, color, unit);
}

QPen ReportSeriesStyle::linePen(qreal unit) const
{
    QPen pen(color, kLineWidth * unit, dash, Qt::FlatCap, Qt::RoundJoin);
    return pen;
}

void ReportSeriesStyle::drawMarker(QPainter &painter, const QPointF &center, qreal unit) const
{
    const qreal r = kMarkerRadius * unit;
    painter.save();
    painter.setPen(QPen(Qt::white, 0.5 * unit));
    painter.setBrush(color);
    switch (marker) {
    case Marker::None:
        break;
    case Marker::Circle:
        painter.drawEllipse(center, r, r);
        break;
    case Marker::Square:
        painter.drawRect(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r));
        break;
    case Marker::Triangle: {
        QPainterPath path;
        path.moveTo(center.x(), center.y() - r * 1.2);
        path.lineTo(center.x() + r * 1.1, center.y() + r * 0.8);
        path.lineTo(center.x() - r * 1.1, center.y() + r * 0.8);
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    case Marker::Diamond: {
        QPainterPath path;
        path.moveTo(center.x(), center.y() - r * 1.3);
        path.lineTo(center.x() + r * 1.3, center.y());
        path.lineTo(center.x(), center.y() + r * 1.3);
        path.lineTo(center.x() - r * 1.3, center.y());
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    }
    painter.restore();
}

} // namespace snapline
