#!/usr/bin/env bash
# Renders the README's screenshots without a display:
#   tools/make_screenshots.sh [OUTDIR]      (default: build/screenshots)
# Renders a small synthetic dataset and trains a short CPU run on it with kpstudio (both kept in
# OUTDIR/work and reused when run again), then runs
# `keypoint-studio DATASET --run RUN --screenshots OUTDIR/WxH --window-size WxH` on Qt's offscreen
# platform for a laptop (1366x768) and a full-HD window (1920x1080; KPS_SCREENSHOT_SIZES
# overrides): one shot of the Data, Train and Inspect pages each. Window settings go to a
# throw-away config folder so that the shots show the first-run layout and the user's own
# settings stay untouched.
set -euo pipefail

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${KPS_BUILD_DIR:-$source_dir/build}"
out_dir="${1:-$build_dir/screenshots}"
gui="$build_dir/app/keypoint-studio"
cli="$build_dir/app/kpstudio"

if [ ! -x "$gui" ]; then
  echo "make_screenshots: $gui: not built (cmake --build $build_dir --target keypoint-studio)" >&2
  exit 1
fi
work="$out_dir/work"
mkdir -p "$work"
if [ ! -f "$work/dataset/Object_Information/mesh_information.json" ]; then
  rm -rf "$work/dataset"
  "$cli" generate --out "$work/dataset" --count 60 --seed 3
fi
if [ ! -f "$work/run/best.pt" ]; then
  rm -rf "$work/run"
  "$cli" train --data "$work/dataset" --run "$work/run" --preset tiny --epochs 8 --batch 8 \
    --image-size 64 --heatmap-size 32 --quiet
fi
for size in ${KPS_SCREENSHOT_SIZES:-1366x768 1920x1080}; do
  config_dir="$(mktemp -d)"
  mkdir -p "$out_dir/$size"
  QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$config_dir" \
    "$gui" --lang "${KPS_SCREENSHOT_LANG:-en}" "$work/dataset" --run "$work/run" \
    --screenshots "$out_dir/$size" --window-size "$size"
  rm -rf "$config_dir"
done
