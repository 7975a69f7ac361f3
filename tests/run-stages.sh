#!/usr/bin/env bash
# Runs the named test stages in order, every one of them even when an earlier one fails, and then says
# which passed. Exits 1 when any failed. Stages:
#   lint       ESLint (type-aware)
#   typecheck  tsc --noEmit (also checks every translation key against locales/en)
#   unit       Vitest: flows/ in Node, src/ and locales/ in jsdom
#   build      the production build in dist/, then the first-page size check
#   browser    Playwright Test in Debian's Chromium against dist/
#   engines    the same app in Firefox ESR and WebKitGTK (tests/engines/run.mjs) against dist/
# `npm test` runs unit, build, browser and engines; `npm run check` (the quick local loop) lint, typecheck and unit;
# .ci/run all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

declare -A commands=(
  [lint]="npx eslint ."
  [typecheck]="npx tsc --noEmit"
  [unit]="npx vitest run"
  [build]="npx vite build && node tests/bench/size-check.mjs dist"
  [browser]="npx playwright test"
  [engines]="node tests/engines/run.mjs"
)

[ $# -gt 0 ] || set -- unit build browser engines
results=()
failed=0
for stage in "$@"; do
  command="${commands[$stage]:-}"
  if [ -z "$command" ]; then
    echo "run-stages: unknown stage '$stage' (known: ${!commands[*]})" >&2
    exit 2
  fi
  started=$(date +%s)
  printf '\n=== stage %s: %s\n' "$stage" "$command"
  if bash -c "$command"; then status=passed; else status=FAILED; failed=1; fi
  results+=("$(printf '%-10s %-7s %4ss' "$stage" "$status" "$(( $(date +%s) - started ))")")
done

printf '\n=== stages\n'
printf '%s\n' "${results[@]}"
exit "$failed"
