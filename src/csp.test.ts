import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_URLS } from './components/ExitThisPage';
import { CSP, scriptHash } from './csp';
import { BOOT_SCRIPT } from './prerender/boot';

describe('Content-Security-Policy', () => {
  const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');

  it('index.html carries the same policy as the preview headers (the build rewrites it from src/csp.ts too)', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP);
  });

  it('allows nothing but the app’s own origin and the boot script, pinned by its hash', () => {
    const directives = CSP.split(';').map((d) => d.trim().split(/\s+/));
    for (const [name, ...sources] of directives) {
      for (const source of sources) {
        if (name === 'script-src' && source === scriptHash(BOOT_SCRIPT)) continue;
        expect(["'self'", "'none'", 'data:'], `${name} ${source}`).toContain(source);
      }
    }
    expect(CSP).not.toContain("'unsafe-inline'");
    expect(CSP).not.toContain("'unsafe-eval'");
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("connect-src 'self'");
    expect(CSP).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
  });

  it('scriptHash is the sha256 of the exact text, base64 (what browsers compare)', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('index.html loads nothing from another origin (its only outside links are Exit this page, a navigation)', () => {
    const withoutExitLinks = html.replace(/<a href="https:\/\/www\.google\.com\/search\?q=[^"]*" class="exit-this-page__button"/g, '<a');
    expect(withoutExitLinks).not.toMatch(/(src|href)="(https?:)?\/\//);
    // The source has no inline script: the build adds the one boot script (checked on dist/ by tests/e2e/prerender.spec.ts).
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('index.html holds the exit link in its static markup, so it works before and without the script (its words come from locales/)', () => {
    for (const lang of ['ru', 'en'] as const) {
      const link = new RegExp(`<a href="${EXIT_URLS[lang].replace(/[?.]/g, '\\$&')}" class="exit-this-page__button"[^>]* lang="${lang}"><!-- static-text:${lang}:exit\\.button --></a>`);
      expect(html).toMatch(link);
    }
  });
});
