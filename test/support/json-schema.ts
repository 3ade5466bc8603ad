// A small JSON Schema (2020-12) validator for the keywords the generated schemas use. It refuses a
// schema with a keyword it does not know, so a schema can never pass for lack of a check.
type Json = { readonly [key: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$comment', '$defs', 'id', 'title', 'description', 'default', 'examples', 'readOnly', 'deprecated']);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
  'allOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minProperties',
  'maxProperties',
  'uniqueItems',
  'contentEncoding',
]);

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem of `value` against `schema` (whose `$defs` resolve `$ref`s), as `path: what`. */
export function validateJson(schema: Json, value: unknown): string[] {
  const root = schema;
  const errors: string[] = [];
  const check = (s: Json, v: unknown, path: string): void => {
    for (const k of Object.keys(s)) if (!ANNOTATIONS.has(k) && !ASSERTIONS.has(k) && !k.startsWith('x-')) throw new Error(`unknown keyword ${k} at ${path}`);
    if (typeof s['$ref'] === 'string') {
      const name = (s['$ref'] as string).replace('#/$defs/', '');
      const target = (root['$defs'] as Json | undefined)?.[name];
      if (!isObject(target)) throw new Error(`unresolved $ref ${s['$ref'] as string}`);
      check(target, v, path);
    }
    const t = typeOf(v);
    if (s['type'] !== undefined) {
      const types = ([] as unknown[]).concat(s['type']);
      if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) return void errors.push(`${path}: ${t} is not ${types.join('|')}`);
    }
    if (Array.isArray(s['enum']) && !s['enum'].includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
    if ('const' in s && s['const'] !== v) errors.push(`${path}: ${JSON.stringify(v)} is not ${JSON.stringify(s['const'])}`);
    if (typeof v === 'string') {
      const length = [...v].length;
      if (typeof s['minLength'] === 'number' && length < s['minLength']) errors.push(`${path}: shorter than ${s['minLength']}`);
      if (typeof s['maxLength'] === 'number' && length > s['maxLength']) errors.push(`${path}: longer than ${s['maxLength']}`);
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(v)) errors.push(`${path}: does not match ${s['pattern']}`);
      if (s['format'] === 'date-time' && (Number.isNaN(Date.parse(v)) || !/^\d{4}-\d\d-\d\dT/.test(v))) errors.push(`${path}: not a date-time`);
    }
    if (typeof v === 'number') {
      if (typeof s['minimum'] === 'number' && v < s['minimum']) errors.push(`${path}: below ${s['minimum']}`);
      if (typeof s['maximum'] === 'number' && v > s['maximum']) errors.push(`${path}: above ${s['maximum']}`);
      if (typeof s['exclusiveMinimum'] === 'number' && v <= s['exclusiveMinimum']) errors.push(`${path}: not above ${s['exclusiveMinimum']}`);
      if (typeof s['exclusiveMaximum'] === 'number' && v >= s['exclusiveMaximum']) errors.push(`${path}: not below ${s['exclusiveMaximum']}`);
    }
    if (Array.isArray(v)) {
      if (typeof s['minItems'] === 'number' && v.length < s['minItems']) errors.push(`${path}: fewer than ${s['minItems']} items`);
      if (typeof s['maxItems'] === 'number' && v.length > s['maxItems']) errors.push(`${path}: more than ${s['maxItems']} items`);
      const prefix = (s['prefixItems'] as Json[] | undefined) ?? [];
      v.forEach((x, i) => {
        const item = prefix[i] ?? s['items'];
        if (isObject(item)) check(item, x, `${path}[${i}]`);
      });
    }
    if (isObject(v)) {
      const props = (s['properties'] as Json | undefined) ?? {};
      for (const r of (s['required'] as string[] | undefined) ?? []) if (!(r in v)) errors.push(`${path}: missing ${r}`);
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined) continue;
        if (isObject(s['propertyNames'])) check(s['propertyNames'], k, `${path}{${k}}`);
        if (isObject(props[k])) check(props[k], x, `${path}.${k}`);
        else if (s['additionalProperties'] === false) errors.push(`${path}: unexpected ${k}`);
        else if (isObject(s['additionalProperties'])) check(s['additionalProperties'], x, `${path}.${k}`);
      }
    }
    const branches = (key: string) => ((s[key] as Json[] | undefined) ?? []).map((b) => validateAt(b, v, path));
    if (s['allOf']) for (const e of branches('allOf')) errors.push(...e);
    if (s['anyOf'] && !branches('anyOf').some((e) => e.length === 0)) errors.push(`${path}: matches no anyOf branch`);
    if (s['oneOf'] && branches('oneOf').filter((e) => e.length === 0).length !== 1) errors.push(`${path}: does not match exactly one oneOf branch`);
  };
  const validateAt = (s: Json, v: unknown, path: string): string[] => {
    const saved = errors.length;
    check(s, v, path);
    return errors.splice(saved);
  };
  check(schema, value, '$');
  return errors;
}

/** Paths where a schema is `{}` (accepts anything): a type zod could not represent, or a forgotten shape. */
export function holes(schema: unknown, path = '$'): string[] {
  if (!isObject(schema)) return [];
  const out: string[] = [];
  const sub = (s: unknown, p: string) => {
    if (isObject(s) && Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-')).length === 0) out.push(p);
    else out.push(...holes(s, p));
  };
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' || k === '$defs') for (const [name, s] of Object.entries(v as Json)) sub(s, `${path}.${k}.${name}`);
    else if (k === 'items' || k === 'additionalProperties' || k === 'propertyNames') sub(v, `${path}.${k}`);
    else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf' || k === 'prefixItems') (v as unknown[]).forEach((s, i) => sub(s, `${path}.${k}[${i}]`));
  }
  return out;
}
