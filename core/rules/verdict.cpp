#include "rules/verdict.h"

#include <algorithm>

namespace snapline {

namespace {

bool containsCode(const QList<Finding> &findings, const QString &code)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.code == code; });
}

} // namespace

QStringList findingCodes(const QList<Finding> &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out << f.code;
    return out;
}

bool Verdict::refusedBy(const QString &code) const
{
    return containsCode(violations, code);
}
bool Verdict::warns(const QString &code) const
{
    return containsCode(warnings, code);
}
QStringList Verdict::violationCodes() const
{
    return findingCodes(violations);
}
QStringList Verdict::warningCodes() const
{
    return findingCodes(warnings);
}

void Verdict::refuse(const QString &code, const QString &rule, const QString &message)
{
    const Finding finding{code, rule, message};
    if (!violations.contains(finding))
        violations.append(finding);
}

void Verdict::warn(const QString &code, const QString &rule, const QString &message)
{
    if (!warns(code))
        warnings.append({code, rule, message});
}

void Verdict::append(const QList<Finding> &moreViolations)
{
    for (const auto &f : moreViolations)
        refuse(f.code, f.rule, f.message);
}

} // namespace snapline
