#!/usr/bin/env bash
# What CI runs: installs what is missing, then builds and tests the ci preset,
# checks its packages (scripts/package-check.sh), checks formatting, and runs
# the core tests under AddressSanitizer + UBSan.
# Needs no display and no stdin. SNAPLINE_SKIP_ASAN=1 skips the asan stage.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Never read from a terminal, never need a screen.
exec </dev/null
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# ccache (when installed) keys on paths relative to the checkout, so another
# checkout of the same sources reuses its objects.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}" # debug info may name another build folder; the code is the same

start=$SECONDS
jobs=$(nproc)

banner() {
    echo
    echo "==> $*"
}

finish() {
    local rc=$?
    echo
    if [[ $rc -eq 0 ]]; then
        echo "==> all stages passed in $((SECONDS - start))s"
    else
        echo "==> FAILED (exit $rc) after $((SECONDS - start))s" >&2
    fi
}
trap finish EXIT

banner "dependencies"
./scripts/install-deps.sh

banner "configure (preset ci)"
cmake --preset ci

banner "build (preset ci)"
cmake --build --preset ci -j"$jobs"

banner "test (preset ci)"
ctest --preset ci -j"$jobs"

banner "package (preset ci): build the .deb and .tar.gz, install, run and remove the .deb"
./scripts/package-check.sh build/ci

banner "format-check (preset ci)"
cmake --build --preset ci --target format-check

if [[ "${SNAPLINE_SKIP_ASAN:-0}" == "1" ]]; then
    banner "asan stage skipped (SNAPLINE_SKIP_ASAN=1)"
else
    banner "configure (preset asan)"
    cmake --preset asan

    banner "build (preset asan)"
    cmake --build --preset asan -j"$jobs"

    banner "test (preset asan: core under AddressSanitizer + UBSan)"
    ctest --preset asan -j"$jobs"
fi
