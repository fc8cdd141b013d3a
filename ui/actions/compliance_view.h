#pragma once

#include "domain/compliance_policy.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace snapline {

// A read-only view of a project's Backup Compliance Policy: its state, who
// authorized it and when it last changed, its minimum items, and in plain
// words everything it locks.
class ComplianceView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplianceView(QWidget *parent = nullptr);

    void setPolicy(const std::optional<CompliancePolicy> &policy, const QString &projectName = {});
    const std::optional<CompliancePolicy> &policy() const { return m_policy; }
    // The locks shown, one sentence each.
    QStringList locks() const;

private:
    std::optional<CompliancePolicy> m_policy;
    QLabel *m_heading;
    QLabel *m_state;
    QLabel *m_authority;
    QLabel *m_itemsTitle;
    QListWidget *m_items;
    QLabel *m_locksTitle;
    QListWidget *m_locks;
};

} // namespace snapline
