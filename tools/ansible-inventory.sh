#!/usr/bin/env bash
# Ansible dynamic inventory backed by Fleet Ledger's GET /v1/ansible-inventory.
#
#   export FLEET_PROJECT=<project uuid> FLEET_USER=<username> FLEET_TOKEN=<api key>
#   ansible-inventory -i tools/ansible-inventory.sh --graph
#   ansible -i tools/ansible-inventory.sh r1-k1 -m ping
#
# Optional: FLEET_URL (default http://127.0.0.1:7780), FLEET_REGION_ID, FLEET_CELL_ID (only the hosts of
# that region or cell), FLEET_HOSTNAME_KEY=name (hosts named by their name, with ansible_host set to the
# address, instead of by address).
set -euo pipefail

usage() {
  echo "usage: $0 --list | --host <host>" >&2
  echo "needs FLEET_PROJECT, FLEET_USER and FLEET_TOKEN in the environment" >&2
}

for required in FLEET_PROJECT FLEET_USER FLEET_TOKEN; do
  if [ -z "${!required:-}" ]; then
    echo "$required is not set" >&2
    usage
    exit 2
  fi
done

case "${1:-}" in
  --list)
    # each argument is encoded by curl itself; nothing from the environment is pasted into the URL
    args=(--get)
    [ -n "${FLEET_REGION_ID:-}" ] && args+=(--data-urlencode "region_id=$FLEET_REGION_ID")
    [ -n "${FLEET_CELL_ID:-}" ] && args+=(--data-urlencode "cell_id=$FLEET_CELL_ID")
    [ -n "${FLEET_HOSTNAME_KEY:-}" ] && args+=(--data-urlencode "hostname_key=$FLEET_HOSTNAME_KEY")
    exec curl -sS --fail-with-body "${args[@]}" \
      -H "X-Auth-Project: $FLEET_PROJECT" -H "X-Auth-User: $FLEET_USER" -H "X-Auth-Token: $FLEET_TOKEN" \
      "${FLEET_URL:-http://127.0.0.1:7780}/v1/ansible-inventory"
    ;;
  --host)
    # every host's variables come with --list, under _meta.hostvars, so Ansible never needs this
    echo '{}'
    ;;
  *)
    usage
    exit 2
    ;;
esac
