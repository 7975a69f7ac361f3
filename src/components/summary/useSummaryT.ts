import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';

const NAMESPACES = ['summary', 'translation'] as const;

/**
 * The summary's text in one language: the interface language, or a fixed `lng` for the second printed
 * copy (without changing the interface language). Dates come out in the same language.
 */
export function useSummaryT(lng?: Lang) {
  const { t, i18n } = useTranslation(NAMESPACES, lng ? { lng } : undefined);
  const lang: Lang = lng ?? (isLang(i18n.language) ? i18n.language : 'en');
  /** 'November 25, 2026' / '25 ноября 2026 г.' */
  const date = (iso: string) => formatDate(iso, lang);
  /** 'Tuesday, July 6, 2027' / 'вторник, 6 июля 2027 г.' */
  const longDate = (iso: string) => formatDate(iso, lang, { dateStyle: undefined, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  /** 'Monday, July 5' / 'понедельник, 5 июля' */
  const dayDate = (iso: string) => formatDate(iso, lang, { dateStyle: undefined, weekday: 'long', month: 'long', day: 'numeric' });
  /** 'September 2026' / 'сентябрь 2026 г.': the month a status was last seen in the sources (facts.ts STATUS_AS_OF). */
  const month = (iso: string) => formatDate(iso, lang, { dateStyle: undefined, month: 'long', year: 'numeric' });
  const money = (dollars: number) =>
    new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(dollars);
  /** Upper-cases the first letter of a sentence (Russian weekdays and months are lower case). */
  const sentence = (text: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  return { t, lang, date, longDate, dayDate, month, money, sentence };
}

export type SummaryT = ReturnType<typeof useSummaryT>;
