import { binCheckDigit, isValidBin } from './bin';

describe('BIN / IIN check digit', () => {
  // Hand computation: 9 4 0 7 4 0 0 0 0 1 3 → 1·9+2·4+3·0+4·7+5·4+6·0+7·0+8·0+9·0+10·1+11·3 = 108; 108 mod 11 = 9.
  it('computes the first-pass digit', () => {
    expect(binCheckDigit('94074000013')).toBe(9);
    expect(isValidBin('940740000139')).toBe(true);
    expect(isValidBin('940740000138')).toBe(false);
  });

  // 0 0 0 0 0 0 0 0 0 1 0 → first pass 10·1 = 10 → second pass weight of position 10 is 1 → 1 mod 11 = 1.
  it('falls back to the second weights when the first pass gives 10', () => {
    expect(binCheckDigit('00000000010')).toBe(1);
    expect(isValidBin('000000000101')).toBe(true);
  });

  // 0 5 0 0 0 0 0 0 0 0 0 → first pass 2·5 = 10; second pass 4·5 = 20 mod 11 = 9.
  it('handles a first pass of 10 at another position', () => {
    expect(binCheckDigit('05000000000')).toBe(9);
    expect(isValidBin('050000000009')).toBe(true);
  });

  // 0…0 2 8 1 (positions 9, 10, 11) → first pass 9·2 + 10·8 + 11·1 = 109 ≡ 10;
  // second pass weights 11,1,2 → 22 + 8 + 2 = 32 ≡ 10. No check digit exists: every 12th digit is invalid.
  it('rejects numbers whose both passes give 10', () => {
    expect(binCheckDigit('00000000281')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidBin(`00000000281${d}`)).toBe(false);
  });

  it('rejects malformed input', () => {
    expect(binCheckDigit('123')).toBeNull();
    expect(isValidBin('12345678901')).toBe(false);
    expect(isValidBin('1234567890123')).toBe(false);
    expect(isValidBin('12345678901a')).toBe(false);
    expect(isValidBin(940740000139)).toBe(false);
    expect(isValidBin(null)).toBe(false);
  });
});
