/**
 * The embedded model's tokenizer: a fixed vocabulary of special tokens, a handful of whole-phrase
 * tokens (the fixed words of the task's prompts and traces, like one BPE merge each) and every printable
 * ASCII character plus newline. Encoding is greedy longest match, so any ASCII text round-trips exactly
 * (`decode(encode(s)) === s`); characters outside the vocabulary become `<|unk|>`.
 *
 * Why not a learned BPE: the synthetic traces are digits and operators, so characters are already the
 * right unit; the phrase tokens only keep the fixed words from costing a token per letter (a
 * verification header is 1 token instead of 21), which keeps traces short and training fast on 2 cores.
 */

/** Padding (never predicted; id 0 so zero-filled buffers are padding). */
export const PAD = '<|pad|>';
/** End of a completion: the model emits it after the boxed answer; generation stops on it. */
export const EOS = '<|endoftext|>';
/** Any character outside the vocabulary. */
export const UNK = '<|unk|>';
/** Chat format: starts the user turn. */
export const USER = '<|user|>';
/** Chat format: starts the assistant turn (the completion follows). */
export const ASSISTANT = '<|assistant|>';
/** Opens the reasoning block (the first token of every completion). */
export const THINK_OPEN = '<think>';
/** Closes the reasoning block; the final answer follows it. */
export const THINK_CLOSE = '</think>';

/** Special tokens, in id order (ids 0..6). */
export const SPECIAL_TOKENS = [PAD, EOS, UNK, USER, ASSISTANT, THINK_OPEN, THINK_CLOSE] as const;

/**
 * Whole-phrase tokens: the fixed words of the modular-arithmetic task (`src/tasks/modarith.ts`).
 * Kept in one list so the prompt/trace templates and the vocabulary cannot drift apart.
 */
export const PHRASE_TOKENS = ['Compute ', ' mod 10.', '\\boxed{', 'wait, let me verify: ', ' wait, no: '] as const;

/**
 * Arithmetic-fact tokens `a op b=` (a, b single digits, op in `+ - *`; 300 tokens), like the merges a BPE
 * learns for frequent digit patterns in LLM training data. A step `4*2=8` is two tokens, so the computed
 * digit is predicted from the token right before it: the arithmetic facts are a lookup the model learns
 * in its embeddings within the first hundred SFT steps, while the reasoning (which operator to reduce,
 * copying operands, rewriting the expression) still needs attention. Prompts never contain `=`, so
 * they are still read one character at a time.
 */
export const FACT_TOKENS: readonly string[] = ['+', '-', '*'].flatMap((op) =>
  Array.from({ length: 100 }, (_, i) => `${Math.floor(i / 10)}${op}${i % 10}=`),
);

/** Printable ASCII (space..tilde) and newline. */
const CHARS: string[] = ['\n', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))];

/** Serialisable description of a vocabulary (written next to checkpoints as `tokenizer.json`). */
export interface TokenizerSpec {
  /** Format version; bump when the encoding rules change. */
  version: 1;
  /** Token strings by id. */
  tokens: string[];
  /** Number of leading entries of `tokens` that are special tokens. */
  specialCount: number;
}

/** A tokenizer over a fixed vocabulary with greedy longest-match encoding. */
export class Tokenizer {
  /** Token strings by id. */
  readonly tokens: readonly string[];
  /** Vocabulary size V. */
  readonly vocabSize: number;
  /** Id of `<|pad|>`. */
  readonly padId: number;
  /** Id of `<|endoftext|>`. */
  readonly eosId: number;
  /** Id of `<|unk|>`. */
  readonly unkId: number;
  private readonly specialCount: number;
  private readonly byString = new Map<string, number>();
  /** Multi-character tokens grouped by first character, longest first. */
  private readonly multi = new Map<string, Array<{ text: string; id: number }>>();

  constructor(spec: TokenizerSpec = defaultTokenizerSpec()) {
    if (spec.version !== 1) throw new Error(`tokenizer spec version ${String(spec.version)} is not supported (expected 1)`);
    this.tokens = spec.tokens.slice();
    this.vocabSize = this.tokens.length;
    this.specialCount = spec.specialCount;
    this.tokens.forEach((t, id) => {
      if (t.length === 0) throw new Error(`tokenizer: token ${id} is empty`);
      if (this.byString.has(t)) throw new Error(`tokenizer: duplicate token ${JSON.stringify(t)}`);
      this.byString.set(t, id);
      if (t.length > 1) {
        const list = this.multi.get(t[0]) ?? [];
        list.push({ text: t, id });
        this.multi.set(t[0], list);
      }
    });
    for (const list of this.multi.values()) list.sort((a, b) => b.text.length - a.text.length);
    this.padId = this.idOf(PAD);
    this.eosId = this.idOf(EOS);
    this.unkId = this.idOf(UNK);
  }

  /** Id of an exact token string; throws when the vocabulary has no such token. */
  idOf(token: string): number {
    const id = this.byString.get(token);
    if (id === undefined) throw new Error(`tokenizer: no token ${JSON.stringify(token)}`);
    return id;
  }

  /** Whether `id` is a special token (pad, eos, unk, chat and think markers). */
  isSpecial(id: number): boolean {
    return id >= 0 && id < this.specialCount;
  }

  /** Greedy longest-match encoding. Characters outside the vocabulary map to `<|unk|>`. */
  encode(text: string): Int32Array {
    const out = new Int32Array(text.length);
    let n = 0;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      let matched = false;
      const cands = this.multi.get(ch);
      if (cands) {
        for (const c of cands) {
          if (text.startsWith(c.text, i)) {
            out[n++] = c.id;
            i += c.text.length;
            matched = true;
            break;
          }
        }
      }
      if (matched) continue;
      const id = this.byString.get(ch);
      out[n++] = id ?? this.unkId;
      i += 1;
    }
    return out.slice(0, n);
  }

  /** Concatenate the token strings (special tokens included literally). Throws on an id outside the vocabulary. */
  decode(ids: ArrayLike<number>): string {
    let s = '';
    for (let i = 0; i < ids.length; i++) {
      const t = this.tokens[ids[i]];
      if (t === undefined) throw new Error(`tokenizer: id ${ids[i]} outside vocabulary of ${this.vocabSize}`);
      s += t;
    }
    return s;
  }

  /** The serialisable vocabulary. */
  spec(): TokenizerSpec {
    return { version: 1, tokens: this.tokens.slice(), specialCount: this.specialCount };
  }
}

/** The vocabulary of dissect's embedded model: 7 special + 5 phrase + 96 character + 300 fact tokens (V = 408). */
export function defaultTokenizerSpec(): TokenizerSpec {
  return { version: 1, tokens: [...SPECIAL_TOKENS, ...PHRASE_TOKENS, ...CHARS, ...FACT_TOKENS], specialCount: SPECIAL_TOKENS.length };
}

let shared: Tokenizer | undefined;
/** The shared default tokenizer (see {@link defaultTokenizerSpec}). */
export function defaultTokenizer(): Tokenizer {
  shared ??= new Tokenizer();
  return shared;
}
