#!/usr/bin/env python3
"""Blind held-out batch 21 for the answer verifier: rule 3 in depth.

Hedges / open alternatives / retractions / unresolved self-doubt (expected false) versus
harmless post-answer commentary, resolved doubts, corrections ending in one answer and
multi-part answers (expected true). Written without reading the grader or its tests.
Run: python3 scratch/heldout4/gen21.py  -> writes independent21.json next to this file.
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


# ---------------------------------------------------------------------------
# 1. hedge_open: an alternative answer left open beside/after the final answer (false)
# ---------------------------------------------------------------------------
add("hedge_open", r"""<think>
We want unordered pairs {a, b} of positive even integers with ab = 288... Let me list the factorizations.
288 = 2^5 * 3^2. Both even: a = 2a', b = 2b', a'b' = 72. Divisors of 72: 12, so 6 unordered pairs.
Hmm, wait, I should recount with the problem's actual condition. Let me redo with a*b = 576...
OK so I get 12 unordered pairs. If ordered it would be 24. The wording says "pairs", not sure.
</think>

Writing $a = 2a'$ and $b = 2b'$ reduces the problem to counting factor pairs, which gives

**Answer:** $\boxed{12}$

If the problem intends ordered pairs, the count doubles to $24$.""", "12", False,
    "alternative answer for another reading left open after the box")

add("hedge_open", r"""Let $W$ be the event that Alice's roll is strictly higher than Bob's. Counting favourable outcomes over the 36 equally likely outcomes, excluding the 6 ties:

$$P(W) = \frac{15}{36} = \frac{5}{12}.$$

The probability is $\frac{5}{12}$, although I could also see an argument for $\frac{1}{2}$ if ties are counted as wins for Alice.""", r"\frac{5}{12}", False,
    "second answer offered as defensible, never rejected")

add("hedge_open", r"""We need positive integers $n$ with $n^2 < 50$ and $n$ odd... wait, the condition is $3n + 1 \le 22$, so $n \le 7$.

So there are 7 such integers — maybe 8, if $n = 0$ is allowed to count as a valid case.""", "7", False)

add("hedge_open", r"""<think>
Parametrize the point as (t, 2t-1). Distance squared to (3,1) is (t-3)^2 + (2t-2)^2 = 5t^2 - 14t + 13. Minimum at t = 7/5, value 13 - 49/5 = 16/5... Hmm, that's for a different segment. Let me use the constraint from the problem: the minimum length comes out as 2√6.
</think>

Minimizing the length over the admissible interval, the derivative vanishes at an interior point, and the minimum length is

$$\boxed{2\sqrt{6}}$$

Hmm, unless the minimum actually occurs at the boundary, in which case it would be $5$. I'm not entirely sure which one applies here.""", r"2\sqrt{6}", False)

add("hedge_open", r"""Counting lattice points inside the circle row by row: 1 + 5 + 7 + 9 + 7 + 5 + 1 ... after removing the points on the boundary I am left with 36.

**Final answer: 36 (possibly 35 — I may have an off-by-one somewhere)**""", "36", False)

add("hedge_open", r"""Integers in $[\,2, 29\,)$ congruent to $2 \pmod 3$: $2, 5, 8, \dots, 26$.

Answer: 9 (if the right endpoint is excluded) / 10 (if it is included).""", "9", False,
    "two answers for two readings; neither chosen")

add("hedge_open", r"""Great question! Let's break it down step by step. 🎲

1. There are $\binom{8}{3} = 56$ ways to draw three marbles.
2. The favourable draws number $21$.

So the probability is $\frac{21}{56}$, which simplifies to:

$$\boxed{\frac{3}{8}}$$

That said, probability problems like this can be tricky, and another reasonable reading of the question gives $\frac{1}{4}$ — so you may want to double-check with your teacher which interpretation is intended! 😊""", r"\frac{3}{8}", False)

add("hedge_open", r"""Counting the ways to split the volunteers between the two committees (with the size constraints) gives 140.

$\boxed{140}$ — or $\boxed{280}$ if the two committees are labeled.""", "140", False)

add("hedge_open", r"""Plugging back in, $x = 4$ gives $\sqrt{4+5} = 3 = 7 - 4$. ✓

But $x = 6$ also seemed to pass an earlier check. I'm honestly not sure now; the answer is $x = 4$, or possibly $x = 6$.""", "4", False)

add("hedge_open", r"""\[
\boxed{-1}
\]

I am fairly, but not completely, confident in this. The other candidate I found during the case analysis, $1$, cannot be completely excluded by my argument.""", "-1", False)

add("hedge_open", r"""Combining the estimates from both methods, my best estimate is $\boxed{25}$, with $24$ as a close runner-up.""", "25", False)

add("hedge_open", r"""Using the law of cosines, $\cos\theta = \dfrac{b^2 + c^2 - a^2}{2bc}$, and the given data make $|\cos\theta| = \frac12$.

Hence $\theta = \frac{\pi}{3}$ (or perhaps $\frac{2\pi}{3}$; without the figure we cannot tell whether the angle is acute or obtuse).""", r"\frac{\pi}{3}", False)

add("hedge_open", r"""After pairing each term $k$ with $2019 - k$, all pairs cancel except the middle ones.

The final answer is $1009$. Then again, the parity argument might push it to $1010$; I can't fully settle this.""", "1009", False)

add("hedge_open", r"""$\boxed{18}$

Alternatively, $20$. Both seem consistent with the constraints I derived.""", "18", False)

add("hedge_open", r"""Checking small cases: $k=1$ fails, $k=2$ fails, $k=3$ fails, $k=4$ fails, and $k=5$ works.

$\boxed{5}$?

Or 6. Honestly I'd give 60/40 odds in favour of 5.""", "5", False)

add("hedge_open", r"""The path consists of 6 right-steps and 4 up-steps in some order, so the number of paths is $\binom{10}{4} = 210$, or possibly $\binom{10}{3} = 120$ if I mixed up which direction has four steps.""", "210", False)

add("hedge_open", r"""So the smallest such $n$ is

$$\boxed{8 \text{ (or } 9)}$$""", "8", False, "hedge inside a single box")

add("hedge_open", r"""**Solution.** The sum 7 arises from $(1,6),(2,5),(3,4),(4,3),(5,2),(6,1)$.

**Answer.** The probability is $\frac{1}{6}$ for distinguishable dice, and $\frac{1}{3}$ if the dice are indistinguishable.""", r"\frac{1}{6}", False,
    "two interpretations, two answers, no commitment")

add("hedge_open", r"""Hmm, so after all the casework I'm going to go with 48, though 64 is not out of the question.""", "48", False)

add("hedge_open", r"""$$\boxed{11}$$

Confidence: medium. Second choice: 13.""", "11", False, "explicit second choice left open")

add("hedge_open", r"""From the bounds $99 \le N \le 100$ and the parity condition I can't eliminate either value. So the answer is one of $99$ and $100$; I lean towards $\boxed{100}$.""", "100", False)

add("hedge_open", r"""**Final Answer**

The number of solutions is $\boxed{17}$.

**Edit:** running the count again I get $19$. Not sure which is right.""", "17", False)

add("hedge_open", r"""I'd say the answer is $\boxed{4}$, but don't quote me on it — $5$ is possible too.""", "4", False)

add("hedge_open", r"""Therefore $\boxed{12\ (\text{or } 24)}$ seating arrangements.""", "12", False, "hedge inside the box")

# ---------------------------------------------------------------------------
# 2. resolved_alternative: alternatives mentioned but explicitly rejected/resolved (true)
# ---------------------------------------------------------------------------
add("resolved_alternative", r"""Writing $a = 2a'$ and $b = 2b'$ reduces the problem to counting factor pairs of $72$, of which there are $12$ (unordered).

**Answer:** $\boxed{12}$

(If the problem had asked for ordered pairs the count would double to 24, but it explicitly asks for unordered pairs, so 12 is the answer.)""", "12", True,
    "alternative reading mentioned and explicitly rejected")

add("resolved_alternative", r"""There are 36 outcomes; 6 are ties and the remaining 30 split evenly, so Alice wins in 15 of them.

At first I considered counting ties as half-wins, which would give $\frac{18}{36} = \frac12$, but the problem says *strictly* greater, so ties do not count.

**Answer: $\frac{5}{12}$**""", r"\frac{5}{12}", True)

add("resolved_alternative", r"""From $3n + 1 \le 22$ we get $n \le 7$, and $n$ must be a positive integer.

So there are $\boxed{7}$ such integers. ($n=0$ is excluded because the problem asks for positive integers; including it would have given 8.)""", "7", True)

add("resolved_alternative", r"""The critical point is interior and gives length $2\sqrt6$.

$$\boxed{2\sqrt{6}}$$

I also checked the boundary: at $t=0$ the length is $5$, which is larger than $2\sqrt6 \approx 4.90$, so the interior critical point is indeed the minimum.""", r"2\sqrt{6}", True)

add("resolved_alternative", r"""$\boxed{5}$

I briefly wondered whether it might be 6, but 6 fails the divisibility condition ($6 \nmid 20$), so 5 it is.""", "5", True)

add("resolved_alternative", r"""The quadratic $x^2 - 1 = 0$ has roots $\pm 1$.

\[
\boxed{-1}
\]

The other root, $x=1$, makes the denominator $x - 1$ vanish, so it is extraneous.""", "-1", True, "rejected root mentioned after the box")

add("resolved_alternative", r"""<think>
cos θ = 1/2 has solutions π/3 and 5π/3 in [0, 2π). The problem restricts θ to [0, π]. So π/3.
</think>

Since $\cos\theta = \tfrac12$ and $0 \le \theta \le \pi$, we get $\theta = \frac{\pi}{3}$. The other solution in $[0, 2\pi)$, namely $\frac{5\pi}{3}$, lies outside the allowed range, so it is rejected.

$\boxed{\frac{\pi}{3}}$""", r"\frac{\pi}{3}", True)

add("resolved_alternative", r"""The path consists of 6 right-steps and 4 up-steps, so there are $\binom{10}{4} = 210$ paths.

(Note that $\binom{10}{6}$ is also $210$, as it must be by symmetry — choosing the up-steps or the right-steps gives the same count.)

**Answer:** 210""", "210", True)

add("resolved_alternative", r"""$$\boxed{64}$$

Hmm, I was second-guessing whether each pair is counted twice, but the pairs here are ordered (sender, receiver), so no division by 2 is needed and 64 stands.""", "64", True, "self-doubt raised and resolved in favour of the boxed value")

add("resolved_alternative", r"""$\boxed{28}$

Hmm, wait — did I forget the case $a = 0$? No: the problem requires $a$ to be a positive integer, so $a=0$ is not allowed. The count of 28 stands.""", "28", True)

add("resolved_alternative", r"""So the answer is $\boxed{8}$.

Wait, is it 9? No — 9 would include the empty subset, which the problem excludes ("non-empty"). So 8.""", "8", True)

add("resolved_alternative", r"""The answer is $\boxed{2\sqrt{3}}$, or equivalently $\sqrt{12}$.""", r"2\sqrt{3}", True,
    "'or equivalently' with the same value is not a hedge")

add("resolved_alternative", r"""$$P = \boxed{0.5} = \boxed{\tfrac{1}{2}}$$""", r"\frac{1}{2}", True,
    "two boxes holding the same value")

add("resolved_alternative", r"""Hence the probability is $\boxed{\frac{1}{2}}$, i.e. $0.5$ — a 50% chance.""", r"\frac{1}{2}", True)

# ---------------------------------------------------------------------------
# 3. retraction: explicit retraction / unresolved self-doubt after the answer (false)
# ---------------------------------------------------------------------------
add("retraction", r"""$\boxed{28}$

Hmm, wait — that's not right. I forgot the case where $a = 0$, which the problem allows, so this count is off. Let me redo it.

Case $a = 0$: then $b + c = 7$ with""", "28", False, "retracted, truncated redo")

add("retraction", r"""Answer: **64**

Actually, scratch that — step 3 assumed the colours are independent, which they are not. The answer above is invalid.""", "64", False)

add("retraction", r"""<think>
Arrangements of MISSISSIPPI-like word... 15 arrangements with the vowels in fixed order.
</think>

The answer is $15$.

Wait, no. This overcounts the arrangements with two adjacent vowels. I need to subtract those, and I haven't done that yet.""", "15", False)

add("retraction", r"""We counted 12 triangles above, so the answer would be $\boxed{12}$.

On reflection, that boxed value is incorrect: the triangle inequality rules out two of the cases I counted.""", "12", False, "explicit retraction without a replacement box")

add("retraction", r"""The final answer is 9.

Hmm, but now I see that 9 does not satisfy the second condition ($9 \equiv 1 \pmod 4$, not $2$), so something went wrong earlier.""", "9", False)

add("retraction", r"""所以答案是 $\boxed{6}$。

不对，上面第二步算错了，这个结果不成立。""", "6", False, "Chinese: 'wrong, step 2 miscalculated, this result does not hold'")

add("retraction", r"""**Answer:** $\frac{2}{3}$

...hold on. I'm now fairly sure this is wrong — I used $P(A\mid B)$ where I needed $P(B\mid A)$. Disregard the answer above.""", r"\frac{2}{3}", False)

add("retraction", r"""By Vieta, the product of the solutions is

$$\boxed{81}$$

Wait, that can't be right: the solutions should satisfy $\log_2 x = \pm\ldots$ — let me recompute. Hmm, I keep getting a different value. I'm not confident in 81 at all.""", 81.0, False, "AMC numeric reference; unresolved doubt")

add("retraction", r"""$\boxed{3}$

But wait, is that actually right? If $k = 3$ then the second sequence isn't geometric anymore... Let me re-check.

Hmm.""", "3", False, "unresolved self-doubt claiming the answer breaks a condition")

add("retraction", r"""Final Answer: The final answer is $720$. I hope it is correct.

Edit: no, it isn't — the arrangement is circular, so we have to divide by 6; 720 is wrong.""", "720", False)

add("retraction", r"""17.

(Retracting this — I ignored the constraint $b < c$. I don't have a corrected answer.)""", "17", False)

add("retraction", r"""So $n = 2$.

Hmm, actually no: $n = 2$ gives $2^2 + 1 = 5$, which is prime, contradicting the requirement that $n^2+1$ be composite. So $n = 2$ is not the answer after all.""", "2", False)

add("retraction", r"""The area is $\boxed{24}$.

Hmm, I think I made a mistake with the height. Let me recompute: the height is not 6 but""", "24", False, "truncated mid-recheck after doubting the answer")

# resolved counterparts (true)
add("resolved_doubt", r"""**64**

Let me double-check step 3: are the colours independent? Yes — each of the three faces is painted independently with one of 4 colours, so $4^3 = 64$ is correct.""", "64", True)

add("resolved_doubt", r"""The final answer is 9.

Check: $9 \equiv 1 \pmod 4$ ✓ and $9 \equiv 0 \pmod 3$ ✓, exactly the two required conditions.""", "9", True)

add("resolved_doubt", r"""So $n = 2$.

Check: $2^2 + 1 = 5$ is prime, as required. ($n = 1$ would give $2$, also prime, but $n = 1$ is excluded by the hypothesis $n > 1$.)""", "2", True)

add("resolved_doubt", r"""The area is $\boxed{24}$.

Hmm, let me make sure the height is right: the altitude to the side of length 8 is $\sqrt{10^2 - 8^2} = 6$, so the area is $\frac12 \cdot 8 \cdot 6 = 24$. Yes.""", "24", True)

add("resolved_doubt", r"""$\boxed{3}$

But wait, is the second sequence still geometric for $k = 3$? The terms are $3, 6, 12$, with ratio $2$ throughout — yes, it is. So $k=3$ is confirmed.""", "3", True)

# ---------------------------------------------------------------------------
# 4. correction_final: corrections that end in one final answer
# ---------------------------------------------------------------------------
add("correction_final", r"""$\boxed{12}$

Wait, each handshake was counted twice (once from each person). Correcting: $12/2 = 6$.

$\boxed{6}$""", "6", True, "correction ending in one final box")

add("correction_final", r"""$\boxed{12}$

Wait, each handshake was counted twice (once from each person). Correcting: $12/2 = 6$.

$\boxed{6}$""", "12", False, "reference equals the superseded first box")

add("correction_final", r"""Initially I got 48, but that counted the arrangements where the two tallest students stand together. Removing those 12 gives 36.

**Answer:** 36""", "36", True)

add("correction_final", r"""Initially I got 48, but that counted the arrangements where the two tallest students stand together. Removing those 12 gives 36.

**Answer:** 36""", "48", False, "48 is the corrected-away value")

add("correction_final", r"""Thus $x = \frac{5}{2}$.

Hmm, let me recheck the arithmetic: $3x - 2 = 8.5$, so $3x = 10.5$ and $x = \frac{10.5}{3} = \frac{7}{2}$. I mis-added before.

Final answer: $x = \dfrac{7}{2}$""", r"\frac{7}{2}", True)

add("correction_final", r"""<think>
f(2) = 4a + 2b + c ... Let me solve: a = 1, b = -5, c = 3. Then f(3) = 9 - 15 + 3 = -3.
Hmm, is it 3? Let me recheck the sign of b. The sum of roots is 5 so b = -5. Yes f(3) = -3.
Wait, maybe I need f(-3)? No, the problem asks for f(3). OK -3.
</think>

Solving the system gives $a = 1$, $b = -5$, $c = 3$, so

$$f(3) = 9 - 15 + 3 = \boxed{-3}.$$""", "-3", True)

add("correction_final", r"""The terms of the sequence below 10 are 2, 5, 8, so the answer is $\boxed{4}$... no wait, I miscounted: 2, 5, 8 is three terms.

$\boxed{3}$""", "3", True)

add("correction_final", r"""The terms of the sequence below 10 are 2, 5, 8, so the answer is $\boxed{4}$... no wait, I miscounted: 2, 5, 8 is three terms.

$\boxed{3}$""", "4", False, "4 was the miscount, corrected to 3")

add("correction_final", r"""Answer: 105.

(Earlier in my scratch work I wrote 115 — that was an arithmetic slip; $7 \times 15 = 105$.)""", "105", True)

add("correction_final", r"""Answer: 105.

(Earlier in my scratch work I wrote 115 — that was an arithmetic slip; $7 \times 15 = 105$.)""", "115", False)

add("correction_final", r"""The answer is 17. Hmm, wait. Let me recount the case $b = c$: those were excluded by $b < c$, and I included 3 of them. So $17 - 3 = 14$.

The answer is 14.""", "14", True, "no boxes; last explicit statement wins")

add("correction_final", r"""The answer is 17. Hmm, wait. Let me recount the case $b = c$: those were excluded by $b < c$, and I included 3 of them. So $17 - 3 = 14$.

The answer is 14.""", "17", False)

add("correction_final", r"""所以 $a = 2$。

等一下，代入检验：$a = 2$ 时分母 $a - 2 = 0$，无意义，舍去。

故 $a = \boxed{1}$。""", "1", True, "Chinese: a=2 rejected on substitution, final box 1")

# ---------------------------------------------------------------------------
# 5. harmless_commentary: post-answer text that mentions other numbers (true)
# ---------------------------------------------------------------------------
add("harmless_commentary", r"""Compute from the inside out: $3 + \frac13 = \frac{10}{3}$, then $3 + \frac{3}{10} = \frac{33}{10}$, then $3 + \frac{10}{33} = \frac{109}{33}$.

Since $\gcd(109, 33) = 1$, $m + n = \boxed{142}$.

(Here $m = 109$ and $n = 33$.)""", 142.0, True, "AMC numeric reference; m and n mentioned after box")

add("harmless_commentary", r"""Each of the 10 people shakes hands with 9 others, and each handshake is counted twice: $\frac{10 \cdot 9}{2} = \boxed{45}$.

More generally, $n$ people make $\binom{n}{2}$ handshakes; e.g. 6 people give 15 and 20 people give 190.""", "45", True, "generalisation with other values")

add("harmless_commentary", r"""The number of 3-element subsets of an 8-element set is $\binom{8}{3} = 56$.

**Answer: 56**

Check via Pascal's rule: $\binom{7}{2} + \binom{7}{3} = 21 + 35 = 56$ ✓""", "56", True)

add("harmless_commentary", r"""She walks 9 km at 3.6 km/h, so she spends $\boxed{150}$ minutes walking — that is, 2.5 hours.""", "150", True, "unit conversion after the box")

add("harmless_commentary", r"""$\boxed{7.1}$

(The exact value is $5\sqrt{2} \approx 7.0711$; rounded to the nearest tenth as the problem asks.)""", "7.1", True)

add("harmless_commentary", r"""**Case 1** ($a = 1$): 8 choices. **Case 2** ($a = 2$): 6 choices. **Case 3** ($a = 3$): 4 choices. **Case 4** ($a = 4$): 2 choices.

Adding the four cases: $8 + 6 + 4 + 2 = \boxed{20}$.""", "20", True)

add("harmless_commentary", r"""By Vieta, $r + s = 5$ and $rs = 6$, hence

$$r^2 + s^2 = (r+s)^2 - 2rs = 25 - 12 = \boxed{13}.$$

(Indeed the roots are $2$ and $3$, and $4 + 9 = 13$.)""", "13", True)

add("harmless_commentary", r"""Sum of the roots: $\boxed{5}$.

Product of the roots: $\boxed{6}$.

Therefore the requested sum of squares is $5^2 - 2\cdot 6 = \boxed{13}$.""", "13", True,
    "labelled sub-step boxes before the final box; final answer is the last box")

add("harmless_commentary", r"""Factoring the difference of squares,

$$\boxed{(x-2)(x+2)},$$

which expands back to $x^2 - 4$, as a check.""", "x^2-4", True)

add("harmless_commentary", r"""So $\boxed{25\%}$ of the students chose chess — that is, 20 of the 80 students.""", "25", True)

add("harmless_commentary", r"""The answer is $7$, not $8$ as one might guess from the pattern $2, 4, 6$ — the sequence breaks at the fourth term.""", "7", True, "naive answer explicitly rejected")

add("harmless_commentary", r"""$\boxed{5}$

Sanity check on a smaller instance: with 3 coins instead of 5 the same argument predicts 2, and a brute-force enumeration of the 8 outcomes confirms 2.""", "5", True)

add("harmless_commentary", r"""The region is a quarter of the unit disk, so its area is $\frac{\pi}{4}$ — about $0.785$ square units, i.e. roughly 78.5% of the unit square.

Final Answer: $\frac{\pi}{4}$""", r"\frac{\pi}{4}", True)

add("harmless_commentary", r"""The blocked fraction of the flux is 2%, so

$$\Delta m = -2.5 \log_{10}(1 - 0.02) \approx 0.0219,$$

i.e. $\boxed{0.022}$ magnitudes to two significant figures.""", ["0.022\n"], True, "Minerva list reference; unrounded value before the box")

add("harmless_commentary", r"""The quadratic gives $x = 2$ or $x = -3$.

So $\boxed{2}$ is the only solution. (We discard $x = -3$ because $\log x$ is undefined there.)""", "2", True)

add("harmless_commentary", r"""Without restriction there would be $8! = 40320$ arrangements. Treating the two boys as a block gives $7!$ arrangements of the blocks, times $2$ for the order inside the block: $5040 \cdot 2 = 10080$.

**Answer:** $10{,}080$""", r"10,\!080", True)

add("harmless_commentary", r"""$26 \cdot 25 \cdot 10 \cdot 9 = 58500$, so there are $\boxed{58{,}500}$ license plates.

(For comparison, without the "different" condition it would be $26^2 \cdot 10^2 = 67600$.)""", "58,500", True)

add("harmless_commentary", r"""With $s + \frac12 = 3$ km/h the walk takes $3$ hours and the coffee break adds $24$ minutes, so the whole trip takes 3 hours 24 minutes, which is $\boxed{204}$ minutes.""", "204", True)

add("harmless_commentary", r"""Since $196 = 2^2 \cdot 7^2$, the number of divisors is $(2+1)(2+1) = \boxed{9}$.

They are 1, 2, 4, 7, 14, 28, 49, 98 and 196.""", "9", True, "list of divisors after the box is explanation, not a candidate enumeration")

add("harmless_commentary", r"""Each triangle has side $21/3 = 7$ inches, so the hexagon's perimeter is $6 \times 7 = \boxed{42}$ inches.

(Not $126$ — the interior edges of the triangles are not part of the hexagon's perimeter.)""", "42", True)

add("harmless_commentary", r"""We get $x = 4$. Check: $2^4 = 16 = 4^2$ ✓.

(Of course $x = 2$ also satisfies $2^x = x^2$, but the problem restricts to $x > 3$.)

The answer is $4$.""", "4", True)

add("harmless_commentary", r"""Multiplying the two equations $x\log_x y = 10$ and $4y\log_y x = 10$ gives $4xy = 100$, so

$$xy = \boxed{25}.$$""", "025", True, "AIME zero-padded reference")

add("harmless_commentary", r"""Let me summarize.

- Step 1: the common difference is $d = 3$.
- Step 2: the first term is $a_1 = 4$.
- Step 3: $a_{20} = 4 + 19 \cdot 3 = 61$.

Therefore the 20th term is $\boxed{61}$, and the sum of the first 20 terms (not asked) would be $\frac{20(4 + 61)}{2} = 650$.""", "61", True)

add("harmless_commentary", r"""Final Answer: The final answer is $24$. I hope it is correct.""", "24", True, "Minerva closing formula is not doubt")

# ---------------------------------------------------------------------------
# 6. solution_set: multi-part answers, extra/missing members
# ---------------------------------------------------------------------------
add("solution_set", r"""Let $a = x - 3$ and $b = x - 7$; then $a + b = 2x - 10$ and the equation reads $a^3 + b^3 = (a+b)^3$, i.e. $3ab(a+b) = 0$.

The roots are $x = \boxed{3}$, $x = \boxed{5}$, and $x = \boxed{7}$.""", "3, 5, 7", True, "several boxes forming one solution set")

add("solution_set", r"""Let $a = x - 3$ and $b = x - 7$; then $a^3 + b^3 = (a+b)^3$ gives $3ab(a+b) = 0$, so $x = 3$ or $x = 7$.

$$\boxed{3, 7}$$""", "3, 5, 7", False, "missing the root from a+b=0")

add("solution_set", r"""By the rational root theorem the candidates are $\pm1, \pm2, \pm7, \pm14$. Testing them, only $1$ and $-2$ work.

Integer roots: $\boxed{-2, 1}$

(The remaining factor $x^2 + 4x + 7$ has discriminant $-12$, so there are no further real roots.)""", "-2,1", True)

add("solution_set", r"""By the rational root theorem the candidates are $\pm1, \pm2, \pm7, \pm14$. Testing, $1$ and $-2$ work, and $7$ looked like it works too.

Integer roots: $\boxed{-2, 1, 7}$""", "-2,1", False, "extra member")

add("solution_set", r"""Solving the functional equation gives $f(x) = \frac{x^2}{2} + \frac{3x}{2} - 1$, so $f(n) = n$ becomes $n^2 + n - 2 = 0$.

The integers are $n = 1$ and $n = -2$.

Final answer: $\boxed{1}$ and $\boxed{-2}$""", "1,-2", True)

add("solution_set", r"""Solving the functional equation gives $f(x) = \frac{x^2}{2} + \frac{3x}{2} - 1$. Testing small values, $f(1) = 1$.

So the only integer is $n = \boxed{1}$.""", "1,-2", False, "missing member -2")

add("solution_set", r"""Squaring and simplifying gives $x^2 - 6x + 1 = 0$, so

$$\boxed{3 + 2\sqrt{2},\ 3 - 2\sqrt{2}}$$""", r"3 \pm 2 \sqrt{2}", True)

add("solution_set", r"""Squaring and simplifying gives $x^2 - 6x + 1 = 0$.

$$\boxed{3 + 2\sqrt{2}}$$

(We discard $3 - 2\sqrt2$ since it is less than 1.)""", r"3 \pm 2 \sqrt{2}", False, "wrongly discarded a member of the reference set")

add("solution_set", r"""Writing the triples as $(x, y, p)$, the solutions are $\boxed{(1,8,19)}$, $\boxed{(2,7,13)}$ and $\boxed{(4,5,7)}$.""", ["$(1,8,19), (2,7,13), (4,5,7)$"], True, "OlympiadBench tuple list as several boxes")

add("solution_set", r"""Writing the triples as $(x, y, p)$, the case analysis leaves

$$\boxed{(1,8,19), (4,5,7)}$$""", ["$(1,8,19), (2,7,13), (4,5,7)$"], False, "missing (2,7,13)")

add("solution_set", r"""$x^2 - 5x - 4 \le 10 \iff (x-7)(x+2) \le 0 \iff -2 \le x \le 7$, i.e. $\boxed{[-2, 7]}$.

(The endpoints $-2$ and $7$ are included since the inequality is non-strict.)""", r"x \in [-2,7]", True)

add("solution_set", r"""Factoring, $(x - 1)(x + 2)(x^2 + 4x + 7) = 0$.

**Answer:** $x = -2$ or $x = 1$""", "-2,1", True, "'or' listing a solution set is not a hedge")

add("solution_set", r"""From $x^2 = 4$ we get

$$x = \pm 2.$$""", "2", False, "extra member -2 (reference has only the positive solution)")

add("solution_set", r"""The three pairwise sums of products are the roots of the resolvent cubic $y^3 - 8y - 8 = (y+2)(y^2 - 2y - 4)$, so the required set is
$$\boxed{\{-2,\ 1+\sqrt{5},\ 1-\sqrt{5}\}}$$""", r"\{1\pm\sqrt{5},-2\}", True)

add("solution_set", r"""Completing the square, $y = (x-2)^2 - 3$, so the vertex is $(2, -3)$: $h = \boxed{2}$, $k = \boxed{-3}$.""", "(2,-3)", True,
    "coordinates boxed separately, pair also stated in text")

add("solution_set", r"""解得 $x = 2$ 或 $x = -2$，经检验 $x = -2$ 使 $\log_2 x$ 无意义，舍去。

所以 $x = \boxed{2}$。""", "2", True, "Chinese: rejected root then single box")

add("solution_set", r"""所以 $x$ 的值为 $\boxed{2}$ 或 $\boxed{-2}$。""", "2", False, "Chinese: extra member")

# ---------------------------------------------------------------------------
# 7. mc_hedge (English multiple choice, false) and mc_harmless (true)
# ---------------------------------------------------------------------------
add("mc_hedge", r"""A frameshift mutation results from inserting or deleting a number of bases not divisible by three.

**Answer: (C)**, although (B) is a close contender if the question is about eukaryotes specifically.""", "C", False)

add("mc_hedge", r"""$\boxed{B}$

That said, I wouldn't rule out D.""", "B", False)

add("mc_hedge", r"""The best answer is D (or possibly A — both describe the same mechanism).""", "D", False)

add("mc_hedge", r"""I'm stuck between A and C and can't separate them further.

Final answer: A/C""", "A", False)

add("mc_hedge", r"""Both C and D appear correct from the data given.

$\boxed{C}$ $\boxed{D}$""", "C", False, "single-answer question, two letters")

add("mc_hedge", r"""Answer: B, or maybe C if we assume ideal-gas behaviour.""", "B", False)

add("mc_hedge", r"""So my pick is (A). Honestly, though, (D) could just as well be what the examiners want.""", "A", False)

add("mc_hedge", r"""<think>
The compound has a singlet at 2.1 ppm... that suggests a methyl ketone. Option C fits. But option B also has a methyl ketone. Hmm. The IR at 1715 fits both.
</think>

Based on the NMR and IR data, the product is most consistent with option C.

$\boxed{C}$

Confidence is low; B remains a serious possibility.""", "C", False)

add("mc_harmless", r"""$\boxed{C}$

- (A) is wrong: removing telomeric sequences does not shift the reading frame.
- (B) is wrong: a codon substitution keeps the frame.
- (D) is wrong: that describes a nonsense mutation.""", "C", True, "eliminated options listed after the box")

add("mc_harmless", r"""I narrowed it down to B and D. D fails because that enzyme is absent in prokaryotes, so the answer is **B**.""", "B", True, "candidates compared before an unconditional choice")

add("mc_harmless", r"""Answer: (D) 24

Option (B) 12 is what you'd get if you forgot the factor of 2.""", "D", True)

add("mc_harmless", r"""The answer is B. Wait — (B) uses DNA polymerase, which needs a DNA template. Building an RNA/DNA hybrid from a single-stranded RNA template requires a primer plus reverse transcriptase, which is option (A). So the answer is A.""", "A", True, "correction ends on A")

add("mc_harmless", r"""The answer is B. Wait — (B) uses DNA polymerase, which needs a DNA template. Building an RNA/DNA hybrid from a single-stranded RNA template requires a primer plus reverse transcriptase, which is option (A). So the answer is A.""", "B", False, "B was corrected away")

add("mc_harmless", r"""B: the cell takes up water and may burst — unlike D, which describes a hypertonic solution.""", "B", True)

add("mc_harmless", r"""<think>
Maybe B? The second messenger that releases Ca2+ from the ER... cAMP activates PKA, not Ca release. DAG activates PKC. IP3 binds receptors on the ER and releases Ca2+. Which letter is IP3? Option B? No wait — let me reread: (A) ... (B) inositol triphosphate. Hmm, or D? D is calmodulin, that's a Ca-binding protein, not a messenger. So B.
</think>

IP$_3$ binds to receptors on the endoplasmic reticulum and triggers Ca$^{2+}$ release.

$\boxed{B}$""", "B", True, "doubts only inside think")

# ---------------------------------------------------------------------------
# 8. gaokao_zh: Chinese multiple choice
# ---------------------------------------------------------------------------
add("gaokao_zh", r"""由 $A=\{x \mid x \geq 1\}$，$B=\{x \mid -1<x<2\}$，得 $A \cap B=\{x \mid 1 \le x<2\}$。

综上所述，答案为 $\boxed{D}$。""", "D", True)

add("gaokao_zh", r"""由 $(1+ai)i = i + ai^2 = -a + i = 3 + i$，得 $a = -3$。

故选：C（B 也有可能正确）""", "C", False, "Chinese: 'B may also be correct'")

add("gaokao_zh", r"""两个条件都满足，答案是 B 或 C，需要进一步确认。""", "B", False, "Chinese: 'B or C, needs confirmation'")

add("gaokao_zh", r"""本题选 D。

注：若误认为 $a>0$，则会错选 A。""", "D", True, "Chinese note about the trap option")

add("gaokao_zh", r"""所以选 B。

等等，B 选项中 $\varphi$ 的取值范围不对，应该是 D。

故选 D。""", "D", True, "Chinese correction ending in D")

add("gaokao_zh", r"""所以选 B。

等等，B 选项中 $\varphi$ 的取值范围不对，应该是 D。

故选 D。""", "B", False, "B was corrected away")

add("gaokao_zh", r"""故选 A。不过 C 似乎也对，暂时无法确定。""", "A", False, "Chinese: 'but C also seems right, cannot decide'")

add("gaokao_zh", r"""由图象关于 $\left(\frac{2\pi}{3}, 0\right)$ 中心对称得 $\varphi = \frac{2\pi}{3}$。

A：在 $\left(0, \frac{5\pi}{12}\right)$ 上 $2x + \varphi \in \left(\frac{2\pi}{3}, \frac{3\pi}{2}\right)$，单调递减，正确；
B：只有 1 个极值点，错误；
C：$x = \frac{7\pi}{6}$ 不是对称轴，错误；
D：正确。

故选 $\boxed{AD}$。""", "AD", True, "multi-select with per-option commentary")

add("gaokao_zh", r"""A、C 两项正确。D 项我不太确定。

故选 AC""", "ACD", False, "multi-select: missing D")

add("gaokao_zh", r"""A：$\left|\overrightarrow{OP_1}\right| = \left|\overrightarrow{OP_2}\right| = 1$，正确。
C：由两角和公式可得，正确。
D：也成立。

故选 ACD""", "AC", False, "multi-select: extra D")

add("gaokao_zh", r"""点 $A(1,1)$ 在抛物线上，得 $p = \frac12$，准线为 $y = -\frac14$，故 A 错误。

经计算 B、C、D 均正确。

$\boxed{BCD}$""", "B C D", True, "space-separated multi-select reference")

add("gaokao_zh", r"""由 $(1+ai)i = i - a = 3 + i$ 得 $a = -3$，选 C。

（若把 $i^2$ 误当作 $1$，会得到 $a = 3$，即错选 D。）""", "C", True)

add("gaokao_zh", r"""化简得 $a = -3$ 或 $a = 3$，故选 C 或 D。""", "C", False)

add("gaokao_zh", r"""答案应该是 A 吧，也可能是 B，我不太确定。""", "A", False, "Chinese: 'probably A, maybe B'")

add("gaokao_zh", r"""答案是 $\boxed{8}$，也可能是 10，取决于是否计入端点。""", "8", False, "Chinese numeric hedge")

add("gaokao_zh", r"""排除法：A 项 $f(x)$ 只有两个极值点……A 正确；B 项只有一个零点，错误；C 项由 $f(x) + f(-x) = 2$ 知 $(0,1)$ 是对称中心，正确；D 项错误。

故答案为 AC。""", "A C", True)

# ---------------------------------------------------------------------------
# 9. think_scope: what counts is after the last </think>
# ---------------------------------------------------------------------------
add("think_scope", r"""<think>
The sequence terms: 3, 7, 11, ... Could the answer be 12 or 15? If n = 15 then a_15 = 59 > 50, which violates the bound. So n = 12: a_12 = 47 ≤ 50 and a_13 = 51 > 50. Good, 12.
</think>

The largest index with $a_n \le 50$ is $n = 12$, since $a_{12} = 47$ and $a_{13} = 51$.

The answer is $\boxed{12}$.""", "12", True, "alternative only inside reasoning")

add("think_scope", r"""<think>
The sequence terms: 3, 7, 11, ... a_12 = 47 ≤ 50. So 12.
</think>

$\boxed{12}$

Though 15 could also work if the sequence is allowed to be constant after some point.""", "12", False, "hedge after </think>")

add("think_scope", r"""<think>
Let me compute the number of ways: C(5,1) = 5. So the answer is \boxed{5}.
Hmm, wait, let me double check by another method. Stars and bars with""", "5", False, "unclosed think: no answer")

add("think_scope", r"""<think>
Total arrangements 4! * 2 = 48. So \boxed{48}. Wait, overcounting — the two ends are symmetric, divide... no, subtract the 12 with the twins apart? Let me recompute: 36.
</think>

Subtracting the 12 arrangements that violate the condition, we obtain

**Answer:** $\boxed{36}$""", "48", False, "48 only inside reasoning")

add("think_scope", r"""<think>
Total arrangements 4! * 2 = 48. So \boxed{48}. Wait, overcounting — the two ends are symmetric, divide... no, subtract the 12 with the twins apart? Let me recompute: 36.
</think>

Subtracting the 12 arrangements that violate the condition, we obtain

**Answer:** $\boxed{36}$""", "36", True)

add("think_scope", r"""<think>
Hmm, 7 or 8? Numbers of the form 6k+1 below 45: 1, 7, 13, 19, 25, 31, 37, 43 — that's 8. But 1 is excluded since the problem says "greater than 1". So 7. Or maybe I'm wrong about the exclusion... no, "greater than 1" is explicit. 7.
</think>

The numbers are $7, 13, 19, 25, 31, 37, 43$, so there are **7** of them.

Final Answer: 7""", "7", True)

add("think_scope", r"""<think>
First attempt: 9. That's wrong — I double counted the diagonal. Without it: 7.
</think>

$\boxed{7}$""", "7", True)

add("think_scope", r"""<think>
First attempt: 9. That's wrong — I double counted the diagonal. Without it: 7.
</think>

$\boxed{7}$""", "9", False)

add("think_scope", r"""<think>
Sum of the first n odd numbers is n^2. We need n^2 = 400, n = 20. So the answer is 20.
</think>

""", "20", False, "nothing after </think>")

add("think_scope", r"""<think>
Two draws with replacement from 2 red and 2 blue: P(both red) = 1/4.
</think>

I computed $P = \frac14$.

Hmm, although on reflection $\frac{1}{6}$ might be correct if the draws are without replacement. I'm unsure which the problem intends.""", r"\frac{1}{4}", False, "hedge after </think>")

add("think_scope", r"""<think>
Answer might be 30 or 60. Rotations are considered the same per the problem, so divide by 6: 360/6 = 60? No: 5!/... let me recompute. 6 beads, 3 colours with 2 each: 6!/(2!2!2!) = 90 linear; circular with rotations: by Burnside (90 + 0 + 6 + 0 + 6 + 0)/6... hmm = 17? No. Let me just trust the direct count: 16.
</think>
<think>
Re-verify: Burnside over C6 on 2-2-2 colourings: identity 90, rotation by 3 fixes 6, rotations by 2 and 4 fix 0, rotations by 1 and 5 fix 0. (90 + 6)/6 = 16.
</think>

By Burnside's lemma, $\frac{90 + 6}{6} = \boxed{16}$.""", "16", True, "two think blocks; only text after the last counts")

# ---------------------------------------------------------------------------
# 10. minerva_style
# ---------------------------------------------------------------------------
add("minerva_style", r"""For a hydrogen-like ion, $\frac{1}{\lambda} = R Z^2 \left(\frac{1}{4} - \frac{1}{9}\right)$, so with $Z = 26$ the wavelength is the hydrogen value scaled down by $Z^2 = 676$, about $9.6$ Å to two significant figures.

Final Answer: The final answer is 9.6. I hope it is correct.""", ["9.6\n"], True)

add("minerva_style", r"""Scaling the hydrogen wavelength down by $Z^2 = 676$ gives $\lambda \approx 9.6$ Å.

Final Answer: The final answer is 9.6 (or 9.7 if one uses the reduced-mass Rydberg constant). I hope it is correct.""", ["9.6\n"], False, "alternative value in the final statement")

add("minerva_style", r"""$L = 4\pi D^2 F = 4\pi (800 \times 3\times 10^{21})^2 \times 10^{-12} \approx 7 \times 10^{37}$ erg/s.

Final Answer: The final answer is $7 \times 10^{37}$. I hope it is correct.

(Note: in SI units this is $7\times10^{30}$ W.)""", ["7 \\times 10^{37}\n"], True, "unit conversion note after the answer")

add("minerva_style", r"""The cluster's absolute magnitude is $M = -5 - 2.5\log_{10}(10^4) = -15$. The distance modulus at 1 Mpc is $5\log_{10}(10^6/10) = 25$.

So the apparent magnitude is $m = -15 + 25 = \boxed{10}$.""", ["10\n"], True)

add("minerva_style", r"""Image size $= f\theta = 72\text{ m} \times \frac{45}{206265} \approx 0.0157$ m, i.e. $\boxed{1.6}$ cm (that's 16 mm; 1.57 cm before rounding).""", ["1.6\n"], True)

add("minerva_style", r"""Image size $= f\theta \approx 1.57$ cm.

Final Answer: The final answer is 1.6. I hope it is correct, though I may have mixed up arcseconds and arcminutes, in which case it would be 94.""", ["1.6\n"], False, "alternative left open")

# ---------------------------------------------------------------------------
# 11. extra natural hedges / harmless notes in long-CoT style
# ---------------------------------------------------------------------------
add("hedge_open", r"""<think>
Let me set up: the number of integers n ≤ 100 with gcd(n, 12) = 1. φ(12) = 4 per 12 numbers. 100 = 8*12 + 4, so 8*4 = 32, plus among 97..100: 97 only. 33.
Hmm, or do I count 1? 1 is coprime to 12. Yes included already. So 33.
</think>

There are $33$ integers. I'm slightly worried the intended answer is $32$ (if the problem meant strictly between 1 and 100), so take $33$ with a grain of salt — $32$ is the other plausible answer.""", "33", False)

add("harmless_commentary", r"""<think>
φ(12) = 4 per block of 12 numbers. 100 = 8*12 + 4, so 8*4 = 32, plus in 97..100 only 97 is coprime to 12. Total 33.
</think>

Every block of 12 consecutive integers contains $\varphi(12) = 4$ integers coprime to 12. The 8 full blocks up to 96 contribute $32$, and among $97, 98, 99, 100$ only $97$ qualifies.

Total: $\boxed{33}$.""", "33", True)

add("hedge_open", r"""## Final answer

$\boxed{\dfrac{1}{3}}$

> **Caveat:** if the selection is made *with* replacement, the answer becomes $\dfrac{1}{4}$ instead. The problem statement is not explicit about this.""", r"\frac{1}{3}", False)

add("resolved_alternative", r"""## Final answer

$\boxed{\dfrac{1}{3}}$

> **Remark:** had the selection been made *with* replacement, the answer would have been $\dfrac{1}{4}$; the problem says the cards are not returned to the deck, so $\dfrac13$ is the answer.""", r"\frac{1}{3}", True)

add("retraction", r"""Therefore, the maximum value is $\boxed{\frac{9}{4}}$.

Actually, I realize the maximum is not attained at $t = \frac32$ because $t$ is restricted to $[0, 1]$; my answer is wrong, and I'll need to redo the boundary analysis.""", r"\frac{9}{4}", False)

add("correction_final", r"""Therefore, the maximum value is $\frac{9}{4}$.

Actually, the vertex $t = \frac32$ lies outside the allowed interval $[0,1]$, so the maximum is at the endpoint $t = 1$: $f(1) = 2$.

$\boxed{2}$""", "2", True)

add("correction_final", r"""Therefore, the maximum value is $\frac{9}{4}$.

Actually, the vertex $t = \frac32$ lies outside the allowed interval $[0,1]$, so the maximum is at the endpoint $t = 1$: $f(1) = 2$.

$\boxed{2}$""", r"\frac{9}{4}", False)

add("hedge_open", r"""So we need $k \ge 5$, and the answer is $5$ — unless the problem counts the starting configuration as a move, in which case it is $6$.""", "5", False)

add("harmless_commentary", r"""So we need $k \ge 5$ moves, and five moves suffice (shown above), so the minimum is $\boxed{5}$.

The starting configuration is not counted as a move, per the problem statement; counting it would give 6, but that is not what is asked.""", "5", True)

add("hedge_open", r"""**Answer:** The remainder is $\boxed{3}$ — at least I'm pretty sure. If I've made a sign error in the binomial expansion, it would be $4$ instead.""", "3", False)

add("harmless_commentary", r"""**Answer:** The remainder is $\boxed{3}$.

Verification by direct computation: $2^{10} = 1024 = 7 \cdot 146 + 2$... wait that's mod 7; we need mod 11: $1024 = 11 \cdot 93 + 1$, so $2^{10} \equiv 1$, and $2^{28} = 2^{20}\cdot 2^8 \equiv 256 \equiv 3 \pmod{11}$ ✓.""", "3", True,
    "side remark computing 2 mod 7 is corrected inside the check; the answer 3 is confirmed")

add("hedge_open", r"""综上，$\boxed{\frac{\sqrt{3}}{2}}$。

（若角 $C$ 为钝角，则答案为 $-\frac{\sqrt{3}}{2}$，题目未说明，两者皆有可能。）""", r"\frac{\sqrt{3}}{2}", False, "Chinese: both possible since the problem doesn't say")

add("harmless_commentary", r"""综上，$\boxed{\frac{\sqrt{3}}{2}}$。

（因为三角形为锐角三角形，$\cos C > 0$，所以负值 $-\frac{\sqrt{3}}{2}$ 舍去。）""", r"\frac{\sqrt{3}}{2}", True, "Chinese: negative value rejected since acute")

add("hedge_open", r"""The expected number of rolls is $\boxed{6}$. (If the question means rolls *after* the first success, subtract 1 to get 5 — it's unclear which convention is intended.)""", "6", False)

add("harmless_commentary", r"""By linearity of expectation the expected number of rolls is $\frac{1}{1/6} = \boxed{6}$, counting the successful roll itself (the expected number of failures before it is 5).""", "6", True)

add("retraction", r"""**Final Answer:** $\boxed{512}$

Hmm, that seems too large given the constraint. I don't trust this number; the recursion probably has a bug.""", "512", False)

add("resolved_doubt", r"""**Final Answer:** $\boxed{512}$

Hmm, that seems large at first glance, but it is just $2^9$: each of the 9 interior cells is independently on or off, and the constraint only fixes the border. So 512 is right.""", "512", True)

add("hedge_open", r"""The probability that the committee has more women than men is $\frac{11}{21}$... give or take — I got $\frac{10}{21}$ on my first pass and I'm not sure which computation is right.""", r"\frac{11}{21}", False)

add("harmless_commentary", r"""The probability that the committee has more women than men is $\boxed{\frac{11}{21}}$.

(Complement check: the probability of more men than women is $\frac{10}{21}$, and there can be no tie with an odd committee size, so the two add up to 1 ✓.)""", r"\frac{11}{21}", True, "complement value mentioned as a check")

add("mc_hedge", r"""**Answer:** C — though B is really close and a case could be made for it.""", "C", False)

add("mc_harmless", r"""**Answer:** C

B is tempting because it mentions the same enzyme, but it places the reaction in the wrong compartment, so it is incorrect.""", "C", True)

add("mc_hedge", r"""The final answer is \boxed{A}, unless the question assumes a frictionless surface, in which case \boxed{B}.""", "A", False)

add("mc_harmless", r"""The final answer is \boxed{A}. (Had the surface been frictionless the answer would be B, but the problem gives $\mu_k = 0.2$.)""", "A", True)


add("hedge_open", r"""The inclusion-exclusion count gives $60 - 12 - 6 = \boxed{42}$.

P.S. My gut still says 48, though.""", "42", False, "lingering alternative after the box")

add("hedge_open", r"""**40** (maybe 41)""", "40", False, "terse o1-style hedge")

add("hedge_open", r"""So the answer should be $\boxed{13}$.

But wait, maybe I should consider whether $n$ can be negative? If so, there'd be 26 solutions. Hmm, the problem doesn't specify... I'll leave it at that.""", "13", False, "QwQ-style open doubt with alternative, left unresolved")

add("mc_hedge", r"""$\boxed{D}$

Hmm, on second thought A might be right. Not sure.""", "D", False)

add("gaokao_zh", r"""故选 B。

（再想想，好像 D 更合适。）""", "B", False, "Chinese: 'thinking again, D seems more suitable' undermines B")


def main():
    assert all(isinstance(c["expected"], bool) for c in CASES)
    out = {
        "description": (
            "Blind held-out batch 21 (rule 3 in depth): hedges and open alternatives in many phrasings "
            "(English, Chinese/Gaokao, multiple choice, Minerva), retractions and unresolved self-doubt after "
            "the answer, versus harmless post-answer commentary mentioning other numbers (checks, rejected "
            "roots, naive answers, generalisations, unit conversions, rounding notes, sub-steps), resolved "
            "doubts, corrections ending in one final answer, multi-part answers and solution sets. "
            "Labels follow the strict-mode grading rules as a careful human grader would apply them; "
            "written without reading the grader."
        ),
        "cases": CASES,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "independent21.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    by = Counter((c["category"], c["expected"]) for c in CASES)
    cats = sorted({c["category"] for c in CASES})
    for cat in cats:
        print(f"{cat:24s} true={by[(cat, True)]:3d} false={by[(cat, False)]:3d}")
    t = sum(c["expected"] for c in CASES)
    print(f"total={len(CASES)} true={t} false={len(CASES) - t}")


if __name__ == "__main__":
    main()
