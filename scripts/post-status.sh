#!/usr/bin/env bash
# Reports a component's health to the monitoring API, as a monitoring system does: mints an HS256
# token from the shared key and posts the status. Needs bash, openssl and curl.
#
#   scripts/post-status.sh NAME IMPACT REGION [TITLE]
#   scripts/post-status.sh "Elastic Cloud Server" 2 EU-DE "ECS API errors"
#   scripts/post-status.sh --token    prints a token (no expiry) for a monitoring system to keep
#
# IMPACT: 1 minor, 2 major, 3 outage.
# Environment:
#   SDB_URL              the dashboard (default http://localhost:8080)
#   SDB_SECRET_KEY       the key the dashboard verifies tokens with; unset: the key the dashboard
#                        generated in $SDB_DATA_DIR/api-secret-key (run from the dashboard's
#                        directory when SDB_DATA_DIR is unset: ./data)
#   SDB_API_PAYLOAD_KEY  the claim the token must carry (default stackmon)
#   SDB_TOKEN            a ready token; skips minting
set -euo pipefail

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
json_string() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }

mint_token() {
  local key=${SDB_SECRET_KEY:-}
  local kept="${SDB_DATA_DIR:-data}/api-secret-key"
  if [ -z "$key" ] && [ -r "$kept" ]; then
    key=$(cat "$kept")
  fi
  if [ -z "$key" ]; then
    echo "Set SDB_SECRET_KEY (or SDB_TOKEN) to the dashboard's key, or run this in the dashboard's directory" >&2
    exit 2
  fi
  local header payload signature
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | base64url)
  payload=$(printf '{"%s":"monitoring","iat":%s}' "${SDB_API_PAYLOAD_KEY:-stackmon}" "$(date +%s)" | base64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | base64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}

if [ "${1:-}" = "--token" ]; then
  mint_token
  echo
  exit 0
fi
if [ $# -lt 3 ]; then
  usage
fi
name=$1 impact=$2 region=$3 title=${4:-Incident}
url=${SDB_URL:-http://localhost:8080}

token=${SDB_TOKEN:-}
if [ -z "$token" ]; then
  token=$(mint_token)
fi

body=$(printf '{"name":%s,"impact":%s,"text":%s,"attributes":[{"name":"region","value":%s}]}' \
  "$(json_string "$name")" "$impact" "$(json_string "$title")" "$(json_string "$region")")

curl --silent --show-error --write-out '\nHTTP %{http_code}\n' \
  -X POST "$url/api/v1/component_status" \
  -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  --data "$body"
