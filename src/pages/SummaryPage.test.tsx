import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../flows/asylum/answers';
import { FLAGS, OUTCOMES, RULES_REVIEWED, assess } from '../../flows/asylum/assess';
import { CITATIONS } from '../../flows/asylum/citations';
import { borderRulesFor, monthsPassed, withinYears } from '../../flows/asylum/facts';
import i18n, { loadNamespaces } from '../i18n/i18n';
import enSummary from '../../locales/en/summary.json';
import ruSummary from '../../locales/ru/summary.json';
import SummaryPage from './SummaryPage';

const TODAY = '2026-11-25';

/** A locale value as toHaveTextContent sees the page: non-breaking spaces (Russian typography) read as spaces. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

/** In the U.S., in time: arrival 4 July 2026 → Sunday 4 July 2027 → Monday 5 July (observed) → Tuesday 6 July 2027. */
const IN_TIME: Answers = {
  location: 'in_us',
  minor: 'no',
  grounds: ['political', 'military_refusal'],
  harm: 'past_harm',
  harmBy: 'government',
  otherCountry: 'no',
  lastArrival: '2026-07-04',
  entry: 'visa',
  proceedings: 'no',
  priorDenial: 'no',
  bars: ['none'],
};

async function useLanguage(lng: 'en' | 'ru') {
  await act(() => i18n.changeLanguage(lng));
}

function renderSummary(answers: Answers, today = TODAY, onChange = vi.fn()) {
  const utils = render(<SummaryPage answers={answers} today={today} focusHeading={false} onChange={onChange} onRestart={vi.fn()} />);
  const root = utils.container.querySelector('#summary');
  if (!(root instanceof HTMLElement)) throw new Error('no #summary');
  return { ...utils, root, onChange };
}

function workingLines(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('.summary-working li'), (li) => li.textContent ?? '');
}

beforeAll(async () => {
  await loadNamespaces('en', ['translation', 'summary']);
  await loadNamespaces('ru', ['translation', 'summary']);
});

beforeEach(async () => {
  await useLanguage('en');
});

describe('the summary in English', () => {
  it('shows the outcome, the date used, the deadline with its working and the days left', () => {
    const { root } = renderSummary(IN_TIME);
    expect(root).toHaveAttribute('data-outcome', 'may_qualify');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('You may be able to ask for asylum');
    expect(root).toHaveTextContent('Checked as of November 25, 2026.');
    const time = root.querySelector('time[datetime="2027-07-06"]');
    expect(time).toHaveTextContent('Tuesday, July 6, 2027');
    expect(root).toHaveTextContent('You have 223 days left.');
    expect(workingLines(root)).toEqual([
      'You last arrived in the U.S. on July 4, 2026.',
      'One year later is Sunday, July 4, 2027.',
      'Sunday, July 4 is a weekend day.',
      'Monday, July 5 is a federal holiday: Independence Day (observed).',
      'When the last day falls on a weekend or a federal holiday, it moves to the next working day. So, by our calculation, your last day to file is Tuesday, July 6, 2027.',
    ]);
    expect(screen.getByRole('button', { name: 'Add this date to my calendar' })).toBeInTheDocument();
  });

  it('explains the grounds-specific evidence, the flags that apply, the fees of the day and where to find a lawyer', () => {
    const { root } = renderSummary(IN_TIME, '2026-12-01');
    expect(root.querySelector('[data-ground="political"]')).toHaveTextContent('“foreign agent” registry');
    expect(root.querySelector('[data-ground="military_refusal"]')).toHaveTextContent('Gosuslugi');
    expect(root.querySelector('[data-ground="lgbt"]')).toBeNull();
    expect(Array.from(root.querySelectorAll('[data-flag]'), (el) => el.getAttribute('data-flag'))).toEqual(['military_refusal_nuance']);
    expect(root).toHaveTextContent('The fee for Form I-589 is $100 (from January 1, 2026) and cannot be waived');
    expect(root).toHaveTextContent('You may ask for a work permit 150 days after you file a complete application; it is granted no earlier than day 180. The first permit costs $560; a renewal costs $745 online or $795 on paper: $275 on top of the regular Form I-765 fee (fees from January 1, 2026).');
    expect(root.querySelector('[data-point="annualAsylumFee"]')).toHaveTextContent('Annual Asylum Fee, $102 (from January 1, 2026)');
    expect(root.querySelector('[data-point="mayChange"]')).toHaveTextContent('Fees may change soon');
    expect(root).toHaveTextContent('can bar you from every immigration benefit for life');
    for (const id of ['eoir-pro-bono', 'eoir-ra-roster', 'uscis-legal-services', 'ian-directory', 'aila-search', 'uscis-avoid-scams'] as const) {
      expect(root.querySelector(`a[href="${CITATIONS[id].url}"]`)).not.toBeNull();
    }
    expect(root).toHaveTextContent('Your husband or wife and your unmarried children under 21');
  });

  it('lists the sources of the assessment as links, says it is not legal advice and when the rules were reviewed', () => {
    const { root } = renderSummary(IN_TIME);
    const sources = root.querySelector('.summary-sources');
    if (!(sources instanceof HTMLElement)) throw new Error('no sources');
    const links = within(sources).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(assess(IN_TIME, TODAY).citations.map((id) => CITATIONS[id].url));
    expect(links[0]).toHaveTextContent(CITATIONS['ina-208'].title);
    expect(root).toHaveTextContent('This is not legal advice.');
    expect(root).toHaveTextContent('The rules in this check were last reviewed on December 6, 2026.');
    expect(root.querySelector('.summary-stale')).toBeNull();
  });

  it('warns when the rules were reviewed more than six months before today', () => {
    expect(RULES_REVIEWED).toBe('2026-12-06');
    const fresh = renderSummary({ ...IN_TIME, lastArrival: '2026-11-01' }, '2027-06-06');
    expect(fresh.root.querySelector('.summary-stale')).toBeNull();
    fresh.unmount();
    const { root } = renderSummary({ ...IN_TIME, lastArrival: '2026-11-01' }, '2027-06-07');
    expect(root.querySelector('.summary-stale')).toHaveTextContent('Warning: the rules were last reviewed on December 6, 2026, more than six months ago.');
  });

  it('goes back to a question through its Change link', async () => {
    const user = userEvent.setup();
    const { onChange } = renderSummary(IN_TIME);
    await user.click(screen.getByRole('link', { name: /Change\s*How you last entered/ }));
    expect(onChange).toHaveBeenCalledWith('entry');
  });

  it('builds the calendar file on the device with the deadline date and no answers', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:test/ics';
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderSummary(IN_TIME);
    await user.click(screen.getByRole('button', { name: 'Add this date to my calendar' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = (await blobs[0]?.text()) ?? '';
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20270706\r\n');
    expect(text).toContain('\r\nSUMMARY:Important deadline\r\n');
    expect(text).not.toMatch(/political|military|visa|2026-07-04|20260704/i);
    click.mockRestore();
  });
});

describe('the summary in Russian', () => {
  it('shows Russian dates, the working and the plural of the days left', async () => {
    await useLanguage('ru');
    const { root } = renderSummary(IN_TIME);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Возможно, вы можете попросить убежища');
    expect(root).toHaveTextContent('Дата проверки: 25 ноября 2026 г.');
    expect(root.querySelector('time[datetime="2027-07-06"]')).toHaveTextContent('вторник, 6 июля 2027 г.');
    expect(root).toHaveTextContent('Осталось 223 дня.');
    expect(workingLines(root)).toEqual([
      '4 июля 2026\u00a0г. вы в\u00a0последний раз въехали в\u00a0США.',
      'Ровно через год\u00a0— воскресенье, 4 июля 2027\u00a0г.: обычно это и\u00a0есть последний день.',
      'Воскресенье, 4 июля\u00a0— выходной день.',
      'Понедельник, 5 июля\u00a0— выходной день вместо федерального праздника: День независимости (Independence Day).',
      'Если последний день выпадает на выходной или федеральный праздник, срок переносится на следующий рабочий день. Значит, по нашему расчёту, ваш последний день подачи\u00a0— вторник, 6 июля 2027\u00a0г.',
    ]);
    expect(root).toHaveTextContent(/убежищ[а-я]* \(asylum\)/);
    expect(screen.getByRole('button', { name: 'Добавить в\u00a0мой календарь' })).toBeInTheDocument();
    expect(root.querySelector('[data-flag="military_refusal_nuance"] h3')).toHaveTextContent('Отказ от военной службы');
  });

  it('explains a passed deadline, the court hearing and the alternatives', async () => {
    await useLanguage('ru');
    const answers: Answers = { ...IN_TIME, grounds: ['lgbt'], lastArrival: '2024-01-10', entry: 'between_ports', proceedings: 'yes', exceptions: ['none'] };
    const { root } = renderSummary(answers);
    expect(root).toHaveAttribute('data-outcome', 'deadline_passed');
    expect(root).toHaveTextContent('Это было 684 дня назад.');
    const now = root.querySelector('#summary-now');
    expect(Array.from(root.querySelectorAll('#summary-now li'), (li) => li.getAttribute('data-step'))).toEqual(['hearing', 'deadlinePassed', 'detentionInside']);
    expect(now).toHaveTextContent('приходите на каждое заседание');
    expect(now).toHaveTextContent('форма EOIR\u201133');
    expect(now).not.toHaveTextContent('expedited removal');
    expect(root).toHaveTextContent('Куда и как подавать: иммиграционный суд');
    expect(root).toHaveTextContent('Запрет высылки (withholding of removal)');
    expect(root).toHaveTextContent('Защита по Конвенции против пыток (CAT)');
    expect(screen.queryByRole('button', { name: 'Добавить в\u00a0мой календарь' })).toBeNull();
  });
});

describe('plurals of the days left and the days since', () => {
  // Arrival 6 July 2026 → deadline Tuesday 6 July 2027 (nothing skipped).
  const answers: Answers = { ...IN_TIME, lastArrival: '2026-07-06', exceptions: ['none'] };
  const cases: [string, string, string][] = [
    ['2027-07-05', 'Остался 1 день.', 'You have 1 day left.'],
    ['2027-07-04', 'Осталось 2 дня.', 'You have 2 days left.'],
    ['2027-07-01', 'Осталось 5 дней.', 'You have 5 days left.'],
    ['2027-06-25', 'Осталось 11 дней.', 'You have 11 days left.'],
    ['2027-06-15', 'Остался 21 день.', 'You have 21 days left.'],
    ['2027-07-06', 'По нашему расчёту, сегодня — последний день подачи.', 'By our calculation, today is your last day to file.'],
    ['2027-07-07', 'Это было 1 день назад.', 'That was 1 day ago.'],
    ['2027-07-09', 'Это было 3 дня назад.', 'That was 3 days ago.'],
    ['2027-07-18', 'Это было 12 дней назад.', 'That was 12 days ago.'],
    ['2027-07-28', 'Это было 22 дня назад.', 'That was 22 days ago.'],
  ];
  it.each(cases)('on %s', async (today, ru, en) => {
    await useLanguage('ru');
    let view = renderSummary(answers, today);
    expect(view.root.querySelector('.summary-deadline-line')).toHaveTextContent(ru);
    view.unmount();
    await useLanguage('en');
    view = renderSummary(answers, today);
    expect(view.root.querySelector('.summary-deadline-line')).toHaveTextContent(en);
  });
});

describe('special deadlines', () => {
  it('29 February: the earlier, safe reading', () => {
    const { root } = renderSummary({ ...IN_TIME, lastArrival: '2024-02-29', exceptions: ['none'] }, '2024-12-01');
    expect(root.querySelector('time[datetime="2025-02-28"]')).toHaveTextContent('Friday, February 28, 2025');
    expect(workingLines(root)[1]).toBe(
      'You arrived on February 29. The next year has no February 29, so we count to the day before: Friday, February 28, 2025. This is the earlier, safer reading (some read it as March 1).',
    );
  });

  it('an arrival before 1 April 1997 counts from that day', () => {
    const { root } = renderSummary({ ...IN_TIME, lastArrival: '1995-05-05', exceptions: ['none'] });
    expect(workingLines(root).slice(0, 2)).toEqual([
      'You last arrived on May 5, 1995, before the one-year rule began. For such arrivals the year counts from April 1, 1997.',
      'One year later is Wednesday, April 1, 1998.',
    ]);
    expect(root.querySelector('time[datetime="1998-04-01"]')).not.toBeNull();
  });

  it('a New Year’s Day observed on 31 December is skipped as a holiday', () => {
    // Arrival 31 Dec 2026 → Friday 31 Dec 2027 is New Year's Day 2028 observed → Sat, Sun → Monday 3 Jan 2028.
    const view = renderSummary({ ...IN_TIME, lastArrival: '2026-12-31' }, '2026-12-31');
    expect(workingLines(view.root).slice(1, 5)).toEqual([
      'One year later is Friday, December 31, 2027.',
      'Friday, December 31 is a federal holiday: New Year’s Day (observed).',
      'Saturday, January 1 is a weekend day.',
      'Sunday, January 2 is a weekend day.',
    ]);
    expect(view.root.querySelector('time[datetime="2028-01-03"]')).not.toBeNull();
  });

  it('an unaccompanied child: the one-year rule does not apply, no calendar button', () => {
    const { root } = renderSummary({ ...IN_TIME, minor: 'yes', lastArrival: '2024-01-10', proceedings: 'yes' });
    expect(root).toHaveAttribute('data-outcome', 'may_qualify');
    expect(root).toHaveTextContent('While that is so, the one-year deadline may not apply to you, and USCIS decides your case first. A lawyer can confirm this.');
    expect(root.querySelector('.summary-deadline-line')).toHaveTextContent('To be safe, file before Friday, January 10, 2025.');
    expect(root.querySelector('.summary-deadline-line time')).toHaveAttribute('datetime', '2025-01-10');
    expect(root).not.toHaveTextContent('Your last day to file');
    expect(root).not.toHaveTextContent('your last day to file');
    expect(root.querySelector('.summary-working')).toBeNull();
    expect(root).not.toHaveTextContent('husband or wife');
    expect(root.querySelector('[data-step="child"]')).toHaveTextContent('Kids in Need of Defense (KIND)');
    expect(screen.queryByRole('button', { name: 'Add this date to my calendar' })).toBeNull();
  });
});

describe('the fees of the day (LEGAL.md §12)', () => {
  const point = (root: HTMLElement, id: string) => root.querySelector(`[data-point="${id}"]`);

  it('inside the FY2026 window: the renewal is the H.R. 1 fee on top of the regular I-765 fee; USCIS "can" reject for an unpaid annual fee', () => {
    const { root } = renderSummary(IN_TIME, '2026-12-31');
    expect(point(root, 'workPermit')).toHaveTextContent('a renewal costs $745 online or $795 on paper: $275 on top of the regular Form I-765 fee');
    expect(point(root, 'annualAsylumFee')).toHaveTextContent('USCIS can reject your application');
    expect(point(root, 'annualAsylumFee')).not.toHaveTextContent('USCIS rejects');
    expect(point(root, 'annualAsylumFee')).toHaveTextContent('Courts have paused parts of this rule (as of September 2026); it can change.');
    expect(point(root, 'annualAsylumFee')).toHaveTextContent('you pay when the judge orders it in writing');
    expect(point(root, 'changeAddress')).toHaveTextContent('if you miss a fee notice, your application may be rejected');
  });

  it('after it (1 January 2027): no amount is stated, the waits, the court sentence and the fee page stay', () => {
    const { root } = renderSummary({ ...IN_TIME, lastArrival: '2026-12-01' }, '2027-01-01');
    const permit = point(root, 'workPermit');
    expect(permit).toHaveTextContent('You may ask for a work permit 150 days after you file a complete application; it is granted no earlier than day 180.');
    expect(permit?.querySelector(`a[href="${CITATIONS['uscis-fees'].url}"]`)).toHaveTextContent('USCIS fee page');
    expect(point(root, 'annualAsylumFee')).toHaveTextContent('Courts have paused parts of this rule');
    expect(point(root, 'annualAsylumFee')).toHaveTextContent('the amount is on the USCIS fee page');
    expect(point(root, 'fees')).toHaveTextContent('see the USCIS fee page');
    expect(root.querySelector('[data-point="mayChange"]')).toHaveTextContent('Fees may change soon');
    expect(root).not.toHaveTextContent('$');
  });

  it('in Russian after the window: the waits keep their plural forms', async () => {
    await useLanguage('ru');
    const { root } = renderSummary({ ...IN_TIME, lastArrival: '2026-12-01' }, '2027-01-01');
    expect(point(root, 'workPermit')).toHaveTextContent(plain('через 150\u00a0дней после подачи полного заявления'));
    expect(point(root, 'workPermit')).toHaveTextContent('странице сборов USCIS');
  });
});

describe('the rules of 2026 for the border, travel and the late filer (LEGAL.md §12)', () => {
  it('at the border: may be turned back at a crossing, "may be given" a credible fear interview, never "usually"', () => {
    const { root } = renderSummary({ location: 'at_border', minor: 'no', grounds: ['political'], harm: 'past_harm', harmBy: 'government', otherCountry: 'no', entry: 'parole', priorDenial: 'no', bars: ['none'] });
    expect(root.querySelector('[data-point="borderAccess"]')).toHaveTextContent('be turned back before you step onto U.S. soil (allowed since June 25, 2026)');
    expect(root.querySelector('[data-point="borderAccess"]')).toHaveTextContent('Crossing away from an official crossing is a crime');
    expect(root.querySelector('[data-part="filing"]')).toHaveTextContent('You may be given a “credible fear” interview');
    expect(root.querySelector('[data-part="filing"]')).not.toHaveTextContent(/usually gives you/);
    expect(root.querySelector('[data-step="detentionBorder"]')).toHaveTextContent('phone number on paper');
  });

  it('a filer: travel on advance parole, form editions signed by hand, referral without an interview', () => {
    const { root } = renderSummary(IN_TIME);
    expect(root.querySelector('[data-point="travel"]')).toHaveTextContent('since August 13, 2026, even a trip with a travel permit (advance parole)');
    expect(root.querySelector('[data-point="currentForms"]')).toHaveTextContent('sign it by hand');
    expect(root.querySelector('[data-point="referralNoInterview"]')).toHaveTextContent('Since July 28, 2026, USCIS may send an application to court without an interview');
  });
});

describe('urgent steps and border rules', () => {
  it('a recent crossing between ports shows the expanded expedited removal warning and the rules for its date', () => {
    const { root } = renderSummary({ ...IN_TIME, lastArrival: '2025-03-01', entry: 'between_ports', exceptions: ['none'] });
    expect(root.querySelector('[data-step="expeditedRemoval"]')).toHaveTextContent('without a hearing (expedited removal). See a lawyer now.');
    expect(root.querySelector('[data-step="expeditedRemoval"] details')).toHaveTextContent('fast-track removal anywhere in the U.S.');
    const flag = root.querySelector('[data-flag="entry_review"]');
    expect(flag).toHaveTextContent('Circumvention of Lawful Pathways');
    expect(flag).toHaveTextContent('Securing the Border');
    expect(flag).toHaveTextContent('Proclamation 10888');
    expect(flag).toHaveTextContent('Parts of it are blocked by courts, but it still limits asylum at the southern border (as of September 2026)');
    expect(flag).not.toHaveTextContent('{{');
  });

  it('an arrival before the border rules says they may not apply', () => {
    const { root } = renderSummary({ ...IN_TIME, lastArrival: '2022-10-01', entry: 'other', exceptions: ['none'] });
    const flag = root.querySelector('[data-flag="entry_review"]');
    expect(flag).toHaveTextContent('You arrived before May 11, 2023');
    expect(flag).not.toHaveTextContent('Circumvention');
    expect(flag).toHaveTextContent('so they may not apply to you');
    expect(root.querySelector('[data-step="lateFiler"]')).toHaveTextContent('explain in Form I-589 itself, with proof, why you are filing late');
    expect(root.querySelector('#summary-now')).not.toHaveTextContent('expedited removal');
  });

  it('the border rules by arrival date', () => {
    expect(borderRulesFor('2023-05-10')).toEqual([]);
    expect(borderRulesFor('2023-05-11')).toEqual(['clp']);
    expect(borderRulesFor('2024-06-05')).toEqual(['clp', 'securingBorder']);
    expect(borderRulesFor('2025-01-20')).toEqual(['clp', 'securingBorder', 'proclamation']);
    expect(borderRulesFor('2025-05-11')).toEqual(['clp', 'securingBorder', 'proclamation']);
    expect(borderRulesFor('2025-05-12')).toEqual(['securingBorder', 'proclamation']);
  });

  it('dates: under two years, and more than six months', () => {
    expect(withinYears('2024-11-26', '2026-11-25', 2)).toBe(true);
    expect(withinYears('2024-11-25', '2026-11-25', 2)).toBe(false);
    expect(withinYears('2026-02-28', '2028-02-29', 2)).toBe(false);
    expect(withinYears('2026-03-01', '2028-02-29', 2)).toBe(true);
    expect(monthsPassed('2026-11-25', '2027-05-25', 6)).toBe(false);
    expect(monthsPassed('2026-11-25', '2027-05-26', 6)).toBe(true);
    expect(monthsPassed('2026-08-31', '2027-02-28', 6)).toBe(false);
    expect(monthsPassed('2026-08-31', '2027-03-01', 6)).toBe(true);
  });

  it('a court case, at the border and outside the U.S.', async () => {
    let view = renderSummary({ ...IN_TIME, proceedings: 'unsure' });
    // Said once: in "What to do now", with the case lookup, not again as a flag.
    expect(view.root.querySelector('[data-step="checkCourt"] a')).toHaveAttribute('href', CITATIONS['eoir-acis'].url);
    expect(view.root.querySelector('[data-flag="check_proceedings"]')).toBeNull();
    view.unmount();
    view = renderSummary({ location: 'at_border', minor: 'no', grounds: ['political'], harm: 'past_harm', harmBy: 'government', otherCountry: 'no', entry: 'between_ports', bars: ['none'] });
    expect(view.root).toHaveAttribute('data-outcome', 'credible_fear');
    expect(view.root.querySelector('time')).toBeNull();
    expect(view.root.querySelector('[data-flag="entry_review"]')).toHaveTextContent('If you cross the southern border now');
    expect(view.root).not.toHaveTextContent('Your arrival date');
    view.unmount();
    await useLanguage('ru');
    view = renderSummary({ location: 'outside_us', grounds: ['religion'], harm: 'past_harm', harmBy: 'government' });
    expect(view.root).toHaveAttribute('data-outcome', 'outside_us');
    expect(view.root.querySelector(`a[href="https://www.uscis.gov/humanitarian/humanitarian-parole"]`)).toHaveTextContent('Гуманитарный пароль');
    expect(view.root).toHaveTextContent('20 января 2025 г. её приостановили');
    expect(view.root.querySelector('.summary-counts')).toBeNull();
  });
});

describe('every outcome, both languages', () => {
  const byOutcome: Record<(typeof OUTCOMES)[number], Answers> = {
    outside_us: { location: 'outside_us', grounds: ['political'], harm: 'fear_only', harmBy: 'government' },
    lawyer_first: { ...IN_TIME, bars: ['prefer_not_say'] },
    weak_claim: { ...IN_TIME, grounds: ['none'] },
    credible_fear: { location: 'at_border', minor: 'no', grounds: ['lgbt'], harm: 'fear_only', harmBy: 'government', otherCountry: 'no', entry: 'visa', bars: ['none'] },
    deadline_passed: { ...IN_TIME, lastArrival: '2020-01-01', exceptions: ['none'] },
    may_qualify_exception: { ...IN_TIME, lastArrival: '2020-01-01', exceptions: ['maintained_status'] },
    may_qualify: IN_TIME,
  };
  it.each(OUTCOMES.flatMap((o) => [[o, 'en'] as const, [o, 'ru'] as const]))('%s in %s: headline, a lawyer, no promise', async (outcome, lng) => {
    await useLanguage(lng);
    const { root } = renderSummary(byOutcome[outcome]);
    expect(root).toHaveAttribute('data-outcome', outcome);
    const summary = lng === 'en' ? enSummary : ruSummary;
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(plain(summary.outcomes[outcome].title));
    // Every outcome names where to find a lawyer (from abroad, not the immigration-court lists).
    expect(root.querySelector(`a[href="${CITATIONS[outcome === 'outside_us' ? 'ian-directory' : 'eoir-pro-bono'].url}"]`)).not.toBeNull();
    expect(root).toHaveTextContent(plain(summary.summary.about.notAdvice));
    expect(root.textContent).not.toMatch(/(?<!whether )you qualify|will be denied|you are eligible|вы имеете право на убежище|вам откажут/i);
  });
});

describe('printing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints with window.print, with a printed-only header and lawyer facts hidden on screen', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { root } = renderSummary({ ...IN_TIME, entry: 'between_ports' });
    const header = root.querySelector('.print-header');
    expect(header).not.toBeVisible();
    expect(header).toHaveTextContent('Asylum Screener — Not legal advice');
    expect(header).toHaveTextContent('Rules reviewed on December 6, 2026');
    const facts = root.querySelector('.summary-lawyer-facts');
    expect(facts).not.toBeVisible();
    const rows = Array.from(facts?.querySelectorAll('tr') ?? [], (tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]);
    expect(rows).toContainEqual(['Last arrival', 'July 4, 2026']);
    expect(rows).toContainEqual(['One-year deadline', 'July 6, 2027 (not passed)']);
    expect(rows).toContainEqual(['Entry', 'Away from an official crossing']);
    expect(rows).toContainEqual(['Grounds', 'Political opinion; Refusal of military service']);
    expect(rows).toContainEqual(['Points to check', 'How you entered; Refusing military service']);
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('adds a second copy in the other language, hidden on screen, without changing the interface language', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { container } = renderSummary(IN_TIME);
    expect(container.querySelector('.summary-copy')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Print in Russian and English/ }));
    const copy = await vi.waitFor(() => {
      const el = container.querySelector('.summary-copy');
      if (!el) throw new Error('no copy yet');
      return el;
    });
    expect(copy).toHaveAttribute('lang', 'ru');
    expect(copy).not.toBeVisible();
    expect(copy.querySelector('#summary, [id]')).toBeNull();
    expect(copy.querySelector('h1')).toHaveTextContent('Возможно, вы можете попросить убежища');
    expect(copy).toHaveTextContent('Осталось 223 дня.');
    expect(copy).toHaveTextContent('Не юридическая консультация');
    expect(copy.querySelector('time[datetime="2027-07-06"]')).toBeNull();
    expect(container.querySelectorAll('#summary')).toHaveLength(1);
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('You may be able to ask for asylum');
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('checkbox', { name: /Print in Russian and English/ }));
    expect(container.querySelector('.summary-copy')).toBeNull();
  });
});

describe('locale keys of the summary', () => {
  function keys(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) return [prefix];
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  const base = (key: string) => key.replace(/_(one|few|many|other)$/, '');

  it('English and Russian have the same keys, plural forms aside', () => {
    expect([...new Set(keys(ruSummary).map(base))].sort()).toEqual([...new Set(keys(enSummary).map(base))].sort());
  });

  it('has every flag, holiday and plural form', () => {
    for (const flag of FLAGS) {
      expect(enSummary.flags[flag]).toBeTruthy();
      expect(ruSummary.flags[flag]).toBeTruthy();
    }
    const holidays = ['new_year', 'mlk', 'washington', 'memorial', 'juneteenth', 'independence', 'labor', 'columbus', 'veterans', 'thanksgiving', 'christmas'] as const;
    for (const h of holidays) {
      expect(enSummary.holidays[h]).toBeTruthy();
      expect(ruSummary.holidays[h]).toBeTruthy();
    }
    for (const key of ['daysLeft', 'daysAgo'] as const) {
      expect(Object.keys(enSummary.summary.deadline).filter((k) => k.startsWith(`${key}_`)).sort()).toEqual([`${key}_one`, `${key}_other`]);
      expect(Object.keys(ruSummary.summary.deadline).filter((k) => k.startsWith(`${key}_`)).sort()).toEqual([`${key}_few`, `${key}_many`, `${key}_one`, `${key}_other`]);
    }
  });
});
