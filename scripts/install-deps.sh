#!/usr/bin/env bash
# Installs the Debian 12 packages Samenspel needs to build, run and test. As root it runs
# apt-get itself; otherwise it prints the exact command to run and stops.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config gettext
  libwxgtk3.2-dev wx3.2-i18n libsqlite3-dev libsqlitecpp-dev sqlite3
  libboost-program-options-dev nlohmann-json3-dev catch2
  libcairo2-dev libpango1.0-dev fonts-dejavu-core libqrcodegencpp-dev nettle-dev
  xvfb xauth poppler-utils qpdf libxml2-dev
  chromium default-jre-headless
  clang libclang-rt-14-dev
  r-cran-multilevel r-cran-psych r-cran-metafor
  librsvg2-bin dpkg-dev file lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db mmdebstrap
)
# The browser tests drive chromium from Node.js; a machine without npm gets Debian's.
command -v npm > /dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: missing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "Run as root (or with sudo):"
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
fi
# Test-only tools from npm, at the versions in tests/browser/package-lock.json: the Nu HTML
# checker and a driver for the chromium above. Nothing from npm goes into the program.
browser_tools=$(cd "$(dirname "$0")/../tests/browser" && pwd)
if [ ! -f "$browser_tools/node_modules/vnu-jar/build/dist/vnu.jar" ] || [ ! -d "$browser_tools/node_modules/playwright-core" ]; then
  npm ci --prefix "$browser_tools" --no-audit --no-fund --ignore-scripts
fi
