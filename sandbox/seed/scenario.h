#pragma once

#include "domain/backup_policy.h"

#include <QList>
#include <QString>

namespace snapline::sandbox {

// One cluster of the seeded organization, as the scenario describes it.
struct ClusterSpec
{
    QString project;
    QString name;
    QString tier;
    QString provider;
    QString region;
    int shards = 0; // 0: replica set
    QString version;
    QString fcvPinned;
    // An upgrade in the history: snapshots older than `upgradedDaysAgo` days
    // ran `previousVersion`.
    QString previousVersion;
    int upgradedDaysAgo = 0;
    QString backupKind;
    int restoreWindowDays = 0;
    QString encryption = QStringLiteral("NONE");
    qint64 collections = 1200;
    double dataGb = 20;
};

// The default organization: every row of the restore rules (§3), on three
// projects, one of them under a Backup Compliance Policy.
struct Scenario
{
    QString orgName;
    QStringList projects; // names; the first is under the compliance policy
    QString complianceProject;
    QList<ClusterSpec> clusters;

    static Scenario defaultOrganization();
    // About `clusterCount` dedicated clusters spread over projects of 50, for
    // benchmarks; each keeps about 500 snapshots.
    static Scenario large(int clusterCount = 2000);
};

// The schedule a seeded cluster runs: the Atlas default, stretched where the
// scenario needs longer retention (PIT windows, the compliance minimum, or a
// dense history for the large scenario).
BackupPolicy seededPolicy(const ClusterSpec &spec, bool dense);

} // namespace snapline::sandbox
