<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>restore a backup</source>
        <translation>ein Backup wiederherzustellen</translation>
    </message>
    <message>
        <source>take an on-demand snapshot</source>
        <translation>einen On-Demand-Snapshot zu erstellen</translation>
    </message>
    <message>
        <source>delete a snapshot</source>
        <translation>einen Snapshot zu löschen</translation>
    </message>
    <message>
        <source>change a snapshot&apos;s retention</source>
        <translation>die Aufbewahrung eines Snapshots zu ändern</translation>
    </message>
    <message>
        <source>export a snapshot to a bucket</source>
        <translation>einen Snapshot in einen Bucket zu exportieren</translation>
    </message>
    <message>
        <source>edit the backup policy</source>
        <translation>die Backup-Richtlinie zu bearbeiten</translation>
    </message>
    <message>
        <source>delete the backup policy</source>
        <translation>die Backup-Richtlinie zu löschen</translation>
    </message>
    <message>
        <source>turn off Cloud Backup</source>
        <translation>Cloud Backup zu deaktivieren</translation>
    </message>
    <message>
        <source>turn off continuous backup (point in time)</source>
        <translation>kontinuierliches Backup (Point-in-Time) zu deaktivieren</translation>
    </message>
    <message>
        <source>change the cluster tier</source>
        <translation>die Tarifstufe des Clusters zu ändern</translation>
    </message>
    <message>
        <source>enable the Backup Compliance Policy</source>
        <translation>die Backup Compliance Policy zu aktivieren</translation>
    </message>
    <message>
        <source>turn off the Backup Compliance Policy</source>
        <translation>die Backup Compliance Policy zu deaktivieren</translation>
    </message>
    <message>
        <source>delete the project</source>
        <translation>das Projekt zu löschen</translation>
    </message>
    <message>
        <source>turn on Cloud Backup</source>
        <translation>Cloud Backup zu aktivieren</translation>
    </message>
    <message>
        <source>turn on continuous backup (point in time)</source>
        <translation>kontinuierliches Backup (Point-in-Time) zu aktivieren</translation>
    </message>
</context>
<context>
    <name>ActionFacts</name>
    <message>
        <source>Cluster %1 is not in the catalog; sync its project and try again.</source>
        <translation>Cluster %1 ist nicht im Katalog; synchronisieren Sie sein Projekt und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 is no longer in the catalog: it may have expired or been deleted. Refresh the cluster and try again.</source>
        <translation>Snapshot %1 von %2 ist nicht mehr im Katalog: Er ist möglicherweise abgelaufen oder wurde gelöscht. Aktualisieren Sie den Cluster und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>AtlasApi</name>
    <message>
        <source>read who these credentials are</source>
        <translation>die Identität dieser Anmeldedaten abzufragen</translation>
    </message>
    <message>
        <source>read the service account&apos;s roles in project %1</source>
        <translation>die Rollen des Dienstkontos im Projekt %1 zu lesen</translation>
    </message>
    <message>
        <source>list the organizations</source>
        <translation>die Organisationen aufzulisten</translation>
    </message>
    <message>
        <source>read organization %1</source>
        <translation>die Organisation %1 zu lesen</translation>
    </message>
    <message>
        <source>list the projects of organization %1</source>
        <translation>die Projekte der Organisation %1 aufzulisten</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation>die Projekte aufzulisten</translation>
    </message>
    <message>
        <source>read project %1</source>
        <translation>das Projekt %1 zu lesen</translation>
    </message>
    <message>
        <source>list the clusters of project %1</source>
        <translation>die Cluster des Projekts %1 aufzulisten</translation>
    </message>
    <message>
        <source>read cluster %1</source>
        <translation>den Cluster %1 zu lesen</translation>
    </message>
    <message>
        <source>change the backup settings of cluster %1</source>
        <translation>die Backup-Einstellungen des Clusters %1 zu ändern</translation>
    </message>
    <message>
        <source>list the Flex clusters of project %1</source>
        <translation>die Flex-Cluster des Projekts %1 aufzulisten</translation>
    </message>
    <message>
        <source>read Flex cluster %1</source>
        <translation>den Flex-Cluster %1 zu lesen</translation>
    </message>
    <message>
        <source>list the serverless instances of project %1</source>
        <translation>die Serverless-Instanzen des Projekts %1 aufzulisten</translation>
    </message>
    <message>
        <source>read serverless instance %1</source>
        <translation>die Serverless-Instanz %1 zu lesen</translation>
    </message>
    <message>
        <source>list the export buckets of project %1</source>
        <translation>die Export-Buckets des Projekts %1 aufzulisten</translation>
    </message>
    <message>
        <source>read export bucket %1</source>
        <translation>den Export-Bucket %1 zu lesen</translation>
    </message>
    <message>
        <source>add export bucket %1</source>
        <translation>den Export-Bucket %1 hinzuzufügen</translation>
    </message>
    <message>
        <source>change export bucket %1</source>
        <translation>den Export-Bucket %1 zu ändern</translation>
    </message>
    <message>
        <source>remove export bucket %1</source>
        <translation>den Export-Bucket %1 zu entfernen</translation>
    </message>
    <message>
        <source>list the snapshot exports of cluster %1</source>
        <translation>die Snapshot-Exporte des Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>read export job %1</source>
        <translation>den Exportauftrag %1 zu lesen</translation>
    </message>
    <message>
        <source>export snapshot %1</source>
        <translation>den Snapshot %1 zu exportieren</translation>
    </message>
    <message>
        <source>read the events of project %1</source>
        <translation>die Ereignisse des Projekts %1 zu lesen</translation>
    </message>
    <message>
        <source>read event %1</source>
        <translation>das Ereignis %1 zu lesen</translation>
    </message>
    <message>
        <source>list the legacy snapshots of cluster %1</source>
        <translation>die Legacy-Snapshots des Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>read legacy snapshot %1</source>
        <translation>den Legacy-Snapshot %1 zu lesen</translation>
    </message>
    <message>
        <source>change how long legacy snapshot %1 is kept</source>
        <translation>die Aufbewahrungsdauer des Legacy-Snapshots %1 zu ändern</translation>
    </message>
    <message>
        <source>delete legacy snapshot %1</source>
        <translation>den Legacy-Snapshot %1 zu löschen</translation>
    </message>
    <message>
        <source>list the checkpoints of cluster %1</source>
        <translation>die Checkpoints des Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>read checkpoint %1</source>
        <translation>den Checkpoint %1 zu lesen</translation>
    </message>
    <message>
        <source>list the restore jobs of cluster %1</source>
        <translation>die Wiederherstellungsaufträge des Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>read restore job %1</source>
        <translation>den Wiederherstellungsauftrag %1 zu lesen</translation>
    </message>
    <message>
        <source>start a restore from cluster %1</source>
        <translation>eine Wiederherstellung aus dem Cluster %1 zu starten</translation>
    </message>
    <message>
        <source>cancel restore job %1</source>
        <translation>den Wiederherstellungsauftrag %1 abzubrechen</translation>
    </message>
    <message>
        <source>read the Backup Compliance Policy of project %1</source>
        <translation>die Backup Compliance Policy des Projekts %1 zu lesen</translation>
    </message>
    <message>
        <source>set the Backup Compliance Policy of project %1</source>
        <translation>die Backup Compliance Policy des Projekts %1 festzulegen</translation>
    </message>
    <message>
        <source>disable the Backup Compliance Policy of project %1</source>
        <translation>die Backup Compliance Policy des Projekts %1 zu deaktivieren</translation>
    </message>
    <message>
        <source>list the snapshots of Flex cluster %1</source>
        <translation>die Snapshots des Flex-Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>read snapshot %1</source>
        <translation>den Snapshot %1 zu lesen</translation>
    </message>
    <message>
        <source>list the restore jobs of Flex cluster %1</source>
        <translation>die Wiederherstellungsaufträge des Flex-Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>start a restore from Flex cluster %1</source>
        <translation>eine Wiederherstellung aus dem Flex-Cluster %1 zu starten</translation>
    </message>
    <message>
        <source>prepare a download of snapshot %1</source>
        <translation>einen Download des Snapshots %1 vorzubereiten</translation>
    </message>
    <message>
        <source>list the snapshots of serverless instance %1</source>
        <translation>die Snapshots der Serverless-Instanz %1 aufzulisten</translation>
    </message>
    <message>
        <source>list the restore jobs of serverless instance %1</source>
        <translation>die Wiederherstellungsaufträge der Serverless-Instanz %1 aufzulisten</translation>
    </message>
    <message>
        <source>start a restore from serverless instance %1</source>
        <translation>eine Wiederherstellung aus der Serverless-Instanz %1 zu starten</translation>
    </message>
    <message>
        <source>list the snapshots of cluster %1</source>
        <translation>die Snapshots des Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>list the snapshots of sharded cluster %1</source>
        <translation>die Snapshots des Sharded Clusters %1 aufzulisten</translation>
    </message>
    <message>
        <source>find the snapshot of cluster %1 closest to a point in time</source>
        <translation>den Snapshot des Clusters %1 zu finden, der einem Zeitpunkt am nächsten liegt</translation>
    </message>
    <message>
        <source>take an on-demand snapshot of cluster %1</source>
        <translation>einen On-Demand-Snapshot des Clusters %1 zu erstellen</translation>
    </message>
    <message>
        <source>change how long snapshot %1 is kept</source>
        <translation>die Aufbewahrungsdauer des Snapshots %1 zu ändern</translation>
    </message>
    <message>
        <source>delete snapshot %1</source>
        <translation>den Snapshot %1 zu löschen</translation>
    </message>
    <message>
        <source>read the backup policy of cluster %1</source>
        <translation>die Backup-Richtlinie des Clusters %1 zu lesen</translation>
    </message>
    <message>
        <source>change the backup policy of cluster %1</source>
        <translation>die Backup-Richtlinie des Clusters %1 zu ändern</translation>
    </message>
    <message>
        <source>remove every item of the backup policy of cluster %1</source>
        <translation>alle Einträge der Backup-Richtlinie des Clusters %1 zu entfernen</translation>
    </message>
</context>
<context>
    <name>AtlasCliImport</name>
    <message>
        <source>The key %1 (line %2) should be text; it was ignored.</source>
        <translation>Der Schlüssel %1 (Zeile %2) muss Text sein; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>There is no Atlas CLI configuration at %1.</source>
        <translation>Unter %1 gibt es keine Konfiguration der Atlas CLI.</translation>
    </message>
    <message>
        <source>The Atlas CLI configuration %1 cannot be read: %2.</source>
        <translation>Die Konfigurationsdatei %1 der Atlas CLI kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The Atlas CLI configuration %1 is not valid TOML (line %2, column %3): %4.</source>
        <translation>Die Konfigurationsdatei %1 der Atlas CLI ist kein gültiges TOML (Zeile %2, Spalte %3): %4.</translation>
    </message>
</context>
<context>
    <name>AtlasErrorText</name>
    <message>
        <source>Cancelled while trying to %1.</source>
        <translation>Abgebrochen beim Versuch, %1.</translation>
    </message>
    <message>
        <source>Atlas sent an answer Snapline cannot read while trying to %1 (%2).</source>
        <translation>Beim Versuch, %1, hat Atlas eine Antwort gesendet, die Snapline nicht lesen kann (%2).</translation>
    </message>
    <message>
        <source> Atlas says: %1</source>
        <translation> Atlas meldet: %1</translation>
    </message>
    <message>
        <source>Atlas rejected the credentials while trying to %1: check the API key or service account of this profile.</source>
        <translation>Beim Versuch, %1, hat Atlas die Anmeldedaten abgelehnt: Prüfen Sie den API-Schlüssel oder das Dienstkonto dieses Profils.</translation>
    </message>
    <message>
        <source>The credentials of this profile lack the role needed to %1.</source>
        <translation>Den Anmeldedaten dieses Profils fehlt die Rolle, die nötig ist, um %1.</translation>
    </message>
    <message>
        <source>Atlas found nothing to %1 (%2).</source>
        <translation>Beim Versuch, %1, hat Atlas nichts gefunden (%2).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Atlas no longer offers the API version Snapline used to %1.</source>
        <translation>Atlas bietet die API-Version nicht mehr an, mit der Snapline versucht hat, %1.</translation>
    </message>
    <message>
        <source>Atlas refused to %1 because of a conflict.</source>
        <translation>Atlas hat es wegen eines Konflikts abgelehnt, %1.</translation>
    </message>
    <message>
        <source>Atlas is rate-limiting this profile; Snapline will try again shortly to %1.</source>
        <translation>Atlas drosselt die Anfragen dieses Profils; Snapline versucht in Kürze erneut, %1.</translation>
    </message>
    <message>
        <source>Atlas had a problem while trying to %1 (HTTP %2); try again later.</source>
        <translation>Beim Versuch, %1, ist bei Atlas ein Problem aufgetreten (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Atlas refused to %1 (HTTP %2%3).</source>
        <translation>Atlas hat es abgelehnt, %1 (HTTP %2%3).</translation>
    </message>
</context>
<context>
    <name>AvailabilityRules</name>
    <message>
        <source>%1 uses legacy backup, which is deprecated; plan its move to Cloud Backup.</source>
        <translation>%1 verwendet Legacy-Backup, das veraltet ist; planen Sie die Umstellung auf Cloud Backup.</translation>
    </message>
    <message>
        <source>%1 has %2 collections; legacy backup cannot back up 100,000 or more, so its snapshots may be incomplete.</source>
        <translation>%1 hat %2 Collections; Legacy-Backup kann 100.000 oder mehr Collections nicht sichern, daher sind die Snapshots möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>%1 is a free M0 cluster, and Atlas keeps no backups of M0 clusters. Back it up with mongodump and restore it with mongorestore instead, or upgrade it to M10 or larger for Cloud Backup.</source>
        <translation>%1 ist ein kostenloser M0-Cluster, und Atlas erstellt keine Backups von M0-Clustern. Sichern Sie ihn stattdessen mit mongodump und stellen Sie ihn mit mongorestore wieder her, oder stufen Sie ihn auf M10 oder größer hoch, um Cloud Backup zu nutzen.</translation>
    </message>
    <message>
        <source>serverless instances</source>
        <translation>Serverless-Instanzen</translation>
    </message>
    <message>
        <source>Flex clusters</source>
        <translation>Flex-Cluster</translation>
    </message>
    <message>
        <source>M2/M5 clusters</source>
        <translation>M2/M5-Cluster</translation>
    </message>
    <message>
        <source>Atlas takes the snapshots of %1 automatically; on-demand snapshots are not available for %2.</source>
        <translation>Für %1 erstellt Atlas die Snapshots automatisch; On-Demand-Snapshots sind für %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>Backups of %1 are always on and cannot be turned off.</source>
        <translation>Backups sind für %1 immer aktiv und können nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Atlas manages the backups of %1 (schedule and retention), so you cannot %2 on %3; upgrade it to M10 or larger for Cloud Backup.</source>
        <translation>Atlas verwaltet die Backups für %1 (Zeitplan und Aufbewahrung), daher ist es für %3 nicht möglich, %2; stufen Sie den Cluster auf M10 oder größer hoch, um Cloud Backup zu nutzen.</translation>
    </message>
    <message>
        <source>%1 uses legacy backup, which is deprecated and read-only here: you cannot %2. Move the cluster to Cloud Backup (upgrading to MongoDB 4.2 or later does so).</source>
        <translation>%1 verwendet Legacy-Backup, das veraltet ist und hier nur gelesen werden kann: Es ist nicht möglich, %2. Stellen Sie den Cluster auf Cloud Backup um (ein Upgrade auf MongoDB 4.2 oder höher erledigt das).</translation>
    </message>
    <message>
        <source>Cloud Backup is already off on %1.</source>
        <translation>Cloud Backup ist für %1 bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Cloud Backup is off on %1; turn it on before you %2.</source>
        <translation>Cloud Backup ist für %1 deaktiviert; aktivieren Sie es zuerst, um %2.</translation>
    </message>
    <message>
        <source>Continuous cloud backup (point in time) is already off on %1.</source>
        <translation>Kontinuierliches Cloud Backup (Point-in-Time) ist für %1 bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Cloud Backup is already on for %1.</source>
        <translation>Cloud Backup ist für %1 bereits aktiviert.</translation>
    </message>
    <message>
        <source>Continuous cloud backup (point in time) is already on for %1.</source>
        <translation>Kontinuierliches Cloud Backup (Point-in-Time) ist für %1 bereits aktiviert.</translation>
    </message>
</context>
<context>
    <name>BackupActionRunner</name>
    <message>
        <source>Checking the rules</source>
        <translation>Regeln werden geprüft</translation>
    </message>
    <message>
        <source>Snapline cannot %1 as a backup action.</source>
        <translation>Als Backup-Aktion ist es in Snapline nicht möglich, %1.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent to Atlas.</source>
        <translation>Abgebrochen, bevor etwas an Atlas gesendet wurde.</translation>
    </message>
    <message>
        <source>Sending the request to Atlas</source>
        <translation>Anfrage wird an Atlas gesendet</translation>
    </message>
    <message>
        <source>Watching snapshot %1</source>
        <translation>Snapshot %1 wird verfolgt</translation>
    </message>
    <message>
        <source>Updating the catalog</source>
        <translation>Katalog wird aktualisiert</translation>
    </message>
    <message>
        <source>Atlas could not complete snapshot %1 of %2; it failed.</source>
        <translation>Atlas konnte Snapshot %1 von %2 nicht abschließen; er ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 %2</source>
        <translation>Snapshot %1: %2</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be watched to the end: %2</source>
        <translation>Snapshot %1 konnte nicht bis zum Ende verfolgt werden: %2</translation>
    </message>
    <message>
        <source>The catalog could not store the snapshot: %1</source>
        <translation>Der Katalog konnte den Snapshot nicht speichern: %1</translation>
    </message>
    <message>
        <source>The catalog could not be brought up to date: %1</source>
        <translation>Der Katalog konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 completed.</source>
        <translation>Snapshot %1 von %2 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Stopped watching snapshot %1 of %2 while %3; Atlas goes on taking it.</source>
        <translation>Die Verfolgung von Snapshot %1 von %2 wurde beendet (Status: %3); Atlas erstellt den Snapshot weiter.</translation>
    </message>
    <message>
        <source>Atlas has queued snapshot %1 of %2.</source>
        <translation>Atlas hat Snapshot %1 von %2 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 is now kept until %3.</source>
        <translation>Snapshot %1 von %2 wird jetzt bis %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 was deleted.</source>
        <translation>Snapshot %1 von %2 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The backup policy of %1 was changed.</source>
        <translation>Die Backup-Richtlinie von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Cloud Backup is now off on %1.</source>
        <translation>Cloud Backup ist für %1 jetzt deaktiviert.</translation>
    </message>
    <message>
        <source>Cloud Backup is now on for %1.</source>
        <translation>Cloud Backup ist für %1 jetzt aktiviert.</translation>
    </message>
    <message>
        <source>Point-in-time restore is now off on %1.</source>
        <translation>Die Point-in-Time-Wiederherstellung ist für %1 jetzt deaktiviert.</translation>
    </message>
    <message>
        <source>Point-in-time restore is now on for %1.</source>
        <translation>Die Point-in-Time-Wiederherstellung ist für %1 jetzt aktiviert.</translation>
    </message>
</context>
<context>
    <name>BackupActionText</name>
    <message>
        <source>Take a snapshot of %1</source>
        <translation>Snapshot von %1 erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Keep snapshot %1 of %2 for %n day(s)</source>
        <translation>
            <numerusform>Snapshot %1 von %2 %n Tag aufbewahren</numerusform>
            <numerusform>Snapshot %1 von %2 %n Tage aufbewahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 löschen</translation>
    </message>
    <message>
        <source>Change the backup policy of %1</source>
        <translation>Backup-Richtlinie von %1 ändern</translation>
    </message>
    <message>
        <source>Turn off Cloud Backup on %1</source>
        <translation>Cloud Backup für %1 deaktivieren</translation>
    </message>
    <message>
        <source>Turn on Cloud Backup on %1</source>
        <translation>Cloud Backup für %1 aktivieren</translation>
    </message>
    <message>
        <source>Turn off point-in-time restore on %1</source>
        <translation>Point-in-Time-Wiederherstellung für %1 deaktivieren</translation>
    </message>
    <message>
        <source>Turn on point-in-time restore on %1</source>
        <translation>Point-in-Time-Wiederherstellung für %1 aktivieren</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>BackupHistoryReader</name>
    <message>
        <source>Read the backup history of project %1</source>
        <translation>Backup-Verlauf des Projekts %1 lesen</translation>
    </message>
    <message>
        <source>Read the backup history of cluster %1</source>
        <translation>Backup-Verlauf des Clusters %1 lesen</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>fold its write-ahead log into the file</source>
        <translation>sein Write-Ahead-Log in die Datei zu übernehmen</translation>
    </message>
    <message>
        <source>The local catalog could not %1: %2</source>
        <translation>Fehler im lokalen Katalog beim Versuch, %1: %2</translation>
    </message>
    <message>
        <source>This connection to the local catalog only reads; writes go through the catalog writer.</source>
        <translation>Diese Verbindung zum lokalen Katalog liest nur; Schreibvorgänge laufen über die Schreibkomponente des Katalogs.</translation>
    </message>
    <message>
        <source>list what it holds</source>
        <translation>seinen Inhalt aufzulisten</translation>
    </message>
    <message>
        <source>find cluster %1</source>
        <translation>den Cluster %1 zu finden</translation>
    </message>
    <message>
        <source>register cluster %1</source>
        <translation>den Cluster %1 zu registrieren</translation>
    </message>
    <message>
        <source>its schema version is %1, this version of Snapline reads %2</source>
        <translation>seine Schemaversion ist %1, diese Snapline-Version liest %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of Snapline (catalog schema %1; this version knows up to %2)</source>
        <translation>er wurde von einer neueren Snapline-Version geschrieben (Katalogschema %1; diese Version kennt Schemas bis %2)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>er ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not a Snapline catalog</source>
        <translation>er ist eine SQLite-Datenbank, aber kein Snapline-Katalog</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; cannot be opened: %2.</source>
        <translation>Der lokale Katalog „%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>er ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the file cannot be created or written there; check that the folder is writable (%1)</source>
        <translation>die Datei kann dort nicht erstellt oder geschrieben werden; prüfen Sie, ob der Ordner beschreibbar ist (%1)</translation>
    </message>
    <message>
        <source>another program keeps it locked (%1)</source>
        <translation>ein anderes Programm hält ihn gesperrt (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>its folder &quot;%1&quot; cannot be created</source>
        <translation>sein Ordner „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; cannot be used (%2) and cannot be moved aside to &quot;%3&quot;.</source>
        <translation>Der lokale Katalog „%1“ kann nicht verwendet werden (%2) und lässt sich nicht nach „%3“ verschieben.</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; could not be used: %2. It was moved aside to &quot;%3&quot; and an empty catalog was started in its place; the next sync fills it again.</source>
        <translation>Der lokale Katalog „%1“ konnte nicht verwendet werden: %2. Er wurde nach „%3“ verschoben, und an seiner Stelle wurde ein leerer Katalog angelegt; die nächste Synchronisierung füllt ihn wieder.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>read the snapshot history of %1</source>
        <translation>den Snapshot-Verlauf von %1 zu lesen</translation>
    </message>
    <message>
        <source>read the organizations</source>
        <translation>die Organisationen zu lesen</translation>
    </message>
    <message>
        <source>read the projects of organization %1</source>
        <translation>die Projekte der Organisation %1 zu lesen</translation>
    </message>
    <message>
        <source>read the clusters of project %1</source>
        <translation>die Cluster des Projekts %1 zu lesen</translation>
    </message>
    <message>
        <source>read cluster %1</source>
        <translation>den Cluster %1 zu lesen</translation>
    </message>
    <message>
        <source>read the restore jobs of cluster %1</source>
        <translation>die Wiederherstellungsaufträge des Clusters %1 zu lesen</translation>
    </message>
    <message>
        <source>read the restore jobs into cluster %1</source>
        <translation>die Wiederherstellungsaufträge in den Cluster %1 zu lesen</translation>
    </message>
    <message>
        <source>read the export buckets of project %1</source>
        <translation>die Export-Buckets des Projekts %1 zu lesen</translation>
    </message>
    <message>
        <source>read the export jobs of cluster %1</source>
        <translation>die Exportaufträge des Clusters %1 zu lesen</translation>
    </message>
    <message>
        <source>read the events of project %1</source>
        <translation>die Ereignisse des Projekts %1 zu lesen</translation>
    </message>
    <message>
        <source>read the backup schedule of cluster %1</source>
        <translation>den Backup-Zeitplan des Clusters %1 zu lesen</translation>
    </message>
    <message>
        <source>read the compliance policy of project %1</source>
        <translation>die Compliance-Richtlinie des Projekts %1 zu lesen</translation>
    </message>
    <message>
        <source>read the snapshots of cluster %1</source>
        <translation>die Snapshots des Clusters %1 zu lesen</translation>
    </message>
    <message>
        <source>count the snapshots of cluster %1</source>
        <translation>die Snapshots des Clusters %1 zu zählen</translation>
    </message>
    <message>
        <source>read the sync state of %1</source>
        <translation>den Synchronisierungsstatus von %1 zu lesen</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>das Audit-Protokoll zu lesen</translation>
    </message>
    <message>
        <source>read the snapshot figures of every cluster</source>
        <translation>die Snapshot-Kennzahlen aller Cluster zu lesen</translation>
    </message>
    <message>
        <source>remove cluster %1</source>
        <translation>den Cluster %1 zu entfernen</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>das Projekt %1 zu entfernen</translation>
    </message>
    <message>
        <source>remove organization %1</source>
        <translation>die Organisation %1 zu entfernen</translation>
    </message>
    <message>
        <source>store the organizations</source>
        <translation>die Organisationen zu speichern</translation>
    </message>
    <message>
        <source>store the projects of organization %1</source>
        <translation>die Projekte der Organisation %1 zu speichern</translation>
    </message>
    <message>
        <source>store the clusters of project %1</source>
        <translation>die Cluster des Projekts %1 zu speichern</translation>
    </message>
    <message>
        <source>store the restore jobs of cluster %1</source>
        <translation>die Wiederherstellungsaufträge des Clusters %1 zu speichern</translation>
    </message>
    <message>
        <source>store the export buckets of project %1</source>
        <translation>die Export-Buckets des Projekts %1 zu speichern</translation>
    </message>
    <message>
        <source>store the export jobs of cluster %1</source>
        <translation>die Exportaufträge des Clusters %1 zu speichern</translation>
    </message>
    <message>
        <source>store the events of project %1</source>
        <translation>die Ereignisse des Projekts %1 zu speichern</translation>
    </message>
    <message>
        <source>store the backup schedule of cluster %1</source>
        <translation>den Backup-Zeitplan des Clusters %1 zu speichern</translation>
    </message>
    <message>
        <source>store the compliance policy of project %1</source>
        <translation>die Compliance-Richtlinie des Projekts %1 zu speichern</translation>
    </message>
    <message>
        <source>store the snapshots of cluster %1</source>
        <translation>die Snapshots des Clusters %1 zu speichern</translation>
    </message>
    <message>
        <source>remove deleted snapshots of cluster %1</source>
        <translation>gelöschte Snapshots des Clusters %1 zu entfernen</translation>
    </message>
    <message>
        <source>store the sync state of %1</source>
        <translation>den Synchronisierungsstatus von %1 zu speichern</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; in the audit log</source>
        <translation>„%1“ im Audit-Protokoll zu vermerken</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>The local catalog is closing; the change was not saved.</source>
        <translation>Der lokale Katalog wird geschlossen; die Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
</context>
<context>
    <name>ChartUnits</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
</context>
<context>
    <name>ClientText</name>
    <message>
        <source>The credentials of this profile lack the role needed to %1: Atlas asks for at least %2.</source>
        <translation>Den Anmeldedaten dieses Profils fehlt die Rolle, die nötig ist, um %1: Atlas verlangt mindestens %2.</translation>
    </message>
    <message>
        <source> Atlas says: %1</source>
        <translation> Atlas meldet: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>page %1 has no results list</source>
        <translation>Seite %1 hat keine Ergebnisliste</translation>
    </message>
</context>
<context>
    <name>ClusterDetailReader</name>
    <message>
        <source>Cluster %1 is not in the catalog; it may have been deleted in Atlas. Sync again to see the current list.</source>
        <translation>Cluster %1 ist nicht im Katalog; er wurde möglicherweise in Atlas gelöscht. Synchronisieren Sie erneut, um die aktuelle Liste zu sehen.</translation>
    </message>
</context>
<context>
    <name>ComplianceLocks</name>
    <message>
        <source>Snapshots cannot be deleted before they expire, whatever your role.</source>
        <translation>Snapshots können vor ihrem Ablauf nicht gelöscht werden, unabhängig von Ihrer Rolle.</translation>
    </message>
    <message>
        <source>A snapshot&apos;s retention can be extended but never shortened after it was taken.</source>
        <translation>Die Aufbewahrung eines Snapshots kann nach seiner Erstellung verlängert, aber nie verkürzt werden.</translation>
    </message>
    <message>
        <source>Backups cannot be turned off on any cluster of the project.</source>
        <translation>Backups können auf keinem Cluster des Projekts deaktiviert werden.</translation>
    </message>
    <message>
        <source>No cluster can be moved to M0, Flex or serverless, where it would lose Cloud Backup.</source>
        <translation>Kein Cluster kann auf M0, Flex oder Serverless umgestellt werden, wo er Cloud Backup verlieren würde.</translation>
    </message>
    <message>
        <source>Every cluster&apos;s backup policy must keep at least %1; retention cannot be shortened below that, and the item cannot be removed.</source>
        <translation>Die Backup-Richtlinie jedes Clusters muss mindestens %1 vorsehen; die Aufbewahrung kann nicht darunter verkürzt und der Eintrag nicht entfernt werden.</translation>
    </message>
    <message>
        <source>On-demand snapshots must be kept at least %1.</source>
        <translation>On-Demand-Snapshots müssen mindestens %1 aufbewahrt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Point-in-time restore must stay on with a window of at least %n day(s).</source>
        <translation>
            <numerusform>Die Point-in-Time-Wiederherstellung muss aktiviert bleiben, mit einem Fenster von mindestens %n Tag.</numerusform>
            <numerusform>Die Point-in-Time-Wiederherstellung muss aktiviert bleiben, mit einem Fenster von mindestens %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies in other regions cannot be removed: a snapshot&apos;s copy stays even when its region is taken out of a backup policy.</source>
        <translation>Kopien in anderen Regionen können nicht entfernt werden: Die Kopie eines Snapshots bleibt erhalten, auch wenn ihre Region aus einer Backup-Richtlinie entfernt wird.</translation>
    </message>
    <message>
        <source>Encryption at rest with your own key (customer key management) is required on every cluster.</source>
        <translation>Verschlüsselung ruhender Daten mit eigenem Schlüssel (Customer Key Management) ist auf jedem Cluster erforderlich.</translation>
    </message>
    <message>
        <source>A terminated cluster keeps its snapshots until they expire.</source>
        <translation>Ein beendeter Cluster behält seine Snapshots, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>The project cannot be deleted while it holds snapshots.</source>
        <translation>Das Projekt kann nicht gelöscht werden, solange es Snapshots enthält.</translation>
    </message>
    <message>
        <source>MongoDB Support has allowed this policy to be turned off; until it is, every lock above holds.</source>
        <translation>Der MongoDB Support hat die Deaktivierung dieser Richtlinie genehmigt; bis sie deaktiviert ist, gelten alle obigen Sperren weiter.</translation>
    </message>
    <message>
        <source>The policy can only be disabled by MongoDB Support, at the request of its authorized person.</source>
        <translation>Die Richtlinie kann nur vom MongoDB Support deaktiviert werden, auf Antrag ihrer autorisierten Person.</translation>
    </message>
    <message>
        <source>No authorized person is named.</source>
        <translation>Es ist keine autorisierte Person benannt.</translation>
    </message>
    <message>
        <source>Authorized by %1.</source>
        <translation>Autorisiert von %1.</translation>
    </message>
    <message>
        <source>Authorized by %1 (%2).</source>
        <translation>Autorisiert von %1 (%2).</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Zuletzt geändert von %1 am %2.</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>Zuletzt geändert am %1.</translation>
    </message>
    <message>
        <source>Last changed by %1.</source>
        <translation>Zuletzt geändert von %1.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Being enabled</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <source>Being updated</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Being turned off</source>
        <translation>Wird deaktiviert</translation>
    </message>
</context>
<context>
    <name>ComplianceReportBuilder</name>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>on-demand snapshots kept at least %1</source>
        <translation>On-Demand-Snapshots mindestens %1 aufbewahrt</translation>
    </message>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>Point-in-Time-Wiederherstellung mit einem Fenster von mindestens %n Tag</numerusform>
            <numerusform>Point-in-Time-Wiederherstellung mit einem Fenster von mindestens %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>copies in other regions cannot be removed</source>
        <translation>Kopien in anderen Regionen können nicht entfernt werden</translation>
    </message>
    <message>
        <source>encryption at rest with a customer key</source>
        <translation>Verschlüsselung ruhender Daten mit eigenem Schlüssel</translation>
    </message>
    <message>
        <source>Backup Compliance Policies</source>
        <translation>Backup Compliance Policies</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Zustandscode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorisiert von</translation>
    </message>
    <message>
        <source>Authorized e-mail</source>
        <translation>Autorisierte E-Mail</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Zuletzt geändert von</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>What each policy requires</source>
        <translation>Anforderungen der einzelnen Richtlinien</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Clusters against the policy</source>
        <translation>Cluster im Vergleich zur Richtlinie</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Standing code</source>
        <translation>Bewertungscode</translation>
    </message>
    <message>
        <source>Below the policy</source>
        <translation>Unter der Richtlinie</translation>
    </message>
    <message>
        <source>Falls short of</source>
        <translation>Unterschreitet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Clusters against the policy, by project</source>
        <translation>Cluster im Vergleich zur Richtlinie, nach Projekt</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Keine Richtlinie</translation>
    </message>
    <message>
        <source>Meets the policy</source>
        <translation>Erfüllt die Richtlinie</translation>
    </message>
    <message>
        <source>No policy or not applicable</source>
        <translation>Keine Richtlinie oder nicht zutreffend</translation>
    </message>
    <message>
        <source>Refused actions</source>
        <translation>Abgelehnte Aktionen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rule codes</source>
        <translation>Regelcodes</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>The audit log holds no refused action in the period.</source>
        <translation>Das Audit-Protokoll enthält im Zeitraum keine abgelehnte Aktion.</translation>
    </message>
    <message>
        <source>Actions Snapline&apos;s rules refused before anything was sent to Atlas, from its audit log.</source>
        <translation>Aktionen, die die Regeln von Snapline abgelehnt haben, bevor etwas an Atlas gesendet wurde, laut Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy of each project as the catalog last read it, and each cluster&apos;s schedule against it as of %1.</source>
        <translation>Die Backup Compliance Policy jedes Projekts, wie der Katalog sie zuletzt gelesen hat, und der Zeitplan jedes Clusters im Vergleich dazu, Stand %1.</translation>
    </message>
    <message>
        <source>Projects with a policy</source>
        <translation>Projekte mit Richtlinie</translation>
    </message>
    <message>
        <source>Projects without a policy</source>
        <translation>Projekte ohne Richtlinie</translation>
    </message>
    <message>
        <source>Clusters meeting their policy</source>
        <translation>Cluster, die ihre Richtlinie erfüllen</translation>
    </message>
    <message>
        <source>Clusters below their policy</source>
        <translation>Cluster unter ihrer Richtlinie</translation>
    </message>
    <message>
        <source>Refused actions in the period</source>
        <translation>Abgelehnte Aktionen im Zeitraum</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message>
        <source>This project has a Backup Compliance Policy: no one, whatever their role, can delete a snapshot before it expires.</source>
        <translation>Dieses Projekt hat eine Backup Compliance Policy: Niemand kann, unabhängig von seiner Rolle, einen Snapshot vor dessen Ablauf löschen.</translation>
    </message>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy: a snapshot&apos;s retention can be extended but not shortened (it is kept %n day(s) today).</source>
        <translation>
            <numerusform>Dieses Projekt hat eine Backup Compliance Policy: Die Aufbewahrung eines Snapshots kann verlängert, aber nicht verkürzt werden (derzeit wird er %n Tag aufbewahrt).</numerusform>
            <numerusform>Dieses Projekt hat eine Backup Compliance Policy: Die Aufbewahrung eines Snapshots kann verlängert, aber nicht verkürzt werden (derzeit wird er %n Tage aufbewahrt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Backup Compliance Policy keeps on-demand snapshots at least %1.</source>
        <translation>Die Backup Compliance Policy bewahrt On-Demand-Snapshots mindestens %1 auf.</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy keeps on-demand snapshots at least %1; ask for %n day(s) or more.</source>
        <translation>
            <numerusform>Die Backup Compliance Policy bewahrt On-Demand-Snapshots mindestens %1 auf; geben Sie %n Tag oder mehr an.</numerusform>
            <numerusform>Die Backup Compliance Policy bewahrt On-Demand-Snapshots mindestens %1 auf; geben Sie %n Tage oder mehr an.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: Cloud Backup cannot be turned off on any of its clusters.</source>
        <translation>Dieses Projekt hat eine Backup Compliance Policy: Cloud Backup kann auf keinem seiner Cluster deaktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires continuous cloud backup (point in time) with a restore window of at least %n day(s); it cannot be turned off.</source>
        <translation>
            <numerusform>Die Backup Compliance Policy verlangt kontinuierliches Cloud Backup (Point-in-Time) mit einem Wiederherstellungsfenster von mindestens %n Tag; es kann nicht deaktiviert werden.</numerusform>
            <numerusform>Die Backup Compliance Policy verlangt kontinuierliches Cloud Backup (Point-in-Time) mit einem Wiederherstellungsfenster von mindestens %n Tagen; es kann nicht deaktiviert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: the backup policy cannot be deleted, because that would remove the items the compliance policy requires.</source>
        <translation>Dieses Projekt hat eine Backup Compliance Policy: Die Backup-Richtlinie kann nicht gelöscht werden, da dadurch die Einträge entfernt würden, die die Compliance-Richtlinie verlangt.</translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: a cluster cannot be moved to %1, which would lose its Cloud Backup.</source>
        <translation>Dieses Projekt hat eine Backup Compliance Policy: Ein Cluster kann nicht auf %1 umgestellt werden, da er dadurch Cloud Backup verlieren würde.</translation>
    </message>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy and still holds %n snapshot(s); it cannot be deleted until they have all expired.</source>
        <translation>
            <numerusform>Dieses Projekt hat eine Backup Compliance Policy und enthält noch %n Snapshot; es kann erst gelöscht werden, wenn dieser abgelaufen ist.</numerusform>
            <numerusform>Dieses Projekt hat eine Backup Compliance Policy und enthält noch %n Snapshots; es kann erst gelöscht werden, wenn alle abgelaufen sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 already has a Backup Compliance Policy (%2).</source>
        <translation>Projekt %1 hat bereits eine Backup Compliance Policy (%2).</translation>
    </message>
    <message>
        <source>No policy to enable was given: a Backup Compliance Policy states its minimums and names the person who authorized it (e-mail, first and last name).</source>
        <translation>Es wurde keine zu aktivierende Richtlinie angegeben: Eine Backup Compliance Policy legt ihre Mindestwerte fest und nennt die Person, die sie autorisiert hat (E-Mail, Vor- und Nachname).</translation>
    </message>
    <message>
        <source>A Backup Compliance Policy names the person who authorized it: a valid e-mail address, a first name and a last name are required.</source>
        <translation>Eine Backup Compliance Policy nennt die Person, die sie autorisiert hat: Eine gültige E-Mail-Adresse, ein Vorname und ein Nachname sind erforderlich.</translation>
    </message>
    <message>
        <source>A compliance policy that requires point in time needs a restore window of at least 1 day.</source>
        <translation>Eine Compliance-Richtlinie, die Point-in-Time verlangt, benötigt ein Wiederherstellungsfenster von mindestens 1 Tag.</translation>
    </message>
    <message>
        <source>Once enabled, a Backup Compliance Policy can only be turned off by MongoDB Support at the request of %1.</source>
        <translation>Einmal aktiviert, kann eine Backup Compliance Policy nur vom MongoDB Support auf Antrag von %1 deaktiviert werden.</translation>
    </message>
    <message>
        <source>While it is in force: %1</source>
        <translation>Solange sie gilt: %1</translation>
    </message>
    <message>
        <source>point in time would no longer be required</source>
        <translation>Point-in-Time wäre nicht mehr vorgeschrieben</translation>
    </message>
    <message>
        <source>the restore window would shrink</source>
        <translation>das Wiederherstellungsfenster würde verkleinert</translation>
    </message>
    <message>
        <source>encryption at rest would no longer be required</source>
        <translation>Verschlüsselung ruhender Daten wäre nicht mehr vorgeschrieben</translation>
    </message>
    <message>
        <source>copy protection would be turned off</source>
        <translation>der Schutz der Kopien würde deaktiviert</translation>
    </message>
    <message>
        <source>the %1 item would be weakened or removed</source>
        <translation>der Eintrag „%1“ würde abgeschwächt oder entfernt</translation>
    </message>
    <message>
        <source>on-demand snapshots would be kept less than %1</source>
        <translation>On-Demand-Snapshots würden kürzer als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>A Backup Compliance Policy in force can only be made stricter: %1.</source>
        <translation>Eine geltende Backup Compliance Policy kann nur verschärft werden: %1.</translation>
    </message>
    <message>
        <source>Project %1 has no Backup Compliance Policy to turn off.</source>
        <translation>Projekt %1 hat keine Backup Compliance Policy, die deaktiviert werden könnte.</translation>
    </message>
    <message>
        <source>Only MongoDB Support can turn off a Backup Compliance Policy, at the request of its authorized person (%1); open a support ticket first.</source>
        <translation>Nur der MongoDB Support kann eine Backup Compliance Policy deaktivieren, auf Antrag ihrer autorisierten Person (%1); eröffnen Sie zuerst ein Support-Ticket.</translation>
    </message>
    <message>
        <source>No one can delete a snapshot before it expires.</source>
        <translation>Niemand kann einen Snapshot vor seinem Ablauf löschen.</translation>
    </message>
    <message>
        <source>No one can shorten a snapshot&apos;s retention after it was taken.</source>
        <translation>Niemand kann die Aufbewahrung eines Snapshots nach seiner Erstellung verkürzen.</translation>
    </message>
    <message>
        <source>No one can turn off Cloud Backup on a cluster, or move a cluster to M0, Flex or serverless.</source>
        <translation>Niemand kann Cloud Backup auf einem Cluster deaktivieren oder einen Cluster auf M0, Flex oder Serverless umstellen.</translation>
    </message>
    <message>
        <source>No one can set a backup policy below the compliance minimum or remove one of its items.</source>
        <translation>Niemand kann eine Backup-Richtlinie unter das Compliance-Minimum setzen oder einen ihrer Einträge entfernen.</translation>
    </message>
    <message>
        <source>The project cannot be deleted while it holds snapshots.</source>
        <translation>Das Projekt kann nicht gelöscht werden, solange es Snapshots enthält.</translation>
    </message>
    <message>
        <source>Only MongoDB Support can turn the policy off, at the authorized person&apos;s request.</source>
        <translation>Nur der MongoDB Support kann die Richtlinie deaktivieren, auf Antrag der autorisierten Person.</translation>
    </message>
    <message>
        <source>Every cluster keeps at least: %1.</source>
        <translation>Jeder Cluster bewahrt mindestens Folgendes auf: %1.</translation>
    </message>
    <message>
        <source>On-demand snapshots are kept at least %1.</source>
        <translation>On-Demand-Snapshots werden mindestens %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Point in time stays on, with a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>Point-in-Time bleibt aktiviert, mit einem Wiederherstellungsfenster von mindestens %n Tag.</numerusform>
            <numerusform>Point-in-Time bleibt aktiviert, mit einem Wiederherstellungsfenster von mindestens %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cluster must use encryption at rest with customer key management.</source>
        <translation>Jeder Cluster muss Verschlüsselung ruhender Daten mit Customer Key Management verwenden.</translation>
    </message>
    <message>
        <source>Snapshot copies stay even when their copy region is removed from the policy.</source>
        <translation>Snapshot-Kopien bleiben erhalten, auch wenn ihre Kopierregion aus der Richtlinie entfernt wird.</translation>
    </message>
</context>
<context>
    <name>CoverageReportBuilder</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Snapshots expected from each cluster&apos;s backup policy between %1 and %2, against the snapshots Atlas lists, as the catalog last read them.</source>
        <translation>Snapshots, die laut Backup-Richtlinie jedes Clusters zwischen %1 und %2 zu erwarten waren, im Vergleich zu den Snapshots, die Atlas auflistet, wie der Katalog sie zuletzt gelesen hat.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Clusters with a backup policy</source>
        <translation>Cluster mit Backup-Richtlinie</translation>
    </message>
    <message>
        <source>Clusters without backup</source>
        <translation>Cluster ohne Backup</translation>
    </message>
    <message>
        <source>Snapshots expected</source>
        <translation>Erwartete Snapshots</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Failed snapshots</source>
        <translation>Fehlgeschlagene Snapshots</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Worst achieved RPO</source>
        <translation>Schlechtester erreichter RPO</translation>
    </message>
    <message>
        <source>Cluster with the worst RPO</source>
        <translation>Cluster mit dem schlechtesten RPO</translation>
    </message>
    <message>
        <source>Clusters with point-in-time gaps</source>
        <translation>Cluster mit Point-in-Time-Lücken</translation>
    </message>
    <message>
        <source>Snapshots by day</source>
        <translation>Snapshots pro Tag</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expected snapshots by day</source>
        <translation>Erwartete Snapshots pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>Largest gaps between restorable points (the %n worst clusters)</source>
        <translation>
            <numerusform>Größte Lücken zwischen wiederherstellbaren Punkten (der schlechteste Cluster)</numerusform>
            <numerusform>Größte Lücken zwischen wiederherstellbaren Punkten (die %n schlechtesten Cluster)</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved RPO</source>
        <translation>Erreichter RPO</translation>
    </message>
    <message>
        <source>Snapshots against the policy</source>
        <translation>Snapshots im Vergleich zur Richtlinie</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Missed and failed snapshots, gaps</source>
        <translation>Verpasste und fehlgeschlagene Snapshots, Lücken</translation>
    </message>
    <message>
        <source>No expected snapshot was missed.</source>
        <translation>Kein erwarteter Snapshot wurde verpasst.</translation>
    </message>
    <message>
        <source>No snapshot failed in the period.</source>
        <translation>Im Zeitraum ist kein Snapshot fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No gap in the point-in-time history in the period.</source>
        <translation>Keine Lücke im Point-in-Time-Verlauf im Zeitraum.</translation>
    </message>
    <message>
        <source>Every snapshot of the period</source>
        <translation>Alle Snapshots des Zeitraums</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s), one row each, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>%n Snapshot, je eine Zeile, in den CSV- und JSON-Exporten dieses Berichts.</numerusform>
            <numerusform>%n Snapshots, je eine Zeile, in den CSV- und JSON-Exporten dieses Berichts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageReportTables</name>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Snapshots against the policy</source>
        <translation>Snapshots im Vergleich zur Richtlinie</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>Backup-Art</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Aged out</source>
        <translation>Bereits abgelaufen</translation>
    </message>
    <message>
        <source>Before the first snapshot</source>
        <translation>Vor dem ersten Snapshot</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Completed snapshots</source>
        <translation>Abgeschlossene Snapshots</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Coverage is taken ÷ (taken + missed). Not judged: expected moments too recent to judge or still running, whose snapshot would have expired already, or before the cluster&apos;s first snapshot.</source>
        <translation>Abdeckung = erstellt ÷ (erstellt + verpasst). Nicht bewertet: erwartete Zeitpunkte, die zu kurz zurückliegen oder noch laufen, deren Snapshot bereits abgelaufen wäre oder die vor dem ersten Snapshot des Clusters liegen.</translation>
    </message>
    <message>
        <source>Backup policies</source>
        <translation>Backup-Richtlinien</translation>
    </message>
    <message>
        <source>Policy items</source>
        <translation>Richtlinieneinträge</translation>
    </message>
    <message>
        <source>Reference time (UTC)</source>
        <translation>Referenzzeit (UTC)</translation>
    </message>
    <message>
        <source>Restore window (days)</source>
        <translation>Wiederherstellungsfenster (Tage)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Expected snapshots are computed from the policy as the catalog holds it now; a snapshot counts as taken when it was created within the tolerance of its moment.</source>
        <translation>Erwartete Snapshots werden aus der Richtlinie berechnet, wie der Katalog sie jetzt enthält; ein Snapshot gilt als erstellt, wenn er innerhalb der Toleranz um seinen Zeitpunkt angelegt wurde.</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Achieved RPO</source>
        <translation>Erreichter RPO</translation>
    </message>
    <message>
        <source>Largest gap from</source>
        <translation>Größte Lücke von</translation>
    </message>
    <message>
        <source>Largest gap to</source>
        <translation>Größte Lücke bis</translation>
    </message>
    <message>
        <source>Oldest restorable point</source>
        <translation>Ältester Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Newest restorable point</source>
        <translation>Neuester Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Point-in-Time</translation>
    </message>
    <message>
        <source>PIT window from</source>
        <translation>PIT-Fenster ab</translation>
    </message>
    <message>
        <source>PIT gaps</source>
        <translation>PIT-Lücken</translation>
    </message>
    <message>
        <source>PIT gap time</source>
        <translation>Dauer der PIT-Lücken</translation>
    </message>
    <message>
        <source>Catalog read at</source>
        <translation>Katalog gelesen am</translation>
    </message>
    <message>
        <source>The achieved RPO is the longest stretch of the period without a restorable point (a completed snapshot, or a restorable moment of the point-in-time history).</source>
        <translation>Der erreichte RPO ist der längste Abschnitt des Zeitraums ohne wiederherstellbaren Punkt (einen abgeschlossenen Snapshot oder einen wiederherstellbaren Zeitpunkt des Point-in-Time-Verlaufs).</translation>
    </message>
    <message>
        <source>Missed snapshots</source>
        <translation>Verpasste Snapshots</translation>
    </message>
    <message>
        <source>Expected at</source>
        <translation>Erwartet um</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Grundcode</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Failed snapshots</source>
        <translation>Fehlgeschlagene Snapshots</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Gaps in the point-in-time history</source>
        <translation>Lücken im Point-in-Time-Verlauf</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>the snapshot failed</source>
        <translation>der Snapshot ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no snapshot was taken</source>
        <translation>es wurde kein Snapshot erstellt</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>This report has %n table(s); write it to a folder or a .zip file, not to one .csv file.</source>
        <translation>
            <numerusform>Dieser Bericht hat %n Tabelle; schreiben Sie ihn in einen Ordner oder eine .zip-Datei, nicht in eine einzelne .csv-Datei.</numerusform>
            <numerusform>Dieser Bericht hat %n Tabellen; schreiben Sie ihn in einen Ordner oder eine .zip-Datei, nicht in eine einzelne .csv-Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>in %n T.</numerusform>
            <numerusform>in %n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n T.</numerusform>
            <numerusform>vor %n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>kein Backup</translation>
    </message>
    <message>
        <source>shared daily snapshots</source>
        <translation>tägliche Shared-Snapshots</translation>
    </message>
    <message>
        <source>Flex daily snapshots</source>
        <translation>tägliche Flex-Snapshots</translation>
    </message>
    <message>
        <source>Cloud Backup</source>
        <translation>Cloud Backup</translation>
    </message>
    <message>
        <source>Continuous Cloud Backup</source>
        <translation>Continuous Cloud Backup</translation>
    </message>
    <message>
        <source>serverless continuous</source>
        <translation>Serverless, kontinuierlich</translation>
    </message>
    <message>
        <source>serverless basic</source>
        <translation>Serverless, Basis</translation>
    </message>
    <message>
        <source>legacy backup</source>
        <translation>Legacy-Backup</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <source>serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>dediziert</translation>
    </message>
    <message>
        <source>automated restore</source>
        <translation>automatische Wiederherstellung</translation>
    </message>
    <message>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>point in time</source>
        <translation>Point-in-Time</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Snapshot started</source>
        <translation>Snapshot gestartet</translation>
    </message>
    <message>
        <source>Snapshot completed</source>
        <translation>Snapshot abgeschlossen</translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation>Snapshot fehlgeschlagen</translation>
    </message>
    <message>
        <source>On-demand snapshot requested</source>
        <translation>On-Demand-Snapshot angefordert</translation>
    </message>
    <message>
        <source>Snapshot deleted</source>
        <translation>Snapshot gelöscht</translation>
    </message>
    <message>
        <source>Snapshot retention changed</source>
        <translation>Snapshot-Aufbewahrung geändert</translation>
    </message>
    <message>
        <source>Backup policy changed</source>
        <translation>Backup-Richtlinie geändert</translation>
    </message>
    <message>
        <source>Restore requested</source>
        <translation>Wiederherstellung angefordert</translation>
    </message>
    <message>
        <source>Restore completed</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Continuous backup fell behind</source>
        <translation>Kontinuierliches Backup im Rückstand</translation>
    </message>
    <message>
        <source>Continuous backup caught up</source>
        <translation>Kontinuierliches Backup aufgeholt</translation>
    </message>
    <message>
        <source>Export completed</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>EnvironmentProfile</name>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>the project</source>
        <translation>dem Projekt</translation>
    </message>
    <message>
        <source>A snapshot of %1 completed.</source>
        <translation>Ein Snapshot von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>A snapshot of %1 failed.</source>
        <translation>Ein Snapshot von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A snapshot of %1 started.</source>
        <translation>Ein Snapshot von %1 wurde gestartet.</translation>
    </message>
    <message>
        <source>An on-demand snapshot of %1 was requested.</source>
        <translation>Ein On-Demand-Snapshot von %1 wurde angefordert.</translation>
    </message>
    <message>
        <source>A snapshot of %1 was deleted.</source>
        <translation>Ein Snapshot von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The retention of a snapshot of %1 was changed.</source>
        <translation>Die Aufbewahrung eines Snapshots von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>The backup policy of %1 was changed.</source>
        <translation>Die Backup-Richtlinie von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Continuous backup of %1 fell behind: point-in-time restores may have a gap.</source>
        <translation>Das kontinuierliche Backup von %1 ist in Rückstand geraten: Point-in-Time-Wiederherstellungen können eine Lücke aufweisen.</translation>
    </message>
    <message>
        <source>Continuous backup of %1 caught up.</source>
        <translation>Das kontinuierliche Backup von %1 hat den Rückstand aufgeholt.</translation>
    </message>
    <message>
        <source>A restore from %1 was requested.</source>
        <translation>Eine Wiederherstellung aus %1 wurde angefordert.</translation>
    </message>
    <message>
        <source>A restore from %1 completed.</source>
        <translation>Eine Wiederherstellung aus %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>A restore from %1 failed.</source>
        <translation>Eine Wiederherstellung aus %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>An export of a snapshot of %1 completed.</source>
        <translation>Ein Export eines Snapshots von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>An export of a snapshot of %1 failed.</source>
        <translation>Ein Export eines Snapshots von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy changed (%1).</source>
        <translation>Die Backup Compliance Policy wurde geändert (%1).</translation>
    </message>
</context>
<context>
    <name>ExactText</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (%2 Ortszeit)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>FactsReader</name>
    <message>
        <source>Cannot read the facts file %1: %2</source>
        <translation>Die Faktendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The facts file %1 is larger than 16 MiB; it cannot be a facts file.</source>
        <translation>Die Faktendatei %1 ist größer als 16 MiB; es kann sich nicht um eine Faktendatei handeln.</translation>
    </message>
    <message>
        <source>The facts are not valid JSON: %1 at byte %2.</source>
        <translation>Die Fakten sind kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The facts must be one JSON object.</source>
        <translation>Die Fakten müssen ein einzelnes JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>give either utcSeconds or oplogTs with oplogInc, not both</source>
        <translation>geben Sie entweder utcSeconds oder oplogTs mit oplogInc an, nicht beides</translation>
    </message>
    <message>
        <source>give utcSeconds, or oplogTs with oplogInc</source>
        <translation>geben Sie utcSeconds oder oplogTs mit oplogInc an</translation>
    </message>
    <message>
        <source>required with oplogTs</source>
        <translation>zusammen mit oplogTs erforderlich</translation>
    </message>
    <message>
        <source>required with oplogInc</source>
        <translation>zusammen mit oplogInc erforderlich</translation>
    </message>
    <message>
        <source>required when delivery is pointInTime</source>
        <translation>erforderlich, wenn delivery pointInTime ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Atlas tier</source>
        <translation>„%1“ ist keine Atlas-Tarifstufe</translation>
    </message>
    <message>
        <source>required for a restore into a cluster (or set &quot;delivery&quot;: &quot;download&quot;)</source>
        <translation>erforderlich für eine Wiederherstellung in einen Cluster (oder setzen Sie &quot;delivery&quot;: &quot;download&quot;)</translation>
    </message>
    <message>
        <source>required for a restore from a snapshot (or give &quot;pointInTime&quot;)</source>
        <translation>erforderlich für eine Wiederherstellung aus einem Snapshot (oder geben Sie &quot;pointInTime&quot; an)</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>erforderlich für %1</translation>
    </message>
    <message>
        <source>required for changeRetention</source>
        <translation>erforderlich für changeRetention</translation>
    </message>
    <message>
        <source>required for editPolicy</source>
        <translation>erforderlich für editPolicy</translation>
    </message>
    <message>
        <source>required for changeTier</source>
        <translation>erforderlich für changeTier</translation>
    </message>
</context>
<context>
    <name>ImportedProfile</name>
    <message>
        <source>The service “%1” is unknown; the profile uses %2.</source>
        <translation>Der Dienst „%1“ ist unbekannt; das Profil verwendet %2.</translation>
    </message>
    <message>
        <source>The address “%1” (ops_manager_url) is not valid; the profile uses %2.</source>
        <translation>Die Adresse „%1“ (ops_manager_url) ist ungültig; das Profil verwendet %2.</translation>
    </message>
    <message>
        <source>It has both an API key and a service account; Snapline uses the API key.</source>
        <translation>Es hat sowohl einen API-Schlüssel als auch ein Dienstkonto; Snapline verwendet den API-Schlüssel.</translation>
    </message>
    <message>
        <source>It has both an API key and a service account; Snapline uses the service account.</source>
        <translation>Es hat sowohl einen API-Schlüssel als auch ein Dienstkonto; Snapline verwendet das Dienstkonto.</translation>
    </message>
    <message>
        <source>It has neither an API key nor a service account; add one before using it.</source>
        <translation>Es hat weder einen API-Schlüssel noch ein Dienstkonto; fügen Sie eines hinzu, bevor Sie es verwenden.</translation>
    </message>
    <message>
        <source>It has a %1 but no %2; enter it before using the profile.</source>
        <translation>Es enthält „%1“, aber nicht „%2“; geben Sie diesen Wert ein, bevor Sie das Profil verwenden.</translation>
    </message>
    <message>
        <source>It has the %1 %2 but no %3 (newer Atlas CLI versions keep it in the system keychain); enter it before using the profile.</source>
        <translation>Es enthält „%1“ (%2), aber nicht „%3“ (neuere Versionen der Atlas CLI speichern diesen Wert im Systemschlüsselbund); geben Sie ihn ein, bevor Sie das Profil verwenden.</translation>
    </message>
    <message>
        <source>It signs in with an Atlas user account (atlas auth login), which Snapline cannot use; add an API key or a service account.</source>
        <translation>Es meldet sich mit einem Atlas-Benutzerkonto an (atlas auth login), das Snapline nicht verwenden kann; fügen Sie einen API-Schlüssel oder ein Dienstkonto hinzu.</translation>
    </message>
    <message>
        <source>public API key</source>
        <translation>Öffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>private API key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>expected a MongoDB version such as &quot;7.0&quot; or &quot;7.0.12&quot;, got &quot;%1&quot;</source>
        <translation>MongoDB-Version wie &quot;7.0&quot; oder &quot;7.0.12&quot; erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>item %1 must be an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation>Element %1 muss ein Objekt mit &quot;from&quot; und &quot;to&quot; sein</translation>
    </message>
    <message>
        <source>&quot;from&quot; is after &quot;to&quot;</source>
        <translation>&quot;from&quot; liegt nach &quot;to&quot;</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>einer der Werte %1 erwartet, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>required for a sharded cluster</source>
        <translation>erforderlich für einen Sharded Cluster</translation>
    </message>
    <message>
        <source>a replica set has exactly 1 shard</source>
        <translation>ein Replica Set hat genau 1 Shard</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>expected NONE, AWS, AZURE, GCP, true or false</source>
        <translation>NONE, AWS, AZURE, GCP, true oder false erwartet</translation>
    </message>
    <message>
        <source>item %1 must be an object</source>
        <translation>Element %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Atlas allows exactly one policy per schedule</source>
        <translation>Atlas erlaubt genau eine Richtlinie pro Zeitplan</translation>
    </message>
    <message>
        <source>the roles of %1 must be an array of role names</source>
        <translation>die Rollen von %1 müssen ein Array von Rollennamen sein</translation>
    </message>
    <message>
        <source>the roles of %1 must be non-empty strings</source>
        <translation>die Rollen von %1 müssen nicht leere Zeichenketten sein</translation>
    </message>
    <message>
        <source>each role needs a groupId or an orgId</source>
        <translation>jede Rolle braucht eine groupId oder eine orgId</translation>
    </message>
    <message>
        <source>expected an object of role lists per project or organization id</source>
        <translation>Objekt mit Rollenlisten je Projekt- oder Organisations-ID erwartet</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1: Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an ISO-8601 UTC date-time such as 2026-11-24T10:00:00Z, got &quot;%1&quot;</source>
        <translation>ISO-8601-Datum mit Uhrzeit in UTC erwartet, etwa 2026-11-24T10:00:00Z, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
</context>
<context>
    <name>JsonReportWriter</name>
    <message>
        <source>it is a folder; a JSON report is one file</source>
        <translation>es ist ein Ordner; ein JSON-Bericht ist eine einzelne Datei</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain holds no secret for this profile.</source>
        <translation>Der Systemschlüsselbund enthält kein Geheimnis für dieses Profil.</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 (it may be locked): %2</source>
        <translation>Der Systemschlüsselbund hat es abgelehnt, %1 (er ist möglicherweise gesperrt): %2</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The system keychain could not %1: %2</source>
        <translation>Fehler im Systemschlüsselbund beim Versuch, %1: %2</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Systemschlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>das Geheimnis zu lesen</translation>
    </message>
    <message>
        <source>store the secret</source>
        <translation>das Geheimnis zu speichern</translation>
    </message>
    <message>
        <source>delete the secret</source>
        <translation>das Geheimnis zu löschen</translation>
    </message>
</context>
<context>
    <name>LaunchProfile</name>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
</context>
<context>
    <name>LivePreflight</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>--offline: Atlas was not asked</source>
        <translation>--offline: Atlas wurde nicht abgefragt</translation>
    </message>
    <message>
        <source>Asking Atlas which roles these credentials hold</source>
        <translation>Atlas wird abgefragt, welche Rollen diese Anmeldedaten haben</translation>
    </message>
    <message>
        <source>Atlas lists no snapshot %1 of %2: it may have expired or been deleted, or its id is mistyped.</source>
        <translation>Atlas listet keinen Snapshot %1 von %2: Er ist möglicherweise abgelaufen oder wurde gelöscht, oder seine ID ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>(Judged offline, from the catalog as last synced.)</source>
        <translation>(Offline bewertet, anhand des Katalogs der letzten Synchronisierung.)</translation>
    </message>
    <message>
        <source>Looking for project %1 in Atlas</source>
        <translation>Projekt %1 wird in Atlas gesucht</translation>
    </message>
    <message>
        <source>These credentials see no project &quot;%1&quot; (by id or name). Projects: %2.</source>
        <translation>Diese Anmeldedaten sehen kein Projekt „%1“ (nach ID oder Name). Projekte: %2.</translation>
    </message>
    <message>
        <source>The catalog has no project &quot;%1&quot; (by id or name); sync the profile first, or leave out --offline. Projects in the catalog: %2.</source>
        <translation>Der Katalog enthält kein Projekt „%1“ (nach ID oder Name); synchronisieren Sie zuerst das Profil, oder lassen Sie --offline weg. Projekte im Katalog: %2.</translation>
    </message>
    <message>
        <source>%1, and the catalog has no project &quot;%2&quot; (by id or name). Projects in the catalog: %3.</source>
        <translation>%1, und der Katalog enthält kein Projekt „%2“ (nach ID oder Name). Projekte im Katalog: %3.</translation>
    </message>
    <message>
        <source>Reading project %1 from Atlas for the first time</source>
        <translation>Projekt %1 wird zum ersten Mal aus Atlas gelesen</translation>
    </message>
    <message>
        <source>Bringing %1 up to date</source>
        <translation>%1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Project %1 has no cluster named &quot;%2&quot;. Its clusters: %3.</source>
        <translation>Projekt %1 hat keinen Cluster namens „%2“. Seine Cluster: %3.</translation>
    </message>
    <message>
        <source>Atlas could not be reached: %1</source>
        <translation>Atlas konnte nicht erreicht werden: %1</translation>
    </message>
    <message>
        <source>Interrupted; nothing was judged and nothing was sent.</source>
        <translation>Unterbrochen; es wurde nichts bewertet und nichts gesendet.</translation>
    </message>
    <message>
        <source>The roles of these credentials were never learned from Atlas, so the role rules judge as if they held none.</source>
        <translation>Die Rollen dieser Anmeldedaten wurden nie von Atlas abgefragt, daher urteilen die Rollenregeln so, als hätten sie keine.</translation>
    </message>
</context>
<context>
    <name>LivePreflightCommand</name>
    <message>
        <source>Opening profile %1</source>
        <translation>Profil %1 wird geöffnet</translation>
    </message>
    <message>
        <source>snapline preflight: %1</source>
        <translation>snapline preflight: %1</translation>
    </message>
</context>
<context>
    <name>NavigatorText</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Letzte Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Under a Backup Compliance Policy (%1): no cluster&apos;s backups can be weakened or deleted below it.</source>
        <translation>Es gilt eine Backup Compliance Policy (%1): Die Backups keines Clusters können unter ihr Niveau abgeschwächt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>No Backup Compliance Policy</source>
        <translation>Keine Backup Compliance Policy</translation>
    </message>
    <message numerus="yes">
        <source>sharded (%n shard(s))</source>
        <translation>
            <numerusform>Sharded Cluster (%n Shard)</numerusform>
            <numerusform>Sharded Cluster (%n Shards)</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>Replica Set</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, %4, MongoDB %5</source>
        <translation>%1 (%2) auf %3, %4, MongoDB %5</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>, point in time %1</source>
        <translation>, Point-in-Time %1</translation>
    </message>
    <message>
        <source>No successful snapshot in the catalog</source>
        <translation>Kein erfolgreicher Snapshot im Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s), %1</source>
        <translation>
            <numerusform>%Ln Snapshot, %1</numerusform>
            <numerusform>%Ln Snapshots, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies in %1</source>
        <translation>Kopien in %1</translation>
    </message>
    <message>
        <source>Last successful snapshot %1: %2</source>
        <translation>Letzter erfolgreicher Snapshot %1: %2</translation>
    </message>
    <message>
        <source>Next scheduled snapshot %1 (%2): %3</source>
        <translation>Nächster geplanter Snapshot %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>the snapshot page is not well-formed JSON</source>
        <translation>die Snapshot-Seite ist kein wohlgeformtes JSON</translation>
    </message>
    <message>
        <source>the snapshot page has no results list</source>
        <translation>die Snapshot-Seite hat keine Ergebnisliste</translation>
    </message>
</context>
<context>
    <name>PitMomentText</name>
    <message>
        <source>Enter a date and time in UTC, such as 2026-11-20 14:03:07.</source>
        <translation>Geben Sie Datum und Uhrzeit in UTC ein, etwa 2026-11-20 14:03:07.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it in UTC as 2026-11-20 14:03:07.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; schreiben Sie es in UTC als 2026-11-20 14:03:07.</translation>
    </message>
    <message>
        <source>“%1” has a fraction of a second; a restore goes to the second, so leave it out (or use an oplog timestamp to be more precise).</source>
        <translation>„%1“ enthält Sekundenbruchteile; eine Wiederherstellung ist sekundengenau, lassen Sie sie daher weg (oder verwenden Sie für mehr Genauigkeit einen Oplog-Zeitstempel).</translation>
    </message>
    <message>
        <source>“%1” is not a real date or time of day.</source>
        <translation>„%1“ ist kein gültiges Datum bzw. keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>“%1” is not a time-zone offset.</source>
        <translation>„%1“ ist kein Zeitzonenversatz.</translation>
    </message>
    <message>
        <source>Enter an oplog timestamp as seconds:increment, such as 1763647387:1.</source>
        <translation>Geben Sie einen Oplog-Zeitstempel im Format Sekunden:Inkrement ein, etwa 1763647387:1.</translation>
    </message>
    <message>
        <source>“%1” is not an oplog timestamp; write it as seconds:increment, such as 1763647387:1.</source>
        <translation>„%1“ ist kein Oplog-Zeitstempel; schreiben Sie ihn im Format Sekunden:Inkrement, etwa 1763647387:1.</translation>
    </message>
    <message>
        <source>%1 is too large for an oplog timestamp&apos;s seconds.</source>
        <translation>%1 ist zu groß für die Sekunden eines Oplog-Zeitstempels.</translation>
    </message>
    <message>
        <source>%1 is too large for an oplog increment.</source>
        <translation>%1 ist zu groß für ein Oplog-Inkrement.</translation>
    </message>
    <message>
        <source>An oplog increment counts from 1; %1:0 does not exist.</source>
        <translation>Ein Oplog-Inkrement zählt ab 1; %1:0 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>PitRules</name>
    <message>
        <source>A point-in-time restore is delivered into a cluster; it cannot be downloaded. Choose a target cluster, or download a snapshot instead.</source>
        <translation>Eine Point-in-Time-Wiederherstellung wird in einen Cluster geliefert; sie kann nicht heruntergeladen werden. Wählen Sie einen Ziel-Cluster, oder laden Sie stattdessen einen Snapshot herunter.</translation>
    </message>
    <message>
        <source>An oplog timestamp needs an increment of 1 or more (oplogInc).</source>
        <translation>Ein Oplog-Zeitstempel braucht ein Inkrement von 1 oder mehr (oplogInc).</translation>
    </message>
    <message>
        <source>%1 is before 2008-01-01, the earliest moment Atlas accepts for a restore.</source>
        <translation>%1 liegt vor 2008-01-01, dem frühesten Zeitpunkt, den Atlas für eine Wiederherstellung akzeptiert.</translation>
    </message>
    <message>
        <source>%1 does not have continuous cloud backup (point in time) turned on, so it can only be restored from a snapshot.</source>
        <translation>Für %1 ist kontinuierliches Cloud Backup (Point-in-Time) nicht aktiviert, daher kann nur aus einem Snapshot wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 is in the future; the latest moment you can restore to is now (%2).</source>
        <translation>%1 liegt in der Zukunft; der späteste Zeitpunkt, auf den Sie wiederherstellen können, ist jetzt (%2).</translation>
    </message>
    <message>
        <source>%1 is older than the restore window of %2 (it starts at %3).</source>
        <translation>%1 liegt vor dem Wiederherstellungsfenster (%2, Beginn: %3).</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is before the oldest moment the oplog can be replayed from.</source>
        <translation>%1 liegt vor dem ältesten Zeitpunkt, ab dem das Oplog wieder eingespielt werden kann.</translation>
    </message>
    <message>
        <source>%1 is after the newest backed-up oplog entry; try a slightly earlier moment.</source>
        <translation>%1 liegt nach dem neuesten gesicherten Oplog-Eintrag; versuchen Sie einen etwas früheren Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1 falls in a gap of the oplog history (%2 to %3): point-in-time restore was off or the oplog rolled over, so that time cannot be restored.</source>
        <translation>%1 fällt in eine Lücke des Oplog-Verlaufs (%2 bis %3): Die Point-in-Time-Wiederherstellung war deaktiviert oder das Oplog wurde überschrieben, daher kann dieser Zeitpunkt nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 falls in a restore blackout (%2 to %3): a restore into this cluster was running, and times between its start and the next snapshot cannot be restored.</source>
        <translation>%1 fällt in einen Sperrzeitraum für Wiederherstellungen (%2 bis %3): Eine Wiederherstellung in diesen Cluster lief, und Zeitpunkte zwischen ihrem Start und dem nächsten Snapshot können nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>PolicyDiffer</name>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>bei Bedarf</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>on day %1 of the week</source>
        <translation>an Wochentag %1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>am letzten Tag des Monats</translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>am %1. Tag des Monats</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <source>in month %1</source>
        <translation>im Monat %1</translation>
    </message>
    <message>
        <source>with interval %1</source>
        <translation>mit Intervall %1</translation>
    </message>
    <message>
        <source>Takes %1 snapshots %2 instead of %3.</source>
        <translation>Die %1 erstellten Snapshots entstehen künftig %2 statt %3.</translation>
    </message>
    <message>
        <source>Keeps %1 snapshots longer: %2 instead of %3.</source>
        <translation>Bewahrt die %1 erstellten Snapshots länger auf: %2 statt %3.</translation>
    </message>
    <message>
        <source>Keeps %1 snapshots for less time: %2 instead of %3.</source>
        <translation>Bewahrt die %1 erstellten Snapshots kürzer auf: %2 statt %3.</translation>
    </message>
    <message>
        <source>Takes scheduled snapshots from %1 UTC instead of %2 UTC.</source>
        <translation>Erstellt geplante Snapshots ab %1 UTC statt ab %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widens the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>Erweitert das Point-in-Time-Fenster auf %n Tag (bisher %1).</numerusform>
            <numerusform>Erweitert das Point-in-Time-Fenster auf %n Tage (bisher %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Narrows the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>Verkleinert das Point-in-Time-Fenster auf %n Tag (bisher %1).</numerusform>
            <numerusform>Verkleinert das Point-in-Time-Fenster auf %n Tage (bisher %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies the new retention to the snapshots already taken, too.</source>
        <translation>Wendet die neue Aufbewahrung auch auf bereits erstellte Snapshots an.</translation>
    </message>
    <message>
        <source>Leaves the snapshots already taken with the retention they have.</source>
        <translation>Belässt bereits erstellte Snapshots bei ihrer bisherigen Aufbewahrung.</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>Neuer Eintrag: %1.</translation>
    </message>
    <message>
        <source>Removes %1.</source>
        <translation>Entfernter Eintrag: %1.</translation>
    </message>
</context>
<context>
    <name>PolicyEstimate</name>
    <message numerus="yes">
        <source>About %n snapshot(s) kept at once</source>
        <translation>
            <numerusform>Etwa %n Snapshot gleichzeitig aufbewahrt</numerusform>
            <numerusform>Etwa %n Snapshots gleichzeitig aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, about %2.</source>
        <translation>%1, etwa %2.</translation>
    </message>
</context>
<context>
    <name>PolicyValidation</name>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s), kept %1</source>
        <translation>
            <numerusform>jede Stunde, Aufbewahrung %1</numerusform>
            <numerusform>alle %n Stunden, Aufbewahrung %1</numerusform>
        </translation>
    </message>
    <message>
        <source>daily, kept %1</source>
        <translation>täglich, Aufbewahrung %1</translation>
    </message>
    <message>
        <source>weekly (%1), kept %2</source>
        <translation>wöchentlich (%1), Aufbewahrung %2</translation>
    </message>
    <message>
        <source>monthly (%1), kept %2</source>
        <translation>monatlich (%1), Aufbewahrung %2</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>yearly (%1), kept %2</source>
        <translation>jährlich (%1), Aufbewahrung %2</translation>
    </message>
    <message>
        <source>on demand, kept %1</source>
        <translation>On-Demand, Aufbewahrung %1</translation>
    </message>
    <message numerus="yes">
        <source>On NVMe clusters the hourly snapshot interval must be 12 hours, not %n hour(s).</source>
        <translation>
            <numerusform>Auf NVMe-Clustern muss das Intervall stündlicher Snapshots 12 Stunden betragen, nicht %n Stunde.</numerusform>
            <numerusform>Auf NVMe-Clustern muss das Intervall stündlicher Snapshots 12 Stunden betragen, nicht %n Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>An hourly item runs every 1, 2, 4, 6, 8 or 12 hours, not every %1.</source>
        <translation>Ein stündlicher Eintrag läuft alle 1, 2, 4, 6, 8 oder 12 Stunden, nicht alle %1.</translation>
    </message>
    <message>
        <source>A daily item must have interval 1, not %1.</source>
        <translation>Ein täglicher Eintrag muss das Intervall 1 haben, nicht %1.</translation>
    </message>
    <message>
        <source>A weekly item needs a day of the week from 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation>Ein wöchentlicher Eintrag braucht einen Wochentag von 1 (Montag) bis 7 (Sonntag), nicht %1.</translation>
    </message>
    <message>
        <source>A monthly item needs a day of the month from 1 to 28, or 40 for the last day, not %1.</source>
        <translation>Ein monatlicher Eintrag braucht einen Tag des Monats von 1 bis 28 oder 40 für den letzten Tag, nicht %1.</translation>
    </message>
    <message>
        <source>A yearly item needs a month from 1 (January) to 12 (December), not %1.</source>
        <translation>Ein jährlicher Eintrag braucht einen Monat von 1 (Januar) bis 12 (Dezember), nicht %1.</translation>
    </message>
    <message>
        <source>An on-demand item&apos;s interval must be 0–28 or 40, not %1.</source>
        <translation>Das Intervall eines On-Demand-Eintrags muss 0–28 oder 40 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The reference time must be an hour from 0 to 23 and a minute from 0 to 59 (UTC); got %1:%2.</source>
        <translation>Die Referenzzeit muss aus einer Stunde von 0 bis 23 und einer Minute von 0 bis 59 bestehen (UTC); angegeben: %1:%2.</translation>
    </message>
    <message>
        <source>A backup policy needs at least one item, or no scheduled snapshot would ever be taken.</source>
        <translation>Eine Backup-Richtlinie braucht mindestens einen Eintrag, sonst würde nie ein geplanter Snapshot erstellt.</translation>
    </message>
    <message>
        <source>A backup schedule cannot contain an on-demand item; on-demand snapshots are taken by hand.</source>
        <translation>Ein Backup-Zeitplan kann keinen On-Demand-Eintrag enthalten; On-Demand-Snapshots werden manuell erstellt.</translation>
    </message>
    <message>
        <source>The %1 item must keep its snapshots for at least 1 %2, not %3.</source>
        <translation>Der Eintrag „%1“ muss seine Snapshots mindestens 1 %2 aufbewahren, nicht %3.</translation>
    </message>
    <message>
        <source>The %1 item keeps snapshots for %2, which is shorter than its own period; keep them at least %3.</source>
        <translation>Der Eintrag „%1“ bewahrt Snapshots %2 auf, kürzer als seine eigene Periode; bewahren Sie sie mindestens %3 auf.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>1 month (31 days)</source>
        <translation>1 Monat (31 Tage)</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>A backup policy can have only one %1 item.</source>
        <translation>Eine Backup-Richtlinie kann nur einen Eintrag „%1“ haben.</translation>
    </message>
    <message>
        <source>The %1 item keeps snapshots for %2, less than the more frequent %3 item; a less frequent item must keep its snapshots at least as long.</source>
        <translation>Der Eintrag „%1“ bewahrt Snapshots %2 auf, kürzer als der häufigere Eintrag „%3“; ein seltenerer Eintrag muss seine Snapshots mindestens genauso lange aufbewahren.</translation>
    </message>
    <message>
        <source>The point-in-time restore window must be at least 1 day, not %1.</source>
        <translation>Das Point-in-Time-Fenster muss mindestens 1 Tag betragen, nicht %1.</translation>
    </message>
    <message numerus="yes">
        <source>The restore window (%n day(s)) cannot be longer than the hourly snapshots are kept (%1).</source>
        <translation>
            <numerusform>Das Wiederherstellungsfenster (%n Tag) kann nicht länger sein als die Aufbewahrung der stündlichen Snapshots (%1).</numerusform>
            <numerusform>Das Wiederherstellungsfenster (%n Tage) kann nicht länger sein als die Aufbewahrung der stündlichen Snapshots (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Backup Compliance Policy requires a %1 item (%2); it cannot be removed.</source>
        <translation>Die Backup Compliance Policy verlangt einen Eintrag „%1“ (%2); er kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy requires at least %1 for the %2 item; this policy goes below it.</source>
        <translation>Die Backup Compliance Policy verlangt für den Eintrag „%2“ mindestens %1; diese Richtlinie liegt darunter.</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>Die Backup Compliance Policy verlangt ein Wiederherstellungsfenster von mindestens %n Tag.</numerusform>
            <numerusform>Die Backup Compliance Policy verlangt ein Wiederherstellungsfenster von mindestens %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under the Backup Compliance Policy the retention of existing %1 snapshots cannot be shortened; turn off &quot;apply to existing snapshots&quot; or keep %2.</source>
        <translation>Unter der Backup Compliance Policy kann die Aufbewahrung vorhandener Snapshots des Eintrags „%1“ nicht verkürzt werden; deaktivieren Sie „Aufbewahrungsänderungen auf vorhandene Snapshots anwenden“ oder bewahren Sie sie %2 auf.</translation>
    </message>
    <message>
        <source>Retention changes will also apply to existing snapshots; snapshots whose new expiry has passed are deleted.</source>
        <translation>Aufbewahrungsänderungen gelten auch für vorhandene Snapshots; Snapshots, deren neues Ablaufdatum bereits verstrichen ist, werden gelöscht.</translation>
    </message>
    <message>
        <source>New %1 snapshots will be kept for %2, shorter than today.</source>
        <translation>Neue Snapshots des Eintrags „%1“ werden %2 aufbewahrt, kürzer als bisher.</translation>
    </message>
</context>
<context>
    <name>PostureReportBuilder</name>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarifstufe</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>Backup-Art</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>PIT window</source>
        <translation>PIT-Fenster</translation>
    </message>
    <message>
        <source>Last snapshot</source>
        <translation>Letzter Snapshot</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>Nächster Snapshot</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Compliance standing</source>
        <translation>Compliance-Status</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>Ungeschützt</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Warning code</source>
        <translation>Warnungscode</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Clusters by health and project</source>
        <translation>Cluster nach Status und Projekt</translation>
    </message>
    <message>
        <source>No cluster has a warning.</source>
        <translation>Kein Cluster hat eine Warnung.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The backup posture of every cluster as of %1, judged from what the catalog last read from Atlas.</source>
        <translation>Der Backup-Status jedes Clusters, Stand %1, bewertet anhand dessen, was der Katalog zuletzt aus Atlas gelesen hat.</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>Below the compliance policy</source>
        <translation>Unter der Compliance-Richtlinie</translation>
    </message>
    <message>
        <source>With point-in-time restore</source>
        <translation>Mit Point-in-Time-Wiederherstellung</translation>
    </message>
    <message>
        <source>Posture by cluster</source>
        <translation>Backup-Status nach Cluster</translation>
    </message>
</context>
<context>
    <name>PostureText</name>
    <message>
        <source>no backup (M0)</source>
        <translation>kein Backup (M0)</translation>
    </message>
    <message>
        <source>Free M0 clusters have no Atlas backup. Use mongodump to keep your own copy of the data.</source>
        <translation>Kostenlose M0-Cluster haben kein Atlas-Backup. Verwenden Sie mongodump, um eine eigene Kopie der Daten aufzubewahren.</translation>
    </message>
    <message>
        <source>serverless end of life</source>
        <translation>Serverless wird eingestellt</translation>
    </message>
    <message>
        <source>Atlas has deprecated serverless instances and is retiring them. Migrate this one to a Flex or dedicated cluster to keep it and its backups.</source>
        <translation>Atlas hat Serverless-Instanzen als veraltet eingestuft und stellt sie ein. Migrieren Sie diese Instanz auf einen Flex- oder dedizierten Cluster, um sie und ihre Backups zu behalten.</translation>
    </message>
    <message>
        <source>legacy backup</source>
        <translation>Legacy-Backup</translation>
    </message>
    <message>
        <source>This cluster still uses legacy backup, which Atlas has deprecated. Move it to Cloud Backup; until then Snapline shows its snapshots read-only.</source>
        <translation>Dieser Cluster verwendet noch Legacy-Backup, das Atlas als veraltet eingestuft hat. Stellen Sie ihn auf Cloud Backup um; bis dahin zeigt Snapline seine Snapshots schreibgeschützt an.</translation>
    </message>
    <message>
        <source>backup off</source>
        <translation>Backup aus</translation>
    </message>
    <message>
        <source>Cloud Backup is turned off on this dedicated cluster, so no snapshot protects its data. Turn backup on.</source>
        <translation>Cloud Backup ist auf diesem dedizierten Cluster deaktiviert, daher schützt kein Snapshot seine Daten. Aktivieren Sie das Backup.</translation>
    </message>
    <message>
        <source>below compliance</source>
        <translation>Compliance unterschritten</translation>
    </message>
    <message>
        <source>The backup policy goes below the project&apos;s Backup Compliance Policy, which requires %1.</source>
        <translation>Die Backup-Richtlinie unterschreitet die Backup Compliance Policy des Projekts, die %1 verlangt.</translation>
    </message>
    <message numerus="yes">
        <source>PIT gaps (%n)</source>
        <translation>
            <numerusform>PIT-Lücke (%n)</numerusform>
            <numerusform>PIT-Lücken (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The point-in-time history has %n gap(s) in the restore window (the last %1); the longest lasts %2 from %3. Moments inside a gap cannot be restored.</source>
        <translation>
            <numerusform>Der Point-in-Time-Verlauf hat %n Lücke im Wiederherstellungsfenster (die letzten %1); sie dauert %2 ab %3. Zeitpunkte innerhalb einer Lücke können nicht wiederhergestellt werden.</numerusform>
            <numerusform>Der Point-in-Time-Verlauf hat %n Lücken im Wiederherstellungsfenster (die letzten %1); die längste dauert %2 ab %3. Zeitpunkte innerhalb einer Lücke können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in 24 h</source>
        <translation>
            <numerusform>%n Fehlschlag in 24 Std.</numerusform>
            <numerusform>%n Fehlschläge in 24 Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed in the last 24 hours. Check the cluster&apos;s backup events.</source>
        <translation>
            <numerusform>%n Snapshot ist in den letzten 24 Stunden fehlgeschlagen. Prüfen Sie die Backup-Ereignisse des Clusters.</numerusform>
            <numerusform>%n Snapshots sind in den letzten 24 Stunden fehlgeschlagen. Prüfen Sie die Backup-Ereignisse des Clusters.</numerusform>
        </translation>
    </message>
    <message>
        <source>no snapshot</source>
        <translation>kein Snapshot</translation>
    </message>
    <message>
        <source>There is no successful snapshot, although the schedule takes one every %1.</source>
        <translation>Es gibt keinen erfolgreichen Snapshot, obwohl der Zeitplan alle %1 einen vorsieht.</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>The last successful snapshot is from %1 (%2), although the schedule takes one every %3.</source>
        <translation>Der letzte erfolgreiche Snapshot stammt von %1 (%2), obwohl der Zeitplan alle %3 einen vorsieht.</translation>
    </message>
    <message>
        <source>%1 kept %2 ≥ %3</source>
        <translation>%1: Aufbewahrung %2 ≥ %3</translation>
    </message>
    <message>
        <source>%1 kept %2 &lt; %3</source>
        <translation>%1: Aufbewahrung %2 &lt; %3</translation>
    </message>
    <message>
        <source>%1 every %2 h, needs every %3 h</source>
        <translation>%1 alle %2 Std., verlangt: alle %3 Std.</translation>
    </message>
    <message>
        <source>%1 missing, needs %2</source>
        <translation>%1 fehlt, verlangt: %2</translation>
    </message>
    <message numerus="yes">
        <source>point in time off, needs %n day(s)</source>
        <translation>
            <numerusform>Point-in-Time aus, verlangt: %n Tag</numerusform>
            <numerusform>Point-in-Time aus, verlangt: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>Point-in-Time-Wiederherstellung mit einem Fenster von mindestens %n Tag</numerusform>
            <numerusform>Point-in-Time-Wiederherstellung mit einem Fenster von mindestens %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>restore window %1 ≥ %2</source>
        <translation>Wiederherstellungsfenster %1 ≥ %2</translation>
    </message>
    <message>
        <source>restore window %1 &lt; %2</source>
        <translation>Wiederherstellungsfenster %1 &lt; %2</translation>
    </message>
    <message>
        <source>backup off, needs it on</source>
        <translation>Backup aus, muss aktiviert sein</translation>
    </message>
    <message>
        <source>Cloud Backup turned on</source>
        <translation>Cloud Backup aktiviert</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <source>policy not read yet</source>
        <translation>Richtlinie noch nicht gelesen</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>unterschritten: %1</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Checks a proposed backup or restore action against every Atlas rule.</source>
        <translation>Prüft eine geplante Backup- oder Wiederherstellungsaktion anhand aller Atlas-Regeln.</translation>
    </message>
    <message>
        <source>The facts file (JSON, see docs/preflight.md); - reads standard input.</source>
        <translation>Die Faktendatei (JSON, siehe docs/preflight.md); - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json (default) or text.</source>
        <translation>json (Standard) oder text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>snapline preflight: %1</source>
        <translation>snapline preflight: %1</translation>
    </message>
    <message>
        <source>
Exit codes: 0 allowed, 3 refused, 2 bad input.</source>
        <translation>
Exit-Codes: 0 erlaubt, 3 abgelehnt, 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>snapline preflight: unexpected argument %1</source>
        <translation>snapline preflight: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>snapline preflight: --output must be json or text, not %1</source>
        <translation>snapline preflight: --output muss json oder text sein, nicht %1</translation>
    </message>
    <message>
        <source>snapline preflight: --facts FILE is required</source>
        <translation>snapline preflight: --facts FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>Dienstkonto %1</translation>
    </message>
    <message>
        <source>	(built in)</source>
        <translation>	(integriert)</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Profilname.</translation>
    </message>
    <message>
        <source>Atlas address.</source>
        <translation>Atlas-Adresse.</translation>
    </message>
    <message>
        <source>API key public key.</source>
        <translation>Öffentlicher Schlüssel des API-Schlüssels.</translation>
    </message>
    <message>
        <source>Service account client id.</source>
        <translation>Client-ID des Dienstkontos.</translation>
    </message>
    <message>
        <source>Organization id.</source>
        <translation>Organisations-ID.</translation>
    </message>
    <message>
        <source>Default project id.</source>
        <translation>Standard-Projekt-ID.</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM).</source>
        <translation>Zusätzliche CA-Zertifikate (PEM).</translation>
    </message>
    <message>
        <source>Trust exactly this certificate.</source>
        <translation>Genau diesem Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>Usage: snapline profile add --name NAME (--public-key KEY | --client-id ID) [--base-url URL] [--org ID] [--project ID] [--ca-file FILE] [--pin-sha256 FP]
The private key or client secret is read from standard input.</source>
        <translation>Aufruf: snapline profile add --name NAME (--public-key KEY | --client-id ID) [--base-url URL] [--org ID] [--project ID] [--ca-file FILE] [--pin-sha256 FP]
Der private Schlüssel oder das Client-Secret wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>No secret on standard input: pipe the private key or client secret in.</source>
        <translation>Kein Geheimnis auf der Standardeingabe: Leiten Sie den privaten Schlüssel oder das Client-Secret per Pipe ein.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;; its secret is in %2.</source>
        <translation>Profil „%1“ hinzugefügt; sein Geheimnis liegt in %2.</translation>
    </message>
    <message>
        <source>The Atlas CLI config file.</source>
        <translation>Die Konfigurationsdatei der Atlas CLI.</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ importiert.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secret.</source>
        <translation>Profil „%1“ und sein Geheimnis wurden entfernt.</translation>
    </message>
    <message>
        <source>Usage: snapline profile list | add … | import-atlascli [--file PATH] | remove NAME</source>
        <translation>Aufruf: snapline profile list | add … | import-atlascli [--file PATH] | remove NAME</translation>
    </message>
</context>
<context>
    <name>ProfileResolver</name>
    <message>
        <source>The environment holds no complete Atlas credentials: set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY, or MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET.</source>
        <translation>Die Umgebung enthält keine vollständigen Atlas-Anmeldedaten: Setzen Sie MONGODB_ATLAS_PUBLIC_API_KEY und MONGODB_ATLAS_PRIVATE_API_KEY oder MONGODB_ATLAS_CLIENT_ID und MONGODB_ATLAS_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>Das Geheimnis des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>“%1” is not a valid address: write it as https://host, for example https://cloud.mongodb.com.</source>
        <translation>„%1“ ist keine gültige Adresse: Schreiben Sie sie als https://host, zum Beispiel https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <source>“%1” must start with https:// (plain http:// is allowed only for a sandbox on this computer).</source>
        <translation>„%1“ muss mit https:// beginnen (einfaches http:// ist nur für eine Sandbox auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>“%1” must not contain a user name or password; they belong in the profile&apos;s credentials.</source>
        <translation>„%1“ darf keinen Benutzernamen und kein Passwort enthalten; diese gehören in die Anmeldedaten des Profils.</translation>
    </message>
    <message>
        <source>“%1” must be the server&apos;s address only, without a path (Snapline adds /api/atlas/v2 itself).</source>
        <translation>„%1“ darf nur die Adresse des Servers enthalten, ohne Pfad (Snapline ergänzt /api/atlas/v2 selbst).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Geben Sie den öffentlichen Schlüssel des API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>An API public key is exactly 8 characters without spaces; “%1” is %2 characters long.</source>
        <translation>Ein öffentlicher API-Schlüssel besteht aus genau 8 Zeichen ohne Leerzeichen; „%1“ ist %2 Zeichen lang.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client id.</source>
        <translation>Geben Sie die Client-ID des Dienstkontos ein.</translation>
    </message>
    <message>
        <source>“%1” is not a service account client id: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>„%1“ ist keine Client-ID eines Dienstkontos: Diese besteht aus mdb_sa_id_, gefolgt von 24 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The token path must be a path on the base URL, such as %1.</source>
        <translation>Der Token-Pfad muss ein Pfad unter der Basis-URL sein, etwa %1.</translation>
    </message>
    <message>
        <source>The organization id must be 24 lowercase hexadecimal characters; “%1” is not.</source>
        <translation>Die Organisations-ID muss aus 24 kleingeschriebenen Hexadezimalzeichen bestehen; „%1“ erfüllt das nicht.</translation>
    </message>
    <message>
        <source>The default project id must be 24 lowercase hexadecimal characters; “%1” is not.</source>
        <translation>Die Standard-Projekt-ID muss aus 24 kleingeschriebenen Hexadezimalzeichen bestehen; „%1“ erfüllt das nicht.</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Die CA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pinned certificate must be a SHA-256 fingerprint: 32 pairs of hexadecimal digits separated by colons (AB:CD:…).</source>
        <translation>Das angeheftete Zertifikat muss ein SHA-256-Fingerabdruck sein: 32 Paare von Hexadezimalziffern, durch Doppelpunkte getrennt (AB:CD:…).</translation>
    </message>
</context>
<context>
    <name>ReportArgumentReader</name>
    <message>
        <source>Usage: snapline report --profile NAME --kind KIND [--scope SCOPE] --from DATE [--to DATE] --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
       snapline report verify PATH [--key-fingerprint FP]</source>
        <translation>Aufruf: snapline report --profile NAME --kind KIND [--scope SCOPE] --from DATE [--to DATE] --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
        snapline report verify PATH [--key-fingerprint FP]</translation>
    </message>
    <message>
        <source>Writes a backup report from the profile&apos;s catalog, with a manifest of SHA-256 hashes (and an Ed25519 signature with --sign), without a display and without asking anything.

  --profile NAME   a saved profile (name or id), &quot;Local sandbox&quot;, or env
  --kind KIND      %1
  --scope SCOPE    org:ID, project:ID or cluster:PROJECT_ID/NAME; an organization or
                   project may be named instead (project:Payments). Default: the
                   profile&apos;s organization
  --from DATE      start of the period, inclusive: YYYY-MM-DD (UTC) or an ISO 8601 time
  --to DATE        end of the period: YYYY-MM-DD includes that whole day; an ISO time is
                   exclusive; default now. A posture report is as of --to
  --days N         the N days up to --to, instead of --from
  --out PATH       the report file (a folder, .zip or .csv for CSV)
  --format FORMAT  %2; default from the extension of --out
  --page SIZE      a4 (default) or letter, for PDF and HTML printing
  --sign           sign the manifest with Snapline&apos;s own key (made on first use)
  --key PEM        sign with this Ed25519 private key instead (implies --sign)
  --sync           sync the scope from Atlas first (else the catalog as last synced)

Exit codes: 0 written, 1 failure (catalog, destination, key, sync), 2 bad arguments or a
scope the catalog does not hold, 130 interrupted (nothing is left behind).
`snapline report verify --help` explains verify. See docs/reports.md.
</source>
        <translation>Schreibt einen Backup-Bericht aus dem Katalog des Profils, mit einem Manifest aus SHA-256-Hashes (und mit --sign einer Ed25519-Signatur), ohne grafische Oberfläche und ohne Rückfragen.

  --profile NAME   ein gespeichertes Profil (Name oder ID), &quot;Lokale Sandbox&quot; oder env
  --kind KIND      %1
  --scope SCOPE    org:ID, project:ID oder cluster:PROJECT_ID/NAME; statt der ID kann
                   auch der Name einer Organisation oder eines Projekts stehen
                   (project:Payments). Standard: die Organisation des Profils
  --from DATE      Beginn des Zeitraums, einschließlich: YYYY-MM-DD (UTC) oder ISO-8601-Zeit
  --to DATE        Ende des Zeitraums: YYYY-MM-DD schließt den ganzen Tag ein, eine ISO-Zeit
                   ist ausschließlich; Standard: now. Ein Statusbericht gilt zum Zeitpunkt --to
  --days N         die N Tage bis --to, statt --from
  --out PATH       die Berichtsdatei (ein Ordner, .zip oder .csv für CSV)
  --format FORMAT  %2; Standard: aus der Dateiendung von --out
  --page SIZE      a4 (Standard) oder letter, für den Druck von PDF und HTML
  --sign           das Manifest mit Snaplines eigenem Schlüssel signieren (beim ersten Mal erzeugt)
  --key PEM        stattdessen mit diesem privaten Ed25519-Schlüssel signieren (impliziert --sign)
  --sync           den Bereich zuerst aus Atlas synchronisieren (sonst: Katalog der letzten Synchronisierung)

Exit-Codes: 0 geschrieben, 1 Fehler (Katalog, Ziel, Schlüssel, Synchronisierung), 2 ungültige Argumente
oder ein Bereich, den der Katalog nicht enthält, 130 unterbrochen (es bleibt nichts zurück).
`snapline report verify --help` erklärt verify. Siehe docs/reports.md.
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation>--%1 fehlt.</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not a report kind: use %2.</source>
        <translation>--kind „%1“ ist keine Berichtsart: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD), a time (ISO 8601) or now.</source>
        <translation>--to „%1“ ist weder ein Datum (YYYY-MM-DD) noch eine Zeit (ISO 8601) noch now.</translation>
    </message>
    <message>
        <source>Give either --from or --days, not both.</source>
        <translation>Geben Sie entweder --from oder --days an, nicht beides.</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD) or a time (ISO 8601).</source>
        <translation>--from „%1“ ist weder ein Datum (YYYY-MM-DD) noch eine Zeit (ISO 8601).</translation>
    </message>
    <message>
        <source>--days &quot;%1&quot; is not a number of days (1 to 3660).</source>
        <translation>--days „%1“ ist keine Anzahl von Tagen (1 bis 3660).</translation>
    </message>
    <message>
        <source>--from (or --days) is missing: a %1 report covers a period.</source>
        <translation>--from (oder --days) fehlt: Der Bericht „%1“ deckt einen Zeitraum ab.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format: use %2.</source>
        <translation>--format „%1“ ist kein Format: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>--format is missing, and the name %1 does not say which format to write.</source>
        <translation>--format fehlt, und der Name %1 lässt nicht erkennen, welches Format geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--page &quot;%1&quot; is not a page size: use a4 or letter.</source>
        <translation>--page „%1“ ist keine Seitengröße: Verwenden Sie a4 oder letter.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>A posture report needs the moment to judge at.</source>
        <translation>Ein Backup-Statusbericht braucht den Zeitpunkt, zu dem bewertet wird.</translation>
    </message>
    <message>
        <source>The report needs a period: a start and an end.</source>
        <translation>Der Bericht braucht einen Zeitraum: einen Beginn und ein Ende.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The catalog holds no organization yet: sync it first (--sync).</source>
        <translation>Der Katalog enthält noch keine Organisation: Synchronisieren Sie ihn zuerst (--sync).</translation>
    </message>
    <message>
        <source>The catalog holds several organizations: choose one with --scope: %1.</source>
        <translation>Der Katalog enthält mehrere Organisationen: Wählen Sie eine mit --scope aus: %1.</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 clusters · %3</source>
        <translation>Synchronisierung: %1 von %2 Clustern · %3</translation>
    </message>
    <message>
        <source>The sync failed, so no report was written: %1</source>
        <translation>Die Synchronisierung ist fehlgeschlagen, daher wurde kein Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no catalog yet: add --sync, or run snapline sync --profile &quot;%1&quot; first.</source>
        <translation>Profil „%1“ hat noch keinen Katalog: Fügen Sie --sync hinzu, oder führen Sie zuerst snapline sync --profile &quot;%1&quot; aus.</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1 report written to %2 (%3)</source>
        <translation>Bericht „%1“ nach %2 geschrieben (%3)</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>Signature: %1, key %2</source>
        <translation>Signatur: %1, Schlüssel %2</translation>
    </message>
    <message>
        <source>Check it with: snapline report verify %1</source>
        <translation>Prüfen mit: snapline report verify %1</translation>
    </message>
</context>
<context>
    <name>ReportContext</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation>Projekt %1 (%2)</translation>
    </message>
    <message>
        <source>The catalog holds no cluster &quot;%1&quot; in project %2. Sync the project, or check the name.</source>
        <translation>Der Katalog enthält keinen Cluster „%1“ im Projekt %2. Synchronisieren Sie das Projekt, oder prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>Cluster %1 (project %2, %3)</source>
        <translation>Cluster %1 (Projekt %2, %3)</translation>
    </message>
    <message>
        <source>The catalog holds no organization &quot;%1&quot;. Sync it first, or check the id.</source>
        <translation>Der Katalog enthält keine Organisation „%1“. Synchronisieren Sie sie zuerst, oder prüfen Sie die ID.</translation>
    </message>
    <message>
        <source>The catalog holds no project &quot;%1&quot;. Sync it first, or check the id.</source>
        <translation>Der Katalog enthält kein Projekt „%1“. Synchronisieren Sie es zuerst, oder prüfen Sie die ID.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>This build of Snapline cannot write %1 reports.</source>
        <translation>Dieser Build von Snapline kann keine %1-Berichte schreiben.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (permission denied or read-only)</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden (keine Berechtigung oder schreibgeschützt)</translation>
    </message>
    <message>
        <source>no staging folder could be made</source>
        <translation>es konnte kein Zwischenordner angelegt werden</translation>
    </message>
    <message>
        <source>the folder exists and holds files that are not from a report; choose another destination</source>
        <translation>der Ordner existiert und enthält Dateien, die nicht aus einem Bericht stammen; wählen Sie ein anderes Ziel</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Reading the catalog</source>
        <translation>Katalog wird gelesen</translation>
    </message>
    <message>
        <source>Writing the %1 report</source>
        <translation>Bericht „%1“ wird geschrieben</translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation>%1 als %2 exportieren</translation>
    </message>
</context>
<context>
    <name>ReportManifest</name>
    <message>
        <source>The manifest is not JSON: %1.</source>
        <translation>Das Manifest ist kein JSON: %1.</translation>
    </message>
    <message>
        <source>The file is not a Snapline report manifest.</source>
        <translation>Die Datei ist kein Snapline-Berichtsmanifest.</translation>
    </message>
    <message>
        <source>The manifest is version %1; this Snapline reads version %2.</source>
        <translation>Das Manifest hat Version %1; diese Snapline-Version liest Version %2.</translation>
    </message>
    <message>
        <source>The manifest lists a file without a path, a SHA-256 or a size.</source>
        <translation>Das Manifest listet eine Datei ohne Pfad, SHA-256 oder Größe.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportRenderText</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF file %1.</source>
        <translation>Die PDF-Datei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: it is a folder.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the folder %2 does not exist.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>the file was already closed</source>
        <translation>die Datei war bereits geschlossen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Keine Zeilen.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
    <message>
        <source>Rows: %1 — listed in the CSV and JSON exports only.</source>
        <translation>Zeilen: %1 – nur in den CSV- und JSON-Exporten aufgeführt.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Made by Snapline, a console for MongoDB Atlas cloud backups.</source>
        <translation>Erstellt mit Snapline, einer Konsole für Cloud-Backups von MongoDB Atlas.</translation>
    </message>
</context>
<context>
    <name>ReportScopeChoices</name>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Cluster %1 / %2</source>
        <translation>Cluster %1 / %2</translation>
    </message>
</context>
<context>
    <name>ReportSignature</name>
    <message>
        <source>The signature file is not a Snapline Ed25519 signature.</source>
        <translation>Die Signaturdatei ist keine Ed25519-Signatur von Snapline.</translation>
    </message>
</context>
<context>
    <name>ReportSigningKey</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key.</source>
        <translation>OpenSSL konnte keinen Ed25519-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Der Signaturschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM private key (an encrypted key needs its passphrase removed first).</source>
        <translation>%1 enthält keinen lesbaren privaten PEM-Schlüssel (bei einem verschlüsselten Schlüssel muss zuerst die Passphrase entfernt werden).</translation>
    </message>
    <message>
        <source>The key in %1 is not an Ed25519 key; reports are signed with Ed25519 (make one with &quot;openssl genpkey -algorithm ed25519&quot;).</source>
        <translation>Der Schlüssel in %1 ist kein Ed25519-Schlüssel; Berichte werden mit Ed25519 signiert (erzeugen Sie einen mit &quot;openssl genpkey -algorithm ed25519&quot;).</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key.</source>
        <translation>OpenSSL konnte den Schlüssel nicht schreiben.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the manifest.</source>
        <translation>OpenSSL konnte das Manifest nicht signieren.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>&quot;%1&quot; is not a scope: write org:ID, project:ID or cluster:PROJECT_ID/NAME.</source>
        <translation>„%1“ ist kein Bereich: Schreiben Sie org:ID, project:ID oder cluster:PROJECT_ID/NAME.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; names nothing after the colon.</source>
        <translation>Der Bereich „%1“ nennt nach dem Doppelpunkt nichts.</translation>
    </message>
    <message>
        <source>A cluster scope is cluster:PROJECT_ID/NAME, not &quot;%1&quot;.</source>
        <translation>Ein Cluster-Bereich lautet cluster:PROJECT_ID/NAME, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope level: use org, project or cluster.</source>
        <translation>„%1“ ist keine Bereichsebene: Verwenden Sie org, project oder cluster.</translation>
    </message>
    <message>
        <source>Backup posture</source>
        <translation>Backup-Status</translation>
    </message>
    <message>
        <source>Backup coverage</source>
        <translation>Backup-Abdeckung</translation>
    </message>
    <message>
        <source>Backup compliance</source>
        <translation>Backup-Compliance</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>Wiederherstellungsaktivität</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Backup-Speicher</translation>
    </message>
    <message>
        <source>How every cluster&apos;s backups stood at one moment: backup kind, point in time, last snapshot, compliance and warnings.</source>
        <translation>Wie die Backups jedes Clusters zu einem Zeitpunkt standen: Backup-Art, Point-in-Time, letzter Snapshot, Compliance und Warnungen.</translation>
    </message>
    <message>
        <source>Whether every cluster was backed up as its policy says over the period: snapshots expected and taken, missed and failed ones, the achieved recovery point and the point-in-time window.</source>
        <translation>Ob jeder Cluster im Zeitraum gemäß seiner Richtlinie gesichert wurde: erwartete und erstellte Snapshots, verpasste und fehlgeschlagene, der erreichte Wiederherstellungspunkt und das Point-in-Time-Fenster.</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy of each project, who set it and when, the clusters below it and the actions it refused.</source>
        <translation>Die Backup Compliance Policy jedes Projekts, wer sie wann festgelegt hat, die Cluster, die sie unterschreiten, und die von ihr abgelehnten Aktionen.</translation>
    </message>
    <message>
        <source>Every restore job of the period, who asked for it and how it ended: the evidence of restore drills.</source>
        <translation>Alle Wiederherstellungsaufträge des Zeitraums, wer sie angefordert hat und wie sie endeten: der Nachweis für Wiederherstellungsübungen.</translation>
    </message>
    <message>
        <source>Snapshot storage over the period, by cluster and by snapshot frequency.</source>
        <translation>Snapshot-Speicher im Zeitraum, nach Cluster und nach Snapshot-Häufigkeit.</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>the signature file cannot be read: %1</source>
        <translation>die Signaturdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the manifest is not the one that was signed</source>
        <translation>das Manifest ist nicht dasjenige, das signiert wurde</translation>
    </message>
    <message>
        <source>No manifest for %1: %2 does not exist, so there is nothing to check against.</source>
        <translation>Kein Manifest für %1: %2 existiert nicht, daher gibt es nichts, womit verglichen werden kann.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>CHANGED %1: it cannot be read (expected SHA-256 %2, %3 bytes)</source>
        <translation>GEÄNDERT %1: nicht lesbar (erwartet: SHA-256 %2, %3 Byte)</translation>
    </message>
    <message>
        <source>CHANGED %1: SHA-256 %2 (%3 bytes), expected %4 (%5 bytes)</source>
        <translation>GEÄNDERT %1: SHA-256 %2 (%3 Byte), erwartet: %4 (%5 Byte)</translation>
    </message>
    <message>
        <source>MISSING %1</source>
        <translation>FEHLT %1</translation>
    </message>
    <message>
        <source>EXTRA %1: not in the manifest</source>
        <translation>ZUSÄTZLICH %1: nicht im Manifest</translation>
    </message>
    <message>
        <source>The manifest is not signed.</source>
        <translation>Das Manifest ist nicht signiert.</translation>
    </message>
    <message>
        <source>The signature is valid, by key %1.</source>
        <translation>Die Signatur ist gültig (Schlüssel %1).</translation>
    </message>
    <message>
        <source>The signature is INVALID: %1.</source>
        <translation>Die Signatur ist UNGÜLTIG: %1.</translation>
    </message>
    <message>
        <source>The signature is valid but by key %1, not the trusted one.</source>
        <translation>Die Signatur ist gültig, stammt aber von Schlüssel %1, nicht vom vertrauenswürdigen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) match the manifest.</source>
        <translation>
            <numerusform>Die %n Datei stimmt mit dem Manifest überein.</numerusform>
            <numerusform>Alle %n Dateien stimmen mit dem Manifest überein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportVerifyCommand</name>
    <message>
        <source>Usage: snapline report verify PATH [--key-fingerprint FP]

Checks a report (a file, a .zip, a CSV folder, or its manifest or signature) against its
manifest: every file&apos;s SHA-256 and size, the files inside a .zip, files added to a report
folder, and the signature. Prints one line per finding.

  --key-fingerprint FP  the fingerprint (SHA256:…) of the key you trust: a report signed
                        by another key, or not signed, does not pass

Exit codes: 0 intact, 5 changed, missing or extra files, or a signature that is invalid,
by another key or missing when --key-fingerprint is given, 1 no manifest could be read,
2 bad arguments.
</source>
        <translation>Aufruf: snapline report verify PATH [--key-fingerprint FP]

Prüft einen Bericht (eine Datei, eine .zip-Datei, einen CSV-Ordner oder dessen Manifest bzw. Signatur)
anhand seines Manifests: SHA-256 und Größe jeder Datei, die Dateien in einer .zip-Datei, einem
Berichtsordner hinzugefügte Dateien und die Signatur. Gibt eine Zeile pro Befund aus.

  --key-fingerprint FP  der Fingerabdruck (SHA256:…) des Schlüssels, dem Sie vertrauen: Ein Bericht,
                        der mit einem anderen oder gar keinem Schlüssel signiert ist, besteht die Prüfung nicht

Exit-Codes: 0 unverändert, 5 geänderte, fehlende oder zusätzliche Dateien oder eine Signatur, die
ungültig ist, von einem anderen Schlüssel stammt oder bei --key-fingerprint fehlt, 1 kein Manifest
lesbar, 2 ungültige Argumente.
</translation>
    </message>
    <message>
        <source>Usage: snapline report verify PATH [--key-fingerprint FP]</source>
        <translation>Aufruf: snapline report verify PATH [--key-fingerprint FP]</translation>
    </message>
    <message>
        <source>Which report? Give its path.</source>
        <translation>Welcher Bericht? Geben Sie seinen Pfad an.</translation>
    </message>
    <message>
        <source>Give one report to verify, not %1.</source>
        <translation>Geben Sie genau einen Bericht zur Prüfung an, nicht %1.</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>Report: %1 (%2), %3, generated %4 by %5</source>
        <translation>Bericht: %1 (%2), %3, erstellt am %4 von %5</translation>
    </message>
    <message>
        <source>NOT SIGNED: the report cannot be by key %1.</source>
        <translation>NICHT SIGNIERT: Der Bericht kann nicht von Schlüssel %1 stammen.</translation>
    </message>
    <message>
        <source>The report is NOT as it was exported.</source>
        <translation>Der Bericht ist NICHT mehr so, wie er exportiert wurde.</translation>
    </message>
    <message>
        <source>The files match the manifest, but the signature does not prove the report is as the trusted key signed it.</source>
        <translation>Die Dateien stimmen mit dem Manifest überein, aber die Signatur belegt nicht, dass der Bericht so ist, wie der vertrauenswürdige Schlüssel ihn signiert hat.</translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation>Der Bericht ist unverändert.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>type the source cluster&apos;s name to confirm the download: --confirm %1</source>
        <translation>Geben Sie zur Bestätigung des Downloads den Namen des Quell-Clusters ein: --confirm %1</translation>
    </message>
    <message>
        <source>type the target cluster&apos;s name to confirm that every piece of data on it is replaced: --confirm %1</source>
        <translation>Geben Sie zur Bestätigung, dass sämtliche Daten darauf ersetzt werden, den Namen des Ziel-Clusters ein: --confirm %1</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>nothing was sent: --confirm %1 does not name %2; %3</source>
        <translation>es wurde nichts gesendet: --confirm %1 nennt nicht %2; %3</translation>
    </message>
    <message>
        <source>snapline restore: %1</source>
        <translation>snapline restore: %1</translation>
    </message>
    <message>
        <source>Atlas cannot be reached, so nothing was sent (%1).</source>
        <translation>Atlas ist nicht erreichbar, daher wurde nichts gesendet (%1).</translation>
    </message>
    <message>
        <source>The restore is refused, so nothing was sent.</source>
        <translation>Die Wiederherstellung wurde abgelehnt, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Atlas accepted the restore: job %1</source>
        <translation>Atlas hat die Wiederherstellung angenommen: Auftrag %1</translation>
    </message>
    <message>
        <source>Stopping; a restore Atlas has accepted goes on there (it is not cancelled).</source>
        <translation>Wird beendet; eine von Atlas angenommene Wiederherstellung läuft dort weiter (sie wird nicht abgebrochen).</translation>
    </message>
    <message>
        <source>Stopped following restore job %1; the restore goes on in Atlas.</source>
        <translation>Verfolgung des Wiederherstellungsauftrags %1 beendet; die Wiederherstellung läuft in Atlas weiter.</translation>
    </message>
    <message>
        <source>Atlas did not answer the request clearly; the job was found in its list of restore jobs.</source>
        <translation>Atlas hat auf die Anfrage nicht eindeutig geantwortet; der Auftrag wurde in der Liste der Wiederherstellungsaufträge gefunden.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommandLine</name>
    <message>
        <source>The profile: a name, an id, &quot;Local sandbox&quot; or env.</source>
        <translation>Das Profil: ein Name, eine ID, &quot;Lokale Sandbox&quot; oder env.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The source cluster&apos;s project (an id or a name).</source>
        <translation>Das Projekt des Quell-Clusters (eine ID oder ein Name).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The source cluster.</source>
        <translation>Der Quell-Cluster.</translation>
    </message>
    <message>
        <source>Restore this snapshot.</source>
        <translation>Diesen Snapshot wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore to this second, in UTC: 2026-11-20T14:03:07Z or &quot;2026-11-20 14:03:07&quot;.</source>
        <translation>Auf diese Sekunde wiederherstellen, in UTC: 2026-11-20T14:03:07Z oder &quot;2026-11-20 14:03:07&quot;.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Restore to this oplog timestamp: seconds:increment.</source>
        <translation>Auf diesen Oplog-Zeitstempel wiederherstellen: Sekunden:Inkrement.</translation>
    </message>
    <message>
        <source>TS:INC</source>
        <translation>TS:INC</translation>
    </message>
    <message>
        <source>The target cluster&apos;s project (an id or a name; default: --project).</source>
        <translation>Das Projekt des Ziel-Clusters (eine ID oder ein Name; Standard: --project).</translation>
    </message>
    <message>
        <source>The cluster to restore into.</source>
        <translation>Der Cluster, in den wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>automated (default: into the target cluster) or download.</source>
        <translation>automated (Standard: in den Ziel-Cluster) oder download.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not ask Atlas: judge from the catalog as last synced.</source>
        <translation>Atlas nicht abfragen: anhand des Katalogs mit dem Stand der letzten Synchronisierung urteilen.</translation>
    </message>
    <message>
        <source>Judge the facts in this JSON file instead, without a profile (see docs/preflight.md).</source>
        <translation>Stattdessen die Fakten aus dieser JSON-Datei beurteilen, ohne Profil (siehe docs/preflight.md).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The target cluster&apos;s name (the source cluster&apos;s for a download), typed to confirm.</source>
        <translation>Der Name des Ziel-Clusters (bei einem Download der des Quell-Clusters), zur Bestätigung eingegeben.</translation>
    </message>
    <message>
        <source>Follow the restore job to its end.</source>
        <translation>Den Wiederherstellungsauftrag bis zu seinem Ende verfolgen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Checks a restore against every Atlas rule with facts fresh from Atlas (or from the catalog when offline) and prints the verdict and the request that would be sent.</source>
        <translation>Prüft eine Wiederherstellung gegen jede Atlas-Regel mit aktuellen Fakten aus Atlas (offline aus dem Katalog) und gibt das Ergebnis der Prüfung sowie die Anfrage aus, die gesendet würde.</translation>
    </message>
    <message>
        <source>Checks a restore like preflight, then sends it to Atlas once, after an allowed verdict and a --confirm that names the cluster whose data is replaced.</source>
        <translation>Prüft eine Wiederherstellung wie preflight und sendet sie dann einmalig an Atlas – nach dem Ergebnis „erlaubt“ und einem --confirm, das den Cluster nennt, dessen Daten ersetzt werden.</translation>
    </message>
    <message>
        <source>Usage: snapline preflight --profile NAME --project ID --cluster NAME
         (--snapshot ID | --at UTC | --oplog TS:INC)
         (--target-project ID --target-cluster NAME | --delivery download)
         [--output text|json] [--offline]
       snapline preflight --facts FILE.json [--output json|text]
</source>
        <translation>Aufruf: snapline preflight --profile NAME --project ID --cluster NAME
          (--snapshot ID | --at UTC | --oplog TS:INC)
          (--target-project ID --target-cluster NAME | --delivery download)
          [--output text|json] [--offline]
        snapline preflight --facts FILE.json [--output json|text]
</translation>
    </message>
    <message>
        <source>Usage: snapline restore --profile NAME --project ID --cluster NAME
         (--snapshot ID | --at UTC | --oplog TS:INC)
         (--target-project ID --target-cluster NAME | --delivery download)
         --confirm NAME [--wait] [--output text|json]
</source>
        <translation>Aufruf: snapline restore --profile NAME --project ID --cluster NAME
          (--snapshot ID | --at UTC | --oplog TS:INC)
          (--target-project ID --target-cluster NAME | --delivery download)
          --confirm NAME [--wait] [--output text|json]
</translation>
    </message>
    <message>
        <source>Exit codes: 0 allowed, 3 refused, 2 bad arguments, 1 failure (the catalog could not be read, Atlas answered with an error), 130 interrupted.
</source>
        <translation>Exit-Codes: 0 erlaubt, 3 abgelehnt, 2 ungültige Argumente, 1 Fehler (der Katalog konnte nicht gelesen werden, Atlas hat mit einem Fehler geantwortet), 130 unterbrochen.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 the restore completed (or, without --wait, Atlas accepted it), 3 refused (nothing was sent), 2 bad arguments or no matching --confirm (nothing was sent), 1 failure (Atlas unreachable or refusing, an uncertain submission, the catalog), 4 the restore ran and failed, was cancelled or expired, 130 interrupted (Ctrl+C while waiting stops following; the restore goes on in Atlas).
</source>
        <translation>Exit-Codes: 0 die Wiederherstellung ist abgeschlossen (oder, ohne --wait, Atlas hat sie angenommen), 3 abgelehnt (nichts gesendet), 2 ungültige Argumente oder kein passendes --confirm (nichts gesendet), 1 Fehler (Atlas nicht erreichbar oder lehnt ab, unsichere Übermittlung, der Katalog), 4 die Wiederherstellung lief und ist fehlgeschlagen, wurde abgebrochen oder ist abgelaufen, 130 unterbrochen (Strg+C während des Wartens beendet nur die Verfolgung; die Wiederherstellung läuft in Atlas weiter).
</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--facts FILE judges the facts in a file and takes no profile: use --facts or --profile, not both</source>
        <translation>--facts FILE beurteilt die Fakten in einer Datei und verwendet kein Profil: verwenden Sie --facts oder --profile, nicht beides</translation>
    </message>
    <message>
        <source>a restore is sent to Atlas, so it cannot run --offline; check it offline with snapline preflight --offline</source>
        <translation>eine Wiederherstellung wird an Atlas gesendet und kann daher nicht mit --offline laufen; prüfen Sie sie offline mit snapline preflight --offline</translation>
    </message>
    <message>
        <source>--profile NAME is required (or --facts FILE to judge the facts in a file)</source>
        <translation>--profile NAME ist erforderlich (oder --facts FILE, um die Fakten in einer Datei zu beurteilen)</translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation>--profile NAME ist erforderlich</translation>
    </message>
    <message>
        <source>name the source with --project ID and --cluster NAME</source>
        <translation>geben Sie die Quelle mit --project ID und --cluster NAME an</translation>
    </message>
    <message>
        <source>say what to restore: --snapshot ID, --at UTC or --oplog TS:INC</source>
        <translation>geben Sie an, was wiederhergestellt werden soll: --snapshot ID, --at UTC oder --oplog TS:INC</translation>
    </message>
    <message>
        <source>say what to restore with one of --snapshot, --at and --oplog, not several</source>
        <translation>geben Sie mit genau einer der Optionen --snapshot, --at und --oplog an, was wiederhergestellt werden soll, nicht mit mehreren</translation>
    </message>
    <message>
        <source>--snapshot: the snapshot id is empty</source>
        <translation>--snapshot: die Snapshot-ID ist leer</translation>
    </message>
    <message>
        <source>--delivery must be automated or download, not %1</source>
        <translation>--delivery muss automated oder download sein, nicht %1</translation>
    </message>
    <message>
        <source>a download goes to links, not into a cluster: leave out --target-project and --target-cluster</source>
        <translation>ein Download liefert Links und geht nicht in einen Cluster: lassen Sie --target-project und --target-cluster weg</translation>
    </message>
    <message>
        <source>name the cluster to restore into with --target-cluster NAME (and --target-project ID when it lives in another project), or ask for --delivery download</source>
        <translation>geben Sie den Cluster, in den wiederhergestellt werden soll, mit --target-cluster NAME an (und mit --target-project ID, wenn er in einem anderen Projekt liegt), oder wählen Sie --delivery download</translation>
    </message>
    <message>
        <source>--target-project: the project is empty</source>
        <translation>--target-project: das Projekt ist leer</translation>
    </message>
    <message>
        <source>--output must be text or json, not %1</source>
        <translation>--output muss text oder json sein, nicht %1</translation>
    </message>
    <message>
        <source>--at: expected a UTC time to the second, like 2026-11-20T14:03:07Z or &quot;2026-11-20 14:03:07&quot;; %1</source>
        <translation>--at: erwartet wird eine UTC-Zeit auf die Sekunde genau, etwa 2026-11-20T14:03:07Z oder &quot;2026-11-20 14:03:07&quot;; %1</translation>
    </message>
    <message>
        <source>%1 has an offset: give the time in UTC</source>
        <translation>%1 enthält einen Zeitzonenversatz: geben Sie die Zeit in UTC an</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a date and time</source>
        <translation>%1 ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>--oplog: expected an oplog timestamp as seconds:increment, like 1763647387:5 (both whole numbers below 2^32, the seconds above 0); got &quot;%1&quot;</source>
        <translation>--oplog: erwartet wird ein Oplog-Zeitstempel als Sekunden:Inkrement, etwa 1763647387:5 (beides ganze Zahlen unter 2^32, die Sekunden größer als 0); erhalten: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>RestoreGateway</name>
    <message>
        <source>Atlas has no restore call for the backups of %1 (%2).</source>
        <translation>Atlas bietet keinen Wiederherstellungsaufruf für die Backups von %1 (%2).</translation>
    </message>
    <message>
        <source>Atlas does not cancel the restore of a sharded cluster once it has started (it answers 405, ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED); it runs to its end.</source>
        <translation>Atlas bricht die Wiederherstellung eines Sharded Clusters nicht ab, sobald sie begonnen hat (Antwort 405, ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED); sie läuft bis zum Ende.</translation>
    </message>
    <message>
        <source>Atlas has no call to cancel a restore from %1; it runs to its end.</source>
        <translation>Atlas bietet keinen Aufruf, um eine Wiederherstellung aus %1 abzubrechen; sie läuft bis zum Ende.</translation>
    </message>
</context>
<context>
    <name>RestoreOrderText</name>
    <message>
        <source>Download a snapshot of %1</source>
        <translation>Einen Snapshot von %1 herunterladen</translation>
    </message>
    <message>
        <source>Restore %1 into itself</source>
        <translation>%1 in sich selbst wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation>%1 in %2 wiederherstellen</translation>
    </message>
    <message>
        <source>%1 as of %2 (oplog %3:%4)</source>
        <translation>%1 zum Stand %2 (Oplog %3:%4)</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 zum Stand %2</translation>
    </message>
    <message>
        <source>snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(keiner ausgewählt)</translation>
    </message>
    <message>
        <source>download links</source>
        <translation>Download-Links</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (Projekt %2)</translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>as of %1 (%2)</source>
        <translation>Stand %1 (%2)</translation>
    </message>
    <message>
        <source>as last synced (when is not known)</source>
        <translation>Stand der letzten Synchronisierung (Zeitpunkt unbekannt)</translation>
    </message>
    <message>
        <source>offline: judged from the catalog %1</source>
        <translation>offline: anhand des Katalogs beurteilt, %1</translation>
    </message>
    <message>
        <source>  source:       %1, project %2
</source>
        <translation>  Quelle:       %1, Projekt %2
</translation>
    </message>
    <message>
        <source>  destination:  %1
</source>
        <translation>  Ziel:         %1
</translation>
    </message>
    <message>
        <source>                roles as Atlas told them %1
</source>
        <translation>                Rollen laut Atlas, %1
</translation>
    </message>
    <message>
        <source>  facts:        read from Atlas just now
</source>
        <translation>  Fakten:       soeben aus Atlas gelesen
</translation>
    </message>
    <message>
        <source>  note:         %1
</source>
        <translation>  Hinweis:      %1
</translation>
    </message>
    <message>
        <source>The request that would be sent:
</source>
        <translation>Die Anfrage, die gesendet würde:
</translation>
    </message>
    <message>
        <source>The request (refused: it will not be sent):
</source>
        <translation>Die Anfrage (abgelehnt: sie wird nicht gesendet):
</translation>
    </message>
    <message>
        <source>Atlas lists no download links for restore job %1.
</source>
        <translation>Atlas führt keine Download-Links für den Wiederherstellungsauftrag %1.
</translation>
    </message>
    <message>
        <source>Download links (they expire %1, %2):
</source>
        <translation>Download-Links (gültig bis %1, %2):
</translation>
    </message>
    <message>
        <source>Download links:
</source>
        <translation>Download-Links:
</translation>
    </message>
</context>
<context>
    <name>RestoreReportBuilder</name>
    <message>
        <source>Restore jobs</source>
        <translation>Wiederherstellungsaufträge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Via code</source>
        <translation>Kanal (Code)</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source project id</source>
        <translation>Quellprojekt-ID</translation>
    </message>
    <message>
        <source>Source project</source>
        <translation>Quellprojekt</translation>
    </message>
    <message>
        <source>Source cluster</source>
        <translation>Quell-Cluster</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Restored to</source>
        <translation>Wiederhergestellt in</translation>
    </message>
    <message>
        <source>Delivery code</source>
        <translation>Bereitstellung (Code)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Target project id</source>
        <translation>Zielprojekt-ID</translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Zielprojekt</translation>
    </message>
    <message>
        <source>Target cluster</source>
        <translation>Ziel-Cluster</translation>
    </message>
    <message>
        <source>Outcome code</source>
        <translation>Ergebnis (Code)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Snapline</source>
        <translation>Snapline</translation>
    </message>
    <message>
        <source>outside Snapline</source>
        <translation>außerhalb von Snapline</translation>
    </message>
    <message>
        <source>Restore drills by cluster</source>
        <translation>Wiederherstellungstests nach Cluster</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last completed restore</source>
        <translation>Letzte abgeschlossene Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>Wiederherstellung getestet</translation>
    </message>
    <message>
        <source>Restore jobs by source cluster and outcome</source>
        <translation>Wiederherstellungsaufträge nach Quell-Cluster und Ergebnis</translation>
    </message>
    <message>
        <source>Cancelled, expired or running</source>
        <translation>Abgebrochen, abgelaufen oder laufend</translation>
    </message>
    <message>
        <source>No restore job was started in the period.</source>
        <translation>Im Zeitraum wurde kein Wiederherstellungsauftrag gestartet.</translation>
    </message>
    <message>
        <source>&quot;Requested by&quot; is known for restores Snapline sent (from its audit log); restores started in the Atlas UI, API or CLI show only what Atlas lists, which has no request time for them: they are placed in the period by the time they finished.</source>
        <translation>„Angefordert von“ ist für Wiederherstellungen bekannt, die Snapline gesendet hat (aus seinem Audit-Protokoll); bei Wiederherstellungen, die in der Atlas-Oberfläche, per API oder CLI gestartet wurden, ist nur bekannt, was Atlas auflistet, und dort fehlt die Anforderungszeit – sie werden daher anhand ihres Endzeitpunkts dem Zeitraum zugeordnet.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Every restore job created between %1 and %2 from a cluster in scope.</source>
        <translation>Alle Wiederherstellungsaufträge, die zwischen %1 und %2 aus einem Cluster im Geltungsbereich erstellt wurden.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Sent by Snapline</source>
        <translation>Von Snapline gesendet</translation>
    </message>
    <message>
        <source>Clusters with a completed restore</source>
        <translation>Cluster mit abgeschlossener Wiederherstellung</translation>
    </message>
    <message>
        <source>Backed-up clusters without one</source>
        <translation>Gesicherte Cluster ohne Wiederherstellung</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Dauer (Median)</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Längste Dauer</translation>
    </message>
</context>
<context>
    <name>RestoreRunner</name>
    <message>
        <source>This restore (%1 to %2) is already being submitted or followed; it was not sent a second time.</source>
        <translation>Diese Wiederherstellung (%1 nach %2) wird bereits übermittelt oder verfolgt; sie wurde nicht ein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>Bringing %1 up to date</source>
        <translation>%1 wird aktualisiert</translation>
    </message>
    <message>
        <source>The latest state could not be read from Atlas, so the restore was not sent: %1</source>
        <translation>Der aktuelle Stand konnte nicht aus Atlas gelesen werden, daher wurde die Wiederherstellung nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Checking the rules</source>
        <translation>Regeln werden geprüft</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent to Atlas.</source>
        <translation>Abgebrochen, bevor etwas an Atlas gesendet wurde.</translation>
    </message>
    <message>
        <source>Sending the restore request to Atlas</source>
        <translation>Wiederherstellungsanfrage wird an Atlas gesendet</translation>
    </message>
    <message>
        <source>Updating the catalog</source>
        <translation>Katalog wird aktualisiert</translation>
    </message>
    <message>
        <source>Atlas accepted restore job %1; it goes on in Atlas.</source>
        <translation>Atlas hat den Wiederherstellungsauftrag %1 angenommen; er läuft in Atlas weiter.</translation>
    </message>
    <message>
        <source>Since you confirmed, something changed: %1</source>
        <translation>Seit Ihrer Bestätigung hat sich etwas geändert: %1</translation>
    </message>
    <message>
        <source>Since you confirmed, something changed, so the restore was not sent; check it again: %1</source>
        <translation>Seit Ihrer Bestätigung hat sich etwas geändert, daher wurde die Wiederherstellung nicht gesendet; prüfen Sie sie erneut: %1</translation>
    </message>
    <message>
        <source>Atlas did not answer clearly (%1); looking for the job in its list</source>
        <translation>Atlas hat nicht eindeutig geantwortet (%1); der Auftrag wird in der Auftragsliste gesucht</translation>
    </message>
    <message>
        <source>Atlas did not answer the restore request twice (%1), and its list of restore jobs shows none from it. Nothing more was sent; try again later.</source>
        <translation>Atlas hat die Wiederherstellungsanfrage zweimal nicht beantwortet (%1), und die Liste der Wiederherstellungsaufträge enthält keinen Auftrag dazu. Es wurde nichts weiter gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Atlas did not answer the restore request (%1), and its list of restore jobs could not be read, so Snapline did not send it again. Look at the restores of %2 before trying again: Atlas may have started it.</source>
        <translation>Atlas hat die Wiederherstellungsanfrage nicht beantwortet (%1), und die Liste der Wiederherstellungsaufträge konnte nicht gelesen werden, daher hat Snapline sie nicht erneut gesendet. Prüfen Sie die Wiederherstellungen von %2, bevor Sie es erneut versuchen: Atlas hat sie möglicherweise gestartet.</translation>
    </message>
    <message>
        <source>Could not read restore job %1 (%2); trying again</source>
        <translation>Wiederherstellungsauftrag %1 konnte nicht gelesen werden (%2); neuer Versuch</translation>
    </message>
    <message>
        <source>Asking Atlas to cancel restore job %1</source>
        <translation>Atlas wird gebeten, den Wiederherstellungsauftrag %1 abzubrechen</translation>
    </message>
    <message>
        <source>The restore could not be cancelled: %1</source>
        <translation>Die Wiederherstellung konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>The catalog could not be brought up to date: %1</source>
        <translation>Der Katalog konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>RestoreText</name>
    <message>
        <source>restore job %1 (download)</source>
        <translation>Wiederherstellungsauftrag %1 (Download)</translation>
    </message>
    <message>
        <source>restore job %1 into %2</source>
        <translation>Wiederherstellungsauftrag %1 in %2</translation>
    </message>
    <message>
        <source>Atlas is running %1 (%2 so far).</source>
        <translation>Atlas führt %1 aus (bisher %2).</translation>
    </message>
    <message numerus="yes">
        <source>Atlas finished %1 after %2; %n download link(s) ready.</source>
        <translation>
            <numerusform>Atlas hat %1 nach %2 abgeschlossen; %n Download-Link ist bereit.</numerusform>
            <numerusform>Atlas hat %1 nach %2 abgeschlossen; %n Download-Links sind bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Atlas completed %1 after %2.</source>
        <translation>Atlas hat %1 nach %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Atlas could not complete %1; it failed after %2.</source>
        <translation>Atlas konnte %1 nicht abschließen; der Auftrag ist nach %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Atlas cancelled %1 after %2.</source>
        <translation>Atlas hat %1 nach %2 abgebrochen.</translation>
    </message>
    <message>
        <source>The download links of %1 have expired.</source>
        <translation>Die Download-Links von %1 sind abgelaufen.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Project Owner</source>
        <translation>Project Owner</translation>
    </message>
    <message>
        <source>Project Backup Manager</source>
        <translation>Project Backup Manager</translation>
    </message>
    <message>
        <source>Project Cluster Manager</source>
        <translation>Project Cluster Manager</translation>
    </message>
    <message>
        <source>Project Read Only</source>
        <translation>Project Read Only</translation>
    </message>
    <message>
        <source>Project Data Access Admin</source>
        <translation>Project Data Access Admin</translation>
    </message>
    <message>
        <source>Project Data Access Read/Write</source>
        <translation>Project Data Access Read/Write</translation>
    </message>
    <message>
        <source>Project Data Access Read Only</source>
        <translation>Project Data Access Read Only</translation>
    </message>
    <message>
        <source>Organization Owner</source>
        <translation>Organization Owner</translation>
    </message>
    <message>
        <source>Organization Member</source>
        <translation>Organization Member</translation>
    </message>
    <message>
        <source>Organization Read Only</source>
        <translation>Organization Read Only</translation>
    </message>
</context>
<context>
    <name>RoleRules</name>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Organization Owners are not allowed to %1 in a project by their organization role: add yourself to project %2 as %3, then try again.</source>
        <translation>Organization Owners sind allein aufgrund ihrer Organisationsrolle nicht berechtigt, in einem Projekt %1: Fügen Sie sich dem Projekt %2 als %3 hinzu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>no role on that project</source>
        <translation>keine Rolle in diesem Projekt</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>the target project %1</source>
        <translation>dem Zielprojekt %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>To %1 you need the %2 role on %3; this credential has %4.</source>
        <translation>Um %1, benötigen Sie die Rolle %2 in %3; diese Anmeldedaten haben: %4.</translation>
    </message>
</context>
<context>
    <name>RulePlanner</name>
    <message>
        <source>Choose the tier to move the cluster to.</source>
        <translation>Wählen Sie die Tarifstufe, auf die der Cluster umgestellt werden soll.</translation>
    </message>
    <message>
        <source>No new backup policy was given.</source>
        <translation>Es wurde keine neue Backup-Richtlinie angegeben.</translation>
    </message>
    <message>
        <source>Serverless instances have reached end of life; Atlas is moving them to Flex clusters and the serverless backup endpoints are being retired.</source>
        <translation>Serverless-Instanzen haben das Ende ihres Lebenszyklus erreicht; Atlas überführt sie in Flex-Cluster, und die Serverless-Backup-Endpunkte werden abgeschaltet.</translation>
    </message>
    <message>
        <source>The download link of a Flex snapshot works for 4 hours.</source>
        <translation>Der Download-Link eines Flex-Snapshots ist 4 Stunden lang gültig.</translation>
    </message>
    <message>
        <source>The download links expire; fetch the archives soon after the job finishes.</source>
        <translation>Die Download-Links laufen ab; laden Sie die Archive bald nach Abschluss des Auftrags herunter.</translation>
    </message>
    <message>
        <source>Every piece of data on %1 will be replaced, and %1 cannot take writes while the restore runs.</source>
        <translation>Sämtliche Daten auf %1 werden ersetzt, und %1 kann während der Wiederherstellung keine Schreibvorgänge annehmen.</translation>
    </message>
    <message>
        <source>This restore crosses projects: from %1 into %2.</source>
        <translation>Diese Wiederherstellung erfolgt projektübergreifend: von %1 in %2.</translation>
    </message>
    <message>
        <source>You are restoring %1 into itself: its current data will be lost.</source>
        <translation>Sie stellen %1 in sich selbst wieder her: Die aktuellen Daten gehen verloren.</translation>
    </message>
    <message>
        <source>Turning off Cloud Backup deletes every existing snapshot of %1.</source>
        <translation>Das Deaktivieren von Cloud Backup löscht alle vorhandenen Snapshots von %1.</translation>
    </message>
    <message>
        <source>%1 will no longer be restorable to a point in time, and the time it stays off becomes a gap that can never be restored.</source>
        <translation>%1 kann nicht mehr auf einen Zeitpunkt wiederhergestellt werden, und die Zeit, in der die Funktion deaktiviert ist, wird zu einer Lücke, die niemals wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Deleting the backup policy removes every scheduled item of %1.</source>
        <translation>Das Löschen der Backup-Richtlinie entfernt alle geplanten Einträge von %1.</translation>
    </message>
    <message>
        <source>On %1, %2 loses its Cloud Backup schedule and point-in-time restore.</source>
        <translation>Auf %1 verliert %2 den Zeitplan von Cloud Backup und die Point-in-Time-Wiederherstellung.</translation>
    </message>
</context>
<context>
    <name>SecretFileCipher</name>
    <message>
        <source>The secrets file was changed or damaged after Snapline wrote it; its secrets cannot be trusted.</source>
        <translation>Die Geheimnisdatei wurde geändert oder beschädigt, nachdem Snapline sie geschrieben hat; ihren Geheimnissen kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>Die Verschlüsselungsbibliothek ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The passphrase does not open the secrets file.</source>
        <translation>Die Passphrase öffnet die Geheimnisdatei nicht.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The passphrase does not open the secrets file %1.</source>
        <translation>Die Passphrase öffnet die Geheimnisdatei %1 nicht.</translation>
    </message>
    <message>
        <source>The secrets file %1 was changed or damaged after Snapline wrote it; its secrets cannot be trusted.</source>
        <translation>Die Geheimnisdatei %1 wurde geändert oder beschädigt, nachdem Snapline sie geschrieben hat; ihren Geheimnissen kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the encrypted file %1</source>
        <translation>der verschlüsselten Datei %1</translation>
    </message>
    <message>
        <source>The secrets file %1 could not be written: %2.</source>
        <translation>Die Geheimnisdatei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The secrets file %1 holds no secret for this profile.</source>
        <translation>Die Geheimnisdatei %1 enthält kein Geheimnis für dieses Profil.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Systemschlüsselbund</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>dem Arbeitsspeicher (nur für diese Sitzung)</translation>
    </message>
    <message>
        <source>No secret is kept for this profile in this session.</source>
        <translation>Für dieses Profil ist in dieser Sitzung kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The secret store stopped before it answered.</source>
        <translation>Der Geheimnisspeicher wurde beendet, bevor er geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>there is no D-Bus session bus, as in a session without a desktop</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus, wie in einer Sitzung ohne Desktop</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>the keychain refused access; it may be locked</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert; möglicherweise ist er gesperrt</translation>
    </message>
    <message>
        <source>the Secret Service could not be used: %1</source>
        <translation>der Secret Service konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the keychain could not be used: %1</source>
        <translation>der Schlüsselbund konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1). Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>sign in with the service account</source>
        <translation>sich mit dem Dienstkonto anzumelden</translation>
    </message>
    <message>
        <source>Atlas rejected the service account %1: check its client id and secret.</source>
        <translation>Atlas hat das Dienstkonto %1 abgelehnt: Prüfen Sie dessen Client-ID und Secret.</translation>
    </message>
    <message>
        <source>Signing in with the service account failed (HTTP %1).</source>
        <translation>Die Anmeldung mit dem Dienstkonto ist fehlgeschlagen (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>SnapshotRowSource</name>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>SnapshotRules</name>
    <message>
        <source>Choose a snapshot to %1.</source>
        <translation>Wählen Sie einen Snapshot aus, um %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is still %2; wait until it has completed.</source>
        <translation>Snapshot %1 ist noch %2; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Snapshot %1 failed, so it holds no restorable data.</source>
        <translation>Snapshot %1 ist fehlgeschlagen und enthält daher keine wiederherstellbaren Daten.</translation>
    </message>
    <message>
        <source>Snapshot %1 expired on %2 and is no longer available.</source>
        <translation>Snapshot %1 ist am %2 abgelaufen und nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Snapshot %1 is a fallback snapshot, and fallback snapshots cannot be exported.</source>
        <translation>Snapshot %1 ist ein Fallback-Snapshot, und Fallback-Snapshots können nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Snapshot %1 is a fallback snapshot: Atlas took it when a consistent scheduled snapshot was not possible, so it may not be consistent across the cluster.</source>
        <translation>Snapshot %1 ist ein Fallback-Snapshot: Atlas hat ihn erstellt, als kein konsistenter geplanter Snapshot möglich war, daher ist er im Cluster möglicherweise nicht konsistent.</translation>
    </message>
    <message>
        <source>Snapshot %1 is already being exported; one export per snapshot can run at a time.</source>
        <translation>Snapshot %1 wird bereits exportiert; pro Snapshot kann jeweils nur ein Export laufen.</translation>
    </message>
    <message>
        <source>Deleting snapshot %1 cannot be undone.</source>
        <translation>Das Löschen von Snapshot %1 kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>A snapshot&apos;s retention must be at least 1 day.</source>
        <translation>Die Aufbewahrung eines Snapshots muss mindestens 1 Tag betragen.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 will be kept %n day(s) instead of %2.</source>
        <translation>
            <numerusform>Snapshot %1 wird %n Tag statt %2 aufbewahrt.</numerusform>
            <numerusform>Snapshot %1 wird %n Tage statt %2 aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>With this retention snapshot %1 expires at once (its new expiry, %2, has passed) and will be deleted.</source>
        <translation>Mit dieser Aufbewahrung läuft Snapshot %1 sofort ab (sein neues Ablaufdatum, %2, ist bereits vorbei) und wird gelöscht.</translation>
    </message>
    <message>
        <source>An on-demand snapshot must be kept at least 1 day.</source>
        <translation>Ein On-Demand-Snapshot muss mindestens 1 Tag aufbewahrt werden.</translation>
    </message>
    <message>
        <source>On-demand snapshot %1 of %2 is still %3; wait for it to finish before taking another.</source>
        <translation>On-Demand-Snapshot %1 von %2 ist noch %3; warten Sie, bis er fertig ist, bevor Sie einen weiteren erstellen.</translation>
    </message>
</context>
<context>
    <name>StorageReportBuilder</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Storage by cluster</source>
        <translation>Speicher nach Cluster</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>The frequency columns and the total are the bytes held at the end of the period.</source>
        <translation>Die Häufigkeitsspalten und die Summe geben die am Ende des Zeitraums belegten Bytes an.</translation>
    </message>
    <message>
        <source>Storage by cluster and day</source>
        <translation>Speicher nach Cluster und Tag</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Storage by day</source>
        <translation>Speicher nach Tag</translation>
    </message>
    <message>
        <source>Snapshot storage by day and frequency</source>
        <translation>Snapshot-Speicher nach Tag und Häufigkeit</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest clusters at the end of the period</source>
        <translation>
            <numerusform>Der größte Cluster am Ende des Zeitraums</numerusform>
            <numerusform>Die %n größten Cluster am Ende des Zeitraums</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The bytes of the snapshots held at the end of each day between %1 and %2. The catalog holds only the snapshots Atlas still lists, so days long past show what those snapshots held, not everything stored then.</source>
        <translation>Die Bytes der Snapshots, die zwischen %1 und %2 jeweils am Ende eines Tages vorhanden waren. Der Katalog enthält nur die Snapshots, die Atlas noch auflistet; weit zurückliegende Tage zeigen daher, was diese Snapshots belegten, nicht alles, was damals gespeichert war.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Storage at the start</source>
        <translation>Speicher zu Beginn</translation>
    </message>
    <message>
        <source>Storage at the end</source>
        <translation>Speicher am Ende</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), one per cluster and day, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>%n Zeile, eine pro Cluster und Tag, in den CSV- und JSON-Exporten dieses Berichts.</numerusform>
            <numerusform>%n Zeilen, eine pro Cluster und Tag, in den CSV- und JSON-Exporten dieses Berichts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Bring a profile&apos;s catalog up to date with Atlas.</source>
        <translation>Den Katalog eines Profils mit Atlas abgleichen.</translation>
    </message>
    <message>
        <source>The profile to sync (a name, an id, or env).</source>
        <translation>Das zu synchronisierende Profil (ein Name, eine ID oder env).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Sync only this project.</source>
        <translation>Nur dieses Projekt synchronisieren.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re-read everything, not only what changed.</source>
        <translation>Alles neu einlesen, nicht nur Änderungen.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: snapline sync --profile NAME [--project ID] [--full] [--output json|text]</source>
        <translation>Aufruf: snapline sync --profile NAME [--project ID] [--full] [--output json|text]</translation>
    </message>
    <message>
        <source>%1 of %2 clusters · %3</source>
        <translation>%1 von %2 Clustern · %3</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3 clusters, %4 snapshots read in %5 s (%6 requests) into %7</source>
        <translation>%1: %2 Projekte, %3 Cluster, %4 Snapshots in %5 s gelesen (%6 Anfragen), gespeichert in %7</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>Synchronizer</name>
    <message>
        <source>Sync every organization</source>
        <translation>Alle Organisationen synchronisieren</translation>
    </message>
    <message>
        <source>Sync organization %1</source>
        <translation>Organisation %1 synchronisieren</translation>
    </message>
    <message>
        <source>Sync project %1</source>
        <translation>Projekt %1 synchronisieren</translation>
    </message>
    <message>
        <source>Sync cluster %1</source>
        <translation>Cluster %1 synchronisieren</translation>
    </message>
    <message>
        <source>Reading project %1</source>
        <translation>Projekt %1 wird gelesen</translation>
    </message>
    <message>
        <source>Project %1 has no cluster named %2.</source>
        <translation>Projekt %1 hat keinen Cluster namens %2.</translation>
    </message>
    <message>
        <source>Synced cluster %1</source>
        <translation>Cluster %1 synchronisiert</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was read so far is kept.</source>
        <translation>Die Synchronisierung wurde abgebrochen; bereits Gelesenes bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>PIT</source>
        <translation>PIT</translation>
    </message>
    <message>
        <source>No snapshots</source>
        <translation>Keine Snapshots</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>fallback (a scheduled snapshot could not be taken consistently)</source>
        <translation>Fallback (ein geplanter Snapshot konnte nicht konsistent erstellt werden)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>hourly snapshot</source>
        <translation>stündlicher Snapshot</translation>
    </message>
    <message>
        <source>daily snapshot</source>
        <translation>täglicher Snapshot</translation>
    </message>
    <message>
        <source>weekly snapshot</source>
        <translation>wöchentlicher Snapshot</translation>
    </message>
    <message>
        <source>monthly snapshot</source>
        <translation>monatlicher Snapshot</translation>
    </message>
    <message>
        <source>yearly snapshot</source>
        <translation>jährlicher Snapshot</translation>
    </message>
    <message>
        <source>on-demand snapshot</source>
        <translation>On-Demand-Snapshot</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in this lane between %1 and %2</source>
        <translation>
            <numerusform>%n Snapshot in dieser Spur zwischen %1 und %2</numerusform>
            <numerusform>%n Snapshots in dieser Spur zwischen %1 und %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallback</source>
        <translation>
            <numerusform>%n Fallback-Snapshot</numerusform>
            <numerusform>%n Fallback-Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source> — zoom in to tell them apart.</source>
        <translation> – vergrößern Sie die Ansicht, um sie zu unterscheiden.</translation>
    </message>
    <message>
        <source>Restorable: any second from %1 to %2</source>
        <translation>Wiederherstellbar: jede Sekunde von %1 bis %2</translation>
    </message>
    <message>
        <source>Gap: no oplog from %1 to %2, not restorable</source>
        <translation>Lücke: kein Oplog von %1 bis %2, nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>Not restorable from %1 to %2: outside the oplog Atlas kept</source>
        <translation>Nicht wiederherstellbar von %1 bis %2: außerhalb des von Atlas aufbewahrten Oplogs</translation>
    </message>
    <message>
        <source>Blackout: a restore was running from %1 to %2; not restorable</source>
        <translation>Sperrzeitraum: Von %1 bis %2 lief eine Wiederherstellung; nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>Timeline: no snapshots</source>
        <translation>Zeitleiste: keine Snapshots</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %Ln snapshot(s) from %1 to %2</source>
        <translation>
            <numerusform>Zeitleiste: %Ln Snapshot von %1 bis %2</numerusform>
            <numerusform>Zeitleiste: %Ln Snapshots von %1 bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; point-in-time restore window from %1 to %2, %n gap(s)</source>
        <translation>
            <numerusform>; Point-in-Time-Fenster von %1 bis %2, %n Lücke</numerusform>
            <numerusform>; Point-in-Time-Fenster von %1 bis %2, %n Lücken</numerusform>
        </translation>
    </message>
    <message>
        <source>, failed</source>
        <translation>, fehlgeschlagen</translation>
    </message>
    <message>
        <source>, fallback</source>
        <translation>, Fallback</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; selected: %1</source>
        <translation>; ausgewählt: %1</translation>
    </message>
    <message>
        <source>no snapshot selected</source>
        <translation>kein Snapshot ausgewählt</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
</context>
<context>
    <name>TopologyRules</name>
    <message>
        <source>A restore into a cluster needs a target project and cluster.</source>
        <translation>Eine Wiederherstellung in einen Cluster erfordert ein Zielprojekt und einen Ziel-Cluster.</translation>
    </message>
    <message>
        <source>The target cluster %1 is paused; resume it before restoring into it.</source>
        <translation>Der Ziel-Cluster %1 ist pausiert; setzen Sie ihn fort, bevor Sie in ihn wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore job %1 into %2 is still running; Atlas takes one restore into a cluster at a time. Wait for it to end, or cancel it.</source>
        <translation>Der Wiederherstellungsauftrag %1 in %2 läuft noch; Atlas nimmt jeweils nur eine Wiederherstellung in einen Cluster an. Warten Sie, bis er beendet ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message numerus="yes">
        <source>This is a snapshot of a sharded cluster (%n shard(s)); it can only be restored to a sharded cluster with the same number of shards, and %1 is a replica set.</source>
        <translation>
            <numerusform>Dies ist ein Snapshot eines Sharded Clusters (%n Shard); er kann nur in einen Sharded Cluster mit derselben Anzahl von Shards wiederhergestellt werden, und %1 ist ein Replica Set.</numerusform>
            <numerusform>Dies ist ein Snapshot eines Sharded Clusters (%n Shards); er kann nur in einen Sharded Cluster mit derselben Anzahl von Shards wiederhergestellt werden, und %1 ist ein Replica Set.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a snapshot of a replica set; it cannot be restored to the sharded cluster %1.</source>
        <translation>Dies ist ein Snapshot eines Replica Sets; er kann nicht in den Sharded Cluster %1 wiederhergestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot has %n shard(s) but the target cluster %1 has %2; a sharded snapshot can only be restored to a cluster with the same number of shards.</source>
        <translation>
            <numerusform>Der Snapshot hat %n Shard, der Ziel-Cluster %1 aber %2; ein Sharded-Snapshot kann nur in einen Cluster mit derselben Anzahl von Shards wiederhergestellt werden.</numerusform>
            <numerusform>Der Snapshot hat %n Shards, der Ziel-Cluster %1 aber %2; ein Sharded-Snapshot kann nur in einen Cluster mit derselben Anzahl von Shards wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards were added to or removed from %1 on %2; backups from before that change cannot be restored back into it. Restore into another cluster with the old shard count instead.</source>
        <translation>Am %2 wurden Shards zu %1 hinzugefügt oder daraus entfernt; Backups aus der Zeit vor dieser Änderung können nicht in diesen Cluster zurückgespielt werden. Stellen Sie stattdessen in einen anderen Cluster mit der alten Shard-Anzahl wieder her.</translation>
    </message>
    <message>
        <source>%1 is a free M0 cluster, and Atlas cannot restore backups into M0 clusters; choose an M2 or larger cluster.</source>
        <translation>%1 ist ein kostenloser M0-Cluster, und Atlas kann keine Backups in M0-Cluster wiederherstellen; wählen Sie einen Cluster ab M2.</translation>
    </message>
    <message>
        <source>%1 is a serverless instance, which can only receive snapshots of serverless instances, not of dedicated, shared or Cloud Manager clusters.</source>
        <translation>%1 ist eine Serverless-Instanz, die nur Snapshots von Serverless-Instanzen aufnehmen kann, nicht von dedizierten, gemeinsam genutzten oder Cloud-Manager-Clustern.</translation>
    </message>
    <message>
        <source>Snapshots of a serverless instance can be restored only to serverless instances or dedicated clusters; %1 is %2.</source>
        <translation>Snapshots einer Serverless-Instanz können nur in Serverless-Instanzen oder dedizierte Cluster wiederhergestellt werden; %1 ist %2.</translation>
    </message>
    <message>
        <source>%1 is a Flex cluster, which can receive only snapshots of Flex clusters; restore this backup to an M10 or larger cluster instead.</source>
        <translation>%1 ist ein Flex-Cluster, der nur Snapshots von Flex-Clustern aufnehmen kann; stellen Sie dieses Backup stattdessen in einen Cluster ab M10 wieder her.</translation>
    </message>
    <message>
        <source>Snapshots of M2/M5 and Flex clusters cannot be restored to a cluster that uses encryption at rest, and %1 uses %2 key management.</source>
        <translation>Snapshots von M2/M5- und Flex-Clustern können nicht in einen Cluster mit Verschlüsselung ruhender Daten (Encryption at Rest) wiederhergestellt werden, und %1 verwendet die Schlüsselverwaltung von %2.</translation>
    </message>
    <message>
        <source>The snapshot is encrypted with a customer key in %1; the target cluster must use the same encryption at rest provider, but %2 uses %3.</source>
        <translation>Der Snapshot ist mit einem Kundenschlüssel in %1 verschlüsselt; der Ziel-Cluster muss denselben Anbieter für die Verschlüsselung ruhender Daten verwenden, %2 verwendet jedoch %3.</translation>
    </message>
</context>
<context>
    <name>TransportText</name>
    <message>
        <source>Cancelled while trying to %1.</source>
        <translation>Abgebrochen beim Versuch, %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time while trying to %2.</source>
        <translation>Beim Versuch, %2, hat %1 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2: %3.</source>
        <translation>Beim Versuch, %2, ist %1 nicht erreichbar: %3.</translation>
    </message>
    <message>
        <source>%1 presented a certificate with SHA-256 fingerprint %2, but this profile trusts only %3; nothing was sent.</source>
        <translation>%1 hat ein Zertifikat mit dem SHA-256-Fingerabdruck %2 vorgelegt, dieses Profil vertraut aber nur %3; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2); nothing was sent.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while trying to %2: %3.</source>
        <translation>Beim Versuch, %2, ist die Verbindung zu %1 abgebrochen: %3.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>--lang needs a language: one of %1.</source>
        <translation>--lang braucht eine Sprache: eine von %1.</translation>
    </message>
    <message>
        <source>Snapline is not translated into &quot;%1&quot;; it speaks English. Languages: %2.</source>
        <translation>Snapline ist nicht in „%1“ übersetzt und spricht Englisch. Sprachen: %2.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this installation; Snapline speaks English.</source>
        <translation>Die Übersetzung %1 fehlt in dieser Installation; Snapline spricht Englisch.</translation>
    </message>
</context>
<context>
    <name>VerdictFormat</name>
    <message>
        <source>ALLOWED: %1</source>
        <translation>ERLAUBT: %1</translation>
    </message>
    <message numerus="yes">
        <source>REFUSED: %1 (%n reason(s))</source>
        <translation>
            <numerusform>ABGELEHNT: %1 (%n Grund)</numerusform>
            <numerusform>ABGELEHNT: %1 (%n Gründe)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionRules</name>
    <message>
        <source>The backup&apos;s MongoDB version %1 is not a release Atlas runs, so its restore targets cannot be determined.</source>
        <translation>Die MongoDB-Version %1 des Backups ist kein Release, das Atlas betreibt, daher lassen sich die möglichen Wiederherstellungsziele nicht bestimmen.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The target cluster&apos;s MongoDB version %1 is not a release Atlas runs.</source>
        <translation>Die MongoDB-Version %1 des Ziel-Clusters ist kein Release, das Atlas betreibt.</translation>
    </message>
    <message>
        <source>A snapshot of an M2/M5 or Flex cluster can only be restored to a cluster on the same major release (%1); the target runs %2.</source>
        <translation>Ein Snapshot eines M2/M5- oder Flex-Clusters kann nur in einen Cluster mit demselben Major-Release (%1) wiederhergestellt werden; das Ziel verwendet %2.</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas does not restore to older versions.</source>
        <translation>Der Snapshot wurde mit MongoDB %1 erstellt, und das Ziel verwendet die ältere Version %2; Atlas stellt nicht auf ältere Versionen wieder her.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s cluster had its feature compatibility version pinned to %1, so it can only be restored to a cluster on MongoDB %2; the target runs %3.</source>
        <translation>Beim Cluster des Snapshots war die Feature Compatibility Version auf %1 festgelegt, daher kann er nur in einen Cluster mit MongoDB %2 wiederhergestellt werden; das Ziel verwendet %3.</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never restores to an older major release.</source>
        <translation>Der Snapshot wurde mit MongoDB %1 erstellt, und das Ziel verwendet die ältere Version %2; Atlas stellt niemals auf ein älteres Major-Release wieder her.</translation>
    </message>
    <message>
        <source>The snapshot was taken on the rapid release %1 and the target runs %2, which is older; restore to %1 or later, or to the next major release.</source>
        <translation>Der Snapshot wurde mit dem Rapid Release %1 erstellt, und das Ziel verwendet die ältere Version %2; stellen Sie auf %1 oder neuer oder auf das nächste Major-Release wieder her.</translation>
    </message>
    <message>
        <source>A %1 backup can only be restored to the same or the next major release (%2); the target runs %3. Restore it to a %2 cluster first, then upgrade that cluster.</source>
        <translation>Ein %1-Backup kann nur auf dasselbe oder das nächste Major-Release (%2) wiederhergestellt werden; das Ziel verwendet %3. Stellen Sie es zuerst in einen %2-Cluster wieder her und aktualisieren Sie dann diesen Cluster.</translation>
    </message>
    <message>
        <source>The snapshot was taken on the rapid release %1 and the target runs %2, which is older; restore to %1 or later.</source>
        <translation>Der Snapshot wurde mit dem Rapid Release %1 erstellt, und das Ziel verwendet die ältere Version %2; stellen Sie auf %1 oder neuer wieder her.</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never restores to older versions.</source>
        <translation>Der Snapshot wurde mit MongoDB %1 erstellt, und das Ziel verwendet die ältere Version %2; Atlas stellt niemals auf ältere Versionen wieder her.</translation>
    </message>
    <message>
        <source>An M2/M5 or Flex cluster on MongoDB %1 accepts snapshots of the latest major releases only (%2 or newer); this snapshot was taken on %3.</source>
        <translation>Ein M2/M5- oder Flex-Cluster mit MongoDB %1 nimmt nur Snapshots der neuesten Major-Releases an (%2 oder neuer); dieser Snapshot wurde mit %3 erstellt.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 is not a readable zip archive: %2</source>
        <translation>%1 ist kein lesbares ZIP-Archiv: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>no end of central directory</source>
        <translation>kein Ende des zentralen Verzeichnisses</translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation>das zentrale Verzeichnis liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>a damaged central directory</source>
        <translation>ein beschädigtes zentrales Verzeichnis</translation>
    </message>
    <message>
        <source>a damaged entry %1</source>
        <translation>ein beschädigter Eintrag %1</translation>
    </message>
    <message>
        <source>entry %1 uses compression method %2</source>
        <translation>Eintrag %1 verwendet die Komprimierungsmethode %2</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>der Dekomprimierer konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>entry %1 is damaged</source>
        <translation>Eintrag %1 ist beschädigt</translation>
    </message>
    <message>
        <source>entry %1 does not match its checksum</source>
        <translation>Eintrag %1 stimmt nicht mit seiner Prüfsumme überein</translation>
    </message>
    <message>
        <source>no entry %1</source>
        <translation>kein Eintrag %1</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>Das Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The archive grew past 4 GiB, which a zip file without Zip64 cannot hold; write a folder instead.</source>
        <translation>Das Archiv ist größer als 4 GiB geworden, was eine ZIP-Datei ohne Zip64 nicht aufnehmen kann; schreiben Sie stattdessen einen Ordner.</translation>
    </message>
    <message>
        <source>Too many files for a zip archive.</source>
        <translation>Zu viele Dateien für ein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>The compressor could not start.</source>
        <translation>Der Komprimierer konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The compressor failed.</source>
        <translation>Der Komprimierer ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No archive entry is open.</source>
        <translation>Es ist kein Archiveintrag geöffnet.</translation>
    </message>
    <message>
        <source>A file grew past 4 GiB, which a zip file without Zip64 cannot hold; write a folder instead.</source>
        <translation>Eine Datei ist größer als 4 GiB geworden, was eine ZIP-Datei ohne Zip64 nicht aufnehmen kann; schreiben Sie stattdessen einen Ordner.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: snapline [--profile NAME] [--lang LANG] [COMMAND]

Without a command, opens the Snapline console on the profile NAME (default: the last one
shown, or the built-in sandbox); when a console already shows it, that window comes to
the front instead.

Commands:
  preflight --profile NAME --project ID --cluster NAME
            (--snapshot ID | --at UTC | --oplog TS:INC)
            (--target-project ID --target-cluster NAME | --delivery download)
            [--output text|json] [--offline]
            check a restore against every Atlas rule with facts fresh from Atlas (or the
            catalog, offline) and print the verdict and the exact request
  preflight --facts FILE.json [--output json|text]
            check a proposed backup or restore action described in a file
  restore   (the same arguments as preflight) --confirm NAME [--wait]
            send the restore after an allowed verdict; NAME is the target cluster (the
            source cluster for a download); --wait follows the job to its end
  sync --profile NAME [--project ID] [--full] [--output json|text]
            bring a profile&apos;s catalog up to date with Atlas (NAME: a profile, &quot;Local sandbox&quot; or env)
  profile list | add … | import-atlascli [--file PATH] | remove NAME
            manage connection profiles; secrets go to the system keychain
  report --profile NAME --kind coverage|posture|compliance|restores|storage
         [--scope org:ID|project:ID|cluster:PROJECT_ID/NAME] --from DATE [--to DATE]
         --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
            write a backup report from the profile&apos;s catalog, with a manifest (and signature);
            no display needed. Exit codes: 0 written, 1 failure, 2 bad arguments
  report verify PATH [--key-fingerprint FP]
            check a report against its manifest and signature and say what changed.
            Exit codes: 0 intact, 5 changed, 1 no manifest, 2 bad arguments

Exit codes of preflight and restore: 0 allowed or done (a restore completed, or accepted
  without --wait), 1 failure (Atlas unreachable or refusing, an uncertain submission, the
  catalog), 2 bad arguments (nothing was sent), 3 refused by the planner (nothing was sent),
  4 the restore ran and failed, was cancelled or expired, 130 interrupted (Ctrl+C).
  See docs/preflight.md.

Options:
  --lang LANG  speak LANG (de, en, fr, ja) instead of the system&apos;s language
  --version    print the version
  --help       print this help
</source>
        <translation>Aufruf: snapline [--profile NAME] [--lang LANG] [COMMAND]

Ohne Befehl wird die Snapline-Konsole mit dem Profil NAME geöffnet (Standard: das zuletzt
gezeigte oder die eingebaute Sandbox); zeigt bereits eine Konsole dieses Profil, kommt deren
Fenster stattdessen in den Vordergrund.

Befehle:
  preflight --profile NAME --project ID --cluster NAME
            (--snapshot ID | --at UTC | --oplog TS:INC)
            (--target-project ID --target-cluster NAME | --delivery download)
            [--output text|json] [--offline]
            eine Wiederherstellung mit aktuellen Fakten aus Atlas (offline aus dem Katalog)
            gegen jede Atlas-Regel prüfen und das Ergebnis samt genauer Anfrage ausgeben
  preflight --facts FILE.json [--output json|text]
            eine in einer Datei beschriebene Backup- oder Wiederherstellungsaktion prüfen
  restore   (dieselben Argumente wie preflight) --confirm NAME [--wait]
            die Wiederherstellung nach dem Ergebnis „erlaubt“ senden; NAME ist der Ziel-Cluster
            (bei einem Download der Quell-Cluster); --wait verfolgt den Auftrag bis zum Ende
  sync --profile NAME [--project ID] [--full] [--output json|text]
            den Katalog eines Profils mit Atlas abgleichen (NAME: ein Profil, &quot;Lokale Sandbox&quot; oder env)
  profile list | add … | import-atlascli [--file PATH] | remove NAME
            Verbindungsprofile verwalten; Geheimnisse kommen in den Systemschlüsselbund
  report --profile NAME --kind coverage|posture|compliance|restores|storage
         [--scope org:ID|project:ID|cluster:PROJECT_ID/NAME] --from DATE [--to DATE]
         --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
            einen Backup-Bericht aus dem Katalog des Profils schreiben, mit Manifest (und Signatur);
            keine Anzeige nötig. Exit-Codes: 0 geschrieben, 1 Fehler, 2 ungültige Argumente
  report verify PATH [--key-fingerprint FP]
            einen Bericht gegen Manifest und Signatur prüfen und melden, was sich geändert hat.
            Exit-Codes: 0 unverändert, 5 geändert, 1 kein Manifest, 2 ungültige Argumente

Exit-Codes von preflight und restore: 0 erlaubt bzw. erledigt (Wiederherstellung abgeschlossen
  oder ohne --wait angenommen), 1 Fehler (Atlas nicht erreichbar oder lehnt ab, unsichere
  Übermittlung, der Katalog), 2 ungültige Argumente (nichts gesendet), 3 vom Planer abgelehnt
  (nichts gesendet), 4 die Wiederherstellung lief und ist fehlgeschlagen, wurde abgebrochen
  oder ist abgelaufen, 130 unterbrochen (Strg+C). Siehe docs/preflight.md.

Optionen:
  --lang LANG  LANG sprechen (de, en, fr, ja) statt der Systemsprache
  --version    die Version ausgeben
  --help       diese Hilfe ausgeben
</translation>
    </message>
    <message>
        <source>Snapline already shows this profile; its window was brought to the front.</source>
        <translation>Snapline zeigt dieses Profil bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Another Snapline window shows the profile &quot;%1&quot; too.</source>
        <translation>Ein anderes Snapline-Fenster zeigt das Profil „%1“ ebenfalls.</translation>
    </message>
</context>
<context>
    <name>snapline::ActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>snapline::ActionGate</name>
    <message>
        <source>This action is not available here.</source>
        <translation>Diese Aktion ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Why “%1” is not available</source>
        <translation>Warum „%1“ nicht verfügbar ist</translation>
    </message>
</context>
<context>
    <name>snapline::AtlasCliImportDialog</name>
    <message>
        <source>Import Profiles from the Atlas CLI</source>
        <translation>Profile aus der Atlas CLI importieren</translation>
    </message>
    <message>
        <source>Atlas CLI configuration file</source>
        <translation>Konfigurationsdatei der Atlas CLI</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>Gefundene Profile</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Configuration file:</source>
        <translation>&amp;Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>%1 (Atlas CLI)</source>
        <translation>%1 (Atlas CLI)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; this one is imported as “%2”.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden; dieses wird als „%2“ importiert.</translation>
    </message>
    <message>
        <source>The file holds no secret for it: add it with Edit… after importing.</source>
        <translation>Die Datei enthält kein Geheimnis dafür: Fügen Sie es nach dem Import über „Bearbeiten…“ hinzu.</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation>%1 – %2 bei %3</translation>
    </message>
    <message>
        <source> (cannot be imported)</source>
        <translation> (kann nicht importiert werden)</translation>
    </message>
    <message>
        <source>The file holds no profiles.</source>
        <translation>Die Datei enthält keine Profile.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) found. Choose the ones to import.</source>
        <translation>
            <numerusform>%n Profil gefunden. Wählen Sie die zu importierenden aus.</numerusform>
            <numerusform>%n Profile gefunden. Wählen Sie die zu importierenden aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Atlas CLI Configuration</source>
        <translation>Atlas-CLI-Konfiguration auswählen</translation>
    </message>
    <message>
        <source>TOML files (*.toml);;All files (*)</source>
        <translation>TOML-Dateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>%1 was imported, but its secret could not be stored: %2</source>
        <translation>%1 wurde importiert, aber sein Geheimnis konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>snapline::BackupEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>snapline::ChangeRetentionDialog</name>
    <message>
        <source>Change How Long a Snapshot Is Kept</source>
        <translation>Aufbewahrungsdauer eines Snapshots ändern</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 of %2, taken %3, is kept %n day(s), until %4.</source>
        <translation>
            <numerusform>Snapshot %1 von %2, erstellt am %3, wird %n Tag aufbewahrt, bis %4.</numerusform>
            <numerusform>Snapshot %1 von %2, erstellt am %3, wird %n Tage aufbewahrt, bis %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep for (days from when it was taken)</source>
        <translation>Aufbewahren für (Tage ab Erstellung)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Aufbewahren für:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
</context>
<context>
    <name>snapline::ChartsPanel</name>
    <message>
        <source>Backup history charts</source>
        <translation>Diagramme zum Backup-Verlauf</translation>
    </message>
    <message>
        <source>Chart the backup history of cluster %1</source>
        <translation>Backup-Verlauf von Cluster %1 als Diagramm darstellen</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Project %1 — all clusters</source>
        <translation>Projekt %1 – alle Cluster</translation>
    </message>
    <message>
        <source>Reading the backup history…</source>
        <translation>Backup-Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>The backup history could not be read: %1</source>
        <translation>Der Backup-Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterActions</name>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Snapshot &amp;erstellen…</translation>
    </message>
    <message>
        <source>Change &amp;Retention…</source>
        <translation>&amp;Aufbewahrung ändern…</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>Snapshot &amp;löschen…</translation>
    </message>
    <message>
        <source>Edit Backup &amp;Policy…</source>
        <translation>Backup-&amp;Richtlinie bearbeiten…</translation>
    </message>
    <message>
        <source>Turn Off Point-in-Time Restore…</source>
        <translation>Point-in-Time-Wiederherstellung deaktivieren…</translation>
    </message>
    <message>
        <source>Turn Off Cloud Backup…</source>
        <translation>Cloud Backup deaktivieren…</translation>
    </message>
    <message>
        <source>Show &amp;Compliance Policy…</source>
        <translation>&amp;Compliance Policy anzeigen…</translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>Wählen Sie zuerst einen Cluster aus.</translation>
    </message>
    <message>
        <source>Restore %1 from a snapshot or a point in time, into a cluster or as a download</source>
        <translation>%1 aus einem Snapshot oder auf einen Zeitpunkt wiederherstellen, in einen Cluster oder als Download</translation>
    </message>
    <message>
        <source>Take an on-demand snapshot of %1</source>
        <translation>Einen On-Demand-Snapshot von %1 erstellen</translation>
    </message>
    <message>
        <source>Change how long snapshot %1 is kept</source>
        <translation>Aufbewahrungsdauer von Snapshot %1 ändern</translation>
    </message>
    <message>
        <source>Delete snapshot %1</source>
        <translation>Snapshot %1 löschen</translation>
    </message>
    <message>
        <source>Edit the backup schedule of %1</source>
        <translation>Den Backup-Zeitplan von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Turn On Point-in-Time Restore…</source>
        <translation>Point-in-Time-Wiederherstellung aktivieren…</translation>
    </message>
    <message>
        <source>Stop continuous backup of %1</source>
        <translation>Kontinuierliches Backup von %1 beenden</translation>
    </message>
    <message>
        <source>Let %1 be restored to any moment in its restore window</source>
        <translation>%1 auf jeden beliebigen Zeitpunkt im Wiederherstellungsfenster wiederherstellbar machen</translation>
    </message>
    <message>
        <source>Turn On Cloud Backup…</source>
        <translation>Cloud Backup aktivieren…</translation>
    </message>
    <message>
        <source>Stop backing up %1</source>
        <translation>Sicherung von %1 beenden</translation>
    </message>
    <message>
        <source>Back up %1 on its backup policy</source>
        <translation>%1 gemäß seiner Backup-Richtlinie sichern</translation>
    </message>
    <message>
        <source>Show everything the project&apos;s Backup Compliance Policy locks</source>
        <translation>Alles anzeigen, was die Backup Compliance Policy des Projekts sperrt</translation>
    </message>
    <message>
        <source>Why “%1” is not available</source>
        <translation>Warum „%1“ nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2, taken %3?</source>
        <translation>Snapshot %1 von %2, erstellt am %3, löschen?</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Turn off Cloud Backup on %1?</source>
        <translation>Cloud Backup für %1 deaktivieren?</translation>
    </message>
    <message>
        <source>Turn on Cloud Backup on %1?</source>
        <translation>Cloud Backup für %1 aktivieren?</translation>
    </message>
    <message>
        <source>Atlas starts taking snapshots of %1 on its backup policy; they are billed as backup storage.</source>
        <translation>Atlas beginnt, gemäß der Backup-Richtlinie Snapshots von %1 zu erstellen; sie werden als Backup-Speicher abgerechnet.</translation>
    </message>
    <message>
        <source>Turn off point-in-time restore on %1?</source>
        <translation>Point-in-Time-Wiederherstellung für %1 deaktivieren?</translation>
    </message>
    <message>
        <source>Turn on point-in-time restore on %1?</source>
        <translation>Point-in-Time-Wiederherstellung für %1 aktivieren?</translation>
    </message>
    <message>
        <source>Atlas keeps the oplog of %1 so it can be restored to any moment of its restore window, from now on; the time it was off stays a gap. Continuous backup costs extra storage.</source>
        <translation>Atlas bewahrt ab jetzt das Oplog von %1 auf, sodass der Cluster auf jeden Zeitpunkt in seinem Wiederherstellungsfenster wiederhergestellt werden kann; die Zeit, in der die Funktion deaktiviert war, bleibt eine Lücke. Kontinuierliches Backup verursacht zusätzliche Speicherkosten.</translation>
    </message>
    <message>
        <source>Backup Compliance Policy of %1</source>
        <translation>Backup Compliance Policy von %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 has no completed snapshot to restore yet.</source>
        <translation>%1 hat noch keinen abgeschlossenen Snapshot, der wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Cloud Backup is off on %1 and the catalog holds no completed snapshot of it.</source>
        <translation>Cloud Backup ist für %1 deaktiviert, und der Katalog enthält keinen abgeschlossenen Snapshot davon.</translation>
    </message>
    <message>
        <source>Why snapshot %1 cannot be restored</source>
        <translation>Warum Snapshot %1 nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>&amp;Restore This Snapshot…</source>
        <translation>Diesen Snapshot &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Open the restore wizard with snapshot %1</source>
        <translation>Den Wiederherstellungsassistenten mit Snapshot %1 öffnen</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterDetailJob</name>
    <message>
        <source>Read cluster %1</source>
        <translation>Cluster %1 lesen</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterPage</name>
    <message>
        <source>Cluster actions</source>
        <translation>Cluster-Aktionen</translation>
    </message>
    <message>
        <source>&amp;Snapshots</source>
        <translation>&amp;Snapshots</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <source>Restore jobs of this cluster</source>
        <translation>Wiederherstellungsaufträge dieses Clusters</translation>
    </message>
    <message>
        <source>&amp;Restores</source>
        <translation>&amp;Wiederherstellungen</translation>
    </message>
    <message>
        <source>Recent backup events</source>
        <translation>Letzte Backup-Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Search snapshots</source>
        <translation>Snapshots durchsuchen</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Every frequency</source>
        <translation>Alle Häufigkeiten</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Snapshots of this cluster</source>
        <translation>Snapshots dieses Clusters</translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation>Backup-Richtlinie</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Reading the catalog…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Katalog wird gelesen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>sharded, %n shard(s)</source>
        <translation>
            <numerusform>sharded, %n Shard</numerusform>
            <numerusform>sharded, %n Shards</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>Replica Set</translation>
    </message>
    <message>
        <source>MongoDB %1</source>
        <translation>MongoDB %1</translation>
    </message>
    <message>
        <source> (FCV pinned to %1)</source>
        <translation> (FCV auf %1 festgelegt)</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message numerus="yes">
        <source>point in time: %n day(s) window</source>
        <translation>
            <numerusform>Point-in-Time: Fenster von %n Tag</numerusform>
            <numerusform>Point-in-Time: Fenster von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Locked:&lt;/b&gt; the project&apos;s Backup Compliance Policy applies — see the Policy tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gesperrt:&lt;/b&gt; Die Backup Compliance Policy des Projekts gilt – siehe Registerkarte „Richtlinie“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Synced %1.</source>
        <translation>Synchronisiert %1.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;%3&lt;p&gt;&lt;small&gt;%4 %5&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;%3&lt;p&gt;&lt;small&gt;%4 %5&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in the catalog.</source>
        <translation>
            <numerusform>%n Snapshot im Katalog.</numerusform>
            <numerusform>%n Snapshots im Katalog.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No backup policy is cached for this cluster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für diesen Cluster ist keine Backup-Richtlinie zwischengespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backup policy&lt;/h3&gt;&lt;p&gt;Snapshots are taken from %1 UTC.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backup-Richtlinie&lt;/h3&gt;&lt;p&gt;Snapshots werden ab %1 UTC erstellt.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Point-in-time restore window: %n day(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Point-in-Time-Fenster: %n Tag.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Point-in-Time-Fenster: %n Tage.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Point in time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitpunkt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Restore to this moment…</source>
        <translation>Auf diesen Zeitpunkt wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore to this moment</source>
        <translation>Auf diesen Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <source>The moment chosen before, %1, can no longer be restored: %2</source>
        <translation>Der zuvor gewählte Zeitpunkt %1 kann nicht mehr wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Open the restore wizard for %1</source>
        <translation>Den Wiederherstellungsassistenten für %1 öffnen</translation>
    </message>
    <message>
        <source>Choose a moment first: click the point-in-time band of the timeline, or enter one</source>
        <translation>Wählen Sie zuerst einen Zeitpunkt: Klicken Sie auf das Point-in-Time-Band der Zeitleiste, oder geben Sie einen ein</translation>
    </message>
    <message>
        <source>More cluster actions</source>
        <translation>Weitere Cluster-Aktionen</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>Cluster-Details</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>snapline::ComplianceView</name>
    <message>
        <source>Backup Compliance Policy</source>
        <translation>Backup Compliance Policy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorisiert von</translation>
    </message>
    <message>
        <source>Minimum policy items</source>
        <translation>Mindestens erforderliche Richtlinieneinträge</translation>
    </message>
    <message>
        <source>What it locks</source>
        <translation>Was sie sperrt</translation>
    </message>
    <message>
        <source>What the policy locks</source>
        <translation>Was die Richtlinie sperrt</translation>
    </message>
    <message>
        <source>Every cluster&apos;s backup policy keeps at least:</source>
        <translation>Die Backup-Richtlinie jedes Clusters umfasst mindestens:</translation>
    </message>
    <message>
        <source>While the policy is in force, no one, whatever their role, can get around these:</source>
        <translation>Solange die Richtlinie gilt, kann niemand – unabhängig von seiner Rolle – Folgendes umgehen:</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>This project has no Backup Compliance Policy</source>
        <translation>Dieses Projekt hat keine Backup Compliance Policy</translation>
    </message>
    <message>
        <source>%1 is under a Backup Compliance Policy</source>
        <translation>Für %1 gilt eine Backup Compliance Policy</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>on-demand snapshots kept %1</source>
        <translation>On-Demand-Snapshots werden %1 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleLauncher</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>No secret is stored for this profile in %1. Edit the profile to enter it.</source>
        <translation>Für dieses Profil ist in %1 kein Geheimnis gespeichert. Bearbeiten Sie das Profil, um es einzugeben.</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleSession</name>
    <message numerus="yes">
        <source>Synced %n project(s)</source>
        <translation>
            <numerusform>Synchronisiert: %n Projekt</numerusform>
            <numerusform>Synchronisiert: %n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) read</source>
        <translation>
            <numerusform>%n Snapshot gelesen</numerusform>
            <numerusform>%n Snapshots gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s</source>
        <translation> in %1 s</translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s): </source>
        <translation>
            <numerusform> – %n Warnung: </numerusform>
            <numerusform> – %n Warnungen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading roles</source>
        <translation>Rollen werden gelesen</translation>
    </message>
    <message>
        <source>The roles of these credentials could not be read (%1); actions stay disabled until they are.</source>
        <translation>Die Rollen dieser Anmeldedaten konnten nicht gelesen werden (%1); Aktionen bleiben deaktiviert, bis dies gelingt.</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleStatusBar</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sync age</source>
        <translation>Alter der Synchronisierung</translation>
    </message>
    <message>
        <source>API request budget</source>
        <translation>API-Anfragebudget</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>Laufende Aufträge</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>Keine laufenden Aufträge</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>API budget %1/%2</source>
        <translation>API-Budget %1/%2</translation>
    </message>
    <message>
        <source> (Atlas: %1 left)</source>
        <translation> (Atlas: noch %1)</translation>
    </message>
    <message>
        <source>Requests Snapline may send to %1 right now: %2 of %3. Answers refused with 429 so far: %4.</source>
        <translation>Anfragen, die Snapline derzeit an %1 senden darf: %2 von %3. Bisher mit 429 abgewiesene Anfragen: %4.</translation>
    </message>
</context>
<context>
    <name>snapline::DesktopNotifier</name>
    <message>
        <source>Snapline</source>
        <translation>Snapline</translation>
    </message>
    <message>
        <source>Restore completed</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Wiederherstellung abgebrochen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore not sent</source>
        <translation>Wiederherstellung nicht gesendet</translation>
    </message>
</context>
<context>
    <name>snapline::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML, one self-contained file</source>
        <translation>HTML, eine eigenständige Datei</translation>
    </message>
    <message>
        <source>CSV, one file per table (in a .zip or a folder)</source>
        <translation>CSV, eine Datei pro Tabelle (in einer .zip-Datei oder einem Ordner)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Sign the manifest with Snapline&apos;s key</source>
        <translation>Manifest mit dem Schlüssel von Snapline signieren</translation>
    </message>
    <message>
        <source>An Ed25519 signature of the manifest of SHA-256 hashes, with a key Snapline makes on first use and keeps in %1. It signs evidence only; it grants no access to Atlas.</source>
        <translation>Eine Ed25519-Signatur des Manifests mit den SHA-256-Hashes, erstellt mit einem Schlüssel, den Snapline bei der ersten Verwendung erzeugt und in %1 aufbewahrt. Er signiert nur Nachweise und gewährt keinen Zugriff auf Atlas.</translation>
    </message>
    <message>
        <source>The report file. For CSV: a .zip, or a name without an extension for a folder of files. Its manifest is written beside it.</source>
        <translation>Die Berichtsdatei. Für CSV: eine .zip-Datei oder ein Name ohne Endung für einen Ordner mit Dateien. Das Manifest wird daneben geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>There is nothing to report on yet: open a profile and let it sync.</source>
        <translation>Es gibt noch nichts, worüber berichtet werden kann: Öffnen Sie ein Profil und lassen Sie es synchronisieren.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the report a file name.</source>
        <translation>%1 ist ein Ordner: Geben Sie dem Bericht einen Dateinamen.</translation>
    </message>
    <message>
        <source>No catalog to preview.</source>
        <translation>Kein Katalog für die Vorschau.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV files (*.zip);;CSV folders (*)</source>
        <translation>ZIP-Archive mit CSV-Dateien (*.zip);;CSV-Ordner (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save the Report As</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new report?</source>
        <translation>%1 ist bereits vorhanden. Durch den neuen Bericht ersetzen?</translation>
    </message>
</context>
<context>
    <name>snapline::InventoryJob</name>
    <message>
        <source>Read the catalog</source>
        <translation>Katalog lesen</translation>
    </message>
</context>
<context>
    <name>snapline::JobListModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
</context>
<context>
    <name>snapline::JobsPanel</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Beendete &amp;entfernen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Jobs of this session</source>
        <translation>Aufträge dieser Sitzung</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Ausgewählten Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected job. A request already sent to Atlas is not taken back.</source>
        <translation>Den ausgewählten Auftrag beenden. Eine bereits an Atlas gesendete Anfrage wird nicht zurückgenommen.</translation>
    </message>
    <message>
        <source>Clear finished jobs</source>
        <translation>Beendete Aufträge entfernen</translation>
    </message>
    <message>
        <source>Ask Atlas to cancel this restore. Atlas cannot cancel the restore of a sharded cluster, and says so.</source>
        <translation>Atlas bitten, diese Wiederherstellung abzubrechen. Atlas kann die Wiederherstellung eines Sharded Clusters nicht abbrechen und meldet das.</translation>
    </message>
</context>
<context>
    <name>snapline::MainWindow</name>
    <message>
        <source>Snapline</source>
        <translation>Snapline</translation>
    </message>
    <message>
        <source>Snapline — MongoDB Atlas backups.
Choose a profile to see its organizations.</source>
        <translation>Snapline – Backups für MongoDB Atlas.
Wählen Sie ein Profil, um seine Organisationen anzuzeigen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sync what is selected with Atlas (F5)</source>
        <translation>Auswahl mit Atlas synchronisieren (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>Zeitleiste &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Snapline</source>
        <translation>&amp;Über Snapline</translation>
    </message>
    <message>
        <source>Reading the organization from Atlas…</source>
        <translation>Organisation wird aus Atlas gelesen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Profile: %1 — opening</source>
        <translation>Profil: %1 – wird geöffnet</translation>
    </message>
    <message>
        <source>%1 is running at %2.
Certificate SHA-256: %3</source>
        <translation>%1 läuft unter %2.
SHA-256 des Zertifikats: %3</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation>Profil: %1 – %2</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Profile: %1 — not available</source>
        <translation>Profil: %1 – nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: %2 of %3 clusters</source>
        <translation>%1: %2 von %3 Clustern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Synced %1 projects, %2 clusters and %3 snapshots into the catalog in %4 s.</source>
        <translation>%1 Projekte, %2 Cluster und %3 Snapshots in %4 s in den Katalog synchronisiert.</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Soeben synchronisiert</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>Die Synchronisierung wurde beendet: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>About Snapline</source>
        <translation>Über Snapline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapline %1&lt;/b&gt;&lt;p&gt;A desktop console for MongoDB Atlas cloud backups: see, protect and restore them, with every Atlas rule checked before a request is sent.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Snapline %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Konsole für Cloud-Backups von MongoDB Atlas: Backups einsehen, schützen und wiederherstellen – jede Atlas-Regel wird geprüft, bevor eine Anfrage gesendet wird.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>snapline::NavigatorPanel</name>
    <message>
        <source>Find a project or cluster (Ctrl+F)</source>
        <translation>Projekt oder Cluster suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in the navigator</source>
        <translation>Im Navigator suchen</translation>
    </message>
    <message>
        <source>Organizations, projects and clusters</source>
        <translation>Organisationen, Projekte und Cluster</translation>
    </message>
</context>
<context>
    <name>snapline::PitCursorOverlay</name>
    <message>
        <source>no point in time chosen; click the point-in-time band to choose one</source>
        <translation>kein Zeitpunkt gewählt; klicken Sie auf das Point-in-Time-Band, um einen zu wählen</translation>
    </message>
    <message>
        <source>point in time chosen: %1</source>
        <translation>gewählter Zeitpunkt: %1</translation>
    </message>
    <message>
        <source>, oplog increment %1</source>
        <translation>, Oplog-Inkrement %1</translation>
    </message>
</context>
<context>
    <name>snapline::PointInTimeEditor</name>
    <message>
        <source>&amp;UTC:</source>
        <translation>&amp;UTC:</translation>
    </message>
    <message>
        <source>&amp;Oplog timestamp:</source>
        <translation>&amp;Oplog-Zeitstempel:</translation>
    </message>
    <message>
        <source>Point in time, UTC</source>
        <translation>Zeitpunkt, UTC</translation>
    </message>
    <message>
        <source>Point in time, local time</source>
        <translation>Zeitpunkt, Ortszeit</translation>
    </message>
    <message>
        <source>Point in time as an oplog timestamp</source>
        <translation>Zeitpunkt als Oplog-Zeitstempel</translation>
    </message>
    <message>
        <source>Seconds since 1970 and the oplog increment, such as 1763647387:1</source>
        <translation>Sekunden seit 1970 und das Oplog-Inkrement, etwa 1763647387:1</translation>
    </message>
    <message>
        <source>seconds:increment</source>
        <translation>Sekunden:Inkrement</translation>
    </message>
    <message>
        <source>Why the point in time was moved</source>
        <translation>Warum der Zeitpunkt verschoben wurde</translation>
    </message>
    <message>
        <source>Arrows and the wheel step the chosen moment, skipping what cannot be restored</source>
        <translation>Pfeiltasten und Mausrad verschieben den gewählten Zeitpunkt schrittweise und überspringen, was nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
</context>
<context>
    <name>snapline::PolicyEditorDialog</name>
    <message>
        <source>Reference hour (UTC)</source>
        <translation>Referenzstunde (UTC)</translation>
    </message>
    <message>
        <source>Reference minute</source>
        <translation>Referenzminute</translation>
    </message>
    <message>
        <source>Point-in-time restore window in days</source>
        <translation>Point-in-Time-Fenster in Tagen</translation>
    </message>
    <message>
        <source>Apply retention changes to &amp;existing snapshots</source>
        <translation>Aufbewahrungsänderungen auf &amp;vorhandene Snapshots anwenden</translation>
    </message>
    <message>
        <source>Changes against the current policy</source>
        <translation>Änderungen gegenüber der aktuellen Richtlinie</translation>
    </message>
    <message>
        <source>Snapshots and storage this policy keeps</source>
        <translation>Snapshots und Speicher, die diese Richtlinie vorhält</translation>
    </message>
    <message>
        <source>Backup Policy of %1</source>
        <translation>Backup-Richtlinie von %1</translation>
    </message>
    <message>
        <source>Apply retention changes to existing snapshots</source>
        <translation>Aufbewahrungsänderungen auf vorhandene Snapshots anwenden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How far back %1 can be restored to any moment</source>
        <translation>Wie weit zurück %1 auf jeden beliebigen Zeitpunkt wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Point-in-time restore is off on %1</source>
        <translation>Point-in-Time-Wiederherstellung ist für %1 deaktiviert</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>&amp;Reference time:</source>
        <translation>&amp;Referenzzeit:</translation>
    </message>
    <message>
        <source>Restore &amp;window:</source>
        <translation>Wiederherstellungs&amp;fenster:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>What it keeps</source>
        <translation>Was sie aufbewahrt</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n snapshot(s)</source>
        <translation>
            <numerusform>%1: %n Snapshot</numerusform>
            <numerusform>%1: %n Snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::PolicyItemsEditor</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <source>Backup policy items</source>
        <translation>Einträge der Backup-Richtlinie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Aufbewahren</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Add a policy item</source>
        <translation>Richtlinieneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected policy item</source>
        <translation>Ausgewählten Richtlinieneintrag entfernen</translation>
    </message>
    <message>
        <source>Hours between snapshots: 1, 2, 4, 6, 8 or 12</source>
        <translation>Stunden zwischen Snapshots: 1, 2, 4, 6, 8 oder 12</translation>
    </message>
    <message>
        <source>Daily items use 1</source>
        <translation>Tägliche Einträge verwenden 1</translation>
    </message>
    <message>
        <source>Day of the week: 1 = Monday … 7 = Sunday</source>
        <translation>Wochentag: 1 = Montag … 7 = Sonntag</translation>
    </message>
    <message>
        <source>Day of the month: 1–28, or 40 for the last day</source>
        <translation>Tag des Monats: 1–28 oder 40 für den letzten Tag</translation>
    </message>
    <message>
        <source>Month: 1 = January … 12 = December</source>
        <translation>Monat: 1 = Januar … 12 = Dezember</translation>
    </message>
    <message>
        <source>Frequency of item %1</source>
        <translation>Häufigkeit von Eintrag %1</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>When item %1 runs</source>
        <translation>Wann Eintrag %1 ausgeführt wird</translation>
    </message>
    <message>
        <source>How long item %1 keeps its snapshots</source>
        <translation>Wie lange Eintrag %1 seine Snapshots aufbewahrt</translation>
    </message>
    <message>
        <source>Retention unit of item %1</source>
        <translation>Aufbewahrungseinheit von Eintrag %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>snapline::PostureModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The compliance policy requires %1.</source>
        <translation>Die Backup Compliance Policy verlangt %1.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarifstufe</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Point-in-Time</translation>
    </message>
    <message>
        <source>Last snapshot</source>
        <translation>Letzter Snapshot</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>Nächster Snapshot</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Policy vs compliance</source>
        <translation>Richtlinie vs. Compliance</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>snapline::PosturePage</name>
    <message>
        <source>Only clusters with warnings</source>
        <translation>Nur Cluster mit Warnungen</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>Cluster filtern</translation>
    </message>
    <message>
        <source>Filter the posture grid</source>
        <translation>Backup-Status-Tabelle filtern</translation>
    </message>
    <message>
        <source>Backup posture of every cluster</source>
        <translation>Backup-Status aller Cluster</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — backup posture of %n cluster(s)</source>
        <translation>
            <numerusform>%1 – Backup-Status von %n Cluster</numerusform>
            <numerusform>%1 – Backup-Status von %n Clustern</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per cluster: its backup, point-in-time window, last and next snapshot, snapshot count and size, policy against the compliance minimum, copies and warnings. Enter opens the cluster.</source>
        <translation>Eine Zeile je Cluster: Backup, Point-in-Time-Fenster, letzter und nächster Snapshot, Anzahl und Größe der Snapshots, Richtlinie gegenüber dem Compliance-Minimum, Kopien und Warnungen. Die Eingabetaste öffnet den Cluster.</translation>
    </message>
</context>
<context>
    <name>snapline::ProfileDialog</name>
    <message>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis beizubehalten</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline: its address and credentials are set when it starts and cannot be changed.</source>
        <translation>„%1“ ist in Snapline integriert: Adresse und Anmeldedaten werden beim Start festgelegt und können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Optional: 24 hexadecimal characters</source>
        <translation>Optional: 24 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>Default project id</source>
        <translation>Standard-Projekt-ID</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Optional: extra certificate authorities (PEM)</source>
        <translation>Optional: zusätzliche Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Gepinntes Zertifikat</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint AB:CD:…</source>
        <translation>Optional: SHA-256-Fingerabdruck AB:CD:…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Organization id:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>Default pro&amp;ject id:</source>
        <translation>Standard-&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Pinned certi&amp;ficate:</source>
        <translation>Gepinntes &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>8 characters</source>
        <translation>8 Zeichen</translation>
    </message>
    <message>
        <source>mdb_sa_id_…</source>
        <translation>mdb_sa_id_…</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s private key.</source>
        <translation>Geben Sie den privaten Schlüssel des API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client secret.</source>
        <translation>Geben Sie das Client-Secret des Dienstkontos ein.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The secret could not be stored in %1: %2</source>
        <translation>Das Geheimnis konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>snapline::ProfileStore</name>
    <message>
        <source>The profiles could not be saved to %1.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>Ein Profil mit der ID %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline: its address and credentials cannot be changed.</source>
        <translation>„%1“ ist in Snapline integriert: Adresse und Anmeldedaten können nicht geändert werden.</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline and cannot be deleted.</source>
        <translation>„%1“ ist in Snapline integriert und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>A built-in profile needs a fixed id.</source>
        <translation>Ein integriertes Profil benötigt eine feste ID.</translation>
    </message>
</context>
<context>
    <name>snapline::ProfilesMenu</name>
    <message>
        <source>Built into Snapline: a sandbox organization on this computer</source>
        <translation>In Snapline integriert: eine Sandbox-Organisation auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import from Atlas CLI…</source>
        <translation>Aus Atlas CLI &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation>„%1“ &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove “%1”…</source>
        <translation>„%1“ &amp;entfernen…</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Wählen Sie zuerst ein Profil aus.</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline and cannot be removed.</source>
        <translation>„%1“ ist in Snapline integriert und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Remove “%1” and its secret.</source>
        <translation>„%1“ und sein Geheimnis entfernen.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its secret is deleted from %1, and its local catalog is no longer shown. Nothing changes in Atlas.</source>
        <translation>Sein Geheimnis wird aus %1 gelöscht, und sein lokaler Katalog wird nicht mehr angezeigt. In Atlas ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>snapline::ReportPeriodEditor</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last calendar month</source>
        <translation>Letzter Kalendermonat</translation>
    </message>
    <message>
        <source>Last calendar quarter</source>
        <translation>Letztes Kalenderquartal</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>Letzter Tag (UTC)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Whole days in UTC; the first and the last day are included. A period that ends today ends now.</source>
        <translation>Ganze Tage in UTC; der erste und der letzte Tag sind eingeschlossen. Ein Zeitraum, der heute endet, endet jetzt.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a first day on or before the last day.</source>
        <translation>Der Zeitraum endet vor seinem Beginn: Der erste Tag darf nicht nach dem letzten Tag liegen.</translation>
    </message>
</context>
<context>
    <name>snapline::ReportPreviewPane</name>
    <message>
        <source>Preview of the report&apos;s first page</source>
        <translation>Vorschau der ersten Berichtsseite</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Page 1 of %1, as the PDF shows it</source>
        <translation>Seite 1 von %1, wie im PDF</translation>
    </message>
</context>
<context>
    <name>snapline::ReportRunPanel</name>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the report against its manifest and signature, as an auditor would</source>
        <translation>Den Bericht wie ein Prüfer anhand seines Manifests und seiner Signatur prüfen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report was written&lt;/b&gt; to %1 (%2), with its manifest %3.</source>
        <translation>&lt;b&gt;Der Bericht wurde gespeichert&lt;/b&gt; unter %1 (%2), mit dem Manifest %3.</translation>
    </message>
    <message>
        <source>The manifest is signed (%1) with the key %2: publish that fingerprint so auditors know the key is yours.</source>
        <translation>Das Manifest wurde mit dem Schlüssel %2 signiert (%1): Veröffentlichen Sie diesen Fingerabdruck, damit Prüfer wissen, dass der Schlüssel Ihnen gehört.</translation>
    </message>
    <message>
        <source>To prove it unchanged later: &lt;tt&gt;snapline report verify %1&lt;/tt&gt;, or Verify here.</source>
        <translation>Um später nachzuweisen, dass er unverändert ist: &lt;tt&gt;snapline report verify %1&lt;/tt&gt; oder hier „Prüfen“.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report was not written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Bericht wurde nicht geschrieben:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unverändert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report has changed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Bericht wurde geändert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCandidateModel</name>
    <message>
        <source>%1 (the source)</source>
        <translation>%1 (die Quelle)</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n Shard</numerusform>
            <numerusform>%n Shards</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>Replica Set</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message numerus="yes">
        <source>Possible, with %n warning(s)</source>
        <translation>
            <numerusform>Möglich, mit %n Warnung</numerusform>
            <numerusform>Möglich, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can take this restore.</source>
        <translation>%1 kann diese Wiederherstellung aufnehmen.</translation>
    </message>
    <message>
        <source>%1 cannot take this restore:</source>
        <translation>%1 kann diese Wiederherstellung nicht aufnehmen:</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarifstufe</translation>
    </message>
    <message>
        <source>Can it take this restore?</source>
        <translation>Wiederherstellung möglich?</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCandidatesJob</name>
    <message>
        <source>Judge restore targets</source>
        <translation>Wiederherstellungsziele beurteilen</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCheckJob</name>
    <message>
        <source>Pre-flight check of a restore</source>
        <translation>Vorabprüfung einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreDeliveryPage</name>
    <message>
        <source>How to restore</source>
        <translation>Art der Wiederherstellung</translation>
    </message>
    <message>
        <source>Atlas restores into a running cluster, or prepares a snapshot for download.</source>
        <translation>Atlas stellt in einen laufenden Cluster wieder her oder bereitet einen Snapshot zum Download vor.</translation>
    </message>
    <message>
        <source>Restore into a &amp;cluster</source>
        <translation>In einen &amp;Cluster wiederherstellen</translation>
    </message>
    <message>
        <source>Restore into a cluster</source>
        <translation>In einen Cluster wiederherstellen</translation>
    </message>
    <message>
        <source>Atlas copies the backup into a cluster you choose next. Everything on that cluster is replaced.</source>
        <translation>Atlas kopiert das Backup in einen Cluster, den Sie im nächsten Schritt auswählen. Alle Daten auf diesem Cluster werden ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Download the snapshot</source>
        <translation>Snapshot &amp;herunterladen</translation>
    </message>
    <message>
        <source>Download the snapshot</source>
        <translation>Snapshot herunterladen</translation>
    </message>
    <message>
        <source>A download is not possible:</source>
        <translation>Ein Download ist nicht möglich:</translation>
    </message>
    <message>
        <source>Atlas prepares the snapshot&apos;s files and gives links to fetch them.</source>
        <translation>Atlas bereitet die Dateien des Snapshots vor und stellt Links zum Herunterladen bereit.</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreDurationChartView</name>
    <message>
        <source>Restore job durations</source>
        <translation>Dauer der Wiederherstellungsaufträge</translation>
    </message>
    <message>
        <source>No restore job has finished yet.</source>
        <translation>Noch kein Wiederherstellungsauftrag ist abgeschlossen.</translation>
    </message>
    <message>
        <source>No restore jobs have been run.</source>
        <translation>Es wurden keine Wiederherstellungsaufträge ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n restore job(s); the longest took %1; %2 failed.</source>
        <translation>
            <numerusform>%n Wiederherstellungsauftrag; der längste dauerte %1; %2 fehlgeschlagen.</numerusform>
            <numerusform>%n Wiederherstellungsaufträge; der längste dauerte %1; %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore job(s) still running, not shown.</source>
        <translation>
            <numerusform>%n Wiederherstellungsauftrag läuft noch und wird nicht angezeigt.</numerusform>
            <numerusform>%n Wiederherstellungsaufträge laufen noch und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing only the newest %n job(s).</source>
        <translation>
            <numerusform>Nur der neueste Auftrag wird angezeigt.</numerusform>
            <numerusform>Nur die %n neuesten Aufträge werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore of %1 started %2: %3, %4</source>
        <translation>Wiederherstellung von %1, gestartet am %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreJobModel</name>
    <message>
        <source>snapshot of %1</source>
        <translation>Snapshot von %1</translation>
    </message>
    <message>
        <source>download links</source>
        <translation>Download-Links</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Cluster %1 in project %2</source>
        <translation>Cluster %1 in Projekt %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>Wiederhergestellt aus</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2</source>
        <translation>Snapshot %1, erstellt %2</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreJobView</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 Std. %2 Min. %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Restore job in Atlas</source>
        <translation>Wiederherstellungsauftrag in Atlas</translation>
    </message>
    <message>
        <source>Download links expire</source>
        <translation>Ablauf der Download-Links</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Download-Links</translation>
    </message>
    <message>
        <source>Copy the download link</source>
        <translation>Download-Link kopieren</translation>
    </message>
    <message>
        <source>Copies the selected download link, or every link when none is selected.</source>
        <translation>Kopiert den ausgewählten Download-Link oder alle Links, wenn keiner ausgewählt ist.</translation>
    </message>
    <message>
        <source>The links expired %1.</source>
        <translation>Die Links sind am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The links expire in %1 (%2).</source>
        <translation>Die Links laufen in %1 ab (%2).</translation>
    </message>
    <message>
        <source>Atlas has no job for this restore: %1</source>
        <translation>Atlas hat keinen Auftrag für diese Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Not sent to Atlas yet.</source>
        <translation>Noch nicht an Atlas gesendet.</translation>
    </message>
    <message>
        <source>Atlas job %1 · %2 · %3 → %4 · %5</source>
        <translation>Atlas-Auftrag %1 · %2 · %3 → %4 · %5</translation>
    </message>
</context>
<context>
    <name>snapline::RestorePreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Read what will happen, then type the cluster&apos;s name to confirm.</source>
        <translation>Lesen Sie, was geschehen wird, und geben Sie dann zur Bestätigung den Namen des Clusters ein.</translation>
    </message>
    <message>
        <source>Checking the restore</source>
        <translation>Wiederherstellung wird geprüft</translation>
    </message>
    <message>
        <source>The request that will be sent to Atlas</source>
        <translation>Die Anfrage, die an Atlas gesendet wird</translation>
    </message>
    <message>
        <source>Cluster name to confirm</source>
        <translation>Clustername zur Bestätigung</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>To confirm the download, type the name of the source cluster, %1:</source>
        <translation>Geben Sie zur Bestätigung des Downloads den Namen des Quell-Clusters ein, %1:</translation>
    </message>
    <message>
        <source>Everything on %1 will be replaced. To confirm, type the name of the target cluster, %1:</source>
        <translation>Alle Daten auf %1 werden ersetzt. Geben Sie zur Bestätigung den Namen des Ziel-Clusters ein, %1:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The restore could not be checked: %1</source>
        <translation>Die Wiederherstellung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The rules allow this restore.</source>
        <translation>Die Regeln erlauben diese Wiederherstellung.</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreSourcePage</name>
    <message>
        <source>What to restore</source>
        <translation>Was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Choose a snapshot of %1, or a moment to restore it to.</source>
        <translation>Wählen Sie einen Snapshot von %1 oder einen Zeitpunkt, auf den wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>A &amp;snapshot</source>
        <translation>Einen &amp;Snapshot</translation>
    </message>
    <message>
        <source>Restore a snapshot</source>
        <translation>Einen Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Completed snapshots of %1</source>
        <translation>Abgeschlossene Snapshots von %1</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>Einen Zeit&amp;punkt</translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation>Auf einen Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <source>Moment to restore to, in UTC</source>
        <translation>Zeitpunkt der Wiederherstellung, in UTC</translation>
    </message>
    <message>
        <source>What the rules say about this source</source>
        <translation>Was die Regeln zu dieser Quelle sagen</translation>
    </message>
    <message>
        <source>%1 can be restored to a second between %2 and %3.</source>
        <translation>%1 kann auf eine beliebige Sekunde zwischen %2 und %3 wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 keeps no point-in-time history (continuous cloud backup is off), so it is restored from a snapshot.</source>
        <translation>%1 hat keinen Point-in-Time-Verlauf (Continuous Cloud Backup ist deaktiviert) und wird daher aus einem Snapshot wiederhergestellt.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>(%1 local time)</source>
        <translation>(%1 Ortszeit)</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreTargetPage</name>
    <message>
        <source>Where to restore</source>
        <translation>Wohin wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Every cluster of the organization, with what the rules say about restoring into it.</source>
        <translation>Alle Cluster der Organisation, jeweils mit dem, was die Regeln zu einer Wiederherstellung dorthin sagen.</translation>
    </message>
    <message>
        <source>Judging the clusters</source>
        <translation>Cluster werden beurteilt</translation>
    </message>
    <message>
        <source>Show &amp;only possible targets</source>
        <translation>&amp;Nur mögliche Ziele anzeigen</translation>
    </message>
    <message>
        <source>Show only possible targets</source>
        <translation>Nur mögliche Ziele anzeigen</translation>
    </message>
    <message>
        <source>Clusters to restore into</source>
        <translation>Cluster als Wiederherstellungsziel</translation>
    </message>
    <message>
        <source>What the rules say about the chosen target</source>
        <translation>Was die Regeln zum gewählten Ziel sagen</translation>
    </message>
    <message>
        <source>Judging every cluster of the organization as a target…</source>
        <translation>Alle Cluster der Organisation werden als Ziel beurteilt…</translation>
    </message>
    <message>
        <source>The clusters could not be read: %1</source>
        <translation>Die Cluster konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cluster(s) can take this restore.</source>
        <translation>
            <numerusform>Diese Wiederherstellung ist auf %1 von %n Cluster möglich.</numerusform>
            <numerusform>Diese Wiederherstellung ist auf %1 von %n Clustern möglich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::RestoreWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Submit Restore</source>
        <translation>Wiederherstellung &amp;absenden</translation>
    </message>
    <message>
        <source>Submit restore</source>
        <translation>Wiederherstellung absenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>snapline::SnapshotCountChartView</name>
    <message>
        <source>Snapshots per day</source>
        <translation>Snapshots pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>No snapshots were taken in the last %n day(s).</source>
        <translation>
            <numerusform>Am letzten Tag wurden keine Snapshots erstellt.</numerusform>
            <numerusform>In den letzten %n Tagen wurden keine Snapshots erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshots to count.</source>
        <translation>Keine Snapshots zum Zählen.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) still being taken, not counted yet.</source>
        <translation>
            <numerusform>%n Snapshot wird noch erstellt und ist noch nicht gezählt.</numerusform>
            <numerusform>%n Snapshots werden noch erstellt und sind noch nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n snapshot(s) completed, %3 failed.</source>
        <translation>
            <numerusform>%1 bis %2: %n Snapshot abgeschlossen, %3 fehlgeschlagen.</numerusform>
            <numerusform>%1 bis %2: %n Snapshots abgeschlossen, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 failed</source>
        <translation>%1: %2 abgeschlossen, %3 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>snapline::SnapshotTableModel</name>
    <message>
        <source>%1 (FCV %2)</source>
        <translation>%1 (FCV %2)</translation>
    </message>
    <message>
        <source>Kept until deleted</source>
        <translation>Aufbewahrt bis zur Löschung</translation>
    </message>
    <message>
        <source>The snapshot failed; it cannot be restored.</source>
        <translation>Der Snapshot ist fehlgeschlagen; er kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>snapline::StorageChartView</name>
    <message>
        <source>Storage over time</source>
        <translation>Speicher im Zeitverlauf</translation>
    </message>
    <message>
        <source>Bytes held at the end of each day, by frequency, of the snapshots still held. Snapshots that already expired and were deleted in Atlas are no longer in the catalog, so earlier days show less than was stored then.</source>
        <translation>Am Ende jedes Tages belegte Bytes der noch vorhandenen Snapshots, nach Häufigkeit. Bereits abgelaufene und in Atlas gelöschte Snapshots sind nicht mehr im Katalog, daher zeigen frühere Tage weniger, als damals gespeichert war.</translation>
    </message>
    <message>
        <source>No snapshots are held, so there is no storage to chart.</source>
        <translation>Es sind keine Snapshots vorhanden, daher gibt es keinen Speicher darzustellen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 held on %2 (%3); the most, %4, on %5.</source>
        <translation>%1 belegt am %2 (%3); Höchstwert %4 am %5.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>snapline::TableCsvExport</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows this table shows as a CSV file</source>
        <translation>Die in dieser Tabelle angezeigten Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Backup posture</source>
        <translation>Backup-Status</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Restore history</source>
        <translation>Wiederherstellungsverlauf</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 rows written to %3</source>
        <translation>%1: %2 Zeilen in %3 geschrieben</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>snapline::TakeSnapshotDialog</name>
    <message>
        <source>&amp;Watch it in the Jobs panel until it completes</source>
        <translation>Im Bereich „Aufträge“ &amp;verfolgen, bis er abgeschlossen ist</translation>
    </message>
    <message>
        <source>Take a Snapshot of %1</source>
        <translation>Snapshot von %1 erstellen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Why this snapshot is taken, e.g. before the 4.2 migration</source>
        <translation>Warum dieser Snapshot erstellt wird, z. B. vor der Migration auf 4.2</translation>
    </message>
    <message>
        <source>Keep for (days)</source>
        <translation>Aufbewahren für (Tage)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Watch until it completes</source>
        <translation>Verfolgen, bis er abgeschlossen ist</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Aufbewahren für:</translation>
    </message>
</context>
<context>
    <name>snapline::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
</context>
<context>
    <name>snapline::TimelineWidget</name>
    <message>
        <source>Snapshot timeline</source>
        <translation>Snapshot-Zeitleiste</translation>
    </message>
    <message>
        <source>No point-in-time restore window for this cluster</source>
        <translation>Kein Point-in-Time-Fenster für diesen Cluster</translation>
    </message>
    <message>
        <source>Outside the point-in-time restore window</source>
        <translation>Außerhalb des Point-in-Time-Fensters</translation>
    </message>
</context>
<context>
    <name>snapline::VerdictLabel</name>
    <message>
        <source>What the rules say</source>
        <translation>Was die Regeln sagen</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
</context>
</TS>
