// How fast the rules engine answers: the wizard re-checks every candidate
// target on each change and the PIT cursor asks PitWindow on every mouse move.
// Prints figures and their ratio to a baseline measured in the same run.
#include "preflight/facts_reader.h"
#include "rules/pit_window.h"
#include "rules/policy_validation.h"
#include "rules/rule_planner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>

using namespace snapline;

namespace {

template<typename F>
double nanosPerCall(int iterations, F &&call)
{
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
        call(i);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count()) / iterations;
}

QByteArray restoreFacts()
{
    return R"({"action": "restore", "now": "2026-11-24T12:00:00Z",
      "roles": {"p1": ["GROUP_BACKUP_MANAGER"], "p2": ["GROUP_OWNER"]},
      "source": {"projectId": "p1", "orgId": "o1", "cluster": {"name": "orders", "tier": "M30",
        "mongoDBVersion": "7.0.14", "topology": "shardedCluster", "shardCount": 3, "backupKind": "cloudContinuous",
        "restoreWindowDays": 7, "pitWindows": [{"from": "2026-11-17T12:00:00Z", "to": "2026-11-20T08:00:00Z"},
                                                {"from": "2026-11-20T09:30:00Z", "to": "2026-11-24T11:59:00Z"}],
        "restoreBlackouts": [{"from": "2026-11-22T10:00:00Z", "to": "2026-11-22T10:30:00Z"}]}},
      "target": {"projectId": "p2", "orgId": "o1", "cluster": {"name": "orders-copy", "tier": "M40",
        "mongoDBVersion": "8.0.4", "topology": "shardedCluster", "shardCount": 3}},
      "pointInTime": {"utcSeconds": 1795427400}})";
}

Cluster clusterWithRanges(int ranges, const QDateTime &now)
{
    Cluster c;
    c.name = QStringLiteral("busy");
    c.backupKind = BackupKind::CloudContinuous;
    c.pitEnabled = true;
    c.restoreWindowDays = 35;
    const qint64 span = qint64(c.restoreWindowDays) * 86400 / ranges;
    for (int i = 0; i < ranges; ++i) {
        const QDateTime from = now.addSecs(-qint64(c.restoreWindowDays) * 86400 + i * span);
        c.pit.restorable.append({from, from.addSecs(span - 60)}); // a one-minute gap after each
    }
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray json = restoreFacts();
    const auto input = FactsReader::read(json);
    if (!input) {
        out << "bad benchmark facts: " << input.error().message << Qt::endl;
        return 1;
    }
    const RulePlanner planner;
    volatile int sink = 0;

    const double parse = nanosPerCall(20000, [&](int) { sink = sink + int(FactsReader::read(json).ok()); });
    const double restore = nanosPerCall(20000, [&](int) {
        sink = sink + int(planner.evaluate(input->action, input->facts).violations.size());
    });
    ProposedAction edit;
    edit.kind = ActionKind::EditPolicy;
    edit.policy = BackupPolicy::atlasDefault();
    const double policy = nanosPerCall(
            20000, [&](int) { sink = sink + int(planner.evaluate(edit, input->facts).violations.size()); });

    const QDateTime now = input->facts.now;
    const Cluster busy = clusterWithRanges(5000, now);
    const PitWindow window(busy, now);
    const double build = nanosPerCall(50, [&](int) { sink = sink + int(PitWindow(busy, now).isEnabled()); });
    const double obstacle = nanosPerCall(
            2000, [&](int i) { sink = sink + int(window.obstaclesAt(now.addSecs(-i * 997)).size()); });
    const double nearest = nanosPerCall(200, [&](int i) {
        sink = sink + int(window.nearestRestorable(now.addSecs(-i * 997)).has_value());
    });

    out << "rules engine (ns per call; baseline = reading the same facts JSON)\n";
    out << QStringLiteral("  baseline: read restore facts   %1 ns\n").arg(parse, 10, 'f', 0);
    out << QStringLiteral("  evaluate PIT restore           %1 ns  (%2x baseline)\n")
                    .arg(restore, 10, 'f', 0)
                    .arg(restore / parse, 0, 'f', 2);
    out << QStringLiteral("  evaluate policy edit           %1 ns  (%2x baseline)\n")
                    .arg(policy, 10, 'f', 0)
                    .arg(policy / parse, 0, 'f', 2);
    out << "PIT window with 5000 restorable ranges (baseline = building the window once)\n";
    out << QStringLiteral("  baseline: build PitWindow      %1 ns\n").arg(build, 10, 'f', 0);
    out << QStringLiteral("  obstaclesAt                    %1 ns  (%2x baseline)\n")
                    .arg(obstacle, 10, 'f', 0)
                    .arg(obstacle / build, 0, 'f', 4);
    out << QStringLiteral("  nearestRestorable              %1 ns  (%2x baseline)\n")
                    .arg(nearest, 10, 'f', 0)
                    .arg(nearest / build, 0, 'f', 4);
    out << QStringLiteral("  verdicts per second (PIT restore): %1\n").arg(1e9 / restore, 0, 'f', 0);
    out.flush();
    return sink < 0 ? 1 : 0;
}
