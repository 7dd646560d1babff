#!/usr/bin/env bash
# Install the system packages the test suite drives for real: Debian's chromium
# (browser tests) and postgresql (the PostgreSQL store). Nothing else is fetched.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "frontwatch tests need: ${need[*]} (Debian packages). Run as root or: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "installing ${need[*]} from Debian's packages..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
