#include "cli/restore_report.h"

#include "console/display_format.h"
#include "preflight/verdict_format.h"

#include <QJsonArray>

namespace snapline {

namespace {

QJsonValue timeOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(moment.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue pointJson(const std::optional<PointInTime> &point)
{
    if (!point)
        return QJsonValue::Null;
    QJsonObject out{{QStringLiteral("utc"), point->toDateTime().toString(Qt::ISODate)}};
    if (point->isOplog()) {
        out.insert(QStringLiteral("oplogTs"), *point->oplogTs);
        out.insert(QStringLiteral("oplogInc"), point->oplogInc.value_or(0));
    } else {
        out.insert(QStringLiteral("utcSeconds"), point->seconds());
    }
    return out;
}

} // namespace

QString RestoreReport::offlineText(const LiveCheck &live, const QDateTime &now)
{
    const QString asOf = live.catalogAsOf.isValid()
            ? tr("as of %1 (%2)").arg(formatUtc(live.catalogAsOf), formatAge(live.catalogAsOf, now))
            : tr("as last synced (when is not known)");
    return tr("offline: judged from the catalog %1").arg(asOf);
}

QString RestoreReport::checkText(const LiveCheck &live, const QDateTime &now)
{
    const RestoreOrder &order = live.check.order;
    QString text = RestoreOrderText::title(order) + u'\n';
    text += tr("  source:       %1, project %2\n")
                    .arg(RestoreOrderText::source(order), live.sourceProjectName);
    text += tr("  destination:  %1\n").arg(RestoreOrderText::destination(order, live.targetProjectName));
    if (live.offline) {
        text += u"  " + offlineText(live, now) + u'\n';
        text += u"                " + live.offlineReason + u'\n';
        if (live.rolesLearnedAt.isValid())
            text += tr("                roles as Atlas told them %1\n")
                            .arg(formatAge(live.rolesLearnedAt, now));
    } else {
        text += tr("  facts:        read from Atlas just now\n");
    }
    for (const QString &note : live.notes)
        text += tr("  note:         %1\n").arg(note);
    text += VerdictFormat::toText(order.action(), live.check.verdict);
    text += live.check.allowed() ? tr("The request that would be sent:\n")
                                 : tr("The request (refused: it will not be sent):\n");
    text += live.check.request.toText() + u'\n';
    return text;
}

QJsonObject RestoreReport::checkJson(const QString &profileName, const LiveCheck &live)
{
    const RestoreOrder &order = live.check.order;
    const QJsonObject source{{QStringLiteral("projectId"), order.projectId},
                             {QStringLiteral("projectName"), live.sourceProjectName},
                             {QStringLiteral("cluster"), order.clusterName},
                             {QStringLiteral("snapshotId"),
                              order.snapshotId && !order.pointInTime ? QJsonValue(*order.snapshotId)
                                                                     : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("pointInTime"), pointJson(order.pointInTime)}};
    const QJsonObject destination{{QStringLiteral("delivery"), toString(order.delivery)},
                                  {QStringLiteral("projectId"), textOrNull(order.targetProjectId)},
                                  {QStringLiteral("projectName"), textOrNull(live.targetProjectName)},
                                  {QStringLiteral("cluster"), textOrNull(order.targetClusterName)}};
    return {{QStringLiteral("profile"), profileName},
            {QStringLiteral("title"), RestoreOrderText::title(order)},
            {QStringLiteral("source"), source},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("verdict"), VerdictFormat::toJson(order.action(), live.check.verdict)},
            {QStringLiteral("request"), live.check.request.toJson()},
            {QStringLiteral("offline"), live.offline},
            {QStringLiteral("offlineReason"), textOrNull(live.offlineReason)},
            {QStringLiteral("catalogAsOf"), timeOrNull(live.catalogAsOf)},
            {QStringLiteral("rolesLearnedAt"), timeOrNull(live.rolesLearnedAt)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(live.notes)},
            {QStringLiteral("sent"), false},
            {QStringLiteral("job"), QJsonValue::Null}};
}

QJsonObject RestoreReport::jobJson(const RestoreJob &job)
{
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("state"), toString(job.state())},
            {QStringLiteral("deliveryType"), toString(job.deliveryType)},
            {QStringLiteral("targetProjectId"), textOrNull(job.targetProjectId)},
            {QStringLiteral("targetClusterName"), textOrNull(job.targetClusterName)},
            {QStringLiteral("createdAt"), timeOrNull(job.createdAt)},
            {QStringLiteral("finishedAt"), timeOrNull(job.finishedAt)},
            {QStringLiteral("expiresAt"), timeOrNull(job.expiresAt)},
            {QStringLiteral("deliveryUrls"), QJsonArray::fromStringList(job.deliveryUrls)}};
}

QString RestoreReport::deliveryText(const RestoreJob &job, const QDateTime &now)
{
    if (job.deliveryUrls.isEmpty())
        return tr("Atlas lists no download links for restore job %1.\n").arg(job.id);
    QString text = job.expiresAt.isValid()
            ? tr("Download links (they expire %1, %2):\n")
                      .arg(formatUtc(job.expiresAt), formatAge(job.expiresAt, now))
            : tr("Download links:\n");
    for (const QString &url : job.deliveryUrls)
        text += u"  " + url + u'\n';
    return text;
}

} // namespace snapline
