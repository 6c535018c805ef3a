#!/bin/sh
# The production build (`npm run build`): `astro build` with the settings below. It needs
# SITE_URL (and BASE_PATH for a sub-path); arguments pass through to `astro build`. Figures in
# docs/build.md.
#
# MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown, which allocates with mimalloc) gives freed
#   memory back at once instead of holding it until the build ends. mimalloc reads it when the
#   process starts, so it cannot be set from astro.config.mjs.
# --heap-growing-percent=100: V8 collects when its heap has doubled since the last full
#   collection instead of quadrupled, so the heap stays near what is live. Unlike a heap cap
#   (--max-old-space-size) it cannot make a larger site fail. A V8 flag, so it goes on node's
#   command line (NODE_OPTIONS refuses it).
# --single-threaded-gc: V8 collects on the thread that allocates, without helper threads. The
#   build already keeps two threads busy (Astro, and the card worker); helpers only competed with
#   them. At N = 500, 4-5% less CPU and less wall time (docs/build.md).
# --force: Astro rebuilds its content data store every time, so a cached store can never hide a
#   schema change (the schemas live outside src/content.config.ts, whose text keys the store).
export MIMALLOC_PURGE_DELAY=0
exec node --heap-growing-percent=100 --single-threaded-gc node_modules/astro/bin/astro.mjs build --force "$@"
