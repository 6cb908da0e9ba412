#!/usr/bin/env bash
# Installs what the build needs, builds (scripts/build.sh), makes the Debian package and checks it
# as a user's machine meets it (CI runs this after scripts/test.sh; docs/packaging.md):
#   1. lintian has no errors; the menu entry and metainfo are valid in the package's own tree;
#      every shared library the programs load belongs to a package named in Depends;
#   2. on this machine: apt-get install ./samenspel_*.deb, samenspel --version, samenspel demo in a
#      temporary folder, the file type and its program, the manual page, samenspel-gui from
#      /usr/bin under Xvfb until it says it is ready; then apt-get purge, and nothing of it is left;
#   3. on a clean Debian 12 (mmdebstrap, the apt variant: no libraries beyond apt's own), where
#      apt-get install ./samenspel_*.deb must pull every dependency from Debian's archive itself
#      (with the recommended packages, as apt's default is), the same commands.
#      SAMENSPEL_PACKAGE_CLEAN_ROOT=0 skips this step (it downloads about 50 MB).
# Needs root for steps 2 and 3.
set -euo pipefail
cd "$(dirname "$0")/.."
id=nl.samenspel.Samenspel
step() { echo "== package: $*"; }
fail() { echo "package: $*" >&2; exit 1; }

step "build"
# From a fresh clone too: what the build needs, and the build itself (nothing to do after test.sh).
bash scripts/install-deps.sh
bash scripts/build.sh
# The same package from the same commit: file times in it are those of the last commit.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2> /dev/null || date +%s)
export SOURCE_DATE_EPOCH
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
deb=$PWD/build/samenspel_${version}_amd64.deb
rm -f "$deb"
cmake --build build --target package
[ -f "$deb" ] || fail "CPack wrote no $deb"
chmod 644 "$deb" # apt reads local packages as its own user (_apt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -f "$deb" Package Version Depends Recommends

step "lintian"
lintian --allow-root --fail-on error,warning --tag-display-limit 0 "$deb"

step "the package's own tree"
dpkg-deb -x "$deb" "$work/tree"
desktop-file-validate "$work/tree/usr/share/applications/$id.desktop"
appstreamcli validate-tree --no-net "$work/tree"
[ "$(dpkg-parsechangelog -l packaging/changelog -S Version)" = "$(dpkg-deb -f "$deb" Version)" ] ||
  fail "packaging/changelog is not at the project's version $(dpkg-deb -f "$deb" Version)"
# Every library a program needs (NEEDED) comes from a package that Depends names: this machine has
# them all, so a missing one would not show in step 2.
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | awk '{print $1}')
libraries=$(ldconfig -p)
for program in "$work"/tree/usr/bin/*; do
  for soname in $(objdump -p "$program" | awk '/NEEDED/{print $2}'); do
    path=$(awk -v s="$soname" '$1 == s && /x86-64/ {print $NF; exit}' <<< "$libraries")
    [ -n "$path" ] || fail "$(basename "$program") needs $soname, which this machine does not have"
    owner=$( (dpkg -S "$path" 2> /dev/null || dpkg -S "$(realpath "$path")" 2> /dev/null || true) | head -1 | cut -d: -f1)
    [ -n "$owner" ] || fail "no package owns $path ($soname)"
    grep -qxF "$owner" <<< "$depends" || fail "$(basename "$program") needs $soname from $owner, which Depends does not name"
  done
done
echo "every library the programs load is from a package in Depends"

# The commands a user runs once the package is installed, with their own HOME (the GUI keeps its
# settings there): run here directly, and inside the clean root through chroot.
cat > "$work/use.sh" <<'USE'
set -euo pipefail
t=$(mktemp -d)
export HOME=$t XDG_DATA_HOME=$t/data
[ "$(command -v samenspel)" = /usr/bin/samenspel ] || exit 1
[ "$(command -v samenspel-gui)" = /usr/bin/samenspel-gui ] || exit 1
samenspel --version
samenspel --db "$t/demo.samenspel" demo > "$t/demo.out"
samenspel --db "$t/demo.samenspel" org list
MANWIDTH=80 man samenspel | grep -q "assessment create"
LANGUAGE=nl MANWIDTH=80 man -L nl samenspel | grep -q "AFSLUITCODES"
timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" samenspel-gui "$t/demo.samenspel" --ready-exit 2> "$t/gui.err" ||
  { cat "$t/gui.err" >&2; exit 1; }
grep -qx "samenspel-gui: ready" "$t/gui.err" || { cat "$t/gui.err" >&2; exit 1; }
# GTK's theme draws check and radio marks from SVG: without the loader (librsvg2-common, recommended)
# they would be missing.
if grep -q "Could not load a pixbuf" "$t/gui.err"; then cat "$t/gui.err" >&2; exit 1; fi
echo "samenspel-gui started from /usr/bin and reported ready"
rm -rf "$t"
USE

if [ "$(id -u)" -ne 0 ]; then
  [ -z "${CI:-}" ] || fail "CI must run this as root: the package is to be installed"
  echo "package: not root, so not installed; $deb is checked"
  exit 0
fi

step "install on this machine"
dpkg-query -W -f='${Status}' samenspel 2>/dev/null | grep -q "ok installed" && apt-get purge -y -q samenspel
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb"
dpkg -L samenspel | sort > "$work/files"
bash "$work/use.sh"
t=$(mktemp -d -p "$work")
samenspel --db "$t/x.samenspel" init > /dev/null
[ "$(gio info -a standard::content-type "$t/x.samenspel" | awk '/content-type/{print $2}')" = application/x-samenspel ] ||
  fail "an installed .samenspel file is not application/x-samenspel"
cp "$t/x.samenspel" "$t/renamed"
[ "$(gio info -a standard::content-type "$t/renamed" | awk '/content-type/{print $2}')" = application/x-samenspel ] ||
  fail "a Samenspel file without its extension is not recognised by its content"
gio mime application/x-samenspel | grep -q "$id.desktop" || fail "no program opens application/x-samenspel"
[ -e "/usr/share/icons/hicolor/48x48/mimetypes/application-x-samenspel.png" ] || fail "the file-type icon is missing"

step "remove from this machine"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q samenspel
if dpkg-query -W -f='${Status}' samenspel 2>/dev/null | grep -q "ok installed"; then fail "still installed"; fi
while read -r path; do
  [ -d "$path" ] || [ ! -e "$path" ] || fail "left behind: $path"
done < "$work/files"
if grep -q samenspel /usr/share/mime/globs2; then fail "the file type is still registered"; fi
if grep -q "$id" /usr/share/applications/mimeinfo.cache 2>/dev/null; then fail "the menu entry is still in mimeinfo.cache"; fi
[ ! -e /usr/share/doc/samenspel ] || fail "left behind: /usr/share/doc/samenspel"

if [ "${SAMENSPEL_PACKAGE_CLEAN_ROOT:-1}" = 0 ]; then
  echo "package: the clean-root step is skipped (SAMENSPEL_PACKAGE_CLEAN_ROOT=0)"
  exit 0
fi
step "install on a clean Debian 12"
command -v mmdebstrap > /dev/null || fail "mmdebstrap is missing (scripts/install-deps.sh installs it)"
cp "$deb" "$work/"
mmdebstrap --quiet --variant=apt --include=xvfb,xauth,man-db \
  --customize-hook="copy-in $work/$(basename "$deb") $work/use.sh /tmp" \
  --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o APT::Install-Recommends=true /tmp/$(basename "$deb")" \
  --customize-hook="chroot \"\$1\" dpkg-query -W -f='\${Package} \${Version}\n' samenspel" \
  --customize-hook="chroot \"\$1\" bash /tmp/use.sh" \
  --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q --autoremove samenspel" \
  --customize-hook="chroot \"\$1\" sh -c '! dpkg-query -W samenspel 2>/dev/null | grep -q .'" \
  bookworm /dev/null
step "done: $(basename "$deb") installs, runs and leaves nothing behind, here and on a clean Debian 12"
