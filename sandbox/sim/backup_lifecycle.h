#pragma once

#include "service/sandbox_context.h"

#include <QObject>
#include <QTimer>

namespace snapline::sandbox {

// The organization's backups moving with the sandbox clock: scheduled
// snapshots appear on their policy's schedule (and Atlas-managed ones for
// shared, Flex and serverless clusters), go queued → inProgress → completed
// (or failed, at a configurable rate), and expire by retention.
class BackupLifecycle : public QObject
{
    Q_OBJECT

public:
    static inline const QString kFailureRateKey = QStringLiteral("snapshotFailureRate");

    explicit BackupLifecycle(SandboxContext &context, QObject *parent = nullptr);

    // Runs the lifecycle every `intervalMs` of wall time.
    void start(int intervalMs = 1000);
    // Brings everything up to `now` (sandbox seconds); the timer calls it.
    void advanceTo(qint64 now);

    // How long a snapshot of `bytes` takes, in sandbox seconds.
    static qint64 snapshotDuration(qint64 bytes, bool onDemand);

Q_SIGNALS:
    void snapshotCreated(const QString &clusterId, const QString &snapshotId);
    void snapshotFinished(const QString &clusterId, const QString &snapshotId, const QString &status);

private:
    void takeScheduledSnapshots(qint64 now);
    void takeManagedSnapshots(qint64 now);
    void progressSnapshots(qint64 now);
    bool failsAt(const SnapshotRow &snapshot) const;
    void addSnapshot(const ClusterRow &cluster, qint64 at, qint64 expires, const QString &frequency,
                     const QStringList &policyItems);
    void addEvent(const ClusterRow &cluster, const QString &type, qint64 at, const QString &snapshotId);

    SandboxContext &m_context;
    QTimer m_timer;
    qint64 m_lastManagedRun = 0;
};

} // namespace snapline::sandbox
