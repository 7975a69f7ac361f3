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
    const { v, answers, step } = data as { v?: unknown; answers?: unknown; step?: unknown };
    if (v !== VERSION) return null;
    return { answers, step: typeof step === 'string' ? step : 'start' };
  } catch {
    return null;
  }
}

export function saveState(state: { answers: unknown; step: string }): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ v: VERSION, answers: state.answers, step: state.step }));
  } catch {
    // quota or privacy mode: keep going in memory
  }
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
