#!/usr/bin/env bash
# `npm test`: every check Benefactor has, in the order CI runs them.
#   lint → typecheck → unit → (test database, production build, app server) → integration → e2e
# Needs a PostgreSQL (TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/benefactor_test;
# the database is created and migrated here) and Debian's Chromium at /usr/bin/chromium.
# SKIP_E2E=1 skips the Playwright step for a quicker local run; CI never sets it.
# Ends with one line "N passed, N failed" counting the five steps; exits non-zero if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/benefactor_test}"
# Must match TEST_AUTH_SECRET in test/test-env.ts.
TEST_AUTH_SECRET="benefactor-test-secret-not-for-production-use"
TEST_DIST_DIR=".next-test"
BIN="node_modules/.bin"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
header() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

SUITE_START=$(now)
NAMES=() RESULTS=() TIMES=()
record() { NAMES+=("$1"); RESULTS+=("$2"); TIMES+=("$3"); }

# step NAME COMMAND… — a counted step: runs, records passed/failed and its time, never aborts.
step() {
  local name=$1; shift
  header "$name: $*"
  local start; start=$(now)
  local result=passed
  "$@" || result=failed
  local took; took=$(elapsed "$start")
  record "$name" "$result" "$took"
  printf -- '--- %s %s in %ss\n' "$name" "$result" "$took"
}

# prep NAME FUNCTION — an uncounted preparation (database, build, server); returns its status.
prep() {
  local name=$1; shift
  header "$name"
  local start; start=$(now)
  if "$@"; then
    printf -- '--- %s done in %ss\n' "$name" "$(elapsed "$start")"
  else
    printf -- '--- %s FAILED after %ss\n' "$name" "$(elapsed "$start")"
    return 1
  fi
}

# ---- app server lifecycle --------------------------------------------------------------------
SERVER_PID=""
SERVER_LOG=""
stop_server() {
  if [[ -n "$SERVER_PID" ]]; then
    # setsid made the server its own process group: end next and its next-server child together.
    kill -TERM -- "-$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
# The fake GitHub and Discord (test/fakes): the app server and the tests both talk to them.
FAKES_PID=""
start_fakes() {
  local out; out=$(mktemp "${TMPDIR:-/tmp}/benefactor-fakes.XXXXXX")
  # The app's port is chosen now: the fake GitHub's install page redirects to the app's setup URL.
  APP_PORT=$(pick_port) || return 1
  FAKE_GITHUB_SETUP_URL="http://127.0.0.1:$APP_PORT/v1/integrations/github/setup" \
  FAKE_GITHUB_PORT=$(pick_port 0) FAKE_DISCORD_PORT=$(pick_port 0) \
    setsid "$BIN/tsx" test/fakes/start-fakes.ts --json >"$out" 2>"$out.log" </dev/null &
  FAKES_PID=$!
  local deadline=$((SECONDS + 60))
  until grep -qs "fakes ready" "$out.log"; do
    if ! kill -0 "$FAKES_PID" 2>/dev/null || ((SECONDS > deadline)); then
      echo "the fakes did not start; their log:"; cat "$out.log"; FAKES_PID=""; return 1
    fi
    sleep 0.2
  done
  # Export what the app and the tests need (FAKE_GITHUB_URL, GITHUB_API_URL, …), newlines intact.
  eval "$(node -e '
    const env = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    for (const [k, v] of Object.entries(env)) console.log(`export ${k}=\x27${String(v).replace(/\x27/g, "\x27\\\x27\x27")}\x27`);
  ' "$out")"
  echo "fakes (pid $FAKES_PID): GitHub $FAKE_GITHUB_URL, Discord $FAKE_DISCORD_URL"
  rm -f "$out" "$out.log"
}
stop_fakes() {
  if [[ -n "$FAKES_PID" ]]; then kill -TERM -- "-$FAKES_PID" 2>/dev/null || true; FAKES_PID=""; fi
}
cleanup() {
  stop_server
  stop_fakes
  [[ -n "$SERVER_LOG" ]] && rm -f "$SERVER_LOG"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_test_database() {
  # Create the database if missing (with `pg`, no psql needed), then apply committed migrations.
  node --input-type=module -e '
    import pg from "pg";
    const url = new URL(process.env.TEST_DATABASE_URL);
    const name = decodeURIComponent(url.pathname.slice(1));
    const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
    await admin.connect();
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, "\"\"")}"`);
      console.log(`created database ${name}`);
    } else {
      console.log(`database ${name} exists`);
    }
    await admin.end();
  ' || return 1
  DATABASE_URL="$TEST_DATABASE_URL" node scripts/migrate.mjs deploy || return 1
}

build_app() {
  DATABASE_URL="$TEST_DATABASE_URL" AUTH_SECRET="$TEST_AUTH_SECRET" NEXT_DIST_DIR="$TEST_DIST_DIR" \
    "$BIN/next" build
}

pick_port() {
  # 3210 unless taken, then any free port.
  node -e '
    const net = require("node:net");
    const tryListen = (port) => new Promise((resolve) => {
      const s = net.createServer().once("error", () => resolve(null))
        .listen(port, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
    });
    (async () => console.log((await tryListen(Number(process.argv[1]))) ?? (await tryListen(0))))();
  ' "${1:-${TEST_PORT:-3210}}"
}

APP_PORT=""
start_server() {
  local port=$APP_PORT
  [[ -n "$port" ]] || port=$(pick_port) || return 1
  local url="http://127.0.0.1:$port"
  SERVER_LOG=$(mktemp "${TMPDIR:-/tmp}/benefactor-test-server.XXXXXX")
  # The production server (`npm start`'s), run directly and in its own session, so the whole group can be killed.
  DATABASE_URL="$TEST_DATABASE_URL" AUTH_SECRET="$TEST_AUTH_SECRET" NEXT_DIST_DIR="$TEST_DIST_DIR" APP_URL="$url" \
    PORT="$port" HOSTNAME=127.0.0.1 setsid "$BIN/tsx" server/index.ts >"$SERVER_LOG" 2>&1 </dev/null &
  SERVER_PID=$!
  echo "server/index.ts (pid $SERVER_PID) on $url, log $SERVER_LOG"
  local deadline=$((SECONDS + 90))
  until answers "$url/api/auth/csrf"; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "the app server exited before answering; its log:"; cat "$SERVER_LOG"; SERVER_PID=""; return 1
    fi
    if ((SECONDS > deadline)); then
      echo "the app server did not answer $url/api/auth/csrf within 90 s; its log:"; cat "$SERVER_LOG"; return 1
    fi
    sleep 0.5
  done
  export BENEFACTOR_TEST_URL="$url"
  echo "app server answers at $BENEFACTOR_TEST_URL"
}

answers() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
}

# ---- the run ---------------------------------------------------------------------------------
step lint npm run lint
step typecheck npm run typecheck
step unit "$BIN/vitest" run --project unit --passWithNoTests

server_ready=false
if prep "test database ($TEST_DATABASE_URL)" ensure_test_database \
  && prep "production build ($TEST_DIST_DIR)" build_app \
  && prep "fake GitHub and Discord" start_fakes \
  && prep "app server" start_server; then
  server_ready=true
fi

if $server_ready; then
  step integration "$BIN/vitest" run --project integration
else
  echo "integration: not run (preparation failed)"; record integration failed 0.0
fi

if [[ "${SKIP_E2E:-}" == "1" ]]; then
  header "e2e: skipped (SKIP_E2E=1)"; record e2e skipped 0.0
elif $server_ready; then
  step e2e "$BIN/playwright" test
else
  echo "e2e: not run (preparation failed)"; record e2e failed 0.0
fi

if $server_ready && [[ -n "$SERVER_LOG" ]] && grep -qiE "error|unhandled" "$SERVER_LOG"; then
  header "app server log (errors found)"
  tail -n 60 "$SERVER_LOG"
fi
stop_server
stop_fakes

# ---- summary ---------------------------------------------------------------------------------
passed=0 failed=0 skipped=0
header "summary (total $(elapsed "$SUITE_START")s)"
for i in "${!NAMES[@]}"; do
  printf '  %-12s %-8s %6ss\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${TIMES[$i]}"
  case "${RESULTS[$i]}" in
    passed) passed=$((passed + 1)) ;;
    failed) failed=$((failed + 1)) ;;
    skipped) skipped=$((skipped + 1)) ;;
  esac
done
if ((skipped > 0)); then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
((failed == 0))
