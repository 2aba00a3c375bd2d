import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../../libs/domain/src/reference/regions';
import type { Names } from './api/types';

const INTL: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export { REGIONS };

/** Dates, numbers, money and names in the UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? i18n.language ?? 'ru') as 'kk' | 'ru' | 'en';
  const locale = INTL[lang] ?? 'ru-RU';
  const dateFmt = new Intl.DateTimeFormat(locale, { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });
  // Browsers' ICU often lacks Kazakh number data (it falls back to "1,000.5"); Kazakhstan groups and
  // separates decimals as Russian does ("1 000,5"), so numbers in kk use the ru-RU rules.
  const numLocale = lang === 'kk' ? 'ru-RU' : locale;
  const numFmt = new Intl.NumberFormat(numLocale);
  const compact = new Intl.NumberFormat(numLocale, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    lang,
    locale,
    date: (d: string | null | undefined): string => {
      if (!d) return '—';
      const v = new Date(d.length === 10 ? `${d}T00:00:00Z` : d);
      return Number.isNaN(v.getTime()) ? d : dateFmt.format(v);
    },
    number: (n: number | string | null | undefined): string => (n === null || n === undefined || n === '' ? '—' : numFmt.format(Number(n))),
    compact: (n: number | string): string => compact.format(Number(n)),
    percent: (n: number | null | undefined): string =>
      n === null || n === undefined ? '—' : new Intl.NumberFormat(numLocale, { style: 'percent', maximumFractionDigits: 1 }).format(n),
    names: (n: Names | null | undefined): string => (n ? n[lang] : '—'),
    region: (code: string | null | undefined): string => {
      if (!code) return '—';
      const r = REGIONS.find((x) => x.code === code);
      return r ? r.name[lang] : code;
    },
    country: (code: string | null | undefined): string => {
      if (!code) return '—';
      try {
        return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** Today as YYYY-MM-DD (the local calendar day of the browser). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
