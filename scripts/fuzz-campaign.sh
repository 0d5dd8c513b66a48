#!/usr/bin/env bash
# A long kernel fuzz campaign (issue 11): mutated real kernels against one engine, checking for crashes,
# hangs, unclean exceptions, leaked files and wrong results (see core/src/test/.../robust/KernelFuzzer.java).
# Runs from a private copy of the built classes and native library, so the tree can be rebuilt meanwhile,
# by default at the lowest CPU priority.
#   [FUZZ_NICE=19] scripts/fuzz-campaign.sh [INPUTS=100000] [SECONDS=36000] [SEED=1] [OUTDIR=target/fuzz-campaign]
# FUZZ_NICE: CPU priority (19, the lowest, by default; a busy shared machine may starve it).
# Needs the kernels (-Dspice4j.kernels default: ../shared/kernels from the repository root).
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=${1:-100000}
seconds=${2:-36000}
seed=${3:-1}
out=$(mkdir -p "${4:-target/fuzz-campaign}" && cd "${4:-target/fuzz-campaign}" && pwd)
kernels=${SPICE4J_KERNELS:-$(cd .. && pwd)/shared/kernels}

mvn -B -q -pl core -am test-compile dependency:build-classpath -Dmdep.outputFile="$out/deps.txt" -Dmdep.includeScope=test
rm -rf "$out/classes" "$out/test-classes" "$out/lib"
cp -r core/target/classes "$out/classes"
cp -r core/target/test-classes "$out/test-classes"
cp -r native-src/target/lib "$out/lib"
cp=$(cat "$out/deps.txt"):$out/classes:$out/test-classes
set +e  # the exit status is inspected below
echo "fuzz campaign: $inputs inputs, ${seconds}s, seed $seed; log $out/campaign.log"
nice -n "${FUZZ_NICE:-19}" java -cp "$cp" -Dspice4j.build.dir="$out/lib" -Dspice4j.kernels="$kernels" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
  -XX:ErrorFile="$out/hs_err_%p.log" \
  io.github.spice4j.robust.KernelFuzzCampaign "$inputs" "$seconds" "$seed" "$out/findings" 2>&1 | tee "$out/campaign.log"
status=${PIPESTATUS[0]}
# A crash ends the JVM before it can report: say so (exit 134/139 and an hs_err file).
if [ "$status" -gt 1 ] || ls "$out"/hs_err_*.log >/dev/null 2>&1; then
  echo "campaign result: JVM CRASHED (exit $status); crashes=1; see $out/hs_err_*.log and the last input above" \
    | tee -a "$out/campaign.log"
fi
exit "$status"
