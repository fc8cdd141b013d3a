# The packages, made from a built tree with `cpack -G DEB` (Debian 12) and
# `cpack -G TGZ` (see docs/packaging.md). Both hold what the install rules
# install: the two executables and packaging/install.cmake's files.
set(CPACK_PACKAGE_NAME snapline)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Snapline developers")
set(SNAPLINE_PACKAGE_MAINTAINER "The Snapline developers <snapline@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages (Debian: \"Name <email>\")")
set(CPACK_PACKAGE_CONTACT "${SNAPLINE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian shows the description as it is: lines under 80 characters.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Snapline shows the cloud backups of MongoDB Atlas: every organization,\n"
    "project and cluster a set of credentials can see, with their snapshots,\n"
    "backup policies, point-in-time windows and restore history, and checks\n"
    "restores and backup actions against Atlas's rules before any request\n"
    "is sent.\n"
    "\n"
    "This package holds the console (snapline), its command line (preflight,\n"
    "restore, sync, profile and report, which need no display) and\n"
    "snapline-sandbox, a local service that speaks the Atlas Admin API for\n"
    "demonstrations and tests.")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_GENERATOR DEB TGZ)
# RelWithDebInfo binaries are ten times their size with debug information.
set(CPACK_STRIP_FILES ON)

# TGZ: snapline-0.1.0-linux-x86_64.tar.gz, one top folder with bin/ and share/.
set(CPACK_PACKAGE_FILE_NAME "snapline-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

# DEB: snapline_0.1.0_amd64.deb, installed under /usr.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the executables link (Qt, libcurl, OpenSSL, SQLite,
# qtkeychain …) become versioned Depends through dpkg-shlibdeps; these are
# what is loaded at run time without being linked: Qt's SQLite driver (the
# sandbox's store), the X11 platform plugin (the offscreen one is in
# libqt6gui6) and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# Wayland without XWayland, Qt's own strings (dialog buttons) in the user's
# language, and a Secret Service for the keychain (else secrets last one session).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager")

include(CPack)
