<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>take an on-demand snapshot</source>
        <translation>オンデマンドスナップショットの取得</translation>
    </message>
    <message>
        <source>delete a snapshot</source>
        <translation>スナップショットの削除</translation>
    </message>
    <message>
        <source>change a snapshot&apos;s retention</source>
        <translation>スナップショットの保持期間の変更</translation>
    </message>
    <message>
        <source>export a snapshot to a bucket</source>
        <translation>スナップショットのバケットへのエクスポート</translation>
    </message>
    <message>
        <source>edit the backup policy</source>
        <translation>バックアップポリシーの編集</translation>
    </message>
    <message>
        <source>delete the backup policy</source>
        <translation>バックアップポリシーの削除</translation>
    </message>
    <message>
        <source>turn off Cloud Backup</source>
        <translation>Cloud Backup の無効化</translation>
    </message>
    <message>
        <source>turn off continuous backup (point in time)</source>
        <translation>継続的バックアップ (ポイントインタイム) の無効化</translation>
    </message>
    <message>
        <source>change the cluster tier</source>
        <translation>クラスターのティアの変更</translation>
    </message>
    <message>
        <source>enable the Backup Compliance Policy</source>
        <translation>Backup Compliance Policy の有効化</translation>
    </message>
    <message>
        <source>turn off the Backup Compliance Policy</source>
        <translation>Backup Compliance Policy の無効化</translation>
    </message>
    <message>
        <source>delete the project</source>
        <translation>プロジェクトの削除</translation>
    </message>
    <message>
        <source>turn on Cloud Backup</source>
        <translation>Cloud Backup の有効化</translation>
    </message>
    <message>
        <source>turn on continuous backup (point in time)</source>
        <translation>継続的バックアップ (ポイントインタイム) の有効化</translation>
    </message>
</context>
<context>
    <name>ActionFacts</name>
    <message>
        <source>Cluster %1 is not in the catalog; sync its project and try again.</source>
        <translation>クラスター %1 はカタログにありません。そのプロジェクトを同期してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 is no longer in the catalog: it may have expired or been deleted. Refresh the cluster and try again.</source>
        <translation>%2 のスナップショット %1 はカタログにありません。期限切れになったか、削除された可能性があります。クラスターを更新してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>AtlasApi</name>
    <message>
        <source>read who these credentials are</source>
        <translation>この認証情報の所有者の確認</translation>
    </message>
    <message>
        <source>read the service account&apos;s roles in project %1</source>
        <translation>プロジェクト %1 でのサービスアカウントのロールの読み取り</translation>
    </message>
    <message>
        <source>list the organizations</source>
        <translation>組織の一覧取得</translation>
    </message>
    <message>
        <source>read organization %1</source>
        <translation>組織 %1 の読み取り</translation>
    </message>
    <message>
        <source>list the projects of organization %1</source>
        <translation>組織 %1 のプロジェクトの一覧取得</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation>プロジェクトの一覧取得</translation>
    </message>
    <message>
        <source>read project %1</source>
        <translation>プロジェクト %1 の読み取り</translation>
    </message>
    <message>
        <source>list the clusters of project %1</source>
        <translation>プロジェクト %1 のクラスターの一覧取得</translation>
    </message>
    <message>
        <source>read cluster %1</source>
        <translation>クラスター %1 の読み取り</translation>
    </message>
    <message>
        <source>change the backup settings of cluster %1</source>
        <translation>クラスター %1 のバックアップ設定の変更</translation>
    </message>
    <message>
        <source>list the Flex clusters of project %1</source>
        <translation>プロジェクト %1 の Flex クラスターの一覧取得</translation>
    </message>
    <message>
        <source>read Flex cluster %1</source>
        <translation>Flex クラスター %1 の読み取り</translation>
    </message>
    <message>
        <source>list the serverless instances of project %1</source>
        <translation>プロジェクト %1 のサーバーレスインスタンスの一覧取得</translation>
    </message>
    <message>
        <source>read serverless instance %1</source>
        <translation>サーバーレスインスタンス %1 の読み取り</translation>
    </message>
    <message>
        <source>list the export buckets of project %1</source>
        <translation>プロジェクト %1 のエクスポートバケットの一覧取得</translation>
    </message>
    <message>
        <source>read export bucket %1</source>
        <translation>エクスポートバケット %1 の読み取り</translation>
    </message>
    <message>
        <source>add export bucket %1</source>
        <translation>エクスポートバケット %1 の追加</translation>
    </message>
    <message>
        <source>change export bucket %1</source>
        <translation>エクスポートバケット %1 の変更</translation>
    </message>
    <message>
        <source>remove export bucket %1</source>
        <translation>エクスポートバケット %1 の削除</translation>
    </message>
    <message>
        <source>list the snapshot exports of cluster %1</source>
        <translation>クラスター %1 のスナップショットエクスポートの一覧取得</translation>
    </message>
    <message>
        <source>read export job %1</source>
        <translation>エクスポートジョブ %1 の読み取り</translation>
    </message>
    <message>
        <source>export snapshot %1</source>
        <translation>スナップショット %1 のエクスポート</translation>
    </message>
    <message>
        <source>read the events of project %1</source>
        <translation>プロジェクト %1 のイベントの読み取り</translation>
    </message>
    <message>
        <source>read event %1</source>
        <translation>イベント %1 の読み取り</translation>
    </message>
    <message>
        <source>list the legacy snapshots of cluster %1</source>
        <translation>クラスター %1 のレガシースナップショットの一覧取得</translation>
    </message>
    <message>
        <source>read legacy snapshot %1</source>
        <translation>レガシースナップショット %1 の読み取り</translation>
    </message>
    <message>
        <source>change how long legacy snapshot %1 is kept</source>
        <translation>レガシースナップショット %1 の保持期間の変更</translation>
    </message>
    <message>
        <source>delete legacy snapshot %1</source>
        <translation>レガシースナップショット %1 の削除</translation>
    </message>
    <message>
        <source>list the checkpoints of cluster %1</source>
        <translation>クラスター %1 のチェックポイントの一覧取得</translation>
    </message>
    <message>
        <source>read checkpoint %1</source>
        <translation>チェックポイント %1 の読み取り</translation>
    </message>
    <message>
        <source>list the restore jobs of cluster %1</source>
        <translation>クラスター %1 の復元ジョブの一覧取得</translation>
    </message>
    <message>
        <source>read restore job %1</source>
        <translation>復元ジョブ %1 の読み取り</translation>
    </message>
    <message>
        <source>start a restore from cluster %1</source>
        <translation>クラスター %1 からの復元の開始</translation>
    </message>
    <message>
        <source>cancel restore job %1</source>
        <translation>復元ジョブ %1 のキャンセル</translation>
    </message>
    <message>
        <source>read the Backup Compliance Policy of project %1</source>
        <translation>プロジェクト %1 の Backup Compliance Policy の読み取り</translation>
    </message>
    <message>
        <source>set the Backup Compliance Policy of project %1</source>
        <translation>プロジェクト %1 の Backup Compliance Policy の設定</translation>
    </message>
    <message>
        <source>disable the Backup Compliance Policy of project %1</source>
        <translation>プロジェクト %1 の Backup Compliance Policy の無効化</translation>
    </message>
    <message>
        <source>list the snapshots of Flex cluster %1</source>
        <translation>Flex クラスター %1 のスナップショットの一覧取得</translation>
    </message>
    <message>
        <source>read snapshot %1</source>
        <translation>スナップショット %1 の読み取り</translation>
    </message>
    <message>
        <source>list the restore jobs of Flex cluster %1</source>
        <translation>Flex クラスター %1 の復元ジョブの一覧取得</translation>
    </message>
    <message>
        <source>start a restore from Flex cluster %1</source>
        <translation>Flex クラスター %1 からの復元の開始</translation>
    </message>
    <message>
        <source>prepare a download of snapshot %1</source>
        <translation>スナップショット %1 のダウンロードの準備</translation>
    </message>
    <message>
        <source>list the snapshots of serverless instance %1</source>
        <translation>サーバーレスインスタンス %1 のスナップショットの一覧取得</translation>
    </message>
    <message>
        <source>list the restore jobs of serverless instance %1</source>
        <translation>サーバーレスインスタンス %1 の復元ジョブの一覧取得</translation>
    </message>
    <message>
        <source>start a restore from serverless instance %1</source>
        <translation>サーバーレスインスタンス %1 からの復元の開始</translation>
    </message>
    <message>
        <source>list the snapshots of cluster %1</source>
        <translation>クラスター %1 のスナップショットの一覧取得</translation>
    </message>
    <message>
        <source>list the snapshots of sharded cluster %1</source>
        <translation>シャードクラスター %1 のスナップショットの一覧取得</translation>
    </message>
    <message>
        <source>find the snapshot of cluster %1 closest to a point in time</source>
        <translation>指定した時点に最も近いクラスター %1 のスナップショットの検索</translation>
    </message>
    <message>
        <source>take an on-demand snapshot of cluster %1</source>
        <translation>クラスター %1 のオンデマンドスナップショットの取得</translation>
    </message>
    <message>
        <source>change how long snapshot %1 is kept</source>
        <translation>スナップショット %1 の保持期間の変更</translation>
    </message>
    <message>
        <source>delete snapshot %1</source>
        <translation>スナップショット %1 の削除</translation>
    </message>
    <message>
        <source>read the backup policy of cluster %1</source>
        <translation>クラスター %1 のバックアップポリシーの読み取り</translation>
    </message>
    <message>
        <source>change the backup policy of cluster %1</source>
        <translation>クラスター %1 のバックアップポリシーの変更</translation>
    </message>
    <message>
        <source>remove every item of the backup policy of cluster %1</source>
        <translation>クラスター %1 のバックアップポリシーの全項目の削除</translation>
    </message>
</context>
<context>
    <name>AtlasCliImport</name>
    <message>
        <source>The key %1 (line %2) should be text; it was ignored.</source>
        <translation>キー %1 (%2行目) はテキストである必要があります。このキーは無視されました。</translation>
    </message>
    <message>
        <source>There is no Atlas CLI configuration at %1.</source>
        <translation>%1 に Atlas CLI の設定がありません。</translation>
    </message>
    <message>
        <source>The Atlas CLI configuration %1 cannot be read: %2.</source>
        <translation>Atlas CLI の設定 %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The Atlas CLI configuration %1 is not valid TOML (line %2, column %3): %4.</source>
        <translation>Atlas CLI の設定 %1 は有効な TOML ではありません (%2行目、%3列目): %4。</translation>
    </message>
</context>
<context>
    <name>AtlasErrorText</name>
    <message>
        <source>Cancelled while trying to %1.</source>
        <translation>%1中にキャンセルされました。</translation>
    </message>
    <message>
        <source>Atlas sent an answer Snapline cannot read while trying to %1 (%2).</source>
        <translation>%1中に、Snapline が読み取れない応答が Atlas から返されました (%2)。</translation>
    </message>
    <message>
        <source> Atlas says: %1</source>
        <translation> Atlas からのメッセージ: %1</translation>
    </message>
    <message>
        <source>Atlas rejected the credentials while trying to %1: check the API key or service account of this profile.</source>
        <translation>%1中に Atlas が認証情報を拒否しました。このプロファイルの API キーまたはサービスアカウントを確認してください。</translation>
    </message>
    <message>
        <source>The credentials of this profile lack the role needed to %1.</source>
        <translation>このプロファイルの認証情報には、%1に必要なロールがありません。</translation>
    </message>
    <message>
        <source>Atlas found nothing to %1 (%2).</source>
        <translation>%1の対象が Atlas に見つかりませんでした (%2)。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Atlas no longer offers the API version Snapline used to %1.</source>
        <translation>Snapline が%1に使用した API バージョンは、Atlas で提供が終了しています。</translation>
    </message>
    <message>
        <source>Atlas refused to %1 because of a conflict.</source>
        <translation>競合が発生したため、Atlas は%1を拒否しました。</translation>
    </message>
    <message>
        <source>Atlas is rate-limiting this profile; Snapline will try again shortly to %1.</source>
        <translation>Atlas がこのプロファイルのリクエストを制限しています。Snapline はまもなく%1を再試行します。</translation>
    </message>
    <message>
        <source>Atlas had a problem while trying to %1 (HTTP %2); try again later.</source>
        <translation>%1中に Atlas で問題が発生しました (HTTP %2)。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Atlas refused to %1 (HTTP %2%3).</source>
        <translation>Atlas は%1を拒否しました (HTTP %2%3)。</translation>
    </message>
</context>
<context>
    <name>AvailabilityRules</name>
    <message>
        <source>%1 uses legacy backup, which is deprecated; plan its move to Cloud Backup.</source>
        <translation>%1 は非推奨のレガシーバックアップを使用しています。Cloud Backup への移行を計画してください。</translation>
    </message>
    <message>
        <source>%1 has %2 collections; legacy backup cannot back up 100,000 or more, so its snapshots may be incomplete.</source>
        <translation>%1 には %2個のコレクションがあります。レガシーバックアップでは 100,000個以上のコレクションをバックアップできないため、スナップショットが不完全な可能性があります。</translation>
    </message>
    <message>
        <source>%1 is a free M0 cluster, and Atlas keeps no backups of M0 clusters. Back it up with mongodump and restore it with mongorestore instead, or upgrade it to M10 or larger for Cloud Backup.</source>
        <translation>%1 は無料の M0 クラスターであり、Atlas は M0 クラスターのバックアップを保持しません。代わりに mongodump でバックアップし、mongorestore で復元するか、Cloud Backup を利用するために M10 以上にアップグレードしてください。</translation>
    </message>
    <message>
        <source>serverless instances</source>
        <translation>サーバーレスインスタンス</translation>
    </message>
    <message>
        <source>Flex clusters</source>
        <translation>Flex クラスター</translation>
    </message>
    <message>
        <source>M2/M5 clusters</source>
        <translation>M2/M5 クラスター</translation>
    </message>
    <message>
        <source>Atlas takes the snapshots of %1 automatically; on-demand snapshots are not available for %2.</source>
        <translation>%1 のスナップショットは Atlas が自動的に取得します。%2 ではオンデマンドスナップショットを利用できません。</translation>
    </message>
    <message>
        <source>Backups of %1 are always on and cannot be turned off.</source>
        <translation>%1 のバックアップは常に有効で、無効にすることはできません。</translation>
    </message>
    <message>
        <source>Atlas manages the backups of %1 (schedule and retention), so you cannot %2 on %3; upgrade it to M10 or larger for Cloud Backup.</source>
        <translation>%1 のバックアップ (スケジュールと保持期間) は Atlas が管理しているため、%3 で%2を行うことはできません。Cloud Backup を利用するには M10 以上にアップグレードしてください。</translation>
    </message>
    <message>
        <source>%1 uses legacy backup, which is deprecated and read-only here: you cannot %2. Move the cluster to Cloud Backup (upgrading to MongoDB 4.2 or later does so).</source>
        <translation>%1 は非推奨のレガシーバックアップを使用しており、ここでは読み取り専用です。%2はできません。クラスターを Cloud Backup に移行してください (MongoDB 4.2 以降にアップグレードすると移行されます)。</translation>
    </message>
    <message>
        <source>Cloud Backup is already off on %1.</source>
        <translation>%1 の Cloud Backup はすでに無効です。</translation>
    </message>
    <message>
        <source>Cloud Backup is off on %1; turn it on before you %2.</source>
        <translation>%1 の Cloud Backup は無効です。%2の前に有効にしてください。</translation>
    </message>
    <message>
        <source>Continuous cloud backup (point in time) is already off on %1.</source>
        <translation>%1 の Continuous Cloud Backup (ポイントインタイム) はすでに無効です。</translation>
    </message>
    <message>
        <source>Cloud Backup is already on for %1.</source>
        <translation>%1 の Cloud Backup はすでに有効です。</translation>
    </message>
    <message>
        <source>Continuous cloud backup (point in time) is already on for %1.</source>
        <translation>%1 の Continuous Cloud Backup (ポイントインタイム) はすでに有効です。</translation>
    </message>
</context>
<context>
    <name>BackupActionRunner</name>
    <message>
        <source>Checking the rules</source>
        <translation>ルールをチェックしています</translation>
    </message>
    <message>
        <source>Snapline cannot %1 as a backup action.</source>
        <translation>Snapline はバックアップ操作として%1を実行できません。</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent to Atlas.</source>
        <translation>Atlas に何も送信しないうちにキャンセルされました。</translation>
    </message>
    <message>
        <source>Sending the request to Atlas</source>
        <translation>Atlas にリクエストを送信しています</translation>
    </message>
    <message>
        <source>Watching snapshot %1</source>
        <translation>スナップショット %1 を監視しています</translation>
    </message>
    <message>
        <source>Updating the catalog</source>
        <translation>カタログを更新しています</translation>
    </message>
    <message>
        <source>Atlas could not complete snapshot %1 of %2; it failed.</source>
        <translation>Atlas は %2 のスナップショット %1 を完了できませんでした。スナップショットは失敗しました。</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>監査ログに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 %2</source>
        <translation>スナップショット %1: %2</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be watched to the end: %2</source>
        <translation>スナップショット %1 を最後まで監視できませんでした: %2</translation>
    </message>
    <message>
        <source>The catalog could not store the snapshot: %1</source>
        <translation>カタログにスナップショットを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The catalog could not be brought up to date: %1</source>
        <translation>カタログを最新の状態に更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 completed.</source>
        <translation>%2 のスナップショット %1 が完了しました。</translation>
    </message>
    <message>
        <source>Stopped watching snapshot %1 of %2 while %3; Atlas goes on taking it.</source>
        <translation>%2 のスナップショット %1 の監視を停止しました (状態: %3)。Atlas はスナップショットの取得を続けます。</translation>
    </message>
    <message>
        <source>Atlas has queued snapshot %1 of %2.</source>
        <translation>Atlas は %2 のスナップショット %1 をキューに追加しました。</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 is now kept until %3.</source>
        <translation>%2 のスナップショット %1 は %3 まで保持されるようになりました。</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 was deleted.</source>
        <translation>%2 のスナップショット %1 を削除しました。</translation>
    </message>
    <message>
        <source>The backup policy of %1 was changed.</source>
        <translation>%1 のバックアップポリシーを変更しました。</translation>
    </message>
    <message>
        <source>Cloud Backup is now off on %1.</source>
        <translation>%1 の Cloud Backup を無効にしました。</translation>
    </message>
    <message>
        <source>Cloud Backup is now on for %1.</source>
        <translation>%1 の Cloud Backup を有効にしました。</translation>
    </message>
    <message>
        <source>Point-in-time restore is now off on %1.</source>
        <translation>%1 のポイントインタイム復元を無効にしました。</translation>
    </message>
    <message>
        <source>Point-in-time restore is now on for %1.</source>
        <translation>%1 のポイントインタイム復元を有効にしました。</translation>
    </message>
</context>
<context>
    <name>BackupActionText</name>
    <message>
        <source>Take a snapshot of %1</source>
        <translation>%1 のスナップショットを取得</translation>
    </message>
    <message numerus="yes">
        <source>Keep snapshot %1 of %2 for %n day(s)</source>
        <translation>
            <numerusform>%2 のスナップショット %1 を %n日間保持</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation>%2 のスナップショット %1 を削除</translation>
    </message>
    <message>
        <source>Change the backup policy of %1</source>
        <translation>%1 のバックアップポリシーを変更</translation>
    </message>
    <message>
        <source>Turn off Cloud Backup on %1</source>
        <translation>%1 の Cloud Backup を無効化</translation>
    </message>
    <message>
        <source>Turn on Cloud Backup on %1</source>
        <translation>%1 の Cloud Backup を有効化</translation>
    </message>
    <message>
        <source>Turn off point-in-time restore on %1</source>
        <translation>%1 のポイントインタイム復元を無効化</translation>
    </message>
    <message>
        <source>Turn on point-in-time restore on %1</source>
        <translation>%1 のポイントインタイム復元を有効化</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2: %1</translation>
    </message>
</context>
<context>
    <name>BackupHistoryReader</name>
    <message>
        <source>Read the backup history of project %1</source>
        <translation>プロジェクト %1 のバックアップ履歴の読み取り</translation>
    </message>
    <message>
        <source>Read the backup history of cluster %1</source>
        <translation>クラスター %1 のバックアップ履歴の読み取り</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>fold its write-ahead log into the file</source>
        <translation>先行書き込みログ (WAL) のファイルへの統合</translation>
    </message>
    <message>
        <source>The local catalog could not %1: %2</source>
        <translation>ローカルカタログで%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>This connection to the local catalog only reads; writes go through the catalog writer.</source>
        <translation>このローカルカタログへの接続は読み取り専用です。書き込みはカタログライターを経由して行われます。</translation>
    </message>
    <message>
        <source>list what it holds</source>
        <translation>格納内容の一覧取得</translation>
    </message>
    <message>
        <source>find cluster %1</source>
        <translation>クラスター %1 の検索</translation>
    </message>
    <message>
        <source>register cluster %1</source>
        <translation>クラスター %1 の登録</translation>
    </message>
    <message>
        <source>its schema version is %1, this version of Snapline reads %2</source>
        <translation>スキーマバージョンは %1 ですが、このバージョンの Snapline が読み取れるのは %2 です</translation>
    </message>
    <message>
        <source>it was written by a newer version of Snapline (catalog schema %1; this version knows up to %2)</source>
        <translation>より新しいバージョンの Snapline で書き込まれています (カタログスキーマ %1。このバージョンが対応しているのは %2 までです)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>破損しています (%1)</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not a Snapline catalog</source>
        <translation>SQLite データベースですが、Snapline のカタログではありません</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; cannot be opened: %2.</source>
        <translation>ローカルカタログ「%1」を開けません: %2。</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>SQLite データベースではありません</translation>
    </message>
    <message>
        <source>the file cannot be created or written there; check that the folder is writable (%1)</source>
        <translation>その場所にファイルを作成または書き込みできません。フォルダーが書き込み可能か確認してください (%1)</translation>
    </message>
    <message>
        <source>another program keeps it locked (%1)</source>
        <translation>別のプログラムがロックしています (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>ディスクがいっぱいです (%1)</translation>
    </message>
    <message>
        <source>its folder &quot;%1&quot; cannot be created</source>
        <translation>フォルダー「%1」を作成できません</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; cannot be used (%2) and cannot be moved aside to &quot;%3&quot;.</source>
        <translation>ローカルカタログ「%1」は使用できず (%2)、「%3」に退避することもできません。</translation>
    </message>
    <message>
        <source>The local catalog &quot;%1&quot; could not be used: %2. It was moved aside to &quot;%3&quot; and an empty catalog was started in its place; the next sync fills it again.</source>
        <translation>ローカルカタログ「%1」を使用できませんでした: %2。このカタログは「%3」に退避され、代わりに空のカタログを開始しました。次回の同期で再びデータが格納されます。</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>read the snapshot history of %1</source>
        <translation>%1 のスナップショット履歴の読み取り</translation>
    </message>
    <message>
        <source>read the organizations</source>
        <translation>組織の読み取り</translation>
    </message>
    <message>
        <source>read the projects of organization %1</source>
        <translation>組織 %1 のプロジェクトの読み取り</translation>
    </message>
    <message>
        <source>read the clusters of project %1</source>
        <translation>プロジェクト %1 のクラスターの読み取り</translation>
    </message>
    <message>
        <source>read cluster %1</source>
        <translation>クラスター %1 の読み取り</translation>
    </message>
    <message>
        <source>read the restore jobs of cluster %1</source>
        <translation>クラスター %1 の復元ジョブの読み取り</translation>
    </message>
    <message>
        <source>read the restore jobs into cluster %1</source>
        <translation>クラスター %1 への復元ジョブの読み取り</translation>
    </message>
    <message>
        <source>read the export buckets of project %1</source>
        <translation>プロジェクト %1 のエクスポートバケットの読み取り</translation>
    </message>
    <message>
        <source>read the export jobs of cluster %1</source>
        <translation>クラスター %1 のエクスポートジョブの読み取り</translation>
    </message>
    <message>
        <source>read the events of project %1</source>
        <translation>プロジェクト %1 のイベントの読み取り</translation>
    </message>
    <message>
        <source>read the backup schedule of cluster %1</source>
        <translation>クラスター %1 のバックアップスケジュールの読み取り</translation>
    </message>
    <message>
        <source>read the compliance policy of project %1</source>
        <translation>プロジェクト %1 のコンプライアンスポリシーの読み取り</translation>
    </message>
    <message>
        <source>read the snapshots of cluster %1</source>
        <translation>クラスター %1 のスナップショットの読み取り</translation>
    </message>
    <message>
        <source>count the snapshots of cluster %1</source>
        <translation>クラスター %1 のスナップショット数の集計</translation>
    </message>
    <message>
        <source>read the sync state of %1</source>
        <translation>%1 の同期状態の読み取り</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>監査ログの読み取り</translation>
    </message>
    <message>
        <source>read the snapshot figures of every cluster</source>
        <translation>全クラスターのスナップショット統計の読み取り</translation>
    </message>
    <message>
        <source>remove cluster %1</source>
        <translation>クラスター %1 の削除</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>プロジェクト %1 の削除</translation>
    </message>
    <message>
        <source>remove organization %1</source>
        <translation>組織 %1 の削除</translation>
    </message>
    <message>
        <source>store the organizations</source>
        <translation>組織の保存</translation>
    </message>
    <message>
        <source>store the projects of organization %1</source>
        <translation>組織 %1 のプロジェクトの保存</translation>
    </message>
    <message>
        <source>store the clusters of project %1</source>
        <translation>プロジェクト %1 のクラスターの保存</translation>
    </message>
    <message>
        <source>store the restore jobs of cluster %1</source>
        <translation>クラスター %1 の復元ジョブの保存</translation>
    </message>
    <message>
        <source>store the export buckets of project %1</source>
        <translation>プロジェクト %1 のエクスポートバケットの保存</translation>
    </message>
    <message>
        <source>store the export jobs of cluster %1</source>
        <translation>クラスター %1 のエクスポートジョブの保存</translation>
    </message>
    <message>
        <source>store the events of project %1</source>
        <translation>プロジェクト %1 のイベントの保存</translation>
    </message>
    <message>
        <source>store the backup schedule of cluster %1</source>
        <translation>クラスター %1 のバックアップスケジュールの保存</translation>
    </message>
    <message>
        <source>store the compliance policy of project %1</source>
        <translation>プロジェクト %1 のコンプライアンスポリシーの保存</translation>
    </message>
    <message>
        <source>store the snapshots of cluster %1</source>
        <translation>クラスター %1 のスナップショットの保存</translation>
    </message>
    <message>
        <source>remove deleted snapshots of cluster %1</source>
        <translation>クラスター %1 の削除済みスナップショットの除去</translation>
    </message>
    <message>
        <source>store the sync state of %1</source>
        <translation>%1 の同期状態の保存</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; in the audit log</source>
        <translation>監査ログへの「%1」の記録</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>The local catalog is closing; the change was not saved.</source>
        <translation>ローカルカタログを閉じているため、変更は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
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
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
</context>
<context>
    <name>ClientText</name>
    <message>
        <source>The credentials of this profile lack the role needed to %1: Atlas asks for at least %2.</source>
        <translation>このプロファイルの認証情報には、%1に必要なロールがありません。Atlas では少なくとも %2 が必要です。</translation>
    </message>
    <message>
        <source> Atlas says: %1</source>
        <translation> Atlas からのメッセージ: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>page %1 has no results list</source>
        <translation>ページ %1 に results リストがありません</translation>
    </message>
</context>
<context>
    <name>ClusterDetailReader</name>
    <message>
        <source>Cluster %1 is not in the catalog; it may have been deleted in Atlas. Sync again to see the current list.</source>
        <translation>クラスター %1 はカタログにありません。Atlas で削除された可能性があります。もう一度同期して、最新の一覧を表示してください。</translation>
    </message>
</context>
<context>
    <name>ComplianceLocks</name>
    <message>
        <source>Snapshots cannot be deleted before they expire, whatever your role.</source>
        <translation>スナップショットは、ロールにかかわらず、期限切れになるまで削除できません。</translation>
    </message>
    <message>
        <source>A snapshot&apos;s retention can be extended but never shortened after it was taken.</source>
        <translation>スナップショットの保持期間は、取得後に延長することはできますが、短縮することはできません。</translation>
    </message>
    <message>
        <source>Backups cannot be turned off on any cluster of the project.</source>
        <translation>プロジェクト内のどのクラスターでもバックアップを無効にできません。</translation>
    </message>
    <message>
        <source>No cluster can be moved to M0, Flex or serverless, where it would lose Cloud Backup.</source>
        <translation>Cloud Backup が失われる M0、Flex、サーバーレスには、どのクラスターも移行できません。</translation>
    </message>
    <message>
        <source>Every cluster&apos;s backup policy must keep at least %1; retention cannot be shortened below that, and the item cannot be removed.</source>
        <translation>すべてのクラスターのバックアップポリシーで、少なくとも %1 を保持する必要があります。保持期間をこれより短くすることも、その項目を削除することもできません。</translation>
    </message>
    <message>
        <source>On-demand snapshots must be kept at least %1.</source>
        <translation>オンデマンドスナップショットは少なくとも %1 保持する必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>Point-in-time restore must stay on with a window of at least %n day(s).</source>
        <translation>
            <numerusform>ポイントインタイム復元は、%n日以上のウィンドウで有効のままにしておく必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies in other regions cannot be removed: a snapshot&apos;s copy stays even when its region is taken out of a backup policy.</source>
        <translation>他のリージョンのコピーは削除できません。リージョンをバックアップポリシーから外しても、スナップショットのコピーは残ります。</translation>
    </message>
    <message>
        <source>Encryption at rest with your own key (customer key management) is required on every cluster.</source>
        <translation>すべてのクラスターで、独自のキーによる保存時の暗号化 (カスタマーキー管理) が必要です。</translation>
    </message>
    <message>
        <source>A terminated cluster keeps its snapshots until they expire.</source>
        <translation>終了したクラスターのスナップショットは、期限切れになるまで保持されます。</translation>
    </message>
    <message>
        <source>The project cannot be deleted while it holds snapshots.</source>
        <translation>スナップショットが残っている間は、プロジェクトを削除できません。</translation>
    </message>
    <message>
        <source>MongoDB Support has allowed this policy to be turned off; until it is, every lock above holds.</source>
        <translation>MongoDB サポートがこのポリシーの無効化を許可しました。実際に無効になるまでは、上記のロックはすべて有効です。</translation>
    </message>
    <message>
        <source>The policy can only be disabled by MongoDB Support, at the request of its authorized person.</source>
        <translation>このポリシーを無効にできるのは、承認者の依頼を受けた MongoDB サポートのみです。</translation>
    </message>
    <message>
        <source>No authorized person is named.</source>
        <translation>承認者が指定されていません。</translation>
    </message>
    <message>
        <source>Authorized by %1.</source>
        <translation>承認者: %1。</translation>
    </message>
    <message>
        <source>Authorized by %1 (%2).</source>
        <translation>承認者: %1 (%2)。</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>最終変更: %2 (%1)。</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>最終変更: %1。</translation>
    </message>
    <message>
        <source>Last changed by %1.</source>
        <translation>最終変更者: %1。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Being enabled</source>
        <translation>有効化中</translation>
    </message>
    <message>
        <source>Being updated</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>Being turned off</source>
        <translation>無効化中</translation>
    </message>
</context>
<context>
    <name>ComplianceReportBuilder</name>
    <message>
        <source>Project id</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>on-demand snapshots kept at least %1</source>
        <translation>オンデマンドスナップショットを %1 以上保持</translation>
    </message>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>%n日以上のウィンドウでのポイントインタイム復元</numerusform>
        </translation>
    </message>
    <message>
        <source>copies in other regions cannot be removed</source>
        <translation>他のリージョンのコピーは削除不可</translation>
    </message>
    <message>
        <source>encryption at rest with a customer key</source>
        <translation>カスタマーキーによる保存時の暗号化</translation>
    </message>
    <message>
        <source>Backup Compliance Policies</source>
        <translation>Backup Compliance Policy</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>状態コード</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Authorized e-mail</source>
        <translation>承認者のメールアドレス</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最終変更者</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終変更日時</translation>
    </message>
    <message>
        <source>What each policy requires</source>
        <translation>各ポリシーの要件</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Clusters against the policy</source>
        <translation>ポリシーに対するクラスターの状況</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Standing code</source>
        <translation>準拠状況コード</translation>
    </message>
    <message>
        <source>Below the policy</source>
        <translation>ポリシー未達</translation>
    </message>
    <message>
        <source>Falls short of</source>
        <translation>不足している要件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Clusters against the policy, by project</source>
        <translation>ポリシーに対するクラスターの状況 (プロジェクト別)</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>ポリシーなし</translation>
    </message>
    <message>
        <source>Meets the policy</source>
        <translation>ポリシー準拠</translation>
    </message>
    <message>
        <source>No policy or not applicable</source>
        <translation>ポリシーなしまたは対象外</translation>
    </message>
    <message>
        <source>Refused actions</source>
        <translation>拒否された操作</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Rule codes</source>
        <translation>ルールコード</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The audit log holds no refused action in the period.</source>
        <translation>この期間に拒否された操作は、監査ログにありません。</translation>
    </message>
    <message>
        <source>Actions Snapline&apos;s rules refused before anything was sent to Atlas, from its audit log.</source>
        <translation>Atlas への送信前に Snapline のルールが拒否した操作 (監査ログより)。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy of each project as the catalog last read it, and each cluster&apos;s schedule against it as of %1.</source>
        <translation>カタログが最後に読み取った各プロジェクトの Backup Compliance Policy と、%1 時点の各クラスターのスケジュールとの比較。</translation>
    </message>
    <message>
        <source>Projects with a policy</source>
        <translation>ポリシーのあるプロジェクト</translation>
    </message>
    <message>
        <source>Projects without a policy</source>
        <translation>ポリシーのないプロジェクト</translation>
    </message>
    <message>
        <source>Clusters meeting their policy</source>
        <translation>ポリシーを満たすクラスター</translation>
    </message>
    <message>
        <source>Clusters below their policy</source>
        <translation>ポリシー未達のクラスター</translation>
    </message>
    <message>
        <source>Refused actions in the period</source>
        <translation>期間中に拒否された操作</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message>
        <source>This project has a Backup Compliance Policy: no one, whatever their role, can delete a snapshot before it expires.</source>
        <translation>このプロジェクトには Backup Compliance Policy があります。ロールにかかわらず、期限切れ前のスナップショットは誰も削除できません。</translation>
    </message>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy: a snapshot&apos;s retention can be extended but not shortened (it is kept %n day(s) today).</source>
        <translation>
            <numerusform>このプロジェクトには Backup Compliance Policy があります。スナップショットの保持期間は延長できますが、短縮はできません (現在の保持期間は %n日です)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Backup Compliance Policy keeps on-demand snapshots at least %1.</source>
        <translation>Backup Compliance Policy により、オンデマンドスナップショットは少なくとも %1 保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy keeps on-demand snapshots at least %1; ask for %n day(s) or more.</source>
        <translation>
            <numerusform>Backup Compliance Policy により、オンデマンドスナップショットは少なくとも %1 保持されます。%n日以上を指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: Cloud Backup cannot be turned off on any of its clusters.</source>
        <translation>このプロジェクトには Backup Compliance Policy があります。どのクラスターでも Cloud Backup を無効にすることはできません。</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires continuous cloud backup (point in time) with a restore window of at least %n day(s); it cannot be turned off.</source>
        <translation>
            <numerusform>Backup Compliance Policy では、復元ウィンドウが %n日以上の Continuous Cloud Backup (ポイントインタイム) が必要です。無効にすることはできません。</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: the backup policy cannot be deleted, because that would remove the items the compliance policy requires.</source>
        <translation>このプロジェクトには Backup Compliance Policy があります。バックアップポリシーを削除すると、コンプライアンスポリシーが要求する項目も削除されるため、削除できません。</translation>
    </message>
    <message>
        <source>This project has a Backup Compliance Policy: a cluster cannot be moved to %1, which would lose its Cloud Backup.</source>
        <translation>このプロジェクトには Backup Compliance Policy があります。クラスターを %1 に移行すると Cloud Backup が失われるため、移行できません。</translation>
    </message>
    <message numerus="yes">
        <source>This project has a Backup Compliance Policy and still holds %n snapshot(s); it cannot be deleted until they have all expired.</source>
        <translation>
            <numerusform>このプロジェクトには Backup Compliance Policy があり、まだ %n件のスナップショットが残っています。すべてが期限切れになるまで、プロジェクトを削除できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 already has a Backup Compliance Policy (%2).</source>
        <translation>プロジェクト %1 にはすでに Backup Compliance Policy があります (%2)。</translation>
    </message>
    <message>
        <source>No policy to enable was given: a Backup Compliance Policy states its minimums and names the person who authorized it (e-mail, first and last name).</source>
        <translation>有効にするポリシーが指定されていません。Backup Compliance Policy には、最低要件と、ポリシーを承認した担当者 (メールアドレス、名、姓) を記載します。</translation>
    </message>
    <message>
        <source>A Backup Compliance Policy names the person who authorized it: a valid e-mail address, a first name and a last name are required.</source>
        <translation>Backup Compliance Policy には、ポリシーを承認した担当者を記載します。有効なメールアドレス、名、姓が必要です。</translation>
    </message>
    <message>
        <source>A compliance policy that requires point in time needs a restore window of at least 1 day.</source>
        <translation>ポイントインタイムを要求するコンプライアンスポリシーには、1日以上の復元ウィンドウが必要です。</translation>
    </message>
    <message>
        <source>Once enabled, a Backup Compliance Policy can only be turned off by MongoDB Support at the request of %1.</source>
        <translation>Backup Compliance Policy を一度有効にすると、%1 の依頼を受けた MongoDB サポートしか無効にできません。</translation>
    </message>
    <message>
        <source>While it is in force: %1</source>
        <translation>適用中の制限: %1</translation>
    </message>
    <message>
        <source>point in time would no longer be required</source>
        <translation>ポイントインタイムが必須でなくなる</translation>
    </message>
    <message>
        <source>the restore window would shrink</source>
        <translation>復元ウィンドウが短くなる</translation>
    </message>
    <message>
        <source>encryption at rest would no longer be required</source>
        <translation>保存時の暗号化が必須でなくなる</translation>
    </message>
    <message>
        <source>copy protection would be turned off</source>
        <translation>コピー保護が無効になる</translation>
    </message>
    <message>
        <source>the %1 item would be weakened or removed</source>
        <translation>%1の項目が弱められるか削除される</translation>
    </message>
    <message>
        <source>on-demand snapshots would be kept less than %1</source>
        <translation>オンデマンドスナップショットの保持期間が %1 未満になる</translation>
    </message>
    <message>
        <source>A Backup Compliance Policy in force can only be made stricter: %1.</source>
        <translation>適用中の Backup Compliance Policy は、より厳しくする方向にしか変更できません: %1。</translation>
    </message>
    <message>
        <source>Project %1 has no Backup Compliance Policy to turn off.</source>
        <translation>プロジェクト %1 には、無効にする Backup Compliance Policy がありません。</translation>
    </message>
    <message>
        <source>Only MongoDB Support can turn off a Backup Compliance Policy, at the request of its authorized person (%1); open a support ticket first.</source>
        <translation>Backup Compliance Policy を無効にできるのは、承認者 (%1) の依頼を受けた MongoDB サポートのみです。まずサポートチケットを作成してください。</translation>
    </message>
    <message>
        <source>No one can delete a snapshot before it expires.</source>
        <translation>期限切れ前のスナップショットは誰も削除できません。</translation>
    </message>
    <message>
        <source>No one can shorten a snapshot&apos;s retention after it was taken.</source>
        <translation>取得後のスナップショットの保持期間は誰も短縮できません。</translation>
    </message>
    <message>
        <source>No one can turn off Cloud Backup on a cluster, or move a cluster to M0, Flex or serverless.</source>
        <translation>クラスターの Cloud Backup を無効にすることも、クラスターを M0、Flex、サーバーレスに移行することも、誰にもできません。</translation>
    </message>
    <message>
        <source>No one can set a backup policy below the compliance minimum or remove one of its items.</source>
        <translation>コンプライアンスの最低要件を下回るバックアップポリシーの設定や、その項目の削除は、誰にもできません。</translation>
    </message>
    <message>
        <source>The project cannot be deleted while it holds snapshots.</source>
        <translation>スナップショットが残っている間は、プロジェクトを削除できません。</translation>
    </message>
    <message>
        <source>Only MongoDB Support can turn the policy off, at the authorized person&apos;s request.</source>
        <translation>ポリシーを無効にできるのは、承認者の依頼を受けた MongoDB サポートのみです。</translation>
    </message>
    <message>
        <source>Every cluster keeps at least: %1.</source>
        <translation>すべてのクラスターで最低限保持する項目: %1。</translation>
    </message>
    <message>
        <source>On-demand snapshots are kept at least %1.</source>
        <translation>オンデマンドスナップショットは少なくとも %1 保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>Point in time stays on, with a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>ポイントインタイムは有効のままとなり、復元ウィンドウは %n日以上です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cluster must use encryption at rest with customer key management.</source>
        <translation>すべてのクラスターで、カスタマーキー管理による保存時の暗号化を使用する必要があります。</translation>
    </message>
    <message>
        <source>Snapshot copies stay even when their copy region is removed from the policy.</source>
        <translation>コピー先リージョンをポリシーから外しても、スナップショットのコピーは残ります。</translation>
    </message>
</context>
<context>
    <name>CoverageReportBuilder</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Snapshots expected from each cluster&apos;s backup policy between %1 and %2, against the snapshots Atlas lists, as the catalog last read them.</source>
        <translation>%1 から %2 までの期間に各クラスターのバックアップポリシーに基づいて予定されたスナップショットと、Atlas が一覧表示したスナップショット (カタログが最後に読み取った内容) との比較。</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Clusters with a backup policy</source>
        <translation>バックアップポリシーのあるクラスター</translation>
    </message>
    <message>
        <source>Clusters without backup</source>
        <translation>バックアップのないクラスター</translation>
    </message>
    <message>
        <source>Snapshots expected</source>
        <translation>予定スナップショット数</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取得済み</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>取得漏れ</translation>
    </message>
    <message>
        <source>Failed snapshots</source>
        <translation>失敗したスナップショット</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>判定対象外</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <source>Worst achieved RPO</source>
        <translation>最悪の達成 RPO</translation>
    </message>
    <message>
        <source>Cluster with the worst RPO</source>
        <translation>RPO が最悪のクラスター</translation>
    </message>
    <message>
        <source>Clusters with point-in-time gaps</source>
        <translation>ポイントインタイムのギャップがあるクラスター</translation>
    </message>
    <message>
        <source>Snapshots by day</source>
        <translation>日別スナップショット</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>日 (UTC)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expected snapshots by day</source>
        <translation>日別の予定スナップショット</translation>
    </message>
    <message numerus="yes">
        <source>Largest gaps between restorable points (the %n worst clusters)</source>
        <translation>
            <numerusform>復元可能なポイント間の最大ギャップ (ワースト %n クラスター)</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved RPO</source>
        <translation>達成 RPO</translation>
    </message>
    <message>
        <source>Snapshots against the policy</source>
        <translation>ポリシーに対するスナップショット</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Missed and failed snapshots, gaps</source>
        <translation>取得漏れ・失敗したスナップショットとギャップ</translation>
    </message>
    <message>
        <source>No expected snapshot was missed.</source>
        <translation>取得漏れになった予定スナップショットはありません。</translation>
    </message>
    <message>
        <source>No snapshot failed in the period.</source>
        <translation>この期間に失敗したスナップショットはありません。</translation>
    </message>
    <message>
        <source>No gap in the point-in-time history in the period.</source>
        <translation>この期間のポイントインタイム履歴にギャップはありません。</translation>
    </message>
    <message>
        <source>Every snapshot of the period</source>
        <translation>期間内のすべてのスナップショット</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s), one row each, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>%n件のスナップショットは、このレポートの CSV および JSON エクスポートに 1件 1行で記載されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageReportTables</name>
    <message>
        <source>Project id</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Snapshots against the policy</source>
        <translation>ポリシーに対するスナップショット</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>バックアップの種類</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取得済み</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>取得漏れ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>判定対象外</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Aged out</source>
        <translation>保持期間超過</translation>
    </message>
    <message>
        <source>Before the first snapshot</source>
        <translation>初回スナップショット前</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <source>Completed snapshots</source>
        <translation>完了したスナップショット</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>Coverage is taken ÷ (taken + missed). Not judged: expected moments too recent to judge or still running, whose snapshot would have expired already, or before the cluster&apos;s first snapshot.</source>
        <translation>カバレッジ = 取得済み ÷ (取得済み + 取得漏れ)。判定対象外: 判定するには新しすぎるか実行中の予定時刻、スナップショットがすでに期限切れになっているはずの予定時刻、またはクラスターの初回スナップショットより前の予定時刻。</translation>
    </message>
    <message>
        <source>Backup policies</source>
        <translation>バックアップポリシー</translation>
    </message>
    <message>
        <source>Policy items</source>
        <translation>ポリシー項目</translation>
    </message>
    <message>
        <source>Reference time (UTC)</source>
        <translation>基準時刻 (UTC)</translation>
    </message>
    <message>
        <source>Restore window (days)</source>
        <translation>復元ウィンドウ (日)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容誤差</translation>
    </message>
    <message>
        <source>Expected snapshots are computed from the policy as the catalog holds it now; a snapshot counts as taken when it was created within the tolerance of its moment.</source>
        <translation>予定スナップショットは、カタログが現在保持しているポリシーから算出されます。予定時刻から許容誤差の範囲内に作成されたスナップショットは、取得済みとみなされます。</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Achieved RPO</source>
        <translation>達成 RPO</translation>
    </message>
    <message>
        <source>Largest gap from</source>
        <translation>最大ギャップの開始</translation>
    </message>
    <message>
        <source>Largest gap to</source>
        <translation>最大ギャップの終了</translation>
    </message>
    <message>
        <source>Oldest restorable point</source>
        <translation>最も古い復元可能ポイント</translation>
    </message>
    <message>
        <source>Newest restorable point</source>
        <translation>最も新しい復元可能ポイント</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>ポイントインタイム</translation>
    </message>
    <message>
        <source>PIT window from</source>
        <translation>PIT ウィンドウの開始</translation>
    </message>
    <message>
        <source>PIT gaps</source>
        <translation>PIT ギャップ</translation>
    </message>
    <message>
        <source>PIT gap time</source>
        <translation>PIT ギャップ時間</translation>
    </message>
    <message>
        <source>Catalog read at</source>
        <translation>カタログ読み取り日時</translation>
    </message>
    <message>
        <source>The achieved RPO is the longest stretch of the period without a restorable point (a completed snapshot, or a restorable moment of the point-in-time history).</source>
        <translation>達成 RPO は、期間内で復元可能なポイント (完了したスナップショット、またはポイントインタイム履歴の復元可能な時点) が存在しない最長の区間です。</translation>
    </message>
    <message>
        <source>Missed snapshots</source>
        <translation>取得漏れのスナップショット</translation>
    </message>
    <message>
        <source>Expected at</source>
        <translation>予定時刻</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>理由コード</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Failed snapshots</source>
        <translation>失敗したスナップショット</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <source>Gaps in the point-in-time history</source>
        <translation>ポイントインタイム履歴のギャップ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>the snapshot failed</source>
        <translation>スナップショット失敗</translation>
    </message>
    <message>
        <source>no snapshot was taken</source>
        <translation>スナップショット未取得</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>the folder cannot be made</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message numerus="yes">
        <source>This report has %n table(s); write it to a folder or a .zip file, not to one .csv file.</source>
        <translation>
            <numerusform>このレポートには %n個のテーブルがあります。1つの .csv ファイルではなく、フォルダーまたは .zip ファイルに書き出してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>1分以内</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n d</source>
        <translation>
            <numerusform>%n日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>バックアップなし</translation>
    </message>
    <message>
        <source>shared daily snapshots</source>
        <translation>共有ティアの日次スナップショット</translation>
    </message>
    <message>
        <source>Flex daily snapshots</source>
        <translation>Flex の日次スナップショット</translation>
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
        <translation>サーバーレス (継続的)</translation>
    </message>
    <message>
        <source>serverless basic</source>
        <translation>サーバーレス (基本)</translation>
    </message>
    <message>
        <source>legacy backup</source>
        <translation>レガシーバックアップ</translation>
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
        <translation>無料</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <source>serverless</source>
        <translation>サーバーレス</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>専用</translation>
    </message>
    <message>
        <source>automated restore</source>
        <translation>自動復元</translation>
    </message>
    <message>
        <source>download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>point in time</source>
        <translation>ポイントインタイム</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Snapshot started</source>
        <translation>スナップショット開始</translation>
    </message>
    <message>
        <source>Snapshot completed</source>
        <translation>スナップショット完了</translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation>スナップショット失敗</translation>
    </message>
    <message>
        <source>On-demand snapshot requested</source>
        <translation>オンデマンドスナップショット要求</translation>
    </message>
    <message>
        <source>Snapshot deleted</source>
        <translation>スナップショット削除</translation>
    </message>
    <message>
        <source>Snapshot retention changed</source>
        <translation>スナップショット保持期間変更</translation>
    </message>
    <message>
        <source>Backup policy changed</source>
        <translation>バックアップポリシー変更</translation>
    </message>
    <message>
        <source>Restore requested</source>
        <translation>復元要求</translation>
    </message>
    <message>
        <source>Restore completed</source>
        <translation>復元完了</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>復元失敗</translation>
    </message>
    <message>
        <source>Continuous backup fell behind</source>
        <translation>継続的バックアップの遅延</translation>
    </message>
    <message>
        <source>Continuous backup caught up</source>
        <translation>継続的バックアップの遅延解消</translation>
    </message>
    <message>
        <source>Export completed</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポート失敗</translation>
    </message>
</context>
<context>
    <name>EnvironmentProfile</name>
    <message>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>the project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>A snapshot of %1 completed.</source>
        <translation>%1 のスナップショットが完了しました。</translation>
    </message>
    <message>
        <source>A snapshot of %1 failed.</source>
        <translation>%1 のスナップショットが失敗しました。</translation>
    </message>
    <message>
        <source>A snapshot of %1 started.</source>
        <translation>%1 のスナップショットが開始されました。</translation>
    </message>
    <message>
        <source>An on-demand snapshot of %1 was requested.</source>
        <translation>%1 のオンデマンドスナップショットが要求されました。</translation>
    </message>
    <message>
        <source>A snapshot of %1 was deleted.</source>
        <translation>%1 のスナップショットが削除されました。</translation>
    </message>
    <message>
        <source>The retention of a snapshot of %1 was changed.</source>
        <translation>%1 のスナップショットの保持期間が変更されました。</translation>
    </message>
    <message>
        <source>The backup policy of %1 was changed.</source>
        <translation>%1 のバックアップポリシーが変更されました。</translation>
    </message>
    <message>
        <source>Continuous backup of %1 fell behind: point-in-time restores may have a gap.</source>
        <translation>%1 の継続的バックアップが遅延しています。ポイントインタイム復元にギャップが生じる可能性があります。</translation>
    </message>
    <message>
        <source>Continuous backup of %1 caught up.</source>
        <translation>%1 の継続的バックアップの遅延が解消されました。</translation>
    </message>
    <message>
        <source>A restore from %1 was requested.</source>
        <translation>%1 からの復元が要求されました。</translation>
    </message>
    <message>
        <source>A restore from %1 completed.</source>
        <translation>%1 からの復元が完了しました。</translation>
    </message>
    <message>
        <source>A restore from %1 failed.</source>
        <translation>%1 からの復元が失敗しました。</translation>
    </message>
    <message>
        <source>An export of a snapshot of %1 completed.</source>
        <translation>%1 のスナップショットのエクスポートが完了しました。</translation>
    </message>
    <message>
        <source>An export of a snapshot of %1 failed.</source>
        <translation>%1 のスナップショットのエクスポートが失敗しました。</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy changed (%1).</source>
        <translation>Backup Compliance Policy が変更されました (%1)。</translation>
    </message>
</context>
<context>
    <name>ExactText</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (ローカル時刻 %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
</context>
<context>
    <name>FactsReader</name>
    <message>
        <source>Cannot read the facts file %1: %2</source>
        <translation>ファクトファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The facts file %1 is larger than 16 MiB; it cannot be a facts file.</source>
        <translation>ファクトファイル %1 は 16 MiB を超えているため、ファクトファイルではありません。</translation>
    </message>
    <message>
        <source>The facts are not valid JSON: %1 at byte %2.</source>
        <translation>ファクトが有効な JSON ではありません: %1 (%2 バイト目)。</translation>
    </message>
    <message>
        <source>The facts must be one JSON object.</source>
        <translation>ファクトは 1つの JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>give either utcSeconds or oplogTs with oplogInc, not both</source>
        <translation>utcSeconds と、oplogTs および oplogInc の組み合わせの、どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>give utcSeconds, or oplogTs with oplogInc</source>
        <translation>utcSeconds、または oplogTs と oplogInc を指定してください</translation>
    </message>
    <message>
        <source>required with oplogTs</source>
        <translation>oplogTs を指定する場合は必須です</translation>
    </message>
    <message>
        <source>required with oplogInc</source>
        <translation>oplogInc を指定する場合は必須です</translation>
    </message>
    <message>
        <source>required when delivery is pointInTime</source>
        <translation>delivery が pointInTime の場合は必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Atlas tier</source>
        <translation>&quot;%1&quot; は Atlas のティアではありません</translation>
    </message>
    <message>
        <source>required for a restore into a cluster (or set &quot;delivery&quot;: &quot;download&quot;)</source>
        <translation>クラスターへの復元には必須です (または &quot;delivery&quot;: &quot;download&quot; を設定してください)</translation>
    </message>
    <message>
        <source>required for a restore from a snapshot (or give &quot;pointInTime&quot;)</source>
        <translation>スナップショットからの復元には必須です (または &quot;pointInTime&quot; を指定してください)</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>%1 には必須です</translation>
    </message>
    <message>
        <source>required for changeRetention</source>
        <translation>changeRetention には必須です</translation>
    </message>
    <message>
        <source>required for editPolicy</source>
        <translation>editPolicy には必須です</translation>
    </message>
    <message>
        <source>required for changeTier</source>
        <translation>changeTier には必須です</translation>
    </message>
</context>
<context>
    <name>ImportedProfile</name>
    <message>
        <source>The service “%1” is unknown; the profile uses %2.</source>
        <translation>サービス「%1」は不明です。プロファイルでは %2 を使用します。</translation>
    </message>
    <message>
        <source>The address “%1” (ops_manager_url) is not valid; the profile uses %2.</source>
        <translation>アドレス「%1」(ops_manager_url) は無効です。プロファイルでは %2 を使用します。</translation>
    </message>
    <message>
        <source>It has both an API key and a service account; Snapline uses the API key.</source>
        <translation>API キーとサービスアカウントの両方があります。Snapline は API キーを使用します。</translation>
    </message>
    <message>
        <source>It has both an API key and a service account; Snapline uses the service account.</source>
        <translation>API キーとサービスアカウントの両方があります。Snapline はサービスアカウントを使用します。</translation>
    </message>
    <message>
        <source>It has neither an API key nor a service account; add one before using it.</source>
        <translation>API キーもサービスアカウントもありません。使用する前にどちらかを追加してください。</translation>
    </message>
    <message>
        <source>It has a %1 but no %2; enter it before using the profile.</source>
        <translation>%1 はありますが、%2 がありません。プロファイルを使用する前に入力してください。</translation>
    </message>
    <message>
        <source>It has the %1 %2 but no %3 (newer Atlas CLI versions keep it in the system keychain); enter it before using the profile.</source>
        <translation>%1 %2 はありますが、%3 がありません (新しいバージョンの Atlas CLI では、システムキーチェーンに保存されています)。プロファイルを使用する前に入力してください。</translation>
    </message>
    <message>
        <source>It signs in with an Atlas user account (atlas auth login), which Snapline cannot use; add an API key or a service account.</source>
        <translation>Atlas ユーザーアカウント (atlas auth login) でサインインしていますが、Snapline ではこの方法を使用できません。API キーまたはサービスアカウントを追加してください。</translation>
    </message>
    <message>
        <source>public API key</source>
        <translation>公開 API キー</translation>
    </message>
    <message>
        <source>private API key</source>
        <translation>秘密 API キー</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>expected a MongoDB version such as &quot;7.0&quot; or &quot;7.0.12&quot;, got &quot;%1&quot;</source>
        <translation>&quot;7.0&quot; や &quot;7.0.12&quot; のような MongoDB バージョンが必要ですが、&quot;%1&quot; が指定されています</translation>
    </message>
    <message>
        <source>item %1 must be an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation>項目 %1 は &quot;from&quot; と &quot;to&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;from&quot; is after &quot;to&quot;</source>
        <translation>&quot;from&quot; が &quot;to&quot; より後になっています</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>%1 のいずれかが必要ですが、&quot;%2&quot; が指定されています</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>1 以上である必要があります</translation>
    </message>
    <message>
        <source>required for a sharded cluster</source>
        <translation>シャードクラスターでは必須です</translation>
    </message>
    <message>
        <source>a replica set has exactly 1 shard</source>
        <translation>レプリカセットのシャード数はちょうど 1 です</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>負の値は指定できません</translation>
    </message>
    <message>
        <source>expected NONE, AWS, AZURE, GCP, true or false</source>
        <translation>NONE、AWS、AZURE、GCP、true、false のいずれかが必要です</translation>
    </message>
    <message>
        <source>item %1 must be an object</source>
        <translation>項目 %1 はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>Atlas allows exactly one policy per schedule</source>
        <translation>Atlas では、1つのスケジュールにつきポリシーは 1つだけです</translation>
    </message>
    <message>
        <source>the roles of %1 must be an array of role names</source>
        <translation>%1 のロールは、ロール名の配列である必要があります</translation>
    </message>
    <message>
        <source>the roles of %1 must be non-empty strings</source>
        <translation>%1 のロールは、空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>each role needs a groupId or an orgId</source>
        <translation>各ロールには groupId または orgId が必要です</translation>
    </message>
    <message>
        <source>expected an object of role lists per project or organization id</source>
        <translation>プロジェクト ID または組織 ID ごとのロールリストを持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1: 必須フィールドがありません</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数が必要です</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expected an ISO-8601 UTC date-time such as 2026-11-24T10:00:00Z, got &quot;%1&quot;</source>
        <translation>2026-11-24T10:00:00Z のような ISO-8601 形式の UTC 日時が必要ですが、&quot;%1&quot; が指定されています</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列が必要です</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明なフィールドです</translation>
    </message>
</context>
<context>
    <name>JsonReportWriter</name>
    <message>
        <source>it is a folder; a JSON report is one file</source>
        <translation>フォルダーです。JSON レポートは 1つのファイルです</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 が存在しません</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain holds no secret for this profile.</source>
        <translation>システムキーチェーンに、このプロファイルのシークレットがありません。</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 (it may be locked): %2</source>
        <translation>システムキーチェーンが%1を拒否しました (ロックされている可能性があります): %2</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>システムキーチェーンを利用できません: %1</translation>
    </message>
    <message>
        <source>The system keychain could not %1: %2</source>
        <translation>システムキーチェーンで%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>システムキーチェーンが %1秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>応答がありません。</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>シークレットの読み取り</translation>
    </message>
    <message>
        <source>store the secret</source>
        <translation>シークレットの保存</translation>
    </message>
    <message>
        <source>delete the secret</source>
        <translation>シークレットの削除</translation>
    </message>
</context>
<context>
    <name>LaunchProfile</name>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>「%1」という名前のプロファイルはありません。プロファイル: %2。</translation>
    </message>
</context>
<context>
    <name>LivePreflight</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>--offline: Atlas was not asked</source>
        <translation>--offline: Atlas には問い合わせていません</translation>
    </message>
    <message>
        <source>Asking Atlas which roles these credentials hold</source>
        <translation>この認証情報が持つロールを Atlas に問い合わせています</translation>
    </message>
    <message>
        <source>Atlas lists no snapshot %1 of %2: it may have expired or been deleted, or its id is mistyped.</source>
        <translation>Atlas に %2 のスナップショット %1 がありません。期限切れになったか削除された、または ID が間違っている可能性があります。</translation>
    </message>
    <message>
        <source>(Judged offline, from the catalog as last synced.)</source>
        <translation>(前回同期時のカタログに基づき、オフラインで判定しました。)</translation>
    </message>
    <message>
        <source>Looking for project %1 in Atlas</source>
        <translation>Atlas でプロジェクト %1 を検索しています</translation>
    </message>
    <message>
        <source>These credentials see no project &quot;%1&quot; (by id or name). Projects: %2.</source>
        <translation>この認証情報では、プロジェクト「%1」(ID または名前) が見つかりません。プロジェクト: %2。</translation>
    </message>
    <message>
        <source>The catalog has no project &quot;%1&quot; (by id or name); sync the profile first, or leave out --offline. Projects in the catalog: %2.</source>
        <translation>カタログにプロジェクト「%1」(ID または名前) がありません。先にプロファイルを同期するか、--offline を外してください。カタログ内のプロジェクト: %2。</translation>
    </message>
    <message>
        <source>%1, and the catalog has no project &quot;%2&quot; (by id or name). Projects in the catalog: %3.</source>
        <translation>%1。また、カタログにプロジェクト「%2」(ID または名前) がありません。カタログ内のプロジェクト: %3。</translation>
    </message>
    <message>
        <source>Reading project %1 from Atlas for the first time</source>
        <translation>Atlas からプロジェクト %1 を初めて読み取っています</translation>
    </message>
    <message>
        <source>Bringing %1 up to date</source>
        <translation>%1 を最新の状態に更新しています</translation>
    </message>
    <message>
        <source>Project %1 has no cluster named &quot;%2&quot;. Its clusters: %3.</source>
        <translation>プロジェクト %1 に「%2」という名前のクラスターはありません。クラスター: %3。</translation>
    </message>
    <message>
        <source>Atlas could not be reached: %1</source>
        <translation>Atlas に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Interrupted; nothing was judged and nothing was sent.</source>
        <translation>中断されました。判定も送信も行われていません。</translation>
    </message>
    <message>
        <source>The roles of these credentials were never learned from Atlas, so the role rules judge as if they held none.</source>
        <translation>この認証情報のロールを Atlas から取得できていないため、ロールのルールはロールを持たないものとして判定します。</translation>
    </message>
</context>
<context>
    <name>LivePreflightCommand</name>
    <message>
        <source>Opening profile %1</source>
        <translation>プロファイル %1 を開いています</translation>
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
        <translation>%1 (削除済み)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>前回の同期に失敗しました: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>同期: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n プロジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n クラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>Under a Backup Compliance Policy (%1): no cluster&apos;s backups can be weakened or deleted below it.</source>
        <translation>Backup Compliance Policy (%1) の対象: どのクラスターのバックアップも、このポリシーを下回るように弱めたり削除したりすることはできません。</translation>
    </message>
    <message>
        <source>No Backup Compliance Policy</source>
        <translation>Backup Compliance Policy なし</translation>
    </message>
    <message numerus="yes">
        <source>sharded (%n shard(s))</source>
        <translation>
            <numerusform>シャード構成 (%n シャード)</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>レプリカセット</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, %4, MongoDB %5</source>
        <translation>%1 (%2)、%3、%4、MongoDB %5</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
    <message>
        <source>, point in time %1</source>
        <translation>、ポイントインタイム %1</translation>
    </message>
    <message>
        <source>No successful snapshot in the catalog</source>
        <translation>カタログに成功したスナップショットがありません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s), %1</source>
        <translation>
            <numerusform>スナップショット %Ln件、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies in %1</source>
        <translation>コピー先: %1</translation>
    </message>
    <message>
        <source>Last successful snapshot %1: %2</source>
        <translation>最新の成功したスナップショット %1: %2</translation>
    </message>
    <message>
        <source>Next scheduled snapshot %1 (%2): %3</source>
        <translation>次回のスケジュールされたスナップショット %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>the snapshot page is not well-formed JSON</source>
        <translation>スナップショットのページが正しい JSON 形式ではありません</translation>
    </message>
    <message>
        <source>the snapshot page has no results list</source>
        <translation>スナップショットのページに results リストがありません</translation>
    </message>
</context>
<context>
    <name>PitMomentText</name>
    <message>
        <source>Enter a date and time in UTC, such as 2026-11-20 14:03:07.</source>
        <translation>日時を UTC で入力してください (例: 2026-11-20 14:03:07)。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it in UTC as 2026-11-20 14:03:07.</source>
        <translation>「%1」は日時ではありません。UTC で 2026-11-20 14:03:07 のように入力してください。</translation>
    </message>
    <message>
        <source>“%1” has a fraction of a second; a restore goes to the second, so leave it out (or use an oplog timestamp to be more precise).</source>
        <translation>「%1」には秒の小数部があります。復元は秒単位で行われるため、小数部は省略してください (より正確に指定するには oplog タイムスタンプを使用してください)。</translation>
    </message>
    <message>
        <source>“%1” is not a real date or time of day.</source>
        <translation>「%1」は実在する日付または時刻ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a time-zone offset.</source>
        <translation>「%1」はタイムゾーンのオフセットではありません。</translation>
    </message>
    <message>
        <source>Enter an oplog timestamp as seconds:increment, such as 1763647387:1.</source>
        <translation>oplog タイムスタンプを「秒:インクリメント」の形式で入力してください (例: 1763647387:1)。</translation>
    </message>
    <message>
        <source>“%1” is not an oplog timestamp; write it as seconds:increment, such as 1763647387:1.</source>
        <translation>「%1」は oplog タイムスタンプではありません。「秒:インクリメント」の形式で入力してください (例: 1763647387:1)。</translation>
    </message>
    <message>
        <source>%1 is too large for an oplog timestamp&apos;s seconds.</source>
        <translation>%1 は oplog タイムスタンプの秒としては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 is too large for an oplog increment.</source>
        <translation>%1 は oplog のインクリメントとしては大きすぎます。</translation>
    </message>
    <message>
        <source>An oplog increment counts from 1; %1:0 does not exist.</source>
        <translation>oplog のインクリメントは 1 から始まります。%1:0 は存在しません。</translation>
    </message>
</context>
<context>
    <name>PitRules</name>
    <message>
        <source>A point-in-time restore is delivered into a cluster; it cannot be downloaded. Choose a target cluster, or download a snapshot instead.</source>
        <translation>ポイントインタイム復元はクラスターに対して行われるため、ダウンロードはできません。ターゲットクラスターを選択するか、代わりにスナップショットをダウンロードしてください。</translation>
    </message>
    <message>
        <source>An oplog timestamp needs an increment of 1 or more (oplogInc).</source>
        <translation>oplog タイムスタンプには 1 以上のインクリメント (oplogInc) が必要です。</translation>
    </message>
    <message>
        <source>%1 is before 2008-01-01, the earliest moment Atlas accepts for a restore.</source>
        <translation>%1 は 2008-01-01 より前です。これは Atlas が復元に受け付ける最も古い時点です。</translation>
    </message>
    <message>
        <source>%1 does not have continuous cloud backup (point in time) turned on, so it can only be restored from a snapshot.</source>
        <translation>%1 では Continuous Cloud Backup (ポイントインタイム) が有効になっていないため、スナップショットからしか復元できません。</translation>
    </message>
    <message>
        <source>%1 is in the future; the latest moment you can restore to is now (%2).</source>
        <translation>%1 は未来の時点です。復元できる最新の時点は現在 (%2) です。</translation>
    </message>
    <message>
        <source>%1 is older than the restore window of %2 (it starts at %3).</source>
        <translation>%1 は %2 の復元ウィンドウより前の時点です (ウィンドウの開始: %3)。</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72時間</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is before the oldest moment the oplog can be replayed from.</source>
        <translation>%1 は、oplog を再生できる最も古い時点より前です。</translation>
    </message>
    <message>
        <source>%1 is after the newest backed-up oplog entry; try a slightly earlier moment.</source>
        <translation>%1 は、バックアップ済みの最新の oplog エントリより後です。少し前の時点を指定してください。</translation>
    </message>
    <message>
        <source>%1 falls in a gap of the oplog history (%2 to %3): point-in-time restore was off or the oplog rolled over, so that time cannot be restored.</source>
        <translation>%1 は oplog 履歴のギャップ (%2 から %3 まで) に含まれています。ポイントインタイム復元が無効だったか、oplog がロールオーバーしたため、この時点には復元できません。</translation>
    </message>
    <message>
        <source>%1 falls in a restore blackout (%2 to %3): a restore into this cluster was running, and times between its start and the next snapshot cannot be restored.</source>
        <translation>%1 は復元のブラックアウト期間 (%2 から %3 まで) に含まれています。このクラスターへの復元が実行中だったため、その開始から次のスナップショットまでの時点には復元できません。</translation>
    </message>
</context>
<context>
    <name>PolicyDiffer</name>
    <message>
        <source>hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>%n時間ごとに</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1に</translation>
    </message>
    <message>
        <source>on day %1 of the week</source>
        <translation>週の %1日目に</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>月の最終日に</translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>%1日に</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1に</translation>
    </message>
    <message>
        <source>in month %1</source>
        <translation>%1月に</translation>
    </message>
    <message>
        <source>with interval %1</source>
        <translation>間隔 %1 で</translation>
    </message>
    <message>
        <source>Takes %1 snapshots %2 instead of %3.</source>
        <translation>%1のスナップショットを、%3ではなく%2取得します。</translation>
    </message>
    <message>
        <source>Keeps %1 snapshots longer: %2 instead of %3.</source>
        <translation>%1のスナップショットをより長く保持します (%3 → %2)。</translation>
    </message>
    <message>
        <source>Keeps %1 snapshots for less time: %2 instead of %3.</source>
        <translation>%1のスナップショットの保持期間を短縮します (%3 → %2)。</translation>
    </message>
    <message>
        <source>Takes scheduled snapshots from %1 UTC instead of %2 UTC.</source>
        <translation>スケジュールされたスナップショットを、%2 UTC ではなく %1 UTC を基準に取得します。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widens the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>ポイントインタイム復元ウィンドウを %n日に拡大します (変更前: %1)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Narrows the point-in-time restore window to %n day(s) (from %1).</source>
        <translation>
            <numerusform>ポイントインタイム復元ウィンドウを %n日に縮小します (変更前: %1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies the new retention to the snapshots already taken, too.</source>
        <translation>新しい保持期間を取得済みのスナップショットにも適用します。</translation>
    </message>
    <message>
        <source>Leaves the snapshots already taken with the retention they have.</source>
        <translation>取得済みのスナップショットの保持期間は変更しません。</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>%1 を追加します。</translation>
    </message>
    <message>
        <source>Removes %1.</source>
        <translation>%1 を削除します。</translation>
    </message>
</context>
<context>
    <name>PolicyEstimate</name>
    <message numerus="yes">
        <source>About %n snapshot(s) kept at once</source>
        <translation>
            <numerusform>同時に保持されるスナップショットは約 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, about %2.</source>
        <translation>%1、約 %2。</translation>
    </message>
</context>
<context>
    <name>PolicyValidation</name>
    <message>
        <source>hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s), kept %1</source>
        <translation>
            <numerusform>%n時間ごと、保持期間 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>daily, kept %1</source>
        <translation>毎日、保持期間 %1</translation>
    </message>
    <message>
        <source>weekly (%1), kept %2</source>
        <translation>毎週 (%1)、保持期間 %2</translation>
    </message>
    <message>
        <source>monthly (%1), kept %2</source>
        <translation>毎月 (%1)、保持期間 %2</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>yearly (%1), kept %2</source>
        <translation>毎年 (%1)、保持期間 %2</translation>
    </message>
    <message>
        <source>on demand, kept %1</source>
        <translation>オンデマンド、保持期間 %1</translation>
    </message>
    <message numerus="yes">
        <source>On NVMe clusters the hourly snapshot interval must be 12 hours, not %n hour(s).</source>
        <translation>
            <numerusform>NVMe クラスターでは、毎時スナップショットの間隔は %n時間ではなく 12時間にする必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>An hourly item runs every 1, 2, 4, 6, 8 or 12 hours, not every %1.</source>
        <translation>毎時の項目の間隔は 1、2、4、6、8、12時間のいずれかです。%1 は指定できません。</translation>
    </message>
    <message>
        <source>A daily item must have interval 1, not %1.</source>
        <translation>毎日の項目の間隔は 1 である必要があります。%1 は指定できません。</translation>
    </message>
    <message>
        <source>A weekly item needs a day of the week from 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation>毎週の項目には、1 (月曜日) から 7 (日曜日) までの曜日が必要です。%1 は指定できません。</translation>
    </message>
    <message>
        <source>A monthly item needs a day of the month from 1 to 28, or 40 for the last day, not %1.</source>
        <translation>毎月の項目には、1 から 28 までの日、または月の最終日を表す 40 が必要です。%1 は指定できません。</translation>
    </message>
    <message>
        <source>A yearly item needs a month from 1 (January) to 12 (December), not %1.</source>
        <translation>毎年の項目には、1 (1月) から 12 (12月) までの月が必要です。%1 は指定できません。</translation>
    </message>
    <message>
        <source>An on-demand item&apos;s interval must be 0–28 or 40, not %1.</source>
        <translation>オンデマンドの項目の間隔は 0～28 または 40 である必要があります。%1 は指定できません。</translation>
    </message>
    <message>
        <source>The reference time must be an hour from 0 to 23 and a minute from 0 to 59 (UTC); got %1:%2.</source>
        <translation>基準時刻は、時が 0～23、分が 0～59 (UTC) である必要があります。指定された値: %1:%2。</translation>
    </message>
    <message>
        <source>A backup policy needs at least one item, or no scheduled snapshot would ever be taken.</source>
        <translation>バックアップポリシーには少なくとも 1つの項目が必要です。項目がないと、スケジュールされたスナップショットが一切取得されません。</translation>
    </message>
    <message>
        <source>A backup schedule cannot contain an on-demand item; on-demand snapshots are taken by hand.</source>
        <translation>バックアップスケジュールにオンデマンドの項目を含めることはできません。オンデマンドスナップショットは手動で取得します。</translation>
    </message>
    <message>
        <source>The %1 item must keep its snapshots for at least 1 %2, not %3.</source>
        <translation>%1の項目では、スナップショットを少なくとも 1 %2 保持する必要があります。%3 は指定できません。</translation>
    </message>
    <message>
        <source>The %1 item keeps snapshots for %2, which is shorter than its own period; keep them at least %3.</source>
        <translation>%1の項目のスナップショット保持期間 (%2) は、その項目自体の周期より短くなっています。少なくとも %3 保持してください。</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7日</translation>
    </message>
    <message>
        <source>1 month (31 days)</source>
        <translation>1か月 (31日)</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>A backup policy can have only one %1 item.</source>
        <translation>バックアップポリシーに設定できる%1の項目は 1つだけです。</translation>
    </message>
    <message>
        <source>The %1 item keeps snapshots for %2, less than the more frequent %3 item; a less frequent item must keep its snapshots at least as long.</source>
        <translation>%1の項目のスナップショット保持期間 (%2) は、より頻度の高い%3の項目より短くなっています。頻度の低い項目では、少なくとも同じ期間スナップショットを保持する必要があります。</translation>
    </message>
    <message>
        <source>The point-in-time restore window must be at least 1 day, not %1.</source>
        <translation>ポイントインタイム復元ウィンドウは 1日以上である必要があります。%1 は指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>The restore window (%n day(s)) cannot be longer than the hourly snapshots are kept (%1).</source>
        <translation>
            <numerusform>復元ウィンドウ (%n日) を、毎時スナップショットの保持期間 (%1) より長くすることはできません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Backup Compliance Policy requires a %1 item (%2); it cannot be removed.</source>
        <translation>Backup Compliance Policy では%1の項目 (%2) が必要です。この項目は削除できません。</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy requires at least %1 for the %2 item; this policy goes below it.</source>
        <translation>Backup Compliance Policy では、%2の項目に少なくとも %1 が必要です。このポリシーはその要件を下回っています。</translation>
    </message>
    <message numerus="yes">
        <source>The Backup Compliance Policy requires a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>Backup Compliance Policy では、%n日以上の復元ウィンドウが必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Under the Backup Compliance Policy the retention of existing %1 snapshots cannot be shortened; turn off &quot;apply to existing snapshots&quot; or keep %2.</source>
        <translation>Backup Compliance Policy のもとでは、既存の%1のスナップショットの保持期間を短縮できません。［保持期間の変更を既存のスナップショットにも適用する］をオフにするか、%2 を維持してください。</translation>
    </message>
    <message>
        <source>Retention changes will also apply to existing snapshots; snapshots whose new expiry has passed are deleted.</source>
        <translation>保持期間の変更は既存のスナップショットにも適用されます。新しい有効期限を過ぎたスナップショットは削除されます。</translation>
    </message>
    <message>
        <source>New %1 snapshots will be kept for %2, shorter than today.</source>
        <translation>新しい%1のスナップショットの保持期間は %2 となり、現在より短くなります。</translation>
    </message>
</context>
<context>
    <name>PostureReportBuilder</name>
    <message>
        <source>Project id</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Backup kind</source>
        <translation>バックアップの種類</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>PIT window</source>
        <translation>PIT ウィンドウ</translation>
    </message>
    <message>
        <source>Last snapshot</source>
        <translation>最新のスナップショット</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>次回のスナップショット</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Compliance standing</source>
        <translation>コンプライアンス準拠状況</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>コンプライアンス</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>健全性コード</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護済み</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>未保護</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Warning code</source>
        <translation>警告コード</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Clusters by health and project</source>
        <translation>健全性およびプロジェクト別のクラスター</translation>
    </message>
    <message>
        <source>No cluster has a warning.</source>
        <translation>警告のあるクラスターはありません。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The backup posture of every cluster as of %1, judged from what the catalog last read from Atlas.</source>
        <translation>%1 時点の全クラスターのバックアップ状況 (カタログが最後に Atlas から読み取った内容に基づく判定)。</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>警告あり</translation>
    </message>
    <message>
        <source>Below the compliance policy</source>
        <translation>コンプライアンスポリシー未達</translation>
    </message>
    <message>
        <source>With point-in-time restore</source>
        <translation>ポイントインタイム復元あり</translation>
    </message>
    <message>
        <source>Posture by cluster</source>
        <translation>クラスター別のバックアップ状況</translation>
    </message>
</context>
<context>
    <name>PostureText</name>
    <message>
        <source>no backup (M0)</source>
        <translation>バックアップなし (M0)</translation>
    </message>
    <message>
        <source>Free M0 clusters have no Atlas backup. Use mongodump to keep your own copy of the data.</source>
        <translation>無料の M0 クラスターには Atlas のバックアップがありません。mongodump を使用して、データのコピーを独自に保持してください。</translation>
    </message>
    <message>
        <source>serverless end of life</source>
        <translation>サーバーレス提供終了</translation>
    </message>
    <message>
        <source>Atlas has deprecated serverless instances and is retiring them. Migrate this one to a Flex or dedicated cluster to keep it and its backups.</source>
        <translation>Atlas はサーバーレスインスタンスを非推奨とし、廃止を進めています。このインスタンスとそのバックアップを維持するには、Flex クラスターまたは専用クラスターに移行してください。</translation>
    </message>
    <message>
        <source>legacy backup</source>
        <translation>レガシーバックアップ</translation>
    </message>
    <message>
        <source>This cluster still uses legacy backup, which Atlas has deprecated. Move it to Cloud Backup; until then Snapline shows its snapshots read-only.</source>
        <translation>このクラスターは、Atlas で非推奨となったレガシーバックアップをまだ使用しています。Cloud Backup に移行してください。移行するまで、Snapline ではスナップショットを読み取り専用で表示します。</translation>
    </message>
    <message>
        <source>backup off</source>
        <translation>バックアップ無効</translation>
    </message>
    <message>
        <source>Cloud Backup is turned off on this dedicated cluster, so no snapshot protects its data. Turn backup on.</source>
        <translation>この専用クラスターでは Cloud Backup が無効になっているため、データを保護するスナップショットがありません。バックアップを有効にしてください。</translation>
    </message>
    <message>
        <source>below compliance</source>
        <translation>コンプライアンス未達</translation>
    </message>
    <message>
        <source>The backup policy goes below the project&apos;s Backup Compliance Policy, which requires %1.</source>
        <translation>バックアップポリシーが、プロジェクトの Backup Compliance Policy の要件 (%1) を下回っています。</translation>
    </message>
    <message numerus="yes">
        <source>PIT gaps (%n)</source>
        <translation>
            <numerusform>PIT ギャップ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The point-in-time history has %n gap(s) in the restore window (the last %1); the longest lasts %2 from %3. Moments inside a gap cannot be restored.</source>
        <translation>
            <numerusform>ポイントインタイム履歴の復元ウィンドウ (直近 %1) 内に %n個のギャップがあります。最長のギャップは %3 からの %2 です。ギャップ内の時点には復元できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in 24 h</source>
        <translation>
            <numerusform>24時間で %n件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed in the last 24 hours. Check the cluster&apos;s backup events.</source>
        <translation>
            <numerusform>直近 24時間に %n件のスナップショットが失敗しました。クラスターのバックアップイベントを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>no snapshot</source>
        <translation>スナップショットなし</translation>
    </message>
    <message>
        <source>There is no successful snapshot, although the schedule takes one every %1.</source>
        <translation>スケジュールでは %1 ごとに取得されるはずですが、成功したスナップショットがありません。</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>The last successful snapshot is from %1 (%2), although the schedule takes one every %3.</source>
        <translation>スケジュールでは %3 ごとに取得されるはずですが、最後に成功したスナップショットは %1 (%2) のものです。</translation>
    </message>
    <message>
        <source>%1 kept %2 ≥ %3</source>
        <translation>%1 保持 %2 ≥ %3</translation>
    </message>
    <message>
        <source>%1 kept %2 &lt; %3</source>
        <translation>%1 保持 %2 &lt; %3</translation>
    </message>
    <message>
        <source>%1 every %2 h, needs every %3 h</source>
        <translation>%1 %2時間ごと、必要: %3時間ごと</translation>
    </message>
    <message>
        <source>%1 missing, needs %2</source>
        <translation>%1 なし、必要: %2</translation>
    </message>
    <message numerus="yes">
        <source>point in time off, needs %n day(s)</source>
        <translation>
            <numerusform>ポイントインタイム無効、必要: %n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>point-in-time restore with a window of at least %n day(s)</source>
        <translation>
            <numerusform>%n日以上のウィンドウでのポイントインタイム復元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>restore window %1 ≥ %2</source>
        <translation>復元ウィンドウ %1 ≥ %2</translation>
    </message>
    <message>
        <source>restore window %1 &lt; %2</source>
        <translation>復元ウィンドウ %1 &lt; %2</translation>
    </message>
    <message>
        <source>backup off, needs it on</source>
        <translation>バックアップ無効、有効化が必要</translation>
    </message>
    <message>
        <source>Cloud Backup turned on</source>
        <translation>Cloud Backup 有効</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>policy not read yet</source>
        <translation>ポリシー未読み込み</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>未達: %1</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Checks a proposed backup or restore action against every Atlas rule.</source>
        <translation>提案されたバックアップ操作または復元操作を、すべての Atlas ルールに照らしてチェックします。</translation>
    </message>
    <message>
        <source>The facts file (JSON, see docs/preflight.md); - reads standard input.</source>
        <translation>ファクトファイル (JSON。docs/preflight.md を参照)。- を指定すると標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json (default) or text.</source>
        <translation>json (既定値) または text。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>snapline preflight: %1</source>
        <translation>snapline preflight: %1</translation>
    </message>
    <message>
        <source>
Exit codes: 0 allowed, 3 refused, 2 bad input.</source>
        <translation>
終了コード: 0 許可、3 拒否、2 入力が不正。</translation>
    </message>
    <message>
        <source>snapline preflight: unexpected argument %1</source>
        <translation>snapline preflight: 予期しない引数 %1</translation>
    </message>
    <message>
        <source>snapline preflight: --output must be json or text, not %1</source>
        <translation>snapline preflight: --output には json または text を指定してください (%1 は指定できません)</translation>
    </message>
    <message>
        <source>snapline preflight: --facts FILE is required</source>
        <translation>snapline preflight: --facts FILE は必須です</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>標準入力を読み取れません。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Local sandbox</source>
        <translation>Local sandbox</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>サービスアカウント %1</translation>
    </message>
    <message>
        <source>	(built in)</source>
        <translation>	(組み込み)</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>プロファイル名。</translation>
    </message>
    <message>
        <source>Atlas address.</source>
        <translation>Atlas のアドレス。</translation>
    </message>
    <message>
        <source>API key public key.</source>
        <translation>API キーの公開キー。</translation>
    </message>
    <message>
        <source>Service account client id.</source>
        <translation>サービスアカウントのクライアント ID。</translation>
    </message>
    <message>
        <source>Organization id.</source>
        <translation>組織 ID。</translation>
    </message>
    <message>
        <source>Default project id.</source>
        <translation>既定のプロジェクト ID。</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM).</source>
        <translation>追加の CA 証明書 (PEM)。</translation>
    </message>
    <message>
        <source>Trust exactly this certificate.</source>
        <translation>この証明書のみを信頼します。</translation>
    </message>
    <message>
        <source>Usage: snapline profile add --name NAME (--public-key KEY | --client-id ID) [--base-url URL] [--org ID] [--project ID] [--ca-file FILE] [--pin-sha256 FP]
The private key or client secret is read from standard input.</source>
        <translation>使用法: snapline profile add --name NAME (--public-key KEY | --client-id ID) [--base-url URL] [--org ID] [--project ID] [--ca-file FILE] [--pin-sha256 FP]
秘密キーまたはクライアントシークレットは標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>No secret on standard input: pipe the private key or client secret in.</source>
        <translation>標準入力にシークレットがありません。秘密キーまたはクライアントシークレットをパイプで渡してください。</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;; its secret is in %2.</source>
        <translation>プロファイル「%1」を追加しました。シークレットは %2 に保存されています。</translation>
    </message>
    <message>
        <source>The Atlas CLI config file.</source>
        <translation>Atlas CLI の設定ファイル。</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」をインポートしました。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secret.</source>
        <translation>プロファイル「%1」とそのシークレットを削除しました。</translation>
    </message>
    <message>
        <source>Usage: snapline profile list | add … | import-atlascli [--file PATH] | remove NAME</source>
        <translation>使用法: snapline profile list | add … | import-atlascli [--file PATH] | remove NAME</translation>
    </message>
</context>
<context>
    <name>ProfileResolver</name>
    <message>
        <source>The environment holds no complete Atlas credentials: set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY, or MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET.</source>
        <translation>環境変数に完全な Atlas 認証情報がありません。MONGODB_ATLAS_PUBLIC_API_KEY と MONGODB_ATLAS_PRIVATE_API_KEY、または MONGODB_ATLAS_CLIENT_ID と MONGODB_ATLAS_CLIENT_SECRET を設定してください。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>「%1」という名前のプロファイルはありません。プロファイル: %2。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>プロファイル「%1」のシークレットを読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>“%1” is not a valid address: write it as https://host, for example https://cloud.mongodb.com.</source>
        <translation>「%1」は有効なアドレスではありません。https://host の形式で入力してください (例: https://cloud.mongodb.com)。</translation>
    </message>
    <message>
        <source>“%1” must start with https:// (plain http:// is allowed only for a sandbox on this computer).</source>
        <translation>「%1」は https:// で始まる必要があります (http:// は、このコンピューター上のサンドボックスに対してのみ使用できます)。</translation>
    </message>
    <message>
        <source>“%1” must not contain a user name or password; they belong in the profile&apos;s credentials.</source>
        <translation>「%1」にユーザー名やパスワードを含めることはできません。これらはプロファイルの認証情報に設定してください。</translation>
    </message>
    <message>
        <source>“%1” must be the server&apos;s address only, without a path (Snapline adds /api/atlas/v2 itself).</source>
        <translation>「%1」にはサーバーのアドレスのみを指定し、パスは含めないでください (/api/atlas/v2 は Snapline が自動的に付加します)。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>API キーの公開キーを入力してください。</translation>
    </message>
    <message>
        <source>An API public key is exactly 8 characters without spaces; “%1” is %2 characters long.</source>
        <translation>API の公開キーは、空白を含まないちょうど 8文字です。「%1」は %2文字です。</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client id.</source>
        <translation>サービスアカウントのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a service account client id: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>「%1」はサービスアカウントのクライアント ID ではありません。クライアント ID は、mdb_sa_id_ に続く 24桁の 16進数です。</translation>
    </message>
    <message>
        <source>The token path must be a path on the base URL, such as %1.</source>
        <translation>トークンパスは、%1 のように、ベース URL 上のパスである必要があります。</translation>
    </message>
    <message>
        <source>The organization id must be 24 lowercase hexadecimal characters; “%1” is not.</source>
        <translation>組織 ID は、24文字の小文字の 16進数である必要があります。「%1」はこの形式ではありません。</translation>
    </message>
    <message>
        <source>The default project id must be 24 lowercase hexadecimal characters; “%1” is not.</source>
        <translation>既定のプロジェクト ID は、24文字の小文字の 16進数である必要があります。「%1」はこの形式ではありません。</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>CA ファイル「%1」を読み取れません。</translation>
    </message>
    <message>
        <source>The pinned certificate must be a SHA-256 fingerprint: 32 pairs of hexadecimal digits separated by colons (AB:CD:…).</source>
        <translation>ピン留めした証明書は、SHA-256 フィンガープリント (コロンで区切った 32組の 16進数: AB:CD:…) である必要があります。</translation>
    </message>
</context>
<context>
    <name>ReportArgumentReader</name>
    <message>
        <source>Usage: snapline report --profile NAME --kind KIND [--scope SCOPE] --from DATE [--to DATE] --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
       snapline report verify PATH [--key-fingerprint FP]</source>
        <translation>使用法: snapline report --profile NAME --kind KIND [--scope SCOPE] --from DATE [--to DATE] --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
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
        <translation>プロファイルのカタログからバックアップレポートを書き出します。SHA-256 ハッシュのマニフェスト (--sign 指定時は Ed25519 署名も) を付け、画面表示や確認の問い合わせは行いません。

  --profile NAME   保存済みのプロファイル (名前または ID)、&quot;Local sandbox&quot;、または env
  --kind KIND      %1
  --scope SCOPE    org:ID、project:ID、または cluster:PROJECT_ID/NAME。組織と
                   プロジェクトは名前でも指定できます (project:Payments)。既定値:
                   プロファイルの組織
  --from DATE      期間の開始 (この時点を含む): YYYY-MM-DD (UTC) または ISO 8601 形式の時刻
  --to DATE        期間の終了: YYYY-MM-DD はその日全体を含み、ISO 形式の時刻は
                   その時点を含みません。既定値は現在。バックアップ状況レポートは --to 時点
  --days N         --from の代わりに、--to までの N 日間
  --out PATH       レポートファイル (CSV の場合はフォルダー、.zip、または .csv)
  --format FORMAT  %2。既定値は --out の拡張子から判断
  --page SIZE      a4 (既定値) または letter。PDF と HTML の印刷用
  --sign           Snapline 独自のキー (初回使用時に作成) でマニフェストに署名
  --key PEM        代わりにこの Ed25519 秘密キーで署名 (--sign を含む)
  --sync           先に Atlas からスコープを同期 (指定しない場合は前回同期時のカタログを使用)

終了コード: 0 書き込み完了、1 失敗 (カタログ、出力先、キー、同期)、2 引数が不正、または
カタログにないスコープ、130 中断 (何も残りません)。
verify については `snapline report verify --help` を参照してください。docs/reports.md も参照してください。
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」があります。</translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation>--%1 が指定されていません。</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not a report kind: use %2.</source>
        <translation>--kind の値「%1」はレポートの種類ではありません。%2 を使用してください。</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD), a time (ISO 8601) or now.</source>
        <translation>--to の値「%1」は、日付 (YYYY-MM-DD)、時刻 (ISO 8601)、now のいずれでもありません。</translation>
    </message>
    <message>
        <source>Give either --from or --days, not both.</source>
        <translation>--from と --days は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD) or a time (ISO 8601).</source>
        <translation>--from の値「%1」は、日付 (YYYY-MM-DD) でも時刻 (ISO 8601) でもありません。</translation>
    </message>
    <message>
        <source>--days &quot;%1&quot; is not a number of days (1 to 3660).</source>
        <translation>--days の値「%1」は日数 (1～3660) ではありません。</translation>
    </message>
    <message>
        <source>--from (or --days) is missing: a %1 report covers a period.</source>
        <translation>--from (または --days) が指定されていません。%1 レポートは期間を対象とします。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>期間の終了 (%1) が開始 (%2) より前になっています。</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a format: use %2.</source>
        <translation>--format の値「%1」は形式ではありません。%2 を使用してください。</translation>
    </message>
    <message>
        <source>--format is missing, and the name %1 does not say which format to write.</source>
        <translation>--format が指定されておらず、名前 %1 からは書き出す形式を判断できません。</translation>
    </message>
    <message>
        <source>--page &quot;%1&quot; is not a page size: use a4 or letter.</source>
        <translation>--page の値「%1」はページサイズではありません。a4 または letter を使用してください。</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>A posture report needs the moment to judge at.</source>
        <translation>バックアップ状況レポートには、判定の基準となる時点が必要です。</translation>
    </message>
    <message>
        <source>The report needs a period: a start and an end.</source>
        <translation>レポートには期間 (開始と終了) が必要です。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>期間の終了 (%1) が開始 (%2) より前になっています。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The catalog holds no organization yet: sync it first (--sync).</source>
        <translation>カタログにはまだ組織がありません。先に同期してください (--sync)。</translation>
    </message>
    <message>
        <source>The catalog holds several organizations: choose one with --scope: %1.</source>
        <translation>カタログに複数の組織があります。--scope でいずれかを選択してください: %1。</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 clusters · %3</source>
        <translation>同期: %1/%2 クラスター · %3</translation>
    </message>
    <message>
        <source>The sync failed, so no report was written: %1</source>
        <translation>同期に失敗したため、レポートは書き込まれませんでした: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>「%1」という名前のプロファイルはありません。プロファイル: %2。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no catalog yet: add --sync, or run snapline sync --profile &quot;%1&quot; first.</source>
        <translation>プロファイル「%1」にはまだカタログがありません。--sync を追加するか、先に snapline sync --profile &quot;%1&quot; を実行してください。</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1 report written to %2 (%3)</source>
        <translation>%1 レポートを %2 に書き込みました (%3)</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>マニフェスト: %1</translation>
    </message>
    <message>
        <source>Signature: %1, key %2</source>
        <translation>署名: %1、キー %2</translation>
    </message>
    <message>
        <source>Check it with: snapline report verify %1</source>
        <translation>検証するには: snapline report verify %1</translation>
    </message>
</context>
<context>
    <name>ReportContext</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>レポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>組織 %1</translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation>プロジェクト %1 (%2)</translation>
    </message>
    <message>
        <source>The catalog holds no cluster &quot;%1&quot; in project %2. Sync the project, or check the name.</source>
        <translation>カタログのプロジェクト %2 に、クラスター「%1」がありません。プロジェクトを同期するか、名前を確認してください。</translation>
    </message>
    <message>
        <source>Cluster %1 (project %2, %3)</source>
        <translation>クラスター %1 (プロジェクト %2、%3)</translation>
    </message>
    <message>
        <source>The catalog holds no organization &quot;%1&quot;. Sync it first, or check the id.</source>
        <translation>カタログに組織「%1」がありません。先に同期するか、ID を確認してください。</translation>
    </message>
    <message>
        <source>The catalog holds no project &quot;%1&quot;. Sync it first, or check the id.</source>
        <translation>カタログにプロジェクト「%1」がありません。先に同期するか、ID を確認してください。</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>This build of Snapline cannot write %1 reports.</source>
        <translation>このビルドの Snapline では、%1 レポートを書き出せません。</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>レポートはキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 が存在しません</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (permission denied or read-only)</source>
        <translation>フォルダー %1 に書き込めません (アクセスが拒否されたか、読み取り専用です)</translation>
    </message>
    <message>
        <source>no staging folder could be made</source>
        <translation>作業用フォルダーを作成できませんでした</translation>
    </message>
    <message>
        <source>the folder exists and holds files that are not from a report; choose another destination</source>
        <translation>フォルダーが存在し、レポート以外のファイルが含まれています。別の出力先を選択してください</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Reading the catalog</source>
        <translation>カタログを読み取っています</translation>
    </message>
    <message>
        <source>Writing the %1 report</source>
        <translation>%1 レポートを書き込んでいます</translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation>%1 を %2 でエクスポート</translation>
    </message>
</context>
<context>
    <name>ReportManifest</name>
    <message>
        <source>The manifest is not JSON: %1.</source>
        <translation>マニフェストが JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>The file is not a Snapline report manifest.</source>
        <translation>このファイルは Snapline レポートのマニフェストではありません。</translation>
    </message>
    <message>
        <source>The manifest is version %1; this Snapline reads version %2.</source>
        <translation>マニフェストのバージョンは %1 ですが、この Snapline が読み取れるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>The manifest lists a file without a path, a SHA-256 or a size.</source>
        <translation>マニフェストに、パス、SHA-256、またはサイズのないファイルが記載されています。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>レポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>ReportRenderText</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>レポートを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF file %1.</source>
        <translation>PDF ファイル %1 の作成を開始できません。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: it is a folder.</source>
        <translation>レポートを %1 に書き込めません: フォルダーです。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: the folder %2 does not exist.</source>
        <translation>レポートを %1 に書き込めません: フォルダー %2 が存在しません。</translation>
    </message>
    <message>
        <source>the file was already closed</source>
        <translation>ファイルはすでに閉じられています</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成日時</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>行がありません。</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>データがありません。</translation>
    </message>
    <message>
        <source>Rows: %1 — listed in the CSV and JSON exports only.</source>
        <translation>行数: %1 — CSV および JSON エクスポートにのみ記載されています。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (続き)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2ページ</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成日時: %1</translation>
    </message>
    <message>
        <source>Made by Snapline, a console for MongoDB Atlas cloud backups.</source>
        <translation>MongoDB Atlas クラウドバックアップ用コンソール Snapline で作成。</translation>
    </message>
</context>
<context>
    <name>ReportScopeChoices</name>
    <message>
        <source>Organization %1</source>
        <translation>組織 %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>Cluster %1 / %2</source>
        <translation>クラスター %1 / %2</translation>
    </message>
</context>
<context>
    <name>ReportSignature</name>
    <message>
        <source>The signature file is not a Snapline Ed25519 signature.</source>
        <translation>署名ファイルが Snapline の Ed25519 署名ではありません。</translation>
    </message>
</context>
<context>
    <name>ReportSigningKey</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key.</source>
        <translation>OpenSSL で Ed25519 キーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>署名キー %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM private key (an encrypted key needs its passphrase removed first).</source>
        <translation>%1 に読み取り可能な PEM 秘密キーがありません (暗号化されたキーは、先にパスフレーズを解除する必要があります)。</translation>
    </message>
    <message>
        <source>The key in %1 is not an Ed25519 key; reports are signed with Ed25519 (make one with &quot;openssl genpkey -algorithm ed25519&quot;).</source>
        <translation>%1 のキーは Ed25519 キーではありません。レポートは Ed25519 で署名されます (&quot;openssl genpkey -algorithm ed25519&quot; で作成してください)。</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key.</source>
        <translation>OpenSSL でキーを書き込めませんでした。</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the manifest.</source>
        <translation>OpenSSL でマニフェストに署名できませんでした。</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>&quot;%1&quot; is not a scope: write org:ID, project:ID or cluster:PROJECT_ID/NAME.</source>
        <translation>「%1」はスコープではありません。org:ID、project:ID、または cluster:PROJECT_ID/NAME の形式で入力してください。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; names nothing after the colon.</source>
        <translation>スコープ「%1」のコロンの後に何も指定されていません。</translation>
    </message>
    <message>
        <source>A cluster scope is cluster:PROJECT_ID/NAME, not &quot;%1&quot;.</source>
        <translation>クラスタースコープは cluster:PROJECT_ID/NAME の形式です (「%1」は指定できません)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope level: use org, project or cluster.</source>
        <translation>「%1」はスコープのレベルではありません。org、project、cluster のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Backup posture</source>
        <translation>バックアップ状況</translation>
    </message>
    <message>
        <source>Backup coverage</source>
        <translation>バックアップカバレッジ</translation>
    </message>
    <message>
        <source>Backup compliance</source>
        <translation>バックアップコンプライアンス</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>復元アクティビティ</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>バックアップストレージ</translation>
    </message>
    <message>
        <source>How every cluster&apos;s backups stood at one moment: backup kind, point in time, last snapshot, compliance and warnings.</source>
        <translation>ある時点における全クラスターのバックアップの状況: バックアップの種類、ポイントインタイム、最新のスナップショット、コンプライアンス、警告。</translation>
    </message>
    <message>
        <source>Whether every cluster was backed up as its policy says over the period: snapshots expected and taken, missed and failed ones, the achieved recovery point and the point-in-time window.</source>
        <translation>期間中、各クラスターがポリシーどおりにバックアップされたかどうか: 予定および取得済みのスナップショット、取得漏れおよび失敗したスナップショット、達成 RPO、PIT ウィンドウ。</translation>
    </message>
    <message>
        <source>The Backup Compliance Policy of each project, who set it and when, the clusters below it and the actions it refused.</source>
        <translation>各プロジェクトの Backup Compliance Policy、その設定者と設定日時、ポリシー未達のクラスター、ポリシーによって拒否された操作。</translation>
    </message>
    <message>
        <source>Every restore job of the period, who asked for it and how it ended: the evidence of restore drills.</source>
        <translation>期間中のすべての復元ジョブ、その要求者と結果: 復元訓練の証跡。</translation>
    </message>
    <message>
        <source>Snapshot storage over the period, by cluster and by snapshot frequency.</source>
        <translation>期間中のスナップショットストレージ (クラスター別およびスナップショット頻度別)。</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>the signature file cannot be read: %1</source>
        <translation>署名ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>the manifest is not the one that was signed</source>
        <translation>マニフェストが署名されたものと一致しません</translation>
    </message>
    <message>
        <source>No manifest for %1: %2 does not exist, so there is nothing to check against.</source>
        <translation>%1 のマニフェストがありません: %2 が存在しないため、照合する対象がありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>CHANGED %1: it cannot be read (expected SHA-256 %2, %3 bytes)</source>
        <translation>[変更] %1: 読み取れません (期待値: SHA-256 %2、%3 バイト)</translation>
    </message>
    <message>
        <source>CHANGED %1: SHA-256 %2 (%3 bytes), expected %4 (%5 bytes)</source>
        <translation>[変更] %1: SHA-256 %2 (%3 バイト)、期待値: %4 (%5 バイト)</translation>
    </message>
    <message>
        <source>MISSING %1</source>
        <translation>[欠落] %1</translation>
    </message>
    <message>
        <source>EXTRA %1: not in the manifest</source>
        <translation>[余分] %1: マニフェストにありません</translation>
    </message>
    <message>
        <source>The manifest is not signed.</source>
        <translation>マニフェストは署名されていません。</translation>
    </message>
    <message>
        <source>The signature is valid, by key %1.</source>
        <translation>署名は有効です (キー %1)。</translation>
    </message>
    <message>
        <source>The signature is INVALID: %1.</source>
        <translation>署名が無効です: %1。</translation>
    </message>
    <message>
        <source>The signature is valid but by key %1, not the trusted one.</source>
        <translation>署名は有効ですが、信頼済みのキーではなく、キー %1 によるものです。</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) match the manifest.</source>
        <translation>
            <numerusform>%n個のファイルすべてがマニフェストと一致します。</numerusform>
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
        <translation>使用法: snapline report verify PATH [--key-fingerprint FP]

レポート (ファイル、.zip、CSV フォルダー、またはそのマニフェストか署名) をマニフェストと照合します。
各ファイルの SHA-256 とサイズ、.zip 内のファイル、レポートフォルダーに追加されたファイル、
および署名を検証します。検出事項ごとに 1行を出力します。

  --key-fingerprint FP  信頼するキーのフィンガープリント (SHA256:…)。別のキーで署名された
                        レポートや署名のないレポートは合格しません

終了コード: 0 改ざんなし、5 ファイルの変更・欠落・追加、または署名が無効・別のキーによる署名・
--key-fingerprint 指定時に署名なし、1 マニフェストを読み取れない、
2 引数が不正。
</translation>
    </message>
    <message>
        <source>Usage: snapline report verify PATH [--key-fingerprint FP]</source>
        <translation>使用法: snapline report verify PATH [--key-fingerprint FP]</translation>
    </message>
    <message>
        <source>Which report? Give its path.</source>
        <translation>どのレポートですか？パスを指定してください。</translation>
    </message>
    <message>
        <source>Give one report to verify, not %1.</source>
        <translation>検証するレポートは 1つだけ指定してください (%1個指定されています)。</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>マニフェスト: %1</translation>
    </message>
    <message>
        <source>Report: %1 (%2), %3, generated %4 by %5</source>
        <translation>レポート: %1 (%2)、%3、%4 に %5 が生成</translation>
    </message>
    <message>
        <source>NOT SIGNED: the report cannot be by key %1.</source>
        <translation>署名なし: このレポートがキー %1 によるものであることは証明できません。</translation>
    </message>
    <message>
        <source>The report is NOT as it was exported.</source>
        <translation>レポートはエクスポート時の状態から変更されています。</translation>
    </message>
    <message>
        <source>The files match the manifest, but the signature does not prove the report is as the trusted key signed it.</source>
        <translation>ファイルはマニフェストと一致しますが、信頼するキーで署名されたときのままのレポートであることは、署名によって証明されていません。</translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation>レポートは改ざんされていません。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>type the source cluster&apos;s name to confirm the download: --confirm %1</source>
        <translation>ダウンロードを確定するには、ソースクラスターの名前を入力してください: --confirm %1</translation>
    </message>
    <message>
        <source>type the target cluster&apos;s name to confirm that every piece of data on it is replaced: --confirm %1</source>
        <translation>ターゲットクラスター上のすべてのデータが置き換えられることを確認するため、ターゲットクラスターの名前を入力してください: --confirm %1</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>何も送信されていません: %1</translation>
    </message>
    <message>
        <source>nothing was sent: --confirm %1 does not name %2; %3</source>
        <translation>何も送信されていません: --confirm %1 が %2 と一致しません。%3</translation>
    </message>
    <message>
        <source>snapline restore: %1</source>
        <translation>snapline restore: %1</translation>
    </message>
    <message>
        <source>Atlas cannot be reached, so nothing was sent (%1).</source>
        <translation>Atlas に接続できないため、何も送信されていません (%1)。</translation>
    </message>
    <message>
        <source>The restore is refused, so nothing was sent.</source>
        <translation>復元が拒否されたため、何も送信されていません。</translation>
    </message>
    <message>
        <source>Atlas accepted the restore: job %1</source>
        <translation>Atlas が復元を受け付けました: ジョブ %1</translation>
    </message>
    <message>
        <source>Stopping; a restore Atlas has accepted goes on there (it is not cancelled).</source>
        <translation>停止します。Atlas が受け付けた復元は Atlas 上で続行されます (キャンセルはされません)。</translation>
    </message>
    <message>
        <source>Stopped following restore job %1; the restore goes on in Atlas.</source>
        <translation>復元ジョブ %1 の追跡を停止しました。復元は Atlas 上で続行されます。</translation>
    </message>
    <message>
        <source>Atlas did not answer the request clearly; the job was found in its list of restore jobs.</source>
        <translation>Atlas の応答が明確ではありませんでしたが、復元ジョブの一覧にこのジョブが見つかりました。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注記: %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommandLine</name>
    <message>
        <source>The profile: a name, an id, &quot;Local sandbox&quot; or env.</source>
        <translation>プロファイル: 名前、ID、&quot;Local sandbox&quot; または env。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The source cluster&apos;s project (an id or a name).</source>
        <translation>ソースクラスターのプロジェクト (ID または名前)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The source cluster.</source>
        <translation>ソースクラスター。</translation>
    </message>
    <message>
        <source>Restore this snapshot.</source>
        <translation>このスナップショットを復元します。</translation>
    </message>
    <message>
        <source>Restore to this second, in UTC: 2026-11-20T14:03:07Z or &quot;2026-11-20 14:03:07&quot;.</source>
        <translation>UTC で指定したこの秒の時点に復元します: 2026-11-20T14:03:07Z または &quot;2026-11-20 14:03:07&quot;。</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Restore to this oplog timestamp: seconds:increment.</source>
        <translation>この oplog タイムスタンプの時点に復元します: seconds:increment。</translation>
    </message>
    <message>
        <source>TS:INC</source>
        <translation>TS:INC</translation>
    </message>
    <message>
        <source>The target cluster&apos;s project (an id or a name; default: --project).</source>
        <translation>ターゲットクラスターのプロジェクト (ID または名前。既定値: --project)。</translation>
    </message>
    <message>
        <source>The cluster to restore into.</source>
        <translation>復元先のクラスター。</translation>
    </message>
    <message>
        <source>automated (default: into the target cluster) or download.</source>
        <translation>automated (既定値: ターゲットクラスターに復元) または download。</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (既定値) または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not ask Atlas: judge from the catalog as last synced.</source>
        <translation>Atlas に問い合わせず、最後に同期したカタログに基づいて判定します。</translation>
    </message>
    <message>
        <source>Judge the facts in this JSON file instead, without a profile (see docs/preflight.md).</source>
        <translation>プロファイルを使わず、この JSON ファイル内のファクトに基づいて判定します (docs/preflight.md を参照)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The target cluster&apos;s name (the source cluster&apos;s for a download), typed to confirm.</source>
        <translation>確認のために入力するターゲットクラスターの名前 (ダウンロードの場合はソースクラスターの名前)。</translation>
    </message>
    <message>
        <source>Follow the restore job to its end.</source>
        <translation>復元ジョブを完了まで追跡します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Checks a restore against every Atlas rule with facts fresh from Atlas (or from the catalog when offline) and prints the verdict and the request that would be sent.</source>
        <translation>Atlas から取得した最新のファクト (オフライン時はカタログ) を使って復元をすべての Atlas ルールに照らしてチェックし、判定と送信されるリクエストを出力します。</translation>
    </message>
    <message>
        <source>Checks a restore like preflight, then sends it to Atlas once, after an allowed verdict and a --confirm that names the cluster whose data is replaced.</source>
        <translation>preflight と同様に復元をチェックし、判定が許可で、かつデータが置き換えられるクラスターの名前を --confirm で指定した場合に限り、Atlas に 1回だけ送信します。</translation>
    </message>
    <message>
        <source>Usage: snapline preflight --profile NAME --project ID --cluster NAME
         (--snapshot ID | --at UTC | --oplog TS:INC)
         (--target-project ID --target-cluster NAME | --delivery download)
         [--output text|json] [--offline]
       snapline preflight --facts FILE.json [--output json|text]
</source>
        <translation>使用法: snapline preflight --profile NAME --project ID --cluster NAME
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
        <translation>使用法: snapline restore --profile NAME --project ID --cluster NAME
          (--snapshot ID | --at UTC | --oplog TS:INC)
          (--target-project ID --target-cluster NAME | --delivery download)
          --confirm NAME [--wait] [--output text|json]
</translation>
    </message>
    <message>
        <source>Exit codes: 0 allowed, 3 refused, 2 bad arguments, 1 failure (the catalog could not be read, Atlas answered with an error), 130 interrupted.
</source>
        <translation>終了コード: 0 許可、3 拒否、2 引数が不正、1 失敗 (カタログを読み取れない、Atlas がエラーを返した)、130 中断。
</translation>
    </message>
    <message>
        <source>Exit codes: 0 the restore completed (or, without --wait, Atlas accepted it), 3 refused (nothing was sent), 2 bad arguments or no matching --confirm (nothing was sent), 1 failure (Atlas unreachable or refusing, an uncertain submission, the catalog), 4 the restore ran and failed, was cancelled or expired, 130 interrupted (Ctrl+C while waiting stops following; the restore goes on in Atlas).
</source>
        <translation>終了コード: 0 復元が完了 (--wait なしの場合は Atlas が受け付けた)、3 拒否 (何も送信されていない)、2 引数が不正、または一致する --confirm がない (何も送信されていない)、1 失敗 (Atlas に接続できない・Atlas が拒否した、送信結果が不確実、カタログの問題)、4 復元が実行されたが失敗・キャンセル・期限切れになった、130 中断 (待機中に Ctrl+C を押すと追跡を停止します。復元は Atlas 上で続行されます)。
</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>予期しない引数 %1</translation>
    </message>
    <message>
        <source>--facts FILE judges the facts in a file and takes no profile: use --facts or --profile, not both</source>
        <translation>--facts FILE はファイル内のファクトを判定するもので、プロファイルは使用しません: --facts と --profile のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>a restore is sent to Atlas, so it cannot run --offline; check it offline with snapline preflight --offline</source>
        <translation>復元は Atlas に送信されるため、--offline では実行できません。オフラインでチェックするには snapline preflight --offline を使用してください</translation>
    </message>
    <message>
        <source>--profile NAME is required (or --facts FILE to judge the facts in a file)</source>
        <translation>--profile NAME が必要です (ファイル内のファクトを判定する場合は --facts FILE)</translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation>--profile NAME が必要です</translation>
    </message>
    <message>
        <source>name the source with --project ID and --cluster NAME</source>
        <translation>--project ID と --cluster NAME でソースを指定してください</translation>
    </message>
    <message>
        <source>say what to restore: --snapshot ID, --at UTC or --oplog TS:INC</source>
        <translation>復元する対象を指定してください: --snapshot ID、--at UTC、または --oplog TS:INC</translation>
    </message>
    <message>
        <source>say what to restore with one of --snapshot, --at and --oplog, not several</source>
        <translation>復元する対象は --snapshot、--at、--oplog のいずれか 1つで指定してください (複数は指定できません)</translation>
    </message>
    <message>
        <source>--snapshot: the snapshot id is empty</source>
        <translation>--snapshot: スナップショット ID が空です</translation>
    </message>
    <message>
        <source>--delivery must be automated or download, not %1</source>
        <translation>--delivery には automated または download を指定してください (%1 は指定できません)</translation>
    </message>
    <message>
        <source>a download goes to links, not into a cluster: leave out --target-project and --target-cluster</source>
        <translation>ダウンロードはクラスターへの復元ではなくリンクで提供されます: --target-project と --target-cluster は指定しないでください</translation>
    </message>
    <message>
        <source>name the cluster to restore into with --target-cluster NAME (and --target-project ID when it lives in another project), or ask for --delivery download</source>
        <translation>復元先のクラスターを --target-cluster NAME で指定するか (別のプロジェクトにある場合は --target-project ID も指定)、--delivery download を指定してください</translation>
    </message>
    <message>
        <source>--target-project: the project is empty</source>
        <translation>--target-project: プロジェクトが空です</translation>
    </message>
    <message>
        <source>--output must be text or json, not %1</source>
        <translation>--output には text または json を指定してください (%1 は指定できません)</translation>
    </message>
    <message>
        <source>--at: expected a UTC time to the second, like 2026-11-20T14:03:07Z or &quot;2026-11-20 14:03:07&quot;; %1</source>
        <translation>--at: UTC の秒単位の時刻が必要です (例: 2026-11-20T14:03:07Z または &quot;2026-11-20 14:03:07&quot;)。%1</translation>
    </message>
    <message>
        <source>%1 has an offset: give the time in UTC</source>
        <translation>%1 にはオフセットが含まれています: 時刻は UTC で指定してください</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>指定された値: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a date and time</source>
        <translation>%1 は日時ではありません</translation>
    </message>
    <message>
        <source>--oplog: expected an oplog timestamp as seconds:increment, like 1763647387:5 (both whole numbers below 2^32, the seconds above 0); got &quot;%1&quot;</source>
        <translation>--oplog: oplog タイムスタンプを seconds:increment の形式で指定してください (例: 1763647387:5。どちらも 2^32 未満の整数で、秒は 0 より大きい値)。指定された値: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>RestoreGateway</name>
    <message>
        <source>Atlas has no restore call for the backups of %1 (%2).</source>
        <translation>Atlas には %1 (%2) のバックアップを復元する API 呼び出しがありません。</translation>
    </message>
    <message>
        <source>Atlas does not cancel the restore of a sharded cluster once it has started (it answers 405, ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED); it runs to its end.</source>
        <translation>シャードクラスターの復元は、開始後は Atlas でキャンセルできません (405、ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED が返されます)。復元は最後まで実行されます。</translation>
    </message>
    <message>
        <source>Atlas has no call to cancel a restore from %1; it runs to its end.</source>
        <translation>Atlas には %1 からの復元をキャンセルする API 呼び出しがありません。復元は最後まで実行されます。</translation>
    </message>
</context>
<context>
    <name>RestoreOrderText</name>
    <message>
        <source>Download a snapshot of %1</source>
        <translation>%1 のスナップショットをダウンロード</translation>
    </message>
    <message>
        <source>Restore %1 into itself</source>
        <translation>%1 を同じクラスターに復元</translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation>%1 を %2 に復元</translation>
    </message>
    <message>
        <source>%1 as of %2 (oplog %3:%4)</source>
        <translation>%2 時点の %1 (oplog %3:%4)</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%2 時点の %1</translation>
    </message>
    <message>
        <source>snapshot %1 of %2</source>
        <translation>%2 のスナップショット %1</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(未選択)</translation>
    </message>
    <message>
        <source>download links</source>
        <translation>ダウンロードリンク</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (プロジェクト %2)</translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>as of %1 (%2)</source>
        <translation>%1 時点 (%2)</translation>
    </message>
    <message>
        <source>as last synced (when is not known)</source>
        <translation>最後の同期時点 (日時不明)</translation>
    </message>
    <message>
        <source>offline: judged from the catalog %1</source>
        <translation>オフライン: カタログ (%1) に基づいて判定</translation>
    </message>
    <message>
        <source>  source:       %1, project %2
</source>
        <translation>  ソース:       %1、プロジェクト %2
</translation>
    </message>
    <message>
        <source>  destination:  %1
</source>
        <translation>  復元先:       %1
</translation>
    </message>
    <message>
        <source>                roles as Atlas told them %1
</source>
        <translation>                Atlas から取得したロール %1
</translation>
    </message>
    <message>
        <source>  facts:        read from Atlas just now
</source>
        <translation>  ファクト:     たった今 Atlas から取得
</translation>
    </message>
    <message>
        <source>  note:         %1
</source>
        <translation>  注記:         %1
</translation>
    </message>
    <message>
        <source>The request that would be sent:
</source>
        <translation>送信されるリクエスト:
</translation>
    </message>
    <message>
        <source>The request (refused: it will not be sent):
</source>
        <translation>リクエスト (拒否: 送信されません):
</translation>
    </message>
    <message>
        <source>Atlas lists no download links for restore job %1.
</source>
        <translation>Atlas には復元ジョブ %1 のダウンロードリンクがありません。
</translation>
    </message>
    <message>
        <source>Download links (they expire %1, %2):
</source>
        <translation>ダウンロードリンク (有効期限 %1、%2):
</translation>
    </message>
    <message>
        <source>Download links:
</source>
        <translation>ダウンロードリンク:
</translation>
    </message>
</context>
<context>
    <name>RestoreReportBuilder</name>
    <message>
        <source>Restore jobs</source>
        <translation>復元ジョブ</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求日時</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>要求者</translation>
    </message>
    <message>
        <source>Via code</source>
        <translation>経由 (コード)</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>Source project id</source>
        <translation>ソースプロジェクト ID</translation>
    </message>
    <message>
        <source>Source project</source>
        <translation>ソースプロジェクト</translation>
    </message>
    <message>
        <source>Source cluster</source>
        <translation>ソースクラスター</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Restored to</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>Delivery code</source>
        <translation>配信方法 (コード)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配信方法</translation>
    </message>
    <message>
        <source>Target project id</source>
        <translation>ターゲットプロジェクト ID</translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>ターゲットプロジェクト</translation>
    </message>
    <message>
        <source>Target cluster</source>
        <translation>ターゲットクラスター</translation>
    </message>
    <message>
        <source>Outcome code</source>
        <translation>結果 (コード)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Snapline</source>
        <translation>Snapline</translation>
    </message>
    <message>
        <source>outside Snapline</source>
        <translation>Snapline 外</translation>
    </message>
    <message>
        <source>Restore drills by cluster</source>
        <translation>クラスター別の復元訓練</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Last completed restore</source>
        <translation>最後に完了した復元</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>復元テスト済み</translation>
    </message>
    <message>
        <source>Restore jobs by source cluster and outcome</source>
        <translation>ソースクラスター別・結果別の復元ジョブ</translation>
    </message>
    <message>
        <source>Cancelled, expired or running</source>
        <translation>キャンセル・期限切れ・実行中</translation>
    </message>
    <message>
        <source>No restore job was started in the period.</source>
        <translation>期間中に開始された復元ジョブはありません。</translation>
    </message>
    <message>
        <source>&quot;Requested by&quot; is known for restores Snapline sent (from its audit log); restores started in the Atlas UI, API or CLI show only what Atlas lists, which has no request time for them: they are placed in the period by the time they finished.</source>
        <translation>「要求者」がわかるのは Snapline が送信した復元のみです (監査ログより)。Atlas UI、API、CLI で開始された復元は Atlas の一覧にある情報だけが表示され、要求日時がないため、完了日時に基づいて期間に割り当てられます。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Every restore job created between %1 and %2 from a cluster in scope.</source>
        <translation>%1 から %2 までに、スコープ内のクラスターから作成されたすべての復元ジョブ。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Sent by Snapline</source>
        <translation>Snapline から送信</translation>
    </message>
    <message>
        <source>Clusters with a completed restore</source>
        <translation>復元が完了したクラスター</translation>
    </message>
    <message>
        <source>Backed-up clusters without one</source>
        <translation>完了した復元がないバックアップ対象クラスター</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>所要時間の中央値</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>最長所要時間</translation>
    </message>
</context>
<context>
    <name>RestoreRunner</name>
    <message>
        <source>This restore (%1 to %2) is already being submitted or followed; it was not sent a second time.</source>
        <translation>この復元 (%1 から %2) はすでに送信中または追跡中のため、再度送信されませんでした。</translation>
    </message>
    <message>
        <source>Bringing %1 up to date</source>
        <translation>%1 を最新の状態に更新しています</translation>
    </message>
    <message>
        <source>The latest state could not be read from Atlas, so the restore was not sent: %1</source>
        <translation>Atlas から最新の状態を読み取れなかったため、復元は送信されませんでした: %1</translation>
    </message>
    <message>
        <source>Checking the rules</source>
        <translation>ルールをチェックしています</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent to Atlas.</source>
        <translation>Atlas に何も送信しないうちにキャンセルされました。</translation>
    </message>
    <message>
        <source>Sending the restore request to Atlas</source>
        <translation>Atlas に復元リクエストを送信しています</translation>
    </message>
    <message>
        <source>Updating the catalog</source>
        <translation>カタログを更新しています</translation>
    </message>
    <message>
        <source>Atlas accepted restore job %1; it goes on in Atlas.</source>
        <translation>Atlas が復元ジョブ %1 を受け付けました。復元は Atlas 上で続行されます。</translation>
    </message>
    <message>
        <source>Since you confirmed, something changed: %1</source>
        <translation>確認後に変更がありました: %1</translation>
    </message>
    <message>
        <source>Since you confirmed, something changed, so the restore was not sent; check it again: %1</source>
        <translation>確認後に変更があったため、復元は送信されませんでした。もう一度チェックしてください: %1</translation>
    </message>
    <message>
        <source>Atlas did not answer clearly (%1); looking for the job in its list</source>
        <translation>Atlas の応答が明確ではありませんでした (%1)。一覧でジョブを探しています</translation>
    </message>
    <message>
        <source>Atlas did not answer the restore request twice (%1), and its list of restore jobs shows none from it. Nothing more was sent; try again later.</source>
        <translation>Atlas は復元リクエストに 2回応答せず (%1)、復元ジョブの一覧にもこのリクエストによるジョブはありません。これ以上は送信していません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Atlas did not answer the restore request (%1), and its list of restore jobs could not be read, so Snapline did not send it again. Look at the restores of %2 before trying again: Atlas may have started it.</source>
        <translation>Atlas が復元リクエストに応答せず (%1)、復元ジョブの一覧も読み取れなかったため、Snapline は再送信しませんでした。Atlas で復元が開始されている可能性があるため、再試行する前に %2 の復元を確認してください。</translation>
    </message>
    <message>
        <source>Could not read restore job %1 (%2); trying again</source>
        <translation>復元ジョブ %1 を読み取れませんでした (%2)。再試行しています</translation>
    </message>
    <message>
        <source>Asking Atlas to cancel restore job %1</source>
        <translation>Atlas に復元ジョブ %1 のキャンセルを要求しています</translation>
    </message>
    <message>
        <source>The restore could not be cancelled: %1</source>
        <translation>復元をキャンセルできませんでした: %1</translation>
    </message>
    <message>
        <source>The catalog could not be brought up to date: %1</source>
        <translation>カタログを最新の状態に更新できませんでした: %1</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>監査ログに書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RestoreText</name>
    <message>
        <source>restore job %1 (download)</source>
        <translation>復元ジョブ %1 (ダウンロード)</translation>
    </message>
    <message>
        <source>restore job %1 into %2</source>
        <translation>%2 への復元ジョブ %1</translation>
    </message>
    <message>
        <source>Atlas is running %1 (%2 so far).</source>
        <translation>Atlas で %1 を実行中です (経過時間 %2)。</translation>
    </message>
    <message numerus="yes">
        <source>Atlas finished %1 after %2; %n download link(s) ready.</source>
        <translation>
            <numerusform>Atlas で %1 が完了しました (所要時間 %2)。ダウンロードリンク %n件の準備ができています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Atlas completed %1 after %2.</source>
        <translation>Atlas で %1 が完了しました (所要時間 %2)。</translation>
    </message>
    <message>
        <source>Atlas could not complete %1; it failed after %2.</source>
        <translation>Atlas で %1 を完了できませんでした。%2 後に失敗しました。</translation>
    </message>
    <message>
        <source>Atlas cancelled %1 after %2.</source>
        <translation>Atlas で %1 が %2 後にキャンセルされました。</translation>
    </message>
    <message>
        <source>The download links of %1 have expired.</source>
        <translation>%1 のダウンロードリンクは有効期限が切れています。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n週間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%nか月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
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
        <translation>または</translation>
    </message>
    <message>
        <source>Organization Owners are not allowed to %1 in a project by their organization role: add yourself to project %2 as %3, then try again.</source>
        <translation>Organization Owner は、組織のロールだけではプロジェクト内で%1を実行できません。自分をプロジェクト %2 に %3 として追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>no role on that project</source>
        <translation>そのプロジェクトに対するロールなし</translation>
    </message>
    <message>
        <source>and</source>
        <translation>および</translation>
    </message>
    <message>
        <source>the target project %1</source>
        <translation>ターゲットプロジェクト %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>To %1 you need the %2 role on %3; this credential has %4.</source>
        <translation>%1には、%3 に対する %2 ロールが必要です。この認証情報のロール: %4。</translation>
    </message>
</context>
<context>
    <name>RulePlanner</name>
    <message>
        <source>Choose the tier to move the cluster to.</source>
        <translation>クラスターの移行先のティアを選択してください。</translation>
    </message>
    <message>
        <source>No new backup policy was given.</source>
        <translation>新しいバックアップポリシーが指定されていません。</translation>
    </message>
    <message>
        <source>Serverless instances have reached end of life; Atlas is moving them to Flex clusters and the serverless backup endpoints are being retired.</source>
        <translation>サーバーレスインスタンスはサポートが終了しました。Atlas はサーバーレスインスタンスを Flex クラスターに移行しており、サーバーレスのバックアップエンドポイントは廃止されつつあります。</translation>
    </message>
    <message>
        <source>The download link of a Flex snapshot works for 4 hours.</source>
        <translation>Flex スナップショットのダウンロードリンクの有効期間は 4時間です。</translation>
    </message>
    <message>
        <source>The download links expire; fetch the archives soon after the job finishes.</source>
        <translation>ダウンロードリンクには有効期限があります。ジョブの完了後、早めにアーカイブを取得してください。</translation>
    </message>
    <message>
        <source>Every piece of data on %1 will be replaced, and %1 cannot take writes while the restore runs.</source>
        <translation>%1 上のすべてのデータが置き換えられます。また、復元の実行中は %1 に書き込めません。</translation>
    </message>
    <message>
        <source>This restore crosses projects: from %1 into %2.</source>
        <translation>この復元はプロジェクトをまたぎます: %1 から %2 へ。</translation>
    </message>
    <message>
        <source>You are restoring %1 into itself: its current data will be lost.</source>
        <translation>%1 を同じクラスターに復元しようとしています: 現在のデータは失われます。</translation>
    </message>
    <message>
        <source>Turning off Cloud Backup deletes every existing snapshot of %1.</source>
        <translation>Cloud Backup をオフにすると、%1 の既存のスナップショットがすべて削除されます。</translation>
    </message>
    <message>
        <source>%1 will no longer be restorable to a point in time, and the time it stays off becomes a gap that can never be restored.</source>
        <translation>%1 はポイントインタイム復元ができなくなり、オフにしている期間は、二度と復元できないギャップになります。</translation>
    </message>
    <message>
        <source>Deleting the backup policy removes every scheduled item of %1.</source>
        <translation>バックアップポリシーを削除すると、%1 のスケジュール項目がすべて削除されます。</translation>
    </message>
    <message>
        <source>On %1, %2 loses its Cloud Backup schedule and point-in-time restore.</source>
        <translation>%1 では、%2 の Cloud Backup スケジュールとポイントインタイム復元が失われます。</translation>
    </message>
</context>
<context>
    <name>SecretFileCipher</name>
    <message>
        <source>The secrets file was changed or damaged after Snapline wrote it; its secrets cannot be trusted.</source>
        <translation>シークレットファイルは Snapline による書き込み後に変更されたか、破損しています。含まれるシークレットは信頼できません。</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>暗号化ライブラリでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The passphrase does not open the secrets file.</source>
        <translation>このパスフレーズではシークレットファイルを開けません。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The passphrase does not open the secrets file %1.</source>
        <translation>このパスフレーズではシークレットファイル %1 を開けません。</translation>
    </message>
    <message>
        <source>The secrets file %1 was changed or damaged after Snapline wrote it; its secrets cannot be trusted.</source>
        <translation>シークレットファイル %1 は Snapline による書き込み後に変更されたか、破損しています。含まれるシークレットは信頼できません。</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation>シークレットファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>the encrypted file %1</source>
        <translation>暗号化ファイル %1</translation>
    </message>
    <message>
        <source>The secrets file %1 could not be written: %2.</source>
        <translation>シークレットファイル %1 に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>The secrets file %1 holds no secret for this profile.</source>
        <translation>シークレットファイル %1 には、このプロファイルのシークレットがありません。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムキーチェーン</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>メモリ (このセッションのみ)</translation>
    </message>
    <message>
        <source>No secret is kept for this profile in this session.</source>
        <translation>このセッションでは、このプロファイルのシークレットは保持されていません。</translation>
    </message>
    <message>
        <source>The secret store stopped before it answered.</source>
        <translation>シークレットストアが応答する前に停止しました。</translation>
    </message>
</context>
<context>
    <name>SecretStoreFactory</name>
    <message>
        <source>there is no D-Bus session bus, as in a session without a desktop</source>
        <translation>D-Bus セッションバスがありません (デスクトップのないセッションなど)</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>キーチェーンが %1秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the keychain refused access; it may be locked</source>
        <translation>キーチェーンがアクセスを拒否しました。ロックされている可能性があります</translation>
    </message>
    <message>
        <source>the Secret Service could not be used: %1</source>
        <translation>Secret Service を使用できませんでした: %1</translation>
    </message>
    <message>
        <source>the keychain could not be used: %1</source>
        <translation>キーチェーンを使用できませんでした: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets are kept in memory for this session only and will be asked for again next time.</source>
        <translation>システムキーチェーンを使用できません (%1)。シークレットはこのセッションの間だけメモリに保持され、次回また入力を求められます。</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>sign in with the service account</source>
        <translation>サービスアカウントでのサインイン</translation>
    </message>
    <message>
        <source>Atlas rejected the service account %1: check its client id and secret.</source>
        <translation>Atlas がサービスアカウント %1 を拒否しました: クライアント ID とシークレットを確認してください。</translation>
    </message>
    <message>
        <source>Signing in with the service account failed (HTTP %1).</source>
        <translation>サービスアカウントでのサインインに失敗しました (HTTP %1)。</translation>
    </message>
</context>
<context>
    <name>SnapshotRowSource</name>
    <message>
        <source>Project id</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>SnapshotRules</name>
    <message>
        <source>Choose a snapshot to %1.</source>
        <translation>%1には、スナップショットを選択してください。</translation>
    </message>
    <message>
        <source>Snapshot %1 is still %2; wait until it has completed.</source>
        <translation>スナップショット %1 はまだ %2 です。完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Snapshot %1 failed, so it holds no restorable data.</source>
        <translation>スナップショット %1 は失敗したため、復元可能なデータがありません。</translation>
    </message>
    <message>
        <source>Snapshot %1 expired on %2 and is no longer available.</source>
        <translation>スナップショット %1 は %2 に期限切れとなり、利用できなくなりました。</translation>
    </message>
    <message>
        <source>Snapshot %1 is a fallback snapshot, and fallback snapshots cannot be exported.</source>
        <translation>スナップショット %1 はフォールバックスナップショットです。フォールバックスナップショットはエクスポートできません。</translation>
    </message>
    <message>
        <source>Snapshot %1 is a fallback snapshot: Atlas took it when a consistent scheduled snapshot was not possible, so it may not be consistent across the cluster.</source>
        <translation>スナップショット %1 はフォールバックスナップショットです: 整合性のあるスケジュールスナップショットを取得できなかったときに Atlas が取得したもので、クラスター全体で整合性が取れていない可能性があります。</translation>
    </message>
    <message>
        <source>Snapshot %1 is already being exported; one export per snapshot can run at a time.</source>
        <translation>スナップショット %1 はすでにエクスポート中です。1つのスナップショットで同時に実行できるエクスポートは 1つだけです。</translation>
    </message>
    <message>
        <source>Deleting snapshot %1 cannot be undone.</source>
        <translation>スナップショット %1 の削除は元に戻せません。</translation>
    </message>
    <message>
        <source>A snapshot&apos;s retention must be at least 1 day.</source>
        <translation>スナップショットの保持期間は 1日以上にする必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 will be kept %n day(s) instead of %2.</source>
        <translation>
            <numerusform>スナップショット %1 は %2 ではなく %n日間保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>With this retention snapshot %1 expires at once (its new expiry, %2, has passed) and will be deleted.</source>
        <translation>この保持期間では、スナップショット %1 はすぐに期限切れとなり (新しい有効期限 %2 はすでに過ぎています)、削除されます。</translation>
    </message>
    <message>
        <source>An on-demand snapshot must be kept at least 1 day.</source>
        <translation>オンデマンドスナップショットは 1日以上保持する必要があります。</translation>
    </message>
    <message>
        <source>On-demand snapshot %1 of %2 is still %3; wait for it to finish before taking another.</source>
        <translation>%2 のオンデマンドスナップショット %1 はまだ %3 です。完了してから次のスナップショットを取得してください。</translation>
    </message>
</context>
<context>
    <name>StorageReportBuilder</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Storage by cluster</source>
        <translation>クラスター別のストレージ</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>期間開始時</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>The frequency columns and the total are the bytes held at the end of the period.</source>
        <translation>頻度別の列と合計は、期間終了時点に保持されているバイト数です。</translation>
    </message>
    <message>
        <source>Storage by cluster and day</source>
        <translation>クラスター別・日別のストレージ</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>日 (UTC)</translation>
    </message>
    <message>
        <source>Storage by day</source>
        <translation>日別のストレージ</translation>
    </message>
    <message>
        <source>Snapshot storage by day and frequency</source>
        <translation>日別・頻度別のスナップショットストレージ</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest clusters at the end of the period</source>
        <translation>
            <numerusform>期間終了時点でサイズが大きい上位 %n クラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The bytes of the snapshots held at the end of each day between %1 and %2. The catalog holds only the snapshots Atlas still lists, so days long past show what those snapshots held, not everything stored then.</source>
        <translation>%1 から %2 までの各日の終わりに保持されていたスナップショットのバイト数。カタログには Atlas が現在も一覧に表示しているスナップショットしか含まれないため、かなり前の日については、当時保存されていたすべてのデータではなく、それらのスナップショットが保持していた量が表示されます。</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Storage at the start</source>
        <translation>期間開始時のストレージ</translation>
    </message>
    <message>
        <source>Storage at the end</source>
        <translation>期間終了時のストレージ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), one per cluster and day, in the CSV and JSON exports of this report.</source>
        <translation>
            <numerusform>このレポートの CSV および JSON エクスポートには、クラスターと日ごとに 1行ずつ、計 %n行が含まれます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Bring a profile&apos;s catalog up to date with Atlas.</source>
        <translation>プロファイルのカタログを Atlas と同期して最新の状態にします。</translation>
    </message>
    <message>
        <source>The profile to sync (a name, an id, or env).</source>
        <translation>同期するプロファイル (名前、ID、または env)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Sync only this project.</source>
        <translation>このプロジェクトのみ同期します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re-read everything, not only what changed.</source>
        <translation>変更分だけでなく、すべてを再読み込みします。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (既定値) または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: snapline sync --profile NAME [--project ID] [--full] [--output json|text]</source>
        <translation>使用法: snapline sync --profile NAME [--project ID] [--full] [--output json|text]</translation>
    </message>
    <message>
        <source>%1 of %2 clusters · %3</source>
        <translation>クラスター %1/%2 · %3</translation>
    </message>
    <message>
        <source>%1: %2 projects, %3 clusters, %4 snapshots read in %5 s (%6 requests) into %7</source>
        <translation>%1: プロジェクト %2件、クラスター %3件、スナップショット %4件を %5秒で読み取り (リクエスト %6件)、%7 に保存しました</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  注記: %1</translation>
    </message>
</context>
<context>
    <name>Synchronizer</name>
    <message>
        <source>Sync every organization</source>
        <translation>すべての組織を同期</translation>
    </message>
    <message>
        <source>Sync organization %1</source>
        <translation>組織 %1 を同期</translation>
    </message>
    <message>
        <source>Sync project %1</source>
        <translation>プロジェクト %1 を同期</translation>
    </message>
    <message>
        <source>Sync cluster %1</source>
        <translation>クラスター %1 を同期</translation>
    </message>
    <message>
        <source>Reading project %1</source>
        <translation>プロジェクト %1 を読み取っています</translation>
    </message>
    <message>
        <source>Project %1 has no cluster named %2.</source>
        <translation>プロジェクト %1 に %2 という名前のクラスターはありません。</translation>
    </message>
    <message>
        <source>Synced cluster %1</source>
        <translation>クラスター %1 を同期しました</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was read so far is kept.</source>
        <translation>同期はキャンセルされました。それまでに読み取った内容は保持されます。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
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
        <translation>スナップショットなし</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>fallback (a scheduled snapshot could not be taken consistently)</source>
        <translation>フォールバック (スケジュールスナップショットを整合性のある状態で取得できなかったもの)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>hourly snapshot</source>
        <translation>毎時スナップショット</translation>
    </message>
    <message>
        <source>daily snapshot</source>
        <translation>毎日スナップショット</translation>
    </message>
    <message>
        <source>weekly snapshot</source>
        <translation>毎週スナップショット</translation>
    </message>
    <message>
        <source>monthly snapshot</source>
        <translation>毎月スナップショット</translation>
    </message>
    <message>
        <source>yearly snapshot</source>
        <translation>毎年スナップショット</translation>
    </message>
    <message>
        <source>on-demand snapshot</source>
        <translation>オンデマンドスナップショット</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in this lane between %1 and %2</source>
        <translation>
            <numerusform>このレーンの %1 から %2 までのスナップショット %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallback</source>
        <translation>
            <numerusform>フォールバック %n件</numerusform>
        </translation>
    </message>
    <message>
        <source> — zoom in to tell them apart.</source>
        <translation> — ズームインすると個別に表示されます。</translation>
    </message>
    <message>
        <source>Restorable: any second from %1 to %2</source>
        <translation>復元可能: %1 から %2 までの任意の秒</translation>
    </message>
    <message>
        <source>Gap: no oplog from %1 to %2, not restorable</source>
        <translation>ギャップ: %1 から %2 まで oplog がなく、復元できません</translation>
    </message>
    <message>
        <source>Not restorable from %1 to %2: outside the oplog Atlas kept</source>
        <translation>%1 から %2 までは復元できません: Atlas が保持している oplog の範囲外です</translation>
    </message>
    <message>
        <source>Blackout: a restore was running from %1 to %2; not restorable</source>
        <translation>ブラックアウト: %1 から %2 まで復元が実行されていたため、復元できません</translation>
    </message>
    <message>
        <source>Timeline: no snapshots</source>
        <translation>タイムライン: スナップショットなし</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %Ln snapshot(s) from %1 to %2</source>
        <translation>
            <numerusform>タイムライン: %1 から %2 までのスナップショット %Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; point-in-time restore window from %1 to %2, %n gap(s)</source>
        <translation>
            <numerusform>。PIT ウィンドウ: %1 から %2、ギャップ %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>, failed</source>
        <translation>、失敗</translation>
    </message>
    <message>
        <source>, fallback</source>
        <translation>、フォールバック</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>; selected: %1</source>
        <translation>; 選択中: %1</translation>
    </message>
    <message>
        <source>no snapshot selected</source>
        <translation>スナップショットは選択されていません</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 / %2%3</translation>
    </message>
</context>
<context>
    <name>TopologyRules</name>
    <message>
        <source>A restore into a cluster needs a target project and cluster.</source>
        <translation>クラスターへの復元には、ターゲットのプロジェクトとクラスターが必要です。</translation>
    </message>
    <message>
        <source>The target cluster %1 is paused; resume it before restoring into it.</source>
        <translation>ターゲットクラスター %1 は一時停止中です。復元する前に再開してください。</translation>
    </message>
    <message>
        <source>Restore job %1 into %2 is still running; Atlas takes one restore into a cluster at a time. Wait for it to end, or cancel it.</source>
        <translation>%2 への復元ジョブ %1 はまだ実行中です。Atlas では、1つのクラスターに対して同時に実行できる復元は 1つだけです。終了するまで待つか、キャンセルしてください。</translation>
    </message>
    <message numerus="yes">
        <source>This is a snapshot of a sharded cluster (%n shard(s)); it can only be restored to a sharded cluster with the same number of shards, and %1 is a replica set.</source>
        <translation>
            <numerusform>これはシャードクラスター (シャード %n個) のスナップショットです。同じシャード数のシャードクラスターにのみ復元できますが、%1 はレプリカセットです。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a snapshot of a replica set; it cannot be restored to the sharded cluster %1.</source>
        <translation>これはレプリカセットのスナップショットです。シャードクラスター %1 には復元できません。</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot has %n shard(s) but the target cluster %1 has %2; a sharded snapshot can only be restored to a cluster with the same number of shards.</source>
        <translation>
            <numerusform>スナップショットのシャード数は %n ですが、ターゲットクラスター %1 のシャード数は %2 です。シャードクラスターのスナップショットは、同じシャード数のクラスターにのみ復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards were added to or removed from %1 on %2; backups from before that change cannot be restored back into it. Restore into another cluster with the old shard count instead.</source>
        <translation>%2 に %1 でシャードの追加または削除が行われました。その変更より前のバックアップを %1 に復元することはできません。代わりに、以前のシャード数を持つ別のクラスターに復元してください。</translation>
    </message>
    <message>
        <source>%1 is a free M0 cluster, and Atlas cannot restore backups into M0 clusters; choose an M2 or larger cluster.</source>
        <translation>%1 は無料の M0 クラスターです。Atlas は M0 クラスターにバックアップを復元できません。M2 以上のクラスターを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a serverless instance, which can only receive snapshots of serverless instances, not of dedicated, shared or Cloud Manager clusters.</source>
        <translation>%1 はサーバーレスインスタンスです。サーバーレスインスタンスが受け入れるのはサーバーレスインスタンスのスナップショットのみで、専用クラスター、共有クラスター、Cloud Manager クラスターのスナップショットは受け入れません。</translation>
    </message>
    <message>
        <source>Snapshots of a serverless instance can be restored only to serverless instances or dedicated clusters; %1 is %2.</source>
        <translation>サーバーレスインスタンスのスナップショットは、サーバーレスインスタンスまたは専用クラスターにのみ復元できます。%1 は %2 です。</translation>
    </message>
    <message>
        <source>%1 is a Flex cluster, which can receive only snapshots of Flex clusters; restore this backup to an M10 or larger cluster instead.</source>
        <translation>%1 は Flex クラスターで、Flex クラスターのスナップショットのみ受け入れます。代わりに、このバックアップを M10 以上のクラスターに復元してください。</translation>
    </message>
    <message>
        <source>Snapshots of M2/M5 and Flex clusters cannot be restored to a cluster that uses encryption at rest, and %1 uses %2 key management.</source>
        <translation>M2/M5 および Flex クラスターのスナップショットは、保存時の暗号化を使用するクラスターには復元できません。%1 は %2 のキー管理を使用しています。</translation>
    </message>
    <message>
        <source>The snapshot is encrypted with a customer key in %1; the target cluster must use the same encryption at rest provider, but %2 uses %3.</source>
        <translation>スナップショットは %1 のカスタマーキーで暗号化されています。ターゲットクラスターは同じ保存時の暗号化プロバイダーを使用する必要がありますが、%2 は %3 を使用しています。</translation>
    </message>
</context>
<context>
    <name>TransportText</name>
    <message>
        <source>Cancelled while trying to %1.</source>
        <translation>%1中にキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 did not answer in time while trying to %2.</source>
        <translation>%2中に %1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2: %3.</source>
        <translation>%1 に接続できないため、%2を実行できません: %3。</translation>
    </message>
    <message>
        <source>%1 presented a certificate with SHA-256 fingerprint %2, but this profile trusts only %3; nothing was sent.</source>
        <translation>%1 が SHA-256 フィンガープリント %2 の証明書を提示しましたが、このプロファイルが信頼するのは %3 のみです。何も送信されていません。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2); nothing was sent.</source>
        <translation>%1 の証明書は信頼されていません (%2)。何も送信されていません。</translation>
    </message>
    <message>
        <source>The connection to %1 broke while trying to %2: %3.</source>
        <translation>%2中に %1 との接続が切断されました: %3。</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>--lang needs a language: one of %1.</source>
        <translation>--lang には言語を指定してください: %1 のいずれか。</translation>
    </message>
    <message>
        <source>Snapline is not translated into &quot;%1&quot;; it speaks English. Languages: %2.</source>
        <translation>Snapline は「%1」に翻訳されていないため、英語で表示します。言語: %2。</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this installation; Snapline speaks English.</source>
        <translation>このインストールには %1 の翻訳がないため、英語で表示します。</translation>
    </message>
</context>
<context>
    <name>VerdictFormat</name>
    <message>
        <source>ALLOWED: %1</source>
        <translation>許可: %1</translation>
    </message>
    <message numerus="yes">
        <source>REFUSED: %1 (%n reason(s))</source>
        <translation>
            <numerusform>拒否: %1 (理由 %n件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionRules</name>
    <message>
        <source>The backup&apos;s MongoDB version %1 is not a release Atlas runs, so its restore targets cannot be determined.</source>
        <translation>バックアップの MongoDB バージョン %1 は Atlas で実行されるリリースではないため、復元先を判断できません。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>The target cluster&apos;s MongoDB version %1 is not a release Atlas runs.</source>
        <translation>ターゲットクラスターの MongoDB バージョン %1 は Atlas で実行されるリリースではありません。</translation>
    </message>
    <message>
        <source>A snapshot of an M2/M5 or Flex cluster can only be restored to a cluster on the same major release (%1); the target runs %2.</source>
        <translation>M2/M5 または Flex クラスターのスナップショットは、同じメジャーリリース (%1) のクラスターにのみ復元できます。ターゲットは %2 を実行しています。</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas does not restore to older versions.</source>
        <translation>スナップショットは MongoDB %1 で取得されましたが、ターゲットはそれより古い %2 を実行しています。Atlas は古いバージョンへの復元を行いません。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s cluster had its feature compatibility version pinned to %1, so it can only be restored to a cluster on MongoDB %2; the target runs %3.</source>
        <translation>スナップショットのクラスターは機能互換性バージョン (FCV) が %1 に固定されていたため、MongoDB %2 のクラスターにのみ復元できます。ターゲットは %3 を実行しています。</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never restores to an older major release.</source>
        <translation>スナップショットは MongoDB %1 で取得されましたが、ターゲットはそれより古い %2 を実行しています。Atlas が古いメジャーリリースに復元することはありません。</translation>
    </message>
    <message>
        <source>The snapshot was taken on the rapid release %1 and the target runs %2, which is older; restore to %1 or later, or to the next major release.</source>
        <translation>スナップショットはラピッドリリース %1 で取得されましたが、ターゲットはそれより古い %2 を実行しています。%1 以降、または次のメジャーリリースに復元してください。</translation>
    </message>
    <message>
        <source>A %1 backup can only be restored to the same or the next major release (%2); the target runs %3. Restore it to a %2 cluster first, then upgrade that cluster.</source>
        <translation>%1 のバックアップは、同じメジャーリリースまたは次のメジャーリリース (%2) にのみ復元できます。ターゲットは %3 を実行しています。まず %2 のクラスターに復元してから、そのクラスターをアップグレードしてください。</translation>
    </message>
    <message>
        <source>The snapshot was taken on the rapid release %1 and the target runs %2, which is older; restore to %1 or later.</source>
        <translation>スナップショットはラピッドリリース %1 で取得されましたが、ターゲットはそれより古い %2 を実行しています。%1 以降に復元してください。</translation>
    </message>
    <message>
        <source>The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never restores to older versions.</source>
        <translation>スナップショットは MongoDB %1 で取得されましたが、ターゲットはそれより古い %2 を実行しています。Atlas が古いバージョンに復元することはありません。</translation>
    </message>
    <message>
        <source>An M2/M5 or Flex cluster on MongoDB %1 accepts snapshots of the latest major releases only (%2 or newer); this snapshot was taken on %3.</source>
        <translation>MongoDB %1 の M2/M5 または Flex クラスターが受け入れるのは、最新のメジャーリリース (%2 以降) のスナップショットのみです。このスナップショットは %3 で取得されました。</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 is not a readable zip archive: %2</source>
        <translation>%1 は読み取り可能な zip アーカイブではありません: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>短すぎます</translation>
    </message>
    <message>
        <source>no end of central directory</source>
        <translation>セントラルディレクトリの終端がありません</translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation>セントラルディレクトリがファイルの範囲外にあります</translation>
    </message>
    <message>
        <source>a damaged central directory</source>
        <translation>セントラルディレクトリが破損しています</translation>
    </message>
    <message>
        <source>a damaged entry %1</source>
        <translation>エントリ %1 が破損しています</translation>
    </message>
    <message>
        <source>entry %1 uses compression method %2</source>
        <translation>エントリ %1 は圧縮方式 %2 を使用しています</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>展開処理を開始できませんでした</translation>
    </message>
    <message>
        <source>entry %1 is damaged</source>
        <translation>エントリ %1 が破損しています</translation>
    </message>
    <message>
        <source>entry %1 does not match its checksum</source>
        <translation>エントリ %1 がチェックサムと一致しません</translation>
    </message>
    <message>
        <source>no entry %1</source>
        <translation>エントリ %1 がありません</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>アーカイブを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The archive grew past 4 GiB, which a zip file without Zip64 cannot hold; write a folder instead.</source>
        <translation>アーカイブが 4 GiB を超えました。Zip64 を使用しない zip ファイルには格納できません。代わりにフォルダーに書き出してください。</translation>
    </message>
    <message>
        <source>Too many files for a zip archive.</source>
        <translation>zip アーカイブに格納するにはファイルが多すぎます。</translation>
    </message>
    <message>
        <source>The compressor could not start.</source>
        <translation>圧縮処理を開始できませんでした。</translation>
    </message>
    <message>
        <source>The compressor failed.</source>
        <translation>圧縮処理に失敗しました。</translation>
    </message>
    <message>
        <source>No archive entry is open.</source>
        <translation>開いているアーカイブエントリがありません。</translation>
    </message>
    <message>
        <source>A file grew past 4 GiB, which a zip file without Zip64 cannot hold; write a folder instead.</source>
        <translation>ファイルが 4 GiB を超えました。Zip64 を使用しない zip ファイルには格納できません。代わりにフォルダーに書き出してください。</translation>
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
        <translation>使用法: snapline [--profile NAME] [--lang LANG] [COMMAND]

コマンドを指定しない場合は、プロファイル NAME (既定: 最後に表示したもの、または組み込みの
サンドボックス) で Snapline コンソールを開きます。そのプロファイルを表示中のコンソールがある
場合は、そのウィンドウを前面に表示します。

コマンド:
  preflight --profile NAME --project ID --cluster NAME
            (--snapshot ID | --at UTC | --oplog TS:INC)
            (--target-project ID --target-cluster NAME | --delivery download)
            [--output text|json] [--offline]
            Atlas から取得した最新のファクト (オフライン時はカタログ) を使って復元を
            すべての Atlas ルールに照らしてチェックし、判定と実際のリクエストを出力します
  preflight --facts FILE.json [--output json|text]
            ファイルに記述されたバックアップまたは復元の操作案をチェックします
  restore   (preflight と同じ引数) --confirm NAME [--wait]
            判定が許可の場合に復元を送信します。NAME はターゲットクラスター (ダウンロードの
            場合はソースクラスター)。--wait を指定するとジョブを完了まで追跡します
  sync --profile NAME [--project ID] [--full] [--output json|text]
            プロファイルのカタログを Atlas と同期して最新の状態にします (NAME: プロファイル、&quot;Local sandbox&quot; または env)
  profile list | add … | import-atlascli [--file PATH] | remove NAME
            接続プロファイルを管理します。シークレットはシステムキーチェーンに保存されます
  report --profile NAME --kind coverage|posture|compliance|restores|storage
         [--scope org:ID|project:ID|cluster:PROJECT_ID/NAME] --from DATE [--to DATE]
         --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]
            プロファイルのカタログからバックアップレポートをマニフェスト (および署名) 付きで
            書き出します。ディスプレイは不要です。終了コード: 0 書き込み完了、1 失敗、2 引数が不正
  report verify PATH [--key-fingerprint FP]
            レポートをマニフェストおよび署名と照合し、変更点を示します。
            終了コード: 0 改ざんなし、5 変更あり、1 マニフェストなし、2 引数が不正

preflight と restore の終了コード: 0 許可または完了 (復元が完了した、または --wait なしで
  受け付けられた)、1 失敗 (Atlas に接続できない・Atlas が拒否した、送信結果が不確実、
  カタログの問題)、2 引数が不正 (何も送信されていない)、3 プランナーが拒否 (何も送信されていない)、
  4 復元が実行されたが失敗・キャンセル・期限切れになった、130 中断 (Ctrl+C)。
  docs/preflight.md を参照してください。

オプション:
  --lang LANG  システムの言語の代わりに LANG (de, en, fr, ja) を使用します
  --version    バージョンを表示します
  --help       このヘルプを表示します
</translation>
    </message>
    <message>
        <source>Snapline already shows this profile; its window was brought to the front.</source>
        <translation>Snapline はすでにこのプロファイルを表示しています。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>Another Snapline window shows the profile &quot;%1&quot; too.</source>
        <translation>別の Snapline ウィンドウもプロファイル「%1」を表示しています。</translation>
    </message>
</context>
<context>
    <name>snapline::ActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>snapline::ActionGate</name>
    <message>
        <source>This action is not available here.</source>
        <translation>この操作はここでは使用できません。</translation>
    </message>
    <message>
        <source>Why “%1” is not available</source>
        <translation>「%1」を使用できない理由</translation>
    </message>
</context>
<context>
    <name>snapline::AtlasCliImportDialog</name>
    <message>
        <source>Import Profiles from the Atlas CLI</source>
        <translation>Atlas CLI からプロファイルをインポート</translation>
    </message>
    <message>
        <source>Atlas CLI configuration file</source>
        <translation>Atlas CLI 設定ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>見つかったプロファイル</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>&amp;Configuration file:</source>
        <translation>設定ファイル(&amp;C):</translation>
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
        <translation>「%1」という名前のプロファイルがすでに存在するため、このプロファイルは「%2」としてインポートされます。</translation>
    </message>
    <message>
        <source>The file holds no secret for it: add it with Edit… after importing.</source>
        <translation>ファイルにはこのプロファイルのシークレットが含まれていません: インポート後に［編集…］で追加してください。</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>認証情報なし</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> (cannot be imported)</source>
        <translation> (インポートできません)</translation>
    </message>
    <message>
        <source>The file holds no profiles.</source>
        <translation>ファイルにプロファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) found. Choose the ones to import.</source>
        <translation>
            <numerusform>%n件のプロファイルが見つかりました。インポートするプロファイルを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Atlas CLI Configuration</source>
        <translation>Atlas CLI 設定ファイルの選択</translation>
    </message>
    <message>
        <source>TOML files (*.toml);;All files (*)</source>
        <translation>TOML ファイル (*.toml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (インポート済み)</translation>
    </message>
    <message>
        <source>%1 was imported, but its secret could not be stored: %2</source>
        <translation>%1 はインポートされましたが、シークレットを保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>snapline::BackupEventModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>snapline::ChangeRetentionDialog</name>
    <message>
        <source>Change How Long a Snapshot Is Kept</source>
        <translation>スナップショットの保持期間の変更</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 of %2, taken %3, is kept %n day(s), until %4.</source>
        <translation>
            <numerusform>%2 のスナップショット %1 (%3 に取得) は、%4 まで %n日間保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep for (days from when it was taken)</source>
        <translation>保持期間 (取得時からの日数)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>保持期間(&amp;K):</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
</context>
<context>
    <name>snapline::ChartsPanel</name>
    <message>
        <source>Backup history charts</source>
        <translation>バックアップ履歴グラフ</translation>
    </message>
    <message>
        <source>Chart the backup history of cluster %1</source>
        <translation>クラスター %1 のバックアップ履歴をグラフで表示</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>Project %1 — all clusters</source>
        <translation>プロジェクト %1 — すべてのクラスター</translation>
    </message>
    <message>
        <source>Reading the backup history…</source>
        <translation>バックアップ履歴を読み取り中…</translation>
    </message>
    <message>
        <source>The backup history could not be read: %1</source>
        <translation>バックアップ履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterActions</name>
    <message>
        <source>R&amp;estore…</source>
        <translation>復元(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>スナップショットを取得(&amp;T)…</translation>
    </message>
    <message>
        <source>Change &amp;Retention…</source>
        <translation>保持期間を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>スナップショットを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit Backup &amp;Policy…</source>
        <translation>バックアップポリシーを編集(&amp;P)…</translation>
    </message>
    <message>
        <source>Turn Off Point-in-Time Restore…</source>
        <translation>ポイントインタイム復元をオフにする…</translation>
    </message>
    <message>
        <source>Turn Off Cloud Backup…</source>
        <translation>Cloud Backup をオフにする…</translation>
    </message>
    <message>
        <source>Show &amp;Compliance Policy…</source>
        <translation>コンプライアンスポリシーを表示(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>先にクラスターを選択してください。</translation>
    </message>
    <message>
        <source>Restore %1 from a snapshot or a point in time, into a cluster or as a download</source>
        <translation>%1 をスナップショットまたは特定の時点から、クラスターへ、またはダウンロードとして復元します</translation>
    </message>
    <message>
        <source>Take an on-demand snapshot of %1</source>
        <translation>%1 のオンデマンドスナップショットを取得します</translation>
    </message>
    <message>
        <source>Change how long snapshot %1 is kept</source>
        <translation>スナップショット %1 の保持期間を変更します</translation>
    </message>
    <message>
        <source>Delete snapshot %1</source>
        <translation>スナップショット %1 を削除します</translation>
    </message>
    <message>
        <source>Edit the backup schedule of %1</source>
        <translation>%1 のバックアップスケジュールを編集します</translation>
    </message>
    <message>
        <source>Turn On Point-in-Time Restore…</source>
        <translation>ポイントインタイム復元をオンにする…</translation>
    </message>
    <message>
        <source>Stop continuous backup of %1</source>
        <translation>%1 の継続的バックアップを停止します</translation>
    </message>
    <message>
        <source>Let %1 be restored to any moment in its restore window</source>
        <translation>%1 を復元ウィンドウ内の任意の時点に復元できるようにします</translation>
    </message>
    <message>
        <source>Turn On Cloud Backup…</source>
        <translation>Cloud Backup をオンにする…</translation>
    </message>
    <message>
        <source>Stop backing up %1</source>
        <translation>%1 のバックアップを停止します</translation>
    </message>
    <message>
        <source>Back up %1 on its backup policy</source>
        <translation>%1 をバックアップポリシーに従ってバックアップします</translation>
    </message>
    <message>
        <source>Show everything the project&apos;s Backup Compliance Policy locks</source>
        <translation>プロジェクトの Backup Compliance Policy によってロックされている項目をすべて表示します</translation>
    </message>
    <message>
        <source>Why “%1” is not available</source>
        <translation>「%1」を使用できない理由</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2, taken %3?</source>
        <translation>%2 のスナップショット %1 (%3 に取得) を削除しますか？</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>スナップショットの削除</translation>
    </message>
    <message>
        <source>Turn off Cloud Backup on %1?</source>
        <translation>%1 の Cloud Backup をオフにしますか？</translation>
    </message>
    <message>
        <source>Turn on Cloud Backup on %1?</source>
        <translation>%1 の Cloud Backup をオンにしますか？</translation>
    </message>
    <message>
        <source>Atlas starts taking snapshots of %1 on its backup policy; they are billed as backup storage.</source>
        <translation>Atlas は、バックアップポリシーに従って %1 のスナップショットの取得を開始します。スナップショットはバックアップストレージとして課金されます。</translation>
    </message>
    <message>
        <source>Turn off point-in-time restore on %1?</source>
        <translation>%1 のポイントインタイム復元をオフにしますか？</translation>
    </message>
    <message>
        <source>Turn on point-in-time restore on %1?</source>
        <translation>%1 のポイントインタイム復元をオンにしますか？</translation>
    </message>
    <message>
        <source>Atlas keeps the oplog of %1 so it can be restored to any moment of its restore window, from now on; the time it was off stays a gap. Continuous backup costs extra storage.</source>
        <translation>今後、Atlas は %1 の oplog を保持し、復元ウィンドウ内の任意の時点に復元できるようにします。オフだった期間はギャップのまま残ります。継続的バックアップには追加のストレージ費用がかかります。</translation>
    </message>
    <message>
        <source>Backup Compliance Policy of %1</source>
        <translation>%1 の Backup Compliance Policy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 has no completed snapshot to restore yet.</source>
        <translation>%1 には、復元できる完了済みスナップショットがまだありません。</translation>
    </message>
    <message>
        <source>Cloud Backup is off on %1 and the catalog holds no completed snapshot of it.</source>
        <translation>%1 の Cloud Backup はオフで、カタログにも完了済みスナップショットがありません。</translation>
    </message>
    <message>
        <source>Why snapshot %1 cannot be restored</source>
        <translation>スナップショット %1 を復元できない理由</translation>
    </message>
    <message>
        <source>&amp;Restore This Snapshot…</source>
        <translation>このスナップショットを復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the restore wizard with snapshot %1</source>
        <translation>スナップショット %1 を指定して復元ウィザードを開きます</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterDetailJob</name>
    <message>
        <source>Read cluster %1</source>
        <translation>クラスター %1 を読み取り</translation>
    </message>
</context>
<context>
    <name>snapline::ClusterPage</name>
    <message>
        <source>Cluster actions</source>
        <translation>クラスターの操作</translation>
    </message>
    <message>
        <source>&amp;Snapshots</source>
        <translation>スナップショット(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>ポリシー(&amp;P)</translation>
    </message>
    <message>
        <source>Restore jobs of this cluster</source>
        <translation>このクラスターの復元ジョブ</translation>
    </message>
    <message>
        <source>&amp;Restores</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Recent backup events</source>
        <translation>最近のバックアップイベント</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <source>Search snapshots</source>
        <translation>スナップショットを検索</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Every frequency</source>
        <translation>すべての頻度</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Snapshots of this cluster</source>
        <translation>このクラスターのスナップショット</translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation>バックアップポリシー</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Reading the catalog…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;カタログを読み取り中…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message numerus="yes">
        <source>sharded, %n shard(s)</source>
        <translation>
            <numerusform>シャードクラスター、シャード %n個</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>レプリカセット</translation>
    </message>
    <message>
        <source>MongoDB %1</source>
        <translation>MongoDB %1</translation>
    </message>
    <message>
        <source> (FCV pinned to %1)</source>
        <translation> (FCV は %1 に固定)</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
    <message numerus="yes">
        <source>point in time: %n day(s) window</source>
        <translation>
            <numerusform>PIT ウィンドウ: %n日間</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Locked:&lt;/b&gt; the project&apos;s Backup Compliance Policy applies — see the Policy tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ロック中:&lt;/b&gt; プロジェクトの Backup Compliance Policy が適用されています。［ポリシー］タブを参照してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Synced %1.</source>
        <translation>%1 に同期しました。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;%3&lt;p&gt;&lt;small&gt;%4 %5&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;%3&lt;p&gt;&lt;small&gt;%4 %5&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in the catalog.</source>
        <translation>
            <numerusform>カタログ内のスナップショット: %n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No backup policy is cached for this cluster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;このクラスターのバックアップポリシーはキャッシュされていません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backup policy&lt;/h3&gt;&lt;p&gt;Snapshots are taken from %1 UTC.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;バックアップポリシー&lt;/h3&gt;&lt;p&gt;スナップショットは %1 UTC から取得されます。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Point-in-time restore window: %n day(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;PIT ウィンドウ: %n日間。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Point in time&lt;/b&gt;</source>
        <translation>&lt;b&gt;ポイントインタイム&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Restore to this moment…</source>
        <translation>この時点に復元…</translation>
    </message>
    <message>
        <source>Restore to this moment</source>
        <translation>この時点に復元</translation>
    </message>
    <message>
        <source>The moment chosen before, %1, can no longer be restored: %2</source>
        <translation>以前に選択した時点 %1 は復元できなくなりました: %2</translation>
    </message>
    <message>
        <source>Open the restore wizard for %1</source>
        <translation>%1 の復元ウィザードを開きます</translation>
    </message>
    <message>
        <source>Choose a moment first: click the point-in-time band of the timeline, or enter one</source>
        <translation>先に時点を選択してください: タイムラインのポイントインタイム帯をクリックするか、時点を入力します</translation>
    </message>
    <message>
        <source>More cluster actions</source>
        <translation>その他のクラスター操作</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>クラスターの詳細</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>最終同期: %1</translation>
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
        <translation>状態</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Minimum policy items</source>
        <translation>最小ポリシー項目</translation>
    </message>
    <message>
        <source>What it locks</source>
        <translation>ロック対象</translation>
    </message>
    <message>
        <source>What the policy locks</source>
        <translation>ポリシーによるロック対象</translation>
    </message>
    <message>
        <source>Every cluster&apos;s backup policy keeps at least:</source>
        <translation>各クラスターのバックアップポリシーで最低限保持される項目:</translation>
    </message>
    <message>
        <source>While the policy is in force, no one, whatever their role, can get around these:</source>
        <translation>ポリシーが有効な間は、どのロールのユーザーも次の制限を回避できません:</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>このプロジェクト</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>This project has no Backup Compliance Policy</source>
        <translation>このプロジェクトには Backup Compliance Policy がありません</translation>
    </message>
    <message>
        <source>%1 is under a Backup Compliance Policy</source>
        <translation>%1 には Backup Compliance Policy が適用されています</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>on-demand snapshots kept %1</source>
        <translation>オンデマンドスナップショットの保持期間 %1</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleLauncher</name>
    <message>
        <source>Local sandbox</source>
        <translation>Local sandbox</translation>
    </message>
    <message>
        <source>No secret is stored for this profile in %1. Edit the profile to enter it.</source>
        <translation>%1 にこのプロファイルのシークレットが保存されていません。プロファイルを編集して入力してください。</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleSession</name>
    <message numerus="yes">
        <source>Synced %n project(s)</source>
        <translation>
            <numerusform>プロジェクト %n件を同期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>クラスター %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) read</source>
        <translation>
            <numerusform>スナップショット %n件を読み取り</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s</source>
        <translation> (%1秒)</translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s): </source>
        <translation>
            <numerusform> — 警告 %n件: </numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同期がキャンセルされました</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同期に失敗しました: %1</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>カタログを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Reading roles</source>
        <translation>ロールを読み取り中</translation>
    </message>
    <message>
        <source>The roles of these credentials could not be read (%1); actions stay disabled until they are.</source>
        <translation>この認証情報のロールを読み取れませんでした (%1)。読み取れるまで操作は無効のままです。</translation>
    </message>
</context>
<context>
    <name>snapline::ConsoleStatusBar</name>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Sync age</source>
        <translation>同期からの経過時間</translation>
    </message>
    <message>
        <source>API request budget</source>
        <translation>API リクエスト枠</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>実行中のジョブ</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>実行中のジョブなし</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>実行中のジョブ %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1に同期</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <source>API budget %1/%2</source>
        <translation>API 枠 %1/%2</translation>
    </message>
    <message>
        <source> (Atlas: %1 left)</source>
        <translation> (Atlas: 残り %1)</translation>
    </message>
    <message>
        <source>Requests Snapline may send to %1 right now: %2 of %3. Answers refused with 429 so far: %4.</source>
        <translation>Snapline が現在 %1 に送信できるリクエスト: %3件中 %2件。これまでに 429 で拒否された応答: %4件。</translation>
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
        <translation>復元が完了しました</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>復元がキャンセルされました</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <source>Restore not sent</source>
        <translation>復元は送信されませんでした</translation>
    </message>
</context>
<context>
    <name>snapline::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>レポート(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML, one self-contained file</source>
        <translation>HTML (単一の自己完結型ファイル)</translation>
    </message>
    <message>
        <source>CSV, one file per table (in a .zip or a folder)</source>
        <translation>CSV (テーブルごとに 1 ファイル、.zip またはフォルダー)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>用紙サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Sign the manifest with Snapline&apos;s key</source>
        <translation>Snapline のキーでマニフェストに署名する</translation>
    </message>
    <message>
        <source>An Ed25519 signature of the manifest of SHA-256 hashes, with a key Snapline makes on first use and keeps in %1. It signs evidence only; it grants no access to Atlas.</source>
        <translation>SHA-256 ハッシュのマニフェストに対する Ed25519 署名です。キーは Snapline が初回使用時に作成し、%1 に保管します。このキーは証跡に署名するためだけのもので、Atlas へのアクセス権は付与しません。</translation>
    </message>
    <message>
        <source>The report file. For CSV: a .zip, or a name without an extension for a folder of files. Its manifest is written beside it.</source>
        <translation>レポートファイル。CSV の場合は .zip を指定するか、ファイルをフォルダーに書き出す場合は拡張子なしの名前を指定します。マニフェストは同じ場所に書き出されます。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>There is nothing to report on yet: open a profile and let it sync.</source>
        <translation>レポートの対象がまだありません: プロファイルを開いて同期してください。</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>レポートの保存先を選択してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder: give the report a file name.</source>
        <translation>%1 はフォルダーです: レポートのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>No catalog to preview.</source>
        <translation>プレビューするカタログがありません。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV files (*.zip);;CSV folders (*)</source>
        <translation>CSV ファイルの ZIP アーカイブ (*.zip);;CSV フォルダー (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Save the Report As</source>
        <translation>名前を付けてレポートを保存</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new report?</source>
        <translation>%1 はすでに存在します。新しいレポートで置き換えますか？</translation>
    </message>
</context>
<context>
    <name>snapline::InventoryJob</name>
    <message>
        <source>Read the catalog</source>
        <translation>カタログを読み取り</translation>
    </message>
</context>
<context>
    <name>snapline::JobListModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
</context>
<context>
    <name>snapline::JobsPanel</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>完了したジョブをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Jobs of this session</source>
        <translation>このセッションのジョブ</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>選択したジョブをキャンセルします</translation>
    </message>
    <message>
        <source>Stop the selected job. A request already sent to Atlas is not taken back.</source>
        <translation>選択したジョブを停止します。Atlas に送信済みのリクエストは取り消されません。</translation>
    </message>
    <message>
        <source>Clear finished jobs</source>
        <translation>完了したジョブをクリアします</translation>
    </message>
    <message>
        <source>Ask Atlas to cancel this restore. Atlas cannot cancel the restore of a sharded cluster, and says so.</source>
        <translation>この復元のキャンセルを Atlas に要求します。シャードクラスターの復元は Atlas でキャンセルできず、その旨が返されます。</translation>
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
        <translation>Snapline — MongoDB Atlas バックアップ。
プロファイルを選択すると、その組織が表示されます。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>ナビゲーター</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Sync what is selected with Atlas (F5)</source>
        <translation>選択した項目を Atlas と同期します (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>タイムラインを全体表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>クラスター(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Snapline</source>
        <translation>Snapline について(&amp;A)</translation>
    </message>
    <message>
        <source>Reading the organization from Atlas…</source>
        <translation>Atlas から組織を読み取り中…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Profile: %1 — opening</source>
        <translation>プロファイル: %1 — 開いています</translation>
    </message>
    <message>
        <source>%1 is running at %2.
Certificate SHA-256: %3</source>
        <translation>%1 は %2 で実行中です。
証明書 SHA-256: %3</translation>
    </message>
    <message>
        <source>Profile: %1 — %2</source>
        <translation>プロファイル: %1 — %2</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 を開けませんでした:
%2</translation>
    </message>
    <message>
        <source>Profile: %1 — not available</source>
        <translation>プロファイル: %1 — 使用不可</translation>
    </message>
    <message>
        <source>%1: %2 of %3 clusters</source>
        <translation>%1: クラスター %2/%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Synced %1 projects, %2 clusters and %3 snapshots into the catalog in %4 s.</source>
        <translation>プロジェクト %1件、クラスター %2件、スナップショット %3件をカタログに同期しました (%4秒)。</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>たった今同期しました</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>同期が停止しました: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同期に失敗しました</translation>
    </message>
    <message>
        <source>About Snapline</source>
        <translation>Snapline について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapline %1&lt;/b&gt;&lt;p&gt;A desktop console for MongoDB Atlas cloud backups: see, protect and restore them, with every Atlas rule checked before a request is sent.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Snapline %1&lt;/b&gt;&lt;p&gt;MongoDB Atlas のクラウドバックアップ用デスクトップコンソール。バックアップの確認、保護、復元を行えます。リクエストを送信する前に、すべての Atlas ルールがチェックされます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>snapline::NavigatorPanel</name>
    <message>
        <source>Find a project or cluster (Ctrl+F)</source>
        <translation>プロジェクトまたはクラスターを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the navigator</source>
        <translation>ナビゲーター内を検索</translation>
    </message>
    <message>
        <source>Organizations, projects and clusters</source>
        <translation>組織、プロジェクト、クラスター</translation>
    </message>
</context>
<context>
    <name>snapline::PitCursorOverlay</name>
    <message>
        <source>no point in time chosen; click the point-in-time band to choose one</source>
        <translation>時点が選択されていません。ポイントインタイム帯をクリックして選択してください</translation>
    </message>
    <message>
        <source>point in time chosen: %1</source>
        <translation>選択した時点: %1</translation>
    </message>
    <message>
        <source>, oplog increment %1</source>
        <translation>、oplog インクリメント %1</translation>
    </message>
</context>
<context>
    <name>snapline::PointInTimeEditor</name>
    <message>
        <source>&amp;UTC:</source>
        <translation>UTC(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Oplog timestamp:</source>
        <translation>oplog タイムスタンプ(&amp;O):</translation>
    </message>
    <message>
        <source>Point in time, UTC</source>
        <translation>ポイントインタイム (UTC)</translation>
    </message>
    <message>
        <source>Point in time, local time</source>
        <translation>ポイントインタイム (ローカル時刻)</translation>
    </message>
    <message>
        <source>Point in time as an oplog timestamp</source>
        <translation>oplog タイムスタンプで指定するポイントインタイム</translation>
    </message>
    <message>
        <source>Seconds since 1970 and the oplog increment, such as 1763647387:1</source>
        <translation>1970年からの秒数と oplog インクリメント (例: 1763647387:1)</translation>
    </message>
    <message>
        <source>seconds:increment</source>
        <translation>秒:インクリメント</translation>
    </message>
    <message>
        <source>Why the point in time was moved</source>
        <translation>ポイントインタイムが移動された理由</translation>
    </message>
    <message>
        <source>Arrows and the wheel step the chosen moment, skipping what cannot be restored</source>
        <translation>矢印キーとマウスホイールで、復元できない時間を飛ばしながら選択した時点を移動できます</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>ローカル時刻: %1</translation>
    </message>
</context>
<context>
    <name>snapline::PolicyEditorDialog</name>
    <message>
        <source>Reference hour (UTC)</source>
        <translation>基準時 (UTC)</translation>
    </message>
    <message>
        <source>Reference minute</source>
        <translation>基準分</translation>
    </message>
    <message>
        <source>Point-in-time restore window in days</source>
        <translation>PIT ウィンドウ (日数)</translation>
    </message>
    <message>
        <source>Apply retention changes to &amp;existing snapshots</source>
        <translation>保持期間の変更を既存のスナップショットにも適用する(&amp;E)</translation>
    </message>
    <message>
        <source>Changes against the current policy</source>
        <translation>現在のポリシーからの変更点</translation>
    </message>
    <message>
        <source>Snapshots and storage this policy keeps</source>
        <translation>このポリシーで保持されるスナップショットとストレージ</translation>
    </message>
    <message>
        <source>Backup Policy of %1</source>
        <translation>%1 のバックアップポリシー</translation>
    </message>
    <message>
        <source>Apply retention changes to existing snapshots</source>
        <translation>保持期間の変更を既存のスナップショットにも適用する</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>How far back %1 can be restored to any moment</source>
        <translation>%1 を任意の時点に復元できる期間</translation>
    </message>
    <message>
        <source>Point-in-time restore is off on %1</source>
        <translation>%1 のポイントインタイム復元はオフです</translation>
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
        <translation>基準時刻(&amp;R):</translation>
    </message>
    <message>
        <source>Restore &amp;window:</source>
        <translation>復元ウィンドウ(&amp;W):</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>What it keeps</source>
        <translation>保持内容</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>ポリシーを保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>まだ変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n snapshot(s)</source>
        <translation>
            <numerusform>%1: スナップショット %n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::PolicyItemsEditor</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>項目を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Backup policy items</source>
        <translation>バックアップポリシー項目</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>When</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Add a policy item</source>
        <translation>ポリシー項目を追加します</translation>
    </message>
    <message>
        <source>Remove the selected policy item</source>
        <translation>選択したポリシー項目を削除します</translation>
    </message>
    <message>
        <source>Hours between snapshots: 1, 2, 4, 6, 8 or 12</source>
        <translation>スナップショットの間隔 (時間): 1、2、4、6、8、12 のいずれか</translation>
    </message>
    <message>
        <source>Daily items use 1</source>
        <translation>毎日の項目は 1 を使用します</translation>
    </message>
    <message>
        <source>Day of the week: 1 = Monday … 7 = Sunday</source>
        <translation>曜日: 1 = 月曜日 … 7 = 日曜日</translation>
    </message>
    <message>
        <source>Day of the month: 1–28, or 40 for the last day</source>
        <translation>日付: 1～28、または月末日の場合は 40</translation>
    </message>
    <message>
        <source>Month: 1 = January … 12 = December</source>
        <translation>月: 1 = 1月 … 12 = 12月</translation>
    </message>
    <message>
        <source>Frequency of item %1</source>
        <translation>項目 %1 の頻度</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>When item %1 runs</source>
        <translation>項目 %1 の実行タイミング</translation>
    </message>
    <message>
        <source>How long item %1 keeps its snapshots</source>
        <translation>項目 %1 のスナップショットの保持期間</translation>
    </message>
    <message>
        <source>Retention unit of item %1</source>
        <translation>項目 %1 の保持期間の単位</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>snapline::PostureModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The compliance policy requires %1.</source>
        <translation>コンプライアンスポリシーでは %1 が必要です。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>ポイントインタイム</translation>
    </message>
    <message>
        <source>Last snapshot</source>
        <translation>最新のスナップショット</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>次回のスナップショット</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>合計サイズ</translation>
    </message>
    <message>
        <source>Policy vs compliance</source>
        <translation>ポリシーとコンプライアンスの比較</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>snapline::PosturePage</name>
    <message>
        <source>Only clusters with warnings</source>
        <translation>警告のあるクラスターのみ</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>クラスターを絞り込み</translation>
    </message>
    <message>
        <source>Filter the posture grid</source>
        <translation>バックアップ状況の一覧を絞り込みます</translation>
    </message>
    <message>
        <source>Backup posture of every cluster</source>
        <translation>全クラスターのバックアップ状況</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>組織 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — backup posture of %n cluster(s)</source>
        <translation>
            <numerusform>%1 — クラスター %n件のバックアップ状況</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per cluster: its backup, point-in-time window, last and next snapshot, snapshot count and size, policy against the compliance minimum, copies and warnings. Enter opens the cluster.</source>
        <translation>クラスターごとに 1 行: バックアップ、PIT ウィンドウ、最新と次回のスナップショット、スナップショット数とサイズ、コンプライアンス最小要件に対するポリシー、コピー、警告。Enter キーでクラスターを開きます。</translation>
    </message>
</context>
<context>
    <name>snapline::ProfileDialog</name>
    <message>
        <source>Add Profile</source>
        <translation>プロファイルの追加</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>プロファイル「%1」の編集</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>保存済みのシークレットを変更しない場合は空のままにします</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline: its address and credentials are set when it starts and cannot be changed.</source>
        <translation>「%1」は Snapline に組み込まれています: アドレスと認証情報は起動時に設定され、変更できません。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>Optional: 24 hexadecimal characters</source>
        <translation>省略可: 16進数 24文字</translation>
    </message>
    <message>
        <source>Default project id</source>
        <translation>既定のプロジェクト ID</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>Optional: extra certificate authorities (PEM)</source>
        <translation>省略可: 追加の認証局 (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>ピン留めした証明書</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint AB:CD:…</source>
        <translation>省略可: SHA-256 フィンガープリント AB:CD:…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>サインイン方法(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>公開キー(&amp;P):</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>秘密キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Organization id:</source>
        <translation>組織 ID(&amp;O):</translation>
    </message>
    <message>
        <source>Default pro&amp;ject id:</source>
        <translation>既定のプロジェクト ID(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>Pinned certi&amp;ficate:</source>
        <translation>ピン留めした証明書(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>クライアント ID(&amp;L):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>8 characters</source>
        <translation>8文字</translation>
    </message>
    <message>
        <source>mdb_sa_id_…</source>
        <translation>mdb_sa_id_…</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s private key.</source>
        <translation>API キーの秘密キーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client secret.</source>
        <translation>サービスアカウントのクライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>CA ファイルの選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The secret could not be stored in %1: %2</source>
        <translation>シークレットを %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>snapline::ProfileStore</name>
    <message>
        <source>The profiles could not be saved to %1.</source>
        <translation>プロファイルを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>ID %1 のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>ID %1 のプロファイルはありません。</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline: its address and credentials cannot be changed.</source>
        <translation>「%1」は Snapline に組み込まれています: アドレスと認証情報は変更できません。</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline and cannot be deleted.</source>
        <translation>「%1」は Snapline に組み込まれているため、削除できません。</translation>
    </message>
    <message>
        <source>A built-in profile needs a fixed id.</source>
        <translation>組み込みプロファイルには固定の ID が必要です。</translation>
    </message>
</context>
<context>
    <name>snapline::ProfilesMenu</name>
    <message>
        <source>Built into Snapline: a sandbox organization on this computer</source>
        <translation>Snapline に組み込み: このコンピューター上のサンドボックス組織</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import from Atlas CLI…</source>
        <translation>Atlas CLI からインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation>「%1」を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove “%1”…</source>
        <translation>「%1」を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>先にプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is built into Snapline and cannot be removed.</source>
        <translation>「%1」は Snapline に組み込まれているため、削除できません。</translation>
    </message>
    <message>
        <source>Remove “%1” and its secret.</source>
        <translation>「%1」とそのシークレットを削除します。</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>プロファイル「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Its secret is deleted from %1, and its local catalog is no longer shown. Nothing changes in Atlas.</source>
        <translation>シークレットは %1 から削除され、ローカルのカタログは表示されなくなります。Atlas では何も変更されません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>snapline::ReportPeriodEditor</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去90日間</translation>
    </message>
    <message>
        <source>Last calendar month</source>
        <translation>前月</translation>
    </message>
    <message>
        <source>Last calendar quarter</source>
        <translation>前四半期</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初来</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>開始日 (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>終了日 (UTC)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Whole days in UTC; the first and the last day are included. A period that ends today ends now.</source>
        <translation>UTC での日単位です。開始日と終了日を含みます。今日で終わる期間は現時点までとなります。</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a first day on or before the last day.</source>
        <translation>期間の終了が開始より前になっています: 開始日には終了日以前の日付を選択してください。</translation>
    </message>
</context>
<context>
    <name>snapline::ReportPreviewPane</name>
    <message>
        <source>Preview of the report&apos;s first page</source>
        <translation>レポートの1ページ目のプレビュー</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備中…</translation>
    </message>
    <message>
        <source>Page 1 of %1, as the PDF shows it</source>
        <translation>%1ページ中 1ページ目 (PDF での表示)</translation>
    </message>
</context>
<context>
    <name>snapline::ReportRunPanel</name>
    <message>
        <source>Cancel export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Check the report against its manifest and signature, as an auditor would</source>
        <translation>監査人と同じように、レポートをマニフェストおよび署名と照合します</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>開始を待機中…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report was written&lt;/b&gt; to %1 (%2), with its manifest %3.</source>
        <translation>&lt;b&gt;レポートを書き出しました:&lt;/b&gt; %1 (%2)、マニフェスト: %3。</translation>
    </message>
    <message>
        <source>The manifest is signed (%1) with the key %2: publish that fingerprint so auditors know the key is yours.</source>
        <translation>マニフェストはキー %2 で署名されています (%1)。このキーが自組織のものであることを監査人が確認できるよう、このフィンガープリントを公開してください。</translation>
    </message>
    <message>
        <source>To prove it unchanged later: &lt;tt&gt;snapline report verify %1&lt;/tt&gt;, or Verify here.</source>
        <translation>後で変更されていないことを証明するには、&lt;tt&gt;snapline report verify %1&lt;/tt&gt; を実行するか、ここで［検証］をクリックします。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>エクスポートはキャンセルされました。何も書き出されていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report was not written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;レポートは書き出されませんでした:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>検証中…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intact.&lt;/b&gt;</source>
        <translation>&lt;b&gt;改ざんされていません。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report has changed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;レポートは変更されています。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>書き込まれたファイル</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCandidateModel</name>
    <message>
        <source>%1 (the source)</source>
        <translation>%1 (ソース)</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>シャード %n個</numerusform>
        </translation>
    </message>
    <message>
        <source>replica set</source>
        <translation>レプリカセット</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>不可: %1</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>可能</translation>
    </message>
    <message numerus="yes">
        <source>Possible, with %n warning(s)</source>
        <translation>
            <numerusform>可能 (警告 %n件)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can take this restore.</source>
        <translation>%1 はこの復元を受け入れ可能です。</translation>
    </message>
    <message>
        <source>%1 cannot take this restore:</source>
        <translation>%1 はこの復元を受け入れられません:</translation>
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
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジー</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Can it take this restore?</source>
        <translation>復元可否</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCandidatesJob</name>
    <message>
        <source>Judge restore targets</source>
        <translation>復元ターゲットを判定</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreCheckJob</name>
    <message>
        <source>Pre-flight check of a restore</source>
        <translation>復元の事前チェック</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreDeliveryPage</name>
    <message>
        <source>How to restore</source>
        <translation>復元方法</translation>
    </message>
    <message>
        <source>Atlas restores into a running cluster, or prepares a snapshot for download.</source>
        <translation>Atlas は実行中のクラスターに復元するか、スナップショットをダウンロード用に準備します。</translation>
    </message>
    <message>
        <source>Restore into a &amp;cluster</source>
        <translation>クラスターに復元(&amp;C)</translation>
    </message>
    <message>
        <source>Restore into a cluster</source>
        <translation>クラスターに復元</translation>
    </message>
    <message>
        <source>Atlas copies the backup into a cluster you choose next. Everything on that cluster is replaced.</source>
        <translation>Atlas は、次の画面で選択するクラスターにバックアップをコピーします。そのクラスター上のデータはすべて置き換えられます。</translation>
    </message>
    <message>
        <source>&amp;Download the snapshot</source>
        <translation>スナップショットをダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Download the snapshot</source>
        <translation>スナップショットをダウンロード</translation>
    </message>
    <message>
        <source>A download is not possible:</source>
        <translation>ダウンロードはできません:</translation>
    </message>
    <message>
        <source>Atlas prepares the snapshot&apos;s files and gives links to fetch them.</source>
        <translation>Atlas はスナップショットのファイルを準備し、取得用のリンクを提供します。</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreDurationChartView</name>
    <message>
        <source>Restore job durations</source>
        <translation>復元ジョブの所要時間</translation>
    </message>
    <message>
        <source>No restore job has finished yet.</source>
        <translation>完了した復元ジョブはまだありません。</translation>
    </message>
    <message>
        <source>No restore jobs have been run.</source>
        <translation>実行された復元ジョブはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n restore job(s); the longest took %1; %2 failed.</source>
        <translation>
            <numerusform>復元ジョブ %n件。最長所要時間は %1、失敗は %2件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore job(s) still running, not shown.</source>
        <translation>
            <numerusform>実行中の復元ジョブ %n件は表示されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing only the newest %n job(s).</source>
        <translation>
            <numerusform>最新の %n件のジョブのみ表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore of %1 started %2: %3, %4</source>
        <translation>%1 の復元 (%2 に開始): %3、%4</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreJobModel</name>
    <message>
        <source>snapshot of %1</source>
        <translation>%1 のスナップショット</translation>
    </message>
    <message>
        <source>download links</source>
        <translation>ダウンロードリンク</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>経過時間 %1</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>スナップショット %1</translation>
    </message>
    <message>
        <source>Cluster %1 in project %2</source>
        <translation>プロジェクト %2 のクラスター %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配信方法</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>復元元</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2</source>
        <translation>スナップショット %1 (取得: %2)</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreJobView</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1時間%2分%3秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Restore job in Atlas</source>
        <translation>Atlas の復元ジョブ</translation>
    </message>
    <message>
        <source>Download links expire</source>
        <translation>ダウンロードリンクの有効期限</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>ダウンロードリンク</translation>
    </message>
    <message>
        <source>Copy the download link</source>
        <translation>ダウンロードリンクをコピー</translation>
    </message>
    <message>
        <source>Copies the selected download link, or every link when none is selected.</source>
        <translation>選択したダウンロードリンクをコピーします。何も選択されていない場合はすべてのリンクをコピーします。</translation>
    </message>
    <message>
        <source>The links expired %1.</source>
        <translation>リンクの有効期限が切れました (%1)。</translation>
    </message>
    <message>
        <source>The links expire in %1 (%2).</source>
        <translation>リンクはあと %1 で期限切れになります (%2)。</translation>
    </message>
    <message>
        <source>Atlas has no job for this restore: %1</source>
        <translation>Atlas にこの復元のジョブがありません: %1</translation>
    </message>
    <message>
        <source>Not sent to Atlas yet.</source>
        <translation>まだ Atlas に送信されていません。</translation>
    </message>
    <message>
        <source>Atlas job %1 · %2 · %3 → %4 · %5</source>
        <translation>Atlas ジョブ %1 · %2 · %3 → %4 · %5</translation>
    </message>
</context>
<context>
    <name>snapline::RestorePreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Read what will happen, then type the cluster&apos;s name to confirm.</source>
        <translation>実行される内容を確認してから、クラスターの名前を入力して確定してください。</translation>
    </message>
    <message>
        <source>Checking the restore</source>
        <translation>復元をチェック中</translation>
    </message>
    <message>
        <source>The request that will be sent to Atlas</source>
        <translation>Atlas に送信されるリクエスト</translation>
    </message>
    <message>
        <source>Cluster name to confirm</source>
        <translation>確認用のクラスター名</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>復元先:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>リクエスト:</translation>
    </message>
    <message>
        <source>To confirm the download, type the name of the source cluster, %1:</source>
        <translation>ダウンロードを確定するには、ソースクラスターの名前 (%1) を入力してください:</translation>
    </message>
    <message>
        <source>Everything on %1 will be replaced. To confirm, type the name of the target cluster, %1:</source>
        <translation>%1 上のデータはすべて置き換えられます。確定するには、ターゲットクラスターの名前 (%1) を入力してください:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>The restore could not be checked: %1</source>
        <translation>復元をチェックできませんでした: %1</translation>
    </message>
    <message>
        <source>The rules allow this restore.</source>
        <translation>ルールにより、この復元は許可されています。</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreSourcePage</name>
    <message>
        <source>What to restore</source>
        <translation>復元する対象</translation>
    </message>
    <message>
        <source>Choose a snapshot of %1, or a moment to restore it to.</source>
        <translation>%1 のスナップショット、または復元先の時点を選択してください。</translation>
    </message>
    <message>
        <source>A &amp;snapshot</source>
        <translation>スナップショット(&amp;S)</translation>
    </message>
    <message>
        <source>Restore a snapshot</source>
        <translation>スナップショットを復元</translation>
    </message>
    <message>
        <source>Completed snapshots of %1</source>
        <translation>%1 の完了済みスナップショット</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>ポイントインタイム(&amp;P)</translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation>特定の時点に復元</translation>
    </message>
    <message>
        <source>Moment to restore to, in UTC</source>
        <translation>復元する時点 (UTC)</translation>
    </message>
    <message>
        <source>What the rules say about this source</source>
        <translation>このソースに関するルールの判定</translation>
    </message>
    <message>
        <source>%1 can be restored to a second between %2 and %3.</source>
        <translation>%1 は %2 から %3 までの任意の秒に復元できます。</translation>
    </message>
    <message>
        <source>%1 keeps no point-in-time history (continuous cloud backup is off), so it is restored from a snapshot.</source>
        <translation>%1 にはポイントインタイムの履歴がないため (Continuous Cloud Backup がオフ)、スナップショットから復元されます。</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>(%1 local time)</source>
        <translation>(ローカル時刻 %1)</translation>
    </message>
</context>
<context>
    <name>snapline::RestoreTargetPage</name>
    <message>
        <source>Where to restore</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>Every cluster of the organization, with what the rules say about restoring into it.</source>
        <translation>組織内のすべてのクラスターと、各クラスターへの復元に関するルールの判定。</translation>
    </message>
    <message>
        <source>Judging the clusters</source>
        <translation>クラスターを判定中</translation>
    </message>
    <message>
        <source>Show &amp;only possible targets</source>
        <translation>選択可能なターゲットのみ表示(&amp;O)</translation>
    </message>
    <message>
        <source>Show only possible targets</source>
        <translation>選択可能なターゲットのみ表示</translation>
    </message>
    <message>
        <source>Clusters to restore into</source>
        <translation>復元先のクラスター</translation>
    </message>
    <message>
        <source>What the rules say about the chosen target</source>
        <translation>選択したターゲットに関するルールの判定</translation>
    </message>
    <message>
        <source>Judging every cluster of the organization as a target…</source>
        <translation>組織内のすべてのクラスターをターゲットとして判定中…</translation>
    </message>
    <message>
        <source>The clusters could not be read: %1</source>
        <translation>クラスターを読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cluster(s) can take this restore.</source>
        <translation>
            <numerusform>%n件のクラスターのうち %1件がこの復元を受け入れ可能です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapline::RestoreWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 の復元</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>&amp;Submit Restore</source>
        <translation>復元を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Submit restore</source>
        <translation>復元を送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>snapline::SnapshotCountChartView</name>
    <message>
        <source>Snapshots per day</source>
        <translation>1日あたりのスナップショット数</translation>
    </message>
    <message numerus="yes">
        <source>No snapshots were taken in the last %n day(s).</source>
        <translation>
            <numerusform>過去 %n日間に取得されたスナップショットはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshots to count.</source>
        <translation>集計するスナップショットがありません。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) still being taken, not counted yet.</source>
        <translation>
            <numerusform>取得中のスナップショット %n件はまだ集計されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n snapshot(s) completed, %3 failed.</source>
        <translation>
            <numerusform>%1 から %2: 完了したスナップショット %n件、失敗 %3件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 failed</source>
        <translation>%1: 完了 %2件、失敗 %3件</translation>
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
        <translation>削除されるまで保持</translation>
    </message>
    <message>
        <source>The snapshot failed; it cannot be restored.</source>
        <translation>スナップショットは失敗したため、復元できません。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>snapline::StorageChartView</name>
    <message>
        <source>Storage over time</source>
        <translation>ストレージの推移</translation>
    </message>
    <message>
        <source>Bytes held at the end of each day, by frequency, of the snapshots still held. Snapshots that already expired and were deleted in Atlas are no longer in the catalog, so earlier days show less than was stored then.</source>
        <translation>現在保持されているスナップショットについて、各日の終わりに保持されていたバイト数を頻度別に示します。期限切れとなり Atlas で削除済みのスナップショットはカタログに含まれないため、以前の日は当時の実際の保存量より少なく表示されます。</translation>
    </message>
    <message>
        <source>No snapshots are held, so there is no storage to chart.</source>
        <translation>保持されているスナップショットがないため、グラフに表示するストレージはありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 held on %2 (%3); the most, %4, on %5.</source>
        <translation>%2 時点の保持量は %1 (%3)。最大は %5 の %4 です。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
        <translation>CSV としてエクスポート…</translation>
    </message>
    <message>
        <source>Save the rows this table shows as a CSV file</source>
        <translation>このテーブルに表示されている行を CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Backup posture</source>
        <translation>バックアップ状況</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Restore history</source>
        <translation>復元履歴</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 rows written to %3</source>
        <translation>%1: %2行を %3 に書き出しました</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV としてエクスポート</translation>
    </message>
</context>
<context>
    <name>snapline::TakeSnapshotDialog</name>
    <message>
        <source>&amp;Watch it in the Jobs panel until it completes</source>
        <translation>完了するまで［ジョブ］パネルで監視する(&amp;W)</translation>
    </message>
    <message>
        <source>Take a Snapshot of %1</source>
        <translation>%1 のスナップショットを取得</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Why this snapshot is taken, e.g. before the 4.2 migration</source>
        <translation>このスナップショットを取得する理由 (例: 4.2 への移行前)</translation>
    </message>
    <message>
        <source>Keep for (days)</source>
        <translation>保持期間 (日)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Watch until it completes</source>
        <translation>完了するまで監視</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>保持期間(&amp;K):</translation>
    </message>
</context>
<context>
    <name>snapline::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
</context>
<context>
    <name>snapline::TimelineWidget</name>
    <message>
        <source>Snapshot timeline</source>
        <translation>スナップショットのタイムライン</translation>
    </message>
    <message>
        <source>No point-in-time restore window for this cluster</source>
        <translation>このクラスターには PIT ウィンドウがありません</translation>
    </message>
    <message>
        <source>Outside the point-in-time restore window</source>
        <translation>PIT ウィンドウの範囲外</translation>
    </message>
</context>
<context>
    <name>snapline::VerdictLabel</name>
    <message>
        <source>What the rules say</source>
        <translation>ルールの判定</translation>
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
