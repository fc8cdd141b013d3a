// SandboxStore: JSON documents (compliance policies, export buckets and jobs,
// events) and credentials.
#include "store/sandbox_store.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace snapline::sandbox {

namespace {

DocumentRow documentFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
}

} // namespace

bool SandboxStore::putDocument(const QString &table, const DocumentRow &row)
{
    QSqlQuery q = prepare(
            QStringLiteral("INSERT OR REPLACE INTO documents(tbl, id, scope_id, kind, created, doc) "
                           "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(table);
    q.addBindValue(row.id);
    q.addBindValue(row.scopeId);
    q.addBindValue(row.kind);
    q.addBindValue(row.created);
    q.addBindValue(QString::fromUtf8(QJsonDocument(row.doc).toJson(QJsonDocument::Compact)));
    return exec(q);
}

bool SandboxStore::deleteDocument(const QString &table, const QString &id)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM documents WHERE tbl = ? AND id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    return exec(q);
}

std::optional<DocumentRow> SandboxStore::document(const QString &table, const QString &id) const
{
    QSqlQuery q = prepare(QStringLiteral(
            "SELECT id, scope_id, kind, created, doc FROM documents WHERE tbl = ? AND id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (exec(q) && q.next())
        return documentFrom(q);
    return std::nullopt;
}

QSqlQuery SandboxStore::filtered(const char *columns, const QString &table, const QString &scopeId,
                                 const DocumentFilter &filter, const QString &rest) const
{
    const auto marks = [](qsizetype n) {
        QStringList m;
        m.fill(QStringLiteral("?"), n);
        return m.join(u',');
    };
    // Left to itself, SQLite walks the scope in time order (sparing a sort) and reads every document's
    // kind from its row; the few documents of the asked kinds are found faster by kind, then sorted.
    QString sql = QStringLiteral("SELECT %1 FROM documents%2 WHERE tbl = ? AND scope_id = ? AND created "
                                 "BETWEEN ? AND ?")
                          .arg(QLatin1String(columns),
                               filter.kinds.isEmpty() ? QString()
                                                      : QStringLiteral(" INDEXED BY documents_by_kind"));
    if (!filter.kinds.isEmpty())
        sql += QStringLiteral(" AND kind IN (%1)").arg(marks(filter.kinds.size()));
    if (!filter.excludedKinds.isEmpty())
        sql += QStringLiteral(" AND kind NOT IN (%1)").arg(marks(filter.excludedKinds.size()));
    if (!filter.clusterNames.isEmpty())
        sql += QStringLiteral(" AND json_extract(doc, '$.clusterName') IN (%1)")
                       .arg(marks(filter.clusterNames.size()));
    QSqlQuery q = prepare(sql + rest);
    q.addBindValue(table);
    q.addBindValue(scopeId);
    q.addBindValue(filter.from);
    q.addBindValue(filter.to);
    for (const QStringList *values : {&filter.kinds, &filter.excludedKinds, &filter.clusterNames}) {
        for (const QString &value : *values)
            q.addBindValue(value);
    }
    return q;
}

QList<DocumentRow> SandboxStore::documents(const QString &table, const QString &scopeId,
                                           const DocumentFilter &filter, int offset, int limit) const
{
    QSqlQuery q = filtered("id, scope_id, kind, created, doc", table, scopeId, filter,
                           QStringLiteral(" ORDER BY created DESC, id LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    return rows(q, documentFrom);
}

qint64 SandboxStore::documentCount(const QString &table, const QString &scopeId,
                                   const DocumentFilter &filter) const
{
    QSqlQuery q = filtered("COUNT(*)", table, scopeId, filter, {});
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool SandboxStore::insertCredential(const CredentialRow &row)
{
    forgetReads();
    QSqlQuery q = prepare(
            QStringLiteral("INSERT INTO credentials(id, kind, secret, description) VALUES(?, ?, ?, ?)"));
    q.addBindValue(row.id);
    q.addBindValue(row.kind);
    q.addBindValue(row.secret);
    q.addBindValue(row.description);
    if (!exec(q))
        return false;
    for (const auto &[scope, role] : row.roles) {
        QSqlQuery r = prepare(QStringLiteral(
                "INSERT INTO credential_roles(credential_id, scope_id, role) VALUES(?, ?, ?)"));
        r.addBindValue(row.id);
        r.addBindValue(scope);
        r.addBindValue(role);
        if (!exec(r))
            return false;
    }
    return true;
}

std::optional<CredentialRow> SandboxStore::credential(const QString &id) const
{
    if (const auto known = m_credentials.constFind(id); known != m_credentials.cend())
        return *known;
    QSqlQuery q = prepare(QStringLiteral(
            "SELECT c.kind, c.secret, c.description, r.scope_id, r.role FROM credentials c"
            " LEFT JOIN credential_roles r ON r.credential_id = c.id WHERE c.id = ? ORDER BY r.rowid"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    CredentialRow c{id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
    do {
        if (!q.isNull(3))
            c.roles.append({q.value(3).toString(), q.value(4).toString()});
    } while (q.next());
    m_credentials.insert(id, c);
    return c;
}

QList<CredentialRow> SandboxStore::credentials() const
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT id, kind, secret, description FROM credentials ORDER BY kind, id"));
    QList<CredentialRow> out;
    if (!exec(q))
        return out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    {}});
    QSqlQuery r = prepare(
            QStringLiteral("SELECT credential_id, scope_id, role FROM credential_roles ORDER BY rowid"));
    if (exec(r)) {
        while (r.next()) {
            for (auto &c : out) {
                if (c.id == r.value(0).toString())
                    c.roles.append({r.value(1).toString(), r.value(2).toString()});
            }
        }
    }
    return out;
}

} // namespace snapline::sandbox
