#pragma once

#include "atlas/rate_budget.h"
#include "util/clock.h"

#include <QDateTime>
#include <QStatusBar>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace snapline {

// The window's status bar: the active profile, how old the catalog's view
// is, what is left of the API request budget, and how many jobs run. The
// ages and the budget refresh on a timer; messages still show on the left.
class ConsoleStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ConsoleStatusBar(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void setProfile(const QString &name);
    // The last finished sync; nullopt when the catalog has never been synced.
    void setLastSync(const std::optional<QDateTime> &at);
    // While a sync runs: what it is doing ("Syncing: 4 of 19 clusters").
    void setSyncActivity(const QString &text);
    // The budget to read every second (the active profile's host); null hides it.
    void setRateBudget(std::shared_ptr<RateBudget> budget);
    void setRunningJobs(int count);

    QString syncAgeText() const;
    QString rateBudgetText() const;
    QString jobsText() const;

private:
    void refresh();

    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<RateBudget> m_budget;
    std::optional<QDateTime> m_lastSync;
    QString m_activity;
    QLabel *m_profile = nullptr;
    QLabel *m_syncAge = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_jobs = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace snapline
