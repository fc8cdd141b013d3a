#pragma once

#include "cli/profile_resolver.h"
#include "service/embedded_sandbox.h"

namespace snapline {

// Where this user's data lives: the built-in sandbox's state, and the
// catalogs (one per profile).
QString localSandboxDataDir();
QString catalogDir();

// How much faster than the wall clock the headless commands' built-in sandbox
// runs: SNAPLINE_SANDBOX_TIME_SCALE (e.g. 600: a restore of 20-300 sandbox
// seconds ends within a second or so), 1 when unset or not a number in
// (0, kMaxSandboxTimeScale]. For tests and demos; its time runs ahead of the
// wall clock while it does, and resumes from there next time.
inline constexpr double kMaxSandboxTimeScale = 100000;
double localSandboxTimeScale();

// The built-in "Local sandbox" profile for a running embedded sandbox: its
// address, its pinned certificate, and the organization owner's API key.
ResolvedProfile localSandboxProfile(const sandbox::SandboxEndpoint &endpoint,
                                    const QList<sandbox::CredentialRow> &credentials);

// For headless commands: starts the embedded sandbox when the built-in
// profile is asked for, registers the profile and stores its secret.
ProfileResolver::Hook localSandboxHook(sandbox::EmbeddedSandbox &sandbox, ProfileStore &store,
                                       std::shared_ptr<SecretStore> secrets);

} // namespace snapline
