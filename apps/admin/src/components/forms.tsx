import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
// The admin bundle already takes pure reference code from libs/domain (see ../format.ts); the BIN check
// is the very rule the gateway applies (@IsBin), so the form refuses exactly what the API would.
import { isValidBin } from '../../../../libs/domain/src/identifiers/bin';
import { ApiError } from '../api/client';

export { isValidBin };

/**
 * ISO 3166-1 alpha-2: the assigned country codes the gateway accepts (@IsCountryCode, the same list as
 * libs/platform/src/contracts/attraction-reference.ts, which cannot be bundled: it needs class-validator).
 */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** A fresh Idempotency-Key for one create form; renewed after the write succeeded (a retry of a failed write may reuse it). */
export function useIdempotencyKey(): [string, () => void] {
  const make = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [key, setKey] = useState(make);
  return [key, () => setKey(make())];
}

/**
 * Puts the fields a problem+json names (`field`, and each of `errors[]`) on the form's fields: the
 * path `a.b.0` is matched against the form's field paths, longest prefix first. Returns whether any
 * field was marked (otherwise the caller shows the problem as a whole).
 */
export function showProblemOnFields(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  label: (p: ApiError) => string,
  /** Messages in the UI language for known problems, by `CODE:field` (the services' details are in English). */
  known: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const p = error.problem as ApiError['problem'] & { errors?: { field: string; message: string }[] };
  const named = p.errors?.length ? p.errors : p.field ? [{ field: p.field, message: p.detail ?? '' }] : [];
  const marks = new Map<string, string[]>();
  for (const e of named) {
    const parts = e.field.split('.');
    for (let n = parts.length; n > 0; n--) {
      const path = parts.slice(0, n).join('.');
      if (fields.includes(path)) {
        const own = known[`${p.code ?? ''}:${e.field}`];
        marks.set(path, [...(marks.get(path) ?? []), own ?? `${label(error)}: ${e.message}`]);
        break;
      }
    }
  }
  if (marks.size === 0) return false;
  form.setFields([...marks].map(([path, errors]) => ({ name: path.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)), errors })));
  return true;
}

/** Validation rules in the UI language that mirror the gateway's DTO constraints. */
export function useRules() {
  const { t } = useTranslation();
  return {
    required: { required: true, whitespace: true, message: t('common.required') } as Rule,
    requiredValue: { required: true, message: t('common.required') } as Rule,
    max: (n: number): Rule => ({ max: n, message: t('forms.maxLength', { count: n }) }),
    bin: {
      validator: (_: unknown, v: unknown) => {
        if (v === undefined || v === null || v === '') return Promise.resolve();
        const s = String(v);
        if (!/^\d{12}$/.test(s)) return Promise.reject(new Error(t('forms.binDigits')));
        return isValidBin(s) ? Promise.resolve() : Promise.reject(new Error(t('forms.binCheck')));
      },
    } as Rule,
    pattern: (re: RegExp, message: string): Rule => ({ pattern: re, message }),
  };
}

/** The optional text of a form value: trimmed, or undefined when empty. */
export function text(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v);
  return s === '' ? undefined : s;
}

/** Whether a problem names one of the form's fields (then it is shown on the field, not as a whole). */
export function namesAField(error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const p = error.problem as ApiError['problem'] & { errors?: { field: string }[] };
  const names = [p.field, ...(p.errors ?? []).map((x) => x.field)].filter((x): x is string => Boolean(x));
  return names.some((n) => {
    const parts = n.split('.');
    return parts.some((_, i) => fields.includes(parts.slice(0, i + 1).join('.')));
  });
}
