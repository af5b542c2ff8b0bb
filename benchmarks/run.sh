#!/usr/bin/env bash
# Builds the benchmarks module and runs BenchmarkRunner, which measures the JMH benchmarks and
# rewrites their sections of benchmarks/RESULTS.md. Arguments go to BenchmarkRunner:
# --set link|quantum|lstm|all (default all), --no-write, and standard JMH options (-wi 1 -i 2, a
# benchmark regex, -prof gc, -h).
# Takes the CPU for about 25 s per benchmark with the defaults (link: 3, quantum: 3, lstm: 5): run it on an
# otherwise idle machine.
#
# Environment: VECTWIN_MVN, the Maven command (default: mvn), e.g. "mvn -o" offline.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

# shellcheck disable=SC2086
${VECTWIN_MVN:-mvn} -B -ntp -q -Dstyle.color=never -DskipTests -pl benchmarks -am package

jar="$(ls benchmarks/target/vectwin-benchmarks-*.jar | grep -v -e '-sources\.jar$' -e '-tests\.jar$' | head -n 1)"
# ND4J on one thread, as in the job JVMs (DESIGN.md): inference and the GEMM reference alike
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export VECTWIN_BENCH_COMMAND="benchmarks/run.sh${*:+ $*}"
exec java -cp "$jar:$(cat benchmarks/target/classpath.txt)" io.vectwin.benchmarks.BenchmarkRunner "$@"
