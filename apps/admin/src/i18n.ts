import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api/client';
import en from './locales/en';
import kk from './locales/kk';
import ru from './locales/ru';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'ndip.language';

function initial(): Language {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  return 'ru';
}

const DAYJS: Record<Language, string> = { kk: 'kk', ru: 'ru', en: 'en-gb' };

const lng = initial();
setApiLanguage(lng);
dayjs.locale(DAYJS[lng]);
document.documentElement.lang = lng;

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  lng,
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the language of the UI and of the API answers (problem titles), and remembers it. */
export function changeLanguage(l: Language): void {
  localStorage.setItem(LANGUAGE_KEY, l);
  setApiLanguage(l);
  dayjs.locale(DAYJS[l]);
  document.documentElement.lang = l;
  void i18n.changeLanguage(l);
}

export default i18n;
