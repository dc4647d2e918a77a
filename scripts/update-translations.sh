#!/usr/bin/env bash
# Refreshes translations/*.ts from the user-visible strings (tr()) of the GUI sources, keeping
# existing translations. Run after changing GUI text, then translate the new entries with
# Qt Linguist (linguist translations/segstudio_de.ts). The build compiles them (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none ui app/gui -ts translations/segstudio_de.ts translations/segstudio_fr.ts translations/segstudio_es.ts
