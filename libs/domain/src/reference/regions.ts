/**
 * The 20 rated units (rules.md §5.1; 004 §2(4)): 17 oblasts (облысы / области), the capital and the two
 * other cities of republican significance (города республиканского значения), keyed by the 9-digit
 * KATO code (КАТО, classifier of administrative-territorial objects). External reference data.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export type RegionKind = 'OBLAST' | 'CITY_REP' | 'CAPITAL';

export interface Region {
  /** 9-digit KATO code of the unit. */
  code: string;
  kind: RegionKind;
  name: { kk: string; ru: string; en: string };
}

export const REGIONS: readonly Region[] = [
  { code: '100000000', kind: 'OBLAST', name: { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai Region' } },
  { code: '110000000', kind: 'OBLAST', name: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' } },
  { code: '150000000', kind: 'OBLAST', name: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' } },
  { code: '190000000', kind: 'OBLAST', name: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
  { code: '230000000', kind: 'OBLAST', name: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' } },
  { code: '270000000', kind: 'OBLAST', name: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' } },
  { code: '310000000', kind: 'OBLAST', name: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' } },
  { code: '330000000', kind: 'OBLAST', name: { kk: 'Жетісу облысы', ru: 'Область Жетісу', en: 'Zhetysu Region' } },
  { code: '350000000', kind: 'OBLAST', name: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' } },
  { code: '390000000', kind: 'OBLAST', name: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' } },
  { code: '430000000', kind: 'OBLAST', name: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' } },
  { code: '470000000', kind: 'OBLAST', name: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' } },
  { code: '550000000', kind: 'OBLAST', name: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' } },
  { code: '590000000', kind: 'OBLAST', name: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' } },
  { code: '610000000', kind: 'OBLAST', name: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' } },
  { code: '620000000', kind: 'OBLAST', name: { kk: 'Ұлытау облысы', ru: 'Область Ұлытау', en: 'Ulytau Region' } },
  { code: '630000000', kind: 'OBLAST', name: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' } },
  { code: '710000000', kind: 'CAPITAL', name: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana' } },
  { code: '750000000', kind: 'CITY_REP', name: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty' } },
  { code: '790000000', kind: 'CITY_REP', name: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent' } },
];

const BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

export function isRegionCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

/** The region with this KATO code, or undefined. */
export function findRegion(code: string): Region | undefined {
  return BY_CODE.get(code);
}

/** The region with this KATO code; UNKNOWN_REFERENCE (details.field = `field`) otherwise. */
export function getRegion(code: unknown, field = 'region'): Region {
  const r = isRegionCode(code) ? BY_CODE.get(code) : undefined;
  if (!r) throw new DomainError(DomainErrorCode.UNKNOWN_REFERENCE, `unknown region code ${String(code)}`, { field, value: code });
  return r;
}
