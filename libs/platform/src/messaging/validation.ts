import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export interface FieldProblem {
  field: string;
  constraint: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [constraint, message] of Object.entries(e.constraints ?? {})) out.push({ field, constraint, message });
    if (e.children && e.children.length > 0) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * Validate a plain object against a contract class. Unknown properties are refused
 * (`forbidNonWhitelisted`) so that a typo in a field name is an error, not silently ignored.
 */
export function validateContract<T extends object>(cls: new () => T, plain: unknown): { value: T; problems: FieldProblem[] } {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { value: undefined as unknown as T, problems: [{ field: '$', constraint: 'isObject', message: 'must be a JSON object' }] };
  }
  const value = plainToInstance(cls, plain);
  const problems = flatten(validateSync(value, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }));
  return { value, problems };
}

export { flatten as flattenValidationErrors };
