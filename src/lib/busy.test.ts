import { describe, expect, it } from 'vitest';
import { holdBusy, isBusy } from './busy';

describe('busy', () => {
  it('is busy while any hold is held, and each release counts once', () => {
    expect(isBusy()).toBe(false);
    const first = holdBusy();
    const second = holdBusy();
    expect(isBusy()).toBe(true);
    first();
    first();
    expect(isBusy()).toBe(true);
    second();
    expect(isBusy()).toBe(false);
  });
});
