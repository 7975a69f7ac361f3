// The save page (FLOW.md §5): the passphrase's checks in both languages (counted in code points), the
// messages next to the fields and in the error summary, "Make the file" working once however often it is
// pressed and holding the app busy meanwhile, then the download link, Send the file only where the browser
// can share files, Copy as text; no form where Web Crypto is missing or nothing was answered.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webcrypto } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/translation.json';
import ru from '../../locales/ru/translation.json';
import { isBusy } from '../lib/busy';
import { makeSavedFile, openSavedFile } from '../lib/savedFile';
import { useLanguage } from '../test/i18n';
import { SavePage, type SavePageProps } from './SavePage';

vi.mock('../lib/savedFile', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../lib/savedFile')>();
  return { ...actual, makeSavedFile: vi.fn(actual.makeSavedFile) };
});

const TODAY = '2026-12-06';
const ANSWERS = { location: 'in_us', minor: 'no' } as const;
const GOOD = 'purple kettle 42 rain';
const WORDS = { en, ru } as const;

const nodeCryptoIfMissing = () => {
  if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
};

const revokeObjectURL = vi.fn();
beforeEach(() => {
  nodeCryptoIfMissing();
  URL.createObjectURL = vi.fn(() => 'blob:http://localhost/file');
  URL.revokeObjectURL = revokeObjectURL;
  revokeObjectURL.mockClear();
  vi.setSystemTime(new Date('2026-12-06T10:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.mocked(makeSavedFile).mockClear();
});

function renderSave(props: Partial<SavePageProps> = {}) {
  return render(<SavePage answers={ANSWERS} step="grounds" today={TODAY} backHref="#/grounds" {...props} />);
}

async function typePassphrases(first: string, second: string) {
  const user = userEvent.setup();
  for (const [id, text] of [['passphrase', first], ['passphrase-again', second]] as const) {
    await user.click(document.getElementById(id) as HTMLElement);
    if (text) await user.paste(text);
  }
  return user;
}

/** Gives navigator members this browser lacks or that a test replaces (the clipboard, the share sheet), until the test ends. */
const stubbed: string[] = [];
function stubNavigator(members: Record<string, unknown>) {
  for (const [name, value] of Object.entries(members)) {
    Object.defineProperty(navigator, name, { value, configurable: true });
    stubbed.push(name);
  }
}
afterEach(() => {
  for (const name of stubbed.splice(0)) Reflect.deleteProperty(navigator, name);
});

/** Text as Testing Library reads it from the page (runs of white space, U+00A0 too, as one space). */
const plain = (text: string) => text.replace(/\s+/g, ' ');

for (const lang of ['en', 'ru'] as const) {
  const w = WORDS[lang];
  describe(`the passphrase's checks (${lang})`, () => {
    beforeEach(() => useLanguage(lang));

    it('has the form of FLOW.md §5: two password fields, never autocompleted, and a show/hide control', async () => {
      renderSave();
      const form = document.getElementById('save-form') as HTMLFormElement;
      for (const name of ['passphrase', 'passphrase-again']) {
        const input = form.querySelector(`input[name="${name}"]`);
        expect(input).toHaveAttribute('type', 'password');
        expect(input).toHaveAttribute('autocomplete', 'off');
      }
      expect(screen.getByRole('heading', { level: 1, name: w.save.title })).toHaveFocus();
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: w.save.show }));
      expect(form.querySelector('input[name="passphrase"]')).toHaveAttribute('type', 'text');
      expect(form.querySelector('input[name="passphrase-again"]')).toHaveAttribute('type', 'text');
      await user.click(screen.getByRole('button', { name: w.save.hide }));
      expect(form.querySelector('input[name="passphrase"]')).toHaveAttribute('type', 'password');
    });

    it('asks for both fields, next to each and in the focused error summary', async () => {
      renderSave();
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: w.save.make }));
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('link', { name: w.save.errors.passphraseRequired })).toHaveAttribute('href', '#passphrase');
      expect(within(alert).getByRole('link', { name: w.save.errors.againRequired })).toHaveAttribute('href', '#passphrase-again');
      expect(document.activeElement).toBe(alert.parentElement);
      expect(document.getElementById('passphrase-error')).toHaveTextContent(w.save.errors.passphraseRequired);
      expect(document.getElementById('passphrase-again-error')).toHaveTextContent(w.save.errors.againRequired);
      expect(document.getElementById('passphrase')).toHaveAttribute('aria-describedby', expect.stringContaining('passphrase-error'));
      expect(document.title.startsWith(w.app.errorPrefix)).toBe(true);
      expect(makeSavedFile).not.toHaveBeenCalled();
    });

    it('counts characters as code points: 11 emoji (22 UTF-16 units) are too short, and so is a decomposed é counted twice', async () => {
      const short = (lang === 'en' ? en.save.errors.passphraseShort_other : ru.save.errors.passphraseShort_many).replace('{{count}}', '12');
      renderSave();
      const user = await typePassphrases('🙂'.repeat(11), '🙂'.repeat(11));
      await user.click(screen.getByRole('button', { name: w.save.make }));
      expect(document.getElementById('passphrase-error')).toHaveTextContent(short);
      expect(within(screen.getByRole('alert')).getByRole('link', { name: short })).toBeInTheDocument();
      await user.clear(document.getElementById('passphrase') as HTMLElement);
      await user.clear(document.getElementById('passphrase-again') as HTMLElement);
      expect(document.getElementById('passphrase')).toHaveValue('');
      const decomposed = 'e\u0301'.repeat(6); // 12 code points as typed, 6 once normalized
      await typePassphrases(decomposed, decomposed);
      await user.click(screen.getByRole('button', { name: w.save.make }));
      expect(document.getElementById('passphrase-error')).toHaveTextContent(short);
      expect(makeSavedFile).not.toHaveBeenCalled();
    });

    it('says when the two differ, next to the second field', async () => {
      renderSave();
      const user = await typePassphrases(GOOD, `${GOOD}!`);
      await user.click(screen.getByRole('button', { name: w.save.make }));
      expect(document.getElementById('passphrase-again-error')).toHaveTextContent(w.save.errors.mismatch);
      expect(document.getElementById('passphrase-error')).toBeNull();
      expect(makeSavedFile).not.toHaveBeenCalled();
    });
  });
}

describe('making the file', () => {
  beforeEach(() => useLanguage('en'));

  it('works once however often it is pressed, says so, holds the app busy, then offers the download and the copy', async () => {
    let finish: (text: string) => void = () => undefined;
    vi.mocked(makeSavedFile).mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const { unmount } = renderSave({ step: 'start' });
    const user = await typePassphrases(`${'🙂'.repeat(11)}x`, `${'🙂'.repeat(11)}x`); // 12 code points
    await user.click(screen.getByRole('button', { name: en.save.make }));
    const working = screen.getByRole('button', { name: en.save.making });
    expect(working).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(en.save.makingStatus);
    expect(isBusy()).toBe(true);
    await user.click(working);
    await user.click(working);
    expect(makeSavedFile).toHaveBeenCalledTimes(1);
    // The step saved: the first open step when the page was opened over the start page.
    expect(vi.mocked(makeSavedFile).mock.calls[0]?.[0]).toEqual({ answers: ANSWERS, step: 'grounds', lang: 'en', savedOn: TODAY });
    await act(() => {
      finish('{"f":"sa"}');
      return Promise.resolve();
    });
    expect(isBusy()).toBe(false);
    expect(screen.getByRole('heading', { level: 2, name: en.save.readyTitle })).toHaveFocus();
    const link = screen.getByRole('link', { name: en.save.download });
    expect(link).toHaveAttribute('download', 'notes-2026-12-06.txt');
    expect(link).toHaveAttribute('href', 'blob:http://localhost/file');
    expect(screen.getByText(en.save.downloadCheck.replace('{{name}}', 'notes\u20112026\u201112\u201106.txt'))).toBeInTheDocument();
    expect(screen.queryByText(/saved/i)).toBeNull();
    // jsdom cannot share files: no Send button.
    expect(screen.queryByRole('button', { name: en.save.share })).toBeNull();
    unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/file');
  });

  it('makes a real file the format opens with the same passphrase; Copy as text copies that one line', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    renderSave();
    const user = await typePassphrases(GOOD, GOOD);
    await user.click(screen.getByRole('button', { name: en.save.make }));
    await screen.findByRole('heading', { level: 2, name: en.save.readyTitle }, { timeout: 15_000 });
    stubNavigator({ clipboard: { writeText } }); // after userEvent.setup(), which puts its own clipboard in place
    await user.click(screen.getByRole('button', { name: en.save.copy }));
    expect(await screen.findByText(en.save.copied)).toBeInTheDocument();
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(await openSavedFile(text, GOOD, TODAY)).toMatchObject({ ok: true, answers: ANSWERS, step: 'grounds', lang: 'en', savedOn: TODAY });
  }, 20_000);

  it('shows the text to copy by hand when the clipboard refuses; Send the file where the browser can share files', async () => {
    vi.mocked(makeSavedFile).mockResolvedValueOnce('{"f":"sa","v":1}');
    const share = vi.fn(() => Promise.resolve());
    const canShare = vi.fn((data?: ShareData) => (data?.files?.length ?? 0) > 0);
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    stubNavigator({ share, canShare });
    renderSave();
    const user = await typePassphrases(GOOD, GOOD);
    stubNavigator({ clipboard: { writeText } }); // after userEvent.setup(), which puts its own clipboard in place
    await user.click(screen.getByRole('button', { name: en.save.make }));
    await user.click(await screen.findByRole('button', { name: en.save.share }));
    const shared = (share.mock.calls[0] as unknown as [ShareData])[0].files?.[0];
    expect(shared?.name).toBe('notes-2026-12-06.txt');
    expect(shared?.type).toBe('text/plain');
    await user.click(screen.getByRole('button', { name: en.save.copy }));
    expect(await screen.findByText(en.save.copyFailed)).toBeInTheDocument();
    expect(screen.getByLabelText(en.save.textLabel)).toHaveValue('{"f":"sa","v":1}');
  });
});

describe('where no file can be made', () => {
  beforeEach(() => useLanguage('ru'));

  it('says why and offers nothing where Web Crypto is missing (an insecure origin)', () => {
    vi.stubGlobal('crypto', {});
    renderSave();
    expect(screen.getByText(plain(ru.save.noCrypto))).toBeInTheDocument();
    expect(document.getElementById('save-form')).toBeNull();
  });

  it('says there is nothing to save before any answer', () => {
    renderSave({ answers: {} });
    expect(screen.getByText(plain(ru.save.nothing))).toBeInTheDocument();
    expect(document.getElementById('save-form')).toBeNull();
  });
});
