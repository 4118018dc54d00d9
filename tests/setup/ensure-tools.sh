#!/usr/bin/env bash
# Makes sure the system tools the end-to-end tests drive are present: Debian's Chromium (the
# Playwright tests), Firefox ESR and WebKitGTK's WebDriver with its MiniBrowser on an Xvfb
# display (the cross-engine journeys), poppler-utils (reading printed PDFs), and nginx, Caddy and
# Apache (the build served by each real server, tests/servers). Installs them with apt-get when
# missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
{ command -v WebKitWebDriver >/dev/null 2>&1 && compgen -G "/usr/lib/*/webkit2gtk-4.1/MiniBrowser" >/dev/null; } || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/caddy ] || missing+=(caddy)
[ -x /usr/sbin/apache2 ] || missing+=(apache2)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The end-to-end tests need: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) and run again." >&2
  exit 1
fi
echo "Installing ${missing[*]} for the end-to-end tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
