// Answers live only in memory and in this tab's sessionStorage (never localStorage, never cookies).
// Everything read back is checked by the machine (RESTORE → sanitizeAnswers, flows/asylum/validation.ts):
// each answer with its question's schema (answerSchema) and each date against today, each bad answer
// dropped alone. What is not JSON or not this version is dropped here, whole.
import { isLang, type Lang } from '../i18n/i18n';

export const STORAGE_KEY = 'asylum-screener';
export const LANGUAGE_KEY = 'asylum-screener-lang';
const VERSION = 1;

export interface SavedState {
  answers: unknown;
  step: string;
  /** When the person last used the page (ms since 1970, src/lib/idle.ts); absent in states stored before it was kept. */
  lastInput?: number;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the app still works, in memory only
  }
}

export function loadState(): SavedState | null {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return null;
    const { v, answers, step, at } = data as { v?: unknown; answers?: unknown; step?: unknown; at?: unknown };
    if (v !== VERSION) return null;
    const state: SavedState = { answers, step: typeof step === 'string' ? step : 'start' };
    if (typeof at === 'number' && Number.isFinite(at)) state.lastInput = at;
    return state;
  } catch {
    return null;
  }
}

export function saveState(state: SavedState): void {
  try {
    const stored: Record<string, unknown> = { v: VERSION, answers: state.answers, step: state.step };
    if (state.lastInput !== undefined) stored.at = state.lastInput;
    storage()?.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // quota or privacy mode: keep going in memory
  }
}

/** Keeps a newer time of the last input with the stored answers (when the tab is hidden or left), if any are stored. */
export function saveLastInput(lastInput: number): void {
  const state = loadState();
  if (state) saveState({ ...state, lastInput });
}

export function loadLanguagePreference(): Lang | null {
  try {
    const value = storage()?.getItem(LANGUAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLanguagePreference(lng: Lang): void {
  try {
    storage()?.setItem(LANGUAGE_KEY, lng);
  } catch {
    // ignore
  }
}

/** Wipes everything this app keeps in the tab. */
export function clearAll(): void {
  try {
    storage()?.clear();
  } catch {
    // ignore
  }
}

/** Wipes the answers (Start again); the chosen language stays. */
export function clearAnswers(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // ignore
  }
}
