#include "secrets/serial_worker.h"

namespace snapline {

SerialWorker::SerialWorker(const QString &name)
    : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SerialWorker::~SerialWorker()
{
    // Queued behind every task given so far, so they all run first.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
            m_context, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_context;
}

} // namespace snapline
