#include "restore/restore_submissions.h"

namespace snapline {

RestoreSubmissions &RestoreSubmissions::instance()
{
    static RestoreSubmissions submissions;
    return submissions;
}

bool RestoreSubmissions::claim(const QString &fingerprint)
{
    QMutexLocker lock(&m_mutex);
    if (m_claimed.contains(fingerprint))
        return false;
    m_claimed.insert(fingerprint);
    return true;
}

void RestoreSubmissions::release(const QString &fingerprint)
{
    QMutexLocker lock(&m_mutex);
    m_claimed.remove(fingerprint);
}

bool RestoreSubmissions::isClaimed(const QString &fingerprint) const
{
    QMutexLocker lock(&m_mutex);
    return m_claimed.contains(fingerprint);
}

RestoreClaim::RestoreClaim(QString fingerprint)
    : m_fingerprint(std::move(fingerprint))
    , m_held(RestoreSubmissions::instance().claim(m_fingerprint))
{}

RestoreClaim::~RestoreClaim()
{
    if (m_held)
        RestoreSubmissions::instance().release(m_fingerprint);
}

} // namespace snapline
