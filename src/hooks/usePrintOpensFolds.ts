import { useEffect, useRef } from 'react';

/**
 * On paper everything is shown: every folded part (details) opens before printing, from a print button or
 * the browser's own menu (Ctrl+P, Share → Print), and closes again afterwards as it was. `beforePrint` runs
 * first (the summary sets its printed date there).
 */
export function usePrintOpensFolds(beforePrint?: () => void) {
  const before = useRef(beforePrint);
  useEffect(() => {
    before.current = beforePrint;
  });
  useEffect(() => {
    let reopened: HTMLDetailsElement[] = [];
    const onBeforePrint = () => {
      before.current?.();
      reopened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      reopened.forEach((details) => (details.open = true));
    };
    const onAfterPrint = () => {
      reopened.forEach((details) => (details.open = false));
      reopened = [];
    };
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, []);
}
