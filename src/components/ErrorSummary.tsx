import { useEffect, useRef } from 'react';
import type { T } from '../i18n/keys';

export interface ErrorItem {
  /** The id of the input the link moves focus to. */
  target: string;
  message: string;
}

/**
 * GOV.UK error summary: focused when it appears (and again after each failed submit), with a link to
 * each field. A link focuses its input (scrolling its legend or label into view).
 */
export function ErrorSummary({ t, errors, attempt }: { t: T; errors: ErrorItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length === 0) return;
    // The tabindex is dropped on blur (no outline after a click), so set it again before each focus.
    ref.current?.setAttribute('tabindex', '-1');
    ref.current?.focus();
  }, [errors.length, attempt]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" onBlur={(e) => e.currentTarget.removeAttribute('tabindex')}>
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {t('errorSummary.title')}
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={error.target}>
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  const input = document.getElementById(error.target);
                  const anchor = input?.closest('fieldset')?.querySelector('legend') ?? input;
                  anchor?.scrollIntoView();
                  input?.focus({ preventScroll: true });
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
