#pragma once

#include "console/cluster_posture.h"
#include "domain/time_range.h"

#include <QCoreApplication>

namespace snapline {

// The words of a cluster's posture: warnings, compliance lines and cells.
// Kept apart from the judging so the rules read as rules.
class PostureText
{
    Q_DECLARE_TR_FUNCTIONS(PostureText)

public:
    static PostureWarning noBackupOnFree();
    static PostureWarning serverlessEndOfLife();
    static PostureWarning legacyBackup();
    static PostureWarning backupDisabled();
    static PostureWarning belowCompliance(const QString &requirement);
    static PostureWarning pitGaps(const TimeRanges &gaps, const TimeRange &window);
    static PostureWarning failedRecently(int count);
    static PostureWarning stale(const std::optional<QDateTime> &last, qint64 intervalSeconds,
                                const QDateTime &now);

    static QString itemMeets(const PolicyItem &item, const PolicyItem &required);
    static QString itemBelow(const PolicyItem &item, const PolicyItem &required);
    static QString itemMissing(const PolicyItem &required);
    static QString pitOffLine(int windowDays);
    static QString restoreWindow(int days, int requiredDays, bool enough);
    static QString backupOff();
    // What a compliance policy requires, for "… which requires %1."
    static QString pitRequired(int windowDays);
    static QString backupRequired();

    static QString pitOff();
    static QString pitWindow(qint64 seconds, bool inHours);
    static QString compliance(ComplianceStanding standing, const QList<ComplianceLine> &lines);
};

} // namespace snapline
