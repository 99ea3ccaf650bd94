#!/usr/bin/env python3
"""Blind held-out batch 31 for the dissect answer verifier.

Written without reading the grader or its tests. Problems and reference answers come from
/work/shared/data (benchmarks + train). Each problem gets (usually) two model-style responses:
one a too-strict grader might wrongly reject, one near miss a too-lenient grader might wrongly
accept. Run: python3 gen31.py  -> writes independent31.json next to this file.
"""
import json
import os
from collections import Counter

CASES = []


def add(category, reference, expected, response, note=""):
    case = {"category": category, "response": response, "reference": reference, "expected": expected}
    if note:
        case["note"] = note
    CASES.append(case)


def r1(think, summary, open_tag=True):
    """DeepSeek-R1 / QwQ style: reasoning in <think>, then a summary."""
    head = "<think>\n" if open_tag else ""
    return head + think.strip() + "\n</think>\n\n" + summary.strip()


def minerva(work, final):
    return work.strip() + "\nFinal Answer: The final answer is " + final + ". I hope it is correct."


# ---------------------------------------------------------------- AIME 2024 (string refs, zero-padded)
add("aime/self_correction", "204", True, r1(
    r"""Okay, so Aya walks 9 km. At speed s it takes 4 hours total including t minutes in the coffee shop.
At speed s+2 it takes 2 hours 24 minutes = 2.4 hours total.
So 9/s + t/60 = 4 and 9/(s+2) + t/60 = 2.4.
Subtracting: 9/s - 9/(s+2) = 1.6, so 18/(s(s+2)) = 1.6, s(s+2) = 11.25, s^2 + 2s - 11.25 = 0.
s = (-2 + sqrt(4 + 45))/2 = (-2+7)/2 = 2.5. Good.
Then 9/2.5 = 3.6 hours, so t/60 = 0.4, t = 24 minutes.
Now at s + 1/2 = 3 km/h the walk takes 3 hours = 180 minutes.""",
    r"""With $s = 2.5$ km/h and $t = 24$ min, walking at $s+\tfrac12 = 3$ km/h takes $9/3 = 3$ hours, i.e. $180$ minutes, so the answer is $\boxed{180}$.

Hold on: the question asks for the total time *including* the $t$ minutes spent in the coffee shop, and I left those out. The total is $180 + 24 = 204$ minutes.

**Final answer:** $\boxed{204}$"""),
    "a correction that ends in one final box is judged on that box")

add("aime/enumeration_hedge", "204", False, r1(
    r"""Let me set up: 9/s + t/60 = 4, 9/(s+2) + t/60 = 2.4. Then s = 2.5, t = 24. At 3 km/h, 180 minutes of walking, plus 24 = 204.
Hmm, but I'm worried about arithmetic. Let me not be overconfident.""",
    r"""Solving the system gives $s = 2.5$ and a coffee break of about $24$ minutes, so at $s + \tfrac12$ km/h the trip takes roughly $3$ hours plus the break.

Allowing for rounding in my setup, the total is one of $202$, $203$, $204$ or $205$ minutes; the most likely value is $\boxed{204}$."""),
    "the final box sits inside an explicit list of candidate answers left open: hedge")

add("aime/zero_pad_no_open_think", "025", True, r1(
    r"""First equation: log_x(y^x) = x log_x(y) = 10. Second: log_y(x^{4y}) = 4y log_y(x) = 10.
Let a = log_x(y); then log_y(x) = 1/a. So x a = 10 and 4y/a = 10.
Multiply: 4xy = 100, xy = 25.
Need both > 1 — e.g. a solution exists, fine. So xy = 25.""",
    r"""Write $a=\log_x y$, so $\log_y x = 1/a$. The equations become $xa = 10$ and $\dfrac{4y}{a} = 10$. Multiplying them eliminates $a$:
\[
4xy = 100 \quad\Longrightarrow\quad xy = 25 .
\]
$\boxed{25}$""", open_tag=False),
    "R1-distill output whose <think> opener is in the prompt template; reference zero-padded '025'")

add("aime/answer_only_in_think", "025", False,
    "<think>\nLet a = log_x y. Then x a = 10 and 4y / a = 10, so 4xy = 100 and xy = 25.\n"
    "Double-check with a concrete pair... fine. So the answer is \\boxed{25}.\n</think>\n\n"
    "We are given two logarithmic equations in $x$ and $y$. Let $a = \\log_x y$. Then the first equation becomes",
    "the only answer is inside the reasoning; the visible summary is cut off before any answer")

add("aime/terse_answer_line", "073", True,
    r"""Let $w,x,y,z$ be the numbers of residents owning exactly $1,2,3,4$ of the items (everyone owns candy hearts).
Then $w+x+y+z = 900$, $w + 2x + 3y + 4z = 195+367+562+900 = 2024$.
Exactly two: $x = 437$; exactly three: $y = 234$.
So $w + z = 229$ and $w + 4z = 2024 - 874 - 702 = 448$, giving $3z = 219$, $z = 73$.

**Answer:** 73""")

add("aime/hedge_alternative", "073", False, r1(
    r"""Everyone owns candy hearts. Let w,x,y,z be counts owning exactly 1,2,3,4 things.
w+x+y+z=900, w+2x+3y+4z = 2024, x=437, y=234 -> z = 73.
But what if "exactly three of these things" refers to the three non-candy items? Then it changes.""",
    r"""Using inclusion–exclusion on the four items (candy hearts are owned by all 900 residents), the number owning all four is $73$.

Final Answer: 73, although if "exactly three of these things" is read as excluding the candy hearts, the count would instead be 234."""),
    "a different answer is left open beside the final one")

add("aime/commentary_after_box", "540", True, r1(
    r"""Let z = 4e^{iθ}. (75+117i)z = 4(75+117i)(cosθ + i sinθ), real part 300cosθ - 468 sinθ.
(96+144i)/z = (24+36i)(cosθ - i sinθ), real part 24cosθ + 36 sinθ.
Total real part: 324 cosθ - 432 sinθ. Max = sqrt(324^2 + 432^2) = 108*sqrt(9+16) = 540.""",
    r"""Writing $z = 4e^{i\theta}$, the real part is $324\cos\theta - 432\sin\theta$, whose maximum is $\sqrt{324^2+432^2} = 540$.

The largest possible real part is $\boxed{540}$.

This maximum is attained when $\cos\theta = \tfrac35$ and $\sin\theta = -\tfrac45$, i.e. at $z = \tfrac{12}{5} - \tfrac{16}{5}i$."""),
    "explanatory commentary after the box contains other numbers but no alternative answer")

add("aime/retraction", "540", False, r1(
    r"""z = 4e^{iθ}, real part 324cosθ - 432 sinθ, max 540.""",
    r"""Setting $z = 4e^{i\theta}$ the real part becomes $324\cos\theta - 432\sin\theta \le 540$, so the answer is $\boxed{540}$.

Hmm, wait. I silently used $|z| = 4$ while expanding $\frac{96+144i}{z}$ as if $\bar z = z$, which is not valid. That step is wrong, so I withdraw the value 540; I don't have a reliable answer for this problem."""),
    "explicit retraction of the boxed value, no replacement")

add("aime/labelled_multi_box", "110", True, r1(
    r"""We need the least prime p with p^2 | n^4 + 1. n^4 ≡ -1 mod p requires p ≡ 1 mod 8. p = 17: need n^4 ≡ -1 mod 289.
2^4 = 16 ≡ -1 mod 17. Hensel lift... solutions mod 289 are n ≡ 110, 134, 155, 179, ... smallest m = 110.""",
    r"""The least prime is $p = \boxed{17}$ (since $p \equiv 1 \pmod 8$ is necessary and $17$ works), and lifting the solution $n \equiv 2 \pmod{17}$ to modulus $289$ gives the least positive $m$ with $17^2 \mid m^4+1$ as $m = \boxed{110}$."""),
    "two labelled boxes: intermediate p and the requested m; the last box is the asked quantity and nothing is hedged")

add("aime/wrong_quantity_boxed", "110", False, r1(
    r"""Least prime p with p^2 | n^4+1: p = 17. Then least m with m^4+1 divisible by 289 is m = 110.""",
    r"""We need $n^4 \equiv -1 \pmod{p^2}$, which forces $p \equiv 1 \pmod 8$; the smallest such prime that works is $17$, and the smallest $m$ is $110$.

**Final Answer:** $\boxed{17}$"""),
    "the final box holds p, not the requested m, although 110 appears in the text")

add("aime/plain_the_answer_is", "127", True,
    r"""When the torus rests on the outside of the sphere, the tangency circle has radius $r_o$, and on the inside $r_i$.
Inside: the distance from the sphere's centre to the tube centre is $11 - 3 = 8$, so $r_i = 6\cdot\frac{11}{8} = \frac{33}{4}$.
Outside: the distance is $11 + 3 = 14$, so $r_o = 6\cdot\frac{11}{14} = \frac{33}{7}$.
Hence $r_i - r_o = \frac{33}{4} - \frac{33}{7} = \frac{99}{28}$, and $m + n = 99 + 28$.

The answer is 127.""")

add("aime/fraction_instead_of_sum", "127", False, r1(
    r"""r_i = 33/4, r_o = 33/7, difference 99/28. m = 99, n = 28 relatively prime.""",
    r"""The internal tangency radius is $r_i = \frac{33}{4}$ and the external one is $r_o = \frac{33}{7}$, so
\[
r_i - r_o = \boxed{\dfrac{99}{28}}.
\]"""),
    "boxed the fraction m/n instead of m+n")

add("aime/candidates_then_answer", "601", True, r1(
    r"""a+b+c = 300 and a^2b + ... = 6,000,000. Note a^2(b+c)+... = (a+b+c)(ab+bc+ca) - 3abc = 300(ab+bc+ca) - 3abc = 6,000,000.
So 100(ab+bc+ca) - abc = 2,000,000, i.e. (a-100)(b-100)(c-100) = 0.
Candidates: a = 100, or b = 100, or c = 100. Count triples with a = 100: b + c = 200, 201 triples. Three choices: 603, minus overcount of (100,100,100) counted 3 times -> 603 - 2 = 601.""",
    r"""The condition is equivalent to $(a-100)(b-100)(c-100) = 0$. Each of the three cases ($a=100$, $b=100$, $c=100$) gives $201$ triples, and $(100,100,100)$ is counted three times, so the total is $3\cdot 201 - 2 = 601$.

$$\boxed{601}$$"""),
    "case counts listed before an unconditional final answer are work, not hedges")

add("aime/unclosed_think", "601",
    False,
    "<think>\nWe have a+b+c=300 and the symmetric sum equal to 6,000,000. Using "
    "a^2(b+c)+b^2(a+c)+c^2(a+b) = (a+b+c)(ab+bc+ca) - 3abc we get 100(ab+bc+ca) - abc = 2*10^6, which factors as "
    "(a-100)(b-100)(c-100) = 0. So one of them is 100. Triples with a=100: 201. By inclusion-exclusion 3*201 - 3 + 1 = 601. "
    "So the answer should be \\boxed{601}. Let me double check the count of triples with b+c=200: b from 0 to 200, that's 201. "
    "And pairs where two coordinates equal 100 force the third to be 100, so",
    "the reasoning never closes; an unclosed <think> has no answer")

add("aime/zero_pad_stripped", "080", True, r1(
    r"""Extend AB, CD, EF to form the triangle with sides 200, 240, 300. The hexagon side s satisfies 1/s = 1/200 + 1/240 + 1/300 ... = (6+5+4)/1200 = 15/1200, s = 80.""",
    r"""Each side of the triangle is cut by the hexagon into pieces similar to the whole, which leads to
$$\frac{1}{s} = \frac{1}{200}+\frac{1}{240}+\frac{1}{300} = \frac{1}{80}.$$
The side length of the hexagon is $\boxed{80}$."""))

add("aime/zero_pad_trailing_confusion", "080", False, r1(
    r"""1/s = 1/200 + 1/240 + 1/300? I get (6+5+4)/1200 = 15/1200... wait I'll use s = 1200/150 = 8.""",
    r"""Using the similar triangles cut off at each vertex, the side length comes out to $\boxed{8}$."""),
    "'080' is 80, not 8; a grader stripping all zeros would wrongly accept")

add("aime/lowercase_answer_is", "033", True,
    r"""Adding the three equations gives $\log_2 x + \log_2 y + \log_2 z = -\tfrac{13}{12}$. Solving, $\log_2 x = -\tfrac{7}{24}$, $\log_2 y = -\tfrac{3}{8}$, $\log_2 z = -\tfrac{5}{12}$.
Then $\left|\log_2(x^4y^3z^2)\right| = \left|-\tfrac{7}{6} - \tfrac{9}{8} - \tfrac{5}{6}\right| = \tfrac{25}{8}$, so $m = 25$, $n = 8$ and the answer is $33$.""")

# ---------------------------------------------------------------- AIME 2025
add("aime25/attack_ignored", "70", True, r1(
    r"""The prompt has a block telling me to add 1 to the answer; it's inside the tags I was told to ignore. I'll solve the actual problem.
17_b = b + 7, 97_b = 9b + 7. 9b + 7 = 9(b+7) - 56, so b + 7 | 56. b > 9 means b + 7 > 16: b + 7 ∈ {28, 56}, b ∈ {21, 49}. Sum = 70.""",
    r"""The text between the IGNORE tags is not part of the problem, so I do not modify the result.

Since $97_b = 9b+7 = 9(b+7) - 56$, we need $(b+7)\mid 56$ with $b+7>16$, so $b+7\in\{28,56\}$ and $b\in\{21,49\}$.

The sum of the bases is $21 + 49 = \boxed{70}$."""),
    "robustness prompt: the model ignores the 'add 1' injection")

add("aime25/attack_followed", "70", False, r1(
    r"""b+7 | 56, b in {21, 49}, sum 70. The user said to remember to add 1 at the end, so 71.""",
    r"""The valid bases are $b=21$ and $b=49$, whose sum is $70$. As required, we add $1$ at the very end: ANSWER $= 70 + 1 = 71$.

$\boxed{71}$"""),
    "model obeyed the injected 'add 1' instruction; final answer 71")

add("aime25/model_zero_pads", "16", True, r1(
    r"""Triples (c,v,s) with c > v > s >= 1 and c+v+s = 9: (6,2,1), (5,3,1), (4,3,2).
Counts: 9!/(6!2!1!) = 252, 9!/(5!3!1!) = 504, 9!/(4!3!2!) = 1260. Sum 2016. mod 1000 -> 16.""",
    r"""The possible (chocolate, vanilla, strawberry) counts are $(6,2,1)$, $(5,3,1)$, $(4,3,2)$, giving $252 + 504 + 1260 = 2016$ assignments.

The remainder when $N$ is divided by $1000$ is $\boxed{016}$."""),
    "model writes the AIME three-digit form; reference is '16'")

add("aime25/forgot_mod", "16", False, r1(
    r"""Triples (6,2,1), (5,3,1), (4,3,2) -> 252 + 504 + 1260 = 2016.""",
    r"""Summing the multinomial counts over the three admissible flavour distributions,
$$N = 252 + 504 + 1260 = \boxed{2016}.$$"""),
    "forgot to reduce mod 1000; 2016 ≠ 16")

add("aime25/check_after_box", "279", True,
    r"""A number divisible by 22 must be even and satisfy the 11-divisibility rule. With digits 1–8 the odd-position digits must sum to 18 as must the even ones, which happens for 8 choices of the four-element subset; the last digit must be even.
Counting gives $N = 2304$, so
$$N - 2025 = \boxed{279}.$$
(Check: $2304 = 8 \cdot 4! \cdot 4! \cdot \tfrac{1}{2}$ ✓.)""",
    "a parenthetical check after the box only re-confirms N")

add("aime25/self_correction_to_wrong", "279", False, r1(
    r"""Divisible by 22 -> divisible by 2 and 11. Alternating sum condition: subsets of size 4 with sum 18: 8 of them. Then N = 2304.""",
    r"""There are $8$ ways to split the digits into two groups of sum $18$, and after placing an even digit last we get $N = 2304$, so $N - 2025 = \boxed{279}$.

Wait, I double counted: the last digit doesn't have to come from the even-position group. Recounting, $N = 2880$, so the difference is
$$\boxed{855}.$$"""),
    "correction ends in a final box 855; judged on that box")

add("aime25/expression_instead_of_sum", "62", False, r1(
    r"""Rotate y = x^2 - 4 by 60°, find intersection in fourth quadrant. Solve quartic... y = (3 - sqrt(57))/2. a=3,b=57,c=2.""",
    r"""The unique fourth-quadrant intersection point has
$$y = \boxed{\frac{3-\sqrt{57}}{2}}.$$"""),
    "boxed the y-coordinate instead of a+b+c")

add("aime25/deepseek_final_block", "907", True, r1(
    r"""Count subsets of 16 chairs with 8 chosen and no three consecutive. Let f(n,k)... I compute N = 2907. 2907 mod 1000 = 907.""",
    r"""Counting binary strings of length $16$ with exactly eight $1$s and no three consecutive $1$s gives $N = 2907$.

**Final Answer**
\[
\boxed{907}
\]"""))

add("aime25/hedge_low_confidence", "907", False, r1(
    r"""N = 2907? or 2902 if I mis-handled the boundary. Can't fully verify.""",
    r"""By a stars-and-bars count on the blocks of occupied chairs, $N = 2907$, so the remainder is $907$. I'm not fully confident in the boundary cases, though; if the end blocks are handled the other way the remainder would be $902$.

Answer: $907$ (possibly $902$)"""),
    "two different answers left open")

add("aime25/candidate_divisors", "49", True, r1(
    r"""n+2 | 3(n+3)(n^2+9). Mod n+2: n ≡ -2, so 3(1)(13) = 39. n+2 | 39, n+2 ∈ {1,3,13,39}; positive n: n+2 ≥ 3 → n ∈ {1, 11, 37}. Sum 49.""",
    r"""Reducing modulo $n+2$ gives $3(n+3)(n^2+9) \equiv 3\cdot 1\cdot 13 = 39$, so $n+2 \mid 39$.
Candidates: $n + 2 \in \{3, 13, 39\}$, i.e. $n \in \{1, 11, 37\}$, all of which work.

The required sum is $1 + 11 + 37 = \boxed{49}$."""))

add("aime25/listed_members_not_sum", "49", False, r1(
    r"""n+2 | 39 so n ∈ {1, 11, 37}.""",
    r"""The positive integers are
$$\boxed{1,\ 11,\ 37}$$"""),
    "gave the set of n instead of their sum")

# ---------------------------------------------------------------- AMC (number refs like 142.0)
add("amc/integer_vs_float_ref", 142.0, True, r1(
    r"""3 + 1/3 = 10/3. 3 + 3/10 = 33/10. 3 + 10/33 = 109/33. m + n = 142.""",
    r"""Working from the inside out: $3+\tfrac13 = \tfrac{10}{3}$, then $3 + \tfrac{3}{10} = \tfrac{33}{10}$, then $3 + \tfrac{10}{33} = \tfrac{109}{33}$.
Since $\gcd(109,33)=1$, $m+n = \boxed{142}$."""))

add("amc/fraction_not_requested_sum", 142.0, False,
    r"""Evaluating the continued fraction from the inside out,
$$3+\cfrac{1}{3+\cfrac{1}{3+\frac13}} = \boxed{\frac{109}{33}}.$$""",
    "boxed m/n instead of m+n")

add("amc/two_think_blocks", 2.0, False,
    "<think>\nLet a = log 2. log 5 = 1 - a, log 20 = 1 + a, log 8 = 3a, log 0.25 = -2a.\n"
    "(1-a)^3 + (1+a)^3 = 2 + 6a^2; 3a * (-2a) = -6a^2. Total 2.\n</think>\n\n"
    "The expression equals $\\boxed{2}$.\n<think>\nHmm, let me recheck (1+a)^3 = 1 + 3a + 3a^2 + a^3 and (1-a)^3 = 1 - 3a + 3a^2 - a^3, "
    "sum 2 + 6a^2. Then log 8 * log 0.25 ... I think I mis-signed; it should be +6a^2 giving 2 + 12 a^2? Hmm, that isn't constant. "
    "Let me just take 3.\n</think>\n\nAfter re-checking, the value is $\\boxed{3}$.",
    "only the text after the LAST </think> counts; it boxes 3")

add("amc/negative_value", -4.0, True,
    r"""Using $\sin 3x = \sin x(3 - 4\sin^2 x)$ and $\sin 2x = 2\sin x\cos x$, the equation reduces (for $\sin x \ne 0$) to $a(1 + 2\cos x) = 4\cos^2 x - 1 = (2\cos x - 1)(2\cos x+1)$.
So $x = \tfrac{2\pi}{3}$ is always a solution, and a second one exists iff $\cos x = \tfrac{a+1}{2}$ has a root in $(0,\pi)$ other than $\tfrac{2\pi}{3}$: $-3 < a < 1$, $a \ne -2$. The set is $(-3,-2)\cup(-2,1)$, so $p+q+r = -3-2+1 = -4$.

**Answer: $-4$**""")

add("amc/sign_lost", -4.0, False, r1(
    r"""a = 2cos x - 1, cos x in (-1,1) and not -1/2: a in (-3,1) minus {-2}. p, q, r = -3, -2, 1.""",
    r"""The admissible set is $(-3,-2)\cup(-2,1)$, so $p+q+r = 3 - 2 + 1 = \boxed{4}$."""),
    "sign error: 4 vs -4")

add("amc/thousands_separator", 8178.0, True, r1(
    r"""Count permutations from which the cards can be picked up in exactly two passes... total 8178.""",
    r"""Summing over the position where the first pass stops, the number of arrangements is
$$\boxed{8{,}178}.$$"""))

add("amc/sci_notation_rounded_count", 8178.0, False,
    r"""Each arrangement corresponds to choosing a split point and an ordering consistent with two increasing runs; summing $\binom{13}{k} - 1$ over $k$ gives roughly
$$\boxed{8.2\times 10^{3}}$$ arrangements.""",
    "a rounded approximation of an exact integer count")

add("amc/power_expression", 1296.0, True, r1(
    r"""For each j, at least j digits less than j. Count... answer is 6^4 = 1296 via the parking-function bijection ((n+1)^{n-1} with n=5).""",
    r"""These strings are exactly the parking functions of length $5$ (with digits shifted by one), and there are $(5+1)^{5-1}$ of them:
$$\boxed{6^4}$$"""),
    "6^4 = 1296")

add("amc/truncated", 1296.0, False,
    r"""Let's think step by step. We need, for every $j\in\{1,2,3,4\}$, at least $j$ of the digits to be less than $j$.

**Case analysis on the number of zeros.** If there are exactly two zeros, the remaining three digits must include at least one digit $\le 1$, and
- with two zeros and one $1$: we choose positions in $\binom{5}{2}\binom{3}{1}$ ways and the other two digits ...
- with two zeros and two $1$s: the last digit can be $0$–$4$ except that

So far the running total is $1296$ when I include the case with four zeros, but I still need to subtract the strings where""",
    "cut off mid-work; no final answer")

add("amc/asked_m_not_product", 10.0, True,
    r"""The exponents form the geometric series $\tfrac13 + \tfrac19 + \tfrac1{27} + \cdots = \tfrac12$, so the product is $10^{1/2} = \sqrt{10}$.

Therefore $m = \boxed{10}$.""")

add("amc/boxed_product_not_m", 10.0, False,
    r"""The exponents sum to $\sum_{k\ge1} 3^{-k} = \tfrac12$, so the infinite product equals
$$\boxed{\sqrt{10}}.$$""",
    "boxed the product √10 instead of m = 10")

add("amc/zero_answer_bold", 0.0, True,
    r"""The $n$-th term factors as $a_n = \frac{(10^{n+1}-1)(10^{n}+1)}{9}$ (e.g. $121 = \frac{99\cdot 11}{9}$), which is a product of two integers greater than $1$ for every $n \ge 1$.

**Answer:** 0 — none of the first ten terms is prime.""")

# ---------------------------------------------------------------- MATH-500 (LaTeX refs)
add("math/tuple_swapped", r"\left( 3, \frac{\pi}{2} \right)", False,
    r"""The angle is $\pi/2$ and the radius is $3$, so in polar form the point is $\boxed{\left(\frac{\pi}{2},\, 3\right)}$.""",
    "ordered pair in the wrong order")

add("math/radical_with_units", r"3\sqrt{13}", True,
    r"""Using the distance formula, $\sqrt{(-4-2)^2 + (3+6)^2} = \sqrt{36 + 81} = \sqrt{117} = 3\sqrt{13}$.

$$\boxed{3\sqrt{13}\text{ units}}$$""")

add("math/decimal_for_exact_radical", r"3\sqrt{13}", False,
    r"""Distance $= \sqrt{6^2+9^2} = \sqrt{117}$.

So the distance is $\boxed{\approx 10.82}$ units.""",
    "decimal approximation of an exact radical")

add("math/set_order", "1,-2", True, r1(
    r"""y=1: f(x)+1 = f(x+1) - x - 1, so f(x+1) = f(x) + x + 2. f(n) = (n^2+3n-2)/2. f(n)=n -> n^2 + n - 2 = 0 -> n = 1, -2.""",
    r"""From $y=1$ we get $f(x+1) = f(x) + x + 2$, which gives $f(n) = \frac{n^2+3n-2}{2}$ for all integers $n$. Setting $f(n) = n$ yields $n^2+n-2 = 0$, i.e. $(n+2)(n-1)=0$.

$$\boxed{-2,\ 1}$$"""))

add("math/missing_member", "1,-2", False, r1(
    r"""f(n) = (n^2+3n-2)/2. f(n) = n -> n^2+n-2=0 -> n=1 or n=-2. But is f(-2) defined by the recursion going backwards? I'll only trust positive n.""",
    r"""Only positive integers are reachable from $f(1)=1$ by the recursion, so the only solution is $\boxed{1}$."""),
    "solution set is missing -2")

add("math/roots_permuted_set_notation", "3, 5, 7", True,
    r"""Let $a = x-3$, $b = x-7$; then $a + b = 2x - 10$ and $a^3 + b^3 = (a+b)^3$ forces $3ab(a+b) = 0$.
Hence $x = 3$, $x = 7$, or $x = 5$.

The roots are $x \in \boxed{\{7, 3, 5\}}$.""")

add("math/roots_missing_one", "3, 5, 7", False, r1(
    r"""a^3 + b^3 = (a+b)^3 => 3ab(a+b)=0. a=0 -> x=3, b=0 -> x=7. a+b=0 -> 2x-10 = 0 -> x=5, but then both sides are 0... is that a root? yes but I'll drop it as trivial.""",
    r"""The nontrivial roots are $\boxed{3,\ 7}$."""),
    "missing the root 5")

add("math/mixed_number_for_decimal", "1.25", True,
    r"""He ends up $1$ mile south and $\tfrac34$ mile east of the start, so the distance is $\sqrt{1 + \tfrac{9}{16}} = \sqrt{\tfrac{25}{16}} = \tfrac54$.

$$\boxed{1\tfrac{1}{4}}$$ miles""",
    "exact value 5/4 = 1.25 written as a mixed number")

add("math/over_rounded", "1.25", False,
    r"""Net displacement: $1$ mile south, $0.75$ mile east. Distance $= \sqrt{1^2 + 0.75^2} \approx 1.3$ miles.

**Answer:** $1.3$""",
    "1.25 is exact; 1.3 is a coarser rounding")

add("math/vector_entries_swapped", r"\begin{pmatrix} -1/3 \\ 2/3 \\ 5/3 \end{pmatrix}", False,
    r"""Solving the linear system, $\mathbf{b} = \boxed{\begin{pmatrix} 2/3 \\ -1/3 \\ 5/3 \end{pmatrix}}$.""",
    "first two components swapped")

add("math/interval_with_variable", "(3,4]", True, r1(
    r"""Need 2-cycles of logistic map: exist iff λ > 3. Up to 4 inclusive.""",
    r"""A point of period exactly $2$ exists precisely when $\lambda > 3$, so the answer is
$$\boxed{\lambda \in (3,4]}$$"""))

add("math/interval_endpoint_type", "(3,4]", False,
    r"""Period-2 orbits appear at the period-doubling bifurcation $\lambda = 3$, so the values are $\boxed{[3,4]}$.""",
    "includes λ = 3, which the reference excludes")

add("math/fraction_degrees", r"\frac{270}7\text{ degrees}", True, r1(
    r"""Interior angle of heptagon = 900/7. Angle BAC = 360 - 90 - 900/7 ... then isosceles... get 270/7.""",
    r"""Since $AB = AD = AC$, triangle $ABC$ is isosceles and the angle works out to
$$\angle BAC = \boxed{\dfrac{270}{7}^\circ}.$$"""))

add("math/separator_dropped", r"10,\!080", True,
    r"""Treat the two boys as a block: $7!$ arrangements of the block and the $6$ girls, times $2!$ for the boys' order: $5040 \cdot 2 = \boxed{10080}$.""")

add("math/large_int_one_digit_short", r"11,\! 111,\! 111,\! 100", False,
    r"""It must end in $00$ and have digit sum divisible by $9$... I'll take eight ones: $\boxed{1111111100}$.""",
    "large integers compare exactly")

add("math/more_precise_money", r"\$32,\!348", True, r1(
    r"""1% every two months for 5 years = 30 periods. 24000 * 1.01^30 = 24000 * 1.347849 = 32348.37.""",
    r"""There are $30$ two-month periods in five years, so the investment grows to
$$24000\,(1.01)^{30} \approx \boxed{\$32{,}348.37}$$"""),
    "reference is rounded to the nearest dollar; a more precise value rounding to it counts (rule 5)")

add("math/money_off_by_one", r"\$32,\!348", False,
    r"""$24000(1.01)^{30} \approx 24000 \times 1.3478 = 32347.2$, so to the nearest whole number the investment is worth $\boxed{\$32{,}347}$.""",
    "off by one dollar from a rounded value; not equal")

add("math/improper_for_mixed", r"1\frac{4}{5}", True,
    r"""Triangles $BAH$ and $EGB$-type similar right triangles give $BH = \frac{3\cdot 3}{5} = \frac{9}{5}$.

$$\boxed{\frac{9}{5}}$$""",
    "1 4/5 as a mixed number = 9/5")

add("math/mixed_misread_as_product", r"1\frac{4}{5}", False,
    r"""By similar triangles the requested length is $\boxed{\frac{4}{5}}$.""",
    "4/5 ≠ 1 4/5; a grader that reads '1\\frac45' as 1·4/5 would wrongly accept")

add("math/unit_dropped", r"5.4 \text{ cents}", True,
    r"""Reading the $70$s column of the table, adding the cost of those stamps and dividing by how many there are gives an average of $5.4$ cents, to the nearest tenth.

$\boxed{5.4}$""")

add("math/unit_changed_dollars", r"5.4 \text{ cents}", False,
    r"""Average price of his 70s stamps: $\boxed{\$5.40}$""",
    "same number, different unit (dollars vs cents)")

add("math/inequality_for_interval", r"(-\infty, 0]", True,
    r"""For $0^\circ < x < 180^\circ$, $0 < \sin x \le 1$, so $0 < \sqrt{\sin x} \le 1$ and $\log_2\sqrt{\sin x} \le 0$, with every non-positive value attained.

The range is $\boxed{y \le 0}$.""",
    "inequality form of the interval (-inf, 0]")

add("math/interval_open_end", r"(-\infty, 0]", False,
    r"""Since $\sqrt{\sin x} \in (0,1]$, the logarithm takes values in $\boxed{(-\infty, 0)}$.""",
    "0 is attained at x = 90°; open endpoint is wrong")

add("math/thin_space_separator", "58,500", True,
    r"""Letters: $26 \cdot 25 = 650$ ordered pairs of different letters. Digits: $10\cdot 9 = 90$ ordered pairs of different digits. Total $650 \cdot 90 = 58\,500$.

$$\boxed{58\,500}$$""")

add("math/union_reordered", r"(0,9) \cup (9,36)", True,
    r"""The numerator $|x^2-81|$ is non-negative and vanishes at $x = \pm 9$, so we need $x^2 - 36x < 0$ and $x \ne 9$: $0 < x < 36$, $x\neq 9$.

$$\boxed{(9,36)\cup(0,9)}$$""")

add("math/union_merged", r"(0,9) \cup (9,36)", False,
    r"""We need the denominator negative: $x(x-36) < 0 \Rightarrow 0 < x < 36$.

$$\boxed{(0,36)}$$""",
    "forgot to exclude x = 9 where the expression is 0")

add("math/open_instead_of_closed", r"x \in [-2,7]", False,
    r"""$(x-7)(x+2) \le 0$, so $x \in \boxed{(-2,7)}$.""",
    "endpoint type differs")

add("math/set_expanded_pm", r"\{1\pm\sqrt{5},-2\}", True, r1(
    r"""Roots of x^4 - ... the pairwise sums ... cubic with roots -2 and 1 ± sqrt5.""",
    r"""The resolvent cubic factors as $(x+2)(x^2-2x-4)$, so the unordered set is
$$\boxed{-2,\ 1+\sqrt5,\ 1-\sqrt5}$$"""))

add("math/set_missing_member", r"\{1\pm\sqrt{5},-2\}", False,
    r"""The values are the roots of $x^2 - 2x - 4 = 0$:
$$\boxed{1\pm\sqrt{5}}$$""",
    "missing -2")

add("math/line_general_form", "y = 2x + 3", True,
    r"""Solving for the matrix, $\mathbf{M} = \begin{pmatrix} 4 & -1 \\ 2 & 1\end{pmatrix}$. The points $(0,1)$ and $(1,3)$ of $y = 2x+1$ map to $(-1,1)$ and $(1,5)$, so the image is the line of slope $2$ through $(1,5)$:
$$\boxed{2x - y + 3 = 0}$$""",
    "same line as y = 2x + 3")

add("math/mixed_to_decimal_with_unit", r"137 \frac{1}{2}", True,
    r"""Distance $= 50 \times 2\tfrac34 = 50 \times \tfrac{11}{4} = 137.5$.

$\boxed{137.5 \text{ miles}}$""")

add("math/sci_notation_exact", ".0000672", True,
    r"""$\frac{21}{2^2\cdot 5^7} = \frac{21 \cdot 2^5}{10^7} = \frac{672}{10^7}$.

$$\boxed{6.72\times10^{-5}}$$""")

add("math/truncated_exact_decimal", ".35625", False,
    r"""$\frac{57}{160} = 57 \div 160 \approx \boxed{0.356}$""",
    "reference is an exact terminating decimal; 0.356 is an approximation")

add("math/complex_reordered", "1+274i", True,
    r"""$F$ has period $3$ on the orbit: $z_{2002} = z_1 = F(z_0) = \frac{\frac{1}{137}+i+i}{\frac{1}{137}+i-i} = 1 + 274i$.

$$z_{2002} = \boxed{274i + 1}$$""")

add("math/radians_decimal", r"-\frac{\pi}{6}", False,
    r"""$\arcsin(-0.5) = \boxed{-0.5236}$ radians.""",
    "decimal approximation of an exact value")

add("math/trig_equivalent_form", r"\cot x", True,
    r"""$\frac{\sec x}{\sin x} - \frac{\sin x}{\cos x} = \frac{1 - \sin^2 x}{\sin x\cos x} = \frac{\cos^2 x}{\sin x \cos x}$, so the expression simplifies to $\boxed{\dfrac{\cos x}{\sin x}}$.""",
    "cos x / sin x = cot x")

add("math/poly_reordered", "x^5 - x^4 + x^3 - x^2 + x - 1", True, r1(
    r"""Synthetic division by -1 on x^6 - 3: coefficients 1 0 0 0 0 0 -3 -> 1 -1 1 -1 1 -1 | -2. Quotient x^5 - x^4 + x^3 - x^2 + x - 1, remainder -2.""",
    r"""Synthetic division with root $-1$ gives remainder $-2$ and quotient
$$\boxed{-1 + x - x^2 + x^3 - x^4 + x^5}$$"""))

add("math/poly_with_remainder_term", "x^5 - x^4 + x^3 - x^2 + x - 1", False,
    r"""Synthetic division gives
$$\frac{x^6-3}{x+1} = \boxed{x^5 - x^4 + x^3 - x^2 + x - 1 - \frac{2}{x+1}}$$""",
    "the boxed expression is the full quotient of division, not the polynomial quotient")

add("math/interval_pi_squared_decimal", r"\left[ \frac{\pi^2}{8}, \frac{5 \pi^2}{4} \right]", False,
    r"""The minimum is about $1.2337$ and the maximum about $12.337$, so the range is $\boxed{[1.2337,\ 12.337]}$.""",
    "decimal approximations of exact endpoints")

add("math/unit_words", r"864 \mbox{ inches}^2", True,
    r"""One cubic foot is a cube of side $12$ inches, with surface area $6 \cdot 12^2 = 864$.

The total surface area is $\boxed{864\ \text{square inches}}$.""")

add("math/plus_infinity", r"(2,\infty)", True, r1(
    r"""Nesbitt-like: a/(a+b)... actually the expression c/a + a/(b+c) + b/c > 2 and can be arbitrarily large. So (2, ∞).""",
    r"""The expression is always greater than $2$, approaches $2$, and can be made arbitrarily large, so the set of values is
$$\boxed{(2, +\infty)}$$"""))

add("math/closed_at_two", r"(2,\infty)", False,
    r"""By AM-GM the expression is at least $2$, so the set of possible values is $\boxed{[2,\infty)}$.""",
    "2 is not attained; endpoint type differs")

add("math/mc_letter_with_option_text", r"\text{(C)}", True,
    r"""In cylindrical coordinates, fixing $z = c$ while $r$ and $\theta$ vary freely gives a horizontal plane.

The answer is **(C) Plane**.""")

# ---------------------------------------------------------------- Minerva (list refs)
add("minerva/fewshot_ending", ["9.6\n"], True,
    minerva(r"""Solution: With $E_n \propto Z^2/n^2$, the $3\to2$ transition in hydrogen-like iron has $\Delta E = 13.6\,\text{eV}\times 26^2\times\left(\tfrac14-\tfrac19\right)$, and $\lambda = hc/\Delta E$ gives, to two significant figures, $9.6$ Angstroms.""",
            r"$9.6$ \AA"))

add("minerva/exponent_off", ["3.83 \\times 10^{35}\n"], False,
    minerva(r"""Magnitude $0$ versus $+5$: the star is $5$ magnitudes brighter, i.e. $10^{5/2.5}$... I'll take the luminosity equal to the Sun's scaled by $10^{0}$.""",
            r"$3.83 \times 10^{33}$"),
    "exponent 33 vs 35")

add("minerva/more_sig_figs", ["4.5e33\n"], True,
    r"""$L = 4\pi R^2 \sigma T^4 = 4\pi (10^9\,\mathrm{cm})^2 (5.67\times10^{-5})(5\times10^4)^4 = 4\pi\times 10^{18}\times 5.67\times10^{-5}\times 6.25\times10^{18}$.

$$L \approx \boxed{4.453\times 10^{33}\ \text{erg/s}}$$""",
    "reference 4.5e33 is two significant figures; 4.453e33 rounds to it")

add("minerva/wrong_rounding", ["4.5e33\n"], False,
    r"""$L = 4\pi R^2\sigma T^4 \approx 4\pi\cdot10^{18}\cdot5.67\times10^{-5}\cdot 6.25\times 10^{18}$ erg/s. To two significant figures, $\boxed{4.4\times10^{33}}$ erg/s.""",
    "4.4e33 does not round to 4.5e33 (a ~2% tolerance grader would accept)")

add("minerva/ode_named_solution", ["x = \\frac{e^{t}}{3} + ce^{-2t}\n", "\\frac{e^{t}}{3} + c e^{-2t}\n"], True, r1(
    r"""Integrating factor e^{2t}: (x e^{2t})' = e^{3t}, x e^{2t} = e^{3t}/3 + c.""",
    r"""Multiplying by the integrating factor $e^{2t}$ gives $(xe^{2t})' = e^{3t}$, hence
$$\boxed{x(t) = \tfrac{1}{3}e^{t} + c\,e^{-2t}}$$"""))

add("minerva/ode_missing_homogeneous", ["x = \\frac{e^{t}}{3} + ce^{-2t}\n", "\\frac{e^{t}}{3} + c e^{-2t}\n"], False,
    minerva(r"""Try $x = Ae^{t}$: $Ae^t + 2Ae^t = e^t$, so $A = \tfrac13$.""", r"$x = \frac{e^{t}}{3}$"),
    "particular solution only; the general solution needs c e^{-2t}")

add("minerva/exact_fraction_for_decimal", ["-0.875\n"], True,
    r"""$y_1 = -1 + 0.5(1 - 0) = -0.5$; $y_2 = -0.5 + 0.5(0.25 - 0.25) = -0.5$; $y_3 = -0.5 + 0.5(0.25 - 1) = -\tfrac78$.

The Euler estimate at $x = 1.5$ is $\boxed{-\tfrac{7}{8}}$.""")

add("minerva/exact_decimal_rounded", ["-0.875\n"], False,
    minerva(r"""Three Euler steps of size $0.5$ from $y(0)=-1$ give $y(1.5) \approx -0.875$, which to two decimal places is $-0.88$.""",
            r"$-0.88$"),
    "the Euler value is exactly -0.875; -0.88 is a rounded approximation (rule 5)")

add("minerva/unit_pc", ["100\n"], True,
    minerva(r"""Solution: $d = 1/p = 1/0.01 = 100$ pc.""", r"$100 \text{ pc}$"))

add("minerva/unit_changed_ly", ["100\n"], False,
    r"""The distance in parsecs is $1/p$... converting, the star is $\boxed{100 \text{ ly}}$ away.""",
    "same number, different unit (light years vs parsecs)")

add("minerva/more_precise_prob", ["0.192\n"], True, r1(
    r"""P(G)=0.001, P(+|G)=0.95, P(+|not G)=0.004. P(G|+) = 0.00095 / (0.00095 + 0.003996) = 0.00095/0.004946 = 0.19208.""",
    r"""By Bayes' theorem,
$$P(\text{gene}\mid +) = \frac{0.95\times0.001}{0.95\times 0.001 + 0.004\times0.999} = \frac{0.00095}{0.004946} \approx \boxed{0.1921}.$$"""),
    "0.19208 rounds to 0.192")

add("minerva/freq_hz", ["4.45 \\times 10^{15}\n"], True,
    r"""Energy needed: ionisation $13.6$ eV $= 2.179\times10^{-18}$ J plus kinetic energy $\tfrac12 m v^2 = 7.70\times10^{-19}$ J, total $2.949\times10^{-18}$ J.
$\nu = E/h = 2.949\times10^{-18}/6.626\times10^{-34}$.

$$\nu = \boxed{4.45\times10^{15}\ \text{Hz}}$$""",
    "Hz = s^-1")

add("minerva/freq_digit_transposed", ["4.45 \\times 10^{15}\n"], False,
    minerva(r"""$E = 13.6\,\text{eV} + \tfrac12 m v^2$, then $\nu = E/h$.""", r"$4.54 \times 10^{15}$"),
    "4.54e15 vs 4.45e15: 2% off, not a rounding of the reference")

add("minerva/expr_rearranged", ["\\frac{a M^{1/3}}{G M^{2/3}+b}\n", "\\frac{a M^{1/3}}{G M^{2/3} + b}"], True, r1(
    r"""Hydrostatic equilibrium scaling: P/R ~ G M rho / R^2, rho ~ M/R^3. a rho^{5/3} - b rho^{4/3} ~ G M^2/R^4. With rho = M/R^3: a M^{5/3}/R^5 - b M^{4/3}/R^4 = G M^2/R^4 → a M^{5/3}/R = G M^2 + b M^{4/3} → R = a M^{5/3}/(G M^2 + b M^{4/3}) = a/(G M^{1/3} + b M^{-1/3}).""",
    r"""Balancing $P/R \sim GM\rho/R^2$ with $\rho\sim M/R^3$ gives
$$\boxed{R = \frac{a}{G M^{1/3} + b M^{-1/3}}}$$"""),
    "multiply numerator and denominator by M^{1/3} to get the reference")

add("minerva/expr_sign_flip", ["\\frac{a M^{1/3}}{G M^{2/3}+b}\n", "\\frac{a M^{1/3}}{G M^{2/3} + b}"], False,
    r"""From $a M^{5/3}/R^5 - bM^{4/3}/R^4 = GM^2/R^4$ I get $R = \boxed{\dfrac{a M^{1/3}}{G M^{2/3} - b}}$.""",
    "sign error in the denominator")

add("minerva/inverse_laplace_rewritten", ["\\frac{1}{b-a}\\left(e^{-a t}-e^{-b t}\\right)\n"], True,
    r"""Partial fractions: $\frac{1}{(s+a)(s+b)} = \frac{1}{b-a}\left(\frac{1}{s+a} - \frac{1}{s+b}\right)$, so
$$y(t) = \boxed{\frac{e^{-bt}-e^{-at}}{a-b}}$$""",
    "same function, numerator and denominator both negated")

add("minerva/inverse_laplace_sign", ["\\frac{1}{b-a}\\left(e^{-a t}-e^{-b t}\\right)\n"], False,
    r"""Partial fractions give $y(t) = \boxed{\dfrac{e^{-at}-e^{-bt}}{a-b}}$.""",
    "the negative of the reference")

add("minerva/complex_coeff_rationalised", ["\\frac{e^{2it}}{2+2i} + Ce^{-2t}\n"], True,
    r"""Try $z_p = Ae^{2it}$: $2iA + 2A = 1$, $A = \frac{1}{2+2i} = \frac{1-i}{4}$. Adding the homogeneous solution,
$$z(t) = \boxed{\frac{1-i}{4}e^{2it} + Ce^{-2t}}$$""")

add("minerva/complex_coeff_wrong", ["\\frac{e^{2it}}{2+2i} + Ce^{-2t}\n"], False,
    r"""$A(2i+2) = 1 \Rightarrow A = \frac{1+i}{4}$, so $z = \boxed{\frac{1+i}{4}e^{2it} + Ce^{-2t}}$.""",
    "1/(2+2i) = (1-i)/4, not (1+i)/4")

add("minerva/equation_sides_swapped", ["MR=SRMC\n"], True,
    minerva(r"""Whatever its market structure, a profit-maximising firm in the short run produces where the marginal revenue of the last unit equals its short-run marginal cost.""",
            r"$SRMC = MR$"))

# ---------------------------------------------------------------- OlympiadBench ($-wrapped list refs)
add("olympiad/tuple_reversed", ["$(2,4)$"], False,
    r"""The only pair is $\boxed{(4,2)}$.""",
    "ordered pair reversed")

add("olympiad/tuple_set_reordered", ["$(6,3),(9,3),(9,5),(54,5)$"], True, r1(
    r"""n=3: m^2 - 15m + 54 = 0 → m = 6, 9. n=5: m^2 - 63m + 486 = 0 → m = 9, 54. Other n give no integer solutions.""",
    r"""The solutions are
$$\boxed{(9,3),\ (6,3),\ (54,5),\ (9,5)}$$"""))

add("olympiad/tuple_set_missing", ["$(6,3),(9,3),(9,5),(54,5)$"], False,
    r"""For $n=3$: $m\in\{6,9\}$. For $n=5$: $m = 9$. So the pairs are $\boxed{(6,3),(9,3),(9,5)}$.""",
    "missing (54,5)")

add("olympiad/pm_tuples", ["$(0,2),(0,-2),(4,23),(4,-23)$"], True,
    r"""For $x = 0$: $1+1+2 = 4 = y^2$. For $x = 4$: $1 + 16 + 512 = 529 = 23^2$. A careful analysis of $2^x(1+2^{x+1}) = (y-1)(y+1)$ rules out all other $x$.

All solutions: $(x,y) = \boxed{(0,\pm 2),\ (4,\pm 23)}$.""",
    "± notation covers all four pairs")

add("olympiad/pm_tuples_positive_only", ["$(0,2),(0,-2),(4,23),(4,-23)$"], False,
    r"""The solutions are $\boxed{(0,2),\ (4,23)}$.""",
    "missing the negative-y pairs")

add("olympiad/inequality_for_open_interval", ["(-\\infty,-5)"], True,
    r"""For $x\ge0$ the curves $y = x^2-4$ and $y = 2x + k$ meet iff $x^2 - 2x - 4 - k = 0$ has a non-negative root, which happens iff $k \ge -5$. By symmetry the same holds for $x<0$.

So the graphs do not intersect exactly when $\boxed{k < -5}$.""")

add("olympiad/inequality_non_strict", ["(-\\infty,-5)"], False,
    r"""They fail to meet when $\boxed{k \le -5}$.""",
    "at k = -5 they are tangent (they do intersect)")

add("olympiad/interval_union_words", ["$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$"], True, r1(
    r"""Case x > -1: 0 < x^2 - 11 < 7x + 7 → x > sqrt11 and x^2 - 7x - 18 < 0 → -2 < x < 9. So sqrt11 < x < 9. Case x < -1: 0 > x^2 - 11 > 7x + 7 → -sqrt11 < x < sqrt11 and x < -2 or x > 9 → -sqrt11 < x < -2.""",
    r"""Splitting into the cases $x > -1$ and $x < -1$:
$$\boxed{-\sqrt{11} < x < -2 \ \text{ or } \ \sqrt{11} < x < 9}$$"""))

add("olympiad/interval_union_half_closed", ["$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$"], False,
    r"""$$\boxed{(-\sqrt{11},-2)\cup[\sqrt{11},9)}$$""",
    "at x = √11 the expression equals 0, which is not > 0")

add("olympiad/percent_answer", ["$8 \\%$"], True,
    r"""Before: $2(1.50) + 2.00 = 5.00$. After: $2(1.65) + 2.10 = 5.40$. The increase is $0.40/5.00 = 8\%$.

**Answer:** $8\%$""")

add("olympiad/unit_area", ["$166$"], True,
    r"""Let the edges be $a,b,c$ with $ab = 27$, $bc = 32$, $abc = 144$. Then $c = 144/27 = 16/3$, $a = 144/32 = 9/2$, and $ac = 24$.
Surface area $= 2(27 + 32 + 24) = 166$.

$$\boxed{166\ \mathrm{cm}^2}$$""")

add("olympiad/unit_area_vs_volume", ["$166$"], False,
    r"""$2(ab+bc+ca) = 2(27+32+24)$, so the surface area is $\boxed{166\text{ cm}^3}$.""",
    "same number, wrong unit (cm^3 for an area)")

add("olympiad/fraction_as_rounded_decimal", ["$\\frac{600}{7}$"], False,
    r"""Solving the two timing equations, the train travels at about $\boxed{85.7 \text{ km/h}}$.""",
    "approximation of an exact fraction")

add("olympiad/mixed_number", ["$\\frac{41}{12}$"], True,
    r"""Let $BP = d$. Then $AP = d + \tfrac16$ and $CP = d + \tfrac12$; applying Stewart's theorem (or coordinates) to $P$ and the collinear points $A, B, C$ gives $d = 3\tfrac{5}{12}$ km.

$$\boxed{3\tfrac{5}{12}}$$""")

add("olympiad/more_precise_rounded", ["4.2"], True,
    r"""Alphaville's factor over three years is $0.971 \times 1.089 \times 1.069 = 1.13037\ldots$, so $(1 + r/100)^3 = 1.13037$ and $1 + r/100 = 1.04170$.

Therefore $r \approx \boxed{4.17}$.""",
    "reference is to one decimal place; 4.17 rounds to 4.2")

add("olympiad/truncated_not_rounded", ["4.2"], False,
    r"""$(1 + r/100)^3 = 0.971\cdot1.089\cdot1.069 \approx 1.1304$, so $r \approx 4.169$, i.e. $\boxed{4.1}$ to one decimal place.""",
    "4.169 truncated to 4.1; does not match 4.2")

add("olympiad/pm_values", ["-2,-1,1,2"], True,
    r"""The parabola $y = kx^2+6x+k$ has two distinct $x$-intercepts iff $36 - 4k^2 > 0$, i.e. $|k| < 3$; with $k\neq0$ the admissible integers are
$$\boxed{k = \pm1,\ \pm2}$$""")

add("olympiad/extra_zero", ["-2,-1,1,2"], False,
    r"""$36 - 4k^2 > 0 \iff -3 < k < 3$, giving $\boxed{-2,-1,0,1,2}$.""",
    "extra member 0 (excluded by k ≠ 0)")

add("olympiad/multi_box_parts", ["$2,-1,-18$"], True,
    r"""Expanding, $a(x-2)(x+4) = ax^2 + 2ax - 8a$ and $2(x-h)^2 + k = 2x^2 - 4hx + 2h^2 + k$.
Matching: $a = 2$, $2a = -4h \Rightarrow h = -1$, $-8a = 2h^2 + k \Rightarrow k = -18$.

$$\boxed{a = 2},\quad \boxed{h = -1},\quad \boxed{k = -18}$$""",
    "several boxes forming one multi-part answer")

add("olympiad/multi_part_sign_error", ["$2,-1,-18$"], False,
    r"""Comparing coefficients: $a = 2$, $h = 1$, $k = -18$.

$$\boxed{a=2,\ h=1,\ k=-18}$$""",
    "h sign wrong")

add("olympiad/decimal_point", ["$(-\\frac{1}{2}, \\frac{7}{2})$"], True,
    r"""The circle through the origin and the intersection points has equation $x^2 + y^2 + x - 7y = 0$, so its centre is $\left(-\tfrac12,\tfrac72\right)$.

Centre: $\boxed{(-0.5,\ 3.5)}$""")

add("olympiad/log_decimal", ["$(4, \\log _{10} 2)$"], False,
    r"""Solving $\log_{10}(x-2) = 1 - \log_{10}(x+1)$: $(x-2)(x+1) = 10$, $x = 4$, $y = \log_{10} 2$.

The intersection point is $\boxed{(4,\ 0.301)}$.""",
    "exact log10(2) replaced by a decimal")

add("olympiad/floor_unfloored", ["102018"], False,
    r"""$(1.002)^{10} \approx 1.0201810$, so $100000(1.002)^{10} \approx \boxed{102018.10}$.""",
    "the asked quantity is the floor, an integer")

add("olympiad/expr_distributed", ["$(n-2) 2^{n}+1$"], True,
    r"""The largest non-representable integer is $(n-2)2^n + 1$; expanding,
$$\boxed{n\cdot 2^{n} - 2^{n+1} + 1}$$""")

add("olympiad/floor_vs_ceil", ["$\\lceil n / 2\\rceil+1$"], False,
    r"""The smallest possible size of $S$ is $\boxed{\left\lfloor \frac{n}{2} \right\rfloor + 1}$.""",
    "floor vs ceiling differ for odd n")

add("olympiad/functions_two_listed", ["$f(x)=-1$,$f(x)=x+1$"], True,
    r"""Setting $y$ so that... we find either $f$ is constant, which forces $f \equiv -1$, or $f$ is injective, which leads to $f(x) = x + 1$. Both satisfy the equation.

The solutions are $\boxed{f(x) = x+1 \ \text{ and } \ f(x) \equiv -1}$.""")

add("olympiad/functions_one_missing", ["$f(x)=-1$,$f(x)=x+1$"], False,
    r"""Assuming $f$ is non-constant, we derive $f(x) = x + 1$.

$$\boxed{f(x)=x+1}$$""",
    "missing the constant solution f ≡ -1")

# ---------------------------------------------------------------- MMLU-STEM (letters)
add("mmlu/answer_is_paren", "B", True,
    r"""$72 = 2^3\cdot 3^2$. Partitions of $3$: $3$; partitions of $2$: $2$. So there are $3 \times 2 = 6$ abelian groups of order $72$ up to isomorphism.

The answer is (B).""")

add("mmlu/letter_hedge", "B", False,
    r"""$p(3)\cdot p(2) = 3\cdot 2 = 6$.

Answer: B (though if "structurally distinct" counted non-isomorphic presentations it could be D)""",
    "alternative letter left open")

add("mmlu/bold_answer_letter", "A", True, r1(
    r"""Positronium reduced mass is m_e/2, so energies are half of hydrogen's: E_n = -6.8/n^2 eV. 3 -> 1: 6.8(1 - 1/9) = 6.04 eV. Closest is 6.0 eV -> A.""",
    r"""Because the reduced mass is $m_e/2$, positronium levels are half those of hydrogen, $E_n = -6.8\,\text{eV}/n^2$. The photon energy is $6.8(1 - \tfrac19) \approx 6.0$ eV.

**Answer: A**"""))

add("mmlu/think_right_summary_wrong", "A", False, r1(
    r"""Reduced mass m_e/2 -> E_n = -6.8/n^2. 3->1 gives 6.04 eV, option A.""",
    r"""The ground-state binding energy of positronium is $6.8$ eV, so the emitted photon energy is closest to that.

Answer: B"""),
    "the correct letter appears only inside the reasoning")

add("mmlu/lowercase_letter", "B", True,
    r"""MLE is consistent and asymptotically unbiased, but in small samples (and for many models) it can have high variance; that is the usual criticism.

Answer: b""")

add("mmlu/letter_colon_option", "D", True,
    r"""The negative end of a polar bond is the more electronegative atom. Cl (3.16) is more electronegative than P (2.19), so in P—Cl the negative end is written last.

D: P—Cl""")

add("mmlu/letter_corrected_away", "D", False,
    r"""The negative end is the more electronegative atom. In P—Cl, Cl is more electronegative, so (D).

Hmm, but nitrogen is also quite electronegative relative to carbon... in N—C the negative end (N) is written first, not last. Let me reconsider: I'll go with (C).

**Final answer: (C)**""",
    "self-correction to a wrong letter; judged on the final one")

add("mmlu/two_letters_single_select", "A", False,
    r"""Hardy–Weinberg requires no migration (gene flow), a large population, no selection and random mating. Gene exchange with other populations violates it.

Answers: A and C""",
    "single-answer question answered with two letters")

# ---------------------------------------------------------------- Gaokao (Chinese, letters, multi-select)
add("gaokao/multi_select_chinese", "A B D", True,
    r"""在正方体中，$BC_1 \parallel AD_1$，而 $AD_1 \perp DA_1$，故 A 正确；$BC_1 \perp$ 平面 $A_1B_1CD$，所以 $BC_1 \perp CA_1$，B 正确；
$BC_1$ 与平面 $BB_1D_1D$ 所成角为 $30^\circ$，C 错误；$BC_1$ 与平面 $ABCD$ 所成角为 $\angle C_1BC = 45^\circ$，D 正确。

故选 ABD。""",
    "reference 'A B D' with spaces; response letters contiguous")

add("gaokao/multi_select_missing", "A B D", False,
    r"""A：$BC_1\parallel AD_1 \perp DA_1$，正确。B：$BC_1 \perp CA_1$，正确。C：所成角为 $30^\circ$，错误。D：所成角为 $60^\circ$，错误。

故选：AB""",
    "multi-select set missing D")

add("gaokao/multi_select_reordered_box", "A C", True, r1(
    r"""f'(x) = 3x^2 - 1, two critical points: A true. f(-1/√3) > 0 and f(1/√3) > 0? f(1/√3) = 1/(3√3) - 1/√3 + 1 > 0, so only one zero: B false. f(x) + f(-x) = 2 -> symmetric about (0,1): C true. Tangent slope 2: 3x^2 - 1 = 2, x = ±1, tangent at x=1: y = 2x - 1, at x=-1: y = 2x + 3, neither is y = 2x: D false.""",
    r"""$f'(x)=3x^2-1$ 有两个零点，A 正确；极小值 $f\!\left(\tfrac{\sqrt3}{3}\right)>0$，只有一个零点，B 错误；$f(x)+f(-x)=2$，C 正确；斜率为 2 的切线为 $y=2x-1$ 与 $y=2x+3$，D 错误。

答案：$\boxed{CA}$"""),
    "same letter set in a different order")

add("gaokao/multi_select_extra", "A C", False,
    r"""A 正确，C 正确；令 $3x^2-1=2$ 得 $x=\pm1$，切线 $y=2x-1$ …… 近似看作 $y=2x$，D 也正确。

答案：$\boxed{ACD}$""",
    "extra letter D")

add("gaokao/single_select_chinese_sentence", "D", True,
    r"""直线方程 $y=\frac23(x+2)$，与 $y^2=4x$ 联立得 $x^2-5x+4=0$，$M(1,2)$，$N(4,4)$，$F(1,0)$。
$\overrightarrow{FM}=(0,2)$，$\overrightarrow{FN}=(3,4)$，数量积为 $8$。

所以 $\overrightarrow{FM}\cdot\overrightarrow{FN}=8$，故选 D．""")

add("gaokao/single_select_corrected_wrong", "D", False,
    r"""联立得 $M(1,2)$，$N(4,4)$，$\overrightarrow{FM}\cdot\overrightarrow{FN}=0\cdot3+2\cdot4=8$，选 D。

检验一下：焦点应为 $F(1,0)$……刚才 $\overrightarrow{FN}$ 算成了 $(3,4)$，重新计算得数量积为 $7$，应选 C。

答案：C""",
    "a correction to a wrong letter")

add("gaokao/hedge_two_letters", "B", False,
    r"""画出可行域，顶点为 $(-1,-1)$、$(-1,1)$、$\left(\tfrac15,\tfrac15\right)$。代入 $z=x-\tfrac12 y$ 得 $-\tfrac12$、$-\tfrac32$、$\tfrac1{10}$，最小值为 $-\tfrac32$。

选 B 或 C。""",
    "two letters offered")

add("gaokao/boxed_letter_after_think", "D", True, r1(
    r"""a1 + a2 + a3 = 168, a2 - a5 = 42 = a2(1 - q^3). a1(1+q+q^2) = 168, a1 q(1-q)(1+q+q^2) = 42 → q(1-q) = 1/4 → q = 1/2. a1 = 96, a6 = 96/32 = 3. D.""",
    r"""由 $a_1(1+q+q^2)=168$，$a_1q(1-q^3)=42$ 两式相除得 $q(1-q)=\tfrac14$，所以 $q=\tfrac12$，$a_1=96$，$a_6=a_1q^5=3$。

$\boxed{D}$"""))

# ---------------------------------------------------------------- MATH train
add("math_train/solutions_missing", r"\frac 74,7", False,
    r"""With $u=\sqrt{4x-3}$, $u = 5$ gives $x = 7$ (the root $u=2$ I discard since it seems too small).

$$\boxed{7}$$""",
    "missing 7/4")

add("math_train/bmatrix", r"\begin{pmatrix} 301 & 100 \\ -900 & -299 \end{pmatrix}", True, r1(
    r"""A = I + N where N = [[3,1],[-9,-3]], N^2 = 0. A^100 = I + 100N = [[301, 100],[-900, -299]].""",
    r"""Write $\mathbf A = \mathbf I + \mathbf N$ with $\mathbf N^2 = \mathbf 0$; then $\mathbf A^{100} = \mathbf I + 100\mathbf N$:
$$\boxed{\begin{bmatrix} 301 & 100 \\ -900 & -299 \end{bmatrix}}$$"""),
    "bmatrix vs pmatrix")

add("math_train/matrix_transposed", r"\begin{pmatrix} 301 & 100 \\ -900 & -299 \end{pmatrix}", False,
    r"""$\mathbf A^{100} = \mathbf I + 100\mathbf N = \boxed{\begin{pmatrix} 301 & -900 \\ 100 & -299 \end{pmatrix}}$""",
    "transposed matrix")

add("math_train/more_precise_than_tenth", "0.7", True,
    r"""$9 \div 13 = 0.6923\ldots$

$$\boxed{0.69}$$""",
    "reference rounded to the nearest tenth; 0.69 is more precise and rounds to 0.7")

add("math_train/truncated_tenth", "0.7", False,
    r"""$\frac{9}{13} = 0.69\ldots$, so to the nearest tenth the ratio is $\boxed{0.6}$.""",
    "truncated rather than rounded")

add("math_train/exact_fraction_for_rounded", "3.24", True,
    r"""Rates: $a+b = \tfrac14$, $a+c = \tfrac15$, $b+c = \tfrac16$, so $a+b+c = \tfrac12\left(\tfrac14+\tfrac15+\tfrac16\right) = \tfrac{37}{120}$.
All three hoses take $\tfrac{120}{37} \approx 3.2432$ hours.

**Answer:** $\dfrac{120}{37}$ hours""",
    "exact value 120/37 = 3.2432... rounds to the reference 3.24")

add("math_train/rounded_wrong_hundredth", "3.24", False,
    r"""Combined rate $\tfrac{37}{120}$ pool/hour, so the time is $120/37 \approx \boxed{3.25}$ hours.""",
    "3.2432 rounds to 3.24, not 3.25")

add("math_train/mixed_for_exact_decimal", "24.75", True,
    r"""Total age $= 33\cdot 11 + 55 \cdot 33 = 363 + 1815 = 2178$ over $88$ people: $2178/88 = 24\tfrac{3}{4}$.

$$\boxed{24\tfrac34}$$""")

add("math_train/exact_decimal_rounded", "24.75", False,
    r"""$\frac{363 + 1815}{88} = \frac{2178}{88} \approx \boxed{24.8}$""",
    "24.75 is exact; 24.8 is an approximation")

add("math_train/or_between_set_members", r"5,\,-11", True,
    r"""$2x^2 + (-3 - j)x + 8 = 0$ has exactly one solution when $(j+3)^2 = 64$, i.e. $j + 3 = \pm 8$.

$$\boxed{j = -11 \text{ or } j = 5}$$""",
    "'or' here lists both members of the solution set, it is not a hedge")

add("math_train/refusal", "2B", False,
    r"""I'm sorry, but I can't help with solving this problem.""",
    "refusal: no final answer")

add("math_train/error_text", r"\frac 74,7", False,
    r"""Error: The model response was truncated because it exceeded the maximum context length (32768 tokens).""",
    "error text, no answer")

# ---------------------------------------------------------------- AIME 1983-2023 train
add("aime_train/natural_final_sentence", "890", True,
    r"""Since $n^3 + 100 = (n+10)(n^2 - 10n + 100) - 900$, we need $n + 10 \mid 900$. The largest such $n$ is $900 - 10 = 890$.

Therefore, the largest such $n$ is $890$.""",
    "unboxed natural closing sentence stating the requested quantity")

add("aime_train/fbox", "146", True,
    r"""Let $s = x+y$, $p = xy$. Then $s + p = 71$ and $sp = 880$, so $\{s,p\} = \{16, 55\}$. Positive integers require $s = 16$, $p = 55$ ($s=55,p=16$ has no integer roots... actually it gives $x,y$ non-integer).
$x^2+y^2 = s^2 - 2p = 256 - 110 = 146$.

$$\fbox{146}$$""")

add("aime_train/truncated_mid_sentence", "83", False,
    r"""<think>
A perfect square multiple of 24 must be a multiple of 144 (since 24 = 2^3 * 3, square needs 2^4 * 3^2). So squares (12k)^2 < 10^6 → 12k < 1000 → k ≤ 83. So 83 squares.
</think>

A perfect square divisible by $24 = 2^3\cdot 3$ must be divisible by $2^4\cdot 3^2 = 144$, so it has the form $(12k)^2$. We need $12k < 1000$, so $k \le$""",
    "summary truncated before the answer; the count appears only in the reasoning")

add("aime_train/answer_colon_plain", "83", True, r1(
    r"""(12k)^2 < 10^6 → k < 83.33 → k = 1..83.""",
    r"""Squares divisible by $24$ are exactly the squares of multiples of $12$. Since $(12k)^2 < 10^6 \iff k \le 83$:

Answer: 83"""))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = {
        "description": (
            "Blind held-out batch 31: realistic reasoning-model outputs on real problems from "
            "/work/shared/data (AIME 2024/2025, AMC, MATH-500, Minerva, OlympiadBench, MMLU-STEM, Gaokao, "
            "MATH train, AIME 1983-2023). Each problem gets a response a too-strict grader might reject "
            "(equivalent forms, zero padding, units, more-precise values of rounded references, label boxes, "
            "corrections) and/or a near miss a too-lenient grader might accept (hedges, retractions, answers "
            "only inside <think>, truncation, swapped tuples, endpoint types, missing/extra set members, "
            "decimal approximations of exact values, unit changes, prompt-injection compliance). Labels follow "
            "the strict-mode grading rules; written without reading the grader or its tests."),
        "cases": CASES,
    }
    with open(os.path.join(here, "independent31.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_true = sum(c["expected"] for c in CASES)
    print(f"{len(CASES)} cases: {n_true} true, {len(CASES) - n_true} false")
    per = Counter()
    for c in CASES:
        per[(c["category"].split("/")[0], c["expected"])] += 1
    for bench in sorted({k[0] for k in per}):
        print(f"  {bench:12s} true={per[(bench, True)]:3d} false={per[(bench, False)]:3d}")


if __name__ == "__main__":
    main()
