// @ts-check
/**
 * A card-drawing worker (loaded as text by card-renderer.ts and evaluated as a worker's main
 * script, so it runs the same under Astro's build, the content guard and vitest).
 *
 * workerData: module paths of satori and resvg, the font files, the card size, resvg's options,
 * every card's element tree, and a shared counter. The worker takes the next card from the
 * counter until none is left, and posts `{ i, png }` or `{ i, error }` for each: it never waits
 * for the main thread, which may be busy for seconds at a time compiling MDX.
 */
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { crc32, deflateSync } = require('node:zlib');

if (!workerData) throw new Error('card-worker.cjs is a worker script: draw cards through src/data/card-renderer.ts');

const satoriModule = require(workerData.satori);
const satori = satoriModule.default || satoriModule;
const { Resvg } = require(workerData.resvg);
/** @type {{ name: string, data: Buffer, weight: 400 | 700, style: 'normal' }[]} */
const fonts = workerData.fonts.map((/** @type {{ path: string }} */ { path, ...font }) => ({ ...font, data: readFileSync(path) }));
const { trees, next, width, height, options } = workerData;

/**
 * One PNG chunk: length, type, data, CRC of type and data.
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * RGBA pixels as an 8-bit RGBA PNG, each row unfiltered, deflated at level 3. resvg's own
 * encoder took about 15 ms a card; this takes about 3 ms, and the files are smaller.
 * @param {Uint8Array} rgba
 * @param {number} w
 * @param {number} h
 */
function encodePng(rgba, w, h) {
  const stride = w * 4;
  const raw = Buffer.alloc((stride + 1) * h); // a 0 (filter: none) before each row
  for (let y = 0; y < h; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

(async () => {
  for (let i = Atomics.add(next, 0, 1); i < trees.length; i = Atomics.add(next, 0, 1)) {
    try {
      const svg = await satori(trees[i], { width, height, fonts });
      const image = new Resvg(svg, options).render();
      const png = new Uint8Array(encodePng(image.pixels, image.width, image.height));
      parentPort?.postMessage({ i, png }, [png.buffer]);
    } catch (error) {
      parentPort?.postMessage({ i, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    // Let the event loop turn: resvg's native images are freed by finalizers that run there.
    await new Promise((resolve) => setImmediate(resolve));
  }
})();
