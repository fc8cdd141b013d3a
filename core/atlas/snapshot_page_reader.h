#pragma once

#include "domain/snapshot.h"
#include "util/result.h"

#include <QByteArrayView>

namespace snapline {

// One page of a Cloud Backup snapshot listing, read straight from the
// answer's bytes into Snapshots: the same values snapshotFromJson() gives,
// without building a QJsonDocument first, because a sync reads a million of
// them. Fields it does not need (links, members, policy items …) are skipped
// unread; anything that is not well-formed JSON is an error.
struct SnapshotPageRead
{
    QList<Snapshot> snapshots;
    int totalCount = -1; // -1 when the page has none
};

Result<SnapshotPageRead> readSnapshotPage(QByteArrayView json, const QString &clusterName);

} // namespace snapline
