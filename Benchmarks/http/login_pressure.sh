#!/usr/bin/env bash
# How a cheap authenticated request fares while 8 clients guess passwords: wrk measures GET /api/v1/me
# alone, then again while another wrk sends wrong passwords to POST /api/v1/tokens from 8 connections.
# Guessing must neither stall the server (bcrypt runs off the event loop) nor go on unanswered (failed
# logins are throttled with 429). Everything listens and is sent to 127.0.0.1 only.
# Usage: Benchmarks/http/login_pressure.sh FENGQIAO DATABASE   (a release build and a demo database)
set -euo pipefail
fengqiao="$1"
database="$2"
port="${PORT:-18181}"
base="http://127.0.0.1:$port"
work="$(mktemp -d)"

"$fengqiao" serve --db "$database" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done

token="$(curl -sf -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
  -d '{"username": "coordinator", "password": "xigang-demo", "label": "benchmark"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"

cat >"$work/guess.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"username": "coordinator", "password": "guess-%d", "label": "guess"}', n)
  return wrk.format("POST", "/api/v1/tokens", {["Content-Type"] = "application/json"}, body)
end
LUA

p50() { awk '/ 50%/ {print $2}' "$1"; }
echo "GET /api/v1/me alone:"
wrk -t2 -c8 -d10s --latency -H "Authorization: Bearer $token" "$base/api/v1/me" >"$work/alone.txt"
grep -E 'Requests/sec| 50%| 99%|Socket errors' "$work/alone.txt"

wrk -t1 -c8 -d14s -s "$work/guess.lua" "$base" >"$work/guesses.txt" &
guessing=$!
sleep 2
echo "GET /api/v1/me while 8 connections guess passwords:"
wrk -t2 -c8 -d10s --latency -H "Authorization: Bearer $token" "$base/api/v1/me" >"$work/pressed.txt"
grep -E 'Requests/sec| 50%| 99%|Socket errors' "$work/pressed.txt"
wait "$guessing"
echo "The guessing connections:"
grep -E 'Requests/sec|Non-2xx' "$work/guesses.txt"
echo "p50 alone $(p50 "$work/alone.txt"), p50 under guessing $(p50 "$work/pressed.txt")"
