#include "timeline/timeline_text.h"

#include "models/exact_text.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace snapline {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString row(const QString &name, const QString &value)
{
    return u"<tr><td>"_s + name.toHtmlEscaped() + u"</td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
}

QString typeOf(const TimelineSeries &series, int r, const Snapshot *s)
{
    const SnapshotOrigin origin = s                    ? s->origin
            : series.isFallback(r)                     ? SnapshotOrigin::Fallback
            : series.lane(r) == TimelineLane::OnDemand ? SnapshotOrigin::OnDemand
                                                       : SnapshotOrigin::Scheduled;
    switch (origin) {
    case SnapshotOrigin::Scheduled:
        return TimelineText::tr("scheduled");
    case SnapshotOrigin::OnDemand:
        return TimelineText::tr("on demand");
    case SnapshotOrigin::Fallback:
        return TimelineText::tr("fallback (a scheduled snapshot could not be taken consistently)");
    }
    return {};
}

QString statusOf(const TimelineSeries &series, int r, const Snapshot *s)
{
    if (s) {
        switch (s->status) {
        case SnapshotStatus::Queued:
            return TimelineText::tr("queued");
        case SnapshotStatus::InProgress:
            return TimelineText::tr("in progress");
        case SnapshotStatus::Completed:
            return TimelineText::tr("completed");
        case SnapshotStatus::Failed:
            return TimelineText::tr("failed");
        }
    }
    if (series.isFailed(r))
        return TimelineText::tr("failed");
    return series.isPending(r) ? TimelineText::tr("pending") : TimelineText::tr("completed");
}

} // namespace

QString TimelineText::laneName(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::Hourly:
        return tr("Hourly");
    case TimelineLane::Daily:
        return tr("Daily");
    case TimelineLane::Weekly:
        return tr("Weekly");
    case TimelineLane::Monthly:
        return tr("Monthly");
    case TimelineLane::Yearly:
        return tr("Yearly");
    case TimelineLane::OnDemand:
        return tr("On-demand");
    }
    return {};
}

QString TimelineText::laneSnapshotNoun(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::Hourly:
        return tr("hourly snapshot");
    case TimelineLane::Daily:
        return tr("daily snapshot");
    case TimelineLane::Weekly:
        return tr("weekly snapshot");
    case TimelineLane::Monthly:
        return tr("monthly snapshot");
    case TimelineLane::Yearly:
        return tr("yearly snapshot");
    case TimelineLane::OnDemand:
        return tr("on-demand snapshot");
    }
    return {};
}

QString TimelineText::dateTime(qint64 ms)
{
    return tr("%1 UTC").arg(utc(ms).toString(u"yyyy-MM-dd HH:mm"_s));
}

QString TimelineText::dateTimeSeconds(qint64 ms)
{
    return tr("%1 UTC").arg(utc(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString TimelineText::date(qint64 ms)
{
    return QLocale().toString(utc(ms).date(), u"d MMM yyyy"_s);
}

QString TimelineText::duration(qint64 ms)
{
    const qint64 minutes = std::abs(ms) / 60'000;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    const auto days_ = [](qint64 n) { return tr("%n day(s)", nullptr, int(n)); };
    const auto hours_ = [](qint64 n) { return tr("%n hour(s)", nullptr, int(n)); };
    const auto minutes_ = [](qint64 n) { return tr("%n minute(s)", nullptr, int(n)); };
    if (days >= 365)
        return tr("%n year(s)", nullptr, int(days / 365))
                + (days % 365 >= 1 ? u" "_s + days_(days % 365) : QString());
    if (days > 0)
        return days_(days) + (hours % 24 ? u" "_s + hours_(hours % 24) : QString());
    if (hours > 0)
        return hours_(hours) + (minutes % 60 ? u" "_s + minutes_(minutes % 60) : QString());
    if (minutes > 0)
        return minutes_(minutes);
    return tr("less than a minute");
}

QString TimelineText::relative(qint64 ms, qint64 nowMs)
{
    return ms >= nowMs ? tr("in %1").arg(duration(ms - nowMs)) : tr("%1 ago").arg(duration(nowMs - ms));
}

QString TimelineText::snapshotToolTip(const TimelineSeries &series, int r, qint64 nowMs,
                                      const TimelineBucket &bucket, qint64 columnFromMs, qint64 columnToMs)
{
    const Snapshot *s = series.snapshot(r);
    const TimelineLane lane = series.lane(r);
    QString heading = laneSnapshotNoun(lane);
    heading[0] = heading[0].toUpper();
    QString text = u"<b>"_s + heading.toHtmlEscaped() + u"</b><table>"_s;
    text += row(tr("Created"), ExactText::moment(utc(series.createdMs(r))));
    if (const auto expires = series.expiresMs(r)) {
        const QString when = *expires > nowMs ? tr("expires %1").arg(relative(*expires, nowMs))
                                              : tr("expired %1").arg(relative(*expires, nowMs));
        text += row(tr("Expires"), tr("%1, %2").arg(ExactText::moment(utc(*expires)), when));
    } else {
        text += row(tr("Expires"), tr("not set"));
    }
    text += row(tr("Frequency"), laneName(s ? timelineLaneOf(s->frequency) : lane));
    text += row(tr("Type"), typeOf(series, r, s));
    text += row(tr("Status"), statusOf(series, r, s));
    text += row(tr("Size"), ExactText::size(series.sizeBytes(r)));
    if (s && s->mongodVersion.isValid())
        text += row(tr("Version"), s->mongodVersion.toString());
    if (s && !s->description.isEmpty())
        text += row(tr("Description"), s->description);
    if (!series.id(r).isEmpty())
        text += row(tr("ID"), series.id(r));
    text += u"</table>"_s;
    if (bucket.count > 1) {
        QString more = tr("%n snapshot(s) in this lane between %1 and %2", nullptr, bucket.count)
                               .arg(dateTime(columnFromMs), dateTime(columnToMs));
        if (bucket.failed > 0)
            more += u"; "_s + tr("%n failed", nullptr, bucket.failed);
        if (bucket.fallback > 0)
            more += u"; "_s + tr("%n fallback", nullptr, bucket.fallback);
        text += u"<p><i>"_s + more.toHtmlEscaped() + tr(" — zoom in to tell them apart.").toHtmlEscaped()
                + u"</i></p>"_s;
    }
    return text;
}

QString TimelineText::pitToolTip(TimelinePit::State state, const TimelineSpan &span)
{
    const QString from = dateTimeSeconds(span.fromMs);
    const QString to = dateTimeSeconds(span.toMs);
    switch (state) {
    case TimelinePit::State::None:
        return {};
    case TimelinePit::State::Restorable:
        return tr("Restorable: any second from %1 to %2").arg(from, to);
    case TimelinePit::State::Gap:
        return tr("Gap: no oplog from %1 to %2, not restorable").arg(from, to);
    case TimelinePit::State::Unavailable:
        return tr("Not restorable from %1 to %2: outside the oplog Atlas kept").arg(from, to);
    case TimelinePit::State::Blackout:
        return tr("Blackout: a restore was running from %1 to %2; not restorable").arg(from, to);
    }
    return {};
}

QString TimelineText::accessibleDescription(const TimelineSeries *series, int selectedRow)
{
    if (!series || series->isEmpty())
        return tr("Timeline: no snapshots");
    QString text = tr("Timeline: %Ln snapshot(s) from %1 to %2", nullptr, series->size())
                           .arg(date(series->firstMs()), date(series->lastMs()));
    if (series->pit().isEmpty() == false)
        text += tr("; point-in-time restore window from %1 to %2, %n gap(s)", nullptr,
                   int(series->pit().gaps().size()))
                        .arg(dateTime(series->pit().window().fromMs), dateTime(series->pit().window().toMs));
    if (selectedRow >= 0 && selectedRow < series->size())
        text += tr("; selected: %1").arg(accessibleValue(series, selectedRow));
    return text;
}

QString TimelineText::accessibleValue(const TimelineSeries *series, int selectedRow)
{
    if (!series || selectedRow < 0 || selectedRow >= series->size())
        return tr("no snapshot selected");
    QString status;
    if (series->isFailed(selectedRow))
        status = tr(", failed");
    else if (series->isFallback(selectedRow))
        status = tr(", fallback");
    return tr("%1 of %2%3")
            .arg(laneSnapshotNoun(series->lane(selectedRow)), dateTime(series->createdMs(selectedRow)),
                 status);
}

} // namespace snapline
