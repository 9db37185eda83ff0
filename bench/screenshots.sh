#!/usr/bin/env bash
# Regenerates the screenshots the README shows, of a running dashboard:
#
#   bash bench/screenshots.sh [BASE_URL]
#
# BASE_URL defaults to http://localhost:8080 (the bundle as "Run it" in the README starts it).
# Takes the main public pages and the subscribe page at a desktop's 1280 px and a phone's 390 px,
# in light mode, and the front page in dark mode and in German too, with Debian's headless Chromium
# (installed when missing), into docs/screenshots/. An incident page is taken when the front page links one.
set -euo pipefail
cd "$(dirname "$0")/.."

base=${1:-http://localhost:8080}
base=${base%/}
out=docs/screenshots
height=${SCREENSHOT_HEIGHT:-1100}

if ! command -v chromium >/dev/null; then
  apt-get install -y chromium
fi
if ! curl -fsS -o /dev/null "$base/"; then
  echo "No dashboard answers at $base/ — start one first (see README, Run it)." >&2
  exit 1
fi
mkdir -p "$out"

shoot() { # name path width [extra chromium flags...]
  local name=$1 path=$2 width=$3
  shift 3
  # The time budget lets the icon font load before the picture is taken.
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=5000 "$@" \
    --window-size="$width,$height" --screenshot="$out/$name-$width.png" "$base$path" 2>/dev/null
  echo "$out/$name-$width.png"
}

incident=$(curl -fsS "$base/" | grep -o 'href="/incidents/[0-9]*"' | head -n 1 | sed 's/href="\(.*\)"/\1/' || true)
for width in 1280 390; do
  shoot status / "$width"
  shoot history /history "$width"
  shoot availability /availability "$width"
  shoot not-found /no-such-page "$width"
  shoot subscribe /subscribe "$width"
  shoot status-de "/?lang=de" "$width"
  if [ -n "$incident" ]; then
    shoot incident "$incident" "$width"
  fi
  shoot status-dark / "$width" --force-dark-mode --blink-settings=preferredColorScheme=0
done
