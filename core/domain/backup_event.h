#pragma once

#include <QDateTime>
#include <QString>

namespace snapline {

// One backup-related entry of a project's event feed (CPS_*, TENANT_* …).
// Atlas's event views differ per type, so only the fields the console shows
// are kept; the ones a type does not carry stay empty.
struct BackupEvent
{
    QString id;
    QString eventTypeName; // e.g. CPS_SNAPSHOT_SUCCESSFUL; the list changes often, so not an enum
    QDateTime created;
    QString clusterName;
    QString snapshotId;
    QString restoreJobId;
    QString actor;   // username, or the API key's public key
    QString summary; // one human line, made when the event was mapped

    bool operator==(const BackupEvent &) const = default;
};

} // namespace snapline
