#pragma once

#include <QDateTime>
#include <QString>

namespace snapline {

// Where the sync of one scope stands, so the next run can be incremental and
// the console can say how old what it shows is.
struct SyncState
{
    QDateTime lastFullSync; // invalid until a full listing has been written
    QString etag;           // the last ETag Atlas answered, for If-None-Match
    QString lastSeenMarker; // e.g. the newest snapshot id or event time already stored
    QString lastError;      // the last failure in plain words; empty after a clean run
    QDateTime lastSync;     // when this state was stored, i.e. the last sync of any kind (set by the catalog)

    // Equal in what a sync sets; lastSync is the catalog's stamp.
    bool operator==(const SyncState &other) const
    {
        return lastFullSync == other.lastFullSync && etag == other.etag
                && lastSeenMarker == other.lastSeenMarker && lastError == other.lastError;
    }
};

// The scope strings sync states are kept under.
namespace SyncScope {
QString organization(const QString &orgId);                            // "org:<id>"
QString project(const QString &projectId);                             // "project:<id>"
QString cluster(const QString &projectId, const QString &clusterName); // "cluster:<projectId>/<name>"
} // namespace SyncScope

} // namespace snapline
