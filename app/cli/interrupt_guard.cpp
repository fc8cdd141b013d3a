#include "cli/interrupt_guard.h"

#include <csignal>

namespace snapline {

namespace {

// Lock-free, so a signal handler may set it.
std::atomic_bool g_interrupted = false;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = false;
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
}

const std::atomic_bool *InterruptGuard::flag() const
{
    return &g_interrupted;
}

} // namespace snapline
