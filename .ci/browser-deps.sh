#!/usr/bin/env bash
# The tests' system packages: Debian's Chromium for the browser tests (Playwright drives it; it
# downloads no browser of its own), and strace, with which tests/test_offline.py watches native
# code's sockets. Idempotent: does nothing when both are already there.
set -euo pipefail
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}  # overridable, to try the path where it is missing
if [ -x "$CHROMIUM" ] && [ -x /usr/bin/strace ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo -n"  # never a password prompt: make test says how to install instead
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core strace >/dev/null
/usr/bin/chromium --version
