#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace snapline {

// Reads typed fields out of a JSON object and remembers the first problem,
// named by its full path ("source.cluster.tier: …"). Child readers share the
// parent's error, so a whole document is read and checked in one pass.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    enum Need { Optional, Required };

    JsonFields(QJsonObject object, QString path);

    JsonFields child(QStringView key, const QJsonObject &object) const;
    JsonFields element(QStringView key, qsizetype index, const QJsonObject &object) const;

    bool has(QStringView key) const;                                       // present and not null
    bool present(QStringView key) const { return m_object.contains(key); } // even when null
    QJsonValue raw(QStringView key) { return take(key, Optional); }        // undefined when absent or null
    QString string(QStringView key, Need need = Optional);
    std::optional<qint64> integer(QStringView key, Need need = Optional);
    std::optional<bool> boolean(QStringView key, Need need = Optional);
    std::optional<QDateTime> dateTime(QStringView key, Need need = Optional);
    std::optional<QJsonObject> object(QStringView key, Need need = Optional);
    std::optional<QJsonArray> array(QStringView key, Need need = Optional);

    // A string that must be one of `names` (compared case-insensitively).
    template<typename E>
    std::optional<E> choice(QStringView key, const std::function<std::optional<E>(QStringView)> &parse,
                            const QString &names, Need need = Optional)
    {
        const QString text = string(key, need);
        if (text.isNull())
            return std::nullopt;
        if (auto value = parse(text))
            return value;
        fail(key, tr("expected one of %1, got \"%2\"").arg(names, text));
        return std::nullopt;
    }

    // Marks a key as understood without reading it through this reader.
    void accept(QStringView key) { m_seen.insert(key.toString()); }
    // Fails on the first key that no getter asked for (a typo, most likely).
    void rejectUnknown();

    void fail(QStringView key, const QString &problem);
    void failHere(const QString &problem);
    bool ok() const { return !m_error->has_value(); }
    std::optional<Error> error() const { return *m_error; }
    QString pathOf(QStringView key) const;

    static std::optional<QDateTime> parseDateTime(const QString &text);

private:
    QJsonValue take(QStringView key, Need need);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
    std::shared_ptr<std::optional<Error>> m_error;
};

} // namespace snapline
