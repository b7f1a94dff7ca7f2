#!/usr/bin/env bash
# Renders the README's screenshots without a display:
#   tools/make_screenshots.sh [OUTDIR]      (default: build/screenshots)
# Runs `keypoint-studio --demo --screenshots OUTDIR` on Qt's offscreen platform. The demo dataset
# is generated on first use; window settings go to a throw-away config folder so that the shots
# show the default layout and the user's own settings stay untouched.
set -euo pipefail

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${KPS_BUILD_DIR:-$source_dir/build}"
out_dir="${1:-$build_dir/screenshots}"
gui="$build_dir/app/keypoint-studio"

if [ ! -x "$gui" ]; then
  echo "make_screenshots: $gui: not built (cmake --build $build_dir --target keypoint-studio)" >&2
  exit 1
fi
config_dir="$(mktemp -d)"
trap 'rm -rf "$config_dir"' EXIT
mkdir -p "$out_dir"
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$config_dir" \
  "$gui" --lang "${KPS_SCREENSHOT_LANG:-en}" --demo --screenshots "$out_dir"
