#!/usr/bin/env bash
# Serves a demo database on 127.0.0.1 and fuzzes the API against its own /openapi.json with schemathesis,
# once per role, in all four phases (the document's examples, coverage of every schema's edges, random
# fuzzing, and stateful sequences of calls), FUZZ_EXAMPLES (100) examples per operation: it passes when no
# request gets a 5xx and no answer contradicts the document (status code, content type, headers, body schema).
# Usage: .ci/fuzz_api.sh FENGQIAO DATABASE
set -euo pipefail
fengqiao="$1"
database="$2"
port="${FUZZ_PORT:-18081}"
base="http://127.0.0.1:$port"
work="$(mktemp -d)"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet schemathesis
python="$work/venv/bin/python"

# Python 3.11's ast.parse can raise SystemError ("AST constructor recursion depth mismatch") on the coverage
# phase's own large source file while the property-testing library describes one of its lambdas for a repr;
# the library catches only SyntaxError there. Describing such a lambda as unknown changes nothing sent.
site="$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
cat >"$site/fuzz_ast_guard.py" <<'PY'
from hypothesis.internal import lambda_sources

_describe = lambda_sources._lambda_description


def _lambda_description(f, *args, **kwargs):
    try:
        return _describe(f, *args, **kwargs)
    except SystemError:
        return "lambda: <unknown>"


lambda_sources._lambda_description = _lambda_description
PY
echo "import fuzz_ast_guard" >"$site/fuzz_ast_guard.pth"

"$fengqiao" serve --db "$database" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

"$python" - "$base" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(sys.argv[1] + "/healthz", timeout=2)
        sys.exit(0)
    except OSError:
        time.sleep(0.2)
sys.exit("the server did not answer /healthz")
PY

token() {
  "$python" - "$base" "$1" <<'PY'
import json, sys, urllib.request
body = json.dumps({"username": sys.argv[2], "password": "xigang-demo", "label": "fuzzing"}).encode()
request = urllib.request.Request(sys.argv[1] + "/api/v1/tokens", data=body, headers={"Content-Type": "application/json"})
print(json.load(urllib.request.urlopen(request))["token"])
PY
}

# Path parameters name records the demo expert can see (their case, offer and session), so every role's
# requests reach real records rather than only 404s; the rest of each request is generated.
"$python" - "$base" "$(token expert)" >"$work/schemathesis.toml" <<'PY'
import json, sys, urllib.request
def get(path):
    request = urllib.request.Request(sys.argv[1] + "/api/v1" + path, headers={"Authorization": "Bearer " + sys.argv[2]})
    return json.load(urllib.request.urlopen(request))
me, sessions, offers = get("/me"), get("/sessions"), get("/offers")
values = {"expert": me["expertID"], "user": me["id"], "version": "1", "seat": "0"}
if sessions:
    values["session"], values["case"] = sessions[0]["id"], sessions[0]["caseID"]
if offers:
    values["offer"] = offers[0]["id"]
    values.setdefault("case", offers[0]["caseID"])
print("[parameters]")
for name, value in values.items():
    print(f'"path.{name}" = {json.dumps(value)}')
PY
echo "Path parameters:"; cat "$work/schemathesis.toml"

checks="not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance"
# Every token is asked for before fuzzing starts: the fuzzing's failed logins count against 127.0.0.1's
# login limit, and a later login from there would be answered 429.
declare -A tokens
for user in expert coordinator admin; do tokens[$user]="$(token "$user")"; done
for user in expert coordinator admin; do
  echo "Fuzzing the API as $user…"
  # Run from the scratch directory, where schemathesis keeps its cache.
  (cd "$work" && "$work/venv/bin/schemathesis" --config-file "$work/schemathesis.toml" run "$base/openapi.json" \
    --header "Authorization: Bearer ${tokens[$user]}" \
    --checks "$checks" --phases examples,coverage,fuzzing,stateful --max-examples "${FUZZ_EXAMPLES:-100}" \
    --workers 2 --seed 1 --no-color --request-timeout 30 --suppress-health-check all \
    --exclude-path /api/v1/tokens/current)
done
echo "The server logged $(grep -c 'request$' "$work/server.log") requests."
