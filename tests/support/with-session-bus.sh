#!/bin/sh
# Runs a command inside a private D-Bus session bus where the keychain is
# missing although D-Bus works, so the fallback to memory can be tested:
#
#   --bare             no Secret Service, and none can be started
#   --stopped-keyring  a Secret Service owns its name but never answers (a
#                      GNOME Keyring daemon, stopped with SIGSTOP)
#
#   tests/support/with-session-bus.sh --bare ./tst_secret_store_fallback
set -eu

mode=${1:-}
case "$mode" in
--bare) SNAPLINE_TEST_BUS=bare ;;
--stopped-keyring) SNAPLINE_TEST_BUS=stopped-keyring ;;
*) echo "usage: $0 --bare|--stopped-keyring command..." >&2; exit 2 ;;
esac
shift
for tool in dbus-run-session gdbus gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-session-bus.sh: $tool is missing; run scripts/install-deps.sh" >&2
        exit 1
    fi
done

here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d "${TMPDIR:-/tmp}/snapline-bus.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
       XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" SNAPLINE_TEST_BUS
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

exec dbus-run-session --config-file="$here/bare-session-bus.conf" -- sh -c '
    if [ "$SNAPLINE_TEST_BUS" = bare ]; then
        exec "$@"
    fi
    printf "%s" "snapline-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    gdbus wait --session --timeout 10 org.freedesktop.secrets
    pid=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
          --method org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets | sed "s/[^ ]* \([0-9]*\).*/\1/")
    kill -STOP "$pid"
    status=0
    "$@" || status=$?
    kill -CONT "$pid"
    kill "$pid"
    exit "$status"
' with-session-bus "$@"
