#include "report/report_display_value.h"

#include "console/display_format.h"
#include "report/report_render_text.h"

#include <QDateTime>

#include <cmath>

namespace snapline {

namespace {

// Whole numbers read without decimals; anything else keeps two, enough for
// an RPO in hours or a ratio without pretending to more precision.
QString formatNumber(double value, const QLocale &locale)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return locale.toString(value, 'f', whole ? 0 : 2);
}

QString formatPresentValue(const QVariant &value, ReportColumn::Type type, const QLocale &locale)
{
    using Type = ReportColumn::Type;
    switch (type) {
    case Type::Text:
        return value.toString();
    case Type::Integer:
        return locale.toString(value.toLongLong());
    case Type::Number:
        return formatNumber(value.toDouble(), locale);
    case Type::Percent:
        return locale.toString(value.toDouble(), 'f', 1) + QStringLiteral(" %");
    case Type::Bytes:
        return formatBytes(value.toLongLong(), locale);
    case Type::DateTime:
        return formatUtc(value.toDateTime());
    case Type::Duration:
        return formatDuration(value.toLongLong());
    case Type::Boolean:
        return value.toBool() ? ReportRenderText::yes() : ReportRenderText::no();
    }
    return value.toString();
}

} // namespace

QString formatReportValue(const QVariant &value, ReportColumn::Type type, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return ReportRenderText::noValue();
    const QString text = formatPresentValue(value, type, locale);
    // An invalid date reads as no value, not as nothing at all.
    return text.isEmpty() && type != ReportColumn::Type::Text ? ReportRenderText::noValue() : text;
}

QString formatReportAxisValue(double value, ReportColumn::Type type, const QLocale &locale)
{
    using Type = ReportColumn::Type;
    if (value == 0 && type != Type::DateTime)
        return QStringLiteral("0"); // the origin needs no unit
    switch (type) {
    case Type::Percent:
        return locale.toString(value, 'f', 0) + QStringLiteral(" %");
    case Type::Bytes:
        return formatBytes(qint64(std::llround(value)), locale);
    case Type::Duration:
        return formatDuration(qint64(std::llround(value)));
    case Type::DateTime:
        return formatUtc(QDateTime::fromSecsSinceEpoch(qint64(value), Qt::UTC));
    case Type::Text:
    case Type::Integer:
    case Type::Number:
    case Type::Boolean:
        break;
    }
    return formatNumber(value, locale);
}

bool isNumericReportType(ReportColumn::Type type)
{
    using Type = ReportColumn::Type;
    return type == Type::Integer || type == Type::Number || type == Type::Percent || type == Type::Bytes
            || type == Type::Duration;
}

QString formatReportPeriod(const QDateTime &from, const QDateTime &to)
{
    return formatUtc(from) + QStringLiteral(" – ") + formatUtc(to);
}

} // namespace snapline
