#!/usr/bin/env bash
# End-to-end test of the example resource server and client, over real HTTP on loopback:
#   1. curl checks the exact status and WWW-Authenticate field of every case;
#   2. the C client (examples/client.c) must print the right next step and exit status;
#   3. oauth4webapi, a client we did not write, must parse the same error, scope and
#      resource_metadata (oauth4webapi_check.mjs);
#   4. wrk loads the server for 10 s with 32 connections, valid and invalid tokens mixed.
#      Then every curl check runs again, and the server's memory must not have grown;
#   5. SIGTERM and SIGINT must stop the servers cleanly, and their logs must hold one line
#      per request and no token.
# Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
# Every server it starts is stopped on every path out, failures and Ctrl-C included.
#
#     tests/e2e/run.sh BUILD_DIR     (BUILD_DIR contains resource_server and client)
set -uo pipefail

build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
server_bin=$build/resource_server
client_bin=$build/client
tokens_file=$here/tokens.txt

# The metadata URL is only sent in challenges and printed by the clients, never fetched.
metadata=http://127.0.0.1/.well-known/oauth-protected-resource

# Traffic goes to 127.0.0.1 only, so no proxy from the environment may take it elsewhere.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY

# The tokens of tokens.txt, by what they may do.
reader='reader-mF_9.B5f-4.1JqM'
writer='writer-Kz~8mXK1EalYznwH'
admin='admin-gxU+/9=='
admin_form='admin-gxU%2B%2F9%3D%3D'

# Memory check: resident set size after the 10 s run may exceed the size after a 2 s
# warm-up run by at most this many KiB. The warm-up lets libmicrohttpd and malloc reach
# their steady state first. A leak of one 16-byte block per request would add many MiB,
# because the run makes hundreds of thousands of requests even on a slow machine.
rss_tolerance_kib=1024
load_seconds=10
load_connections=32

passed=0
failed=0
server_pids=()
# Set by start_server: the process id and base URL of each server.
# shellcheck disable=SC2034 # bare_pid is read indirectly, as ${!name}, by stop_server
main_pid='' main_url='' bare_pid='' bare_url=''
work=$(mktemp -d)

stop_servers() {
    local pid
    for pid in "${server_pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${server_pids[@]}"; do
        wait "$pid" 2>/dev/null
    done
    server_pids=()
}
trap 'stop_servers; rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pass() {
    passed=$((passed + 1))
    echo "ok   $1"
}

fail() {
    failed=$((failed + 1))
    echo "FAIL $1: $2"
}

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

# start_server NAME [ARGS...]: starts a server on a free port (--port 0) and sets
# NAME_pid and NAME_url. Its standard output goes to $work/NAME.out and its log to
# $work/NAME.log. Returns 1 when it did not report its port within 5 s.
start_server() {
    local name=$1 pid port _
    shift
    "$server_bin" --port 0 --tokens "$tokens_file" "$@" >"$work/$name.out" 2>"$work/$name.log" &
    pid=$!
    server_pids+=("$pid")
    for _ in $(seq 50); do
        # The shell may not have created the output file yet on the first rounds.
        port=$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9][0-9]*\)$|\1|p' "$work/$name.out" 2>/dev/null)
        [ -n "$port" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        fail "start $name" "no port reported; log: $(tail -n 3 "$work/$name.log")"
        return 1
    fi
    printf -v "${name}_pid" '%s' "$pid"
    printf -v "${name}_url" '%s' "http://127.0.0.1:$port"
    pass "start $name on 127.0.0.1:$port"
}

# stop_server NAME SIGNAL: sends SIGNAL and checks for exit status 0 and the closing log line.
stop_server() {
    local name=$1 signal=$2 pid status remaining=() other
    pid=${name}_pid
    pid=${!pid}
    kill "-$signal" "$pid"
    wait "$pid"
    status=$?
    for other in "${server_pids[@]}"; do
        [ "$other" != "$pid" ] && remaining+=("$other")
    done
    server_pids=("${remaining[@]}")
    if [ "$status" -eq 0 ] && [ "$(tail -n 1 "$work/$name.log")" = "resource_server: stopped" ]; then
        pass "$name stops on $signal"
    else
        fail "$name stops on $signal" "exit status $status, last log line: $(tail -n 1 "$work/$name.log")"
    fi
}

# listens_on_loopback_only NAME: the server's listening sockets, read from /proc, must all
# be bound to 127.0.0.1 (0100007F in /proc/net/tcp), none to 0.0.0.0 or an IPv6 address.
listens_on_loopback_only() {
    local name=$1 pid inodes addresses
    pid=${name}_pid
    pid=${!pid}
    inodes=$(find "/proc/$pid/fd" -lname 'socket:*' -printf '%l\n' 2>/dev/null |
        sed 's/socket:\[\([0-9]*\)\]/\1/' | sort -u | tr '\n' ' ')
    # Field 4 is the state (0A: LISTEN), field 10 the socket inode.
    addresses=$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null |
        awk -v inodes=" $inodes" '$4 == "0A" && index(inodes, " " $10 " ") { print $2 }' |
        sort -u | tr '\n' ' ')
    if [ -n "$addresses" ] && [ -z "$(echo "$addresses" | tr ' ' '\n' | grep -v '^0100007F:' | grep .)" ]; then
        pass "$name listens on 127.0.0.1 only"
    else
        fail "$name listens on 127.0.0.1 only" "listening sockets: ${addresses:-none found}"
    fi
}

# challenge PARAMS...: the challenge the main server must send, with its realm in front and
# its resource_metadata at the end. Without PARAMS it is the challenge without an error.
challenge() {
    local params="realm=\"example\""
    [ $# -gt 0 ] && params="$params, $*"
    echo "Bearer $params, resource_metadata=\"$metadata\""
}

# error_challenge CODE DESCRIPTION [SCOPE]: the main server's challenge for an error; the
# builder puts scope before error (the order of RFC 6750 section 3).
error_challenge() {
    local params="error=\"$1\", error_description=\"$2\""
    [ $# -gt 2 ] && params="scope=\"$3\", $params"
    challenge "$params"
}

# check_curl NAME STATUS WWW_AUTHENTICATE URL [CURL_ARGS...]: one request; the status and
# the WWW-Authenticate field (exactly one, or none when WWW_AUTHENTICATE is empty) must
# match exactly.
check_curl() {
    local name=$1 status=$2 expected=$3 url=$4 got_status got_fields
    shift 4
    got_status=$(curl -sS --max-time 5 -o "$work/body" -D "$work/headers" -w '%{http_code}' \
        "$@" "$url" 2>"$work/curl.err")
    if [ $? -ne 0 ]; then
        fail "curl: $name" "curl failed: $(cat "$work/curl.err")"
        return
    fi
    got_fields=$(tr -d '\r' <"$work/headers" | grep -i '^www-authenticate:' | sed 's/^[^:]*: *//')
    if [ "$got_status" != "$status" ]; then
        fail "curl: $name" "status $got_status, expected $status"
    elif [ "$got_fields" != "$expected" ]; then
        fail "curl: $name" "WWW-Authenticate [$got_fields], expected [$expected]"
    else
        pass "curl: $name -> $status"
    fi
}

# The exact descriptions the server sends; each comes from the library or the server.
no_token='The Bearer credentials have no token'
two_tokens='The Bearer credentials hold more than one token'
two_methods='The access token was sent by more than one method'
repeated='The access_token parameter appears more than once'
empty_token='The access_token parameter is empty'
unknown='The access token is not recognized'
no_scope='The access token does not grant the scope needed'

curl_checks() {
    local url=$main_url/resource
    local form=(-H 'Content-Type: application/x-www-form-urlencoded')

    check_curl "no credentials" 401 "$(challenge)" "$url"
    check_curl "Basic scheme" 401 "$(challenge)" "$url" -H 'Authorization: Basic dXNlcjpwYXNz'
    check_curl "DPoP scheme" 401 "$(challenge)" "$url" -H "Authorization: DPoP $reader"
    check_curl "Bearer without token" 400 \
        "$(error_challenge invalid_request "$no_token")" \
        "$url" -H 'Authorization: Bearer'
    check_curl "Bearer with two tokens" 400 \
        "$(error_challenge invalid_request "$two_tokens")" \
        "$url" -H 'Authorization: Bearer ab c'
    check_curl "token in header and query" 400 \
        "$(error_challenge invalid_request "$two_methods")" \
        "$url?access_token=$reader" -H "Authorization: Bearer $reader"
    check_curl "token in header and body" 400 \
        "$(error_challenge invalid_request "$two_methods")" \
        "$url" -H "Authorization: Bearer $admin" "${form[@]}" --data "access_token=$admin_form"
    check_curl "token in query and body" 400 \
        "$(error_challenge invalid_request "$two_methods")" \
        "$url?access_token=$admin_form" "${form[@]}" --data "access_token=$admin_form"
    check_curl "access_token twice in query" 400 \
        "$(error_challenge invalid_request "$repeated")" \
        "$url?access_token=$reader&access_token=$reader"
    check_curl "empty access_token in query" 400 \
        "$(error_challenge invalid_request "$empty_token")" \
        "$url?access_token="
    check_curl "Bearer followed by a comma" 400 \
        "$(error_challenge invalid_request 'Bearer must be followed by SP and the token (RFC 6750 section 2.1)')" \
        "$url" -H 'Authorization: Bearer,abc'
    check_curl "unknown token" 401 \
        "$(error_challenge invalid_token "$unknown")" \
        "$url" -H 'Authorization: Bearer unknown-token'
    check_curl "GET without scope read" 403 \
        "$(error_challenge insufficient_scope "$no_scope" read)" \
        "$url" -H "Authorization: Bearer $writer"
    check_curl "POST without scope write" 403 \
        "$(error_challenge insufficient_scope "$no_scope" write)" \
        "$url" -X POST -H "Authorization: Bearer $reader"
    check_curl "GET with scope read" 200 "" "$url" -H "Authorization: bearer $reader"
    check_curl "POST with scope write" 200 "" "$url" -X POST -H "Authorization: Bearer $admin"
    check_curl "token in query" 200 "" "$url?access_token=$reader"
    check_curl "token in form body" 200 "" "$url" "${form[@]}" --data "access_token=$admin_form"
    check_curl "unknown path" 404 "" "$main_url/other" -H "Authorization: Bearer $reader"
    check_curl "PUT" 405 "" "$url" -X PUT -H "Authorization: Bearer $reader"

    if [ "$(cat "$work/body")" = '{"error":"method not allowed"}' ]; then
        pass "curl: 405 body"
    else
        fail "curl: 405 body" "got $(cat "$work/body")"
    fi
    curl -sS --max-time 5 -o "$work/body" -H "Authorization: Bearer $reader" "$url"
    if [ "$(cat "$work/body")" = '{"resource":"example","access":"read"}' ]; then
        pass "curl: 200 body"
    else
        fail "curl: 200 body" "got $(cat "$work/body")"
    fi
}

# check_client NAME EXIT_STATUS NEXT_LINE [CLIENT_ARGS...]: the C client must exit with
# EXIT_STATUS and its last line must be NEXT_LINE exactly.
check_client() {
    local name=$1 status=$2 expected=$3 got_status got_line
    shift 3
    "$client_bin" "$@" >"$work/client.out" 2>"$work/client.err"
    got_status=$?
    got_line=$(tail -n 1 "$work/client.out")
    if [ "$got_status" != "$status" ]; then
        fail "client: $name" "exit status $got_status, expected $status; output: $(tr '\n' '|' <"$work/client.out")$(cat "$work/client.err")"
    elif [ "$got_line" != "$expected" ]; then
        fail "client: $name" "[$got_line], expected [$expected]"
    else
        pass "client: $name -> exit $status"
    fi
}

client_checks() {
    local url=$main_url/resource

    check_client "no credentials" 5 \
        "next: fetch the resource metadata at $metadata to find the authorization server" "$url"
    check_client "no credentials, no metadata" 3 \
        "next: get an access token for realm \"example\" and send it as a Bearer token" \
        "$bare_url/resource"
    check_client "Basic scheme" 5 \
        "next: fetch the resource metadata at $metadata to find the authorization server" \
        --authorization 'Basic dXNlcjpwYXNz' "$url"
    check_client "Bearer with two tokens" 6 "next: fix the request: $two_tokens" \
        --authorization 'Bearer ab c' "$url"
    check_client "token in header and query" 6 "next: fix the request: $two_methods" \
        --token "$reader" "$url?access_token=$reader"
    check_client "unknown token" 3 "next: get a new access token and retry" \
        --token unknown-token "$url"
    check_client "GET without scope read" 4 \
        "next: ask the authorization server for a token with scope \"read\"" \
        --token "$writer" "$url"
    check_client "POST without scope write" 4 \
        "next: ask the authorization server for a token with scope \"write\"" \
        --token "$reader" --method POST "$url"
    check_client "GET with scope read" 0 "next: nothing to do" --token "$reader" "$url"
    check_client "token in form body" 0 "next: nothing to do" \
        --data "access_token=$admin_form" "$url"
    check_client "unknown path" 7 "next: nothing the client can do: HTTP 404 without a Bearer challenge" \
        --token "$reader" "$main_url/other"
    check_client "invalid --token" 2 "" --token 'ab c' "$url"
    check_client "server not running" 1 "next: check the URL and that the server is running" \
        "http://127.0.0.1:1/resource"
}

node_checks() {
    local line status
    if [ ! -d "$here/node_modules/oauth4webapi" ]; then
        (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >"$work/npm.log" 2>&1 ||
            { fail "node: npm ci" "$(tail -n 5 "$work/npm.log")"; return; }
    fi
    node "$here/oauth4webapi_check.mjs" "$main_url" "$metadata" >"$work/node.out" 2>"$work/node.err"
    status=$?
    while IFS= read -r line; do
        case $line in
        "ok   "*) pass "${line#ok   }" ;;
        "FAIL "*) line=${line#FAIL }; fail "${line%%: *}" "${line#*: }" ;;
        esac
    done <"$work/node.out"
    if [ "$status" -ne 0 ] && ! grep -q '^FAIL ' "$work/node.out"; then
        fail "node: oauth4webapi_check.mjs" "exit status $status: $(tail -n 3 "$work/node.err")"
    fi
}

rss_kib() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# run_load SECONDS: wrk against the main server. Every response must have an expected
# status, and no socket error may occur.
run_load() {
    local seconds=$1 summary
    wrk -t2 -c"$load_connections" -d"${seconds}s" --timeout 5s -s "$here/load.lua" \
        "$main_url/resource" >"$work/wrk.out" 2>&1
    summary=$(grep '^load: ' "$work/wrk.out")
    if [ -z "$summary" ]; then
        fail "load: wrk ${seconds}s" "$(tail -n 3 "$work/wrk.out")"
    elif grep -q 'Socket errors' "$work/wrk.out" || ! echo "$summary" | grep -q ' unexpected=0$'; then
        fail "load: wrk ${seconds}s" "$summary; $(grep 'Socket errors' "$work/wrk.out")"
    else
        pass "load: wrk ${seconds}s, $load_connections connections: ${summary#load: }"
    fi
}

load_checks() {
    local before after
    run_load 2
    before=$(rss_kib "$main_pid")
    run_load "$load_seconds"
    after=$(rss_kib "$main_pid")
    if [ -n "$before" ] && [ -n "$after" ] && [ "$after" -le $((before + rss_tolerance_kib)) ]; then
        pass "memory: VmRSS $before KiB -> $after KiB (tolerance $rss_tolerance_kib KiB)"
    else
        fail "memory" "VmRSS ${before:-?} KiB -> ${after:-?} KiB, more than $rss_tolerance_kib KiB growth"
    fi
}

# log_checks NAME: every request line of the log must read "METHOD PATH STATUS ERROR",
# and no token of tokens.txt may appear anywhere in it.
log_checks() {
    local name=$1 log=$work/$1.log bad token leaked=""
    bad=$(grep -v '^resource_server: ' "$log" |
        grep -Evc '^[A-Z]+ /[^ ]* [0-9]{3} (-|invalid_request|invalid_token|insufficient_scope)$')
    if [ "$bad" -eq 0 ] && grep -q '^GET /resource ' "$log"; then
        pass "log of $name: every request line reads METHOD PATH STATUS ERROR"
    else
        fail "log of $name" "$bad lines do not read METHOD PATH STATUS ERROR"
    fi
    for token in "$reader" "$writer" "$admin" "$admin_form" unknown-token; do
        grep -qF -- "$token" "$log" && leaked="$leaked $token"
    done
    if [ -z "$leaked" ]; then
        pass "log of $name: no token"
    else
        fail "log of $name" "tokens found:$leaked"
    fi
}

for program in "$server_bin" "$client_bin"; do
    if [ ! -x "$program" ]; then
        fail "build" "$program is missing: run make e2e"
        finish
    fi
done

start_server main --resource-metadata "$metadata" || finish
start_server bare || finish
listens_on_loopback_only main

check_curl "no credentials, no metadata" 401 'Bearer realm="example"' "$bare_url/resource"
curl_checks
client_checks
node_checks
load_checks
echo "-- after the load run"
curl_checks

stop_server main TERM
stop_server bare INT
log_checks main
log_checks bare
finish
