#!/usr/bin/env python3
"""Generator for blind held-out batch 22 (verifier near misses, rules 4-6 and 8).

Written blind: without reading the grader's implementation or its tests.
Focus: false-positive traps a lenient grader would accept (sign, branch, degree/radian,
percent vs fraction, intervals vs sets, unions, transposes, tuple order, one-digit
large integers, exponents, rounded references) and valid unusual forms a too-strict
grader would reject. References come from /work/shared/data/benchmarks and
/work/shared/data/train in their native shapes (MATH LaTeX strings, AMC floats,
zero-padded AIME strings, Minerva lists, OlympiadBench `$...$` lists).

Run: python3 gen22.py  -> writes independent22.json next to this file.
"""
import json
import os
from collections import Counter

CASES = []


def case(category, response, reference, expected, note=""):
    CASES.append({
        "category": category,
        "response": response.strip("\n"),
        "reference": reference,
        "expected": expected,
        "note": note,
    })


# ---------------------------------------------------------------------------
# Algebraic expressions: equal everywhere vs equal only for some values
# ---------------------------------------------------------------------------
case("expression", r"""<think>
The ODE is xdot + 2x = e^t. Integrating factor e^{2t}: (x e^{2t})' = e^{3t}, so x e^{2t} = e^{3t}/3 + c.
Hence x = e^t/3 + c e^{-2t}. Check: xdot = e^t/3 - 2c e^{-2t}; xdot + 2x = e^t/3 + 2e^t/3 = e^t. Good.
</think>

Multiplying through by the integrating factor $e^{2t}$ and integrating gives

$$x(t) = \tfrac{1}{3}e^{t} + c\,e^{-2t}.$$

**Answer:** $x(t)=\tfrac13 e^{t}+ce^{-2t}$""",
     ["x = \\frac{e^{t}}{3} + ce^{-2t}\n", "\\frac{e^{t}}{3} + c e^{-2t}\n"], True,
     "\\tfrac13 e^t is e^t/3; the x(t)= prefix is the same variable as the reference's x =")

case("expression", r"""<think>
xdot + 2x = e^t. Try particular solution A e^t: A + 2A = 1 so A = 1/3. Homogeneous: c e^{-2t}.
Hmm wait, let me just write it as e^t/3 + c e^{2t}.
</think>
The general solution is $x = \frac{e^{t}}{3} + c e^{2t}$, so

$\boxed{\frac{e^{t}}{3}+ce^{2t}}$""",
     ["x = \\frac{e^{t}}{3} + ce^{-2t}\n", "\\frac{e^{t}}{3} + c e^{-2t}\n"], False,
     "homogeneous part has the wrong sign in the exponent; equal only when c=0 or t=0")

case("expression", r"""We need $\mathcal{L}^{-1}\left\{\frac{4}{s^2(s^2+4)}\right\}$.

Partial fractions: $\frac{4}{s^2(s^2+4)} = \frac{1}{s^2} - \frac{1}{s^2+4}$.

- $\mathcal{L}^{-1}\{1/s^2\} = t\,u(t)$
- $\mathcal{L}^{-1}\{1/(s^2+4)\} = \tfrac12 \sin(2t)\,u(t) = \sin t\cos t\,u(t)$

So $f(t) = \boxed{\left(t - \sin t \cos t\right) u(t)}$.""",
     ["(t - \\frac{1}{2}\\sin(2t))u(t)\n"], True,
     "sin t cos t = sin(2t)/2 identically")

case("expression", r"""<think>
4/(s^2(s^2+4)) = A/s^2 + B/(s^2+4). 4 = A(s^2+4) + B s^2 -> A = 1, B = -1.
Inverse of 1/(s^2+4) ... that's sin(2t)/2. Actually I'll write it as (1/2) sin t? no...
I'll go with (t - 1/2 sin t) u(t).
</think>
Final: $f(t)=\left(t-\tfrac{1}{2}\sin t\right)u(t)$

\boxed{\left(t-\frac{1}{2}\sin t\right)u(t)}""",
     ["(t - \\frac{1}{2}\\sin(2t))u(t)\n"], False,
     "sin t instead of sin 2t; agrees with the reference only at isolated t")

case("expression", r"""<think>
MRTS of labor for capital = MP_L / MP_K.
MP_L = (1/4)(K-1)^{1/4} L^{-3/4}; MP_K = (1/4)(K-1)^{-3/4} L^{1/4}.
Ratio = (K-1)/L.
</think>
The marginal rate of technical substitution is

$$MRTS = \frac{MP_L}{MP_K} = \frac{K}{L} - \frac{1}{L}.$$

$\boxed{\dfrac{K}{L}-\dfrac{1}{L}}$""",
     ["\\frac{K-1}{L}\n"], True)

case("expression", r"""MRTS $= MP_L/MP_K$. With $F=(K-1)^{1/4}L^{1/4}$ we get $MP_L/MP_K = \frac{(K-1)^{1/4}L^{-3/4}}{(K-1)^{-3/4}L^{1/4}}$.

Therefore the MRTS is $\boxed{\frac{1-K}{L}}$ (the slope of the isoquant).""",
     ["\\frac{K-1}{L}\n"], False, "off by sign (slope convention); reference is positive")

case("expression", r"""<think>
Using R(M) with constants set to 1, the balance gives R = a M^{1/3} / (G M^{2/3} + b).
Divide numerator and denominator by M^{1/3}: R = a / (G M^{1/3} + b M^{-1/3}).
Check limits: large M -> a/(G M^{1/3}) ~ M^{-1/3}; small M -> a M^{1/3}/b. Good.
</think>
$$R(M) = \frac{a}{G M^{1/3} + b M^{-1/3}}$$

This behaves as $M^{-1/3}$ for large masses and $M^{1/3}$ for small masses, as required.

Final Answer: The final answer is $\frac{a}{G M^{1/3}+b M^{-1/3}}$. I hope it is correct.""",
     ["\\frac{a M^{1/3}}{G M^{2/3}+b}\n", "\\frac{a M^{1/3}}{G M^{2/3} + b}"], True,
     "numerator and denominator divided by M^{1/3}")

case("expression", r"""<think>
omega = v/r with v = v0 r/r0 * (1 + r/r0)^{-3/2}... so omega = (v0/r0)(1+r/r0)^{-3/2}.
Multiply top and bottom by r0^{3/2}: omega = v0 r0^{1/2} / (r0 + r)^{3/2}.
</think>
The angular velocity is $\omega(r) = v(r)/r$:

$$\omega(r) = \frac{v_0\sqrt{r_0}}{(r_0+r)^{3/2}}$$

\boxed{\dfrac{v_0\sqrt{r_0}}{(r+r_0)^{3/2}}}""",
     ["\\frac{v_{0}}{r_{0}} \\frac{1}{\\left(1+r / r_{0}\\right)^{3 / 2}}\n",
      "\\frac{v_{0}}{r_{0}} \\frac{1}{\\left(1+\\frac{r}{r_{0}}\\right)^{3 / 2}}\n",
      "\\frac{v_{0}}{r_{0}} \\frac{1}{\\left(1 + \\frac{r}{r_{0}}\\right)^{3/2}}\n"], True,
     "equal for r0 > 0 (a length); v0 r0^{1/2}/(r0+r)^{3/2} = (v0/r0)(1+r/r0)^{-3/2}")

case("expression", r"""<think>
Y(s) = 1/((s+a)(s+b)) = [1/(b-a)] [1/(s+a) - 1/(s+b)].
So y = (e^{-at} - e^{-bt})/(b-a). I'll write it with a-b in the denominator and swap the exponentials.
</think>
$$y(t) = \frac{e^{-bt}-e^{-at}}{a-b}$$

\boxed{\frac{e^{-bt}-e^{-at}}{a-b}}""",
     ["\\frac{1}{b-a}\\left(e^{-a t}-e^{-b t}\\right)\n"], True, "both numerator and denominator negated")

case("expression", r"""Partial fractions give $\frac{1}{(s+a)(s+b)} = \frac{1}{a-b}\left(\frac{1}{s+a}-\frac{1}{s+b}\right)$, hence

$$y(t) = \boxed{\frac{e^{-at}-e^{-bt}}{a-b}}$$""",
     ["\\frac{1}{b-a}\\left(e^{-a t}-e^{-b t}\\right)\n"], False, "off by an overall sign")

case("expression", r"""<think>
For m even the answer is mn - m/2; for m odd, mn - (m-1)/2. Both are mn - floor(m/2).
</think>
In both parities the count is $mn-\left\lfloor \frac{m}{2}\right\rfloor$.

$$\boxed{mn-\left\lfloor \tfrac{m}{2}\right\rfloor}$$""",
     ["$m n-\\lfloor m / 2\\rfloor$"], True)

case("expression", r"""<think>
For even m we lose m/2 cells. For odd m we lose (m+1)/2. So mn - ceil(m/2).
</think>
The answer is $\boxed{mn-\left\lceil m/2\right\rceil}$.""",
     ["$m n-\\lfloor m / 2\\rfloor$"], False, "ceiling vs floor: equal for even m only")

case("expression", r"""<think>
Small cases: N=3 gives 3, N=4 gives 5, N=5 gives 9. Pattern 2^{N-2}+1.
Equivalent: 2^N/4 + 1.
</think>
$$M = \frac{2^{N}}{4} + 1$$

\boxed{M=\frac{2^{N}}{4}+1}""",
     ["$M=2^{N-2}+1$"], True)

case("expression", r"""Checking small cases: $N=3$ gives $M=3$. Generalising, $M = 2^{N-1}-1$.

$\boxed{2^{N-1}-1}$""",
     ["$M=2^{N-2}+1$"], False, "agrees with the reference at N=3 only")

case("expression", r"""I get $n^2-2$ for the general case (for $n=2$ this gives $2$, matching the example).

\boxed{n^2-2}""",
     ["$2n-2$"], False, "n^2-2 equals 2n-2 only at n=0 and n=2")

case("expression", r"""<think>
The ratio of the marginal utilities: MU_S / MU_C = (4/S)/(6/C) = 4C/(6S) = 2C/(3S).
</think>
$$MRS = \frac{MU_S}{MU_C} = \frac{2C}{3S}$$

**Answer:** $\dfrac{2C}{3S}$""",
     ["\\frac{2}{3} \\frac{C}{S}\n"], True)

case("expression", r"""$MRS = \frac{MU_S}{MU_C}$ with $MU_S = 4/S$, $MU_C = 6/C$, so the MRS is $\boxed{\frac{3S}{2C}}$.""",
     ["\\frac{2}{3} \\frac{C}{S}\n"], False, "reciprocal of the reference")

# ---------------------------------------------------------------------------
# Equations
# ---------------------------------------------------------------------------
case("equation", r"""Salt enters at $rc$ g/min and leaves at $\frac{x}{V}r$ g/min, so $x' = rc - \frac{r}{V}x$. In standard linear form:

$$x' + \frac{r}{V}x = rc$$

Final Answer: The final answer is $x' + \frac{r}{V}x = rc$. I hope it is correct.""",
     ["x' + \\frac{r}{V}x - rc = 0", "x' + \\frac{r}{V}x - rc = 0\n"], True, "same equation with rc moved to the right side")

case("equation", r"""Rate in minus rate out: $x' = rc + \frac{r}{V}x$, i.e.

$$\boxed{x' - \frac{r}{V}x - rc = 0}$$""",
     ["x' + \\frac{r}{V}x - rc = 0"], False, "outflow sign wrong")

case("equation", r"""<think>
KVL: v_i = L di/dt + v_o, i = C dv_o/dt, so v_i = LC v_o'' + v_o.
</think>
Kirchhoff's voltage law around the loop gives

$$LC\,\frac{d^2v_o}{dt^2} + v_o = v_i.$$

\boxed{LC\frac{d^{2}v_{o}}{dt^{2}}+v_{o}=v_{i}}""",
     ["\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}\n"], True,
     "the reference multiplied through by LC (nonzero)")

case("equation", r"""Each bearing is a linear friction element with coefficient $B$, and the torque is shared, so

$\boxed{I\frac{d\omega}{dt} + B\omega = T}$""",
     ["I \\frac{d \\omega}{d t}+2 B \\omega=T\n"], False, "one bearing instead of two")

case("equation", r"""Using the elasticity at the reference point, the demand curve is $1.25P + X_d = 125$.

$\boxed{1.25P+X_{d}=125}$""",
     ["X_{d}=125-1.25 P"], True, "rearranged linear equation")

case("equation", r"""With the elasticity $-0.25$ we get the linear demand $\boxed{X_d = 125 - 1.25/P}$.""",
     ["X_{d}=125-1.25 P"], False, "1.25/P is not linear and not equal")

# ---------------------------------------------------------------------------
# Signs and branches
# ---------------------------------------------------------------------------
case("sign_branch", r"""<think>
arcsin(-1/2): sin(-pi/6) = -1/2 and -pi/6 is in [-pi/2, pi/2]. But maybe they want the positive angle 11pi/6?
sin(11pi/6) = -1/2 too. I'll give 11pi/6 since angles are usually positive.
</think>
$\arcsin(-1/2) = \boxed{\dfrac{11\pi}{6}}$""",
     "-\\frac{\\pi}{6}", False, "wrong branch: outside the principal range of arcsin")

case("sign_branch", r"""The principal value of $\arcsin(-\tfrac12)$ lies in $[-\tfrac{\pi}{2}, \tfrac{\pi}{2}]$, so it is $-\pi/6$ rad.

Final Answer: $-\pi/6 \text{ rad}$""",
     "-\\frac{\\pi}{6}", True)

case("sign_branch", r"""<think>
Volume rate 20 pi = pi r^2 * 4, so r^2 = 5, r = sqrt 5 (or -sqrt 5 but radius positive).
</think>
$\pi r^2 \cdot 4 = 20\pi \Rightarrow r^2 = 5 \Rightarrow r = \pm\sqrt{5}$

$\boxed{\pm\sqrt{5}}$""",
     "\\sqrt{5}", False, "extra negative root for a radius")

case("sign_branch", r"""<think>
tan^{-1}(x) + cot^{-1}(1/x): for x>0 both are arctan x, so sin(2 arctan x) = 2x/(1+x^2) = 1/3 -> x^2 - 6x + 1 = 0 -> x = 3 ± 2 sqrt 2, both positive. OK.
</think>
Solving $\frac{2x}{1+x^2}=\frac13$ gives $x^2-6x+1=0$:

$$x = 3+2\sqrt2 \quad\text{or}\quad x = 3-2\sqrt2.$$

Both are positive, so both are valid.

**Answer:** $3-2\sqrt{2},\ 3+2\sqrt{2}$""",
     "3 \\pm 2 \\sqrt{2}", True, "both members of the ± listed (order irrelevant)")

case("sign_branch", r"""$\frac{2x}{1+x^2} = \frac13$ gives $x = 3 \pm 2\sqrt{2}$; only the larger root is consistent with the arctangent branch, so

$\boxed{3+2\sqrt{2}}$""",
     "3 \\pm 2 \\sqrt{2}", False, "drops one member of the solution set")

case("sign_branch", r"""<think>
(1 + sqrt3 i) = 2 e^{i pi/3}. Fourth power: 16 e^{4 i pi/3} = 16(-1/2 - i sqrt3/2) = -8 - 8 sqrt3 i.
</think>
$e^{4(a+bi)} = (1+\sqrt3 i)^4 = 16e^{4\pi i/3} = -8(1+\sqrt{3}\,i)$

\boxed{-8(1+\sqrt{3}i)}""",
     ["-8-8\\sqrt{3}i\n", "-8-8\\sqrt{3}i", "-8-8 \\sqrt{3} i"], True)

case("sign_branch", r"""$(1+\sqrt3 i)^4 = 16 e^{4\pi i/3}$. Taking cos and sin of $4\pi/3$: $x=-8$, $y = 8\sqrt3$.

Final Answer: The final answer is $-8+8\sqrt{3}i$. I hope it is correct.""",
     ["-8-8\\sqrt{3}i\n", "-8-8\\sqrt{3}i", "-8-8 \\sqrt{3} i"], False, "complex conjugate")

case("sign_branch", r"""<think>
Euler: x0=0,y0=-1: m0 = 1 - 0 = 1, y1 = -1 + 0.5 = -0.5. x1 = 0.5: m1 = 0.25 - 0.25 = 0, y2 = -0.5. x2 = 1: m2 = 0.25 - 1 = -0.75, y3 = -0.5 - 0.375 = -0.875.
</think>
$y(1.5) \approx -\dfrac{7}{8}$

\boxed{-\frac{7}{8}}""",
     ["-0.875\n"], True, "-7/8 is exactly -0.875")

case("sign_branch", r"""$10^6$ stars are $15$ magnitudes brighter than one star of magnitude $+8$: $8 - 15 = -7$... wait, combined flux $10^6$ times means $2.5\log_{10}10^6 = 15$ magnitudes. So $m = 7$.

\boxed{7}""",
     ["-7"], False, "sign dropped")

# ---------------------------------------------------------------------------
# Degrees vs radians
# ---------------------------------------------------------------------------
case("degree_radian", r"""$\cos\angle ABC = \frac{\vec{BA}\cdot\vec{BC}}{|BA||BC|} = \frac{-27}{54} = -\frac12$, so the angle is 120 degrees.

Final Answer: The final answer is 120 degrees. I hope it is correct.""",
     "120^\\circ", True)

case("degree_radian", r"""$\arcsin(-1/2)$ is the angle whose sine is $-1/2$ in the principal range, i.e. $-30$.

\boxed{-30}""",
     "-\\frac{\\pi}{6}", False, "degree value given where radians were asked; -30 is not -pi/6")

case("degree_radian", r"""<think>
Direction vectors: first line x = t, y = 2t/3, z = -2t -> (3,2,-6). Second: x = t, y = -6t, z = -3t/2 -> (2,-12,-3). Dot: 6 - 24 + 18 = 0. Perpendicular.
</think>
The direction vectors $(3,2,-6)$ and $(2,-12,-3)$ have dot product $0$, so the lines are perpendicular: the angle is $90°$.

**Answer: 90°**""",
     "90^\\circ", True, "unicode degree sign")

case("degree_radian", r"""Then $\tan\theta = -\sqrt{3}$. The least positive angle with this tangent is $\theta = 60^\circ$... no: $\tan 60^\circ = \sqrt3$, so $\theta = 180^\circ - 60^\circ$? I'll take the reference angle.

\boxed{60^\circ}""",
     "120^\\circ", False)

case("degree_radian", r"""Since $\sin x = \frac{\cos 15^\circ}{3} \approx 0.32198$, $x = \arcsin(0.32198) \approx 18.78^\circ$.

To the nearest tenth of a degree: $x \approx 18.8^\circ$.""" + "\n\n**Answer:** $18.8^\\circ$",
     ["$18.8^{\\circ}$"], True)

case("degree_radian", r"""<think>
sin x = cos 15 / 3 = 0.965926/3 = 0.321975. arcsin -> 0.32780 rad = 18.78 degrees.
</think>
$x \approx 0.328$

\boxed{0.328}""",
     ["$18.8^{\\circ}$"], False, "radian value where degrees to the nearest tenth were asked")

# ---------------------------------------------------------------------------
# Percent vs fraction
# ---------------------------------------------------------------------------
case("percent", r"""Out of 36 attempts he makes $5 + 16 = 21$, i.e. $58\tfrac13\%$, up from $41\tfrac23\%$. The increase is

$$58\tfrac13 - 41\tfrac23 = 16\tfrac23 \approx 17 \text{ percentage points}.$$

**Answer:** 17 percentage points""",
     "17\\%", True, "percentage points unit of the percent reference")

case("percent", r"""The increase in his success rate is $\frac{21}{36} - \frac{5}{12} = \frac{7}{12} - \frac{5}{12} = \frac{1}{6}$, about $0.17$.

\boxed{0.17\%}""",
     "17\\%", False, "0.17% is not 17%")

case("percent", r"""After the two markdowns the item costs $0.6^2 = 0.36$ of its original price.

$\boxed{36\%}$""",
     "64\\%", False, "remaining fraction instead of the reduction")

case("percent", r"""Each edge scales by $1.5$, so the surface area scales by $1.5^2 = 2.25$: an increase of $125$.

\boxed{125}""",
     "125\\%", True, "percent sign omitted, same number")

case("percent", r"""<think>
Remaining: A 40 - x, B 50 - y, C 50 - z with x+y+z = 60 and 0.1x+0.2y+0.3z = 15. Remaining total 80 g, acid 4+10+15-15 = 14 g. 14/80 = 17.5%.
</think>
The leftover mixture weighs $80$ g and contains $14$ g of acid, so it is $\frac{14}{80} = \frac{35}{2}\%$ acid.

\boxed{\frac{35}{2}\%}""",
     ["17.5%"], True, "35/2 = 17.5")

case("percent", r"""The remaining mixture contains $14$ g of acid out of $80$ g, i.e. $1.75\%$.

Final answer: $1.75\%$""",
     ["17.5%"], False, "off by a factor of 10")

case("percent", r"""<think>
Population factor for Alphaville: 0.971 * 1.089 * 1.069 = 1.13038. Then (1 + r/100)^3 = 1.13038, 1 + r/100 = 1.041697, r = 4.1697.
</think>
$(1+r/100)^3 = 0.971\cdot1.089\cdot1.069 \approx 1.13038$, so $r \approx 4.17$.

Final Answer: $r \approx 4.17\%$""",
     ["4.2"], True, "reference rounded to one decimal; 4.17 rounds to 4.2 (unit %)")

case("percent", r"""$(1+r/100)^3 = 1.13038$, so $1 + r/100 = 1.0417$, giving $r = \boxed{4.1}$ (to one decimal place).""",
     ["4.2"], False, "4.17 truncated, not rounded; 4.1 does not round-match 4.2")

case("percent", r"""New total $= 1.08 \times$ old total, so the increase is $0.08$, i.e. $\boxed{0.08\%}$.""",
     ["$8 \\%$"], False, "0.08% is not 8%")

# ---------------------------------------------------------------------------
# Intervals vs sets, inequalities, unions
# ---------------------------------------------------------------------------
case("interval", r"""<think>
f(f(x)) = x with f(x) != x: period-2 points exist iff lambda > 3. Up to 4 inclusive.
</think>
Period-two points exist exactly when $3 < \lambda \le 4$.

**Answer:** $3 < \lambda \le 4$""",
     "(3,4]", True, "inequality form of the interval")

case("interval", r"""A 2-cycle appears once the fixed point loses stability at $\lambda = 3$, so the answer is $\boxed{[3,4]}$.""",
     "(3,4]", False, "closed endpoint at 3")

case("interval", r"""<think>
x^4 + 4x^2 + 4 < 25 -> (x^2+2)^2 < 25 -> x^2 < 3. Lower bound always holds.
</think>
The left inequality always holds; the right one gives $(x^2+2)^2<25$, i.e. $x^2<3$.

So the solution set is $|x| < \sqrt{3}$.

$\boxed{-\sqrt{3}<x<\sqrt{3}}$""",
     "(-\\sqrt{3}, \\sqrt{3})", True)

case("interval", r"""$(x^2+2)^2 < 25$ gives $x^2 < 3$, whose boundary points are $x = \pm\sqrt3$.

$\boxed{\{-\sqrt{3}, \sqrt{3}\}}$""",
     "(-\\sqrt{3}, \\sqrt{3})", False, "set of two endpoints, not the interval")

case("interval", r"""$(x-7)(x+2) \le 0$ has roots $x=-2$ and $x=7$.

\boxed{x=-2,\ x=7}""",
     "x \\in [-2,7]", False, "roots of the boundary, not the solution interval")

case("interval", r"""<think>
Need x^2 - 5x + 6 > 0: (x-2)(x-3) > 0 -> x < 2 or x > 3.
</think>
The radicand must be positive: $(x-2)(x-3)>0$.

**Answer:** $x<2$ or $x>3$""",
     "(-\\infty, 2) \\cup (3, \\infty)", True, "inequality form of a union (not a hedge)")

case("interval", r"""$(x-2)(x-3)\ge 0$, so the domain is $\boxed{(-\infty,2]\cup[3,\infty)}$.""",
     "(-\\infty, 2) \\cup (3, \\infty)", False, "includes 2 and 3 where the denominator vanishes")

case("interval", r"""<think>
Numerator |x^2-81| >= 0 and zero at x = ±9; need denominator x(x-36) < 0 -> 0 < x < 36, and exclude x = 9.
</think>
We need $x^2-36x<0$, i.e. $0<x<36$, and the numerator must be nonzero, so $x\neq 9$.

$$\boxed{(0,36)\setminus\{9\}}$$""",
     "(0,9) \\cup (9,36)", True)

case("interval", r"""The numerator is non-negative, so we just need $x^2 - 36x < 0$, i.e. $\boxed{(0,36)}$.""",
     "(0,9) \\cup (9,36)", False, "forgot to exclude x = 9 (strict inequality fails there)")

case("interval", r"""Both bounds are attained. $f(x) = (\arccos x)^2 + (\arcsin x)^2$ ranges over

$$\left[0.125\pi^2,\ 1.25\pi^2\right]$$""" + "\n\n**Answer:** $[0.125\\pi^2, 1.25\\pi^2]$",
     "\\left[ \\frac{\\pi^2}{8}, \\frac{5 \\pi^2}{4} \\right]", True, "exact decimal coefficients of pi^2")

case("interval", r"""<think>
Solutions: x < 0 or x = 1.
</think>
The inequality holds for every negative $x$ and additionally at the isolated point $x=1$.

**Answer:** $(-\infty,0)\cup\{1\}$ — that is, $x<0$ or $x=1$.""",
     ["$(-\\infty, 0) \\cup\\{1\\}$."], True)

case("interval", r"""The inequality holds for all negative $x$: $\boxed{(-\infty,0)}$.""",
     ["$(-\\infty, 0) \\cup\\{1\\}$."], False, "missing the isolated point {1}")

# ---------------------------------------------------------------------------
# Solution sets (unordered) and lists
# ---------------------------------------------------------------------------
case("solution_set", r"""<think>
Let a = x-3, b = x-7: a^3 + b^3 = (a+b)^3 -> 3ab(a+b) = 0 -> x = 3, 7, 5.
</think>
With $a = x-3$, $b = x-7$ we get $3ab(a+b) = 0$, so the roots are $x=7$, $x=3$, $x=5$.

\boxed{7, 3, 5}""",
     "3, 5, 7", True, "set in another order")

case("solution_set", r"""$3ab(a+b)=0$ gives $x=3$ or $x=7$.

\boxed{3, 7}""",
     "3, 5, 7", False, "missing x = 5 from a+b=0")

case("solution_set", r"""$n^2 + n - 2 = 0 \Rightarrow n \in \{1, -2\}$; also $n = 0$ works by inspection.

$\boxed{-2, 0, 1}$""",
     "1,-2", False, "extra member")

case("solution_set", r"""Using Vieta on the resolvent cubic $y^3 - 2y^2 - 8y + 16$... hmm, more carefully the resolvent has roots $-2$ and $1\pm\sqrt5$.

$$\boxed{\{-2,\ 1+\sqrt5,\ 1-\sqrt5\}}$$""",
     "\\{1\\pm\\sqrt{5},-2\\}", True)

case("solution_set", r"""The resolvent cubic factors as $(y+2)(y^2-2y-4)$ and we need the complex pairings only, giving

$\boxed{\{1+\sqrt{5}, 1-\sqrt{5}\}}$""",
     "\\{1\\pm\\sqrt{5},-2\\}", False, "missing -2")

case("solution_set", r"""<think>
Taking log10: (x+2) log 2 + (6-x) log 5 = x^2. Solutions x = 2 and x = -log10 250 = log10(1/250) = log10(0.004).
</think>
The two solutions are $x=2$ and $x=\log_{10}\frac{1}{250}$.

\boxed{2,\ \log_{10}\tfrac{1}{250}}""",
     ["$2,-\\log _{10} 250$"], True, "-log10 250 = log10(1/250)")

# ---------------------------------------------------------------------------
# Ordered tuples / points
# ---------------------------------------------------------------------------
case("tuple", r"""<think>
Let the roots be a, b, c; then a^3, b^3, c^3 are roots of y^3 + p y^2 + q y + r. Sum of cubes = -p ... I computed r = 31 and q = -1.
</think>
$\boxed{(6,-1,31)}$""",
     "(6,31,-1)", False, "components in the wrong order")

case("tuple", r"""Comparing coefficients of $(x-a)^2(x-b)$ with $f(x)-f(a)$: $2a + b = -3$, $a^2+2ab = 0$. Since $a\ne0$, $a = -2b$, so $-3b=-3$, $b = 1$, $a=-2$.

Final: $a=-2$, $b=1$.""",
     "(-2,1)", True, "labelled components in order")

case("tuple", r"""$a = -2$, $b = 1$, so the ordered pair is $\boxed{(1,-2)}$.""",
     "(-2,1)", False, "reversed ordered pair")

case("tuple", r"""The point $(0,3)$ has $r = 3$ and angle $\theta = \frac{\pi}{2} + 2\pi$.

\boxed{\left(3, \frac{5\pi}{2}\right)}""",
     "\\left( 3, \\frac{\\pi}{2} \\right)", False, "same geometric point but theta outside [0, 2pi); tuple component differs")

case("tuple", r"""<think>
x^2 - xy + 8 = 0 and y = 8x - x^2. Substitute: x^2 - x(8x - x^2) + 8 = x^3 - 7x^2 + 8 = 0 -> (x+1)(x^2 - 8x + 8) = 0 -> x = -1, 4 ± 2 sqrt 2.
y = 8x - x^2: x=-1: y=-9. x = 4±2sqrt2: x^2 = 8x - 8, so y = 8.
</think>
The solutions are $(x,y) = (-1,-9)$ and $(4\pm2\sqrt2,\ 8)$.

**Answer:** $(4+2\sqrt{2},8),\ (4-2\sqrt{2},8),\ (-1,-9)$""",
     ["$(-1,-9),(4+2 \\sqrt{2}, 8),(4-2 \\sqrt{2}, 8)$"], True, "all pairs, list reordered")

case("tuple", r"""From $x^3 - 7x^2 + 8 = 0$ the roots are $x=-1$ and $x=4\pm 2\sqrt2$; the corresponding solutions are

$\boxed{(-1,-9),\ (8,4+2\sqrt{2}),\ (8,4-2\sqrt{2})}$""",
     ["$(-1,-9),(4+2 \\sqrt{2}, 8),(4-2 \\sqrt{2}, 8)$"], False, "coordinates of two pairs swapped")

case("tuple", r"""The triples $(x, y, p)$ we found are $(2,7,13)$, $(4,5,7)$ and $(1,8,19)$.

Final Answer: $(4,5,7), (2,7,13), (1,8,19)$""",
     ["$(1,8,19), (2,7,13), (4,5,7)$"], True)

case("tuple", r"""Solutions: $(1,8,19)$ and $(2,7,13)$.

\boxed{(1,8,19),(2,7,13)}""",
     ["$(1,8,19), (2,7,13), (4,5,7)$"], False, "missing (4,5,7)")

case("tuple", r"""<think>
sin x cos y = 2^{-3/2}, sin x / cos y = 2^{1/2}. Multiply: sin^2 x = 1/2; divide: cos^2 y = 1/4. With ranges: x = 45 or 135, cos y = 1/2 -> y = 60.
</think>
$\sin^2x=\tfrac12$ and $\cos y=\tfrac12$ (it must be positive), so

$$(x,y) = (45, 60) \text{ or } (135, 60).$$

**Answer:** $(45,60),\ (135,60)$""",
     ["$(45^{\\circ}, 60^{\\circ}),(135^{\\circ}, 60^{\\circ})$"], True, "degree signs omitted; both pairs given")

# ---------------------------------------------------------------------------
# Matrices and vectors
# ---------------------------------------------------------------------------
case("matrix", r"""<think>
Project onto (3,1): (1/10)[[9,3],[3,1]]. Then onto (1,1): (1/2)[[1,1],[1,1]]. Product P2 P1 = (1/20)[[12,4],[12,4]] = [[3/5,1/5],[3/5,1/5]].
</think>
The composite projection matrix is

$$\frac{1}{5}\begin{pmatrix} 3 & 1 \\ 3 & 1 \end{pmatrix}.$$

\boxed{\frac{1}{5}\begin{pmatrix} 3 & 1 \\ 3 & 1 \end{pmatrix}}""",
     "\\begin{pmatrix} \\frac{3}{5} & \\frac{1}{5} \\\\ \\frac{3}{5} & \\frac{1}{5} \\end{pmatrix}", True, "scalar factored out")

case("matrix", r"""Multiplying the two projection matrices in the order $P_1P_2$:

$$\boxed{\begin{pmatrix} 3/5 & 3/5 \\ 1/5 & 1/5 \end{pmatrix}}$$""",
     "\\begin{pmatrix} \\frac{3}{5} & \\frac{1}{5} \\\\ \\frac{3}{5} & \\frac{1}{5} \\end{pmatrix}", False, "transpose (wrong multiplication order)")

case("matrix", r"""Sum of the odd numbers up to 99 is 2500, so the product is

$$\boxed{\begin{pmatrix} 1 & 0 \\ 2500 & 1 \end{pmatrix}}$$""",
     "\\begin{pmatrix} 1 & 2500 \\\\ 0 & 1 \\end{pmatrix}", False, "transpose")

case("matrix", r"""<think>
M = B A^{-1} where A = [[1,-4],[3,-2]], det = -2 + 12 = 10. A^{-1} = (1/10)[[-2,4],[-3,1]].
B A^{-1} = (1/10)[[-16,-6],[7,2]] [[-2,4],[-3,1]] = (1/10)[[32+18, -64-6],[-14-6, 28+2]] = [[5,-7],[-2,3]].
</think>
$\mathbf{M} = \begin{pmatrix} -16 & -6 \\ 7 & 2 \end{pmatrix}\begin{pmatrix} 1 & -4 \\ 3 & -2 \end{pmatrix}^{-1}$, which works out to

$$\boxed{\left[\begin{array}{cc} 5 & -7 \\ -2 & 3 \end{array}\right]}$$""",
     "\\begin{pmatrix} 5 & -7 \\\\ -2 & 3 \\end{pmatrix}", True, "array environment with brackets")

case("matrix", r"""The columns of $\mathbf{M}$ are $\mathbf{Mi}$, $\mathbf{Mj}$, $\mathbf{Mk}$. So $\mathbf{M}$ has rows $(2,3,-8)$, $(0,5,-2)$, $(7,-1,4)$:

\boxed{\begin{pmatrix} 2 & 3 & -8 \\ 0 & 5 & -2 \\ 7 & -1 & 4 \end{pmatrix}}""",
     "\\begin{pmatrix} 2 & 0 & 7 \\\\ 3 & 5 & -1 \\\\ -8 & -2 & 4 \\end{pmatrix}", False, "images placed as rows: transpose")

case("matrix", r"""<think>
A = [[0,0,0],[0,0,-1],[0,1,0]]: rotation by 90 in yz. A^4 = diag(0,1,1) restricted... A^95 = A^3 = -A.
</think>
$\mathbf{A}^{95} = \mathbf{A}^{3} = -\mathbf{A}$, which is

$$\begin{pmatrix} 0 & 0 & 0 \\ 0 & 0 & -1 \\ 0 & 1 & 0 \end{pmatrix}$$

\boxed{\begin{pmatrix} 0 & 0 & 0 \\ 0 & 0 & -1 \\ 0 & 1 & 0 \end{pmatrix}}""",
     "\\begin{pmatrix} 0 & 0 & 0 \\\\ 0 & 0 & 1 \\\\ 0 & -1 & 0 \\end{pmatrix}", False, "wrote A instead of -A (off by sign)")

case("matrix", r"""<think>
v = a x b... we need a.v = 2 and a x v = (1,-2,1). Solve: v = (-1/3, 2/3, 5/3).
</think>
$$\mathbf{v} = \frac{1}{3}\begin{pmatrix} -1 \\ 2 \\ 5 \end{pmatrix}$$

\boxed{\frac{1}{3}\begin{pmatrix} -1 \\ 2 \\ 5 \end{pmatrix}}""",
     "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", True, "scalar factored out of the vector")

case("matrix", r"""Solving the linear system: $\mathbf{v} \approx (-0.333, 0.667, 1.667)$.

\boxed{\begin{pmatrix} -0.333 \\ 0.667 \\ 1.667 \end{pmatrix}}""",
     "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", False, "decimal approximations of exact thirds")

case("matrix", r"""The projection is $\frac{\mathbf{a}\cdot\mathbf{b}}{\|\mathbf{b}\|^2}\mathbf{b} = \frac{8}{49}\begin{pmatrix}2\\6\\3\end{pmatrix}$.

Final Answer: The final answer is $\frac{8}{49}\begin{pmatrix}2\\6\\3\end{pmatrix}$. I hope it is correct.""",
     "\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", True)

case("matrix", r"""<think>
(1,2,-5) x v = (90,30,30). Family v = v0 + t(1,2,-5); minimise |v|: v = (-7,16,5).
</think>
The shortest such vector is $\langle -7, 16, 5\rangle$.

**Answer:** $\langle -7,16,5\rangle$""",
     "\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", True, "angle-bracket vector notation")

# ---------------------------------------------------------------------------
# Large integers, thousands separators
# ---------------------------------------------------------------------------
case("large_integer", r"""<think>
LCM of 1..25 except two consecutive numbers whose removal keeps the rest dividing... friends 16 and 17 are wrong. LCM of the rest = 787386600.
</think>
The least such integer is $787{,}386{,}600$.

$\boxed{787{,}386{,}600}$""",
     "787386600", True)

case("large_integer", r"""Taking the LCM of all the remaining numbers gives $\boxed{787386000}$.""",
     "787386600", False, "one digit differs; large integers compare exactly")

case("large_integer", r"""Treat the two boys as a block: $7!$ arrangements of blocks times $2!$ inside the block: $5040 \times 2 = 10080$.

Final Answer: The final answer is $10080$. I hope it is correct.""",
     "10,\\!080", True)

case("large_integer", r"""Block the boys: $7! \cdot 2 = 10800$ seatings.

\boxed{10800}""",
     "10,\\!080", False, "digit transposition")

case("large_integer", r"""Nine ones and a trailing zero: $\boxed{1111111110}$.""",
     "11,\\! 111,\\! 111,\\! 100", False, "needs two trailing zeros (divisible by 50); different integer")

case("large_integer", r"""$26^2 \cdot 10^4 \cdot \ldots$ Combining the state formats, the difference is $28{,}121{,}600$, which is exactly $2.81216\times10^{7}$.

\boxed{2.81216 \times 10^{7}}""",
     "28121600", True, "exact scientific notation of the integer")

case("large_integer", r"""The difference in the number of plates is about $2.8\times 10^7$.

\boxed{2.8 \times 10^7}""",
     "28121600", False, "approximation of an exact large integer")

case("large_integer", r"""$1017^2 = (1000+17)^2 = 1{,}000{,}000 + 34{,}000 + 289 = 1{,}034{,}289$.

Final Answer: $1\,034\,289$""",
     "1034289", True, "thin-space thousands separators")

case("large_integer", r"""$(1000+17)^2 = 1000000 + 34000 + 389 = \boxed{1034389}$""",
     "1034289", False, "one digit differs (17^2 = 289)")

# ---------------------------------------------------------------------------
# Scientific notation
# ---------------------------------------------------------------------------
case("sci_notation", r"""<think>
m = 0 vs M_sun = +5 -> 5 magnitudes -> factor 100. L = 100 * 3.83e33 = 3.83e35.
</think>
Five magnitudes is a factor of $100$ in luminosity, so $L = 383 \times 10^{33}$ erg/s.

Final Answer: The final answer is $383 \times 10^{33}$. I hope it is correct.""",
     ["3.83 \\times 10^{35}\n"], True, "non-normalised mantissa, same value")

case("sci_notation", r"""A difference of five magnitudes corresponds to a factor of $100$... in magnitude space; the luminosity of the star is

$$\boxed{3.83\times 10^{33} \text{ erg/s}}$$""",
     ["3.83 \\times 10^{35}\n"], False, "exponent 33 vs 35")

case("sci_notation", r"""<think>
L = 4 pi R^2 sigma T^4 = 4 pi (1e9)^2 * 5.67e-5 * (5e4)^4 = 12.566e18 * 5.67e-5 * 6.25e18 = 4.45e33.
</think>
$L = 4\pi R^2\sigma T^4 \approx 4.45\times10^{33}\ \text{erg s}^{-1}$, i.e. to two significant figures $4.5\times10^{33}$ erg/s.

\boxed{4.5 \times 10^{33}\ \text{erg/s}}""",
     ["4.5e33\n"], True)

case("sci_notation", r"""The resolution of the array is the wavelength over the baseline: $\frac{1\text{ cm}}{1\text{ km}} = 10^{-5}$ radians.

**Answer:** $10^{-5}$ rad""",
     ["1e-5\n"], True)

case("sci_notation", r"""$\theta \approx \lambda / D = 0.01\text{ m}/1000\text{ m}$, so

\boxed{1\times 10^{-6}}""",
     ["1e-5\n"], False, "exponent off by one")

case("sci_notation", r"""The mean free path is $\lambda = \frac{1}{n\sigma}$ with $n = 10^6\ \text{pc}^{-3} \approx 3.4\times10^{-50}\ \text{cm}^{-3}$ and $\sigma = \pi R_\odot^2 \approx 1.5\times 10^{22}\ \text{cm}^2$, so $\lambda \approx 2.1\times 10^{27}$ cm.

Final Answer: The final answer is $2.1 \times 10^{27}$. I hope it is correct.""",
     ["2 \\times 10^{27}\n"], True, "one significant figure reference; 2.1e27 rounds to 2e27")

case("sci_notation", r"""$\lambda = 1/(n\sigma) \approx 2.6\times10^{27}$ cm.

\boxed{2.6\times10^{27}\ \text{cm}}""",
     ["2 \\times 10^{27}\n"], False, "rounds to 3e27, not 2e27")

# ---------------------------------------------------------------------------
# Rounded references (rule 5)
# ---------------------------------------------------------------------------
case("rounded_reference", r"""<think>
Bayes: P(gene|+) = 0.95*0.001 / (0.95*0.001 + 0.004*0.999) = 0.00095 / 0.004946 = 0.19207.
</think>
By Bayes' theorem,

$$P(G\mid +) = \frac{0.95\times0.001}{0.95\times0.001 + 0.004\times0.999} \approx 0.1921.$$

**Answer:** $\approx 0.1921$""",
     ["0.192\n"], True, "more precise value rounding to 0.192")

case("rounded_reference", r"""By Bayes' rule the posterior is $\frac{0.95 \cdot 0.001}{0.95\cdot 0.001 + 0.004} = \frac{0.00095}{0.00495} \approx 0.1919$... let me redo with $0.999$: it's $0.1932$.

\boxed{0.1932}""",
     ["0.192\n"], False, "rounds to 0.193")

case("rounded_reference", r"""$P = \dfrac{0.95 \cdot 0.001}{0.95\cdot0.001 + 0.004\cdot0.999} = \dfrac{475}{2473}$.

Final Answer: The final answer is $\frac{475}{2473}$. I hope it is correct.""",
     ["0.192\n"], True, "exact value 0.19207... rounds to the rounded reference")

case("rounded_reference", r"""<think>
Bohr: 1/lambda = R Z^2 (1/4 - 1/9) = 1.097e7 * 676 * 5/36 = 1.0300e9 m^-1 -> lambda = 9.71e-10 m = 9.7 A? Hmm, with R = 1.097e7: 1.097e7*676 = 7.4157e9; *0.138889 = 1.02996e9; 1/ = 9.709e-10. That's 9.7 A.
Alternatively scale from hydrogen H-alpha 6563 A / 676 = 9.709 A.
</think>
Scaling H$\alpha$ ($6563$ Å) by $1/Z^2 = 1/676$: $\lambda \approx 9.71$ Å.

\boxed{9.71}""",
     ["9.6\n"], False, "9.71 rounds to 9.7, not 9.6")

case("rounded_reference", r"""Using $E_n = -13.6 Z^2/n^2$ eV with the reduced constant $hc = 12398$ eV·Å and $\Delta E = 13.6\cdot 676\cdot\frac{5}{36}\cdot\frac{1}{0.98}$... the wavelength is about $9.62$ Å.

Final Answer: The final answer is 9.62 Å. I hope it is correct.""",
     ["9.6\n"], True, "9.62 rounds to 9.6; Å unit is the one asked")

case("rounded_reference", r"""$g = \frac{GM_\odot}{(1\,\text{AU})^2} = \frac{6.67\times10^{-11}\times 2\times10^{30}}{(1.5\times10^{11})^2} \approx 5.9\times10^{-3}\ \text{m/s}^2$.

To one significant figure: $6\times 10^{-3}$ m/s².

\boxed{6\times10^{-3}\ \text{m/s}^2}""",
     ["0.006\n"], True)

case("rounded_reference", r"""$g = GM/r^2 \approx 0.0066$ m/s$^2$ (using $r = 1.4\times10^{11}$ m).

Final Answer: The final answer is 0.0066. I hope it is correct.""",
     ["0.006\n"], False, "rounds to 0.007 at one significant figure")

case("rounded_reference", r"""Parallax $p = 1/d = 1/300$ arcsec $\approx 0.0033''$.

\boxed{0.0033''}""",
     ["0.003^{\\prime \\prime}\n"], True, "0.0033 rounds to 0.003 at one significant figure; arcsecond mark")

case("rounded_reference", r"""<think>
ln t = ln a + b ln m. b = ln(3.75/2.75)/ln 2 = ln(1.36364)/0.693147 = 0.310155/0.693147 = 0.44746.
a = 2.75 / 3^0.44746 = 2.75/1.63496 = 1.6820.
</think>
$b = \log_2\frac{3.75}{2.75} \approx 0.447$ and $a = 2.75/3^{b} \approx 1.682$.

To two decimal places: $a \approx 1.68$, $b \approx 0.45$.

**Answer:** $a = 1.68,\ b = 0.45$""",
     ["$1.68,0.45$"], True)

case("rounded_reference", r"""$b = \log_2(3.75/2.75) = 0.4475$, truncated to $0.44$, and $a = 1.68$.

\boxed{a = 1.68,\ b = 0.44}""",
     ["$1.68,0.45$"], False, "b truncated instead of rounded")

case("rounded_reference", r"""<think>
v = sqrt(2 e V / m) = sqrt(2 * 1.6e-19 * 10 / 9.11e-31) = sqrt(3.5126e12) = 1.8742e6.
</think>
$v = \sqrt{2eV/m_e} \approx 1.874\times10^{6}$ m/s.

\boxed{1.874 \times 10^{6}\ \text{m/s}}""",
     ["1.87 \\times 10^6\n", "1.87 \\times 10^6"], True, "1.874 rounds to 1.87")

case("rounded_reference", r"""$v = \sqrt{2eV/m} = 1.88\times10^{6}$ m/s.

**Answer:** $1.88\times10^{6}$""",
     ["1.87 \\times 10^6\n", "1.87 \\times 10^6"], False)

case("rounded_reference", r"""Using $Z = 2$: $a = a_0/Z = 0.52918/2 = 0.26459$ Å.

\boxed{0.2646}""",
     ["0.265\n"], True, "0.2646 rounds to 0.265")

case("rounded_reference", r"""$a_{He^+} = a_0/Z = 0.529/2$. To three decimals: $\boxed{0.264}$ Å.""",
     ["0.265\n"], False, "truncation, does not match 0.265")

case("rounded_reference", r"""$x\lfloor x \rfloor = 17$ with $\lfloor x\rfloor = 4$ gives $x = 4.25$, approximately $4.2$.

\boxed{4.2}""",
     ["4.25"], False, "reference is exact, 4.2 is a rounded approximation")

# ---------------------------------------------------------------------------
# Exact reference vs decimal approximation
# ---------------------------------------------------------------------------
case("exact_vs_approx", r"""<think>
The area of the field is maximised when ... 2L + 2 pi r = 400 => area L * 2r max at L = 100, r = 100/pi -> area = 20000/pi.
</think>
The largest area is $\frac{20000}{\pi} \approx 6366.2$ square meters.

**Answer:** $\frac{2 \cdot 10^{4}}{\pi}$""",
     "\\frac{20000}{\\pi}", True, "the final statement is the exact value written with 2*10^4")

case("exact_vs_approx", r"""Maximising $A = L\cdot 2r$ subject to $2L + 2\pi r = 400$: $L = 100$, $r = 100/\pi$.

The largest possible area is about $\boxed{6366.2}$ square meters.""",
     "\\frac{20000}{\\pi}", False, "decimal approximation of an exact answer")

case("exact_vs_approx", r"""The value is $\frac{\sqrt{27}}{4}$.

\boxed{\frac{\sqrt{27}}{4}}""",
     "\\frac{3\\sqrt{3}}{4}", True, "sqrt 27 = 3 sqrt 3")

case("exact_vs_approx", r"""The straight-line path on the unfolded net has length $\approx 21.26$ ft.

**Answer:** 21.26""",
     "2\\sqrt{113}", False, "approximation")

case("exact_vs_approx", r"""<think>
Distance from B to P: solve the hyperbola conditions... BP = 41/12 km.
</think>
Solving the two timing equations simultaneously gives $BP = 3\tfrac{5}{12}$ km.

**Answer:** $3\frac{5}{12}\ \text{km}$""",
     ["$\\frac{41}{12}$"], True, "mixed number 3 5/12 = 41/12; km is the unit field")

case("exact_vs_approx", r"""$BP = \frac{41}{12} \approx 3.4167$ km.

\boxed{3.4167\ \text{km}}""",
     ["$\\frac{41}{12}$"], False, "decimal approximation of an exact fraction")

case("exact_vs_approx", r"""<think>
Angle BAC = interior heptagon angle - 90 = 900/7 - 90 = 270/7.
</think>
$\angle BAC = \frac{900}{7}^\circ - 90^\circ = 38\frac{4}{7}$ degrees.

**Answer:** $38\frac{4}{7}^\circ$""",
     "\\frac{270}7\\text{ degrees}", True, "mixed number of 270/7")

case("exact_vs_approx", r"""$\frac{900}{7} - 90 \approx 38.57$, so $\angle BAC \approx \boxed{38.57^\circ}$.""",
     "\\frac{270}7\\text{ degrees}", False, "approximation")

case("exact_vs_approx", r"""$P(\text{sum even}) = P(\text{both odd}) = \left(\frac56\right)^2 = \frac{25}{36}$... wait, with repeats allowed: $\frac{26}{36} = 0.7\overline{2}$.

Final Answer: $0.7\overline{2}$""",
     "\\frac{13}{18}", True, "0.7222... = 13/18")

case("exact_vs_approx", r"""Probability the sum is even: $\frac{26}{36} \approx \boxed{0.722}$.""",
     "\\frac{13}{18}", False, "terminating approximation of a repeating decimal")

# ---------------------------------------------------------------------------
# Units (rule 6)
# ---------------------------------------------------------------------------
case("units", r"""Let the paddling speed be $p$ and current $c$ (distance $d$): $d = 18(p+c)$, $d = 30c$. So $p = \frac{2}{3}c$... $d/p = 45$.

It would take **45 minutes**.""",
     ["45"], True, "unit matches the OlympiadBench unit field (minute)")

case("units", r"""Without current he paddles at $p = d/45$ per minute, so it takes him $\boxed{45 \text{ seconds}}$.""",
     ["45"], False, "different unit, same number (reference unit: minute)")

case("units", r"""<think>
Faces ab = 27, bc = 32, abc = 144 -> a = 144/32 = 4.5, c = 144/27 = 16/3, b = 6. Surface = 2(27 + 32 + ac) = 2(27 + 32 + 24) = 166.
</think>
The third face has area $4.5 \times \frac{16}{3} = 24$, so the surface area is $2(27+32+24) = 166\ \mathrm{cm}^2$.

\boxed{166\ \mathrm{cm}^{2}}""",
     ["$166$"], True)

case("units", r"""Surface area $= 2(27 + 32 + 24) = \boxed{166\ \text{cm}^3}$""",
     ["$166$"], False, "wrong unit (volume unit) with the same number")

case("units", r"""B must halve three times in 24 minutes, so its half-life is $\boxed{8\text{ hours}}$.""",
     ["8"], False, "different unit, same number (reference unit: min)")

case("units", r"""The paint covers $6.5\ \text{mm} \times 25\ \text{m} = 0.65\ \text{cm} \times 2500\ \text{cm} = 1625\ \text{cm}^2$.

$\boxed{1625\text{ cm}^2}$""",
     1625.0, True, "AMC float reference with matching unit")

case("units", r"""$6.5 \times 25{,}000 = 162{,}500$ mm$^2$... converting, the area is $\boxed{1625\ \text{mm}^2}$.""",
     1625.0, False, "square millimetres instead of square centimetres with the same number")

case("units", r"""At $\frac34 \cdot 80 = 60$ mph for $\frac13$ hour, the car travels $20$ mi.

\boxed{20\ \text{mi}}""",
     "20\\text{ miles}", True)

case("units", r"""$60\ \text{km/h} \times \frac{1}{3}\ \text{h} = \boxed{20\ \text{km}}$""",
     "20\\text{ miles}", False, "kilometres instead of miles, same number")

case("units", r"""Net primary productivity = gross primary productivity - plant respiration $= 20{,}000 - 5{,}000 = 15{,}000$ kcal m$^{-2}$ yr$^{-1}$.

Final Answer: The final answer is 15,000 kcal/m²/yr. I hope it is correct.""",
     ["15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n", "15000\n"], True)

case("units", r"""The working temperature of Pyrex (viscosity $10^4$ P) is about $1200\,^\circ$C.

Final Answer: The final answer is $1200^\circ\text{C}$. I hope it is correct.""",
     ["1200\n"], True)

case("units", r"""Pyrex working point: $\boxed{1200\ \text{K}}$.""",
     ["1200\n"], False, "Kelvin instead of Celsius, same number")

case("units", r"""The energy difference is $\boxed{7.6\ \text{eV}}$.""",
     ["7.6Z"], False, "dropped the factor Z")

case("units", r"""Crystal energy from the Born–Landé equation: $\Delta E_{cryst} \approx 7.02\times10^{5}$ J/mol.

\boxed{7.02\times 10^{5}\ \text{J/mol}}""",
     ["7.02 \\times 10^5"], True)

case("units", r"""$\Delta E_{cryst} = \frac{N_A M e^2}{4\pi\varepsilon_0 r_0}\left(1-\frac1n\right) \approx \boxed{7.02\times10^{2}\ \text{J/mol}}$""",
     ["7.02 \\times 10^5"], False, "exponent 2 (kJ value) labelled J/mol")

case("units", r"""$\$24{,}000 \times 1.01^{30} \approx \$32{,}347.62$... rounding to the nearest whole dollar: $\$32{,}348$.

Final Answer: $32,348 dollars""",
     "\\$32,\\!348", True)

# ---------------------------------------------------------------------------
# AIME / AMC reference shapes (rule 8)
# ---------------------------------------------------------------------------
case("aime_amc", r"""<think>
... so the answer is 25.
</think>
Therefore $x y = 25$.

\boxed{25}""",
     "025", True, "zero-padded AIME reference")

case("aime_amc", r"""The final answer is $\boxed{80}$.""",
     "080", True)

case("aime_amc", r"""<think>
Count: ... gives 8.
</think>
So the number of such configurations is $\boxed{8}$.""",
     "080", False, "8 is not 080 (stripping the wrong zero)")

case("aime_amc", r"""Putting it together, $m+n = \boxed{730}$.""",
     "073", False, "730 vs 73")

case("aime_amc", r"""<think>
p + q + r with p = -4/3... Let me recompute: the set of a is (-4, -1) ∪ (-1, ...). p + q + r = -4.
</think>
$p+q+r = \boxed{-4}$""",
     -4.0, True, "AMC float reference")

case("aime_amc", r"""Pairing terms: $\sum_{k=1}^{9}\left[(2k)^3-(2k-1)^3\right] = \sum (12k^2 - 6k + 1) = 12\cdot285 - 6\cdot45 + 9 = 3159$.

Final Answer: 3,159""",
     3159.0, True)

case("aime_amc", r"""With $\ell$ left-handers, $\binom{3\ell}{2}$ games; the $40\%$ condition forces $\ell=3$, so the left-handers won $\frac{7}{12}$ of... the fraction of games won by lefties is $0.36$? I'll report that.

\boxed{0.36}""",
     36.0, False, "a count is never rescaled by 100")

case("aime_amc", r"""So the count is $\boxed{8187}$.""",
     8178.0, False, "digit transposition")

# ---------------------------------------------------------------------------
# Complex numbers and Minerva complex forms
# ---------------------------------------------------------------------------
case("complex", r"""<think>
z'' + 3z' + 4z = 4 A e^{it}? With m=1,b=3,k=4 and y = A cos t: x'' + 3x' + 4x = 4y? The system is m x'' + b x' + k x = k y. p(i) = -1 + 3i + 4 = 3 + 3i. z_p = 4A e^{it}/(3+3i).
Rationalise: 4A(3-3i)/18 = 2A(1-i)/3.
</think>
$z_p(t) = \dfrac{4A}{p(i)}e^{it}$ with $p(i) = 3+3i$, i.e.

$$z_p = \frac{2A(1-i)}{3}e^{it}.$$

\boxed{\frac{2A(1-i)}{3}e^{it}}""",
     ["\\frac{4A}{3+3i}e^{it}\n"], True, "rationalised denominator")

case("complex", r"""$p(i) = 3+3i$, so $z_p = \frac{4A}{3+3i}e^{it} = \boxed{\frac{2A(1+i)}{3}e^{it}}$""",
     ["\\frac{4A}{3+3i}e^{it}\n"], False, "conjugate factor: 1+i instead of 1-i")

case("complex", r"""Integrating factor $e^{2t}$: $z = \frac{e^{2it}}{2+2i} + Ce^{-2t}$. Since $\frac{1}{2+2i} = \frac{1-i}{4}$,

**Answer:** $z = \frac{1-i}{4}e^{2it} + Ce^{-2t}$""",
     ["\\frac{e^{2it}}{2+2i} + Ce^{-2t}\n", "\\frac{e^{2it}}{2+2i}+Ce^{-2t}\n"], True)

case("complex", r"""$w = c + e^{i\pi/4}(z - c) = \boxed{6+5i}$""",
     "6 - 5i", False, "conjugate")

# ---------------------------------------------------------------------------
# Bases
# ---------------------------------------------------------------------------
case("base", r"""Group the binary digits in threes from the right: $10\,101\,001\,110_2 \to 2\,5\,1\,6$.

**Answer:** $2516_{8}$""",
     "2516_8", True)

case("base", r"""Grouping in threes: $\boxed{2156_8}$.""",
     "2516_8", False, "digits swapped")

case("base", r"""$10101_2 \times 101_2 = 21 \times 5 = 105 = 1101001_2$.

Final Answer: The final answer is $1101001_2$. I hope it is correct.""",
     "1101001_2", True)

case("base", r"""$21 \times 5 = 105 = \boxed{1011001_2}$""",
     "1101001_2", False, "1011001_2 = 89")

# ---------------------------------------------------------------------------
# Minerva equivalences with trailing newline / alternatives
# ---------------------------------------------------------------------------
case("minerva_list", r"""The angular resolution of a single dish is $\theta \approx \lambda/D = \frac{1\ \text{cm}}{1\ \text{m}} = 10^{-2}$ radians.

Final Answer: The final answer is $1 \times 10^{-2}$. I hope it is correct.""",
     ["0.01\n", "0.02\n"], True, "matches the first alternative")

case("minerva_list", r"""Using $\theta \approx \lambda / r$ with the dish radius $0.5$ m: $\theta = 0.02$ rad.

\boxed{0.02}""",
     ["0.01\n", "0.02\n"], True, "matches the second alternative")

case("minerva_list", r"""$\theta \approx 1.22\lambda/D \cdot 2.5 = \boxed{0.03}$ rad.""",
     ["0.01\n", "0.02\n"], False, "matches neither alternative")

case("minerva_list", r"""The characteristic polynomial is $\boxed{s^2 + bs + b}$.""",
     ["s^{2}+b s+1\n", "s^2 + bs + 1"], False, "agrees only when b = 1")

case("minerva_list", r"""Using the Bohr formula for hydrogen, $\Delta E = 13.6(1/9 - 1/64) = 13.6\times0.0955 = 1.299$ eV, which is $1.3$ eV to one decimal.

Final Answer: The final answer is 1.299 eV. I hope it is correct.""",
     ["1.3\n"], True, "1.299 rounds to 1.3")

case("minerva_list", r"""$\Delta E = 13.6\left(\frac19-\frac1{64}\right) \approx 1.36$ eV.

\boxed{1.4}""",
     ["1.3\n"], False)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "independent22.json")
    doc = {
        "description": (
            "Blind held-out batch 22: near-miss false positives and valid unusual forms for rules 4-6 "
            "and 8 (expressions equal only for some values, sign/branch errors, degree vs radian, "
            "percent vs fraction, intervals vs sets and unions, matrix transposes, tuple order, "
            "one-digit large integers, scientific-notation exponents, rounded references, units), "
            "with references in their native benchmark shapes (MATH, AMC floats, zero-padded AIME, "
            "Minerva lists, OlympiadBench $...$ lists). Written without reading the grader."
        ),
        "cases": CASES,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    by_cat = Counter()
    for c in CASES:
        by_cat[(c["category"], c["expected"])] += 1
    cats = sorted({c["category"] for c in CASES})
    t = sum(1 for c in CASES if c["expected"])
    print(f"{len(CASES)} cases: {t} true, {len(CASES) - t} false")
    for cat in cats:
        print(f"  {cat:20s} true={by_cat[(cat, True)]:3d} false={by_cat[(cat, False)]:3d}")


if __name__ == "__main__":
    main()
