#pragma once

namespace snapline {

// Exit codes of the headless commands (documented in docs/preflight.md).
enum ExitCode : int {
    ExitOk = 0,       // the action is allowed / the command succeeded
    ExitFailure = 1,  // the command could not run (I/O, network …)
    ExitBadInput = 2, // bad arguments or a bad facts file; the message names the field
    ExitRefused = 3,  // the planner refused the action
};

} // namespace snapline
