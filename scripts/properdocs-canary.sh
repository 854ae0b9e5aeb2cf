#!/usr/bin/env bash
# Compatibility canary: build the guide with ProperDocs, the maintained fork of MkDocs 1.x, in a separate
# virtual environment. It reports the outcome and never fails CI: it tells us our way forward once MkDocs 1.6
# can no longer be used.
set -uo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d)/venv
site=$(mktemp -d)/site
log=$(mktemp)
status="FAILED"
if python3 -m venv "$venv" >"$log" 2>&1 \
  && "$venv/bin/pip" install --quiet "properdocs==1.6.7" -e . >>"$log" 2>&1 \
  && NO_MKDOCS_2_WARNING=1 "$venv/bin/properdocs" build --strict --site-dir "$site" >>"$log" 2>&1; then
  status="OK"
fi
pages=$(find "$site" -name index.html 2>/dev/null | wc -l)
echo "ProperDocs canary: $status (properdocs 1.6.7, $pages pages built; reported only, never fatal)"
if [ "$status" != "OK" ]; then
  tail -n 15 "$log" | sed 's/^/  | /'
fi
exit 0
