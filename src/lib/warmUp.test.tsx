import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUESTION_ORDER, spec } from '../../flows/asylum/questions';
import { checkAnswer } from '../../flows/asylum/validation';
import type { QuestionId } from '../../flows/asylum/questions';
import { useLanguage } from '../test/i18n';
import { warmUp, warmUpPages } from './warmUp';

const TODAY = '2026-12-06';

describe('warmUpPages', () => {
  it('is the first question of each kind in the registry, each with an answer its question accepts', () => {
    const pages = warmUpPages(TODAY);
    expect(pages.map((p) => spec(p.id).kind).sort()).toEqual(['date', 'multi', 'single']);
    for (const { id } of pages) expect(QUESTION_ORDER.find((other) => spec(other).kind === spec(id).kind)).toBe(id);
    for (const { id, answer } of pages) expect(checkAnswer(id, answer, TODAY)).toMatchObject({ ok: true });
  });
});

describe('warmUp (off the document)', () => {
  let before: HTMLButtonElement;
  const act = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actBefore = act.IS_REACT_ACT_ENVIRONMENT;
  beforeEach(async () => {
    // As in the browser: the pages update themselves after their idle callbacks, outside any act().
    act.IS_REACT_ACT_ENVIRONMENT = false;
    await useLanguage('ru');
    document.title = 'The page shown';
    document.body.innerHTML = '<div id="root" data-submit-pending=""><button type="button">Продолжить</button></div>';
    before = document.querySelector('button') as HTMLButtonElement;
    before.focus();
    window.sessionStorage.clear();
  });
  afterEach(() => {
    act.IS_REACT_ACT_ENVIRONMENT = actBefore;
    document.body.innerHTML = '';
  });

  it('sends a page of each kind and leaves the shown page as it was: title, focus, a pending Continue, the stored answers, the document', async () => {
    const bodyBefore = document.body.innerHTML;
    const sent = await new Promise<QuestionId[]>((resolve) => warmUp(TODAY, resolve));
    expect(sent).toEqual(warmUpPages(TODAY).map((p) => p.id));
    expect(document.title).toBe('The page shown');
    expect(document.activeElement).toBe(before);
    expect(document.getElementById('root')?.hasAttribute('data-submit-pending')).toBe(true);
    expect(window.sessionStorage.length).toBe(0);
    expect(document.body.innerHTML).toBe(bodyBefore);
  });
});
