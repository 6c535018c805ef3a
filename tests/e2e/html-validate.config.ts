/**
 * html-validate settings for the built pages: the "recommended" preset (HTML5 content model,
 * attributes, ids, a11y basics, plus style rules), with every exception below justified. An
 * exception only ever covers a style preference or a known Astro output pattern, never a
 * content-model or parse error.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO length heuristic, not validity: our titles are news headlines followed by the site
    // name, and search engines shorten long titles themselves. Nothing breaks for a reader.
    'long-title': 'off',
  },
};
