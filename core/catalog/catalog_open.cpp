// Opening a catalog file: checks, migrations, and moving a bad file aside.
#include "catalog/catalog.h"
#include "catalog/catalog_log.h"
#include "catalog/catalog_schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// WAL with synchronous=NORMAL: a commit is a write to the log, not an fsync
// (a crash may lose the last commits, never consistency; it is a cache).
// The log is truncated back to 64 MB after it was folded into the file.
constexpr const char kSettings[] = "PRAGMA synchronous = NORMAL;"
                                   "PRAGMA temp_store = MEMORY;"
                                   "PRAGMA cache_size = -32768;"
                                   "PRAGMA mmap_size = 268435456;"
                                   "PRAGMA journal_size_limit = 67108864;";

// How an attempt to open went: usable, not usable as a catalog (so it can be
// replaced), or failed for reasons replacing it would not fix.
enum class Outcome { Ready, Unusable, Failed };

struct Attempt
{
    Outcome outcome = Outcome::Failed;
    sqlite3 *db = nullptr;
    QString reason;
};

bool meansDamaged(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT || primary == SQLITE_FORMAT
            || rc == SQLITE_IOERR_SHORT_READ;
}

// Runs a one-row query and answers its first column as text.
int queryText(sqlite3 *db, const char *sql, QString *out)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            *out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    return rc;
}

// One attempt at a file, with its reasons in the user's words (the
// translation context is the Catalog's).
class CatalogFile
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static Attempt open(const QString &path, bool reader)
    {
        sqlite3 *db = nullptr;
        const int flags = SQLITE_OPEN_READWRITE | (reader ? 0 : SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
        int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
        if (rc != SQLITE_OK)
            return fail(db, rc);
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, kBusyTimeoutMs);

        QString text;
        if ((rc = queryText(db, "PRAGMA user_version", &text)) != SQLITE_OK)
            return fail(db, rc);
        const int version = text.toInt();
        const int known = CatalogSchema::currentVersion();
        if (reader && version != known)
            return give(db, Outcome::Failed,
                        tr("its schema version is %1, this version of Snapline reads %2")
                                .arg(version)
                                .arg(known));
        if (!reader) {
            if (version > known)
                return give(
                        db, Outcome::Unusable,
                        tr("it was written by a newer version of Snapline (catalog schema %1; this version "
                           "knows up to %2)")
                                .arg(version)
                                .arg(known));
            if ((rc = queryText(db, "PRAGMA quick_check", &text)) != SQLITE_OK)
                return fail(db, rc);
            if (text != u"ok")
                return give(db, Outcome::Unusable, tr("it is damaged (%1)").arg(text));
            if (version == 0) {
                if ((rc = queryText(db, "SELECT count(*) FROM sqlite_schema", &text)) != SQLITE_OK)
                    return fail(db, rc);
                if (text.toInt() > 0)
                    return give(db, Outcome::Unusable,
                                tr("it is a SQLite database, but not a Snapline catalog"));
            }
            if ((rc = queryText(db, "PRAGMA journal_mode = WAL", &text)) != SQLITE_OK)
                return fail(db, rc);
            if (text != u"wal") // e.g. on a file system without shared memory; slower, still correct
                qCWarning(lcCatalog) << "catalog" << path << "runs in journal mode" << text
                                     << "instead of WAL";
            QString error;
            if ((rc = CatalogSchema::migrate(db, version, &error)) != SQLITE_OK)
                return give(db, meansDamaged(rc) ? Outcome::Unusable : Outcome::Failed, error);
        }
        if ((rc = sqlite3_exec(db, kSettings, nullptr, nullptr, nullptr)) != SQLITE_OK)
            return fail(db, rc);
        if (reader
            && (rc = sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr)) != SQLITE_OK)
            return fail(db, rc);
        return {Outcome::Ready, db, {}};
    }

    // The log travels with the file: left behind, SQLite would try to replay
    // it into the new, empty catalog. The shared-memory index is rebuilt.
    static bool moveAside(const QString &path, const QString &aside)
    {
        if (QFileInfo::exists(path) && !QFile::rename(path, aside))
            return false;
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
                return false;
        }
        QFile::remove(path + QStringLiteral("-shm"));
        return true;
    }

    static QString asidePath(const QString &path, const QDateTime &now)
    {
        const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString base = path + QStringLiteral(".corrupt-") + stamp;
        QString candidate = base;
        for (int n = 2; QFileInfo::exists(candidate); ++n)
            candidate = base + u'-' + QString::number(n);
        return candidate;
    }

    static Error openError(const QString &path, const QString &reason)
    {
        return {QStringLiteral("catalog.open"),
                tr("The local catalog \"%1\" cannot be opened: %2.")
                        .arg(QDir::toNativeSeparators(path), reason)};
    }

private:
    static Attempt give(sqlite3 *db, Outcome outcome, const QString &reason)
    {
        sqlite3_close(db);
        return {outcome, nullptr, reason};
    }

    static Attempt fail(sqlite3 *db, int rc)
    {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        return give(db, meansDamaged(rc) ? Outcome::Unusable : Outcome::Failed, reasonFor(rc, detail));
    }

    // Says in plain words why SQLite refused, with its own text in brackets.
    static QString reasonFor(int rc, const QString &detail)
    {
        switch (rc & 0xff) {
        case SQLITE_NOTADB:
            return tr("it is not a SQLite database");
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_READONLY:
        case SQLITE_AUTH:
            return tr("the file cannot be created or written there; check that the folder is writable (%1)")
                    .arg(detail);
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return tr("another program keeps it locked (%1)").arg(detail);
        case SQLITE_FULL:
            return tr("the disk is full (%1)").arg(detail);
        default:
            return meansDamaged(rc) ? tr("it is damaged (%1)").arg(detail) : detail;
        }
    }
};

} // namespace

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, std::shared_ptr<const Clock> clock)
{
    if (!clock)
        clock = Clock::system();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return CatalogFile::openError(
                path, tr("its folder \"%1\" cannot be created").arg(QDir::toNativeSeparators(folder)));

    Attempt attempt = CatalogFile::open(path, false);
    QString recovery;
    QString aside;
    if (attempt.outcome == Outcome::Unusable) {
        aside = CatalogFile::asidePath(path, clock->now());
        qCWarning(lcCatalog) << "catalog" << path << "is unusable (" << attempt.reason << "); moving it to"
                             << aside;
        const QString shownPath = QDir::toNativeSeparators(path);
        const QString shownAside = QDir::toNativeSeparators(aside);
        if (!CatalogFile::moveAside(path, aside))
            return Error{
                    QStringLiteral("catalog.recover"),
                    tr("The local catalog \"%1\" cannot be used (%2) and cannot be moved aside to \"%3\".")
                            .arg(shownPath, attempt.reason, shownAside)};
        recovery = tr("The local catalog \"%1\" could not be used: %2. It was moved aside to \"%3\" and an "
                      "empty "
                      "catalog was started in its place; the next sync fills it again.")
                           .arg(shownPath, attempt.reason, shownAside);
        attempt = CatalogFile::open(path, false);
    }
    if (attempt.outcome != Outcome::Ready)
        return CatalogFile::openError(path, attempt.reason);

    std::unique_ptr<Catalog> catalog(new Catalog(attempt.db, path, std::move(clock), false));
    catalog->m_recoveryMessage = recovery;
    catalog->m_movedAsidePath = aside;
    return catalog;
}

Result<std::unique_ptr<Catalog>> Catalog::openReader(const QString &path, std::shared_ptr<const Clock> clock)
{
    if (!clock)
        clock = Clock::system();
    const Attempt attempt = CatalogFile::open(path, true);
    if (attempt.outcome != Outcome::Ready)
        return CatalogFile::openError(path, attempt.reason);
    return std::unique_ptr<Catalog>(new Catalog(attempt.db, path, std::move(clock), true));
}

} // namespace snapline
