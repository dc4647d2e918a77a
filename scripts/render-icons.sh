#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG (packaging/icons/hicolor/scalable).
# Run after changing the SVG; the PNGs are committed so a build needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons/hicolor"
svg=scalable/apps/org.segmentstudio.SegmentStudio.svg
for size in 16 32 48 64 128 256; do
  mkdir -p "${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "${size}x${size}/apps/org.segmentstudio.SegmentStudio.png"
done
