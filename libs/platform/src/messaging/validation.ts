import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type TargetMetadatas = ReturnType<Storage['getTargetValidationMetadatas']>;

/**
 * class-validator looks up a class's rules on every validation: it tests the class against every class that has
 * rules (`instanceof`, for inherited rules) and regroups them by property. With the hundreds of contract classes
 * of libs/platform that lookup was most of the cost of validating an event (docs/performance.md). The rules of a
 * class do not change once its module is loaded, so the lookup and the grouping are memoised per class and
 * options; registering a new rule (a class loaded later) clears the memo. Same rules, same results.
 */
function memoiseRuleLookup(storage: Storage): void {
  const marked = storage as Storage & { ndipMemoised?: true };
  if (marked.ndipMemoised) return;
  marked.ndipMemoised = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let lookups = new Map<unknown, Map<string, TargetMetadatas>>();
  let groups = new WeakMap<TargetMetadatas, ReturnType<Storage['groupByPropertyName']>>();
  storage.addValidationMetadata = (metadata) => {
    lookups = new Map();
    groups = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strict, groupNames) => {
    const key = `${schema}\u0000${always}\u0000${strict}\u0000${(groupNames ?? []).join('\u0001')}`;
    let byKey = lookups.get(target);
    if (!byKey) lookups.set(target, (byKey = new Map()));
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = lookup(target, schema, always, strict, groupNames)));
    return found;
  };
  storage.groupByPropertyName = (metadatas) => {
    let grouped = groups.get(metadatas);
    if (!grouped) groups.set(metadatas, (grouped = group(metadatas)));
    return grouped;
  };
}
memoiseRuleLookup(getMetadataStorage());

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
