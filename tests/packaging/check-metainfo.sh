#!/bin/sh
# Validates AppStream metainfo with `appstreamcli validate --no-net --strict`,
# the check software centres and distributions run: no error, warning or
# info (pedantic hints are allowed). Needs no network. Exits 77 (skipped)
# when appstreamcli is not installed.
#
#   tests/packaging/check-metainfo.sh packaging/io.github.snapline.Snapline.metainfo.xml
set -eu

if ! command -v appstreamcli >/dev/null 2>&1; then
    echo "SKIP: appstreamcli is not installed (scripts/install-deps.sh installs appstream)"
    exit 77
fi

status=0
report=$(appstreamcli validate --no-net --strict --explain "$1" 2>&1) || status=$?
printf '%s\n' "$report"
if [ "$status" -ne 0 ]; then
    echo "FAIL: appstreamcli validate does not pass $1 (exit $status)"
    exit 1
fi
echo "PASS: $1"
