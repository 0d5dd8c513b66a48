#!/usr/bin/env bash
# Validates every workflow and local action against GitHub's schemas (action-validator, from npm).
# Run by the root build's validate phase, so README's test command (mvn verify) covers it.
set -uo pipefail
cd "$(dirname "$0")/../.."
validator="@action-validator/cli@0.6.0"
status=0
for f in .github/workflows/*.yml .github/actions/*/action.yml; do
  if out=$(npx --yes "$validator" "$f" 2>&1); then
    echo "workflow lint: $f ok"
  else
    echo "$out" | grep -v '^npm warn' | tail -40 >&2
    echo "workflow lint: $f FAILED" >&2
    status=1
  fi
done
exit $status
