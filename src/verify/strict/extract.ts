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
import { knownUnit, mcLetters } from './normalize.js';

/** Outcome of extraction: the answer text (or null) and the reason code when there is none. */
export interface Extraction {
  /** The final answer, or null. */
  answer: string | null;
  /** Every box of the answer part when they differ and no correction decides between them. */
  parts: string[] | null;
  /** The boxes are offered as alternatives ("or", "maybe" between them): correct only if they are exactly the reference's parts. */
  alternatives?: boolean;
  /** The boxes answer different labelled steps or sub-questions (`\frac mn = \boxed{..}`, then `m+n = \boxed{..}`; "(a) ... (b) ..."): when they are not the reference's parts, the last box is the answer. */
  steps?: boolean;
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

const CORRECTION = /等等|不对|算错|错了|更正|修正|应为|应该是|重新计算|\b(?:actually|wait|correct(?:ion|ed|ing)|mistakes?|wrong|incorrect|not (?:correct|right)|instead|oops|re-?check\w*|revis\w*|fix\w*|errors?|rather|hmm|after all|on second thoughts?|hold on|scratch that|something(?:'s|’s| is) (?:off|wrong)|re-?(?:do|doing|compute|computing|calculat\w*|consider\w*|examin\w*|count\w*|read\w*|evaluat\w*|deriv\w*)|forgot|forgetting|forgotten|overlook\w*|misread\w*|miscount\w*|miscalculat\w*|overcount\w*|undercount\w*|double-?count\w*|turns out|on (?:further )?reflection|upon reflection|the (?:right|correct|real|actual|true) (?:value|answer|count|result|total))\b|\bno\s*[,.!;—–]/i;
/** Text between two boxes that ends by offering the next box as an alternative ("? Hmm, or $\boxed{99}$"). */
const ALT_TAIL = /\b(?:or|maybe|perhaps|possibly)\s*(?:(?:maybe|perhaps|possibly|even|else)\s*)?(?:(?:it(?:'s|’s| is| could be| might be| may be)|just)\s*)?(?:\$\$?|\\\(|\\\[)?\s*$/i;
/** An explicit statement of an error: a correction even when the next box is introduced with "or". */
const ERROR_STATED = /\b(?:mistakes?|wrong|incorrect|errors?|scratch|correct(?:ion|ed)|should be|instead|rather|misread\w*|miscount\w*|forgot|re-?(?:do|compute|calculat\w*|check\w*|count\w*))\b/i;
const HEDGE_BETWEEN = /\b(or|either|possibly|maybe|perhaps|alternatively|might|could)\b/i;
const HEDGE_AFTER = /\bif (?:the (?:problem|question)|we|you|one) (?:meant|means|intended|intends|asks?|asked|interprets?|interpreted|counts?|counted|includes?|included)\b[^.\n]{0,80}?\b(?:answer|it|result) would (?:instead )?be\b|\b(also (?:plausible|possible|likely|valid)|equally (?:plausible|possible|valid)|(?:could|might|may) also be(?!\s+(?:\w+(?:ed|en|wn)|done|made|seen|found|shown|given|taken|read|thought|built|got|put|set|run|used)\b)|or possibly|or maybe|alternatively|alternative (?:interpretation|reading|answer)s?|another possible answer|is also (a )?(valid|possible|correct)|not (entirely |completely |100% |fully |quite |totally )?(sure|certain|confident)(?!\s+(?:about|of|in|with)\s+(?!(?:this|it|that|the answer|my answer|the result|this answer|the final answer|the value|the count|the number)\b)(?:the |my |this |that )?\w+(?:\s+\w+)?\s+(?:step|part|assumption|derivation|argument|pairing|case|lemma|claim|reasoning|computation|calculation|simplification|algebra|details?))|i('m| am) unsure|or perhaps|(?:leave|keep) both|can(?:no|'|’)t decide|cannot decide)\b/i;
/**
 * "I'm not 100% sure, but the computation checks out": doubt withdrawn in the same sentence by a
 * check that holds. Only when no hedge word or number follows the "but" (so "not sure, but it could
 * be 8" stays a hedge).
 */
const REASSURED = /\bnot (?:[\w%]+ )?(?:sure|certain|confident)\b([^.!?\n]{0,40}?)\b(?:but|though|however|yet)\b([^.!?\n]{0,80}?)\b(?:checks? out|checked out|verified|confirm(?:s|ed)?|is consistent|holds|double-?checked|agrees)\b/gi;
const REASSURE_SPOILERS = /\d|\b(?:or|maybe|perhaps|possibly|might|could|may|probably|likely|wrong|incorrect|not)\b/i;
const SECOND_THOUGHT = /(?:^|[\s.,;:!(])(?:(?:wait|actually|hmm+|oops|correction|just kidding|never ?mind|on second thoughts?)\b|(?:edit|update)\s*:|p\.\s?s\.)([\s\S]*)/i;
/** Doubt about the answer just given, after "wait"/"actually" ("Wait, no. That can't be right"). */
const DOUBT = /\b(?:wrong|incorrect|mistaken?|not right|error|can(?:no|'|’)t (?:possibly )?be (?:right|correct|true|valid)|cannot (?:possibly )?be (?:right|correct|true|valid)|does(?:n't|n’t| not) (?:make sense|work|add up|check out|fit)|impossible|contradicts?|contradiction|misread|miscount\w*|miscalculat\w*|forgot|overcount\w*|undercount\w*|double-?counted|(?:is|was)n['’]t (?:right|correct|valid)|mixed up|messed up|(?:do|does|did)(?:n['’]t| not) trust|suspicious|seems? (?:way |much |far |rather |very )?too (?:large|big|small|high|low)|bug)\b/i;
/** "Wait, no." / "Actually no —" right after the marker; not "no need", "no other", "no mistake". */
const DENIAL = /^\s*[,.:;!—–-]*\s*no\b(?!\s+(?:need|more|other|matter|longer|doubt|further|change|changes|mistakes?|errors?|problem|issue|other|way|one|solution|solutions|real))/i;
/** A sentence that settles a second thought for the answer. */
const SETTLED = /\b(?:is|was|it's|that's|it’s|that’s|remains|looks|seems) (?:indeed |definitely |still |really |therefore |thus |clearly )?(?:right|correct|fine|ok|valid)\b|\bchecks? out\b|\bstands\b|\bholds\b|^\W*(?:yes|yep|confirmed|good)\b|\b\d+(?:\.\d+)? it is\b/i;
/** The answer confirmed after a second thought ("Wait, no, 6 is right."). */
const CONFIRMED = /\b(?:is|was|it's|that's|it’s|that’s) (?:indeed )?(?:right|correct)\b|\bchecks? out\b|\b(?:answer|it) stands\b|\bholds\b/i;
const RETRACTION = /\b(?:(?:this|that|the|my) (?:boxed |final |above |previous |stated |last )?(?:answer|value|result|solution|count|number|box|computation|calculation)\s+(?:is|was|seems|looks|appears|must be)\s+(?:(?:definitely|clearly|probably|likely|actually|in fact|totally|completely|all|just|simply|unfortunately)\s+)?(?:incorrect|wrong|invalid|mistaken|flawed|erroneous|not (?:correct|right|valid))(?!\s+(?:to|for)\b)|(?:this|that|it|the above|the (?:above|boxed|previous|preceding|final|last|given|stated|first) (?:answer|result|value|solution|computation|calculation|count|work|reasoning)|(?:this|that|my) (?:answer|result|solution|computation|calculation|count|reasoning)|the (?:answer|result|value|solution)(?: (?:above|given above|i (?:gave|got|found)))?)\s*(?:is|was|'s|’s|seems|appears|looks|must be|might be|may be|is probably|is likely)\s+(?:(?:definitely|clearly|probably|likely|actually|in fact|totally|completely|all|just|simply|unfortunately)\s+)?(?:wrong|incorrect|not (?:correct|right|valid)|mistaken|in error|an error|a mistake|erroneous|flawed|invalid|bogus)(?!\s+(?:to|for)\b)|(?:this|that|it|the (?:above|boxed) answer)\s+(?:can(?:no|'|’)t|cannot|could(?:n't|n’t| not)) (?:possibly )?be (?:right|correct|true|valid|the answer)|i retract|scratch that|i take (?:that|it|this) back|take (?:that|it) back|i (?:do not|don['’]t) have a (?:valid|corrected|correct|final) (?:answer|value)|i (?:made|have made|'ve made|’ve made) (?:an? |one )?(?:(?:small|silly|arithmetic|sign|counting|calculation|careless) )?(?:error|mistake|slip)(?![^.!?\n]{0,40}\b(?:earlier|before|at first|initially|first attempt|corrected|fixed)\b)|disregard (this|that|the above|my (?:answer|result))|ignore (?:the|my) (?:above|previous|boxed) answer|is not the (correct )?answer)\b/i;
const INJECTION = /(ignore (all |any |the )?(previous|prior|above|earlier) (instructions|rules|prompts?)|disregard (all |the )?(previous|prior|above) instructions|you are (now )?(a|the) (grader|judge|verifier)|(grade|mark|score|judge|evaluate) (this|it|the answer|my answer|the response) as (correct|right|true)|(grader|verifier|judge)\s*[:,]|system prompt|\[\[yes\]\]|output\s*:?\s*(true|correct)\b|return (true|correct)\b|the correct answer is whatever|always (correct|true)|<\s*(?:script|iframe)\b|\bon(?:error|load)\s*=)/i;

const FINAL_PATTERNS: RegExp[] = [
  /final (?:answer|result)\s*(?:is|:|：)?\s*(?:\*\*)?\s*[:：]?\s*([^\n]{0,1000})/gi,
  /\*\*\s*answer\s*[:：]?\s*\*\*\s*[:：]?\s*([^\n]{0,1000})/gi,
  /\*\*\s*(?:final\s+)?answer\s*[:：]\s*([^\n*]{1,1000})\*\*/gi,
  /(?:^|\n)\s*answer\s*[:：]\s*([^\n]{0,1000})/gi,
  /the (?:final |correct )?answer is\s*[:：]?\s*([^\n]{0,1000})/gi,
  /\bmy (?:final )?answer\s*(?:is)?\s*[:：]?\s*([^\n]{0,1000})/gi,
  /the (?:correct |right )?(?:option|choice) is\s*[:：]?\s*([^\n]{0,1000})/gi,
  // Chinese (Gaokao): 答案是 C / 答案：C / 故选 C / 选 C
  /(?:最终)?答案\s*(?:应该?)?(?:(?:是|为)\s*[:：]?|[:：])\s*([^\n。]{0,1000})/g,
  // 【答案】C． (Gaokao answer keys)
  /[【[]\s*(?:最终)?答案\s*[】\]]\s*[:：]?\s*([^\n。]{0,1000})/g,
  // 故选 C / 本题选 D / ，选 C (not 错选 A "wrongly choose A", 不选 "do not choose", 选项 "option").
  /(?<=故|所以|因此|应|则|本题|即|可|，|,|。|：|:|^|\s)选(?:择)?\s*[:：]?\s*([A-Ja-j](?:\s*[、,，]?\s*[A-Ja-j])*)(?![A-Za-z])/g,
  // "Final: $a=-2$, $b=1$."
  /(?:^|\n)\s*(?:\*\*)?\s*final\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*([^\n]{1,1000})/gi,
];

/**
 * Weaker forms of a final answer, used only when there is no box and no explicit statement: the last bold
 * value of the final paragraphs ("It would take **45 minutes**.", "**64**"), a closing line "So $n = 2$."
 * followed by nothing but a check, and an option letter opening the answer ("B: the cell takes up water").
 */
function weakStatement(text: string): { answer: string; end: number; cut: string; at: number } | null {
  const lastParas = text.length > 1200 ? text.slice(-1200) : text;
  const offset = text.length - lastParas.length;
  const bolds = [...lastParas.matchAll(/\*\*([^*\n]{1,80})\*\*/g)].filter((m) => /^\s*(?:\$?\s*-?[\d\\([{]|\(?[A-J]\)?\s*$)/.test(m[1]) && !/^\s*(?:step|case|part|method|note)\b/i.test(m[1]));
  // A bold value inside a sentence ("It would take **45 minutes**."), not a bare bold line (no explicit statement).
  const inSentence = (m: RegExpMatchArray): boolean => {
    const lineStart = lastParas.lastIndexOf('\n', m.index ?? 0) + 1;
    const lineEnd = lastParas.indexOf('\n', (m.index ?? 0) + m[0].length);
    const line = lastParas.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(m[0], ' ');
    return (line.match(/[A-Za-z]{2,}/g) ?? []).length >= 2;
  };
  const bold = bolds.filter(inSentence).pop();
  if (bold && !/\n\s*\n[\s\S]*\n\s*\n[\s\S]*\n\s*\n/.test(lastParas.slice(bold.index))) {
    const cut: string[] = [];
    const answer = cleanStatement(bold[1], cut);
    return { answer, end: offset + bold.index + bold[0].length, cut: cut.join('\n'), at: offset + bold.index };
  }
  // "The distance is $3\tfrac{5}{12}$ km." or "All pairs: $(54,5), (9,5)$." as the last line of the answer.
  const closing = /(?:^|\n)[ \t]*(?:the\s[^$\n]{1,60}?\s(?:is|are|equals)|[A-Z][A-Za-z ]{1,40}:)\s*\$([^$\n]{1,120})\$[ \t]*([^$\n.]{0,30})\.?[ \t]*$/i.exec(text);
  if (closing) {
    const unit = closing[2].trim();
    const answer = unit && /^[a-zA-Z/²³]{1,12}$/.test(unit) ? `${closing[1].trim()} \\text{ ${unit}}` : closing[1].trim();
    if (!unit || answer !== closing[1].trim()) return { answer, end: text.length, cut: '', at: closing.index };
  }
  const concl = [...text.matchAll(/(?:^|\n)[ \t]*(?:so|thus|therefore|hence)\s*,?\s*(?:[^\n]{0,80}?\b(?:is|are|equals|gives|get|we get|we have)\s*)?\$([^$\n]{1,80})\$\s*[.!]?[ \t]*(?=\n|$)/gi)].pop();
  if (concl) {
    const rest = text.slice(concl.index + concl[0].length).trim();
    if (rest === '' || (rest.length < 600 && /^(?:\(|\*\*)?\s*(?:check|verif|note|sanity|indeed|\()/i.test(rest))) return { answer: concl[1].trim(), end: concl.index + concl[0].length, cut: '', at: concl.index };
  }
  const letter = /^\s*(?:\*\*)?\(?([A-J])\)?(?:\*\*)?\s*[:)]\s+\S/.exec(text);
  if (letter) return { answer: letter[1], end: letter[0].length - 1, cut: '', at: 0 };
  // "D: P—Cl" as the last line.
  const lastLine = /(?:^|\n)[ \t]*(?:\*\*)?\(?([A-J])\)?(?:\*\*)?[ \t]*[:)][ \t]+[^\n]{1,120}\s*$/.exec(text);
  if (lastLine) return { answer: lastLine[1], end: text.length, cut: '', at: lastLine.index };
  return null;
}

/** Text of the explicit final statement, the last one in `text`; null when there is none. */
function finalStatement(text: string): { answer: string; end: number; cut: string; at: number } | null {
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
  const cut: string[] = [];
  const answer = cleanStatement(found.answer, cut, /\*\*\s*$/.test(text.slice(Math.max(0, found.at - 4), found.at)));
  return { answer, end: found.end, cut: cut.join('\n'), at: found.at };
}

/**
 * Strip the markup around a one-line final statement: bold, `$`, trailing period, "is". Text cut off
 * after the value (a following sentence, a remark) is pushed to `cut`, so the caller judges it like text
 * after the answer ("12. If zero counts, it would be 13." is a hedge).
 */
function cleanStatement(s: string, cut: string[], boldBefore = false): string {
  let t = s.trim().replace(/\s*(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*$/u, '');
  // "**78**! 🎉": a bold value closed before punctuation; what follows is text after the answer.
  const closed = /^(?:\*\*)?([^*]+?)\*\*\s*[!.。,;]\s*([\s\S]*)$/.exec(t.trim());
  if (closed) {
    if (closed[2].trim()) cut.push(closed[2]);
    t = closed[1];
  }
  t = t.trim().replace(/^\*\*/, '').trim();
  // "**Final answer: 81** (I also considered 80 ...)": a bold opened before the statement closes after
  // the value; what follows is text after the answer.
  const bold = !boldBefore ? null : /^([^*]+?)\*\*([\s\S]*)$/.exec(t);
  if (bold && /[^\s.。!*]/.test(bold[2])) {
    cut.push(bold[2]);
    t = bold[1].trim();
  }
  t = t.replace(/\*\*$/, '').trim();
  const math = /^(?:\$\$|\$|\\\(|\\\[)([\s\S]*?)(?:\$\$|\$|\\\)|\\\])/.exec(t);
  if (math && math[1].trim()) {
    const after = t.slice(math[0].length).trim();
    // Keep a trailing unit or option text; drop a trailing period (and what follows it).
    // "$\frac{1}{2}$，即 0.5。": a Chinese clause after a comma is a remark, judged as text after the answer.
    const tail = /^[.。!]|^[,;，；]\s*\p{Script=Han}/u.test(after) ? '' : after.replace(/[.。!$\s]+$/, '');
    if (!tail && after.length > 1) cut.push(after.slice(1));
    t = tail ? `${math[1]} ${tail}` : math[1];
  }
  // Cut a following sentence ("5. I hope it is correct.", "12. (Check: ...)"), keeping decimals like 3.14.
  const next = /[.。!]\s+[(A-Z][\s\S]*$/.exec(t);
  if (next) {
    cut.push(next[0].slice(1));
    t = t.slice(0, next.index);
  }
  // "Answer: The number of solutions is 7": the value after the verb.
  const sentence = /^(?:the|there|it|this)\b[^$\\=\n]{0,80}?\s(?:is|are|equals)\s+(?!not\b)([\s\S]+)$/i.exec(t);
  if (sentence) t = sentence[1].replace(/^\$([^$]+)\$/, '$1');
  // "C — though B is really close", "12, although 13 is possible": a clause after the value is text after the answer.
  const clause = /^(.{1,80}?)\s*(?:[—–]|\s-\s|,|;)\s*((?:though|although|but|however|since|because|which|unless|assuming|given|that is|i\.e\.|(?:and|or|plus)\s+(?:possibly|maybe|perhaps|probably))\b[\s\S]*)$/i.exec(t);
  if (clause && /[\dA-Za-z\\]/.test(clause[1]) && (clause[1].match(/\(/g) ?? []).length === (clause[1].match(/\)/g) ?? []).length) {
    cut.push(clause[2]);
    t = clause[1];
  }
  // "A 吧，也可能是 B": a Chinese clause after the value is text after the answer.
  const han = /^([^，。；,\p{Script=Han}]+?)\s*(?:吧|呢|啊|了)?\s*([，,；;。][\s\S]*\p{Script=Han}[\s\S]*|[或还][\s\S]*)$/u.exec(t);
  if (han) {
    cut.push(han[2]);
    t = han[1];
  }
  // "not $4$ — it is $13$": the value after the rejected one.
  const notThen = /^not\s+[^—–;:]{1,60}?\s*(?:[—–;:]|,\s*but|\bbut)\s*(?:it(?:['’]s| is)\s+|rather\s+|instead\s+)?(\$?[^\s][\s\S]{0,200})$/i.exec(t);
  if (notThen && !/\b(?:sure|certain|confident)\b/i.test(t.slice(0, 30))) t = notThen[1].replace(/^\$([^$]+)\$$/, '$1');
  // "the answer is still 12".
  t = t.replace(/^(?:still|indeed|again|also|clearly|simply|exactly)\s+(?=[$\d\\-])/i, '');
  return trailingRemark(t.replace(/\s*[.。]\s*$/, '').replace(/\*\*/g, '').trim(), cut);
}

/** "as one might guess", "as you might expect": naive phrasing, not a hedge word. */
const NAIVE_PHRASE = /\b(?:as )?(?:one|you|someone|a student|many)\s+(?:might|may|could|would)\s+(?:naively\s+)?(?:think|guess|expect|assume|suppose|conclude)\b/gi;
/** Words that keep a rejection remark ("5 (not 3, maybe 4)") in the answer: it hedges rather than rejects. */
const REJECT_SPOILER = /\b(?:maybe|perhaps|possibly|probably|likely|might|could|unsure|if|unless|otherwise)\b|\?/i;
/** Words that make a parenthetical remark a hedge rather than commentary. */
const REMARK_HEDGE = /\b(?:or|maybe|perhaps|possibly|probably|likely|might|could|approx\w*|roughly|about|around|unsure|sure|certain|confident|if|unless|otherwise)\b|\?/i;

/**
 * A final statement with a trailing remark: the value without it. "5 (not 3, as a naive count would
 * suggest)" and "5, not 3" reject another value (not a hedge); "12 (counting both ends)" is prose
 * commentary; "seventeen ($17$)" is a number word with its value. A remark that hedges ("12 (or 13)",
 * "5 (not sure)", "12 (if we include zero, 13)") is kept so the answer stays undecided or hedged.
 */
function trailingRemark(t: string, cut: string[]): string {
  const paren = /^(.*?\S)\s*\(([^()]{1,300})\)$/.exec(t);
  if (paren && /\s$|[^\s\\a-zA-Z_^]$/.test(paren[1] + (t[paren[1].length] === ' ' ? ' ' : ''))) {
    const head = paren[1].trim();
    const inner = paren[2].trim();
    // "seventeen ($17$)": words, then the value in math.
    const math = /^\$([^$]{1,100})\$$/.exec(inner);
    if (math && /^[a-zA-Z][a-zA-Z\s-]{2,}$/.test(head)) return math[1].trim();
    // "5 (not 3, ...)": a rejected value.
    if (/^(?:not|rather than|instead of|as opposed to)\b/i.test(inner) && !/^not\s+(?:\S+\s+)?(?:sure|certain|confident|positive)\b/i.test(inner) && !REJECT_SPOILER.test(inner)) return head;
    // "$\frac12$ (i.e. $0.5$)", "(\approx 0.333)": a restatement of the value.
    if (/^(?:i\.?\s?e\.?|that is|equivalently|or equivalently|=|\\approx|≈)/i.test(inner) && /\d|\\[a-zA-Z]/.test(head)) return head;
    // "12 (counting both ends)": prose without a value or a hedge.
    if (/\d|\\[a-zA-Z]|\$/.test(head) && /^[a-zA-Z][a-zA-Z' ,;:-]*[a-zA-Z]$/.test(inner) && (/\s/.test(inner) || /^-?\d+(?:\.\d+)?$/.test(head)) && !REMARK_HEDGE.test(inner)) return head;
    // "12 (the other candidate, 13, fails the parity check)": prose naming values; cut, and judged as
    // text after the answer by the caller.
    // A long remark that names a value ("I also considered 80 if the origin were excluded, but ... so 81
    // stands") is cut too, hedge words and all: the text-after-the-answer rules judge it.
    const words = (inner.match(/[a-zA-Z]{3,}/g) ?? []).length;
    if (/\d|\\[a-zA-Z]|\$/.test(head) && /^[a-zA-Z]/.test(inner) && words >= 3 && (!REMARK_HEDGE.test(inner) || (words >= 6 && /\d/.test(inner)))) {
      cut.push(`(${inner})`);
      return head;
    }
  }
  const rejected = /^(.*?[^\s,;])\s*(?:[,;]|\s[—–-])\s*(?:not|rather than|instead of)\s+(?!(?:\S+\s+)?(?:sure|certain|confident|positive)\b)[^()]{1,200}$/i.exec(t);
  // "12, not 13 or 14": "or" joins the rejected values; other hedge words keep the remark.
  if (rejected && !REJECT_SPOILER.test(t.slice(rejected[1].length).replace(NAIVE_PHRASE, ''))) return rejected[1].trim();
  return t;
}

/**
 * "Wait, actually it is 6." after the final box: a second thought that doubts the answer ("Wait, no.
 * That can't be right", "wrong", "mistake") or names a different value retracts the box; a check that
 * repeats the same value ("Actually, wait: 3^4 = 81 is right") does not.
 */
function secondThought(after: string, boxed: string): boolean {
  const m = SECOND_THOUGHT.exec(after);
  if (!m) return false;
  const rest = m[1];
  // Settled in favour of the answer: the last sentence confirms it ("Yes, it's right.", "So 512 is right.",
  // "The count of 28 stands.", "... ✓") without naming another value.
  const said = sentencesOf(rest).filter((x) => /[\w✓✔]/.test(x));
  const lastSaid = said[said.length - 1] ?? '';
  if (/✓|✔/.test(lastSaid) || (SETTLED.test(lastSaid) && [...lastSaid.matchAll(/(?<![\w.^_{])-?\d+(?:\.\d+)?(?![\w.^_}])/g)].every((x) => equivalent(x[0], boxed).equal))) return false;
  if (DOUBT.test(rest)) return true;
  if (DENIAL.test(rest) && !CONFIRMED.test(rest)) return true;
  // "Edit: … so 64 is not attained.": the second thought denies the answer's own value.
  if (/^-?\d+(?:\.\d+)?$/.test(boxed.trim()) && new RegExp(`(?<![\\d.])${boxed.trim().replace(/[.-]/g, '\\$&')}(?![\\d.])\\$?\\s*(?:is|was)(?:\\s+not|n['’]t)\\b`, 'i').test(rest)) return true;
  // "But wait, is that actually right? ... Let me re-check." left unanswered.
  if (/\b(?:is|was) (?:that|this|it|the answer) (?:actually |really |even |truly )?(?:right|correct|true)\s*\?/i.test(rest)) return true;
  const vals = [...rest.matchAll(/(?:\bis|\b(?:it|that|answer)['’]s|\bbe|=|\bget|\bgives?)\s*(?:(?:actually|really|just|in fact)\s+)?\$?\s*(-?\d+(?:\.\d+)?)/gi)].map((x) => x[1]);
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
  // 不对，上面第二步算错了 ("not right, step two above is miscalculated"), unless an option or value is what is called wrong.
  const cjk = /不对|算错|错了|有误|不成立|不正确/.exec(after);
  if (cjk) {
    const clause = after.slice(Math.max(0, ...['，', '。', ',', '\n', '；'].map((c) => after.lastIndexOf(c, cjk.index - 1) + 1)), cjk.index);
    if (!/[A-J]|\d/.test(clause)) return true;
  }
  const m = RETRACTION.exec(after);
  if (!m) return false;
  const start = Math.max(after.lastIndexOf('.', m.index - 1), after.lastIndexOf('\n', m.index - 1), after.lastIndexOf('!', m.index - 1), after.lastIndexOf('?', m.index - 1)) + 1;
  const before = after.slice(start, m.index);
  // "B is tempting ..., so it is incorrect": another option is what the phrase calls wrong.
  const letters = answerLetters(boxed);
  if (letters !== null && candidateLetters(before, letters).length > 0) return RETRACTION.test(after.slice(m.index + m[0].length));
  const nums = [...before.matchAll(/(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])/g)].map((x) => x[0]);
  if (nums.length > 0 && nums.every((n) => !equivalent(n, boxed).equal)) return RETRACTION.test(after.slice(m.index + m[0].length));
  return true;
}

/** "The real answer is 17" after the final answer, naming a different value (not as a naive reading). */
function correctedValue(after: string, boxed: string): boolean {
  if (!/\bthe (?:real|correct|actual|true|right|proper) /i.test(after)) return false;
  for (const sentence of sentencesOf(after)) {
    if (isNaive(sentence)) continue;
    CORRECTED_VALUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CORRECTED_VALUE.exec(sentence))) if (!equivalent(m[1], boxed).equal) return true;
  }
  return false;
}

/** A value named in prose: a number, `$x = 5$`, `$\frac{3}{4}$`; group 1 is the value. */
// Digit runs are matched whole ((?<![\d.]) before, (?!\d) after): a run can start a match only at its
// first digit and never backtracks into shorter numbers, so the patterns below stay linear on a
// response of thousands of digits (without this, 2,000 digits took 5.7 s and 4,000 took 126 s).
const VALUE = String.raw`(?:\$\s*)?(?:[a-zA-Z]\s*=\s*)?(-?(?<![\d.])\d+(?!\d)(?:\.\d+(?!\d))?(?:\s*/\s*\d+(?!\d))?|(?:-\s*)?\\[dt]?frac\s*\{(?:[^{}$]|\{[^{}$]{0,12}\}){1,30}\}\s*\{(?:[^{}$]|\{[^{}$]{0,12}\}){1,30}\}|(?:-\s*)?\\[dt]?frac\d\d|(?:-\s*)?\d*\\sqrt\s*\{[^{}$]{1,12}\})(?![\d.]*\s*[a-zA-Z]*\s*=)`;
/** A conditional ("if between is inclusive", "if I made a slip", "otherwise") within a sentence. */
const CONDITION = /\b(?:if|unless|otherwise|assuming|supposing|in case|depending on)\b|^[\s(*_-]*should\b/i;
/** A value stated as the outcome of a condition: "it would be 205", "the count is 32", "you'd get 9". */
const OUTCOME = new RegExp(String.raw`(?:\b(?:otherwise|or else|else)\s*,?\s*(?:it(?:'s|’s| is)\s*)?(?=[$\d-]|\\[dt]?frac)|\b(?:would|could|might|may)(?:\s+(?:instead|then|actually|also|rather|well))?\s+(?:be|give|get|become|yield|equal|change to|have been)|['’]d\s+(?:be|get|give|have)|\b(?:answer|count|result|total|value|number|sum|area|probability|it|one)\s+(?:is|becomes|equals|changes to|increases to|decreases to|drops to|goes up to)|\b(?:we|you|one)\s+(?:get|gets|obtain|obtains)|\bgives|\byields)\s*(?:instead\s+|only\s+|exactly\s+|just\s+)?` + VALUE, 'gi');
/**
 * Another value endorsed as an answer: "though $x=5$ also satisfies the equation", "16 would also be
 * reasonable", "16 is defensible if ...", "$n = 16$ is another solution". Counted only with a qualifier
 * in the sentence (also, too, another, if, though, ...: see ENDORSE_QUALIFIER). The value must not be
 * an operand of arithmetic ("15 = 3 \times 5 is also ...").
 */
const ALSO_SOLVES = new RegExp(String.raw`(?<![=+*/^×-]\s*)(?<!\\(?:times|cdot)\s*)` + VALUE + String.raw`\s*\$?\s*(?:,\s*)?(?:(?:might|may|could)\s+)?(?:(?:also|too|equally|as well)\s+)?(?:satisf(?:ies|y)|works?|solves?|fits?|is (?:(?:also|equally|another|an?|just as|as)\s+)*(?:valid|possible|acceptable|correct|legitimate|defensible|reasonable|plausible|likely|tempting|arguable|appealing|attractive)(?:\s+(?:answer|solution|root|value|option|candidate|reading))?|is (?:also\s+)?(?:an?|another)\s+(?:(?:valid|possible|acceptable|correct|legitimate|plausible)\s+)?(?:answer|solution|root|value|option|candidate|possibility)|would (?:also |equally )?(?:be (?:\w+ )?(?:valid|reasonable|acceptable|correct|possible|plausible|defensible)|work))\b([^.!?\n]{0,60})`, 'gi');
const ENDORSE_QUALIFIER = /\b(?:also|too|as well|equally|another|if|unless|though|although|that said|depending|alternatively|just as)\b/i;
/** "the real answer is 17" after the final answer: a correction to a different value. */
const CORRECTED_VALUE = new RegExp(String.raw`\bthe (?:real|correct|actual|true|right|proper) (?:answer|value|count|result|total) (?:is|should be|must be|would be)\s*(?:actually\s*)?` + VALUE, 'gi');
/** A dismissal after the alternative ("but it doesn't", "but is extraneous"): commentary, not a hedge. */
const DISMISSED = /\b(?:but|however|yet|which)\b[^.!?\n]{0,60}?(?:\bnot\b|n['’]t\b|\bno\b|extraneous|reject\w*|exclud\w*|invalid|fails?|violat\w*|ruled out|discard\w*|larger|smaller|too (?:big|large|small))|\bbut\b[^.!?\n]{0,30}?\bthe (?:problem|question|statement) (?:says|states|asks|specifies|requires|wants|rules|excludes|is about)|\bnot the case\b/i;
/** Another value the writer would accept: "I'd also accept 13", "one could argue for 13", "one could also go with 13". */
const ACCEPT_ALSO = new RegExp(String.raw`\b(?:i(?:['’]d| would)|we(?:['’]d| would)|one (?:could|might)|you could)\s+(?:also\s+|equally\s+)?(?:accept|argue for|go with|settle for)(?!\s+(?:\d+\s+)?(?:more|extra|steps?|minutes?|seconds?|hours?|times?)\b)\s+` + VALUE, 'gi');
/** A value the answer can have "instead": "the answer could be 13", "it might also be 14". */
const MAYBE_VALUE = new RegExp(String.raw`\b(?:answer|it|result|count|total|value)\s+(?:could|might|may)\s+(?:also\s+|instead\s+|well\s+|actually\s+)?be\s*` + VALUE, 'gi');
/** A value a remark calls possible: "there's a chance it's 4", "the intended answer may be 4", "4 seems just as likely", "4 can't be ruled out". */
const POSSIBLE_VALUE = new RegExp(
  String.raw`(?:\b(?:chance|possible|possibly|perhaps|maybe|might|may|could|probably|likely|plausibl[ey])\b[^.!?\n]{0,40}?(?:\bit(?:'s|’s| is)|\b(?:it|answer|result|count|total)\s+(?:(?:could|might|may|would)\s+)?(?:also\s+)?(?:is|be|equals?))\s+(?:(?:actually|really|just|in fact)\s+)?` +
    VALUE +
    String.raw`|(?<![=+*/^×-]\s*)` +
    VALUE +
    String.raw`\s*\$?\s*(?:(?:seems|looks|is|appears)\s+(?:(?:just|equally|also|about|as)\s+)*(?:as\s+)?(?:likely|plausible|possible|reasonable)|can(?:no|'|’)t be (?:ruled out|excluded)|cannot be (?:ruled out|excluded))` +
    // "I haven't ruled out $x = -3$".
    String.raw`|\b(?:have(?:n['’]t| not)|can(?:no|['’])t|cannot|did(?:n['’]t| not)|could(?:n['’]t| not))\s+(?:yet\s+)?rule[ds]?\s+out\s+` +
    VALUE +
    // "and possibly $x = -3$", ", maybe 4", "(perhaps also 5)": another value joined to the answer with a hedge word.
    String.raw`|(?:\b(?:and|or|plus)|[,;(—–])\s*(?:also\s+)?(?:possibly|maybe|perhaps|probably)\s+(?:also\s+|even\s+)?` +
    VALUE +
    String.raw`)`,
  'gi',
);
/** A negated possibility ("not possible", "impossible", "unlikely"): a dismissal. */
const IMPOSSIBLE = /(?:\bnot|n['’]t)\s+(?:\w+\s+)?(?:possible|likely|plausible)\b|\bimpossible\b|\bunlikely\b|\bis ruled out\b/i;
/** A value named as a naive or tempting wrong answer ("one might think it could be 8"): commentary. */
const NAIVE = /\b(?:(?:one|you|someone|a student|many people|students)\s+(?:might|may|could|would)\s+(?:think|guess|expect|assume|be tempted|naively|get|obtain|pick|choose|answer|wonder|ask|suspect)|(?:what|which) (?:you|one|someone|a student)(?:['’]d| would) (?:get|obtain|pick|choose)|if (?:you|one|someone|a student) (?:forgot|forget|forgets|ignore[ds]?|miss(?:es|ed)?|neglect\w*|overlook\w*|drop(?:s|ped)?|confuse[ds]?)|naive\w*|common (?:mistake|error|pitfall|trap)|trap|distractor)\b|误|错选/i;
/**
 * "a tempting answer is 8" / "8 is tempting, but ..." names a naive answer (commentary); "6 is tempting
 * if $z=0$ is meant to be excluded" leaves it open under a reading of the problem (a hedge), unless
 * the condition describes a slip ("tempting if you forget $z=0$").
 */
const TEMPTING = /\btempting\b/i;
const TEMPTING_OPEN = /\b(?:also|equally|just as|as)\s+tempting\b|\btempting\s+(?:too|as well)\b|\btempting\b[^.!?\n]{0,20}?\b(?:if|unless|when|assuming|depending)\b(?![^.!?\n]{0,40}\b(?:forget\w*|forgot|ignor\w*|overlook\w*|miss\w*|neglect\w*|mistaken\w*|misread\w*|careless\w*|rush\w*|hast\w*|skim\w*|naive\w*)\b)/i;
/** A naive-answer sentence: commentary, its values are not alternatives. */
const isNaive = (sentence: string): boolean => NAIVE.test(sentence) || (TEMPTING.test(sentence) && !TEMPTING_OPEN.test(sentence));
/** A check of the answer ("Check: if n = 12, the sum is 78"): values in it are not alternatives. */
const CHECK = /\b(?:check\w*|verif\w*|confirm\w*|consistent|sanity|plug\w*|substitut\w*)\b|✓|✔/i;

/** A check that was not done ("I did not check it", "unverified"): no reason to skip the sentence. */
const UNCHECKED = /\b(?:want|need|should|may|might|could|recommend|suggest|ask)\w*\s+(?:you\s+)?(?:to\s+)?(?:double-?)?check|(?:\bnot|n['’]t|never|without|no time to)\s+(?:\w+\s+)?(?:check|verif|confirm|substitut|plug)\w*|\bun(?:checked|verified|confirmed)\b/i;

/** Text after a box that holds no words: closing math delimiters, punctuation, spaces. */
const NO_PROSE = /^[\s$.,;:!)\]}\\]{0,40}$/;

/** Sentences of the text after the final answer (already cut by `tail`), at most 40. */
function sentencesOf(after: string): string[] {
  return after.split(/(?<=[.!?;])\s+|\n+/).slice(0, 40);
}

/**
 * A different value offered as the answer under another reading or a doubt, after the final answer:
 * "(If I made a slip in the last step, it would be 205 instead.)", "though if "between" is inclusive
 * the count is 32", "though $x=5$ also satisfies the equation". Not: the same value ("inclusive
 * counting gives the same, 30"), checks ("if n = 12 the sum is 78, consistent"), values dismissed in the
 * same sentence ("x = 5 also satisfies it but is extraneous"; "if order mattered it would be 720, but
 * it does not").
 */
function alternativeInProse(after: string, boxed: string): boolean {
  if (!/\d|\\[dt]?frac/.test(after)) return false; // every rule below needs a value
  for (const sentence of sentencesOf(after)) {
    if ((CHECK.test(sentence) && !UNCHECKED.test(sentence)) || isNaive(sentence)) continue;
    const cond = CONDITION.exec(sentence);
    if (cond) {
      OUTCOME.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = OUTCOME.exec(sentence))) {
        // The condition must come first and set no value itself ("if n = 12, ..." is a check).
        const condText = sentence.slice(cond.index, m.index);
        if (m.index < cond.index && !/\botherwise\b|\bif\b/i.test(sentence.slice(m.index + m[0].length))) continue;
        if (/=|\\[lg]eq?\b|[<>]/.test(condText)) continue;
        // A counterfactual ("if n were even, it would be 8"; "if we had allowed repeats") describes
        // what is not the case: commentary, not an alternative answer.
        if (/\b(?:were|had)\b/i.test(condText)) continue;
        if (DISMISSED.test(sentence.slice(m.index + m[0].length))) continue;
        if (!equivalent(m[1], boxed).equal) return true;
      }
    }
    if (!IMPOSSIBLE.test(sentence)) {
      POSSIBLE_VALUE.lastIndex = 0;
      let mp: RegExpExecArray | null;
      while ((mp = POSSIBLE_VALUE.exec(sentence))) {
        const v = mp[1] ?? mp[2] ?? mp[3] ?? mp[4];
        const after = sentence.slice(mp.index + mp[0].length);
        if (!DISMISSED.test(after) && !/^\s*[+*/^×=-]/.test(after) && !equivalent(v, boxed).equal) return true;
      }
    }
    ACCEPT_ALSO.lastIndex = 0;
    let ma: RegExpExecArray | null;
    while ((ma = ACCEPT_ALSO.exec(sentence))) {
      if (DISMISSED.test(sentence.slice(ma.index + ma[0].length))) continue;
      if (!equivalent(ma[1], boxed).equal) return true;
    }
    MAYBE_VALUE.lastIndex = 0;
    let mv: RegExpExecArray | null;
    while ((mv = MAYBE_VALUE.exec(sentence))) {
      if (DISMISSED.test(sentence.slice(mv.index + mv[0].length))) continue;
      if (!equivalent(mv[1], boxed).equal) return true;
    }
    ALSO_SOLVES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ALSO_SOLVES.exec(sentence))) {
      if (!ENDORSE_QUALIFIER.test(sentence)) continue;
      if (DISMISSED.test(m[2])) continue;
      if (!equivalent(m[1], boxed).equal) return true;
    }
  }
  return false;
}

/**
 * The general post-answer rule (rule 3), behind the phrase families above: a sentence after the final
 * answer that names a different value as a candidate for the answer, without rejecting it, leaves an
 * alternative open when it also carries doubt ("could", "maybe", "torn between", "runner-up", "not sure",
 * "depending on", "valid", ...), and retracts the answer when a correction ("actually", "should be",
 * "Correction:", or an error named in it or the sentence before) comes before the value.
 * Candidates are standalone values: not operands of arithmetic (`3 \times 4 = 12`), not counts of things
 * ("4 cases", "6 pairs"), not labels ("part 2", "step 3"), not values negated ("not 14") or dismissed
 * after them in the sentence ("14 was my first guess, which was wrong"); checks, naive answers and
 * counterfactuals ("if it were 5x5, ... 20") are commentary.
 */
function openAlternative(after: string, answer: string): 'hedged' | 'retracted' | null {
  const letters = answerLetters(answer);
  if (!/\d|\\[dt]?frac/.test(after) && letters === null) return null;
  const sentences = sentencesOf(after).flatMap((x) => x.split(/(?<=[。！？；])/));
  let errorBefore = false;
  for (const [i, sentence] of sentences.entries()) {
    const skip = (CHECK.test(sentence) && !UNCHECKED.test(sentence)) || isNaive(sentence) || COUNTERFACTUAL.test(sentence) || SCENARIO.test(sentence) || SAME.test(sentence);
    const errorHere = ERROR_NAMED.exec(sentence);
    const candidates = skip && errorHere === null ? [] : letters === null ? candidateValues(sentence, answer) : candidateLetters(sentence, letters);
    if (!skip) {
      const next = sentences[i + 1] ?? '';
      const open = NEGATED_DISMISSAL.test(sentence);
      const cond = CONDITION.exec(sentence);
      for (const c of candidates) {
        const rest = sentence.slice(c.end);
        if (open) return 'hedged';
        if (dismissedAfter(rest) || (/\?\s*$/.test(sentence) && DISMISSED_NEXT.test(next))) continue;
        const before = sentence.slice(0, c.start);
        // "(or $5 \cdot 6 \cdot 9 = 270$ if ...)", "If the problem intends ordered pairs, the count doubles to 24":
        // another value offered with "or", or as the outcome of a condition.
        if (/\b(?:or|i\.e\.|that is)\s*,?\s*(?:about|approximately|approx\.?|roughly|around|nearly|equivalently|in decimal(?: form)?|as a decimal|≈|\\approx)\s*\$?\s*$/i.test(before)) continue;
        if (/(?:^|[(,;—–]\s*|\s[-–—]\s*)or\s+(?:even\s+|maybe\s+|possibly\s+|perhaps\s+)?\$?[^.!?$]{0,40}\$?[^.!?$]{0,40}$/i.test(before) || (cond && cond.index < c.start && !/=|[<>]|\\[lg]eq?\b/.test(sentence.slice(cond.index, c.start).replace(/\$[^$]*\$\s*$/, '')))) return 'hedged';
        if (CORRECTION_BEFORE.test(before) || (errorHere && errorHere.index < c.start) || (errorBefore && STATES_VALUE.test(before))) return 'retracted';
        // "without replacement it would be $\frac23$ instead": another outcome offered in the conditional mood.
        if (/\b(?:would|it['’]d)\s+(?:instead\s+|then\s+|rather\s+)?(?:be|become|give|equal|get|yield)\s*(?:instead\s+)?(?:\$\s*)?$/i.test(before) && /^\s*\$?\s*(?:instead|rather)\b/i.test(rest)) return 'hedged';
        // "Since $x$ could be 1 or 2, we took both cases": reasoning about the work, not about the answer.
        if ((DOUBT_MARK.test(sentence) || DOUBT_CJK.test(sentence)) && !IMPOSSIBLE.test(sentence) && !/^[\s(*_-]*(?:since|because|as)\b/i.test(sentence)) return 'hedged';
      }
    }
    errorBefore = errorHere !== null && candidates.every((c) => c.start < errorHere.index) && !/\b(?:fixed|corrected|accounted)\b/i.test(sentence);
  }
  return null;
}

/** The sorted option letters of an answer that is only letters (`C`, `\boxed{(B)}`, `A, C`), else null. */
function answerLetters(answer: string): string | null {
  return /^[\s$(*{\\a-z]*[A-J](?:\s*[,、]?\s*[A-J])*[\s$)*}.]*$/.test(answer) ? mcLetters(answer) : null;
}

/** Whether the text after a candidate dismisses it ("… which was wrong", "but 6 fails"); doubt ("not sure") is no dismissal. */
function dismissedAfter(rest: string): boolean {
  const r = rest.replace(NOT_SURE, ' ');
  return DISMISSED_AFTER.test(ownClause(r)) || DISMISSED.test(r);
}

/**
 * Option letters a sentence names that are not among the answer's `letters` (sorted letters, `CD`):
 * `(B)`, "option B", "B" standing alone (not the article "A" or the pronoun "I" before an English word).
 */
function candidateLetters(sentence: string, letters: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\(([A-J])\)|\b(?:option|choice|answer)\s+\(?([A-J])\b|(?<![A-Za-z'’\\])([A-J])(?![A-Za-z'’])/g;
  const contrast = /\b(?:unlike|not|rather than|instead of|other than|except|as opposed to)\s*(?:option\s*|choice\s*)?\(?$/i;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const l = m[1] ?? m[2] ?? m[3];
    if (m[3] !== undefined && /^[AI]$/.test(l) && /^\s+[a-z]/.test(sentence.slice(m.index + 1))) continue;
    if (m[3] !== undefined && /[=+*/^<>_-]\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (letters.includes(l)) continue;
    if (contrast.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The text after a candidate up to a subordinate clause: a dismissal must be about the candidate ("180 might be intended if the coffee time isn't included" is not one). */
const ownClause = (rest: string): string => rest.split(/\b(?:if|unless|when|whenever|provided|assuming|in case)\b/i)[0];
/** "not (entirely) sure/certain/confident": doubt, never the negation that dismisses a value. */
const NOT_SURE = /(?:\bnot|n['’]t)\s+(?:\w+\s+)?(?:sure|certain|confident|decide|surpris\w*|rule\s+(?:it\s+)?out|exclude|know|check\w*|verif\w*|confirm\w*)\b/gi;
/** A decision made under doubt ("I lean towards", "I'll go with", "my best guess is"). */
const DECIDE_UNDER_DOUBT = /\b(?:most likely|probably|presumably|either\b[^.!?]{0,80}\bor|lean(?:s|ing)?\s+(?:towards?|to)|i(?:['’]ll| will)\s+(?:go with|guess|pick|choose|say|settle on|box|put|write|answer|commit to)|going to (?:go with|say|pick)|(?:my\s+)?best guess|if i (?:had|have) to (?:guess|pick|choose)|i(?:['’]d| would)\s+(?:guess|pick|say|go with|lean)|going with|gut (?:says|feeling))\b/i;

/**
 * A hedge just before the final answer: the answer's own sentence decides under doubt ("I lean towards
 * \boxed{100}") and it or the two sentences before name another candidate not dismissed ("the answer
 * is one of 99 and 100"; "Between (B) and (C), I lean towards **(C)**").
 */
function hedgedLead(text: string, at: number, answer: string): boolean {
  const lead = text.slice(Math.max(0, at - 400), at);
  const decides = DECIDE_UNDER_DOUBT.test(lead.slice(-160));
  if (!decides && !UNRESOLVED.test(lead.slice(-260))) return false;
  const all = sentencesOf(lead);
  const said = all.filter((x) => x.trim() !== '');
  const letters = answerLetters(answer);
  const open = (sentence: string): boolean => {
    const found = letters === null ? candidateValues(sentence, answer) : candidateLetters(sentence, letters);
    return found.some((c) => !dismissedAfter(sentence.slice(c.end)));
  };
  // The answer's own sentence (the text from the last sentence break to the answer; empty when the answer
  // opens a line) decides under doubt, and it or the two sentences before name another candidate.
  if (DECIDE_UNDER_DOUBT.test(all[all.length - 1] ?? '') && said.slice(-3).some(open)) return true;
  // "I'm not sure whether it is 78 or 81.\n\n\boxed{78}": the sentence just before the answer leaves the
  // choice open, and nothing between resolves it.
  const own = (all[all.length - 1] ?? '').trim();
  const prev = own === '' ? said[said.length - 1] : said[said.length - 2];
  return prev !== undefined && UNRESOLVED.test(prev) && open(prev);
}

/** Doubt between answers left open in a sentence: "not sure whether", "torn between", "can't decide", "either … or". */
const UNRESOLVED = /\b(?:not (?:entirely |completely |quite |totally )?(?:sure|certain) (?:whether|if|which)|torn between|can(?:no|['’])t decide|cannot decide|could(?:n['’]t| not) decide|undecided|either\b[^.!?]{0,60}\bor|(?:it['’]s|it is) unclear (?:whether|which|if))\b/i;

/** Standalone values of a sentence that differ from the answer (see `openAlternative`). */
function candidateValues(sentence: string, answer: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(VALUE, 'g');
  let m: RegExpExecArray | null;
  // A whole math segment holding a constant (`$6+5i$`, `$2\sqrt{3}$`, `$\frac{\pi}{4}$`): one candidate.
  const segs = /\$([^$]{1,60})\$|\\\(([^()]{1,60})\\\)/g;
  let sm: RegExpExecArray | null;
  while ((sm = segs.exec(sentence))) {
    const body = (sm[1] ?? sm[2]).trim();
    if (!/[+-]|\\(?:sqrt|frac|pi)|i\b/.test(body) || /[=<>]|\\(?:le|ge|neq|approx)/.test(body)) continue;
    if (/[a-zA-Z]/.test(body.replace(/\\(?:sqrt|frac|dfrac|tfrac|pi|cdot|times|left|right)|\bi\b|(?<=\d)i\b/g, ''))) continue;
    if (/[=+*/^×÷·<>_-]\s*$|\\[a-zA-Z]+\s*$/.test(sentence.slice(Math.max(0, sm.index - 12), sm.index))) continue;
    if (/^\s*(?:[=+*/^×÷·<>!%_-]|\\[a-zA-Z]+)/.test(sentence.slice(sm.index + sm[0].length, sm.index + sm[0].length + 12))) continue;
    if (equivalent(body, answer).equal) continue;
    out.push({ start: sm.index, end: sm.index + sm[0].length });
  }
  while ((m = re.exec(sentence))) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (out.some((o) => start >= o.start && start < o.end)) continue;
    const pre = sentence.slice(Math.max(0, start - 24), start);
    const post = sentence.slice(end, end + 24);
    // Operands are not candidates (`3 \times 4`, `\sqrt{12}`, `2^{10} = 1024 = ...`); the last side of a
    // chain is (`5 \cdot 6 \cdot 9 = 270`).
    if (/^\s*\$?\s*(?:[=+*/^×÷·<>!%_\u2212\u2013-]|\\(?!\$)[a-zA-Z%]+)/.test(post) && !/^\s*\^\s*\{?\s*\\circ/.test(post)) continue;
    if (/[+*/^×÷·<>_\u2212\u2013-]\s*\$?\s*$|\\[a-zA-Z]+\s*\{?\s*$|\{\s*$/.test(pre)) continue;
    if (/=\s*\$?\s*$/.test(pre) && !/(?:^|[^=]{0,30}\s)(?:\$|^)[^$]*[+*/^×·\\][^$]*=\s*\$?\s*$/.test(pre)) continue;
    if (/^\s*\$?\s*(?:x|by)\s*\d/.test(post)) continue;
    if (LABEL_BEFORE.test(pre)) continue;
    if (QUANTITY_AFTER.test(post)) continue;
    if (/(?:\bnot|n['’]t|instead of|rather than|other than|except|excluding|over|than)\s*(?:\$\s*)?$/i.test(pre)) continue;
    if (equivalent(m[1], answer).equal) continue;
    out.push({ start, end });
  }
  return out;
}

/** A word naming things right after a value ("4 cases", "6 pairs appear"): a count, not a candidate answer. */
const QUANTITY_AFTER = /^\s*\$?\s*(?!(?:is|was|are|were|be|being|been|would|could|might|may|must|should|will|can|cannot|also|too|as|works?|worked|seems?|seemed|looks?|appears?|instead|or|and|but|if|though|although|which|that|since|because|for|in|at|on|to|by|with|from|of|here|there|then|rather|again|itself|both|either|remains?|gives?|fits?|satisf\w*|solves?|holds?|stands?|wins?|comes?|feels?|sounds?|still|really|actually|perhaps|maybe|possibly|probably|equally|just|only|even|not|isn|wasn|doesn|instead|wouldn|couldn|shouldn|didn|don|won|aren|weren|hasn|haven|can['’]t|surprise\w*|seem\w*|sound\w*|feel\w*|look\w*)\b)[a-z]{2,}/i;
/** A label before a value ("part 2", "step 3", "case 1", "equation (4)"): not a candidate answer. */
const LABEL_BEFORE = /\b(?:part|step|case|line|page|problem|question|lemma|theorem|figure|fig|exercise|section|round|row|column|equation|eq|item|option|stage|phase|day|year|method|approach|attempt|version|digit|position|index|number|no|#)\.?\s*\(?\s*$/i;
/** Doubt in a sentence that names another value. */
const DOUBT_MARK = /\b(?:could|might|may|(?<!\b(?:\w+est|least|most|fewest|maximum|minimum|max|min|all|every|each|only) )possibl[ey]|perhaps|maybe|probabl[ey]|likely|plausibl[ey]|valid|defensible|arguabl[ey]|alternative(?:ly)?|either|torn|unsure|uncertain|not (?:entirely |completely |100% |fully |quite |totally )?(?:sure|certain|confident)|confiden(?:ce|t)|guess|backup|fallback|runner-up|second (?:choice|guess)|between|unless|depend(?:s|ing)|interpret\w*|reading|reasonable|acceptable|ambigu\w*|or so|give or take|hedge|hedging|tempted|contender|close second|close call|serious(?:ly)? (?:possib\w*|option|candidate)|possibilit(?:y|ies)|gut|lean(?:s|ing)?|case (?:could|can) be made|unclear|not clear|undecided|(?:can(?:no|'|’)t|cannot|could(?:n['’]t| not)|did(?:n['’]t| not)) (?:tell|decide|determine|be (?:sure|certain))|torn)\b/i;
/** A correction before a value in its sentence: the value replaces the answer. */
const CORRECTION_BEFORE = /\b(?:actually|correction|correcting|retract\w*|update[sd]?|revised?|revision|should (?:have )?be(?:en)?|must be|in fact|i meant|or rather|the (?:correct|right|real|true|actual|final|proper) (?:answer|count|value|result|total|number))\b|\bno\s*[,.;:—–-]/i;
/** An error named in a sentence ("I double counted", "I found an error"). */
const ERROR_NAMED = /\b(?:errors?|mistakes?|wrong|incorrect|mistaken|miscount\w*|miscalculat\w*|misread\w*|overcount\w*|undercount\w*|double[- ]?count\w*|forgot|overlooked|oops)\b/i;
/** A sentence that states a value ("the final count is 14", "it is 14", "so: 14"). */
const STATES_VALUE = /(?:\b(?:is|be|are|equals?|gives?|get|gets|becomes?)|[:=])\s*(?:actually\s+|really\s+|now\s+)?(?:\$\s*)?$/i;
/** A value dismissed after it in its sentence ("14, which was wrong", "14 fails the parity check"). */
const DISMISSED_AFTER = /(?:\bnot|n['’]t|never|no longer|wrong|incorrect|mistaken|mistake|error|erroneous|reject\w*|extraneous|invalid|fails?|failed|exclud\w*|discard\w*|ruled out|impossible|overcount\w*|double[- ]?count\w*|initially|at first|first (?:guess|attempt|try|instinct)|earlier|previously|originally|spurious|impossible|violat\w*|contradict\w*|too (?:big|large|small))\b/i;
/** The sentence after a question that names a value answers it with a dismissal ("Could it be 14? No, 14 fails."). */
const DISMISSED_NEXT = /^\s*(?:no\b|nope\b|it (?:is|'s|’s) not\b|that (?:fails|does(?:n't|n’t| not))|[^.!?]{0,40}\b(?:fails?|not|n['’]t|wrong|incorrect|impossible|violat\w*)\b)/i;
/** A dismissal word under negation ("cannot be completely excluded", "I wouldn't rule out D"): the value stays open. */
const NEGATED_DISMISSAL = /\b(?:can(?:no|'|’)t|cannot|could(?:n['’]t| not)|would(?:n['’]t| not)|won['’]t|not|n['’]t|have(?:n['’]t| not)|did(?:n['’]t| not)|unable to)\s+(?:(?:be|yet|fully|completely|entirely|really|quite|totally|been)\s+){0,3}(?:exclud\w*|ruled? out|rule[ds]? out|eliminat\w*|reject\w*|discard\w*|dismiss\w*)/i;
/** A sentence saying another method reaches the same result: commentary. */
const SAME = /\bsame (?:result|answer|value|number|count|thing|conclusion)\b|\b(?:agree|agrees|agreed|agreeing)\b/i;
/** Doubt in Chinese: 可能 (possibly), 也许/或许 (perhaps), 或者 (or), 不确定 (not sure), 说不定 (maybe). */
const DOUBT_CJK = /或|可能|也许|或许|或者|不确定|不一定|说不定|似乎|好像|也对|也行|也正确|无法确定|不能确定|不太确定|拿不准|更合适|再想想/;
/** A condition that sets another value ("If $n = 7$ instead, ..."): another scenario, commentary. */
const SCENARIO = /\b(?:if|when|for|with)\s+\$?\s*[a-zA-Z](?:_\{?\w+\}?)?\s*=\s*-?\d/i;
/** A condition contrary to fact ("if it were", "if we had allowed"): commentary. */
const COUNTERFACTUAL = /\bwere\b(?!\s+(?:\w+ed|taken|given|seen|chosen|written|broken|forgotten|hidden|driven|proven|drawn|shown|thrown|known|done|made|counted|built|put|set|read|found|meant|held|kept|left|split|cut|won|lost|paid|sold|told|thought|taught|bought|brought|caught|sought)\b)|\b(?:would have|had (?!to\b)\w+)\b/i;

/** `after` without doubts that the same sentence withdraws ("not 100% sure, but it checks out"). */
function withoutReassuredDoubt(after: string): string {
  return after.replace(REASSURED, (all: string, pre: string, mid: string) => (REASSURE_SPOILERS.test(pre + mid) ? all : ' '));
}

/**
 * `s` with every whitespace run compacted, in one linear pass (no regular expression, so no
 * backtracking on megabytes of padding): a run holding two or more line breaks becomes one blank line
 * (`\n\n`), a run holding one becomes `\n`, any other run of two or more blanks one space. The extraction
 * rules are regular expressions over lines and sentences; on compacted text each of them is linear
 * (before, a final statement followed by 200,000 newlines took 54 s to grade).
 */
export function compactWhitespace(s: string): string {
  let out = '';
  let i = 0;
  let from = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12 && c !== 11) {
      i++;
      continue;
    }
    let j = i;
    let breaks = 0;
    for (; j < n; j++) {
      const d = s.charCodeAt(j);
      if (d === 10) breaks++;
      else if (d !== 32 && d !== 9 && d !== 13 && d !== 12 && d !== 11) break;
    }
    if (j - i > 1 || c !== 32) {
      out += s.slice(from, i) + (breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : ' ');
      from = j;
    }
    i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The text after (or between) answers as the post-answer rules read it: cut at `LIMITS.maxTailChars`. */
function tail(s: string): string {
  return s.length > LIMITS.maxTailChars ? s.slice(0, LIMITS.maxTailChars) : s;
}

/** "\boxed{4} (or $-4$)": a different value offered as an alternative right after the final box. */
function alternativeAfter(after: string, boxed: string): boolean {
  // "or 5" as an aside to the box ("\boxed{4} (or $-4$)", ", or possibly 5", "— or 16", "Hmm, or 16"); not an
  // "or" inside a later prose sentence ("Since $x$ could be 1 or 2, we took both cases"), which the
  // sentence rules judge.
  const m = /^\s*[^\n]{0,40}?\bor\s+(?:possibly\s+|maybe\s+|perhaps\s+|even\s+)?\$?\s*(-?[\d\\][^$\n),;]{0,40}?)\s*\$?\s*(?:[),;.]|$)/im.exec(after);
  if (m && /[a-zA-Z]{3,}[^\n]*\bor\s/.test(m[0]) && !/^\s*[(—–-]|^[\s\S]{0,12}\bor\b/.test(m[0])) return false;
  if (!m) return false;
  return !equivalent(m[1], boxed).equal;
}

/** The name a box is assigned to, in the same math segment: `a = \boxed{3}` gives `a`. */
function boxLabel(text: string, box: Box): string | null {
  const m = /([^$=\n]{1,40}?)\s*=\s*(?:\$|\\\(|\\\[)?\s*$/.exec(text.slice(Math.max(0, box.start - 60), box.start));
  if (!m) return null;
  const seg = m[1].split(/\$|\\\(|\\\[|[,;:]|\s(?:and|so|giving|thus|hence|then|therefore)\s/).pop()?.trim() ?? '';
  return seg === '' ? null : seg;
}

/**
 * `a = \boxed{3}`, `b = \boxed{4}`, giving `a + b = \boxed{7}`: boxes of named intermediate values
 * followed by a box for an expression of those names; the last box is the answer.
 */
function combinesEarlier(text: string, boxes: Box[]): boolean {
  const lastLabel = boxLabel(text, boxes[boxes.length - 1]);
  if (!lastLabel || /^[A-Za-z](?:_\{?\w+\}?)?$/.test(lastLabel) || !/[+\-*/^]|\\(?:cdot|times|frac)|\d[A-Za-z]|[A-Za-z]{2}/.test(lastLabel)) return false;
  return boxes.slice(0, -1).every((b) => {
    const name = boxLabel(text, b);
    if (!name || !/^[A-Za-z](?:_\{?\w+\}?)?$/.test(name)) return false;
    return new RegExp(`(?<![A-Za-z\\\\])${name.replace(/[\\{}^$.*+?()[\]|]/g, '\\$&')}(?![A-Za-z])`).test(lastLabel);
  });
}

/**
 * Boxes that answer different steps or sub-questions: each box is labelled and the labels differ, the last
 * one being an expression rather than one of several named unknowns (`\frac mn = \boxed{..}`, then
 * `m+n = \boxed{..}`), or a part marker ("(b)", "Part 2", "Step 3") starts a line between every two boxes.
 */
function labelledSteps(text: string, boxes: Box[]): boolean {
  const labels = boxes.map((b) => (boxLabel(text, b) ?? colonLabel(text, b))?.replace(/\s+/g, '') ?? null);
  const lastLabel = labels[labels.length - 1];
  // Every box labelled, the labels all different ("$p = \boxed{17}$ … $m = \boxed{110}$"): the boxes answer
  // different quantities; when they are not the reference's parts, the last one is the answer asked for.
  if (labels.every((l) => l !== null) && new Set(labels).size === labels.length && lastLabel !== null) {
    if (!/^[A-Za-z](?:_\{?\w+\}?)?$/.test(lastLabel)) return true;
    // Two named unknowns (`x = \boxed{2}` and `y = \boxed{3}`) are one answer in parts, unless the text
    // between derives the last from the earlier ("… lifting the solution … gives … $m = \boxed{110}$").
    const between = text.slice(boxes[boxes.length - 2].end, boxes[boxes.length - 1].start);
    if (between.length >= 30 && /\b(?:gives?|giving|hence|therefore|thus|so|then|lifting|using|leads? to|yields?|implies|we (?:get|obtain|find))\b/i.test(between)) return true;
  }
  // "From the first equation we get \boxed{x = 3}. Substituting back, y = x^3 = 27, which is what the problem
  // asks for: \boxed{27}": earlier boxes name intermediate unknowns (inside or before the box), the last box
  // is unnamed and the text before it derives it.
  const named = (b: Box, l: string | null) => l !== null || /^\s*[A-Za-z](?:_\{?\w+\}?)?\s*=/.test(b.content);
  if (boxes.length >= 2 && lastLabel === null && !/=/.test(boxes[boxes.length - 1].content) && boxes.slice(0, -1).every((b, i) => named(b, labels[i]))) {
    const between = text.slice(boxes[boxes.length - 2].end, boxes[boxes.length - 1].start);
    if (/\b(?:asks? for|asked for|required|substitut\w*|therefore|hence|so|gives?|giving|then|we (?:get|obtain|find))\b/i.test(between) && !HEDGE_BETWEEN.test(between)) return true;
  }
  // "x = \boxed{7} and x = \boxed{-2} ... Therefore a+b+c = \boxed{5}": a last box for an expression no earlier box answered.
  if (lastLabel !== null && /[+*/^-]|\\(?:cdot|times|frac)/.test(lastLabel) && !labels.slice(0, -1).includes(lastLabel) && !HEDGE_BETWEEN.test(text.slice(boxes[boxes.length - 2].end, boxes[boxes.length - 1].start))) return true;
  for (let k = 1; k < boxes.length; k++) {
    const between = text.slice(boxes[k - 1].end, boxes[k].start);
    if (!/(?:^|\n)\s*(?:\*\*|#+\s*)?\s*(?:\(?[a-h]\)|\((?:i|ii|iii|iv|v|vi)\)|part\s*\(?[a-h1-9]\)?|step\s*\d+|\d+[.)]\s)/i.test(between)) return false;
  }
  return true;
}

/** "Sum of the roots: \boxed{5}": the words a box answers, before a colon on its line. */
function colonLabel(text: string, box: Box): string | null {
  const m = /(?:^|\n)[ \t*#]*([A-Za-z][^:\n$=]{1,40}?)\s*:\s*(?:\*\*)?\s*(?:\$|\\\(|\\\[)?\s*$/.exec(text.slice(Math.max(0, box.start - 60), box.start));
  return m ? m[1].trim().toLowerCase() : null;
}

/** Two boxes give the same answer: the same text, or equivalent values (`12` and `12.0`). */
function sameBox(a: string, b: string): boolean {
  return boxKey(a) === boxKey(b) || (a.length <= 200 && b.length <= 200 && equivalent(a, b).equal);
}

/** Normalised text of a box for "are these the same answer" checks. */
const boxKey = (s: string) => s.replace(/\s+|\\[,;:! ]|\\left|\\right|\$/g, '').replace(/\\[dt]frac/g, '\\frac');

/** The text that counts under rule 1: after the last `</think>`, or all of it without one. */
export function afterThink(response: string): string {
  const close = response.lastIndexOf('</think>');
  return close >= 0 ? response.slice(close + '</think>'.length) : response;
}

/**
 * The final answer of `response` under strict rules 1-3 and 9 (size limits, prompt injection). Pure.
 */
export function extractStrict(response: string): Extraction {
  if (response.length > LIMITS.maxResponseChars) return { answer: null, parts: null, reason: 'rejected:too_long' };
  if (!response.includes('</think>') && /<think>/.test(response)) return { answer: null, parts: null, reason: 'no_answer:unclosed_think' };
  let text = afterThink(response);
  text = compactWhitespace(text);
  // Full-width forms (Ｃ, ：, ．, （ ）) are their ASCII characters.
  if (/[\uFF01-\uFF5E]/.test(text)) text = text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
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
    // "\boxed{1296} ... so back to the first count.\n\nFinal Answer: 1296": an explicit final statement
    // (at the start of a sentence) after the last box that restates its value settles the doubts between
    // them; one with another value is text after the box (rule 2: the last box is the answer).
    const afterBox = text.slice(last.end);
    const later = /answer|final|result|答案|选/i.test(afterBox) ? finalStatement(afterBox) : null;
    if (later && later.answer && sameBox(later.answer, last.content)) {
      const lead = text.slice(Math.max(last.end, last.end + later.at - 40), last.end + later.at);
      if (/(?:^|[.!?:\n])\s*(?:(?:so|thus|hence|therefore|in conclusion|in summary|overall)\s*,?\s*)?(?:\*\*|#+\s*)?$/i.test(lead)) return statementAnswer(text.slice(last.end), later);
    }
    const after = tail(text.slice(last.end));
    // Nothing but closing markup after the box (most responses): no retraction or hedge to look for.
    const bare = NO_PROSE.test(after);
    if (!bare && (retracts(after, last.content) || secondThought(after, last.content) || correctedValue(after, last.content))) return { answer: last.content, parts: null, reason: 'retracted' };
    if (!bare && alternativeAfter(after, last.content)) return { answer: last.content, parts: null, reason: 'hedged' };
    if (!bare && (HEDGE_AFTER.test(withoutReassuredDoubt(after)) || alternativeInProse(after, last.content))) return { answer: last.content, parts: null, reason: 'hedged' };
    // "\boxed{12}?": the answer offered as a question.
    if (/^\s*\$*\s*\?/.test(after) && !/^\s*\$*\s*\?\s*(?:yes|indeed|correct|right)\b/i.test(after)) return { answer: last.content, parts: null, reason: 'hedged' };
    if (hedgedLead(text, last.start, last.content)) return { answer: last.content, parts: null, reason: 'hedged' };
    const open = bare ? null : openAlternative(after, last.content);
    if (open) return { answer: last.content, parts: null, reason: open };
    // Boxes that differ from the last one, walking back until a correction separates them.
    const distinct: Box[] = [last];
    let alternatives = false;
    for (let k = boxes.length - 2; k >= 0; k--) {
      const between = tail(text.slice(boxes[k].end, boxes[k + 1].start));
      // "? Hmm, or $\boxed{99}$": a box offered as an alternative is a hedge even after "hmm"/"wait",
      // unless the text states an error.
      if (CORRECTION.test(between) && !(ALT_TAIL.test(between) && !ERROR_STATED.test(between))) break;
      if (sameBox(boxes[k].content, last.content) && distinct.length === 1) continue;
      if (HEDGE_BETWEEN.test(between) && !sameBox(boxes[k].content, boxes[k + 1].content)) alternatives = true;
      distinct.unshift(boxes[k]);
    }
    if (distinct.some((b) => !sameBox(b.content, last.content))) {
      if (!alternatives && combinesEarlier(text, distinct)) return { answer: last.content, parts: null, reason: 'ok' };
      return { answer: last.content, parts: distinct.map((b) => b.content), alternatives, steps: !alternatives && labelledSteps(text, distinct), reason: 'ok' };
    }
    return { answer: last.content, parts: null, reason: 'ok' };
  }
  const stmt = finalStatement(text) ?? weakStatement(text);
  if (!stmt || !stmt.answer) return { answer: null, parts: null, reason: 'no_answer' };
  return statementAnswer(text, stmt);
}

/** The answer of an explicit final statement `stmt` found in `text`, with the post-answer rules applied to the text after it. */
function statementAnswer(text: string, stmt: { answer: string; end: number; cut: string; at: number }): Extraction {
  const after = tail((stmt.cut ? `${stmt.cut}\n` : '') + text.slice(stmt.end));
  if (hedgedLead(text, stmt.at, stmt.answer)) return { answer: stmt.answer, parts: null, reason: 'hedged' };
  if (retracts(after, stmt.answer) || secondThought(after, stmt.answer) || correctedValue(after, stmt.answer)) return { answer: stmt.answer, parts: null, reason: 'retracted' };
  if (HEDGE_AFTER.test(withoutReassuredDoubt(after)) || HEDGE_AFTER.test(stmt.answer) || alternativeInProse(after, stmt.answer) || (stmt.cut !== '' && alternativeAfter(stmt.cut, stmt.answer))) return { answer: stmt.answer, parts: null, reason: 'hedged' };
  const open = openAlternative(after, stmt.answer);
  if (open) return { answer: stmt.answer, parts: null, reason: open };
  return { answer: stmt.answer, parts: null, reason: 'ok' };
}

/** Words that make a sentence answer something other than a plain statement of one value. */
const SENTENCE_SPOILER = /\b(?:not|no|never|neither|nor|or|either|maybe|perhaps|possibly|probably|approx\w*|about|around|roughly|nearly|almost|least|most|more|less|fewer|greater|smaller|larger|over|under|up to|between|unless|if|except|other than|besides|multiple|divisible|times|per|each|every|both|all)\b|n['’]t\b|\?/i;

/** Text and math pieces of a box that holds a sentence (`\text{The only solution is } x = 5.`). */
function sentencePieces(s: string): { text: string; math: string[] } | null {
  if (s.length > 300 || !/[a-zA-Z]{2,}[\s:]+[a-zA-Z]{2,}/.test(s)) return null;
  const math: string[] = [];
  let text = '';
  let rest = s;
  const re = /\\(?:text|textrm|textnormal|mbox|mathrm)\s*\{([^{}]*)\}/g;
  if (/\\(?:text|textrm|textnormal|mbox|mathrm)\s*\{/.test(s)) {
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const between = s.slice(last, m.index).trim();
      if (between) math.push(between);
      text += ` ${between ? '§' : ''} ${m[1]}`;
      last = m.index + m[0].length;
    }
    rest = s.slice(last).trim();
    if (rest) {
      math.push(rest);
      text += ' §';
    }
  } else {
    // A plain sentence: its numbers are its values.
    text = s.replace(/\$/g, '');
  }
  const words = text.match(/[a-zA-Z]{2,}/g) ?? [];
  if (words.length < 2) return null;
  return { text, math: math.map((x) => x.replace(/^\$|\$$/g, '').replace(/\s*[.!]\s*$/, '').trim()).filter((x) => x !== '') };
}

/**
 * `\boxed{\text{The only solution is } x = 5.}`, `\boxed{\text{Jackson can cover } 1625 \text{ square
 * centimeters.}}`: a box holding a sentence that states exactly one value (a math piece or a number in
 * the text), with no negation, comparison, count word or hedge, is that value (with a unit named right
 * after it). Null for anything else.
 */
export function valueInSentence(s: string): string | null {
  const p = sentencePieces(s);
  if (!p || SENTENCE_SPOILER.test(p.text)) return null;
  const textNums = p.text.match(/-?\d[\d,]*(?:\.\d+)?/g) ?? [];
  if (p.math.length + textNums.length !== 1) return null;
  const value = p.math.length === 1 ? p.math[0] : (textNums[0] ?? '');
  const tail = p.math.length === 1 ? p.text.slice(p.text.indexOf('§') + 1) : p.text.slice(p.text.indexOf(value) + value.length);
  const unit = /^\s*([a-zA-Z]+(?:\s+[a-zA-Z]+)?)/.exec(tail);
  if (unit) {
    for (const u of [unit[1], unit[1].split(/\s+/)[0]]) if (knownUnit(u)) return `${value} \\text{ ${u}}`;
  }
  return value;
}

/**
 * `\boxed{\text{She is facing east when she finishes her spin.}}` for the word answer `east`: a sentence
 * without values, negation or hedges that names the reference's words exactly once, closing a clause.
 */
export function sentenceNames(s: string, words: string): boolean {
  const p = sentencePieces(s);
  if (!p || p.math.length > 0 || /\d/.test(p.text) || SENTENCE_SPOILER.test(p.text)) return false;
  const w = words.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!/^[a-z][a-z ]{1,40}$/.test(w)) return false;
  const esc = w.replace(/ /g, '\\s+');
  const all = p.text.toLowerCase().match(new RegExp(`(?<![\\w-])${esc}(?![\\w-])`, 'g')) ?? [];
  if (all.length !== 1) return false;
  return new RegExp(`(?<![\\w-])${esc}(?:\\s*(?:[.,;!]|$)|\\s+(?:when|after|before|because|since|as|at|once|while|so|which|and then)\\b)`).test(p.text.toLowerCase());
}
