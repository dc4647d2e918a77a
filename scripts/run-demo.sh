#!/usr/bin/env bash
# Installs what is missing, builds, and opens the bundled demo project in the desktop app.
# Without a display (or before the GUI is built) it runs the same demo through the CLI:
# validate, plan, run with a JSON report and CSV exports into an output folder.
# Usage: scripts/run-demo.sh [output-dir]   (output-dir: headless results; default: a new temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/install-deps.sh
bash scripts/build.sh

demo="$root/resources/demo/retail.segment.json"
cli="$root/build/app/cli/segstudio-cli"
gui=$(find "$root/build" -type f -name segstudio -perm -u+x 2>/dev/null | head -n 1 || true)

if [[ ! -f "$demo" ]]; then
  echo "run-demo: the demo project $demo is missing" >&2
  exit 1
fi

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -n "$gui" ]]; then
  echo "run-demo: opening $demo in $gui"
  exec "$gui" "$demo"
fi

if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  echo "run-demo: no display (\$DISPLAY and \$WAYLAND_DISPLAY are empty): running the demo headless with segstudio-cli"
else
  echo "run-demo: the desktop app (segstudio) is not built: running the demo headless with segstudio-cli"
fi

out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/segstudio-demo.XXXXXX")}
mkdir -p "$out"

echo
echo "== segstudio-cli validate $demo"
"$cli" validate "$demo"
echo
echo "== segstudio-cli plan $demo"
"$cli" plan "$demo"
echo
echo "== segstudio-cli run $demo --report $out/report.json --export $out/segments"
status=0
"$cli" run "$demo" --report "$out/report.json" --export "$out/segments" || status=$?
echo
echo "run-demo: results in $out"
echo "  run report:      $out/report.json"
echo "  segment exports: $out/segments/"
exit "$status"
