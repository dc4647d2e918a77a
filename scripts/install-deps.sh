#!/usr/bin/env bash
# Installs the Debian 12 packages Segment Studio needs to build, test and run, and only those
# that are missing, so it is quick to call before every build.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl1-mesa-dev libqcustomplot-dev
  nlohmann-json3-dev libsqlite3-dev libtbb-dev sqlite3 libsimdjson-dev
  libssl-dev libphonenumber-dev libicu-dev   # destination exports: SHA-256, E.164, Unicode lower case
  libxxhash-dev   # workspace file fingerprints (XXH3)
  xvfb xauth
  libpq-dev postgresql
  redis-server redis-tools rabbitmq-server libhiredis-dev librabbitmq-dev libmicrohttpd-dev libcurl4-openssl-dev   # live sources, sinks (webhooks: libcurl), metrics
  clickhouse-server clickhouse-client
  desktop-file-utils appstream lintian help2man shared-mime-info
  clang libclang-rt-14-dev   # libFuzzer for the fuzz preset (fuzz/)
)

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root (or install sudo) to install them" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
