#!/usr/bin/env bash
# Issue 19: the Debian package builds, passes Debian's own checks, installs, runs and removes
# cleanly. Usage: test_package.sh BUILD_DIR SOURCE_DIR
#   1. cpack -G DEB from the build folder into a temporary folder;
#   2. desktop-file-validate, appstreamcli validate --no-net and lintian on what it holds:
#      no errors and no warnings (the info-level tags left are listed in the README);
#   3. installs it (dpkg -i when root, as in CI; otherwise dpkg-deb -x into a throw-away root),
#      runs the installed segstudio-cli on the installed demo project and compares every
#      segment's size with the build's own CLI, starts the installed GUI offscreen on the demo
#      and checks its screenshots came out, checks the MIME type and desktop entry;
#   4. dpkg -r: every file the package installed is gone again.
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; fail "cpack failed"; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$tmp/out/segment-studio_${version}_amd64.deb"
[[ -f "$deb" ]] || fail "expected $deb (package name with the project version)"
echo "built $(basename "$deb")"

# ---- Debian's checks ----
dpkg-deb -x "$deb" "$tmp/root"
app=org.segmentstudio.SegmentStudio
desktop-file-validate "$tmp/root/usr/share/applications/$app.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/$app.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$tmp/root/usr/share/metainfo/$app.metainfo.xml" \
  || fail "metainfo release is not the project version $version"
for size in 16 32 48 64 128 256; do
  [[ -s "$tmp/root/usr/share/icons/hicolor/${size}x${size}/apps/$app.png" ]] || fail "icon ${size}x${size} missing"
done
[[ -s "$tmp/root/usr/share/icons/hicolor/scalable/apps/$app.svg" ]] || fail "scalable icon missing"
for page in segstudio-cli segstudio; do
  zcat "$tmp/root/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH NAME' || fail "man page $page.1 missing"
done
zcat "$tmp/root/usr/share/man/man1/segstudio-cli.1.gz" | grep -q 'validate' || fail "the man page lacks the CLI's commands"
lintian --tag-display-limit 0 "$deb" >"$tmp/lintian.txt" 2>&1 || true
grep -v '^running with root privileges' "$tmp/lintian.txt" || true
if grep -Eq '^[EW]: ' "$tmp/lintian.txt"; then fail "lintian reports errors or warnings"; fi

# ---- install, run, remove ----
# "id=size ..." of every segment in a run report.
sizes() { python3 -c 'import json,sys; print(" ".join("%s=%s" % (s["id"], s["size"]) for s in json.load(open(sys.argv[1]))["segments"]))' "$1"; }
"$build/app/cli/segstudio-cli" run "$src/resources/demo/retail.segment.json" --quiet --report "$tmp/ref.json" >/dev/null
reference=$(sizes "$tmp/ref.json")
[[ -n "$reference" ]] || fail "the build's CLI gave no reference sizes"

installed_mode=extract
prefix="$tmp/root"
if [[ $(id -u) -eq 0 ]] && command -v dpkg >/dev/null; then
  installed_mode=dpkg
  prefix=""
  dpkg -i "$deb" >"$tmp/dpkg-i.log" 2>&1 || { cat "$tmp/dpkg-i.log"; fail "dpkg -i failed"; }
  dpkg -L segment-studio >"$tmp/files.txt"
  trap 'dpkg -r segment-studio >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
fi
echo "installed ($installed_mode)"
cli="$prefix/usr/bin/segstudio-cli"
demo="$prefix/usr/share/segment-studio/demo/retail.segment.json"
[[ "$("$cli" --version)" == "segstudio-cli $version" ]] || fail "installed segstudio-cli --version is not $version"
"$cli" run "$demo" --quiet --report "$tmp/installed.json" --export "$tmp/export" >/dev/null || fail "installed CLI run"
got=$(sizes "$tmp/installed.json")
[[ "$got" == "$reference" ]] || fail "installed CLI sizes '$got' differ from the build's '$reference'"
ls "$tmp/export"/*.csv >/dev/null || fail "installed CLI wrote no exports"

QT_QPA_PLATFORM=offscreen timeout 120 "$prefix/usr/bin/segstudio" --screenshots "$tmp/shots" "$demo" \
  >"$tmp/gui.log" 2>&1 || { cat "$tmp/gui.log"; fail "the installed GUI did not come up"; }
[[ -s "$tmp/shots/main.png" ]] || fail "the installed GUI wrote no main window screenshot"

if [[ $installed_mode == dpkg ]]; then
  grep -q 'segment.json' /usr/share/mime/globs2 || fail "the MIME type for *.segment.json is not registered"
  dpkg -r segment-studio >"$tmp/dpkg-r.log" 2>&1 || { cat "$tmp/dpkg-r.log"; fail "dpkg -r failed"; }
  trap 'rm -rf "$tmp"' EXIT
  left=0
  while read -r f; do
    [[ -f "$f" ]] && { echo "left behind: $f" >&2; left=1; }
  done <"$tmp/files.txt"
  [[ $left -eq 0 ]] || fail "files left after dpkg -r"
  ! grep -q 'segment.json' /usr/share/mime/globs2 || fail "the MIME type is still registered after dpkg -r"
  [[ "$(dpkg-query -W -f='${Status}' segment-studio 2>/dev/null || true)" != "install ok installed" ]] || fail "still installed"
fi
echo "1 passed, 0 failed"
