/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compileHintsPlugin } from './src/build/compileHints.ts';
import { CSP } from './src/csp.ts';
import { prerenderPlugin, staticTextPlugin } from './src/prerender/plugin.ts';
import { serviceWorkerPlugin } from './src/sw/plugin.ts';
import { wordsPlugin } from './src/i18n/wordsPlugin.ts';

// The dev server injects an inline script (React Refresh) that the strict CSP would block: drop the
// meta tag in `vite` (dev) only. Builds and `vite preview` keep it.
const devWithoutCsp: Plugin = {
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  plugins: [react(), wordsPlugin(), staticTextPlugin(), prerenderPlugin(), compileHintsPlugin(), serviceWorkerPlugin(), devWithoutCsp],
  build: {
    target: 'es2022',
    sourcemap: false,
    // First-page size (tests/bench, budget in tests/bench/budget.json):
    // - everything the first page loads goes in the one entry chunk: without this group Rolldown moves
    //   modules shared with a lazy page (react, i18next, react-i18next) into extra common chunks, which
    //   costs about 1 KB gzip and two more requests on every first page;
    // - no modulepreload polyfill: with a single initial chunk there is nothing to preload, and the
    //   polyfill cost every visitor about 0.2 KB gzip.
    modulePreload: { polyfill: false },
    // - the two parts of a language's translation.json (src/i18n/wordsPlugin.ts) are named after their part.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        chunkFileNames: (chunk) => {
          const part = chunk.facadeModuleId ? /\/translation\.json\?part=(first|rest)$/.exec(chunk.facadeModuleId.replace(/\\/g, '/')) : null;
          return part ? `assets/translation-${part[1]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CSP } },
  test: {
    // In CI a JSON report lets .ci/run print the test counts.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'test-results/vitest.json' } : undefined,
    projects: [
      {
        extends: true,
        test: { name: 'flows', environment: 'node', include: ['flows/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'src',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./src/setupTests.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'locales/**/*.test.ts'],
        },
      },
    ],
  },
});
