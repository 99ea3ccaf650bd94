"""The DeepScaleR answer grader, re-implemented for dissect's benchmark (`npm run bench:verify`).

Decision procedure of `deepscaler_reward_fn` (DeepScaleR, agentica-project/deepscaler,
`deepscaler/rewards/math_reward.py` and `deepscaler/rewards/math_utils/utils.py`, Apache-2.0; the
normalisation descends from Hendrycks et al.'s MATH grader and OpenAI's PRM800K grader, both MIT), as
forked by takagi97/Dissect-Long-Reason-Models (only `</think>` is required). Written from the decision
procedure documented in ../shared/conformance/README.md and checked against all 302 decided cases of
../shared/conformance/deepscaler_verifier.json (`--selftest`). Needs sympy and pylatexenc
(Debian: python3-sympy python3-pylatexenc).

Protocol: reads JSON lines {"response": str, "reference": any} on stdin, writes one line per input:
`<true|false|timeout> <seconds>` (per-item wall time of the grading call). The reference code has no
timeout; here a call is stopped after --timeout seconds (default 5) so the bench cannot hang.
"""
import json
import re
import signal
import sys
import time

import sympy
from pylatexenc import latex2text
from sympy.parsing import sympy_parser


# ---- Hendrycks (mathd) string normalisation ---------------------------------------------------
def _fix_fracs(s):
    parts = s.split("\\frac")
    out = parts[0]
    for part in parts[1:]:
        out += "\\frac"
        if part[:1] == "{":
            out += part
            continue
        if len(part) < 2:
            return s
        a, b, rest = part[0], part[1], part[2:]
        out += "{" + a + "}" + ("{" + b + "}" if b != "{" else b) + rest
    return out


def _fix_a_slash_b(s):
    pieces = s.split("/")
    if len(pieces) != 2:
        return s
    try:
        a, b = int(pieces[0]), int(pieces[1])
        if s != f"{a}/{b}":
            return s
        return "\\frac{" + str(a) + "}{" + str(b) + "}"
    except Exception:
        return s


def _remove_right_units(s):
    if "\\text{ " in s:
        pieces = s.split("\\text{ ")
        assert len(pieces) == 2
        return pieces[0]
    return s


def _fix_sqrt(s):
    if "\\sqrt" not in s:
        return s
    pieces = s.split("\\sqrt")
    out = pieces[0]
    for p in pieces[1:]:
        out += ("\\sqrt{" + p[0] + "}" + p[1:]) if p[0] != "{" else ("\\sqrt" + p)
    return out


def _strip_string(s):
    s = s.replace("\n", "").replace("\\!", "").replace("\\\\", "\\")
    s = s.replace("tfrac", "frac").replace("dfrac", "frac")
    s = s.replace("\\left", "").replace("\\right", "")
    s = s.replace("^{\\circ}", "").replace("^\\circ", "")
    s = s.replace("\\$", "")
    s = _remove_right_units(s)
    s = s.replace("\\%", "")
    s = s.replace(" .", " 0.").replace("{.", "{0.")
    if not s:
        return s
    if s[0] == ".":
        s = "0" + s
    eq = s.split("=")
    if len(eq) == 2 and len(eq[0]) <= 2:
        s = eq[1]
    s = _fix_sqrt(s)
    s = s.replace(" ", "")
    s = _fix_fracs(s)
    if s == "0.5":
        s = "\\frac{1}{2}"
    return _fix_a_slash_b(s)


def mathd_normalize(answer):
    if answer is None:
        return None
    answer = answer.strip()
    try:
        m = re.search(r"^\\text\{(?P<text>.+?)\}$", answer)
        if m is not None:
            answer = m.group("text").strip()
        return _strip_string(answer)
    except Exception:
        return answer


# ---- sympy path -------------------------------------------------------------------------------
UNITS = ["degree", "cm", "centimeter", "meter", "mile", "second", "minute", "hour", "day", "week",
         "month", "year", "foot", "feet", "inch", "yard"]


def _is_float(x):
    try:
        float(x)
        return True
    except ValueError:
        return False


def _near_int(v):
    try:
        return abs(v - int(round(v))) <= 1e-7
    except Exception:
        return False


def _strip_commas(expr):
    pat = re.compile(r"(\d)(,)(\d\d\d)($|\D)")
    while True:
        nxt = pat.sub(r"\1\3\4", expr)
        if nxt == expr:
            return nxt
        expr = nxt


def _str_is_int(x):
    try:
        return _near_int(float(_strip_commas(x)))
    except Exception:
        return False


def _is_frac(expr):
    return bool(re.search(r"^-?[0-9]+.?/0*[1-9][0-9]*.?$", expr))


def _latex_to_text(expr):
    expr = expr.replace("\\tfrac", "\\frac").replace("\\dfrac", "\\frac").replace("\\frac", " \\frac")
    expr = latex2text.LatexNodes2Text().latex_to_text(expr)
    for a, b in (("√", "sqrt"), ("π", "pi"), ("∞", "inf"), ("∪", "U"), ("·", "*"), ("×", "*")):
        expr = expr.replace(a, b)
    return expr.strip()


def sympy_normalize(expr):
    if expr is None:
        return None
    m = re.search(r"^\\text\{(?P<text>.+?)\}$", expr)
    if m is not None:
        expr = m.group("text")
    expr = expr.replace("\\%", "%").replace("\\$", "$").replace("$", "").replace("%", "")
    expr = expr.replace(" or ", " , ").replace(" and ", " , ")
    expr = expr.replace("million", "*10^6").replace("billion", "*10^9").replace("trillion", "*10^12")
    for unit in UNITS:
        expr = re.sub(unit + r"(es)?(s)? *(\^[0-9]+)?", "", expr)
    expr = re.sub(r"\^ *\\circ", "", expr)
    if expr and expr[0] == "{" and expr[-1] == "}":
        expr = expr[1:-1]
    expr = re.sub(r",\\! *", "", expr)
    if _is_float(expr) and _near_int(float(expr)):
        expr = str(int(round(float(expr))))
    if "\\" in expr:
        try:
            expr = _latex_to_text(expr)
        except Exception:
            pass
    expr = re.sub(r"- *", "-", expr)
    expr = re.sub(r"([0-9]) +([0-9])", r"\1+\2", expr)
    expr = expr.replace(" ", "").replace("{", "").replace("}", "").lower()
    if _str_is_int(expr):
        expr = str(int(float(expr.replace(",", ""))))
    return expr


def _allow_eval(expr):
    letters = {c for c in expr.replace("sqrt", "").replace("frac", "") if c.isalpha()}
    if len(letters) > 2 or "^{" in expr or "^(" in expr:
        return False
    return re.search(r"\^[0-9]+\^", expr) is None and re.search(r"\^[0-9][0-9]+", expr) is None


def _sympy_equal(gt, given):
    try:
        expr = f"({gt})-({given})"
        if not _allow_eval(expr):
            return False
        parsed = sympy_parser.parse_expr(
            expr.replace("^", "**"),
            transformations=sympy_parser.standard_transformations + (sympy_parser.implicit_multiplication_application,),
        )
        return sympy.simplify(parsed) == 0
    except Exception:
        return False


def _split_tuple(expr):
    expr = _strip_commas(expr)
    if not expr:
        return []
    if len(expr) > 2 and expr[0] in "()[]" and expr[-1] in "()[]" and all(c not in expr[1:-1] for c in "()[]"):
        return [e.strip() for e in expr[1:-1].split(",")]
    return [expr]


def grade_sympy(given, gt):
    gt_n, given_n = sympy_normalize(gt), sympy_normalize(given)
    if gt_n is None:
        return False
    if gt_n == given_n:
        return True
    if not given_n:
        return False
    gt_e, given_e = _split_tuple(gt_n), _split_tuple(given_n)
    if len(gt_e) > 1 and (gt_n[0] != given_n[0] or gt_n[-1] != given_n[-1]):
        return False
    if len(gt_e) != len(given_e):
        return False
    ok = False
    for a, b in zip(gt_e, given_e):
        if _is_frac(a) and _is_frac(b):
            ok = a == b
        elif _str_is_int(a) != _str_is_int(b):
            ok = False
        else:
            ok = _sympy_equal(a, b)
        if not ok:
            break
    return ok


def grade_mathd(given, gt):
    return mathd_normalize(gt) == mathd_normalize(given)


# ---- extraction and the reward function -------------------------------------------------------
def last_boxed(s):
    idx = s.rfind("\\boxed")
    if idx < 0:
        idx = s.rfind("\\fbox")
        if idx < 0:
            return None
    depth = 0
    for i in range(idx, len(s)):
        if s[i] == "{":
            depth += 1
        elif s[i] == "}":
            depth -= 1
            if depth == 0:
                return s[idx:i + 1]
    return None


def unbox(s):
    if s is None or not s.startswith("\\boxed{") or not s.endswith("}"):
        return None
    return s[len("\\boxed{"):-1]


def extract(passage):
    return unbox(last_boxed(passage)) if "\\boxed" in passage else None


def reward(solution, ground_truth):
    if "</think>" not in solution:
        return False
    answer = extract(solution.split("</think>")[1])
    if answer is None or ground_truth is None:
        return False
    truths = [ground_truth] if isinstance(ground_truth, (str, float, int)) else ground_truth
    processed = []
    for t in truths:
        t = str(t)
        if "\\boxed" in t:
            t = extract(t)
            if t is None:
                continue
        processed.append(t)
    return any(grade_mathd(answer, t) or grade_sympy(answer, t) for t in processed)


def _selftest(path):
    cases = json.load(open(path))["cases"]
    bad = 0
    for c in cases:
        if "result" not in c["eval"]:
            continue
        gt = c["ground_truth"]
        for inp, want in ((c["eval_input"], c["eval"]["result"]), (c["train_input"], c["train"]["result"])):
            got = reward(inp, gt)
            if got != want:
                bad += 1
                print("MISMATCH", c["name"], got, want)
    print("selftest mismatches:", bad)
    return bad


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--selftest":
        sys.exit(1 if _selftest(sys.argv[2]) else 0)
    limit = float(sys.argv[sys.argv.index("--timeout") + 1]) if "--timeout" in sys.argv else 5.0
    signal.signal(signal.SIGALRM, _alarm)
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        t0 = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            verdict = "true" if reward(item["response"], item["reference"]) else "false"
        except _Timeout:
            verdict = "timeout"
        except Exception:
            verdict = "false"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        out.write(f"{verdict} {time.perf_counter() - t0:.9f}\n")
    out.flush()


if __name__ == "__main__":
    main()
