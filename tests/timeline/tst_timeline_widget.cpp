// TimelineWidget driven headless: selection both ways, zoom and pan by wheel,
// pinch, drag and keys, keyboard navigation, tooltips, accessibility,
// overlays, and a million snapshots painted without trouble.
#include "timeline/timeline_overlay.h"
#include "timeline/timeline_widget.h"
#include "timeline_samples.h"

#include <QAccessible>
#include <QApplication>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace snapline;
using namespace snapline::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime hoursAfterBase(double hours)
{
    return QDateTime::fromMSecsSinceEpoch(atHour(hours), Qt::UTC);
}

struct Fixture
{
    TimelineWidget widget;
    std::shared_ptr<const TimelineSeries> series = std::make_shared<const TimelineSeries>(sampleSeries());

    Fixture()
    {
        widget.setClock(std::make_shared<ManualClock>(hoursAfterBase(30)));
        widget.resize(900, 320);
        widget.setSeries(series);
    }

    QPoint pointOf(const QString &id) const
    {
        const int row = series->rowOfId(id);
        const QRect lane = widget.timelineGeometry().laneRect(series->lane(row));
        return {int(widget.msToX(series->createdMs(row))), lane.center().y()};
    }
    QPoint bandPoint(double hours) const
    {
        return {int(widget.msToX(atHour(hours))), int(widget.pitBandRect().center().y())};
    }
};

// An overlay like the PIT cursor: paints a line, and takes clicks in the band.
class ProbeOverlay : public TimelineOverlay
{
public:
    int paints = 0;
    int presses = 0;
    void paint(QPainter &painter, const TimelineGeometry &geometry) override
    {
        ++paints;
        painter.fillRect(QRectF(std::floor(geometry.msToX(atHour(1))), geometry.pitBandRect().top(), 1, 10),
                         Qt::magenta);
    }
    bool mousePress(QMouseEvent *event, const TimelineGeometry &geometry) override
    {
        ++presses;
        return geometry.pitBandRect().contains(event->position().toPoint());
    }
    QString toolTip(const QPointF &position, const TimelineGeometry &geometry) override
    {
        return geometry.pitBandRect().contains(position.toPoint()) ? u"cursor"_s : QString();
    }
};

void sendWheel(QWidget *widget, QPoint at, QPoint angle, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), angle, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndFits()
    {
        Fixture f;
        QCOMPARE(f.widget.snapshotCount(), 7);
        QCOMPARE(f.widget.objectName(), u"timeline"_s);
        QCOMPARE(f.widget.focusPolicy(), Qt::StrongFocus);
        // Everything from the PIT window's start to "now" is in view.
        QVERIFY(f.widget.visibleFromMs() <= atHour(-1));
        QVERIFY(f.widget.visibleToMs() > atHour(30));
        QCOMPARE(TimelineWidget().snapshotCount(), 0);
    }

    void clickSelectsAndSignals()
    {
        Fixture f;
        f.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.widget));
        QSignalSpy spy(&f.widget, &TimelineWidget::snapshotSelected);
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.pointOf(u"h1"_s));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"h1"_s);
        QCOMPARE(f.widget.selectedSnapshotId(), u"h1"_s);
        // A click on empty lane space keeps the selection.
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.pointOf(u"h1"_s) + QPoint(0, 3 * 40));
        QCOMPARE(f.widget.selectedSnapshotId(), u"h1"_s);
        QCOMPARE(spy.count(), 1);
    }

    void selectSnapshotScrollsWithoutSignal()
    {
        Fixture f;
        f.widget.setVisibleRange(atHour(20), atHour(22));
        QSignalSpy spy(&f.widget, &TimelineWidget::snapshotSelected);
        QSignalSpy ranges(&f.widget, &TimelineWidget::visibleRangeChanged);
        f.widget.selectSnapshot(u"h0"_s);
        QCOMPARE(f.widget.selectedSnapshotId(), u"h0"_s);
        QVERIFY(f.widget.visibleFromMs() <= atHour(0));
        QVERIFY(f.widget.visibleToMs() > atHour(0));
        QCOMPARE(f.widget.visibleToMs() - f.widget.visibleFromMs(), 2 * kHour); // scrolled, not zoomed
        QCOMPARE(ranges.count(), 1);
        QCOMPARE(spy.count(), 0);
        f.widget.selectSnapshot(u"no-such-snapshot"_s);
        QCOMPARE(f.widget.selectedSnapshotId(), QString());
    }

    void aFollowingTableDoesNotLoop()
    {
        Fixture f;
        f.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.widget));
        // The table follows the timeline and drives it back, as the cluster page wires them.
        QString tableSelection;
        connect(&f.widget, &TimelineWidget::snapshotSelected, &f.widget, [&](const QString &id) {
            tableSelection = id;
            f.widget.selectSnapshot(id);
        });
        QSignalSpy spy(&f.widget, &TimelineWidget::snapshotSelected);
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.pointOf(u"w0"_s));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(tableSelection, u"w0"_s);
        QCOMPARE(f.widget.selectedSnapshotId(), u"w0"_s);
    }

    void wheelZoomsAroundThePointer()
    {
        Fixture f;
        const qint64 span = f.widget.visibleToMs() - f.widget.visibleFromMs();
        const QPoint at(f.widget.timelineGeometry().plotRect().left() + 200, 100);
        const qint64 anchor = f.widget.xToMs(at.x());
        sendWheel(&f.widget, at, QPoint(0, 240)); // two notches in: twice as close
        QVERIFY(std::abs((f.widget.visibleToMs() - f.widget.visibleFromMs()) - span / 2) <= 2);
        const qint64 msPerPx = span / f.widget.timelineGeometry().columns();
        QVERIFY(std::abs(f.widget.xToMs(at.x()) - anchor) <= msPerPx);
        sendWheel(&f.widget, at, QPoint(0, -240));
        QVERIFY(std::abs((f.widget.visibleToMs() - f.widget.visibleFromMs()) - span) <= 2);
        // Shift (or a horizontal wheel) pans instead.
        const qint64 from = f.widget.visibleFromMs();
        sendWheel(&f.widget, at, QPoint(0, -120), Qt::ShiftModifier);
        QVERIFY(f.widget.visibleFromMs() > from);
    }

    void pinchZooms()
    {
        Fixture f;
        const qint64 span = f.widget.visibleToMs() - f.widget.visibleFromMs();
        const QPointF at(400, 100);
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
                                  f.widget.mapToGlobal(at), 1.0, QPointF());
        QApplication::sendEvent(&f.widget, &pinch);
        QVERIFY(std::abs((f.widget.visibleToMs() - f.widget.visibleFromMs()) - span / 2) <= 2);
    }

    void dragPans()
    {
        Fixture f;
        f.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.widget));
        f.widget.setVisibleRange(atHour(0), atHour(10));
        QSignalSpy spy(&f.widget, &TimelineWidget::snapshotSelected);
        const QPoint start = f.pointOf(u"h1"_s);
        QTest::mousePress(&f.widget, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, start - QPoint(100, 0),
                         f.widget.mapToGlobal(start - QPoint(100, 0)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&f.widget, &move);
        QTest::mouseRelease(&f.widget, Qt::LeftButton, {}, start - QPoint(100, 0));
        const qint64 msPerPx = 10 * kHour / f.widget.timelineGeometry().columns();
        QVERIFY(std::abs(f.widget.visibleFromMs() - (atHour(0) + 100 * msPerPx)) <= msPerPx);
        QCOMPARE(spy.count(), 0); // a drag is not a click
    }

    void keysZoomFitAndPan()
    {
        Fixture f;
        f.widget.fitAll();
        const qint64 fitFrom = f.widget.visibleFromMs();
        const qint64 fitTo = f.widget.visibleToMs();
        const qint64 centre = fitFrom + (fitTo - fitFrom) / 2;

        QTest::keyClick(&f.widget, Qt::Key_Plus);
        QCOMPARE(f.widget.visibleToMs() - f.widget.visibleFromMs(), (fitTo - fitFrom) / 2);
        QVERIFY(std::abs(f.widget.visibleFromMs() + (f.widget.visibleToMs() - f.widget.visibleFromMs()) / 2
                         - centre)
                <= 1);
        QTest::keyClick(&f.widget, Qt::Key_Plus);
        QTest::keyClick(&f.widget, Qt::Key_Minus);
        QCOMPARE(f.widget.visibleToMs() - f.widget.visibleFromMs(), (fitTo - fitFrom) / 2);

        // Plain arrows pan a tenth of the view while nothing is selected.
        const qint64 from = f.widget.visibleFromMs();
        const qint64 span = f.widget.visibleToMs() - from;
        QTest::keyClick(&f.widget, Qt::Key_Right);
        QCOMPARE(f.widget.visibleFromMs(), from + span / 10);
        QTest::keyClick(&f.widget, Qt::Key_Left);
        QCOMPARE(f.widget.visibleFromMs(), from);

        QTest::keyClick(&f.widget, Qt::Key_F);
        QCOMPARE(f.widget.visibleFromMs(), fitFrom);
        QCOMPARE(f.widget.visibleToMs(), fitTo);
        QTest::keyClick(&f.widget, Qt::Key_Plus);
        QTest::keyClick(&f.widget, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(f.widget.visibleFromMs(), fitFrom);

        // Home and End go to either end of the data, keeping the zoom.
        f.widget.setVisibleRange(atHour(10), atHour(12));
        QTest::keyClick(&f.widget, Qt::Key_Home);
        QVERIFY(f.widget.visibleFromMs() < atHour(-1));
        QCOMPARE(f.widget.visibleToMs() - f.widget.visibleFromMs(), 2 * kHour);
        QTest::keyClick(&f.widget, Qt::Key_End);
        QVERIFY(f.widget.visibleToMs() > atHour(30));
    }

    void shiftArrowsPanWithASelection()
    {
        Fixture f;
        f.widget.selectSnapshot(u"h1"_s);
        const qint64 from = f.widget.visibleFromMs();
        QTest::keyClick(&f.widget, Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(f.widget.visibleFromMs() > from);
        QCOMPARE(f.widget.selectedSnapshotId(), u"h1"_s);
    }

    void keyboardNavigation_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<QStringList>("visited");
        const int left = Qt::Key_Left;
        const int right = Qt::Key_Right;
        const int up = Qt::Key_Up;
        const int down = Qt::Key_Down;
        QTest::newRow("along the hourly lane")
                << "h0" << QList<int>{right, right, right, left} << QStringList{u"h1"_s, u"h2"_s, u"h1"_s};
        QTest::newRow("daily lane skips hourly ones")
                << "d0" << QList<int>{right, left} << QStringList{u"d1"_s, u"d0"_s};
        QTest::newRow("down through the lanes, skipping empty ones")
                << "h1" << QList<int>{down, down, down, down} << QStringList{u"d0"_s, u"w0"_s, u"o0"_s};
        QTest::newRow("up to the nearest in time")
                << "o0" << QList<int>{up, up, up} << QStringList{u"w0"_s, u"d0"_s, u"h0"_s};
    }

    void keyboardNavigation()
    {
        QFETCH(QString, start);
        QFETCH(QList<int>, keys);
        QFETCH(QStringList, visited);
        Fixture f;
        f.widget.selectSnapshot(start);
        QSignalSpy spy(&f.widget, &TimelineWidget::snapshotSelected);
        for (int key : keys)
            QTest::keyClick(&f.widget, Qt::Key(key));
        QStringList emitted;
        for (const auto &args : spy)
            emitted << args.at(0).toString();
        QCOMPARE(emitted, visited);
        QCOMPARE(f.widget.selectedSnapshotId(), visited.last());
    }

    void downWithoutSelectionStartsAtTheTop()
    {
        Fixture f;
        QTest::keyClick(&f.widget, Qt::Key_Down);
        QCOMPARE(f.widget.selectedSnapshotId(), u"h2"_s); // the hourly one nearest the view's centre
    }

    void snapshotToolTip()
    {
        Fixture f;
        const QString text = f.widget.toolTipAt(f.pointOf(u"h1"_s));
        QVERIFY2(text.contains(u"Hourly snapshot"), qPrintable(text));
        // Exact: to the second, in UTC and local time.
        QVERIFY2(text.contains(u"2026-11-01 01:00:00 UTC ("), qPrintable(text));
        QVERIFY2(text.contains(u" local time)"), qPrintable(text));
        QVERIFY2(text.contains(u"2026-11-08 01:00:00 UTC (")
                         && text.contains(u"expires in 5 day(s) 19 hour(s)"),
                 qPrintable(text));
        QVERIFY(text.contains(u"failed"));
        QVERIFY(text.contains(u"scheduled"));
        QVERIFY2(
                text.contains(QStringLiteral("GB (%1 bytes)").arg(QLocale().toString(qint64(1'500'000'000)))),
                qPrintable(text));
        QVERIFY(text.contains(u"7.0.14"));

        const QString onDemand = f.widget.toolTipAt(f.pointOf(u"o0"_s));
        QVERIFY(onDemand.contains(u"On-demand snapshot"));
        QVERIFY(onDemand.contains(u"in progress"));
        QVERIFY2(onDemand.contains(u"before the &lt;schema&gt; migration"), qPrintable(onDemand));
        QVERIFY(f.widget.toolTipAt(f.pointOf(u"o0"_s) + QPoint(60, 0)).isEmpty());
    }

    void pitToolTips_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("expected");
        QTest::newRow("restorable")
                << 1.0 << "Restorable: any second from 2026-11-01 00:00:00 UTC to 2026-11-01 02:00:00 UTC";
        QTest::newRow("gap") << 2.5
                             << "Gap: no oplog from 2026-11-01 02:00:01 UTC to 2026-11-01 02:59:59 UTC";
        QTest::newRow("blackout") << 4.25 << "Blackout: a restore was running from 2026-11-01 04:00:00 UTC";
        QTest::newRow("outside") << 20.0 << "Outside the point-in-time restore window";
    }

    void pitToolTips()
    {
        QFETCH(double, hours);
        QFETCH(QString, expected);
        Fixture f;
        const QString text = f.widget.toolTipAt(f.bandPoint(hours));
        QVERIFY2(text.startsWith(expected), qPrintable(text));
    }

    void toolTipEventShowsIt()
    {
        Fixture f;
        f.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.widget));
        const QPoint at = f.bandPoint(2.5);
        QHelpEvent help(QEvent::ToolTip, at, f.widget.mapToGlobal(at));
        QApplication::sendEvent(&f.widget, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().startsWith(u"Gap:"));
        QToolTip::hideText();
    }

    void accessibleNameAndDescription()
    {
        Fixture f;
        QCOMPARE(f.widget.accessibleName(), u"Snapshot timeline"_s);
        QVERIFY2(f.widget.accessibleDescription().startsWith(
                         u"Timeline: 7 snapshot(s) from 1 Nov 2026 to 2 Nov 2026"),
                 qPrintable(f.widget.accessibleDescription()));
        f.widget.selectSnapshot(u"d1"_s);
        QVERIFY2(f.widget.accessibleDescription().endsWith(
                         u"selected: daily snapshot of 2026-11-02 00:00 UTC, fallback"),
                 qPrintable(f.widget.accessibleDescription()));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&f.widget);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), u"Snapshot timeline"_s);
        QCOMPARE(iface->text(QAccessible::Description), f.widget.accessibleDescription());
    }

    void overlaysPaintAndTakeInputFirst()
    {
        Fixture f;
        f.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.widget));
        auto overlay = std::make_shared<ProbeOverlay>();
        f.widget.addOverlay(overlay);
        const QImage image = f.widget.grab().toImage();
        QVERIFY(overlay->paints > 0);
        const QPoint line(int(std::floor(f.widget.msToX(atHour(1)))), int(f.widget.pitBandRect().top()) + 2);
        QCOMPARE(image.pixelColor(line * image.devicePixelRatio()), QColor(Qt::magenta));
        QCOMPARE(f.widget.toolTipAt(f.bandPoint(1)), u"cursor"_s);

        // A click in the band is the overlay's; one on a snapshot passes through.
        QSignalSpy spy(&f.widget, &TimelineWidget::snapshotSelected);
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.bandPoint(1));
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.pointOf(u"h2"_s));
        QCOMPARE(overlay->presses, 2);
        QCOMPARE(spy.count(), 1);
        f.widget.removeOverlay(overlay);
        QCOMPARE(f.widget.toolTipAt(f.bandPoint(1)).left(10), u"Restorable"_s);
    }

    void darkPalette()
    {
        Fixture f;
        QPalette dark = f.widget.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        f.widget.setPalette(dark);
        const QImage image = f.widget.grab().toImage();
        // The background follows the palette, and lane labels stay readable.
        QCOMPARE(image.pixelColor(f.widget.width() - 8,
                                  f.widget.timelineGeometry().laneRect(TimelineLane::Hourly).center().y()),
                 QColor(0x1e, 0x1e, 0x1e));
        QVERIFY(TimelineColors::isDark(dark));
        QVERIFY(TimelineColors::fromPalette(dark).lanes[0].lightnessF() > 0.5);
    }

    void aMillionSnapshots()
    {
        constexpr int n = 1'000'000;
        TimelineSeries::Columns c;
        c.createdMs.reserve(n);
        c.lanes.reserve(n);
        c.flags.reserve(n);
        const qint64 start = atHour(-5 * 365 * 24);
        for (int i = 0; i < n; ++i) {
            c.createdMs.push_back(start + qint64(i) * 157'000); // about every 2.6 minutes over 5 years
            c.lanes.push_back(TimelineLane(i % kTimelineLaneCount));
            c.flags.push_back(i % 997 == 0 ? TimelineFailed : 0);
        }
        TimelineWidget widget;
        widget.setClock(std::make_shared<ManualClock>(hoursAfterBase(0)));
        widget.resize(1600, 400);
        widget.setSeries(std::make_shared<const TimelineSeries>(TimelineSeries::fromColumns(std::move(c))));
        QCOMPARE(widget.snapshotCount(), n);
        QImage image = widget.grab().toImage();
        QCOMPARE(image.size(), QSize(1600, 400) * image.devicePixelRatio());
        widget.setVisibleRange(start + 400 * 24 * kHour, start + 401 * 24 * kHour);
        image = widget.grab().toImage();
        QVERIFY(!image.isNull());
        const QPoint onSnapshot(int(widget.msToX(start + 400 * 24 * kHour + 157'000 * 3)),
                                widget.timelineGeometry().laneRect(TimelineLane::Monthly).center().y());
        QVERIFY(widget.rowAt(onSnapshot) >= 0);
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timeline_widget.moc"
