// The pieces the save and open pages share (FLOW.md §5), loaded only with those pages.
import type { ReactNode } from 'react';
import type { T } from '../../i18n/keys';

export interface FieldProps {
  t: T;
  /** The input's id and name ('passphrase', 'passphrase-again'). */
  name: string;
  label: string;
  hint?: string | undefined;
  error: string | null;
  value: string;
  shown: boolean;
  onChange: (value: string) => void;
}

/**
 * A passphrase input (GOV.UK text input with its label, hint and inline error): `type="password"` unless
 * shown, never autocompleted, corrected or capitalised by the keyboard.
 */
export function PassphraseField({ t, name, label, hint, error, value, shown, onChange }: FieldProps) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup t={t} name={name} label={label} hint={hint} error={error}>
      <input
        className={`input input--passphrase${error ? ' input--error' : ''}`}
        id={name}
        name={name}
        type={shown ? 'text' : 'password'}
        autoComplete="off"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}

/** A form group: label, hint, inline error (with its hidden "Error:" prefix), then the control. */
export function FormGroup({ t, name, label, hint, error, children }: { t: T; name: string; label: string; hint?: string | undefined; error: string | null; children: ReactNode }) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={`${name}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${name}-error`}>
          <span className="visually-hidden">{t('app.errorPrefix')}</span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** Shows or hides the passphrase fields it controls (their ids). */
export function ShowPassphrase({ t, shown, controls, onToggle }: { t: T; shown: boolean; controls: string; onToggle: () => void }) {
  return (
    <button type="button" className="link-button saved-file__toggle" aria-controls={controls} aria-pressed={shown} onClick={onToggle}>
      {shown ? t('save.hide') : t('save.show')}
    </button>
  );
}

/**
 * A form's submit button that says it is working and cannot be pressed twice: while `working`, its words
 * change and it is aria-disabled (it keeps the focus, unlike `disabled`); the form ignores a second submit.
 */
export function WorkingButton({ working, label, workingLabel }: { working: boolean; label: string; workingLabel: string }) {
  return (
    <button type="submit" className="button" aria-disabled={working || undefined}>
      {working ? workingLabel : label}
    </button>
  );
}
