#!/usr/bin/env bash
# Fails when the translation sources are behind the code (run
# scripts/update-translations.sh and translate what it adds), or when a
# German, French or Japanese string is unfinished.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp translations/*.ts "$scratch/"
./scripts/update-translations.sh "$scratch" >/dev/null
status=0
for file in translations/*.ts; do
    if ! diff -q "$file" "$scratch/$(basename "$file")" >/dev/null; then
        echo "$file is out of date with the code; run scripts/update-translations.sh. What changes:"
        diff -u "$file" "$scratch/$(basename "$file")" | grep '^[-+] *<source>' | head -20 || true
        status=1
    fi
done
for language in de fr ja; do
    file="$scratch/snapline_$language.ts"
    unfinished=$(grep -c 'type="unfinished"' "$file" || true)
    total=$(grep -c '<source>' "$file" || true)
    echo "snapline_$language.ts: $total strings, $unfinished unfinished"
    if [[ "$unfinished" != 0 ]]; then
        grep -B2 'type="unfinished"' "$file" | grep '<source>' | head -10 | sed 's/^ */    /'
        status=1
    fi
done
exit $status
