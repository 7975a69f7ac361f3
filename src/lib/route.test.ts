import { describe, expect, it } from 'vitest';
import { hashFor, parseHash } from './route';

describe('hash routes', () => {
  it('reads steps, pages and the start page, and a fragment that is not a route as none', () => {
    expect(parseHash('')).toEqual({ kind: 'step', step: 'start' });
    expect(parseHash('#')).toEqual({ kind: 'step', step: 'start' });
    expect(parseHash('#/')).toEqual({ kind: 'step', step: 'start' });
    expect(parseHash('#/grounds')).toEqual({ kind: 'step', step: 'grounds' });
    expect(parseHash('#/nonsense')).toEqual({ kind: 'step', step: 'nonsense' });
    expect(parseHash('#/privacy')).toEqual({ kind: 'page', page: 'privacy' });
    // The skip link's target, followed before the app started: not a step to be corrected to the first question.
    expect(parseHash('#main-content')).toEqual({ kind: 'none' });
    expect(parseHash('#/share')).toEqual({ kind: 'page', page: 'share' });
    // A lawyer's code: its payload never names a step.
    expect(parseHash('#/r')).toEqual({ kind: 'page', page: 'r' });
    expect(parseHash('#/r/BQGALKGH77')).toEqual({ kind: 'page', page: 'r' });
    expect(hashFor('r')).toBe('#/r');
    expect(hashFor('start')).toBe('#/');
    expect(hashFor('grounds')).toBe('#/grounds');
  });
});
