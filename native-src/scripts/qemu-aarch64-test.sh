#!/usr/bin/env bash
# Execution proof for linux-aarch64 on an x86_64 Linux host: runs spice4j's tests in an arm64 JVM under
# qemu-user, against the cross-built libspice4j.so.
#
#   qemu-aarch64-test.sh [MAVEN ARGS...]    default: -pl core -am test (the whole core suite)
#   qemu-aarch64-test.sh --consumer         the consumer IT (it/ConsumerIT): the platform POM's jars with the
#                                           cross-built linux-aarch64 natives jar, in fresh arm64 JVMs
#   qemu-aarch64-test.sh --sysroot-only     only fetch and unpack the arm64 JRE
#   e.g. qemu-aarch64-test.sh -pl core -am test -Dtest=GoldenParityTest -Dsurefire.failIfNoSpecifiedTests=false
#
# Maven itself runs on the host JVM; surefire forks its test JVMs through a wrapper that starts Debian's
# arm64 openjdk-17-jre-headless under qemu-aarch64-static with -Dspice4j.native.path pointing at the
# aarch64 library. The JRE and its libraries come as .debs fetched with a private apt configuration
# (APT::Architecture "arm64", own state and cache directories, the system's sources and keys) and are
# unpacked with dpkg-deb -x into a cached sysroot: the system's dpkg is never touched.
# Needs a Debian-based host (the system's apt sources must carry arm64, as Debian's do).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
cache=${SPICE4J_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spice4j-build}
apt_root=$cache/arm64-apt
sysroot=$cache/arm64-sysroot
die() { echo "spice4j qemu-aarch64: $*" >&2; exit 1; }
say() { echo "spice4j qemu-aarch64: $*"; }

if ! command -v qemu-aarch64-static >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || die "qemu-aarch64-static not found; install the Debian package qemu-user-static"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user-static >/dev/null
fi
# The arm64 JRE sysroot, built once.
if [ ! -f "$sysroot/ok" ]; then
  say "fetching Debian's arm64 openjdk-17-jre-headless (private apt configuration)"
  rm -rf "$apt_root" "$sysroot"
  mkdir -p "$apt_root"/{state/lists/partial,cache/archives/partial,sources,prefs,conf} "$sysroot"
  : > "$apt_root/state/status"
  if [ -f /etc/apt/sources.list ]; then cp /etc/apt/sources.list "$apt_root/sources.list"; else : > "$apt_root/sources.list"; fi
  cp /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources "$apt_root/sources/" 2>/dev/null || true
  cat > "$apt_root/apt.conf" <<EOF
APT::Architecture "arm64";
APT::Architectures { "arm64"; };
APT::Install-Recommends "false";
APT::Sandbox::User "root";
Dir::State "$apt_root/state";
Dir::State::status "$apt_root/state/status";
Dir::Cache "$apt_root/cache";
Dir::Etc::SourceList "$apt_root/sources.list";
Dir::Etc::SourceParts "$apt_root/sources";
Dir::Etc::Preferences "$apt_root/prefs/none";
Dir::Etc::PreferencesParts "$apt_root/prefs";
Dir::Etc::Parts "$apt_root/conf";
EOF
  export APT_CONFIG=$apt_root/apt.conf
  apt-get update -qq || die "apt-get update (arm64) failed"
  apt-get install -y -qq --download-only openjdk-17-jre-headless >/dev/null || die "downloading arm64 openjdk-17-jre-headless failed"
  unset APT_CONFIG
  for deb in "$apt_root"/cache/archives/*.deb; do dpkg-deb -x "$deb" "$sysroot"; done
  # Absolute symlinks (e.g. the JDK's conf -> /etc/java-17-openjdk) must resolve inside the sysroot.
  find "$sysroot" -type l -lname '/*' | while read -r l; do ln -sfn "$sysroot$(readlink "$l")" "$l"; done
  rm -rf "$apt_root/cache/archives"
  touch "$sysroot/ok"
fi
java=$(ls -d "$sysroot"/usr/lib/jvm/java-17-openjdk-arm64/bin/java 2>/dev/null) || die "no arm64 java in $sysroot"
[ "${1:-}" != --sysroot-only ] || exit 0

bash "$here/scripts/cross-build.sh" linux-aarch64
lib=$here/target/cross/linux-aarch64/libspice4j.so

# Test JVMs: Debian's arm64 JRE under qemu (absolute paths: consumer forks run with an empty PATH).
# jvm/bin/java binds the cross-built library explicitly; jvm-consumer/bin/java leaves finding it to the
# loader. (surefire accepts a jvm only if its path ends in bin/java.)
qemu=$(command -v qemu-aarch64-static)
wrapper=$here/target/cross/linux-aarch64/jvm/bin/java
consumer=$here/target/cross/linux-aarch64/jvm-consumer/bin/java
mkdir -p "$(dirname "$wrapper")" "$(dirname "$consumer")"
# launchMechanism=FORK: the default posix_spawn goes through the arm64 jspawnhelper, which the host kernel
# cannot exec; fork+exec starts host programs (these wrappers) directly.
jvm_opts=-Djdk.lang.Process.launchMechanism=FORK
printf '#!/bin/sh\nexec "%s" -L "%s" "%s" %s -Dspice4j.native.path="%s" "$@"\n' "$qemu" "$sysroot" "$java" "$jvm_opts" "$lib" > "$wrapper"
printf '#!/bin/sh\nexec "%s" -L "%s" "%s" %s "$@"\n' "$qemu" "$sysroot" "$java" "$jvm_opts" > "$consumer"
chmod +x "$wrapper" "$consumer"
"$wrapper" -XshowSettings:properties -version 2>&1 | grep -E 'os.arch|java.vm.version' | sed 's/^ */spice4j qemu-aarch64: arm64 JVM: /'

cd "$repo"
if [ "${1:-}" = --consumer ]; then
  shift
  # The reactor up to it/, unit tests skipped; the natives jar carries the cross-built library.
  set -- -pl it -am verify -Dspice4j.prebuilt.linux-aarch64="$lib" -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ConsumerIT -Dspice4j.it.java="$consumer" -Djvm="$consumer" "$@"
else
  [ $# -gt 0 ] || set -- -pl core -am test
  set -- -Djvm="$wrapper" "$@"
fi
say "mvn $*"
mvn -B -Dspice4j.skipWorkflowLint "$@"
