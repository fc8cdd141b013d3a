// How fast the catalog takes and gives back snapshots: a first sync of a big
// project writes hundreds of pages, and the timeline reads a whole cluster
// at once. 200,000 snapshots (8 clusters, 400 pages of 500) go into a file
// catalog and are read back. The baseline, measured in the same run, is a
// plain prepared INSERT of the same rows into a bare table (no keys, no
// upsert) in a second file with the same settings. Each figure is the best of
// three rounds in fresh files, as wall and as CPU time.
#include "catalog/catalog.h"
#include "catalog/record_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <ctime>
#include <optional>

#include <sqlite3.h>

using namespace snapline;

namespace {

constexpr int kClusters = 8;
constexpr int kPagesPerCluster = 50;
constexpr int kPageSize = 500;
constexpr int kRows = kClusters * kPagesPerCluster * kPageSize;
constexpr int kRounds = 3;

const QString kProject = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");

QString clusterName(int cluster)
{
    return QStringLiteral("orders-%1").arg(cluster, 2, 10, QLatin1Char('0'));
}

// Deterministic snapshots shaped like Atlas's: ObjectId-like ids, hourly
// history, a sharded cluster's member ids, copy regions on some clusters;
// newest first, as Atlas lists them.
QList<Snapshot> page(int cluster, int pageIndex)
{
    static const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    static const Frequency kFrequencies[] = {Frequency::Hourly, Frequency::Hourly, Frequency::Hourly,
                                             Frequency::Daily,  Frequency::Weekly, Frequency::Monthly};
    const bool sharded = cluster >= 6;
    QList<Snapshot> out;
    out.reserve(kPageSize);
    for (int i = 0; i < kPageSize; ++i) {
        const int n = pageIndex * kPageSize + i;
        Snapshot s;
        s.createdAt = start.addSecs(qint64(n) * 3600);
        s.id = QStringLiteral("%1%2%3")
                       .arg(s.createdAt.toSecsSinceEpoch(), 8, 16, QLatin1Char('0'))
                       .arg(cluster, 8, 16, QLatin1Char('0'))
                       .arg(n, 8, 16, QLatin1Char('0'));
        s.clusterName = clusterName(cluster);
        s.frequency = kFrequencies[n % 6];
        s.expiresAt = s.createdAt.addDays(s.frequency == Frequency::Hourly ? 2 : 30);
        s.origin = n % 97 == 0 ? SnapshotOrigin::OnDemand : SnapshotOrigin::Scheduled;
        s.status = n % 211 == 0 ? SnapshotStatus::Failed : SnapshotStatus::Completed;
        s.storageSizeBytes = 40'000'000'000LL + n * 1'000'003LL;
        s.mongodVersion = MongoVersion(7, 0, 12 + n / 5000);
        if (cluster % 3 == 0)
            s.fcvPinned = MongoVersion(6, 0);
        s.topology = sharded ? Topology::ShardedCluster : Topology::ReplicaSet;
        s.shardCount = sharded ? 3 : 1;
        if (sharded) {
            for (int m = 0; m < 4; ++m)
                s.memberIds.append(QStringLiteral("6%1%2").arg(m).arg(n, 22, 16, QLatin1Char('0')));
        }
        if (cluster == 5)
            s.copyRegions = {QStringLiteral("US_EAST_1"), QStringLiteral("EU_WEST_1")};
        if (s.origin == SnapshotOrigin::OnDemand)
            s.description = QStringLiteral("before the schema change");
        out.prepend(s);
    }
    return out;
}

// Wall time and this process's CPU time: on a shared machine the second
// says what the code costs when the first is inflated by other work.
struct Stopwatch
{
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();

    double wallSeconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
    }
    double cpuSeconds() const { return double(std::clock() - cpu) / CLOCKS_PER_SEC; }
};

struct Timing
{
    double wall = -1;
    double cpu = -1;
};

Timing stop(const Stopwatch &watch)
{
    return {watch.wallSeconds(), watch.cpuSeconds()};
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindUtf8(sqlite3_stmt *stmt, int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(stmt, index);
    else
        sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

struct Baseline
{
    Timing write;
    Timing read;
};

// The baseline: same rows, same settings, no keys, no upsert.
Baseline baseline(const QString &path, const QList<QList<Snapshot>> &pages)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    // The catalog's settings, its 32 MB checkpoint backstop included.
    exec(db,
         "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;"
         "PRAGMA wal_autocheckpoint = 8000;");
    exec(db,
         "CREATE TABLE bare (cluster TEXT, created_at INTEGER, id TEXT, expires_at INTEGER, "
         "frequency TEXT, origin TEXT, status TEXT, storage_bytes INTEGER, mongod_version TEXT, "
         "fcv_pinned TEXT, topology TEXT, shard_count INTEGER, member_ids TEXT, copy_regions TEXT, "
         "description TEXT)");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
            db, "INSERT INTO bare VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            -1, &insert, nullptr);
    Baseline out;
    const Stopwatch writing;
    for (const QList<Snapshot> &rows : pages) {
        exec(db, "BEGIN");
        for (const Snapshot &s : rows) {
            bindText(insert, 1, s.clusterName);
            sqlite3_bind_int64(insert, 2, s.createdAt.toMSecsSinceEpoch());
            bindText(insert, 3, s.id);
            sqlite3_bind_int64(insert, 4, s.expiresAt.toMSecsSinceEpoch());
            bindText(insert, 5, toString(s.frequency));
            bindText(insert, 6, toString(s.origin));
            bindText(insert, 7, toString(s.status));
            sqlite3_bind_int64(insert, 8, s.storageSizeBytes);
            bindText(insert, 9, s.mongodVersion.toString());
            if (s.fcvPinned)
                bindText(insert, 10, s.fcvPinned->toString());
            else
                sqlite3_bind_null(insert, 10);
            bindText(insert, 11, toString(s.topology));
            sqlite3_bind_int(insert, 12, s.shardCount);
            bindUtf8(insert, 13, stringListJson(s.memberIds));
            bindUtf8(insert, 14, stringListJson(s.copyRegions));
            bindText(insert, 15, s.description);
            if (sqlite3_step(insert) != SQLITE_DONE)
                return {};
            sqlite3_reset(insert);
        }
        exec(db, "COMMIT");
    }
    out.write = stop(writing);
    sqlite3_finalize(insert);

    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db, "SELECT * FROM bare", -1, &select, nullptr);
    const Stopwatch reading;
    qint64 rows = 0;
    while (sqlite3_step(select) == SQLITE_ROW) {
        for (int c = 0; c < 15; ++c)
            sqlite3_column_text(select, c);
        ++rows;
    }
    out.read = stop(reading);
    sqlite3_finalize(select);
    sqlite3_close(db);
    return rows == kRows ? out : Baseline{};
}

QString line(const char *label, Timing ours, Timing base)
{
    QString text = QStringLiteral("  %1 %2 rows/s wall %3 rows/s cpu")
                           .arg(QLatin1String(label), -36)
                           .arg(kRows / ours.wall, 9, 'f', 0)
                           .arg(kRows / ours.cpu, 9, 'f', 0);
    if (base.wall > 0)
        text += QStringLiteral("  (%1x baseline wall, %2x cpu)")
                        .arg(base.wall / ours.wall, 0, 'f', 2)
                        .arg(base.cpu / ours.cpu, 0, 'f', 2);
    return text + u'\n';
}

struct Round
{
    Baseline base;
    Timing write;
    Timing rewrite;
    Timing checkpoint;
    Timing read;
};

Timing best(Timing a, Timing b)
{
    return {a.wall < 0 || (b.wall >= 0 && b.wall < a.wall) ? b.wall : a.wall,
            a.cpu < 0 || (b.cpu >= 0 && b.cpu < a.cpu) ? b.cpu : a.cpu};
}

// One measurement of everything, in fresh files.
std::optional<Round> measure(const QString &folder, const QList<QList<Snapshot>> &pages,
                             const QList<int> &clusterOf)
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    Round round;
    round.base = baseline(folder + QStringLiteral("/bare.db"), pages);
    auto opened = Catalog::open(folder + QStringLiteral("/catalog.db"), Clock::system());
    if (!opened || round.base.write.wall < 0)
        return std::nullopt;
    Catalog &catalog = *opened.value();
    auto writeAll = [&]() -> Timing {
        const Stopwatch watch;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (!catalog.writeSnapshotPage(kProject, clusterName(clusterOf.at(i)), pages.at(i)))
                return {};
        }
        return stop(watch);
    };
    round.write = writeAll();
    const Stopwatch folding;
    if (!catalog.checkpoint())
        return std::nullopt;
    round.checkpoint = stop(folding);
    round.rewrite = writeAll();

    qint64 read = 0;
    const Stopwatch reading;
    for (int cluster = 0; cluster < kClusters; ++cluster)
        read += catalog.snapshots(kProject, clusterName(cluster)).valueOr({}).size();
    round.read = stop(reading);
    if (round.write.wall < 0 || round.rewrite.wall < 0 || read != kRows)
        return std::nullopt;
    return round;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "no temporary directory" << Qt::endl;
        return 1;
    }

    QList<QList<Snapshot>> pages;
    QList<int> clusterOf;
    for (int cluster = 0; cluster < kClusters; ++cluster) {
        for (int p = kPagesPerCluster - 1; p >= 0; --p) { // page 1 holds the newest
            pages.append(page(cluster, p));
            clusterOf.append(cluster);
        }
    }

    // The machine is shared: the best of three rounds is the least disturbed.
    std::optional<Round> top;
    for (int i = 0; i < kRounds; ++i) {
        const auto round = measure(dir.filePath(QStringLiteral("round")), pages, clusterOf);
        if (!round) {
            out << "benchmark failed" << Qt::endl;
            return 1;
        }
        if (!top) {
            top = round;
            continue;
        }
        top->base.write = best(top->base.write, round->base.write);
        top->base.read = best(top->base.read, round->base.read);
        top->write = best(top->write, round->write);
        top->rewrite = best(top->rewrite, round->rewrite);
        top->checkpoint = best(top->checkpoint, round->checkpoint);
        top->read = best(top->read, round->read);
    }

    out << QStringLiteral("catalog snapshots: %1 rows in %2 pages of %3 (%4 clusters), file db, WAL, "
                          "synchronous=NORMAL; best of %5 rounds\n")
                    .arg(kRows)
                    .arg(pages.size())
                    .arg(kPageSize)
                    .arg(kClusters)
                    .arg(kRounds);
    out << line("baseline: bare-table prepared INSERT", top->base.write, {});
    out << line("writeSnapshotPage, new rows", top->write, top->base.write);
    out << line("writeSnapshotPage, unchanged rows", top->rewrite, top->base.write);
    out << line("baseline: bare-table SELECT", top->base.read, {});
    out << line("snapshots() into domain values", top->read, top->base.read);
    out << QStringLiteral("  then folding the log into the file (idle checkpoint): %1 ms wall, %2 ms cpu\n")
                    .arg(top->checkpoint.wall * 1000, 0, 'f', 0)
                    .arg(top->checkpoint.cpu * 1000, 0, 'f', 0);
    out.flush();
    return 0;
}
