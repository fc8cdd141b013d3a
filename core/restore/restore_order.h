#pragma once

#include "atlas/backup_json.h"
#include "rules/proposed_action.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace snapline {

// One restore as the person chose it: the source cluster, what to restore
// (a snapshot or a moment), how (into a cluster or as a download) and into
// which cluster. The wizard, the command line and the job all speak it.
struct RestoreOrder
{
    QString projectId;   // the source cluster's project
    QString clusterName; // the source cluster
    std::optional<QString> snapshotId;
    std::optional<PointInTime> pointInTime;
    DeliveryType delivery = DeliveryType::Automated; // Automated or Download
    QString targetProjectId;                         // automated delivery only
    QString targetClusterName;

    bool isDownload() const { return delivery == DeliveryType::Download; }
    bool hasTarget() const { return !isDownload() && !targetClusterName.isEmpty(); }
    // The same order into another cluster (candidates are judged this way).
    RestoreOrder withTarget(const QString &intoProjectId, const QString &intoCluster) const;

    // What the planner judges.
    ProposedAction action() const;
    // The body's fields, for a Cloud Backup restore (Flex and serverless use their own calls).
    RestoreRequest atlasRequest() const;
    // Two orders that would make the same restore job (a second one is a duplicate).
    QString fingerprint() const;

    bool operator==(const RestoreOrder &) const = default;
};

// The request a RestoreOrder becomes for a source of a given backup kind:
// the method, the path and the body, exactly as they go to Atlas.
struct RestoreRequestText
{
    QString method;
    QString path;
    QJsonObject body;

    // "POST /api/atlas/v2/groups/…/restoreJobs" and the body, indented.
    QString toText() const;
    // {"method", "path", "body"}, for the audit log and JSON output.
    QJsonObject toJson() const;
};

// The sentences about a RestoreOrder, in one translation context.
class RestoreOrderText
{
    Q_DECLARE_TR_FUNCTIONS(RestoreOrderText)

public:
    // "Restore payments-api into platform-target", "Download a snapshot of payments-api".
    static QString title(const RestoreOrder &order);
    // "snapshot 6650… of payments-api" or "payments-api as of 2026-11-20 14:03:07 UTC".
    static QString source(const RestoreOrder &order);
    // "platform-target (Platform-Dev)" or "download links".
    static QString destination(const RestoreOrder &order, const QString &targetProjectName = {});
};

} // namespace snapline
