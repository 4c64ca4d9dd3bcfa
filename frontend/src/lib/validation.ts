/**
 * Client-side validation with the same rules as the API, so a form never sends what the server
 * would refuse with a 400. Each validator returns an error sentence, or undefined when valid.
 */

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,32}$/;
/** The API's e-mail rule (the original's invitation regex). */
export const EMAIL_PATTERN = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;
export const ORG_NAME_PATTERN = /^[a-zA-Z0-9 _-]+$/;

export type Validator = (value: string) => string | undefined;

export const validateUsername: Validator = (value) => {
  if (value.length === 0) return 'Enter a username.';
  if (value.length < 3 || value.length > 32) return 'Usernames are 3 to 32 characters long.';
  if (!USERNAME_PATTERN.test(value)) return 'Use only letters, digits, dots, dashes and underscores.';
  return undefined;
};

export const validateEmail: Validator = (value) => {
  const v = value.trim();
  if (v.length === 0) return 'Enter an email address.';
  if (!EMAIL_PATTERN.test(v)) return 'Enter a valid email address, like name@example.com.';
  return undefined;
};

export const validatePassword: Validator = (value) => {
  if (value.length === 0) return 'Enter a password.';
  if ([...value].length < 8) return 'Passwords are at least 8 characters long.';
  if ([...value].length > 128) return 'Passwords are at most 128 characters long.';
  return undefined;
};

export const validateRequired =
  (what: string): Validator =>
  (value) =>
    value.trim().length === 0 ? `Enter ${what}.` : undefined;

export const validateOrgName: Validator = (value) => {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'Enter a name for the organization.';
  if (new TextEncoder().encode(trimmed).length < 3 || new TextEncoder().encode(trimmed).length > 50)
    return 'Organization names are 3 to 50 characters long.';
  if (!ORG_NAME_PATTERN.test(trimmed)) return 'Use only letters, digits, spaces, dashes and underscores.';
  return undefined;
};

/** What an authenticator app shows, as typed: "123 456" and "123456" are the same code. */
export function normalizeTotp(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** A TOTP code (RFC 6238 as the API uses it): six digits. */
export const validateTotp: Validator = (value) => {
  const code = normalizeTotp(value);
  if (code.length === 0) return 'Enter the 6-digit code from your authenticator app.';
  if (!/^\d{6}$/.test(code)) return 'The code is 6 digits, like 123456.';
  return undefined;
};

/** Runs each field's validator; returns only the fields in error. */
export function validateAll<K extends string>(
  values: Record<K, string>,
  rules: Partial<Record<K, Validator>>,
): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  for (const key of Object.keys(rules) as K[]) {
    const rule = rules[key];
    const error = rule?.(values[key]);
    if (error !== undefined) errors[key] = error;
  }
  return errors;
}
