#!/usr/bin/env bash
# The desktop program in a real window: open the demo database, walk the main flows (results,
# profile, collection (an import's preview with its problems, a paper questionnaire typed in),
# facilitator hidden and revealed, a participant answering, a distribution-model slider moved,
# a report exported, a round created, the file opened again, then the keyboard alone: arrow
# keys in the tree, Ctrl+PageDown through the pages, Tab into a page, Ctrl+R and Escape; then Tab
# through every control of every page and the help, opened with F1), look at every page at 1920 x 1080 and 1366 x 768 for anything cut off (also with text at 125%), start
# again to find the place and window it left, and save screenshots, in Dutch and in English. Needs an X display ($DISPLAY,
# e.g. Xvfb started by .ci/run); without one it runs under xvfb-run when that exists, else
# reports "skipped" (77).
set -euo pipefail
cli=$1 gui=$2 out=$3
mkdir -p "$out"
db="$out/demo.samenspel"
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"
  elif command -v xvfb-run > /dev/null; then xvfb-run -a -s "-screen 0 1366x768x24" "$@"
  else echo "no X display and no xvfb-run: skipped"; exit 77
  fi
}
for lang in nl en; do
  rm -f "$db" "$db"-wal "$db"-shm "$db"-journal
  "$cli" --db "$db" demo > /dev/null # each language starts from the demo (the tour adds a round)
  rm -rf "$out/$lang" && mkdir -p "$out/$lang"
  # The user's settings in a folder of the test's own: a first start, then a second one that
  # must come back to the file, round, page and window the first left.
  home="$out/home-$lang" && rm -rf "$home" && mkdir -p "$home"
  HOME=$home SAMENSPEL_LANG=$lang SAMENSPEL_CLI=$cli run "$gui" "$db" --tour "$out/$lang"
  HOME=$home SAMENSPEL_LANG=$lang run "$gui" --tour "$out/$lang" --tour-kind restart
  # Every page again with text at 125% (GTK's text scaling), at both screen sizes.
  mkdir -p "$out/$lang/125"
  HOME=$home SAMENSPEL_LANG=$lang GDK_DPI_SCALE=1.25 run "$gui" "$db" --tour "$out/$lang/125" --tour-kind layout
  # Every page and the help by keyboard alone: Tab reaches every control.
  HOME=$home SAMENSPEL_LANG=$lang run "$gui" "$db" --tour "$out/$lang" --tour-kind keyboard
  # The file survived the file dialog, another handle, another program's read and an import.
  [ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || { echo "the database is damaged after the tour"; exit 1; }
  for png in 1-results 1b-results-details 1c-profile 1d-collection 1e-import-preview 1f-paper-form 1g-collection-after 1g2-invited 1g3-limesurvey 1e2-import-limesurvey 1h-file-dialog 2-facilitator-hidden 2b-facilitator-phones 3-facilitator-revealed 3b-facilitator-heatmap 3c-facilitator-1366 3d-facilitator-live 4-participant 4b-participant-rating 4c-participant-options 5-incentives-slider 5a-incentives-figures 5b-recommendations 6-report 6b-exchange-preview 6c-comparison 7-new-round 8-reopened 9-keyboard 9b-keyboard-new-round \
             layout-1366-0 layout-1366-7 layout-1920-2 10-restarted help 125/layout-1366-2 125/layout-1366-6; do
    file="$out/$lang/$png.png"
    [ -s "$file" ] || { echo "no screenshot written: $file"; exit 1; }
    size=$(stat -c %s "$file")
    # An empty or black window compresses to almost nothing; a window with text does not.
    [ "$size" -gt 5000 ] || { echo "screenshot $file is suspiciously small ($size bytes)"; exit 1; }
    echo "screenshot $file ($size bytes)"
  done
  # The report exported from the Report page is a complete PDF.
  head -c 5 "$out/$lang/report.pdf" | grep -q '%PDF-' || { echo "no report exported: $out/$lang/report.pdf"; exit 1; }
  tail -c 64 "$out/$lang/report.pdf" | grep -q '%%EOF' || { echo "the exported report is incomplete"; exit 1; }
done
# The paper questionnaire, the participant's answer and the two imported respondents were stored
# (in the English run's database): four more respondents.
"$cli" --db "$db" assessment list --format csv | grep -q "Noorderhaven Ziekenhuis,Nulmeting 2026,2026-04-20,gelijkgerichtheid 2.0 + msb_governance,3,43" ||
  { echo "the workshop answers were not stored"; "$cli" --db "$db" assessment list; exit 1; }
# The round created in the window is in the database.
"$cli" --db "$db" assessment list --format csv | grep -q "Werksessie november,2026-11-23" ||
  { echo "the round created in the window was not stored"; "$cli" --db "$db" assessment list; exit 1; }
