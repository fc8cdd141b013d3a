#!/usr/bin/env bash
# Checks a man page against its program: it renders without one groff
# warning at the usual terminal widths, has the sections a complete page has,
# carries the program's version, and describes everything the program says
# it has: every option and command its help texts list, every environment
# variable its sources read, every exit code its exit-code header defines.
# Exits 77 (skipped) when groff is not installed.
#
#   check-man-page.sh PAGE PROGRAM [--sources DIR]... [--exit-codes HEADER] [--help "ARGS"]...
#     --help "ARGS"  run PROGRAM ARGS (split on spaces) and take the options
#                    and commands of what it prints (stdout and stderr)
set -euo pipefail

page=$1
program=$2
shift 2
sources=()
exit_header=
help_args=()
while (($#)); do
    case $1 in
    --sources) sources+=("$2") ;;
    --exit-codes) exit_header=$2 ;;
    --help) help_args+=("$2") ;;
    *)
        echo "check-man-page.sh: unknown argument $1" >&2
        exit 2
        ;;
    esac
    shift 2
done

if ! command -v groff >/dev/null 2>&1; then
    echo "SKIP: groff is not installed (scripts/install-deps.sh installs groff-base)"
    exit 77
fi

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# Whether the rendered page has WORD with no letter, digit or dash either side.
mentions() {
    grep -qE -- "(^|[^a-zA-Z0-9_-])$1([^a-zA-Z0-9_-]|\$)" <<<"$text"
}

# Renders cleanly, as man shows it in narrow and wide terminals.
for width in 64 80 100; do
    warnings=$(groff -man -Tutf8 -ww -z -rLL="${width}n" "$page" 2>&1)
    [[ -z $warnings ]] || fail "groff warns at $width columns:"$'\n'"$warnings"
done
if command -v man >/dev/null 2>&1; then
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man -l warns:"$'\n'"$warnings"
fi

# Plain text, one paragraph a line where it fits, never hyphenated.
text=$(groff -man -Tascii -rLL=250n -rHY=0 -P-cbou "$page" 2>/dev/null)

for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
    grep -qx "$section" <<<"$text" || fail "no $section section"
done

# The program runs in a throw-away home, without a display or a keychain.
home=$(mktemp -d "${TMPDIR:-/tmp}/snapline-man.XXXXXX")
trap 'rm -rf "$home"' EXIT
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/config" \
        XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home" \
        DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/snapline QT_QPA_PLATFORM=offscreen \
        "$program" "$@" </dev/null 2>&1 || true
}

version=$(run --version | awk 'NF { print $NF; exit }')
grep -qF "Snapline $version" <<<"$text" || fail "the page does not say Snapline $version (from --version)"

name=$(basename "$program")
checked=0
for args in "${help_args[@]}"; do
    # shellcheck disable=SC2086 # ARGS are words
    help=$(run $args)
    for option in $(grep -oE -- '(^|[^a-zA-Z0-9_-])--?[a-z][a-z0-9-]*' <<<"$help" | sed 's/^[^-]//' | sort -u); do
        mentions "$option" || fail "$option (from \`$name $args\`) is not described"
        checked=$((checked + 1))
    done
    # "Commands:" lists one command a line, indented by two spaces; its
    # second word belongs to it when it is a word (report verify, profile list).
    while read -r first second _; do
        command=$first
        [[ $second =~ ^[a-z]+$ ]] && command="$first $second"
        grep -qF "$name $command" <<<"$text" || fail "the command \`$name $command\` is not described"
        checked=$((checked + 1))
    done < <(awk '/^Commands:/ { listed = 1; next } listed && /^$/ { exit } listed && /^  [a-z]/' <<<"$help")
done

for dir in "${sources[@]}"; do
    names=$( (grep -rhoE '"(SNAPLINE|MONGODB_ATLAS)_[A-Z0-9_]+"' "$dir" --include='*.cpp' --include='*.h' || true
        grep -rhoE '(qEnvironmentVariable[A-Za-z]*|qgetenv|qputenv|getenv)\("[A-Z][A-Z0-9_]*"' "$dir" \
            --include='*.cpp' --include='*.h' || true) | sed -E 's/.*"([A-Z0-9_]+)"$/\1/' | sort -u)
    for variable in $names; do
        [[ $variable == APPDATA ]] && continue # Windows only
        mentions "$variable" || fail "the environment variable $variable (read in $dir) is not described"
        checked=$((checked + 1))
    done
done

if [[ -n $exit_header ]]; then
    status_section=$(awk '/^EXIT STATUS$/ { inside = 1; next } /^[A-Z][A-Z ]+$/ { inside = 0 } inside' <<<"$text")
    for code in $(grep -oE 'Exit[A-Za-z]+ = [0-9]+' "$exit_header" | grep -oE '[0-9]+$' | sort -un); do
        grep -qE "^ +$code( |\$)" <<<"$status_section" || fail "exit status $code ($exit_header) is not in EXIT STATUS"
        checked=$((checked + 1))
    done
fi

if ((failures > 0)); then
    echo "$failures problem(s) in $page"
    exit 1
fi
echo "PASS: $page renders cleanly and describes all $checked options, commands, variables and exit codes checked"
