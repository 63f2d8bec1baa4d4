#!/usr/bin/env bash
# Runs the whole registry on this machine: builds what is missing or stale, then starts an embedded
# PostgreSQL and Kafka (unless REGISTRY_* variables name external ones), the authorization server,
# both services and the workbench (http://localhost:8080).
# Options: --fresh (start from empty data), --data-dir=PATH (default .data), --demo=full|test|none,
# --instances=N, --kafka-brokers=N (see --help). A part that dies is restarted; Ctrl-C stops everything.
# ./run.sh token ACCOUNT [--data-dir=PATH] prints an access token of the running embedded
# authorization server for a demo account (or report-generator / demo-loader), and nothing else.
set -euo pipefail
cd "$(dirname "$0")"

version=0.1.0-SNAPSHOT
command_jar=command-service/target/command-service-$version-exec.jar
query_jar=query-service/target/query-service-$version-exec.jar
launcher_jar=infra/target/infra-$version-launcher.jar
auth_jar=authorization-server/target/authorization-server-$version-exec.jar
workbench_jar=workbench/target/workbench-$version-exec.jar

if [[ ${1:-} == token ]]; then
  shift
  data_dir=${REGISTRY_DATA_DIR:-.data}
  args=()
  for arg in "$@"; do
    case $arg in
      --data-dir=*) data_dir=${arg#--data-dir=} ;;
      *) args+=("$arg") ;;
    esac
  done
  if [[ ! -f $auth_jar ]]; then
    echo "Building the authorization server..." >&2
    ./mvnw -q -B -DskipTests -pl authorization-server -am package >&2
  fi
  exec java -jar "$auth_jar" token "${args[@]}" --auth-dir="$data_dir/auth"
fi

stale() {
  [[ ! -f $command_jar || ! -f $query_jar || ! -f $launcher_jar || ! -f $auth_jar \
      || ! -f $workbench_jar ]] && return 0
  [[ -n $(find . -path ./.data -prune -o -path '*/target' -prune -o -type f \
      \( -name '*.java' -o -name '*.yml' -o -name '*.sql' -o -name '*.json' -o -name '*.xml' \
         -o -name '*.html' -o -name '*.css' -o -name '*.properties' \) \
      -newer "$command_jar" -print -quit) ]]
}

if stale; then
  echo "Building the registry (first run, or sources changed; the first build downloads dependencies and takes a few minutes)..."
  ./mvnw -q -B -DskipTests package
fi

exec java -jar "$launcher_jar" --command-jar="$command_jar" --query-jar="$query_jar" \
  --auth-jar="$auth_jar" --workbench-jar="$workbench_jar" "$@"
