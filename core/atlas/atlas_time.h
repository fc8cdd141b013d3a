#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QStringView>

#include <optional>

namespace snapline {

// Atlas's timestamps: ISO-8601 in UTC ("2026-11-24T18:00:00Z", with optional
// fractions or an offset). Read by hand because a sync reads millions of them.
std::optional<qint64> parseAtlasTimeMs(QStringView text);
std::optional<qint64> parseAtlasTimeMs(QByteArrayView text); // the same, on the answer's bytes
// An invalid QDateTime when the value is missing or malformed.
QDateTime atlasTime(const QJsonValue &value);
// The form Atlas sends: seconds precision, "Z".
QString formatAtlasTime(const QDateTime &time);

} // namespace snapline
