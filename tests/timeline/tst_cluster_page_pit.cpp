// The cluster page's point-in-time row: shown only for clusters with
// continuous backup, the timeline's cursor and the editor follow each other,
// "Restore to this moment…" asks for the chosen point, and a reload keeps the
// moment only while it can still be restored.
#include "pages/cluster_page.h"
#include "timeline/pit_cursor_overlay.h"
#include "timeline/point_in_time_editor.h"
#include "timeline/timeline_widget.h"
#include "timeline_samples.h"

#include <QDateTimeEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace snapline;
using namespace snapline::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(double hours, qint64 plusSeconds = 0)
{
    return QDateTime::fromMSecsSinceEpoch(atHour(hours), Qt::UTC).addSecs(plusSeconds);
}

std::shared_ptr<const ClusterDetail> detailOf(const Cluster &cluster)
{
    auto detail = std::make_shared<ClusterDetail>();
    detail->where.projectId = u"5f0000000000000000000001"_s;
    detail->where.projectName = u"Payments"_s;
    detail->where.cluster = cluster;
    detail->snapshots = sampleSnapshots();
    return detail;
}

struct Fixture
{
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(samplePitNow());
    ClusterPage page{clock};
    QWidget *row = page.findChild<QWidget *>(u"pointInTimeRow"_s);
    QPushButton *restore = page.findChild<QPushButton *>(u"restoreToMomentButton"_s);
    bool exposed = false;

    Fixture()
    {
        page.resize(1000, 700);
        page.showDetail(detailOf(samplePitCluster()));
        // Shown, so the layout has sized the timeline before a point is computed on it.
        page.show();
        exposed = QTest::qWaitForWindowExposed(&page);
        page.timeline()->setVisibleRange(atHour(-1), atHour(7));
    }

    QPoint bandPoint(double hours) const
    {
        const TimelineWidget *t = page.timeline();
        return {int(t->msToX(atHour(hours))), int(t->pitBandRect().center().y())};
    }
};

} // namespace

class TestClusterPagePit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickInAGapMovesTheEditorAndEnablesRestore()
    {
        Fixture f;
        QVERIFY(f.exposed);
        QVERIFY(f.row && f.restore);
        QVERIFY(!f.row->isHidden());
        QVERIFY(f.page.pitCursor()->isActive());
        QVERIFY(!f.restore->isEnabled()); // nothing chosen yet
        QVERIFY(!f.restore->accessibleName().isEmpty());

        QTest::mouseClick(f.page.timeline(), Qt::LeftButton, {}, f.bandPoint(2.2));
        QCOMPARE(f.page.pitCursor()->cursor().moment(), at(2));
        QCOMPARE(f.page.pointInTimeEditor()->pointInTime(), (PointInTime{at(2).toSecsSinceEpoch(), {}, {}}));
        // The refusal stays under the fields after the tooltip is gone.
        QVERIFY(f.page.pointInTimeEditor()->reason().contains(u"gap of the oplog history"_s));
        QVERIFY(f.restore->isEnabled());
        // The wrapped reason makes room for itself instead of covering the timeline.
        QTRY_VERIFY(f.row->geometry().top() > f.page.timeline()->geometry().bottom());
        QTRY_VERIFY(f.page.pointInTimeEditor()->geometry().bottom() < f.row->height());

        QSignalSpy spy(&f.page, &ClusterPage::restoreToMomentRequested);
        QTest::mouseClick(f.restore, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<PointInTime>(), (PointInTime{at(2).toSecsSinceEpoch(), {}, {}}));
        QToolTip::hideText();
    }

    void editingMovesTheTimelinesCursor()
    {
        Fixture f;
        auto *utc = f.page.pointInTimeEditor()->findChild<QDateTimeEdit *>(u"pitUtcEdit"_s);
        utc->setDateTime(at(3, 30));
        QCOMPARE(f.page.pitCursor()->cursor().moment(), at(3, 30));
        QVERIFY(f.page.timeline()->accessibleDescription().contains(u"2026-11-01 03:00:30 UTC"_s));
        QVERIFY(f.restore->isEnabled());
        // Moved off screen, the timeline scrolls to show it.
        f.page.timeline()->setVisibleRange(atHour(-16), atHour(-14));
        utc->setDateTime(at(1));
        QVERIFY(f.page.timeline()->visibleFromMs() <= atHour(1)
                && atHour(1) < f.page.timeline()->visibleToMs());
    }

    void keysMoveTheEditorToo()
    {
        Fixture f;
        f.page.pointInTimeEditor()->findChild<QDateTimeEdit *>(u"pitUtcEdit"_s)->setDateTime(at(1));
        QTest::keyClick(f.page.timeline(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(f.page.pointInTimeEditor()->pointInTime(),
                 (PointInTime{at(1, 60).toSecsSinceEpoch(), {}, {}}));
    }

    void aReloadKeepsARestorableMoment()
    {
        Fixture f;
        f.page.pitCursor()->setMoment(PointInTime{{}, at(3, 9).toSecsSinceEpoch(), 4});
        f.page.pointInTimeEditor()->setMoment(f.page.pitCursor()->pointInTime());
        f.clock->advance(3600);
        f.page.showDetail(detailOf(samplePitCluster()));
        QCOMPARE(f.page.pitCursor()->pointInTime(), (PointInTime{{}, at(3, 9).toSecsSinceEpoch(), 4}));
        QCOMPARE(f.page.pointInTimeEditor()->pointInTime(), f.page.pitCursor()->pointInTime());
        QVERIFY(f.restore->isEnabled());
    }

    void aReloadDropsAMomentNoLongerRestorable()
    {
        Fixture f;
        f.page.pointInTimeEditor()->findChild<QDateTimeEdit *>(u"pitUtcEdit"_s)->setDateTime(at(1));
        QVERIFY(f.restore->isEnabled());
        // A day later 1h is older than the one-day window.
        f.clock->advance(24 * 3600);
        f.page.showDetail(detailOf(samplePitCluster()));
        QVERIFY(!f.page.pitCursor()->hasMoment());
        QVERIFY(!f.page.pointInTimeEditor()->hasMoment());
        QVERIFY(!f.restore->isEnabled());
        const QString reason = f.page.pointInTimeEditor()->reason();
        QVERIFY2(reason.contains(u"2026-11-01 01:00:00 UTC"_s)
                         && reason.contains(u"older than the restore window"_s),
                 qPrintable(reason));
    }

    void anotherClusterStartsAfresh()
    {
        Fixture f;
        f.page.pointInTimeEditor()->findChild<QDateTimeEdit *>(u"pitUtcEdit"_s)->setDateTime(at(1));
        Cluster other = samplePitCluster();
        other.name = u"ledger"_s;
        f.page.showDetail(detailOf(other));
        QVERIFY(!f.page.pitCursor()->hasMoment());
        QVERIFY(!f.restore->isEnabled());
    }

    void hiddenWithoutContinuousBackup()
    {
        Fixture f;
        Cluster plain = samplePitCluster();
        plain.backupKind = BackupKind::Cloud;
        plain.pitEnabled = false;
        f.page.showDetail(detailOf(plain));
        QVERIFY(f.row->isHidden());
        QVERIFY(f.exposed);
        QVERIFY(!f.page.pitCursor()->isActive());
        QSignalSpy spy(f.page.pitCursor(), &PitCursorOverlay::momentChanged);
        QTest::mouseClick(f.page.timeline(), Qt::LeftButton, {}, f.bandPoint(1));
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_MAIN(TestClusterPagePit)
#include "tst_cluster_page_pit.moc"
