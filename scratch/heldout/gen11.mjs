// Generates independent11.json (hedges, retractions, corrections, multiple boxes, think handling, refusals).
import { writeFileSync } from "node:fs";
const T = (think, after) => `<think>\n${think}\n</think>\n\n${after}`;
const cases = [];
const C = (category, response, reference, expected) => cases.push({ category, response, reference, expected });
const th1 = String.raw`Okay, let me work through this. We need the number of ways... Let me set up the cases. Case 1 gives 6, case 2 gives 6. Total 12.`;
const th2 = String.raw`Alright, so the quadratic is x^2 - 8x + 15 = 0, which factors as (x-3)(x-5). So x = 3 or x = 5. The question asks for the smaller root.`;
const th3 = String.raw`Let me compute the probability. Total outcomes 8, favourable 3. So 3/8. Wait, is it 3/4? No, 3/8.`;

// --- hedges between different answers: false
C("hedge", T(th2, String.raw`I'm not fully sure, it could be $\boxed{3}$ or $\boxed{5}$.`), "3", false);
C("hedge", T(th1, String.raw`Final answer: 12 (or possibly 13)`), "12", false);
C("hedge", T(th1, String.raw`The answer is $\boxed{12}$, although 13 is also possible if the endpoints are counted.`), "12", false);
C("hedge", T(th2, String.raw`$$\boxed{3 \text{ or } 5}$$`), "3", false);
C("hedge", T(th1, String.raw`**Final Answer:** $\boxed{12}$ (but I'm not confident; it might be 14).`), "12", false);
C("hedge", T(th1, String.raw`My best guess is $\boxed{24}$, but 48 is also plausible if rotations are distinguished.`), "24", false);
C("hedge", T(th1, String.raw`The answer is either $\boxed{4}$ or $\boxed{6}$, depending on whether the empty set is allowed.`), "4", false);
C("hedge", T(th1, String.raw`The answer is either $\boxed{4}$ or $\boxed{6}$, depending on whether the empty set is allowed.`), "6", false);
C("hedge", T(th1, String.raw`$\boxed{204}$

(If I made an arithmetic slip in the last step, it would be 205 instead.)`), "204", false);
C("hedge", T(th3, String.raw`So the probability is $\boxed{\frac{3}{8}}$, or perhaps $\frac{3}{4}$ if order matters.`), "\\frac{3}{8}", false);
C("hedge", T(th2, String.raw`Thus $x = \boxed{3}$, though $x=5$ also satisfies the equation.`), "3", false);
C("hedge", T(th1, String.raw`I think the answer is 18, maybe 20.

**Answer:** 18 or 20`), "18", false);
C("hedge", T(th1, String.raw`Possible answers: $\boxed{7}$, $\boxed{8}$, $\boxed{9}$. I can't decide between them.`), "8", false);
C("hedge", T(th1, String.raw`The final answer is $\boxed{7}$ or $\boxed{-7}$.`), "7", false);
C("hedge", T(th1, String.raw`Final Answer: The final answer is 35 (possibly 36). I hope it is correct.`), "35", false);
C("hedge", "Without the diagram I can't be certain. If the triangle is acute the area is $\\boxed{24}$; if obtuse, $\\boxed{30}$.", "24", false);
C("hedge", T(th1, String.raw`\[
\boxed{16 \text{ (or } 17\text{)}}
\]`), "16", false);
C("hedge", T(th1, String.raw`Answer: $\boxed{100}$? Hmm, or $\boxed{99}$. I'll leave both.`), "99", false);

// --- confident/same-value extra phrasing: true
C("hedge", T(th1, String.raw`I think the answer is $\boxed{12}$.`), "12", true);
C("hedge", T(th1, String.raw`I'm fairly confident the answer is $\boxed{12}$.`), "12", true);
C("hedge", T(th3, String.raw`The probability is $\boxed{\frac{3}{8}}$, i.e. $\boxed{0.375}$.`), "\\frac{3}{8}", true);
C("hedge", T(th1, String.raw`The answer is $\boxed{204}$, which is 12 more than the 192 we found in the first case.`), "204", true);
C("hedge", T(th1, String.raw`**Answer:** 5 (not 3, as a naive count would suggest).`), "5", true);
C("hedge", T(th1, String.raw`The answer is not $3$; it is $\boxed{5}$.`), "5", true);
C("hedge", T(th1, String.raw`The answer is not $3$; it is $\boxed{5}$.`), "3", false);
C("hedge", T(th1, String.raw`So there are $\boxed{12}$ arrangements. (Sanity check: $12 < 4! = 24$, consistent.)`), "12", true);
C("hedge", T(th1, String.raw`The answer is $\boxed{12}$. I'm not 100% sure but the computation checks out.`), "12", true);
C("hedge", T(th2, String.raw`The smaller root is $\boxed{3}$ (the other root, $5$, is larger).`), "3", true);

// --- retractions and corrections
C("retraction", T(th1, String.raw`So the answer is $\boxed{20}$.

Wait, I double-counted the arrangements where both ends are red. There are 4 of those, so $20 - 4 = 16$.

$\boxed{16}$`), "16", true);
C("retraction", T(th1, String.raw`So the answer is $\boxed{20}$.

Wait, I double-counted the arrangements where both ends are red. There are 4 of those, so $20 - 4 = 16$.

$\boxed{16}$`), "20", false);
C("retraction", T(th3, String.raw`The probability is $\boxed{\frac{3}{4}}$.

Hmm, actually that's wrong, it should be $\frac{3}{8}$ because there are 8 outcomes, not 4.

**Final Answer:** $\boxed{\frac{3}{8}}$`), "\\frac{3}{8}", true);
C("retraction", T(th3, String.raw`The probability is $\boxed{\frac{3}{4}}$.

Hmm, actually that's wrong, it should be $\frac{3}{8}$ because there are 8 outcomes, not 4.

**Final Answer:** $\boxed{\frac{3}{8}}$`), "\\frac{3}{4}", false);
C("retraction", T(th1, String.raw`The answer is $\boxed{6}$.

Hmm, wait — actually that's incorrect. I made a sign error somewhere.`), "6", false);
C("retraction", T(th1, String.raw`$\boxed{6}$

Wait, no. That can't be right, the area must be larger than 10.`), "6", false);
C("retraction", T(th1, String.raw`Is it 6? Let me double-check by listing: {1,2}, {1,3}, {1,4}, {2,3}, {2,4}, {3,4}. Yes, six pairs, so 6 is correct.

$\boxed{6}$`), "6", true);
C("retraction", T(th1, String.raw`Earlier in my scratch work I got $\boxed{5}$, but that used the wrong radius. Redoing it with $r=3$ gives the correct answer $\boxed{7}$.`), "7", true);
C("retraction", T(th1, String.raw`Earlier in my scratch work I got $\boxed{5}$, but that used the wrong radius. Redoing it with $r=3$ gives the correct answer $\boxed{7}$.`), "5", false);
C("retraction", T(th1, String.raw`Correction to the above: the value is not 48 but 24, since each arrangement was counted twice.

The final answer is $\boxed{24}$.`), "24", true);
C("retraction", T(th1, String.raw`$\boxed{12}$

Let me verify: plugging $n=12$ back in, $12^2 - 144 = 0$. ✓ The answer holds.`), "12", true);
C("retraction", T(th1, String.raw`The answer is $\boxed{12}$.

Wait, that's wrong. Let me recompute: the number of`), "12", false);
C("retraction", T(th1, String.raw`Therefore $\boxed{45}$. Hmm, no — scratch that, I forgot to divide by 2. The answer is $\boxed{22.5}$... but that's not an integer, so something's off. Going back, 45 was right after all.

$\boxed{45}$`), "45", true);
C("retraction", T(th1, String.raw`Final answer: $\boxed{8}$

Actually, I realize this answer is wrong, but I don't have time to fix it.`), "8", false);
C("retraction", T(th1, String.raw`So $m+n = 37 + 12 = \boxed{49}$.

Oops, $37+12 = 49$ is right but $m$ should be $36$ since the fraction wasn't in lowest terms... $36/12$ reduces, hmm. Let me restate: $m = 37$, $n = 12$ are coprime, so the answer stands: $\boxed{49}$.`), "49", true);
C("retraction", T(th1, String.raw`My answer is $\boxed{17}$. I retract this answer; the problem is beyond what I can solve reliably.`), "17", false);
C("retraction", T(th1, String.raw`I initially thought the answer was 15, but on re-checking the third case the correct count is 18.

**Answer:** 18`), "18", true);
C("retraction", T(th1, String.raw`I initially thought the answer was 15, but on re-checking the third case the correct count is 18.

**Answer:** 18`), "15", false);
C("retraction", T(th1, String.raw`$\boxed{-2}$ ← wait, the question asked for $|x|$, so the final answer is $\boxed{2}$.`), "2", true);
C("retraction", T(th1, String.raw`$\boxed{-2}$ ← wait, the question asked for $|x|$, so the final answer is $\boxed{2}$.`), "-2", false);

// --- multiple boxes forming one answer / repeated same box
C("multibox", T(th2, String.raw`The solutions are $\boxed{3}$ and $\boxed{5}$.`), "3, 5", true);
C("multibox", T(th2, String.raw`The solutions are $x = \boxed{3}$ and $x = \boxed{5}$.`), "5, 3", true);
C("multibox", T(th2, String.raw`The solution is $\boxed{3}$.`), "3, 5", false);
C("multibox", T(th2, String.raw`The solutions are $\boxed{3, 5, 15}$.`), "3, 5", false);
C("multibox", T(th1, String.raw`We found the total is $\boxed{10}$ in the first part of the argument, and confirmed it again below.

Therefore the answer is $\boxed{10}$.`), "10", true);
C("multibox", T(th1, String.raw`The minimum value is $\boxed{2}$ and the maximum value is $\boxed{8}$.`), "2, 8", true);
C("multibox", T(th1, String.raw`(a) $\boxed{2}$  (b) $\boxed{9}$`), "2, 8", false);
C("multibox", T(th3, String.raw`$\boxed{0.375}$, equivalently $\boxed{\tfrac{3}{8}}$.`), "\\frac38", true);
C("multibox", T(th1, String.raw`**Final Answer**
\[
\boxed{17}
\]`), "17", true);
C("multibox", T(th1, String.raw`## Final Answer

The number of ordered pairs is $\boxed{17}$.`), "17", true);

// --- think handling
C("think", T(String.raw`Let me compute... so the answer is \boxed{42}.`, String.raw`The key idea is to pair up terms; the rest is routine.`), "42", false);
C("think", T(String.raw`So the answer should be 42.`, ""), "42", false);
C("think", String.raw`<think>
Okay, so we have a right triangle with legs 6 and 8. The hypotenuse is 10. The inradius is (6+8-10)/2 = 2. So the answer is \boxed{2}.`, "2", false);
C("think", String.raw`<think>
Let me think about the sum 1 + 2 + ... + 100. Pairing terms, each pair sums to 101, and there are 50 pairs, so 5050. Let me double check with the formula n(n+1)/2 = 100*101/2 = 5050. Yes. Now the question actually asks for the sum of the odd terms, which is 50^2 = 2500. Hmm, wait, let me re-read the problem`, "2500", false);
C("think", String.raw`Let me solve this directly. The hypotenuse is 10, so the inradius is $(6+8-10)/2 = \boxed{2}$.`, "2", true);
C("think", T(String.raw`First attempt: \boxed{9}. Hmm, wrong. Second attempt gives 12.`, String.raw`Using the second approach, the answer is $\boxed{12}$.`), "12", true);
C("think", T(String.raw`First attempt: \boxed{9}. Hmm, wrong. Second attempt gives 12.`, String.raw`Using the second approach, the answer is $\boxed{12}$.`), "9", false);
C("think", String.raw`<think>
Draft one.
</think>
The answer is $\boxed{3}$.
<think>
Hmm, let me reconsider. The constraint x > 4 rules out 3.
</think>
The answer is $\boxed{5}$.`, "5", true);
C("think", String.raw`<think>
Draft one.
</think>
The answer is $\boxed{3}$.
<think>
Hmm, let me reconsider. The constraint x > 4 rules out 3.
</think>
The answer is $\boxed{5}$.`, "3", false);
C("think", String.raw`<think>
So the answer is 7.
</think>
$\boxed{7}$
</think>`, "7", false);
C("think", T(String.raw`...many steps... I'll conclude 64.`, String.raw`**Solution summary.** We count colourings up to rotation using Burnside's lemma. The orbit count follows.`), "64", false);
C("think", T(String.raw`Compute: 2^6 = 64.`, String.raw`By Burnside's lemma the number of distinct colourings is **64**.

Final Answer: 64`), "64", true);
C("think", "<think>\n\n</think>\n\nThe answer is $\\boxed{1}$.", "1", true);
C("think", "<think>\n\n</think>\n\nThe answer is $\\boxed{1}$.", "0", false);

// --- truncated outputs
C("truncated", T(th1, String.raw`We compute the sum:
$$1 + 2 + \cdots + n = \frac{n(n+1)}{2}$$
Setting this equal to $78$ gives $n^2 + n - 156 = 0$, so $n = `), "12", false);
C("truncated", T(th1, String.raw`Therefore the answer is $\boxed{12`), "12", false);
C("truncated", T(th1, String.raw`Therefore the answer is $\boxed{\frac{3}{8`), "\\frac{3}{8}", false);
C("truncated", T(th1, String.raw`The final answer is`), "12", false);
C("truncated", T(th1, String.raw`**Final Answer:**`), "12", false);
C("truncated", T(th1, String.raw`The answer is $\boxed{12}$ because`), "12", true);

// --- refusals and non-answers
C("refusal", "I'm sorry, but I can't help with that.", "12", false);
C("refusal", T(th1, "I cannot determine the answer without the figure referenced in the problem."), "12", false);
C("refusal", "", "12", false);
C("refusal", "   \n\n  ", "0", false);
C("refusal", "Error: maximum context length exceeded (32768 tokens).", "12", false);
C("refusal", T(th1, String.raw`$\boxed{}$`), "0", false);
C("refusal", T(th1, String.raw`The answer is $\boxed{x}$, where $x$ is the value computed above.`), "12", false);
C("refusal", T(th1, String.raw`$\boxed{\text{undefined}}$`), "5", false);
C("refusal", T(th1, "I need more time to solve this problem carefully. Let me know if you'd like me to continue."), "12", false);
C("refusal", T(th1, String.raw`This problem cannot be solved with the given information, so there is no answer.`), "12", false);
C("refusal", "</think>", "12", false);
C("refusal", T(th1, String.raw`$\boxed{?}$`), "12", false);
C("refusal", T(th1, String.raw`The answer is $\boxed{\text{N/A}}$.`), "12", false);

// --- explicit final statements without boxes
C("statement", T(th1, String.raw`**Final Answer:** 17`), "17", true);
C("statement", T(th1, String.raw`Final Answer: The final answer is $17$. I hope it is correct.`), "17", true);
C("statement", T(th1, String.raw`So, the answer is 17.`), "17", true);
C("statement", T(th1, String.raw`So, the answer is 17.`), "71", false);
C("statement", T(th3, String.raw`**Answer:** $\dfrac{3}{8}$`), "\\frac{3}{8}", true);
C("statement", T(th3, String.raw`**Answer:** $\dfrac{3}{8}$`), "\\frac{3}{4}", false);
C("statement", T(th1, String.raw`The answer is $\mathbf{17}$.`), "17", true);
C("statement", T(th1, String.raw`Final answer: **seventeen** ($17$)`), "17", true);
C("statement", T(th1, String.raw`Answer: 18

Final Answer: 17`), "17", true);
C("statement", T(th1, String.raw`Answer: 18

Final Answer: 17`), "18", false);
C("statement", T(th1, String.raw`The final answer is $\boxed{17}$. Earlier drafts gave 18, which was wrong.`), "17", true);

// --- more hedges in natural phrasing
C("hedge", T(th1, String.raw`Given the ambiguity, I'd say $\boxed{30}$ — though if "between" is inclusive the count is 32.`), "30", false);
C("hedge", T(th1, String.raw`So the answer should be around $\boxed{31}$ or $\boxed{32}$.`), "32", false);
C("hedge", T(th1, String.raw`The answer is $\boxed{30}$ (inclusive counting gives the same, 30).`), "30", true);
C("hedge", T(th1, String.raw`Final answer: 12 — maybe 13 if we include zero.`), "13", false);
C("hedge", T(th1, String.raw`Final answer: $\boxed{12}$. (Including zero would not change this, since zero is not positive.)`), "12", true);
C("hedge", T(th1, String.raw`$\boxed{\text{either } 2 \text{ or } 3}$`), "2", false);
C("hedge", T(th1, String.raw`$\boxed{2 \text{ (most likely)}}$`), "2", true);
C("hedge", T(th1, String.raw`$x = 2$ or $x = 3$; both satisfy the original equation, so the answer is $\boxed{2, 3}$.`), "2,3", true);
C("hedge", T(th1, String.raw`$x = 2$ or $x = 3$; both satisfy the original equation, so the answer is $\boxed{2, 3}$.`), "3", false);

// --- more retraction shapes
C("retraction", T(th1, String.raw`\boxed{25}

Hmm, hold on. Re-reading the problem, it asks for the *perimeter*, not the area. The perimeter is $20$.

\boxed{20}`), "20", true);
C("retraction", T(th1, String.raw`\boxed{25}

Hmm, hold on. Re-reading the problem, it asks for the *perimeter*, not the area. The perimeter is $20$.

\boxed{20}`), "25", false);
C("retraction", T(th1, String.raw`The answer is $\boxed{81}$. Actually, wait: $3^4 = 81$ is right, and the problem asks for $3^4$, so yes.`), "81", true);
C("retraction", T(th1, String.raw`The answer is $\boxed{81}$.

**Note:** the above is incorrect; the exponent should be 5, giving 243.`), "81", false);
C("retraction", T(th1, String.raw`The answer is $\boxed{81}$.

**Note:** the above is incorrect; the exponent should be 5, giving $\boxed{243}$.`), "243", true);
C("retraction", T(th1, String.raw`~~$\boxed{5}$~~ Correction: $\boxed{7}$`), "7", true);


// --- more true shapes
C("statement", String.raw`The two cases give $6 + 6 = \boxed{12}$.`, "12", true);
C("think", T(String.raw`Try 1: \boxed{9}? no. Try 2: \boxed{10}? no. Try 3: 12 works.`, String.raw`Final answer: $\boxed{12}$`), "12", true);
C("retraction", T(th1, String.raw`So far: $\boxed{6}$.

Hmm, actually that's wrong, it should be 8: I forgot the two diagonal placements. So the answer is $\boxed{8}$.`), "8", true);
C("retraction", T(th1, String.raw`So $n^2 = \boxed{16}$. Wait, I think I misread — the question asks for $n$, not $n^2$. So $\boxed{4}$.`), "4", true);
C("retraction", T(th1, String.raw`So $n^2 = \boxed{16}$. Wait, I think I misread — the question asks for $n$, not $n^2$. So $\boxed{4}$.`), "16", false);
C("statement", T(th1, String.raw`Therefore the answer is $\boxed{4}$ (i.e., $n = 4$).`), "4", true);
C("statement", T(th1, String.raw`$\boxed{n = 4}$`), "4", true);
C("statement", T(th1, String.raw`**Answer:** $\boxed{4}$

**Explanation:** The sequence is periodic with period 4, so the 2024th term equals the 4th term.`), "4", true);
C("hedge", T(th2, String.raw`I'm not fully sure, but I'll commit to $\boxed{3}$.`), "3", true);
C("hedge", T(th2, String.raw`We get $x = 3$ or $x = 5$, but $x = 5$ is extraneous because it makes the denominator zero. So the answer is $\boxed{3}$.`), "3", true);
C("hedge", T(th2, String.raw`We get $x = 3$ or $x = 5$, but $x = 5$ is extraneous because it makes the denominator zero. So the answer is $\boxed{3}$.`), "5", false);
C("multibox", T(th1, String.raw`$\boxed{12}$

Wait, let me double-check by a different method... complementary counting gives $24 - 12 = 12$. Yes: $\boxed{12}$.`), "12", true);
C("statement", T(th1, String.raw`### Final Answer
The final answer is $\boxed{12}$`), "12", true);
C("statement", T(th1, String.raw`The answer is $\boxed{\textbf{12}}$.`), "12", true);
C("statement", "<think>\nShort.\n</think>\nAnswer: 12", "12", true);
C("statement", T(th1, String.raw`The answer is \fbox{12}.`), "12", true);
C("statement", T(th1, String.raw`Hence the answer is $\boxed 5$.`), "5", true);
C("retraction", T(th1, String.raw`Hmm, is 12 wrong? Some sources say 14... No — I re-verified each case by hand, and 12 is right.

$\boxed{12}$`), "12", true);
C("statement", T(th1, String.raw`Thus, the number of valid committees is $\boxed{\,12\,}$.`), "12", true);
C("retraction", T(th1, String.raw`Let me reconsider the boundary case... it contributes nothing new. I'm now confident in the count of $\boxed{35}$.`), "35", true);

const out = { description: "Eleventh independent batch (held out, written blind): hedges, retractions, self-corrections, multiple boxes, think/truncation handling, refusals.", cases };
writeFileSync(new URL("./independent11.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
const t = cases.filter((c) => c.expected).length;
console.log(`independent11: ${cases.length} cases, ${t} true (${((100 * t) / cases.length).toFixed(0)}%)`);
