/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP } from './src/csp.ts';
import { serviceWorkerPlugin } from './src/sw/plugin.ts';

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  build: { target: 'es2022', sourcemap: false },
  preview: { headers: { 'Content-Security-Policy': CSP } },
  test: {
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
