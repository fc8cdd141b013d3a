#pragma once

#include <QDateTime>
#include <QStringList>

namespace snapline {

// What one sync did: how much it read and wrote, which scopes changed (so
// models can reload just those), and what it could not read.
struct SyncReport
{
    int projects = 0;
    int clusters = 0;
    qint64 snapshotsRead = 0;
    qint64 snapshotsRemoved = 0;
    int requests = 0;
    qint64 elapsedMs = 0;
    QStringList changedScopes; // SyncScope strings
    QStringList warnings;      // per-cluster problems that did not stop the sync, in plain words

    void add(const SyncReport &other);
};

} // namespace snapline
