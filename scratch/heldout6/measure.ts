/**
 * Measures the strict-mode grader on the sixth-round blind case files
 * (scratch/heldout6/independent26-28.json): per file cases, accuracy, false positives
 * (graded correct, expected incorrect) and false negatives; every disagreement is written with
 * the grader's full result to scratch/heldout6/failures-<file>.json.
 * Run: npx tsx scratch/heldout6/measure.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { grade } from "../../src/verify/index.js";

interface Case {
  category: string;
  /** A string, or a compact spec of a megabyte input (as in src/verify/cases). */
  response: string | { parts: Array<string | { repeat: string; times: number }> };
  reference: unknown;
  expected: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const files = ["independent26", "independent27", "independent28"].filter((f) => existsSync(join(here, `${f}.json`)));
let tot = 0;
let totOk = 0;
let totFp = 0;
let totFn = 0;
for (const name of files) {
  const data = JSON.parse(readFileSync(join(here, `${name}.json`), "utf8")) as { cases: Case[] };
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
      result = await (grade as any)(text, c.reference, {});
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
  writeFileSync(join(here, `failures-${name}.json`), `${JSON.stringify(failures, null, 1)}\n`);
  console.log(`${name}: cases ${n}  accuracy ${((100 * ok) / n).toFixed(1)}% (${ok}/${n})  FP ${fp}  FN ${fn}`);
}
console.log(`total: cases ${tot}  accuracy ${((100 * totOk) / tot).toFixed(1)}% (${totOk}/${tot})  FP ${totFp}  FN ${totFn}`);
process.exit(0);
