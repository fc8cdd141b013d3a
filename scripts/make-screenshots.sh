#!/usr/bin/env bash
# Remakes the user guide's pictures (docs/images/*.png) from the seeded
# sandbox on a private X server, so they show the console as it is now.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/install-deps.sh >/dev/null
cmake --preset ci >/dev/null
cmake --build --preset ci --target tst_user_guide_pictures tst_console_screenshot
mkdir -p docs/images
export SNAPLINE_SCREENSHOT_DIR="$PWD/docs/images"
tests/support/with-xvfb.sh build/ci/tests/tst_user_guide_pictures
tests/support/with-xvfb.sh build/ci/tests/tst_console_screenshot
echo "==> pictures written to docs/images"
