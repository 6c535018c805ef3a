// What the global setups hand to test files through `inject()`: tests/e2e/global-setup.ts to
// every e2e test file, tests/build/global-setup.ts (`builds`) to the build suites.
import 'vitest';
import type { BuildName, SharedBuild } from '../helpers/builds.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the sub-path build (never ./dist). */
    distDir: string;
    /** `http://127.0.0.1:<port>/netflix-initiatives/`: the site as served, ending in `/`. */
    baseUrl: string;
    /** `http://127.0.0.1:<port>` */
    serverOrigin: string;
    /** `/netflix-initiatives/` */
    basePath: string;
    /** The origin the site was built for (`SITE_URL`): `https://example.github.io`. */
    siteOrigin: string;
    /** `https://example.github.io/netflix-initiatives/`: what absolute URLs in the build start with. */
    siteUrl: string;
    /** Chromium's path, or null when none was found (browser tests then skip, loudly). */
    chromiumPath: string | null;
    /** Astro's output for the build, or null when an existing build was served (E2E_DIST). */
    buildLog: string | null;
    /** The project folder whose `content/` was built: ours, or a copy holding a fixture's content. */
    contentRoot: string;
    /** Whether the costliest browser checks visit one page of each type only (the fixture), or every page. */
    sample: boolean;
    /** The shared builds, by name (tests/helpers/builds.ts). */
    builds: Record<BuildName, SharedBuild>;
  }
}
