import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../components/QrCode';
import { usePageHeading } from '../hooks/usePageHeading';
import { hasAllWords, isLang, loadAllWords, otherLang, type Lang } from '../i18n/i18n';
import '../styles/print.css';
import '../components/qr-code.css';
import './share.css';

type Copied = { what: 'address' | 'message'; ok: boolean } | null;

/** The poster's words in one language (the page's, and the other one's below the code). */
function PosterText({ lng, className }: { lng: Lang; className: string }) {
  const { t } = useTranslation('translation', { lng });
  return (
    <div className={`print-only share-poster__text ${className}`} lang={lng} hidden>
      <p className="share-poster__title">{t('share.posterTitle')}</p>
      <p className="share-poster__lead">{t('share.posterLead')}</p>
    </div>
  );
}

/**
 * '#/share' (FLOW.md §5 "Hand it out"): the app's own address (wherever it is hosted, never a hash, a query or
 * an answer) as a QR code and as text, a ready message in the page's language, a copy button for each, and a
 * poster on one A4 or Letter page in both languages. The QR library loads with this page only.
 */
export default function SharePage({ backHref }: { backHref: string }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const other = otherLang(lang);
  const headingRef = usePageHeading(t('app.titlePage', { page: t('share.title') }), true);
  const address = `${window.location.origin}${window.location.pathname}`;
  // The Russian message opens the app in Russian whatever the reader's phone speaks.
  const message = t('share.message', { url: lang === 'ru' ? `${address}?lang=ru` : address });
  const [copied, setCopied] = useState<Copied>(null);
  const addressRef = useRef<HTMLElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const [loaded, setLoaded] = useState<Lang | null>(null);
  const otherReady = loaded === other || hasAllWords(other);

  // The poster's second language needs the other language's words (loaded, the interface language unchanged).
  useEffect(() => {
    if (hasAllWords(other)) return;
    let cancelled = false;
    loadAllWords(other).then(
      () => {
        if (!cancelled) setLoaded(other);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [other]);

  async function copy(what: 'address' | 'message') {
    const text = what === 'address' ? address : message;
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ what, ok: true });
    } catch {
      // No clipboard here (an app's own browser, an insecure origin): the text is selected for the person to copy.
      const node = (what === 'address' ? addressRef : messageRef).current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopied({ what, ok: false });
    }
  }

  const status = (what: 'address' | 'message') =>
    copied?.what === what ? (
      <span className={copied.ok ? 'share__copied' : 'error-message'}>{copied.ok ? t('share.copied') : t('share.copyFailed')}</span>
    ) : null;

  return (
    <div className="share">
      <PosterText lng={lang} className="share-poster__text--first" />
      <h1 ref={headingRef} tabIndex={-1}>
        {t('share.title')}
      </h1>
      <p className="lead">{t('share.lead')}</p>
      <figure className="share-code">
        <QrCode id="share-code" url={address} label={t('share.codeLabel')} failed={address} />
      </figure>
      {otherReady ? <PosterText lng={other} className="share-poster__text--second" /> : null}
      <h2 className="share__address-title">{t('share.address')}</h2>
      <p className="share__address">
        <code id="share-address" ref={addressRef}>
          {address}
        </code>
      </p>
      <div className="share__actions" aria-live="polite">
        <button type="button" className="button button--secondary" data-copy="address" onClick={() => void copy('address')}>
          {t('share.copyAddress')}
        </button>{' '}
        {status('address')}
      </div>
      <h2 className="share__message-title">{t('share.messageTitle')}</h2>
      <p className="share__message" id="share-message" ref={messageRef}>
        {message}
      </p>
      <div className="share__actions" aria-live="polite">
        <button type="button" className="button button--secondary" data-copy="message" onClick={() => void copy('message')}>
          {t('share.copyMessage')}
        </button>{' '}
        {status('message')}
      </div>
      <div className="share__print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('share.print')}
        </button>
        <p className="hint">{t('share.printHint')}</p>
      </div>
      <p className="share__back">
        <a href={backHref}>{t('nav.backToQuestions')}</a>
      </p>
    </div>
  );
}
