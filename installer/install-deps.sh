#!/usr/bin/env bash
# Installs the Debian 12 packages Keypoint Studio needs to build, run and test. Idempotent: quiet
# and fast when everything is present. Nothing is downloaded outside Debian's archive.
set -euo pipefail

PACKAGES=(
  # toolchain; clang-format for the style test (ctest -L style)
  build-essential cmake pkg-config clang-format
  # Qt 6 Widgets, tools (lupdate/lrelease), translations, SVG icons
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  libqt6svg6 libgl-dev
  # LibTorch (CPU), with an optimised BLAS: the reference BLAS makes torch::mm ~30x slower
  libtorch-dev libgloo-dev libopenblas0-pthread
  # images, JSON, meshes, plots
  libopencv-dev nlohmann-json3-dev libtinyobjloader-dev libqcustomplot-dev
  # zip members of .npz / .keras files (deflate); Keras .h5 / .keras weights (HDF5 C API)
  zlib1g-dev libhdf5-dev
  # ONNX export: the protobuf model, its checker and shape inference (the Python checker in tests)
  libonnx-dev libprotobuf-dev python3-onnx
  # fonts for offscreen rendering and reports
  fonts-dejavu-core
  # Python parity tests: our weights must load with torch.load, torchvision files must import
  python3 python3-torch python3-torchvision python3-numpy
  # Keras fixtures (.h5, .keras) are written at test time with h5py
  python3-h5py
  # packages (cpack): dpkg-shlibdeps and file compute the .deb's Depends; appstreamcli checks the
  # AppStream metainfo; Qt's SVG plugin renders the PNG icons at build time
  dpkg-dev file appstream libqt6svg6
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Keypoint Studio: installing ${#missing[@]} Debian package(s): ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Make sure the optimised BLAS is the one libtorch loads.
if [ -e /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 ]; then
  $SUDO update-alternatives --set libblas.so.3-x86_64-linux-gnu \
    /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 >/dev/null 2>&1 || true
fi
