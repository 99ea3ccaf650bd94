import { describe, expect, it } from 'vitest';
import { Rng } from '../util/rng.js';
import {
  EOS,
  EVAL_SPLITS,
  THINK_CLOSE,
  THINK_OPEN,
  Tokenizer,
  answerOf,
  buildSplit,
  bugFires,
  defaultTokenizer,
  formatChat,
  formatPrompt,
  parseProblem,
  problemText,
  randomExpr,
  reductionChain,
  renderExpr,
  sampleSftTrace,
  solve,
  writeTrace,
  DEFAULT_TRACE_STYLE,
} from './index.js';

describe('tokenizer', () => {
  const tok = defaultTokenizer();
  it('round-trips any printable ASCII text and the chat format', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 200; i++) {
      let s = '';
      const n = rng.int(60);
      for (let j = 0; j < n; j++) s += rng.next() < 0.1 ? '\n' : String.fromCharCode(32 + rng.int(95));
      expect(tok.decode(tok.encode(s))).toBe(s);
    }
    const text = formatPrompt('Compute 3+4*2-5 mod 10.') + solve('Compute 3+4*2-5 mod 10.', new Rng(1)).trace + EOS;
    expect(tok.decode(tok.encode(text))).toBe(text);
  });
  it('encodes markers and phrases as single tokens', () => {
    expect(tok.encode(THINK_OPEN)).toHaveLength(1);
    expect(tok.encode('wait, let me verify: ')).toHaveLength(1);
    expect(tok.encode(formatPrompt('Compute 3+4 mod 10.'))).toHaveLength(1 + 1 + 3 + 1 + 1);
  });
  it('writes each arithmetic fact `a op b=` as one token, and never in a prompt', () => {
    const trace = solve('Compute 3+4*2-5 mod 10.', new Rng(1)).trace;
    const ids = Array.from(tok.encode(trace));
    const facts = ids.filter((id) => /^\d[-+*]\d=$/.test(tok.tokens[id]));
    expect(facts.map((id) => tok.tokens[id]).slice(0, 3)).toEqual(['4*2=', '3+8=', '1-5=']);
    // the computed digit directly follows its fact token
    expect(tok.tokens[ids[ids.indexOf(tok.idOf('4*2=')) + 1]]).toBe('8');
    for (const it of buildSplit('ood_mult', { size: 50 })) {
      for (const id of tok.encode(formatPrompt(it.problem))) expect(tok.tokens[id].length === 1 || !tok.tokens[id].endsWith('=')).toBe(true);
    }
    expect(tok.vocabSize).toBe(7 + 5 + 96 + 300);
  });
  it('maps unknown characters to <|unk|> and rejects ids outside the vocabulary', () => {
    expect(Array.from(tok.encode('é'))).toEqual([tok.unkId]);
    expect(() => tok.decode([tok.vocabSize])).toThrow(/outside vocabulary/);
  });
  it('rebuilds from its spec', () => {
    const t2 = new Tokenizer(JSON.parse(JSON.stringify(tok.spec())));
    expect(Array.from(t2.encode('<|user|>Compute 1+2 mod 10.'))).toEqual(Array.from(tok.encode('<|user|>Compute 1+2 mod 10.')));
  });
});

describe('modular arithmetic', () => {
  it('evaluates with precedence modulo 10 and parses its own problems', () => {
    const e = parseProblem('Compute 3+4*2-5 mod 10.')!;
    expect(renderExpr(e)).toBe('3+4*2-5');
    expect(reductionChain(e, 'correct').map(renderExpr)).toEqual(['3+4*2-5', '3+8-5', '1-5', '6']);
    expect(answerOf(e)).toBe(6);
    expect(answerOf(e, 'left_to_right')).toBe(9); // (3+4)*2-5 = 9
    expect(answerOf(e, 'drop_sign')).toBe(4); // 1-5 -> |1-5| = 4
    expect(parseProblem('Compute 3+ mod 10.')).toBeNull();
  });
  it('agrees with a direct evaluation on random problems', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 500; i++) {
      const e = randomExpr(rng, { minTerms: 1, maxTerms: 7 });
      // Direct: sum of products with signs, then mod 10.
      let total = 0;
      let term = e.digits[0];
      let sign = 1;
      for (let j = 0; j < e.ops.length; j++) {
        const d = e.digits[j + 1];
        if (e.ops[j] === '*') term *= d;
        else {
          total += sign * term;
          sign = e.ops[j] === '+' ? 1 : -1;
          term = d;
        }
      }
      total += sign * term;
      expect(answerOf(e)).toBe(((total % 10) + 10) % 10);
    }
  });
  it('draws the number of terms by weight', () => {
    const rng = new Rng(4);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[randomExpr(rng, { minTerms: 2, maxTerms: 5, termWeights: [3, 0, 1, 0] }).digits.length - 2]++;
    expect(counts[1] + counts[3]).toBe(0);
    expect(counts[0] / counts[2]).toBeGreaterThan(2.5);
    expect(counts[0] / counts[2]).toBeLessThan(3.5);
    expect(() => randomExpr(rng, { minTerms: 2, maxTerms: 5, termWeights: [1, 1] })).toThrow(/termWeights/);
  });
  it('bugs fire only on their trigger', () => {
    expect(bugFires(parseProblem('2*3+4')!, 'left_to_right')).toBe(false);
    expect(bugFires(parseProblem('2+3*4')!, 'left_to_right')).toBe(true);
    expect(bugFires(parseProblem('7-3')!, 'drop_sign')).toBe(false);
    expect(bugFires(parseProblem('3-7')!, 'drop_sign')).toBe(true);
  });
});

const BOXED = /<\/think>\\boxed\{(\d)\}$/;

describe('solver', () => {
  it('writes correct, well-formed traces with variation', () => {
    const rng = new Rng(11);
    const lengths = new Set<number>();
    let verified = 0;
    for (const it of buildSplit('id_test', { size: 300 })) {
      const { trace, answer } = solve(it.problem, rng);
      expect(answer).toBe(it.answer);
      expect(trace.startsWith(THINK_OPEN)).toBe(true);
      expect(BOXED.exec(trace)?.[1]).toBe(it.answer);
      expect(trace.split(THINK_CLOSE)).toHaveLength(2);
      lengths.add(trace.length);
      if (trace.includes('verify')) verified++;
    }
    expect(lengths.size).toBeGreaterThan(15);
    expect(verified).toBeGreaterThan(100);
  });
  it('mixes systematic bugs into SFT traces, verification correlated with correctness', () => {
    const rng = new Rng(5);
    const stats = { correct: 0, n: 0, verifyRight: 0, right: 0, verifyWrong: 0, wrong: 0 };
    for (const it of buildSplit('train', { size: 3000 })) {
      const t = sampleSftTrace(it.problem, rng);
      expect(BOXED.exec(t.trace)?.[1]).toBe(t.answer);
      expect(t.correct).toBe(t.answer === it.answer);
      stats.n++;
      if (t.correct) {
        stats.right++;
        stats.verifyRight += t.verifyPasses;
      } else {
        stats.wrong++;
        stats.verifyWrong += t.verifyPasses;
      }
    }
    const acc = stats.right / stats.n;
    expect(acc).toBeGreaterThan(0.7);
    expect(acc).toBeLessThan(0.95);
    expect(stats.verifyRight / stats.right).toBeGreaterThan(2 * (stats.verifyWrong / stats.wrong));
  });
  it('carries uncorrected slips forward, and a rederived verification pass fixes them', () => {
    const rng = new Rng(9);
    const style = { ...DEFAULT_TRACE_STYLE, slipRate: 0.3, verifyStyle: 'rederive' as const, verifyPassesCorrect: [0, 1, 0] as const };
    let slipped = 0;
    for (const it of buildSplit('id_test', { size: 200 })) {
      const e = parseProblem(it.problem)!;
      const plain = writeTrace(e, 'correct', rng, { ...style, verifyPassesCorrect: [1, 0, 0] });
      const mainLines = plain.trace.slice(THINK_OPEN.length, plain.trace.indexOf(THINK_CLOSE)).trim().split('\n');
      // every written fact line agrees with the expression it rewrites: slips are carried forward
      const last = /=(\d)$/.exec(mainLines[mainLines.length - 1])?.[1];
      expect(last).toBe(plain.answer);
      if (plain.slips > 0) slipped++;
      expect(plain.correct).toBe(plain.answer === it.answer);
      const checked = writeTrace(e, 'correct', rng, style);
      // with one rederived pass the boxed answer is always the clean one, whatever the main chain did
      if (checked.verifyPasses === 1) expect(checked.answer).toBe(it.answer);
      expect(BOXED.exec(checked.trace)?.[1]).toBe(checked.answer);
    }
    expect(slipped).toBeGreaterThan(50);
    // a buggy procedure's rederivation repeats its bug
    const t = writeTrace(parseProblem('3+4*2')!, 'left_to_right', new Rng(1), style);
    expect(t.answer).toBe(String(answerOf(parseProblem('3+4*2')!, 'left_to_right')));
  });
  it('keeps traces within the token budget', () => {
    const tok = defaultTokenizer();
    const rng = new Rng(2);
    for (const it of buildSplit('ood_long', { size: 200 })) {
      const t = sampleSftTrace(it.problem, rng);
      expect(tok.encode(formatPrompt(it.problem)).length + tok.encode(t.trace).length + 1).toBeLessThanOrEqual(160);
    }
  });
});

describe('datasets', () => {
  it('are deterministic, sized, distinct, and train never sees an evaluation problem', () => {
    const evalProblems = new Set<string>();
    for (const name of EVAL_SPLITS) {
      const a = buildSplit(name);
      expect(buildSplit(name)).toEqual(a);
      expect(new Set(a.map((x) => x.problem)).size).toBe(a.length);
      for (const x of a) {
        expect(x.split).toBe(name);
        expect(String(answerOf(parseProblem(x.problem)!))).toBe(x.answer);
        evalProblems.add(x.problem);
      }
    }
    expect(buildSplit('small')).toHaveLength(30);
    expect(buildSplit('id_test')).toHaveLength(500);
    const small = new Set(buildSplit('small').map((x) => x.problem));
    for (const x of buildSplit('id_test')) expect(small.has(x.problem)).toBe(false);
    for (const x of buildSplit('train', { size: 5000, seed: 9 })) expect(evalProblems.has(x.problem)).toBe(false);
    for (const x of buildSplit('ood_long')) expect(x.difficulty).toBeGreaterThanOrEqual(6);
    for (const x of buildSplit('trap')) {
      const e = parseProblem(x.problem)!;
      expect(bugFires(e, 'left_to_right') && bugFires(e, 'drop_sign')).toBe(true);
    }
  });
  it('chat format of one user message equals formatPrompt', () => {
    const p = problemText(parseProblem('1+2')!);
    expect(formatChat([{ role: 'user', content: p }])).toBe(formatPrompt(p));
  });
});

describe('solver traces and the real verifier', () => {
  it('every correct-solver trace grades correct (strict and deepscaler); buggy answers grade wrong', async () => {
    const { grade } = await import('../verify/index.js');
    const rng = new Rng(21);
    for (const name of ['id_test', 'trap', 'ood_long', 'ood_mult', 'small'] as const) {
      for (const it of buildSplit(name).slice(0, 120)) {
        const { trace } = solve(it.problem, rng);
        expect(grade(trace, it.answer).correct).toBe(true);
        expect(grade(trace, it.answer, { mode: 'deepscaler' }).correct).toBe(true);
        const t = sampleSftTrace(it.problem, rng);
        expect(grade(t.trace, it.answer).correct).toBe(t.correct);
      }
    }
  });
});
