#include "catalog/catalog_schema.h"

#include "catalog/catalog_log.h"

#include <array>

#include <sqlite3.h>

namespace snapline::CatalogSchema {

namespace {

// Times are INTEGER milliseconds since the epoch (UTC); enums are their wire
// names; nested parts are compact JSON text (see record_json.h).
constexpr const char kVersion1[] = R"sql(
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_deleted INTEGER NOT NULL
);
CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER,
    cluster_count INTEGER NOT NULL
);
CREATE INDEX projects_by_org ON projects (org_id);
CREATE TABLE clusters (
    project_id TEXT NOT NULL,
    name TEXT NOT NULL,
    id TEXT NOT NULL,
    tier TEXT NOT NULL,
    provider TEXT NOT NULL,
    topology TEXT NOT NULL,
    shard_count INTEGER NOT NULL,
    mongo_version TEXT NOT NULL,
    fcv_pinned TEXT,
    backup_kind TEXT NOT NULL,
    pit_enabled INTEGER NOT NULL,
    restore_window_days INTEGER NOT NULL,
    pit_history TEXT,
    shard_count_changed_at INTEGER,
    collection_count INTEGER,
    encryption_at_rest TEXT NOT NULL,
    paused INTEGER NOT NULL,
    PRIMARY KEY (project_id, name)
) WITHOUT ROWID;
CREATE TABLE cluster_keys (
    key INTEGER PRIMARY KEY,
    project_id TEXT NOT NULL,
    cluster_name TEXT NOT NULL,
    UNIQUE (project_id, cluster_name)
);
-- Keyed by creation time so a cluster's timeline is one range scan; the
-- unique index finds a snapshot by id for the upsert.
CREATE TABLE snapshots (
    cluster_key INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    id TEXT NOT NULL,
    expires_at INTEGER,
    frequency TEXT NOT NULL,
    origin TEXT NOT NULL,
    status TEXT NOT NULL,
    storage_bytes INTEGER NOT NULL,
    mongod_version TEXT NOT NULL,
    fcv_pinned TEXT,
    topology TEXT NOT NULL,
    shard_count INTEGER NOT NULL,
    member_ids TEXT,
    copy_regions TEXT,
    description TEXT NOT NULL,
    PRIMARY KEY (cluster_key, created_at, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX snapshots_by_id ON snapshots (cluster_key, id);
CREATE TABLE backup_policies (
    project_id TEXT NOT NULL,
    cluster_name TEXT NOT NULL,
    reference_hour INTEGER NOT NULL,
    reference_minute INTEGER NOT NULL,
    restore_window_days INTEGER NOT NULL,
    update_snapshots INTEGER NOT NULL,
    items TEXT,
    PRIMARY KEY (project_id, cluster_name)
) WITHOUT ROWID;
CREATE TABLE compliance_policies (
    project_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    authorized_email TEXT NOT NULL,
    authorized_first_name TEXT NOT NULL,
    authorized_last_name TEXT NOT NULL,
    copy_protection INTEGER NOT NULL,
    encryption_at_rest INTEGER NOT NULL,
    pit_enabled INTEGER NOT NULL,
    restore_window_days INTEGER NOT NULL,
    on_demand_item TEXT,
    scheduled_items TEXT,
    deletable INTEGER NOT NULL,
    updated_at INTEGER,
    updated_user TEXT NOT NULL
);
CREATE TABLE restore_jobs (
    project_id TEXT NOT NULL,
    cluster_name TEXT NOT NULL,
    id TEXT NOT NULL,
    snapshot_id TEXT NOT NULL,
    delivery_type TEXT NOT NULL,
    state TEXT NOT NULL,
    target_project_id TEXT NOT NULL,
    target_cluster_name TEXT NOT NULL,
    point_in_time TEXT,
    created_at INTEGER,
    finished_at INTEGER,
    expires_at INTEGER,
    snapshot_timestamp INTEGER,
    cancelled INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    expired INTEGER NOT NULL,
    delivery_urls TEXT,
    PRIMARY KEY (project_id, cluster_name, id)
);
CREATE TABLE export_buckets (
    project_id TEXT NOT NULL,
    id TEXT NOT NULL,
    bucket_name TEXT NOT NULL,
    cloud_provider TEXT NOT NULL,
    iam_role_id TEXT NOT NULL,
    role_id TEXT NOT NULL,
    region TEXT NOT NULL,
    service_url TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    require_private_networking INTEGER NOT NULL,
    PRIMARY KEY (project_id, id)
);
CREATE TABLE export_jobs (
    project_id TEXT NOT NULL,
    cluster_name TEXT NOT NULL,
    id TEXT NOT NULL,
    snapshot_id TEXT NOT NULL,
    export_bucket_id TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at INTEGER,
    finished_at INTEGER,
    prefix TEXT NOT NULL,
    exported_collections INTEGER,
    total_collections INTEGER,
    failure_code TEXT NOT NULL,
    failure_message TEXT NOT NULL,
    PRIMARY KEY (project_id, cluster_name, id)
);
CREATE TABLE events (
    project_id TEXT NOT NULL,
    id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    created_at INTEGER,
    cluster_name TEXT NOT NULL,
    snapshot_id TEXT NOT NULL,
    restore_job_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (project_id, id)
);
CREATE INDEX events_by_time ON events (project_id, created_at);
CREATE TABLE sync_state (
    scope TEXT PRIMARY KEY,
    last_full_sync INTEGER,
    etag TEXT NOT NULL,
    last_seen_marker TEXT NOT NULL,
    last_error TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
-- What the console did, for audits: rows are added, never changed.
CREATE TABLE audit_log (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    principal TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    verdict TEXT NOT NULL,
    api_status INTEGER,
    api_summary TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

// Version 2: the audit log keeps the request a mutating action sent.
constexpr const char kVersion2[] = "ALTER TABLE audit_log ADD COLUMN request TEXT NOT NULL DEFAULT '';";

struct Step
{
    int version;
    const char *sql;
};

constexpr std::array kSteps{Step{1, kVersion1}, Step{2, kVersion2}};

} // namespace

int currentVersion()
{
    return kSteps.back().version;
}

int migrate(sqlite3 *db, int fromVersion, QString *error)
{
    for (const Step &step : kSteps) {
        if (step.version <= fromVersion)
            continue;
        const QByteArray script = QByteArray("BEGIN IMMEDIATE;") + step.sql
                + "PRAGMA user_version = " + QByteArray::number(step.version) + ";COMMIT;";
        char *message = nullptr;
        const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
            sqlite3_free(message);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return rc;
        }
        qCDebug(lcCatalog) << "catalog schema migrated to version" << step.version;
    }
    return SQLITE_OK;
}

} // namespace snapline::CatalogSchema
