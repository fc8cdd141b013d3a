#!/usr/bin/env bash
# CI's package stage: builds the .deb and the .tar.gz from a built tree,
# installs the .deb with apt, runs the installed programs headless, checks
# that every file is where a Debian desktop looks for it, then purges the
# package and checks that the machine's packages are as they were.
# Needs root (or password-less sudo) for apt, no display, no stdin and, with
# the dependencies installed by scripts/install-deps.sh, no network.
#
#   scripts/package-check.sh [BUILD_DIR]      (default build/ci, built)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec </dev/null
build=${1:-build/ci}
start=$SECONDS

step() { echo "--- [$((SECONDS - start))s] $*"; }
fail() {
    echo "package-check: FAILED: $*" >&2
    exit 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/snapline-package.XXXXXX")
installed=0
cleanup() {
    local rc=$?
    if ((installed)); then
        echo "--- purging snapline after a failure" >&2
        "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q snapline >&2 || true
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT

step "cpack: the .deb and the .tar.gz from $build"
rm -f "$build"/packages/snapline_*.deb "$build"/packages/snapline-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack failed"
}
debs=("$build"/packages/snapline_*.deb)
tgzs=("$build"/packages/snapline-*.tar.gz)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} && ${#tgzs[@]} -eq 1 && -f ${tgzs[0]} ]] \
    || fail "expected one .deb and one .tar.gz in $build/packages"
deb=$(realpath "${debs[0]}")
tgz=$(realpath "${tgzs[0]}")
version=$(dpkg-deb -f "$deb" Version)
echo "$(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$tgz") ($(du -h "$tgz" | cut -f1)), version $version"
dpkg-deb -f "$deb" Depends

# What must be installed where: the id and icon sizes as packaging/install.cmake
# has them, a .qm file for every translations/*.ts.
desktop_files=(packaging/*.desktop)
app_id=$(basename "${desktop_files[0]}" .desktop)
read -r -a icon_sizes <<<"$(sed -n 's/^set(SNAPLINE_ICON_SIZES \(.*\))$/\1/p' packaging/install.cmake)"
((${#icon_sizes[@]} > 0)) || fail "no SNAPLINE_ICON_SIZES in packaging/install.cmake"
expected=(bin/snapline bin/snapline-sandbox
    "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/man/man1/snapline.1.gz share/man/man1/snapline-sandbox.1.gz)
for size in "${icon_sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for ts in translations/snapline_*.ts; do
    expected+=("share/snapline/translations/$(basename "$ts" .ts).qm")
done

step "the .tar.gz: its files, and its snapline runs from where it is unpacked"
top=$(basename "$tgz" .tar.gz)
tar -xzf "$tgz" -C "$work"
for file in "${expected[@]}"; do
    [[ -f $work/$top/$file ]] || fail "$(basename "$tgz") has no $top/$file"
done
[[ $("$work/$top/bin/snapline" --version) == "snapline $version" ]] || fail "the tarball's snapline --version"

# apt needs root; a developer without it still gets the packages built and the tarball checked.
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo_cmd=(sudo -n)
    else
        echo "package-check: SKIPPED installing the .deb: it needs root or password-less sudo"
        exit 0
    fi
fi
if [[ $(dpkg-query -W -f='${Status}' snapline 2>/dev/null || true) == *" installed" ]]; then
    echo "package-check: SKIPPED installing the .deb: a snapline package is installed already, and is left alone"
    exit 0
fi

dpkg-query -W -f='${Package}:${Architecture} ${Version}\n' | sort >"$work/packages-before"
step "apt-get install $(basename "$deb") (its Depends only, as on a fresh Debian 12)"
installed=1
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1 || {
    cat "$work/apt-install.log" >&2
    fail "apt-get install $deb"
}

step "files: dpkg -L snapline"
dpkg -L snapline >"$work/files"
for file in "${expected[@]}"; do
    grep -qx "/usr/$file" "$work/files" || fail "the package does not install /usr/$file"
    [[ -f /usr/$file ]] || fail "/usr/$file is listed but not on disk"
done
echo "${#expected[@]} files in place"
if command -v desktop-file-validate >/dev/null 2>&1; then
    tests/packaging/check-desktop-file.sh "/usr/share/applications/$app_id.desktop"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    tests/packaging/check-metainfo.sh "/usr/share/metainfo/$app_id.metainfo.xml" | tail -n 1
fi
for page in snapline snapline-sandbox; do
    [[ $(man -w "$page") == "/usr/share/man/man1/$page.1.gz" ]] || fail "man -w $page does not find the installed page"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man $page warns: $warnings"
done

# The installed programs in a clean environment: no display, no session bus,
# a throw-away home, nothing inherited from this shell.
home=$work/home
mkdir -p -m 700 "$home" "$home/runtime"
clean_env=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" XDG_RUNTIME_DIR="$home/runtime"
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/snapline)
expect() { # expect EXIT_CODE TEXT COMMAND...: the exit code, and TEXT in its output
    local want=$1 text=$2 rc=0
    shift 2
    "${clean_env[@]}" "$@" >"$work/out" 2>&1 || rc=$?
    if [[ $rc -ne $want ]] || ! grep -qF -- "$text" "$work/out"; then
        cat "$work/out" >&2
        fail "$* exited $rc (expected $want) or did not print \"$text\""
    fi
    echo "ok: $(basename "$1") ${*:2} -> $rc"
}

step "run the installed programs headless"
expect 0 "snapline $version" /usr/bin/snapline --version
expect 0 "snapline-sandbox $version" /usr/bin/snapline-sandbox --version
# The installed translations: German by --lang, Japanese by the system's language.
expect 0 "Aufruf: snapline" /usr/bin/snapline --lang de --help
expect 0 "使用法: snapline" env LANGUAGE=ja LANG=ja_JP.UTF-8 /usr/bin/snapline --help
expect 0 '"allowed": true' /usr/bin/snapline preflight --facts "$PWD/tests/data/preflight/restore_allowed.json" --output json
expect 3 '"allowed": false' /usr/bin/snapline preflight --facts "$PWD/tests/data/preflight/restore_refused.json" --output json
# A report on the embedded sandbox: QtGui offscreen, SQLite, TLS and PDF from the installed paths.
expect 0 "PDF report written" /usr/bin/snapline report --profile "Local sandbox" --kind coverage --days 7 \
    --out "$home/coverage.pdf" --sync
expect 0 "" /usr/bin/snapline report verify "$home/coverage.pdf"
# The sandbox service serves (Qt's SQLite driver, OpenSSL); it stops when killed.
"${clean_env[@]}" /usr/bin/snapline-sandbox --port 0 --data "$home/sandbox" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$! # env execs the sandbox: this is its pid
for _ in $(seq 100); do
    grep -q "listening on https://127.0.0.1:" "$work/sandbox.log" && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
listening=$(grep -c "listening on https://127.0.0.1:" "$work/sandbox.log" || true)
kill "$sandbox_pid" 2>/dev/null || true
wait "$sandbox_pid" 2>/dev/null || true
[[ $listening -eq 1 ]] || {
    cat "$work/sandbox.log" >&2
    fail "the installed snapline-sandbox did not start serving"
}
echo "ok: snapline-sandbox --port 0 served HTTPS"

step "apt-get purge snapline"
installed=0
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q snapline >"$work/apt-purge.log" 2>&1 || {
    cat "$work/apt-purge.log" >&2
    fail "apt-get purge snapline"
}
[[ ! -e /usr/bin/snapline && ! -e /usr/bin/snapline-sandbox ]] || fail "/usr/bin/snapline is still there"
while read -r path; do
    [[ -d $path || ! -e $path ]] || fail "$path is still there after the purge"
done <"$work/files"
dpkg-query -W -f='${Package}:${Architecture} ${Version}\n' | sort >"$work/packages-after"
diff -u "$work/packages-before" "$work/packages-after" || fail "the installed packages differ from before"

step "done: built, installed, ran and removed snapline $version in $((SECONDS - start))s"
