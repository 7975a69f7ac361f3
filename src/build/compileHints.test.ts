import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compileHints';

describe('withCompileHint', () => {
  it('puts the hint on a line of its own before the code, once', () => {
    const code = 'const __vite__mapDeps=1;export{}';
    const once = withCompileHint(code);
    expect(once.split('\n')).toEqual([COMPILE_HINT, code]);
    expect(withCompileHint(once)).toBe(once);
  });
});
