#!/usr/bin/env bash
# Refreshes translations/*.ts from the user-visible strings (tr()) of the GUI sources, keeping
# existing translations. Run after changing GUI text, then translate the new entries with
# Qt Linguist (linguist translations/segstudio_de.ts). The build compiles them (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
# The Qt 6 tool: Debian's /usr/bin/lupdate may be the Qt 5 chooser.
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -no-obsolete -locations none ui app/gui -ts translations/segstudio_de.ts translations/segstudio_fr.ts translations/segstudio_es.ts
# English needs only its plural forms ("1 node" / "2 nodes" for "%n node(s)").
"$lupdate" -no-obsolete -locations none -pluralonly ui app/gui -ts translations/segstudio_en.ts
