#include "report/audit_verdicts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace snapline {

AuditVerdict AuditVerdict::of(const AuditEntry &entry)
{
    AuditVerdict out;
    const QJsonObject verdict = QJsonDocument::fromJson(entry.verdictJson.toUtf8()).object();
    if (verdict.isEmpty() || !verdict.contains(QStringLiteral("allowed")))
        return out;
    out.known = true;
    out.allowed = verdict.value(QStringLiteral("allowed")).toBool(true);
    for (const QJsonValue &v : verdict.value(QStringLiteral("violations")).toArray()) {
        const QJsonObject finding = v.toObject();
        out.codes << finding.value(QStringLiteral("code")).toString();
        out.messages << finding.value(QStringLiteral("message")).toString();
    }
    return out;
}

} // namespace snapline
