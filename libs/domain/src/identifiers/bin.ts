/**
 * Kazakhstan business / individual identification numbers (БИН / ИИН): 12 digits, the last a
 * check digit. Check digit: sum of digit_i × i (i = 1..11) mod 11; when that gives 10, a second
 * pass with weights 3,4,5,6,7,8,9,10,11,1,2; when that also gives 10 the number is invalid.
 */
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const d = [...first11].map(Number);
  const pass = (w: number[]): number => d.reduce((s, x, i) => s + x * w[i]!, 0) % 11;
  const c1 = pass(W1);
  if (c1 !== 10) return c1;
  const c2 = pass(W2);
  return c2 === 10 ? null : c2;
}

export function isValidBin(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return false;
  const check = binCheckDigit(value.slice(0, 11));
  return check !== null && check === Number(value[11]);
}
