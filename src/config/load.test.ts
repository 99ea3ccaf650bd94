import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applySet, deepMerge, listKeys, parseConfigText, validateConfig } from './load.js';
import { InputError } from '../util/errors.js';

const schema = z.strictObject({
  seed: z.number().int().default(1),
  name: z.string().default('x'),
  rollout: z
    .strictObject({
      n: z.number().int().positive().default(8).describe('samples per prompt'),
      temperature: z.number().positive().default(1),
      mode: z.enum(['a', 'b']).default('a'),
      init: z.string().nullable().default(null),
    })
    .prefault({}),
});

describe('config loading', () => {
  it('fills defaults and lists leaf keys with their docs', () => {
    expect(validateConfig(schema, {})).toEqual({ seed: 1, name: 'x', rollout: { n: 8, temperature: 1, mode: 'a', init: null } });
    const keys = listKeys(schema);
    expect(keys.map((k) => k.key)).toEqual(['seed', 'name', 'rollout.n', 'rollout.temperature', 'rollout.mode', 'rollout.init']);
    expect(keys[2]).toMatchObject({ type: 'number', description: 'samples per prompt', default: 8 });
    expect(keys[4].type).toBe('"a" | "b"');
  });

  it('--set parses YAML scalars and checks them against the field type', () => {
    let raw = applySet({}, schema, 'rollout.n=16');
    raw = applySet(raw, schema, 'rollout.temperature=6e-1');
    raw = applySet(raw, schema, 'name=007');
    raw = applySet(raw, schema, 'rollout.init=null');
    expect(validateConfig(schema, raw).rollout).toMatchObject({ n: 16, temperature: 0.6, init: null });
    expect(validateConfig(schema, raw).name).toBe('007');
    expect(() => applySet({}, schema, 'rollout.n=abc')).toThrow(/rollout\.n=abc.*allowed: number/);
    expect(() => applySet({}, schema, 'rollout.mode=c')).toThrow(/allowed: "a" \| "b"/);
    expect(() => applySet({}, schema, 'rollout.nn=3')).toThrow(InputError);
    expect(() => applySet({}, schema, 'rollout.nn=3')).toThrow(/unknown key "nn" in rollout; allowed: n, temperature, mode, init/);
    expect(() => applySet({}, schema, 'rollout=3')).toThrow(/is a section/);
    expect(() => applySet({}, schema, 'novalue')).toThrow(/key=value/);
  });

  it('reports every problem of a file in one InputError with the file and line', () => {
    const text = 'seed: 2\nrollout:\n  n: 0\n  tempreature: 0.5\nextra: 1\n';
    const { raw, source } = parseConfigText(text, 'c.yaml');
    let err: InputError | undefined;
    try {
      validateConfig(schema, raw, [source]);
    } catch (e) {
      err = e as InputError;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err!.file).toBe('c.yaml');
    expect(err!.line).toBe(3);
    expect(err!.message).toMatch(/rollout\.n: .*allowed: number/);
    expect(err!.message).toMatch(/unknown key "rollout\.tempreature"; allowed in rollout: n, temperature, mode, init/);
    expect(err!.message).toMatch(/unknown key "extra"; allowed: seed, name, rollout/);
  });

  it('reads JSON as well as YAML, and rejects malformed text with a line', () => {
    expect(parseConfigText('{"seed": 3}', 'c.json').raw).toEqual({ seed: 3 });
    expect(() => parseConfigText('seed: [1,\n', 'bad.yaml')).toThrow(/bad\.yaml/);
    expect(() => parseConfigText('- 1\n- 2\n', 'list.yaml')).toThrow(/mapping/);
  });

  it('deep-merges sections and replaces leaves', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, d: [1] }, { a: { c: 3 }, d: [2] })).toEqual({ a: { b: 1, c: 3 }, d: [2] });
  });
});
