#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds (preset "default", build/) and
# runs CPack, which writes build/segment-studio_<version>_amd64.deb. Install it with
#   sudo apt install ./build/segment-studio_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh default
(cd build && cpack -G DEB)
ls -1 build/segment-studio_*_amd64.deb
