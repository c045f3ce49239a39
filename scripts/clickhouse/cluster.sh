#!/usr/bin/env bash
# A two-shard ClickHouse cluster on 127.0.0.1 for the profile tests: two clickhouse-server
# processes (Debian's clickhouse-server 18.16), each with its own ports, data directory and
# config generated into DIR, and a remote_servers entry "mlgate_two_shards" naming both, so a
# Distributed table over a local table on each server is a real sharded table.
#
#   scripts/clickhouse/cluster.sh start DIR [BASE_PORT]   starts both, waits until they answer
#   scripts/clickhouse/cluster.sh stop DIR                stops both (by the pid files in DIR)
#
# Ports: shard s (0, 1) listens for HTTP on BASE_PORT + s (default 18123), TCP on BASE_PORT + 100 + s,
# interserver HTTP on BASE_PORT + 200 + s. `start` prints "http=<port0>,<port1>" on success.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
base="${3:-18123}"
server="$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)"

if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR [BASE_PORT]" >&2
  exit 2
fi

config() {
  local s="$1"
  local http=$((base + s)) tcp=$((base + 100 + s)) inter=$((base + 200 + s))
  local root="$dir/shard$s"
  mkdir -p "$root/data" "$root/tmp" "$root/user_files" "$root/log"
  cat > "$root/users.xml" <<USERS
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage></default></profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
USERS
  cat > "$root/config.xml" <<CONFIG
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$root/log/server.log</log><errorlog>$root/log/error.log</errorlog><size>10M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$http</http_port>
  <tcp_port>$tcp</tcp_port>
  <interserver_http_port>$inter</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>$root/data/</path>
  <tmp_path>$root/tmp/</tmp_path>
  <user_files_path>$root/user_files/</user_files_path>
  <users_config>$root/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>104857600</mark_cache_size>
  <uncompressed_cache_size>104857600</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <timezone>UTC</timezone>
  <mlock_executable>false</mlock_executable>
  <remote_servers>
    <mlgate_two_shards>
      <shard><replica><host>127.0.0.1</host><port>$((base + 100))</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$((base + 101))</port></replica></shard>
    </mlgate_two_shards>
  </remote_servers>
</yandex>
CONFIG
}

case "$command" in
  start)
    if [ ! -x "$server" ]; then
      echo "clickhouse-server is not installed (apt-get install -y clickhouse-server)" >&2
      exit 3
    fi
    mkdir -p "$dir"
    for s in 0 1; do
      config "$s"
      "$server" --config-file="$dir/shard$s/config.xml" > "$dir/shard$s/log/stdout.log" 2>&1 &
      echo $! > "$dir/shard$s/pid"
    done
    for s in 0 1; do
      port=$((base + s))
      for _ in $(seq 1 300); do
        if [ "$(curl -s "http://127.0.0.1:$port/ping" 2>/dev/null || true)" = "Ok." ]; then break; fi
        if ! kill -0 "$(cat "$dir/shard$s/pid")" 2>/dev/null; then
          echo "clickhouse shard $s exited; see $dir/shard$s/log/" >&2
          tail -5 "$dir/shard$s/log/error.log" "$dir/shard$s/log/stdout.log" >&2 2>/dev/null || true
          exit 1
        fi
        sleep 0.1
      done
      if [ "$(curl -s "http://127.0.0.1:$port/ping" 2>/dev/null || true)" != "Ok." ]; then
        echo "clickhouse shard $s did not answer on port $port within 30 s" >&2
        exit 1
      fi
    done
    echo "http=$base,$((base + 1))"
    ;;
  stop)
    # Both get SIGTERM at once, then up to 5 s to shut down before SIGKILL.
    pids=()
    for s in 0 1; do
      pidfile="$dir/shard$s/pid"
      if [ -f "$pidfile" ]; then
        pids+=("$(cat "$pidfile")")
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
      fi
    done
    for pid in "${pids[@]}"; do
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    done
    ;;
  *)
    echo "usage: $0 start|stop DIR [BASE_PORT]" >&2
    exit 2
    ;;
esac
