#!/usr/bin/env bash
# Read commands never change a read-only file and work on it in a read-only folder (outputs meant
# for sharing say on stderr that they could not record the shared state); a change is refused with
# the file named. Run as an ordinary user: as root (CI) the commands run as
# "nobody", since root may write anything.
set -euo pipefail
cli=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/samenspel-readonly.XXXXXX")
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir -p "$work/bin" "$work/ro" "$work/out"
cp "$cli" "$work/bin/samenspel" # a path that "nobody" can reach
S=$work/bin/samenspel
"$S" --db "$work/ro/d.samenspel" demo > /dev/null
: > "$work/ro/leeg.samenspel"
chmod 444 "$work/ro/"*.samenspel
chmod 555 "$work/ro"
chmod 777 "$work/out"
as_user() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
fail() { echo "read_only_test: $*"; exit 1; }
before=$(sha256sum "$work/ro/d.samenspel")

for round in 1 2 3; do
  as_user "$S" --db "$work/ro/d.samenspel" score --assessment "$round" > /dev/null || fail "score $round on a read-only file"
done
as_user "$S" --db "$work/ro/d.samenspel" report --assessment 2 -o "$work/out/r.pdf" > /dev/null || fail "report on a read-only file"
tail -c 64 "$work/out/r.pdf" | grep -q '%%EOF' || fail "the report is incomplete"
as_user "$S" --db "$work/ro/d.samenspel" export --assessment 2 -o "$work/out/a.csv" > /dev/null || fail "export on a read-only file"
as_user "$S" --db "$work/ro/d.samenspel" recommend --assessment 2 > /dev/null || fail "recommend on a read-only file"

set +e
message=$(as_user "$S" --db "$work/ro/d.samenspel" org add "Nieuw" 2>&1)
code=$?
set -e
[ $code -eq 1 ] || fail "a change to a read-only file exited $code, expected 1"
case $message in *"$work/ro/d.samenspel"*alleen-lezen*) ;; *) fail "unclear message: $message" ;; esac

set +e
message=$(as_user "$S" --db "$work/ro/leeg.samenspel" score --assessment 1 2>&1)
code=$?
set -e
[ $code -eq 4 ] || fail "score on an empty file exited $code, expected 4"
case $message in *leeg.samenspel*leeg*) ;; *) fail "unclear message: $message" ;; esac
[ ! -s "$work/ro/leeg.samenspel" ] || fail "the empty file was written"

# A writable file in a read-only folder: the shared state cannot be recorded (no journal can be
# made beside it), so the output is made from the file as it is, and stderr says it was not recorded.
cp "$work/ro/d.samenspel" "$work/out/w.samenspel"
chmod 666 "$work/out/w.samenspel"
chmod 555 "$work/out"
set +e
message=$(as_user "$S" --db "$work/out/w.samenspel" score --assessment 2 2>&1 > /dev/null)
code=$?
set -e
chmod 777 "$work/out"
[ $code -eq 0 ] || fail "score on a writable file in a read-only folder exited $code: $message"
case $message in *"niet als gedeeld vastgelegd"*) ;; *) fail "no note that the output was not recorded: $message" ;; esac

[ "$(sha256sum "$work/ro/d.samenspel")" = "$before" ] || fail "the read-only file changed"
[ "$(ls "$work/ro" | wc -l)" -eq 2 ] || fail "files appeared beside the database: $(ls "$work/ro")"
echo "read_only_test: 6 reads of a read-only file, a refused change, an empty file and a read-only folder: all as promised"
