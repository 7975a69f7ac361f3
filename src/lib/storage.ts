// Answers live only in memory and in this tab's sessionStorage (never localStorage, never cookies).
// Everything read back is checked here by answersSchema (flows/asylum/answers.ts): what is not JSON or not
// this version is dropped whole, each answer that fails the schema is dropped alone (an unknown code after
// a deploy, a wrong type), the valid ones are kept. The machine then checks each date against today
// (sanitizeAnswers, on RESTORE), so a date that has become impossible is dropped too.
import { answersSchema, type Answers } from '../../flows/asylum/answers';
import { isLang, type Lang } from '../i18n/i18n';

export const STORAGE_KEY = 'asylum-screener';
export const LANGUAGE_KEY = 'asylum-screener-lang';
const VERSION = 1;

export interface SavedState {
  answers: Answers;
  step: string;
}

/**
 * Saved answers through answersSchema: all of them when they pass; else without each answer the schema
 * faults (FLOW.md: restored field by field, one bad answer dropped alone); nothing unless an object.
 */
export function restoreAnswers(value: unknown): Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const parsed = answersSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const faulted = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  const rest = answersSchema.safeParse(Object.fromEntries(Object.entries(value).filter(([key]) => !faulted.has(key))));
  return rest.success ? rest.data : {};
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
    return { answers: restoreAnswers(answers), step: typeof step === 'string' ? step : 'start' };
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
