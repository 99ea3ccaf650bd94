/**
 * Held-out measurement of the strict grader on batches 11-13 (written blind, before fixes).
 * Run: cd /work/main && npx tsx scratch/heldout/measure.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { grade } from "../../src/verify/index.ts";

interface Case { category: string; response: string; reference: unknown; expected: boolean }
const dir = new URL(".", import.meta.url);
const files = ["independent11", "independent12", "independent13"];
let total = 0, agree = 0, fpAll = 0, fnAll = 0;
for (const name of files) {
  const data = JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as { cases: Case[] };
  const failures: unknown[] = [];
  let ok = 0, fp = 0, fn = 0;
  for (const [i, c] of data.cases.entries()) {
    let result: { correct: boolean; [k: string]: unknown };
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      result = await grade(c.response, c.reference as any, {});
    } catch (e) {
      result = { correct: false, error: String(e) };
    }
    if (result.correct === c.expected) ok++;
    else {
      if (result.correct) fp++; else fn++;
      failures.push({ index: i, ...c, response: c.response.length > 2000 ? c.response.slice(0, 1000) + ` …[${c.response.length} chars]… ` + c.response.slice(-600) : c.response, got: result });
    }
  }
  writeFileSync(new URL(`failures-${name}.json`, dir), JSON.stringify(failures, null, 1) + "\n");
  console.log(`${name}: ${data.cases.length} cases, accuracy ${(100 * ok / data.cases.length).toFixed(1)}% (${ok}/${data.cases.length}), FP ${fp}, FN ${fn}`);
  total += data.cases.length; agree += ok; fpAll += fp; fnAll += fn;
}
console.log(`total: ${total} cases, accuracy ${(100 * agree / total).toFixed(1)}% (${agree}/${total}), FP ${fpAll}, FN ${fnAll}`);
