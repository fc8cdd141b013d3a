#pragma once

#include "agreement_case.h"
#include "restore_sender.h"
#include "rules/verdict.h"

#include <QMap>
#include <QStringList>

namespace snapline::test {

// Counts how the console's verdicts and the sandbox's answers met, keeps a
// readable line for every case that matters, and prints the figures.
class AgreementTally
{
public:
    void record(const AgreementCase &c, const Verdict &verdict, const SendOutcome &sent);
    void skip(const AgreementCase &c, const QString &why);

    // Allowed by the console, refused by the sandbox: each one a failure.
    const QStringList &disagreements() const { return m_disagreements; }
    int allowedAndAccepted() const { return m_allowedAccepted; }
    int refusedByBoth() const { return m_refusedByBoth; }
    int consoleStricter() const { return int(m_stricter.size()); }

    void report(qint64 elapsedMs) const;

private:
    int m_cases = 0;
    int m_allowedAccepted = 0;
    int m_refusedByBoth = 0;
    int m_refusedNoCall = 0;
    QStringList m_disagreements;
    QStringList m_stricter;
    QStringList m_allowedNoCall;
    QStringList m_skipped;
    QMap<QString, int> m_stricterByCodes;   // the console's codes → how often the sandbox accepted anyway
    QMap<QString, int> m_refusalCodes;      // the console's codes when both refused
    QMap<QString, QPair<int, int>> m_picks; // how a source was picked → (cases, allowed by the console)
};

} // namespace snapline::test
