import { act } from '@testing-library/react';
import i18n, { loadNamespaces, type Lang, type Namespace } from '../i18n/i18n';

/** Loads real locale files and switches i18next to `lng` for a component test. */
export async function useLanguage(lng: Lang, namespaces: readonly Namespace[] = ['translation']): Promise<void> {
  await loadNamespaces(lng, namespaces);
  await act(async () => {
    await i18n.changeLanguage(lng);
  });
}
