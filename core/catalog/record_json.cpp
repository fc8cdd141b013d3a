#include "catalog/record_json.h"

#include "catalog/catalog_log.h"
#include "catalog/enum_columns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonDocument parse(QByteArrayView json, const char *what)
{
    if (json.isEmpty())
        return {};
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        qCWarning(lcCatalog) << "unreadable" << what << "in the catalog:" << error.errorString();
    return document;
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(double(time.toMSecsSinceEpoch())) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
}

QJsonArray rangesJson(const TimeRanges &ranges)
{
    QJsonArray out;
    for (const TimeRange &range : ranges)
        out.append(QJsonArray{timeJson(range.from), timeJson(range.to)});
    return out;
}

TimeRanges rangesFromJson(const QJsonArray &array)
{
    TimeRanges out;
    out.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        out.append({timeFromJson(pair.at(0)), timeFromJson(pair.at(1))});
    }
    return out;
}

QJsonObject itemObject(const PolicyItem &item)
{
    return {{u"id"_s, item.id},
            {u"frequency"_s, toString(item.frequency)},
            {u"interval"_s, item.interval},
            {u"unit"_s, toString(item.retention.unit)},
            {u"value"_s, item.retention.value}};
}

PolicyItem itemFromObject(const QJsonObject &object)
{
    PolicyItem item;
    item.id = object.value(u"id").toString();
    item.frequency
            = frequencyColumn().parseOr(object.value(u"frequency").toString().toUtf8(), Frequency::Daily);
    item.interval = object.value(u"interval").toInt();
    item.retention.unit
            = retentionUnitColumn().parseOr(object.value(u"unit").toString().toUtf8(), RetentionUnit::Days);
    item.retention.value = object.value(u"value").toInt();
    return item;
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

std::optional<qint64> numberFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

} // namespace

QByteArray stringListJson(const QStringList &list)
{
    // Hand-written because it runs for every snapshot of a page: QJsonDocument
    // costs more than the row's insert.
    if (list.isEmpty())
        return {};
    QByteArray out;
    out.reserve(list.size() * 32);
    out.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append('"');
        const QByteArray utf8 = list.at(i).toUtf8();
        const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
            return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
        });
        if (plain) {
            out.append(utf8);
        } else {
            for (const char c : utf8) {
                const auto byte = static_cast<unsigned char>(c);
                if (c == '"' || c == '\\')
                    out.append('\\').append(c);
                else if (byte < 0x20)
                    out.append("\\u00").append(QByteArray::number(byte, 16).rightJustified(2, '0'));
                else
                    out.append(c);
            }
        }
        out.append('"');
    }
    out.append(']');
    return out;
}

// The lists stringListJson writes, read without building a QJsonDocument;
// nullopt for anything else (escapes, spaces), which the full parser takes.
std::optional<QStringList> plainStringList(QByteArrayView json)
{
    if (json.size() < 2 || json.front() != '[' || json.back() != ']' || json.contains('\\'))
        return std::nullopt;
    QStringList out;
    const qsizetype end = json.size() - 1;
    for (qsizetype i = 1; i < end;) {
        if (json.at(i) != '"')
            return std::nullopt;
        const qsizetype close = json.indexOf('"', i + 1);
        if (close < 0 || close >= end)
            return std::nullopt;
        out.append(QString::fromUtf8(json.sliced(i + 1, close - i - 1)));
        i = close + 1;
        if (i < end && json.at(i++) != ',')
            return std::nullopt;
    }
    return out;
}

QStringList stringListFromJson(QByteArrayView json)
{
    if (auto plain = plainStringList(json))
        return *std::move(plain);
    QStringList out;
    const QJsonArray array = parse(json, "list").array();
    out.reserve(array.size());
    for (const QJsonValue &value : array)
        out.append(value.toString());
    return out;
}

QByteArray pitHistoryJson(const PitHistory &history)
{
    if (history.restorable.isEmpty() && history.blackouts.isEmpty())
        return {};
    return compact(QJsonObject{{u"restorable"_s, rangesJson(history.restorable)},
                               {u"blackouts"_s, rangesJson(history.blackouts)}});
}

PitHistory pitHistoryFromJson(QByteArrayView json)
{
    const QJsonObject object = parse(json, "PIT history").object();
    return {rangesFromJson(object.value(u"restorable").toArray()),
            rangesFromJson(object.value(u"blackouts").toArray())};
}

QByteArray policyItemJson(const PolicyItem &item)
{
    return compact(itemObject(item));
}

std::optional<PolicyItem> policyItemFromJson(QByteArrayView json)
{
    const QJsonDocument document = parse(json, "policy item");
    if (!document.isObject())
        return std::nullopt;
    return itemFromObject(document.object());
}

QByteArray policyItemsJson(const QList<PolicyItem> &items)
{
    if (items.isEmpty())
        return {};
    QJsonArray array;
    for (const PolicyItem &item : items)
        array.append(itemObject(item));
    return compact(array);
}

QList<PolicyItem> policyItemsFromJson(QByteArrayView json)
{
    QList<PolicyItem> out;
    const QJsonArray array = parse(json, "policy items").array();
    out.reserve(array.size());
    for (const QJsonValue &value : array)
        out.append(itemFromObject(value.toObject()));
    return out;
}

QByteArray pointInTimeJson(const std::optional<PointInTime> &point)
{
    if (!point)
        return {};
    return compact(QJsonObject{{u"utcSeconds"_s, optionalNumber(point->utcSeconds)},
                               {u"oplogTs"_s, optionalNumber(point->oplogTs)},
                               {u"oplogInc"_s, optionalNumber(point->oplogInc)}});
}

std::optional<PointInTime> pointInTimeFromJson(QByteArrayView json)
{
    const QJsonDocument document = parse(json, "point in time");
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    return PointInTime{numberFromJson(object.value(u"utcSeconds")), numberFromJson(object.value(u"oplogTs")),
                       numberFromJson(object.value(u"oplogInc"))};
}

} // namespace snapline
