// The point-in-time cursor on a real timeline, headless: a click or drag in
// the PIT band places it on a restorable second (a gap, the future or the
// time before the window is refused with the reason at the pointer), Alt +
// arrows move it, and the editor's UTC and oplog forms move it too.
#include "timeline/pit_cursor_overlay.h"
#include "timeline/point_in_time_editor.h"
#include "timeline/timeline_widget.h"
#include "timeline_samples.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <ctime>

using namespace snapline;
using namespace snapline::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(double hours, qint64 plusSeconds = 0)
{
    return QDateTime::fromMSecsSinceEpoch(atHour(hours), Qt::UTC).addSecs(plusSeconds);
}

qint64 secondsAt(double hours, qint64 plusSeconds = 0)
{
    return at(hours, plusSeconds).toSecsSinceEpoch();
}

PointInTime wholeSecond(qint64 seconds)
{
    return PointInTime{seconds, {}, {}};
}

// A move with the left button held, as QTest::mouseMove does not say which is held.
void dragTo(QWidget *widget, const QPoint &to)
{
    QMouseEvent move(QEvent::MouseMove, to, widget->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

PitCursor sampleCursor()
{
    return PitCursor(samplePitCluster(), samplePitNow());
}

// A timeline of the sample cluster seen at 6h (its window [−18h, 6h]),
// showing [−1h, 7h], with the cursor overlay on it.
struct Fixture
{
    TimelineWidget widget;
    std::shared_ptr<PitCursorOverlay> overlay = PitCursorOverlay::attach(&widget);

    Fixture()
    {
        widget.setClock(std::make_shared<ManualClock>(samplePitNow()));
        widget.resize(900, 320);
        const PitWindow window(samplePitCluster(), samplePitNow());
        widget.setSeries(std::make_shared<const TimelineSeries>(
                TimelineSeries::fromSnapshots(sampleSnapshots(), samplePit(), window.bounds())));
        widget.setVisibleRange(atHour(-1), atHour(7));
        overlay->setPitCursor(sampleCursor());
    }

    QPoint bandPoint(double hours) const
    {
        return {int(widget.msToX(atHour(hours))), int(widget.pitBandRect().center().y())};
    }
};

} // namespace

class TestPitCursorGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Local time is shown beside UTC: give it a zone that differs by a half hour.
        qputenv("TZ", "Asia/Kolkata");
        tzset();
    }

    void clickInAGapIsRefusedAndSnaps()
    {
        Fixture f;
        f.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.widget));
        QSignalSpy spy(f.overlay.get(), &PitCursorOverlay::momentChanged);
        const qint64 from = f.widget.visibleFromMs();
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.bandPoint(2.2));
        QCOMPARE(f.overlay->cursor().moment(), at(2));
        QVERIFY2(f.overlay->lastRefusal().contains(u"falls in a gap of the oplog history"_s),
                 qPrintable(f.overlay->lastRefusal()));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), f.overlay->lastRefusal());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<PointInTime>(), wholeSecond(secondsAt(2)));
        QCOMPARE(f.widget.visibleFromMs(), from); // the click placed the cursor, it did not pan
        QVERIFY(f.widget.accessibleDescription().contains(
                u"point in time chosen: 2026-11-01 02:00:00 UTC"_s));
        // The far half of the gap goes to the later side.
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.bandPoint(2.8));
        QCOMPARE(f.overlay->cursor().moment(), at(3));
        QToolTip::hideText();
    }

    void clickOnARestorableMomentKeepsItsSecond_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::newRow("eight hours") << 8 * kHour;
        QTest::newRow("one hour") << kHour;
        QTest::newRow("a week") << 7 * 24 * kHour;
    }

    void clickOnARestorableMomentKeepsItsSecond()
    {
        QFETCH(qint64, spanMs);
        Fixture f;
        f.widget.setVisibleRange(atHour(1) - spanMs / 2, atHour(1) + spanMs / 2);
        const QPoint point = f.bandPoint(1);
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, point);
        // Whatever a pixel spans, the moment is the second under the pointer.
        const qint64 ms = f.widget.xToMs(point.x());
        QCOMPARE(f.overlay->cursor().moment(), QDateTime::fromSecsSinceEpoch(ms / 1000, Qt::UTC));
        QCOMPARE(f.overlay->cursor().moment().time().msec(), 0);
        QVERIFY(f.overlay->lastRefusal().isEmpty());
    }

    void dragFollowsThePointerAndSnaps()
    {
        Fixture f;
        f.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.widget));
        QSignalSpy spy(f.overlay.get(), &PitCursorOverlay::momentChanged);
        const qint64 from = f.widget.visibleFromMs();
        QTest::mousePress(&f.widget, Qt::LeftButton, {}, f.bandPoint(0.5));
        QVERIFY(f.overlay->cursor().moment() > at(0.45) && f.overlay->cursor().moment() < at(0.55));
        dragTo(&f.widget, f.bandPoint(1.5));
        QVERIFY(f.overlay->cursor().moment() > at(1.45) && f.overlay->cursor().moment() < at(1.55));
        dragTo(&f.widget, f.bandPoint(4.2)); // in the blackout [4h, 4h30]
        QCOMPARE(f.overlay->cursor().moment(), at(4, -1));
        QVERIFY(f.overlay->lastRefusal().contains(u"restore blackout"_s));
        dragTo(&f.widget, f.bandPoint(6.5)); // after now
        QCOMPARE(f.overlay->cursor().moment(), at(5));
        QVERIFY(f.overlay->lastRefusal().contains(u"in the future"_s));
        QTest::mouseRelease(&f.widget, Qt::LeftButton, {}, f.bandPoint(6.5));
        QCOMPARE(spy.count(), 4);
        QCOMPARE(f.widget.visibleFromMs(), from);
        QToolTip::hideText();
    }

    void beforeTheWindowIsRefused()
    {
        Fixture f;
        f.widget.setVisibleRange(atHour(-24), atHour(7));
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.bandPoint(-20));
        QCOMPARE(f.overlay->cursor().moment(), at(0));
        QVERIFY2(f.overlay->lastRefusal().contains(u"older than the restore window"_s),
                 qPrintable(f.overlay->lastRefusal()));
        // Hovering there says the same before any click.
        QVERIFY(f.widget.toolTipAt(f.bandPoint(-20)).contains(u"older than the restore window"_s));
        QVERIFY(f.widget.toolTipAt(f.bandPoint(2.5)).contains(u"gap of the oplog history"_s));
        // Over a restorable stretch the band's own tip stays.
        QVERIFY(f.widget.toolTipAt(f.bandPoint(1)).startsWith(u"Restorable"_s));
        QToolTip::hideText();
    }

    void altArrowsMoveBySecondMinuteHour()
    {
        Fixture f;
        QSignalSpy spy(f.overlay.get(), &PitCursorOverlay::momentChanged);
        f.overlay->setMoment(wholeSecond(secondsAt(1)));
        QCOMPARE(spy.count(), 0); // setMoment is for followers: no signal
        QTest::keyClick(&f.widget, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.overlay->cursor().moment(), at(1, 1));
        QTest::keyClick(&f.widget, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(f.overlay->cursor().moment(), at(1, 61));
        QTest::keyClick(&f.widget, Qt::Key_Left, Qt::AltModifier | Qt::ControlModifier);
        QCOMPARE(f.overlay->cursor().moment(), at(0, 61));
        QTest::keyClick(&f.widget, Qt::Key_PageDown, Qt::AltModifier);
        QCOMPARE(f.overlay->cursor().moment(), at(1, 61));
        QTest::keyClick(&f.widget, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(f.overlay->cursor().moment(), at(1, 60));
        QCOMPARE(spy.count(), 5);
        QCOMPARE(spy.last().at(0).value<PointInTime>(), wholeSecond(secondsAt(1, 60)));
        QVERIFY(f.overlay->lastRefusal().isEmpty());
        // An hour on from 1h30 lands in the gap: the cursor goes on to 3h.
        f.overlay->setMoment(wholeSecond(secondsAt(1.5)));
        QTest::keyClick(&f.widget, Qt::Key_Right, Qt::AltModifier | Qt::ControlModifier);
        QCOMPARE(f.overlay->cursor().moment(), at(3));
        QVERIFY(f.overlay->lastRefusal().contains(u"gap"_s));
        // At the end it stays.
        f.overlay->setMoment(wholeSecond(secondsAt(5)));
        QTest::keyClick(&f.widget, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.overlay->cursor().moment(), at(5));
        QVERIFY(f.overlay->lastRefusal().contains(u"newest backed-up oplog"_s));
        QToolTip::hideText();
    }

    void plainArrowsStayTheTimelines()
    {
        Fixture f;
        f.overlay->setMoment(wholeSecond(secondsAt(1)));
        f.widget.selectSnapshot(u"h0"_s);
        QTest::keyClick(&f.widget, Qt::Key_Right);
        QCOMPARE(f.widget.selectedSnapshotId(), u"h1"_s);
        QCOMPARE(f.overlay->cursor().moment(), at(1));
    }

    void keysRevealTheCursor()
    {
        Fixture f;
        f.overlay->setMoment(wholeSecond(secondsAt(1)));
        f.widget.setVisibleRange(atHour(10), atHour(12));
        QTest::keyClick(&f.widget, Qt::Key_Right, Qt::AltModifier);
        QVERIFY(f.widget.visibleFromMs() <= atHour(1) && atHour(1) < f.widget.visibleToMs());
        QCOMPARE(f.widget.visibleToMs() - f.widget.visibleFromMs(), 2 * kHour);
    }

    void paintsALineThroughTheLanes()
    {
        Fixture f;
        f.overlay->setMoment(wholeSecond(secondsAt(3.5)));
        const QImage image = f.widget.grab().toImage();
        const int x = int(std::floor(f.widget.msToX(atHour(3.5))));
        const QColor accent = f.widget.palette().color(QPalette::Highlight);
        const int y = f.widget.timelineGeometry().lanesRect().bottom() - 2;
        QCOMPARE(image.pixelColor(x, y).rgb(), accent.rgb());
    }

    void withoutContinuousBackupTheBandIsTheTimelines()
    {
        Fixture f;
        Cluster cluster = samplePitCluster();
        cluster.pitEnabled = false;
        f.overlay->setPitCursor(PitCursor(cluster, samplePitNow()));
        QVERIFY(!f.overlay->isActive());
        QSignalSpy spy(f.overlay.get(), &PitCursorOverlay::momentChanged);
        QTest::mouseClick(&f.widget, Qt::LeftButton, {}, f.bandPoint(1));
        QTest::keyClick(&f.widget, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(spy.count(), 0);
        QVERIFY(!f.overlay->hasMoment());
        QVERIFY(!f.widget.accessibleDescription().contains(u"point in time"_s));
    }

    void editingUtcMovesTheCursor()
    {
        PointInTimeEditor editor;
        editor.setPitCursor(sampleCursor());
        auto *utc = editor.findChild<QDateTimeEdit *>(u"pitUtcEdit"_s);
        auto *local = editor.findChild<QLabel *>(u"pitLocalTime"_s);
        auto *oplog = editor.findChild<QLineEdit *>(u"pitOplogEdit"_s);
        auto *reason = editor.findChild<QLabel *>(u"pitReason"_s);
        QVERIFY(utc && local && oplog && reason);
        for (QWidget *w : {static_cast<QWidget *>(utc), static_cast<QWidget *>(local),
                           static_cast<QWidget *>(oplog), static_cast<QWidget *>(reason)})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        // Before a choice the field offers the newest restorable second.
        QVERIFY(!editor.hasMoment());
        QCOMPARE(utc->dateTime(), at(5));
        QCOMPARE(utc->text(), u"2026-11-01 05:00:00 UTC"_s);

        QSignalSpy spy(&editor, &PointInTimeEditor::momentEdited);
        utc->setDateTime(at(1, 5));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<PointInTime>(), wholeSecond(secondsAt(1, 5)));
        QCOMPARE(oplog->text(), QString::number(secondsAt(1, 5)));
        QVERIFY2(local->text().contains(u"2026-11-01 06:30:05"_s), qPrintable(local->text())); // IST, +5:30
        QVERIFY(reason->isHidden());

        // A moment in the gap is refused with the reason inline, and the field shows where it went.
        utc->setDateTime(at(2.2));
        QCOMPARE(editor.pointInTime(), wholeSecond(secondsAt(2)));
        QCOMPARE(utc->dateTime(), at(2));
        QVERIFY(!reason->isHidden());
        QVERIFY2(reason->text().contains(u"gap of the oplog history"_s), qPrintable(reason->text()));
        QCOMPARE(spy.count(), 2);

        // The future and the time before the window, too.
        utc->setDateTime(at(9));
        QCOMPARE(editor.pointInTime(), wholeSecond(secondsAt(5)));
        QVERIFY(reason->text().contains(u"in the future"_s));
        utc->setDateTime(at(-30));
        QCOMPARE(editor.pointInTime(), wholeSecond(secondsAt(0)));
        QVERIFY(reason->text().contains(u"older than the restore window"_s));
    }

    void typingUtcMovesTheCursorOnEnter()
    {
        PointInTimeEditor editor;
        editor.setPitCursor(sampleCursor());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *utc = editor.findChild<QDateTimeEdit *>(u"pitUtcEdit"_s);
        QSignalSpy spy(&editor, &PointInTimeEditor::momentEdited);
        utc->setFocus();
        QTest::keyClick(utc, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(utc, u"2026-11-01 03:00:00 UTC"_s);
        QTest::keyClick(utc, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(editor.pointInTime(), wholeSecond(secondsAt(3)));
    }

    void oplogEditsMoveTheCursor()
    {
        PointInTimeEditor editor;
        editor.setPitCursor(sampleCursor());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *utc = editor.findChild<QDateTimeEdit *>(u"pitUtcEdit"_s);
        auto *oplog = editor.findChild<QLineEdit *>(u"pitOplogEdit"_s);
        QSignalSpy spy(&editor, &PointInTimeEditor::momentEdited);
        const qint64 ts = secondsAt(3, 42);
        oplog->setFocus();
        QTest::keyClicks(oplog, QStringLiteral("%1:7").arg(ts));
        QTest::keyClick(oplog, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(editor.pointInTime(), (PointInTime{{}, ts, 7}));
        QCOMPARE(utc->dateTime(), at(3, 42));

        // Bad input is explained and leaves the cursor where it was.
        oplog->clear();
        QTest::keyClicks(oplog, u"soon:7"_s);
        QTest::keyClick(oplog, Qt::Key_Return);
        QVERIFY(editor.reason().contains(u"is not an oplog timestamp"_s));
        QCOMPARE(editor.pointInTime(), (PointInTime{{}, ts, 7}));
        QCOMPARE(spy.count(), 1);

        // An oplog entry in the future goes to the newest restorable second.
        oplog->clear();
        QTest::keyClicks(oplog, QStringLiteral("%1:1").arg(secondsAt(8)));
        QTest::keyClick(oplog, Qt::Key_Return);
        QCOMPARE(editor.pointInTime(), wholeSecond(secondsAt(5)));
        QVERIFY(editor.reason().contains(u"in the future"_s));
        QCOMPARE(oplog->text(), QString::number(secondsAt(5)));
    }

    void stepsInTheUtcFieldSkipGaps()
    {
        PointInTimeEditor editor;
        editor.setPitCursor(sampleCursor());
        editor.setMoment(wholeSecond(secondsAt(2)));
        auto *utc = editor.findChild<QDateTimeEdit *>(u"pitUtcEdit"_s);
        QSignalSpy spy(&editor, &PointInTimeEditor::momentEdited);
        utc->setCurrentSection(QDateTimeEdit::SecondSection);
        utc->stepBy(1);
        QCOMPARE(editor.pointInTime(), wholeSecond(secondsAt(3)));
        utc->setCurrentSection(QDateTimeEdit::MinuteSection);
        utc->stepBy(-1);
        QCOMPARE(editor.pointInTime(), wholeSecond(secondsAt(2)));
        QCOMPARE(utc->dateTime(), at(2));
        QCOMPARE(spy.count(), 2);
    }

    void withoutContinuousBackupTheEditorIsOff()
    {
        PointInTimeEditor editor;
        QVERIFY(!editor.isEnabled());
        editor.setPitCursor(sampleCursor());
        QVERIFY(editor.isEnabled());
    }
};

QTEST_MAIN(TestPitCursorGui)
#include "tst_timeline_pit_gui.moc"
