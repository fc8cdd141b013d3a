#!/bin/sh
# Validates a desktop file with desktop-file-validate, the freedesktop.org
# checker Debian and the desktops use: it must pass with no error, warning
# or hint. Exits 77 (skipped) when the validator is not installed.
#
#   tests/packaging/check-desktop-file.sh packaging/io.github.snapline.Snapline.desktop
set -eu

if ! command -v desktop-file-validate >/dev/null 2>&1; then
    echo "SKIP: desktop-file-validate is not installed (scripts/install-deps.sh installs desktop-file-utils)"
    exit 77
fi

status=0
report=$(desktop-file-validate "$1" 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ -n "$report" ]; then
    printf '%s\n' "$report"
    echo "FAIL: desktop-file-validate does not pass $1 cleanly (exit $status)"
    exit 1
fi
echo "PASS: $1"
