#!/usr/bin/env bash
# The README's front door. From a fresh clone on Debian 12:
#   installer/bootstrap.sh gui    installs packages, builds (Release, incremental), opens the GUI
#                                 on the built-in demo dataset (generated on first run)
#   installer/bootstrap.sh test   installs packages, builds, runs the whole CTest suite
#   installer/bootstrap.sh package  installs packages, builds, makes the .deb and .tar.gz (cpack)
# Extra arguments after "gui" go to keypoint-studio (e.g. a dataset folder instead of the demo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$here")"
build_dir="${KPS_BUILD_DIR:-$source_dir/build}"
mode="${1:-gui}"
shift || true

"$here/install-deps.sh"

jobs="$(nproc)"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release ${KPS_CMAKE_ARGS:-} >/dev/null
fi
cmake --build "$build_dir" -j"$jobs"

case "$mode" in
  gui)
    if [ $# -eq 0 ]; then
      exec "$build_dir/app/keypoint-studio" --demo
    fi
    exec "$build_dir/app/keypoint-studio" "$@"
    ;;
  test)
    exec ctest --test-dir "$build_dir" --output-on-failure "$@"
    ;;
  package)
    cd "$build_dir"
    exec cpack -G "DEB;TGZ" "$@"
    ;;
  *)
    echo "usage: $0 gui|test|package [arguments]" >&2
    exit 2
    ;;
esac
