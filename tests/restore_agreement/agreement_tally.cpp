#include "agreement_tally.h"

#include <QDebug>

namespace snapline::test {

namespace {

QString answerOf(const SendOutcome &sent)
{
    if (sent.kind == SendOutcome::Kind::Accepted)
        return QStringLiteral("%1 accepted it (job %2)").arg(sent.call, sent.job.id);
    return QStringLiteral("%1 answered %2 %3: %4")
            .arg(sent.call)
            .arg(sent.error.httpStatus)
            .arg(sent.error.errorCode, sent.error.detail.isEmpty() ? sent.error.message : sent.error.detail);
}

} // namespace

void AgreementTally::record(const AgreementCase &c, const Verdict &verdict, const SendOutcome &sent)
{
    ++m_cases;
    auto &pick = m_picks[c.pick];
    ++pick.first;
    pick.second += verdict.allowed() ? 1 : 0;
    const QString codes = verdict.violationCodes().join(u", ");
    if (verdict.allowed()) {
        switch (sent.kind) {
        case SendOutcome::Kind::Accepted:
            ++m_allowedAccepted;
            break;
        case SendOutcome::Kind::Refused:
            m_disagreements << QStringLiteral("%1\n    console: allowed; sandbox: %2")
                                       .arg(c.describe(), answerOf(sent));
            break;
        case SendOutcome::Kind::NoCall:
            m_allowedNoCall << c.describe();
            break;
        }
        return;
    }
    switch (sent.kind) {
    case SendOutcome::Kind::Accepted:
        m_stricter << QStringLiteral("%1\n    console: %2; sandbox: %3")
                              .arg(c.describe(), codes, answerOf(sent));
        ++m_stricterByCodes[codes];
        break;
    case SendOutcome::Kind::Refused:
        ++m_refusedByBoth;
        ++m_refusalCodes[codes];
        break;
    case SendOutcome::Kind::NoCall:
        ++m_refusedNoCall;
        break;
    }
}

void AgreementTally::skip(const AgreementCase &c, const QString &why)
{
    ++m_cases;
    m_skipped << QStringLiteral("%1\n    not judged: %2").arg(c.describe(), why);
}

void AgreementTally::report(qint64 elapsedMs) const
{
    qInfo().noquote() << QStringLiteral("restore agreement: %1 cases drawn in %2 s")
                                 .arg(m_cases)
                                 .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    qInfo().noquote() << QStringLiteral("  allowed by the console and accepted by the sandbox: %1")
                                 .arg(m_allowedAccepted);
    qInfo().noquote() << QStringLiteral("  refused by both: %1 (and %2 refused by the console with no call "
                                        "to send)")
                                 .arg(m_refusedByBoth)
                                 .arg(m_refusedNoCall);
    qInfo().noquote() << QStringLiteral("  console stricter (refused, yet the sandbox accepted): %1")
                                 .arg(m_stricter.size());
    qInfo().noquote() << QStringLiteral("  allowed by the console with no call to send: %1")
                                 .arg(m_allowedNoCall.size());
    qInfo().noquote() << QStringLiteral("  disagreements (allowed, yet the sandbox refused): %1")
                                 .arg(m_disagreements.size());
    QStringList picks;
    for (auto it = m_picks.cbegin(); it != m_picks.cend(); ++it)
        picks << QStringLiteral("%1 %2 (%3 allowed)")
                         .arg(it.key())
                         .arg(it.value().first)
                         .arg(it.value().second);
    qInfo().noquote() << QStringLiteral("  sources picked: ") + picks.join(u", ");
    for (auto it = m_refusalCodes.cbegin(); it != m_refusalCodes.cend(); ++it)
        qInfo().noquote()
                << QStringLiteral("    both refused, console said %1: %2").arg(it.key()).arg(it.value());
    for (auto it = m_stricterByCodes.cbegin(); it != m_stricterByCodes.cend(); ++it)
        qInfo().noquote() << QStringLiteral("    console stricter by %1: %2").arg(it.key()).arg(it.value());
    for (const QString &line : m_disagreements)
        qInfo().noquote() << QStringLiteral("  DISAGREEMENT: ") + line;
    for (const QString &line : m_stricter)
        qInfo().noquote() << QStringLiteral("  stricter: ") + line;
    for (const QString &line : m_allowedNoCall)
        qInfo().noquote() << QStringLiteral("  no call: ") + line;
    for (const QString &line : m_skipped)
        qInfo().noquote() << QStringLiteral("  skipped: ") + line;
}

} // namespace snapline::test
