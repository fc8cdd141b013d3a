#!/usr/bin/env bash
# Runs list_snapshots.mjs with mongodb-atlas-api-client (the version package.json pins) installed
# once into a cache outside the repository.
#
#   bench/node/run-node-listing.sh --data-dir DIR [list_snapshots.mjs options]
#       a running snapline-sandbox's data directory: its URL, Owner API key and certificate
#   bench/node/run-node-listing.sh --base-url URL --public-key K --private-key S [options]
#       any Atlas-compatible service (trust its certificate with NODE_EXTRA_CA_CERTS)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${SNAPLINE_NODE_BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/snapline-tools/node-bench}
package=mongodb-atlas-api-client

wanted=$(node -p "require('$here/package.json').dependencies['$package']")
installed=$(node -p "try { require('$cache/node_modules/$package/package.json').version } catch { '' }")
if [[ "$installed" != "$wanted" ]]; then
    echo "run-node-listing: installing $package@$wanted into $cache" >&2
    mkdir -p "$cache"
    cp "$here/package.json" "$cache/package.json"
    (cd "$cache" && npm install --no-audit --no-fund --no-package-lock --loglevel=error >&2)
fi

args=()
while [[ $# -gt 0 ]]; do
    if [[ "$1" == --data-dir ]]; then
        data=$2
        shift 2
        # credentials.txt: "# snapline-sandbox credentials for URL", then one block per credential.
        url=$(sed -n 's/^# snapline-sandbox credentials for //p' "$data/credentials.txt")
        key=$(awk '/^# Owner key/ {owner = 1; next} /^# / {owner = 0}
                   owner && /^public_api_key/ {print $3}' "$data/credentials.txt")
        secret=$(awk '/^# Owner key/ {owner = 1; next} /^# / {owner = 0}
                      owner && /^private_api_key/ {print $3}' "$data/credentials.txt")
        args+=(--base-url "$url/api/atlas/v2" --public-key "$key" --private-key "$secret")
        if [[ -f "$data/sandbox-cert.pem" ]]; then
            export NODE_EXTRA_CA_CERTS="$data/sandbox-cert.pem"
        fi
    else
        args+=("$1")
        shift
    fi
done

exec node "$here/list_snapshots.mjs" --modules-dir "$cache" "${args[@]}"
