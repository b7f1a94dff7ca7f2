# CPack: a .deb for Debian 12 and a relocatable .tar.gz of the same install tree.
#   cmake --build build && (cd build && cpack -G "DEB;TGZ")
# The .deb's Depends come from dpkg-shlibdeps (dpkg-dev) over the installed binaries, so they name
# the runtime library packages (libtorch1.13, libqt6widgets6, libopencv-core406, ...), never -dev
# ones; plugins Qt loads at run time (not linked) are added by hand.
set(CPACK_PACKAGE_NAME "keypoint-studio")
set(CPACK_PACKAGE_VENDOR "Keypoint Studio developers")
set(CPACK_PACKAGE_CONTACT "Keypoint Studio developers <keypoint-studio@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation")
set(CPACK_PACKAGE_DESCRIPTION
    "Keypoint Studio is a Qt desktop application (keypoint-studio) and a command line (kpstudio) \
over LibTorch for heatmap keypoint detection: 4SP datasets, synthetic data, training, evaluation.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "keypoint-studio")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the SVG icon plugin and Qt's own
# translations (standard dialogs). The optimised BLAS keeps LibTorch's CPU training usable.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-pthread, qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/keypointstudio/keypoint-studio")
# gzip: fast to build and to unpack; the payload is two binaries and small data files.
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip")

# The .deb installs under /usr (CPackDeb's default prefix); the tarball unpacks to
# keypoint-studio-<version>-Linux/{bin,share} and runs from anywhere.

include(CPack)
