// Russian that protects (issue 14, ../shared/TERMS.md): one Russian term for each legal idea, everywhere.
// Our readers decide what to do from single words, so this test fails on
//   1. a term TERMS.md rules out (e.g. «юрист», «заверенный перевод», «ВНЖ», bare «повестка», «адвокат ICE»,
//      «сводка», a bare «пароль» that is not parole), some only where they mislead (a question, a key);
//   2. a plain space before «—» in Russian (the dash could start a line on a phone), and the rest of TERMS
//      typography: U+00A0 after one-letter words and between a number and its word, U+2011 in form numbers;
//   3. a {{placeholder}} before a counted Russian noun in a key without plural forms («через {{apply}} дней»
//      is wrong for 151 or 2), or a digit whose noun does not agree with it («5 дня»);
//   4. an English legal term in a Russian value without its Russian term beside it;
//   5. a date placeholder before a full stop in Russian («…2026 г..»).
// Every message names the file, the key and the offending text. Each check is also run below on a
// synthetic broken value, so a check that has stopped finding anything cannot pass unnoticed.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

interface Json {
  [key: string]: Json | string;
}

/** One locale value: `ru/summary.json` › `flags.bar_crime`. */
interface Entry {
  lng: string;
  file: string;
  key: string;
  value: string;
}

const LOCALES_DIR = dirname(fileURLToPath(import.meta.url));

function flatten(obj: Json, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value]] : flatten(value, path);
  });
}

function entriesOf(lng: string): Entry[] {
  return readdirSync(join(LOCALES_DIR, lng))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const json = JSON.parse(readFileSync(join(LOCALES_DIR, lng, file), 'utf8')) as Json;
      return flatten(json).map(([key, value]) => ({ lng, file, key, value }));
    });
}

/** How a problem is reported: `ru/summary.json › flags.bar_crime: «…»`. */
const where = (e: Entry) => `${e.lng}/${e.file} › ${e.key}`;
/** `summary:flags.bar_crime`, the form the allow-lists use. */
const id = (e: Entry) => `${e.file.replace(/\.json$/, '')}:${e.key}`;

/** A few characters of context around a match, so the message shows the offending text. */
function excerpt(value: string, index: number, length: number): string {
  const start = Math.max(0, index - 25);
  const end = Math.min(value.length, index + length + 25);
  return `${start > 0 ? '…' : ''}${value.slice(start, end)}${end < value.length ? '…' : ''}`.replace(/\u00a0/g, '⍽');
}

// Word boundaries that work with Cyrillic (JS \b does not).
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const word = (source: string, flags = 'giu') => new RegExp(`${B}(?:${source})${E}`, flags);

// ---------------------------------------------------------------------------------------------------
// 1. Terms that TERMS.md rules out
// ---------------------------------------------------------------------------------------------------

interface Banned {
  pattern: RegExp;
  /** What to write instead, and why (shown in the message). */
  instead: string;
  /** Keys (`file:key`) where the term is there on purpose, e.g. to warn about it. */
  allowIn?: readonly string[];
  /** Only these values are checked (the term misleads there, e.g. in a question), when given. */
  onlyIn?: (e: Entry) => boolean;
  /** A match that is fine after all, judged from the value around it. */
  unless?: (value: string, index: number, length: number) => boolean;
}

/**
 * The glossary's own warning about notaries and consultants names the people it warns about
 * («иммиграционный юрист» without a licence, a bare «нотариус»): that, and only that, may use them.
 */
const NOTARIO_WARNING = ['glossary:terms.notario.term', 'glossary:terms.notario.definition'];
/** The summary's scam warning names the unlicensed «иммиграционные юристы» it warns about. */
const SCAM_WARNINGS = [...NOTARIO_WARNING, 'summary:summary.lawyers.scams'];

/** A question the reader answers (its title, hint, options, details and errors): where one word decides the answer. */
const inQuestion = (e: Entry) => e.file === 'translation.json' && /^(questions|errors|whyWeAsk)\./.test(e.key);

/** Number words («пяти», «тридцати», «два»…), which TERMS.md replaces with digits before a counted noun. */
const NUMBER_WORD =
  '(?:дв(?:а|е|ух|ум|умя)|тр(?:и|[её]х|[её]м|емя)|четыр(?:е|[её]х|[её]м|ьмя)|пят(?:ь|и|ью)|шест(?:ь|и|ью)|сем(?:ь|и|ью)|восем(?:ь|ью)|восьми|девят(?:ь|и|ью)|десят(?:ь|и|ью)|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат(?:ь|и|ью)|двадцат(?:ь|и|ью)|тридцат(?:ь|и|ью)|сорок(?:а)?|пят(?:ь|и)десят(?:и)?|шест(?:ь|и)десят(?:и)?|девяност(?:о|а)|ст(?:о|а))';
/** Counted nouns in any form that may follow a number. */
const COUNTED_ANY = '(?:дн(?:я|ей|ям|ях)|день|год(?:а|у|ам)?|лет|месяц(?:а|ев|ам)?|недел(?:я|и|ь|ям)|раз(?:а)?|минут(?:а|ы|ам)?|час(?:а|ов)?|секунд(?:а|ы)?|сут(?:ки|ок)|заседани(?:е|я|й))';

const BANNED_RU: readonly Banned[] = [
  { pattern: word('юрист\\p{L}*'), instead: '«адвокат» or «адвокат или аккредитованный представитель»: «юрист» is any law graduate, incl. unlicensed consultants', allowIn: SCAM_WARNINGS },
  { pattern: word('заверенн\\p{L}*\\s+перевод\\p{L}*|перевод\\p{L}*\\s+заверенн\\p{L}*'), instead: '«перевод на английский с подписанным заявлением переводчика (certified translation)»: «заверенный» means a notary in Russia' },
  { pattern: word('удостоверени\\p{L}*[\\s\\u00a0]+переводчик\\p{L}*'), instead: '«подписанное заявление переводчика (certified translation)»: «удостоверение» reads as an ID card and sends people to paid agencies' },
  { pattern: word('закаж\\p{L}*|заказ\\p{L}*[\\s\\u00a0]+перевод\\p{L}*'), instead: '«Подготовьте» («Закажите» pushes toward paying someone)' },
  { pattern: word('политическ\\p{L}*\\s+убежищ\\p{L}*'), instead: '«убежище» as the general term' },
  { pattern: word('обоснованн\\p{L}*[\\s\\u00a0]+страх\\p{L}*(?=[^.]*(?:достоверн|credible))'), instead: '«собеседование о достоверности страха» for the credible fear interview («обоснованный страх» is well-founded fear)' },
  { pattern: word('шанс\\p{L}*'), instead: '«вероятность» (a «шанс» of persecution sounds hopeful)' },
  { pattern: word('пароул\\p{L}*'), instead: '«пароль (parole)», «гуманитарный пароль»: «пароул» is a word no reader has seen' },
  {
    // «пароль» is parole here (a passphrase is «кодовая фраза»): only with «(parole)» near it or as «гуманитарный пароль».
    pattern: word('парол(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)'),
    instead: '«пароль (parole)» or «гуманитарный пароль»; a bare «пароль» reads "password" (for a passphrase say «кодовая фраза»)',
    allowIn: ['glossary:terms.parole.term'],
    unless: (value, index, length) =>
      /гуманитарн\p{L}*[\s\u00a0]+(?:<[^>]+>)?$/iu.test(value.slice(0, index)) || /\bparole\b/i.test(value.slice(Math.max(0, index - BESIDE), index + length + BESIDE)),
  },
  { pattern: word('препятстви\\p{L}*[\\s\\u00a0]+для[\\s\\u00a0]+убежищ\\p{L}*'), instead: '«препятствия к получению убежища»' },
  { pattern: word('закр\\p{L}*[\\s\\u00a0]+(?:\\p{L}+[\\s\\u00a0]+)?пут\\p{L}*|пут\\p{L}*[\\s\\u00a0]+к[\\s\\u00a0]+убежищ\\p{L}*[\\s\\u00a0]+закрыт\\p{L}*'), instead: '«препятствие к получению убежища», «могут отказать в убежище»' },
  { pattern: new RegExp(`(?<!определённ\\p{L}*[\\s\\u00a0]+)${B}социальн\\p{L}*[\\s\\u00a0]+групп\\p{L}*`, 'giu'), instead: '«определённая социальная группа» (particular social group)' },
  { pattern: word('пункт\\p{L}*[\\s\\u00a0]+въезда'), instead: '«пункт пропуска» (port of entry)' },
  {
    // «сам по себе» is fine as "by itself"; about a child it is not the legal test.
    pattern: word('без[\\s\\u00a0]+взрослых|(?:ребён|ребен|дет)\\p{L}*[^.]{0,40}?сам\\p{L}*[\\s\\u00a0]+по[\\s\\u00a0]+себе'),
    instead: '«ребёнок без родителей или опекуна»: the legal test is no parent or legal guardian in the U.S.',
  },
  { pattern: word('вы[\\s\\u00a0]+(?:—[\\s\\u00a0]+)?ребён\\p{L}*'), instead: '«Вам меньше 18 лет, и вы в США (или на границе) без родителей или опекуна?»: a 16-year-old does not call themself «ребёнок», and «ребёнок без родителей» reads "orphan"' },
  { pattern: /\(несопровождаем\p{L}*[^()]*,/giu, instead: '«ребёнок без родителей или опекуна (unaccompanied child)»: one name in the brackets, not two' },
  { pattern: word('национальност\\p{L}*(?![\\s\\u00a0]*\\(этническ)'), instead: '«национальность (этническое происхождение) или гражданство»: «национальность» alone reads as ethnicity only' },
  { pattern: word('ВНЖ', 'gu'), instead: '«постоянный вид на жительство (ПМЖ)»: «ВНЖ» includes temporary permits' },
  { pattern: word('осуждени\\p{L}*'), instead: '«вас осудили (обвинительный приговор)»; «осуждение» is also "disapproval"' },
  {
    pattern: word('судимост\\p{L}*(?![\\s\\u00a0]+(?:снят|погаш))'),
    instead: '«вас осудили (обвинительный приговор)» with «в любой стране» and «даже если судимость снята или погашена»: a spent «судимость» is «не судим» in Russia, but U.S. law still counts it',
    onlyIn: inQuestion,
  },
  { pattern: word('тяжк\\p{L}*'), instead: '«серьёзное преступление»: «тяжкое» is a fixed category of the Russian Criminal Code' },
  { pattern: word('нотариус\\p{L}*(?![\\s\\u00a0]+в[\\s\\u00a0]+США)'), instead: '«нотариус в США (notary public)»: a bare «нотариус» is a senior lawyer in Russia', allowIn: NOTARIO_WARNING },
  { pattern: word('адвокат\\p{L}*[\\s\\u00a0]+(?:ICE|DHS|правительств\\p{L}*|государств\\p{L}*|власт\\p{L}*|обвинени\\p{L}*)'), instead: '«прокурор ICE, который представляет в суде правительство (DHS)»: in Russian «адвокат» is always your own defender' },
  {
    pattern: word('тюр(?:ьм|ем)\\p{L}*|под[\\s\\u00a0]+страж\\p{L}*'),
    instead: '«иммиграционное задержание», «центр содержания иммигрантов (detention)»: «тюрьма», «под стражей» are criminal-case words (only the glossary’s persecution in Russia may say «тюрьма»)',
    allowIn: ['glossary:terms.persecution.definition'],
  },
  {
    pattern: word('сводк\\p{L}*'),
    instead: '«итоги» (one name for the result page: «Итоги проверки», «покажите итоги проверки адвокату»)',
  },
  {
    pattern: word(`${NUMBER_WORD}[\\s\\u00a0]+${COUNTED_ANY}`),
    instead: 'digits («30 дней», «2 раза»): digits scan faster than «тридцати дней»',
  },
  { pattern: word('повестк\\p{L}*(?![\\s\\u00a0]+(?:в[\\s\\u00a0]+иммиграционный[\\s\\u00a0]+суд|из[\\s\\u00a0]+военкомата|о[\\s\\u00a0]+призыве))'), instead: '«повестка в иммиграционный суд (Notice to Appear, NTA)»; a bare «повестка» is also a military call-up (say «повестка из военкомата» for that)' },
  { pattern: word('проверк\\p{L}*[\\s\\u00a0]+на[\\s\\u00a0]+(?:\\{\\{[^}]*\\}\\}|убежищ\\p{L}*)'), instead: '«дата проверки: {{date}}» / «сведения на {{date}}»: «проверка на» reads "a test for"' },
  { pattern: /\(на[\s\u00a0]+\{\{/g, instead: '«(сведения на {{date}})»' },
  { pattern: word('откажут'), instead: '«могут отказать»: a result is never a verdict' },
  { pattern: word('должн\\p{L}*[\\s\\u00a0]+провести'), instead: '«обычно проводит», «может провести»' },
  { pattern: word('оценит'), instead: '«адвокат может сказать»' },
];

/** The English the issue rules out (item 4): not the legal test, or not what we mean. */
const BANNED_EN: readonly Banned[] = [
  { pattern: /\bnon-?binding\b/gi, instead: '"has no legal effect and is not a decision on your case" ("non-binding" can mean "no commitment")' },
  { pattern: /\bon (?:their|your|his|her) own\b/gi, instead: '"no parent or legal guardian in the U.S. who can care for you" (the legal test)' },
  { pattern: /\bofficial lists\b/gi, instead: '"lists of lawyers and legal-aid groups" (not all of them are official)' },
];

function bannedTerms(entries: readonly Entry[], rules: readonly Banned[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    for (const rule of rules) {
      if (rule.allowIn?.includes(id(e))) continue;
      if (rule.onlyIn && !rule.onlyIn(e)) continue;
      for (const m of e.value.matchAll(rule.pattern)) {
        if (rule.unless?.(e.value, m.index, m[0].length)) continue;
        problems.push(`${where(e)}: «${excerpt(e.value, m.index, m[0].length)}» — use ${rule.instead}`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// 2. A plain space before «—»
// ---------------------------------------------------------------------------------------------------

function plainSpaceBeforeDash(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) => [...e.value.matchAll(/[ \t\n]—/g)].map((m) => `${where(e)}: plain space before «—» in «${excerpt(e.value, m.index, 2)}» (use U+00A0)`));
}

// ---------------------------------------------------------------------------------------------------
// 3. A number before a counted noun, in a key without plural forms
// ---------------------------------------------------------------------------------------------------

/** Counted nouns in the forms that follow a number (1 день, 2 дня, 5 дней…), each with the numbers it agrees with. */
const NOUN_FORMS: Readonly<Record<string, readonly NumberClass[]>> = {
  день: ['one'], дня: ['few'], дней: ['many'],
  год: ['one'], года: ['few'], году: ['one'], лет: ['many'],
  месяц: ['one'], месяца: ['few'], месяцев: ['many'],
  неделя: ['one'], недели: ['few'], недель: ['many'],
  раз: ['one', 'many'], раза: ['few'],
  минута: ['one'], минуты: ['few'], минут: ['many'],
  час: ['one'], часа: ['few'], часов: ['many'],
  секунда: ['one'], секунды: ['few'], секунд: ['many'],
  доллар: ['one'], доллара: ['few'], долларов: ['many'],
  сутки: ['one', 'few'], суток: ['many'],
  человек: ['many'], человека: ['few'],
  заседание: ['one'], заседания: ['few'], заседаний: ['many'],
  документ: ['one'], документа: ['few'], документов: ['many'],
  страница: ['one'], страницы: ['few'], страниц: ['many'],
  цифра: ['one'], цифры: ['few'], цифр: ['many'],
};
type NumberClass = 'one' | 'few' | 'many';
/** 1, 21 → one; 2–4, 22 → few; 5–20, 25 → many (the Russian rule). */
function numberClass(n: number): NumberClass {
  if (n % 10 === 1 && n % 100 !== 11) return 'one';
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 'few';
  return 'many';
}
/**
 * The forms a number may take, in any case: «21 день» and «до 21 года» (one), «2 дня» and «меньше 2 месяцев»
 * (few), «5 дней» (many); never «1 дней», «2 день» or «5 дня».
 */
const AGREES: Readonly<Record<NumberClass, readonly NumberClass[]>> = { one: ['one', 'few'], few: ['few', 'many'], many: ['many'] };
/** A digit run or a placeholder, then (after spaces only) a counted noun. «{{grant}}-й день» is an ordinal. */
const NUMBER_BEFORE_NOUN = new RegExp(`(\\d+|\\{\\{[^}]+\\}\\})[\\s\\u00a0]*(${Object.keys(NOUN_FORMS).join('|')})${E}`, 'giu');
/** A calendar year, not a count: «в 2025 году», «1 января 1900 года», «2023–2025 годов». */
const YEAR_DATE = /^(1[89]|2[01])\d\d$/;
const PLURAL_KEY = /_(zero|one|two|few|many|other)$/;

/**
 * A {{placeholder}} before a counted noun outside a plural key (the number is only known at run time), and a
 * digit whose noun does not agree with it. Digits themselves are right: TERMS.md writes «30 дней», not «тридцати».
 */
function countsWithoutPlural(entries: readonly Entry[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    if (PLURAL_KEY.test(e.key)) continue;
    for (const m of e.value.matchAll(NUMBER_BEFORE_NOUN)) {
      const [text, number = '', noun = ''] = m;
      if (YEAR_DATE.test(number) && /^год/i.test(noun)) continue;
      if (number.startsWith('{{')) {
        problems.push(`${where(e)}: «${excerpt(e.value, m.index, text.length)}» — a number before «${noun}» needs a plural key (_one/_few/_many/_other with {{count}})`);
        continue;
      }
      const forms = NOUN_FORMS[noun.toLowerCase()] ?? [];
      const fits = AGREES[numberClass(Number(number))].some((c) => forms.includes(c));
      if (!fits) problems.push(`${where(e)}: «${excerpt(e.value, m.index, text.length)}» — «${noun}» does not agree with ${number}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// 3a. TERMS typography beyond the dash
// ---------------------------------------------------------------------------------------------------

const TYPOGRAPHY_RU: readonly Banned[] = [
  { pattern: /(?<![\p{L}\p{N}])[вскоуиаВСКОУИА] /gu, instead: 'U+00A0 after a one-letter preposition or conjunction (в, с, к, о, у, и, а), so it never ends a line' },
  {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}.\\-\\u2011])\\d+ (?:${Object.keys(NOUN_FORMS).join('|')}|%)${E}`, 'gu'),
    instead: 'U+00A0 between a number and its word («18 лет», «30 дней», «50 %»)',
  },
  {
    pattern: /(?<![\p{L}\p{N}])(?:(?:I|AR|EOIR|G)-\d+|A-номер\p{L}*)/gu,
    instead: 'U+2011 (non-breaking hyphen) in a form number: «I‑589», «AR‑11», «EOIR‑33» (phone numbers keep their hyphens)',
  },
];

// ---------------------------------------------------------------------------------------------------
// 4. An English term in a Russian value without its Russian term beside it
// ---------------------------------------------------------------------------------------------------

/** English term (as it may appear in a Russian value) → the Russian term that must stand beside it. */
const ENGLISH_TERMS: readonly { english: RegExp; russian: RegExp; term: string }[] = [
  { english: /(?<!affirmative |defensive )\basylum\b(?! office)/gi, russian: /убежищ/i, term: '«убежище»' },
  { english: /\bparole\b/gi, russian: /(?<!\p{L})парол(?:ь|я|ю|ем|е)(?!\p{L})/iu, term: '«пароль»' },
  { english: /\bNotice to Appear\b|\bNTA\b/g, russian: /повестк\p{L}*[\s\u00a0]+в[\s\u00a0]+иммиграционный[\s\u00a0]+суд|иммиграционн\p{L}*[\s\u00a0]+суд/iu, term: '«повестка в иммиграционный суд»' },
  { english: /\bcertified translations?\b/gi, russian: /заявлени\p{L}*[\s\u00a0]+переводчика/iu, term: '«с подписанным заявлением переводчика»' },
  { english: /\bwithholding of removal\b/gi, russian: /запрет\p{L}*[\s\u00a0]+высылки/iu, term: '«запрет высылки»' },
  { english: /\bConvention Against Torture\b|\bCAT\b/g, russian: /Конвенци\p{L}*[\s\u00a0]+против[\s\u00a0]+пыток/iu, term: '«Конвенция против пыток»' },
  { english: /\bcredible fear\b/gi, russian: /достоверност\p{L}*[\s\u00a0]+страха|достоверн\p{L}*[\s\u00a0]+страх/iu, term: '«собеседование о достоверности страха»' },
  { english: /\bwell-founded fear\b/gi, russian: /обоснованн\p{L}*[\s\u00a0]+страх/iu, term: '«обоснованный страх»' },
  { english: /\bremoval proceedings\b|\bremoval order\b|\bexpedited removal\b/gi, russian: /высылк/i, term: '«высылка»' },
  { english: /\bimmigration judge\b/gi, russian: /иммиграционн\p{L}*[\s\u00a0]+судь/iu, term: '«иммиграционный судья»' },
  { english: /\basylum officers?\b|\basylum office\b/gi, russian: /по[\s\u00a0]+убежищу/iu, term: '«сотрудник по убежищу» / «офис по убежищу»' },
  { english: /\bparticular social group\b/gi, russian: /определённ\p{L}*[\s\u00a0]+социальн/iu, term: '«определённая социальная группа»' },
  { english: /\bone-year (?:filing )?deadline\b/gi, russian: /годичн/i, term: '«годичный срок»' },
  { english: /\bbars? to asylum\b|\bbars\b/gi, russian: /препятстви\p{L}*[\s\u00a0]+к[\s\u00a0]+получению[\s\u00a0]+убежища/iu, term: '«препятствия к получению убежища»' },
  { english: /\bport of entry\b/gi, russian: /пункт\p{L}*[\s\u00a0]+пропуска/iu, term: '«пункт пропуска»' },
  { english: /\bunaccompanied (?:child|minor)\b/gi, russian: /без[\s\u00a0]+родителей[\s\u00a0]+или[\s\u00a0]+(?:законного[\s\u00a0]+)?опекуна|несопровождаем/iu, term: '«ребёнок без родителей или опекуна»' },
  { english: /\bfirm resettlement\b/gi, russian: /прочн\p{L}*[\s\u00a0]+обустройств/iu, term: '«прочное обустройство»' },
  { english: /\bSafe Third Country\b/gi, russian: /безопасн\p{L}*[\s\u00a0]+третьей[\s\u00a0]+стран/iu, term: '«безопасная третья страна»' },
  { english: /\b(?:DOJ-)?accredited representatives?\b/gi, russian: /аккредитованн/i, term: '«аккредитованный представитель»' },
  { english: /\battorney\b|\blawyer\b/gi, russian: /адвокат/i, term: '«адвокат»' },
  { english: /\bnotary public\b/gi, russian: /нотариус[\s\u00a0]+в[\s\u00a0]+США/iu, term: '«нотариус в США»' },
  { english: /\bchanged (?:\/ extraordinary )?circumstances\b/gi, russian: /изменивш/i, term: '«изменившиеся обстоятельства»' },
  { english: /\bextraordinary circumstances\b/gi, russian: /чрезвычайн/i, term: '«чрезвычайные обстоятельства»' },
  { english: /\bpersecution\b/gi, russian: /преследовани/i, term: '«преследование»' },
  { english: /\baffirmative\b/gi, russian: /USCIS/, term: '«подача в USCIS»' },
  { english: /\bdefensive\b/gi, russian: /иммиграционн\p{L}*[\s\u00a0]+суд/iu, term: '«подача в иммиграционном суде»' },
];
/** How near the Russian term must stand to the English one (in characters, either side). */
const BESIDE = 90;
/** Russian values that may hold English alone: the app's name, the glossary's English column, the other language's name. */
const ENGLISH_ALLOWED: readonly RegExp[] = [/^translation:app\.name$/, /^translation:language\.switchTo$/, /^glossary:terms\.[a-z_]+\.english$/];
/** Names that contain an English term but are not one: the product, and the titles of sources we link. */
const NAMES = /Asylum Screener|Obtaining Asylum in the United States|Immigration Advocates Network|AILA[^(]*|Find Legal Services/g;

function englishWithoutRussian(entries: readonly Entry[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    if (ENGLISH_ALLOWED.some((re) => re.test(id(e)))) continue;
    const value = e.value.replace(NAMES, (name) => ' '.repeat(name.length));
    for (const { english, russian, term } of ENGLISH_TERMS) {
      for (const m of value.matchAll(english)) {
        const around = value.slice(Math.max(0, m.index - BESIDE), m.index + m[0].length + BESIDE);
        if (!russian.test(around)) problems.push(`${where(e)}: «${excerpt(e.value, m.index, m[0].length)}» — English "${m[0]}" without ${term} beside it`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// 5. A Russian date before a full stop: «…25 ноября 2026 г..»
// ---------------------------------------------------------------------------------------------------

/** Placeholders the summary fills with a date; in Russian a date ends in «г.», so no full stop may follow. */
const DATE_PLACEHOLDER = /\{\{(?:date|asOf|since|from|to|vacated|arrival|start)\}\}\./g;

function dateBeforeFullStop(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) => [...e.value.matchAll(DATE_PLACEHOLDER)].map((m) => `${where(e)}: «${excerpt(e.value, m.index, m[0].length)}» — a Russian date ends in «г.»: rephrase so no full stop follows it`));
}

// ---------------------------------------------------------------------------------------------------
// The checks on synthetic broken values (each must find its mistake)
// ---------------------------------------------------------------------------------------------------

const fake = (value: string, key = 'x.y', file = 'summary.json'): Entry => ({ lng: 'ru', file, key, value });

describe('terms checks (synthetic data)', () => {
  it('bannedTerms finds a ruled-out term and names file, key and text; allows the notario warning by key only', () => {
    const problems = bannedTerms([fake('Поговорите с юристом.', 'next.lawyer')], BANNED_RU);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ru\/summary\.json › next\.lawyer: «Поговорите с юристом\.»/);
    expect(bannedTerms([fake('«иммиграционный юрист» без лицензии', 'terms.notario.definition', 'glossary.json')], BANNED_RU)).toEqual([]);
    expect(bannedTerms([fake('«иммиграционных юристов» без лицензии адвоката', 'summary.lawyers.scams')], BANNED_RU)).toEqual([]);
    expect(bannedTerms([fake('«иммиграционный юрист» без лицензии', 'terms.pro_bono.definition', 'glossary.json')], BANNED_RU)).toHaveLength(1);
    for (const bad of [
      'заверенный перевод',
      'по пароулу',
      'Осуждение за тяжкое преступление',
      'другая социальная группа',
      'в пункте въезда',
      'ребёнок без взрослых',
      'дети, которые в США сами по себе',
      'Этническое происхождение или национальность',
      'ВНЖ',
      'Повестка пришла',
      'Проверка на {{date}}',
      'правило (на {{asOf}})',
      'скорее всего, откажут',
      'адвокат оценит',
      // Issue 20 (the native review and TERMS.md as updated):
      'передаёте копию адвокатам ICE (DHS)',
      'адвокаты правительства',
      'с подписанным удостоверением переводчика',
      'Закажите переводы',
      'пароул (parole)',
      'Введите пароль',
      'Вас впустили по паролю.',
      'покажите эту сводку адвокату',
      'обычно сначала задерживают и содержат под стражей',
      'могут держать в тюрьме',
      'в течение тридцати дней',
      'Нажмите Shift ещё два раза',
      'около пяти минут',
      'меньше двух лет назад',
      'Вы ребёнок без родителей или опекуна в США?',
      'ребёнок без родителей или опекуна (несопровождаемый ребёнок, unaccompanied child)',
    ]) {
      expect(bannedTerms([fake(bad)], BANNED_RU), bad).not.toEqual([]);
    }
    for (const good of [
      'перевод на английский с подписанным заявлением переводчика (certified translation)',
      'Подготовьте переводы',
      'определённая социальная группа',
      'повестка в иммиграционный суд',
      'повестки из военкомата',
      'нотариус в США',
      'дата проверки: {{date}}',
      'могут отказать',
      'Обвинительный приговор за серьёзное преступление',
      'юридическая помощь',
      'сам по себе отказ от службы',
      'национальность (этническое происхождение) или гражданство',
      'передаёте копию другой стороне — прокурору ICE, который представляет в суде правительство (DHS)',
      'срок пароля (parole) или TPS',
      '<parole>Гуманитарный пароль</parole> даёт',
      'покажите итоги проверки адвокату',
      'обычно сначала помещают в иммиграционный центр содержания (detention)',
      'в течение 30 дней; ещё 2 раза; около 5 минут',
      'Вам меньше 18 лет, и вы в США (или на границе) без родителей или опекуна?',
      'ребёнок без родителей или опекуна (unaccompanied child)',
      'введите кодовую фразу',
    ]) {
      expect(bannedTerms([fake(good)], BANNED_RU), good).toEqual([]);
    }
    expect(bannedTerms([{ ...fake('A free, non-binding check.'), lng: 'en' }], BANNED_EN)).toHaveLength(1);
  });

  it('bannedTerms scopes a term to where it misleads: «судимость» alone in a question, «тюрьма» outside the glossary’s persecution', () => {
    expect(bannedTerms([fake('Судимость за серьёзное преступление', 'questions.bars.options.crime', 'translation.json')], BANNED_RU)).toHaveLength(1);
    expect(bannedTerms([fake('Есть ли у вас судимость?', 'errors.bars.required', 'translation.json')], BANNED_RU)).toHaveLength(1);
    expect(bannedTerms([fake('Приговор считается, даже если судимость снята или погашена.', 'questions.bars.hint', 'translation.json')], BANNED_RU)).toEqual([]);
    expect(bannedTerms([fake('Судимость за серьёзное преступление', 'flags.bar_crime')], BANNED_RU)).toEqual([]);
    expect(bannedTerms([fake('например, тюрьма, избиения, пытки', 'terms.persecution.definition', 'glossary.json')], BANNED_RU)).toEqual([]);
    expect(bannedTerms([fake('например, тюрьма, избиения, пытки', 'terms.withholding.definition', 'glossary.json')], BANNED_RU)).toHaveLength(1);
    // The glossary's heading «Пароль» stands beside its "(parole)"; a bare «Пароль» anywhere else does not.
    expect(bannedTerms([fake('Пароль', 'terms.parole.term', 'glossary.json')], BANNED_RU)).toEqual([]);
    expect(bannedTerms([fake('Пароль', 'terms.asylum.term', 'glossary.json')], BANNED_RU)).toHaveLength(1);
  });

  it('the TERMS typography checks find a plain space after «в», before a counted word, and a plain hyphen in a form number', () => {
    for (const bad of ['Включите его в настройках', 'меньше 18 лет', 'больше 50 %', 'форма I-589', 'по вашему A-номеру', 'форма EOIR-33']) {
      expect(bannedTerms([fake(bad)], TYPOGRAPHY_RU), bad).not.toEqual([]);
    }
    for (const good of ['Включите его в\u00a0настройках', 'меньше 18\u00a0лет', 'форма I\u2011589', 'по телефону 1-800-898-7180', 'ст.\u00a0207.3 или 280.3 УК', 'например 27 3 2025', 'Asylum Screener']) {
      expect(bannedTerms([fake(good)], TYPOGRAPHY_RU), good).toEqual([]);
    }
  });

  it('plainSpaceBeforeDash finds a plain space, not U+00A0', () => {
    expect(plainSpaceBeforeDash([fake('Сегодня — последний день.')])).toEqual(['ru/summary.json › x.y: plain space before «—» in «Сегодня — последний день.» (use U+00A0)']);
    expect(plainSpaceBeforeDash([fake('Сегодня\u00a0— последний день.'), fake('—')])).toEqual([]);
  });

  it('countsWithoutPlural finds a placeholder before a counted noun outside a plural key, and a digit its noun does not agree with', () => {
    expect(countsWithoutPlural([fake('через {{apply}} дней', 'next.workPermit')])).toEqual([
      'ru/summary.json › next.workPermit: «через {{apply}} дней» — a number before «дней» needs a plural key (_one/_few/_many/_other with {{count}})',
    ]);
    expect(countsWithoutPlural([fake('через {{count}} дней', 'next.workPermit_many')])).toEqual([]);
    for (const bad of ['через 5\u00a0дня', '2\u00a0день', '11\u00a0день', '1\u00a0дней', 'до 21\u00a0лет', 'меньше 19\u00a0года', 'в течение 30\u00a0дня']) {
      expect(countsWithoutPlural([fake(bad)]), bad).toHaveLength(1);
    }
    expect(countsWithoutPlural([fake('через 5\u00a0дня')])[0]).toMatch(/«дня» does not agree with 5$/);
    // Digits are what TERMS.md asks for; any case a number governs is fine.
    expect(
      countsWithoutPlural([
        fake('нажмите 3\u00a0раза; 1\u00a0раз; около 5\u00a0минут; меньше 2\u00a0месяцев; в течение 30\u00a0дней; 21\u00a0день; до 21\u00a0года; меньше 18\u00a0лет; 4\u00a0цифры'),
        fake('с 2025 года; 1 января 1900 года; 2023–2025 годов; на {{grant}}-й день'),
      ]),
    ).toEqual([]);
  });

  it('dateBeforeFullStop finds a date placeholder that ends a Russian sentence', () => {
    expect(dateBeforeFullStop([fake('Правила сверялись {{date}}.')])).toHaveLength(1);
    expect(dateBeforeFullStop([fake('Дата проверки: {{date}}'), fake('(сведения на {{asOf}}).'), fake('Осталось {{count}} дня.')])).toEqual([]);
  });

  it('englishWithoutRussian finds an English term with no Russian term near it', () => {
    expect(englishWithoutRussian([fake('Подайте на asylum как можно скорее.')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('Вас впустили по parole.')])[0]).toMatch(/^ru\/summary\.json › x\.y: «Вас впустили по parole\.» — English "parole" without «пароль»/);
    expect(englishWithoutRussian([fake('Вас впустили по пароулу (parole).')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('Перевод с подписанным удостоверением переводчика (certified translation).')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('Получите certified translation.')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('Если пришёл Notice to Appear, идите к адвокату.')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('убежище (asylum); пароль (parole); перевод с подписанным заявлением переводчика (certified translation); повестка в иммиграционный суд (Notice to Appear, NTA)')])).toEqual([]);
    expect(englishWithoutRussian([fake('Asylum Screener — Не юридическая консультация')])).toEqual([]);
    expect(englishWithoutRussian([fake('asylum', 'terms.asylum.english', 'glossary.json')])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The locale files
// ---------------------------------------------------------------------------------------------------

describe('locale files follow TERMS.md', () => {
  const ru = entriesOf('ru');
  const en = entriesOf('en');

  it('the files were read (so the checks cannot pass by finding nothing)', () => {
    expect(ru.length).toBeGreaterThan(300);
    expect(new Set(ru.map((e) => e.file))).toEqual(new Set(en.map((e) => e.file)));
  });

  it('Russian: no term that TERMS.md rules out (outside the glossary’s notario warning)', () => {
    expect(bannedTerms(ru, BANNED_RU)).toEqual([]);
  });

  it('Russian: TERMS typography (U+00A0 after one-letter words and between a number and its word, U+2011 in form numbers)', () => {
    expect(bannedTerms(ru, TYPOGRAPHY_RU)).toEqual([]);
  });

  it('the unaccompanied-child question is asked of the reader’s age, not «Вы ребёнок…?» (TERMS.md)', () => {
    const value = (lng: Entry[], key: string) => lng.find((e) => e.file === 'translation.json' && e.key === key)?.value;
    for (const key of ['questions.minor.title', 'questions.minor.title_at_border']) {
      expect(value(ru, key), key).toBe('Вам меньше 18\u00a0лет, и\u00a0вы в\u00a0США (или на границе) без родителей или опекуна?');
      expect(value(en, key), key).toMatch(/^Are you under 18\b/);
    }
  });

  it('English: no "non-binding", no "on their own" for the unaccompanied child, no "official lists"', () => {
    expect(bannedTerms(en, BANNED_EN)).toEqual([]);
  });

  it('Russian: a non-breaking space (U+00A0) before every «—»', () => {
    expect(plainSpaceBeforeDash(ru)).toEqual([]);
  });

  it('Russian: every number before a counted noun goes through plural forms', () => {
    expect(countsWithoutPlural(ru)).toEqual([]);
  });

  it('the work permit’s days (once «через {{apply}} дней») take the right form for any count', async () => {
    const load = (lng: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lng, 'summary.json'), 'utf8')) as Json;
    const instance = async (lng: string) => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng, fallbackLng: false, ns: ['summary'], defaultNS: 'summary', resources: { [lng]: { summary: load(lng) } }, interpolation: { escapeValue: false } });
      return i18n;
    };
    // t() of a test instance holding raw files, keys as strings (the app's own t is typed).
    const untyped = (i18n: typeof i18next) => i18n.t.bind(i18n) as unknown as (key: string, options: object) => string;
    const [ruT, enT] = [untyped(await instance('ru')), untyped(await instance('en'))];
    const vars = { grant: 180, fee: '$560', renewal: '$275', from: '1 January 2026' };
    const ruWords = [1, 2, 5, 11, 21, 22, 150, 151].map((count) => /через (\d+)\u00a0(\p{L}+)/u.exec(ruT('summary.points.workPermit', { ...vars, count }))?.slice(1).join(' '));
    expect(ruWords).toEqual(['1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня', '150 дней', '151 день']);
    const enWords = [1, 2, 150].map((count) => /permit (\d+ \w+) after/.exec(enT('summary.points.workPermit', { ...vars, count }))?.[1]);
    expect(enWords).toEqual(['1 day', '2 days', '150 days']);
  });

  it('Russian: no full stop after a date (it would read «2026 г..»)', () => {
    expect(dateBeforeFullStop(ru)).toEqual([]);
  });

  it('Russian: an English term only beside its Russian term', () => {
    expect(englishWithoutRussian(ru)).toEqual([]);
  });
});
