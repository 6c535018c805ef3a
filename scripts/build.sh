#!/bin/sh
# The production build (`npm run build`; arguments pass through, e.g. --outDir). Each setting is
# here for a measured reason; figures in the README, "Build figures".
#
# --force: Astro rebuilds its content data store every time, so a cached store can never hide a
#   schema change (the schemas live outside src/content.config.ts, whose text keys the store).
# MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown, which allocates with mimalloc) gives freed memory
#   back at once instead of holding it until the build ends. mimalloc reads it when the process
#   starts, so it cannot be set from astro.config.mjs.
# --heap-growing-percent=100: V8 collects when its heap has doubled since the last full
#   collection instead of quadrupled, so the heap stays near what is live. Unlike a heap cap
#   (--max-old-space-size) it cannot make a larger site fail. A V8 flag, so it goes on node's
#   command line (NODE_OPTIONS refuses it); the card workers share it.
MIMALLOC_PURGE_DELAY=0 exec node --heap-growing-percent=100 node_modules/astro/bin/astro.mjs build --force "$@"
