#!/usr/bin/env bash
# What `npm test` does before vitest: type-check and build the client at once. Each is one
# single-threaded process, so on two cores they take the time of the longer, not the sum.
set -u
npm run --silent typecheck &
typecheck=$!
npm run --silent build:client -- --logLevel warn &
build=$!
status=0
wait "$typecheck" || status=$?
wait "$build" || status=$?
exit "$status"
