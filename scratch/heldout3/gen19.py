#!/usr/bin/env python3
"""Generator for blind held-out batch 19: benchmark reference shapes (rules 7-8).

References are real answers taken from /work/shared/data/benchmarks (AIME zero-padded strings,
AMC floats, MATH-500 LaTeX, Minerva lists of alternatives, OlympiadBench `$...$` lists, MMLU-STEM /
GPQA letters, Gaokao multiple choice incl. multi-select). Responses are hand-written in varied model
styles. GPQA question text is deliberately NOT reproduced (its authors ask it not be published in
plain text); only its letter references are used.

Run: python3 gen19.py  -> writes independent19.json next to this file.
"""
import json
import os
from collections import Counter

CASES = []


def C(category, response, reference, expected, note=""):
    case = {"category": category, "response": response, "reference": reference, "expected": expected}
    if note:
        case["note"] = note
    CASES.append(case)


# ---------------------------------------------------------------------------------------------
# AIME: zero-padded string references ("025", "073", "080", "033", "045"); AIME25 unpadded ("70")
# ---------------------------------------------------------------------------------------------
C("aime_padded", r"""<think>
Okay, so log_x(y^x) = 10 means x log_x y = 10, so log_x y = 10/x. Similarly 4y log_y x = 10 so log_y x = 10/(4y) = 5/(2y).
Multiply: (10/x)(5/(2y)) = 1 since log_x y * log_y x = 1. So 50/(2xy) = 1, xy = 25.
Let me double check: 25/(xy) = 1, so xy = 25. Yes.
</think>

Using $\log_x y \cdot \log_y x = 1$:

$$\frac{10}{x}\cdot\frac{10}{4y} = 1 \implies xy = 25.$$

**Answer:** $\boxed{25}$""", "025", True, "AIME reference zero-padded; 25 == 025")

C("aime_padded", r"""<think>
Hmm, let me set a = log_x y. Then x*a = 10 and 4y/a = 10... so a = 10/x and a = 4y/10 = 2y/5.
10/x = 2y/5 -> 2xy = 50 -> xy = 25. Wait, is it 250? No: 2xy = 50 so xy = 25.
</think>
Equating the two expressions for $\log_x y$ gives $2xy = 50$.

Final answer: $\boxed{250}$""", "025", False, "near miss: padding confusion 250 vs 025")

C("aime_padded", r"""<think>
Subtracting logs... log2 x - log2 y - log2 z = 1/2, -log2 x + log2 y - log2 z = 1/3, -log2 x - log2 y + log2 z = 1/4.
Adding all: -(a+b+c) = 13/12, so a+b+c = -13/12.
a = (1/2 + 1/3... let me do a = -(1/3+1/4)/2 ... a = -7/24, b = -9/24 = -3/8, c = -5/12.
4a+3b+2c = -28/24 - 27/24 - 20/24 = -75/24 = -25/8. Absolute value 25/8. m+n = 33.
</think>

Let $a=\log_2 x$, $b=\log_2 y$, $c=\log_2 z$. Solving the linear system gives $a=-\tfrac{7}{24}$, $b=-\tfrac{3}{8}$, $c=-\tfrac{5}{12}$, so
$$|4a+3b+2c| = \tfrac{25}{8}.$$
Thus $m+n = 25+8 = \boxed{33}$.""", "033", True)

C("aime_padded", r"""<think>
a = -7/24, b = -9/24, c = -10/24. 4a+3b+2c = (-28 - 27 - 20)/24 = -75/24 = -25/8.
</think>

The requested value is $\left|\log_2(x^4y^3z^2)\right| = \boxed{\dfrac{25}{8}}$.""", "033", False,
  "boxes the fraction m/n instead of m+n = 33")

C("aime_padded", r"""Let the hexagon have side $s$. The big triangle with sides 200, 240, 300 is cut by the hexagon into three small triangles similar to it, whose sides relate to $s$ by
$$\frac{s}{200}+\frac{s}{240}+\frac{s}{300} = 1.$$
LCD 1200: $\frac{6s+5s+4s}{1200} = 1$, so $s = 80$.

The answer is 80.""", "080", True, "no box; 'The answer is 80' vs padded 080")

C("aime_padded", r"""<think>
1/200 + 1/240 + 1/300 = (6+5+4)/1200 = 15/1200 = 1/80. So s = 80. Since it's AIME, 080.
</think>
**Final Answer**

\[\boxed{8}\]""", "080", False, "after the think block the box holds 8, not 80; the 80 appears only in the reasoning")

C("aime_padded", r"""<think>
Let me count the grids. Top row abc, bottom row def, 100a+10b+c + 100d+10e+f = 999 and 10a+d + 10b+e + 10c+f = 99.
So a+d = 9, b+e = 9, c+f = 9 and a+b+c = 8 ... wait need (10(a+b+c) + (d+e+f)) = 99 -> a+b+c = 8, d+e+f = 19.
Number of nonneg solutions a+b+c=8 with each <=9: C(10,2) = 45.
</think>

Each column must sum to 9, and the top row must have digit-sum 8. The number of ways to choose $(a,b,c)$ with $a+b+c=8$ is $\binom{10}{2}=45$.

$\boxed{045}$""", "045", True, "padded box vs padded reference")

C("aime_padded", r"""Final: there are $\binom{10}{2} = 45$ grids... hmm, but I am not sure whether permutations of the bottom row should be counted separately, in which case it would be $54$.

So the answer is either $\boxed{45}$ or $\boxed{54}$.""", "045", False, "hedge between two values")

C("aime_padded", r"""<think>
The number of intersections... I'll trust the standard count, 385.
</think>""", "385", False, "nothing after </think>: the only answer is inside the reasoning")

C("aime_padded", r"""<think>
We want the time with speed s + 1/2. From 9/s + t/60 = 4 and 9/(s+2) + t/60 = 2.4 we get s = 2.5, t = 24 minutes.
At s + 1/2 = 3 km/h the walk takes 3 hours = 180 minutes, plus 24 minutes in the coffee shop: 204 minutes.
So the answer is \boxed{204}.""", "204", False, "unclosed <think>: no answer")

C("aime_padded", r"""Walking speed $s = 2.5$ km/h and $t = 24$ min. At $3$ km/h the walk takes $180$ minutes, and adding the coffee-shop stop gives

**Answer: 204 minutes**""", "204", True, "bold answer with unit, no box")

C("aime_padded", r"""<think>
Solving gives 70 for the base b (sum of bases 21 and 49 = 70). Let me recheck: bases where 17_b divides 97_b: b+7 | 9b+7, b+7 | 56, b > 9 so b+7 in {28, 56}, b = 21, 49. Sum = 70.
</think>

The valid bases are $b=21$ and $b=49$, so the sum is $\boxed{070}$.""", "70", True, "AIME25 reference unpadded; 070 == 70")

C("aime_padded", r"""The valid bases are $21$ and $49$. Their sum is $\boxed{21+49}$.""", "70", True,
  "boxed arithmetic expression evaluating to 70")

# ---------------------------------------------------------------------------------------------
# AMC: numeric references like 142.0
# ---------------------------------------------------------------------------------------------
C("amc_float", r"""<think>
Innermost: 3 + 1/3 = 10/3. Then 3 + 3/10 = 33/10. Then 3 + 10/33 = 109/33. gcd(109,33)=1. m+n = 142.
</think>

Evaluating from the inside out:
- $3+\frac13 = \frac{10}{3}$
- $3+\frac{3}{10} = \frac{33}{10}$
- $3+\frac{10}{33} = \frac{109}{33}$

So $m+n = 109+33 = \boxed{142}$.""", 142.0, True, "float reference 142.0 vs integer 142")

C("amc_float", r"""The continued fraction equals $\frac{109}{33}$, which is already in lowest terms.

$$\boxed{\frac{109}{33}}$$""", 142.0, False, "gives the fraction, not m+n")

C("amc_float", r"""Working through the computation we get $m+n=142$, which corresponds to choice $\textbf{(E)}$.

$\boxed{\textbf{(E)}}$""", 142.0, False,
  "reference is the number 142.0; a boxed letter is not a numeric answer")

C("amc_float", r"""<think>
a(sin x + sin 2x) = sin 3x. Divide by sin x: a(1 + 2cos x) = 3 - 4 sin^2 x = 4cos^2 x - 1 = (2cos x - 1)(2cos x + 1).
So either 2cos x + 1 = 0 (x = 2pi/3, one solution) or a = 2cos x - 1 with cos x in (-1, 1), a in (-3, 1).
Exclude where the second solution coincides with 2pi/3: cos x = -1/2 gives a = -2. Also need more than one solution...
(p,q) ∪ (q,r) = (-3,-2) ∪ (-2,1). p+q+r = -3 - 2 + 1 = -4.
</think>
Hence $p+q+r = -3+(-2)+1 = \boxed{-4}$.""", -4.0, True)

C("amc_float", r"""So $p=-3,\ q=-2,\ r=1$ and the requested sum is $|p+q+r| = \boxed{4}$.""", -4.0, False, "sign dropped")

C("amc_float", r"""After a careful casework on the number of passes, the count is

$$\boxed{8{,}178}$$""", 8178.0, True, "thousands separator {,}")

C("amc_float", r"""**Final answer:** 8187 permutations.""", 8178.0, False, "digit transposition")

C("amc_float", r"""Summing $12k^2-6k+1$ for $k=1,\dots,9$ gives $\boxed{3160}$.""", 3159.0, False, "off by one")

C("amc_float", r"""<think>
Counting strings... The condition is like a parking function of length 5 on 0..4? Actually (n+1)^(n-1) = 6^4 = 1296.
</think>
This is exactly the count of parking functions of length 5, namely $(5+1)^{5-1}$.

$\boxed{6^4}$""", 1296.0, True, "6^4 = 1296")

C("amc_float", r"""Parking functions of length $n$ number $(n+1)^{n-1}$; for $n=5$ this is $\boxed{1296}$... but the digits may be reordered, so I'll divide by $5!$... no, strings are ordered. Hmm, the answer should be 1296/120 ≈ 10.8, which isn't an integer, so back to the first count.

Final Answer: 1296""", 1296.0, True, "abandoned alternative, ends with one unconditional final answer")

C("amc_float", r"""Each term $11\ldots1211\ldots1$ factors as $(10^{k+1}-1)(10^{k}+1)/9$ style products, so none of them is prime.

The number of primes among the first ten terms is $\boxed{0}$.""", 0.0, True, "reference 0.0")

C("amc_float", r"""<think>
121 = 11^2 not prime. 11211 = 3 * 3737 not prime. Hmm 1112111? Maybe prime. I'll say 1.
</think>
Only one of them, $1112111$, appears to be prime, so the answer is $\boxed{1}$.""", 0.0, False)

C("amc_float", r"""<think>
tan(2023x) numerator leading coefficient: by de Moivre, coefficient of tan^2023 in Im((1+i t)^2023) is i^2022 ... (-1)^1011 = -1.
</think>

The coefficient $a_{2023} = (-1)^{1011} = \boxed{-1}$.""", -1.0, True)

C("amc_float", r"""The strip is $0.65\text{ cm}$ wide and $2500\text{ cm}$ long, so the area is $0.65 \times 2500 = \boxed{1625 \text{ cm}^2}$.""", 1625.0, True, "unit inside box")

C("amc_float", r"""Width $6.5$ mm $=0.65$ cm, length $25$ m $= 250$ cm. Area $= 0.65\cdot 250 = \boxed{162.5}$ square centimeters.""", 1625.0, False, "unit conversion slip, factor of 10")

# ---------------------------------------------------------------------------------------------
# MATH-500 LaTeX references
# ---------------------------------------------------------------------------------------------
C("math500_latex", r"""There are $\lfloor 100/3\rfloor = 33$ multiples of 3 between 1 and 100, so the probability is $\frac{33}{100} = \boxed{0.33}$.""", "\\dfrac{33}{100}", True, "exact decimal equal to 33/100")

C("math500_latex", r"""<think>
Multiples of 3 up to 100: 3, 6, ..., 99, that's 33 numbers. Probability 33/100.
But roughly a third of numbers are multiples of 3...
</think>
Roughly one in three numbers is a multiple of 3, so the probability is $\boxed{\frac{1}{3}}$.""", "\\dfrac{33}{100}", False)

C("math500_latex", r"""Group the terms: $ab+5b+2a+10 = b(a+5)+2(a+5)$.

$$\boxed{(b+2)(a+5)}$$""", "(a+5)(b+2)", True, "factors in the other order")

C("math500_latex", r"""Group: $ab + 2a + 5b + 10 = a(b+2) + 5(b+2)$, so the factorization is $\boxed{(a+2)(b+5)}$.""", "(a+5)(b+2)", False, "factors swap letters; not equal")

C("math500_latex", r"""<think>
Need x - 2 > 0, 2 - log(x-2) != 0 so x != 102, and log(2 - log(x-2)) != 0 so 2 - log(x-2) != 1, x != 12; also 2 - log(x-2) > 0 so x < 102.
Domain: (2, 12) ∪ (12, 102).
</think>
The domain is $\boxed{(12,102)\cup(2,12)}$.""", "(2,12) \\cup (12,102)", True, "union of intervals listed in the other order")

C("math500_latex", r"""We need $x>2$ and $x<102$, and the denominator is nonzero, so the domain is $\boxed{[2,12)\cup(12,102)}$.""", "(2,12) \\cup (12,102)", False, "closed endpoint at 2")

C("math500_latex", r"""Each interior angle of the heptagon is $\frac{900}{7}^\circ$, the square contributes $90^\circ$, so $\angle BAC = 360 - 90 - \frac{900}{7} - \ldots$

Final answer: $\boxed{38\frac{4}{7}}$ degrees""", "\\frac{270}7\\text{ degrees}", True, "mixed number 38 4/7 = 270/7")

C("math500_latex", r"""The big cube costs $\boxed{\$18.9}$.""", "\\$18.90", True, "18.9 == 18.90")

C("math500_latex", r"""<think>
1 inch cube: 1.30 = 6a + b, 2 inch: 6.80 = 24a + 8b. Solve: a = 0.1, b = 0.70? 6(0.1)+0.7 = 1.3 ok, 24(0.1)+8(0.7) = 2.4+5.6 = 8 ≠ 6.8. Hmm.
Let me redo... a = 0.15, b = 0.40: 0.9+0.4 = 1.3, 3.6 + 3.2 = 6.8 ✓. 3-inch: 54(0.15) + 27(0.40) = 8.1 + 10.8 = 18.90.
</think>

A 3-inch cube costs $\$18.09$.""", "\\$18.90", False, "transposed digits; think content has the right value but only the final text counts")

C("math500_latex", r"""$(x+1.3)^2 = x^2+2.6x+1.69$, so $c = 3.6-1.69 = 1.91$ and $b+c = 1.3+1.91 = \boxed{3.2}$""", "3.21", False, "rounded too far (reference itself is exact 3.21)")

C("math500_latex", r"""<think>
(x-3)^3 + (x-7)^3 = (2x-10)^3. With a = x-3, b = x-7, a+b = 2x-10. a^3+b^3 = (a+b)^3 -> 3ab(a+b) = 0.
So x = 3, x = 7, x = 5.
</think>

The roots are $x = 7$, $x = 3$, and $x = 5$, i.e. $\boxed{7, 3, 5}$.""", "3, 5, 7", True, "same set, different order")

C("math500_latex", r"""Using $a^3+b^3=(a+b)^3 \iff 3ab(a+b)=0$ with $a=x-3$, $b=x-7$ gives $\boxed{3,\ 7}$.""", "3, 5, 7", False, "missing root 5")

C("math500_latex", r"""Treat the boys as a block: $7!\cdot 2! = 5040\cdot 2 = 10080$.

The answer is $\boxed{10080}$.""", "10,\\!080", True, "reference uses 10,\\!080")

C("math500_latex", r"""$7! \times 2 = \boxed{10{,}800}$""", "10,\\!080", False)

C("math500_latex", r"""$x^2-5x-14\le 0 \iff (x-7)(x+2)\le 0$, so $\boxed{-2 \le x \le 7}$.""", "x \\in [-2,7]", True, "inequality form of the interval")

C("math500_latex", r"""The solution set is the open interval $\boxed{(-2,7)}$.""", "x \\in [-2,7]", False, "endpoint type")

C("math500_latex", r"""<think>
Normal vector = (−4,5,5) × (4,6,2) = (5*2-5*6, 5*4-(-4)*2, -4*6-5*4) = (-20, 28, -44) ∝ (5, -7, 11)... sign: (-20,28,-44) = -4(5,-7,11).
Plane through (0,-1,-1): 5x - 7(y+1) + 11(z+1) = 0 -> 5x - 7y + 11z + 4 = 0.
But they want A > 0: A = 5. I wrote it with -1 factor first: -5x + 7y - 11z - 4 = 0.
</think>
$$\boxed{-5x+7y-11z-4=0}$$""", "5x - 7y + 11z + 4 = 0", True, "equation multiplied by -1 (rule 4); the format condition A>0 is cosmetic")

C("math500_latex", r"""The plane is $\boxed{5x - 7y + 11z - 4 = 0}$.""", "5x - 7y + 11z + 4 = 0", False, "constant sign")

C("math500_latex", r"""So $BE\cdot$ ... the length is $\frac{9}{5}$.

Final Answer: The final answer is $\frac{9}{5}$. I hope it is correct.""", "1\\frac{4}{5}", True, "mixed-number reference 1 4/5 = 9/5")

C("math500_latex", r"""Therefore the requested length is $\boxed{\tfrac45}$.""", "1\\frac{4}{5}", False, "drops the whole part; a misparse of the mixed number as 1*4/5 would accept it")

C("math500_latex", r"""$a + \frac1b$ is greatest when $a=-2$ and $b=3$: $\left(-2+\frac13\right)\left(\frac13 - (-2)\right)$... giving $-\frac{35}{9}$.

\[\boxed{-3\tfrac{8}{9}}\]""", "-\\frac{35}{9}", True, "negative mixed number")

C("math500_latex", r"""The greatest possible value is $\boxed{\frac{35}{9}}$.""", "-\\frac{35}{9}", False, "sign")

C("math500_latex", r"""<think>
Horizontal asymptote of rational function with equal degree: ratio of leading coefficients 4/3.
</think>
The horizontal asymptote is the line $y = 1.\overline{3}$.

**Answer:** $1.\overline{3}$""", "\\frac43", True, "repeating decimal, bold answer line without box")

C("math500_latex", r"""Leading coefficients: $\frac{4}{3}\approx 1.33$. **Answer: $y \approx 1.33$**""", "\\frac43", False, "truncated decimal of an exact value")

C("math500_latex", r"""A vector $\mathbf v$ with the required dot and cross products is
$$\mathbf v = \boxed{\begin{pmatrix} -\frac{1}{3} \\ \frac{2}{3} \\ \frac{5}{3}\end{pmatrix}}.$$""", "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", True, "\\frac entries vs a/b entries")

C("math500_latex", r"""$$\mathbf v = \boxed{\begin{pmatrix} 2/3 \\ -1/3 \\ 5/3\end{pmatrix}}$$""", "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", False, "components permuted")

C("math500_latex", r"""The four roots give $\alpha_1\alpha_2+\alpha_3\alpha_4$ values $\boxed{-2,\ 1+\sqrt5,\ 1-\sqrt5}$.""", "\\{1\\pm\\sqrt{5},-2\\}", True, "set with \\pm expanded, different order")

C("math500_latex", r"""The set of values is $\boxed{\{1+\sqrt{5},\,-2\}}$.""", "\\{1\\pm\\sqrt{5},-2\\}", False, "missing member 1-sqrt5")

C("math500_latex", r"""The image line is $\boxed{y = 2x - 3}$.""", "y = 2x + 3", False)

C("math500_latex", r"""By the geometric series, $\frac{x^9+1}{x-1}$... no, that's for $x^9-1$. Since $x^9+1 = (x-1)(x^8+x^7+\dots+1) + 2$, the quotient is
$$\boxed{\sum_{k=0}^{8} x^k}$$""", "x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1", True, "sigma notation for the same polynomial")

C("math500_latex", r"""So $w = \boxed{6+5i}$.""", "6 - 5i", False, "conjugate")

C("math500_latex", r"""The real roots are $x = 1 \pm \sqrt{19}$, i.e. $\boxed{1+\sqrt{19},\ 1-\sqrt{19}}$.""", "1 \\pm \\sqrt{19}", True, "\\pm expanded")

C("math500_latex", r"""Only $x = 1 + \sqrt{19}$ is admissible, so $\boxed{1+\sqrt{19}}$.""", "1 \\pm \\sqrt{19}", False, "one member of the \\pm pair missing")

C("math500_latex", r"""The maximum area is $\dfrac{20000}{\pi} \approx 6366.2$ square meters.

$\boxed{6366.2}$""", "\\frac{20000}{\\pi}", False, "boxed a decimal approximation of an exact value")

C("math500_latex", r"""Average price: $\boxed{5.4 \text{ dollars}}$""", "5.4 \\text{ cents}", False, "different unit, same number (rule 6)")

C("math500_latex", r"""$z = c$ describes a plane, so the answer is $\boxed{C}$.""", "\\text{(C)}", True, "bare letter vs \\text{(C)} reference")

C("math500_latex", r"""$r^2\cos2\theta = x^2-y^2 = 4$ is a hyperbola.

**Answer: (E) Hyperbola**""", "\\text{(E)}", True, "bold letter with option text")

C("math500_latex", r"""$r^2 \cos 2\theta = 4$ becomes $x^2 - y^2 = 4$... that is an ellipse. $\boxed{(D)}$""", "\\text{(E)}", False)

# ---------------------------------------------------------------------------------------------
# Minerva: list of alternatives with trailing newlines, units, scientific notation
# ---------------------------------------------------------------------------------------------
MIN_CU = ["3.61 \\times 10^{-10}\n", "3.61 \\times 10^{-10}"]
C("minerva_list", r"""For FCC copper, $a = 3.61\,\text{\AA}$; second-nearest neighbours are at distance $a$.

Final Answer: The final answer is $3.61 \times 10^{-10}$ m. I hope it is correct.""", MIN_CU, True, "Minerva style with unit after the number")

C("minerva_list", r"""$d_2 = a\sqrt{2}/\sqrt2 \cdot \ldots = \boxed{2.55 \times 10^{-10}}$ m""", MIN_CU, False, "nearest-neighbour distance instead of second nearest")

C("minerva_list", r"""$\boxed{3.61 \times 10^{-9}}$""", MIN_CU, False, "exponent off by one")

C("minerva_list", r"""Each dish: $\theta \approx \lambda/D = 0.02/1 = 0.02$ radians.

Final answer: The final answer is 0.02. I hope it is correct.""", ["0.01\n", "0.02\n"], True, "matches the second alternative")

C("minerva_list", r"""The Galaxy contains about $\boxed{10^{11}}$ stars.""", ["1e11\n"], True, "10^{11} == 1e11")

C("minerva_list", r"""Number of stars: $\boxed{1e10}$""", ["1e11\n"], False)

C("minerva_list", r"""<think>
d = 300 pc, parallax p = 1/d arcsec = 0.00333 arcsec, one significant figure -> 0.003.
</think>
$\pi = 1/300 \approx \boxed{0.0033''}$""", ["0.003^{\\prime \\prime}\n"], True, "more precise value rounding to the 1-sig-fig reference; '' vs ^{\\prime\\prime}")

C("minerva_list", r"""Parallax: $\pi = \frac{1}{300}$ arcsec $= \boxed{0.03}$ arcsec""", ["0.003^{\\prime \\prime}\n"], False, "factor of 10")

C("minerva_list", r"""The acceleration is $\boxed{0.00593}$ m s$^{-2}$.""", ["0.006\n"], True, "more precise value that rounds to 0.006")

C("minerva_list", r"""The angle of the fourth-order reflection is $\theta = \boxed{28.71°}$.""", ["28.71^{\\circ}\n", "28.71^\\circ\n"], True, "unicode degree sign")

C("minerva_list", r"""$\theta = \boxed{28.17^\circ}$""", ["28.71^{\\circ}\n", "28.71^\\circ\n"], False, "digit transposition")

C("minerva_list", r"""$\theta = \boxed{28.71 \text{ rad}}$""", ["28.71^{\\circ}\n", "28.71^\\circ\n"], False, "radians vs degrees, same number")

C("minerva_list", r"""Try $x = at^2+bt+c$: $2a - at^2 - bt - c = t^2+t+1$ so $a=-1$, $b=-1$, $c=2a-1=-3$.

$$\boxed{x(t) = -t^2 - t - 3}$$""", ["-t^2-t-3\n"], True, "'x(t) =' prefix")

C("minerva_list", r"""Particular solution: $\boxed{t^2+t+3}$""", ["-t^2-t-3\n"], False, "sign")

C("minerva_list", r"""Integrating the impulse: $m\dot x = \int_0^t \delta(\tau)d\tau$, so $v(t) = \boxed{t/m}$ ... wait, the integral of the delta is the unit step, giving $v = 1/m$. Hmm, but the input is $u_S$ integrated, so $v(t)=t/m$.

Final answer: $v(t) = \frac{t}{m}$""", ["\\frac{t}{m}\n", "\\frac{1}{m}t\n"], True, "self-correction ending in one final statement equal to t/m")

C("minerva_list", r"""Partial fractions: $\frac{a}{s(s+a)} = \frac1s - \frac{1}{s+a}$, so
$$x(t) = 1 - e^{-at} + b\,\delta(t).$$

Final Answer: The final answer is $1-e^{-a t}+b \delta(t)$. I hope it is correct.""", ["b \\delta(t)+1-e^{-at}\n", "b \\delta(t) + 1 - e^{-at}\n"], True, "terms reordered")

C("minerva_list", r"""Industry supply is $100$ times the firm's: $\boxed{100\sqrt{p}}$""", ["100p^{\\frac{1}{2}}\n", "100 p^{\\frac{1}{2}}\n"], True, "sqrt vs ^{1/2}")

C("minerva_list", r"""$y^s(p) = \boxed{10\sqrt p}$""", ["100p^{\\frac{1}{2}}\n", "100 p^{\\frac{1}{2}}\n"], False)

C("minerva_list", r"""$V = \boxed{2414}$ volts""", ["2415\n"], False, "integer off by one (no tolerance on an integer answer)")

C("minerva_list", r"""$\Delta E = \boxed{7.6Z \text{ eV}}$""", ["7.6Z"], True)

C("minerva_list", r"""$\Delta E \approx \boxed{7.6}$ eV""", ["7.6Z"], False, "missing the Z factor")

C("minerva_list", r"""$MRS = \frac{MU_S}{MU_C} = \frac{4/S}{6/C} = \boxed{\frac{2C}{3S}}$""", ["\\frac{2}{3} \\frac{C}{S}\n"], True)

C("minerva_list", r"""The long-run cost-minimising condition involving short-run average cost is $\boxed{LRAC = SRAC}$.""", ["SRAC=LRAC\n"], True, "symmetric equation sides swapped")

C("minerva_list", r"""$\boxed{SRMC = LRMC}$""", ["SRAC=LRAC\n"], False, "marginal instead of average cost")

C("minerva_list", r"""Torque balance on the rotor: $I\frac{d\omega}{dt} = T - 2B\omega$.

Final Answer: The final answer is $I \frac{d\omega}{dt} = T - 2B\omega$. I hope it is correct.""", ["I \\frac{d \\omega}{d t}+2 B \\omega=T\n", "I \\frac{d \\omega}{d t}+2 B \\omega=T"], True, "equation rearranged")

C("minerva_list", r"""$\boxed{I \frac{d\omega}{dt} + B\omega = T}$""", ["I \\frac{d \\omega}{d t}+2 B \\omega=T\n", "I \\frac{d \\omega}{d t}+2 B \\omega=T"], False, "two bearings: coefficient 2 missing")

C("minerva_list", r"""Multiplying numerator and denominator by 16:
$$H(\omega) = \boxed{\frac{32 - 16\omega^2 - 4i\omega}{16\omega^4 - 63\omega^2 + 64}}$$""",
  ["\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n",
   "\\frac{2-\\omega^{2}-\\frac{\\omega}{4} i}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n"], True,
  "complex rational function scaled by 16/16")

C("minerva_list", r"""$$H(\omega) = \boxed{\frac{2-\omega^2+\frac{i\omega}{4}}{\omega^4-\frac{63}{16}\omega^2+4}}$$""",
  ["\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n",
   "\\frac{2-\\omega^{2}-\\frac{\\omega}{4} i}{\\omega^{4}-\\frac{63}{16} \\omega^{2}+4}\n"], False, "sign of the imaginary term")

C("minerva_list", r"""$N(2000) = N_0 e^{rt} \approx 44{,}000{,}000$ ferrets.

**Final answer:** 44,000,000""", ["4.4 \\times 10^7", "4.4 \\times 10^7\n"], True, "thousands separators vs scientific notation")

C("minerva_list", r"""$\boxed{4.4 \times 10^{6}}$ ferrets""", ["4.4 \\times 10^7", "4.4 \\times 10^7\n"], False)

C("minerva_list", r"""$\theta \approx \frac{\lambda}{D} = \frac{0.6\times10^{-6}}{2.4} = 2.5\times 10^{-7}$ rad $\approx 0.0516''$.

Final Answer: The final answer is 0.0516. I hope it is correct.""", ["0.05\n"], True, "more precise value rounding to 0.05")

C("minerva_list", r"""The rate constant is $k = A e^{-E_a/RT} \approx \boxed{28.76}\ \mathrm{s^{-1}}$.""", ["28.8\n"], True, "rounds to 28.8")

C("minerva_list", r"""$k \approx \boxed{28.7}\ \mathrm{s}^{-1}$""", ["28.8\n"], False)

C("minerva_list", r"""The bolometric luminosity is $L = (500)^2 (1/2)^4 L_\odot = 250000/16\, L_\odot = \boxed{15625\, L_\odot}$.""", ["15625\n"], True, "solar-luminosity unit symbol")

# ---------------------------------------------------------------------------------------------
# OlympiadBench: list of one `$...$`-wrapped string
# ---------------------------------------------------------------------------------------------
C("olympiad_dollar_list", r"""<think>
Substitute 4y = x^2+4x+12 into the circle... we get (x+6)(x-2)... y = 6 in both cases.
</think>

Substituting, the solutions are $(x,y) = (2,6)$ and $(x,y) = (-6,6)$.

$$\boxed{(2,6),\ (-6,6)}$$""", ["$(-6,6)$, $(2,6)$"], True, "set of pairs in a different order")

C("olympiad_dollar_list", r"""The only solution is $\boxed{(2,6)}$.""", ["$(-6,6)$, $(2,6)$"], False, "missing a solution")

C("olympiad_dollar_list", r"""The ordered pairs are $\boxed{(6,-6),\,(6,2)}$.""", ["$(-6,6)$, $(2,6)$"], False, "coordinates swapped inside each pair")

C("olympiad_dollar_list", r"""Since $a(a^2+2b) = 2013 = 3\cdot 11\cdot 61$, $a \in \{1,3,11,33,61,\ldots\}$; checking each, the pairs are
$(1,1006)$, $(3,331)$, $(11,31)$.

**Answer:** $(11,31), (1,1006), (3,331)$""", ["$(1,1006),(3,331),(11,31)$"], True)

C("olympiad_dollar_list", r"""All pairs: $\boxed{(1,1006),(3,331),(11,31),(33,14)}$""", ["$(1,1006),(3,331),(11,31)$"], False,
  "extra member: 33^3 > 2013 so (33,14) is not a solution")

C("olympiad_dollar_list", r"""Both inner square roots are bounded: $x\in[\frac12, 8]$ makes both radicands perfect squares summing to 4.

Final answer: $\boxed{\left[\tfrac{1}{2},\, 8\right]}$""", ["$[\\frac{1}{2}, 8]$"], True, "\\left[ \\right] and \\tfrac")

C("olympiad_dollar_list", r"""$\boxed{\left(\frac12, 8\right)}$""", ["$[\\frac{1}{2}, 8]$"], False, "open vs closed endpoints")

C("olympiad_dollar_list", r"""Both inequalities hold on two intervals.

**Answer:** $x \in (\sqrt{11}, 9) \cup (-\sqrt{11}, -2)$""", ["$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$"], True, "union in a different order; bold answer line without box")

C("olympiad_dollar_list", r"""$\boxed{(-3.317, -2)\cup(3.317, 9)}$""", ["$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$"], False, "decimal endpoints for exact sqrt 11")

C("olympiad_dollar_list", r"""$\boxed{(-\sqrt{11}, -2] \cup (\sqrt{11}, 9)}$""", ["$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$"], False, "at x = -2 the expression equals 7 and the strict inequality fails, so -2 must be excluded")

C("olympiad_dollar_list", r"""The curves fail to meet exactly when $k < -5$.

$$\boxed{k<-5}$$""", ["(-\\infty,-5)"], True, "inequality form of interval")

C("olympiad_dollar_list", r"""$\boxed{(-\infty, -5]}$""", ["(-\\infty,-5)"], False, "k = -5 gives tangency, so closed endpoint is wrong")

C("olympiad_dollar_list", r"""$P(0)$ can be any negative number or $1$: $\boxed{(-\infty,0)\cup\{1\}}$.""", ["$(-\\infty, 0) \\cup\\{1\\}$."], True, "reference string carries a trailing period after the closing $")

C("olympiad_dollar_list", r"""$\boxed{(-\infty,0)}$""", ["$(-\\infty, 0) \\cup\\{1\\}$."], False, "missing the isolated value 1")

C("olympiad_dollar_list", r"""Thus the largest non-representable integer is
$$\boxed{n\cdot 2^{n} - 2^{n+1} + 1}.$$""", ["$(n-2) 2^{n}+1$"], True, "expanded form of (n-2)2^n+1")

C("olympiad_dollar_list", r"""<think>
For n = 2: A = {2, 3}, largest non-representable is 1 = (2-2)*4+1. OK so formula (n-2)2^n + 1. Hmm, but I derived (n-1)2^n+1 earlier. For n=2 that gives 5, and 5 = 2+3 is representable. So (n-2)2^n+1.
</think>
The answer is $(n-1)2^n + 1$.""", ["$(n-2) 2^{n}+1$"], False, "final text contradicts the reasoning; only the final text counts")

C("olympiad_dollar_list", r"""$\boxed{\frac{1}{2n+1}}$""", ["$\\frac{1}{2 n+2}$"], False)

C("olympiad_dollar_list", r"""Maximum number of pairs: $\left\lfloor \dfrac{2n-1}{5} \right\rfloor$.

Final Answer: $\left\lfloor \frac{2n-1}{5} \right\rfloor$""", ["$\\lfloor\\frac{2 n-1}{5}\\rfloor$"], True)

C("olympiad_dollar_list", r"""The maximum is $\boxed{\frac{2n-1}{5}}$.""", ["$\\lfloor\\frac{2 n-1}{5}\\rfloor$"], False, "floor dropped; not an integer in general")

C("olympiad_dollar_list", r"""The smallest such $M$ is $\boxed{2^{N-2}+1}$.""", ["$M=2^{N-2}+1$"], True, "reference has 'M=' prefix")

C("olympiad_dollar_list", r"""$\boxed{M = 2^{N-1}+1}$""", ["$M=2^{N-2}+1$"], False)

C("olympiad_dollar_list", r"""Both $f(x) = x$ and $f(x) = -x$ work, and no other functions do.

$$\boxed{f(x)=x \text{ and } f(x)=-x}$$""", ["$f(x)=x,f(x)=-x$"], True, "solution set of two functions joined by 'and'")

C("olympiad_dollar_list", r"""Substituting $y=0$ and then $x=1$ forces $f(x)=x$, hence the unique solution is $\boxed{f(x)=x}$.""", ["$f(x)=x,f(x)=-x$"], False, "missing f(x) = -x")

C("olympiad_dollar_list", r"""$K = \boxed{-\frac{n}{2}}$""", ["$-(n-1) / 2$"], False)

C("olympiad_dollar_list", r"""$\frac{1}{BE}+\frac{1}{BN} = \boxed{0.0167}$""", ["$\\frac{1}{60}$"], False, "decimal approximation of exact reference")

C("olympiad_dollar_list", r"""Checking both residue patterns, exactly two values of $n$ work.

The answer is $69$ and $84$.""", ["$69$,$84$"], True, "two-value reference written as '$69$,$84$'; no box, 'The answer is ... and ...'")

C("olympiad_dollar_list", r"""$n = \boxed{84}$""", ["$69$,$84$"], False, "only one of the two values")

C("olympiad_dollar_list", r"""Solving $(1.05)^3 P_A = (1+r/100)^3 P_B$ numerically: $r \approx 4.19$.

Final Answer: $r \approx 4.19\%$""", ["4.2"], True, "OlympiadBench unit '%'; more precise value that rounds to 4.2")

C("olympiad_dollar_list", r"""$\sin x = \frac{\cos 15^\circ}{3} \approx 0.32198$, so $x \approx \boxed{18.78^\circ}$, i.e. $18.8^\circ$ to the nearest tenth.""", ["$18.8^{\\circ}$"], True, "18.78 rounds to 18.8")

C("olympiad_dollar_list", r"""The difference equals $2\cdot 4^{504}$.

$\boxed{2 \cdot 4^{504}}$""", ["$2^{1009}$"], True, "2*4^504 = 2^1009 exactly")

C("olympiad_dollar_list", r"""$\boxed{2^{1008}}$""", ["$2^{1009}$"], False, "large power near miss (off by factor 2)")

C("olympiad_dollar_list", r"""By Hölder's inequality the maximum is $\frac{8}{\sqrt[3]{7}} = \frac{8\sqrt[3]{49}}{7}$.

**Answer:** $\dfrac{8\sqrt[3]{49}}{7}$""", ["$\\frac{8}{\\sqrt[3]{7}}$"], True, "rationalised cube-root denominator")

C("olympiad_dollar_list", r"""$x = \boxed{\log_{2/3} 2}$""", ["$\\frac{\\log 2}{\\log 2-\\log 3}$"], True, "change of base: log_{2/3} 2 = ln2/(ln2-ln3)")

C("olympiad_dollar_list", r"""$\sin\theta = \boxed{\dfrac{\sqrt{5}-1}{2}}$ (the other root of $s^2+s-1=0$ is less than $-1$).""", ["$\\frac{-1+\\sqrt{5}}{2}$"], True)

C("olympiad_dollar_list", r"""$\sin\theta = \frac{\sqrt5 - 1}{2} \approx \boxed{0.618}$""", ["$\\frac{-1+\\sqrt{5}}{2}$"], False, "exact value shown but the boxed final answer is a decimal approximation")

C("olympiad_dollar_list", r"""$f(\pi) = \boxed{(2\pi-1)(2\pi+1)}$""", ["$4 \\pi^{2}-1$"], True)

C("olympiad_dollar_list", r"""Writing $\overrightarrow{A_1A_4} = a\mathbf u + b\mathbf v$ we find $(a,b) = \boxed{(2+\sqrt2,\ 1+\sqrt2)}$.""", ["$\\quad(2+\\sqrt{2}, 1+\\sqrt{2})$"], True, "reference contains a leading \\quad")

C("olympiad_dollar_list", r"""$(a,b) = \boxed{(1+\sqrt{2}, 2+\sqrt{2})}$""", ["$\\quad(2+\\sqrt{2}, 1+\\sqrt{2})$"], False, "ordered pair reversed")

C("olympiad_dollar_list", r"""Both configurations are possible, giving $\tan\angle ABD \in \left\{\sqrt{2}-1,\ \dfrac{3-\sqrt{2}}{7}\right\}$.

$\boxed{\sqrt{2}-1,\ \frac{3-\sqrt{2}}{7}}$""", ["$\\sqrt{2}-1$,$\\frac{3-\\sqrt{2}}{7}$"], True)

C("olympiad_dollar_list", r"""$\tan \angle ABD = \boxed{\sqrt2 - 1}$""", ["$\\sqrt{2}-1$,$\\frac{3-\\sqrt{2}}{7}$"], False, "one of two values")

C("olympiad_dollar_list", r"""The 3-signature of 52341 is $\boxed{(123, 231, 312)}$.""", ["$(312,123,231)$"], False, "a signature is an ordered tuple")

C("olympiad_dollar_list", r"""Speed $= 85\tfrac{5}{7}$ km/h.

**Answer:** $85\frac{5}{7}$""", ["$\\frac{600}{7}$"], True, "mixed number")

C("olympiad_dollar_list", r"""$v \approx \boxed{85.7}$ km/h""", ["$\\frac{600}{7}$"], False, "rounded decimal for exact reference")

C("olympiad_dollar_list", r"""Without current he would take $\boxed{45}$ minutes.""", ["45"], True, "OlympiadBench unit 'minute'")

C("olympiad_dollar_list", r"""Since $E$ lies on the circle with diameter $\ldots$, both angles are right angles.

**Answer:** $\angle BEA_1 = 90^\circ$, $\angle AEB_1 = 90^\circ$""", ["$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$"], True, "named-angle list with degree sign")

# ---------------------------------------------------------------------------------------------
# MMLU-STEM / GPQA letters (option text inside problems). GPQA text is not reproduced.
# ---------------------------------------------------------------------------------------------
C("mc_letter", r"""The answer is C: static induced emf.""", "C", True, "letter with option text after a colon")

C("mc_letter", r"""Since the conductor is not moving, this is the dynamically induced emf case... no wait, dynamically induced means the conductor moves. Here it is static, so **(C)**. Although some textbooks call this transformer emf, which could arguably be (A).""", "C", False, "hedge: leaves (A) open after the answer")

C("mc_letter", r"""A changing field with a stationary conductor gives a *statically induced* emf.

Final answer: static induced emf""", "C", False,
  "option text only, no letter chosen: rule 7 requires the chosen letter to equal the reference letter, and the reference alone cannot tell which letter 'static induced emf' is")

C("mc_letter", r"""Systematic errors include instrumental, environmental and observational errors, so the answer is (D) — all of the above.""", "D", True)

C("mc_letter", r"""**Answer: (b)**""", "B", True, "lower-case letter in parentheses, bold")

C("mc_letter", r"""<think>
Fusion shells from outside in: H, He, C, O, Ne, Si, Fe. That's option B. Option D has N instead of Ne... B.
</think>
Going outward-in, the shells are hydrogen, helium, carbon, oxygen, neon, silicon, iron.

$\boxed{\text{(B)}}$""", "B", True)

C("mc_letter", r"""Radon is an inert gas that is inhaled and its decay products (polonium, lead) are solids that lodge in the lungs.

The correct answer is $\boxed{\textbf{(A)}}$.""", "A", True)

C("mc_letter", r"""Answer: B) incorporation of the viral genome into the mammalian cell's nuclear DNA""", "B", True, "letter with closing paren and option text")

C("mc_letter", r"""I'm choosing $\boxed{c}$.""", "C", True, "lower-case boxed letter")

C("mc_letter", r"""Method lookup: follow one instance link to the object's class, then zero or more subclass links up the hierarchy.

\boxed{A} or \boxed{D}""", "A", False, "hedge between two boxed letters")

C("mc_letter", r"""<think>
Consider each option... The stereochemistry argument points to C. Hmm, but the coupling pattern suggests D. Let me recount the protons... The splitting is a doublet of doublets, consistent with C.
</think>

**Final Answer:** \boxed{\mathrm{C}}""", "C", True, "GPQA-style reference; \\mathrm letter")

C("mc_letter", r"""<think>
Energy difference resolved requires ΔE > ħ/τ for the shorter lifetime... 10^-4 eV. Option D.
</think>

First pass: $\boxed{B}$.

Wait — I mixed up the lifetimes; redoing the uncertainty estimate with the shorter lifetime gives a larger bound, which only option D satisfies.

$\boxed{D}$""", "D", True, "correction ending in one final box (GPQA letter)")

C("mc_letter", r"""<think>
After working through the mechanism, the product has 8 distinct hydrogens. That's option D.
</think>

**Answer: D** (though if I have misassigned the NMR signals, it could equally be B)""", "D", False, "alternative left open beside the final answer")

C("mc_letter", r"""<think>
The correct option is (A).
</think>""", "A", False, "answer only inside the reasoning")

C("mc_letter", r"""\boxed{B, D}""", "B", False, "single-select reference; an extra letter is a hedge/extra member")

# ---------------------------------------------------------------------------------------------
# Gaokao (Chinese) multiple choice, incl. multi-select references like "AD", "A B D", "ACD"
# ---------------------------------------------------------------------------------------------
C("gaokao_mc", r"""<think>
等边三角形面积 9√3，边长 6，外接圆半径 2√3，球心到平面距离 2，D 到平面最大距离 4+2=6，体积 (1/3)(9√3)(6) = 18√3，选 B。
</think>

由 $\triangle ABC$ 面积 $9\sqrt3$ 得边长 $6$，其外接圆半径 $2\sqrt3$，球心到平面 $ABC$ 的距离为 $2$，故高的最大值为 $6$，
$V_{\max} = \frac13 \cdot 9\sqrt3 \cdot 6 = 18\sqrt3$。

故选 $\boxed{B}$。""", "B", True)

C("gaokao_mc", r"""三棱锥 $D-ABC$ 体积的最大值为 $18\sqrt{3}$。

答案：$\boxed{18\sqrt{3}}$""", "B", False,
  "option value without a letter; rule 7 compares letters and the reference letter alone does not identify 18√3")

C("gaokao_mc", r"""$z = \frac{5}{3-4i} = \frac{5(3+4i)}{25} = \frac35 + \frac45 i$，虚部为 $\frac45$。

故选 D.""", "D", True, "Chinese 'therefore choose D' final statement without a box")

C("gaokao_mc", r"""<think>
f(x) = sin(2x + φ), symmetric about (2π/3, 0): 4π/3 + φ = kπ, φ = 2π/3. f(x) = sin(2x + 2π/3).
A: on (0, 5π/12), 2x+2π/3 in (2π/3, 3π/2), decreasing. ✓
B: (-π/12, 11π/12) -> (π/2, 5π/2), extrema at 3π/2 only inside (open interval), 1 extremum. ✗
C: x = 7π/6 -> 7π/3 + 2π/3 = 3π, sin = 0, not an axis. ✗
D: f'(x) = 2cos(2x+2π/3) = -1 at x = 0, f(0) = √3/2, line y = √3/2 - x. ✓
So AD.
</think>

逐项验证可知 A、D 正确。

$\boxed{AD}$""", "AD", True)

C("gaokao_mc", r"""经验证，只有选项 A 成立。

$\boxed{A}$""", "AD", False, "multi-select: missing D")

C("gaokao_mc", r"""综上，正确的选项是 $\boxed{A, D}$""", "AD", True, "comma-separated letters")

C("gaokao_mc", r"""正方体中：$BC_1 \perp DA_1$（A 对），$BC_1 \perp$ 平面 $A_1B_1CD$ 故 $BC_1\perp CA_1$（B 对），$BC_1$ 与平面 $BB_1D_1D$ 所成角为 $30^\circ$（C 错），与平面 $ABCD$ 所成角 $45^\circ$（D 对）。

故选 ABD。""", "A B D", True, "reference letters separated by spaces; response without spaces")

C("gaokao_mc", r"""$\boxed{\text{ABCD}}$""", "A B D", False, "extra option C")

C("gaokao_mc", r"""综上所述，答案为 $\boxed{D,\ A,\ C}$。""", "ACD", True, "same set of letters in another order")

C("gaokao_mc", r"""答案：$\boxed{AC}$""", "ACD", False, "missing D")

C("gaokao_mc", r"""$f'(x)=3x^2-1$ 有两个零点，A 对；$f$ 的极小值 $f(\tfrac{\sqrt3}{3}) > 0$，只有一个零点，B 错；$f(x)+f(-x)=2$，C 对；D 错。

**答案：AC**""", "A C", True)

C("gaokao_mc", r"""<think>
y_i = x_i + c: mean shifts, median shifts, std same, range same -> CD.
</think>
平移不改变标准差和极差，故选 $\boxed{CD}$。但若题目考虑样本平均数的相对位置，A 也可能正确。""", "CD", False, "hedge adds option A after the final answer")

C("gaokao_mc", r"""<think>
A on parabola: 1 = 2p, p = 1/2, x^2 = y, directrix y = -1/4, A wrong. Line AB: slope 2, y = 2x - 1, tangent since x^2 - 2x + 1 = 0 double root. B ✓. C ✓, D ✓.
</think>
故选 $\boxed{BCD}$.""", "B C D", True)

C("gaokao_mc", r"""椭圆方程为 $\frac{x^2}{8}+\frac{y^2}{4}=1$，故答案为 (C)。""", "C", True, "'故答案为 (C)' final statement")

def main():
    out = {
        "description": (
            "Blind held-out batch 19 (independent test author): benchmark reference shapes (rules 7-8). "
            "Real references from the paper's benchmarks: AIME zero-padded strings, AMC floats (142.0), "
            "MATH-500 LaTeX (mixed numbers, \\$, \\text{(C)}, intervals, matrices, equations), Minerva lists "
            "of alternatives with trailing newlines and units, OlympiadBench $...$-wrapped one-element lists "
            "(tuples, intervals, expressions, unit fields), MMLU/GPQA letters and Gaokao Chinese multiple choice "
            "incl. multi-select. Responses in DeepSeek-R1 <think>, QwQ, terse o1, chatty, Minerva 'Final Answer: "
            "The final answer is ... I hope it is correct.' styles. Near-miss false cases; equivalent-form true cases. "
            "GPQA question text is not reproduced."
        ),
        "cases": CASES,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "independent19.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    by = Counter()
    for c in CASES:
        by[(c["category"], c["expected"])] += 1
    cats = sorted({c["category"] for c in CASES})
    for cat in cats:
        print(f"{cat:24s} true={by[(cat, True)]:3d} false={by[(cat, False)]:3d}")
    t = sum(1 for c in CASES if c["expected"])
    print(f"total={len(CASES)} true={t} false={len(CASES) - t}")


if __name__ == "__main__":
    main()
