#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QList>

namespace snapline {

// An icon drawn from a base icon with smaller icons on its corners (a lock on
// a project, a provider and a backup state on a cluster), painted at whatever
// size and pixel ratio is asked, so SVG sources stay sharp on high-DPI screens.
class BadgedIconEngine : public QIconEngine
{
public:
    struct Badge
    {
        QIcon icon;
        Qt::Corner corner = Qt::BottomRightCorner;
    };

    BadgedIconEngine(QIcon base, QList<Badge> badges);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

    // The composed icon.
    static QIcon compose(const QIcon &base, const QList<Badge> &badges);

private:
    QIcon m_base;
    QList<Badge> m_badges;
};

} // namespace snapline
