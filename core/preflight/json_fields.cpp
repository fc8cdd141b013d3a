#include "preflight/json_fields.h"

#include <QStringList>

#include <cmath>

namespace snapline {

namespace {
const QString kInvalidField = QStringLiteral("FACTS_INVALID_FIELD");
const QString kMissingField = QStringLiteral("FACTS_MISSING_FIELD");
} // namespace

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::make_shared<std::optional<Error>>())
{}

JsonFields JsonFields::child(QStringView key, const QJsonObject &object) const
{
    JsonFields reader(object, pathOf(key));
    reader.m_error = m_error;
    return reader;
}

JsonFields JsonFields::element(QStringView key, qsizetype index, const QJsonObject &object) const
{
    JsonFields reader(object, pathOf(key) + u'[' + QString::number(index) + u']');
    reader.m_error = m_error;
    return reader;
}

QString JsonFields::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

bool JsonFields::has(QStringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

QJsonValue JsonFields::take(QStringView key, Need need)
{
    m_seen.insert(key.toString());
    if (has(key))
        return m_object.value(key);
    if (need == Required && ok())
        *m_error = Error{kMissingField, tr("%1: required field is missing").arg(pathOf(key))};
    return {QJsonValue::Undefined};
}

void JsonFields::fail(QStringView key, const QString &problem)
{
    if (ok())
        *m_error = Error{kInvalidField, pathOf(key) + QStringLiteral(": ") + problem};
}

void JsonFields::failHere(const QString &problem)
{
    if (ok())
        *m_error = Error{kInvalidField,
                         (m_path.isEmpty() ? QString() : m_path + QStringLiteral(": ")) + problem};
}

QString JsonFields::string(QStringView key, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(key, tr("expected a string"));
        return {};
    }
    return v.toString();
}

std::optional<qint64> JsonFields::integer(QStringView key, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9007199254740991.0) {
        fail(key, tr("expected a whole number"));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<bool> JsonFields::boolean(QStringView key, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        fail(key, tr("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QDateTime> JsonFields::dateTime(QStringView key, Need need)
{
    const QString text = string(key, need);
    if (text.isNull())
        return std::nullopt;
    if (auto parsed = parseDateTime(text))
        return parsed;
    fail(key, tr("expected an ISO-8601 UTC date-time such as 2026-11-24T10:00:00Z, got \"%1\"").arg(text));
    return std::nullopt;
}

std::optional<QDateTime> JsonFields::parseDateTime(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    // Facts are in UTC; a time written without an offset is read as UTC, never
    // as the local time of whatever machine runs the check.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

std::optional<QJsonObject> JsonFields::object(QStringView key, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, tr("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> JsonFields::array(QStringView key, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        fail(key, tr("expected an array"));
        return std::nullopt;
    }
    return v.toArray();
}

void JsonFields::rejectUnknown()
{
    QStringList keys = m_object.keys();
    keys.sort();
    for (const auto &key : keys) {
        if (!m_seen.contains(key)) {
            fail(key, tr("unknown field"));
            return;
        }
    }
}

} // namespace snapline
