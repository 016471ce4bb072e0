import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_KEY } from './language-key';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Chinese ships with the first load; English is fetched the first time someone chooses it (a chunk of its own). */
export const resources = {
  'zh-CN': { translation: zhCN },
} as const;

/** Chinese unless the user chose English before (remembered across sessions). */
function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  return LANGUAGES.find((l) => l === stored) ?? 'zh-CN';
}

export function rememberLanguage(lang: Language): void {
  localStorage.setItem(LANGUAGE_KEY, lang);
}

export function toLanguage(value: string | undefined): Language {
  return LANGUAGES.find((l) => l === value) ?? 'zh-CN';
}

/** Switches the UI language, fetching English's messages first if they are not loaded yet. */
export async function switchLanguage(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
  await i18n.changeLanguage(lang);
}

// Chinese is bundled, so initialisation is synchronous: the first render already has text. A user who chose English
// before sees it as soon as its chunk arrives.
void i18n.use(initReactI18next).init({
  resources,
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});
if (initialLanguage() !== 'zh-CN') void switchLanguage(initialLanguage());

export { i18n };
