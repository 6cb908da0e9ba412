# The Debian package, samenspel_VERSION_amd64.deb, made by CPack from the install() rules:
#   cmake --build build --target package      (scripts/package.sh also checks and installs it)
# CPack rather than a debian/ folder: it packs the build that was just tested instead of compiling
# everything a second time, and the same install() rules give a Windows zip later (docs/windows.md).
# What debhelper would add is written here or in packaging/, and lintian checks it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME samenspel)
set(CPACK_PACKAGE_VENDOR "Samenspel-team")
set(CPACK_PACKAGE_CONTACT "Samenspel-team <team@samenspel.nl>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://samenspel.nl")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "measure how aligned a hospital's board and medical specialists are")
# Debian's descriptions are in English; lines start with a space and "." stands for an empty line.
# No double quotes: CPack would turn them into list separators.
set(CPACK_PACKAGE_DESCRIPTION [=[Samenspel measures and helps discuss whether the executive board (RvB)
and the medical specialists (MSB) of a Dutch hospital pull in the same
direction. Everyone involved answers one questionnaire (the 7S model and
the five themes of the right care in the right place: Juiste Zorg op de
Juiste Plek), on paper, online or live in a workshop; the program shows
where and between which parties views diverge, writes the advisor's
report and exports aggregate packages for comparisons between hospitals.
Parties below the anonymity threshold are never shown.
.
This package holds the command line program samenspel and the desktop
program samenspel-gui.]=])
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries' packages are computed by dpkg-shlibdeps from the programs; the fonts the reports
# ask pango for are data, so named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# The dialogs' own buttons in Dutch (wx3.2-i18n); the SVG loader GTK's theme draws check and radio
# marks with (librsvg2-common; every desktop has it, a bare system does not).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "wx3.2-i18n, librsvg2-common")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
