#!/usr/bin/env bash
# Serves a fresh demo database on 127.0.0.1 and walks each role's main path in headless Chromium.
# Usage: .ci/browser_test.sh FENGQIAO
set -euo pipefail
fengqiao="$1"
port="${BROWSER_PORT:-18082}"
work="$(mktemp -d)"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet selenium

"$fengqiao" demo --no-serve --json --db "$work/pages.sqlite" >"$work/demo.json"
read -r case expert < <(python3 -c '
import json, sys
demo = json.load(open(sys.argv[1]))
print(demo["walkthroughCase"], next(u["expertID"] for u in demo["logins"] if u["role"] == "expert"))' "$work/demo.json")

# Plain HTTP on 127.0.0.1, so the session cookie goes without Secure.
"$fengqiao" serve --db "$work/pages.sqlite" --host 127.0.0.1 --port "$port" --no-secure-cookies >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "http://127.0.0.1:$port/healthz" 2>/dev/null && break
  sleep 0.2
done

rm -rf screenshots
"$work/venv/bin/python" .ci/browser_test.py --base "http://127.0.0.1:$port" --case "$case" --expert "$expert" --screenshots screenshots
