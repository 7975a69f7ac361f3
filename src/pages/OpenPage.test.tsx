// The open page (FLOW.md §5): what is missing, said in both languages; every refusal of the file format with
// its own message next to its field and in the error summary, the tab untouched (onOpen never called); a
// second press while a file opens does nothing; asking before replacing the tab's answers (No is a link back,
// Yes restores); a file holding an answer this version no longer takes names the question to answer again.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/translation.json';
import ru from '../../locales/ru/translation.json';
import type { Answers } from '../../flows/asylum/answers';
import i18n from '../i18n/i18n';
import { isBusy } from '../lib/busy';
import { loadLanguagePreference, saveLanguagePreference } from '../lib/storage';
import { MAX_FILE_BYTES, makeSavedFile, openSavedFile } from '../lib/savedFile';
import { useLanguage } from '../test/i18n';
import { OpenPage, type OpenPageProps } from './OpenPage';

vi.mock('../lib/savedFile', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../lib/savedFile')>();
  return { ...actual, openSavedFile: vi.fn(actual.openSavedFile) };
});

if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);

const TODAY = '2026-12-06';
const PASSPHRASE = 'purple kettle 42 rain';
const ANSWERS: Answers = { location: 'in_us', minor: 'no', grounds: ['political'] };
const WORDS = { en, ru } as const;
/** Text as Testing Library reads it from the page (runs of white space, U+00A0 too, as one space). */
const plain = (text: string) => text.replace(/\s+/g, ' ');

let file = '';
let stale = '';
beforeAll(async () => {
  file = await makeSavedFile({ answers: ANSWERS, step: 'harm', lang: 'ru', savedOn: '2026-12-01' }, PASSPHRASE);
  const staleAnswers = { ...ANSWERS, harm: 'past_harm', harmBy: 'state' } as unknown as Answers; // 'state': a code renamed since
  stale = await makeSavedFile({ answers: staleAnswers, step: 'otherCountry', lang: 'en', savedOn: '2026-10-01' }, PASSPHRASE);
}, 30_000);

afterEach(() => vi.mocked(openSavedFile).mockClear());

function renderOpen(props: Partial<OpenPageProps> = {}) {
  const onOpen = vi.fn();
  render(<OpenPage today={TODAY} hasAnswers={false} cancelHref="#/grounds" onOpen={onOpen} {...props} />);
  return onOpen;
}

/** Pastes the text (or chooses a file) and the passphrase, and presses Open the file. */
async function submit(lang: 'en' | 'ru', source: { text?: string; file?: File }, passphrase: string) {
  const user = userEvent.setup();
  if (source.file) await user.upload(document.getElementById('answers-file') as HTMLInputElement, source.file);
  if (source.text) {
    await user.click(document.getElementById('answers-text') as HTMLElement);
    await user.paste(source.text);
  }
  if (passphrase) {
    await user.click(document.getElementById('passphrase') as HTMLElement);
    await user.paste(passphrase);
  }
  await user.click(screen.getByRole('button', { name: WORDS[lang].open.submit }));
  return user;
}

/** The message shown next to `field` and, linked to it, in the error summary. */
async function expectError(field: string, message: string) {
  const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
  expect(within(alert).getByRole('link', { name: message })).toHaveAttribute('href', `#${field}`);
  expect(document.getElementById(`${field}-error`)).toHaveTextContent(plain(message));
  expect(document.activeElement).toBe(alert.parentElement);
}

for (const lang of ['en', 'ru'] as const) {
  const w = WORDS[lang];
  describe(`what is missing (${lang})`, () => {
    beforeEach(() => useLanguage(lang));

    it('asks for the file or its text, and for the passphrase', async () => {
      const onOpen = renderOpen();
      expect(document.querySelector('input[type="file"][name="answers-file"]')).not.toBeNull();
      expect(document.querySelector('textarea[name="answers-text"]')).not.toBeNull();
      expect(document.querySelector('input[name="passphrase"]')).toHaveAttribute('type', 'password');
      expect(document.querySelector('input[name="passphrase"]')).toHaveAttribute('autocomplete', 'off');
      await submit(lang, {}, '');
      await expectError('answers-file', w.open.errors.chooseFile);
      expect(document.getElementById('passphrase-error')).toHaveTextContent(plain(w.open.errors.passphraseRequired));
      expect(openSavedFile).not.toHaveBeenCalled();
      expect(onOpen).not.toHaveBeenCalled();
    });

    it('takes the file or the text, not both', async () => {
      renderOpen();
      await submit(lang, { file: new File([file], 'notes-2026-12-01.txt'), text: file }, PASSPHRASE);
      await expectError('answers-text', w.open.errors.both);
      expect(openSavedFile).not.toHaveBeenCalled();
    });
  });

  describe(`every refusal, with its message, changing nothing (${lang})`, () => {
    beforeEach(() => useLanguage(lang));
    const header = (changes: Record<string, unknown>) => JSON.stringify({ ...(JSON.parse(file) as object), ...changes });

    it.each([
      ['a wrong passphrase', () => ({ text: file }), 'not the passphrase', 'passphrase', 'wrongPassphrase'],
      ['an altered file', () => ({ text: header({ it: 600_001 }) }), PASSPHRASE, 'passphrase', 'wrongPassphrase'],
      ['text that is not a saved file', () => ({ text: 'Dear diary' }), PASSPHRASE, 'answers-text', 'notThisFormat'],
      ['a file from a newer version', () => ({ file: new File([header({ v: 2 })], 'notes.txt') }), PASSPHRASE, 'answers-file', 'newerVersion'],
      ['a file asking for too few iterations', () => ({ text: header({ it: 1000 }) }), PASSPHRASE, 'answers-text', 'badIterations'],
      ['a file asking for too many iterations', () => ({ file: new File([header({ it: 2_000_001 })], 'notes.txt') }), PASSPHRASE, 'answers-file', 'badIterations'],
    ] as const)('%s', async (_name, source, passphrase, field, error) => {
      const onOpen = renderOpen();
      await submit(lang, source(), passphrase);
      await expectError(field, w.open.errors[error]);
      expect(onOpen).not.toHaveBeenCalled();
      expect(isBusy()).toBe(false);
      expect(screen.getByRole('button', { name: w.open.submit })).not.toHaveAttribute('aria-disabled');
    });

    it('a file over 64 KB, before it is read', async () => {
      const big = new File(['x'.repeat(MAX_FILE_BYTES + 1)], 'notes.txt');
      const read = vi.spyOn(big, 'text');
      const onOpen = renderOpen();
      await submit(lang, { file: big }, PASSPHRASE);
      await expectError('answers-file', w.open.errors.tooLarge);
      expect(read).not.toHaveBeenCalled();
      expect(openSavedFile).not.toHaveBeenCalled();
      expect(onOpen).not.toHaveBeenCalled();
    });
  });
}

describe('opening', () => {
  beforeEach(() => useLanguage('en'));

  it('restores at once into an empty tab, and a second press while the key is derived does nothing', async () => {
    const onOpen = renderOpen();
    const user = await submit('en', { file: new File([`${file}\n`], 'notes-2026-12-01.txt', { type: 'text/plain' }) }, PASSPHRASE);
    const working = screen.queryByRole('button', { name: en.open.opening });
    if (working) {
      expect(working).toHaveAttribute('aria-disabled', 'true');
      await user.click(working);
    }
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    expect(openSavedFile).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ ok: true, answers: ANSWERS, step: 'harm', lang: 'ru', savedOn: '2026-12-01', dropped: [] }));
  });

  it('a second press is ignored even before the page shows that it is working', async () => {
    let finish: (value: Awaited<ReturnType<typeof openSavedFile>>) => void = () => undefined;
    vi.mocked(openSavedFile).mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const onOpen = renderOpen();
    const user = await submit('en', { text: file }, PASSPHRASE);
    expect(screen.getByRole('button', { name: en.open.opening })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(en.open.openingStatus);
    expect(isBusy()).toBe(true);
    await user.click(screen.getByRole('button', { name: en.open.opening }));
    expect(openSavedFile).toHaveBeenCalledTimes(1);
    finish({ ok: false, reason: 'wrong-passphrase-or-altered' });
    await expectError('passphrase', en.open.errors.wrongPassphrase);
    expect(isBusy()).toBe(false);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('asks before replacing the answers this tab holds: No is a link back, Yes restores', async () => {
    const onOpen = renderOpen({ hasAnswers: true });
    const user = await submit('en', { text: file }, PASSPHRASE);
    const heading = await screen.findByRole('heading', { level: 1, name: en.open.replaceTitle }, { timeout: 15_000 });
    expect(heading).toHaveFocus();
    expect(screen.getByText(en.open.replaceBody)).toBeInTheDocument();
    expect(onOpen).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: en.open.replaceNo })).toHaveAttribute('href', '#/grounds');
    await user.click(screen.getByRole('button', { name: en.open.replaceYes }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ answers: ANSWERS, step: 'harm' }));
  });

  it('names the question whose saved answer this version no longer takes, before going on', async () => {
    await useLanguage('ru');
    const onOpen = renderOpen();
    const user = await submit('ru', { text: stale }, PASSPHRASE);
    await screen.findByRole('heading', { level: 1, name: ru.open.openedTitle }, { timeout: 15_000 });
    expect(screen.getByText(plain(ru.open.dropped_one))).toBeInTheDocument();
    expect(within(document.getElementById('open-dropped') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual([ru.questions.harmBy.title]);
    expect(onOpen).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: ru.nav.continue }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ dropped: ['harmBy'], answers: { ...ANSWERS, harm: 'past_harm' } }));
  });
});

describe("the file's language", () => {
  beforeEach(() => useLanguage('en'));

  it('is switched to before the answers come back, and kept for the tab, when nothing was chosen in this tab', async () => {
    let langAtOpen = '';
    const onOpen = vi.fn(() => void (langAtOpen = i18n.language));
    renderOpen({ onOpen });
    await submit('en', { text: file }, PASSPHRASE);
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    expect(langAtOpen).toBe('ru');
    expect(loadLanguagePreference()).toBe('ru');
  }, 20_000);

  it.each([
    ['the language switch', () => saveLanguagePreference('en')],
    ['?lang= on this load', () => window.history.replaceState(null, '', '/?lang=en')],
  ])('is not switched to when the person chose a language in this tab: %s', async (_how, choose) => {
    choose();
    let langAtOpen = '';
    const onOpen = vi.fn(() => void (langAtOpen = i18n.language));
    renderOpen({ onOpen });
    await submit('en', { text: file }, PASSPHRASE);
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    expect(langAtOpen).toBe('en');
  }, 20_000);
});
