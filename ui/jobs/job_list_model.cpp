#include "jobs/job_list_model.h"

#include "models/exact_text.h"

#include <QLocale>

namespace snapline {

namespace {

constexpr int kTickMs = 1000;

} // namespace

JobListModel::JobListModel(std::shared_ptr<const Clock> clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(std::move(clock))
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &JobListModel::tick);
}

JobListModel::~JobListModel()
{
    // The jobs are children and go with the model; their signals must not reach it on the way.
    for (const Row &row : std::as_const(m_rows))
        row.job->disconnect(this);
}

void JobListModel::track(Job *job)
{
    if (!job || rowOf(job) >= 0)
        return;
    job->setParent(this);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({job, m_clock->now(), job->isFinished() ? m_clock->now() : QDateTime()});
    endInsertRows();
    connect(job, &Job::progressChanged, this, [this, job] { jobChanged(job, false); });
    connect(job, &Job::stateChanged, this, [this, job] { jobChanged(job, job->isFinished()); });
    connect(job, &QObject::destroyed, this, [this, job] { forget(job); });
    if (!job->isFinished()) {
        ++m_running;
        Q_EMIT runningCountChanged(m_running);
        m_ticker.start();
    }
}

Job *JobListModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].job : nullptr;
}

int JobListModel::rowOf(const Job *job) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].job == job)
            return i;
    }
    return -1;
}

int JobListModel::runningCount() const
{
    return m_running;
}

bool JobListModel::hasFinished() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.job->isFinished(); });
}

void JobListModel::jobChanged(Job *job, bool ended)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    const bool endsNow = ended && !r.ended.isValid();
    if (endsNow) {
        r.ended = m_clock->now();
        --m_running;
        if (m_running == 0)
            m_ticker.stop();
        Q_EMIT runningCountChanged(m_running);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (endsNow)
        Q_EMIT jobFinished(job);
}

void JobListModel::forget(const Job *job)
{
    // Deleted by someone else after all: drop its row rather than keep a dangling pointer.
    const int row = rowOf(job);
    if (row < 0)
        return;
    const bool wasRunning = !m_rows[row].ended.isValid();
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (wasRunning) {
        --m_running;
        Q_EMIT runningCountChanged(m_running);
    }
}

void JobListModel::tick()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows[row].ended.isValid())
            Q_EMIT dataChanged(index(row, Elapsed), index(row, Elapsed), {Qt::DisplayRole});
    }
}

void JobListModel::clearFinished()
{
    // Contiguous runs are removed together, from the bottom up, so rows above keep their numbers.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (!m_rows[last].job->isFinished()) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && m_rows[first - 1].job->isFinished())
            --first;
        beginRemoveRows({}, first, last);
        for (int i = last; i >= first; --i) {
            Job *job = m_rows[i].job;
            m_rows.removeAt(i);
            job->disconnect(this);
            job->deleteLater();
        }
        endRemoveRows();
        last = first - 1;
    }
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::stateName(Job::State state)
{
    switch (state) {
    case Job::State::Pending:
        return tr("Waiting");
    case Job::State::Running:
        return tr("Running");
    case Job::State::Succeeded:
        return tr("Done");
    case Job::State::Failed:
        return tr("Failed");
    case Job::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int JobListModel::percent(const Job &job) const
{
    if (job.state() == Job::State::Succeeded)
        return 100;
    const JobProgress p = job.progress();
    if (p.total <= 0)
        return -1;
    return int(std::clamp<qint64>(p.done * 100 / p.total, 0, 100));
}

QString JobListModel::elapsedText(const Row &row) const
{
    const QDateTime end = row.ended.isValid() ? row.ended : m_clock->now();
    const qint64 s = std::max<qint64>(row.started.secsTo(end), 0);
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Job &job = *row.job;
    const bool failed = job.state() == Job::State::Failed;
    switch (role) {
    case JobRole:
        return QVariant::fromValue<QObject *>(row.job);
    case PercentRole:
        return percent(job);
    case FinishedRole:
        return job.isFinished();
    case Qt::ToolTipRole:
        // The table elides; the whole error is one hover away.
        if (failed && index.column() != Started && index.column() != Elapsed)
            return job.errorMessage();
        if (index.column() == Started)
            return ExactText::moment(row.started);
        if (index.column() == Elapsed)
            return ExactText::duration(std::max<qint64>(
                    row.started.secsTo(row.ended.isValid() ? row.ended : m_clock->now()), 0));
        return index.column() == Title ? job.title() : job.progress().stage;
    case Qt::TextAlignmentRole:
        if (index.column() == Progress || index.column() == Elapsed)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Title:
        return job.title();
    case State:
        return stateName(job.state());
    case Progress: {
        const int p = percent(job);
        return p < 0 ? QString() : tr("%1%").arg(p);
    }
    case Stage:
        return failed ? job.errorMessage() : job.progress().stage;
    case Started:
        return QLocale().toString(row.started.toLocalTime().time(), QLocale::ShortFormat);
    case Elapsed:
        return elapsedText(row);
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Job");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Stage:
        return tr("Stage");
    case Started:
        return tr("Started");
    case Elapsed:
        return tr("Elapsed");
    default:
        return {};
    }
}

} // namespace snapline
