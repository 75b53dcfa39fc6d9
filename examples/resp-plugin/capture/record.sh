#!/usr/bin/env bash
# Records real RESP2 traffic between redis-cli and redis-server for the example plugin's tests.
#
# usage: record.sh OUT.pcap         (needs root and: apt-get install redis-server redis-tools tcpdump iproute2 ethtool)
#
# Both ends run in a private network namespace whose loopback has a 1500-byte MTU, so a 5000-byte value
# crosses several TCP segments (the plugin must reassemble it). Nothing leaves the namespace; the script
# stops what it started and deletes the namespace on exit.
set -eu
OUT=${1:?usage: record.sh OUT.pcap}
NS=resp-rec-$$
DIR=$(mktemp -d)
cleanup() {
  [ -n "${TCPDUMP_PID:-}" ] && kill "$TCPDUMP_PID" 2>/dev/null || true
  [ -n "${REDIS_PID:-}" ] && kill "$REDIS_PID" 2>/dev/null || true
  sleep 0.5
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$DIR"
}
trap cleanup EXIT
ip netns add "$NS"
ip netns exec "$NS" ip link set lo mtu 1500 up
# segmentation offloads would hand tcpdump 64 KB "segments"; turn them off so segments are wire-sized
ip netns exec "$NS" ethtool -K lo tso off gso off gro off >/dev/null 2>&1 || true
ip netns exec "$NS" redis-server --port 6379 --bind 127.0.0.1 --save '' --appendonly no --dir "$DIR" \
  --daemonize no >"$DIR/redis.log" 2>&1 &
REDIS_PID=$!
ip netns exec "$NS" tcpdump -i lo -s 0 -U -w "$OUT" tcp port 6379 2>/dev/null &
TCPDUMP_PID=$!
sleep 1.5
cli() { ip netns exec "$NS" redis-cli -h 127.0.0.1 -p 6379 "$@" >/dev/null; }
cli PING
cli SET greeting "hello world"
cli GET greeting
cli INCR counter
cli INCRBY counter 41
cli GET missing
cli RPUSH fruits apple banana cherry
cli LRANGE fruits 0 -1
cli HSET user:1 name alice age 30
cli HGETALL user:1
cli SET big "$(head -c 5000 /dev/zero | tr '\0' 'x')"
cli GET big
cli NOSUCHCOMMAND arg
cli LPUSH greeting oops
cli DEL greeting counter fruits user:1 big
# one connection with three commands pipelined in one write (redis-cli would send COMMAND DOCS first)
ip netns exec "$NS" bash -c 'exec 3<>/dev/tcp/127.0.0.1/6379
  printf "*1\r\n\$4\r\nPING\r\n*2\r\n\$4\r\nECHO\r\n\$9\r\npipelined\r\n*1\r\n\$6\r\nDBSIZE\r\n" >&3
  sleep 0.5; exec 3>&-'
sleep 1
echo "recorded $OUT"
