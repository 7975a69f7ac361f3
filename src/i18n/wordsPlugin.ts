// Vite plugin (dev, build and tests): locales/<lng>/translation.json?part=first and ?part=rest are the two
// halves of a language's translation.json (src/i18n/firstPage.ts says which keys are the first page's), each
// a JSON module of its own, so the build makes each its own chunk. The file itself stays the one place the
// words are written.
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { splitWords } from './firstPage.ts';

const PART = /^(.*[\\/]locales[\\/][^\\/]+[\\/]translation\.json)\?part=(first|rest)$/;

export function wordsPlugin(): Plugin {
  return {
    name: 'asylum-screener-words',
    enforce: 'pre',
    load(id) {
      const match = PART.exec(id);
      if (!match) return null;
      const [, file, part] = match as unknown as [string, string, 'first' | 'rest'];
      this.addWatchFile(file);
      const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      // A JavaScript module (a JSON text is a valid expression): Vite's JSON plugin leaves ids with a query alone.
      return { code: `export default ${JSON.stringify(splitWords(words)[part])};\n`, moduleType: 'js' };
    },
  };
}
