/**
 * Generic config machinery over a zod schema: read YAML/JSON files, merge presets, apply
 * `--set key=value` overrides with type checking against the schema, and turn every problem into ONE
 * `InputError` that names the file and line and lists what is allowed. Nothing here knows the trainer's
 * keys; `src/config/train-config.ts` instantiates it for `dissect train`.
 *
 * Habit taken from nanoGPT's configurator: an unknown key raises, an override must match the type of
 * the field it overrides, and the resolved config is written next to the outputs.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, stringify } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../util/errors.js';

/** A plain JSON-like object (the raw, unvalidated config tree). */
export type RawConfig = Record<string, unknown>;

/** Where a raw config value came from, for error messages. */
export interface ConfigSource {
  /** File name or a label like `--set` / `preset luffy`. */
  label: string;
  /** 1-based line of a dotted key path inside the file, when known. */
  lineOf?: (path: ReadonlyArray<string | number>) => number | undefined;
}

// ---------------------------------------------------------------------------------------------------
// Schema introspection (zod 4): unwrap defaults/optionals, walk object shapes.

type AnySchema = z.ZodType;

interface ZodDefLike {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string | number>;
  options?: AnySchema[];
  values?: unknown[];
  in?: AnySchema;
}

function defOf(s: AnySchema): ZodDefLike {
  return (s as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** Strip default/prefault/optional/nullable/readonly/pipe wrappers down to the value schema. */
export function unwrapSchema(s: AnySchema): AnySchema {
  let cur = s;
  for (let i = 0; i < 32; i++) {
    const d = defOf(cur);
    if ((d.type === 'default' || d.type === 'prefault' || d.type === 'optional' || d.type === 'nullable' || d.type === 'readonly' || d.type === 'catch') && d.innerType) {
      cur = d.innerType;
    } else if (d.type === 'pipe' && d.in) {
      cur = d.in;
    } else {
      return cur;
    }
  }
  return cur;
}

/** The object shape of a schema (after unwrapping), or undefined when it is not an object. */
export function objectShape(s: AnySchema): Record<string, AnySchema> | undefined {
  const d = defOf(unwrapSchema(s));
  return d.type === 'object' ? (d.shape as Record<string, AnySchema>) : undefined;
}

/** Short human description of what a leaf schema accepts: `number`, `"a" | "b"`, `boolean | null`, ... */
export function describeType(s: AnySchema): string {
  const nullable = acceptsNull(s);
  const d = defOf(unwrapSchema(s));
  let t: string;
  switch (d.type) {
    case 'enum':
      t = Object.values(d.entries ?? {}).map((v) => JSON.stringify(v)).join(' | ');
      break;
    case 'literal':
      t = (d.values ?? []).map((v) => JSON.stringify(v)).join(' | ');
      break;
    case 'union':
      t = (d.options ?? []).map((o) => describeType(o)).join(' | ');
      break;
    case 'object':
      t = 'object';
      break;
    case 'array':
      t = 'array';
      break;
    default:
      t = d.type;
  }
  return nullable && !t.includes('null') ? `${t} | null` : t;
}

function acceptsNull(s: AnySchema): boolean {
  return s.safeParse(null).success;
}

/** Every leaf key path of an object schema with its type and description, in declaration order. */
export function listKeys(schema: AnySchema, prefix = ''): Array<{ key: string; type: string; description: string; default: unknown }> {
  const shape = objectShape(schema);
  if (!shape) return [];
  const out: Array<{ key: string; type: string; description: string; default: unknown }> = [];
  for (const [k, sub] of Object.entries(shape)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (objectShape(sub)) {
      out.push(...listKeys(sub, key));
    } else {
      const dflt = defaultOf(sub);
      out.push({ key, type: describeType(sub), description: sub.description ?? '', default: dflt });
    }
  }
  return out;
}

function defaultOf(s: AnySchema): unknown {
  const r = s.safeParse(undefined);
  return r.success ? r.data : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Reading files

/** Parse a YAML or JSON config text into a raw object plus a line lookup for error messages. */
export function parseConfigText(text: string, file: string): { raw: RawConfig; source: ConfigSource } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.pos ? lineCounter.linePos(e.pos[0]).line : undefined;
    throw new InputError(`invalid YAML/JSON: ${e.message.split('\n')[0]}`, file, line);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { raw: {}, source: { label: file } };
  if (!isMap(doc.contents) || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('a config file must be a mapping of keys to values', file, 1);
  }
  const lineOf = (path: ReadonlyArray<string | number>): number | undefined => {
    for (let n = path.length; n >= 1; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return lineCounter.linePos(node.range[0]).line;
      const parent = n > 1 ? (doc.getIn(path.slice(0, n - 1), true) as unknown) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path[n - 1]);
        const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]).line;
      }
    }
    return undefined;
  };
  return { raw: value as RawConfig, source: { label: file, lineOf } };
}

/** Read a YAML (`.yaml`/`.yml`) or JSON config file. */
export function readConfigFile(file: string): { raw: RawConfig; source: ConfigSource } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read config: ${(e as Error).message}`, file);
  }
  return parseConfigText(text, file);
}

// ---------------------------------------------------------------------------------------------------
// Merging and overrides

function isPlainObject(v: unknown): v is RawConfig {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge key by key, everything else (arrays included) is replaced by `over`. */
export function deepMerge(base: RawConfig, over: RawConfig): RawConfig {
  const out: RawConfig = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k] as RawConfig, v) : v;
  }
  return out;
}

/**
 * Apply one `key.path=value` override to `raw` (returns a new object). The key must exist in the
 * schema (else an InputError lists the allowed keys at that level). The value is read as a YAML scalar
 * (`3e-4`, `true`, `null`, `[1,2]`) and must be accepted by the field's schema; a field that takes a
 * string gets the raw text when the YAML reading is not a string (so `--set init=001` stays `"001"`).
 */
export function applySet(raw: RawConfig, schema: AnySchema, assignment: string): RawConfig {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new InputError(`--set expects key=value, got ${JSON.stringify(assignment)}`);
  const key = assignment.slice(0, eq).trim();
  const text = assignment.slice(eq + 1);
  const path = key.split('.');
  let cur: AnySchema = schema;
  for (let i = 0; i < path.length; i++) {
    const shape = objectShape(cur);
    const here = path.slice(0, i).join('.');
    if (!shape) throw new InputError(`--set ${key}: ${here} is a ${describeType(cur)}, it has no key ${JSON.stringify(path[i])}`);
    const next = shape[path[i]];
    if (!next) {
      throw new InputError(
        `--set ${key}: unknown key ${JSON.stringify(path[i])}${here ? ` in ${here}` : ''}; allowed: ${Object.keys(shape).join(', ')}`,
      );
    }
    cur = next;
  }
  if (objectShape(cur)) {
    const allowed = listKeys(cur, key).map((k) => k.key);
    throw new InputError(`--set ${key}: is a section, set one of its keys: ${allowed.join(', ')}`);
  }
  let value: unknown;
  try {
    value = parseDocument(text).toJS();
  } catch {
    value = text;
  }
  if (value === undefined) value = text;
  if (!cur.safeParse(value).success && cur.safeParse(text).success) value = text;
  const check = cur.safeParse(value);
  if (!check.success) {
    const why = check.error.issues[0]?.message ?? 'invalid';
    throw new InputError(`--set ${key}=${text}: ${why} (allowed: ${describeType(cur)})`);
  }
  const patch: RawConfig = {};
  let node = patch;
  for (let i = 0; i < path.length - 1; i++) {
    node[path[i]] = {};
    node = node[path[i]] as RawConfig;
  }
  node[path[path.length - 1]] = value;
  return deepMerge(raw, patch);
}

// ---------------------------------------------------------------------------------------------------
// Validation

/**
 * Validate a raw config against the schema, filling defaults. Every issue becomes one line of a single
 * InputError; unknown keys list the allowed keys of their section, bad values the accepted type.
 */
export function validateConfig<S extends AnySchema>(schema: S, raw: RawConfig, sources: ConfigSource[] = []): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data as z.output<S>;
  const lines: string[] = [];
  let firstFile: string | undefined;
  let firstLine: number | undefined;
  for (const issue of r.error.issues) {
    const path = issue.path.map(String);
    const dotted = path.join('.');
    let msg: string;
    if (issue.code === 'unrecognized_keys') {
      const sectionSchema = schemaAt(schema, path);
      const allowed = sectionSchema ? Object.keys(objectShape(sectionSchema) ?? {}) : [];
      const keys = (issue as { keys: string[] }).keys;
      msg = `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => JSON.stringify(dotted ? `${dotted}.${k}` : k)).join(', ')}; allowed${dotted ? ` in ${dotted}` : ''}: ${allowed.join(', ')}`;
      for (const k of keys) locate([...path, k]);
    } else {
      const leaf = schemaAt(schema, path);
      msg = `${dotted || '(root)'}: ${issue.message}${leaf && !objectShape(leaf) ? ` (allowed: ${describeType(leaf)})` : ''}`;
      locate(path);
    }
    lines.push(msg);
  }
  function locate(path: string[]): void {
    if (firstFile !== undefined) return;
    for (const s of sources) {
      const line = s.lineOf?.(path);
      if (line !== undefined) {
        firstFile = s.label;
        firstLine = line;
        return;
      }
    }
  }
  const body = lines.length === 1 ? lines[0] : `invalid config:\n  ${lines.join('\n  ')}`;
  throw new InputError(body, firstFile, firstLine);
}

function schemaAt(schema: AnySchema, path: string[]): AnySchema | undefined {
  let cur: AnySchema | undefined = schema;
  for (const p of path) {
    const shape: Record<string, AnySchema> | undefined = cur ? objectShape(cur) : undefined;
    cur = shape?.[p];
    if (!cur) return undefined;
  }
  return cur;
}

/** Serialise a resolved config as YAML (the form written next to the outputs). */
export function configToYaml(config: unknown, header?: string): string {
  const body = stringify(config, { lineWidth: 0 });
  return header ? `# ${header.split('\n').join('\n# ')}\n${body}` : body;
}
