#pragma once

namespace snapline {

// Exit codes of the headless commands (documented in docs/preflight.md).
enum ExitCode : int {
    ExitOk = 0,            // the action is allowed / the command succeeded / the restore completed
    ExitFailure = 1,       // the command could not run (I/O, network, an uncertain submission …)
    ExitBadInput = 2,      // bad arguments or a bad facts file; the message names the field
    ExitRefused = 3,       // the planner refused the action; nothing was sent
    ExitRestoreFailed = 4, // Atlas ran the restore, and it failed, was cancelled or expired
    ExitInterrupted = 130, // Ctrl+C (128 + SIGINT): stopped before sending, or stopped following
};

// `snapline report verify` (documented in docs/reports.md); a report
// interrupted by a signal exits 128 + the signal, nothing left behind.
enum ReportExitCode : int {
    ExitReportChanged = 5, // files changed, missing or added, or the signature is invalid or not trusted
};

} // namespace snapline
