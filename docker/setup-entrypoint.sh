#!/usr/bin/env bash
# Entrypoint of the vectwin setup image (docker/Dockerfile, target setup): creates the vectwin topics,
# then runs its arguments -- in compose.yaml the twin job's `flink run` -- through the Flink image's own
# entrypoint, which writes FLINK_PROPERTIES into the client's configuration first.
#
# Environment:
#   KAFKA_BOOTSTRAP   bootstrap servers, e.g. kafka-1:9092,kafka-2:9092,kafka-3:9092
#   VECTWIN_TOPICS    one topic a line: name:partitions:replication-factor[:key=value...]
#   TOPIC_ATTEMPTS    tries per topic, 2 s apart, while the brokers finish starting (default 30)
#
# A topic that exists already is left as it is. A `flink run` is skipped when the cluster already runs
# a job, so a second `docker compose up` does not start a second twin (decisions would double).
set -euo pipefail

readonly kafka_topics=/opt/kafka/bin/kafka-topics.sh
readonly flink_entrypoint=/docker-entrypoint.sh

fail() {
  echo "vectwin setup: $*" >&2
  exit 1
}

# Creates one topic from a VECTWIN_TOPICS line, retrying while the cluster is not ready.
create_topic() {
  local line="$1"
  local -a fields
  IFS=':' read -r -a fields <<< "$line"
  (( ${#fields[@]} >= 3 )) \
    || fail "VECTWIN_TOPICS line '$line': expected name:partitions:replication-factor[:key=value...]"
  local name="${fields[0]}" partitions="${fields[1]}" replication="${fields[2]}"
  [[ "$partitions" =~ ^[1-9][0-9]*$ ]] || fail "VECTWIN_TOPICS line '$line': partitions '$partitions' is not a positive number"
  [[ "$replication" =~ ^[1-9][0-9]*$ ]] || fail "VECTWIN_TOPICS line '$line': replication factor '$replication' is not a positive number"
  local -a args=(--bootstrap-server "$KAFKA_BOOTSTRAP" --create --if-not-exists --topic "$name"
                 --partitions "$partitions" --replication-factor "$replication")
  local config
  for config in "${fields[@]:3}"; do
    [[ "$config" == ?*=?* ]] || fail "VECTWIN_TOPICS line '$line': '$config' is not key=value"
    args+=(--config "$config")
  done

  local attempt
  for (( attempt = 1; attempt <= ${TOPIC_ATTEMPTS:-30}; attempt++ )); do
    if "$kafka_topics" "${args[@]}"; then
      echo "vectwin setup: topic $name ready (partitions: $partitions, replication factor: $replication)"
      return 0
    fi
    echo "vectwin setup: creating topic $name failed (attempt $attempt), retrying in 2 s" >&2
    sleep 2
  done
  fail "could not create topic $name on $KAFKA_BOOTSTRAP"
}

# Whether the Flink cluster already has a job that is not finished (CREATED, RUNNING, RESTARTING, ...).
cluster_runs_a_job() {
  local jobs
  jobs="$("$flink_entrypoint" flink list 2>/dev/null || true)"
  grep -Eq '\((CREATED|INITIALIZING|RUNNING|RESTARTING|RECONCILING)\)' <<< "$jobs"
}

[[ -n "${KAFKA_BOOTSTRAP:-}" ]] || fail "KAFKA_BOOTSTRAP is not set"
[[ -n "${VECTWIN_TOPICS:-}" ]] || fail "VECTWIN_TOPICS is not set"

while IFS= read -r line; do
  line="${line//[[:space:]]/}"
  [[ -z "$line" || "$line" == \#* ]] && continue
  create_topic "$line"
done <<< "$VECTWIN_TOPICS"

if [[ "${1:-}" == flink && "${2:-}" == run ]] && cluster_runs_a_job; then
  echo "vectwin setup: the Flink cluster already runs a job; not submitting another (cancel it in the Flink UI to resubmit)"
  exit 0
fi

exec "$flink_entrypoint" "$@"
