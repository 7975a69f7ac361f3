import { useTranslation } from 'react-i18next';
import { usePageHeading } from '../hooks/usePageHeading';
import '../styles/print.css';

/** The glossary's terms, in the order shown (texts in locales/<lng>/glossary.json). */
export const GLOSSARY_TERMS = [
  'asylum',
  'refugee',
  'persecution',
  'well_founded_fear',
  'one_year_deadline',
  'changed_circumstances',
  'extraordinary_circumstances',
  'affirmative_defensive',
  'removal_proceedings',
  'notice_to_appear',
  'immigration_judge',
  'uscis',
  'eoir',
  'withholding',
  'cat',
  'credible_fear',
  'parole',
  'stca',
  'firm_resettlement',
  'pro_bono',
  'notario',
] as const;

export default function GlossaryPage({ backHref }: { backHref: string }) {
  const { t } = useTranslation(['glossary', 'translation']);
  const headingRef = usePageHeading(t('translation:app.titlePage', { page: t('glossary:title') }), true, t);

  return (
    <div className="glossary">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('glossary:title')}
      </h1>
      <p>{t('glossary:intro')}</p>
      <dl className="glossary__list summary-list">
        {GLOSSARY_TERMS.map((key) => {
          const term = t(`glossary:terms.${key}.term`);
          const english = t(`glossary:terms.${key}.english`);
          // On the English page most terms are already what a lawyer says: show the English only when it adds something.
          const showEnglish = english.toLocaleLowerCase('en') !== term.toLocaleLowerCase('en');
          return (
            <div className="glossary__item summary-list__row" key={key} id={`term-${key}`}>
              <dt className="summary-list__key">
                <span className="glossary__term">{term}</span>
                {showEnglish ? (
                  <>
                    {' '}
                    <span className="glossary__english hint" lang="en">
                      ({english})
                    </span>
                  </>
                ) : null}
              </dt>
              <dd className="summary-list__value">{t(`glossary:terms.${key}.definition`)}</dd>
            </div>
          );
        })}
      </dl>
      <p>
        <a href={backHref}>{t('translation:nav.backToQuestions')}</a>
      </p>
    </div>
  );
}
