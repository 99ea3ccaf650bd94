// Generates independent12.json (unusual but valid notation, plus near-misses).
import { writeFileSync } from "node:fs";
const T = (think, after) => `<think>\n${think}\n</think>\n\n${after}`;
const cases = [];
const C = (category, response, reference, expected) => cases.push({ category, response, reference, expected });
const thinks = [
  "Let me set up the equation and simplify step by step.",
  "Okay, so first I'll rewrite everything in terms of a single variable.",
  "Hmm, let me think. Substituting and simplifying, then double-checking.",
  "Alright. Using the identity and the given constraints, we can compute the value.",
];
let k = 0;
// B: boxed answer with a varied lead-in
const leads = ["The answer is $\\boxed{%}$.", "Therefore, $\\boxed{%}$.", "**Final Answer**\n\\[\n\\boxed{%}\n\\]", "So the final answer is $\\boxed{%}$.", "Hence\n$$\\boxed{%}$$"];
const B = (ans) => T(thinks[k % thinks.length], leads[k++ % leads.length].replace("%", () => ans));
const R = String.raw;

// fractions
C("fraction", B(R`\dfrac{3}{4}`), R`\frac{3}{4}`, true);
C("fraction", B(R`\tfrac34`), R`\frac{3}{4}`, true);
C("fraction", B(R`\frac34`), "0.75", true);
C("fraction", B("0.75"), R`\frac{3}{4}`, true);
C("fraction", B(R`\frac12`), "0.5", true);
C("fraction", B("3/4"), R`\dfrac{3}{4}`, true);
C("fraction", B(R`\frac{-1}{2}`), R`-\frac{1}{2}`, true);
C("fraction", B("-.5"), R`-\frac12`, true);
C("fraction", B(R`\frac{6}{8}`), R`\frac{3}{4}`, true);
C("fraction", B(R`\frac{4}{3}`), R`\frac{3}{4}`, false);
C("fraction", B(R`\frac{3}{5}`), R`\frac{3}{4}`, false);
C("fraction", B("0.333"), R`\frac{1}{3}`, false);
C("fraction", B("0.33"), R`\frac13`, false);
// mixed numbers
C("mixed", B(R`2\frac{1}{2}`), R`\frac{5}{2}`, true);
C("mixed", B(R`3\tfrac{1}{4}`), R`\frac{13}{4}`, true);
C("mixed", B(R`4\dfrac{2}{3}`), R`\frac{14}{3}`, true);
C("mixed", B(R`4\frac{2}{3}`), R`\frac{14}{3}`, true);
C("mixed", B(R`3\frac{1}{4}`), R`\frac{3}{4}`, false);
C("mixed", B("4.67"), R`\frac{14}{3}`, false);
// repeating decimals
C("repeating", B(R`0.\overline{3}`), R`\frac{1}{3}`, true);
C("repeating", B(R`0.1\overline{6}`), R`\frac{1}{6}`, true);
C("repeating", B(R`0.\overline{142857}`), R`\frac{1}{7}`, true);
C("repeating", B(R`1.\overline{09}`), R`\frac{12}{11}`, true);
C("repeating", B(R`0.\overline{6}`), R`\frac{1}{3}`, false);
C("repeating", B(R`0.\overline{16}`), R`\frac{1}{6}`, false);
// \left \right, spacing
C("spacing", B(R`\left( 3, \frac{\pi}{2} \right)`), R`\left( 3, \frac{\pi}{2} \right)`, true);
C("spacing", B(R`(3, \pi/2)`), R`\left( 3, \frac{\pi}{2} \right)`, true);
C("spacing", B(R`\left(\frac{\pi}{2}, 3\right)`), R`\left( 3, \frac{\pi}{2} \right)`, false);
C("spacing", B(R`\left[ 0, 1 \right]`), "[0,1]", true);
C("spacing", B(R`2\!\sqrt{3}`), R`2\sqrt3`, true);
C("spacing", B(R`\frac{\,7\,}{\;2\;}`), "3.5", true);
C("spacing", B(R`10\,000`), "10000", true);
C("spacing", B(R`10{,}000`), "10000", true);
C("spacing", B("1,000,000"), "1000000", true);
C("spacing", B(R`1{,}234{,}567`), "1234567", true);
C("spacing", B("1,234,568"), "1234567", false);
C("spacing", B(R`5\,866\,600`), "5866608", false);
// large integers
C("bigint", B("123456789012345679"), "123456789012345678", false);
C("bigint", B("123456789012345678"), "123456789012345678", true);
C("bigint", B("99999999999999999"), "100000000000000000", false);
C("bigint", B(R`2^{64}`), "18446744073709551616", true);
C("bigint", B("18446744073709551615"), R`2^{64}`, false);
// radicals
C("radical", B(R`\sqrt{117}`), R`3\sqrt{13}`, true);
C("radical", B(R`\frac{\sqrt{2}}{2}`), R`\frac{1}{\sqrt{2}}`, true);
C("radical", B(R`\sqrt[3]{2}`), "2^{1/3}", true);
C("radical", B(R`\sqrt{12}`), R`2\sqrt{3}`, true);
C("radical", B(R`2\sqrt{2}`), R`2\sqrt{3}`, false);
C("radical", B("1.732"), R`\sqrt{3}`, false);
C("radical", B("3.14159"), R`\pi`, false);
C("radical", B(R`\sqrt{3}`), "1.73", true);
C("radical", B("1.7320"), "1.73", true);
C("radical", B("1.74"), "1.73", false);
C("approx", B("0.1389"), "0.139", true);
C("approx", B("0.14"), "0.139", false);
// degrees / percent / units
C("units", B(R`30^\circ`), "30", true);
C("units", B("30°"), "30", true);
C("units", B(R`30^{\circ}`), R`30^\circ`, true);
C("units", B(R`25\%`), "25", true);
C("units", B(R`25\%`), R`25\%`, true);
C("units", B("0.25"), "25", false);
C("units", B(R`\$18.90`), "18.90", true);
C("units", B(R`\$18.90`), "18.9", true);
C("units", B(R`5\text{ cm}`), "5", true);
C("units", B(R`5 \mbox{ cm}`), R`5\text{ cm}`, true);
C("units", B(R`5 \text{ m}`), R`5\text{ cm}`, false);
C("units", B(R`12 \text{ feet}`), R`12\text{ inches}`, false);
C("units", B(R`20\ \text{m/s}`), "20", true);
C("units", B(R`5 \text{ cm}^2`), "5", true);
C("units", B(R`6 \text{ cm}^2`), "5", false);
C("units", B(R`\text{Evelyn}`), R`\text{Evelyn}`, true);
C("units", B("Evelyn"), R`\text{Evelyn}`, true);
C("units", B(R`\text{Emily}`), R`\text{Evelyn}`, false);
// scientific notation
C("scientific", B(R`3 \times 10^{8}`), "300000000", true);
C("scientific", B("4.5e33"), R`4.5 \times 10^{33}`, true);
C("scientific", B(R`4.5 \times 10^{32}`), R`4.5 \times 10^{33}`, false);
C("scientific", B(R`10^{-3}`), "0.001", true);
C("scientific", B(R`6.02 \times 10^{22}`), R`6.02 \times 10^{23}`, false);
C("scientific", B(R`1.2 \cdot 10^{5}`), "120000", true);
// intervals, unions, inequalities
C("interval", B("[2, 5)"), "[2,5)", true);
C("interval", B("(2, 5]"), "[2,5)", false);
C("interval", B("[2, 5]"), "[2,5)", false);
C("interval", B(R`(-\infty, 3) \cup (5, \infty)`), R`(-\infty,3)\cup(5,\infty)`, true);
C("interval", B(R`(5, \infty) \cup (-\infty, 3)`), R`(-\infty,3)\cup(5,\infty)`, true);
C("interval", B(R`(-\infty, 3] \cup (5, \infty)`), R`(-\infty,3)\cup(5,\infty)`, false);
C("interval", B(R`x < 3 \text{ or } x > 5`), R`(-\infty,3)\cup(5,\infty)`, true);
C("interval", B(R`2 \le x < 5`), "[2,5)", true);
C("interval", B(R`x \geq 2`), R`[2,\infty)`, true);
C("interval", B(R`x > 2`), R`[2,\infty)`, false);
C("interval", B(R`x \in [2, 5)`), "[2,5)", true);
C("interval", B(R`\left(-\infty, -\tfrac{1}{2}\right]`), R`(-\infty, -\frac{1}{2}]`, true);
// sets and tuples
C("set", B(R`\{3, 1, 2\}`), R`\{1,2,3\}`, true);
C("set", B("3, 2, 1"), "1, 2, 3", true);
C("set", B("1, 2, 3, 4"), "1, 2, 3", false);
C("set", B("1, 3"), "1, 2, 3", false);
C("set", B(R`\pm 2`), "-2, 2", true);
C("set", B(R`\pm 2`), "2", false);
C("set", B(R`\{-2, 2\}`), R`\pm 2`, true);
C("tuple", B("(2, 1)"), "(1,2)", false);
C("tuple", B(R`\left(1,2\right)`), "(1, 2)", true);
C("tuple", B(R`(1, -\tfrac{1}{2}, 3)`), R`\left(1,-\frac{1}{2},3\right)`, true);
C("tuple", B(R`(1, \tfrac{1}{2}, 3)`), R`\left(1,-\frac{1}{2},3\right)`, false);
// matrices
C("matrix", B(R`\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}`), R`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`, true);
C("matrix", B(R`\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}`), R`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`, false);
C("matrix", B(R`\begin{pmatrix} \frac{1}{2} \\ -1 \end{pmatrix}`), R`\begin{pmatrix} 1/2 \\ -1 \end{pmatrix}`, true);
C("matrix", B(R`\begin{pmatrix} 0.5 & 0 \\ 0 & 2 \end{pmatrix}`), R`\begin{pmatrix} \frac12 & 0 \\ 0 & 2 \end{pmatrix}`, true);
C("matrix", B(R`\begin{pmatrix} 1 & 2 & 3 \end{pmatrix}`), R`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`, false);
// complex numbers
C("complex", B("-4i + 3"), "3 - 4i", true);
C("complex", B("3 + 4i"), "3 - 4i", false);
C("complex", B(R`\frac{1}{2} + \frac{\sqrt{3}}{2} i`), R`\frac{1+i\sqrt{3}}{2}`, true);
C("complex", B(R`\frac{1}{2} - \frac{\sqrt{3}}{2} i`), R`\frac{1+i\sqrt{3}}{2}`, false);
C("complex", B("2i"), R`\sqrt{-4}`, true);
// bases
C("base", B("1011_{2}"), "1011_2", true);
C("base", B(R`1011_\text{two}`), "1011_2", true);
C("base", B("1101_2"), "1011_2", false);
C("base", B("2A_{16}"), "2B_{16}", false);
// equations and expressions
C("equation", B("y = 2x + 1"), "2x+1", true);
C("equation", B("2x - y + 1 = 0"), "y = 2x+1", true);
C("equation", B("-x + 2y = 3"), "x - 2y = -3", true);
C("equation", B("y = 2x - 1"), "y = 2x+1", false);
C("equation", B("x - 2y = 3"), "x - 2y = -3", false);
C("expression", B("(x+1)^2"), "x^2+2x+1", true);
C("expression", B("x^2+2x"), "x^2+2x+1", false);
C("expression", B(R`\frac{n(n+1)}{2}`), R`\frac{n^2+n}{2}`, true);
C("expression", B(R`\frac{1}{2(n+1)}`), R`\frac{1}{2 n+2}`, true);
C("expression", B(R`\frac{1}{2n+1}`), R`\frac{1}{2 n+2}`, false);
C("expression", B(R`2 \cdot 4^{504}`), "2^{1009}", true);
C("expression", B(R`4^{504}`), "2^{1009}", false);
C("expression", B(R`3\ln 2`), R`\ln 8`, true);
C("expression", B(R`p - q`), "p - q", true);
C("expression", B(R`-q + p`), "p - q", true);
C("expression", B(R`q - p`), "p - q", false);
C("expression", B(R`\frac{a^2 - b^2}{a+b}`), "a - b", true);
C("infinity", B(R`+\infty`), R`\infty`, true);
C("infinity", B(R`-\infty`), R`\infty`, false);


// --- more near-misses
C("fraction", B(R`\dfrac{3}{4}`), R`\frac{3}{8}`, false);
C("mixed", B(R`2\frac{1}{3}`), R`\frac{5}{2}`, false);
C("spacing", B(R`1{,}000{,}001`), "1000000", false);
C("units", B(R`30^\circ`), "60", false);
C("units", B(R`25\%`), "2.5", false);
C("scientific", B(R`3 \times 10^{-8}`), R`3 \times 10^{8}`, false);
C("interval", B("[2, 5)"), "(2,5)", false);
C("tuple", B("(1, 2, 3)"), "(1,2)", false);
C("matrix", B(R`\begin{bmatrix} 1 & 2 \\ 3 & 5 \end{bmatrix}`), R`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`, false);
C("complex", B("3 - 4"), "3 - 4i", false);
C("expression", B("x^2 - 2x + 1"), "(x+1)^2", false);
C("radical", B(R`\frac{\pi}{3}`), R`\frac{\pi}{6}`, false);
C("radical", B(R`\sqrt{13}`), R`3\sqrt{13}`, false);
C("equation", B("y = -2x + 1"), "y = 2x+1", false);
C("repeating", B(R`1.\overline{09}`), R`\frac{11}{10}`, false);
C("approx", B(R`\frac{\pi}{2}`), "1.5708", true);
C("approx", B("1.57"), "1.5708", false);
C("set", B(R`\{1, 2\} \cup \{3\}`), R`\{1,2,3\}`, true);
C("set", B(R`\{0, 1, 2, 3\}`), R`\{1,2,3\}`, false);
C("bigint", B("1000000007"), "1000000009", false);
C("bigint", B("5866608.0"), "5866608", true);

const out = { description: "Twelfth independent batch (held out, written blind): unusual but valid notation (fractions, mixed numbers, repeating decimals, spacing, separators, units, scientific, intervals, sets, matrices, complex, bases, equations, expressions) plus near-misses.", cases };
writeFileSync(new URL("./independent12.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
const t = cases.filter((c) => c.expected).length;
console.log(`independent12: ${cases.length} cases, ${t} true (${((100 * t) / cases.length).toFixed(0)}%)`);
