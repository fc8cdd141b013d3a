#include "pages/console_status_bar.h"

#include "console/display_format.h"
#include "models/exact_text.h"

#include <QLabel>
#include <QTimer>

namespace snapline {

namespace {

QLabel *permanentLabel(QStatusBar *bar, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(bar);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

} // namespace

ConsoleStatusBar::ConsoleStatusBar(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QStatusBar(parent)
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_profile = permanentLabel(this, QStringLiteral("statusProfile"), tr("Profile"));
    m_syncAge = permanentLabel(this, QStringLiteral("statusSyncAge"), tr("Sync age"));
    m_budgetLabel = permanentLabel(this, QStringLiteral("statusRateBudget"), tr("API request budget"));
    m_jobs = permanentLabel(this, QStringLiteral("statusJobs"), tr("Running jobs"));
    m_budgetLabel->hide();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ConsoleStatusBar::refresh);
    m_timer->start();
    setRunningJobs(0);
    refresh();
}

void ConsoleStatusBar::setProfile(const QString &name)
{
    m_profile->setText(tr("Profile: %1").arg(name));
}

void ConsoleStatusBar::setLastSync(const std::optional<QDateTime> &at)
{
    m_lastSync = at;
    refresh();
}

void ConsoleStatusBar::setSyncActivity(const QString &text)
{
    m_activity = text;
    refresh();
}

void ConsoleStatusBar::setRateBudget(std::shared_ptr<RateBudget> budget)
{
    m_budget = std::move(budget);
    m_budgetLabel->setVisible(m_budget != nullptr);
    refresh();
}

void ConsoleStatusBar::setRunningJobs(int count)
{
    m_jobs->setText(count == 0 ? tr("No jobs running") : tr("%n job(s) running", nullptr, count));
}

QString ConsoleStatusBar::jobsText() const
{
    return m_jobs ? m_jobs->text() : QString();
}

QString ConsoleStatusBar::syncAgeText() const
{
    return m_syncAge->text();
}

QString ConsoleStatusBar::rateBudgetText() const
{
    return m_budgetLabel->text();
}

void ConsoleStatusBar::refresh()
{
    const QDateTime now = m_clock->now();
    if (!m_activity.isEmpty())
        m_syncAge->setText(m_activity);
    else if (m_lastSync)
        m_syncAge->setText(tr("Synced %1").arg(formatAge(*m_lastSync, now)));
    else
        m_syncAge->setText(tr("Never synced"));
    m_syncAge->setToolTip(m_lastSync ? tr("Last sync: %1").arg(ExactText::moment(*m_lastSync)) : QString());
    if (m_budget) {
        const RateBudgetReading r = m_budget->reading();
        QString text = tr("API budget %1/%2").arg(r.available).arg(r.capacity);
        if (r.serverRemaining >= 0)
            text += tr(" (Atlas: %1 left)").arg(r.serverRemaining);
        m_budgetLabel->setText(text);
        m_budgetLabel->setToolTip(tr("Requests Snapline may send to %1 right now: %2 of %3. Answers refused "
                                     "with 429 so far: %4.")
                                          .arg(r.host)
                                          .arg(r.available)
                                          .arg(r.capacity)
                                          .arg(r.throttled));
    }
}

} // namespace snapline
