#!/bin/sh
# Runs a command on a private X server (Xvfb) with Qt's xcb platform, so a
# test renders what a desktop would show:
#
#   tests/support/with-xvfb.sh ./tst_console_screenshot
set -eu
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "with-xvfb.sh: xvfb-run is missing; run scripts/install-deps.sh" >&2
    exit 1
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$@"
