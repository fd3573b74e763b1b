#!/usr/bin/env bash
# The browser tests need Debian's Chromium (Playwright cannot download its own here) and the
# Noto fonts that cover the scripts an Android phone renders. Installs them when we can
# (root with apt-get), otherwise says exactly what to run.
set -euo pipefail
need=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
if ! (command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi "Noto Sans Sinhala"); then need+=(fonts-noto-core); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} (apt-get)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "The browser tests need: ${need[*]}. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
  echo "(or set CHROMIUM_PATH to an existing Chromium/Chrome binary)" >&2
  exit 1
fi
