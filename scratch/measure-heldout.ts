/**
 * Measures the strict-mode grader on blind held-out case files: per file the cases, accuracy, false
 * positives (graded correct, expected incorrect) and false negatives; every disagreement is written with
 * the grader's full result to `<dir>/failures-<file>.json`. Each round's batches were measured with this
 * before the fixes they prompted (docs/verifier.md, "Tests and benchmark").
 * Run: npx tsx scratch/measure-heldout.ts scratch/heldout3            (every independent*.json there)
 *      npx tsx scratch/measure-heldout.ts scratch/heldout4 independent21
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { grade } from "../src/verify/index.js";

interface Case {
  category: string;
  /** A string, or a compact spec of a megabyte input (as in src/verify/cases). */
  response: string | { parts: Array<string | { repeat: string; times: number }> };
  reference: unknown;
  expected: boolean;
  unit?: string;
}

const [dirArg, ...names] = process.argv.slice(2);
if (!dirArg) {
  console.error("usage: npx tsx scratch/measure-heldout.ts DIR [independentNN ...]");
  process.exit(2);
}
const dir = resolve(dirArg);
const files = names.length > 0 ? names : readdirSync(dir).filter((f) => /^independent\d+\.json$/.test(f)).map((f) => f.replace(/\.json$/, "")).sort();
let tot = 0;
let totOk = 0;
let totFp = 0;
let totFn = 0;
for (const name of files) {
  const data = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as { cases: Case[] };
  const failures: unknown[] = [];
  let ok = 0;
  let fp = 0;
  let fn = 0;
  for (const [i, c] of data.cases.entries()) {
    const text = typeof c.response === "string" ? c.response : c.response.parts.map((p) => (typeof p === "string" ? p : p.repeat.repeat(p.times))).join("");
    let result: unknown;
    let correct = false;
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      result = (grade as any)(text, c.reference, c.unit === undefined ? {} : { unit: c.unit });
      correct = (result as { correct: boolean }).correct === true;
    } catch (e) {
      result = { error: String(e) };
    }
    if (correct === c.expected) ok++;
    else {
      if (correct) fp++;
      else fn++;
      failures.push({
        index: i,
        category: c.category,
        expected: c.expected,
        reference: c.reference,
        response: text.length > 1500 ? `${text.slice(0, 600)} …[${text.length} chars]… ${text.slice(-600)}` : text,
        result,
      });
    }
  }
  const n = data.cases.length;
  tot += n;
  totOk += ok;
  totFp += fp;
  totFn += fn;
  writeFileSync(join(dir, `failures-${name}.json`), `${JSON.stringify(failures, null, 1)}\n`);
  console.log(`${name}: cases ${n}  accuracy ${((100 * ok) / n).toFixed(1)}% (${ok}/${n})  FP ${fp}  FN ${fn}`);
}
console.log(`total: cases ${tot}  accuracy ${((100 * totOk) / tot).toFixed(1)}% (${totOk}/${tot})  FP ${totFp}  FN ${totFn}`);
