#include "pages/cluster_page.h"

#include "actions/compliance_view.h"
#include "charts/charts_panel.h"
#include "console/cluster_detail_job.h"
#include "console/display_format.h"
#include "models/backup_event_model.h"
#include "models/exact_text.h"
#include "models/restore_job_model.h"
#include "models/snapshot_filter_proxy.h"
#include "models/snapshot_table_model.h"
#include "rules/pit_window.h"
#include "rules/policy_validation.h"
#include "timeline/timeline_series.h"
#include "timeline/timeline_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace snapline {

ClusterPage::ClusterPage(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_header(new QLabel(this))
    , m_actionBar(new QToolBar(tr("Cluster actions"), this))
    , m_timeline(new TimelineWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_snapshots(new SnapshotTableModel(this))
    , m_snapshotProxy(new SnapshotFilterProxy(this))
    , m_restores(new RestoreJobModel(this))
    , m_events(new BackupEventModel(this))
{
    setObjectName(QStringLiteral("clusterPage"));
    m_header->setObjectName(QStringLiteral("clusterHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionBar->setObjectName(QStringLiteral("clusterActionBar"));
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The » button Qt shows when the window is too narrow for every action.
    if (auto *more = m_actionBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More cluster actions"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setClock(m_clock);
    m_timeline->setMinimumHeight(180);
    m_tabs->setObjectName(QStringLiteral("clusterTabs"));
    m_tabs->setAccessibleName(tr("Cluster details"));

    m_snapshotProxy->setSourceModel(m_snapshots);
    m_tabs->addTab(makeSnapshotTab(), tr("&Snapshots"));
    m_tabs->addTab(makePolicyTab(), tr("&Policy"));
    QTableView *restores = makeTable(QStringLiteral("restoreTable"), tr("Restore jobs of this cluster"));
    restores->setModel(m_restores);
    m_tabs->addTab(restores, tr("&Restores"));
    QTableView *events = makeTable(QStringLiteral("eventTable"), tr("Recent backup events"));
    events->setModel(m_events);
    m_tabs->addTab(events, tr("&Events"));
    m_charts = new ChartsPanel(m_clock, this);
    m_tabs->addTab(m_charts, tr("C&harts"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("clusterSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(makeTimelinePane());
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_actionBar);
    layout->addWidget(split, 1);

    connect(m_timeline, &TimelineWidget::snapshotSelected, this, [this](const QString &id) {
        if (m_following)
            return;
        m_following = true;
        selectInTable(id);
        m_following = false;
        Q_EMIT selectedSnapshotChanged(id.isEmpty() ? std::nullopt : std::optional<QString>(id));
    });
    connect(m_snapshotTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClusterPage::onTableSelection);
}

QTableView *ClusterPage::makeTable(const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setResizeContentsPrecision(100); // widths from a sample of the rows
    table->setWordWrap(false);
    return table;
}

QWidget *ClusterPage::makeSnapshotTab()
{
    auto *tab = new QWidget(this);
    m_snapshotSearch = new QLineEdit(tab);
    m_snapshotSearch->setObjectName(QStringLiteral("snapshotSearch"));
    m_snapshotSearch->setPlaceholderText(tr("Search snapshots"));
    m_snapshotSearch->setAccessibleName(tr("Search snapshots"));
    m_snapshotSearch->setClearButtonEnabled(true);

    auto combo = [tab](const QString &name, const QString &accessible,
                       const QList<std::pair<QString, int>> &items) {
        auto *box = new QComboBox(tab);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        return box;
    };
    m_frequencyFilter = combo(QStringLiteral("frequencyFilter"), tr("Frequency"),
                              {{tr("Every frequency"), -1},
                               {tr("Hourly"), int(Frequency::Hourly)},
                               {tr("Daily"), int(Frequency::Daily)},
                               {tr("Weekly"), int(Frequency::Weekly)},
                               {tr("Monthly"), int(Frequency::Monthly)},
                               {tr("Yearly"), int(Frequency::Yearly)},
                               {tr("On demand"), int(Frequency::OnDemand)}});
    m_originFilter = combo(QStringLiteral("originFilter"), tr("Type"),
                           {{tr("Every type"), -1},
                            {tr("Scheduled"), int(SnapshotOrigin::Scheduled)},
                            {tr("On demand"), int(SnapshotOrigin::OnDemand)},
                            {tr("Fallback"), int(SnapshotOrigin::Fallback)}});
    m_statusFilter = combo(QStringLiteral("statusFilter"), tr("Status"),
                           {{tr("Every status"), -1},
                            {tr("Completed"), int(SnapshotStatus::Completed)},
                            {tr("Failed"), int(SnapshotStatus::Failed)},
                            {tr("In progress"), int(SnapshotStatus::InProgress)},
                            {tr("Queued"), int(SnapshotStatus::Queued)}});

    m_snapshotTable = makeTable(QStringLiteral("snapshotTable"), tr("Snapshots of this cluster"));
    m_snapshotTable->setModel(m_snapshotProxy);
    m_snapshotTable->setSortingEnabled(true);
    m_snapshotTable->sortByColumn(0, Qt::DescendingOrder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_snapshotSearch, 1);
    bar->addWidget(m_frequencyFilter);
    bar->addWidget(m_originFilter);
    bar->addWidget(m_statusFilter);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_snapshotTable, 1);

    connect(m_snapshotSearch, &QLineEdit::textChanged, this, &ClusterPage::applyFilters);
    for (QComboBox *box : {m_frequencyFilter, m_originFilter, m_statusFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &ClusterPage::applyFilters);
    return tab;
}

QWidget *ClusterPage::makePolicyTab()
{
    auto *tab = new QWidget(this);
    m_policy = new QTextBrowser(tab);
    m_policy->setObjectName(QStringLiteral("policyView"));
    m_policy->setAccessibleName(tr("Backup policy"));
    m_compliance = new ComplianceView(tab);
    auto *layout = new QHBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_policy, 1);
    layout->addWidget(m_compliance, 1);
    return tab;
}

void ClusterPage::addActionButton(QWidget *button)
{
    m_actionBar->addWidget(button);
    // A control made after the page joins the end of the window's focus chain;
    // put it back between the header (which takes focus from a click) and the timeline.
    QWidget::setTabOrder(m_lastActionButton ? m_lastActionButton : static_cast<QWidget *>(m_header), button);
    m_lastActionButton = button;
}

void ClusterPage::load(const QString &catalogPath, const QString &projectId, const QString &clusterName)
{
    const bool sameCluster = projectId == m_projectId && clusterName == m_clusterName;
    m_projectId = projectId;
    m_clusterName = clusterName;
    const quint64 request = ++m_request;
    if (!sameCluster)
        m_header->setText(tr("<h2>%1</h2><p>Reading the catalog…</p>").arg(clusterName.toHtmlEscaped()));
    auto *job = ClusterDetailJob::create(catalogPath, m_clock, projectId, clusterName, request, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->token() != m_request)
            return; // another cluster was opened meanwhile
        if (job->state() != Job::State::Succeeded) {
            m_header->setText(
                    tr("<h2>%1</h2><p>%2</p>")
                            .arg(m_clusterName.toHtmlEscaped(), job->errorMessage().toHtmlEscaped()));
            Q_EMIT loadFailed(job->errorMessage());
            return;
        }
        showDetail(job->detail());
    });
    job->start();
}

void ClusterPage::showDetail(std::shared_ptr<const ClusterDetail> detail)
{
    const std::optional<QString> keep = selectedSnapshotId();
    const bool sameCluster = m_detail && detail && m_detail->where.isSameCluster(detail->where);
    m_detail = std::move(detail);
    m_projectId = m_detail->where.projectId;
    m_clusterName = m_detail->where.cluster.name;
    const QDateTime now = m_clock->now();
    showHeader();
    showPolicy();
    m_following = true;
    m_timeline->setSeries(std::make_shared<const TimelineSeries>(TimelineSeries::fromSnapshots(
            m_detail->snapshots, m_detail->where.cluster.pit,
            m_detail->where.cluster.hasPointInTime()
                    ? std::optional<TimeRange>(PitWindow(m_detail->where.cluster, now).bounds())
                    : std::nullopt)));
    if (!sameCluster)
        m_timeline->fitAll();
    m_snapshots->setSnapshots(m_detail->snapshots, now);
    m_restores->setRestoreJobs(m_detail->restoreJobs, now);
    m_events->setEvents(m_detail->events, now);
    if (!sameCluster) {
        for (QTableView *table : findChildren<QTableView *>())
            table->resizeColumnsToContents();
    }
    m_charts->showCluster(*m_detail);
    showPointInTime(sameCluster);
    if (keep && sameCluster && m_detail->snapshot(*keep)) {
        m_timeline->selectSnapshot(*keep);
        selectInTable(*keep);
    }
    m_following = false;
    Q_EMIT detailShown(m_detail);
    Q_EMIT selectedSnapshotChanged(selectedSnapshotId());
}

std::optional<QString> ClusterPage::selectedSnapshotId() const
{
    const QModelIndex current = m_snapshotTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QString id = current.data(SnapshotTableModel::SnapshotIdRole).toString();
    return id.isEmpty() ? std::nullopt : std::optional<QString>(id);
}

void ClusterPage::selectInTable(const QString &snapshotId)
{
    const int row = m_snapshots->rowOf(snapshotId);
    const QModelIndex index = m_snapshotProxy->mapFromSource(m_snapshots->index(row, 0));
    if (!index.isValid()) {
        m_snapshotTable->clearSelection();
        return;
    }
    m_snapshotTable->setCurrentIndex(index);
    m_snapshotTable->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_snapshotTable->scrollTo(index);
}

void ClusterPage::onTableSelection()
{
    if (m_following)
        return;
    const std::optional<QString> id = selectedSnapshotId();
    m_following = true;
    if (id)
        m_timeline->selectSnapshot(*id);
    m_following = false;
    Q_EMIT selectedSnapshotChanged(id);
}

void ClusterPage::applyFilters()
{
    const auto chosen = [](QComboBox *box) { return box->currentData().toInt(); };
    const int frequency = chosen(m_frequencyFilter);
    const int origin = chosen(m_originFilter);
    const int status = chosen(m_statusFilter);
    m_snapshotProxy->setFrequencyFilter(frequency < 0 ? std::nullopt
                                                      : std::optional<Frequency>(Frequency(frequency)));
    m_snapshotProxy->setOriginFilter(origin < 0 ? std::nullopt
                                                : std::optional<SnapshotOrigin>(SnapshotOrigin(origin)));
    m_snapshotProxy->setStatusFilter(status < 0 ? std::nullopt
                                                : std::optional<SnapshotStatus>(SnapshotStatus(status)));
    m_snapshotProxy->setText(m_snapshotSearch->text());
}

void ClusterPage::showHeader()
{
    const Cluster &c = m_detail->where.cluster;
    const QDateTime now = m_clock->now();
    QStringList facts;
    facts << tr("Project %1").arg(m_detail->where.projectLabel().toHtmlEscaped());
    facts << tr("%1 on %2").arg(c.tier.name(), formatProvider(c.provider));
    facts << (c.isSharded() ? tr("sharded, %n shard(s)", nullptr, c.shardCount) : tr("replica set"));
    QString version = tr("MongoDB %1").arg(c.version.toString());
    if (c.fcvPinned)
        version += tr(" (FCV pinned to %1)").arg(c.fcvPinned->toString());
    facts << version;
    facts << tr("backup: %1").arg(formatBackupKind(c.backupKind));
    if (c.hasPointInTime())
        facts << tr("point in time: %n day(s) window", nullptr, int(c.pitWindowSeconds() / 86400));
    if (c.paused)
        facts << tr("paused");
    QString lock;
    if (m_detail->compliance)
        lock = tr(
                "<p><b>Locked:</b> the project's Backup Compliance Policy applies — see the Policy tab.</p>");
    QString synced;
    m_header->setToolTip(QString());
    if (m_detail->sync && m_detail->sync->lastSync.isValid()) {
        synced = tr("Synced %1.").arg(formatAge(m_detail->sync->lastSync, now));
        m_header->setToolTip(tr("Last sync: %1").arg(ExactText::moment(m_detail->sync->lastSync)));
    }
    m_header->setText(
            tr("<h2>%1</h2><p>%2</p>%3<p><small>%4 %5</small></p>")
                    .arg(c.name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")), lock,
                         tr("%n snapshot(s) in the catalog.", nullptr, int(m_detail->snapshots.size())),
                         synced));
}

void ClusterPage::showPolicy()
{
    QString html;
    if (!m_detail->policy) {
        html = tr("<p>No backup policy is cached for this cluster.</p>");
    } else {
        const BackupPolicy &p = *m_detail->policy;
        html = tr("<h3>Backup policy</h3><p>Snapshots are taken from %1 UTC.</p>")
                       .arg(QStringLiteral("%1:%2")
                                    .arg(p.referenceHourOfDay, 2, 10, QLatin1Char('0'))
                                    .arg(p.referenceMinuteOfHour, 2, 10, QLatin1Char('0')));
        html += QStringLiteral("<ul>");
        for (const PolicyItem &item : p.items)
            html += QStringLiteral("<li>%1</li>").arg(describePolicyItem(item).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        if (m_detail->where.cluster.pitEnabled)
            html += tr("<p>Point-in-time restore window: %n day(s).</p>", nullptr, p.restoreWindowDays);
    }
    m_policy->setHtml(html);
    m_compliance->setPolicy(m_detail->compliance);
}

} // namespace snapline
