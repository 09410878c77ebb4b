#!/usr/bin/env bash
# The whole suite (`npm test`, embedded database) with the machine's clock moved by faketime to dates where
# calendars break: the last day of a quarter and of a year, the first working day of a year, 29 February of a leap
# year, and Tết. The tests take time from their own clock; this shows none of them leans on the machine's.
#   npm run test:dates                 all four dates
#   npm run test:dates -- "2030-06-30 23:59:00"   one date of your choice
set -uo pipefail
cd "$(dirname "$0")/.."
if ! command -v faketime >/dev/null 2>&1; then
  echo "faketime is not installed: apt-get install -y faketime" >&2
  exit 2
fi
dates=("$@")
if [ ${#dates[@]} -eq 0 ]; then
  dates=("2026-12-31 23:30:00" "2027-01-04 08:00:00" "2028-02-29 12:00:00" "2027-02-06 09:00:00")
fi
failed=0
for d in "${dates[@]}"; do
  echo "=== npm test at $d"
  if SKIP_POSTGRES=1 faketime -f "@$d" npm test; then
    echo "=== $d: passed"
  else
    echo "=== $d: FAILED"
    failed=1
  fi
done
exit $failed
