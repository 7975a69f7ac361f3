// The Content-Security-Policy: nothing but the app's own origin, and the one inline script of the built
// index.html (src/prerender/boot.ts) pinned by its sha256. Used in index.html (meta tag, kept in sync by a
// test and rewritten from here at build time) and as a header by `vite preview`. Node only (build, tests).
import { createHash } from 'node:crypto';
import { BOOT_SCRIPT } from './prerender/boot.ts';

/** The CSP source of an inline script: 'sha256-<base64>' of its exact text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export const CSP = [
  "default-src 'self'",
  `script-src 'self' ${scriptHash(BOOT_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
