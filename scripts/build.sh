#!/bin/sh
# The production build (`npm run build`; arguments pass through, e.g. --outDir). Each setting is
# here for a measured reason; figures in the README, "Build figures".
#
# --force: Astro rebuilds its content data store every time, so a cached store can never hide a
#   schema change (the schemas live outside src/content.config.ts, whose text keys the store).
# MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown, which allocates with mimalloc) gives freed memory
#   back at once instead of holding it until the build ends. mimalloc reads it when the process
#   starts, so it cannot be set from astro.config.mjs.
MIMALLOC_PURGE_DELAY=0 exec astro build --force "$@"
