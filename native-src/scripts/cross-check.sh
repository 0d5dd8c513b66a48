#!/usr/bin/env bash
# The cross-platform part of README's test command: on a Linux x86_64 host, cross-builds linux-aarch64,
# windows-x86_64 and both darwin libraries (each structurally checked by check-native.sh) and runs the
# windows-x86_64 library under wine, bit-identical to linux-x86_64 (README "Cross-building"). Installs the
# toolchains with apt-get when missing. On GitHub the workflow's cross job does this instead, together with
# linux-aarch64's suite under qemu; on other hosts there is nothing to do here.
set -euo pipefail
cd "$(dirname "$0")"
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] && [ "${GITHUB_ACTIONS:-}" != true ]; then
  ./cross-build.sh
  ./wine-harness.sh
else
  echo "spice4j cross-check: not a Linux x86_64 host outside GitHub Actions; nothing to do" >&2
fi
