#include "http/fault_plan.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace snapline::sandbox {

namespace {

const QString kBadFaults = QStringLiteral("SANDBOX_FAULTS_INVALID");

const QList<std::pair<QString, FaultRule::Kind>> &kinds()
{
    static const QList<std::pair<QString, FaultRule::Kind>> list{
            {QStringLiteral("status"), FaultRule::Kind::Status},
            {QStringLiteral("delay"), FaultRule::Kind::Delay},
            {QStringLiteral("reset"), FaultRule::Kind::Reset},
            {QStringLiteral("truncate"), FaultRule::Kind::Truncate},
            {QStringLiteral("malformed"), FaultRule::Kind::Malformed},
    };
    return list;
}

} // namespace

QJsonObject FaultRule::toJson() const
{
    QString kindName;
    for (const auto &[name, k] : kinds()) {
        if (k == kind)
            kindName = name;
    }
    QJsonObject out{{QStringLiteral("kind"), kindName}, {QStringLiteral("path"), path.pattern()}};
    if (!method.isEmpty())
        out.insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (kind == Kind::Status) {
        out.insert(QStringLiteral("status"), status);
        if (!retryAfter.isEmpty())
            out.insert(QStringLiteral("retryAfter"), QString::fromLatin1(retryAfter));
    }
    if (kind == Kind::Delay)
        out.insert(QStringLiteral("delayMs"), delayMs);
    out.insert(QStringLiteral("times"), remaining);
    return out;
}

Result<QList<FaultRule>> FaultPlan::parse(const QByteArray &json)
{
    using R = Result<QList<FaultRule>>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(kBadFaults,
                          QStringLiteral("The faults are not valid JSON: %1").arg(error.errorString()));
    const QJsonArray items
            = document.isArray() ? document.array() : document.object().value(u"faults").toArray();
    QList<FaultRule> rules;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        FaultRule rule;
        rule.method = o.value(u"method").toString().toUpper().toLatin1();
        rule.path = QRegularExpression(o.value(u"path").toString());
        if (!rule.path.isValid())
            return R::failure(kBadFaults,
                              QStringLiteral("faults[%1].path is not a valid regular expression").arg(i));
        const QString kind = o.value(u"kind").toString(QStringLiteral("status"));
        const auto found = std::find_if(kinds().cbegin(), kinds().cend(),
                                        [&](const auto &k) { return k.first == kind; });
        if (found == kinds().cend())
            return R::failure(kBadFaults,
                              QStringLiteral("faults[%1].kind must be status, delay, reset, truncate or "
                                             "malformed, not \"%2\"")
                                      .arg(i)
                                      .arg(kind));
        rule.kind = found->second;
        rule.status = o.value(u"status").toInt(503);
        if (rule.status < 100 || rule.status > 599)
            return R::failure(kBadFaults, QStringLiteral("faults[%1].status must be an HTTP status").arg(i));
        rule.retryAfter = o.value(u"retryAfter").toVariant().toString().toLatin1();
        rule.delayMs = std::clamp(o.value(u"delayMs").toInt(1000), 0, 600000);
        rule.remaining = o.value(u"times").toInt(-1);
        rules << rule;
    }
    return rules;
}

void FaultPlan::replace(QList<FaultRule> rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules = std::move(rules);
}

std::optional<FaultRule> FaultPlan::take(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if ((!it->method.isEmpty() && it->method != method) || !it->path.match(path).hasMatch()
            || it->remaining == 0)
            continue;
        if (it->remaining > 0)
            --it->remaining;
        return *it;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::toJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray out;
    for (const auto &rule : m_rules)
        out.append(rule.toJson());
    return out;
}

} // namespace snapline::sandbox
