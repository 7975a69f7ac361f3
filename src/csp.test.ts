import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP } from './csp';

describe('Content-Security-Policy', () => {
  const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');

  it('index.html carries the same policy as the preview headers', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP);
  });

  it('allows nothing but the app’s own origin', () => {
    const directives = CSP.split(';').map((d) => d.trim().split(/\s+/));
    for (const [name, ...sources] of directives) {
      for (const source of sources) {
        expect(["'self'", "'none'", 'data:'], `${name} ${source}`).toContain(source);
      }
    }
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("connect-src 'self'");
  });

  it('index.html loads nothing from another origin (its one outside link is Exit this page, a navigation)', () => {
    const withoutExitLink = html.replace(/<a href="https:\/\/www\.google\.com\/search\?q=weather" class="exit-this-page__button"/, '<a');
    expect(withoutExitLink).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('index.html holds the exit link in its static markup, so it works before and without the script', () => {
    expect(html).toMatch(/<a href="https:\/\/www\.google\.com\/search\?q=weather" class="exit-this-page__button"[^>]*>Exit this page<\/a>/);
  });
});
