// The cluster actions against a real sandbox, synced into a temp catalog:
// controls judged by the planner (delete refused on the compliance project,
// with the reason as tool tip and in words on a click), an on-demand snapshot
// taken through its dialog and watched until it completes in the Jobs
// panel's model, a retention change judged live, the policy editor refusing
// an invalid item and a compliance-breaking retention, the switches, and the
// compliance policy view.
#include "actions/action_facts.h"
#include "actions/backup_action_job.h"
#include "actions/change_retention_dialog.h"
#include "actions/cluster_actions.h"
#include "actions/compliance_view.h"
#include "actions/message_box.h"
#include "actions/policy_editor_dialog.h"
#include "actions/policy_items_editor.h"
#include "actions/take_snapshot_dialog.h"
#include "actions/verdict_label.h"
#include "atlas_test_sandbox.h"
#include "jobs/job_list_model.h"
#include "rules/rule_codes.h"
#include "sync/sync_job.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace snapline;
using namespace snapline::test;

using Id = ClusterActions::Id;

class TestClusterActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<CatalogWriter> m_writer;
    std::shared_ptr<AtlasApi> m_api;
    RoleBook m_roles;
    std::unique_ptr<JobListModel> m_jobs;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QWidget> m_window;

    ActionEnvironment environment() const
    {
        ActionEnvironment env;
        env.api = m_api;
        env.writer = m_writer;
        env.catalogPath = m_writer->path();
        env.clock = Clock::system();
        env.profile.name = u"Sandbox owner"_qs;
        env.profile.publicKey = m_sandbox->credentials(u"Owner key"_qs).publicKey;
        env.roles = m_roles;
        env.jobs = m_jobs.get();
        env.polling = {20, 200};
        return env;
    }

    // What a cluster page would read from the catalog.
    std::shared_ptr<ClusterDetail> detail(const QString &project, const QString &cluster) const
    {
        auto reader = std::move(Catalog::openReader(m_writer->path(), Clock::system())).value();
        const QString projectId = m_sandbox->projectId(project);
        auto d = std::make_shared<ClusterDetail>();
        d->where = *ActionFacts::placement(*reader, projectId, cluster);
        d->policy = reader->backupPolicy(projectId, cluster).valueOr(std::nullopt);
        d->compliance = reader->compliancePolicy(projectId).valueOr(std::nullopt);
        d->snapshots = reader->snapshots(projectId, cluster).valueOr({});
        return d;
    }

    static QString newestCompleted(const ClusterDetail &d)
    {
        for (auto it = d.snapshots.crbegin(); it != d.snapshots.crend(); ++it) {
            if (it->isCompleted() && it->expiresAt > QDateTime::currentDateTimeUtc().addDays(2))
                return it->id;
        }
        return {};
    }

    std::unique_ptr<ClusterActions> actionsOn(const QString &project, const QString &cluster,
                                              std::optional<QString> snapshot = std::nullopt)
    {
        auto actions = std::make_unique<ClusterActions>(environment(), m_window.get());
        actions->setContext(detail(project, cluster), m_roles, std::move(snapshot),
                            QDateTime::currentDateTimeUtc());
        return actions;
    }

    template<typename D>
    D *openDialog(ClusterActions &actions, Id id)
    {
        actions.action(id)->trigger();
        // A dialog closed earlier may still wait for its deferred delete.
        for (D *dialog : m_window->findChildren<D *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    // Waits for the job the actions started, advancing sandbox time while it watches a snapshot.
    static void finish(BackupActionJob *job, AtlasTestSandbox &sandbox)
    {
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished() || job->progress().stage.endsWith(u" queued"), 30000);
        if (!job->isFinished()) {
            QCOMPARE(sandbox.admin("POST", u"advance"_qs, R"({"seconds": 12})"), 200);
            QTRY_VERIFY_WITH_TIMEOUT(job->isFinished() || job->progress().stage.endsWith(u" in progress"),
                                     30000);
            QCOMPARE(sandbox.admin("POST", u"advance"_qs, R"({"seconds": 30})"), 200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<AtlasTestSandbox>();
        QVERIFY(m_sandbox->isUp());
        QCOMPARE(m_sandbox->admin("PUT", u"settings"_qs, R"({"snapshotFailureRate": 0})"), 200);
        m_writer = std::make_shared<CatalogWriter>(
                std::move(Catalog::open(m_dir.filePath(u"console.sqlite"_qs), Clock::system())).value());
        m_api = m_sandbox->api(u"Owner key"_qs);
        m_roles = m_api->systemStatus()->roles;
        SyncJob sync(SyncTarget::everything(), m_api, m_writer, Clock::system());
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.isFinished(), 60000);
        QCOMPARE(sync.state(), Job::State::Succeeded);
        m_jobs = std::make_unique<JobListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_jobs.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window = std::make_unique<QWidget>();
        m_window->resize(900, 600);
        m_window->show();
    }

    void deleteIsRefusedOnTheComplianceProjectAndSaysWhy()
    {
        const auto payments = detail(u"Payments"_qs, u"payments-api"_qs);
        const QString snapshot = newestCompleted(*payments);
        QVERIFY(!snapshot.isEmpty());
        auto actions = actionsOn(u"Payments"_qs, u"payments-api"_qs, snapshot);
        QAction *remove = actions->action(Id::DeleteSnapshot);
        QVERIFY(!remove->isEnabled());
        QVERIFY(actions->verdict(Id::DeleteSnapshot).refusedBy(RuleCode::ComplianceSnapshotDeleteLocked));
        QVERIFY2(remove->toolTip().contains(u"Backup Compliance Policy"), qPrintable(remove->toolTip()));
        QVERIFY(actions->action(Id::TakeSnapshot)->isEnabled());

        QToolButton *button = actions->createButton(Id::DeleteSnapshot, m_window.get());
        button->show();
        QCOMPARE(button->objectName(), u"deleteSnapshotButton"_qs);
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), remove->toolTip());
        QVERIFY(!button->accessibleName().isEmpty());
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(MessageBox::count(), boxes + 1);
        QCOMPARE(MessageBox::lastText(), remove->toolTip());
        QVERIFY(MessageBox::lastTitle().contains(u"Delete Snapshot"));
        QCOMPARE(m_jobs->rowCount(), 0); // nothing was started
    }

    void controlsSayWhatTheyNeed()
    {
        auto actions = actionsOn(u"Analytics"_qs, u"analytics-etl"_qs);
        QVERIFY(!actions->action(Id::DeleteSnapshot)->isEnabled());
        QVERIFY(actions->verdict(Id::DeleteSnapshot).refusedBy(RuleCode::SnapshotRequired));
        QVERIFY(actions->action(Id::EditPolicy)->isEnabled());
        // A read-only credential: every change is refused for its role.
        RoleBook readOnly;
        readOnly.grant(m_sandbox->projectId(u"Analytics"_qs), Role::ProjectReadOnly);
        actions->setContext(actions->detail(), readOnly, std::nullopt, QDateTime::currentDateTimeUtc());
        QVERIFY(!actions->action(Id::TakeSnapshot)->isEnabled());
        QVERIFY(actions->verdict(Id::TakeSnapshot).refusedBy(RuleCode::RoleMissing));
        QVERIFY(!actions->action(Id::EditPolicy)->isEnabled());
        QVERIFY(actions->action(Id::ShowCompliance)->isEnabled());
        QVERIFY(!actions->kindOf(Id::ShowCompliance));
        // Nothing on screen: nothing to act on.
        actions->setContext(nullptr, m_roles, std::nullopt, {});
        QVERIFY(!actions->action(Id::TakeSnapshot)->isEnabled());
        QVERIFY(!actions->action(Id::ShowCompliance)->isEnabled());
    }

    void anOnDemandSnapshotIsTakenAndWatchedUntilItCompletes()
    {
        auto actions = actionsOn(u"Analytics"_qs, u"analytics-events"_qs);
        QSignalSpy started(actions.get(), &ClusterActions::jobStarted);
        QSignalSpy changed(actions.get(), &ClusterActions::clusterChanged);
        auto *dialog = openDialog<TakeSnapshotDialog>(*actions, Id::TakeSnapshot);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"snapshotDescription"_qs), u"from the GUI test"_qs);
        auto *days = dialog->findChild<QSpinBox *>(u"snapshotRetentionDays"_qs);
        days->setValue(0);
        QVERIFY(!dialog->okButton()->isEnabled()); // at least a day
        QVERIFY(dialog->findChild<VerdictLabel *>()->text().contains(u"at least 1 day"));
        days->setValue(3);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        QCOMPARE(started.count(), 1);
        QCOMPARE(m_jobs->rowCount(), 1);
        auto *job = qobject_cast<BackupActionJob *>(m_jobs->job(0));
        QVERIFY(job);
        QVERIFY(job->request().followSnapshot);
        finish(job, *m_sandbox);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        const QString id = job->result()->value().snapshot->id;
        QCOMPARE(m_jobs->data(m_jobs->index(0, JobListModel::State)).toString(), u"Done"_qs);
        QVERIFY(m_jobs->data(m_jobs->index(0, JobListModel::Stage)).toString().contains(u"completed"));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toString(), u"analytics-events"_qs);
        const auto after = detail(u"Analytics"_qs, u"analytics-events"_qs);
        QVERIFY(after->snapshot(id));
        QVERIFY(after->snapshot(id)->isCompleted());
        QCOMPARE(after->snapshot(id)->description, u"from the GUI test"_qs);
        // The window reloads; a new on-demand snapshot is offered again.
        actions->setContext(after, m_roles, id, QDateTime::currentDateTimeUtc());
        QVERIFY(actions->action(Id::TakeSnapshot)->isEnabled());
        m_jobs->clearFinished();
    }

    void aRetentionIsJudgedAsItChanges()
    {
        const auto payments = detail(u"Payments"_qs, u"payments-archive"_qs);
        const QString id = newestCompleted(*payments);
        auto actions = actionsOn(u"Payments"_qs, u"payments-archive"_qs, id);
        QVERIFY(actions->action(Id::ChangeRetention)->isEnabled());
        auto *dialog = openDialog<ChangeRetentionDialog>(*actions, Id::ChangeRetention);
        QVERIFY(dialog);
        const int kept = int(payments->snapshot(id)->retentionDays());
        dialog->setRetentionDays(kept - 1);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->verdict().refusedBy(RuleCode::ComplianceRetentionDecreaseLocked));
        QVERIFY(dialog->findChild<VerdictLabel *>()->text().contains(u"Backup Compliance Policy"));
        dialog->setRetentionDays(kept + 2);
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(u"newExpiry"_qs)->text().isEmpty());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        auto *job = qobject_cast<BackupActionJob *>(m_jobs->job(m_jobs->rowCount() - 1));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        const Snapshot *stored = detail(u"Payments"_qs, u"payments-archive"_qs)->snapshot(id);
        QCOMPARE(stored->expiresAt, stored->createdAt.addDays(kept + 2));
    }

    void thePolicyEditorRefusesAnInvalidItem()
    {
        auto actions = actionsOn(u"Analytics"_qs, u"analytics-etl"_qs);
        auto *dialog = openDialog<PolicyEditorDialog>(*actions, Id::EditPolicy);
        QVERIFY(dialog);
        const int jobs = m_jobs->rowCount();
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(u"policyDiff"_qs)->text(), u"No changes yet."_qs);
        QVERIFY(dialog->findChild<QLabel *>(u"policyEstimate"_qs)->text().contains(u"kept at once"));
        auto *table = dialog->itemsEditor()->table();
        int hourly = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto *frequency
                    = qobject_cast<QComboBox *>(table->cellWidget(row, PolicyItemsEditor::FrequencyColumn));
            if (frequency->currentData().toInt() == int(Frequency::Hourly))
                hourly = row;
        }
        QVERIFY(hourly >= 0);
        auto *interval = dialog->findChild<QSpinBox *>(u"itemInterval_%1"_qs.arg(hourly));
        interval->setValue(5);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->verdict().refusedBy(RuleCode::PolicyIntervalInvalid));
        const QString shown = dialog->findChild<VerdictLabel *>()->text();
        QVERIFY2(shown.contains(u"An hourly item runs every 1, 2, 4, 6, 8 or 12 hours, not every 5."),
                 qPrintable(shown));
        QVERIFY(dialog->findChild<QLabel *>(u"policyDiff"_qs)->text().contains(u"every 5 hour(s)"));
        interval->setValue(4);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->reject();
        QCOMPARE(m_jobs->rowCount(), jobs); // cancelled: nothing is sent
    }

    void thePolicyEditorRefusesWhatTheCompliancePolicyForbids()
    {
        auto actions = actionsOn(u"Payments"_qs, u"payments-ledger"_qs);
        auto *dialog = openDialog<PolicyEditorDialog>(*actions, Id::EditPolicy);
        QVERIFY(dialog);
        QVERIFY(dialog->okButton()->isEnabled());
        BackupPolicy weaker = dialog->policy();
        for (PolicyItem &item : weaker.items) {
            if (item.frequency == Frequency::Hourly)
                item.retention = {RetentionUnit::Days, 1}; // the policy keeps 6-hourly for 3 days
        }
        dialog->setPolicy(weaker);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->verdict().refusedBy(RuleCode::CompliancePolicyItemBelowMinimum));
        QVERIFY(dialog->findChild<QLabel *>(u"policyDiff"_qs)->text().contains(u"for less time"));
        dialog->reject();
    }

    void pointInTimeIsSwitchedAfterAConfirmation()
    {
        auto payments = actionsOn(u"Payments"_qs, u"payments-api"_qs);
        QVERIFY(!payments->action(Id::TogglePit)->isEnabled());
        QVERIFY(payments->verdict(Id::TogglePit).refusedBy(RuleCode::CompliancePitRequired));
        QVERIFY(!payments->action(Id::ToggleBackup)->isEnabled());

        auto actions = actionsOn(u"Analytics"_qs, u"analytics-warehouse"_qs);
        QAction *pit = actions->action(Id::TogglePit);
        QCOMPARE(toString(*actions->kindOf(Id::TogglePit)), u"disablePit"_qs);
        QVERIFY(pit->text().contains(u"Turn Off"));
        QVERIFY(pit->isEnabled());
        const int rows = m_jobs->rowCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        pit->trigger();
        QCOMPARE(m_jobs->rowCount(), rows); // not confirmed: nothing happens
        QVERIFY(MessageBox::lastText().contains(u"gap that can never be restored"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        pit->trigger();
        QCOMPARE(m_jobs->rowCount(), rows + 1);
        auto *job = qobject_cast<BackupActionJob *>(m_jobs->job(rows));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        actions->setContext(detail(u"Analytics"_qs, u"analytics-warehouse"_qs), m_roles, std::nullopt,
                            QDateTime::currentDateTimeUtc());
        QCOMPARE(toString(*actions->kindOf(Id::TogglePit)), u"enablePit"_qs);
        QVERIFY(pit->text().contains(u"Turn On"));
    }

    void theCompliancePolicyIsShownInWords()
    {
        auto actions = actionsOn(u"Payments"_qs, u"payments-api"_qs);
        actions->action(Id::ShowCompliance)->trigger();
        auto *view = m_window->findChild<ComplianceView *>();
        QVERIFY(view);
        QVERIFY(view->locks().contains(
                u"Snapshots cannot be deleted before they expire, whatever your role."_qs));
        QVERIFY(view->locks().contains(
                u"Point-in-time restore must stay on with a window of at least 3 day(s)."_qs));
        QVERIFY(view->findChild<QLabel *>(u"complianceAuthority"_qs)->text().contains(u"Grace Hopper"));
        view->window()->close();
        QTRY_VERIFY(!m_window->findChild<ComplianceView *>());

        auto analytics = actionsOn(u"Analytics"_qs, u"analytics-etl"_qs);
        analytics->action(Id::ShowCompliance)->trigger();
        view = m_window->findChild<ComplianceView *>();
        QVERIFY(view);
        QCOMPARE(view->findChild<QLabel *>(u"complianceHeading"_qs)->text(),
                 u"This project has no Backup Compliance Policy"_qs);
        QVERIFY(view->locks().isEmpty());
        view->window()->close();
    }
};

QTEST_MAIN(TestClusterActions)
#include "tst_cluster_actions.moc"
