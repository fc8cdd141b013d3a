<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupActionText</name>
    <message numerus="yes">
        <source>Keep snapshot %1 of %2 for %n day(s)</source>
        <translation>
            <numerusform>Keep snapshot %1 of %2 for %n day</numerusform>
            <numerusform>Keep snapshot %1 of %2 for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceLocks</name>
    <message numerus="yes">
        <source>Point-in-time restore must stay on with a window of at least %n day(s).</source>
        <translation>
            <numerusform>Point-in-time restore must stay on with a window of at least %n day.</numerusform>
            <numerusform>Point-in-time restore must stay on with a window of at least %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceReportBuilder</name>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>point-in-time restore with a window of at least %n day</numerusform>
            <numerusform>point-in-time restore with a window of at least %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy: a snapshot&apos;s retention can be extended but not shortened (it is kept %n day(s) today).</source>
        <translation>
            <numerusform>This project has a Backup Compliance Policy: a snapshot&apos;s retention can be extended but not shortened (it is kept %n day today).</numerusform>
            <numerusform>This project has a Backup Compliance Policy: a snapshot&apos;s retention can be extended but not shortened (it is kept %n days today).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy keeps on-demand snapshots at least %1; ask for %n day(s) or more.</source>
        <translation>
            <numerusform>The Backup Compliance Policy keeps on-demand snapshots at least %1; ask for %n day or more.</numerusform>
            <numerusform>The Backup Compliance Policy keeps on-demand snapshots at least %1; ask for %n days or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires continuous cloud backup (point in time) with a restore window of at least %n day(s); it cannot be turned off.</source>
        <translation>
            <numerusform>The Backup Compliance Policy requires continuous cloud backup (point in time) with a restore window of at least %n day; it cannot be turned off.</numerusform>
            <numerusform>The Backup Compliance Policy requires continuous cloud backup (point in time) with a restore window of at least %n days; it cannot be turned off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy and still holds %n snapshot(s); it cannot be deleted until they have all expired.</source>
        <translation>
            <numerusform>This project has a Backup Compliance Policy and still holds %n snapshot; it cannot be deleted until they have all expired.</numerusform>
            <numerusform>This project has a Backup Compliance Policy and still holds %n snapshots; it cannot be deleted until they have all expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Point in time stays on, with a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>Point in time stays on, with a restore window of at least %n day.</numerusform>
            <numerusform>Point in time stays on, with a restore window of at least %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageReportBuilder</name>
    <message numerus="yes">
        <source>%n snapshot(s), one row each, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>%n snapshot, one row, in the CSV and JSON exports of this report.</numerusform>
            <numerusform>%n snapshots, one row each, in the CSV and JSON exports of this report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Largest gaps between restorable points (the %n worst clusters)</source>
        <translation>
            <numerusform>Largest gaps between restorable points (the %n worst clusters)</numerusform>
            <numerusform>Largest gaps between restorable points (the %n worst clusters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message numerus="yes">
        <source>This report has %n table(s); write it to a folder or a .zip file, not to one .csv file.</source>
        <translation>
            <numerusform>This report has %n table; write it to a folder or a .zip file, not to one .csv file.</numerusform>
            <numerusform>This report has %n tables; write it to a folder or a .zip file, not to one .csv file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>in %n d</numerusform>
            <numerusform>in %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorText</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sharded (%n shard(s))</source>
        <translation>
            <numerusform>sharded (%n shard)</numerusform>
            <numerusform>sharded (%n shards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s), %1</source>
        <translation>
            <numerusform>%Ln snapshot, %1</numerusform>
            <numerusform>%Ln snapshots, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PitRules</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDiffer</name>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widens the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>Widens the point-in-time restore window to %n day (from %1).</numerusform>
            <numerusform>Widens the point-in-time restore window to %n days (from %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Narrows the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>Narrows the point-in-time restore window to %n day (from %1).</numerusform>
            <numerusform>Narrows the point-in-time restore window to %n days (from %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyEstimate</name>
    <message numerus="yes">
        <source>About %n snapshot(s) kept at once</source>
        <translation>
            <numerusform>About %n snapshot kept at once</numerusform>
            <numerusform>About %n snapshots kept at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyValidation</name>
    <message numerus="yes">
        <source>every %n hour(s), kept %1</source>
        <translation>
            <numerusform>every %n hour, kept %1</numerusform>
            <numerusform>every %n hours, kept %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On NVMe clusters the hourly snapshot interval must be 12 hours, not %n hour(s).</source>
        <translation>
            <numerusform>On NVMe clusters the hourly snapshot interval must be 12 hours, not %n hour.</numerusform>
            <numerusform>On NVMe clusters the hourly snapshot interval must be 12 hours, not %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The restore window (%n day(s)) cannot be longer than the hourly snapshots are kept (%1).</source>
        <translation>
            <numerusform>The restore window (%n day) cannot be longer than the hourly snapshots are kept (%1).</numerusform>
            <numerusform>The restore window (%n days) cannot be longer than the hourly snapshots are kept (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>The Backup Compliance Policy requires a restore window of at least %n day.</numerusform>
            <numerusform>The Backup Compliance Policy requires a restore window of at least %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostureText</name>
    <message numerus="yes">
        <source>The point-in-time history has %n gap(s) in the restore window (the last %1); the longest lasts %2 from %3. Moments inside a gap cannot be restored.</source>
        <translation>
            <numerusform>The point-in-time history has %n gap in the restore window (the last %1); the longest lasts %2 from %3. Moments inside a gap cannot be restored.</numerusform>
            <numerusform>The point-in-time history has %n gaps in the restore window (the last %1); the longest lasts %2 from %3. Moments inside a gap cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed in the last 24 hours. Check the cluster&apos;s backup events.</source>
        <translation>
            <numerusform>%n snapshot failed in the last 24 hours. Check the cluster&apos;s backup events.</numerusform>
            <numerusform>%n snapshots failed in the last 24 hours. Check the cluster&apos;s backup events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>point in time off, needs %n day(s)</source>
        <translation>
            <numerusform>point in time off, needs %n day</numerusform>
            <numerusform>point in time off, needs %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>point-in-time restore with a window of at least %n day</numerusform>
            <numerusform>point-in-time restore with a window of at least %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PIT gaps (%n)</source>
        <translation>
            <numerusform>PIT gaps (%n)</numerusform>
            <numerusform>PIT gaps (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in 24 h</source>
        <translation>
            <numerusform>%n failed in 24 h</numerusform>
            <numerusform>%n failed in 24 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message numerus="yes">
        <source>All %n file(s) match the manifest.</source>
        <translation>
            <numerusform>The file matches the manifest.</numerusform>
            <numerusform>All %n files match the manifest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreText</name>
    <message numerus="yes">
        <source>Atlas finished %1 after %2; %n download link(s) ready.</source>
        <translation>
            <numerusform>Atlas finished %1 after %2; %n download link ready.</numerusform>
            <numerusform>Atlas finished %1 after %2; %n download links ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotRules</name>
    <message numerus="yes">
        <source>Snapshot %1 will be kept %n day(s) instead of %2.</source>
        <translation>
            <numerusform>Snapshot %1 will be kept %n day instead of %2.</numerusform>
            <numerusform>Snapshot %1 will be kept %n days instead of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageReportBuilder</name>
    <message numerus="yes">
        <source>%n row(s), one per cluster and day, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>%n row, one per cluster and day, in the CSV and JSON exports of this report.</numerusform>
            <numerusform>%n rows, one per cluster and day, in the CSV and JSON exports of this report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest clusters at the end of the period</source>
        <translation>
            <numerusform>The %n largest clusters at the end of the period</numerusform>
            <numerusform>The %n largest clusters at the end of the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in this lane between %1 and %2</source>
        <translation>
            <numerusform>%n snapshot in this lane between %1 and %2</numerusform>
            <numerusform>%n snapshots in this lane between %1 and %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; point-in-time restore window from %1 to %2, %n gap(s)</source>
        <translation>
            <numerusform>; point-in-time restore window from %1 to %2, %n gap</numerusform>
            <numerusform>; point-in-time restore window from %1 to %2, %n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %Ln snapshot(s) from %1 to %2</source>
        <translation>
            <numerusform>Timeline: %Ln snapshot from %1 to %2</numerusform>
            <numerusform>Timeline: %Ln snapshots from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallback</source>
        <translation>
            <numerusform>%n fallback</numerusform>
            <numerusform>%n fallback</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyRules</name>
    <message numerus="yes">
        <source>This is a snapshot of a sharded cluster (%n shard(s)); it can only be restored to a sharded cluster with the same number of shards, and %1 is a replica set.</source>
        <translation>
            <numerusform>This is a snapshot of a sharded cluster (%n shard); it can only be restored to a sharded cluster with the same number of shards, and %1 is a replica set.</numerusform>
            <numerusform>This is a snapshot of a sharded cluster (%n shards); it can only be restored to a sharded cluster with the same number of shards, and %1 is a replica set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The snapshot has %n shard(s) but the target cluster %1 has %2; a sharded snapshot can only be restored to a cluster with the same number of shards.</source>
        <translation>
            <numerusform>The snapshot has %n shard but the target cluster %1 has %2; a sharded snapshot can only be restored to a cluster with the same number of shards.</numerusform>
            <numerusform>The snapshot has %n shards but the target cluster %1 has %2; a sharded snapshot can only be restored to a cluster with the same number of shards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictFormat</name>
    <message numerus="yes">
        <source>REFUSED: %1 (%n reason(s))</source>
        <translation>
            <numerusform>REFUSED: %1 (%n reason)</numerusform>
            <numerusform>REFUSED: %1 (%n reasons)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::AtlasCliImportDialog</name>
    <message numerus="yes">
        <source>%n profile(s) found. Choose the ones to import.</source>
        <translation>
            <numerusform>%n profile found. Choose the ones to import.</numerusform>
            <numerusform>%n profiles found. Choose the ones to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::ChangeRetentionDialog</name>
    <message numerus="yes">
        <source>Snapshot %1 of %2, taken %3, is kept %n day(s), until %4.</source>
        <translation>
            <numerusform>Snapshot %1 of %2, taken %3, is kept %n day, until %4.</numerusform>
            <numerusform>Snapshot %1 of %2, taken %3, is kept %n days, until %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::ClusterPage</name>
    <message numerus="yes">
        <source>sharded, %n shard(s)</source>
        <translation>
            <numerusform>sharded, %n shard</numerusform>
            <numerusform>sharded, %n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>point in time: %n day(s) window</source>
        <translation>
            <numerusform>point in time: %n day window</numerusform>
            <numerusform>point in time: %n days window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in the catalog.</source>
        <translation>
            <numerusform>%n snapshot in the catalog.</numerusform>
            <numerusform>%n snapshots in the catalog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Point-in-time restore window: %n day(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Point-in-time restore window: %n day.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Point-in-time restore window: %n days.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleSession</name>
    <message numerus="yes">
        <source>Synced %n project(s)</source>
        <translation>
            <numerusform>Synced %n project</numerusform>
            <numerusform>Synced %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) read</source>
        <translation>
            <numerusform>%n snapshot read</numerusform>
            <numerusform>%n snapshots read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s): </source>
        <translation>
            <numerusform> — %n warning: </numerusform>
            <numerusform> — %n warnings: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleStatusBar</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::JobListModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::PolicyEditorDialog</name>
    <message numerus="yes">
        <source>%1: %n snapshot(s)</source>
        <translation>
            <numerusform>%1: %n snapshot</numerusform>
            <numerusform>%1: %n snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::PosturePage</name>
    <message numerus="yes">
        <source>%1 — backup posture of %n cluster(s)</source>
        <translation>
            <numerusform>%1 — backup posture of %n cluster</numerusform>
            <numerusform>%1 — backup posture of %n clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCandidateModel</name>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible, with %n warning(s)</source>
        <translation>
            <numerusform>Possible, with %n warning</numerusform>
            <numerusform>Possible, with %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::RestoreDurationChartView</name>
    <message numerus="yes">
        <source>%n restore job(s); the longest took %1; %2 failed.</source>
        <translation>
            <numerusform>%n restore job; the longest took %1; %2 failed.</numerusform>
            <numerusform>%n restore jobs; the longest took %1; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore job(s) still running, not shown.</source>
        <translation>
            <numerusform>%n restore job still running, not shown.</numerusform>
            <numerusform>%n restore jobs still running, not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing only the newest %n job(s).</source>
        <translation>
            <numerusform>Showing only the newest %n job.</numerusform>
            <numerusform>Showing only the newest %n jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::RestoreTargetPage</name>
    <message numerus="yes">
        <source>%1 of %n cluster(s) can take this restore.</source>
        <translation>
            <numerusform>%1 of %n cluster can take this restore.</numerusform>
            <numerusform>%1 of %n clusters can take this restore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::SnapshotCountChartView</name>
    <message numerus="yes">
        <source>No snapshots were taken in the last %n day(s).</source>
        <translation>
            <numerusform>No snapshots were taken in the last %n day.</numerusform>
            <numerusform>No snapshots were taken in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) still being taken, not counted yet.</source>
        <translation>
            <numerusform>%n snapshot still being taken, not counted yet.</numerusform>
            <numerusform>%n snapshots still being taken, not counted yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n snapshot(s) completed, %3 failed.</source>
        <translation>
            <numerusform>%1 to %2: %n snapshot completed, %3 failed.</numerusform>
            <numerusform>%1 to %2: %n snapshots completed, %3 failed.</numerusform>
        </translation>
    </message>
</context>
</TS>
