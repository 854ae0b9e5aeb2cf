#!/usr/bin/env bash
# Installs what the browser tests need from Debian (Chromium and CJK fonts) when it is missing and the machine
# allows it (apt and root); otherwise says exactly what to install.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || packages+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
# WeasyPrint (make pdf and the PDF test): Pango, HarfBuzz's font subsetter, DejaVu Sans Mono for code blocks.
if command -v dpkg-query >/dev/null 2>&1; then
  for package in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || packages+=("$package")
  done
fi

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian packages: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "The browser tests need these Debian packages: ${packages[*]}" >&2
  echo "Install them with: sudo apt-get install ${packages[*]}" >&2
  exit 1
fi
