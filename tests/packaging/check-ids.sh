#!/bin/sh
# Checks that the desktop file, the AppStream metainfo, the icon, the
# install rules and the application agree on one id and one window class:
# desktops match a window to its desktop file (and so its name and icon) by
# the Wayland app id and the X11 WM_CLASS, software centres a metainfo file
# to its desktop file by the launchable.
#
#   tests/packaging/check-ids.sh PACKAGING_DIR APP_MAIN_CPP
set -eu

packaging=$1
main_cpp=$2
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

set -- "$packaging"/*.desktop
[ $# -eq 1 ] && [ -f "$1" ] || {
    echo "FAIL: expected exactly one desktop file in $packaging, found: $*"
    exit 1
}
desktop=$1
id=$(basename "$desktop" .desktop)
metainfo=$packaging/$id.metainfo.xml
echo "id: $id"

key() { sed -n "s/^$1=//p" "$desktop"; }
[ -f "$metainfo" ] || fail "no $metainfo next to $desktop"
[ "$(key Icon)" = "$id" ] || fail "$desktop: Icon=$(key Icon), expected $id (the installed icon's name)"
grep -q "<id>$id</id>" "$metainfo" || fail "$metainfo: <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "$metainfo: <launchable type=\"desktop-id\"> is not $id.desktop"
grep -q "^set(SNAPLINE_APP_ID $id)" "$packaging/install.cmake" \
    || fail "$packaging/install.cmake: SNAPLINE_APP_ID is not $id"
grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$main_cpp" \
    || fail "$main_cpp: QGuiApplication::setDesktopFileName is not \"$id\" (the Wayland app id)"

# Qt names the X11 window class after the application name.
app_name=$(sed -n 's/.*setApplicationName(QStringLiteral("\([^"]*\)")).*/\1/p' "$main_cpp" | head -n 1)
[ -n "$app_name" ] || fail "$main_cpp: no setApplicationName(QStringLiteral(\"…\")) found"
[ "$(key StartupWMClass)" = "$app_name" ] \
    || fail "$desktop: StartupWMClass=$(key StartupWMClass), expected $app_name (the application name)"
exec_binary=$(key Exec | cut -d' ' -f1)
[ "$exec_binary" = snapline ] || fail "$desktop: Exec runs $exec_binary, not snapline"

[ "$failures" -eq 0 ] || exit 1
echo "PASS: desktop file, metainfo, icon, install rules and application agree on $id"
