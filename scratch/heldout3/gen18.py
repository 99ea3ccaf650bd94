#!/usr/bin/env python3
"""Blind held-out batch 18: equivalence (rules 4-6) of the answer verifier.

Written without reading the grader or its tests. Labels follow the grading rules of the issue
(strict mode). Run: python3 gen18.py  -> writes independent18.json next to this file.
"""
import json
import os
from collections import Counter

CASES = []


def case(category, response, reference, expected, note=""):
    d = {"category": category, "response": response, "reference": reference, "expected": expected}
    if note:
        d["note"] = note
    CASES.append(d)


def minerva(ans):
    return f"Final Answer: The final answer is ${ans}$. I hope it is correct."


# ---------------------------------------------------------------- fractions / decimals
case("fraction_decimal",
     "<think>\nSum of roots of 4x^2 + 3x - 7 = 0 is -b/a = -3/4.\n</think>\n\nBy Vieta, the sum of the roots is "
     "$-\\tfrac{b}{a}$, which gives\n\\[\n\\boxed{\\frac{-3}{4}}\n\\]",
     "-\\frac{3}{4}", True, "negative sign inside the numerator")
case("fraction_decimal",
     "<think>\nP = 14 favourable out of 24 total. Could reduce but fine.\n</think>\n\n"
     "Counting favourable arrangements gives 14 out of 24, so the probability is $\\boxed{\\frac{14}{24}}$.",
     "\\frac{7}{12}", True, "unreduced fraction is the same value")
case("fraction_decimal",
     "<think>\nRatio of the rates is 12 to 7... the question asks first over second: 12/7.\n</think>\n\n"
     "The requested ratio is $\\boxed{\\frac{12}{7}}$.",
     "\\frac{7}{12}", False, "reciprocal")
case("fraction_decimal",
     "Let me compute this directly. $\\frac{3}{4}$ of the tank is filled after one hour.\n\n**Answer:** $\\tfrac34$",
     "0.75", True)
case("fraction_decimal",
     "<think>\n22/6 = 3.666..., I'll report 3.67.\n</think>\n\nThe expected roll is about $\\boxed{3.67}$.",
     "\\frac{11}{3}", False, "rounded decimal for an exact fraction (rule 5)")

# ---------------------------------------------------------------- mixed numbers
case("mixed_number",
     "<think>\nTotal flour: 3/4 + 3/4 + 3/4 = 9/4 cups = 2 1/4.\n</think>\n\nShe needs $2\\frac{1}{4}$ cups in total.\n\n"
     "\\boxed{2\\frac{1}{4}}",
     "\\frac{9}{4}", True, "mixed number 2 1/4 = 9/4")
case("mixed_number",
     "<think>\n9/4 ... or do they mean half? Recomputing: 1/4 * 2 = 1/2.\n</think>\n\nThe answer is $\\frac{1}{2}$.",
     "2\\frac{1}{4}", False, "a naive product parse of 2\\frac14 would give 1/2")
case("mixed_number",
     "<think>\n5 2/3 as an improper fraction: 5*3 + 2 = ... 13? no wait. I'll trust it.\n</think>\n\n"
     "Converting, the length is $\\boxed{\\dfrac{13}{3}}$ feet.",
     "5\\frac{2}{3}", False, "5 2/3 = 17/3, not 13/3")
case("mixed_number",
     "<think>\nMix: 1/2 cup + 1 cup = 1.5 cups.\n</think>\n\n- sugar: 1 cup\n- honey: 1/2 cup\n\nTotal sweetener: "
     "$\\boxed{1.5\\text{ cups}}$",
     "1\\frac{1}{2}", True, "unit ignored, 1.5 = 1 1/2")
case("mixed_number",
     "<think>\n7 1/2 divided by ... wait it's 7 + 1/2 = 15/2 = 7.5 miles.\n</think>\n\nThe hikers cover $7.5$ miles.\n\n"
     "\\boxed{7 \\frac{1}{2}}",
     "7.5", True, "mixed number with a space")

# ---------------------------------------------------------------- repeating decimals
case("repeating_decimal",
     "<think>\n3/11 = 0.272727...\n</think>\n\nLong division gives a period-2 expansion: $\\boxed{0.\\overline{27}}$",
     "\\frac{3}{11}", True)
case("repeating_decimal",
     "<think>\nx = 0.2777..., 10x = 2.777..., 9x = 2.5, x = 5/18. Hmm, I'll leave it as decimal.\n</think>\n\n"
     "$$\\boxed{0.2\\overline{7}}$$",
     "\\frac{3}{11}", False, "0.2777... = 5/18")
case("repeating_decimal",
     "<think>\n5/18 = 0.2777...\n</think>\n\nSo the fraction of the day is $\\boxed{0.\\overline{27}}$.",
     "\\frac{5}{18}", False, "0.2727... = 3/11, not 5/18 = 0.2777...")
case("repeating_decimal",
     "<think>\n1/7 has period 6.\n</think>\n\nThe decimal expansion repeats with period 6:\n\\[ \\frac17 = \\boxed{0.\\overline{142857}} \\]",
     "\\frac{1}{7}", True)
case("repeating_decimal",
     "<think>\nx = 0.666..., 10x - x = 6, x = 2/3.\n</think>\n\n**Final answer:** $\\dfrac{2}{3}$",
     "0.\\overline{6}", True)
case("repeating_decimal",
     "<think>\n1/3...\n</think>\n\nThe probability is approximately $\\boxed{0.333}$.",
     "\\frac{1}{3}", False, "truncated decimal for an exact reference")

# ---------------------------------------------------------------- scientific notation
case("scientific_notation",
     "<think>\nWavelength 320 micrometres = 3.2e-4 m.\n</think>\n\nConverting, $\\lambda = 0.00032$ m.\n\n\\boxed{0.00032}",
     "3.2 \\times 10^{-4}", True)
case("scientific_notation",
     "<think>\n320 micrometres = 320e-6 = 3.2e-3? hmm 320e-6 = 3.2e-4. I wrote 3.2e-3 earlier.\n</think>\n\n"
     "$$\\boxed{3.2 \\times 10^{-3}}$$",
     "3.2 \\times 10^{-4}", False, "exponent off by one")
case("scientific_notation",
     "The luminosity is $L = 4\\pi R^2 \\sigma T^4 \\approx 4.5\\times10^{33}$ erg/s.\n\n"
     + minerva("4.5 \\times 10^{33}\\ \\text{erg/s}"),
     ["4.5e33\n"], True, "e-notation reference, unit ignored")
case("scientific_notation",
     "<think>\nM ~ 7e36 g? Let me redo: 7e36... I'll keep it.\n</think>\n\nThe mass of the cloud is\n\n"
     + minerva("7 \\times 10^{36}"),
     ["7 \\times 10^{37}\n"], False, "order of magnitude off")
case("scientific_notation",
     "<think>\nd = 8.7e8 km.\n</think>\n\nThe distance works out to $8.7 \\times 10^8$ km, i.e.\n\n\\boxed{870{,}000{,}000}",
     ["8.7 \\times 10^{8}"], True, "thousands separators with {,}")
case("scientific_notation",
     "<think>\n240000 = 24 x 10^4.\n</think>\nSo $N = \\boxed{24 \\times 10^{4}}$.",
     "2.4 \\times 10^{5}", True, "non-normalised mantissa")
case("scientific_notation",
     "<think>\n2.4e5... and we need per hour, divide by 60? no.\n</think>\n\nThe answer is $2.4 \\times 10^{4}$.",
     "2.4 \\times 10^{5}", False, "factor of 10")

# ---------------------------------------------------------------- thousands separators
case("thousands_separator",
     "<think>\n1111 * 1111 = 1234321. Add 246 -> 1234567.\n</think>\n\n"
     "Adding the pieces: $1{,}234{,}321 + 246$.\n\nThe answer is $\\boxed{1,234,567}$.",
     "1234567", True)
case("thousands_separator",
     "<think>\nTotal cost = 1657 dollars.\n</think>\n\nAfter the discount the car repairs cost $\\boxed{\\$1657}$.",
     "\\$1,\\!657", True, "reference uses a LaTeX thousands separator")
case("thousands_separator",
     "<think>\nInterest: 42409.\n</think>\n\nAfter 10 years the account holds $\\boxed{42\\,409}$ dollars.",
     "\\$42409", True, "thin-space separator, currency ignored")

case("thousands_separator",
     "<think>\n2^16 = 65536. Writing it with a separator... 65,356.\n</think>\n\nThe number of strings is $\\boxed{65{,}356}$.",
     "65536", False, "digits transposed while adding the separator")
case("thousands_separator",
     "<think>\n10^6 / 10 = 100,000 per group? The question asks the total.\n</think>\n\n"
     "So the total is $\\boxed{100{,}000}$.",
     "1{,}000{,}000", False, "factor of 10; separators in the reference")

# ---------------------------------------------------------------- bases
case("base",
     "<think>\nConvert to base 4: 123 = 1*64 + 3*16 + 2*4 + 3 -> 1323.\n</think>\n\n"
     "Repeated division by 4 gives remainders 3, 2, 3, 1, so the answer is $1323_4$.",
     "1323_{4}", True)
case("base",
     "<think>\nBase 6 subtraction... result 2215.\n</think>\n\nExpressed in base $6$: $\\boxed{2215}$",
     "2215_6", True, "base subscript omitted but digits match")
case("base",
     "<think>\nIn base 9 the sum is 2767? Let me recheck the carries... ok.\n</think>\n\n$$\\boxed{2767_9}$$",
     "2677_9", False, "digits swapped")
case("base",
     "<think>\n99 in base 3: 99 = 81 + 18 = 1*81 + 0*27 + 2*9 + 0*3 + 0 -> 10200.\n</think>\n\n"
     "Thus $99_{10} = \\boxed{10020_3}$.",
     "10200_3", False, "wrong digit order")

# ---------------------------------------------------------------- complex numbers
case("complex",
     "<think>\n(3 - 2i)^2 = 9 - 12i + 4i^2 = 5 - 12i.\n</think>\n\nExpanding, we get $\\boxed{-12i + 5}$.",
     "5-12i", True, "terms reordered")
case("complex",
     "<think>\n(3-2i)^2 = 9 + 12i - 4 = 5 + 12i. hmm sign... moving on.\n</think>\n\n$$(3-2i)^2 = \\boxed{5+12i}$$",
     "5-12i", False, "conjugate")
case("complex",
     "<think>\n1/(3+4i) = (3-4i)/25 -> times 5 -> (3-4i)/5.\n</think>\n\n"
     "Multiplying by the conjugate,\n\\[\n\\frac{5}{3+4i} = \\boxed{\\frac{3-4i}{5}}\n\\]",
     "\\frac{3}{5}-\\frac{4}{5}i", True, "common denominator form")
case("complex",
     "<think>\n(3-4i)/5? or (4-3i)/5, I mixed the parts.\n</think>\n\nSo the quotient is $\\boxed{\\frac{4}{5}-\\frac{3}{5}i}$.",
     "\\frac{3}{5}-\\frac{4}{5}i", False, "real and imaginary parts swapped")
case("complex",
     "<think>\nCube roots of 8 other than 2: -1 ± i sqrt3; the one in the upper half-plane: -1 + i sqrt3.\n</think>\n\n"
     "The root with positive imaginary part is $\\boxed{-1+\\sqrt{3}\\,i}$.",
     "-1+i\\sqrt{3}", True)
case("complex",
     "<think>\n(1+i)^2 / 2i ... let me just get w = 1 - i.\n</think>\n\nTherefore $w = \\boxed{1 - i}$.",
     "1+i", False, "conjugate")
case("complex",
     "<think>\nz * zbar = |z|^2 = 25; z = 3 + 4i so 1/z = (3-4i)/25.\n</think>\n\n"
     "$$\\frac1z = \\boxed{0.12 - 0.16i}$$",
     "\\frac{3}{25}-\\frac{4}{25}i", True, "3/25 = 0.12, 4/25 = 0.16")

# ---------------------------------------------------------------- infinity
case("infinity",
     "<think>\nThe harmonic-like sum diverges.\n</think>\n\nThe partial sums grow without bound.\n\n**Answer:** $+\\infty$",
     "\\infty", True)
case("infinity",
     "<think>\nAs x -> 0^-, 1/x -> -inf. But the question is x -> 0^+... I'll say -inf.\n</think>\n\n"
     "$$\\lim = \\boxed{-\\infty}$$",
     "\\infty", False, "sign of infinity")
case("infinity",
     "<think>\nRange of f(x) = x^2 + 1 is [1, inf).\n</think>\n\nThe range is $\\boxed{[1, +\\infty)}$.",
     "[1,\\infty)", True)
case("infinity",
     "<think>\nDomain of log(x): x > 0; but the argument here is x itself... including 0? No, log 0 undefined. I'll include 0 anyway.\n</think>\n\n"
     "Domain: $\\boxed{[0,\\infty)}$",
     "(0,\\infty)", False, "closed endpoint where the reference is open")

# ---------------------------------------------------------------- sets
case("set",
     "Sure! Let's solve $x^3 - 2x^2 - 5x + 6 = 0$ step by step.\n\n"
     "1. **Try small integers.** Plugging in $x = 1$ gives $1 - 2 - 5 + 6 = 0$, so $x - 1$ is a factor.\n"
     "2. **Divide.** $x^3 - 2x^2 - 5x + 6 = (x-1)(x^2 - x - 6)$.\n"
     "3. **Factor the quadratic.** $x^2 - x - 6 = (x-3)(x+2)$.\n\n"
     "So the solutions are $\\boxed{3, -2, 1}$. Let me know if you'd like me to check any of them!",
     "-2, 1, 3", True, "any order")
case("set",
     "<think>\nx = 1 is a root, and the quadratic factor gives x = 3... and another one I'm not sure about.\n</think>\n\n"
     "The real roots are $\\boxed{1, 3}$.",
     "-2, 1, 3", False, "missing member")
case("set",
     "<think>\nx^2 = 9 -> x = ±3.\n</think>\n\n$$x = \\boxed{\\pm 3}$$",
     "-3, 3", True, "plus-minus denotes both values")
case("set",
     "<think>\nx^2 = 9, x positive by context? The problem didn't say.\n</think>\n\nSo $x = \\boxed{3}$.",
     "-3, 3", False, "missing the negative root")
case("set",
     "<think>\nQuadratic formula: x = (4 ± sqrt(16 + 4))/2 = 2 ± sqrt5.\n</think>\n\nThe two roots are "
     "$\\boxed{2-\\sqrt{5},\\ 2+\\sqrt{5}}$.",
     "2 \\pm \\sqrt{5}", True, "plus-minus written out")
case("set",
     "<think>\nx = (-4 ± sqrt(20))/2 = -2 ± sqrt 5.\n</think>\n\n$\\boxed{-2 \\pm \\sqrt{5}}$",
     "2 \\pm \\sqrt{5}", False, "sign of the centre")
case("set",
     "<think>\nDivisors of 16? of 8? n such that n | 16 and ... 1,2,4,8,16.\n</think>\n\n$\\boxed{\\{1,2,4,8,16\\}}$",
     "\\{1, 2, 4, 8\\}", False, "extra member")
case("set",
     "<think>\nThe two values of k are 69 and 84.\n</think>\n\nThe possible values are $k = 84$ and $k = 69$, i.e. $\\boxed{69, 84}$.",
     ["$69$,$84$"], True, "OlympiadBench two-value answer")
case("set",
     "<think>\nOnly k = 69 satisfies... the other fails? I think only 69.\n</think>\n\n$\\boxed{69}$",
     ["$69$,$84$"], False, "missing a value")

# ---------------------------------------------------------------- tuples / points
case("tuple",
     "<think>\nSolve 2x + y = 3, x - y = 3: x = 2, y = -1.\n</think>\n\nThe intersection point is $\\boxed{\\left( 2, -1 \\right)}$.",
     "(2,-1)", True)
case("tuple",
     "<think>\nx = 2, y = -1 so the point is (y, x)?? no... writing (-1, 2).\n</think>\n\nIntersection: $\\boxed{(-1, 2)}$",
     "(2,-1)", False, "coordinates swapped")
case("tuple",
     "<think>\n(0, 3) in rectangular -> r = 3, theta = pi/2.\n</think>\n\nIn polar coordinates the point is $\\boxed{(3, \\pi/2)}$.",
     "\\left( 3, \\frac{\\pi}{2} \\right)", True)
case("tuple",
     "<think>\n(0, -3)? The point is (0,3), theta = 3pi/2? arctan... I'll go with 3pi/2.\n</think>\n\n"
     "$$\\boxed{\\left(3, \\frac{3\\pi}{2}\\right)}$$",
     "\\left( 3, \\frac{\\pi}{2} \\right)", False, "wrong angle")
case("tuple",
     "<think>\nSolving the system: x = 1, y = -2, z = 1/2.\n</think>\n\nThe solution is $(x,y,z) = \\boxed{(1, -2, 0.5)}$.",
     "\\left(1,-2,\\frac{1}{2}\\right)", True)
case("tuple",
     "<think>\ny = 2? from the second equation y = -2... I'll use 2.\n</think>\n\n$\\boxed{(1, 2, 0.5)}$",
     "\\left(1,-2,\\frac{1}{2}\\right)", False, "sign error in one coordinate")
case("tuple",
     "<think>\nCheck (1,1): works. (3,2): 9 = 9 + ... works. No others up to bound.\n</think>\n\n"
     "The solutions are the pairs $(3,2)$ and $(1,1)$:\n$$\\boxed{(3,2),\\ (1,1)}$$",
     ["$(1,1), (3,2)$"], True, "set of pairs in another order")
case("tuple",
     "<think>\nPairs: (1,1), (2,3).\n</think>\n\n$$\\boxed{(1,1), (2,3)}$$",
     ["$(1,1), (3,2)$"], False, "inner order of a pair swapped")
case("tuple",
     "<think>\n(2,4) works and by symmetry (4,2)? The equation is not symmetric but let me include both.\n</think>\n\n"
     "All solutions: $\\boxed{(2,4),(4,2)}$",
     ["$(2,4)$"], False, "extra pair")
case("tuple",
     "<think>\nLegs 5 and 12, hypotenuse 13.\n</think>\n\nThe side lengths in increasing order are $(a,b,c) = (5, 12, 13)$.\n\n"
     "The answer is $(a, b, c) = (5, 12, 13)$.",
     "(5,12,13)", True, "tuple given with variable-name prefix")

# ---------------------------------------------------------------- intervals
case("interval",
     "<think>\nx^2 - 3x - 4 > 0 -> (x-4)(x+1) > 0 -> x < -1 or x > 4.\n</think>\n\n"
     "The solution set is $\\boxed{(4,\\infty)\\cup(-\\infty,-1)}$.",
     "(-\\infty, -1) \\cup (4, \\infty)", True, "union in another order")
case("interval",
     "<think>\n(x-4)(x+1) > 0.\n</think>\n\nThe inequality holds exactly when $x < -1$ or $x > 4$.\n\n"
     "**Answer:** $x < -1 \\text{ or } x > 4$",
     "(-\\infty, -1) \\cup (4, \\infty)", True, "inequality form of the interval")
case("interval",
     "<think>\nAt x = -1 the expression is 0... include it? The inequality is strict, but fine.\n</think>\n\n"
     "$\\boxed{(-\\infty,-1]\\cup(4,\\infty)}$",
     "(-\\infty, -1) \\cup (4, \\infty)", False, "closed endpoint at -1")
case("interval",
     "<think>\nValid region [3,7] and [8,9]; at 9 the denominator... ok include.\n</think>\n\n$$\\boxed{[3,7]\\cup[8,9]}$$",
     "[3,7] \\cup [8,9)", False, "9 must be excluded")
case("interval",
     "<think>\nThe range is from -1 to -1/2 inclusive.\n</think>\n\nHence the parameter lies in $\\boxed{[-1, -0.5]}$.",
     ["$[-1,-\\frac{1}{2}]$"], True, "decimal endpoint")
case("interval",
     "<think>\nt in (1/2, 8]; at t = 1/2 the function equals... undefined? I'll exclude it.\n</think>\n\n"
     "So the answer is $\\boxed{\\left(\\frac12, 8\\right]}$.",
     ["$[\\frac{1}{2}, 8]$"], False, "left endpoint open")
case("interval",
     "<think>\nsqrt(x-2) defined for x >= 2.\n</think>\n\nThe domain is all $x \\ge 2$.\n\nFinal Answer: $x \\geq 2$",
     "[2,\\infty)", True)
case("interval",
     "<think>\nx - 2 > 0.\n</think>\n\nThe function is defined for $\\boxed{x > 2}$.",
     "[2,\\infty)", False, "strict inequality excludes 2")
case("interval",
     "<think>\nDenominator x + 27 cannot be 0.\n</think>\n\nThe domain is every real number: $\\boxed{(-\\infty, \\infty)}$.",
     "(-\\infty,-27)\\cup(-27,\\infty)", False, "forgot to exclude -27")
case("interval",
     "<think>\n|x| > 8.\n</think>\n\n\\[\\boxed{(-\\infty,-8)\\cup(8,\\infty)}\\]",
     "(-\\infty,-8]\\cup [8,\\infty)", False, "endpoints should be closed")

# ---------------------------------------------------------------- matrices / vectors
case("matrix",
     "<think>\nProjection: (v.u / u.u) u = (-4/13)(5, 1) = (-20/13, -4/13).\n</think>\n\n"
     "$$\\operatorname{proj}_{\\mathbf u}\\mathbf v = \\boxed{\\begin{pmatrix} -\\frac{20}{13} \\\\ -\\frac{4}{13} \\end{pmatrix}}$$",
     "\\begin{pmatrix} -20/13 \\\\ -4/13 \\end{pmatrix}", True)
case("matrix",
     "<think>\nproj = (-4/13)(1, 5)? I think u = (1,5).\n</think>\n\n"
     "$$\\boxed{\\begin{pmatrix} -\\frac{4}{13} \\\\ -\\frac{20}{13} \\end{pmatrix}}$$",
     "\\begin{pmatrix} -20/13 \\\\ -4/13 \\end{pmatrix}", False, "components swapped")
case("matrix",
     "<think>\n[[1,1],[0,1]]^2500 = [[1,2500],[0,1]].\n</think>\n\nBy induction $A^n = \\begin{bmatrix} 1 & n \\\\ 0 & 1\\end{bmatrix}$, so\n\n"
     "\\boxed{\\begin{bmatrix} 1 & 2500 \\\\ 0 & 1 \\end{bmatrix}}",
     "\\begin{pmatrix} 1 & 2500 \\\\ 0 & 1 \\end{pmatrix}", True, "bmatrix vs pmatrix")
case("matrix",
     "<think>\nA^n = [[1,0],[n,1]]?\n</think>\n\n\\boxed{\\begin{pmatrix} 1 & 0 \\\\ 2500 & 1 \\end{pmatrix}}",
     "\\begin{pmatrix} 1 & 2500 \\\\ 0 & 1 \\end{pmatrix}", False, "transposed")
case("matrix",
     "<think>\nProjection of (4,2)... = (12/5, 16/5) = (2.4, 3.2).\n</think>\n\nThe projection is "
     "$\\boxed{\\begin{pmatrix} 2.4 \\\\ 3.2 \\end{pmatrix}}$.",
     "\\begin{pmatrix} 12/5 \\\\ 16/5 \\end{pmatrix}", True, "exact decimals inside a vector")
case("matrix",
     "<think>\nv = (-4, 3)... direction reversed? the vector from B to A.\n</think>\n\n"
     "$$\\boxed{\\begin{pmatrix} -4 \\\\ 3 \\end{pmatrix}}$$",
     "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}", False, "negated vector")
case("matrix",
     "<think>\nRotate: (2 sqrt2, -1/sqrt2, -1/sqrt2) = (2√2, -√2/2, -√2/2).\n</think>\n\n"
     "$$\\boxed{\\begin{pmatrix} 2\\sqrt{2} \\\\ -\\frac{\\sqrt{2}}{2} \\\\ -\\frac{\\sqrt{2}}{2} \\end{pmatrix}}$$",
     "\\begin{pmatrix} 2 \\sqrt{2} \\\\ -\\frac{1}{\\sqrt{2}} \\\\ -\\frac{1}{\\sqrt{2}} \\end{pmatrix}", True,
     "rationalised entries")
case("matrix",
     "<think>\nCross product (1,2,3) x (4,5,6) = (2*6-3*5, 3*4-1*6, 1*5-2*4) = (-3, 6, -3).\n</think>\n\n"
     "$$\\mathbf a \\times \\mathbf b = \\boxed{\\begin{pmatrix} 3 \\\\ -6 \\\\ 3 \\end{pmatrix}}$$",
     "\\begin{pmatrix} -3 \\\\ 6 \\\\ -3 \\end{pmatrix}", False, "b x a instead of a x b (negated)")

# ---------------------------------------------------------------- equations
case("equation",
     "<think>\nSlope 2 through (1,-1): y + 1 = 2(x - 1) -> y = 2x - 3.\n</think>\n\n"
     "In general form the line is $\\boxed{2x - y - 3 = 0}$.",
     "y = 2x - 3", True, "same line, rearranged (lhs-rhs negated)")
case("equation",
     "<think>\nradius 5 -> x^2 + y^2 = 5.\n</think>\n\n$$\\boxed{x^2+y^2=5}$$",
     "x^2 + y^2 = 25", False, "radius instead of radius squared")
case("equation",
     "<think>\nNormal (2,-1,3), passes through (1,1,2): 2 - 1 + 6 = 7 -> 2x - y + 3z = 7.\n</think>\n\n"
     "The plane is $\\boxed{-2x + y - 3z + 7 = 0}$.",
     "2x - y + 3z - 7 = 0", True, "equation times -1")
case("equation",
     "<think>\nf(x) = 2x satisfies the functional equation; uniqueness follows from injectivity.\n</think>\n\n"
     "The only solution is the linear map $x \\mapsto 2x$.\n\n$\\boxed{2x}$",
     ["$f(x)=2 x$"], True, "function given without f(x) =")
case("equation",
     "<think>\nThe minimum is attained at k = 1.\n</think>\n\nThe answer is $1$.",
     ["$k=1$"], True, "reference is an equation k=1")
case("equation",
     "<think>\nPerpendicular slope: -1/2? or -2... the given slope is 1/2 so perpendicular is -2.\n</think>\n\n"
     "$$\\boxed{y = -2x + 4}$$",
     "y = -\\frac{1}{2}x + 4", False, "wrong slope")

# ---------------------------------------------------------------- inequalities
case("inequality",
     "<think>\n3x - 5 > 7 -> x > 4.\n</think>\n\nSo all solutions form $\\boxed{(4, \\infty)}$.",
     "x > 4", True, "interval form of the inequality")
case("inequality",
     "<think>\nx > 4, and x = 4 gives 7 > 7, false. But I'll write >=.\n</think>\n\n$$\\boxed{x \\geq 4}$$",
     "x > 4", False, "non-strict vs strict")
case("inequality",
     "<think>\n-2 < x <= 5.\n</think>\n\nThe answer is $(-2, 5]$.",
     "-2 < x \\le 5", True)
case("inequality",
     "<think>\nBoth ends included.\n</think>\n\n$\\boxed{[-2,5]}$",
     "-2 < x \\le 5", False, "-2 must be excluded")
case("inequality",
     "<think>\nx <= -2.\n</think>\n\nRearranging gives $\\boxed{-2 \\geq x}$.",
     "x \\le -2", True, "inequality written right-to-left")
case("inequality",
     "<think>\nDivide by -3, flip: x >= -2. Hmm, did I flip? yes.\n</think>\n\n$\\boxed{x \\geq -2}$",
     "x \\le -2", False, "direction reversed")

# ---------------------------------------------------------------- algebraic expressions
case("algebraic",
     "Need two numbers with product $-6$ and sum $-1$: $-3$ and $2$.\n\n$$\\boxed{(x-3)(x+2)}$$",
     "x^2 - x - 6", True, "factored vs expanded")
case("algebraic",
     "<think>\n(x+3)(x-2) = x^2 + x - 6. close enough?\n</think>\n\n$$\\boxed{(x+3)(x-2)}$$",
     "x^2 - x - 6", False, "sign of the linear term")
case("algebraic",
     "<think>\nsin = 2/sqrt6.\n</think>\n\nThe ratio is $\\boxed{\\frac{2}{\\sqrt{6}}}$.",
     "\\frac{\\sqrt{6}}{3}", True, "unrationalised denominator")
case("algebraic",
     "<think>\nRationalise 3/sqrt6 = sqrt6/2.\n</think>\n\n$\\boxed{\\frac{\\sqrt{6}}{2}}$",
     "\\frac{\\sqrt{6}}{3}", False)
case("algebraic",
     "<think>\nUsing the double-angle identity, the expression is 2 sin(theta) cos(theta).\n</think>\n\n"
     "$$\\boxed{2\\sin\\theta\\cos\\theta}$$",
     "\\sin 2\\theta", True, "double-angle identity")
case("algebraic",
     "<think>\ncos 2x = 1 - 2cos^2 x? (it's 2cos^2 x - 1 or 1 - 2 sin^2 x)\n</think>\n\n"
     "The simplified form is $\\boxed{1 - 2\\cos^2 x}$.",
     "\\cos 2x", False, "1 - 2cos^2 x = -cos 2x")
case("algebraic",
     "<think>\nlog_2 12 = log_2 4 + log_2 3 = 2 + log_2 3.\n</think>\n\n$$x = \\boxed{2 + \\log_2 3}$$",
     "\\log_2 12", True, "log identity")
case("algebraic",
     "<think>\nlog_2 12 = 2 log_2 3? (12 = 3*4 -> maybe 2 log 3).\n</think>\n\n$$x = \\boxed{2\\log_2 3}$$",
     "\\log_2 12", False, "2 log_2 3 = log_2 9")
case("algebraic",
     "<think>\nGeometric sum 1 + 2 + ... + 2^n = 2^{n+1} - 1. Starting from 2^1 though? I'll keep it.\n</think>\n\n"
     "$\\boxed{2^{n+1}-1}$",
     "2^{n+1}-2", False, "off by one")
case("algebraic",
     "<think>\nNumber of lattice paths = C(2n, n).\n</think>\n\nThe count is $\\boxed{\\dfrac{(2n)!}{(n!)^2}}$.",
     ["$\\binom{2n}{n}$"], True, "binomial coefficient written with factorials")
case("algebraic",
     "<think>\nThe minimal value is 1/(2n+2).\n</think>\n\nThe minimum equals $\\boxed{\\frac{1}{2(n+1)}}$.",
     ["$\\frac{1}{2 n+2}$"], True)
case("algebraic",
     "<think>\nMinimum 1/(2n+1).\n</think>\n\n**Answer:** $\\frac{1}{2n+1}$",
     ["$\\frac{1}{2 n+2}$"], False)
case("algebraic",
     "<think>\nC(n, 2) = n(n-1)/2.\n</think>\n\n$\\boxed{\\frac{n(n-1)}{2}}$",
     "\\frac{n(n+1)}{2}", False, "off by one")
case("algebraic",
     "The equilibrium radius follows from balancing the two terms.\n\n"
     + minerva("\\frac{a\\sqrt[3]{M}}{b + G M^{2/3}}"),
     ["\\frac{a M^{1/3}}{G M^{2/3}+b}\n", "\\frac{a M^{1/3}}{G M^{2/3} + b}"], True, "cube root and reordered sum")
case("algebraic",
     "<think>\nArea of the region = sqrt3/4 - pi/24.\n</think>\n\nCombining over a common denominator, the area is\n"
     "\\[ \\boxed{\\frac{6\\sqrt{3}-\\pi}{24}} \\]",
     "\\frac{\\sqrt{3}}{4} - \\frac{1}{24}\\pi", True)
case("algebraic",
     "<think>\nArea = sqrt3/4 + pi/24.\n</think>\n\n\\[ \\boxed{\\frac{6\\sqrt{3}+\\pi}{24}} \\]",
     "\\frac{\\sqrt{3}}{4} - \\frac{1}{24}\\pi", False, "sign")
case("algebraic",
     "<think>\n(x+1)/(x-1) = 1 + 2/(x-1).\n</think>\n\nSo $g(x) = \\boxed{1 + \\frac{2}{x-1}}$.",
     "\\frac{x+1}{x-1}", True)
case("algebraic",
     "<think>\nInverse function: swap... (x-1)/(x+1).\n</think>\n\n$g(x) = \\boxed{\\frac{x-1}{x+1}}$",
     "\\frac{x+1}{x-1}", False, "reciprocal")

# ---------------------------------------------------------------- radicals
case("radical",
     "$d = \\sqrt{6^2 + 6^2}$.\n\n\\boxed{\\sqrt{72}}",
     "6\\sqrt{2}", True)
case("radical",
     "<think>\n(16)^{1/3}.\n</think>\n\n$\\boxed{\\sqrt[3]{16}}$",
     "2\\sqrt[3]{2}", True)
case("radical",
     "<think>\n2 * 2^{1/2} = sqrt8.\n</think>\n\n$\\boxed{\\sqrt{8}}$",
     "2\\sqrt[3]{2}", False, "square root instead of cube root")
case("radical",
     "<think>\nr = 1/(3 * 2^{1/3}).\n</think>\n\nSo $r = \\boxed{\\frac{1}{3\\sqrt[3]{2}}}$.",
     "\\frac{\\sqrt[3]{4}}{6}", True, "1/(3*2^(1/3)) = 4^(1/3)/6")
case("radical",
     "<think>\nHeight = 480 + 480 sqrt 3 feet.\n</think>\n\nThe tower is $\\boxed{480(1+\\sqrt{3})\\text{ ft}}$ tall.",
     "480 + 480\\sqrt{3}\\text{ feet}", True, "factored, ft = feet")
case("radical",
     "<think>\nratio = 2^(1/3)? hmm the ratio squared is 2 so sqrt2... I'll keep cube root.\n</think>\n\n$\\boxed{2^{1/3}}$",
     "\\sqrt{2}", False)

# ---------------------------------------------------------------- exact vs approximate (rule 5)
case("exact_vs_approx",
     "<think>\narctan(1) = pi/4 ~ 0.785.\n</think>\n\nThe angle is approximately $\\boxed{0.785}$ radians.",
     "\\frac{\\pi}{4}", False, "decimal for an exact reference")
case("exact_vs_approx",
     "<think>\nsqrt 2 = 1.41421356.\n</think>\n\nFinal Answer: $1.41421356$",
     "\\sqrt{2}", False, "even many digits is still an approximation")
case("exact_vs_approx",
     "<think>\nArea = 12 pi = 37.699.\n</think>\n\nThe area is about $37.70$ square units.\n\n\\boxed{37.70}",
     "12\\pi", False)
case("exact_vs_approx",
     "<think>\nArea = pi r^2 - ... = 12 pi.\n</think>\n\nThe shaded area is $\\boxed{12\\pi \\text{ cm}^2}$.",
     "12\\pi", True, "unit ignored")
case("exact_vs_approx",
     "<think>\ne^2 ~ 7.389\n</think>\n\nThe maximum value is $\\boxed{7.389}$.",
     "e^2", False)
case("exact_vs_approx",
     "<think>\nIntegral of 1/x from 1 to 2 = ln 2 = 0.693.\n</think>\n\nSo the integral equals $0.693$.\n\n**Answer: 0.693**",
     "\\ln 2", False)
case("exact_vs_approx",
     "<think>\n5/8 = 0.625 exactly.\n</think>\n\nThe fraction shaded is $\\boxed{0.625}$.",
     "\\frac{5}{8}", True, "exact terminating decimal")
case("exact_vs_approx",
     "<think>\nh = 2 sqrt 3 ~ 3.464.\n</think>\n\nThe height of the triangle is $\\boxed{3.464}$.",
     "2\\sqrt{3}", False)
case("exact_vs_approx",
     "<think>\nVolume = (1/2)(9 pi) = 4.5 pi.\n</think>\n\nThe volume is $\\boxed{4.5\\pi}$.",
     "\\frac{9\\pi}{2}", True, "exact decimal coefficient of pi")
case("exact_vs_approx",
     "<think>\nAngle ACB = 60 degrees... = pi/3 = 1.0472.\n</think>\n\n$\\boxed{1.0472}$",
     "\\frac{\\pi}{3}", False)

# ---------------------------------------------------------------- rounded references (rule 5)
case("rounded_reference",
     "<think>\nv = sqrt(2 g h) = sqrt(2*9.8*4.7) = 9.598... ~ 9.60? Let me say 9.62 using g = 9.85.\n</think>\n\n"
     "The speed at the bottom is about $9.62$ m/s.\n\n" + minerva("9.62"),
     ["9.6\n"], True, "more precise value that rounds to 9.6")
case("rounded_reference",
     "<think>\nv ~ 9.68\n</think>\n\n" + minerva("9.68"),
     ["9.6\n"], False, "9.68 rounds to 9.7")
case("rounded_reference",
     "<think>\nratio = 0.0058.\n</think>\n\nThe fractional change is $5.8\\times10^{-3}$.\n\n" + minerva("5.8 \\times 10^{-3}"),
     ["0.006\n"], True, "0.0058 rounds to 0.006")
case("rounded_reference",
     "<think>\nz = 0.0226\n</think>\n\nThe redshift is\n$$\\boxed{0.0226}$$",
     ["0.022\n"], False, "0.0226 rounds to 0.023")
case("rounded_reference",
     "<think>\nz = 0.0218\n</think>\n\nThe redshift is\n$$\\boxed{0.0218}$$",
     ["0.022\n"], True, "0.0218 rounds to 0.022")
case("rounded_reference",
     "<think>\nThe efficiency is exactly 1/3.\n</think>\n\nEfficiency $\\eta = 1 - T_c/T_h = \\boxed{\\frac{1}{3}}$.",
     ["0.33\n"], True, "exact value rounds to the rounded reference")
case("rounded_reference",
     "<think>\nL = 3.83e36.\n</think>\n\n$L = \\boxed{3.83 \\times 10^{36}}$",
     ["3.83 \\times 10^{35}\n"], False, "exponent off by one")
case("rounded_reference",
     "<think>\nM = 6.8e37 g\n</think>\n\n$$M \\simeq \\boxed{6.8\\times 10^{37}}\\ \\text{g}$$",
     ["7 \\times 10^{37}\n"], True, "6.8e37 rounds to 7e37 at one significant figure")
case("rounded_reference",
     "<think>\nf = 0.4951\n</think>\n\n" + minerva("0.4951"),
     ["0.49\n"], False, "0.4951 rounds to 0.50")

# ---------------------------------------------------------------- large integers
case("large_integer",
     "<think>\n4^10 = 2^20 = 1048576.\n</think>\n\n$\\boxed{2^{20}}$",
     "1048576", True, "power equals the integer exactly")
case("large_integer",
     "<think>\n2^20 = 1048567?\n</think>\n\nThe number of subsets is $\\boxed{1048567}$.",
     "1048576", False, "large integers compare exactly")
case("large_integer",
     "<think>\nTotal = 987,650.\n</think>\n\nThe total count is $\\boxed{987650}$.",
     "987654", False, "relative error 4e-6 must not be accepted")
case("large_integer",
     "<think>\n8178 ways.\n</think>\n\nThere are $8{,}178$ ways.\n\nThe answer is $\\boxed{8178}$.",
     8178.0, True, "AMC numeric reference")

# ---------------------------------------------------------------- units / percent / degrees / currency (rule 6)
case("units",
     "Great question! Since the perimeter of the square is 32 cm, we divide by the four equal sides:\n\n"
     "$$\\text{side} = \\frac{32}{4}$$\n\nSo each side measures $\\boxed{8}$. Hope this helps!",
     "8\\text{ cm}", True, "unit omitted")
case("units",
     "<think>\nside = 8 mm? The figure is in mm.\n</think>\n\nEach side is $\\boxed{8\\text{ mm}}$.",
     "8\\text{ cm}", False, "different unit, same number")
case("units",
     "<think>\nLength = 4 ... inches?\n</think>\n\nThe ladder reaches $\\boxed{4 \\text{ inches}}$ higher.",
     "4 \\text{ feet}", False, "different unit")
case("units",
     "<think>\n17 percent.\n</think>\n\nThe percent increase is $\\boxed{17}$.",
     "17\\%", True, "percent sign omitted")
case("units",
     "<think>\nDiscount = 20%.\n</think>\n\nThe discount rate is $\\boxed{20\\%}$.",
     "20", True, "percent sign ignored")
case("units",
     "<think>\n36 marbles out of 100... the fraction is 0.36.\n</think>\n\nThere are $\\boxed{0.36}$ red marbles.",
     "36", False, "a count is never rescaled by 100")
case("units",
     "<think>\nAngle = 50.\n</think>\n\nThe measure of the angle is **50 degrees**.\n\nFinal Answer: 50 degrees",
     "50^{\\circ}", True, "degrees written out")
case("units",
     "<think>\n180 - 155 = 25.\n</think>\n\n$\\boxed{25^\\circ}$",
     "155^\\circ", False, "supplement")
case("units",
     "<think>\ncost per pound = 3.47 -> 34.70 for ten pounds?\n</think>\n\n$\\boxed{\\$34.70}$",
     "\\$3.47", False, "factor of 10")
case("units",
     "<think>\n251.6\n</think>\n\nTotal: $\\boxed{\\$251.6}$",
     "\\$ 251.60", True, "trailing zero in currency")
case("units",
     "<think>\nThe side length is 147 cm, the area...\n</think>\n\nThe answer is $\\boxed{147\\text{ cm}^2}$.",
     "147\\text{ cm}", False, "area unit vs length unit")
case("units",
     "<think>\nt = d/v = 150/60 = 2.5 hours.\n</think>\n\nThe trip takes $\\boxed{2.5 \\text{ minutes}}$.",
     "2.5 \\text{ hours}", False, "different unit")
case("units",
     "<think>\n125 percent.\n</think>\n\nThe new price is **125 percent** of the old one.\n\nThe answer is 125 percent.",
     "125\\%", True)
case("units",
     "<think>\n4.2 percent.\n</think>\n\nThe growth rate is $\\boxed{4.2\\%}$.",
     ["4.2"], True, "OlympiadBench reference, unit % stored separately")
case("units",
     "<think>\nVolume = 150 mL -> L? The answer is 150.\n</think>\n\n$\\boxed{150 \\text{ L}}$",
     "150\\text{ mL}", False, "different unit")

# ---------------------------------------------------------------- benchmark reference shapes (rule 8)
case("benchmark_shape",
     "<think>\nSum = 142.\n</think>\n\nTherefore the requested sum is $\\boxed{142}$.",
     142.0, True, "AMC float reference")
case("benchmark_shape",
     "<think>\n36/10 = 3.6?\n</think>\n\n$\\boxed{3.6}$",
     36.0, False, "factor of 10")
case("benchmark_shape",
     "<think>\nm + n = 25.\n</think>\n\n**Answer: 25**",
     "025", True, "zero-padded AIME reference")
case("benchmark_shape",
     "<think>\nm + n = 250?\n</think>\n\n$\\boxed{250}$",
     "025", False, "padding is leading, not trailing")
case("benchmark_shape",
     "<think>\nThe answer is 2^{1009}.\n</think>\n\nThe maximum is $\\boxed{2\\cdot 4^{504}}$.",
     ["$2^{1009}$"], True, "2*4^504 = 2^1009")
case("benchmark_shape",
     "<think>\n2^{1008}\n</think>\n\n$\\boxed{2^{1008}}$",
     ["$2^{1009}$"], False, "off by factor 2")
case("benchmark_shape",
     "<think>\nr = 41/12.\n</think>\n\nThe radius is $\\boxed{3\\frac{5}{12}}$.",
     ["$\\frac{41}{12}$"], True, "mixed number 3 5/12 = 41/12")
case("benchmark_shape",
     "<think>\nspeed = 600/7 km/h ~ 85.7\n</think>\n\nThe speed is about $\\boxed{85.7}$ km/h.",
     ["$\\frac{600}{7}$"], False, "decimal for an exact fraction")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = {
        "description": (
            "Blind held-out batch 18 (independent author, grader source not read): equivalence under rules 4-6 - "
            "fractions/decimals, mixed numbers, repeating decimals, scientific notation, separators, bases, complex "
            "numbers, infinity, sets, tuples, intervals, matrices, equations, inequalities, algebraic identities, "
            "radicals, exact vs approximate, rounded (Minerva) references, large integers, units/percent/degrees/"
            "currency and benchmark reference shapes. Near-miss false cases, form-variant true cases."
        ),
        "cases": CASES,
    }
    with open(os.path.join(here, "independent18.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    c = Counter((x["category"], x["expected"]) for x in CASES)
    cats = sorted({x["category"] for x in CASES})
    for k in cats:
        print(f"{k:22s} true={c[(k, True)]:3d} false={c[(k, False)]:3d}")
    t = sum(x["expected"] for x in CASES)
    print("total", len(CASES), "true", t, "false", len(CASES) - t)


if __name__ == "__main__":
    main()
