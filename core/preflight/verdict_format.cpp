#include "preflight/verdict_format.h"

#include <QJsonArray>

namespace snapline {

namespace {

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const auto &f : findings)
        out.append(QJsonObject{{QStringLiteral("code"), f.code},
                               {QStringLiteral("rule"), f.rule},
                               {QStringLiteral("message"), f.message}});
    return out;
}

} // namespace

QJsonObject VerdictFormat::toJson(const ProposedAction &action, const Verdict &verdict)
{
    QJsonObject out{
            {QStringLiteral("action"), toString(action.kind)},
            {QStringLiteral("allowed"), verdict.allowed()},
            {QStringLiteral("violations"), findingsToJson(verdict.violations)},
            {QStringLiteral("warnings"), findingsToJson(verdict.warnings)},
    };
    if (action.kind == ActionKind::Restore)
        out.insert(QStringLiteral("deliveryType"), toString(action.atlasDeliveryType()));
    return out;
}

QString VerdictFormat::toText(const ProposedAction &action, const Verdict &verdict)
{
    QString text = verdict.allowed()
            ? tr("ALLOWED: %1").arg(describeAction(action.kind))
            : tr("REFUSED: %1 (%n reason(s))", nullptr, int(verdict.violations.size()))
                      .arg(describeAction(action.kind));
    text += u'\n';
    for (const auto &v : verdict.violations)
        text += QStringLiteral("  x %1 [%2, %3]\n").arg(v.message, v.code, v.rule);
    for (const auto &w : verdict.warnings)
        text += QStringLiteral("  ! %1 [%2]\n").arg(w.message, w.code);
    return text;
}

} // namespace snapline
