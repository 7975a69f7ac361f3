#!/usr/bin/env bash
# Installs what the browser tests need, when it is missing: Debian's Chromium, a font with Cyrillic
# glyphs (without a font Chromium renders blank pages and empty PDFs) and poppler-utils (pdftotext,
# pdffonts, pdfinfo). Nothing is downloaded by npm: the tests drive this system Chromium.
# Set CHROMIUM_PATH to use another Chrome or Chromium (then only the font and poppler checks apply).
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium_path" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qiE 'dejavu|liberation|noto' || need+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -eq 0 ]; then
  echo "setup-browser: ${chromium_path}, a Cyrillic font and poppler-utils are present."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-browser: missing ${need[*]}; install them with your package manager, or set CHROMIUM_PATH to a Chrome/Chromium binary." >&2
  exit 1
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
echo "setup-browser: installing ${need[*]} with apt-get"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
echo "setup-browser: done."
