#!/bin/sh
# The production build (`npm run build`; arguments pass through to `astro build`, e.g. --outDir):
# scripts/build.ts, which skips the build when no input changed and otherwise runs Astro with the
# settings it comments. Figures in the README, "Build figures".
#
# MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown, which allocates with mimalloc) gives freed memory
#   back at once instead of holding it until the build ends. mimalloc reads it when the process
#   starts, so it cannot be set from astro.config.mjs.
export MIMALLOC_PURGE_DELAY=0
exec node --experimental-strip-types --no-warnings scripts/build.ts "$@"
