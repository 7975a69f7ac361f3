#!/usr/bin/env bash
# Installs what the browser tests need, when it is missing: Debian's Chromium, a font with Cyrillic
# glyphs (without a font Chromium renders blank pages and empty PDFs) and poppler-utils (pdftotext,
# pdffonts, pdfinfo). Nothing is downloaded by npm: the tests drive this system Chromium.
# Set CHROMIUM_PATH to use another Chrome or Chromium (then only the font and poppler checks apply).
# For the cross-engine suite (tests/engines/): Firefox ESR, and WebKitGTK with its WebDriver, a virtual
# X server (xvfb, xauth) and the Python GTK bindings its phone-sized window script needs. Set
# FIREFOX_PATH to use another Firefox (then firefox-esr is not installed).
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium_path" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qiE 'dejavu|liberation|noto' || need+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 || need+=(poppler-utils)

# tests/engines/: Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (selenium-webdriver).
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v xauth >/dev/null 2>&1 || need+=(xauth)
# The window script runs under Debian's own python3 (tests/engines/webkit-window.py), not a pyenv one.
/usr/bin/python3 -c 'import gi' >/dev/null 2>&1 || need+=(python3-gi)
/usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1")' >/dev/null 2>&1 || need+=(gir1.2-webkit2-4.1)

if [ ${#need[@]} -eq 0 ]; then
  echo "setup-browser: ${chromium_path}, a Cyrillic font, poppler-utils, Firefox ESR and WebKitGTK (driver, xvfb, GTK bindings) are present."
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
