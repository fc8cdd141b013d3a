#include "restore/restore_target_page.h"

#include "actions/verdict_label.h"
#include "restore/restore_candidate_model.h"
#include "restore/restore_candidate_proxy.h"
#include "restore/restore_candidates_job.h"
#include "restore/restore_wizard.h"

#include <QCheckBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace snapline {

RestoreTargetPage::RestoreTargetPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new RestoreCandidateModel(this))
    , m_proxy(new RestoreCandidateProxy(this))
{
    setObjectName(QStringLiteral("restoreTargetPage"));
    setTitle(tr("Where to restore"));
    setSubTitle(tr("Every cluster of the organization, with what the rules say about restoring into it."));
    m_proxy->setSourceModel(m_model);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("targetStatus"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("targetBusy"));
    m_busy->setAccessibleName(tr("Judging the clusters"));
    m_busy->setRange(0, 0); // busy: how long it takes is not known
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_onlyPossible = new QCheckBox(tr("Show &only possible targets"), this);
    m_onlyPossible->setObjectName(QStringLiteral("onlyPossibleFilter"));
    m_onlyPossible->setAccessibleName(tr("Show only possible targets"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setAccessibleName(tr("Clusters to restore into"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RestoreCandidateModel::ProjectColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true); // a refusal is read in its row, in full
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setTabKeyNavigation(false);

    m_chosen = new VerdictLabel(this);
    m_chosen->setObjectName(QStringLiteral("targetVerdict"));
    m_chosen->setAccessibleName(tr("What the rules say about the chosen target"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_onlyPossible);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chosen);
    setTabOrder(m_onlyPossible, m_table);

    connect(m_onlyPossible, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyPossible(on);
        fitRows();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RestoreTargetPage::onCurrentChanged);
    m_table->installEventFilter(this);
}

bool RestoreTargetPage::eventFilter(QObject *watched, QEvent *event)
{
    // Tabbing into an item view puts its cursor on the first row, unless that
    // row is disabled: then the arrows have nowhere to start from. Start them
    // on the first cluster that can be chosen, as Qt would on any other view.
    if (watched == m_table && event->type() == QEvent::FocusIn && !m_table->currentIndex().isValid()
        && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.flags() & Qt::ItemIsEnabled) {
                m_table->setCurrentIndex(index);
                break;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void RestoreTargetPage::initializePage()
{
    read();
}

void RestoreTargetPage::read()
{
    const quint64 request = ++m_request;
    m_loading = true;
    m_error.clear();
    showStatus();
    Q_EMIT completeChanged();
    const ActionEnvironment &env = m_wizard->environment();
    auto *job = RestoreCandidatesJob::create(env.catalogPath, env.clock, env.roles, m_wizard->order(),
                                             request, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->token() != m_request)
            return; // the source changed meanwhile: a newer read is on its way
        m_loading = false;
        const QString keepProject = m_wizard->order().targetProjectId;
        const QString keepCluster = m_wizard->order().targetClusterName;
        if (job->state() == Job::State::Succeeded) {
            m_model->setCandidates(job->result()->value(), m_wizard->order());
            fitRows();
        } else {
            m_model->clear();
            m_error = job->errorMessage();
        }
        m_wizard->setTarget({}, {}, {});
        if (!keepCluster.isEmpty())
            chooseTarget(keepProject, keepCluster); // back and forth keeps the choice while it is allowed
        onCurrentChanged();
        showStatus();
    });
    job->start(env.pool);
}

void RestoreTargetPage::fitRows()
{
    // The facts narrow, the verdict takes the rest and wraps.
    for (int column = 0; column < RestoreCandidateModel::VerdictColumn; ++column)
        m_table->resizeColumnToContents(column);
    m_table->resizeRowsToContents();
}

bool RestoreTargetPage::chooseTarget(const QString &projectId, const QString &clusterName)
{
    const int row = m_model->rowOf(projectId, clusterName);
    if (row < 0 || !m_model->candidateAt(row).allowed())
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RestoreTargetPage::onCurrentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid() || !m_model->candidateAt(current.row()).allowed()) {
        m_wizard->setTarget({}, {}, {});
        m_chosen->setVerdict({});
    } else {
        const RestoreCandidate &candidate = m_model->candidateAt(current.row());
        m_wizard->setTarget(candidate.target.projectId, candidate.target.cluster.name,
                            candidate.target.projectLabel());
        m_chosen->setVerdict(candidate.verdict);
    }
    Q_EMIT completeChanged();
}

void RestoreTargetPage::showStatus()
{
    m_busy->setVisible(m_loading);
    if (m_loading)
        m_status->setText(tr("Judging every cluster of the organization as a target…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The clusters could not be read: %1").arg(m_error));
    else
        m_status->setText(tr("%1 of %n cluster(s) can take this restore.", nullptr, m_model->rowCount())
                                  .arg(m_model->allowedCount()));
}

bool RestoreTargetPage::isComplete() const
{
    return !m_loading && !m_wizard->order().targetClusterName.isEmpty();
}

int RestoreTargetPage::nextId() const
{
    return RestoreWizard::PreflightPageId;
}

} // namespace snapline
