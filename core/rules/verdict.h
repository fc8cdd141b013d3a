#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace snapline {

// One reason, with a stable code (for programs and tests), the rule it comes
// from (for people who want the source) and one sentence a person understands.
struct Finding
{
    QString code;
    QString rule;
    QString message;

    bool operator==(const Finding &) const = default;
};

// The codes of `findings`, in order.
QStringList findingCodes(const QList<Finding> &findings);

// The planner's answer for a proposed action: allowed when nothing refuses
// it. Every violation is reported, not only the first; warnings never refuse.
struct Verdict
{
    QList<Finding> violations;
    QList<Finding> warnings;

    bool allowed() const { return violations.isEmpty(); }
    bool refusedBy(const QString &code) const;
    bool warns(const QString &code) const;
    QStringList violationCodes() const;
    QStringList warningCodes() const;

    void refuse(const QString &code, const QString &rule, const QString &message);
    void warn(const QString &code, const QString &rule, const QString &message);
    void append(const QList<Finding> &moreViolations);
};

} // namespace snapline
