#include "timeline/pit_moment_text.h"

#include "rules/rule_codes.h"

#include <QRegularExpression>

namespace snapline {

namespace {

// An oplog timestamp's seconds and increment are unsigned 32-bit numbers.
constexpr qint64 kMaxOplogField = 0xFFFFFFFFLL;

} // namespace

Result<QDateTime> PitMomentText::parseUtc(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d*)?)?)"
                           R"(\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$)"),
            QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<QDateTime>::failure(RuleCode::PitInvalid,
                                          tr("Enter a date and time in UTC, such as 2026-11-20 14:03:07."));
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return Result<QDateTime>::failure(
                RuleCode::PitInvalid,
                tr("“%1” is not a date and time; write it in UTC as 2026-11-20 14:03:07.").arg(trimmed));
    if (!match.captured(7).isEmpty())
        return Result<QDateTime>::failure(RuleCode::PitInvalid,
                                          tr("“%1” has a fraction of a second; a restore goes to the second, "
                                             "so leave it out (or use an "
                                             "oplog timestamp to be more precise).")
                                                  .arg(trimmed));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return Result<QDateTime>::failure(RuleCode::PitInvalid,
                                          tr("“%1” is not a real date or time of day.").arg(trimmed));
    QDateTime moment(date, time, Qt::UTC);
    const QString zone = match.captured(8).toUpper().remove(QLatin1Char(':'));
    if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(3, 2).toInt();
        if (hours > 14 || minutes > 59)
            return Result<QDateTime>::failure(RuleCode::PitInvalid,
                                              tr("“%1” is not a time-zone offset.").arg(match.captured(8)));
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        // 14:03+01:00 is 13:03 UTC.
        moment = moment.addSecs(-sign * (hours * 3600 + minutes * 60));
    }
    return moment;
}

QString PitMomentText::formatUtc(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

Result<PointInTime> PitMomentText::parseOplog(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral(R"(^(\d+)(?:\s*:\s*(\d+))?$)"));
    static const QRegularExpression shell(
            QStringLiteral(R"(^Timestamp\(\s*(?:\{\s*t\s*:\s*)?(\d+)\s*,\s*(?:i\s*:\s*)?(\d+)\s*\}?\s*\)$)"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<PointInTime>::failure(
                RuleCode::PitInvalid,
                tr("Enter an oplog timestamp as seconds:increment, such as 1763647387:1."));
    auto match = plain.match(trimmed);
    if (!match.hasMatch())
        match = shell.match(trimmed);
    if (!match.hasMatch())
        return Result<PointInTime>::failure(
                RuleCode::PitInvalid,
                tr("“%1” is not an oplog timestamp; write it as seconds:increment, such as 1763647387:1.")
                        .arg(trimmed));
    bool tsOk = false;
    const qint64 ts = match.captured(1).toLongLong(&tsOk);
    if (!tsOk || ts > kMaxOplogField)
        return Result<PointInTime>::failure(
                RuleCode::PitInvalid,
                tr("%1 is too large for an oplog timestamp's seconds.").arg(match.captured(1)));
    PointInTime point;
    if (!match.hasCaptured(2) || match.captured(2).isEmpty()) {
        point.utcSeconds = ts;
        return point;
    }
    bool incOk = false;
    const qint64 inc = match.captured(2).toLongLong(&incOk);
    if (!incOk || inc > kMaxOplogField)
        return Result<PointInTime>::failure(
                RuleCode::PitInvalid, tr("%1 is too large for an oplog increment.").arg(match.captured(2)));
    if (inc < 1)
        return Result<PointInTime>::failure(
                RuleCode::PitInvalid, tr("An oplog increment counts from 1; %1:0 does not exist.").arg(ts));
    point.oplogTs = ts;
    point.oplogInc = inc;
    return point;
}

QString PitMomentText::formatOplog(const PointInTime &point)
{
    if (point.isOplog())
        return QStringLiteral("%1:%2").arg(*point.oplogTs).arg(point.oplogInc.value_or(0));
    if (point.utcSeconds)
        return QString::number(*point.utcSeconds);
    return {};
}

} // namespace snapline
