/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP } from './src/csp.ts';
import { serviceWorkerPlugin } from './src/sw/plugin.ts';

// The dev server injects an inline script (React Refresh) that the strict CSP would block: drop the
// meta tag in `vite` (dev) only. Builds and `vite preview` keep it.
const devWithoutCsp: Plugin = {
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(), devWithoutCsp],
  build: { target: 'es2022', sourcemap: false },
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
