/**
 * Minimal safetensors reader/writer for float32 tensors (format: huggingface/safetensors README):
 * 8-byte little-endian header length N, N bytes of JSON header `{name: {dtype, shape, data_offsets},
 * "__metadata__": {string: string}}`, then the raw little-endian tensor bytes. Offsets are relative to
 * the start of the data section; the header is padded with spaces to a multiple of 8 bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '../util/errors.js';

/** A named float32 tensor. */
export interface NamedTensor {
  name: string;
  shape: number[];
  data: Float32Array;
}

/** Serialise tensors (in the given order) and string metadata to safetensors bytes. */
export function encodeSafetensors(tensors: NamedTensor[], metadata: Record<string, string> = {}): Buffer {
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length > 0) header.__metadata__ = metadata;
  let off = 0;
  for (const t of tensors) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    if (n !== t.data.length) throw new Error(`safetensors: ${t.name} shape [${t.shape}] has ${n} elements, data has ${t.data.length}`);
    header[t.name] = { dtype: 'F32', shape: t.shape, data_offsets: [off, off + 4 * n] };
    off += 4 * n;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const hbytes = Buffer.from(json, 'utf8');
  const out = Buffer.alloc(8 + hbytes.length + off);
  out.writeBigUInt64LE(BigInt(hbytes.length), 0);
  hbytes.copy(out, 8);
  let pos = 8 + hbytes.length;
  for (const t of tensors) {
    for (let i = 0; i < t.data.length; i++, pos += 4) out.writeFloatLE(t.data[i], pos);
  }
  return out;
}

/** Parse safetensors bytes; `file` only labels errors. Only F32 tensors are accepted. */
export function decodeSafetensors(buf: Buffer, file = '<buffer>'): { tensors: Map<string, NamedTensor>; metadata: Record<string, string> } {
  if (buf.length < 8) throw new InputError('not a safetensors file (shorter than 8 bytes)', file);
  const n = Number(buf.readBigUInt64LE(0));
  if (n > buf.length - 8) throw new InputError(`safetensors header length ${n} exceeds file size ${buf.length}`, file);
  let header: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] } | Record<string, string>>;
  try {
    header = JSON.parse(buf.subarray(8, 8 + n).toString('utf8'));
  } catch (e) {
    throw new InputError(`safetensors header is not JSON: ${(e as Error).message}`, file);
  }
  const base = 8 + n;
  const tensors = new Map<string, NamedTensor>();
  let metadata: Record<string, string> = {};
  for (const [name, v] of Object.entries(header)) {
    if (name === '__metadata__') {
      metadata = v as Record<string, string>;
      continue;
    }
    const e = v as { dtype: string; shape: number[]; data_offsets: [number, number] };
    if (e.dtype !== 'F32') throw new InputError(`tensor ${name}: dtype ${e.dtype} is not supported (F32 only)`, file);
    const count = e.shape.reduce((a, b) => a * b, 1);
    const [s, t] = e.data_offsets;
    if (t - s !== 4 * count || base + t > buf.length) {
      throw new InputError(`tensor ${name}: data_offsets [${s}, ${t}] do not match shape [${e.shape}] or file size`, file);
    }
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = buf.readFloatLE(base + s + 4 * i);
    tensors.set(name, { name, shape: e.shape, data });
  }
  return { tensors, metadata };
}

/** Write a safetensors file. */
export async function writeSafetensors(file: string, tensors: NamedTensor[], metadata?: Record<string, string>): Promise<void> {
  await writeFile(file, encodeSafetensors(tensors, metadata));
}

/** Read a safetensors file. */
export async function readSafetensors(file: string): Promise<ReturnType<typeof decodeSafetensors>> {
  return decodeSafetensors(await readFile(file), file);
}
