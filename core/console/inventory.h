#pragma once

#include "catalog/sync_state.h"
#include "domain/backup_policy.h"
#include "domain/compliance_policy.h"
#include "domain/organization.h"
#include "rules/proposed_action.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace snapline {

// What the catalog holds about one cluster's snapshots, in one row.
struct SnapshotSummary
{
    qint64 count = 0;      // every snapshot the catalog holds for the cluster
    qint64 totalBytes = 0; // their storage size
    std::optional<QDateTime> lastCompletedAt;
    std::optional<QDateTime> oldestCompletedAt;
    int failedRecently = 0;  // failed in the 24 hours before the inventory was read
    QStringList copyRegions; // the regions holding a copy of the newest snapshot

    bool operator==(const SnapshotSummary &) const = default;
};

// One cluster as the navigator and the posture grid see it.
struct ClusterEntry
{
    ProjectCluster where; // organization, project and the cluster itself
    std::optional<BackupPolicy> policy;
    SnapshotSummary snapshots;
    std::optional<SyncState> sync; // the cluster scope's sync state

    bool operator==(const ClusterEntry &) const = default;
};

struct ProjectEntry
{
    Project project;
    std::optional<CompliancePolicy> compliance; // the project's Backup Compliance Policy, if any
    QList<ClusterEntry> clusters;               // by name
    std::optional<SyncState> sync;

    bool operator==(const ProjectEntry &) const = default;
};

struct OrganizationEntry
{
    Organization organization;
    QList<ProjectEntry> projects; // by name
    std::optional<SyncState> sync;

    bool operator==(const OrganizationEntry &) const = default;
};

// Everything the console shows before a cluster is opened, read from the
// catalog in one go: organizations → projects → clusters with their backup
// facts. Immutable once read; widgets share it through a shared_ptr.
struct Inventory
{
    QDateTime readAt; // the clock's time when it was read ("now" for ages)
    QList<OrganizationEntry> organizations;

    const ProjectEntry *project(const QString &projectId) const
    {
        for (const auto &org : organizations)
            for (const auto &p : org.projects)
                if (p.project.id == projectId)
                    return &p;
        return nullptr;
    }
    const ClusterEntry *cluster(const QString &projectId, const QString &clusterName) const
    {
        if (const ProjectEntry *p = project(projectId))
            for (const auto &c : p->clusters)
                if (c.where.cluster.name == clusterName)
                    return &c;
        return nullptr;
    }
    int clusterCount() const
    {
        int n = 0;
        for (const auto &org : organizations)
            for (const auto &p : org.projects)
                n += int(p.clusters.size());
        return n;
    }
};

} // namespace snapline
