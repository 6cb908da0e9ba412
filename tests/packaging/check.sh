#!/usr/bin/env bash
# The desktop files as the desktop's own tools read them, without installing anything: the menu
# entry (desktop-file-validate), the AppStream metainfo (appstreamcli), the manual pages (man, as
# lintian runs it), the icons' sizes, and the file type: a database samenspel writes, also renamed
# and without extension, is application/x-samenspel in a MIME database built from our XML alone
# next to the system's, and a plain SQLite file is not.
# Usage: check.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
id=nl.samenspel.Samenspel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "packaging: $*" >&2; exit 1; }

desktop-file-validate "$source_dir/packaging/$id.desktop"
appstreamcli validate --no-net --explain "$build/packaging/$id.metainfo.xml"
for page in "$build"/packaging/man/*/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=120 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 > /dev/null)
  [ -z "$warnings" ] || fail "$page: $warnings"
  [ "$(gzip -l "$page" | awk 'NR==2{print $2}')" -gt 0 ] || fail "$page is empty"
done
# lexgrog reads the NAME (NAAM) line as whatis does: "samenspel - ...".
for page in "$build"/packaging/man/*/*.1.gz; do
  name=$(basename "$page" .1.gz)
  lexgrog "$page" | grep -q ": \"$name - [a-z]" || fail "no whatis entry in $page"
done

# Each PNG has the size its folder says (lintian's icon-size-and-directory-name-mismatch).
count=0
for png in "$build"/packaging/icons/*/*/*.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  actual=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
  [ "$size" = "$actual" ] || fail "$png is $actual"
  count=$((count + 1))
done
[ "$count" -eq 12 ] || fail "expected 12 PNG icons, found $count"

# The file type, against the system's own types (SQLite's among them).
mkdir -p "$work/mime/packages"
cp /usr/share/mime/packages/*.xml "$work/mime/packages/"
cp "$source_dir/packaging/samenspel.xml" "$work/mime/packages/"
XDG_DATA_DIRS="$work" update-mime-database "$work/mime"
type_of() { XDG_DATA_HOME="$work" XDG_DATA_DIRS="$work" gio info -a standard::content-type "$1" | awk '/content-type/{print $2}'; }
"$build/app/cli/samenspel" --db "$work/a.samenspel" init > /dev/null
cp "$work/a.samenspel" "$work/renamed.db"
cp "$work/a.samenspel" "$work/no-extension"
sqlite3 "$work/plain.db" 'CREATE TABLE t(a);'
for f in a.samenspel renamed.db no-extension; do
  [ "$(type_of "$work/$f")" = application/x-samenspel ] || fail "$f is $(type_of "$work/$f"), not application/x-samenspel"
done
[ "$(type_of "$work/plain.db")" = application/vnd.sqlite3 ] || fail "a plain SQLite file is $(type_of "$work/plain.db")"
echo "packaging: desktop entry, metainfo, manual pages, $count icons and the file type are valid"
