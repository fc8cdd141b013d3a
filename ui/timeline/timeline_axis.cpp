#include "timeline/timeline_axis.h"

#include <QDateTime>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace snapline {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kMonth = 2'629'746'000; // the Gregorian average, only to choose a step
constexpr qint64 kYear = 12 * kMonth;
// 1970-01-05 was a Monday: weeks start there.
constexpr qint64 kFirstMonday = 4 * kDay;

enum class Unit { Fixed, Week, Month, Year };

struct Step
{
    qint64 nominalMs;
    Unit unit;
    int count; // months or years per step
};

constexpr std::array kSteps{
        Step{kMinute, Unit::Fixed, 0},      Step{5 * kMinute, Unit::Fixed, 0},
        Step{15 * kMinute, Unit::Fixed, 0}, Step{30 * kMinute, Unit::Fixed, 0},
        Step{kHour, Unit::Fixed, 0},        Step{3 * kHour, Unit::Fixed, 0},
        Step{6 * kHour, Unit::Fixed, 0},    Step{12 * kHour, Unit::Fixed, 0},
        Step{kDay, Unit::Fixed, 0},         Step{2 * kDay, Unit::Fixed, 0},
        Step{kWeek, Unit::Week, 0},         Step{kMonth, Unit::Month, 1},
        Step{3 * kMonth, Unit::Month, 3},   Step{6 * kMonth, Unit::Month, 6},
        Step{kYear, Unit::Year, 1},         Step{2 * kYear, Unit::Year, 2},
        Step{5 * kYear, Unit::Year, 5},     Step{10 * kYear, Unit::Year, 10},
        Step{25 * kYear, Unit::Year, 25},   Step{50 * kYear, Unit::Year, 50},
        Step{100 * kYear, Unit::Year, 100},
};

const Step &chooseStep(qint64 fromMs, qint64 toMs, int widthPx, int minSpacingPx)
{
    const double msPerPx = double(toMs - fromMs) / std::max(1, widthPx);
    for (const Step &step : kSteps) {
        if (double(step.nominalMs) / msPerPx >= minSpacingPx)
            return step;
    }
    return kSteps.back();
}

qint64 ceilTo(qint64 value, qint64 step, qint64 offset)
{
    const qint64 shifted = value - offset;
    qint64 q = shifted / step;
    if (q * step < shifted)
        ++q;
    return q * step + offset;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The first tick carries the date (and the year) so every view says when it is.
QString fixedLabel(qint64 ms, const Step &step, bool first, bool *major)
{
    const QLocale locale;
    const QDateTime t = utc(ms);
    *major = t.time() == QTime(0, 0);
    if (step.nominalMs < kDay && !*major)
        return locale.toString(t, first ? u"d MMM HH:mm"_s : u"HH:mm"_s);
    // The year is written on the first tick and where it changes.
    if (first || t.date().dayOfYear() <= int(step.nominalMs / kDay))
        return locale.toString(t.date(), u"d MMM yyyy"_s);
    return locale.toString(t.date(), u"d MMM"_s);
}

} // namespace

qint64 TimelineAxis::stepMs(qint64 fromMs, qint64 toMs, int widthPx, int minSpacingPx)
{
    return chooseStep(fromMs, toMs, widthPx, minSpacingPx).nominalMs;
}

QList<TimelineTick> TimelineAxis::ticks(qint64 fromMs, qint64 toMs, int widthPx, int minSpacingPx)
{
    QList<TimelineTick> out;
    if (toMs <= fromMs || widthPx <= 0)
        return out;
    const Step &step = chooseStep(fromMs, toMs, widthPx, minSpacingPx);
    const QLocale locale;
    if (step.unit == Unit::Fixed || step.unit == Unit::Week) {
        const qint64 offset = step.unit == Unit::Week ? kFirstMonday : 0;
        for (qint64 t = ceilTo(fromMs, step.nominalMs, offset); t < toMs; t += step.nominalMs) {
            TimelineTick tick{t, {}, false};
            tick.label = fixedLabel(t, step, out.isEmpty(), &tick.major);
            out.append(tick);
        }
        return out;
    }
    // Calendar steps: the first of a month (or January) at a multiple of the step.
    const QDate first = utc(fromMs).date();
    QDate d = step.unit == Unit::Month
            ? QDate(first.year(), 1 + (first.month() - 1) / step.count * step.count, 1)
            : QDate(first.year() / step.count * step.count, 1, 1);
    const int months = step.unit == Unit::Month ? step.count : 12 * step.count;
    for (; d.isValid(); d = d.addMonths(months)) {
        const qint64 t = QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (t >= toMs)
            break;
        if (t < fromMs)
            continue;
        const bool yearStart = d.month() == 1;
        const QString label = step.unit == Unit::Year ? QString::number(d.year())
                : (yearStart || out.isEmpty())        ? locale.toString(d, u"MMM yyyy"_s)
                                                      : locale.toString(d, u"MMM"_s);
        out.append({t, label, yearStart});
    }
    return out;
}

} // namespace snapline
