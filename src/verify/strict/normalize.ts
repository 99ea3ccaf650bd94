/**
 * String-level normalisation of answers and references before the structural and numeric checks
 * (strict rules 4, 6, 7, 8): markup that never changes the value (`$`, `\left`, spacing commands,
 * `\displaystyle`, `\dfrac`), thousands separators, trailing units / `\%` / degrees / currency,
 * multiple-choice letters, and the reference shapes of the paper's benchmarks.
 */
import type { Reference } from '../types.js';

const BASES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, sixteen: 16, binary: 2, octal: 8, decimal: 10, hex: 16, hexadecimal: 16 };

/**
 * `\mathbf{\frac12}`, `\boldsymbol{x}`, `\textbf{(1, 2)}`: bold around math is markup. The group is
 * brace-matched; `\textbf`/`\mathbf` around words (`\textbf{C}`, `\mathbf{yes}`) are left for the text
 * rules. At most 8 wrappers, each scan bounded by the string length.
 */
function unwrapBold(s: string): string {
  let t = s;
  const re = /\\(boldsymbol|bm|pmb|mathbf|textbf)\s*\{/g;
  for (let k = 0; k < 8; k++) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let changed = false;
    while ((m = re.exec(t))) {
      const open = m.index + m[0].length - 1;
      let depth = 0;
      let j = open;
      for (; j < t.length; j++) {
        if (t[j] === '\\') {
          j++;
          continue;
        }
        if (t[j] === '{') depth++;
        else if (t[j] === '}' && --depth === 0) break;
      }
      if (j >= t.length) return t;
      const inner = t.slice(open + 1, j);
      const words = inner.replace(/\\[a-zA-Z]+/g, '');
      // `\textbf{(C)}` is an option label and text-mode letters are words: only letter-free math.
      const mathy =
        m[1] === 'boldsymbol' || m[1] === 'bm' || m[1] === 'pmb' ? true : /\\[a-zA-Z]|[()[\]]/.test(inner) && !(m[1] === 'textbf' ? /[a-zA-Z]/ : /[a-zA-Z]{2,}|^\s*\(\s*[A-J]\s*\)\s*$/).test(words);
      if (!mathy) continue;
      t = t.slice(0, m.index) + (m.index === 0 && j === t.length - 1 ? inner : `{${inner}}`) + t.slice(j + 1);
      changed = true;
      break;
    }
    if (!changed) break;
  }
  return t;
}

/** Remove wrappers and markup that never change the value. */
export function cleanLatex(s: string): string {
  let t = s.trim();
  // Nested \boxed{...} / \fbox{...} wrappers and math delimiters.
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = t.replace(/\s*[.;。]+\s*$/, '');
    t = t.replace(/^\\(?:boxed|fbox)\s*\{([\s\S]*)\}$/, '$1').trim();
    t = t.replace(/^\$\$([\s\S]*)\$\$$/, '$1').replace(/^\$([\s\S]*)\$$/, '$1').trim();
    t = t.replace(/^\\\(([\s\S]*)\\\)$/, '$1').replace(/^\\\[([\s\S]*)\\\]$/, '$1').trim();
    if (t === before) break;
  }
  t = t.replace(/\\(?:displaystyle|textstyle|scriptstyle|limits|nolimits)\b/g, '');
  t = t.replace(/\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|big|Big|bigg|Bigg)(?![a-zA-Z])\s*/g, '');
  t = t.replace(/\\[dt]frac(?![a-zA-Z])/g, '\\frac');
  t = t.replace(/\\(?:q?quad)(?![a-zA-Z])/g, ' ');
  // MATH-style `32,\!348`: a thousands comma followed by a negative thin space.
  t = t.replace(/(\d),\s*\\!\s*(?=\d{3}(?!\d))/g, '$1,');
  // `\equiv` (identically equal, congruent) is an equation; a trailing modulus is handled by the comparison.
  if (t.includes('\\equiv')) t = t.replace(/\\equiv(?![a-zA-Z])/g, '=');
  // `y^{\prime}`, `y^\prime`: primes.
  if (t.includes('\\prime')) t = t.replace(/\^\s*\{\s*((?:\\prime\s*){1,3})\}|\^\s*\\prime(?![a-zA-Z])/g, (_m, ps?: string) => "'".repeat(ps ? (ps.match(/\\prime/g) ?? []).length : 1));
  // `\\[2pt]`: a row break with extra spacing is a row break.
  if (t.includes('\\\\')) t = t.replace(/\\\\\s*\[\s*-?\d*\.?\d+\s*(?:pt|em|ex|mm|cm|in)\s*\]/g, '\\\\');
  t = t.replace(/\\\\|\\[,;:! ]|~/g, (m) => (m === '\\\\' ? m : ' '));
  t = t.replace(/\\\\\s*$/, '');
  // Bold and other font wrappers around math (`\mathbf{17}`, `\textbf{12}`, `\boldsymbol{x}`) never change the value.
  if (t.includes('\\')) {
    t = t.replace(/\\(?:boldsymbol|bm|pmb|mathbf|textbf|mathrm|mathit|textit|textrm|mathsf|textsf|text|mathnormal)\s*\{(\s*-?[\d.,]+\s*)\}/g, '{$1}');
    if (/\\(?:boldsymbol|bm|pmb|mathbf|textbf)\s*\{/.test(t)) t = unwrapBold(t);
  }
  // Numeral base names: `1011_\text{two}`, `1011_{two}` are `1011_2`.
  if (t.includes('_')) {
    t = t.replace(/([\dA-Fa-f])\s*_\s*(?:\{\s*)?(?:\\(?:text|mathrm|textrm|mbox)\s*\{\s*)?\(?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|binary|octal|decimal|hex|hexadecimal)\)?\s*\}?(?:\s*\})?/gi, (_m, d: string, b: string) => `${d}_{${BASES[b.toLowerCase()]}}`);
    t = t.replace(/(\d)\s*_\s*\{\s*\(\s*(\d{1,2})\s*\)\s*\}/g, '$1_{$2}');
    // Letter digits (`FF_{16}`, `1A_{12}`, `\mathrm{FF}_{16}`): the decimal value, when every digit is valid in the base.
    t = t.replace(/(?<![A-Za-z0-9\\])(?:\\(?:mathrm|text|texttt|mathtt)\s*\{\s*)?([0-9A-F]*[A-F][0-9A-F]*|[0-9a-f]*[a-f][0-9a-f]*)\s*\}?\s*_\s*(?:\{\s*(1[1-9]|2\d|3[0-6])\s*\}|(1[1-9]|2\d|3[0-6])(?!\d))/g, (m, digits: string, b1?: string, b2?: string) => {
      const base = Number(b1 ?? b2);
      if (digits.length < 2) return m; // `A_{12}` is a name
      let v = 0n;
      for (const ch of digits.toLowerCase()) {
        const d = parseInt(ch, 36);
        if (d >= base) return m;
        v = v * BigInt(base) + BigInt(d);
      }
      return v.toString();
    });
  }
  // A font around one symbol is markup: `\mathrm{e}` is e, `\mathrm{\pi}` is \pi.
  t = t.replace(/\\(?:mathrm|mathbf|textbf|mathit|textit|textrm|mathsf|operatorname)\s*\{([^{}]*)\}/g, (_m, x: string) => (/^\s*(?:[a-zA-Z]|\\[a-zA-Z]+)\s*$/.test(x) ? x.trim() : `\\text{${x}}`));
  t = t.replace(/\\(?:mbox|textnormal|textup|hbox)\s*\{/g, '\\text{');
  t = t.replace(/\{,\}/g, '');
  t = t.replace(/\\(?:dots|ldots|cdots)/g, '\\ldots');
  t = t.replace(/[\u2212\u2013]/g, '-').replace(/\u00d7/g, '\\times ').replace(/\u00b7/g, '\\cdot ').replace(/\u221e/g, '\\infty').replace(/\u03c0/g, '\\pi ');
  t = t.replace(/\u2264/g, '\\le ').replace(/\u2265/g, '\\ge ').replace(/\u221a/g, '\\sqrt');
  t = t.replace(/^\s*(?:=|:|\\approx|≈|\\sim)\s*/, '');
  // \text{5 cm}: a number with its unit inside one text group.
  t = t.replace(/^\\text\s*\{\s*(-?\d[\d.,]*)\s+([^{}]*)\}$/, '$1 \\text{ $2}');
  t = t.replace(/^([+-]?)\s*(?:\\text\{\s*(?:infinity|inf)\s*\}|infinity)$/i, '$1\\infty');
  t = t.replace(/^\\mathbb\s*\{?R\}?$|^\\R$|^\\text\{all real numbers\}$|^all real numbers$/i, '(-\\infty, \\infty)');
  t = t.replace(/\s*[.;。]+\s*$/, '');
  t = t.replace(/\s+/g, ' ').trim();
  return t;
}

/** Thousands separators: `1,000,000` and `1\,000` become `1000000`; only groups of exactly three digits. */
export function stripThousands(s: string): string {
  return s
    .replace(/(^|[^\d.,])(\d{1,3}(?:,\d{3})+)(?![\d,])/g, (m, pre: string, num: string) => pre + num.replace(/,/g, ''))
    .replace(/(\d{1,3}(?: \d{3})+)(?![\d])/g, (m) => (/^\d{1,3}( \d{3})+$/.test(m) ? m.replace(/ /g, '') : m));
}

/** Canonical names of units, for "same unit" checks (rule 6). */
const UNIT_ALIASES: Record<string, string> = {
  centimeter: 'cm', centimetre: 'cm', meter: 'm', metre: 'm', kilometer: 'km', kilometre: 'km', millimeter: 'mm', millimetre: 'mm',
  inch: 'in', inches: 'in', foot: 'ft', feet: 'ft', yard: 'yd', mile: 'mi', second: 's', sec: 's', minute: 'min', hour: 'h', hr: 'h',
  day: 'day', week: 'week', month: 'month', year: 'yr', gram: 'g', kilogram: 'kg', degree: 'deg', dollar: 'usd', cent: 'cent',
  liter: 'l', litre: 'l', unit: 'unit', square: 'sq', percent: '%', radian: 'rad', rad: 'rad', arcsecond: 'arcsec', arcseconds: 'arcsec', arcminute: 'arcmin', arcminutes: 'arcmin',
};
const UNIT_WORDS = new Set([
  ...Object.keys(UNIT_ALIASES), ...Object.values(UNIT_ALIASES), 'cm', 'm', 'km', 'mm', 'in', 'ft', 'yd', 'mi', 's', 'min', 'h', 'kg', 'g', 'mg',
  'l', 'ml', 'n', 'j', 'kj', 'kcal', 'cal', 'calorie', 'calories', 'w', 'kw', 'v', 'a', 'ohm', 'hz', 'khz', 'mhz', 'pa', 'kpa', 'ev', 'kev', 'mev', 'k', 'mol', 'au', 'ly', 'pc',
  'kpc', 'mpc', 'nm', 'um', 'μm', 'angstrom', 'å', 'people', 'students', 'ways', 'points', 'marbles', 'coins', 'cookies', 'apples', 'books',
  'miles', 'mph', 'kmh', 'arcsec', 'arcmin', 'sq', 'units', 'dollars', 'cents', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'degrees', 'radians',
]);

/** A word (or words, `square centimeters`) that names a unit the grader knows. */
export function knownUnit(u: string): boolean {
  const c = canonicalUnit(u).replace(/\^-?\d$/, '');
  return c !== '' && UNIT_WORDS.has(c);
}

/** Canonical unit name: lower case, singular, aliases folded, powers kept (`cm^2`); compound units as factors (`m/s` = `m\\,s^{-1}` = `m s^-1`). */
export function canonicalUnit(u: string): string {
  const compound = compoundUnit(u);
  if (compound !== null) return compound;
  return simpleUnit(u);
}

/**
 * A compound unit (`m/s`, `m\\,s^{-1}`, `\\mathrm{kg\\cdot m^2}`, `km per hour`) as its sorted factors with
 * exponents (`m.s^-1`); null when it is one factor or any factor is not a known unit.
 */
function compoundUnit(u: string): string | null {
  if (!/[\s/^\\·⋅*~²³.]/.test(u.trim())) return null; // one plain word: not compound
  const t = u
    .toLowerCase()
    .replace(/\\(?:text|mathrm|mbox|operatorname)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g, ' $1 ')
    .replace(/\\(?:cdot|times)(?![a-z])|\\[,;:! ]|[~*·⋅]/g, ' ')
    .replace(/\bper\b/g, '/')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/\.(?=\s|$|\/)/g, ' ')
    .replace(/\^\s*\{\s*(-?\d)\s*\}/g, '^$1')
    .replace(/\s*\^\s*/g, '^')
    .replace(/[{}]/g, ' ')
    .trim();
  const parts = t.split('/');
  if (parts.length > 3) return null;
  const exps = new Map<string, number>();
  let factors = 0;
  for (const [i, part] of parts.entries()) {
    for (const tok of part.split(/\s+/).filter(Boolean)) {
      const m = /^([a-zμå]+)(?:\^(-?\d))?$/.exec(tok);
      if (!m) return null;
      const name = simpleUnit(m[1]);
      if (!UNIT_WORDS.has(name)) return null;
      const e = Number(m[2] ?? '1') * (i > 0 ? -1 : 1);
      exps.set(name, (exps.get(name) ?? 0) + e);
      factors++;
    }
  }
  if (factors < 2 && !(factors === 1 && parts.length === 1 && /\^-/.test(t))) return null;
  return [...exps.entries()]
    .filter(([, e]) => e !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([n, e]) => (e === 1 ? n : `${n}^${e}`))
    .join('.');
}

function simpleUnit(u: string): string {
  let t = u.toLowerCase().replace(/\.$/, '').replace(/²/g, '^2').replace(/³/g, '^3').replace(/\\(?:text|mathrm|mbox)\s*\{([^{}]*)\}/g, '$1').replace(/[{}\\\s]/g, '');
  const pow = /\^?(-?\d)$/.exec(t);
  let suffix = '';
  if (pow && t.length > 1) {
    suffix = `^${pow[1]}`;
    t = t.slice(0, pow.index);
  }
  if (t.startsWith('square')) {
    t = t.slice(6);
    suffix = '^2';
  }
  if (UNIT_ALIASES[t]) t = UNIT_ALIASES[t];
  else if (t.endsWith('es') && UNIT_ALIASES[t.slice(0, -2)]) t = UNIT_ALIASES[t.slice(0, -2)];
  else if (t.endsWith('s') && UNIT_ALIASES[t.slice(0, -1)]) t = UNIT_ALIASES[t.slice(0, -1)];
  else if (t.endsWith('s') && t.length > 3) t = t.slice(0, -1);
  return t + suffix;
}

/** An answer with its unit, percent, degree and currency marks split off. */
export interface Measured {
  body: string;
  unit: string | null;
  percent: boolean;
  degrees: boolean;
}

/** Split trailing units (`\text{ cm}`, `\mathrm{m}`, `cm^2`, "5 inches"), `\%`, `^\circ`, `\$` from the value. */
export function splitUnits(s: string): Measured {
  let t = s;
  let unit: string | null = null;
  let percent = false;
  let degrees = false;
  if (/\\%|%|\\text\{\s*percent\s*\}|\bpercent\b/.test(t)) {
    percent = true;
    t = t.replace(/\\%|%|\\text\{\s*percent\s*\}|\bpercent\b/g, '');
  }
  if (/\\(?:sin|cos|tan|cot|sec|csc)(?![a-zA-Z])/.test(t)) {
    // Degrees inside a trigonometric function are an angle: sin 30° = sin(pi/6).
    t = t.replace(/(\d+(?:\.\d+)?)\s*(?:\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|°)/g, '($1\\cdot\\frac{\\pi}{180})');
  } else if (/\^\s*\{?\\circ\}?|°|\\degree|\\text\{\s*degrees?\s*\}|\bdegrees?\b/.test(t)) {
    degrees = true;
    // `1950^\circ\mathrm{C}`, `20 °F`: the temperature scale after the degree sign is the unit.
    const scale = /(?:\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|°|\\degree)\s*(?:\\(?:text|mathrm)\s*\{\s*([CFK])\s*\}|([CFK])(?![a-zA-Z]))/.exec(t);
    if (scale) {
      unit = `deg${scale[1] ?? scale[2]}`;
      t = t.slice(0, scale.index) + t.slice(scale.index + scale[0].length);
    }
    t = t.replace(/\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|°|\\degree|\\text\{\s*degrees?\s*\}|\bdegrees?\b/g, '');
  }
  t = t.replace(/\\\$|\\text\{\s*\\\$\s*\}|\$|\\text\{\s*dollars?\s*\}|\bdollars?\b|\\euro|€|£|¥/g, (m) => {
    if (/dollar|\\\$/.test(m)) unit = 'usd';
    return '';
  });
  // `9:24 a.m.`: a clock time's a.m./p.m. mark is its unit.
  const clock = /^(\d{1,2}:\d{2})\s*(?:\\text\s*\{\s*)?([ap])\.?\s*m\.?\s*\}?\.?$/i.exec(t.trim());
  if (clock) return { body: clock[1], unit: `${clock[2].toLowerCase()}m`, percent, degrees };
  // `9.6 \AA`: the Ångström macro.
  if (t.includes('\\AA')) t = t.replace(/\\text\s*\{\s*\\AA\s*\}|\\(?:mathring\{A\}|AA)(?![a-zA-Z])/g, ' Å');
  // Solar units (`15625\, L_\odot`, `2 M_{\odot}`) and arc seconds/minutes (`0.0033''`, `0.003^{\prime\prime}`, `12″`).
  const astro = /^(.*\d\}?)\s*(?:\\(?:mathrm|text)\s*\{\s*([LMR])\s*\}|([LMR]))\s*_\s*\{?\s*\\odot\s*\}?\s*$/.exec(t);
  if (astro) {
    unit = `${astro[2] ?? astro[3]}sun`;
    t = astro[1];
  }
  const arc = /^(.*\d)\s*(?:\^\s*\{\s*\\prime\s*\\prime\s*\}|\^\s*\{\s*\\prime\s*\}|\^\s*\\prime|''|″|\\prime\s*\\prime|'|′|\\text\s*\{\s*(arcsec|arcmin)\s*\}|\s(arcsec|arcseconds|arcmin|arcminutes))\s*$/.exec(t);
  if (arc) {
    const mark = t.slice(arc[1].length);
    unit = /prime\s*\\prime|''|″|arcsec/.test(mark) ? 'arcsec' : 'arcmin';
    t = arc[1];
  }
  // Trailing \text{...} / \mathrm{...} after something with a digit: a unit.
  const textUnit = /^(.*?\d[^]*?)\s*(?:\/?\s*\\(?:text|mathrm|mbox)\s*\{\s*((?:[^{}]|\{[^{}]*\})*?)\s*\}(\s*\^\s*\{?-?\d+\}?)?)+\s*$/.exec(t);
  if (textUnit && !/^(or|and)$/i.test(textUnit[2])) {
    const m2 = /((?:\\(?:text|mathrm|mbox)\s*\{(?:[^{}]|\{[^{}]*\})*\}(?:\s*\^\s*\{?-?\d+\}?)?\s*(?:\/\s*(?=\\(?:text|mathrm|mbox)))?)+)$/.exec(t);
    if (m2) {
      const raw = m2[1];
      const u = canonicalUnit(raw);
      if (u) unit = u;
      t = t.slice(0, t.length - raw.length);
    }
  } else {
    // "5 cm", "12 inches", "3 hours", "4 cm^2"
    const w = /^(.*[\d}])\s*([a-zA-ZμåÅ]+)(\s*\^\s*\{?\d\}?)?\s*$/.exec(t);
    // "2000 calories", "103 leaves", "5/3 work-days", "99.87 rad/s", "15,000 kcal/m²/yr": words naming what
    // a number counts or measures, a unit of its own (compared when both sides have one).
    const words = /^(.*(?:\d|\}|\)))\s+((?:[a-zA-ZμåÅ][a-zA-ZμåÅ²³/.-]*(?:\^\{?-?\d\}?)?)(?:(?:\s*\\cdot\s*|\s+)[a-zA-ZμåÅ][a-zA-ZμåÅ²³/.-]*(?:\^\{?-?\d\}?)?){0,2})\s*\.?$/.exec(t);
    if (words && !(w && UNIT_WORDS.has(w[2].toLowerCase())) && (/[a-zA-ZμåÅ]{2}|[μåÅ]/.test(words[2]) || compoundUnit(words[2]) !== null) && !/\\$/.test(words[1]) && !/^(?:or|and|to|if|for|mod|is|are|not|with|when|where|plus|minus|times|over)\b/i.test(words[2])) {
      unit = canonicalUnit(words[2]);
      t = words[1];
    } else if (w && w[2].length >= 1) {
      const cu = canonicalUnit(w[2] + (w[3] ?? ''));
      const bare = w[2].toLowerCase();
      if (UNIT_WORDS.has(bare) && (bare.length > 1 || (/(?:\d|10\s*\^\s*\{\s*-?\d+\s*\})\s*$/.test(w[1]) && /\s/.test(t.slice(w[1].length, w[1].length + 1))))) {
        unit = cu;
        t = w[1];
      }
    }
  }
  return { body: t.trim(), unit, percent, degrees };
}

/** Letters of a multiple-choice answer (`C`, `(C)`, `\text{C}`, `c`, `C: option text`, `A, C`, `AC`), sorted; null if none. */
export function mcLetters(s: string, allowLower = true): string | null {
  let t = s.trim();
  t = t.replace(/\\(?:text|textbf|mathrm|mathbf|mbox|textit)\s*\{([^{}]*)\}/g, '$1').replace(/\*\*/g, '').replace(/[$]/g, '').trim();
  t = t.replace(/^(?:the\s+)?(?:correct\s+)?(?:answer|option|choice)\s*(?:is)?\s*[:：]?\s*/i, '').trim();
  // `x = \text{(B)}`: a letter assigned to a name is that letter.
  t = t.replace(/^[a-z]\s*=\s*(?=\(?[A-J]\b)/, '').trim();
  t = t.replace(/^\\\{|\\\}$/g, '').trim();
  if (/^\(?[A-Ja-j]\)?\s*(?:,\s*)?or\s+\(?[A-Ja-j]\)?$/.test(t)) return null; // "A or C": a hedge, no choice
  const L = allowLower ? '[A-Ja-j]' : '[A-J]';
  // Multi-select: "A, C", "A and C", "AC", "A C", "(A)(C)"
  const multi = new RegExp(`^\\(?(${L})\\)?(?:\\s*(?:,|and|&|、|\\s)\\s*\\(?(${L})\\)?)*$`);
  if (multi.test(t)) {
    const letters = t.match(new RegExp(`(?<![A-Za-z])${L}(?![A-Za-z])`, 'g')) ?? [];
    return [...new Set(letters.map((x) => x.toUpperCase()))].sort().join('');
  }
  if (/^[A-J]{2,5}$/.test(t)) return [...new Set(t.split(''))].sort().join('');
  // Single letter followed by option text: "(C) 12", "C: 12", "C. twelve", "C) x"
  const single = new RegExp(`^\\(?(${L})\\)?\\s*(?:[:.)：]|\\s-|\\s)\\s*\\S`).exec(t);
  // "(E) and maybe (D)": a second option label in the option text is a hedge.
  if (single && new RegExp(`\\((?!${single[1]}\\))[A-J]\\)|\\b(?:or|maybe|possibly|perhaps)\\s+\\(?[A-J]\\b`).test(t.slice(single[0].length - 1))) return null;
  // "B (though if ... it could be D)": another option named with doubt in the option text is a hedge.
  if (single && new RegExp(`(?<![A-Za-z])(?!${single[1]})[A-J](?![A-Za-z])`).test(t.slice(single[0].length - 1)) && /\b(?:could|might|may|maybe|possibly|perhaps|or|though|although|if|unless)\b/i.test(t.slice(single[0].length - 1))) return null;
  if (single && (/^\(/.test(t) || /^[A-J]/.test(t) || /^[a-j]\)/.test(t))) return single[1].toUpperCase();
  const opt = /^(?:option|choice)\s*\(?([A-J])\)?/i.exec(s.trim());
  if (opt) return opt[1].toUpperCase();
  return null;
}

/** True when the reference is a multiple-choice letter set (`A`..`J`, multi-select like `AC`). */
export function isMcReference(ref: string): boolean {
  const t = ref.trim().replace(/^\$|\$$/g, '').replace(/\\(?:text|textbf|mathrm)\s*\{([^{}]*)\}/g, '$1').replace(/^\((.)\)$/, '$1').trim();
  return /^[A-J]{1,5}$/.test(t) || /^[A-J](\s*[,、]\s*[A-J])+$/.test(t) || /^[A-J](\s+[A-J]){1,9}$/.test(t);
}

/**
 * The alternatives a reference allows (rule 8): a list is a set of alternatives (Minerva; any one
 * matches), a number is its value (AMC `142.0` is 142), a string with `$...$` segments
 * (OlympiadBench) is the list of those segments joined by commas.
 */
export function referenceAlternatives(ref: Reference): string[] {
  const items = Array.isArray(ref) ? (ref as ReadonlyArray<string | number>) : [ref as string | number];
  const out: string[] = [];
  for (const it of items) {
    if (typeof it === 'number') {
      out.push(Number.isInteger(it) ? BigInt(it).toString() : String(it));
      continue;
    }
    let s = String(it).trim();
    const segs = [...s.matchAll(/\$([^$]+)\$/g)].map((m) => m[1].trim());
    if (segs.length > 1 && s.replace(/\$[^$]+\$/g, '').replace(/[\s,，;and]/g, '') === '') s = segs.join(', ');
    else if (segs.length === 1 && s.replace(/\$[^$]+\$/, '').trim() === '') s = segs[0];
    out.push(s);
  }
  return out;
}
