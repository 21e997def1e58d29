#!/usr/bin/env bash
# Renders the HTML report of an example to PNG with headless Chromium, so a person can look at it.
#   scripts/render-html.sh [RULES EVENTS] [OUT_DIR]
# Default: the bloc's cells (Rules/chi-bo.rules, examples/chi-bo-2023.jsonl). Installs Debian's
# chromium package (and a font with Vietnamese letters) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
rules=${1:-Rules/chi-bo.rules}
events=${2:-examples/chi-bo-2023.jsonl}
out=${3:-/tmp/rules-render}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  browser=$(command -v chromium)
fi
swift build --product rules >/dev/null
bin=$(swift build --show-bin-path)
name=$(basename "$events" .jsonl)
"$bin/rules" evaluate "$rules" "$events" --as-of 2024-06-30 --format html > "$out/$name.html" || [ $? -eq 1 ]
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
  --screenshot="$out/$name.png" "file://$(realpath "$out/$name.html")" 2>/dev/null
echo "$out/$name.html"
echo "$out/$name.png"
