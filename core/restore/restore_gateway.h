#pragma once

#include "atlas/atlas_api.h"
#include "restore/restore_order.h"

#include <QCoreApplication>

namespace snapline {

// The restore calls for one source cluster, chosen by how it is backed up:
// Cloud Backup (replica sets and sharded clusters), Flex or serverless.
// Everything about a restore job that differs by kind is decided here.
class RestoreGateway
{
    Q_DECLARE_TR_FUNCTIONS(RestoreGateway)

public:
    RestoreGateway(std::shared_ptr<AtlasApi> api, Cluster source);

    // The request `order` becomes, exactly as create() sends it.
    RestoreRequestText request(const RestoreOrder &order) const;
    AtlasApi::Call<RestoreJob> create(const RestoreOrder &order, AtlasApi::Cancel cancel = nullptr) const;
    AtlasApi::Call<QList<RestoreJob>> jobs(AtlasApi::Cancel cancel = nullptr) const;
    AtlasApi::Call<RestoreJob> job(const QString &jobId, AtlasApi::Cancel cancel = nullptr) const;

    // Only Cloud Backup restore jobs of replica sets can be cancelled; Atlas
    // answers 405 for a sharded cluster's, and Flex and serverless have no call.
    bool canCancel() const;
    // Why canCancel() is false, in words.
    QString whyNoCancel() const;
    AtlasApi::Call<Done> cancel(const QString &jobId, AtlasApi::Cancel cancel = nullptr) const;

private:
    enum class Kind { Cloud, Flex, Serverless, Unsupported };
    Kind kind() const;
    AtlasError unsupported() const;

    std::shared_ptr<AtlasApi> m_api;
    Cluster m_source;
};

} // namespace snapline
