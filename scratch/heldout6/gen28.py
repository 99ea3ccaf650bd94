#!/usr/bin/env python3
"""Generator for blind held-out batch 28 of the answer verifier.

Written blind (without reading the grader or its tests). Focus: hard-but-decidable judgement calls:
hedges vs harmless commentary, corrections, multi-part answers vs hedged boxes, equivalent forms vs
near misses, rounded references, units and percent, multiple choice written in prose.

Run: python3 gen28.py  -> writes independent28.json next to this file.
"""
import json
import os
from collections import Counter

CASES = []


def add(category, response, reference, expected, note=""):
    case = {"category": category, "response": response, "reference": reference, "expected": expected}
    if note:
        case["note"] = note
    CASES.append(case)


def r1(think, summary):
    """DeepSeek-R1 / QwQ style: reasoning in <think>, then a summary."""
    return "<think>\n" + think.strip() + "\n</think>\n\n" + summary.strip()


def minerva(ans, body=""):
    pre = (body.strip() + "\n\n") if body else ""
    return pre + "Final Answer: The final answer is $" + ans + "$. I hope it is correct."


# ---------------------------------------------------------------------------
# 1. Commentary after the answer that is NOT a hedge (true) vs real hedges (false)
# ---------------------------------------------------------------------------
X3 = r"""Okay, so $x^2 = x + 1$. Then $x^3 = x\cdot x^2 = x^2 + x = (x+1) + x = 2x + 1$.
So $x^3 - 2x + 1 = 2x + 1 - 2x + 1 = 2$. Hmm, that's independent of which root we take, nice.
Let me sanity check with the golden ratio $\phi \approx 1.618$: $\phi^3 \approx 4.236$, $2\phi \approx 3.236$, so $4.236 - 3.236 + 1 = 2$. Good."""

add("commentary_after",
    r1(X3, r"""Since $x^2 = x + 1$, multiplying by $x$ gives $x^3 = x^2 + x = 2x + 1$. Therefore

$$x^3 - 2x + 1 = (2x + 1) - 2x + 1 = \boxed{2}.$$

**Check.** With $x = \tfrac{1+\sqrt5}{2} \approx 1.618$: $4.236 - 3.236 + 1 = 2$ ✓. The other root $\tfrac{1-\sqrt5}{2} \approx -0.618$ gives $-0.236 + 1.236 + 1 = 2$ as well, as it must."""),
    "2", True, "numbers after the box are a verification that confirms 2, not an alternative")

add("hedge_after",
    r1(X3, r"""Using $x^2 = x+1$ we get $x^3 = 2x+1$, hence $x^3 - 2x + 1 = \boxed{2}$.

That said, I only checked this for the positive root. For $x = \tfrac{1-\sqrt5}{2}$ the value might come out as $0$ instead, so the answer could be $0$ for that root."""),
    "2", False, "leaves 0 open as an alternative answer after the box")

add("commentary_after",
    r"""We want $4^k = 8$. Writing both sides as powers of two, $2^{2k} = 2^3$, so $2k = 3$ and

$$k = \boxed{\frac{3}{2}}.$$

(A common slip is to answer $2$ because $4^2 = 16$ "feels close" to 8, but that overshoots by a factor of two.)""",
    r"\frac{3}{2}", True, "2 is mentioned only as a rejected mistake")

add("hedge_after",
    r"""$4^k = 8 \Rightarrow 2^{2k} = 2^3 \Rightarrow k = \tfrac32$.

**Answer:** $\tfrac{3}{2}$ — although honestly $\tfrac{2}{3}$ also seems plausible to me if I've mixed up which number is the base.""",
    r"\frac{3}{2}", False, "alternative 2/3 left open after the final answer")

add("commentary_after",
    r"""Counting the arrangements: choose the position of the red bead (6 ways) and then the blue bead among the remaining spots that are not adjacent (3 ways), giving $6 \cdot 3 = 18$; dividing by the 2 reflections yields $9$, but rotations were already fixed by the clasp, so no further division.

\[\boxed{9}\]

**Why not 18?** The 18 count treats mirror images as different, and the problem says the bracelet can be flipped.""",
    "9", True, "18 is explicitly rejected, not offered as an alternative")

add("hedge_after",
    r"""Choose the red bead's position (6 ways), then the blue bead at a non-adjacent position (3 ways): $18$. Dividing by the flip symmetry gives $9$.

\[\boxed{9}\]

If the bracelet is not allowed to be flipped over, though, the answer would be $18$ — the problem is a bit unclear on that, so both $9$ and $18$ are defensible.""",
    "9", False, "explicitly says both 9 and 18 are defensible")

add("commentary_after",
    r"""**Answer: 12**

I'm fairly confident in this, though you may want to double-check the casework in step 3.""",
    "12", True, "expressing mild doubt without naming another answer is not a hedge")

add("hedge_after",
    r"""So I'm gonna go with **12**! 😊

Though honestly, 16 wouldn't surprise me either if the problem wants us to count the reflected arrangements too. Hope that helps!""",
    "12", False, "chatty hedge: 16 left open")

add("hedge_after",
    r"""Therefore, the required number of lattice points is $12$.

It should be remarked, however, that an equally valid reading of the hypothesis (counting boundary points) yields $16$.""",
    "12", False, "formal hedge: alternative presented as equally valid")

add("hedge_after",
    r"""\boxed{12} (maybe 16)""",
    "12", False, "terse hedge")

add("commentary_after",
    r"""The sequence of partial counts for $n = 1, 2, 3, 4, 5, 6$ is $2, 4, 6, 8, 10, 12$, so for $n = 6$ we get

$$\boxed{12}.$$

This matches the pattern $2n$ observed for the small cases above.""",
    "12", True, "list of values is the pattern for smaller n, not a set of candidates")

add("commentary_after",
    r"""Final count: $\boxed{12}$.

Note: if repetition of digits were allowed the count would be $27$, but the problem explicitly requires distinct digits, so that case does not apply.""",
    "12", True, "counterfactual explicitly ruled out by the problem statement")

add("commentary_after",
    r"""There are $\binom{4}{2} = 6$ ways to pick the pair and $2$ ways to order the rest, so $6 \cdot 2 = \boxed{12}$.

Alternatively, by complementary counting: $20 - 8 = \boxed{12}$. Both methods agree.""",
    "12", True, "two boxes with the same value, two methods")

add("hedge_after",
    r"""Direct count: $6 \cdot 2 = \boxed{12}$.

Alternatively, using complementary counting one arrives at $20 - 6 = \boxed{14}$. I'm not sure which of the two approaches handles the overlap correctly.""",
    "12", False, "two boxes with different values and the conflict left unresolved")

add("hedge_after",
    r"""The answer is $12$ — or, if I've miscounted the corner cases, $14$.""",
    "12", False)

add("hedge_after",
    r"""The perimeter is $\boxed{12 \text{ or } 16}$.""",
    "12", False, "single box containing two alternatives for a single-valued answer")

add("commentary_after",
    r"""The answer is **12**, which is comfortably below the trivial upper bound of $15$ we found earlier, as expected.

Let me know if you'd like me to walk through any step in more detail!""",
    "12", True, "15 is an upper bound, not a candidate answer")

# ---------------------------------------------------------------------------
# 2. Candidates examined BEFORE an unconditional final answer (work, not hedge)
# ---------------------------------------------------------------------------
add("candidates_before",
    r1(r"""Let $a = x - 2013$, $b = y - 2014$. Then $\frac{ab}{a^2+b^2} = -\frac12$, so $2ab = -(a^2 + b^2)$, i.e. $(a+b)^2 = 0$, so $a = -b$.
Then $x + y = a + b + 4027 = 4027$. Hmm wait did I get signs right? x = a + 2013, y = b + 2014, sum = a + b + 4027. yes.""",
       r"""Candidates that showed up during my sign checks were $4025$, $4026$ and $4027$. Redoing the substitution carefully: with $a = x - 2013$ and $b = y - 2014$ the condition becomes $(a+b)^2 = 0$, so $a + b = 0$ and $x + y = 4027$.

**Answer:** 4027"""),
    ["4027"], True, "candidate list precedes an unconditional final answer")

add("hedge_after",
    r"""Substituting $a = x-2013$, $b = y-2014$ gives $(a+b)^2 = 0$.

**Answer:** $x + y = 4027$ (or possibly $4025$ if I've made a sign error in the substitution).""",
    ["4027"], False)

add("candidates_before",
    r"""The quadratic $x^2 - x - 6 = 0$ factors as $(x-3)(x+2) = 0$, giving $x = 3$ or $x = -2$.
Since $x$ is the side length of the square, it must be positive, so $x = -2$ is rejected.

Therefore the side length is $\boxed{3}$.""",
    "3", True, "'x = 3 or x = -2' is intermediate work; -2 rejected before the box")

add("candidates_before",
    r"""The remainders mod 12 that are $\equiv 1 \pmod 3$ are 1, 4, 7 and 10. Reducing them mod 4 gives 1, 0, 3 and 2 respectively, and only 7 leaves remainder 3 mod 4.

So the remainder is 7.

**Final Answer:** 7""",
    "7", True)

add("hedge_after",
    r"""Possible remainders mod 12 satisfying the first condition are 1, 4, 7 and 10. The second condition (remainder 3 mod 4) leaves 7; but if the first condition is read as "at most 1 mod 3" we'd also get 10.

**Final Answer:** 7 or 10""",
    "7", False)

# ---------------------------------------------------------------------------
# 3. Corrections and retractions
# ---------------------------------------------------------------------------
AIME699 = r"""Let $N = \overline{abcd}$. Changing any digit to $1$ must give a multiple of $7$. Working mod 7 with $1000 \equiv 6$, $100 \equiv 2$, $10 \equiv 3$:
Each condition gives a linear congruence; solving them with $a$ as large as possible gives $a = 5, b = 6, c = 9, d = 4$."""

add("correction",
    r1(AIME699, r"""Solving the four congruences simultaneously, the greatest such four-digit number is

$$N = \boxed{5694}.$$

But the question asks for $Q + R$ where $Q$ and $R$ are the quotient and remainder of $N$ divided by $1000$: $Q = 5$, $R = 694$, so $Q + R = \boxed{699}$."""),
    "699", True, "first box is an intermediate quantity; the last box answers the question")

add("correction",
    r1(AIME699, r"""The greatest such number is $N = 5694$, so $Q + R = 5 + 694 = \boxed{699}$.

Hmm, wait. Actually changing the hundreds digit of $5694$ gives $5194 = 7 \cdot 742$, fine, but changing the thousands digit gives $1694 = 7 \cdot 242$, fine... and the tens digit gives $5614$, which is *not* divisible by 7. So $5694$ fails, and the correct $N$ is $5624$, giving $Q + R = 5 + 624 = \boxed{629}$."""),
    "699", False, "the correct value is retracted in favour of a wrong final box")

add("correction",
    r"""$P(\text{prize}) = 1 - \dfrac{\binom{6}{4} + 4\binom{6}{3}}{210} = 1 - \dfrac{95}{210} = \dfrac{115}{210} = \dfrac{23}{42}$.

Hence $P = \frac{1/210}{23/42} = \frac{1}{115}$ and $m + n = \boxed{116}$.

Actually, I don't trust this — I think I conditioned on the wrong event. Please disregard the answer above; I wasn't able to resolve it.""",
    "116", False, "explicit retraction with no replacement")

add("correction",
    r"""$P(\text{grand} \mid \text{prize}) = \dfrac{1/210}{115/210} = \dfrac{1}{115}$, so $m + n = \boxed{116}$.

Wait, let me re-verify the denominator: the number of draws with at most one of her numbers is $\binom{6}{4} + 4\binom{6}{3} = 15 + 80 = 95$, and $210 - 95 = 115$. Yes — $116$ stands.""",
    "116", True, "a 'wait' followed by confirmation is not a retraction")

add("correction",
    r"""**Answer: 14**

Oops — correction: I double-counted the two arrangements where both chairs are at the ends. Subtracting those, the right count is 12.

**Final Answer: 12**""",
    "12", True, "correction ending in a single final answer; judged on that answer")

add("correction",
    r"""**Answer: 14**

Oops — correction: I double-counted the two arrangements where both chairs are at the ends. Subtracting those, the right count is 12.

**Final Answer: 12**""",
    "14", False, "the matching value 14 was explicitly corrected away")

add("correction",
    r"""So the answer is $\boxed{13}$.

Hmm, actually no — I made an arithmetic slip in the last line: $5 \cdot 3 - 2 = 13$, but it should be $5 \cdot 3 - 3$. So the answer is 12.""",
    "13", False, "box retracted by the explicit correction after it")

add("correction",
    r1(r"""Let me compute the sum of the digits: 4+8+0 = 12. Hmm, but the question asks for the number itself, 480. Wait, or is it 960? The diagonals... BD^2 < 4*120 = 480. So the greatest real number less than BD^2 for all rhombi is 480.""",
       r"""For every such rhombus $BD^2 > 480$, and $BD^2$ can be made arbitrarily close to $480$. I first wrote $960$ by forgetting to halve, but redoing the bound carefully gives

**The answer is 480.**"""),
    "480", True, "960 mentioned only as a previously fixed mistake")

add("correction",
    r"""Let me reconsider. Earlier I claimed the answer was \(\boxed{D}\).

On reflection, option (D) ignores the boundary case \(x = 1\); the statement that actually holds for every \(x\) in the domain is (B).

**Answer: (B)**""",
    "D", False, "explicit retraction of D in favour of B")

# ---------------------------------------------------------------------------
# 4. Multi-part answers (several boxes forming one answer) vs hedged boxes, solution sets
# ---------------------------------------------------------------------------
OLY_SET = ["$1$,$\\frac{3 + \\sqrt{21}}{2}$,$\\frac{3 - \\sqrt{21}}{2}$"]
add("multipart",
    r"""Taking logarithms base 3: $(x - 1) + \dfrac{3}{x^2} = 3$, i.e. $x^3 - 4x^2 + 3 = 0$, which factors as $(x-1)(x^2 - 3x - 3) = 0$.

Hence the solutions are
$x = \boxed{1}$, $x = \boxed{\dfrac{3+\sqrt{21}}{2}}$ and $x = \boxed{\dfrac{3-\sqrt{21}}{2}}$.""",
    OLY_SET, True, "three boxes together form the full solution set")

add("multipart",
    r"""$(x - 1) + \frac{3}{x^2} = 3 \Rightarrow x^3 - 4x^2 + 3 = 0 \Rightarrow (x-1)(x^2-3x-3)=0$.

The root $\frac{3-\sqrt{21}}{2}$ is negative, so I discard it (it would make the exponent undefined).

**Answer:** $x = 1$ and $x = \dfrac{3+\sqrt{21}}{2}$""",
    OLY_SET, False, "missing a member of the solution set (the negative root is valid)")

add("multipart",
    r"""$\boxed{x \in \left\{\tfrac{3 \pm \sqrt{21}}{2},\ 1\right\}}$""",
    OLY_SET, True, "set in another order with plus-minus notation")

OLY_PAIRS = ["$(3,0),(-3,1)$"]
add("multipart",
    r"""From $f(g(x)) = (ax+b)^2 - (ax+b) + 2 = a^2x^2 + (2ab - a)x + (b^2 - b + 2)$ we need $a^2 = 9$, $2ab - a = -3$, $b^2 - b + 2 = 2$.

- $a = 3$: $6b - 3 = -3 \Rightarrow b = 0$, and $0 - 0 + 2 = 2$ ✓.
- $a = -3$: $-6b + 3 = -3 \Rightarrow b = 1$, and $1 - 1 + 2 = 2$ ✓.

$$\boxed{(a,b) = (-3,\,1) \ \text{or}\ (3,\,0)}$$""",
    OLY_PAIRS, True, "'or' enumerates the members of the requested solution set; order of pairs irrelevant")

add("multipart",
    r"""We need $a^2 = 9$ and $b(b-1) = 0$ together with $2ab - a = -3$, which gives the pairs $\boxed{(0,3)}$ and $\boxed{(1,-3)}$.""",
    OLY_PAIRS, False, "coordinates swapped inside each ordered pair")

add("multipart",
    r"""$a^2 = 9$. Taking the positive root $a = 3$, the linear coefficient gives $6b - 3 = -3$, so $b = 0$.

**Answer:** $(a, b) = (3, 0)$""",
    OLY_PAIRS, False, "missing the pair (-3, 1)")

add("multipart",
    r"""By Vieta the roots satisfy ... Factoring $x^4 + 2x^3 + 2 = 0$ appropriately, the unordered set is

$$\boxed{-2,\ 1+\sqrt{5},\ 1-\sqrt{5}}$$""",
    r"\{1\pm\sqrt{5},-2\}", True, "same set, listed in a different order")

add("multipart",
    r"""Therefore $\{\alpha_1\alpha_2 + \alpha_3\alpha_4, \dots\} = \boxed{\{1+\sqrt5,\ 1-\sqrt5,\ 2\}}$.""",
    r"\{1\pm\sqrt{5},-2\}", False, "sign error on one member")

add("multipart",
    r"""Let $a = x - 3$, $b = x - 7$; then $a + b = 2x - 10$ and the equation is $a^3 + b^3 = (a+b)^3$, i.e. $3ab(a+b) = 0$.

So the roots are $x = \boxed{3}$, $x = \boxed{7}$, and $x = \boxed{5}$.""",
    "3, 5, 7", True)

add("multipart",
    r"""$3ab(a+b) = 0$ with $a = x - 3$, $b = x - 7$. The cases $a = 0$ and $b = 0$ make both sides zero trivially, so the genuine root is

$$\boxed{5}.$$""",
    "3, 5, 7", False, "drops two valid roots")

add("multipart",
    r"""Matching coefficients after dividing, we get
$p = \boxed{6}$, $q = \boxed{31}$, $r = \boxed{-1}$.""",
    "(6,31,-1)", True, "three labelled boxes forming the ordered triple in order")

add("multipart",
    r"""Matching coefficients: $(p, q, r) = \boxed{(6, -1, 31)}$.""",
    "(6,31,-1)", False, "ordered triple in wrong order")

add("multipart",
    r1(r"""f(x) - f(a) = x^3 + 3x^2 - a^3 - 3a^2. Expand (x-a)^2(x-b) = x^3 - (2a+b)x^2 + (a^2+2ab)x - a^2 b. So -(2a+b) = 3, a^2 + 2ab = 0, so a = -2b (a≠0), then -(−4b + b) = 3b = 3, b = 1, a = -2.""",
       r"""Comparing coefficients: $2a + b = -3$ and $a^2 + 2ab = 0$. Since $a \ne 0$, $a = -2b$, so $-3b = -3$.

Thus $a = \boxed{-2}$ and $b = \boxed{1}$."""),
    "(-2,1)", True, "two labelled boxes give the ordered pair")

add("multipart",
    r"""From the coefficient equations, either $(a,b) = \boxed{(-2,1)}$ or $(a,b) = \boxed{(1,-2)}$; I couldn't rule out the second one.""",
    "(-2,1)", False, "two different candidate pairs for a unique ordered pair")

add("multipart",
    r"""Setting $y = 1$: $f(x+1) = f(x) + x + 2$, so $f(n) = \frac{n^2 + 3n - 2}{2}$. Then $f(n) = n \iff n^2 + n - 2 = 0 \iff n = 1$ or $n = -2$.

**Answer:** $-2, 1$""",
    "1,-2", True, "solution set in different order")

add("multipart",
    r"""$f(n) = n \iff n^2 + n - 2 = 0$, which gives $n = 1$ or $n = -2$. But also $n = 2$ works when I plug into the recursion directly.

**Answer:** $1, -2, 2$""",
    "1,-2", False, "extra member")

add("multipart",
    r"""Fitting the model to the two rows of the table and solving the resulting linear system:

$a = \boxed{1.68}$ and $b = \boxed{0.45}$ (both to two decimal places).""",
    ["$1.68,0.45$"], True)

add("multipart",
    r"""Solving the linear system from the table gives $a \approx 0.45$ and $b \approx 1.68$.

**Final Answer:** $a = 0.45,\ b = 1.68$""",
    ["$1.68,0.45$"], False, "values assigned to the wrong variables (ordered answer a, b)")

# ---------------------------------------------------------------------------
# 5. Equivalent forms (true) and near misses (false)
# ---------------------------------------------------------------------------
add("equivalent_form",
    r"""$d = \sqrt{(5-1)^2 + (12-2)^2} = \sqrt{16 + 100} = \boxed{\sqrt{116}}$ units.""",
    r"2\sqrt{29}", True, "unsimplified radical")

add("near_miss",
    r"""$d = \sqrt{4^2 + 10^2} = \sqrt{16 + 100}$, so the distance is $\boxed{2\sqrt{19}}$.""",
    r"2\sqrt{29}", False)

add("equivalent_form",
    r"""The minimum is attained at $x = \frac{40}{3}$, $y = 20$, giving $\boxed{\sqrt{9800}}$.""",
    r"70 \sqrt{2}", True)

add("near_miss",
    r"""The minimum value is $70\sqrt{2} \approx 98.99$, so **Answer: 98.99**""",
    r"70 \sqrt{2}", False, "final answer is a decimal approximation of an exact reference")

add("commentary_after",
    r"""The minimum value is $\boxed{70\sqrt{2}} \approx 98.99$.""",
    r"70 \sqrt{2}", True, "exact boxed value with an approximation as commentary")

add("equivalent_form",
    r"""$3 \& 1 = \dfrac{\sqrt{3\cdot 1 + 3}}{\sqrt{3 - 1}}$... evaluating, $9 \& 2 = \frac{\sqrt{27}}{4}$.

**Answer:** $\dfrac{\sqrt{27}}{4}$""",
    r"\frac{3\sqrt{3}}{4}", True)

add("equivalent_form",
    r"""\[ 9 \,\&\, 2 = \tfrac{3}{4}\sqrt{3} \]

**Final answer:** \(\tfrac{3}{4}\sqrt{3}\)""",
    r"\frac{3\sqrt{3}}{4}", True)

add("near_miss",
    r"""Evaluating carefully: $9 \& 2 = \dfrac{3\sqrt{3}}{2}$.

The answer is $\frac{3\sqrt3}{2}$.""",
    r"\frac{3\sqrt{3}}{4}", False)

add("equivalent_form",
    r"""Since $\frac{4}{11} = 0.363636\ldots$, the decimal repeats with period 2:

$$\boxed{0.\overline{36}}$$""",
    r"\frac{4}{11}", True, "repeating decimal equals the fraction exactly")

add("near_miss",
    r"""$\frac{4}{11} \approx 0.3636$, so the answer is $\boxed{0.3636}$.""",
    r"\frac{4}{11}", False, "truncated decimal for an exact reference")

add("equivalent_form",
    r"""Total length $= \tfrac{9}{4} + 2 = 4\tfrac{1}{4}$ inches.

**Answer:** $4\tfrac{1}{4}$""",
    r"\frac{17}{4}", True, "mixed number")

add("near_miss",
    r"""Total length $= \tfrac{9}{4} + 2$... $= 4\tfrac{3}{4}$.

**Answer:** $4\tfrac{3}{4}$""",
    r"\frac{17}{4}", False)

add("equivalent_form",
    r"""Rotating $7 + 2i$ by $90^\circ$ multiplies it by $i$: $i(7 + 2i) = 7i + 2i^2 = \boxed{7i - 2}$.""",
    "-2 + 7i", True)

add("near_miss",
    r"""Rotation by $90^\circ$ counter-clockwise: $i(7+2i) = 7i - 2$... so the image is $\boxed{2 - 7i}$.""",
    "-2 + 7i", False)

add("equivalent_form",
    r"""$e^{a+bi} = e^{\ln 2}\,e^{i\pi/3} = 2\left(\tfrac12 + \tfrac{\sqrt3}{2} i\right)$.

Final Answer: The final answer is $1 + i\sqrt{3}$. I hope it is correct.""",
    ["1+\\sqrt{3}i\n"], True, "i written before the radical")

add("near_miss",
    minerva(r"\sqrt{3} + i", r"""$e^{a + bi} = 2\left(\cos\frac{\pi}{3} + i \sin\frac{\pi}{3}\right)$."""),
    ["1+\\sqrt{3}i\n"], False, "real and imaginary parts swapped")

add("equivalent_form",
    r"""The equation of the plane through the three points is
$$\boxed{-5x + 7y - 11z - 4 = 0}$$""",
    "5x - 7y + 11z + 4 = 0", True, "equation multiplied by -1")

add("near_miss",
    r"""Normal vector $(5, -7, 11)$; plugging in $(0,-1,-1)$: $0 + 7 - 11 = -4$. So the plane is $\boxed{5x - 7y + 11z - 4 = 0}$.""",
    "5x - 7y + 11z + 4 = 0", False, "constant term sign")

add("equivalent_form",
    r"""The image of the line is the set of points with $2x - y + 3 = 0$.

**Answer:** $2x - y + 3 = 0$""",
    "y = 2x + 3", True, "same line written in general form")

add("near_miss",
    r"""**Answer:** $y = 3x + 2$""",
    "y = 2x + 3", False)

add("equivalent_form",
    r"""The projection is zero exactly when $\mathbf v \perp (2,1)$, i.e. $2x + y = 0$.

\[\boxed{2x + y = 0}\]""",
    "y = -2x", True)

add("equivalent_form",
    r"""$$\mathbf{A}^{27} + \mathbf{A}^{31} + \mathbf{A}^{40} = \boxed{\begin{bmatrix} -1 & 0 \\ 0 & -1 \end{bmatrix}}$$""",
    r"\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}", True, "bmatrix vs pmatrix")

add("near_miss",
    r"""Since $\mathbf A^3 = -\mathbf I$, the sum is $\boxed{\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}}$.""",
    r"\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}", False)

add("equivalent_form",
    r"""$$\mathbf v = \boxed{\begin{pmatrix} -\frac13 \\ \frac23 \\ \frac53 \end{pmatrix}}$$""",
    r"\begin{pmatrix} -1/3 \\ 2/3 \\ 5/3 \end{pmatrix}", True)

add("near_miss",
    r"""$$\mathbf v \approx \boxed{\begin{pmatrix} -0.33 \\ 0.67 \\ 1.67 \end{pmatrix}}$$""",
    r"\begin{pmatrix} -1/3 \\ 2/3 \\ 5/3 \end{pmatrix}", False, "rounded entries for an exact reference")

add("equivalent_form",
    r"""Expanding: $x(x + x^2 + 2x) - 3x^2 + 3x - 6 = x^3 + 3x^2 - 3x^2 + 3x - 6$.

**Answer:** $3x + x^3 - 6$""",
    "x^3+3x-6", True, "terms reordered")

add("near_miss",
    r"""$x(x(1+x) + 2x) - 3(x^2 - x + 2) = x^3 + 3x^2 - 3x^2 - 3x + 6$

**Answer:** $x^3 - 3x + 6$""",
    "x^3+3x-6", False)

add("equivalent_form",
    minerva(r"\frac{e^{-bt} - e^{-at}}{a - b}", r"""Partial fractions: $\frac{1}{(s+a)(s+b)} = \frac{1}{b-a}\left(\frac{1}{s+a} - \frac{1}{s+b}\right)$."""),
    ["\\frac{1}{b-a}\\left(e^{-a t}-e^{-b t}\\right)\n"], True, "numerator and denominator both negated")

add("near_miss",
    minerva(r"\frac{e^{-at} - e^{-bt}}{a - b}"),
    ["\\frac{1}{b-a}\\left(e^{-a t}-e^{-b t}\\right)\n"], False, "sign flipped")

add("equivalent_form",
    r1(r"""x'' = a^2 x with x(0)=1, x'(0)=0. General: c1 e^{at} + c2 e^{-at}. c1 + c2 = 1, a c1 - a c2 = 0 so c1 = c2 = 1/2. That's cosh(at).""",
       r"""The solution with $x(0) = 1$, $\dot x(0) = 0$ is $x(t) = \boxed{\cosh(at)}$."""),
    ["\\frac{1}{2}(e^{at} + e^{-at})\n", "\\frac{1}{2} (e^{at} + e^{-at})\n"], True, "cosh is the same function")

add("near_miss",
    r"""The solution is $x(t) = \boxed{\tfrac12\left(e^{at} - e^{-at}\right)}$.""",
    ["\\frac{1}{2}(e^{at} + e^{-at})\n", "\\frac{1}{2} (e^{at} + e^{-at})\n"], False, "sinh instead of cosh")

add("equivalent_form",
    r"""$$f(t) = \left(2e^{-5t} - 3e^{-2t} + 1\right)u(t)$$

Final Answer: The final answer is $\left(2e^{-5t} - 3e^{-2t} + 1\right)u(t)$. I hope it is correct.""",
    ["(1 - 3e^{-2t} + 2e^{-5t}) u(t)\n"], True)

add("near_miss",
    minerva(r"(1 + 3e^{-2t} - 2e^{-5t})u(t)"),
    ["(1 - 3e^{-2t} + 2e^{-5t}) u(t)\n"], False)

add("equivalent_form",
    r"""So the current decays as $I(t) = I(0)\, e^{-t/(RC)}$.

**Answer:** $I(t) = I(0)\,e^{-t/(RC)}$""",
    ["I(0)e^{-\\frac{t}{RC}}\n", "I(0) e^{-\\frac{t}{R C}}\n"], True, "'I(t) =' prefix and slash fraction")

add("near_miss",
    r"""**Answer:** $I(t) = I(0)\,e^{-tRC}$""",
    ["I(0)e^{-\\frac{t}{RC}}\n", "I(0) e^{-\\frac{t}{R C}}\n"], False, "RC multiplied instead of divided")

add("equivalent_form",
    r"""$-4 < x^4 + 4x^2$ always holds; $x^4 + 4x^2 - 21 < 0 \iff (x^2 + 7)(x^2 - 3) < 0 \iff x^2 < 3$.

**Answer:** $-\sqrt{3} < x < \sqrt{3}$""",
    r"(-\sqrt{3}, \sqrt{3})", True, "inequality form of the interval")

add("near_miss",
    r"""$(x^2+7)(x^2-3) < 0 \iff x^2 < 3$, so $x \in \boxed{[-\sqrt{3}, \sqrt{3}]}$.""",
    r"(-\sqrt{3}, \sqrt{3})", False, "closed endpoints")

add("equivalent_form",
    r"""We need $x^2 - 5x + 6 > 0$, i.e. $(x-2)(x-3) > 0$.

The domain is all $x$ with $x < 2$ or $x > 3$.

**Answer:** $x<2 \text{ or } x>3$""",
    r"(-\infty, 2) \cup (3, \infty)", True, "'or' joins the two pieces of one domain, not a hedge")

add("near_miss",
    r"""$x^2 - 5x + 6 \ge 0$, so the domain is $\boxed{(-\infty, 2] \cup [3, \infty)}$.""",
    r"(-\infty, 2) \cup (3, \infty)", False, "endpoints included (they make the denominator zero)")

add("equivalent_form",
    r"""$54p \le 144 \Rightarrow p \le \tfrac{8}{3}$ and $20p > 12 \Rightarrow p > 0.6$.

$$\boxed{\left(0.6,\ \tfrac{8}{3}\right]}$$""",
    r"\left(\frac{3}{5},\frac{8}{3}\right]", True, "0.6 is exactly 3/5")

add("near_miss",
    r"""$p > 0.6$ and $p \le 2.67$, so $\boxed{(0.6, 2.67]}$.""",
    r"\left(\frac{3}{5},\frac{8}{3}\right]", False, "8/3 approximated")

add("equivalent_form",
    r"""By AM-GM the expression exceeds 2 and can be made arbitrarily large, so the set of values is $\boxed{(2, +\infty)}$.""",
    r"(2,\infty)", True)

add("near_miss",
    r"""The expression is at least 2, with every larger value attainable: $\boxed{[2, \infty)}$.""",
    r"(2,\infty)", False, "2 is not attained")

add("equivalent_form",
    r"""Converting: $10101001110_2 = 1358_{10}$, and $1358 = 2\cdot 512 + 5\cdot 64 + 1\cdot 8 + 6$, so in base eight it is

$$\boxed{2516_{8}}$$""",
    "2516_8", True, "subscript braces")

add("near_miss",
    r"""Grouping the bits in threes from the right: $10\,101\,001\,110 \to 2\,5\,1\,6$... reading them back, the base-eight number is $\boxed{2561_8}$.""",
    "2516_8", False)

add("equivalent_form",
    r"""$(0, 3)$ lies on the positive $y$-axis, so $r = 3$ and $\theta = \pi/2$.

**Answer:** $(3, \pi/2)$""",
    r"\left( 3, \frac{\pi}{2} \right)", True)

add("near_miss",
    r"""$r = 3$, $\theta = \frac{\pi}{2}$, so the polar point is $\boxed{\left(\frac{\pi}{2}, 3\right)}$.""",
    r"\left( 3, \frac{\pi}{2} \right)", False, "ordered pair reversed")

add("exact_vs_approx",
    r"""$\arcsin(-\tfrac12) = -\tfrac{\pi}{6} \approx -0.5236$.

**Answer:** $-0.5236$""",
    r"-\frac{\pi}{6}", False, "decimal approximation for an exact reference")

add("exact_vs_approx",
    r"""The height rises at $\boxed{\sqrt{5}}$ meters per hour (about 2.236).""",
    r"\sqrt{5}", True)

add("exact_vs_approx",
    r"""$h' = \frac{20\pi}{4\pi}\cdot\frac{1}{\sqrt5}\cdots \approx 2.236$ m/h.

\[\boxed{2.236}\]""",
    r"\sqrt{5}", False)

add("exact_vs_approx",
    r"""The required difference of areas works out to $7\pi \approx 21.99$.

**Final Answer:** $21.99$""",
    r"7\pi", False)

add("exact_vs_approx",
    r"""The interior angle of the heptagon is $\tfrac{900^\circ}{7}$, so $\angle BAC = \tfrac{900^\circ}{7} - 90^\circ = \tfrac{270}{7}$ degrees.

$$\boxed{\frac{270}{7}^\circ}$$""",
    r"\frac{270}7\text{ degrees}", True, "degree sign vs \\text{ degrees}")

add("exact_vs_approx",
    r"""$\angle BAC = 90^\circ - \left(180^\circ - \tfrac{900^\circ}{7}\right) \approx 38.57^\circ$.

$$\boxed{38.57^\circ}$$""",
    r"\frac{270}7\text{ degrees}", False, "asked for a common fraction; decimal approximation of exact value")

# ---------------------------------------------------------------------------
# 6. Rounded references (Minerva / OlympiadBench)
# ---------------------------------------------------------------------------
add("rounded_reference",
    r"""Using the hard-sphere model with the molar volume $10.3\ \mathrm{cm^3/mol}$, the ratio evaluates to $2.683$.

$$\boxed{2.683}$$""",
    ["2.68\n"], True, "more precise value that rounds to the reference")

add("rounded_reference",
    minerva("2.69", r"""The ratio evaluates to roughly $2.69$."""),
    ["2.68\n"], False, "different at the reference's precision")

add("rounded_reference",
    r"""$\Delta G$ changes by $\approx 41.87\ \mathrm{kJ/mol}$.

$$\boxed{41.87 \text{ kJ/mol}}$$""",
    ["41.9\n"], True, "rounds to 41.9; unit ignored")

add("rounded_reference",
    r"""Rounding, the activation energy is about $\boxed{42\ \text{kJ/mol}}$.""",
    ["41.9\n"], False, "problem asks for 1 decimal place; 42 is not 41.9")

add("rounded_reference",
    r"""$a = \dfrac{GM_\odot}{(1\,\mathrm{AU})^2} = \dfrac{1.327\times10^{20}}{(1.496\times10^{11})^2} \approx 5.9 \times 10^{-3}\ \mathrm{m/s^2}$.

**Answer:** $5.9 \times 10^{-3}\ \mathrm{m\,s^{-2}}$""",
    ["0.006\n"], True, "0.0059 rounds to 0.006 at one significant figure")

add("rounded_reference",
    r"""$a = GM_\odot / r^2 \approx 0.06\ \mathrm{m/s^2}$.

**Answer:** $0.06$""",
    ["0.006\n"], False, "off by a factor of ten")

add("rounded_reference",
    r"""To one significant figure $c = 2.998\times10^{8} \to 3\times 10^8$. I'll report the full value:

**Answer:** $2.998 \times 10^{8}$ m/s""",
    ["3 \\times 10^{8}\n"], True, "rounds to 3e8 at one significant figure")

add("rounded_reference",
    r"""$\lambda = \dfrac{h}{\sqrt{2 m_p e V}} = \dfrac{6.626\times10^{-34}}{\sqrt{2 \cdot 1.673\times10^{-27}\cdot 1.602\times10^{-19}\cdot 15}} \approx 7.39\times10^{-12}\ \mathrm{m}$.

Final Answer: The final answer is $7.39 \times 10^{-12}$. I hope it is correct.""",
    ["7.4 \\times 10^{-12}\n", "7.4 \\times 10^{-12}"], True)

add("rounded_reference",
    minerva(r"7.4 \times 10^{-11}"),
    ["7.4 \\times 10^{-12}\n", "7.4 \\times 10^{-12}"], False, "exponent off by one")

add("rounded_reference",
    r"""$p = h/\lambda = 1.325\ldots\times 10^{-27}\ \mathrm{kg\,m/s}$

**Answer:** 1.325e-27 kg·m/s""",
    ["1.325 \\times 10^{-27}\n", "1.325 \\times 10^{-27}"], True, "e-notation")

add("rounded_reference",
    r"""$p = h/\lambda \approx \boxed{1.33 \times 10^{-27}}\ \mathrm{kg\,m/s}$""",
    ["1.325 \\times 10^{-27}\n", "1.325 \\times 10^{-27}"], False, "less precise than the requested three decimals; 1.33 != 1.325")

add("rounded_reference",
    r"""$n = 10^6\,\mathrm{pc^{-3}}$, cross-section $\pi R_\odot^2$, $v = 10\,\mathrm{km/s}$... the mean time between collisions is

$$\boxed{6 \times 10^{13}}\ \text{years}$$""",
    ["6e13\n"], True)

add("rounded_reference",
    r"""$$t \approx \boxed{6 \times 10^{12}}\ \text{yr}$$""",
    ["6e13\n"], False)

add("rounded_reference",
    r"""Solving $3\sin x = \cos 15^\circ$: $\sin x = 0.32198$, so $x = 18.78^\circ$.

**Answer:** $x \approx 18.78^\circ$""",
    ["$18.8^{\\circ}$"], True, "more precise than the rounded reference")

add("rounded_reference",
    r"""$\sin x = \frac{\cos 15^\circ}{3} \approx 0.3220$, so $x \approx \boxed{18.7^\circ}$.""",
    ["$18.8^{\\circ}$"], False)

add("rounded_reference",
    r"""Setting the two populations equal at the end of 1998 and solving for the growth rate: $(1 + r/100)^3 = 1.1318\ldots$, so $r \approx 4.24$.

Correct to one decimal place, $r = \boxed{4.2}\%$.""",
    ["4.2"], True)

add("rounded_reference",
    r"""$(1 + r/100)^3 \approx 1.1318$ gives $r \approx 4.24\%$.

**Answer:** $r \approx 4.24\%$""",
    ["4.2"], True, "more precise value rounding to the 1-decimal reference; % ignored")

add("rounded_reference",
    r"""$(1 + r/100)^3 \approx 1.1318$ gives $r \approx 4.3$.

**Answer:** $4.3\%$""",
    ["4.2"], False)

add("rounded_reference",
    r"""Euler steps with $h = 0.5$: $y_1 = -1 + 0.5\,F(0,-1)$, ... , $y_3 = -0.875$.

Final Answer: The final answer is $-\frac{7}{8}$. I hope it is correct.""",
    ["-0.875\n"], True, "-7/8 equals -0.875 exactly")

add("rounded_reference",
    minerva("-0.88", r"""Three Euler steps give $y(1.5) \approx -0.88$."""),
    ["-0.875\n"], False, "reference is exact to 3 decimals; -0.88 is a different value")

add("rounded_reference",
    r"""$L/L_\odot = (R/R_\odot)^2 (T/T_\odot)^4 = 500^2 \cdot (1/2)^4 = 250000/16 = 15{,}625$.

$$\boxed{15{,}625\ L_\odot}$$""",
    ["15625\n"], True, "thousands separator and unit")

add("rounded_reference",
    r"""$L = 500^2 \times 2^{-4}\,L_\odot \approx 1.56 \times 10^4\,L_\odot$

**Answer:** $1.56\times 10^{4}$""",
    ["15625\n"], False, "exact integer reference; 1.56e4 is an approximation")

# ---------------------------------------------------------------------------
# 7. Units and percent
# ---------------------------------------------------------------------------
add("units_percent",
    r"""The cost of a 3-inch cube is $\$18.90$.

**Answer:** \$18.90""",
    r"\$18.90", True)

add("units_percent",
    r"""Cost scales as $a\cdot s^2 + b\cdot s^3$; fitting the two data points and evaluating at $s = 3$ gives **18.9 dollars**.

Final answer: 18.9 dollars""",
    r"\$18.90", True, "trailing zero dropped, unit as words")

add("units_percent",
    r"""Evaluating at $s = 3$: $\boxed{\$18.09}$""",
    r"\$18.90", False, "digit transposition")

add("units_percent",
    r"""Let the volume be $abc = 144$ with faces $ab = 24$ and $bc = 32$ ... surface area $= 2(24 + 32 + 27) = 166$.

$$\boxed{166\ \text{cm}^2}$$""",
    ["$166$"], True)

add("units_percent",
    r"""Surface area: $2(ab + bc + ca) = \boxed{166\ \mathrm{cm}^3}$.""",
    r"166 \text{ cm}^2", False, "different unit (cm^3 vs cm^2) with the same number")

add("units_percent",
    r"""With no current he would take 45 minutes.

**Answer:** 45 min""",
    r"45 \text{ minutes}", True, "unit abbreviation")

add("units_percent",
    r"""**Answer:** 45 seconds""",
    r"45 \text{ minutes}", False, "different unit with same number")

add("units_percent",
    r"""Trains arrive every 3 minutes from ahead and every ... solving, the speed is $\frac{600}{7}$ km/h.

**Answer:** $\dfrac{600}{7}\ \text{km/h}$""",
    ["$\\frac{600}{7}$"], True)

add("units_percent",
    r"""**Answer:** $\approx 85.71\ \text{km/h}$""",
    ["$\\frac{600}{7}$"], False, "approximation of exact fraction")

add("units_percent",
    r"""**Answer:** $\frac{600}{7}$ m/s""",
    r"\frac{600}{7} \text{ km/h}", False, "different unit with the same number")

add("units_percent",
    r"""$P(\text{live 5 more} \mid 80) = \dfrac{P(\ge 85)}{\dots}$ ... $= 0.625$, i.e. $62.5\%$.

**Answer:** $62.5\%$""",
    ["62.5%"], True)

add("units_percent",
    r"""The probability is \(62.5\) percent.

**Final answer:** 62.5""",
    ["62.5%"], True, "percent sign omitted")

add("units_percent",
    r"""The probability is $\boxed{6.25\%}$.""",
    ["62.5%"], False)

add("units_percent",
    r"""Acid in the new mixture: $\frac{0.1\cdot 300 + \dots}{\dots} = 17.5$ percent.

**Answer:** 17.5 percent""",
    ["17.5%"], True)

add("units_percent",
    r"""**Answer:** $\boxed{1.75\%}$""",
    ["17.5%"], False, "wrong magnitude")

add("units_percent",
    r"""She got $4x$ out of $5x$ correct, i.e. $\frac{4}{5} = 80$ percent.

$$\boxed{80}$$""",
    r"80 \%", True)

add("units_percent",
    r"""She missed $x$ of $5x$, so the percentage is $\frac{1}{5} = \boxed{20\%}$.""",
    r"80 \%", False, "complement")

add("units_percent",
    r"""After two 40% discounts the price is $0.6 \cdot 0.6 = 0.36$ of the original, a reduction of $64$ percent.

**Answer:** 64 percent""",
    r"64\%", True)

add("units_percent",
    r"""After both discounts the price is $36\%$ of the original.

**Answer:** 36%""",
    r"64\%", False, "answers the remaining fraction, not the reduction")

add("units_percent",
    r"""Of her last 5 shots, she made 3.

**Final Answer:** 3 shots""",
    "3", True)

# ---------------------------------------------------------------------------
# 8. Large integers, separators, AIME / AMC shapes
# ---------------------------------------------------------------------------
add("large_integer",
    r"""$1017^2 = (1000 + 17)^2 = 1000000 + 34000 + 289 = \boxed{1{,}034{,}289}$""",
    "1034289", True)

add("large_integer",
    r"""$(1000 + 17)^2 = 1000000 + 34000 + 289 = \boxed{1034829}$""",
    "1034289", False, "transposed digits; must compare exactly")

add("large_integer",
    r"""$999 \times 999 = 998\,001$.

**Answer:** $998\,001$""",
    "998001", True, "thin-space thousands separator")

add("large_integer",
    r"""The count is $26^4 \cdot 10^2 \cdot \ldots = 28{,}121{,}600$.

**Answer:** 28,121,600""",
    "28121600", True, "comma thousands separators")

add("large_integer",
    r"""The count is $\approx 2.8 \times 10^{7}$.

**Answer:** $2.81 \times 10^7$""",
    "28121600", False, "approximation of an exact count")

add("large_integer",
    r"""**Answer:** 28,126,100""",
    "28121600", False, "close but not equal; no relative tolerance on integers")

add("benchmark_shapes",
    r1(r"""sum of 2^{a-1} over a in A equals 2024 = 11111101000_2, so A = {4,6,7,8,9,10,11}, sum = 55.""",
       r"""Writing $2024$ in binary gives $A = \{4, 6, 7, 8, 9, 10, 11\}$, whose elements sum to $\boxed{55}$."""),
    "055", True, "zero-padded AIME reference")

add("benchmark_shapes",
    r"""$\log_2(x^4y^3z^2) = -\tfrac{25}{8}$, so $m/n = 25/8$ and $m + n = \boxed{33}$.""",
    "033", True)

add("benchmark_shapes",
    r"""So $m + n = \boxed{330}$.""",
    "033", False, "033 is 33, not 330")

add("benchmark_shapes",
    r"""There are $\boxed{54}$ ways to fill the grid.""",
    "045", False)

add("benchmark_shapes",
    r"""The number of such arrangements is $\binom{8}{2}\cdot\ldots = 144$.

**Answer:** $144$""",
    144.0, True, "AMC numeric reference")

add("benchmark_shapes",
    r"""$\cos C = \frac{\sqrt{m}-\sqrt{n}}{p}$ ... so $m + n + p = \boxed{44.5}$? No: $m+n+p$ must be an integer, I made an error. Correct: $m + n + p = \boxed{45}$.""",
    44.0, False, "final box 45 is wrong")

add("benchmark_shapes",
    r"""Let the current mean be $m$ over $n$ quizzes. Then $\frac{nm + 11}{n+1} = m + 1$ and $\frac{nm + 33}{n+3} = m + 2$, which give $n = 3$, $m = 7$.

Her current mean is $\boxed{7}$.""",
    7.0, True)

add("benchmark_shapes",
    r"""$n = 3$ and the current mean is $7$; after the next quiz it becomes $8$.

**Answer:** 8""",
    7.0, False, "answers a different quantity")

add("benchmark_shapes",
    r"""Solving $x\lfloor x\rfloor = 17$ with $\lfloor x \rfloor = 4$: $x = 17/4$.

**Answer:** $x = \frac{17}{4}$""",
    ["4.25"], True, "fraction equal to an exact decimal reference")

# ---------------------------------------------------------------------------
# 9. Multiple choice written in prose
# ---------------------------------------------------------------------------
add("mc_prose",
    r"""Let's check each option.

(A) The graph is symmetric about $(\pi, 0)$ since $f(2\pi - x) = -f(x)$ — a true statement, so not our pick.
(B) is also a true statement.
(C) claims the maximum is $\frac{\sqrt3}{2}$, but $f(x) = 2\sin x\cos^2 x$ has maximum $\frac{4\sqrt3}{9}$, so (C) is **incorrect**.
(D) is a true statement.

Therefore the correct choice is **C**.""",
    "C", True, "'the correct choice is C' is an explicit final statement")

add("mc_prose",
    r1(r"""a·b: |a+b|^2 - |a-b|^2 = 4 a·b = 10 - 6 = 4 so a·b = 1. Option A.""",
       r"""Since $|\vec a + \vec b|^2 - |\vec a - \vec b|^2 = 4\,\vec a\cdot\vec b = 4$, we get $\vec a \cdot \vec b = 1$.

**Answer:** (a)"""),
    "A", True, "lowercase letter")

add("mc_prose",
    r"""$f(-x) = \cos x - \cos 2x = f(x)$, so $f$ is even. Writing $t = \cos x$, $f = -2t^2 + t + 1$, maximized at $t = \tfrac14$ with value $\tfrac98$.

Answer: D) 偶函数，最大值为 $\frac{9}{8}$""",
    "D", True, "letter followed by the option text")

add("mc_prose",
    r"""$f(x)$ is even, with maximum $\frac{9}{8}$ at $\cos x = \frac14$.

**Answer: (B) 偶函数, 最大值为 2**""",
    "D", False, "wrong letter (B); the maximum 2 is also wrong")

add("mc_prose",
    r"""$\frac{10i}{2 - i} = \frac{10i(2+i)}{5} = 2i(2 + i) = -2 + 4i$.

**Answer: (B) $-2+4i$**""",
    "A", False, "the chosen letter B differs from the reference letter A even though the text matches option A")

add("mc_prose",
    r"""$\frac{10i}{2-i} = \frac{10i(2+i)}{5} = -2 + 4i$, which is option (A).

综上所述，答案为 $\boxed{A}$。""",
    "A", True)

add("mc_prose",
    r"""$\bar z = -3 - 2i$ corresponds to the point $(-3, -2)$, which lies in the third quadrant.

故选：$\boxed{\mathrm{C}}$""",
    "C", True)

add("mc_prose",
    r"""I was torn between (B) and (C) for a while, because $z$ itself lies in the second quadrant. But the question is about $\bar z = -3 - 2i$, whose imaginary part is $-2$, so the point $(-3, -2)$ is in the third quadrant.

Final answer: C""",
    "C", True, "alternatives weighed before an unconditional final answer")

add("mc_prose",
    r"""$\bar z = -3 - 2i$, point $(-3,-2)$.

Final answer: C, though D could also be correct depending on the convention for the quadrant labels.""",
    "C", False, "hedge between two letters")

add("mc_prose",
    r"""Statements A and C hold for every $n$, statement B fails at $n = 2$, and D fails for odd $n$.

**Answer: A and C**""",
    "AC", True, "multi-select written in prose")

add("mc_prose",
    r"""So the correct statements are $\boxed{C, A}$.""",
    "AC", True, "multi-select set in another order")

add("mc_prose",
    r"""A is correct. C only holds for $n \ge 3$, so I'll leave it out.

$$\boxed{A}$$""",
    "AC", False, "multi-select missing C")

add("mc_prose",
    r"""A and C are correct, and D also holds in the limiting case.

$$\boxed{ACD}$$""",
    "AC", False, "multi-select with an extra letter")

add("mc_prose",
    r"""The ratio of the rate constants is $e^{E_a/R \cdot (1/T_1 - 1/T_2)} \approx 3.2$, which matches option (c).

The answer is (c).""",
    "C", True, "lowercase parenthesised letter in a final statement")

add("mc_prose",
    r"""Option A violates conservation of charge, option B has the wrong spin multiplicity, and option D is not a stable configuration. That leaves option C.

**Final Answer:** $\boxed{\text{C: a triplet ground state}}$""",
    "C", True, "letter with option text inside the box")

add("mc_prose",
    r"""Eliminating the impossible ones: A and D are out. Between B and C, I'd lean towards B, but C is also quite plausible.

**Answer:** B or C""",
    "B", False, "hedge between two letters")

add("mc_prose",
    r"""Computing the expected value gives 5.2, which is closest to option (B) $5$... no wait, option (B) is $4.8$ and option (C) is $5.2$.

**Answer:** (C)""",
    "C", True, "self-correction before the final answer")

# ---------------------------------------------------------------------------
# 10. Think-tag handling
# ---------------------------------------------------------------------------
add("think_tags",
    r"""<think>
Let me compute. x = 2^{-7/24}, y = 2^{-3/8}, z = 2^{-5/12}. log2(x^4 y^3 z^2) = -7/6 - 9/8 - 5/6 = -25/8. |...| = 25/8, so m+n = 33.

**Answer:** 33
</think>

I solved the system of logarithmic equations by adding them; see the reasoning above for details.""",
    "033", False, "the answer appears only inside the reasoning")

add("think_tags",
    r"""<think>
Adding the three equations: -(log x + log y + log z) = 13/12 ... so log2 x = -7/24, log2 y = -3/8, log2 z = -5/12.
Then 4(-7/24) + 3(-3/8) + 2(-5/12) = -7/6 - 9/8 - 5/6 = -25/8. Absolute value 25/8, m + n = 33.
So the answer is \boxed{33}.""",
    "033", False, "unclosed <think>: no answer")

add("think_tags",
    r"""<think>
Maybe 480? Or 960 if I forgot the factor of 2... Hmm, or possibly 240. Let me be careful: BD^2 = 4(x^2 + y^2) along the line y = mx ... the infimum is 480.
</think>

Parametrising the diagonals along $y = mx$ and $y = -x/m$, we get $BD^2 = \dfrac{480(1 + m^2)}{6 - 5m^2}\cdot\ldots > 480$, with the bound approached as $m^2 \to \tfrac{6}{5}$.

$$\boxed{480}$$""",
    "480", True, "the hedging happens only inside the reasoning, which does not count")

add("think_tags",
    r"""<think>
The inradius: V = 160/3, surface area = 4 * 6 sqrt(21) = 24 sqrt 21. r = 3V/S = 160/(24 sqrt 21) = 20/(3 sqrt 21) = 20 sqrt 21 / 63. m+n+p = 20+21+63 = 104.
</think>

The distance is $\frac{20\sqrt{21}}{63}$, so $m + n + p = \boxed{103}$.""",
    "104", False, "the correct value appears only in the reasoning; the final answer after </think> is wrong")

add("think_tags",
    r"""<think>
First pass: I think the answer is 103.
</think>

Hmm, let me reconsider the volume.

<think>
Volume of the disphenoid: sqrt((a^2+b^2-c^2)(a^2-b^2+c^2)(-a^2+b^2+c^2)/72) with a^2=41, b^2=80, c^2=89: (41+80-89)(41-80+89)(-41+80+89)/72 = 32*50*128/72 = 204800/72, sqrt = 160/3. Faces all congruent with area 6 sqrt 21. r = 20 sqrt21 / 63. So 104.
</think>

**Final Answer:** $\boxed{104}$""",
    "104", True, "only the text after the last </think> counts")

add("think_tags",
    r"""<think>
Let N = 5694. Q = 5, R = 694, Q + R = 699.
</think>
The answer is \boxed{699}""",
    "699", True, "no blank line after </think>")

add("think_tags",
    r"""<think>
n ≡ 0 or 2 (mod 5) are losing positions for Alice... count of n ≤ 2024 with n ≡ 0, 2 mod 5 is 404 + 405 = 809.
</think>

Bob has a winning strategy exactly when $n \equiv 0$ or $2 \pmod 5$. Counting such $n \le 2024$: $404 + 405 = \boxed{809}$.""",
    "809", True, "'0 or 2 (mod 5)' describes the solution set of n, not a hedge on the final count")

# ---------------------------------------------------------------------------
# 11. No final answer
# ---------------------------------------------------------------------------
add("no_answer",
    r"""<think>
The number of rectangles is the sum over pairs of parallel directions... For the pair of directions at 0° and 90° there are ... Let me enumerate: 3 choices for the short diagonals, and for each, the number of rectangles is C(4,2)... wait that's not right either. Let me recount. Total = 3 * (""",
    "315", False, "truncated inside the reasoning")

add("no_answer",
    r"""We need the remainder of $\prod_{k=0}^{12}(2 - 2\omega^k + \omega^{2k})$ modulo 1000. Writing $2 - 2\omega + \omega^2 = (\omega - 1)^2 + 1 = (\omega - 1 - i)(\omega - 1 + i)$, the product becomes $\Phi(1+i)\,\Phi(1-i)$ where $\Phi(x) = x^{13} - 1$ over... so we need $((1+i)^{13} - 1)((1-i)^{13} - 1)$. Now $(1+i)^{13} = 2^6(1+i)\cdot i^{\ldots}$ and therefore the answer is""",
    "321", False, "truncated right before the answer")

add("no_answer",
    r"""I'm sorry, but I can't help with solving this problem.""",
    "321", False)

add("no_answer",
    r"""The product equals $8321$ by the computation above, and we need its remainder modulo $1000$, which I leave as an exercise to the reader.""",
    "321", False, "never states the final answer")

add("no_answer",
    r"""[ERROR] generation aborted: maximum context length (32768 tokens) exceeded.""",
    "321", False)

add("no_answer",
    r"""So the final answer is:""",
    "321", False)

# ---------------------------------------------------------------------------
# 12. More hedge / commentary pairs in varied styles
# ---------------------------------------------------------------------------
add("commentary_after",
    r"""**Solution sketch.** Pair each number $k$ with $15 - k$; the greater member is at least twice the smaller in exactly the pairings counted by the recursion $a_n = 2a_{n-1} + \ldots$, which yields $144$.

**Answer:** 144

*Remark.* For $1$ through $12$ the same method gives $36$, which is a nice consistency check against a brute-force enumeration.""",
    144.0, True, "36 is the answer to a smaller, different instance, given as a check")

add("hedge_after",
    r"""**Answer:** 144

*Remark.* I'm not completely sure whether pairs like $(7, 14)$ should count as "at least twice"; if they should not, the answer drops to $120$ instead.""",
    144.0, False, "alternative answer left open after the final answer")

add("commentary_after",
    r"""Thus the sum is $\boxed{-84}$.

(Sanity check: $f(x) = 4x + 6$ and $g(x) = -x - 1$; evaluating the requested combination at the given point indeed gives $-84$.)""",
    ["-84"], True)

add("hedge_after",
    r"""Thus the value is $\boxed{-84}$, or $84$ if the problem intends the absolute value.""",
    ["-84"], False)

add("commentary_after",
    r"""The required number of students is $\boxed{15}$; equivalently, $\frac{3}{4}$ of the $20$ students.""",
    ["15"], True, "restates the same quantity in another form")

add("hedge_after",
    r"""I get $15$ students with the first interpretation and $17$ with the second.

**Answer: 15** (or 17).""",
    ["15"], False)

add("commentary_after",
    r"""$$\boxed{\tfrac{1}{6}}$$

That is, about a $16.7\%$ chance — intuitively small, because only a handful of the $36$ outcomes work.""",
    ["$\\frac{1}{6}$"], True, "approximate percent is commentary on the exact boxed value; 36 is the sample-space size")

add("hedge_after",
    r"""The probability is $\boxed{\tfrac{1}{6}}$. Then again, if the dice are distinguishable the count of favourable outcomes changes and we would get $\boxed{\tfrac{5}{36}}$. I'm not sure which the question intends.""",
    ["$\\frac{1}{6}$"], False)

add("commentary_after",
    r"""$\log_2 64 = \log_2 2^6 = 6$.

**Answer: 6**

(Not to be confused with $\log_{64} 2 = \tfrac16$.)""",
    "6", True, "contrasting a different expression, not offering an alternative answer")

add("commentary_after",
    r"""The tens digit $B$ can be $1$ (since $16 = 4^2$) or $3$ (since $36 = 6^2$); $B = 5, 7, 9$ give $56, 76, 96$, none of which is a square.

So there are $\boxed{2}$ possible values of $B$.""",
    "2", True, "the listed digits are the objects being counted, not alternative answers")

add("hedge_after",
    r"""The possible tens digits are $1$ and $3$, so the count is $\boxed{2}$.

Hmm, unless $B = 0$ is allowed ($06$ is not really two-digit, but $B6$ with $B=0$...?), in which case it would be $3$. I'll leave both possibilities open.""",
    "2", False)

add("commentary_after",
    r"""The range is $\boxed{(-\infty, 0]}$.

Note that $0$ is attained at $x = 90^\circ$, where $\sin x = 1$.""",
    r"(-\infty, 0]", True)

add("commentary_after",
    r"""The figure skater ends up facing **east**.

**Final answer:** east

(2250° = 6 full turns plus 90°, and a quarter turn to the right from north is east.)""",
    r"\text{east}", True, "word answer with explanation after")

add("hedge_after",
    r"""2250° is 6 full turns plus 90°. Turning right from north gives east — or west if "to her right" is clockwise as seen from above... 

**Final answer:** east (possibly west)""",
    r"\text{east}", False)

add("commentary_after",
    r"""$f$ odd and $g$ even: $g(f(x))$ is even, so everything outside is applied to an even function and the composite is even.

**Answer:** even

It is neither odd nor "neither" — the innermost even layer forces evenness.""",
    r"\text{even}", True, "names the other options only to reject them")

add("hedge_after",
    r"""The composite is **even** — but if $f(0) \neq 0$ somewhere it could be neither, so I'd say even or neither.""",
    r"\text{even}", False)

# ---------------------------------------------------------------------------
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "independent28.json")
doc = {
    "description": ("Blind held-out batch 28: hedges vs harmless commentary (before/after the answer, terse/chatty/"
                    "formal), corrections and retractions, multi-part boxes vs hedged boxes and solution sets, "
                    "equivalent forms vs near misses, rounded Minerva/OlympiadBench references, units and percent, "
                    "large integers, AIME/AMC shapes, multiple choice in prose, think-tag handling, missing answers. "
                    "Labels follow the strict-mode grading rules; written without reading the grader."),
    "cases": CASES,
}
with open(out, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")

by_cat = Counter()
for c in CASES:
    by_cat[(c["category"], c["expected"])] += 1
cats = sorted({c["category"] for c in CASES})
print(f"{len(CASES)} cases: {sum(c['expected'] for c in CASES)} true / {sum(not c['expected'] for c in CASES)} false")
for cat in cats:
    print(f"  {cat:20s} true={by_cat[(cat, True)]:3d} false={by_cat[(cat, False)]:3d}")
