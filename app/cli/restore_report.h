#pragma once

#include "cli/live_preflight.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace snapline {

// How the live commands print a judged restore and the Atlas job it became:
// lines for people (the same verdict, source, destination and request the
// wizard shows) and one JSON object with stable field names for programs.
class RestoreReport
{
    Q_DECLARE_TR_FUNCTIONS(RestoreReport)

public:
    // What is restored where, where the facts came from, the verdict, and the request.
    static QString checkText(const LiveCheck &live, const QDateTime &now);
    // {"profile", "title", "source", "destination", "verdict", "request", "offline", "offlineReason",
    //  "catalogAsOf", "rolesLearnedAt", "notes", "sent": false, "job": null}
    static QJsonObject checkJson(const QString &profileName, const LiveCheck &live);
    // {"id", "state", "deliveryType", "targetProjectId", "targetClusterName", "createdAt", "finishedAt",
    //  "expiresAt", "deliveryUrls"}
    static QJsonObject jobJson(const RestoreJob &job);
    // A finished download's links and when they expire.
    static QString deliveryText(const RestoreJob &job, const QDateTime &now);
    // "offline: judged from the catalog as of 2026-11-20 14:03 UTC (3 h ago)".
    static QString offlineText(const LiveCheck &live, const QDateTime &now);
};

} // namespace snapline
