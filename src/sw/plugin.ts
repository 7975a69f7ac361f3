// A tiny Vite plugin that writes dist/sw.js: a service worker that precaches the app's own built
// files and the files of public/ (and nothing else) so the app works offline after the first visit.
// It never stores answers: answers never travel over the network, and the worker caches only GET
// requests for the files listed at build time.
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files under `dir` (recursively), as paths relative to it with '/' separators. */
function filesUnder(dir: string): string[] {
  if (!dir || !existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found;
}

export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'asylum-screener-service-worker',
    apply: 'build',
    // After Vite's own plugins: its CSS plugin drops the empty JS chunk of a CSS file shared by lazy pages
    // (print.css) in generateBundle, and the worker must not list a file that is not written.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const built = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
      for (const name of built.sort()) {
        const item = bundle[name];
        if (!item) continue;
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      // public/ is copied into the build as it is (favicon, manifest, robots.txt): precache it too,
      // so an offline reload requests nothing from the network.
      const copied = filesUnder(publicDir).filter((name) => name !== 'sw.js' && !Object.hasOwn(bundle, name));
      for (const name of copied.sort()) {
        hash.update(name);
        hash.update(readFileSync(join(publicDir, name)));
      }
      const files = [...built, ...copied].filter((name) => name !== 'index.html').sort();
      const template = readFileSync(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8');
      const source = template
        .replace('__VERSION__', JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace('__FILES__', JSON.stringify(['./', ...files]));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
