/**
 * Password policy (OWASP ASVS 2.1): 12 to 200 characters, at least one letter and one digit,
 * not containing the login, not one of the commonly used passwords. Any character is allowed
 * (Kazakh and Russian letters included); no composition rules beyond that.
 */
const COMMON = new Set([
  'password1234',
  'qwerty123456',
  '123456789012',
  'qwertyuiop12',
  'password12345',
  'administrator1',
  'welcome12345',
  'astana123456',
  'almaty123456',
  'kazakhstan123',
  'parol1234567',
  'йцукенгшщз12',
]);

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** Returns the reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, login: string | null): string | null {
  if (password.length < PASSWORD_MIN) return `password must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `password must be at most ${PASSWORD_MAX} characters`;
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'password must contain a letter and a digit';
  if (login && login.length >= 3 && password.toLowerCase().includes(login.toLowerCase())) return 'password must not contain the login';
  if (COMMON.has(password.toLowerCase())) return 'password is too common';
  return null;
}
