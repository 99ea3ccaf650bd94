/**
 * Which text counts and what the final answer is (strict rules 1-3).
 *
 * 1. With `</think>`, only the text after the last `</think>` counts; an unclosed `<think>` has no answer.
 * 2. The final answer is the last `\boxed{...}`/`\fbox{...}` (brace-matched; `\boxed 5` too); failing
 *    that an explicit final statement ("Final Answer: ...", "**Answer:** ...", "the answer is ...").
 * 3. Several different boxes are a hedge unless the text between them is a correction (then the last
 *    box is judged) or the reference has that many parts (a multi-part answer); a retraction or an
 *    alternative offered after the final answer makes it incorrect.
 */
import { LIMITS } from './limits.js';
import { equivalent } from './compare.js';

/** Outcome of extraction: the answer text (or null) and the reason code when there is none. */
export interface Extraction {
  /** The final answer, or null. */
  answer: string | null;
  /** Every box of the answer part when they differ and no correction decides between them. */
  parts: string[] | null;
  /** The boxes are offered as alternatives ("or", "maybe" between them): correct only if they are exactly the reference's parts. */
  alternatives?: boolean;
  /** `ok`, or why there is no usable answer (`no_answer:*`, `hedged`, `retracted`, `rejected:*`). */
  reason: string;
}

interface Box {
  content: string;
  start: number;
  end: number;
}

/** All top-level `\boxed`/`\fbox` of `text`, with brace matching; null when nesting exceeds the limit. */
export function findBoxes(text: string): Box[] | null {
  const out: Box[] = [];
  const re = /\\(?:boxed|fbox)(?![a-zA-Z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let i = m.index + m[0].length;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '{') {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        const c = text[j];
        if (c === '\\') {
          j++;
          continue;
        }
        if (c === '{') {
          depth++;
          if (depth > LIMITS.maxNesting) return null;
        } else if (c === '}') {
          depth--;
          if (depth === 0) break;
        }
      }
      if (j >= text.length) continue; // unclosed box: truncated, no answer from it
      out.push({ content: text.slice(i + 1, j), start: m.index, end: j + 1 });
      re.lastIndex = j + 1;
    } else if (i > m.index + m[0].length) {
      // `\boxed 5`: one token after the space.
      const tok = /^[^\s$\\.,;]+/.exec(text.slice(i, i + 200));
      if (tok) {
        out.push({ content: tok[0], start: m.index, end: i + tok[0].length });
        re.lastIndex = i + tok[0].length;
      }
    }
  }
  return out;
}

const CORRECTION = /\b(?:actually|wait|correct(?:ion|ed|ing)|mistakes?|wrong|incorrect|not (?:correct|right)|instead|oops|re-?check\w*|revis\w*|fix\w*|errors?|rather|hmm)\b|\bno[,.!]/i;
const HEDGE_BETWEEN = /\b(or|either|possibly|maybe|perhaps|alternatively|might|could)\b/i;
const HEDGE_AFTER = /\bif (?:the (?:problem|question)|we|you|one) (?:meant|means|intended|intends|asks?|asked|interprets?|interpreted|counts?|counted|includes?|included)\b[^.\n]{0,80}?\b(?:answer|it|result) would (?:instead )?be\b|\b((?:also|equally) (?:plausible|possible|likely|valid)|could also be|might also be|may also be|or possibly|or maybe|alternatively|alternative (?:interpretation|reading|answer)s?|another possible answer|is also (a )?(valid|possible|correct)|not (entirely |completely |100% )?(sure|certain|confident)|i('m| am) unsure|or perhaps)\b/i;
const SECOND_THOUGHT = /(?:^|[\s.,;:!])(?:wait|actually|hmm+|oops|correction)\b([\s\S]*)/i;
const RETRACTION = /\b(this is (wrong|incorrect|not correct)|that('s| is) (wrong|incorrect|not right)|i retract|scratch that|disregard (this|that|the above)|the (above|boxed) answer is (wrong|incorrect)|is not the (correct )?answer)\b/i;
const INJECTION = /(ignore (all |any |the )?(previous|prior|above|earlier) (instructions|rules|prompts?)|disregard (all |the )?(previous|prior|above) instructions|you are (now )?(a|the) (grader|judge|verifier)|(grade|mark|score|judge|evaluate) (this|it|the answer|my answer|the response) as (correct|right|true)|(grader|verifier|judge)\s*[:,]|system prompt|\[\[yes\]\]|output\s*:?\s*(true|correct)\b|return (true|correct)\b|the correct answer is whatever|always (correct|true)|<\s*(?:script|iframe)\b|\bon(?:error|load)\s*=)/i;

const FINAL_PATTERNS: RegExp[] = [
  /final answer\s*(?:is|:|：)?\s*(?:\*\*)?\s*[:：]?\s*([^\n]{0,1000})/gi,
  /\*\*\s*answer\s*[:：]?\s*\*\*\s*[:：]?\s*([^\n]{0,1000})/gi,
  /\*\*\s*(?:final\s+)?answer\s*[:：]\s*([^\n*]{1,1000})\*\*/gi,
  /(?:^|\n)\s*answer\s*[:：]\s*([^\n]{0,1000})/gi,
  /the (?:final |correct )?answer is\s*[:：]?\s*([^\n]{0,1000})/gi,
  /\bmy (?:final )?answer\s*(?:is)?\s*[:：]?\s*([^\n]{0,1000})/gi,
  /the (?:correct |right )?(?:option|choice) is\s*[:：]?\s*([^\n]{0,1000})/gi,
  // Chinese (Gaokao): 答案是 C / 答案：C / 故选 C / 选 C
  /(?:最终)?答案\s*(?:是|为|[:：])\s*([^\n。]{0,1000})/g,
  /故选\s*[:：]?\s*([A-Ja-j](?:\s*[、,，]?\s*[A-Ja-j])*)/g,
];

/** Text of the explicit final statement, the last one in `text`; null when there is none. */
function finalStatement(text: string): { answer: string; end: number } | null {
  let best: { answer: string; end: number; at: number } | null = null;
  const consider = (m: RegExpExecArray): void => {
    let ans = m[1];
    let end = m.index + m[0].length;
    if (ans.trim().replace(/[*:：\s]/g, '') === '' || /^\s*(\$\$|\\\[)\s*$/.test(ans)) {
      // "**Final Answer**" with the answer on the next non-empty line(s), possibly a display block.
      const rest = text.slice(end, end + 2000);
      const disp = /^\s*(\$\$|\\\[)([\s\S]*?)(\$\$|\\\])/.exec(/^\s*(\$\$|\\\[)\s*$/.test(ans) ? ans + rest : rest);
      if (disp) {
        ans = disp[2];
        end += disp.index + disp[0].length;
      } else {
        const next = /^\s*\n\s*([^\n]+)/.exec(rest);
        if (!next) return;
        ans = next[1];
        end += next[0].length;
      }
    }
    if (!best || m.index >= best.at) best = { answer: ans, end, at: m.index };
  };
  for (const re of FINAL_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((m = re.exec(text))) {
      consider(m);
      last = m;
    }
    // "The answer is 5. Wait, no. The answer is 6.": a later statement inside the last match's text
    // (overlapping search, bounded by that match's length).
    for (let k = 0; last && k < 100; k++) {
      re.lastIndex = last.index + 1;
      const inner = re.exec(text);
      if (!inner || inner.index >= last.index + last[0].length) break;
      consider(inner);
      last = inner;
    }
  }
  if (!best) return null;
  const found = best as { answer: string; end: number; at: number };
  return { answer: cleanStatement(found.answer), end: found.end };
}

/** Strip the markup around a one-line final statement: bold, `$`, trailing period, "is". */
function cleanStatement(s: string): string {
  let t = s.trim();
  t = t.replace(/^\*\*|\*\*$/g, '').trim();
  const math = /^(?:\$\$|\$|\\\(|\\\[)([\s\S]*?)(?:\$\$|\$|\\\)|\\\])/.exec(t);
  if (math && math[1].trim()) {
    const after = t.slice(math[0].length).trim();
    // Keep a trailing unit or option text; drop a trailing period.
    const tail = /^[.。!]/.test(after) ? '' : after.replace(/[.。!$\s]+$/, '');
    t = tail ? `${math[1]} ${tail}` : math[1];
  }
  // Cut a following sentence ("5. I hope it is correct."), keeping decimals like 3.14.
  t = t.replace(/[.。!]\s+[A-Z][\s\S]*$/, '');
  // "Answer: The number of solutions is 7": the value after the verb.
  const sentence = /^(?:the|there|it|this)\b[^$\\=\n]{0,80}?\s(?:is|are|equals)\s+(?!not\b)([\s\S]+)$/i.exec(t);
  if (sentence) t = sentence[1].replace(/^\$([^$]+)\$/, '$1');
  return t.replace(/\s*[.。]\s*$/, '').replace(/\*\*/g, '').trim();
}

/**
 * "Wait, actually it is 6." after the final box: a second thought that names a wrong/mistake or a
 * different value retracts the box; a check that repeats the same value does not.
 */
function secondThought(after: string, boxed: string): boolean {
  const m = SECOND_THOUGHT.exec(after);
  if (!m) return false;
  const rest = m[1];
  if (/\b(wrong|incorrect|mistake|not right|error)\b/i.test(rest)) return true;
  const vals = [...rest.matchAll(/(?:\bis|\b(?:it|that|answer)['’]s|\bbe|=|\bget|\bgives?)\s*\$?\s*(-?\d+(?:\.\d+)?)/gi)].map((x) => x[1]);
  if (vals.length === 0) return false;
  const last = vals[vals.length - 1];
  return !equivalent(last, boxed).equal;
}

/**
 * A retraction phrase after the final box ("this is wrong", "scratch that"), unless its sentence
 * first names a different value that the phrase dismisses ("one might think the answer is 6, that is
 * incorrect").
 */
function retracts(after: string, boxed: string): boolean {
  const m = RETRACTION.exec(after);
  if (!m) return false;
  const start = Math.max(after.lastIndexOf('.', m.index - 1), after.lastIndexOf('\n', m.index - 1), after.lastIndexOf('!', m.index - 1), after.lastIndexOf('?', m.index - 1)) + 1;
  const before = after.slice(start, m.index);
  const nums = [...before.matchAll(/(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])/g)].map((x) => x[0]);
  if (nums.length > 0 && nums.every((n) => !equivalent(n, boxed).equal)) return RETRACTION.test(after.slice(m.index + m[0].length));
  return true;
}

/** "\boxed{4} (or $-4$)": a different value offered as an alternative right after the final box. */
function alternativeAfter(after: string, boxed: string): boolean {
  const m = /^[^\n]{0,40}?\bor\s+(?:possibly\s+|maybe\s+|perhaps\s+)?\$?\s*(-?[\d\\][^$\n),;]{0,40}?)\s*\$?\s*(?:[),;.]|$)/im.exec(after);
  if (!m) return false;
  return !equivalent(m[1], boxed).equal;
}

/** Two boxes give the same answer: the same text, or equivalent values (`12` and `12.0`). */
function sameBox(a: string, b: string): boolean {
  return boxKey(a) === boxKey(b) || (a.length <= 200 && b.length <= 200 && equivalent(a, b).equal);
}

/** Normalised text of a box for "are these the same answer" checks. */
const boxKey = (s: string) => s.replace(/\s+|\\[,;:! ]|\\left|\\right|\$/g, '').replace(/\\[dt]frac/g, '\\frac');

/**
 * The final answer of `response` under strict rules 1-3 and 9 (size limits, prompt injection). Pure.
 */
export function extractStrict(response: string): Extraction {
  if (response.length > LIMITS.maxResponseChars) return { answer: null, parts: null, reason: 'rejected:too_long' };
  let text = response;
  const close = text.lastIndexOf('</think>');
  if (close >= 0) text = text.slice(close + '</think>'.length);
  else if (/<think>/.test(text)) return { answer: null, parts: null, reason: 'no_answer:unclosed_think' };
  if (INJECTION.test(text)) return { answer: null, parts: null, reason: 'rejected:injection' };

  const found = findBoxes(text);
  if (found === null) return { answer: null, parts: null, reason: 'rejected:nesting' };
  // "the answer is \boxed{4}, not \boxed{3}": a negated box is a rejected candidate, not an answer.
  const kept = found.filter((b) => !/\bnot\s*(?:\$|\\\(|\\\[)?\s*$/i.test(text.slice(Math.max(0, b.start - 12), b.start)));
  const boxes = kept.length > 0 ? kept : found;
  if (boxes.length > 0) {
    if (boxes.length > LIMITS.maxBoxes && new Set(boxes.map((b) => boxKey(b.content))).size > 2) {
      return { answer: null, parts: null, reason: 'hedged:enumeration' };
    }
    const last = boxes[boxes.length - 1];
    const after = text.slice(last.end);
    if (retracts(after, last.content) || secondThought(after, last.content)) return { answer: last.content, parts: null, reason: 'retracted' };
    if (alternativeAfter(after, last.content)) return { answer: last.content, parts: null, reason: 'hedged' };
    if (HEDGE_AFTER.test(after)) return { answer: last.content, parts: null, reason: 'hedged' };
    // Boxes that differ from the last one, walking back until a correction separates them.
    const distinct: Box[] = [last];
    let alternatives = false;
    for (let k = boxes.length - 2; k >= 0; k--) {
      const between = text.slice(boxes[k].end, boxes[k + 1].start);
      if (CORRECTION.test(between)) break;
      if (sameBox(boxes[k].content, last.content) && distinct.length === 1) continue;
      if (HEDGE_BETWEEN.test(between) && !sameBox(boxes[k].content, boxes[k + 1].content)) alternatives = true;
      distinct.unshift(boxes[k]);
    }
    if (distinct.some((b) => !sameBox(b.content, last.content))) return { answer: last.content, parts: distinct.map((b) => b.content), alternatives, reason: 'ok' };
    return { answer: last.content, parts: null, reason: 'ok' };
  }
  const stmt = finalStatement(text);
  if (!stmt || !stmt.answer) return { answer: null, parts: null, reason: 'no_answer' };
  const after = text.slice(stmt.end);
  if (RETRACTION.test(after)) return { answer: stmt.answer, parts: null, reason: 'retracted' };
  if (HEDGE_AFTER.test(after) || HEDGE_AFTER.test(stmt.answer)) return { answer: stmt.answer, parts: null, reason: 'hedged' };
  return { answer: stmt.answer, parts: null, reason: 'ok' };
}
