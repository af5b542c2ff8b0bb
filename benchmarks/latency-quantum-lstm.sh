#!/usr/bin/env bash
# The decision-latency benchmark with the quantum policy and the LSTM twin, from nothing: builds
# the two models it needs with vectwin's own commands (fixed seeds, kept in
# benchmarks/target/latency-models and reused when present), then runs
#   bin/vectwin bench latency --policy quantum --model QPN --lstm-model LSTM [your arguments]
# which writes its section of benchmarks/RESULTS.md, its plot and its HdrHistogram logs.
#
# The models are small on purpose: latency depends on their size, not on how well they were
# trained. The LSTM has Sec. VI's shape (3 layers x 128 units, window 10; train-lstm's defaults)
# but only 2 epochs on a 60 s recording; the QPN (6 qubits x 4 layers) is the vehicle actor of a
# 20-episode QDRL run. About 4 minutes of CPU before the benchmark itself.
#
# Environment: VECTWIN_MVN as for bin/vectwin.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
models=benchmarks/target/latency-models
mkdir -p "$models"

if [[ ! -f "$models/recording.avro" ]]; then
  bin/vectwin record --seconds 60 --seed 1 --out "$models/recording.avro"
fi
if [[ ! -f "$models/lstm.zip" ]]; then
  bin/vectwin train-lstm --data "$models/recording.avro" --epochs 2 --stride 8 --seed 1 --out "$models/lstm.zip"
fi
qpn="$models/qdrl/qdrl/seed-1/vehicle.qpn.json"
if [[ ! -f "$qpn" ]]; then
  bin/vectwin train --algo qdrl --episodes 20 --seeds 1 --lstm-model "$models/lstm.zip" --out "$models/qdrl"
fi

export VECTWIN_BENCH_COMMAND="benchmarks/latency-quantum-lstm.sh${*:+ $*}"
exec bin/vectwin bench latency --policy quantum --model "$qpn" --lstm-model "$models/lstm.zip" "$@"
