import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/translation.json';
import ru from '../../locales/ru/translation.json';
import type { Answers } from '../../flows/asylum/answers';
import { useLanguage } from '../test/i18n';
import { QuestionPage, type QuestionPageProps } from './QuestionPage';

const TODAY = '2026-11-25';

function renderQuestion(props: Partial<QuestionPageProps> & Pick<QuestionPageProps, 'id'>) {
  const onAnswer = vi.fn();
  const utils = render(
    <QuestionPage answers={{}} today={TODAY} progress={{ number: 3 }} focusHeading onAnswer={onAnswer} {...props} />,
  );
  return { onAnswer, ...utils };
}

const continueButton = () => screen.getByRole('button', { name: en.nav.continue });

describe('single question (radios)', () => {
  beforeEach(() => useLanguage('en'));

  it('is a form with a fieldset whose legend is the h1, and the answer codes as values', () => {
    renderQuestion({ id: 'location' });
    const heading = screen.getByRole('heading', { level: 1, name: en.questions.location.title });
    expect(heading.closest('legend')).not.toBeNull();
    expect(document.activeElement).toBe(heading);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['in_us', 'at_border', 'outside_us']);
    radios.forEach((r) => expect(r).toHaveAttribute('name', 'location'));
    expect(continueButton()).toHaveAttribute('type', 'submit');
    expect(screen.getByText('Question 3')).toBeInTheDocument();
  });

  it('shows the error next to the field and in a focused error summary when nothing is chosen', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderQuestion({ id: 'location' });
    await user.click(continueButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: en.errors.location.required })).toHaveAttribute('href', '#location');
    expect(document.activeElement).toBe(alert.parentElement);
    expect(document.getElementById('location-error')).toHaveTextContent(en.errors.location.required);
    expect(screen.getByRole('group')).toHaveAttribute('aria-describedby', expect.stringContaining('location-error'));
    expect(document.title).toMatch(/^Error: /);
    expect(onAnswer).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('link'));
    expect(document.activeElement).toBe(document.getElementById('location'));
  });

  it('keeps a saved answer (Back) and sends the chosen code', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderQuestion({ id: 'harm', answers: { harm: 'fear_only' } });
    expect(screen.getByRole('radio', { name: en.questions.harm.options.fear_only })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: en.questions.harm.options.past_harm }));
    await user.click(continueButton());
    expect(onAnswer).toHaveBeenCalledWith('harm', 'past_harm');
  });
});

describe('multi question (checkboxes)', () => {
  beforeEach(() => useLanguage('en'));

  it('clears the other boxes when an exclusive option is ticked, and the reverse', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderQuestion({ id: 'bars' });
    const box = (code: keyof typeof en.questions.bars.options) => screen.getByRole('checkbox', { name: en.questions.bars.options[code] });
    await user.click(box('crime'));
    await user.click(box('terrorism'));
    expect(box('crime')).toBeChecked();
    expect(box('terrorism')).toBeChecked();
    await user.click(box('prefer_not_say'));
    expect(box('prefer_not_say')).toBeChecked();
    expect(box('crime')).not.toBeChecked();
    expect(box('terrorism')).not.toBeChecked();
    await user.click(box('none'));
    expect(box('none')).toBeChecked();
    expect(box('prefer_not_say')).not.toBeChecked();
    await user.click(box('persecutor'));
    expect(box('none')).not.toBeChecked();
    await user.click(continueButton());
    expect(onAnswer).toHaveBeenCalledWith('bars', ['persecutor']);
  });

  it('requires at least one box, with the error in the summary', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderQuestion({ id: 'grounds' });
    await user.click(continueButton());
    expect(await screen.findByRole('link', { name: en.errors.grounds.required })).toHaveAttribute('href', '#grounds');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('keeps saved boxes ticked', () => {
    const answers: Answers = { grounds: ['political', 'lgbt'] };
    renderQuestion({ id: 'grounds', answers });
    expect(screen.getByRole('checkbox', { name: en.questions.grounds.options.political })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: en.questions.grounds.options.lgbt })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: en.questions.grounds.options.religion })).not.toBeChecked();
  });
});

describe('date question', () => {
  beforeEach(() => useLanguage('en'));

  const fill = async (user: ReturnType<typeof userEvent.setup>, day: string, month: string, year: string) => {
    for (const [label, value] of [
      [en.dateInput.day, day],
      [en.dateInput.month, month],
      [en.dateInput.year, year],
    ] as const) {
      const input = screen.getByLabelText(label);
      await user.clear(input);
      if (value) await user.type(input, value);
    }
  };

  it.each([
    ['', '', '', 'required'],
    ['10', '', '2025', 'incomplete'],
    ['31', '2', '2025', 'invalid_day'],
    ['31', 'Feb', '2025', 'invalid_day'],
    ['1', '13', '2025', 'invalid_month'],
    ['1', 'Mai', '2025', 'invalid_month'],
    ['aa', '3', '2025', 'invalid_day'],
    ['10', '3', '25', 'invalid_year'],
    ['aa', '3', '25', 'invalid'],
    ['26', '11', '2026', 'future'],
    ['31', '12', '1899', 'too_early'],
  ] as const)('%s/%s/%s gives errors.lastArrival.%s', async (day, month, year, error) => {
    const user = userEvent.setup();
    const { onAnswer } = renderQuestion({ id: 'lastArrival' });
    await fill(user, day, month, year);
    await user.click(continueButton());
    const message = en.errors.lastArrival[error];
    expect(await screen.findByRole('link', { name: message })).toBeInTheDocument();
    expect(document.getElementById('lastArrival-error')).toHaveTextContent(message);
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it.each([
    ['Oct', '2025-10-10'],
    ['october.', '2025-10-10'],
    ['окт.', '2025-10-10'],
    ['октября', '2025-10-10'],
    ['Сент', '2025-09-10'],
  ])('accepts the month %o', async (month, iso) => {
    const user = userEvent.setup();
    const { onAnswer } = renderQuestion({ id: 'lastArrival' });
    expect(screen.getByLabelText(en.dateInput.month)).toHaveAttribute('inputmode', 'text');
    await fill(user, '10', month, '2025');
    await user.click(continueButton());
    expect(onAnswer).toHaveBeenCalledWith('lastArrival', iso);
  });

  it('names the three inputs lastArrival-day/-month/-year and sends an ISO date; today is allowed', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderQuestion({ id: 'lastArrival' });
    expect(screen.getByLabelText(en.dateInput.day)).toHaveAttribute('name', 'lastArrival-day');
    expect(screen.getByLabelText(en.dateInput.month)).toHaveAttribute('name', 'lastArrival-month');
    expect(screen.getByLabelText(en.dateInput.year)).toHaveAttribute('name', 'lastArrival-year');
    await fill(user, '25', '11', '2026');
    await user.click(continueButton());
    expect(onAnswer).toHaveBeenCalledWith('lastArrival', '2026-11-25');
  });

  it('shows a saved date and keeps what was typed after an error', async () => {
    const user = userEvent.setup();
    renderQuestion({ id: 'lastArrival', answers: { lastArrival: '2025-03-10' } });
    expect(screen.getByLabelText(en.dateInput.day)).toHaveValue('10');
    expect(screen.getByLabelText(en.dateInput.month)).toHaveValue('3');
    expect(screen.getByLabelText(en.dateInput.year)).toHaveValue('2025');
    await user.clear(screen.getByLabelText(en.dateInput.month));
    await user.click(continueButton());
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByLabelText(en.dateInput.day)).toHaveValue('10');
    expect(screen.getByLabelText(en.dateInput.year)).toHaveValue('2025');
    expect(screen.getByLabelText(en.dateInput.month)).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('in Russian', () => {
  beforeEach(() => useLanguage('ru'));

  it('shows the question, options and errors in Russian', async () => {
    const user = userEvent.setup();
    renderQuestion({ id: 'location' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ru.questions.location.title);
    expect(screen.getByRole('radio', { name: ru.questions.location.options.in_us })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: ru.nav.continue }));
    expect(await screen.findByRole('link', { name: ru.errors.location.required })).toBeInTheDocument();
    expect(document.title).toMatch(/^Ошибка: /);
  });
});
