#!/usr/bin/env bash
# Makes sure a headless Chromium and its ChromeDriver exist for the status-page browser test (StatusPageIT).
# Run by Maven before the integration tests. On Debian/Ubuntu it installs the distribution's chromium and
# chromium-driver packages when they are missing; elsewhere it says what to install.
set -euo pipefail
have() { command -v "$1" >/dev/null 2>&1; }
if { have chromium || have chromium-browser || have google-chrome; } && have chromedriver; then
  exit 0
fi
if have apt-get; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if have sudo; then SUDO="sudo -n"; else
      echo "ensure-chromium: chromium/chromedriver missing and not root; run: apt-get install chromium chromium-driver" >&2
      exit 1
    fi
  fi
  echo "ensure-chromium: installing Debian's chromium and chromium-driver for the browser test..." >&2
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "ensure-chromium: install Chromium (or Chrome) and a matching chromedriver on PATH for StatusPageIT" >&2
exit 1
