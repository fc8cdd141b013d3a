#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QMutex>
#include <QRegularExpression>

#include <optional>

namespace snapline::sandbox {

// One injected fault: which requests it hits and what goes wrong.
struct FaultRule
{
    enum class Kind { Status, Delay, Reset, Truncate, Malformed };

    QByteArray method;       // empty: any method
    QRegularExpression path; // matched against the request path
    Kind kind = Kind::Status;
    int status = 503;      // Status: the HTTP status answered
    QByteArray retryAfter; // Status: a Retry-After value, if any
    int delayMs = 0;       // Delay: how long before the real answer
    int remaining = -1;    // how many more requests it hits; -1: all

    QJsonObject toJson() const;
};

// The sandbox's fault switch: a list of rules read from `--faults FILE` or
// the admin endpoint, consulted for every request so the client's
// reliability can be tested against real failures on a real socket.
//
// {"faults": [{"method": "GET", "path": "/clusters$", "kind": "status", "status": 503,
//              "retryAfter": "2", "times": 1},
//             {"path": "/snapshots", "kind": "delay", "delayMs": 3000},
//             {"kind": "reset" | "truncate" | "malformed", "path": "…"}]}
class FaultPlan
{
public:
    static Result<QList<FaultRule>> parse(const QByteArray &json);

    void replace(QList<FaultRule> rules);
    // The first rule hitting this request (counting it down), if any.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);
    QJsonArray toJson() const;

private:
    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
};

} // namespace snapline::sandbox
