#include "models/badged_icon_engine.h"

#include <QPainter>
#include <QPixmap>

namespace snapline {

namespace {
// A badge covers a little over half the icon: readable at 16 px, and the
// base still shows around it.
constexpr double kBadgeShare = 0.56;
} // namespace

BadgedIconEngine::BadgedIconEngine(QIcon base, QList<Badge> badges)
    : m_base(std::move(base))
    , m_badges(std::move(badges))
{}

void BadgedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    m_base.paint(painter, rect, Qt::AlignCenter, mode, state);
    const int side = qMax(1, qRound(qMin(rect.width(), rect.height()) * kBadgeShare));
    for (const Badge &badge : m_badges) {
        QRect place(0, 0, side, side);
        switch (badge.corner) {
        case Qt::TopLeftCorner:
            place.moveTopLeft(rect.topLeft());
            break;
        case Qt::TopRightCorner:
            place.moveTopRight(rect.topRight());
            break;
        case Qt::BottomLeftCorner:
            place.moveBottomLeft(rect.bottomLeft());
            break;
        case Qt::BottomRightCorner:
            place.moveBottomRight(rect.bottomRight());
            break;
        }
        badge.icon.paint(painter, place, Qt::AlignCenter, mode, state);
    }
}

QPixmap BadgedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap out(size);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return out;
}

QIconEngine *BadgedIconEngine::clone() const
{
    return new BadgedIconEngine(m_base, m_badges);
}

QString BadgedIconEngine::key() const
{
    return QStringLiteral("snapline.badged");
}

QIcon BadgedIconEngine::compose(const QIcon &base, const QList<Badge> &badges)
{
    return QIcon(new BadgedIconEngine(base, badges));
}

} // namespace snapline
