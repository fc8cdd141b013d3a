#pragma once

#include <atomic>

namespace snapline {

// Ctrl+C for a headless command: while a guard lives, SIGINT sets a flag that
// the command's calls watch instead of ending the process, so what was sent
// is answered and written down before the command stops.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard(); // puts the previous handler back
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    const std::atomic_bool *flag() const;
    bool interrupted() const { return flag()->load(); }

private:
    void (*m_previous)(int) = nullptr;
};

} // namespace snapline
