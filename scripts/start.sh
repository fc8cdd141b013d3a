#!/usr/bin/env bash
# Installs what is missing, builds the dev preset and launches the console.
# Extra arguments are passed to snapline unchanged. Without a display the
# console runs under a virtual X server (xvfb-run) so the command still works.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

./scripts/install-deps.sh
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}" # ccache reuses objects across checkouts

echo "==> configuring (preset dev)"
cmake --preset dev

echo "==> building (preset dev)"
cmake --build --preset dev -j"$(nproc)"

app=build/dev/app/snapline
if [[ ! -x "$app" ]]; then
    echo "error: $app was not built" >&2
    exit 1
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    echo "==> launching $app $*"
    exec "$app" "$@"
fi

echo "==> no DISPLAY or WAYLAND_DISPLAY set: launching under a virtual X server (xvfb-run -a)"
echo "==> launching xvfb-run -a $app $*"
exec xvfb-run -a "$app" "$@"
