#include "catalog/audit_redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

const QString kRedacted = u"[redacted]"_s;

bool namesSecret(const QString &key)
{
    static const QRegularExpression pattern(
            u"secret|password|passwd|token|private.?key|authorization|credential"_s,
            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(key).hasMatch();
}

QString redactText(QString text)
{
    static const QRegularExpression bearer(u"\\bBearer\\s+[A-Za-z0-9._~+/=-]{8,}"_s);
    static const QRegularExpression header(u"\\b(authorization\\s*[:=]\\s*)[^\\r\\n]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assignment(
            u"\\b([A-Za-z_]*(?:secret|password|passwd|token|private_?key)[A-Za-z_]*\"?\\s*[=:]\\s*\"?)[^\\s\",;&]+"_s,
            QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"Bearer "_s + kRedacted);
    text.replace(header, u"\\1"_s + kRedacted);
    text.replace(assignment, u"\\1"_s + kRedacted);
    return text;
}

QJsonValue redactValue(const QJsonValue &value, bool *changed);

QJsonObject redactObject(QJsonObject object, bool *changed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (namesSecret(it.key())) {
            if (it.value() != QJsonValue(kRedacted)) {
                *it = kRedacted;
                *changed = true;
            }
        } else {
            *it = redactValue(it.value(), changed);
        }
    }
    return object;
}

QJsonValue redactValue(const QJsonValue &value, bool *changed)
{
    if (value.isObject())
        return redactObject(value.toObject(), changed);
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, redactValue(array.at(i), changed));
        return array;
    }
    if (value.isString()) {
        const QString text = value.toString();
        QString clean = redactText(text);
        if (clean != text) {
            *changed = true;
            return clean;
        }
    }
    return value;
}

// Re-serialised only when something was removed, so a clean verdict is
// stored exactly as it was given.
QString redactJson(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return redactText(json);
    bool changed = false;
    const QJsonValue clean = redactValue(
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &changed);
    if (!changed)
        return json;
    const QJsonDocument out
            = clean.isObject() ? QJsonDocument(clean.toObject()) : QJsonDocument(clean.toArray());
    return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
}

} // namespace

AuditEntry withoutSecrets(AuditEntry entry)
{
    entry.principal = redactText(entry.principal);
    entry.action = redactText(entry.action);
    entry.target = redactText(entry.target);
    if (!entry.verdictJson.isEmpty())
        entry.verdictJson = redactJson(entry.verdictJson);
    entry.apiSummary = redactText(entry.apiSummary);
    if (!entry.requestJson.isEmpty())
        entry.requestJson = redactJson(entry.requestJson);
    return entry;
}

} // namespace snapline
