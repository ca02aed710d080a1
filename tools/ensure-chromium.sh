#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core downloads no browser). Installs it when missing and
# this is a Debian machine we are root on; otherwise says what to do.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (Debian package chromium)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chromium_path: install Debian's 'chromium' package (or set CHROMIUM_PATH)." >&2
exit 1
