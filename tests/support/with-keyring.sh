#!/bin/sh
# Runs a command (a test binary) inside a private D-Bus session with an
# unlocked GNOME Keyring serving the Secret Service, so keychain tests work
# where there is no desktop session (CI, containers, ssh). The keyring lives
# in a temporary directory and goes away afterwards; the user's own keyring
# and session bus are never touched.
#
#   tests/support/with-keyring.sh ./tst_keychain_secret_store
set -eu

for tool in dbus-run-session gdbus gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing; run scripts/install-deps.sh" >&2
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/snapline-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/runtime"

# A throw-away home: gnome-keyring keeps its files under XDG_DATA_HOME and its
# control socket under XDG_RUNTIME_DIR. Without a display nothing can prompt.
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
       XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
export SNAPLINE_TEST_KEYRING=1

# The login keyring is created on first unlock with the password read from
# stdin; an empty password would leave it waiting for a prompt. The daemon
# takes its bus name a moment after it returns: wait for it.
exec dbus-run-session -- sh -c '
    printf "%s" "snapline-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    gdbus wait --session --timeout 10 org.freedesktop.secrets
    exec "$@"
' with-keyring "$@"
