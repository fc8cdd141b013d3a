#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace snapline {

// The restores this process is submitting or following, by fingerprint
// (RestoreOrder::fingerprint): a second identical restore (a double click, a
// script run twice) is refused while the first is on its way.
class RestoreSubmissions
{
public:
    static RestoreSubmissions &instance();

    // False when the fingerprint is claimed already.
    bool claim(const QString &fingerprint);
    void release(const QString &fingerprint);
    bool isClaimed(const QString &fingerprint) const;

private:
    mutable QMutex m_mutex;
    QSet<QString> m_claimed;
};

// Holds a claim for its lifetime.
class RestoreClaim
{
public:
    explicit RestoreClaim(QString fingerprint);
    ~RestoreClaim();
    RestoreClaim(const RestoreClaim &) = delete;
    RestoreClaim &operator=(const RestoreClaim &) = delete;

    bool isHeld() const { return m_held; }

private:
    QString m_fingerprint;
    bool m_held = false;
};

} // namespace snapline
