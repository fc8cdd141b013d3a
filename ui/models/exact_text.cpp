#include "models/exact_text.h"

#include "console/display_format.h"

#include <cstdlib>

namespace snapline {

namespace {

const QString kStamp = QStringLiteral("yyyy-MM-dd HH:mm:ss");

} // namespace

QString ExactText::bytes(qint64 bytes, const QLocale &locale)
{
    return tr("%1 bytes").arg(locale.toString(bytes));
}

QString ExactText::size(qint64 bytes, const QLocale &locale)
{
    if (std::abs(bytes) < 1000) // the short form is exact already
        return ExactText::bytes(bytes, locale);
    return tr("%1 (%2)").arg(formatBytes(bytes, locale), ExactText::bytes(bytes, locale));
}

QString ExactText::moment(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return tr("%1 UTC (%2 local time)")
            .arg(moment.toUTC().toString(kStamp), moment.toLocalTime().toString(kStamp));
}

QString ExactText::momentAndAge(const QDateTime &moment, const QDateTime &now)
{
    const QString exact = ExactText::moment(moment);
    const QString age = formatAge(moment, now);
    return exact.isEmpty() || age.isEmpty() ? exact : tr("%1, %2").arg(exact, age);
}

QString ExactText::duration(qint64 seconds)
{
    const qint64 s = std::abs(seconds);
    QStringList parts;
    if (const qint64 days = s / 86400; days > 0)
        parts << tr("%1 d").arg(days);
    if (const qint64 hours = s % 86400 / 3600; hours > 0)
        parts << tr("%1 h").arg(hours);
    if (const qint64 minutes = s % 3600 / 60; minutes > 0)
        parts << tr("%1 min").arg(minutes);
    if (s % 60 > 0 || parts.isEmpty())
        parts << tr("%1 s").arg(s % 60);
    return parts.join(u' ');
}

} // namespace snapline
