import { describe, expect, it } from 'vitest';
import en from '../../locales/en/translation.json';
import ru from '../../locales/ru/translation.json';
import { splitWords } from './firstPage';

/** Every leaf of a nested translation object as 'dotted.key' → text. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) return out.set(prefix, node);
  for (const [name, value] of Object.entries(node)) for (const [k, v] of leaves(value, prefix ? `${prefix}.${name}` : name)) out.set(k, v);
  return out;
}

describe('splitWords: the first page’s words and the rest of translation.json', () => {
  for (const [lng, words] of [['en', en], ['ru', ru]] as const) {
    it(`${lng}: together the two parts hold every key of the file exactly once, with its text`, () => {
      const { first, rest } = splitWords(words);
      const all = leaves(words);
      const a = leaves(first);
      const b = leaves(rest);
      expect([...a.keys()].filter((k) => b.has(k))).toEqual([]);
      expect(new Map([...a, ...b])).toEqual(all);
      expect(a.size).toBeGreaterThan(0);
      expect(b.size).toBeGreaterThan(0);
    });

    it(`${lng}: the first question’s words go with the first page, the other questions’ with the rest`, () => {
      const { first, rest } = splitWords(words);
      const a = [...leaves(first).keys()];
      const b = [...leaves(rest).keys()];
      expect(a).toContain('start.title');
      expect(a).toContain('questions.location.title');
      expect(a.some((k) => k.startsWith('errors.location.'))).toBe(true);
      expect(a.filter((k) => k.startsWith('questions.') && !k.startsWith('questions.location.'))).toEqual([]);
      expect(b).toContain('questions.grounds.title');
      expect(b).toContain('questions.lastArrival.title');
    });
  }

  it('takes a listed key’s whole subtree and its plural and context variants; a key not listed (a new page) goes with the rest', () => {
    const words = {
      progress_one: 'one',
      progress_few: 'few',
      progressive: 'not a variant',
      questions: { location: { title: 'a', title_at_border: 'b' }, grounds: { title: 'c' } },
      save: { title: 'Save your answers' },
    };
    const { first, rest } = splitWords(words, ['progress', 'questions.location']);
    expect(first).toEqual({ progress_one: 'one', progress_few: 'few', questions: { location: { title: 'a', title_at_border: 'b' } } });
    expect(rest).toEqual({ progressive: 'not a variant', questions: { grounds: { title: 'c' } }, save: { title: 'Save your answers' } });
  });
});
