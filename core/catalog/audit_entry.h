#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace snapline {

// One mutating action the console performed (or refused), as the audit log
// keeps it. It names who and what, never a credential: the principal is a
// profile name and a public key id or client id, and the API answer is a
// summary (job id, Atlas errorCode), not the raw body.
struct AuditEntry
{
    qint64 sequence = 0;          // assigned by the catalog; ascending in append order
    QDateTime at;                 // when the action ran; the catalog's clock stamps it when invalid
    QString principal;            // "prod-profile (key 4f2a…)"
    QString action;               // "restore.submit", "policy.update" …
    QString target;               // "cluster:<projectId>/<name>", "snapshot:<id>" …
    QString verdictJson;          // the rules' verdict as compact JSON
    std::optional<int> apiStatus; // the HTTP status; none when no request was sent
    QString apiSummary;
    QString requestJson; // the request sent (method, path, body) as compact JSON; empty when none

    bool operator==(const AuditEntry &) const = default;
};

// Which audit entries to read, newest first. Empty fields match everything.
struct AuditFilter
{
    QString principal;
    QString action;
    QString target;
    QDateTime since; // inclusive
    int limit = 200;
};

} // namespace snapline
