<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>take an on-demand snapshot</source>
        <translation>prendre un snapshot à la demande</translation>
    </message>
    <message>
        <source>delete a snapshot</source>
        <translation>supprimer un snapshot</translation>
    </message>
    <message>
        <source>change a snapshot&apos;s retention</source>
        <translation>modifier la rétention d&apos;un snapshot</translation>
    </message>
    <message>
        <source>export a snapshot to a bucket</source>
        <translation>exporter un snapshot vers un bucket</translation>
    </message>
    <message>
        <source>edit the backup policy</source>
        <translation>modifier la stratégie de sauvegarde</translation>
    </message>
    <message>
        <source>delete the backup policy</source>
        <translation>supprimer la stratégie de sauvegarde</translation>
    </message>
    <message>
        <source>turn off Cloud Backup</source>
        <translation>désactiver Cloud Backup</translation>
    </message>
    <message>
        <source>turn off continuous backup (point in time)</source>
        <translation>désactiver la sauvegarde continue (PIT)</translation>
    </message>
    <message>
        <source>change the cluster tier</source>
        <translation>changer le niveau (tier) du cluster</translation>
    </message>
    <message>
        <source>enable the Backup Compliance Policy</source>
        <translation>activer la Backup Compliance Policy</translation>
    </message>
    <message>
        <source>turn off the Backup Compliance Policy</source>
        <translation>désactiver la Backup Compliance Policy</translation>
    </message>
    <message>
        <source>delete the project</source>
        <translation>supprimer le projet</translation>
    </message>
    <message>
        <source>turn on Cloud Backup</source>
        <translation>activer Cloud Backup</translation>
    </message>
    <message>
        <source>turn on continuous backup (point in time)</source>
        <translation>activer la sauvegarde continue (PIT)</translation>
    </message>
</context>
<context>
    <name>ActionFacts</name>
    <message>
        <source>Cluster %1 is not in the catalog; sync its project and try again.</source>
        <translation>Le cluster %1 ne figure pas dans le catalogue&#xa0;; synchronisez son projet et réessayez.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 is no longer in the catalog: it may have expired or been deleted. Refresh the cluster and try again.</source>
        <translation>Le snapshot %1 de %2 ne figure plus dans le catalogue&#xa0;: il a peut-être expiré ou été supprimé. Actualisez le cluster et réessayez.</translation>
    </message>
</context>
<context>
    <name>AtlasApi</name>
    <message>
        <source>read who these credentials are</source>
        <translation>lire l&apos;identité associée à ces identifiants</translation>
    </message>
    <message>
        <source>read the service account&apos;s roles in project %1</source>
        <translation>lire les rôles du compte de service dans le projet %1</translation>
    </message>
    <message>
        <source>list the organizations</source>
        <translation>lister les organisations</translation>
    </message>
    <message>
        <source>read organization %1</source>
        <translation>lire l&apos;organisation %1</translation>
    </message>
    <message>
        <source>list the projects of organization %1</source>
        <translation>lister les projets de l&apos;organisation %1</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation>lister les projets</translation>
    </message>
    <message>
        <source>read project %1</source>
        <translation>lire le projet %1</translation>
    </message>
    <message>
        <source>list the clusters of project %1</source>
        <translation>lister les clusters du projet %1</translation>
    </message>
    <message>
        <source>read cluster %1</source>
        <translation>lire le cluster %1</translation>
    </message>
    <message>
        <source>change the backup settings of cluster %1</source>
        <translation>modifier les paramètres de sauvegarde du cluster %1</translation>
    </message>
    <message>
        <source>list the Flex clusters of project %1</source>
        <translation>lister les clusters Flex du projet %1</translation>
    </message>
    <message>
        <source>read Flex cluster %1</source>
        <translation>lire le cluster Flex %1</translation>
    </message>
    <message>
        <source>list the serverless instances of project %1</source>
        <translation>lister les instances serverless du projet %1</translation>
    </message>
    <message>
        <source>read serverless instance %1</source>
        <translation>lire l&apos;instance serverless %1</translation>
    </message>
    <message>
        <source>list the export buckets of project %1</source>
        <translation>lister les buckets d&apos;export du projet %1</translation>
    </message>
    <message>
        <source>read export bucket %1</source>
        <translation>lire le bucket d&apos;export %1</translation>
    </message>
    <message>
        <source>add export bucket %1</source>
        <translation>ajouter le bucket d&apos;export %1</translation>
    </message>
    <message>
        <source>change export bucket %1</source>
        <translation>modifier le bucket d&apos;export %1</translation>
    </message>
    <message>
        <source>remove export bucket %1</source>
        <translation>retirer le bucket d&apos;export %1</translation>
    </message>
    <message>
        <source>list the snapshot exports of cluster %1</source>
        <translation>lister les exports de snapshots du cluster %1</translation>
    </message>
    <message>
        <source>read export job %1</source>
        <translation>lire la tâche d&apos;export %1</translation>
    </message>
    <message>
        <source>export snapshot %1</source>
        <translation>exporter le snapshot %1</translation>
    </message>
    <message>
        <source>read the events of project %1</source>
        <translation>lire les événements du projet %1</translation>
    </message>
    <message>
        <source>read event %1</source>
        <translation>lire l&apos;événement %1</translation>
    </message>
    <message>
        <source>list the legacy snapshots of cluster %1</source>
        <translation>lister les snapshots hérités (legacy) du cluster %1</translation>
    </message>
    <message>
        <source>read legacy snapshot %1</source>
        <translation>lire le snapshot hérité %1</translation>
    </message>
    <message>
        <source>change how long legacy snapshot %1 is kept</source>
        <translation>modifier la durée de conservation du snapshot hérité %1</translation>
    </message>
    <message>
        <source>delete legacy snapshot %1</source>
        <translation>supprimer le snapshot hérité %1</translation>
    </message>
    <message>
        <source>list the checkpoints of cluster %1</source>
        <translation>lister les points de contrôle du cluster %1</translation>
    </message>
    <message>
        <source>read checkpoint %1</source>
        <translation>lire le point de contrôle %1</translation>
    </message>
    <message>
        <source>list the restore jobs of cluster %1</source>
        <translation>lister les tâches de restauration du cluster %1</translation>
    </message>
    <message>
        <source>read restore job %1</source>
        <translation>lire la tâche de restauration %1</translation>
    </message>
    <message>
        <source>start a restore from cluster %1</source>
        <translation>lancer une restauration à partir du cluster %1</translation>
    </message>
    <message>
        <source>cancel restore job %1</source>
        <translation>annuler la tâche de restauration %1</translation>
    </message>
    <message>
        <source>read the Backup Compliance Policy of project %1</source>
        <translation>lire la Backup Compliance Policy du projet %1</translation>
    </message>
    <message>
        <source>set the Backup Compliance Policy of project %1</source>
        <translation>définir la Backup Compliance Policy du projet %1</translation>
    </message>
    <message>
        <source>disable the Backup Compliance Policy of project %1</source>
        <translation>désactiver la Backup Compliance Policy du projet %1</translation>
    </message>
    <message>
        <source>list the snapshots of Flex cluster %1</source>
        <translation>lister les snapshots du cluster Flex %1</translation>
    </message>
    <message>
        <source>read snapshot %1</source>
        <translation>lire le snapshot %1</translation>
    </message>
    <message>
        <source>list the restore jobs of Flex cluster %1</source>
        <translation>lister les tâches de restauration du cluster Flex %1</translation>
    </message>
    <message>
        <source>start a restore from Flex cluster %1</source>
        <translation>lancer une restauration à partir du cluster Flex %1</translation>
    </message>
    <message>
        <source>prepare a download of snapshot %1</source>
        <translation>préparer un téléchargement du snapshot %1</translation>
    </message>
    <message>
        <source>list the snapshots of serverless instance %1</source>
        <translation>lister les snapshots de l&apos;instance serverless %1</translation>
    </message>
    <message>
        <source>list the restore jobs of serverless instance %1</source>
        <translation>lister les tâches de restauration de l&apos;instance serverless %1</translation>
    </message>
    <message>
        <source>start a restore from serverless instance %1</source>
        <translation>lancer une restauration à partir de l&apos;instance serverless %1</translation>
    </message>
    <message>
        <source>list the snapshots of cluster %1</source>
        <translation>lister les snapshots du cluster %1</translation>
    </message>
    <message>
        <source>list the snapshots of sharded cluster %1</source>
        <translation>lister les snapshots du cluster shardé %1</translation>
    </message>
    <message>
        <source>find the snapshot of cluster %1 closest to a point in time</source>
        <translation>trouver le snapshot du cluster %1 le plus proche d&apos;un instant donné</translation>
    </message>
    <message>
        <source>take an on-demand snapshot of cluster %1</source>
        <translation>prendre un snapshot à la demande du cluster %1</translation>
    </message>
    <message>
        <source>change how long snapshot %1 is kept</source>
        <translation>modifier la durée de conservation du snapshot %1</translation>
    </message>
    <message>
        <source>delete snapshot %1</source>
        <translation>supprimer le snapshot %1</translation>
    </message>
    <message>
        <source>read the backup policy of cluster %1</source>
        <translation>lire la stratégie de sauvegarde du cluster %1</translation>
    </message>
    <message>
        <source>change the backup policy of cluster %1</source>
        <translation>modifier la stratégie de sauvegarde du cluster %1</translation>
    </message>
    <message>
        <source>remove every item of the backup policy of cluster %1</source>
        <translation>retirer tous les éléments de la stratégie de sauvegarde du cluster %1</translation>
    </message>
</context>
<context>
    <name>AtlasCliImport</name>
    <message>
        <source>The key %1 (line %2) should be text; it was ignored.</source>
        <translation>La clé %1 (ligne %2) devrait être du texte&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>There is no Atlas CLI configuration at %1.</source>
        <translation>Aucune configuration Atlas CLI n&apos;existe à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The Atlas CLI configuration %1 cannot be read: %2.</source>
        <translation>La configuration Atlas CLI %1 ne peut pas être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The Atlas CLI configuration %1 is not valid TOML (line %2, column %3): %4.</source>
        <translation>La configuration Atlas CLI %1 n&apos;est pas du TOML valide (ligne %2, colonne %3)&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>AtlasErrorText</name>
    <message>
        <source>Cancelled while trying to %1.</source>
        <translation>Annulé alors que Snapline cherchait à %1.</translation>
    </message>
    <message>
        <source>Atlas sent an answer Snapline cannot read while trying to %1 (%2).</source>
        <translation>En cherchant à %1, Snapline a reçu d&apos;Atlas une réponse qu&apos;il ne sait pas lire (%2).</translation>
    </message>
    <message>
        <source> Atlas says: %1</source>
        <translation> Réponse d&apos;Atlas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Atlas rejected the credentials while trying to %1: check the API key or service account of this profile.</source>
        <translation>Atlas a refusé les identifiants alors que Snapline cherchait à %1&#xa0;: vérifiez la clé d&apos;API ou le compte de service de ce profil.</translation>
    </message>
    <message>
        <source>The credentials of this profile lack the role needed to %1.</source>
        <translation>Les identifiants de ce profil n&apos;ont pas le rôle nécessaire pour %1.</translation>
    </message>
    <message>
        <source>Atlas found nothing to %1 (%2).</source>
        <translation>Atlas n&apos;a rien trouvé en cherchant à %1 (%2).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Atlas no longer offers the API version Snapline used to %1.</source>
        <translation>Atlas ne propose plus la version d&apos;API que Snapline utilisait pour %1.</translation>
    </message>
    <message>
        <source>Atlas refused to %1 because of a conflict.</source>
        <translation>Atlas a refusé, en raison d&apos;un conflit, la demande visant à %1.</translation>
    </message>
    <message>
        <source>Atlas is rate-limiting this profile; Snapline will try again shortly to %1.</source>
        <translation>Atlas limite le débit des requêtes de ce profil&#xa0;; Snapline cherchera de nouveau sous peu à %1.</translation>
    </message>
    <message>
        <source>Atlas had a problem while trying to %1 (HTTP %2); try again later.</source>
        <translation>Atlas a rencontré un problème alors que Snapline cherchait à %1 (HTTP %2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Atlas refused to %1 (HTTP %2%3).</source>
        <translation>Atlas a refusé la demande visant à %1 (HTTP %2%3).</translation>
    </message>
</context>
<context>
    <name>AvailabilityRules</name>
    <message>
        <source>%1 uses legacy backup, which is deprecated; plan its move to Cloud Backup.</source>
        <translation>%1 utilise la sauvegarde héritée, qui est obsolète&#xa0;; prévoyez sa migration vers Cloud Backup.</translation>
    </message>
    <message>
        <source>%1 has %2 collections; legacy backup cannot back up 100,000 or more, so its snapshots may be incomplete.</source>
        <translation>%1 compte %2 collections&#xa0;; la sauvegarde héritée ne peut pas en sauvegarder 100&#x202f;000 ou plus, ses snapshots risquent donc d&apos;être incomplets.</translation>
    </message>
    <message>
        <source>%1 is a free M0 cluster, and Atlas keeps no backups of M0 clusters. Back it up with mongodump and restore it with mongorestore instead, or upgrade it to M10 or larger for Cloud Backup.</source>
        <translation>%1 est un cluster M0 gratuit, et Atlas ne conserve aucune sauvegarde des clusters M0. Sauvegardez-le plutôt avec mongodump et restaurez-le avec mongorestore, ou passez-le en M10 ou plus pour bénéficier de Cloud Backup.</translation>
    </message>
    <message>
        <source>serverless instances</source>
        <translation>instances serverless</translation>
    </message>
    <message>
        <source>Flex clusters</source>
        <translation>clusters Flex</translation>
    </message>
    <message>
        <source>M2/M5 clusters</source>
        <translation>clusters M2/M5</translation>
    </message>
    <message>
        <source>Atlas takes the snapshots of %1 automatically; on-demand snapshots are not available for %2.</source>
        <translation>Atlas prend automatiquement les snapshots des %1&#xa0;; les snapshots à la demande ne sont pas disponibles pour les %2.</translation>
    </message>
    <message>
        <source>Backups of %1 are always on and cannot be turned off.</source>
        <translation>Les sauvegardes des %1 sont toujours actives et ne peuvent pas être désactivées.</translation>
    </message>
    <message>
        <source>Atlas manages the backups of %1 (schedule and retention), so you cannot %2 on %3; upgrade it to M10 or larger for Cloud Backup.</source>
        <translation>Atlas gère lui-même les sauvegardes des %1 (planification et rétention)&#xa0;: vous ne pouvez donc pas %2 sur %3. Passez-le en M10 ou plus pour bénéficier de Cloud Backup.</translation>
    </message>
    <message>
        <source>%1 uses legacy backup, which is deprecated and read-only here: you cannot %2. Move the cluster to Cloud Backup (upgrading to MongoDB 4.2 or later does so).</source>
        <translation>%1 utilise la sauvegarde héritée, obsolète et accessible ici en lecture seule&#xa0;: vous ne pouvez pas %2. Migrez le cluster vers Cloud Backup (le passage à MongoDB 4.2 ou ultérieur s&apos;en charge).</translation>
    </message>
    <message>
        <source>Cloud Backup is already off on %1.</source>
        <translation>Cloud Backup est déjà désactivé sur %1.</translation>
    </message>
    <message>
        <source>Cloud Backup is off on %1; turn it on before you %2.</source>
        <translation>Cloud Backup est désactivé sur %1&#xa0;; activez-le pour pouvoir %2.</translation>
    </message>
    <message>
        <source>Continuous cloud backup (point in time) is already off on %1.</source>
        <translation>La sauvegarde continue (PIT) est déjà désactivée sur %1.</translation>
    </message>
    <message>
        <source>Cloud Backup is already on for %1.</source>
        <translation>Cloud Backup est déjà activé pour %1.</translation>
    </message>
    <message>
        <source>Continuous cloud backup (point in time) is already on for %1.</source>
        <translation>La sauvegarde continue (PIT) est déjà activée pour %1.</translation>
    </message>
</context>
<context>
    <name>BackupActionRunner</name>
    <message>
        <source>Checking the rules</source>
        <translation>Vérification des règles</translation>
    </message>
    <message>
        <source>Snapline cannot %1 as a backup action.</source>
        <translation>Snapline ne peut pas %1 en tant qu&apos;action de sauvegarde.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent to Atlas.</source>
        <translation>Annulé avant tout envoi à Atlas.</translation>
    </message>
    <message>
        <source>Sending the request to Atlas</source>
        <translation>Envoi de la requête à Atlas</translation>
    </message>
    <message>
        <source>Watching snapshot %1</source>
        <translation>Suivi du snapshot %1</translation>
    </message>
    <message>
        <source>Updating the catalog</source>
        <translation>Mise à jour du catalogue</translation>
    </message>
    <message>
        <source>Atlas could not complete snapshot %1 of %2; it failed.</source>
        <translation>Atlas n&apos;a pas pu mener à bien le snapshot %1 de %2&#xa0;; il a échoué.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 %2</source>
        <translation>Snapshot %1 %2</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be watched to the end: %2</source>
        <translation>Le suivi du snapshot %1 n&apos;a pas pu aller jusqu&apos;au bout&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalog could not store the snapshot: %1</source>
        <translation>Le catalogue n&apos;a pas pu enregistrer le snapshot&#xa0;: %1</translation>
    </message>
    <message>
        <source>The catalog could not be brought up to date: %1</source>
        <translation>Le catalogue n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 completed.</source>
        <translation>Le snapshot %1 de %2 est terminé.</translation>
    </message>
    <message>
        <source>Stopped watching snapshot %1 of %2 while %3; Atlas goes on taking it.</source>
        <translation>Suivi du snapshot %1 de %2 interrompu alors qu&apos;il était %3&#xa0;; Atlas poursuit sa création.</translation>
    </message>
    <message>
        <source>Atlas has queued snapshot %1 of %2.</source>
        <translation>Atlas a mis en file d&apos;attente le snapshot %1 de %2.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 is now kept until %3.</source>
        <translation>Le snapshot %1 de %2 est désormais conservé jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 was deleted.</source>
        <translation>Le snapshot %1 de %2 a été supprimé.</translation>
    </message>
    <message>
        <source>The backup policy of %1 was changed.</source>
        <translation>La stratégie de sauvegarde de %1 a été modifiée.</translation>
    </message>
    <message>
        <source>Cloud Backup is now off on %1.</source>
        <translation>Cloud Backup est désormais désactivé sur %1.</translation>
    </message>
    <message>
        <source>Cloud Backup is now on for %1.</source>
        <translation>Cloud Backup est désormais activé pour %1.</translation>
    </message>
    <message>
        <source>Point-in-time restore is now off on %1.</source>
        <translation>La restauration à un instant donné est désormais désactivée sur %1.</translation>
    </message>
    <message>
        <source>Point-in-time restore is now on for %1.</source>
        <translation>La restauration à un instant donné est désormais activée pour %1.</translation>
    </message>
</context>
<context>
    <name>BackupActionText</name>
    <message>
        <source>Take a snapshot of %1</source>
        <translation>Prendre un snapshot de %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep snapshot %1 of %2 for %n day(s)</source>
        <translation>
            <numerusform>Conserver le snapshot %1 de %2 pendant %n jour</numerusform>
            <numerusform>Conserver le snapshot %1 de %2 pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation>Supprimer le snapshot %1 de %2</translation>
    </message>
    <message>
        <source>Change the backup policy of %1</source>
        <translation>Modifier la stratégie de sauvegarde de %1</translation>
    </message>
    <message>
        <source>Turn off Cloud Backup on %1</source>
        <translation>Désactiver Cloud Backup sur %1</translation>
    </message>
    <message>
        <source>Turn on Cloud Backup on %1</source>
        <translation>Activer Cloud Backup sur %1</translation>
    </message>
    <message>
        <source>Turn off point-in-time restore on %1</source>
        <translation>Désactiver la restauration à un instant donné sur %1</translation>
    </message>
    <message>
        <source>Turn on point-in-time restore on %1</source>
        <translation>Activer la restauration à un instant donné sur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>BackupHistoryReader</name>
    <message>
        <source>Read the backup history of project %1</source>
        <translation>Lire l&apos;historique des sauvegardes du projet %1</translation>
    </message>
    <message>
        <source>Read the backup history of cluster %1</source>
        <translation>Lire l&apos;historique des sauvegardes du cluster %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>fold its write-ahead log into the file</source>
        <translation>intégrer son journal d&apos;écriture anticipée (WAL) au fichier</translation>
    </message>
    <message>
        <source>The local catalog could not %1: %2</source>
        <translation>Le catalogue local n&apos;a pas pu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This connection to the local catalog only reads; writes go through the catalog writer.</source>
        <translation>Cette connexion au catalogue local est en lecture seule&#xa0;; les écritures passent par le module d&apos;écriture du catalogue.</translation>
    </message>
    <message>
        <source>list what it holds</source>
        <translation>lister son contenu</translation>
    </message>
    <message>
        <source>find cluster %1</source>
        <translation>trouver le cluster %1</translation>
    </message>
    <message>
        <source>register cluster %1</source>
        <translation>enregistrer le cluster %1</translation>
    </message>
    <message>
        <source>its schema version is %1, this version of Snapline reads %2</source>
        <translation>sa version de schéma est %1, alors que cette version de Snapline lit la version %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of Snapline (catalog schema %1; this version knows up to %2)</source>
        <translation>il a été écrit par une version plus récente de Snapline (schéma de catalogue %1&#xa0;; cette version connaît jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>il est endommagé (%1)</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not a Snapline catalog</source>
        <translation>c&apos;est une base de données SQLite, mais pas un catalogue Snapline</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; cannot be opened: %2.</source>
        <translation>Le catalogue local «&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the file cannot be created or written there; check that the folder is writable (%1)</source>
        <translation>le fichier ne peut pas y être créé ni écrit&#xa0;; vérifiez que le dossier est accessible en écriture (%1)</translation>
    </message>
    <message>
        <source>another program keeps it locked (%1)</source>
        <translation>un autre programme le verrouille (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>le disque est plein (%1)</translation>
    </message>
    <message>
        <source>its folder &quot;%1&quot; cannot be created</source>
        <translation>son dossier «&#xa0;%1&#xa0;» ne peut pas être créé</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; cannot be used (%2) and cannot be moved aside to &quot;%3&quot;.</source>
        <translation>Le catalogue local «&#xa0;%1&#xa0;» est inutilisable (%2) et ne peut pas être mis de côté sous «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; could not be used: %2. It was moved aside to &quot;%3&quot; and an empty catalog was started in its place; the next sync fills it again.</source>
        <translation>Le catalogue local «&#xa0;%1&#xa0;» n&apos;a pas pu être utilisé&#xa0;: %2. Il a été mis de côté sous «&#xa0;%3&#xa0;» et un catalogue vide a été créé à sa place&#xa0;; la prochaine synchronisation le remplira de nouveau.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>read the snapshot history of %1</source>
        <translation>lire l&apos;historique des snapshots de %1</translation>
    </message>
    <message>
        <source>read the organizations</source>
        <translation>lire les organisations</translation>
    </message>
    <message>
        <source>read the projects of organization %1</source>
        <translation>lire les projets de l&apos;organisation %1</translation>
    </message>
    <message>
        <source>read the clusters of project %1</source>
        <translation>lire les clusters du projet %1</translation>
    </message>
    <message>
        <source>read cluster %1</source>
        <translation>lire le cluster %1</translation>
    </message>
    <message>
        <source>read the restore jobs of cluster %1</source>
        <translation>lire les tâches de restauration du cluster %1</translation>
    </message>
    <message>
        <source>read the restore jobs into cluster %1</source>
        <translation>lire les tâches de restauration vers le cluster %1</translation>
    </message>
    <message>
        <source>read the export buckets of project %1</source>
        <translation>lire les buckets d&apos;export du projet %1</translation>
    </message>
    <message>
        <source>read the export jobs of cluster %1</source>
        <translation>lire les tâches d&apos;export du cluster %1</translation>
    </message>
    <message>
        <source>read the events of project %1</source>
        <translation>lire les événements du projet %1</translation>
    </message>
    <message>
        <source>read the backup schedule of cluster %1</source>
        <translation>lire la planification des sauvegardes du cluster %1</translation>
    </message>
    <message>
        <source>read the compliance policy of project %1</source>
        <translation>lire la Backup Compliance Policy du projet %1</translation>
    </message>
    <message>
        <source>read the snapshots of cluster %1</source>
        <translation>lire les snapshots du cluster %1</translation>
    </message>
    <message>
        <source>count the snapshots of cluster %1</source>
        <translation>compter les snapshots du cluster %1</translation>
    </message>
    <message>
        <source>read the sync state of %1</source>
        <translation>lire l&apos;état de synchronisation (%1)</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>read the snapshot figures of every cluster</source>
        <translation>lire les statistiques de snapshots de tous les clusters</translation>
    </message>
    <message>
        <source>remove cluster %1</source>
        <translation>supprimer le cluster %1</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>supprimer le projet %1</translation>
    </message>
    <message>
        <source>remove organization %1</source>
        <translation>supprimer l&apos;organisation %1</translation>
    </message>
    <message>
        <source>store the organizations</source>
        <translation>enregistrer les organisations</translation>
    </message>
    <message>
        <source>store the projects of organization %1</source>
        <translation>enregistrer les projets de l&apos;organisation %1</translation>
    </message>
    <message>
        <source>store the clusters of project %1</source>
        <translation>enregistrer les clusters du projet %1</translation>
    </message>
    <message>
        <source>store the restore jobs of cluster %1</source>
        <translation>enregistrer les tâches de restauration du cluster %1</translation>
    </message>
    <message>
        <source>store the export buckets of project %1</source>
        <translation>enregistrer les buckets d&apos;export du projet %1</translation>
    </message>
    <message>
        <source>store the export jobs of cluster %1</source>
        <translation>enregistrer les tâches d&apos;export du cluster %1</translation>
    </message>
    <message>
        <source>store the events of project %1</source>
        <translation>enregistrer les événements du projet %1</translation>
    </message>
    <message>
        <source>store the backup schedule of cluster %1</source>
        <translation>enregistrer la planification des sauvegardes du cluster %1</translation>
    </message>
    <message>
        <source>store the compliance policy of project %1</source>
        <translation>enregistrer la Backup Compliance Policy du projet %1</translation>
    </message>
    <message>
        <source>store the snapshots of cluster %1</source>
        <translation>enregistrer les snapshots du cluster %1</translation>
    </message>
    <message>
        <source>remove deleted snapshots of cluster %1</source>
        <translation>retirer les snapshots supprimés du cluster %1</translation>
    </message>
    <message>
        <source>store the sync state of %1</source>
        <translation>enregistrer l&apos;état de synchronisation (%1)</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; in the audit log</source>
        <translation>consigner «&#xa0;%1&#xa0;» dans le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>The local catalog is closing; the change was not saved.</source>
        <translation>Le catalogue local est en cours de fermeture&#xa0;; la modification n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Hourly</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
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
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>ClientText</name>
    <message>
        <source>The credentials of this profile lack the role needed to %1: Atlas asks for at least %2.</source>
        <translation>Les identifiants de ce profil n&apos;ont pas le rôle nécessaire pour %1&#xa0;: Atlas exige au minimum %2.</translation>
    </message>
    <message>
        <source> Atlas says: %1</source>
        <translation> Réponse d&apos;Atlas&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>page %1 has no results list</source>
        <translation>la page %1 ne contient pas de liste de résultats</translation>
    </message>
</context>
<context>
    <name>ClusterDetailReader</name>
    <message>
        <source>Cluster %1 is not in the catalog; it may have been deleted in Atlas. Sync again to see the current list.</source>
        <translation>Le cluster %1 ne figure pas dans le catalogue&#xa0;; il a peut-être été supprimé dans Atlas. Synchronisez de nouveau pour afficher la liste actuelle.</translation>
    </message>
</context>
<context>
    <name>ComplianceLocks</name>
    <message>
        <source>Snapshots cannot be deleted before they expire, whatever your role.</source>
        <translation>Les snapshots ne peuvent pas être supprimés avant leur expiration, quel que soit votre rôle.</translation>
    </message>
    <message>
        <source>A snapshot&apos;s retention can be extended but never shortened after it was taken.</source>
        <translation>La rétention d&apos;un snapshot peut être prolongée, mais jamais raccourcie après sa création.</translation>
    </message>
    <message>
        <source>Backups cannot be turned off on any cluster of the project.</source>
        <translation>Les sauvegardes ne peuvent être désactivées sur aucun cluster du projet.</translation>
    </message>
    <message>
        <source>No cluster can be moved to M0, Flex or serverless, where it would lose Cloud Backup.</source>
        <translation>Aucun cluster ne peut passer en M0, Flex ou serverless, où il perdrait Cloud Backup.</translation>
    </message>
    <message>
        <source>Every cluster&apos;s backup policy must keep at least %1; retention cannot be shortened below that, and the item cannot be removed.</source>
        <translation>La stratégie de sauvegarde de chaque cluster doit conserver au moins&#xa0;: %1&#xa0;; la rétention ne peut pas descendre en dessous, et l&apos;élément ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>On-demand snapshots must be kept at least %1.</source>
        <translation>Les snapshots à la demande doivent être conservés au moins %1.</translation>
    </message>
    <message numerus="yes">
        <source>Point-in-time restore must stay on with a window of at least %n day(s).</source>
        <translation>
            <numerusform>La restauration à un instant donné doit rester activée, avec une fenêtre d&apos;au moins %n jour.</numerusform>
            <numerusform>La restauration à un instant donné doit rester activée, avec une fenêtre d&apos;au moins %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies in other regions cannot be removed: a snapshot&apos;s copy stays even when its region is taken out of a backup policy.</source>
        <translation>Les copies dans d&apos;autres régions ne peuvent pas être supprimées&#xa0;: la copie d&apos;un snapshot subsiste même lorsque sa région est retirée d&apos;une stratégie de sauvegarde.</translation>
    </message>
    <message>
        <source>Encryption at rest with your own key (customer key management) is required on every cluster.</source>
        <translation>Le chiffrement au repos avec votre propre clé (gestion des clés par le client) est obligatoire sur chaque cluster.</translation>
    </message>
    <message>
        <source>A terminated cluster keeps its snapshots until they expire.</source>
        <translation>Un cluster supprimé conserve ses snapshots jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <source>The project cannot be deleted while it holds snapshots.</source>
        <translation>Le projet ne peut pas être supprimé tant qu&apos;il contient des snapshots.</translation>
    </message>
    <message>
        <source>MongoDB Support has allowed this policy to be turned off; until it is, every lock above holds.</source>
        <translation>Le support MongoDB a autorisé la désactivation de cette Backup Compliance Policy&#xa0;; tant qu&apos;elle n&apos;est pas effective, tous les verrous ci-dessus restent en vigueur.</translation>
    </message>
    <message>
        <source>The policy can only be disabled by MongoDB Support, at the request of its authorized person.</source>
        <translation>La Backup Compliance Policy ne peut être désactivée que par le support MongoDB, à la demande de la personne autorisée qu&apos;elle désigne.</translation>
    </message>
    <message>
        <source>No authorized person is named.</source>
        <translation>Aucune personne autorisée n&apos;est désignée.</translation>
    </message>
    <message>
        <source>Authorized by %1.</source>
        <translation>Autorisée par %1.</translation>
    </message>
    <message>
        <source>Authorized by %1 (%2).</source>
        <translation>Autorisée par %1 (%2).</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Dernière modification par %1 le %2.</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>Dernière modification le %1.</translation>
    </message>
    <message>
        <source>Last changed by %1.</source>
        <translation>Dernière modification par %1.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Being enabled</source>
        <translation>Activation en cours</translation>
    </message>
    <message>
        <source>Being updated</source>
        <translation>Mise à jour en cours</translation>
    </message>
    <message>
        <source>Being turned off</source>
        <translation>Désactivation en cours</translation>
    </message>
</context>
<context>
    <name>ComplianceReportBuilder</name>
    <message>
        <source>Project id</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>on-demand snapshots kept at least %1</source>
        <translation>snapshots à la demande conservés au moins %1</translation>
    </message>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>restauration à un instant donné avec une fenêtre d&apos;au moins %n jour</numerusform>
            <numerusform>restauration à un instant donné avec une fenêtre d&apos;au moins %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>copies in other regions cannot be removed</source>
        <translation>les copies dans d&apos;autres régions ne peuvent pas être supprimées</translation>
    </message>
    <message>
        <source>encryption at rest with a customer key</source>
        <translation>chiffrement au repos avec une clé client</translation>
    </message>
    <message>
        <source>Backup Compliance Policies</source>
        <translation>Backup Compliance Policies</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Code d&apos;état</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorisée par</translation>
    </message>
    <message>
        <source>Authorized e-mail</source>
        <translation>E-mail d&apos;autorisation</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Modifiée en dernier par</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>What each policy requires</source>
        <translation>Exigences de chaque politique</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Clusters against the policy</source>
        <translation>Clusters au regard de la politique</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Standing code</source>
        <translation>Code de situation</translation>
    </message>
    <message>
        <source>Below the policy</source>
        <translation>En deçà de la politique</translation>
    </message>
    <message>
        <source>Falls short of</source>
        <translation>Exigence non respectée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Clusters against the policy, by project</source>
        <translation>Clusters au regard de la politique, par projet</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Aucune politique</translation>
    </message>
    <message>
        <source>Meets the policy</source>
        <translation>Conforme à la politique</translation>
    </message>
    <message>
        <source>No policy or not applicable</source>
        <translation>Aucune politique ou non applicable</translation>
    </message>
    <message>
        <source>Refused actions</source>
        <translation>Actions refusées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Rule codes</source>
        <translation>Codes de règle</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>The audit log holds no refused action in the period.</source>
        <translation>Le journal d&apos;audit ne contient aucune action refusée sur la période.</translation>
    </message>
    <message>
        <source>Actions Snapline&apos;s rules refused before anything was sent to Atlas, from its audit log.</source>
        <translation>Actions refusées par les règles de Snapline avant tout envoi à Atlas, d&apos;après son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy of each project as the catalog last read it, and each cluster&apos;s schedule against it as of %1.</source>
        <translation>La Backup Compliance Policy de chaque projet, telle que le catalogue l&apos;a lue en dernier, et la planification de chaque cluster au regard de celle-ci à la date du %1.</translation>
    </message>
    <message>
        <source>Projects with a policy</source>
        <translation>Projets avec une politique</translation>
    </message>
    <message>
        <source>Projects without a policy</source>
        <translation>Projets sans politique</translation>
    </message>
    <message>
        <source>Clusters meeting their policy</source>
        <translation>Clusters conformes à leur politique</translation>
    </message>
    <message>
        <source>Clusters below their policy</source>
        <translation>Clusters en deçà de leur politique</translation>
    </message>
    <message>
        <source>Refused actions in the period</source>
        <translation>Actions refusées sur la période</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message>
        <source>This project has a Backup Compliance Policy: no one, whatever their role, can delete a snapshot before it expires.</source>
        <translation>Ce projet est soumis à une Backup Compliance Policy&#xa0;: personne, quel que soit son rôle, ne peut supprimer un snapshot avant son expiration.</translation>
    </message>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy: a snapshot&apos;s retention can be extended but not shortened (it is kept %n day(s) today).</source>
        <translation>
            <numerusform>Ce projet est soumis à une Backup Compliance Policy&#xa0;: la rétention d&apos;un snapshot peut être prolongée, mais pas raccourcie (il est actuellement conservé %n jour).</numerusform>
            <numerusform>Ce projet est soumis à une Backup Compliance Policy&#xa0;: la rétention d&apos;un snapshot peut être prolongée, mais pas raccourcie (il est actuellement conservé %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Backup Compliance Policy keeps on-demand snapshots at least %1.</source>
        <translation>La Backup Compliance Policy impose de conserver les snapshots à la demande au moins %1.</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy keeps on-demand snapshots at least %1; ask for %n day(s) or more.</source>
        <translation>
            <numerusform>La Backup Compliance Policy impose de conserver les snapshots à la demande au moins %1&#xa0;; demandez %n jour ou plus.</numerusform>
            <numerusform>La Backup Compliance Policy impose de conserver les snapshots à la demande au moins %1&#xa0;; demandez %n jours ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: Cloud Backup cannot be turned off on any of its clusters.</source>
        <translation>Ce projet est soumis à une Backup Compliance Policy&#xa0;: Cloud Backup ne peut être désactivé sur aucun de ses clusters.</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires continuous cloud backup (point in time) with a restore window of at least %n day(s); it cannot be turned off.</source>
        <translation>
            <numerusform>La Backup Compliance Policy exige la sauvegarde continue (PIT) avec une fenêtre de restauration d&apos;au moins %n jour&#xa0;; elle ne peut pas être désactivée.</numerusform>
            <numerusform>La Backup Compliance Policy exige la sauvegarde continue (PIT) avec une fenêtre de restauration d&apos;au moins %n jours&#xa0;; elle ne peut pas être désactivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: the backup policy cannot be deleted, because that would remove the items the compliance policy requires.</source>
        <translation>Ce projet est soumis à une Backup Compliance Policy&#xa0;: la stratégie de sauvegarde ne peut pas être supprimée, car cela retirerait les éléments exigés par la Backup Compliance Policy.</translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: a cluster cannot be moved to %1, which would lose its Cloud Backup.</source>
        <translation>Ce projet est soumis à une Backup Compliance Policy&#xa0;: un cluster ne peut pas passer en %1, car il perdrait Cloud Backup.</translation>
    </message>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy and still holds %n snapshot(s); it cannot be deleted until they have all expired.</source>
        <translation>
            <numerusform>Ce projet est soumis à une Backup Compliance Policy et contient encore %n snapshot&#xa0;; il ne peut pas être supprimé avant que ce snapshot ait expiré.</numerusform>
            <numerusform>Ce projet est soumis à une Backup Compliance Policy et contient encore %n snapshots&#xa0;; il ne peut pas être supprimé avant qu&apos;ils aient tous expiré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 already has a Backup Compliance Policy (%2).</source>
        <translation>Le projet %1 a déjà une Backup Compliance Policy (%2).</translation>
    </message>
    <message>
        <source>No policy to enable was given: a Backup Compliance Policy states its minimums and names the person who authorized it (e-mail, first and last name).</source>
        <translation>Aucune Backup Compliance Policy à activer n&apos;a été fournie&#xa0;: une Backup Compliance Policy fixe ses minimums et désigne la personne qui l&apos;a autorisée (e-mail, prénom et nom).</translation>
    </message>
    <message>
        <source>A Backup Compliance Policy names the person who authorized it: a valid e-mail address, a first name and a last name are required.</source>
        <translation>Une Backup Compliance Policy désigne la personne qui l&apos;a autorisée&#xa0;: une adresse e-mail valide, un prénom et un nom sont obligatoires.</translation>
    </message>
    <message>
        <source>A compliance policy that requires point in time needs a restore window of at least 1 day.</source>
        <translation>Une Backup Compliance Policy qui exige la restauration à un instant donné nécessite une fenêtre de restauration d&apos;au moins 1 jour.</translation>
    </message>
    <message>
        <source>Once enabled, a Backup Compliance Policy can only be turned off by MongoDB Support at the request of %1.</source>
        <translation>Une fois activée, une Backup Compliance Policy ne peut être désactivée que par le support MongoDB, à la demande de %1.</translation>
    </message>
    <message>
        <source>While it is in force: %1</source>
        <translation>Tant qu&apos;elle est en vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>point in time would no longer be required</source>
        <translation>la restauration à un instant donné ne serait plus exigée</translation>
    </message>
    <message>
        <source>the restore window would shrink</source>
        <translation>la fenêtre de restauration serait réduite</translation>
    </message>
    <message>
        <source>encryption at rest would no longer be required</source>
        <translation>le chiffrement au repos ne serait plus exigé</translation>
    </message>
    <message>
        <source>copy protection would be turned off</source>
        <translation>la protection des copies serait désactivée</translation>
    </message>
    <message>
        <source>the %1 item would be weakened or removed</source>
        <translation>l&apos;élément %1 serait affaibli ou supprimé</translation>
    </message>
    <message>
        <source>on-demand snapshots would be kept less than %1</source>
        <translation>les snapshots à la demande seraient conservés moins de %1</translation>
    </message>
    <message>
        <source>A Backup Compliance Policy in force can only be made stricter: %1.</source>
        <translation>Une Backup Compliance Policy en vigueur ne peut qu&apos;être renforcée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Project %1 has no Backup Compliance Policy to turn off.</source>
        <translation>Le projet %1 n&apos;a aucune Backup Compliance Policy à désactiver.</translation>
    </message>
    <message>
        <source>Only MongoDB Support can turn off a Backup Compliance Policy, at the request of its authorized person (%1); open a support ticket first.</source>
        <translation>Seul le support MongoDB peut désactiver une Backup Compliance Policy, à la demande de la personne autorisée qu&apos;elle désigne (%1)&#xa0;; ouvrez d&apos;abord un ticket de support.</translation>
    </message>
    <message>
        <source>No one can delete a snapshot before it expires.</source>
        <translation>Personne ne peut supprimer un snapshot avant son expiration.</translation>
    </message>
    <message>
        <source>No one can shorten a snapshot&apos;s retention after it was taken.</source>
        <translation>Personne ne peut raccourcir la rétention d&apos;un snapshot après sa création.</translation>
    </message>
    <message>
        <source>No one can turn off Cloud Backup on a cluster, or move a cluster to M0, Flex or serverless.</source>
        <translation>Personne ne peut désactiver Cloud Backup sur un cluster, ni faire passer un cluster en M0, Flex ou serverless.</translation>
    </message>
    <message>
        <source>No one can set a backup policy below the compliance minimum or remove one of its items.</source>
        <translation>Personne ne peut définir une stratégie de sauvegarde en dessous du minimum de conformité, ni en retirer l&apos;un des éléments exigés.</translation>
    </message>
    <message>
        <source>The project cannot be deleted while it holds snapshots.</source>
        <translation>Le projet ne peut pas être supprimé tant qu&apos;il contient des snapshots.</translation>
    </message>
    <message>
        <source>Only MongoDB Support can turn the policy off, at the authorized person&apos;s request.</source>
        <translation>Seul le support MongoDB peut désactiver la Backup Compliance Policy, à la demande de la personne autorisée.</translation>
    </message>
    <message>
        <source>Every cluster keeps at least: %1.</source>
        <translation>Chaque cluster conserve au moins&#xa0;: %1.</translation>
    </message>
    <message>
        <source>On-demand snapshots are kept at least %1.</source>
        <translation>Les snapshots à la demande sont conservés au moins %1.</translation>
    </message>
    <message numerus="yes">
        <source>Point in time stays on, with a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>La restauration à un instant donné reste activée, avec une fenêtre de restauration d&apos;au moins %n jour.</numerusform>
            <numerusform>La restauration à un instant donné reste activée, avec une fenêtre de restauration d&apos;au moins %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cluster must use encryption at rest with customer key management.</source>
        <translation>Chaque cluster doit utiliser le chiffrement au repos avec gestion des clés par le client.</translation>
    </message>
    <message>
        <source>Snapshot copies stay even when their copy region is removed from the policy.</source>
        <translation>Les copies de snapshots subsistent même lorsque leur région de copie est retirée de la stratégie de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>CoverageReportBuilder</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Snapshots expected from each cluster&apos;s backup policy between %1 and %2, against the snapshots Atlas lists, as the catalog last read them.</source>
        <translation>Snapshots attendus d&apos;après la stratégie de sauvegarde de chaque cluster entre %1 et %2, comparés aux snapshots listés par Atlas, tels que le catalogue les a lus en dernier.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Clusters with a backup policy</source>
        <translation>Clusters avec une stratégie de sauvegarde</translation>
    </message>
    <message>
        <source>Clusters without backup</source>
        <translation>Clusters sans sauvegarde</translation>
    </message>
    <message>
        <source>Snapshots expected</source>
        <translation>Snapshots attendus</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Failed snapshots</source>
        <translation>Snapshots en échec</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalués</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Worst achieved RPO</source>
        <translation>Pire RPO atteint</translation>
    </message>
    <message>
        <source>Cluster with the worst RPO</source>
        <translation>Cluster au pire RPO</translation>
    </message>
    <message>
        <source>Clusters with point-in-time gaps</source>
        <translation>Clusters avec interruptions PIT</translation>
    </message>
    <message>
        <source>Snapshots by day</source>
        <translation>Snapshots par jour</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Expected snapshots by day</source>
        <translation>Snapshots attendus par jour</translation>
    </message>
    <message numerus="yes">
        <source>Largest gaps between restorable points (the %n worst clusters)</source>
        <translation>
            <numerusform>Plus grandes interruptions entre points restaurables (%n cluster, le plus touché)</numerusform>
            <numerusform>Plus grandes interruptions entre points restaurables (les %n clusters les plus touchés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved RPO</source>
        <translation>RPO atteint</translation>
    </message>
    <message>
        <source>Snapshots against the policy</source>
        <translation>Snapshots par rapport à la stratégie</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <source>Missed and failed snapshots, gaps</source>
        <translation>Snapshots manqués et en échec, interruptions</translation>
    </message>
    <message>
        <source>No expected snapshot was missed.</source>
        <translation>Aucun snapshot attendu n&apos;a été manqué.</translation>
    </message>
    <message>
        <source>No snapshot failed in the period.</source>
        <translation>Aucun snapshot n&apos;a échoué sur la période.</translation>
    </message>
    <message>
        <source>No gap in the point-in-time history in the period.</source>
        <translation>Aucune interruption dans l&apos;historique PIT sur la période.</translation>
    </message>
    <message>
        <source>Every snapshot of the period</source>
        <translation>Tous les snapshots de la période</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s), one row each, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>%n snapshot, sur une ligne, dans les exports CSV et JSON de ce rapport.</numerusform>
            <numerusform>%n snapshots, une ligne par snapshot, dans les exports CSV et JSON de ce rapport.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageReportTables</name>
    <message>
        <source>Project id</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Snapshots against the policy</source>
        <translation>Snapshots par rapport à la stratégie</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>Type de sauvegarde</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalués</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Aged out</source>
        <translation>Déjà expirés</translation>
    </message>
    <message>
        <source>Before the first snapshot</source>
        <translation>Avant le premier snapshot</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Completed snapshots</source>
        <translation>Snapshots terminés</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Coverage is taken ÷ (taken + missed). Not judged: expected moments too recent to judge or still running, whose snapshot would have expired already, or before the cluster&apos;s first snapshot.</source>
        <translation>La couverture est égale à pris ÷ (pris + manqués). Non évalués&#xa0;: moments attendus trop récents pour être évalués ou encore en cours, moments dont le snapshot aurait déjà expiré, ou moments antérieurs au premier snapshot du cluster.</translation>
    </message>
    <message>
        <source>Backup policies</source>
        <translation>Stratégies de sauvegarde</translation>
    </message>
    <message>
        <source>Policy items</source>
        <translation>Éléments de stratégie</translation>
    </message>
    <message>
        <source>Reference time (UTC)</source>
        <translation>Heure de référence (UTC)</translation>
    </message>
    <message>
        <source>Restore window (days)</source>
        <translation>Fenêtre de restauration (jours)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Expected snapshots are computed from the policy as the catalog holds it now; a snapshot counts as taken when it was created within the tolerance of its moment.</source>
        <translation>Les snapshots attendus sont calculés d&apos;après la stratégie telle que le catalogue la contient actuellement&#xa0;; un snapshot est compté comme pris s&apos;il a été créé dans la marge de tolérance autour du moment prévu.</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <source>Achieved RPO</source>
        <translation>RPO atteint</translation>
    </message>
    <message>
        <source>Largest gap from</source>
        <translation>Plus grande interruption&#xa0;: début</translation>
    </message>
    <message>
        <source>Largest gap to</source>
        <translation>Plus grande interruption&#xa0;: fin</translation>
    </message>
    <message>
        <source>Oldest restorable point</source>
        <translation>Point restaurable le plus ancien</translation>
    </message>
    <message>
        <source>Newest restorable point</source>
        <translation>Point restaurable le plus récent</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Restauration PIT</translation>
    </message>
    <message>
        <source>PIT window from</source>
        <translation>Début de la fenêtre PIT</translation>
    </message>
    <message>
        <source>PIT gaps</source>
        <translation>Interruptions PIT</translation>
    </message>
    <message>
        <source>PIT gap time</source>
        <translation>Durée des interruptions PIT</translation>
    </message>
    <message>
        <source>Catalog read at</source>
        <translation>Catalogue lu le</translation>
    </message>
    <message>
        <source>The achieved RPO is the longest stretch of the period without a restorable point (a completed snapshot, or a restorable moment of the point-in-time history).</source>
        <translation>Le RPO atteint est la plus longue période sans point restaurable (un snapshot terminé, ou un moment restaurable de l&apos;historique PIT).</translation>
    </message>
    <message>
        <source>Missed snapshots</source>
        <translation>Snapshots manqués</translation>
    </message>
    <message>
        <source>Expected at</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Code du motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Failed snapshots</source>
        <translation>Snapshots en échec</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Gaps in the point-in-time history</source>
        <translation>Interruptions de l&apos;historique PIT</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>the snapshot failed</source>
        <translation>le snapshot a échoué</translation>
    </message>
    <message>
        <source>no snapshot was taken</source>
        <translation>aucun snapshot n&apos;a été pris</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>the folder cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message numerus="yes">
        <source>This report has %n table(s); write it to a folder or a .zip file, not to one .csv file.</source>
        <translation>
            <numerusform>Ce rapport contient %n tableau&#xa0;; enregistrez-le dans un dossier ou un fichier .zip, et non dans un seul fichier .csv.</numerusform>
            <numerusform>Ce rapport contient %n tableaux&#xa0;; enregistrez-le dans un dossier ou un fichier .zip, et non dans un seul fichier .csv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
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
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>dans moins d&apos;une minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>horaire</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuel</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>de secours</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>aucune sauvegarde</translation>
    </message>
    <message>
        <source>shared daily snapshots</source>
        <translation>snapshots quotidiens partagés</translation>
    </message>
    <message>
        <source>Flex daily snapshots</source>
        <translation>snapshots quotidiens Flex</translation>
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
        <translation>serverless continu</translation>
    </message>
    <message>
        <source>serverless basic</source>
        <translation>serverless de base</translation>
    </message>
    <message>
        <source>legacy backup</source>
        <translation>sauvegarde héritée</translation>
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
        <translation>gratuit</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <source>serverless</source>
        <translation>serverless</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>dédié</translation>
    </message>
    <message>
        <source>automated restore</source>
        <translation>restauration automatisée</translation>
    </message>
    <message>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>point in time</source>
        <translation>restauration à un instant donné</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>Snapshot started</source>
        <translation>Snapshot démarré</translation>
    </message>
    <message>
        <source>Snapshot completed</source>
        <translation>Snapshot terminé</translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation>Snapshot en échec</translation>
    </message>
    <message>
        <source>On-demand snapshot requested</source>
        <translation>Snapshot à la demande demandé</translation>
    </message>
    <message>
        <source>Snapshot deleted</source>
        <translation>Snapshot supprimé</translation>
    </message>
    <message>
        <source>Snapshot retention changed</source>
        <translation>Rétention du snapshot modifiée</translation>
    </message>
    <message>
        <source>Backup policy changed</source>
        <translation>Stratégie de sauvegarde modifiée</translation>
    </message>
    <message>
        <source>Restore requested</source>
        <translation>Restauration demandée</translation>
    </message>
    <message>
        <source>Restore completed</source>
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restauration en échec</translation>
    </message>
    <message>
        <source>Continuous backup fell behind</source>
        <translation>Sauvegarde continue en retard</translation>
    </message>
    <message>
        <source>Continuous backup caught up</source>
        <translation>Sauvegarde continue à jour</translation>
    </message>
    <message>
        <source>Export completed</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export en échec</translation>
    </message>
</context>
<context>
    <name>EnvironmentProfile</name>
    <message>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>the project</source>
        <translation>ce projet</translation>
    </message>
    <message>
        <source>A snapshot of %1 completed.</source>
        <translation>Un snapshot de %1 est terminé.</translation>
    </message>
    <message>
        <source>A snapshot of %1 failed.</source>
        <translation>Un snapshot de %1 a échoué.</translation>
    </message>
    <message>
        <source>A snapshot of %1 started.</source>
        <translation>Un snapshot de %1 a démarré.</translation>
    </message>
    <message>
        <source>An on-demand snapshot of %1 was requested.</source>
        <translation>Un snapshot à la demande de %1 a été demandé.</translation>
    </message>
    <message>
        <source>A snapshot of %1 was deleted.</source>
        <translation>Un snapshot de %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The retention of a snapshot of %1 was changed.</source>
        <translation>La rétention d&apos;un snapshot de %1 a été modifiée.</translation>
    </message>
    <message>
        <source>The backup policy of %1 was changed.</source>
        <translation>La stratégie de sauvegarde de %1 a été modifiée.</translation>
    </message>
    <message>
        <source>Continuous backup of %1 fell behind: point-in-time restores may have a gap.</source>
        <translation>La sauvegarde continue de %1 a pris du retard&#xa0;: les restaurations à un instant donné peuvent présenter une interruption.</translation>
    </message>
    <message>
        <source>Continuous backup of %1 caught up.</source>
        <translation>La sauvegarde continue de %1 a rattrapé son retard.</translation>
    </message>
    <message>
        <source>A restore from %1 was requested.</source>
        <translation>Une restauration à partir de %1 a été demandée.</translation>
    </message>
    <message>
        <source>A restore from %1 completed.</source>
        <translation>Une restauration à partir de %1 est terminée.</translation>
    </message>
    <message>
        <source>A restore from %1 failed.</source>
        <translation>Une restauration à partir de %1 a échoué.</translation>
    </message>
    <message>
        <source>An export of a snapshot of %1 completed.</source>
        <translation>L&apos;export d&apos;un snapshot de %1 est terminé.</translation>
    </message>
    <message>
        <source>An export of a snapshot of %1 failed.</source>
        <translation>L&apos;export d&apos;un snapshot de %1 a échoué.</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy changed (%1).</source>
        <translation>La Backup Compliance Policy a changé (%1).</translation>
    </message>
</context>
<context>
    <name>ExactText</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (%2 heure locale)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
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
        <translation>Impossible de lire le fichier de faits %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The facts file %1 is larger than 16 MiB; it cannot be a facts file.</source>
        <translation>Le fichier de faits %1 dépasse 16 MiB&#xa0;; il ne peut pas s&apos;agir d&apos;un fichier de faits.</translation>
    </message>
    <message>
        <source>The facts are not valid JSON: %1 at byte %2.</source>
        <translation>Les faits ne sont pas du JSON valide&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The facts must be one JSON object.</source>
        <translation>Les faits doivent former un seul objet JSON.</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>give either utcSeconds or oplogTs with oplogInc, not both</source>
        <translation>indiquez soit utcSeconds, soit oplogTs avec oplogInc, mais pas les deux</translation>
    </message>
    <message>
        <source>give utcSeconds, or oplogTs with oplogInc</source>
        <translation>indiquez utcSeconds, ou oplogTs avec oplogInc</translation>
    </message>
    <message>
        <source>required with oplogTs</source>
        <translation>obligatoire avec oplogTs</translation>
    </message>
    <message>
        <source>required with oplogInc</source>
        <translation>obligatoire avec oplogInc</translation>
    </message>
    <message>
        <source>required when delivery is pointInTime</source>
        <translation>obligatoire lorsque delivery vaut pointInTime</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Atlas tier</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau (tier) Atlas</translation>
    </message>
    <message>
        <source>required for a restore into a cluster (or set &quot;delivery&quot;: &quot;download&quot;)</source>
        <translation>obligatoire pour une restauration dans un cluster (ou définissez &quot;delivery&quot;: &quot;download&quot;)</translation>
    </message>
    <message>
        <source>required for a restore from a snapshot (or give &quot;pointInTime&quot;)</source>
        <translation>obligatoire pour une restauration à partir d&apos;un snapshot (ou indiquez &quot;pointInTime&quot;)</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>obligatoire pour %1</translation>
    </message>
    <message>
        <source>required for changeRetention</source>
        <translation>obligatoire pour changeRetention</translation>
    </message>
    <message>
        <source>required for editPolicy</source>
        <translation>obligatoire pour editPolicy</translation>
    </message>
    <message>
        <source>required for changeTier</source>
        <translation>obligatoire pour changeTier</translation>
    </message>
</context>
<context>
    <name>ImportedProfile</name>
    <message>
        <source>The service “%1” is unknown; the profile uses %2.</source>
        <translation>Le service «&#xa0;%1&#xa0;» est inconnu&#xa0;; le profil utilise %2.</translation>
    </message>
    <message>
        <source>The address “%1” (ops_manager_url) is not valid; the profile uses %2.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» (ops_manager_url) n&apos;est pas valide&#xa0;; le profil utilise %2.</translation>
    </message>
    <message>
        <source>It has both an API key and a service account; Snapline uses the API key.</source>
        <translation>Il contient à la fois une clé d&apos;API et un compte de service&#xa0;; Snapline utilise la clé d&apos;API.</translation>
    </message>
    <message>
        <source>It has both an API key and a service account; Snapline uses the service account.</source>
        <translation>Il contient à la fois une clé d&apos;API et un compte de service&#xa0;; Snapline utilise le compte de service.</translation>
    </message>
    <message>
        <source>It has neither an API key nor a service account; add one before using it.</source>
        <translation>Il ne contient ni clé d&apos;API ni compte de service&#xa0;; ajoutez-en un avant de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>It has a %1 but no %2; enter it before using the profile.</source>
        <translation>Il contient %1 mais pas %2&#xa0;; saisissez cette valeur avant d&apos;utiliser le profil.</translation>
    </message>
    <message>
        <source>It has the %1 %2 but no %3 (newer Atlas CLI versions keep it in the system keychain); enter it before using the profile.</source>
        <translation>Il contient %1 %2 mais pas %3 (les versions récentes de l&apos;Atlas CLI conservent cette valeur dans le trousseau système)&#xa0;; saisissez-la avant d&apos;utiliser le profil.</translation>
    </message>
    <message>
        <source>It signs in with an Atlas user account (atlas auth login), which Snapline cannot use; add an API key or a service account.</source>
        <translation>Il se connecte avec un compte utilisateur Atlas (atlas auth login), que Snapline ne peut pas utiliser&#xa0;; ajoutez une clé d&apos;API ou un compte de service.</translation>
    </message>
    <message>
        <source>public API key</source>
        <translation>la clé d&apos;API publique</translation>
    </message>
    <message>
        <source>private API key</source>
        <translation>la clé d&apos;API privée</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>l&apos;ID client</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>le secret client</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>expected a MongoDB version such as &quot;7.0&quot; or &quot;7.0.12&quot;, got &quot;%1&quot;</source>
        <translation>version MongoDB attendue, par exemple &quot;7.0&quot; ou &quot;7.0.12&quot;&#xa0;; reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>item %1 must be an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation>l&apos;élément %1 doit être un objet avec &quot;from&quot; et &quot;to&quot;</translation>
    </message>
    <message>
        <source>&quot;from&quot; is after &quot;to&quot;</source>
        <translation>&quot;from&quot; est postérieur à &quot;to&quot;</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>valeur attendue parmi %1&#xa0;; reçu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>required for a sharded cluster</source>
        <translation>obligatoire pour un cluster shardé</translation>
    </message>
    <message>
        <source>a replica set has exactly 1 shard</source>
        <translation>un replica set compte exactement 1 shard</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>expected NONE, AWS, AZURE, GCP, true or false</source>
        <translation>valeur attendue&#xa0;: NONE, AWS, AZURE, GCP, true ou false</translation>
    </message>
    <message>
        <source>item %1 must be an object</source>
        <translation>l&apos;élément %1 doit être un objet</translation>
    </message>
    <message>
        <source>Atlas allows exactly one policy per schedule</source>
        <translation>Atlas n&apos;autorise qu&apos;une seule stratégie par planification</translation>
    </message>
    <message>
        <source>the roles of %1 must be an array of role names</source>
        <translation>les rôles de %1 doivent former un tableau de noms de rôles</translation>
    </message>
    <message>
        <source>the roles of %1 must be non-empty strings</source>
        <translation>les rôles de %1 doivent être des chaînes non vides</translation>
    </message>
    <message>
        <source>each role needs a groupId or an orgId</source>
        <translation>chaque rôle nécessite un groupId ou un orgId</translation>
    </message>
    <message>
        <source>expected an object of role lists per project or organization id</source>
        <translation>objet attendu&#xa0;: des listes de rôles par ID de projet ou d&apos;organisation</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1&#xa0;: champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an ISO-8601 UTC date-time such as 2026-11-24T10:00:00Z, got &quot;%1&quot;</source>
        <translation>date-heure UTC ISO-8601 attendue, par exemple 2026-11-24T10:00:00Z&#xa0;; reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
</context>
<context>
    <name>JsonReportWriter</name>
    <message>
        <source>it is a folder; a JSON report is one file</source>
        <translation>c&apos;est un dossier&#xa0;; un rapport JSON est un fichier unique</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain holds no secret for this profile.</source>
        <translation>Le trousseau système ne contient aucun secret pour ce profil.</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 (it may be locked): %2</source>
        <translation>Le trousseau système a refusé la demande visant à %1 (il est peut-être verrouillé)&#xa0;: %2</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain could not %1: %2</source>
        <translation>Le trousseau système n&apos;a pas pu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau système n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>lire le secret</translation>
    </message>
    <message>
        <source>store the secret</source>
        <translation>enregistrer le secret</translation>
    </message>
    <message>
        <source>delete the secret</source>
        <translation>supprimer le secret</translation>
    </message>
</context>
<context>
    <name>LaunchProfile</name>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;». Profils&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>LivePreflight</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>--offline: Atlas was not asked</source>
        <translation>--offline&#xa0;: Atlas n&apos;a pas été interrogé</translation>
    </message>
    <message>
        <source>Asking Atlas which roles these credentials hold</source>
        <translation>Interrogation d&apos;Atlas sur les rôles de ces identifiants</translation>
    </message>
    <message>
        <source>Atlas lists no snapshot %1 of %2: it may have expired or been deleted, or its id is mistyped.</source>
        <translation>Atlas ne liste aucun snapshot %1 de %2&#xa0;: il a peut-être expiré ou été supprimé, ou son ID est mal saisi.</translation>
    </message>
    <message>
        <source>(Judged offline, from the catalog as last synced.)</source>
        <translation>(Évalué hors ligne, d&apos;après le catalogue lors de la dernière synchronisation.)</translation>
    </message>
    <message>
        <source>Looking for project %1 in Atlas</source>
        <translation>Recherche du projet %1 dans Atlas</translation>
    </message>
    <message>
        <source>These credentials see no project &quot;%1&quot; (by id or name). Projects: %2.</source>
        <translation>Ces identifiants ne voient aucun projet «&#xa0;%1&#xa0;» (par ID ou par nom). Projets&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The catalog has no project &quot;%1&quot; (by id or name); sync the profile first, or leave out --offline. Projects in the catalog: %2.</source>
        <translation>Le catalogue ne contient aucun projet «&#xa0;%1&#xa0;» (par ID ou par nom)&#xa0;; synchronisez d&apos;abord le profil, ou omettez --offline. Projets du catalogue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1, and the catalog has no project &quot;%2&quot; (by id or name). Projects in the catalog: %3.</source>
        <translation>%1, et le catalogue ne contient aucun projet «&#xa0;%2&#xa0;» (par ID ou par nom). Projets du catalogue&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Reading project %1 from Atlas for the first time</source>
        <translation>Première lecture du projet %1 depuis Atlas</translation>
    </message>
    <message>
        <source>Bringing %1 up to date</source>
        <translation>Mise à jour de %1</translation>
    </message>
    <message>
        <source>Project %1 has no cluster named &quot;%2&quot;. Its clusters: %3.</source>
        <translation>Le projet %1 n&apos;a aucun cluster nommé «&#xa0;%2&#xa0;». Ses clusters&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Atlas could not be reached: %1</source>
        <translation>Impossible de joindre Atlas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Interrupted; nothing was judged and nothing was sent.</source>
        <translation>Interrompu&#xa0;; rien n&apos;a été évalué ni envoyé.</translation>
    </message>
    <message>
        <source>The roles of these credentials were never learned from Atlas, so the role rules judge as if they held none.</source>
        <translation>Les rôles de ces identifiants n&apos;ont jamais été obtenus auprès d&apos;Atlas&#xa0;; les règles relatives aux rôles sont donc évaluées comme s&apos;ils n&apos;en avaient aucun.</translation>
    </message>
</context>
<context>
    <name>LivePreflightCommand</name>
    <message>
        <source>Opening profile %1</source>
        <translation>Ouverture du profil %1</translation>
    </message>
    <message>
        <source>snapline preflight: %1</source>
        <translation>snapline preflight&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NavigatorText</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Échec de la dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>Under a Backup Compliance Policy (%1): no cluster&apos;s backups can be weakened or deleted below it.</source>
        <translation>Soumis à une Backup Compliance Policy (%1)&#xa0;: les sauvegardes d&apos;aucun cluster ne peuvent être affaiblies ou supprimées en deçà de ce qu&apos;elle impose.</translation>
    </message>
    <message>
        <source>No Backup Compliance Policy</source>
        <translation>Aucune Backup Compliance Policy</translation>
    </message>
    <message numerus="yes">
        <source>sharded (%n shard(s))</source>
        <translation>
            <numerusform>shardé (%n shard)</numerusform>
            <numerusform>shardé (%n shards)</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>replica set</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, %4, MongoDB %5</source>
        <translation>%1 (%2) sur %3, %4, MongoDB %5</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>, point in time %1</source>
        <translation>, restauration PIT %1</translation>
    </message>
    <message>
        <source>No successful snapshot in the catalog</source>
        <translation>Aucun snapshot réussi dans le catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s), %1</source>
        <translation>
            <numerusform>%Ln snapshot, %1</numerusform>
            <numerusform>%Ln snapshots, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies in %1</source>
        <translation>Copies dans %1</translation>
    </message>
    <message>
        <source>Last successful snapshot %1: %2</source>
        <translation>Dernier snapshot réussi %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next scheduled snapshot %1 (%2): %3</source>
        <translation>Prochain snapshot planifié %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>the snapshot page is not well-formed JSON</source>
        <translation>la page de snapshots n&apos;est pas du JSON bien formé</translation>
    </message>
    <message>
        <source>the snapshot page has no results list</source>
        <translation>la page de snapshots ne contient pas de liste de résultats</translation>
    </message>
</context>
<context>
    <name>PitMomentText</name>
    <message>
        <source>Enter a date and time in UTC, such as 2026-11-20 14:03:07.</source>
        <translation>Saisissez une date et une heure en UTC, par exemple 2026-11-20 14:03:07.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it in UTC as 2026-11-20 14:03:07.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure&#xa0;; saisissez-la en UTC sous la forme 2026-11-20 14:03:07.</translation>
    </message>
    <message>
        <source>“%1” has a fraction of a second; a restore goes to the second, so leave it out (or use an oplog timestamp to be more precise).</source>
        <translation>«&#xa0;%1&#xa0;» contient une fraction de seconde&#xa0;; une restauration se fait à la seconde près, omettez-la donc (ou utilisez un horodatage d&apos;oplog pour plus de précision).</translation>
    </message>
    <message>
        <source>“%1” is not a real date or time of day.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date ou une heure qui existe.</translation>
    </message>
    <message>
        <source>“%1” is not a time-zone offset.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un décalage de fuseau horaire.</translation>
    </message>
    <message>
        <source>Enter an oplog timestamp as seconds:increment, such as 1763647387:1.</source>
        <translation>Saisissez un horodatage d&apos;oplog sous la forme secondes:incrément, par exemple 1763647387:1.</translation>
    </message>
    <message>
        <source>“%1” is not an oplog timestamp; write it as seconds:increment, such as 1763647387:1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un horodatage d&apos;oplog&#xa0;; saisissez-le sous la forme secondes:incrément, par exemple 1763647387:1.</translation>
    </message>
    <message>
        <source>%1 is too large for an oplog timestamp&apos;s seconds.</source>
        <translation>%1 est trop grand pour les secondes d&apos;un horodatage d&apos;oplog.</translation>
    </message>
    <message>
        <source>%1 is too large for an oplog increment.</source>
        <translation>%1 est trop grand pour un incrément d&apos;oplog.</translation>
    </message>
    <message>
        <source>An oplog increment counts from 1; %1:0 does not exist.</source>
        <translation>Un incrément d&apos;oplog commence à 1&#xa0;; %1:0 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>PitRules</name>
    <message>
        <source>A point-in-time restore is delivered into a cluster; it cannot be downloaded. Choose a target cluster, or download a snapshot instead.</source>
        <translation>Une restauration à un instant donné est livrée dans un cluster&#xa0;; elle ne peut pas être téléchargée. Choisissez un cluster cible, ou téléchargez plutôt un snapshot.</translation>
    </message>
    <message>
        <source>An oplog timestamp needs an increment of 1 or more (oplogInc).</source>
        <translation>Un horodatage d&apos;oplog nécessite un incrément de 1 ou plus (oplogInc).</translation>
    </message>
    <message>
        <source>%1 is before 2008-01-01, the earliest moment Atlas accepts for a restore.</source>
        <translation>%1 est antérieur au 2008-01-01, le moment le plus ancien qu&apos;Atlas accepte pour une restauration.</translation>
    </message>
    <message>
        <source>%1 does not have continuous cloud backup (point in time) turned on, so it can only be restored from a snapshot.</source>
        <translation>La sauvegarde continue (PIT) n&apos;est pas activée sur %1&#xa0;; il ne peut donc être restauré qu&apos;à partir d&apos;un snapshot.</translation>
    </message>
    <message>
        <source>%1 is in the future; the latest moment you can restore to is now (%2).</source>
        <translation>%1 est dans le futur&#xa0;; le moment le plus récent que vous pouvez restaurer est maintenant (%2).</translation>
    </message>
    <message>
        <source>%1 is older than the restore window of %2 (it starts at %3).</source>
        <translation>%1 est plus ancien que la fenêtre de restauration de %2 (début&#xa0;: %3).</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72 heures</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is before the oldest moment the oplog can be replayed from.</source>
        <translation>%1 est antérieur au moment le plus ancien à partir duquel l&apos;oplog peut être rejoué.</translation>
    </message>
    <message>
        <source>%1 is after the newest backed-up oplog entry; try a slightly earlier moment.</source>
        <translation>%1 est postérieur à la dernière entrée d&apos;oplog sauvegardée&#xa0;; essayez un moment légèrement antérieur.</translation>
    </message>
    <message>
        <source>%1 falls in a gap of the oplog history (%2 to %3): point-in-time restore was off or the oplog rolled over, so that time cannot be restored.</source>
        <translation>%1 tombe dans une interruption de l&apos;historique de l&apos;oplog (de %2 à %3)&#xa0;: la restauration à un instant donné était désactivée ou l&apos;oplog a été écrasé (rollover), ce moment ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <source>%1 falls in a restore blackout (%2 to %3): a restore into this cluster was running, and times between its start and the next snapshot cannot be restored.</source>
        <translation>%1 tombe dans une période d&apos;indisponibilité de restauration (de %2 à %3)&#xa0;: une restauration vers ce cluster était en cours, et les moments compris entre son début et le snapshot suivant ne peuvent pas être restaurés.</translation>
    </message>
</context>
<context>
    <name>PolicyDiffer</name>
    <message>
        <source>hourly</source>
        <translation>horaires</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidiens</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuels</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuels</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>à la demande</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>toutes les heures</numerusform>
            <numerusform>toutes les %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>on day %1 of the week</source>
        <translation>le jour %1 de la semaine</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>le dernier jour du mois</translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>le jour %1 du mois</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>in month %1</source>
        <translation>au mois %1</translation>
    </message>
    <message>
        <source>with interval %1</source>
        <translation>avec un intervalle de %1</translation>
    </message>
    <message>
        <source>Takes %1 snapshots %2 instead of %3.</source>
        <translation>Prend les snapshots %1 %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Keeps %1 snapshots longer: %2 instead of %3.</source>
        <translation>Conserve plus longtemps les snapshots %1&#xa0;: %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Keeps %1 snapshots for less time: %2 instead of %3.</source>
        <translation>Conserve moins longtemps les snapshots %1&#xa0;: %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Takes scheduled snapshots from %1 UTC instead of %2 UTC.</source>
        <translation>Prend les snapshots planifiés à partir de %1 UTC au lieu de %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widens the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>Élargit la fenêtre de restauration PIT à %n jour (contre %1 auparavant).</numerusform>
            <numerusform>Élargit la fenêtre de restauration PIT à %n jours (contre %1 auparavant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Narrows the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>Réduit la fenêtre de restauration PIT à %n jour (contre %1 auparavant).</numerusform>
            <numerusform>Réduit la fenêtre de restauration PIT à %n jours (contre %1 auparavant).</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies the new retention to the snapshots already taken, too.</source>
        <translation>Applique aussi la nouvelle rétention aux snapshots déjà pris.</translation>
    </message>
    <message>
        <source>Leaves the snapshots already taken with the retention they have.</source>
        <translation>Laisse aux snapshots déjà pris leur rétention actuelle.</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>Ajout&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Removes %1.</source>
        <translation>Suppression&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PolicyEstimate</name>
    <message numerus="yes">
        <source>About %n snapshot(s) kept at once</source>
        <translation>
            <numerusform>Environ %n snapshot conservé simultanément</numerusform>
            <numerusform>Environ %n snapshots conservés simultanément</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, about %2.</source>
        <translation>%1, environ %2.</translation>
    </message>
</context>
<context>
    <name>PolicyValidation</name>
    <message>
        <source>hourly</source>
        <translation>horaire</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuel</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>à la demande</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s), kept %1</source>
        <translation>
            <numerusform>toutes les heures, conservation %1</numerusform>
            <numerusform>toutes les %n h, conservation %1</numerusform>
        </translation>
    </message>
    <message>
        <source>daily, kept %1</source>
        <translation>quotidien, conservation %1</translation>
    </message>
    <message>
        <source>weekly (%1), kept %2</source>
        <translation>hebdomadaire (%1), conservation %2</translation>
    </message>
    <message>
        <source>monthly (%1), kept %2</source>
        <translation>mensuel (%1), conservation %2</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>yearly (%1), kept %2</source>
        <translation>annuel (%1), conservation %2</translation>
    </message>
    <message>
        <source>on demand, kept %1</source>
        <translation>à la demande, conservation %1</translation>
    </message>
    <message numerus="yes">
        <source>On NVMe clusters the hourly snapshot interval must be 12 hours, not %n hour(s).</source>
        <translation>
            <numerusform>Sur les clusters NVMe, l&apos;intervalle des snapshots horaires doit être de 12 heures, et non de %n heure.</numerusform>
            <numerusform>Sur les clusters NVMe, l&apos;intervalle des snapshots horaires doit être de 12 heures, et non de %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>An hourly item runs every 1, 2, 4, 6, 8 or 12 hours, not every %1.</source>
        <translation>Un élément horaire s&apos;exécute toutes les 1, 2, 4, 6, 8 ou 12 heures, et non toutes les %1.</translation>
    </message>
    <message>
        <source>A daily item must have interval 1, not %1.</source>
        <translation>Un élément quotidien doit avoir un intervalle de 1, et non de %1.</translation>
    </message>
    <message>
        <source>A weekly item needs a day of the week from 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation>Un élément hebdomadaire nécessite un jour de la semaine compris entre 1 (lundi) et 7 (dimanche), et non %1.</translation>
    </message>
    <message>
        <source>A monthly item needs a day of the month from 1 to 28, or 40 for the last day, not %1.</source>
        <translation>Un élément mensuel nécessite un jour du mois compris entre 1 et 28, ou 40 pour le dernier jour, et non %1.</translation>
    </message>
    <message>
        <source>A yearly item needs a month from 1 (January) to 12 (December), not %1.</source>
        <translation>Un élément annuel nécessite un mois compris entre 1 (janvier) et 12 (décembre), et non %1.</translation>
    </message>
    <message>
        <source>An on-demand item&apos;s interval must be 0–28 or 40, not %1.</source>
        <translation>L&apos;intervalle d&apos;un élément à la demande doit être compris entre 0 et 28, ou égal à 40, et non %1.</translation>
    </message>
    <message>
        <source>The reference time must be an hour from 0 to 23 and a minute from 0 to 59 (UTC); got %1:%2.</source>
        <translation>L&apos;heure de référence doit comporter une heure de 0 à 23 et une minute de 0 à 59 (UTC)&#xa0;; reçu %1:%2.</translation>
    </message>
    <message>
        <source>A backup policy needs at least one item, or no scheduled snapshot would ever be taken.</source>
        <translation>Une stratégie de sauvegarde nécessite au moins un élément, sinon aucun snapshot planifié ne serait jamais pris.</translation>
    </message>
    <message>
        <source>A backup schedule cannot contain an on-demand item; on-demand snapshots are taken by hand.</source>
        <translation>Une planification de sauvegarde ne peut pas contenir d&apos;élément à la demande&#xa0;; les snapshots à la demande sont pris manuellement.</translation>
    </message>
    <message>
        <source>The %1 item must keep its snapshots for at least 1 %2, not %3.</source>
        <translation>L&apos;élément %1 doit conserver ses snapshots au moins 1 %2, et non %3.</translation>
    </message>
    <message>
        <source>The %1 item keeps snapshots for %2, which is shorter than its own period; keep them at least %3.</source>
        <translation>L&apos;élément %1 conserve les snapshots %2, soit moins que sa propre période&#xa0;; conservez-les au moins %3.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>1 month (31 days)</source>
        <translation>1 mois (31 jours)</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>A backup policy can have only one %1 item.</source>
        <translation>Une stratégie de sauvegarde ne peut comporter qu&apos;un seul élément %1.</translation>
    </message>
    <message>
        <source>The %1 item keeps snapshots for %2, less than the more frequent %3 item; a less frequent item must keep its snapshots at least as long.</source>
        <translation>L&apos;élément %1 conserve les snapshots %2, soit moins que l&apos;élément %3, plus fréquent&#xa0;; un élément moins fréquent doit conserver ses snapshots au moins aussi longtemps.</translation>
    </message>
    <message>
        <source>The point-in-time restore window must be at least 1 day, not %1.</source>
        <translation>La fenêtre de restauration PIT doit être d&apos;au moins 1 jour, et non %1.</translation>
    </message>
    <message numerus="yes">
        <source>The restore window (%n day(s)) cannot be longer than the hourly snapshots are kept (%1).</source>
        <translation>
            <numerusform>La fenêtre de restauration (%n jour) ne peut pas dépasser la durée de conservation des snapshots horaires (%1).</numerusform>
            <numerusform>La fenêtre de restauration (%n jours) ne peut pas dépasser la durée de conservation des snapshots horaires (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Backup Compliance Policy requires a %1 item (%2); it cannot be removed.</source>
        <translation>La Backup Compliance Policy exige un élément %1 (%2)&#xa0;; il ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy requires at least %1 for the %2 item; this policy goes below it.</source>
        <translation>La Backup Compliance Policy exige au moins %1 pour l&apos;élément %2&#xa0;; cette stratégie descend en dessous.</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>La Backup Compliance Policy exige une fenêtre de restauration d&apos;au moins %n jour.</numerusform>
            <numerusform>La Backup Compliance Policy exige une fenêtre de restauration d&apos;au moins %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under the Backup Compliance Policy the retention of existing %1 snapshots cannot be shortened; turn off &quot;apply to existing snapshots&quot; or keep %2.</source>
        <translation>Avec la Backup Compliance Policy, la rétention des snapshots existants de l&apos;élément %1 ne peut pas être raccourcie&#xa0;; désactivez «&#xa0;Appliquer les modifications de rétention aux snapshots existants&#xa0;» ou conservez %2.</translation>
    </message>
    <message>
        <source>Retention changes will also apply to existing snapshots; snapshots whose new expiry has passed are deleted.</source>
        <translation>Les modifications de rétention s&apos;appliqueront aussi aux snapshots existants&#xa0;; les snapshots dont la nouvelle date d&apos;expiration est dépassée seront supprimés.</translation>
    </message>
    <message>
        <source>New %1 snapshots will be kept for %2, shorter than today.</source>
        <translation>Les nouveaux snapshots de l&apos;élément %1 seront conservés %2, soit moins qu&apos;aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>PostureReportBuilder</name>
    <message>
        <source>Project id</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>Type de sauvegarde</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>PIT window</source>
        <translation>Fenêtre PIT</translation>
    </message>
    <message>
        <source>Last snapshot</source>
        <translation>Dernier snapshot</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>Prochain snapshot</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Compliance standing</source>
        <translation>Situation de conformité</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>Code de santé</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>Non protégé</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Warning code</source>
        <translation>Code d&apos;avertissement</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Clusters by health and project</source>
        <translation>Clusters par santé et par projet</translation>
    </message>
    <message>
        <source>No cluster has a warning.</source>
        <translation>Aucun cluster ne présente d&apos;avertissement.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The backup posture of every cluster as of %1, judged from what the catalog last read from Atlas.</source>
        <translation>L&apos;état des sauvegardes de chaque cluster au %1, évalué d&apos;après ce que le catalogue a lu en dernier dans Atlas.</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Avec avertissements</translation>
    </message>
    <message>
        <source>Below the compliance policy</source>
        <translation>En deçà de la Backup Compliance Policy</translation>
    </message>
    <message>
        <source>With point-in-time restore</source>
        <translation>Avec restauration PIT</translation>
    </message>
    <message>
        <source>Posture by cluster</source>
        <translation>État par cluster</translation>
    </message>
</context>
<context>
    <name>PostureText</name>
    <message>
        <source>no backup (M0)</source>
        <translation>aucune sauvegarde (M0)</translation>
    </message>
    <message>
        <source>Free M0 clusters have no Atlas backup. Use mongodump to keep your own copy of the data.</source>
        <translation>Les clusters M0 gratuits ne disposent d&apos;aucune sauvegarde Atlas. Utilisez mongodump pour conserver votre propre copie des données.</translation>
    </message>
    <message>
        <source>serverless end of life</source>
        <translation>fin de vie serverless</translation>
    </message>
    <message>
        <source>Atlas has deprecated serverless instances and is retiring them. Migrate this one to a Flex or dedicated cluster to keep it and its backups.</source>
        <translation>Atlas a rendu obsolètes les instances serverless et les retire progressivement. Migrez celle-ci vers un cluster Flex ou dédié pour la conserver, ainsi que ses sauvegardes.</translation>
    </message>
    <message>
        <source>legacy backup</source>
        <translation>sauvegarde héritée</translation>
    </message>
    <message>
        <source>This cluster still uses legacy backup, which Atlas has deprecated. Move it to Cloud Backup; until then Snapline shows its snapshots read-only.</source>
        <translation>Ce cluster utilise encore la sauvegarde héritée, qu&apos;Atlas a rendue obsolète. Migrez-le vers Cloud Backup&#xa0;; en attendant, Snapline affiche ses snapshots en lecture seule.</translation>
    </message>
    <message>
        <source>backup off</source>
        <translation>sauvegarde désactivée</translation>
    </message>
    <message>
        <source>Cloud Backup is turned off on this dedicated cluster, so no snapshot protects its data. Turn backup on.</source>
        <translation>Cloud Backup est désactivé sur ce cluster dédié&#xa0;: aucun snapshot ne protège ses données. Activez la sauvegarde.</translation>
    </message>
    <message>
        <source>below compliance</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>The backup policy goes below the project&apos;s Backup Compliance Policy, which requires %1.</source>
        <translation>La stratégie de sauvegarde est en deçà de la Backup Compliance Policy du projet, qui exige&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>PIT gaps (%n)</source>
        <translation>
            <numerusform>interruption PIT (%n)</numerusform>
            <numerusform>interruptions PIT (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The point-in-time history has %n gap(s) in the restore window (the last %1); the longest lasts %2 from %3. Moments inside a gap cannot be restored.</source>
        <translation>
            <numerusform>L&apos;historique PIT présente %n interruption dans la fenêtre de restauration (durée&#xa0;: %1)&#xa0;; elle dure %2 à partir de %3. Les moments compris dans une interruption ne peuvent pas être restaurés.</numerusform>
            <numerusform>L&apos;historique PIT présente %n interruptions dans la fenêtre de restauration (durée&#xa0;: %1)&#xa0;; la plus longue dure %2 à partir de %3. Les moments compris dans une interruption ne peuvent pas être restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in 24 h</source>
        <translation>
            <numerusform>%n en échec en 24 h</numerusform>
            <numerusform>%n en échec en 24 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed in the last 24 hours. Check the cluster&apos;s backup events.</source>
        <translation>
            <numerusform>%n snapshot a échoué au cours des dernières 24 heures. Vérifiez les événements de sauvegarde du cluster.</numerusform>
            <numerusform>%n snapshots ont échoué au cours des dernières 24 heures. Vérifiez les événements de sauvegarde du cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>no snapshot</source>
        <translation>aucun snapshot</translation>
    </message>
    <message>
        <source>There is no successful snapshot, although the schedule takes one every %1.</source>
        <translation>Il n&apos;existe aucun snapshot réussi, alors que la planification en prévoit un par période de %1.</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>The last successful snapshot is from %1 (%2), although the schedule takes one every %3.</source>
        <translation>Le dernier snapshot réussi date de %1 (%2), alors que la planification en prévoit un par période de %3.</translation>
    </message>
    <message>
        <source>%1 kept %2 ≥ %3</source>
        <translation>%1&#xa0;: conservation %2 ≥ %3</translation>
    </message>
    <message>
        <source>%1 kept %2 &lt; %3</source>
        <translation>%1&#xa0;: conservation %2 &lt; %3</translation>
    </message>
    <message>
        <source>%1 every %2 h, needs every %3 h</source>
        <translation>%1&#xa0;: toutes les %2 h, requis toutes les %3 h</translation>
    </message>
    <message>
        <source>%1 missing, needs %2</source>
        <translation>%1&#xa0;: manquant, %2 requis</translation>
    </message>
    <message numerus="yes">
        <source>point in time off, needs %n day(s)</source>
        <translation>
            <numerusform>PIT désactivé, %n jour requis</numerusform>
            <numerusform>PIT désactivé, %n jours requis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>restauration à un instant donné avec une fenêtre d&apos;au moins %n jour</numerusform>
            <numerusform>restauration à un instant donné avec une fenêtre d&apos;au moins %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>restore window %1 ≥ %2</source>
        <translation>fenêtre de restauration %1 ≥ %2</translation>
    </message>
    <message>
        <source>restore window %1 &lt; %2</source>
        <translation>fenêtre de restauration %1 &lt; %2</translation>
    </message>
    <message>
        <source>backup off, needs it on</source>
        <translation>sauvegarde désactivée, activation requise</translation>
    </message>
    <message>
        <source>Cloud Backup turned on</source>
        <translation>Cloud Backup activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
    <message>
        <source>policy not read yet</source>
        <translation>stratégie pas encore lue</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>en deçà&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Checks a proposed backup or restore action against every Atlas rule.</source>
        <translation>Vérifie une action de sauvegarde ou de restauration envisagée au regard de toutes les règles Atlas.</translation>
    </message>
    <message>
        <source>The facts file (JSON, see docs/preflight.md); - reads standard input.</source>
        <translation>Le fichier de faits (JSON, voir docs/preflight.md)&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json (default) or text.</source>
        <translation>json (par défaut) ou text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>snapline preflight: %1</source>
        <translation>snapline preflight&#xa0;: %1</translation>
    </message>
    <message>
        <source>
Exit codes: 0 allowed, 3 refused, 2 bad input.</source>
        <translation>
Codes de sortie&#xa0;: 0 autorisé, 3 refusé, 2 entrée incorrecte.</translation>
    </message>
    <message>
        <source>snapline preflight: unexpected argument %1</source>
        <translation>snapline preflight&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>snapline preflight: --output must be json or text, not %1</source>
        <translation>snapline preflight&#xa0;: --output doit valoir json ou text, et non %1</translation>
    </message>
    <message>
        <source>snapline preflight: --facts FILE is required</source>
        <translation>snapline preflight&#xa0;: --facts FILE est obligatoire</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>API key %1</source>
        <translation>clé d&apos;API %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>compte de service %1</translation>
    </message>
    <message>
        <source>	(built in)</source>
        <translation>	(intégré)</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Nom du profil.</translation>
    </message>
    <message>
        <source>Atlas address.</source>
        <translation>Adresse d&apos;Atlas.</translation>
    </message>
    <message>
        <source>API key public key.</source>
        <translation>Clé publique de la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Service account client id.</source>
        <translation>ID client du compte de service.</translation>
    </message>
    <message>
        <source>Organization id.</source>
        <translation>ID de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Default project id.</source>
        <translation>ID du projet par défaut.</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM).</source>
        <translation>Certificats d&apos;autorité (CA) supplémentaires (PEM).</translation>
    </message>
    <message>
        <source>Trust exactly this certificate.</source>
        <translation>Faire confiance uniquement à ce certificat.</translation>
    </message>
    <message>
        <source>Usage: snapline profile add --name NAME (--public-key KEY | --client-id ID) [--base-url URL] [--org ID] [--project ID] [--ca-file FILE] [--pin-sha256 FP]
The private key or client secret is read from standard input.</source>
        <translation>Utilisation&#xa0;: snapline profile add --name NAME (--public-key KEY | --client-id ID) [--base-url URL] [--org ID] [--project ID] [--ca-file FILE] [--pin-sha256 FP]
La clé privée ou le secret client est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>No secret on standard input: pipe the private key or client secret in.</source>
        <translation>Aucun secret sur l&apos;entrée standard&#xa0;: redirigez-y la clé privée ou le secret client.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;; its secret is in %2.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté&#xa0;; son secret est enregistré dans %2.</translation>
    </message>
    <message>
        <source>The Atlas CLI config file.</source>
        <translation>Le fichier de configuration de l&apos;Atlas CLI.</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secret.</source>
        <translation>Profil «&#xa0;%1&#xa0;» et son secret supprimés.</translation>
    </message>
    <message>
        <source>Usage: snapline profile list | add … | import-atlascli [--file PATH] | remove NAME</source>
        <translation>Utilisation&#xa0;: snapline profile list | add … | import-atlascli [--file PATH] | remove NAME</translation>
    </message>
</context>
<context>
    <name>ProfileResolver</name>
    <message>
        <source>The environment holds no complete Atlas credentials: set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY, or MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET.</source>
        <translation>L&apos;environnement ne contient pas d&apos;identifiants Atlas complets&#xa0;: définissez MONGODB_ATLAS_PUBLIC_API_KEY et MONGODB_ATLAS_PRIVATE_API_KEY, ou MONGODB_ATLAS_CLIENT_ID et MONGODB_ATLAS_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;». Profils&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>Le secret du profil «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>“%1” is not a valid address: write it as https://host, for example https://cloud.mongodb.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide&#xa0;: saisissez-la sous la forme https://host, par exemple https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <source>“%1” must start with https:// (plain http:// is allowed only for a sandbox on this computer).</source>
        <translation>«&#xa0;%1&#xa0;» doit commencer par https:// (le simple http:// n&apos;est autorisé que pour un bac à sable sur cet ordinateur).</translation>
    </message>
    <message>
        <source>“%1” must not contain a user name or password; they belong in the profile&apos;s credentials.</source>
        <translation>«&#xa0;%1&#xa0;» ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; ils ont leur place dans les identifiants du profil.</translation>
    </message>
    <message>
        <source>“%1” must be the server&apos;s address only, without a path (Snapline adds /api/atlas/v2 itself).</source>
        <translation>«&#xa0;%1&#xa0;» doit être uniquement l&apos;adresse du serveur, sans chemin (Snapline ajoute lui-même /api/atlas/v2).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Saisissez la clé publique de la clé d&apos;API.</translation>
    </message>
    <message>
        <source>An API public key is exactly 8 characters without spaces; “%1” is %2 characters long.</source>
        <translation>Une clé d&apos;API publique compte exactement 8 caractères, sans espace&#xa0;; «&#xa0;%1&#xa0;» en compte %2.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client id.</source>
        <translation>Saisissez l&apos;ID client du compte de service.</translation>
    </message>
    <message>
        <source>“%1” is not a service account client id: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID client de compte de service&#xa0;: celui-ci se compose de mdb_sa_id_ suivi de 24 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The token path must be a path on the base URL, such as %1.</source>
        <translation>Le chemin du jeton doit être un chemin sur l&apos;URL de base, par exemple %1.</translation>
    </message>
    <message>
        <source>The organization id must be 24 lowercase hexadecimal characters; “%1” is not.</source>
        <translation>L&apos;ID de l&apos;organisation doit comporter 24 caractères hexadécimaux en minuscules&#xa0;; ce n&apos;est pas le cas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The default project id must be 24 lowercase hexadecimal characters; “%1” is not.</source>
        <translation>L&apos;ID du projet par défaut doit comporter 24 caractères hexadécimaux en minuscules&#xa0;; ce n&apos;est pas le cas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Le fichier CA «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The pinned certificate must be a SHA-256 fingerprint: 32 pairs of hexadecimal digits separated by colons (AB:CD:…).</source>
        <translation>Le certificat épinglé doit être une empreinte SHA-256&#xa0;: 32 paires de chiffres hexadécimaux séparées par des deux-points (AB:CD:…).</translation>
    </message>
</context>
<context>
    <name>ReportArgumentReader</name>
    <message>
        <source>Usage: snapline report --profile NAME --kind KIND [--scope SCOPE] --from DATE [--to DATE] --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
       snapline report verify PATH [--key-fingerprint FP]</source>
        <translation>Utilisation&#xa0;: snapline report --profile NAME --kind KIND [--scope SCOPE] --from DATE [--to DATE] --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
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
        <translation>Génère un rapport de sauvegarde à partir du catalogue du profil, avec un manifeste de hachages SHA-256 (et une signature Ed25519 avec --sign), sans affichage et sans rien demander.

  --profile NAME   un profil enregistré (nom ou ID), &quot;Local sandbox&quot; ou env
  --kind KIND      %1
  --scope SCOPE    org:ID, project:ID ou cluster:PROJECT_ID/NAME&#xa0;; une organisation ou
                   un projet peut aussi être désigné par son nom (project:Payments). Par
                   défaut&#xa0;: l&apos;organisation du profil
  --from DATE      début de la période, inclus&#xa0;: YYYY-MM-DD (UTC) ou une heure ISO 8601
  --to DATE        fin de la période&#xa0;: YYYY-MM-DD inclut tout ce jour&#xa0;; une heure ISO est
                   exclue&#xa0;; défaut&#xa0;: maintenant. Un rapport posture décrit l&apos;état à --to
  --days N         les N jours précédant --to, à la place de --from
  --out PATH       le fichier du rapport (un dossier, un .zip ou un .csv pour CSV)
  --format FORMAT  %2&#xa0;; par défaut, d&apos;après l&apos;extension de --out
  --page SIZE      a4 (par défaut) ou letter, pour le PDF et l&apos;impression HTML
  --sign           signe le manifeste avec la clé de Snapline (créée au premier usage)
  --key PEM        signe plutôt avec cette clé privée Ed25519 (implique --sign)
  --sync           synchronise d&apos;abord le périmètre avec Atlas (sinon, catalogue en l&apos;état)

Codes de sortie&#xa0;: 0 rapport écrit, 1 échec (catalogue, destination, clé, synchronisation),
2 arguments incorrects ou périmètre absent du catalogue, 130 interrompu (rien n&apos;est laissé).
`snapline report verify --help` décrit verify. Voir docs/reports.md.
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation>Il manque --%1.</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not a report kind: use %2.</source>
        <translation>--kind «&#xa0;%1&#xa0;» n&apos;est pas un type de rapport&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD), a time (ISO 8601) or now.</source>
        <translation>--to «&#xa0;%1&#xa0;» n&apos;est ni une date (YYYY-MM-DD), ni une heure (ISO 8601), ni now.</translation>
    </message>
    <message>
        <source>Give either --from or --days, not both.</source>
        <translation>Indiquez soit --from, soit --days, mais pas les deux.</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD) or a time (ISO 8601).</source>
        <translation>--from «&#xa0;%1&#xa0;» n&apos;est ni une date (YYYY-MM-DD), ni une heure (ISO 8601).</translation>
    </message>
    <message>
        <source>--days &quot;%1&quot; is not a number of days (1 to 3660).</source>
        <translation>--days «&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours (de 1 à 3660).</translation>
    </message>
    <message>
        <source>--from (or --days) is missing: a %1 report covers a period.</source>
        <translation>Il manque --from (ou --days)&#xa0;: un rapport %1 couvre une période.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format: use %2.</source>
        <translation>--format «&#xa0;%1&#xa0;» n&apos;est pas un format&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>--format is missing, and the name %1 does not say which format to write.</source>
        <translation>Il manque --format, et le nom %1 n&apos;indique pas quel format écrire.</translation>
    </message>
    <message>
        <source>--page &quot;%1&quot; is not a page size: use a4 or letter.</source>
        <translation>--page «&#xa0;%1&#xa0;» n&apos;est pas un format de page&#xa0;: utilisez a4 ou letter.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>A posture report needs the moment to judge at.</source>
        <translation>Un rapport d&apos;état des sauvegardes nécessite un moment de référence pour l&apos;évaluation.</translation>
    </message>
    <message>
        <source>The report needs a period: a start and an end.</source>
        <translation>Le rapport nécessite une période&#xa0;: un début et une fin.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The catalog holds no organization yet: sync it first (--sync).</source>
        <translation>Le catalogue ne contient encore aucune organisation&#xa0;: synchronisez-le d&apos;abord (--sync).</translation>
    </message>
    <message>
        <source>The catalog holds several organizations: choose one with --scope: %1.</source>
        <translation>Le catalogue contient plusieurs organisations&#xa0;: choisissez-en une avec --scope&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 clusters · %3</source>
        <translation>Synchronisation&#xa0;: %1 clusters sur %2 · %3</translation>
    </message>
    <message>
        <source>The sync failed, so no report was written: %1</source>
        <translation>La synchronisation a échoué, aucun rapport n&apos;a donc été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;». Profils&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no catalog yet: add --sync, or run snapline sync --profile &quot;%1&quot; first.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas encore de catalogue&#xa0;: ajoutez --sync, ou exécutez d&apos;abord snapline sync --profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 report written to %2 (%3)</source>
        <translation>Rapport «&#xa0;%1&#xa0;» écrit dans %2 (%3)</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signature: %1, key %2</source>
        <translation>Signature&#xa0;: %1, clé %2</translation>
    </message>
    <message>
        <source>Check it with: snapline report verify %1</source>
        <translation>Pour le vérifier&#xa0;: snapline report verify %1</translation>
    </message>
</context>
<context>
    <name>ReportContext</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation>Projet %1 (%2)</translation>
    </message>
    <message>
        <source>The catalog holds no cluster &quot;%1&quot; in project %2. Sync the project, or check the name.</source>
        <translation>Le catalogue ne contient aucun cluster «&#xa0;%1&#xa0;» dans le projet %2. Synchronisez le projet ou vérifiez le nom.</translation>
    </message>
    <message>
        <source>Cluster %1 (project %2, %3)</source>
        <translation>Cluster %1 (projet %2, %3)</translation>
    </message>
    <message>
        <source>The catalog holds no organization &quot;%1&quot;. Sync it first, or check the id.</source>
        <translation>Le catalogue ne contient aucune organisation «&#xa0;%1&#xa0;». Synchronisez-la d&apos;abord ou vérifiez l&apos;ID.</translation>
    </message>
    <message>
        <source>The catalog holds no project &quot;%1&quot;. Sync it first, or check the id.</source>
        <translation>Le catalogue ne contient aucun projet «&#xa0;%1&#xa0;». Synchronisez-le d&apos;abord ou vérifiez l&apos;ID.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>This build of Snapline cannot write %1 reports.</source>
        <translation>Cette version de Snapline ne peut pas écrire de rapports %1.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (permission denied or read-only)</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture (autorisation refusée ou lecture seule)</translation>
    </message>
    <message>
        <source>no staging folder could be made</source>
        <translation>aucun dossier temporaire n&apos;a pu être créé</translation>
    </message>
    <message>
        <source>the folder exists and holds files that are not from a report; choose another destination</source>
        <translation>le dossier existe et contient des fichiers qui ne proviennent pas d&apos;un rapport&#xa0;; choisissez une autre destination</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Reading the catalog</source>
        <translation>Lecture du catalogue</translation>
    </message>
    <message>
        <source>Writing the %1 report</source>
        <translation>Écriture du rapport %1</translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation>Exporter %1 au format %2</translation>
    </message>
</context>
<context>
    <name>ReportManifest</name>
    <message>
        <source>The manifest is not JSON: %1.</source>
        <translation>Le manifeste n&apos;est pas du JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is not a Snapline report manifest.</source>
        <translation>Ce fichier n&apos;est pas un manifeste de rapport Snapline.</translation>
    </message>
    <message>
        <source>The manifest is version %1; this Snapline reads version %2.</source>
        <translation>Le manifeste est en version %1&#xa0;; cette version de Snapline lit la version %2.</translation>
    </message>
    <message>
        <source>The manifest lists a file without a path, a SHA-256 or a size.</source>
        <translation>Le manifeste liste un fichier sans chemin, sans SHA-256 ou sans taille.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportRenderText</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF file %1.</source>
        <translation>Impossible de créer le fichier PDF %1.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: it is a folder.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the file was already closed</source>
        <translation>le fichier était déjà fermé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Aucune ligne.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <source>Rows: %1 — listed in the CSV and JSON exports only.</source>
        <translation>Lignes&#xa0;: %1 — listées uniquement dans les exports CSV et JSON.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Made by Snapline, a console for MongoDB Atlas cloud backups.</source>
        <translation>Produit par Snapline, une console pour les sauvegardes cloud de MongoDB Atlas.</translation>
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
        <translation>Projet %1</translation>
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
        <translation>Le fichier de signature n&apos;est pas une signature Ed25519 de Snapline.</translation>
    </message>
</context>
<context>
    <name>ReportSigningKey</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key.</source>
        <translation>OpenSSL n&apos;a pas pu générer de clé Ed25519.</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Impossible de lire la clé de signature %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM private key (an encrypted key needs its passphrase removed first).</source>
        <translation>%1 ne contient aucune clé privée PEM lisible (retirez d&apos;abord la phrase secrète d&apos;une clé chiffrée).</translation>
    </message>
    <message>
        <source>The key in %1 is not an Ed25519 key; reports are signed with Ed25519 (make one with &quot;openssl genpkey -algorithm ed25519&quot;).</source>
        <translation>La clé contenue dans %1 n&apos;est pas une clé Ed25519&#xa0;; les rapports sont signés avec Ed25519 (créez-en une avec &quot;openssl genpkey -algorithm ed25519&quot;).</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key.</source>
        <translation>OpenSSL n&apos;a pas pu écrire la clé.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the manifest.</source>
        <translation>OpenSSL n&apos;a pas pu signer le manifeste.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>&quot;%1&quot; is not a scope: write org:ID, project:ID or cluster:PROJECT_ID/NAME.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un périmètre&#xa0;: saisissez org:ID, project:ID ou cluster:PROJECT_ID/NAME.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; names nothing after the colon.</source>
        <translation>Le périmètre «&#xa0;%1&#xa0;» ne désigne rien après les deux-points.</translation>
    </message>
    <message>
        <source>A cluster scope is cluster:PROJECT_ID/NAME, not &quot;%1&quot;.</source>
        <translation>Un périmètre de cluster s&apos;écrit cluster:PROJECT_ID/NAME, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope level: use org, project or cluster.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau de périmètre&#xa0;: utilisez org, project ou cluster.</translation>
    </message>
    <message>
        <source>Backup posture</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>Backup coverage</source>
        <translation>Couverture des sauvegardes</translation>
    </message>
    <message>
        <source>Backup compliance</source>
        <translation>Conformité des sauvegardes</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>Activité de restauration</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Stockage des sauvegardes</translation>
    </message>
    <message>
        <source>How every cluster&apos;s backups stood at one moment: backup kind, point in time, last snapshot, compliance and warnings.</source>
        <translation>L&apos;état des sauvegardes de chaque cluster à un moment donné&#xa0;: type de sauvegarde, restauration PIT, dernier snapshot, conformité et avertissements.</translation>
    </message>
    <message>
        <source>Whether every cluster was backed up as its policy says over the period: snapshots expected and taken, missed and failed ones, the achieved recovery point and the point-in-time window.</source>
        <translation>Si chaque cluster a été sauvegardé conformément à sa stratégie sur la période&#xa0;: snapshots attendus et pris, snapshots manqués et en échec, RPO atteint et fenêtre PIT.</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy of each project, who set it and when, the clusters below it and the actions it refused.</source>
        <translation>La Backup Compliance Policy de chaque projet, qui l&apos;a définie et quand, les clusters en deçà de celle-ci et les actions qu&apos;elle a refusées.</translation>
    </message>
    <message>
        <source>Every restore job of the period, who asked for it and how it ended: the evidence of restore drills.</source>
        <translation>Toutes les tâches de restauration de la période, qui les a demandées et comment elles se sont terminées&#xa0;: la preuve des exercices de restauration.</translation>
    </message>
    <message>
        <source>Snapshot storage over the period, by cluster and by snapshot frequency.</source>
        <translation>Le stockage des snapshots sur la période, par cluster et par fréquence de snapshot.</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>the signature file cannot be read: %1</source>
        <translation>le fichier de signature ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the manifest is not the one that was signed</source>
        <translation>le manifeste n&apos;est pas celui qui a été signé</translation>
    </message>
    <message>
        <source>No manifest for %1: %2 does not exist, so there is nothing to check against.</source>
        <translation>Aucun manifeste pour %1&#xa0;: %2 n&apos;existe pas, il n&apos;y a donc rien à vérifier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CHANGED %1: it cannot be read (expected SHA-256 %2, %3 bytes)</source>
        <translation>MODIFIÉ %1&#xa0;: illisible (SHA-256 attendu&#xa0;: %2, %3 octets)</translation>
    </message>
    <message>
        <source>CHANGED %1: SHA-256 %2 (%3 bytes), expected %4 (%5 bytes)</source>
        <translation>MODIFIÉ %1&#xa0;: SHA-256 %2 (%3 octets), attendu %4 (%5 octets)</translation>
    </message>
    <message>
        <source>MISSING %1</source>
        <translation>MANQUANT %1</translation>
    </message>
    <message>
        <source>EXTRA %1: not in the manifest</source>
        <translation>EN TROP %1&#xa0;: absent du manifeste</translation>
    </message>
    <message>
        <source>The manifest is not signed.</source>
        <translation>Le manifeste n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>The signature is valid, by key %1.</source>
        <translation>La signature est valide (clé %1).</translation>
    </message>
    <message>
        <source>The signature is INVALID: %1.</source>
        <translation>La signature n&apos;est PAS VALIDE&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The signature is valid but by key %1, not the trusted one.</source>
        <translation>La signature est valide, mais elle provient de la clé %1, et non de la clé de confiance.</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) match the manifest.</source>
        <translation>
            <numerusform>Le fichier correspond au manifeste (%n fichier).</numerusform>
            <numerusform>Les %n fichiers correspondent au manifeste.</numerusform>
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
        <translation>Utilisation&#xa0;: snapline report verify PATH [--key-fingerprint FP]

Vérifie un rapport (un fichier, un .zip, un dossier CSV, ou son manifeste ou sa signature) par rapport à
son manifeste&#xa0;: le SHA-256 et la taille de chaque fichier, les fichiers contenus dans un .zip, les fichiers
ajoutés à un dossier de rapport, et la signature. Affiche une ligne par constat.

  --key-fingerprint FP  l&apos;empreinte (SHA256:…) de la clé à laquelle vous faites confiance&#xa0;: un rapport
                        signé par une autre clé, ou non signé, échoue à la vérification

Codes de sortie&#xa0;: 0 intact, 5 fichiers modifiés, manquants ou en trop, ou signature invalide, faite par
une autre clé ou absente alors que --key-fingerprint est indiqué, 1 aucun manifeste n&apos;a pu être lu,
2 arguments incorrects.
</translation>
    </message>
    <message>
        <source>Usage: snapline report verify PATH [--key-fingerprint FP]</source>
        <translation>Utilisation&#xa0;: snapline report verify PATH [--key-fingerprint FP]</translation>
    </message>
    <message>
        <source>Which report? Give its path.</source>
        <translation>Quel rapport&#xa0;? Indiquez son chemin.</translation>
    </message>
    <message>
        <source>Give one report to verify, not %1.</source>
        <translation>Indiquez un seul rapport à vérifier, pas %1.</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report: %1 (%2), %3, generated %4 by %5</source>
        <translation>Rapport&#xa0;: %1 (%2), %3, généré le %4 par %5</translation>
    </message>
    <message>
        <source>NOT SIGNED: the report cannot be by key %1.</source>
        <translation>NON SIGNÉ&#xa0;: le rapport ne peut pas provenir de la clé %1.</translation>
    </message>
    <message>
        <source>The report is NOT as it was exported.</source>
        <translation>Le rapport n&apos;est PAS tel qu&apos;il a été exporté.</translation>
    </message>
    <message>
        <source>The files match the manifest, but the signature does not prove the report is as the trusted key signed it.</source>
        <translation>Les fichiers correspondent au manifeste, mais la signature ne prouve pas que le rapport est tel que la clé de confiance l&apos;a signé.</translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation>Le rapport est intact.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>type the source cluster&apos;s name to confirm the download: --confirm %1</source>
        <translation>saisissez le nom du cluster source pour confirmer le téléchargement&#xa0;: --confirm %1</translation>
    </message>
    <message>
        <source>type the target cluster&apos;s name to confirm that every piece of data on it is replaced: --confirm %1</source>
        <translation>saisissez le nom du cluster cible pour confirmer que toutes ses données seront remplacées&#xa0;: --confirm %1</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was sent: --confirm %1 does not name %2; %3</source>
        <translation>rien n&apos;a été envoyé&#xa0;: --confirm %1 ne désigne pas %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>snapline restore: %1</source>
        <translation>snapline restore&#xa0;: %1</translation>
    </message>
    <message>
        <source>Atlas cannot be reached, so nothing was sent (%1).</source>
        <translation>Atlas est injoignable, rien n&apos;a donc été envoyé (%1).</translation>
    </message>
    <message>
        <source>The restore is refused, so nothing was sent.</source>
        <translation>La restauration est refusée, rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>Atlas accepted the restore: job %1</source>
        <translation>Atlas a accepté la restauration&#xa0;: tâche %1</translation>
    </message>
    <message>
        <source>Stopping; a restore Atlas has accepted goes on there (it is not cancelled).</source>
        <translation>Arrêt&#xa0;; une restauration déjà acceptée par Atlas s&apos;y poursuit (elle n&apos;est pas annulée).</translation>
    </message>
    <message>
        <source>Stopped following restore job %1; the restore goes on in Atlas.</source>
        <translation>Suivi de la tâche de restauration %1 arrêté&#xa0;; la restauration se poursuit dans Atlas.</translation>
    </message>
    <message>
        <source>Atlas did not answer the request clearly; the job was found in its list of restore jobs.</source>
        <translation>Atlas n&apos;a pas répondu clairement à la requête&#xa0;; la tâche a été trouvée dans sa liste des tâches de restauration.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommandLine</name>
    <message>
        <source>The profile: a name, an id, &quot;Local sandbox&quot; or env.</source>
        <translation>Le profil&#xa0;: un nom, un identifiant, &quot;Local sandbox&quot; ou env.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The source cluster&apos;s project (an id or a name).</source>
        <translation>Le projet du cluster source (un identifiant ou un nom).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The source cluster.</source>
        <translation>Le cluster source.</translation>
    </message>
    <message>
        <source>Restore this snapshot.</source>
        <translation>Restaurer ce snapshot.</translation>
    </message>
    <message>
        <source>Restore to this second, in UTC: 2026-11-20T14:03:07Z or &quot;2026-11-20 14:03:07&quot;.</source>
        <translation>Restaurer à cette seconde, en UTC&#xa0;: 2026-11-20T14:03:07Z ou &quot;2026-11-20 14:03:07&quot;.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Restore to this oplog timestamp: seconds:increment.</source>
        <translation>Restaurer à cet horodatage de l&apos;oplog&#xa0;: secondes:incrément.</translation>
    </message>
    <message>
        <source>TS:INC</source>
        <translation>TS:INC</translation>
    </message>
    <message>
        <source>The target cluster&apos;s project (an id or a name; default: --project).</source>
        <translation>Le projet du cluster cible (un identifiant ou un nom&#xa0;; par défaut&#xa0;: --project).</translation>
    </message>
    <message>
        <source>The cluster to restore into.</source>
        <translation>Le cluster dans lequel restaurer.</translation>
    </message>
    <message>
        <source>automated (default: into the target cluster) or download.</source>
        <translation>automated (par défaut&#xa0;: dans le cluster cible) ou download.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not ask Atlas: judge from the catalog as last synced.</source>
        <translation>Ne pas interroger Atlas&#xa0;: juger d&apos;après le catalogue de la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Judge the facts in this JSON file instead, without a profile (see docs/preflight.md).</source>
        <translation>Juger plutôt les faits de ce fichier JSON, sans profil (voir docs/preflight.md).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The target cluster&apos;s name (the source cluster&apos;s for a download), typed to confirm.</source>
        <translation>Le nom du cluster cible (celui du cluster source pour un téléchargement), saisi pour confirmer.</translation>
    </message>
    <message>
        <source>Follow the restore job to its end.</source>
        <translation>Suivre la tâche de restauration jusqu&apos;à son terme.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Checks a restore against every Atlas rule with facts fresh from Atlas (or from the catalog when offline) and prints the verdict and the request that would be sent.</source>
        <translation>Vérifie une restauration au regard de toutes les règles Atlas, avec des faits tout juste obtenus d&apos;Atlas (ou du catalogue hors ligne), et affiche le verdict et la requête qui serait envoyée.</translation>
    </message>
    <message>
        <source>Checks a restore like preflight, then sends it to Atlas once, after an allowed verdict and a --confirm that names the cluster whose data is replaced.</source>
        <translation>Vérifie une restauration comme preflight, puis l&apos;envoie une seule fois à Atlas, après un verdict «&#xa0;autorisé&#xa0;» et un --confirm qui désigne le cluster dont les données sont remplacées.</translation>
    </message>
    <message>
        <source>Usage: snapline preflight --profile NAME --project ID --cluster NAME
         (--snapshot ID | --at UTC | --oplog TS:INC)
         (--target-project ID --target-cluster NAME | --delivery download)
         [--output text|json] [--offline]
       snapline preflight --facts FILE.json [--output json|text]
</source>
        <translation>Utilisation&#xa0;: snapline preflight --profile NAME --project ID --cluster NAME
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
        <translation>Utilisation&#xa0;: snapline restore --profile NAME --project ID --cluster NAME
                (--snapshot ID | --at UTC | --oplog TS:INC)
                (--target-project ID --target-cluster NAME | --delivery download)
                --confirm NAME [--wait] [--output text|json]
</translation>
    </message>
    <message>
        <source>Exit codes: 0 allowed, 3 refused, 2 bad arguments, 1 failure (the catalog could not be read, Atlas answered with an error), 130 interrupted.
</source>
        <translation>Codes de sortie&#xa0;: 0 autorisé, 3 refusé, 2 arguments incorrects, 1 échec (le catalogue n&apos;a pas pu être lu, Atlas a répondu par une erreur), 130 interrompu.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 the restore completed (or, without --wait, Atlas accepted it), 3 refused (nothing was sent), 2 bad arguments or no matching --confirm (nothing was sent), 1 failure (Atlas unreachable or refusing, an uncertain submission, the catalog), 4 the restore ran and failed, was cancelled or expired, 130 interrupted (Ctrl+C while waiting stops following; the restore goes on in Atlas).
</source>
        <translation>Codes de sortie&#xa0;: 0 la restauration est terminée (ou, sans --wait, Atlas l&apos;a acceptée), 3 refusée (rien n&apos;a été envoyé), 2 arguments incorrects ou --confirm non concordant (rien n&apos;a été envoyé), 1 échec (Atlas injoignable ou qui refuse, envoi incertain, catalogue), 4 la restauration a été exécutée et a échoué, a été annulée ou a expiré, 130 interrompu (Ctrl+C pendant l&apos;attente arrête le suivi&#xa0;; la restauration se poursuit dans Atlas).
</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>--facts FILE judges the facts in a file and takes no profile: use --facts or --profile, not both</source>
        <translation>--facts FILE juge les faits d&apos;un fichier et ne prend pas de profil&#xa0;: utilisez --facts ou --profile, pas les deux</translation>
    </message>
    <message>
        <source>a restore is sent to Atlas, so it cannot run --offline; check it offline with snapline preflight --offline</source>
        <translation>une restauration est envoyée à Atlas, elle ne peut donc pas s&apos;exécuter avec --offline&#xa0;; vérifiez-la hors ligne avec snapline preflight --offline</translation>
    </message>
    <message>
        <source>--profile NAME is required (or --facts FILE to judge the facts in a file)</source>
        <translation>--profile NAME est requis (ou --facts FILE pour juger les faits d&apos;un fichier)</translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation>--profile NAME est requis</translation>
    </message>
    <message>
        <source>name the source with --project ID and --cluster NAME</source>
        <translation>désignez la source avec --project ID et --cluster NAME</translation>
    </message>
    <message>
        <source>say what to restore: --snapshot ID, --at UTC or --oplog TS:INC</source>
        <translation>indiquez quoi restaurer&#xa0;: --snapshot ID, --at UTC ou --oplog TS:INC</translation>
    </message>
    <message>
        <source>say what to restore with one of --snapshot, --at and --oplog, not several</source>
        <translation>indiquez quoi restaurer avec une seule des options --snapshot, --at et --oplog, pas plusieurs</translation>
    </message>
    <message>
        <source>--snapshot: the snapshot id is empty</source>
        <translation>--snapshot&#xa0;: l&apos;identifiant du snapshot est vide</translation>
    </message>
    <message>
        <source>--delivery must be automated or download, not %1</source>
        <translation>--delivery doit valoir automated ou download, pas %1</translation>
    </message>
    <message>
        <source>a download goes to links, not into a cluster: leave out --target-project and --target-cluster</source>
        <translation>un téléchargement produit des liens, il ne restaure pas dans un cluster&#xa0;: omettez --target-project et --target-cluster</translation>
    </message>
    <message>
        <source>name the cluster to restore into with --target-cluster NAME (and --target-project ID when it lives in another project), or ask for --delivery download</source>
        <translation>désignez le cluster dans lequel restaurer avec --target-cluster NAME (et --target-project ID s&apos;il se trouve dans un autre projet), ou demandez --delivery download</translation>
    </message>
    <message>
        <source>--target-project: the project is empty</source>
        <translation>--target-project&#xa0;: le projet est vide</translation>
    </message>
    <message>
        <source>--output must be text or json, not %1</source>
        <translation>--output doit valoir text ou json, pas %1</translation>
    </message>
    <message>
        <source>--at: expected a UTC time to the second, like 2026-11-20T14:03:07Z or &quot;2026-11-20 14:03:07&quot;; %1</source>
        <translation>--at&#xa0;: une heure UTC à la seconde près est attendue, comme 2026-11-20T14:03:07Z ou &quot;2026-11-20 14:03:07&quot;&#xa0;; %1</translation>
    </message>
    <message>
        <source>%1 has an offset: give the time in UTC</source>
        <translation>%1 comporte un décalage horaire&#xa0;: indiquez l&apos;heure en UTC</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a date and time</source>
        <translation>%1 n&apos;est pas une date avec heure</translation>
    </message>
    <message>
        <source>--oplog: expected an oplog timestamp as seconds:increment, like 1763647387:5 (both whole numbers below 2^32, the seconds above 0); got &quot;%1&quot;</source>
        <translation>--oplog&#xa0;: un horodatage d&apos;oplog de la forme secondes:incrément est attendu, comme 1763647387:5 (deux nombres entiers inférieurs à 2^32, les secondes supérieures à 0)&#xa0;; reçu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RestoreGateway</name>
    <message>
        <source>Atlas has no restore call for the backups of %1 (%2).</source>
        <translation>Atlas ne propose aucun appel de restauration pour les sauvegardes de %1 (%2).</translation>
    </message>
    <message>
        <source>Atlas does not cancel the restore of a sharded cluster once it has started (it answers 405, ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED); it runs to its end.</source>
        <translation>Atlas n&apos;annule pas la restauration d&apos;un cluster shardé une fois qu&apos;elle a commencé (il répond 405, ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED)&#xa0;; elle va jusqu&apos;à son terme.</translation>
    </message>
    <message>
        <source>Atlas has no call to cancel a restore from %1; it runs to its end.</source>
        <translation>Atlas ne propose aucun appel pour annuler une restauration depuis %1&#xa0;; elle va jusqu&apos;à son terme.</translation>
    </message>
</context>
<context>
    <name>RestoreOrderText</name>
    <message>
        <source>Download a snapshot of %1</source>
        <translation>Télécharger un snapshot de %1</translation>
    </message>
    <message>
        <source>Restore %1 into itself</source>
        <translation>Restaurer %1 sur lui-même</translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation>Restaurer %1 dans %2</translation>
    </message>
    <message>
        <source>%1 as of %2 (oplog %3:%4)</source>
        <translation>%1 en date du %2 (oplog %3:%4)</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 en date du %2</translation>
    </message>
    <message>
        <source>snapshot %1 of %2</source>
        <translation>snapshot %1 de %2</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(aucun choix)</translation>
    </message>
    <message>
        <source>download links</source>
        <translation>liens de téléchargement</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (projet %2)</translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>as of %1 (%2)</source>
        <translation>en date du %1 (%2)</translation>
    </message>
    <message>
        <source>as last synced (when is not known)</source>
        <translation>tel que lors de la dernière synchronisation (date inconnue)</translation>
    </message>
    <message>
        <source>offline: judged from the catalog %1</source>
        <translation>hors ligne&#xa0;: jugé d&apos;après le catalogue %1</translation>
    </message>
    <message>
        <source>  source:       %1, project %2
</source>
        <translation>  source&#xa0;:        %1, projet %2
</translation>
    </message>
    <message>
        <source>  destination:  %1
</source>
        <translation>  destination&#xa0;:   %1
</translation>
    </message>
    <message>
        <source>                roles as Atlas told them %1
</source>
        <translation>                  rôles tels qu&apos;Atlas les a indiqués %1
</translation>
    </message>
    <message>
        <source>  facts:        read from Atlas just now
</source>
        <translation>  faits&#xa0;:         lus à l&apos;instant depuis Atlas
</translation>
    </message>
    <message>
        <source>  note:         %1
</source>
        <translation>  remarque&#xa0;:      %1
</translation>
    </message>
    <message>
        <source>The request that would be sent:
</source>
        <translation>La requête qui serait envoyée&#xa0;:
</translation>
    </message>
    <message>
        <source>The request (refused: it will not be sent):
</source>
        <translation>La requête (refusée&#xa0;: elle ne sera pas envoyée)&#xa0;:
</translation>
    </message>
    <message>
        <source>Atlas lists no download links for restore job %1.
</source>
        <translation>Atlas n&apos;indique aucun lien de téléchargement pour la tâche de restauration %1.
</translation>
    </message>
    <message>
        <source>Download links (they expire %1, %2):
</source>
        <translation>Liens de téléchargement (expiration&#xa0;: %1, %2)&#xa0;:
</translation>
    </message>
    <message>
        <source>Download links:
</source>
        <translation>Liens de téléchargement&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>RestoreReportBuilder</name>
    <message>
        <source>Restore jobs</source>
        <translation>Tâches de restauration</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Via code</source>
        <translation>Code du canal</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source project id</source>
        <translation>ID du projet source</translation>
    </message>
    <message>
        <source>Source project</source>
        <translation>Projet source</translation>
    </message>
    <message>
        <source>Source cluster</source>
        <translation>Cluster source</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Restored to</source>
        <translation>Restauré vers</translation>
    </message>
    <message>
        <source>Delivery code</source>
        <translation>Code de livraison</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Target project id</source>
        <translation>ID du projet cible</translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Projet cible</translation>
    </message>
    <message>
        <source>Target cluster</source>
        <translation>Cluster cible</translation>
    </message>
    <message>
        <source>Outcome code</source>
        <translation>Code du résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Snapline</source>
        <translation>Snapline</translation>
    </message>
    <message>
        <source>outside Snapline</source>
        <translation>hors de Snapline</translation>
    </message>
    <message>
        <source>Restore drills by cluster</source>
        <translation>Tests de restauration par cluster</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Last completed restore</source>
        <translation>Dernière restauration terminée</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>Restauration testée</translation>
    </message>
    <message>
        <source>Restore jobs by source cluster and outcome</source>
        <translation>Tâches de restauration par cluster source et par résultat</translation>
    </message>
    <message>
        <source>Cancelled, expired or running</source>
        <translation>Annulées, expirées ou en cours</translation>
    </message>
    <message>
        <source>No restore job was started in the period.</source>
        <translation>Aucune tâche de restauration n&apos;a été lancée au cours de la période.</translation>
    </message>
    <message>
        <source>&quot;Requested by&quot; is known for restores Snapline sent (from its audit log); restores started in the Atlas UI, API or CLI show only what Atlas lists, which has no request time for them: they are placed in the period by the time they finished.</source>
        <translation>«&#xa0;Demandée par&#xa0;» est connu pour les restaurations envoyées par Snapline (d&apos;après son journal d&apos;audit)&#xa0;; les restaurations lancées depuis l&apos;interface, l&apos;API ou la CLI d&apos;Atlas n&apos;indiquent que ce qu&apos;Atlas fournit, sans heure de demande&#xa0;: elles sont placées dans la période selon leur heure de fin.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Every restore job created between %1 and %2 from a cluster in scope.</source>
        <translation>Toutes les tâches de restauration créées entre le %1 et le %2 à partir d&apos;un cluster du périmètre.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Sent by Snapline</source>
        <translation>Envoyées par Snapline</translation>
    </message>
    <message>
        <source>Clusters with a completed restore</source>
        <translation>Clusters avec une restauration terminée</translation>
    </message>
    <message>
        <source>Backed-up clusters without one</source>
        <translation>Clusters sauvegardés sans restauration terminée</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Durée la plus longue</translation>
    </message>
</context>
<context>
    <name>RestoreRunner</name>
    <message>
        <source>This restore (%1 to %2) is already being submitted or followed; it was not sent a second time.</source>
        <translation>Cette restauration (%1 vers %2) est déjà en cours d&apos;envoi ou de suivi&#xa0;; elle n&apos;a pas été envoyée une seconde fois.</translation>
    </message>
    <message>
        <source>Bringing %1 up to date</source>
        <translation>Mise à jour de %1</translation>
    </message>
    <message>
        <source>The latest state could not be read from Atlas, so the restore was not sent: %1</source>
        <translation>Le dernier état n&apos;a pas pu être lu depuis Atlas, la restauration n&apos;a donc pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking the rules</source>
        <translation>Vérification des règles</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent to Atlas.</source>
        <translation>Annulé avant tout envoi à Atlas.</translation>
    </message>
    <message>
        <source>Sending the restore request to Atlas</source>
        <translation>Envoi de la requête de restauration à Atlas</translation>
    </message>
    <message>
        <source>Updating the catalog</source>
        <translation>Mise à jour du catalogue</translation>
    </message>
    <message>
        <source>Atlas accepted restore job %1; it goes on in Atlas.</source>
        <translation>Atlas a accepté la tâche de restauration %1&#xa0;; elle se poursuit dans Atlas.</translation>
    </message>
    <message>
        <source>Since you confirmed, something changed: %1</source>
        <translation>Quelque chose a changé depuis votre confirmation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Since you confirmed, something changed, so the restore was not sent; check it again: %1</source>
        <translation>Quelque chose a changé depuis votre confirmation, la restauration n&apos;a donc pas été envoyée&#xa0;; vérifiez-la de nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Atlas did not answer clearly (%1); looking for the job in its list</source>
        <translation>Atlas n&apos;a pas répondu clairement (%1)&#xa0;; recherche de la tâche dans sa liste</translation>
    </message>
    <message>
        <source>Atlas did not answer the restore request twice (%1), and its list of restore jobs shows none from it. Nothing more was sent; try again later.</source>
        <translation>Atlas n&apos;a pas répondu à la requête de restauration à deux reprises (%1), et sa liste des tâches de restauration n&apos;en contient aucune issue de cette requête. Rien d&apos;autre n&apos;a été envoyé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Atlas did not answer the restore request (%1), and its list of restore jobs could not be read, so Snapline did not send it again. Look at the restores of %2 before trying again: Atlas may have started it.</source>
        <translation>Atlas n&apos;a pas répondu à la requête de restauration (%1) et sa liste des tâches de restauration n&apos;a pas pu être lue, Snapline ne l&apos;a donc pas renvoyée. Consultez les restaurations de %2 avant de réessayer&#xa0;: Atlas l&apos;a peut-être lancée.</translation>
    </message>
    <message>
        <source>Could not read restore job %1 (%2); trying again</source>
        <translation>Impossible de lire la tâche de restauration %1 (%2)&#xa0;; nouvelle tentative</translation>
    </message>
    <message>
        <source>Asking Atlas to cancel restore job %1</source>
        <translation>Demande d&apos;annulation de la tâche de restauration %1 à Atlas</translation>
    </message>
    <message>
        <source>The restore could not be cancelled: %1</source>
        <translation>La restauration n&apos;a pas pu être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The catalog could not be brought up to date: %1</source>
        <translation>Le catalogue n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RestoreText</name>
    <message>
        <source>restore job %1 (download)</source>
        <translation>la tâche de restauration %1 (téléchargement)</translation>
    </message>
    <message>
        <source>restore job %1 into %2</source>
        <translation>la tâche de restauration %1 vers %2</translation>
    </message>
    <message>
        <source>Atlas is running %1 (%2 so far).</source>
        <translation>Atlas exécute %1 (depuis %2).</translation>
    </message>
    <message numerus="yes">
        <source>Atlas finished %1 after %2; %n download link(s) ready.</source>
        <translation>
            <numerusform>Atlas a terminé %1 au bout de %2&#xa0;; %n lien de téléchargement prêt.</numerusform>
            <numerusform>Atlas a terminé %1 au bout de %2&#xa0;; %n liens de téléchargement prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Atlas completed %1 after %2.</source>
        <translation>Atlas a terminé %1 au bout de %2.</translation>
    </message>
    <message>
        <source>Atlas could not complete %1; it failed after %2.</source>
        <translation>Atlas n&apos;a pas pu mener %1 à bien&#xa0;; échec au bout de %2.</translation>
    </message>
    <message>
        <source>Atlas cancelled %1 after %2.</source>
        <translation>Atlas a annulé %1 au bout de %2.</translation>
    </message>
    <message>
        <source>The download links of %1 have expired.</source>
        <translation>Les liens de téléchargement de %1 ont expiré.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
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
        <translation>ou</translation>
    </message>
    <message>
        <source>Organization Owners are not allowed to %1 in a project by their organization role: add yourself to project %2 as %3, then try again.</source>
        <translation>Le rôle d&apos;organisation d&apos;un Organization Owner ne l&apos;autorise pas à %1 dans un projet&#xa0;: ajoutez-vous au projet %2 en tant que %3, puis réessayez.</translation>
    </message>
    <message>
        <source>no role on that project</source>
        <translation>aucun rôle sur ce projet</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>the target project %1</source>
        <translation>le projet cible %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>le projet %1</translation>
    </message>
    <message>
        <source>To %1 you need the %2 role on %3; this credential has %4.</source>
        <translation>Pour %1, il faut le rôle %2 sur %3&#xa0;; ces identifiants ont&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>RulePlanner</name>
    <message>
        <source>Choose the tier to move the cluster to.</source>
        <translation>Choisissez le niveau vers lequel déplacer le cluster.</translation>
    </message>
    <message>
        <source>No new backup policy was given.</source>
        <translation>Aucune nouvelle stratégie de sauvegarde n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Serverless instances have reached end of life; Atlas is moving them to Flex clusters and the serverless backup endpoints are being retired.</source>
        <translation>Les instances serverless sont arrivées en fin de vie&#xa0;; Atlas les migre vers des clusters Flex et les points de terminaison de sauvegarde serverless sont en cours de retrait.</translation>
    </message>
    <message>
        <source>The download link of a Flex snapshot works for 4 hours.</source>
        <translation>Le lien de téléchargement d&apos;un snapshot Flex est valable 4 heures.</translation>
    </message>
    <message>
        <source>The download links expire; fetch the archives soon after the job finishes.</source>
        <translation>Les liens de téléchargement expirent&#xa0;; récupérez les archives peu après la fin de la tâche.</translation>
    </message>
    <message>
        <source>Every piece of data on %1 will be replaced, and %1 cannot take writes while the restore runs.</source>
        <translation>Toutes les données de %1 seront remplacées, et %1 ne pourra pas accepter d&apos;écritures pendant la restauration.</translation>
    </message>
    <message>
        <source>This restore crosses projects: from %1 into %2.</source>
        <translation>Cette restauration passe d&apos;un projet à un autre&#xa0;: de %1 vers %2.</translation>
    </message>
    <message>
        <source>You are restoring %1 into itself: its current data will be lost.</source>
        <translation>Vous restaurez %1 sur lui-même&#xa0;: ses données actuelles seront perdues.</translation>
    </message>
    <message>
        <source>Turning off Cloud Backup deletes every existing snapshot of %1.</source>
        <translation>Désactiver Cloud Backup supprime tous les snapshots existants de %1.</translation>
    </message>
    <message>
        <source>%1 will no longer be restorable to a point in time, and the time it stays off becomes a gap that can never be restored.</source>
        <translation>%1 ne pourra plus être restauré à un instant donné, et toute la période de désactivation deviendra une interruption qui ne pourra jamais être restaurée.</translation>
    </message>
    <message>
        <source>Deleting the backup policy removes every scheduled item of %1.</source>
        <translation>Supprimer la stratégie de sauvegarde retire tous les éléments planifiés de %1.</translation>
    </message>
    <message>
        <source>On %1, %2 loses its Cloud Backup schedule and point-in-time restore.</source>
        <translation>Sur %1, %2 perd sa planification Cloud Backup et la restauration à un instant donné.</translation>
    </message>
</context>
<context>
    <name>SecretFileCipher</name>
    <message>
        <source>The secrets file was changed or damaged after Snapline wrote it; its secrets cannot be trusted.</source>
        <translation>Le fichier de secrets a été modifié ou endommagé après son écriture par Snapline&#xa0;; ses secrets ne sont pas fiables.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>La bibliothèque de chiffrement a échoué.</translation>
    </message>
    <message>
        <source>The passphrase does not open the secrets file.</source>
        <translation>La phrase secrète n&apos;ouvre pas le fichier de secrets.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The passphrase does not open the secrets file %1.</source>
        <translation>La phrase secrète n&apos;ouvre pas le fichier de secrets %1.</translation>
    </message>
    <message>
        <source>The secrets file %1 was changed or damaged after Snapline wrote it; its secrets cannot be trusted.</source>
        <translation>Le fichier de secrets %1 a été modifié ou endommagé après son écriture par Snapline&#xa0;; ses secrets ne sont pas fiables.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation>Le fichier de secrets %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the encrypted file %1</source>
        <translation>le fichier chiffré %1</translation>
    </message>
    <message>
        <source>The secrets file %1 could not be written: %2.</source>
        <translation>Le fichier de secrets %1 n&apos;a pas pu être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The secrets file %1 holds no secret for this profile.</source>
        <translation>Le fichier de secrets %1 ne contient aucun secret pour ce profil.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau système</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>la mémoire (cette session uniquement)</translation>
    </message>
    <message>
        <source>No secret is kept for this profile in this session.</source>
        <translation>Aucun secret n&apos;est conservé pour ce profil dans cette session.</translation>
    </message>
    <message>
        <source>The secret store stopped before it answered.</source>
        <translation>Le magasin de secrets s&apos;est arrêté avant de répondre.</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>there is no D-Bus session bus, as in a session without a desktop</source>
        <translation>il n&apos;y a pas de bus de session D-Bus, comme dans une session sans environnement de bureau</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>le trousseau n&apos;a pas répondu dans un délai de %1 secondes</translation>
    </message>
    <message>
        <source>the keychain refused access; it may be locked</source>
        <translation>le trousseau a refusé l&apos;accès&#xa0;; il est peut-être verrouillé</translation>
    </message>
    <message>
        <source>the Secret Service could not be used: %1</source>
        <translation>le Secret Service n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the keychain could not be used: %1</source>
        <translation>le trousseau n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les secrets sont conservés en mémoire pour cette session uniquement et vous seront redemandés la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>sign in with the service account</source>
        <translation>se connecter avec le compte de service</translation>
    </message>
    <message>
        <source>Atlas rejected the service account %1: check its client id and secret.</source>
        <translation>Atlas a rejeté le compte de service %1&#xa0;: vérifiez son ID client et son secret.</translation>
    </message>
    <message>
        <source>Signing in with the service account failed (HTTP %1).</source>
        <translation>La connexion avec le compte de service a échoué (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>SnapshotRowSource</name>
    <message>
        <source>Project id</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
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
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>SnapshotRules</name>
    <message>
        <source>Choose a snapshot to %1.</source>
        <translation>Choisissez un snapshot pour %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is still %2; wait until it has completed.</source>
        <translation>Le snapshot %1 est toujours à l&apos;état %2&#xa0;; attendez qu&apos;il soit terminé.</translation>
    </message>
    <message>
        <source>Snapshot %1 failed, so it holds no restorable data.</source>
        <translation>Le snapshot %1 a échoué, il ne contient donc aucune donnée restaurable.</translation>
    </message>
    <message>
        <source>Snapshot %1 expired on %2 and is no longer available.</source>
        <translation>Le snapshot %1 a expiré le %2 et n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>Snapshot %1 is a fallback snapshot, and fallback snapshots cannot be exported.</source>
        <translation>Le snapshot %1 est un snapshot de secours, et les snapshots de secours ne peuvent pas être exportés.</translation>
    </message>
    <message>
        <source>Snapshot %1 is a fallback snapshot: Atlas took it when a consistent scheduled snapshot was not possible, so it may not be consistent across the cluster.</source>
        <translation>Le snapshot %1 est un snapshot de secours&#xa0;: Atlas l&apos;a pris lorsqu&apos;un snapshot planifié cohérent n&apos;était pas possible, il n&apos;est donc peut-être pas cohérent sur l&apos;ensemble du cluster.</translation>
    </message>
    <message>
        <source>Snapshot %1 is already being exported; one export per snapshot can run at a time.</source>
        <translation>Le snapshot %1 est déjà en cours d&apos;export&#xa0;; un seul export par snapshot peut s&apos;exécuter à la fois.</translation>
    </message>
    <message>
        <source>Deleting snapshot %1 cannot be undone.</source>
        <translation>La suppression du snapshot %1 est irréversible.</translation>
    </message>
    <message>
        <source>A snapshot&apos;s retention must be at least 1 day.</source>
        <translation>La rétention d&apos;un snapshot doit être d&apos;au moins 1 jour.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 will be kept %n day(s) instead of %2.</source>
        <translation>
            <numerusform>Le snapshot %1 sera conservé %n jour au lieu de %2.</numerusform>
            <numerusform>Le snapshot %1 sera conservé %n jours au lieu de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>With this retention snapshot %1 expires at once (its new expiry, %2, has passed) and will be deleted.</source>
        <translation>Avec cette rétention, le snapshot %1 expire immédiatement (sa nouvelle date d&apos;expiration, %2, est dépassée) et sera supprimé.</translation>
    </message>
    <message>
        <source>An on-demand snapshot must be kept at least 1 day.</source>
        <translation>Un snapshot à la demande doit être conservé au moins 1 jour.</translation>
    </message>
    <message>
        <source>On-demand snapshot %1 of %2 is still %3; wait for it to finish before taking another.</source>
        <translation>Le snapshot à la demande %1 de %2 est toujours à l&apos;état %3&#xa0;; attendez qu&apos;il se termine avant d&apos;en prendre un autre.</translation>
    </message>
</context>
<context>
    <name>StorageReportBuilder</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Storage by cluster</source>
        <translation>Stockage par cluster</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>The frequency columns and the total are the bytes held at the end of the period.</source>
        <translation>Les colonnes de fréquence et le total indiquent les octets conservés à la fin de la période.</translation>
    </message>
    <message>
        <source>Storage by cluster and day</source>
        <translation>Stockage par cluster et par jour</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Storage by day</source>
        <translation>Stockage par jour</translation>
    </message>
    <message>
        <source>Snapshot storage by day and frequency</source>
        <translation>Stockage des snapshots par jour et par fréquence</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest clusters at the end of the period</source>
        <translation>
            <numerusform>Le plus gros cluster à la fin de la période</numerusform>
            <numerusform>Les %n plus gros clusters à la fin de la période</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The bytes of the snapshots held at the end of each day between %1 and %2. The catalog holds only the snapshots Atlas still lists, so days long past show what those snapshots held, not everything stored then.</source>
        <translation>Les octets des snapshots conservés à la fin de chaque jour entre le %1 et le %2. Le catalogue ne contient que les snapshots qu&apos;Atlas liste encore&#xa0;: pour les jours lointains, on voit donc ce que contenaient ces snapshots, et non tout ce qui était stocké à l&apos;époque.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Storage at the start</source>
        <translation>Stockage au début</translation>
    </message>
    <message>
        <source>Storage at the end</source>
        <translation>Stockage à la fin</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), one per cluster and day, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>%n ligne, une par cluster et par jour, dans les exports CSV et JSON de ce rapport.</numerusform>
            <numerusform>%n lignes, une par cluster et par jour, dans les exports CSV et JSON de ce rapport.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Bring a profile&apos;s catalog up to date with Atlas.</source>
        <translation>Mettre à jour le catalogue d&apos;un profil à partir d&apos;Atlas.</translation>
    </message>
    <message>
        <source>The profile to sync (a name, an id, or env).</source>
        <translation>Le profil à synchroniser (un nom, un identifiant ou env).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Sync only this project.</source>
        <translation>Synchroniser uniquement ce projet.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re-read everything, not only what changed.</source>
        <translation>Tout relire, pas seulement ce qui a changé.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: snapline sync --profile NAME [--project ID] [--full] [--output json|text]</source>
        <translation>Utilisation&#xa0;: snapline sync --profile NAME [--project ID] [--full] [--output json|text]</translation>
    </message>
    <message>
        <source>%1 of %2 clusters · %3</source>
        <translation>%1 clusters sur %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3 clusters, %4 snapshots read in %5 s (%6 requests) into %7</source>
        <translation>%1&#xa0;: %2 projets, %3 clusters, %4 snapshots lus en %5 s (%6 requêtes) dans %7</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Synchronizer</name>
    <message>
        <source>Sync every organization</source>
        <translation>Synchroniser toutes les organisations</translation>
    </message>
    <message>
        <source>Sync organization %1</source>
        <translation>Synchroniser l&apos;organisation %1</translation>
    </message>
    <message>
        <source>Sync project %1</source>
        <translation>Synchroniser le projet %1</translation>
    </message>
    <message>
        <source>Sync cluster %1</source>
        <translation>Synchroniser le cluster %1</translation>
    </message>
    <message>
        <source>Reading project %1</source>
        <translation>Lecture du projet %1</translation>
    </message>
    <message>
        <source>Project %1 has no cluster named %2.</source>
        <translation>Le projet %1 ne contient aucun cluster nommé %2.</translation>
    </message>
    <message>
        <source>Synced cluster %1</source>
        <translation>Cluster %1 synchronisé</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was read so far is kept.</source>
        <translation>La synchronisation a été annulée&#xa0;; ce qui a déjà été lu est conservé.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Contraste élevé</translation>
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
        <translation>Aucun snapshot</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>fallback (a scheduled snapshot could not be taken consistently)</source>
        <translation>de secours (un snapshot planifié n&apos;a pas pu être pris de manière cohérente)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>hourly snapshot</source>
        <translation>snapshot horaire</translation>
    </message>
    <message>
        <source>daily snapshot</source>
        <translation>snapshot quotidien</translation>
    </message>
    <message>
        <source>weekly snapshot</source>
        <translation>snapshot hebdomadaire</translation>
    </message>
    <message>
        <source>monthly snapshot</source>
        <translation>snapshot mensuel</translation>
    </message>
    <message>
        <source>yearly snapshot</source>
        <translation>snapshot annuel</translation>
    </message>
    <message>
        <source>on-demand snapshot</source>
        <translation>snapshot à la demande</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>a expiré %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in this lane between %1 and %2</source>
        <translation>
            <numerusform>%n snapshot dans ce couloir entre le %1 et le %2</numerusform>
            <numerusform>%n snapshots dans ce couloir entre le %1 et le %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallback</source>
        <translation>
            <numerusform>%n de secours</numerusform>
            <numerusform>%n de secours</numerusform>
        </translation>
    </message>
    <message>
        <source> — zoom in to tell them apart.</source>
        <translation> — zoomez pour les distinguer.</translation>
    </message>
    <message>
        <source>Restorable: any second from %1 to %2</source>
        <translation>Restaurable&#xa0;: n&apos;importe quelle seconde du %1 au %2</translation>
    </message>
    <message>
        <source>Gap: no oplog from %1 to %2, not restorable</source>
        <translation>Interruption&#xa0;: aucun oplog du %1 au %2, non restaurable</translation>
    </message>
    <message>
        <source>Not restorable from %1 to %2: outside the oplog Atlas kept</source>
        <translation>Non restaurable du %1 au %2&#xa0;: en dehors de l&apos;oplog conservé par Atlas</translation>
    </message>
    <message>
        <source>Blackout: a restore was running from %1 to %2; not restorable</source>
        <translation>Indisponibilité&#xa0;: une restauration était en cours du %1 au %2&#xa0;; non restaurable</translation>
    </message>
    <message>
        <source>Timeline: no snapshots</source>
        <translation>Chronologie&#xa0;: aucun snapshot</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %Ln snapshot(s) from %1 to %2</source>
        <translation>
            <numerusform>Chronologie&#xa0;: %Ln snapshot du %1 au %2</numerusform>
            <numerusform>Chronologie&#xa0;: %Ln snapshots du %1 au %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; point-in-time restore window from %1 to %2, %n gap(s)</source>
        <translation>
            <numerusform>&#xa0;; fenêtre de restauration à un instant donné du %1 au %2, %n interruption</numerusform>
            <numerusform>&#xa0;; fenêtre de restauration à un instant donné du %1 au %2, %n interruptions</numerusform>
        </translation>
    </message>
    <message>
        <source>, failed</source>
        <translation>, en échec</translation>
    </message>
    <message>
        <source>, fallback</source>
        <translation>, de secours</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; selected: %1</source>
        <translation>&#xa0;; sélectionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>no snapshot selected</source>
        <translation>aucun snapshot sélectionné</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
</context>
<context>
    <name>TopologyRules</name>
    <message>
        <source>A restore into a cluster needs a target project and cluster.</source>
        <translation>Une restauration vers un cluster nécessite un projet et un cluster cibles.</translation>
    </message>
    <message>
        <source>The target cluster %1 is paused; resume it before restoring into it.</source>
        <translation>Le cluster cible %1 est en pause&#xa0;; réactivez-le avant d&apos;y restaurer des données.</translation>
    </message>
    <message>
        <source>Restore job %1 into %2 is still running; Atlas takes one restore into a cluster at a time. Wait for it to end, or cancel it.</source>
        <translation>La tâche de restauration %1 vers %2 est toujours en cours&#xa0;; Atlas n&apos;accepte qu&apos;une restauration à la fois vers un même cluster. Attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message numerus="yes">
        <source>This is a snapshot of a sharded cluster (%n shard(s)); it can only be restored to a sharded cluster with the same number of shards, and %1 is a replica set.</source>
        <translation>
            <numerusform>Il s&apos;agit du snapshot d&apos;un cluster shardé (%n shard)&#xa0;; il ne peut être restauré que vers un cluster shardé ayant le même nombre de shards, et %1 est un replica set.</numerusform>
            <numerusform>Il s&apos;agit du snapshot d&apos;un cluster shardé (%n shards)&#xa0;; il ne peut être restauré que vers un cluster shardé ayant le même nombre de shards, et %1 est un replica set.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a snapshot of a replica set; it cannot be restored to the sharded cluster %1.</source>
        <translation>Il s&apos;agit du snapshot d&apos;un replica set&#xa0;; il ne peut pas être restauré vers le cluster shardé %1.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot has %n shard(s) but the target cluster %1 has %2; a sharded snapshot can only be restored to a cluster with the same number of shards.</source>
        <translation>
            <numerusform>Le snapshot compte %n shard, mais le cluster cible %1 en compte %2&#xa0;; un snapshot shardé ne peut être restauré que vers un cluster ayant le même nombre de shards.</numerusform>
            <numerusform>Le snapshot compte %n shards, mais le cluster cible %1 en compte %2&#xa0;; un snapshot shardé ne peut être restauré que vers un cluster ayant le même nombre de shards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards were added to or removed from %1 on %2; backups from before that change cannot be restored back into it. Restore into another cluster with the old shard count instead.</source>
        <translation>Des shards ont été ajoutés à %1 ou retirés de celui-ci le %2&#xa0;; les sauvegardes antérieures à ce changement ne peuvent pas y être restaurées. Restaurez plutôt vers un autre cluster ayant l&apos;ancien nombre de shards.</translation>
    </message>
    <message>
        <source>%1 is a free M0 cluster, and Atlas cannot restore backups into M0 clusters; choose an M2 or larger cluster.</source>
        <translation>%1 est un cluster M0 gratuit, et Atlas ne peut pas restaurer de sauvegardes vers des clusters M0&#xa0;; choisissez un cluster M2 ou supérieur.</translation>
    </message>
    <message>
        <source>%1 is a serverless instance, which can only receive snapshots of serverless instances, not of dedicated, shared or Cloud Manager clusters.</source>
        <translation>%1 est une instance serverless, qui ne peut recevoir que des snapshots d&apos;instances serverless, et non de clusters dédiés, partagés ou Cloud Manager.</translation>
    </message>
    <message>
        <source>Snapshots of a serverless instance can be restored only to serverless instances or dedicated clusters; %1 is %2.</source>
        <translation>Les snapshots d&apos;une instance serverless ne peuvent être restaurés que vers des instances serverless ou des clusters dédiés&#xa0;; %1 est %2.</translation>
    </message>
    <message>
        <source>%1 is a Flex cluster, which can receive only snapshots of Flex clusters; restore this backup to an M10 or larger cluster instead.</source>
        <translation>%1 est un cluster Flex, qui ne peut recevoir que des snapshots de clusters Flex&#xa0;; restaurez plutôt cette sauvegarde vers un cluster M10 ou supérieur.</translation>
    </message>
    <message>
        <source>Snapshots of M2/M5 and Flex clusters cannot be restored to a cluster that uses encryption at rest, and %1 uses %2 key management.</source>
        <translation>Les snapshots de clusters M2/M5 et Flex ne peuvent pas être restaurés vers un cluster qui utilise le chiffrement au repos, et %1 utilise la gestion de clés %2.</translation>
    </message>
    <message>
        <source>The snapshot is encrypted with a customer key in %1; the target cluster must use the same encryption at rest provider, but %2 uses %3.</source>
        <translation>Le snapshot est chiffré avec une clé client dans %1&#xa0;; le cluster cible doit utiliser le même fournisseur de chiffrement au repos, mais %2 utilise %3.</translation>
    </message>
</context>
<context>
    <name>TransportText</name>
    <message>
        <source>Cancelled while trying to %1.</source>
        <translation>Annulé alors que Snapline cherchait à %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time while trying to %2.</source>
        <translation>%1 n&apos;a pas répondu à temps alors que Snapline cherchait à %2.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2: %3.</source>
        <translation>Impossible de joindre %1 pour %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 presented a certificate with SHA-256 fingerprint %2, but this profile trusts only %3; nothing was sent.</source>
        <translation>%1 a présenté un certificat d&apos;empreinte SHA-256 %2, mais ce profil ne fait confiance qu&apos;à %3&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2); nothing was sent.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé (%2)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while trying to %2: %3.</source>
        <translation>La connexion à %1 a été interrompue alors que Snapline cherchait à %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>--lang needs a language: one of %1.</source>
        <translation>--lang attend une langue&#xa0;: l&apos;une de %1.</translation>
    </message>
    <message>
        <source>Snapline is not translated into &quot;%1&quot;; it speaks English. Languages: %2.</source>
        <translation>Snapline n&apos;est pas traduit en «&#xa0;%1&#xa0;»&#xa0;; il parle anglais. Langues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this installation; Snapline speaks English.</source>
        <translation>La traduction %1 manque dans cette installation&#xa0;; Snapline parle anglais.</translation>
    </message>
</context>
<context>
    <name>VerdictFormat</name>
    <message>
        <source>ALLOWED: %1</source>
        <translation>AUTORISÉ&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>REFUSED: %1 (%n reason(s))</source>
        <translation>
            <numerusform>REFUSÉ&#xa0;: %1 (%n motif)</numerusform>
            <numerusform>REFUSÉ&#xa0;: %1 (%n motifs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionRules</name>
    <message>
        <source>The backup&apos;s MongoDB version %1 is not a release Atlas runs, so its restore targets cannot be determined.</source>
        <translation>La version MongoDB %1 de la sauvegarde n&apos;est pas une version exécutée par Atlas, ses cibles de restauration ne peuvent donc pas être déterminées.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>The target cluster&apos;s MongoDB version %1 is not a release Atlas runs.</source>
        <translation>La version MongoDB %1 du cluster cible n&apos;est pas une version exécutée par Atlas.</translation>
    </message>
    <message>
        <source>A snapshot of an M2/M5 or Flex cluster can only be restored to a cluster on the same major release (%1); the target runs %2.</source>
        <translation>Un snapshot d&apos;un cluster M2/M5 ou Flex ne peut être restauré que vers un cluster de la même version majeure (%1)&#xa0;; la cible exécute %2.</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas does not restore to older versions.</source>
        <translation>Le snapshot a été pris sous MongoDB %1 et la cible exécute la version plus ancienne %2&#xa0;; Atlas ne restaure pas vers des versions plus anciennes.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s cluster had its feature compatibility version pinned to %1, so it can only be restored to a cluster on MongoDB %2; the target runs %3.</source>
        <translation>La version de compatibilité des fonctionnalités (FCV) du cluster du snapshot était fixée à %1, il ne peut donc être restauré que vers un cluster sous MongoDB %2&#xa0;; la cible exécute %3.</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never restores to an older major release.</source>
        <translation>Le snapshot a été pris sous MongoDB %1 et la cible exécute la version plus ancienne %2&#xa0;; Atlas ne restaure jamais vers une version majeure plus ancienne.</translation>
    </message>
    <message>
        <source>The snapshot was taken on the rapid release %1 and the target runs %2, which is older; restore to %1 or later, or to the next major release.</source>
        <translation>Le snapshot a été pris sous la version rapide %1 et la cible exécute %2, qui est plus ancienne&#xa0;; restaurez vers %1 ou une version ultérieure, ou vers la version majeure suivante.</translation>
    </message>
    <message>
        <source>A %1 backup can only be restored to the same or the next major release (%2); the target runs %3. Restore it to a %2 cluster first, then upgrade that cluster.</source>
        <translation>Une sauvegarde %1 ne peut être restaurée que vers la même version majeure ou la suivante (%2)&#xa0;; la cible exécute %3. Restaurez-la d&apos;abord vers un cluster %2, puis mettez ce cluster à niveau.</translation>
    </message>
    <message>
        <source>The snapshot was taken on the rapid release %1 and the target runs %2, which is older; restore to %1 or later.</source>
        <translation>Le snapshot a été pris sous la version rapide %1 et la cible exécute %2, qui est plus ancienne&#xa0;; restaurez vers %1 ou une version ultérieure.</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never restores to older versions.</source>
        <translation>Le snapshot a été pris sous MongoDB %1 et la cible exécute la version plus ancienne %2&#xa0;; Atlas ne restaure jamais vers des versions plus anciennes.</translation>
    </message>
    <message>
        <source>An M2/M5 or Flex cluster on MongoDB %1 accepts snapshots of the latest major releases only (%2 or newer); this snapshot was taken on %3.</source>
        <translation>Un cluster M2/M5 ou Flex sous MongoDB %1 n&apos;accepte que les snapshots des dernières versions majeures (%2 ou plus récente)&#xa0;; ce snapshot a été pris sous %3.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 is not a readable zip archive: %2</source>
        <translation>%1 n&apos;est pas une archive zip lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>no end of central directory</source>
        <translation>pas de fin de répertoire central</translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation>le répertoire central se trouve hors du fichier</translation>
    </message>
    <message>
        <source>a damaged central directory</source>
        <translation>un répertoire central endommagé</translation>
    </message>
    <message>
        <source>a damaged entry %1</source>
        <translation>une entrée %1 endommagée</translation>
    </message>
    <message>
        <source>entry %1 uses compression method %2</source>
        <translation>l&apos;entrée %1 utilise la méthode de compression %2</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>le décompresseur n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>entry %1 is damaged</source>
        <translation>l&apos;entrée %1 est endommagée</translation>
    </message>
    <message>
        <source>entry %1 does not match its checksum</source>
        <translation>l&apos;entrée %1 ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>no entry %1</source>
        <translation>aucune entrée %1</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>L&apos;archive n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The archive grew past 4 GiB, which a zip file without Zip64 cannot hold; write a folder instead.</source>
        <translation>L&apos;archive a dépassé 4 GiB, ce qu&apos;un fichier zip sans Zip64 ne peut pas contenir&#xa0;; écrivez plutôt un dossier.</translation>
    </message>
    <message>
        <source>Too many files for a zip archive.</source>
        <translation>Trop de fichiers pour une archive zip.</translation>
    </message>
    <message>
        <source>The compressor could not start.</source>
        <translation>Le compresseur n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The compressor failed.</source>
        <translation>Le compresseur a échoué.</translation>
    </message>
    <message>
        <source>No archive entry is open.</source>
        <translation>Aucune entrée d&apos;archive n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>A file grew past 4 GiB, which a zip file without Zip64 cannot hold; write a folder instead.</source>
        <translation>Un fichier a dépassé 4 GiB, ce qu&apos;un fichier zip sans Zip64 ne peut pas contenir&#xa0;; écrivez plutôt un dossier.</translation>
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
        <translation>Utilisation&#xa0;: snapline [--profile NAME] [--lang LANG] [COMMAND]

Sans commande, ouvre la console Snapline sur le profil NAME (par défaut&#xa0;: le dernier
affiché, ou le bac à sable intégré)&#xa0;; si une console l&apos;affiche déjà, sa fenêtre passe
au premier plan.

Commandes&#xa0;:
  preflight --profile NAME --project ID --cluster NAME
            (--snapshot ID | --at UTC | --oplog TS:INC)
            (--target-project ID --target-cluster NAME | --delivery download)
            [--output text|json] [--offline]
            vérifie une restauration au regard de toutes les règles Atlas avec des faits tout juste
            obtenus d&apos;Atlas (ou du catalogue, hors ligne) et affiche le verdict et la requête exacte
  preflight --facts FILE.json [--output json|text]
            vérifie une action de sauvegarde ou de restauration proposée, décrite dans un fichier
  restore   (mêmes arguments que preflight) --confirm NAME [--wait]
            envoie la restauration après un verdict «&#xa0;autorisé&#xa0;»&#xa0;; NAME est le cluster cible (le
            cluster source pour un téléchargement)&#xa0;; --wait suit la tâche jusqu&apos;à son terme
  sync --profile NAME [--project ID] [--full] [--output json|text]
            met à jour le catalogue d&apos;un profil à partir d&apos;Atlas (NAME&#xa0;: un profil, &quot;Local sandbox&quot; ou env)
  profile list | add … | import-atlascli [--file PATH] | remove NAME
            gère les profils de connexion&#xa0;; les secrets sont stockés dans le trousseau système
  report --profile NAME --kind coverage|posture|compliance|restores|storage
         [--scope org:ID|project:ID|cluster:PROJECT_ID/NAME] --from DATE [--to DATE]
         --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
            écrit un rapport de sauvegarde à partir du catalogue du profil, avec un manifeste (et une
            signature)&#xa0;; sans affichage. Codes de sortie&#xa0;: 0 écrit, 1 échec, 2 arguments incorrects
  report verify PATH [--key-fingerprint FP]
            vérifie un rapport par rapport à son manifeste et à sa signature et indique ce qui a changé.
            Codes de sortie&#xa0;: 0 intact, 5 modifié, 1 aucun manifeste, 2 arguments incorrects

Codes de sortie de preflight et restore&#xa0;: 0 autorisé ou effectué (restauration terminée, ou acceptée
  sans --wait), 1 échec (Atlas injoignable ou qui refuse, envoi incertain, catalogue),
  2 arguments incorrects (rien n&apos;a été envoyé), 3 refusé par le planificateur (rien n&apos;a été envoyé),
  4 la restauration a été exécutée et a échoué, a été annulée ou a expiré, 130 interrompu (Ctrl+C).
  Voir docs/preflight.md.

Options&#xa0;:
  --lang LANG  parle LANG (de, en, fr, ja) au lieu de la langue du système
  --version    affiche la version
  --help       affiche cette aide
</translation>
    </message>
    <message>
        <source>Snapline already shows this profile; its window was brought to the front.</source>
        <translation>Snapline affiche déjà ce profil&#xa0;; sa fenêtre est passée au premier plan.</translation>
    </message>
    <message>
        <source>Another Snapline window shows the profile &quot;%1&quot; too.</source>
        <translation>Une autre fenêtre Snapline affiche aussi le profil «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>snapline::ActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>snapline::ActionGate</name>
    <message>
        <source>This action is not available here.</source>
        <translation>Cette action n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Why “%1” is not available</source>
        <translation>Pourquoi «&#xa0;%1&#xa0;» n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>snapline::AtlasCliImportDialog</name>
    <message>
        <source>Import Profiles from the Atlas CLI</source>
        <translation>Importer des profils depuis l&apos;Atlas CLI</translation>
    </message>
    <message>
        <source>Atlas CLI configuration file</source>
        <translation>Fichier de configuration de l&apos;Atlas CLI</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>Profils trouvés</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Configuration file:</source>
        <translation>Fichier de &amp;configuration&#xa0;:</translation>
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
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; celui-ci est importé sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The file holds no secret for it: add it with Edit… after importing.</source>
        <translation>Le fichier ne contient aucun secret pour ce profil&#xa0;: ajoutez-le avec Modifier… après l&apos;import.</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>sans identifiants</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
        <source> (cannot be imported)</source>
        <translation> (ne peut pas être importé)</translation>
    </message>
    <message>
        <source>The file holds no profiles.</source>
        <translation>Le fichier ne contient aucun profil.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) found. Choose the ones to import.</source>
        <translation>
            <numerusform>%n profil trouvé. Choisissez les profils à importer.</numerusform>
            <numerusform>%n profils trouvés. Choisissez les profils à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Atlas CLI Configuration</source>
        <translation>Choisir la configuration de l&apos;Atlas CLI</translation>
    </message>
    <message>
        <source>TOML files (*.toml);;All files (*)</source>
        <translation>Fichiers TOML (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importé)</translation>
    </message>
    <message>
        <source>%1 was imported, but its secret could not be stored: %2</source>
        <translation>%1 a été importé, mais son secret n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>snapline::BackupEventModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>snapline::ChangeRetentionDialog</name>
    <message>
        <source>Change How Long a Snapshot Is Kept</source>
        <translation>Modifier la durée de conservation d&apos;un snapshot</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 of %2, taken %3, is kept %n day(s), until %4.</source>
        <translation>
            <numerusform>Le snapshot %1 de %2, pris le %3, est conservé %n jour, jusqu&apos;au %4.</numerusform>
            <numerusform>Le snapshot %1 de %2, pris le %3, est conservé %n jours, jusqu&apos;au %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep for (days from when it was taken)</source>
        <translation>Conserver pendant (jours à compter de sa prise)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Conserver pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>snapline::ChartsPanel</name>
    <message>
        <source>Backup history charts</source>
        <translation>Graphiques de l&apos;historique des sauvegardes</translation>
    </message>
    <message>
        <source>Chart the backup history of cluster %1</source>
        <translation>Graphiques de l&apos;historique des sauvegardes du cluster %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Project %1 — all clusters</source>
        <translation>Projet %1 — tous les clusters</translation>
    </message>
    <message>
        <source>Reading the backup history…</source>
        <translation>Lecture de l&apos;historique des sauvegardes…</translation>
    </message>
    <message>
        <source>The backup history could not be read: %1</source>
        <translation>L&apos;historique des sauvegardes n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterActions</name>
    <message>
        <source>R&amp;estore…</source>
        <translation>R&amp;estaurer…</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Prendre un snapshot…</translation>
    </message>
    <message>
        <source>Change &amp;Retention…</source>
        <translation>Modifier la &amp;rétention…</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>&amp;Supprimer le snapshot…</translation>
    </message>
    <message>
        <source>Edit Backup &amp;Policy…</source>
        <translation>Modifier la s&amp;tratégie de sauvegarde…</translation>
    </message>
    <message>
        <source>Turn Off Point-in-Time Restore…</source>
        <translation>Désactiver la restauration à un instant donné…</translation>
    </message>
    <message>
        <source>Turn Off Cloud Backup…</source>
        <translation>Désactiver Cloud Backup…</translation>
    </message>
    <message>
        <source>Show &amp;Compliance Policy…</source>
        <translation>Afficher la Backup &amp;Compliance Policy…</translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>Choisissez d&apos;abord un cluster.</translation>
    </message>
    <message>
        <source>Restore %1 from a snapshot or a point in time, into a cluster or as a download</source>
        <translation>Restaurer %1 à partir d&apos;un snapshot ou d&apos;un instant donné, vers un cluster ou sous forme de téléchargement</translation>
    </message>
    <message>
        <source>Take an on-demand snapshot of %1</source>
        <translation>Prendre un snapshot à la demande de %1</translation>
    </message>
    <message>
        <source>Change how long snapshot %1 is kept</source>
        <translation>Modifier la durée de conservation du snapshot %1</translation>
    </message>
    <message>
        <source>Delete snapshot %1</source>
        <translation>Supprimer le snapshot %1</translation>
    </message>
    <message>
        <source>Edit the backup schedule of %1</source>
        <translation>Modifier la planification des sauvegardes de %1</translation>
    </message>
    <message>
        <source>Turn On Point-in-Time Restore…</source>
        <translation>Activer la restauration à un instant donné…</translation>
    </message>
    <message>
        <source>Stop continuous backup of %1</source>
        <translation>Arrêter la sauvegarde continue de %1</translation>
    </message>
    <message>
        <source>Let %1 be restored to any moment in its restore window</source>
        <translation>Permettre de restaurer %1 à n&apos;importe quel moment de sa fenêtre de restauration</translation>
    </message>
    <message>
        <source>Turn On Cloud Backup…</source>
        <translation>Activer Cloud Backup…</translation>
    </message>
    <message>
        <source>Stop backing up %1</source>
        <translation>Arrêter la sauvegarde de %1</translation>
    </message>
    <message>
        <source>Back up %1 on its backup policy</source>
        <translation>Sauvegarder %1 selon sa stratégie de sauvegarde</translation>
    </message>
    <message>
        <source>Show everything the project&apos;s Backup Compliance Policy locks</source>
        <translation>Afficher tout ce que verrouille la Backup Compliance Policy du projet</translation>
    </message>
    <message>
        <source>Why “%1” is not available</source>
        <translation>Pourquoi «&#xa0;%1&#xa0;» n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2, taken %3?</source>
        <translation>Supprimer le snapshot %1 de %2, pris le %3&#xa0;?</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Supprimer le snapshot</translation>
    </message>
    <message>
        <source>Turn off Cloud Backup on %1?</source>
        <translation>Désactiver Cloud Backup sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Turn on Cloud Backup on %1?</source>
        <translation>Activer Cloud Backup sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Atlas starts taking snapshots of %1 on its backup policy; they are billed as backup storage.</source>
        <translation>Atlas commence à prendre des snapshots de %1 selon sa stratégie de sauvegarde&#xa0;; ils sont facturés comme stockage de sauvegarde.</translation>
    </message>
    <message>
        <source>Turn off point-in-time restore on %1?</source>
        <translation>Désactiver la restauration à un instant donné sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Turn on point-in-time restore on %1?</source>
        <translation>Activer la restauration à un instant donné sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Atlas keeps the oplog of %1 so it can be restored to any moment of its restore window, from now on; the time it was off stays a gap. Continuous backup costs extra storage.</source>
        <translation>Atlas conserve désormais l&apos;oplog de %1 afin de pouvoir le restaurer à n&apos;importe quel moment de sa fenêtre de restauration&#xa0;; la période pendant laquelle elle était désactivée reste une interruption. La sauvegarde continue entraîne un coût de stockage supplémentaire.</translation>
    </message>
    <message>
        <source>Backup Compliance Policy of %1</source>
        <translation>Backup Compliance Policy de %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 has no completed snapshot to restore yet.</source>
        <translation>%1 n&apos;a pas encore de snapshot terminé à restaurer.</translation>
    </message>
    <message>
        <source>Cloud Backup is off on %1 and the catalog holds no completed snapshot of it.</source>
        <translation>Cloud Backup est désactivé sur %1 et le catalogue ne contient aucun snapshot terminé de ce cluster.</translation>
    </message>
    <message>
        <source>Why snapshot %1 cannot be restored</source>
        <translation>Pourquoi le snapshot %1 ne peut pas être restauré</translation>
    </message>
    <message>
        <source>&amp;Restore This Snapshot…</source>
        <translation>&amp;Restaurer ce snapshot…</translation>
    </message>
    <message>
        <source>Open the restore wizard with snapshot %1</source>
        <translation>Ouvrir l&apos;assistant de restauration avec le snapshot %1</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterDetailJob</name>
    <message>
        <source>Read cluster %1</source>
        <translation>Lire le cluster %1</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterPage</name>
    <message>
        <source>Cluster actions</source>
        <translation>Actions sur le cluster</translation>
    </message>
    <message>
        <source>&amp;Snapshots</source>
        <translation>&amp;Snapshots</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>S&amp;tratégie</translation>
    </message>
    <message>
        <source>Restore jobs of this cluster</source>
        <translation>Tâches de restauration de ce cluster</translation>
    </message>
    <message>
        <source>&amp;Restores</source>
        <translation>&amp;Restaurations</translation>
    </message>
    <message>
        <source>Recent backup events</source>
        <translation>Événements de sauvegarde récents</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Search snapshots</source>
        <translation>Rechercher des snapshots</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Every frequency</source>
        <translation>Toutes les fréquences</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>De secours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Snapshots of this cluster</source>
        <translation>Snapshots de ce cluster</translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation>Stratégie de sauvegarde</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Reading the catalog…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Lecture du catalogue…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>sharded, %n shard(s)</source>
        <translation>
            <numerusform>shardé, %n shard</numerusform>
            <numerusform>shardé, %n shards</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>replica set</translation>
    </message>
    <message>
        <source>MongoDB %1</source>
        <translation>MongoDB %1</translation>
    </message>
    <message>
        <source> (FCV pinned to %1)</source>
        <translation> (FCV fixée à %1)</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>sauvegarde&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>point in time: %n day(s) window</source>
        <translation>
            <numerusform>restauration PIT&#xa0;: fenêtre de %n jour</numerusform>
            <numerusform>restauration PIT&#xa0;: fenêtre de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Locked:&lt;/b&gt; the project&apos;s Backup Compliance Policy applies — see the Policy tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verrouillé&#xa0;:&lt;/b&gt; la Backup Compliance Policy du projet s&apos;applique — voir l&apos;onglet Stratégie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Synced %1.</source>
        <translation>Dernière synchronisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;%3&lt;p&gt;&lt;small&gt;%4 %5&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;%3&lt;p&gt;&lt;small&gt;%4 %5&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in the catalog.</source>
        <translation>
            <numerusform>%n snapshot dans le catalogue.</numerusform>
            <numerusform>%n snapshots dans le catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No backup policy is cached for this cluster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune stratégie de sauvegarde n&apos;est en cache pour ce cluster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backup policy&lt;/h3&gt;&lt;p&gt;Snapshots are taken from %1 UTC.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stratégie de sauvegarde&lt;/h3&gt;&lt;p&gt;Les snapshots sont pris à partir de %1 UTC.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Point-in-time restore window: %n day(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Fenêtre de restauration à un instant donné&#xa0;: %n jour.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Fenêtre de restauration à un instant donné&#xa0;: %n jours.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Point in time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Instant donné&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Restore to this moment…</source>
        <translation>Restaurer à cet instant…</translation>
    </message>
    <message>
        <source>Restore to this moment</source>
        <translation>Restaurer à cet instant</translation>
    </message>
    <message>
        <source>The moment chosen before, %1, can no longer be restored: %2</source>
        <translation>L&apos;instant choisi précédemment, %1, ne peut plus être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open the restore wizard for %1</source>
        <translation>Ouvrir l&apos;assistant de restauration pour %1</translation>
    </message>
    <message>
        <source>Choose a moment first: click the point-in-time band of the timeline, or enter one</source>
        <translation>Choisissez d&apos;abord un instant&#xa0;: cliquez sur la bande PIT de la chronologie, ou saisissez-en un</translation>
    </message>
    <message>
        <source>More cluster actions</source>
        <translation>Autres actions du cluster</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>Détails du cluster</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorisée par</translation>
    </message>
    <message>
        <source>Minimum policy items</source>
        <translation>Éléments de stratégie minimaux</translation>
    </message>
    <message>
        <source>What it locks</source>
        <translation>Ce qu&apos;elle verrouille</translation>
    </message>
    <message>
        <source>What the policy locks</source>
        <translation>Ce que verrouille la Backup Compliance Policy</translation>
    </message>
    <message>
        <source>Every cluster&apos;s backup policy keeps at least:</source>
        <translation>La stratégie de sauvegarde de chaque cluster conserve au moins&#xa0;:</translation>
    </message>
    <message>
        <source>While the policy is in force, no one, whatever their role, can get around these:</source>
        <translation>Tant que la Backup Compliance Policy est en vigueur, personne, quel que soit son rôle, ne peut contourner ces règles&#xa0;:</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Ce projet</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>This project has no Backup Compliance Policy</source>
        <translation>Ce projet n&apos;a pas de Backup Compliance Policy</translation>
    </message>
    <message>
        <source>%1 is under a Backup Compliance Policy</source>
        <translation>%1 est soumis à une Backup Compliance Policy</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>on-demand snapshots kept %1</source>
        <translation>snapshots à la demande conservés %1</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleLauncher</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>No secret is stored for this profile in %1. Edit the profile to enter it.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil dans %1. Modifiez le profil pour le saisir.</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleSession</name>
    <message numerus="yes">
        <source>Synced %n project(s)</source>
        <translation>
            <numerusform>%n projet synchronisé</numerusform>
            <numerusform>%n projets synchronisés</numerusform>
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
            <numerusform>%n snapshot lu</numerusform>
            <numerusform>%n snapshots lus</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s</source>
        <translation> en %1 s</translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s): </source>
        <translation>
            <numerusform> — %n avertissement&#xa0;: </numerusform>
            <numerusform> — %n avertissements&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Le catalogue n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading roles</source>
        <translation>Lecture des rôles</translation>
    </message>
    <message>
        <source>The roles of these credentials could not be read (%1); actions stay disabled until they are.</source>
        <translation>Les rôles de ces identifiants n&apos;ont pas pu être lus (%1)&#xa0;; les actions restent désactivées jusqu&apos;à ce qu&apos;ils le soient.</translation>
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
        <translation>Âge de la synchronisation</translation>
    </message>
    <message>
        <source>API request budget</source>
        <translation>Budget de requêtes API</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>API budget %1/%2</source>
        <translation>Budget API %1/%2</translation>
    </message>
    <message>
        <source> (Atlas: %1 left)</source>
        <translation> (Atlas&#xa0;: encore %1)</translation>
    </message>
    <message>
        <source>Requests Snapline may send to %1 right now: %2 of %3. Answers refused with 429 so far: %4.</source>
        <translation>Requêtes que Snapline peut envoyer à %1 en ce moment&#xa0;: %2 sur %3. Réponses refusées avec 429 jusqu&apos;ici&#xa0;: %4.</translation>
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
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauration annulée</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Restore not sent</source>
        <translation>Restauration non envoyée</translation>
    </message>
</context>
<context>
    <name>snapline::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pér&amp;iode&#xa0;:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML, one self-contained file</source>
        <translation>HTML, un seul fichier autonome</translation>
    </message>
    <message>
        <source>CSV, one file per table (in a .zip or a folder)</source>
        <translation>CSV, un fichier par tableau (dans un .zip ou un dossier)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>Sign the manifest with Snapline&apos;s key</source>
        <translation>Signer le manifeste avec la clé de Snapline</translation>
    </message>
    <message>
        <source>An Ed25519 signature of the manifest of SHA-256 hashes, with a key Snapline makes on first use and keeps in %1. It signs evidence only; it grants no access to Atlas.</source>
        <translation>Une signature Ed25519 du manifeste des empreintes SHA-256, avec une clé que Snapline crée à la première utilisation et conserve dans %1. Elle ne signe que des éléments de preuve&#xa0;; elle ne donne aucun accès à Atlas.</translation>
    </message>
    <message>
        <source>The report file. For CSV: a .zip, or a name without an extension for a folder of files. Its manifest is written beside it.</source>
        <translation>Le fichier du rapport. Pour CSV&#xa0;: un .zip, ou un nom sans extension pour un dossier de fichiers. Son manifeste est écrit à côté.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>There is nothing to report on yet: open a profile and let it sync.</source>
        <translation>Il n&apos;y a encore rien sur quoi établir un rapport&#xa0;: ouvrez un profil et laissez-le se synchroniser.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the report a file name.</source>
        <translation>%1 est un dossier&#xa0;: donnez un nom de fichier au rapport.</translation>
    </message>
    <message>
        <source>No catalog to preview.</source>
        <translation>Aucun catalogue à prévisualiser.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV files (*.zip);;CSV folders (*)</source>
        <translation>Archives ZIP de fichiers CSV (*.zip);;Dossiers CSV (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the Report As</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new report?</source>
        <translation>%1 existe. Le remplacer par le nouveau rapport&#xa0;?</translation>
    </message>
</context>
<context>
    <name>snapline::InventoryJob</name>
    <message>
        <source>Read the catalog</source>
        <translation>Lire le catalogue</translation>
    </message>
</context>
<context>
    <name>snapline::JobListModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
</context>
<context>
    <name>snapline::JobsPanel</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Jobs of this session</source>
        <translation>Tâches de cette session</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Annuler la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Stop the selected job. A request already sent to Atlas is not taken back.</source>
        <translation>Arrêter la tâche sélectionnée. Une requête déjà envoyée à Atlas n&apos;est pas retirée.</translation>
    </message>
    <message>
        <source>Clear finished jobs</source>
        <translation>Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>Ask Atlas to cancel this restore. Atlas cannot cancel the restore of a sharded cluster, and says so.</source>
        <translation>Demander à Atlas d&apos;annuler cette restauration. Atlas ne peut pas annuler la restauration d&apos;un cluster shardé, et l&apos;indique.</translation>
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
        <translation>Snapline — sauvegardes MongoDB Atlas.
Choisissez un profil pour afficher ses organisations.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Sync what is selected with Atlas (F5)</source>
        <translation>Synchroniser la sélection avec Atlas (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>A&amp;juster la chronologie</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Snapline</source>
        <translation>À &amp;propos de Snapline</translation>
    </message>
    <message>
        <source>Reading the organization from Atlas…</source>
        <translation>Lecture de l&apos;organisation depuis Atlas…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Profile: %1 — opening</source>
        <translation>Profil&#xa0;: %1 — ouverture</translation>
    </message>
    <message>
        <source>%1 is running at %2.
Certificate SHA-256: %3</source>
        <translation>%1 s&apos;exécute sur %2.
Certificat SHA-256&#xa0;: %3</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation>Profil&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Profile: %1 — not available</source>
        <translation>Profil&#xa0;: %1 — non disponible</translation>
    </message>
    <message>
        <source>%1: %2 of %3 clusters</source>
        <translation>%1&#xa0;: %2 clusters sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Synced %1 projects, %2 clusters and %3 snapshots into the catalog in %4 s.</source>
        <translation>%1 projets, %2 clusters et %3 snapshots synchronisés dans le catalogue en %4 s.</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>La synchronisation s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>About Snapline</source>
        <translation>À propos de Snapline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapline %1&lt;/b&gt;&lt;p&gt;A desktop console for MongoDB Atlas cloud backups: see, protect and restore them, with every Atlas rule checked before a request is sent.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Snapline %1&lt;/b&gt;&lt;p&gt;Une console de bureau pour les sauvegardes cloud de MongoDB Atlas&#xa0;: consultez-les, protégez-les et restaurez-les, chaque règle Atlas étant vérifiée avant l&apos;envoi d&apos;une requête.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>snapline::NavigatorPanel</name>
    <message>
        <source>Find a project or cluster (Ctrl+F)</source>
        <translation>Rechercher un projet ou un cluster (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the navigator</source>
        <translation>Rechercher dans le navigateur</translation>
    </message>
    <message>
        <source>Organizations, projects and clusters</source>
        <translation>Organisations, projets et clusters</translation>
    </message>
</context>
<context>
    <name>snapline::PitCursorOverlay</name>
    <message>
        <source>no point in time chosen; click the point-in-time band to choose one</source>
        <translation>aucun instant choisi&#xa0;; cliquez sur la bande PIT pour en choisir un</translation>
    </message>
    <message>
        <source>point in time chosen: %1</source>
        <translation>instant choisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>, oplog increment %1</source>
        <translation>, incrément d&apos;oplog %1</translation>
    </message>
</context>
<context>
    <name>snapline::PointInTimeEditor</name>
    <message>
        <source>&amp;UTC:</source>
        <translation>&amp;UTC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Oplog timestamp:</source>
        <translation>Horodatage d&apos;&amp;oplog&#xa0;:</translation>
    </message>
    <message>
        <source>Point in time, UTC</source>
        <translation>Instant donné, UTC</translation>
    </message>
    <message>
        <source>Point in time, local time</source>
        <translation>Instant donné, heure locale</translation>
    </message>
    <message>
        <source>Point in time as an oplog timestamp</source>
        <translation>Instant donné sous forme d&apos;horodatage d&apos;oplog</translation>
    </message>
    <message>
        <source>Seconds since 1970 and the oplog increment, such as 1763647387:1</source>
        <translation>Secondes depuis 1970 et incrément d&apos;oplog, par exemple 1763647387:1</translation>
    </message>
    <message>
        <source>seconds:increment</source>
        <translation>secondes:incrément</translation>
    </message>
    <message>
        <source>Why the point in time was moved</source>
        <translation>Pourquoi l&apos;instant a été déplacé</translation>
    </message>
    <message>
        <source>Arrows and the wheel step the chosen moment, skipping what cannot be restored</source>
        <translation>Les flèches et la molette déplacent l&apos;instant choisi, en sautant ce qui ne peut pas être restauré</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Heure locale&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>snapline::PolicyEditorDialog</name>
    <message>
        <source>Reference hour (UTC)</source>
        <translation>Heure de référence (UTC)</translation>
    </message>
    <message>
        <source>Reference minute</source>
        <translation>Minute de référence</translation>
    </message>
    <message>
        <source>Point-in-time restore window in days</source>
        <translation>Fenêtre de restauration à un instant donné, en jours</translation>
    </message>
    <message>
        <source>Apply retention changes to &amp;existing snapshots</source>
        <translation>Appliquer les modifications de rétention aux snapshots &amp;existants</translation>
    </message>
    <message>
        <source>Changes against the current policy</source>
        <translation>Modifications par rapport à la stratégie actuelle</translation>
    </message>
    <message>
        <source>Snapshots and storage this policy keeps</source>
        <translation>Snapshots et stockage conservés par cette stratégie</translation>
    </message>
    <message>
        <source>Backup Policy of %1</source>
        <translation>Stratégie de sauvegarde de %1</translation>
    </message>
    <message>
        <source>Apply retention changes to existing snapshots</source>
        <translation>Appliquer les modifications de rétention aux snapshots existants</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How far back %1 can be restored to any moment</source>
        <translation>Période sur laquelle %1 peut être restauré à n&apos;importe quel instant</translation>
    </message>
    <message>
        <source>Point-in-time restore is off on %1</source>
        <translation>La restauration à un instant donné est désactivée sur %1</translation>
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
        <translation>&amp;Heure de référence&#xa0;:</translation>
    </message>
    <message>
        <source>Restore &amp;window:</source>
        <translation>&amp;Fenêtre de restauration&#xa0;:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What it keeps</source>
        <translation>Ce qu&apos;elle conserve</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Enregistrer la stratégie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n snapshot(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n snapshot</numerusform>
            <numerusform>%1&#xa0;: %n snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::PolicyItemsEditor</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Ajouter un élément</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>&amp;Supprimer l&apos;élément</translation>
    </message>
    <message>
        <source>Backup policy items</source>
        <translation>Éléments de la stratégie de sauvegarde</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Add a policy item</source>
        <translation>Ajouter un élément de stratégie</translation>
    </message>
    <message>
        <source>Remove the selected policy item</source>
        <translation>Supprimer l&apos;élément de stratégie sélectionné</translation>
    </message>
    <message>
        <source>Hours between snapshots: 1, 2, 4, 6, 8 or 12</source>
        <translation>Heures entre les snapshots&#xa0;: 1, 2, 4, 6, 8 ou 12</translation>
    </message>
    <message>
        <source>Daily items use 1</source>
        <translation>Les éléments quotidiens utilisent 1</translation>
    </message>
    <message>
        <source>Day of the week: 1 = Monday … 7 = Sunday</source>
        <translation>Jour de la semaine&#xa0;: 1 = lundi … 7 = dimanche</translation>
    </message>
    <message>
        <source>Day of the month: 1–28, or 40 for the last day</source>
        <translation>Jour du mois&#xa0;: 1–28, ou 40 pour le dernier jour</translation>
    </message>
    <message>
        <source>Month: 1 = January … 12 = December</source>
        <translation>Mois&#xa0;: 1 = janvier … 12 = décembre</translation>
    </message>
    <message>
        <source>Frequency of item %1</source>
        <translation>Fréquence de l&apos;élément %1</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>When item %1 runs</source>
        <translation>Quand l&apos;élément %1 s&apos;exécute</translation>
    </message>
    <message>
        <source>How long item %1 keeps its snapshots</source>
        <translation>Durée de conservation des snapshots de l&apos;élément %1</translation>
    </message>
    <message>
        <source>Retention unit of item %1</source>
        <translation>Unité de rétention de l&apos;élément %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
</context>
<context>
    <name>snapline::PostureModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The compliance policy requires %1.</source>
        <translation>La Backup Compliance Policy exige&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Restauration PIT</translation>
    </message>
    <message>
        <source>Last snapshot</source>
        <translation>Dernier snapshot</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>Prochain snapshot</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Taille totale</translation>
    </message>
    <message>
        <source>Policy vs compliance</source>
        <translation>Stratégie / conformité</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>snapline::PosturePage</name>
    <message>
        <source>Only clusters with warnings</source>
        <translation>Uniquement les clusters avec avertissements</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>Filtrer les clusters</translation>
    </message>
    <message>
        <source>Filter the posture grid</source>
        <translation>Filtrer la grille d&apos;état des sauvegardes</translation>
    </message>
    <message>
        <source>Backup posture of every cluster</source>
        <translation>État des sauvegardes de chaque cluster</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — backup posture of %n cluster(s)</source>
        <translation>
            <numerusform>%1 — état des sauvegardes de %n cluster</numerusform>
            <numerusform>%1 — état des sauvegardes de %n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per cluster: its backup, point-in-time window, last and next snapshot, snapshot count and size, policy against the compliance minimum, copies and warnings. Enter opens the cluster.</source>
        <translation>Une ligne par cluster&#xa0;: sa sauvegarde, sa fenêtre PIT, le dernier et le prochain snapshot, le nombre et la taille des snapshots, la stratégie face au minimum de conformité, les copies et les avertissements. Entrée ouvre le cluster.</translation>
    </message>
</context>
<context>
    <name>snapline::ProfileDialog</name>
    <message>
        <source>Add Profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>Modifier le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour conserver le secret enregistré</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline: its address and credentials are set when it starts and cannot be changed.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré à Snapline&#xa0;: son adresse et ses identifiants sont définis à son démarrage et ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>ID de l&apos;organisation</translation>
    </message>
    <message>
        <source>Optional: 24 hexadecimal characters</source>
        <translation>Facultatif&#xa0;: 24 caractères hexadécimaux</translation>
    </message>
    <message>
        <source>Default project id</source>
        <translation>ID du projet par défaut</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Optional: extra certificate authorities (PEM)</source>
        <translation>Facultatif&#xa0;: autorités de certification supplémentaires (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint AB:CD:…</source>
        <translation>Facultatif&#xa0;: empreinte SHA-256 AB:CD:…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Se conn&amp;ecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé p&amp;rivée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization id:</source>
        <translation>ID de l&apos;&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Default pro&amp;ject id:</source>
        <translation>ID du pro&amp;jet par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned certi&amp;ficate:</source>
        <translation>Certificat épin&amp;glé&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>8 characters</source>
        <translation>8 caractères</translation>
    </message>
    <message>
        <source>mdb_sa_id_…</source>
        <translation>mdb_sa_id_…</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s private key.</source>
        <translation>Saisissez la clé privée de la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client secret.</source>
        <translation>Saisissez le secret client du compte de service.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>Choisir un fichier CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The secret could not be stored in %1: %2</source>
        <translation>Le secret n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>snapline::ProfileStore</name>
    <message>
        <source>The profiles could not be saved to %1.</source>
        <translation>Les profils n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>Un profil avec l&apos;ID %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Aucun profil n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline: its address and credentials cannot be changed.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré à Snapline&#xa0;: son adresse et ses identifiants ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré à Snapline et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>A built-in profile needs a fixed id.</source>
        <translation>Un profil intégré nécessite un ID fixe.</translation>
    </message>
</context>
<context>
    <name>snapline::ProfilesMenu</name>
    <message>
        <source>Built into Snapline: a sandbox organization on this computer</source>
        <translation>Intégré à Snapline&#xa0;: une organisation de bac à sable (sandbox) sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>&amp;Import from Atlas CLI…</source>
        <translation>&amp;Importer depuis l&apos;Atlas CLI…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation>&amp;Modifier «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>&amp;Remove “%1”…</source>
        <translation>&amp;Supprimer «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choisissez d&apos;abord un profil.</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline and cannot be removed.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré à Snapline et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Remove “%1” and its secret.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et son secret.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its secret is deleted from %1, and its local catalog is no longer shown. Nothing changes in Atlas.</source>
        <translation>Son secret, conservé dans %1, est supprimé, et son catalogue local n&apos;est plus affiché. Rien ne change dans Atlas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>snapline::ReportPeriodEditor</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last calendar month</source>
        <translation>Mois civil précédent</translation>
    </message>
    <message>
        <source>Last calendar quarter</source>
        <translation>Trimestre civil précédent</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Premier jour (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>Dernier jour (UTC)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Whole days in UTC; the first and the last day are included. A period that ends today ends now.</source>
        <translation>Jours entiers en UTC&#xa0;; le premier et le dernier jour sont inclus. Une période qui se termine aujourd&apos;hui se termine maintenant.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a first day on or before the last day.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez un premier jour antérieur ou égal au dernier jour.</translation>
    </message>
</context>
<context>
    <name>snapline::ReportPreviewPane</name>
    <message>
        <source>Preview of the report&apos;s first page</source>
        <translation>Aperçu de la première page du rapport</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Page 1 of %1, as the PDF shows it</source>
        <translation>Page 1 sur %1, telle qu&apos;elle apparaît dans le PDF</translation>
    </message>
</context>
<context>
    <name>snapline::ReportRunPanel</name>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the report against its manifest and signature, as an auditor would</source>
        <translation>Vérifier le rapport par rapport à son manifeste et à sa signature, comme le ferait un auditeur</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report was written&lt;/b&gt; to %1 (%2), with its manifest %3.</source>
        <translation>&lt;b&gt;Le rapport a été écrit&lt;/b&gt; dans %1 (%2), avec son manifeste %3.</translation>
    </message>
    <message>
        <source>The manifest is signed (%1) with the key %2: publish that fingerprint so auditors know the key is yours.</source>
        <translation>Le manifeste est signé (%1) avec la clé %2&#xa0;: publiez cette empreinte pour que les auditeurs sachent que la clé vous appartient.</translation>
    </message>
    <message>
        <source>To prove it unchanged later: &lt;tt&gt;snapline report verify %1&lt;/tt&gt;, or Verify here.</source>
        <translation>Pour prouver plus tard qu&apos;il n&apos;a pas été modifié&#xa0;: &lt;tt&gt;snapline report verify %1&lt;/tt&gt;, ou cliquez ici sur Vérifier.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report was not written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le rapport n&apos;a pas été écrit&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Intact.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report has changed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le rapport a été modifié.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCandidateModel</name>
    <message>
        <source>%1 (the source)</source>
        <translation>%1 (la source)</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>replica set</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message numerus="yes">
        <source>Possible, with %n warning(s)</source>
        <translation>
            <numerusform>Possible, avec %n avertissement</numerusform>
            <numerusform>Possible, avec %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can take this restore.</source>
        <translation>%1 peut recevoir cette restauration.</translation>
    </message>
    <message>
        <source>%1 cannot take this restore:</source>
        <translation>%1 ne peut pas recevoir cette restauration&#xa0;:</translation>
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
        <translation>Projet</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Can it take this restore?</source>
        <translation>Peut-il recevoir cette restauration&#xa0;?</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCandidatesJob</name>
    <message>
        <source>Judge restore targets</source>
        <translation>Évaluer les cibles de restauration</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCheckJob</name>
    <message>
        <source>Pre-flight check of a restore</source>
        <translation>Vérification préalable d&apos;une restauration</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreDeliveryPage</name>
    <message>
        <source>How to restore</source>
        <translation>Mode de restauration</translation>
    </message>
    <message>
        <source>Atlas restores into a running cluster, or prepares a snapshot for download.</source>
        <translation>Atlas restaure dans un cluster en cours d&apos;exécution, ou prépare un snapshot à télécharger.</translation>
    </message>
    <message>
        <source>Restore into a &amp;cluster</source>
        <translation>Restaurer dans un &amp;cluster</translation>
    </message>
    <message>
        <source>Restore into a cluster</source>
        <translation>Restaurer dans un cluster</translation>
    </message>
    <message>
        <source>Atlas copies the backup into a cluster you choose next. Everything on that cluster is replaced.</source>
        <translation>Atlas copie la sauvegarde dans un cluster que vous choisissez à l&apos;étape suivante. Tout le contenu de ce cluster est remplacé.</translation>
    </message>
    <message>
        <source>&amp;Download the snapshot</source>
        <translation>&amp;Télécharger le snapshot</translation>
    </message>
    <message>
        <source>Download the snapshot</source>
        <translation>Télécharger le snapshot</translation>
    </message>
    <message>
        <source>A download is not possible:</source>
        <translation>Un téléchargement n&apos;est pas possible&#xa0;:</translation>
    </message>
    <message>
        <source>Atlas prepares the snapshot&apos;s files and gives links to fetch them.</source>
        <translation>Atlas prépare les fichiers du snapshot et fournit des liens pour les récupérer.</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreDurationChartView</name>
    <message>
        <source>Restore job durations</source>
        <translation>Durées des tâches de restauration</translation>
    </message>
    <message>
        <source>No restore job has finished yet.</source>
        <translation>Aucune tâche de restauration n&apos;est encore terminée.</translation>
    </message>
    <message>
        <source>No restore jobs have been run.</source>
        <translation>Aucune tâche de restauration n&apos;a été exécutée.</translation>
    </message>
    <message numerus="yes">
        <source>%n restore job(s); the longest took %1; %2 failed.</source>
        <translation>
            <numerusform>%n tâche de restauration&#xa0;; la plus longue a duré %1&#xa0;; %2 en échec.</numerusform>
            <numerusform>%n tâches de restauration&#xa0;; la plus longue a duré %1&#xa0;; %2 en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore job(s) still running, not shown.</source>
        <translation>
            <numerusform>%n tâche de restauration toujours en cours, non affichée.</numerusform>
            <numerusform>%n tâches de restauration toujours en cours, non affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing only the newest %n job(s).</source>
        <translation>
            <numerusform>Affichage de la tâche la plus récente uniquement.</numerusform>
            <numerusform>Affichage des %n tâches les plus récentes uniquement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore of %1 started %2: %3, %4</source>
        <translation>Restauration de %1 lancée le %2&#xa0;: %3, %4</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreJobModel</name>
    <message>
        <source>snapshot of %1</source>
        <translation>snapshot de %1</translation>
    </message>
    <message>
        <source>download links</source>
        <translation>liens de téléchargement</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Cluster %1 in project %2</source>
        <translation>Cluster %1 du projet %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>Restauré depuis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2</source>
        <translation>Snapshot %1, pris %2</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreJobView</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Restore job in Atlas</source>
        <translation>Tâche de restauration dans Atlas</translation>
    </message>
    <message>
        <source>Download links expire</source>
        <translation>Expiration des liens de téléchargement</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Liens de téléchargement</translation>
    </message>
    <message>
        <source>Copy the download link</source>
        <translation>Copier le lien de téléchargement</translation>
    </message>
    <message>
        <source>Copies the selected download link, or every link when none is selected.</source>
        <translation>Copie le lien de téléchargement sélectionné, ou tous les liens si aucun n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>The links expired %1.</source>
        <translation>Les liens ont expiré %1.</translation>
    </message>
    <message>
        <source>The links expire in %1 (%2).</source>
        <translation>Les liens expirent dans %1 (%2).</translation>
    </message>
    <message>
        <source>Atlas has no job for this restore: %1</source>
        <translation>Atlas n&apos;a aucune tâche pour cette restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent to Atlas yet.</source>
        <translation>Pas encore envoyée à Atlas.</translation>
    </message>
    <message>
        <source>Atlas job %1 · %2 · %3 → %4 · %5</source>
        <translation>Tâche Atlas %1 · %2 · %3 → %4 · %5</translation>
    </message>
</context>
<context>
    <name>snapline::RestorePreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <source>Read what will happen, then type the cluster&apos;s name to confirm.</source>
        <translation>Lisez ce qui va se passer, puis saisissez le nom du cluster pour confirmer.</translation>
    </message>
    <message>
        <source>Checking the restore</source>
        <translation>Vérification de la restauration</translation>
    </message>
    <message>
        <source>The request that will be sent to Atlas</source>
        <translation>La requête qui sera envoyée à Atlas</translation>
    </message>
    <message>
        <source>Cluster name to confirm</source>
        <translation>Nom du cluster à confirmer</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>To confirm the download, type the name of the source cluster, %1:</source>
        <translation>Pour confirmer le téléchargement, saisissez le nom du cluster source, %1&#xa0;:</translation>
    </message>
    <message>
        <source>Everything on %1 will be replaced. To confirm, type the name of the target cluster, %1:</source>
        <translation>Tout le contenu de %1 sera remplacé. Pour confirmer, saisissez le nom du cluster cible, %1&#xa0;:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The restore could not be checked: %1</source>
        <translation>La restauration n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rules allow this restore.</source>
        <translation>Les règles autorisent cette restauration.</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreSourcePage</name>
    <message>
        <source>What to restore</source>
        <translation>Que restaurer</translation>
    </message>
    <message>
        <source>Choose a snapshot of %1, or a moment to restore it to.</source>
        <translation>Choisissez un snapshot de %1, ou un instant auquel le restaurer.</translation>
    </message>
    <message>
        <source>A &amp;snapshot</source>
        <translation>Un &amp;snapshot</translation>
    </message>
    <message>
        <source>Restore a snapshot</source>
        <translation>Restaurer un snapshot</translation>
    </message>
    <message>
        <source>Completed snapshots of %1</source>
        <translation>Snapshots terminés de %1</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>Un &amp;instant donné</translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation>Restaurer à un instant donné</translation>
    </message>
    <message>
        <source>Moment to restore to, in UTC</source>
        <translation>Instant auquel restaurer, en UTC</translation>
    </message>
    <message>
        <source>What the rules say about this source</source>
        <translation>Ce que disent les règles sur cette source</translation>
    </message>
    <message>
        <source>%1 can be restored to a second between %2 and %3.</source>
        <translation>%1 peut être restauré à n&apos;importe quelle seconde entre le %2 et le %3.</translation>
    </message>
    <message>
        <source>%1 keeps no point-in-time history (continuous cloud backup is off), so it is restored from a snapshot.</source>
        <translation>%1 ne conserve aucun historique PIT (la sauvegarde continue, Continuous Cloud Backup, est désactivée)&#xa0;; il est donc restauré à partir d&apos;un snapshot.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>(%1 local time)</source>
        <translation>(%1, heure locale)</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreTargetPage</name>
    <message>
        <source>Where to restore</source>
        <translation>Où restaurer</translation>
    </message>
    <message>
        <source>Every cluster of the organization, with what the rules say about restoring into it.</source>
        <translation>Tous les clusters de l&apos;organisation, avec ce que disent les règles sur une restauration vers chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Judging the clusters</source>
        <translation>Évaluation des clusters</translation>
    </message>
    <message>
        <source>Show &amp;only possible targets</source>
        <translation>Afficher &amp;uniquement les cibles possibles</translation>
    </message>
    <message>
        <source>Show only possible targets</source>
        <translation>Afficher uniquement les cibles possibles</translation>
    </message>
    <message>
        <source>Clusters to restore into</source>
        <translation>Clusters dans lesquels restaurer</translation>
    </message>
    <message>
        <source>What the rules say about the chosen target</source>
        <translation>Ce que disent les règles sur la cible choisie</translation>
    </message>
    <message>
        <source>Judging every cluster of the organization as a target…</source>
        <translation>Évaluation de chaque cluster de l&apos;organisation en tant que cible…</translation>
    </message>
    <message>
        <source>The clusters could not be read: %1</source>
        <translation>Les clusters n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cluster(s) can take this restore.</source>
        <translation>
            <numerusform>Clusters pouvant recevoir cette restauration&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Clusters pouvant recevoir cette restauration&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::RestoreWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Submit Restore</source>
        <translation>&amp;Envoyer la restauration</translation>
    </message>
    <message>
        <source>Submit restore</source>
        <translation>Envoyer la restauration</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>snapline::SnapshotCountChartView</name>
    <message>
        <source>Snapshots per day</source>
        <translation>Snapshots par jour</translation>
    </message>
    <message numerus="yes">
        <source>No snapshots were taken in the last %n day(s).</source>
        <translation>
            <numerusform>Aucun snapshot n&apos;a été pris au cours du dernier jour.</numerusform>
            <numerusform>Aucun snapshot n&apos;a été pris au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshots to count.</source>
        <translation>Aucun snapshot à compter.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>snapshots</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) still being taken, not counted yet.</source>
        <translation>
            <numerusform>%n snapshot en cours de prise, pas encore compté.</numerusform>
            <numerusform>%n snapshots en cours de prise, pas encore comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n snapshot(s) completed, %3 failed.</source>
        <translation>
            <numerusform>Du %1 au %2&#xa0;: %n snapshot terminé, %3 en échec.</numerusform>
            <numerusform>Du %1 au %2&#xa0;: %n snapshots terminés, %3 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 failed</source>
        <translation>%1&#xa0;: %2 terminés, %3 en échec</translation>
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
        <translation>Conservé jusqu&apos;à sa suppression</translation>
    </message>
    <message>
        <source>The snapshot failed; it cannot be restored.</source>
        <translation>Le snapshot a échoué&#xa0;; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>snapline::StorageChartView</name>
    <message>
        <source>Storage over time</source>
        <translation>Évolution du stockage</translation>
    </message>
    <message>
        <source>Bytes held at the end of each day, by frequency, of the snapshots still held. Snapshots that already expired and were deleted in Atlas are no longer in the catalog, so earlier days show less than was stored then.</source>
        <translation>Octets conservés à la fin de chaque jour, par fréquence, pour les snapshots encore conservés. Les snapshots déjà expirés et supprimés dans Atlas ne figurent plus dans le catalogue&#xa0;: les jours antérieurs affichent donc moins que ce qui était stocké à l&apos;époque.</translation>
    </message>
    <message>
        <source>No snapshots are held, so there is no storage to chart.</source>
        <translation>Aucun snapshot n&apos;est conservé, il n&apos;y a donc aucun stockage à représenter.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 held on %2 (%3); the most, %4, on %5.</source>
        <translation>%1 conservés le %2 (%3)&#xa0;; le maximum, %4, le %5.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>snapline::TableCsvExport</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows this table shows as a CSV file</source>
        <translation>Enregistrer les lignes affichées par ce tableau dans un fichier CSV</translation>
    </message>
    <message>
        <source>Backup posture</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Restore history</source>
        <translation>Historique des restaurations</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 rows written to %3</source>
        <translation>%1&#xa0;: %2 lignes écrites dans %3</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
</context>
<context>
    <name>snapline::TakeSnapshotDialog</name>
    <message>
        <source>&amp;Watch it in the Jobs panel until it completes</source>
        <translation>&amp;Suivre dans le panneau Tâches jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Take a Snapshot of %1</source>
        <translation>Prendre un snapshot de %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Why this snapshot is taken, e.g. before the 4.2 migration</source>
        <translation>Raison de ce snapshot, par ex. avant la migration 4.2</translation>
    </message>
    <message>
        <source>Keep for (days)</source>
        <translation>Conserver pendant (jours)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Watch until it completes</source>
        <translation>Suivre jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Conserver pendant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>snapline::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
</context>
<context>
    <name>snapline::TimelineWidget</name>
    <message>
        <source>Snapshot timeline</source>
        <translation>Chronologie des snapshots</translation>
    </message>
    <message>
        <source>No point-in-time restore window for this cluster</source>
        <translation>Aucune fenêtre de restauration à un instant donné pour ce cluster</translation>
    </message>
    <message>
        <source>Outside the point-in-time restore window</source>
        <translation>En dehors de la fenêtre de restauration à un instant donné</translation>
    </message>
</context>
<context>
    <name>snapline::VerdictLabel</name>
    <message>
        <source>What the rules say</source>
        <translation>Ce que disent les règles</translation>
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
