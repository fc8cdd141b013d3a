#pragma once

// What the benchmarks share: process figures, and the `--scale large`
// sandbox run as its own process so a benchmark's RSS is its own.
#include "atlas/atlas_api.h"

#include <QProcess>
#include <QUrl>

#include <memory>

namespace snapline::bench {

double cpuSeconds();
// The CPU time another process of ours has used so far (user and system), from /proc; -1 if unknown.
double cpuSecondsOf(qint64 pid);
long peakRssMb();

struct Sandbox
{
    QProcess process;
    QUrl url;
    AtlasCredentials owner;
    QString fingerprint;
};

// Starts `binary` on `dataDir`, seeding the large organization the first time
// (minutes; the folder is kept for the next run). False when it cannot start.
bool startSandbox(Sandbox &sandbox, const QString &binary, const QString &dataDir);
// A client for it with a budget that never throttles the benchmark.
std::shared_ptr<AtlasApi> apiFor(const Sandbox &sandbox);

} // namespace snapline::bench
