#!/usr/bin/env bash
# Installs the Debian 12 packages Snapline needs to build, test and run.
# Idempotent: only packages that are not installed yet are fetched, and the
# package index is refreshed only when something has to be installed.
set -euo pipefail

packages=(
    build-essential
    cmake
    ninja-build
    git
    pkg-config
    clang-format
    clang-tidy
    qt6-base-dev
    qt6-base-dev-tools
    qt6-charts-dev
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-httpserver-dev
    qt6-websockets-dev
    qt6-svg-dev
    qtkeychain-qt6-dev
    libsecret-1-0
    libcurl4-openssl-dev
    libssl-dev
    libsqlite3-dev
    libtomlplusplus-dev
    libgl-dev
    xvfb
    xauth
    ccache
    poppler-utils
    dbus
    dbus-daemon
    gnome-keyring
    libglib2.0-bin
    libsecret-tools
    # packaging: building the .deb (dpkg-shlibdeps) and checking the desktop
    # file, the AppStream metainfo and the man pages
    dpkg-dev
    desktop-file-utils
    appstream
    groff-base
    man-db
)

echo "==> checking build dependencies"

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done
# Node.js and npm run Prism for the contract conformance test. Any install
# that provides both commands will do (some bundle npm inside nodejs), so
# Debian's packages are only asked for when a command is missing.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "==> all present (${#packages[@]} packages)"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: apt-get not found; install these packages by hand: ${missing[*]}" >&2
    exit 1
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "error: not root and sudo is not available; missing: ${missing[*]}" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi

echo "==> installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "${missing[@]}"
echo "==> dependencies installed"
