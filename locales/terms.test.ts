// Russian that protects (issue 14, ../shared/TERMS.md): one Russian term for each legal idea, everywhere.
// Our readers decide what to do from single words, so this test fails on
//   1. a term TERMS.md rules out (e.g. «юрист», «заверенный перевод», «ВНЖ», bare «повестка»);
//   2. a plain space before «—» in Russian (the dash could start a line on a phone);
//   3. a number (a digit or a {{placeholder}}) before a counted Russian noun in a key without plural forms
//      («через {{apply}} дней» is wrong for 151 or 2);
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
}

/**
 * The glossary's own warning about notaries and consultants names the people it warns about
 * («иммиграционный юрист» without a licence, a bare «нотариус»): that, and only that, may use them.
 */
const NOTARIO_WARNING = ['glossary:terms.notario.term', 'glossary:terms.notario.definition'];

const BANNED_RU: readonly Banned[] = [
  { pattern: word('юрист\\p{L}*'), instead: '«адвокат» or «адвокат или аккредитованный представитель»: «юрист» is any law graduate, incl. unlicensed consultants', allowIn: NOTARIO_WARNING },
  { pattern: word('заверенн\\p{L}*\\s+перевод\\p{L}*|перевод\\p{L}*\\s+заверенн\\p{L}*'), instead: '«перевод на английский с подписанным удостоверением переводчика (certified translation)»: «заверенный» means a notary in Russia' },
  { pattern: word('политическ\\p{L}*\\s+убежищ\\p{L}*'), instead: '«убежище» as the general term' },
  { pattern: word('обоснованн\\p{L}*[\\s\\u00a0]+страх\\p{L}*(?=[^.]*(?:достоверн|credible))'), instead: '«собеседование о достоверности страха» for the credible fear interview («обоснованный страх» is well-founded fear)' },
  { pattern: word('шанс\\p{L}*'), instead: '«вероятность» (a «шанс» of persecution sounds hopeful)' },
  { pattern: word('парол(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)'), instead: '«пароул» (parole); «по паролю» reads "with a password"' },
  { pattern: word('препятстви\\p{L}*[\\s\\u00a0]+для[\\s\\u00a0]+убежищ\\p{L}*'), instead: '«препятствия к получению убежища»' },
  { pattern: word('закр\\p{L}*[\\s\\u00a0]+(?:\\p{L}+[\\s\\u00a0]+)?пут\\p{L}*|пут\\p{L}*[\\s\\u00a0]+к[\\s\\u00a0]+убежищ\\p{L}*[\\s\\u00a0]+закрыт\\p{L}*'), instead: '«препятствие к получению убежища», «могут отказать в убежище»' },
  { pattern: new RegExp(`(?<!определённ\\p{L}*[\\s\\u00a0]+)${B}социальн\\p{L}*[\\s\\u00a0]+групп\\p{L}*`, 'giu'), instead: '«определённая социальная группа» (particular social group)' },
  { pattern: word('пункт\\p{L}*[\\s\\u00a0]+въезда'), instead: '«пункт пропуска» (port of entry)' },
  {
    // «сам по себе» is fine as "by itself"; about a child it is not the legal test.
    pattern: word('без[\\s\\u00a0]+взрослых|(?:ребён|ребен|дет)\\p{L}*[^.]{0,40}?сам\\p{L}*[\\s\\u00a0]+по[\\s\\u00a0]+себе'),
    instead: '«ребёнок без родителей или опекуна»: the legal test is no parent or legal guardian in the U.S.',
  },
  { pattern: word('национальност\\p{L}*(?![\\s\\u00a0]*\\(этническ)'), instead: '«национальность (этническое происхождение) или гражданство»: «национальность» alone reads as ethnicity only' },
  { pattern: word('ВНЖ', 'gu'), instead: '«постоянный вид на жительство (ПМЖ)»: «ВНЖ» includes temporary permits' },
  { pattern: word('осуждени\\p{L}*'), instead: '«судимость» (conviction); «осуждение» is also "disapproval"' },
  { pattern: word('тяжк\\p{L}*'), instead: '«серьёзное преступление»: «тяжкое» is a fixed category of the Russian Criminal Code' },
  { pattern: word('нотариус\\p{L}*(?![\\s\\u00a0]+в[\\s\\u00a0]+США)'), instead: '«нотариус в США (notary public)»: a bare «нотариус» is a senior lawyer in Russia', allowIn: NOTARIO_WARNING },
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
      for (const m of e.value.matchAll(rule.pattern)) {
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

/** Counted nouns in the forms that follow a number (1 день, 2 дня, 5 дней…). */
const COUNTED =
  'дн(?:я|ей)|день|год(?:а|у)?|лет|месяц(?:а|ев)?|недел(?:я|и|ь)|раза?|минут(?:а|ы)?|час(?:а|ов)?|секунд(?:а|ы)?|доллар(?:а|ов)?|сут(?:ки|ок)|человек|заседани(?:е|я|й)|документ(?:а|ов)?|страниц(?:а|ы)?';
/** A digit run or a placeholder, then (after spaces only) a counted noun. «{{grant}}-й день» is an ordinal. */
const NUMBER_BEFORE_NOUN = new RegExp(`(\\d+|\\{\\{[^}]+\\}\\})[\\s\\u00a0]*(${COUNTED})${E}`, 'giu');
/** A calendar year, not a count: «в 2025 году», «1 января 1900 года», «2023–2025 годов». */
const YEAR_DATE = /^(1[89]|2[01])\d\d$/;
/**
 * Fixed numbers set by law, never interpolated, whose Russian form is right: a plural key would only
 * ever be called with this one number. Keep this list short.
 */
const FIXED_COUNTS: readonly RegExp[] = [
  /^18\u00a0лет$/, // under 18: the age of an unaccompanied child
  /^21\u00a0года$/, // unmarried children under 21 («до 21 года»), who can be included in the application
  /^2\u00a0(?:года|лет)$/, // two years' presence that protects from expedited removal (8 U.S.C. 1225(b)(1)(A)(iii))
  /^(5|10|30)\u00a0дней$/, // change of address: 5 days to the court (EOIR-33), 10 to USCIS (AR-11); 30 days to pay the annual fee
];
const PLURAL_KEY = /_(zero|one|two|few|many|other)$/;

function countsWithoutPlural(entries: readonly Entry[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    if (PLURAL_KEY.test(e.key)) continue;
    for (const m of e.value.matchAll(NUMBER_BEFORE_NOUN)) {
      const [text, number = ''] = m;
      if (YEAR_DATE.test(number) && /^год/i.test(m[2] ?? '')) continue;
      if (FIXED_COUNTS.some((re) => re.test(text))) continue;
      problems.push(`${where(e)}: «${excerpt(e.value, m.index, text.length)}» — a number before «${m[2] ?? ''}» needs a plural key (_one/_few/_many/_other with {{count}})`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// 4. An English term in a Russian value without its Russian term beside it
// ---------------------------------------------------------------------------------------------------

/** English term (as it may appear in a Russian value) → the Russian term that must stand beside it. */
const ENGLISH_TERMS: readonly { english: RegExp; russian: RegExp; term: string }[] = [
  { english: /(?<!affirmative |defensive )\basylum\b(?! office)/gi, russian: /убежищ/i, term: '«убежище»' },
  { english: /\bparole\b/gi, russian: /пароул|пароль/i, term: '«пароль»' },
  { english: /\bNotice to Appear\b|\bNTA\b/g, russian: /повестк\p{L}*[\s\u00a0]+в[\s\u00a0]+иммиграционный[\s\u00a0]+суд|иммиграционн\p{L}*[\s\u00a0]+суд/iu, term: '«повестка в иммиграционный суд»' },
  { english: /\bcertified translations?\b/gi, russian: /удостоверени\p{L}*[\s\u00a0]+переводчика/iu, term: '«с подписанным удостоверением переводчика»' },
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
    expect(bannedTerms([fake('«иммиграционный юрист» без лицензии', 'terms.pro_bono.definition', 'glossary.json')], BANNED_RU)).toHaveLength(1);
    for (const bad of ['заверенный перевод', 'по пароулу, а не по паролю', 'Осуждение за тяжкое преступление', 'другая социальная группа', 'в пункте въезда', 'ребёнок без взрослых', 'дети, которые в США сами по себе', 'Этническое происхождение или национальность', 'ВНЖ', 'Повестка пришла', 'Проверка на {{date}}', 'правило (на {{asOf}})', 'скорее всего, откажут', 'адвокат оценит']) {
      expect(bannedTerms([fake(bad)], BANNED_RU), bad).not.toEqual([]);
    }
    for (const good of ['перевод на английский с подписанным удостоверением переводчика', 'определённая социальная группа', 'повестка в иммиграционный суд', 'повестки из военкомата', 'нотариус в США', 'дата проверки: {{date}}', 'могут отказать', 'судимость', 'юридическая помощь', 'пароул', 'сам по себе отказ от службы', 'национальность (этническое происхождение) или гражданство']) {
      expect(bannedTerms([fake(good)], BANNED_RU), good).toEqual([]);
    }
    expect(bannedTerms([{ ...fake('A free, non-binding check.'), lng: 'en' }], BANNED_EN)).toHaveLength(1);
  });

  it('plainSpaceBeforeDash finds a plain space, not U+00A0', () => {
    expect(plainSpaceBeforeDash([fake('Сегодня — последний день.')])).toEqual(['ru/summary.json › x.y: plain space before «—» in «Сегодня — последний день.» (use U+00A0)']);
    expect(plainSpaceBeforeDash([fake('Сегодня\u00a0— последний день.'), fake('—')])).toEqual([]);
  });

  it('countsWithoutPlural finds a number or placeholder before a counted noun outside a plural key', () => {
    expect(countsWithoutPlural([fake('через {{apply}} дней', 'next.workPermit')])).toEqual([
      'ru/summary.json › next.workPermit: «через {{apply}} дней» — a number before «дней» needs a plural key (_one/_few/_many/_other with {{count}})',
    ]);
    expect(countsWithoutPlural([fake('нажмите 3\u00a0раза'), fake('около 5 минут'), fake('меньше 2 месяцев')])).toHaveLength(3);
    expect(countsWithoutPlural([fake('через {{count}} дней', 'next.workPermit_many')])).toEqual([]);
    expect(countsWithoutPlural([fake('с 2025 года; 1 января 1900 года; 2023–2025 годов; на {{grant}}-й день; меньше 18\u00a0лет')])).toEqual([]);
    expect(countsWithoutPlural([fake('меньше 19\u00a0лет')])).toHaveLength(1);
  });

  it('dateBeforeFullStop finds a date placeholder that ends a Russian sentence', () => {
    expect(dateBeforeFullStop([fake('Правила сверялись {{date}}.')])).toHaveLength(1);
    expect(dateBeforeFullStop([fake('Дата проверки: {{date}}'), fake('(сведения на {{asOf}}).'), fake('Осталось {{count}} дня.')])).toEqual([]);
  });

  it('englishWithoutRussian finds an English term with no Russian term near it', () => {
    expect(englishWithoutRussian([fake('Подайте на asylum как можно скорее.')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('Вас впустили по parole.')])[0]).toMatch(/^ru\/summary\.json › x\.y: «Вас впустили по parole\.» — English "parole" without «пароль»/);
    expect(englishWithoutRussian([fake('Получите certified translation.')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('Если пришёл Notice to Appear, идите к адвокату.')])).toHaveLength(1);
    expect(englishWithoutRussian([fake('убежище (asylum); пароул (parole); повестка в иммиграционный суд (Notice to Appear, NTA)')])).toEqual([]);
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
