/**
 * A LaTeX-to-text converter that reproduces what pylatexenc 2.10
 * `LatexNodes2Text().latex_to_text` returns for the short answer strings DeepScaleR's `_parse_latex`
 * feeds it (deepscaler/rewards/math_utils/utils.py). Only the DeepScaleR-compatible mode uses it.
 *
 * Rules reproduced: macro names are letters or one non-letter; whitespace after a letter macro is
 * dropped; arguments follow the default latexwalker specs (`{` mandatory: a group, a macro or one
 * character; `[` optional; `*` optional star); replacements come from the latex2text table; unknown
 * macros print nothing and take no arguments; groups print their content; matrix environments print
 * `[ a b; c d ]`; `&` prints three spaces, `~` a no-break space. Depth and length are bounded by the
 * caller (answers are capped before they get here).
 */
import { ENVIRONMENTS, MACROS, SPECIALS, type MacroRepl } from './latex2text-table.js';

type Node =
  | { t: 'text'; s: string }
  | { t: 'group'; c: Node[] }
  | { t: 'macro'; name: string; args: Array<Node[] | null> }
  | { t: 'env'; name: string; args: Array<Node[] | null>; c: Node[] }
  | { t: 'special'; s: string }
  | { t: 'math'; display: boolean; c: Node[] };

const SPECIAL_KEYS = Object.keys(SPECIALS).sort((a, b) => b.length - a.length);
const MAX_DEPTH = 200;

class Walker {
  i = 0;
  constructor(readonly s: string) {}

  /** Parse nodes until `stop` (a closing char or `\end{name}`) or the end. */
  nodes(stop: string | null, depth: number): Node[] {
    if (depth > MAX_DEPTH) throw new RangeError('latex nesting too deep');
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ t: 'text', s: text });
      text = '';
    };
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (stop && this.s.startsWith(stop, this.i)) break;
      if (ch === '{') {
        flush();
        this.i++;
        const c = this.nodes('}', depth + 1);
        if (this.s[this.i] === '}') this.i++;
        out.push({ t: 'group', c });
        continue;
      }
      if (ch === '}') {
        // Unmatched closing brace: tolerated and dropped.
        this.i++;
        continue;
      }
      if (ch === '%') {
        const nl = this.s.indexOf('\n', this.i);
        this.i = nl < 0 ? this.s.length : nl + 1;
        continue;
      }
      if (ch === '\\') {
        flush();
        out.push(this.macro(depth));
        continue;
      }
      const sp = SPECIAL_KEYS.find((k) => this.s.startsWith(k, this.i));
      if (sp !== undefined) {
        flush();
        this.i += sp.length;
        out.push({ t: 'special', s: sp });
        continue;
      }
      text += ch;
      this.i++;
    }
    flush();
    return out;
  }

  /** A macro and, unless it is itself an argument (pylatexenc then takes the bare macro), its arguments. */
  private macro(depth: number, withArgs = true): Node {
    this.i++; // backslash
    let name: string;
    const m = /^[a-zA-Z]+/.exec(this.s.slice(this.i, this.i + 64));
    if (m) {
      name = m[0];
      this.i += name.length;
      while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
    } else {
      name = this.s[this.i] ?? '';
      this.i++;
    }
    if (!withArgs) return { t: 'macro', name, args: [] };
    if (name === '(' || name === '[') {
      const c = this.nodes(name === '(' ? '\\)' : '\\]', depth + 1);
      if (this.s.startsWith(name === '(' ? '\\)' : '\\]', this.i)) this.i += 2;
      return { t: 'math', display: name === '[', c };
    }
    if (name === 'begin') {
      const envName = this.rawGroup();
      const spec = ENVIRONMENTS[envName]?.[0] ?? '';
      const args = this.args(spec, depth);
      const end = `\\end{${envName}}`;
      const c = this.nodes(end, depth + 1);
      if (this.s.startsWith(end, this.i)) this.i += end.length;
      return { t: 'env', name: envName, args, c };
    }
    const spec = MACROS[name]?.[0] ?? '';
    return { t: 'macro', name, args: this.args(spec, depth) };
  }

  private rawGroup(): string {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
    if (this.s[this.i] !== '{') return '';
    const close = this.s.indexOf('}', this.i);
    if (close < 0) return '';
    const name = this.s.slice(this.i + 1, close);
    this.i = close + 1;
    return name;
  }

  private args(spec: string, depth: number): Array<Node[] | null> {
    const out: Array<Node[] | null> = [];
    for (const kind of spec) {
      const save = this.i;
      while (/\s/.test(this.s[this.i] ?? '')) this.i++;
      const ch = this.s[this.i];
      if (kind === '*') {
        if (ch === '*') {
          this.i++;
          out.push([{ t: 'text', s: '*' }]);
        } else {
          this.i = save;
          out.push(null);
        }
      } else if (kind === '[') {
        if (ch === '[') {
          this.i++;
          const c = this.nodes(']', depth + 1);
          if (this.s[this.i] === ']') this.i++;
          out.push(c);
        } else {
          this.i = save;
          out.push(null);
        }
      } else {
        if (ch === undefined) {
          // End of input: pylatexenc stops collecting arguments (the replacement then fails).
          this.i = save;
          break;
        } else if (ch === '{') {
          this.i++;
          const c = this.nodes('}', depth + 1);
          if (this.s[this.i] === '}') this.i++;
          out.push(c);
        } else if (ch === '\\') {
          out.push([this.macro(depth + 1, false)]);
        } else {
          this.i++;
          out.push([{ t: 'text', s: ch }]);
        }
      }
    }
    return out;
  }
}

function toText(nodes: Node[]): string {
  let out = '';
  for (const n of nodes) out += nodeText(n);
  return out;
}

function argText(a: Node[] | null): string {
  return a ? toText(a) : '';
}

function format(repl: string, args: Array<Node[] | null>): string {
  const texts = args.map(argText);
  let k = 0;
  let failed = false;
  const out = repl.replace(/%(?:\((\d+)\))?s/g, (_m, idx: string | undefined) => {
    if (idx !== undefined) {
      const v = texts[Number(idx) - 1];
      // Python raises KeyError for a missing named argument (e.g. a bare `\sqrt` used as an argument).
      if (v === undefined) throw new RangeError(`KeyError ${idx}`);
      return v;
    }
    const v = texts[k++];
    if (v === undefined) failed = true;
    return v ?? '';
  });
  // pylatexenc prints the raw replacement when the substitution fails (e.g. `\frac{1}` at the end).
  return failed ? repl + texts.join('') : out;
}

function macroText(name: string, args: Array<Node[] | null>): string {
  const entry = MACROS[name];
  if (!entry) return '';
  const [, repl, discard] = entry as [string, MacroRepl, boolean];
  if (repl === null) return discard ? '' : args.map(argText).join('');
  if (typeof repl === 'string') return format(repl, args);
  if ('accent' in repl) return args.map(argText).join('') + repl.accent;
  return args.map(argText).join('');
}

function matrixText(c: Node[]): string {
  const rows: string[][] = [[]];
  let cell: Node[] = [];
  const endCell = () => {
    rows[rows.length - 1].push(toText(cell).trim());
    cell = [];
  };
  for (const n of c) {
    if (n.t === 'special' && n.s === '&') endCell();
    else if (n.t === 'macro' && n.name === '\\') {
      endCell();
      rows.push([]);
    } else cell.push(n);
  }
  endCell();
  const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return `[ ${kept.map((r) => r.join(' ')).join('; ')} ]`;
}

function nodeText(n: Node): string {
  switch (n.t) {
    case 'text':
      return n.s;
    case 'group':
      return toText(n.c);
    case 'special': {
      const r = SPECIALS[n.s]?.[1];
      return r === ' ' && n.s === '~' ? '\u00a0' : (r ?? '');
    }
    case 'math':
      return n.display ? `\n    ${toText(n.c).trim()}\n` : toText(n.c);
    case 'macro':
      return macroText(n.name, n.args);
    case 'env': {
      const repl = ENVIRONMENTS[n.name]?.[1];
      if (repl === '<callable:fmt_matrix_environment_node>') return matrixText(n.c);
      if (repl === '<callable:fmt_equation_environment>') return `\n    ${toText(n.c).trim()}\n`;
      if (typeof repl === 'string' && !repl.startsWith('<')) return repl.replace('%s', toText(n.c));
      return toText(n.c);
    }
  }
}

/** pylatexenc 2.10 `LatexNodes2Text().latex_to_text(s)` for answer-sized strings. */
export function latexToText(s: string): string {
  const w = new Walker(s);
  return toText(w.nodes(null, 0));
}
