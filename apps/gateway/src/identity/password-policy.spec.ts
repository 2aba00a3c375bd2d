import { PASSWORD_MAX, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long password with a letter and a digit, in any script', () => {
    expect(passwordProblem('correct horse 42', 'a.nurlanov')).toBeNull();
    expect(passwordProblem('Қазақстан2026жыл', 'user')).toBeNull();
  });

  it.each([
    ['short1abc', 'at least 12'],
    ['onlyletterslong', 'a letter and a digit'],
    ['123456789012345', 'a letter and a digit'],
    ['x'.repeat(PASSWORD_MAX) + '1', 'at most'],
    ['my-a.nurlanov-2026', 'must not contain the login'],
    ['Password1234', 'too common'],
  ])('refuses %p (%s)', (pw, reason) => {
    expect(passwordProblem(pw, 'a.nurlanov')).toContain(reason);
  });

  it('accepts exactly the minimum and maximum length', () => {
    expect(passwordProblem('abcdefghijk1', null)).toBeNull();
    expect(passwordProblem('a'.repeat(PASSWORD_MAX - 1) + '1', null)).toBeNull();
  });
});
