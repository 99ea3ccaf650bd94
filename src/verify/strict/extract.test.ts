/**
 * Focused tests of the strict rules added after held-out batches 11-13 (docs/verifier.md): each rule
 * with positives and near-miss negatives (harmless commentary after the final answer stays correct).
 */
import { describe, expect, it } from 'vitest';
import { grade } from '../index.js';

/** Grade a response that has already closed its reasoning. */
const g = (answerPart: string, reference: string) => grade(`<think>work</think>\n\n${answerPart}`, reference);
const ok = (answerPart: string, reference: string) => expect(g(answerPart, reference).correct, `${answerPart} vs ${reference}: ${g(answerPart, reference).reason}`).toBe(true);
const bad = (answerPart: string, reference: string) => expect(g(answerPart, reference).correct, `${answerPart} vs ${reference}: ${g(answerPart, reference).reason}`).toBe(false);

describe('a different value offered under a condition after the final answer is a hedge', () => {
  it('conditional outcomes with another value', () => {
    bad('$\\boxed{204}$\n\n(If I made an arithmetic slip in the last step, it would be 205 instead.)', '204');
    bad('$\\boxed{204}$ (If I miscounted the corner cases, the total would be 210.)', '204');
    bad('I\'d say $\\boxed{30}$ — though if "between" is inclusive the count is 32.', '30');
    bad('The answer is $\\boxed{12}$. Unless the endpoints count, in which case you\'d get 14.', '12');
    bad('The answer is $\\boxed{12}$. If the problem intends ordered pairs, the answer becomes 24.', '12');
    bad('$\\boxed{12}$ (assuming the coins are distinguishable; otherwise 6)', '12');
    bad('$\\boxed{12}$ — depending on the convention the answer could be 13.', '12');
    bad('Final answer: 12 (if we include zero, it would be 13).', '12');
  });
  it('a value the answer "could also be" is a hedge', () => {
    bad('$\\boxed{12}$. The answer may also be 14.', '12');
  });
  it('other phrasings of the same family', () => {
    bad('$\\boxed{15}$\n\n(Should the problem count the empty set, it would be 16.)', '15');
    bad('$\\boxed{15}$. That said, 16 is defensible if the empty set counts.', '15');
    bad('The answer is $\\boxed{15}$, though 16 would also be reasonable.', '15');
    bad('The answer is $\\boxed{15}$; $n = 16$ is another solution.', '15');
    bad('$\\boxed{15}$. In case the endpoints are included, the total is 17.', '15');
    bad('**Answer:** 15\n\n(If the problem meant subsets of any size, the answer would be 32.)', '15');
    bad('Final Answer: 15\n\nAlthough 16 is also possible if we count the empty set.', '15');
  });
  it('a different value called possible is a hedge', () => {
    bad('$\\boxed{3}$\n\nThere is a chance it\'s 4, if the problem meant something else.', '3');
    bad('$\\boxed{3}$\n\nPerhaps it is 4.', '3');
    bad('$\\boxed{3}$ — it might be 4.', '3');
    bad('$\\boxed{3}$\n\nHonestly, 4 seems just as likely.', '3');
    bad('$\\boxed{3}$\n\nIt\'s possible that the intended answer is 4.', '3');
    bad('$\\boxed{3}$\n\nI\'m fairly sure it\'s 3, although 4 can\'t be ruled out.', '3');
  });
  it('possibility words without an alternative answer are commentary', () => {
    ok('$\\boxed{3}$\n\nWe might also compute it as $2 + 1$.', '3');
    ok('$\\boxed{3}$\n\nIt is possible to verify with $n = 4$ that the formula holds.', '3');
    ok('$\\boxed{3}$\n\nIt is not possible for the answer to be 4, since 4 is even.', '3');
    ok('$\\boxed{3}$\n\nThe largest possible sum is 12, and the smallest is 3.', '3');
    ok('$\\boxed{3}$\n\nEach of the 4 cases is equally likely, so this is fair.', '3');
    ok('$\\boxed{3}$\n\nSince $x$ could be 1 or 2, we took both cases into account.', '3');
    ok('$\\boxed{3}$\n\nIt\'s unlikely that the answer is 4.', '3');
    ok('$\\boxed{3}$\n\nThe case $n=4$ is ruled out since it makes the denominator zero.', '3');
  });
  it('more harmless commentary stays correct', () => {
    ok('$\\boxed{15}$\n\nThis is consistent with the small cases $n=1,2,3$ giving 1, 3, 6.', '15');
    ok('$\\boxed{15}$\n\nFor comparison, the unrestricted count would be 32.', '15');
    ok('$\\boxed{15}$. (Without the restriction the answer would be 32.)', '15');
    ok('$\\boxed{15}$. Note: $15 = 3 \\times 5$ is also the number of edges of $K_6$.', '15');
    ok('$\\boxed{15}$\n\nIf you have any questions, feel free to ask.', '15');
    ok('$\\boxed{15}$\n\nIf $n = 7$ instead, the same method gives 21.', '15');
    ok('$\\boxed{15}$\n\nI hope this is correct!', '15');
  });
  it('near misses: same value, checks, counterfactuals, dismissed alternatives stay correct', () => {
    ok('$\\boxed{30}$ (inclusive counting gives the same, 30).', '30');
    ok('$\\boxed{12}$. If we include zero the count is still 12.', '12');
    ok('$\\boxed{12}$. (Check: if $n = 12$, the sum is $78$, which matches.)', '12');
    ok('$\\boxed{12}$. Including zero would not change this, since zero is not positive.', '12');
    ok('The answer is $\\boxed{12}$. If order mattered it would be 24, but it does not.', '12');
    ok('The answer is $\\boxed{12}$. (If order mattered, the answer would be 24, but the problem says unordered.)', '12');
    ok('$\\boxed{7}$. Note that if $n$ were even, the answer would be 8; here $n$ is odd.', '7');
    ok('$\\boxed{7}$. (If we had allowed repetition, we would get 10.)', '7');
    ok('$\\boxed{6}$. One might think the answer could be 8, but that double counts.', '6');
    ok('The answer is $\\boxed{204}$, which is 12 more than the 192 we found in the first case.', '204');
  });
});

describe('another value that "also satisfies" the problem is a hedge unless dismissed', () => {
  it('concessions', () => {
    bad('Thus $x = \\boxed{3}$, though $x=5$ also satisfies the equation.', '3');
    bad('Thus $x = \\boxed{3}$; $x = 5$ works too.', '3');
  });
  it('near misses', () => {
    ok('Thus $x = \\boxed{3}$; note $x=5$ also satisfies the quadratic but violates $x<4$.', '3');
    ok('Thus $x = \\boxed{3}$. The other root, $5$, also satisfies the quadratic but is extraneous.', '3');
    ok('$\\boxed{3}$; $x=-3$ also satisfies $x^2=9$, but the problem asks for the positive root.', '3');
    ok('Thus $x = \\boxed{3}$, and $x = 3$ also satisfies the second equation.', '3');
    ok('The smaller root is $\\boxed{3}$ (the other root, $5$, is larger).', '3');
    ok('The roots are $\\boxed{2}$ and $\\boxed{3}$; $x=3$ also satisfies the original equation, as does $x=2$.', '2, 3');
  });
});

describe('a retraction after the final answer makes it incorrect', () => {
  it('statements that the answer above is wrong', () => {
    bad('The answer is $\\boxed{81}$.\n\n**Note:** the above is incorrect; the exponent should be 5, giving 243.', '81');
    bad('$\\boxed{6}$\n\nWait, no. That can\'t be right, the area must be larger than 10.', '6');
    bad('$\\boxed{6}$\n\nThat can\'t be right.', '6');
    bad('$\\boxed{12}$\n\nThe result above is incorrect.', '12');
    bad('$\\boxed{12}$\n\nOn reflection, the answer is wrong: I double counted.', '12');
    bad('Final answer: $\\boxed{8}$\n\nActually, I realize this answer is wrong, but I don\'t have time to fix it.', '8');
    bad('Answer: 12\n\nWait, no. That cannot be correct.', '12');
    bad('$\\boxed{15}$\n\nI realize I made an error: the real answer is 17.', '15');
    bad('$\\boxed{15}$\n\nUpon re-reading, I see the answer above is wrong.', '15');
    bad('$\\boxed{15}$\n\nHmm, no. I think I misread the problem.', '15');
    bad('Final answer: 3\n\nEDIT: it\'s actually 4.', '3');
    bad('Final answer: 3\n\nP.S. Just kidding, it\'s 4.', '3');
  });
  it('near misses', () => {
    ok('$\\boxed{6}$\n\nWait, no, 6 is right: each pair was counted once.', '6');
    ok('$\\boxed{6}$\n\nActually, no need to simplify further.', '6');
    ok('$\\boxed{6}$\n\nNote: it is incorrect to add the probabilities directly; we multiplied them.', '6');
    ok('$\\boxed{6}$\n\nA common mistake is to answer 8, which is wrong because it double counts.', '6');
    ok('$\\boxed{6}$ (the naive answer 8 is wrong because of overcounting)', '6');
    ok('$\\boxed{6}$. It can\'t be negative since it is an area.', '6');
    ok('$\\boxed{15}$ (I made a mistake in my first attempt, corrected above.)', '15');
    ok('$\\boxed{15}$. The correct answer is therefore 15.', '15');
    ok('$\\boxed{6}$\n\nHmm, that seems small, but it checks out: $1+2+3 = 6$.', '6');
    ok('The answer is $\\boxed{81}$. Actually, wait: $3^4 = 81$ is right, and the problem asks for $3^4$, so yes.', '81');
  });
});

describe('boxes: "or" before the next box is a hedge even after "hmm"; a stated error is a correction', () => {
  it('hedges', () => {
    bad('Answer: $\\boxed{100}$? Hmm, or $\\boxed{99}$. I\'ll leave both.', '99');
    bad('Answer: $\\boxed{100}$? Hmm, or maybe $\\boxed{99}$.', '100');
  });
  it('corrections ending in one box are judged on it', () => {
    ok('$\\boxed{100}$. Wait, or rather $\\boxed{99}$ since I miscounted.', '99');
    ok('$\\boxed{100}$. Hmm, I made a mistake: or rather, $\\boxed{99}$', '99');
    ok(
      'Therefore $\\boxed{45}$. Hmm, no — scratch that, I forgot to divide by 2. The answer is $\\boxed{22.5}$... but that\'s not an integer, so something\'s off. Going back, 45 was right after all.\n\n$\\boxed{45}$',
      '45',
    );
    bad('Therefore $\\boxed{45}$. Hmm, no — scratch that. The answer is $\\boxed{22.5}$... something\'s off. 45 was right after all.\n\n$\\boxed{45}$', '22.5');
    ok('$\\boxed{45}$. On second thought the pairs are ordered, so $\\boxed{90}$.', '90');
    ok('I computed $\\boxed{3}$ earlier, but on reflection the right value is $\\boxed{4}$.', '4');
    bad('I computed $\\boxed{3}$ earlier, but on reflection the right value is $\\boxed{4}$.', '3');
  });
  it('multi-part answers are still multi-part', () => {
    ok('$x = \\boxed{2}$. Substituting into the second equation, $y = \\boxed{3}$.', '(2,3)');
    bad('$x = \\boxed{2}$ and $y = \\boxed{3}$.', '3');
    bad('The area is $\\boxed{12}$ and the perimeter is $\\boxed{14}$.', '14');
  });
  it('boxed named intermediates combined by a final boxed expression: the last box', () => {
    ok('So $a = \\boxed{3}$ and $b = \\boxed{4}$, giving $a+b = \\boxed{7}$.', '7');
    bad('So $a = \\boxed{3}$ and $b = \\boxed{4}$, giving $a+b = \\boxed{7}$.', '3');
    ok('We find $m = \\boxed{5}$, $n = \\boxed{12}$, so $m + n = \\boxed{17}$.', '17');
    bad('$x = \\boxed{2}$ or $x + 1 = \\boxed{3}$.', '3');
  });
});

describe('doubt withdrawn in the same sentence by a check is not a hedge', () => {
  it('reassured', () => {
    ok('The answer is $\\boxed{12}$. I\'m not 100% sure but the computation checks out.', '12');
    ok('The answer is $\\boxed{12}$. Not entirely certain, but I verified it by listing all cases.', '12');
  });
  it('bare doubt or doubt with another value stays a hedge', () => {
    bad('The answer is $\\boxed{12}$. I am not sure, though.', '12');
    bad('The answer is $\\boxed{12}$. I\'m not sure, but it could be 14; the computation checks out.', '12');
    bad('$\\boxed{4}$\n\nNote: I\'m not 100% sure about this.', '4');
  });
});

describe('final statements with a trailing remark', () => {
  it('a rejected value or prose commentary is cut', () => {
    ok('**Answer:** 5 (not 3, as a naive count would suggest).', '5');
    bad('**Answer:** 5 (not 3, as a naive count would suggest).', '3');
    ok('**Answer:** 5, not 3.', '5');
    ok('**Answer:** 5 — not 3.', '5');
    ok('Final answer: 12 (counting both endpoints)', '12');
    ok('Final answer: 17 (seventeen)', '17');
    ok('**Answer:** 12, not 13 or 14.', '12');
    ok('**Answer:** $\\frac{1}{2}$ (i.e. $0.5$)', '\\frac12');
    ok('**Answer:** 12 (rounded to the nearest integer)', '12');
  });
  it('a number word with its value is the value', () => {
    ok('Final answer: **seventeen** ($17$)', '17');
    ok('The answer is **81** (I also considered 80 if the origin were excluded, but the problem includes it, so 81 stands.)', '81');
    bad('The answer is 12 (though it might be 13 if we count zero, I think).', '12');
    bad('Final answer: 12 (I am not sure whether 13 is also correct).', '12');
    bad('Final answer: 12 (or maybe 13 if the endpoints are included, not sure)', '12');
    bad('Final answer: 12 (probably, given 3 cases)', '12');
    bad('Final answer: 12 (if the endpoints count, the total would be 14 instead).', '12');
    bad('Final answer: **seventeen** ($17$)', '18');
  });
  it('hedging remarks are kept', () => {
    bad('**Answer:** 5 (not sure)', '5');
    bad('**Answer:** 5 (not entirely sure)', '5');
    bad('**Answer:** 5 (or 3)', '5');
    bad('**Answer:** 12, not 13 — maybe 14.', '12');
    bad('Final answer: 12 (probably)', '12');
    bad('Final answer: 12 (approximately)', '12');
  });
  it('text cut from a one-line statement is judged like text after the answer', () => {
    bad('The answer is 12. If zero counts, it would be 13.', '12');
    bad('The answer is 12. Perhaps it is 13.', '12');
    bad('The answer is 12. Wait, no, that can\'t be right.', '12');
    bad('Final Answer: The final answer is $12$. I hope it is correct. If not, it may be 13.', '12');
    ok('Final Answer: The final answer is $12$. I hope it is correct.', '12');
    ok('The answer is 12. (Check: $3 \\times 4 = 12$.)', '12');
    ok('The answer is 12. If you include zero the answer is still 12.', '12');
    ok('Answer: 12 (the other candidate, 13, fails the parity check)', '12');
    bad('Answer: 12 (though the other reading, 13, is also possible)', '12');
  });
  it('parentheses that are the answer are untouched', () => {
    ok('Answer: (1, 2)', '(1,2)');
    ok('Answer: (C) 12', 'C');
    ok('Answer: 1, 2 (both roots)', '1,2');
  });
});

describe('equivalence additions', () => {
  it('bold and font wrappers around numbers', () => {
    ok('The answer is $\\mathbf{17}$.', '17');
    ok('The answer is $\\boxed{\\textbf{12}}$.', '12');
    ok('The answer is $\\boxed{\\boldsymbol{12}}$.', '12');
    bad('The answer is $\\boxed{\\textbf{12}}$.', '13');
    ok('$\\boxed{\\textbf{(C)}}$', 'C');
    ok('The answer is $\\mathbf{\\frac{1}{2}}$.', '\\frac12');
    ok('The answer is $\\boxed{\\mathbf{(1, 2)}}$.', '(1,2)');
    ok('The answer is $\\boxed{\\textbf{(B)}\\ 8}$', 'B');
    ok('The answer is $\\boxed{\\textbf{(B)}\\ 8}$', '8');
    bad('The answer is $\\boxed{\\mathbf{(1, 2)}}$.', '(2,1)');
  });
  it('numeral base names', () => {
    ok('$\\boxed{1011_\\text{two}}$', '1011_2');
    ok('$\\boxed{1011_{\\text{two}}}$', '11');
    ok('$\\boxed{1011_{(2)}}$', '11');
    ok('$\\boxed{17_{\\text{eight}}}$', '15');
    bad('$\\boxed{1011_\\text{two}}$', '1011');
  });
  it('a union of finite sets is one set', () => {
    ok('$\\boxed{\\{1, 2\\} \\cup \\{3\\}}$', '\\{1,2,3\\}');
    ok('$\\boxed{\\{1, 2\\} \\cup \\{2, 3\\}}$', '\\{1,2,3\\}');
    bad('$\\boxed{\\{1, 2\\} \\cup \\{4\\}}$', '\\{1,2,3\\}');
    bad('$\\boxed{\\{1, 2\\} \\cup \\{3\\}}$', '\\{1,2\\}');
  });
  it('finite sums and products with literal bounds', () => {
    ok('$\\boxed{\\sum_{k=1}^{10} k}$', '55');
    ok('$\\boxed{\\sum_{k=1}^{10} \\frac{1}{k(k+1)}}$', '\\frac{10}{11}');
    ok('$\\boxed{\\prod_{k=1}^{5} k}$', '120');
    ok('$\\boxed{\\sum_{i=1}^{3} x^i}$', 'x + x^2 + x^3');
    bad('$\\boxed{\\sum_{k=1}^{10} k}$', '56');
  });
  it('series beyond the bounds are undecided (incorrect), not expanded', () => {
    const r = g('$\\boxed{\\sum_{k=1}^{100000} k}$', '5000050000');
    expect(r.correct).toBe(false);
    expect(g('$\\boxed{\\sum_{a=1}^{200}\\sum_{b=1}^{200}\\sum_{c=1}^{200} abc}$', '1').correct).toBe(false);
  });
});

/** Grade with any reference shape (Minerva lists). */
const gr = (answerPart: string, reference: string | string[]) => grade(`<think>work</think>\n\n${answerPart}`, reference);

describe('round 2 (held-out batches 14-16): rules with near-miss negatives', () => {
  it('a value called tempting under an open reading is a hedge; a naive tempting value is commentary', () => {
    bad("I'll go with $\\boxed{7}$, though $6$ is tempting if $z=0$ is meant to be excluded.", '7');
    bad('The answer is $\\boxed{12}$, though 13 is tempting if the endpoints are included.', '12');
    ok('$\\boxed{7}$. The answer 6 is tempting if you forget $z=0$.', '7');
    ok('$\\boxed{7}$. A tempting answer is 6, but $z = 0$ counts.', '7');
    ok('$\\boxed{7}$ (6 is tempting, but it misses $z=0$).', '7');
    ok('$\\boxed{7}$. 6 is tempting if you are careless.', '7');
    bad("I'll go with $\\boxed{7}$, though $6$ is also tempting.", '7');
    bad('$\\boxed{7}$, but 6 is just as tempting.', '7');
  });
  it('another value joined with "and possibly" / ", maybe" is a hedge; an unchecked value is not a check', () => {
    bad('The solutions are $x = \\boxed{5}$ and possibly $x=-3$ (I did not check it).', 'x=5');
    bad('$\\boxed{5}$, maybe $6$.', '5');
    bad('$\\boxed{5}$ (perhaps also 6)', '5');
    ok('$\\boxed{5}$ and possibly 5.0 as a decimal.', '5');
    ok('$\\boxed{5}$. Check: substituting $x=5$ gives 10 = 10.', '5');
    ok('$\\boxed{5}$. I did not check $x = -3$, which is possibly extraneous.', '5');
    bad('$x = \\boxed{5}$, and $x = -3$ might also work.', 'x=5');
    bad('$x = \\boxed{5}$; $x=-3$ may work too.', 'x=5');
    bad("$x = \\boxed{5}$. I haven't ruled out $x=-3$.", 'x=5');
    ok('$x = \\boxed{5}$. $x = -3$ is extraneous since it makes the log undefined.', 'x=5');
    ok('$x = \\boxed{5}$. We discard $x=-3$ because the logarithm is undefined there.', 'x=5');
    ok('$\\boxed{12}$ (I considered 13 too, but it double counts the corner.)', '12');
  });
  it('other values the writer would accept or finds arguable are hedges; quantities are not', () => {
    bad("$\\boxed{12}$. I'd also accept 13 if the endpoints count.", '12');
    bad('$\\boxed{12}$. One could argue for 13.', '12');
    bad('$\\boxed{12}$ — or even 13.', '12');
    bad('$\\boxed{12}$. 13 is also arguable if zero counts.', '12');
    ok("$\\boxed{12}$. I'd accept 12.0 as well.", '12');
    ok('$\\boxed{12}$. One could argue for 13, but the problem excludes the endpoints.', '12');
    ok("$\\boxed{12}$. I'd go with 3 more minutes of checking next time.", '12');
    ok('$\\boxed{12}$. This approach is appealing because it uses 2 symmetries.', '12');
  });
  it('a bold opened before the final statement closes after its value; the rest is text after the answer', () => {
    ok('**Final answer: 81** (I also considered 80 if the origin were excluded, but the problem includes it, so 81 stands.)', '81');
    bad('**Final answer: 81** (or 80 if the origin is excluded)', '81');
    bad("**Final answer: 81** — wait, no, it's 80.", '81');
    ok('Final answer: **seventeen** ($17$)', '17');
    ok('The answer is **81** (I also considered 80 if the origin were excluded, but the problem includes it, so 81 stands.)', '81');
    bad('The answer is 12 (though it might be 13 if we count zero, I think).', '12');
    bad('Final answer: 12 (I am not sure whether 13 is also correct).', '12');
    bad('Final answer: 12 (or maybe 13 if the endpoints are included, not sure)', '12');
    bad('Final answer: 12 (probably, given 3 cases)', '12');
    bad('Final answer: 12 (if the endpoints count, the total would be 14 instead).', '12');
  });
  it('Chinese answer markers and full-width forms', () => {
    ok('【答案】C．\n【解析】由题意, 球心到底面的距离为 $\\frac{\\sqrt{3}}{3}$.', 'C');
    bad('【答案】B．\n【解析】由题意', 'C');
    ok('所以答案为Ｃ。', 'C');
    ok('故答案为：$\\frac{1}{2}$．', '\\frac12');
    ok('故选：Ｄ', 'D');
    ok('故答案为：$2$．', '2');
    ok('所以答案为 $\\frac{1}{2}$，即 0.5。', '\\frac12');
    bad('所以答案为 $\\frac{1}{3}$，即 0.5。', '\\frac12');
    ok('综上，答案是 B。', 'B');
  });
  it('a box holding a sentence that states one value is that value', () => {
    ok('$\\boxed{\\text{The only solution is } x = 5.}$', 'x=5');
    ok('$\\boxed{\\text{Final answer: } 12}$', '12');
    bad('$\\boxed{\\text{Answer: } 13}$', '12');
    ok('$\\boxed{x = 5 \\text{ is the only solution}}$', 'x=5');
    ok('$\\boxed{\\text{Jackson can cover } 1625 \\text{ square centimeters of paper.}}$', '1625');
    ok('$\\boxed{\\text{Jackson can cover } 1625 \\text{ square centimeters of paper.}}$', '1625 \\text{ cm}^2');
    ok('\\boxed{\\text{She is facing east when she finishes her spin.}}', '\\text{east}');
    bad('$\\boxed{\\text{The only solution is } x = 6.}$', 'x=5');
    bad('$\\boxed{\\text{The solution is not } x = 5.}$', 'x=5');
    bad('$\\boxed{\\text{At least } 5 \\text{ solutions exist.}}$', '5');
    bad('$\\boxed{\\text{Either } 5 \\text{ or } 6 \\text{ works.}}$', '5');
    bad('$\\boxed{\\text{Between } 3 \\text{ and } 5 \\text{ people came.}}$', '5');
    bad('$\\boxed{\\text{Jackson can cover } 1625 \\text{ square meters of paper.}}$', '1625 \\text{ cm}^2');
    bad('\\boxed{\\text{She is facing west, not east.}}', '\\text{east}');
    bad('\\boxed{\\text{She is facing north-east at the end.}}', '\\text{east}');
    bad('\\boxed{\\text{She faces east first and then west at the end.}}', '\\text{east}');
  });
  it('a font around one symbol is markup; an exact constant annotated with its decimal is the constant', () => {
    ok('The period is $\\boxed{\\mathrm{\\pi}}$.', '\\pi');
    bad('The period is $\\boxed{\\mathrm{\\pi}}$.', '2\\pi');
    ok('$\\boxed{\\pi \\approx 3.14}$', '\\pi');
    ok('$\\boxed{e \\approx 2.718}$', 'e');
    bad('$\\boxed{x \\approx 3.14}$', '\\pi');
    bad('$\\boxed{3.14 \\approx \\pi}$', '\\pi');
  });
  it('a \\pm member of a set stands for its two values', () => {
    ok('The answer is $-2,\\ 1+\\sqrt5,\\ 1-\\sqrt5$.', '\\{1\\pm\\sqrt{5},-2\\}');
    bad('The answer is $-2,\\ 1+\\sqrt5$.', '\\{1\\pm\\sqrt{5},-2\\}');
    bad('The answer is $-2,\\ 1+\\sqrt5,\\ 1-\\sqrt5, 3$.', '\\{1\\pm\\sqrt{5},-2\\}');
  });
  it('temperature scales after a degree sign are units', () => {
    expect(gr('Final Answer: $1950^\\circ\\mathrm{C}$', ['1950\n']).correct).toBe(true);
    expect(gr('Final Answer: $1950\\,^{\\circ}\\text{C}$', ['1950^\\circ C']).correct).toBe(true);
    expect(gr('Final Answer: $1950^\\circ\\mathrm{C}$', ['1950 K']).correct).toBe(false);
    expect(gr('Final Answer: $1950^\\circ\\mathrm{F}$', ['1950^\\circ C']).correct).toBe(false);
  });
  it('against reference alternatives of which one has a unit, an answer with another unit is incorrect', () => {
    const ref = ['6.43 \\times 10^{16}', '6.43 \\times 10^{16} \\text{ cm}^{-3}'];
    expect(gr('$n = \\boxed{6.43\\times 10^{16}\\ \\text{m}^{-3}}$', ref).reason).toBe('different:unit');
    expect(gr('$n = \\boxed{6.43\\times 10^{16}\\ \\text{cm}^{-3}}$', ref).correct).toBe(true);
    expect(gr('$n = \\boxed{6.43\\times 10^{16}}$', ref).correct).toBe(true);
    expect(gr('$\\boxed{5\\text{ meters}}$', ['5', '5 \\text{ m}']).correct).toBe(true);
    expect(gr('$\\boxed{5\\text{ km}}$', ['5', '5 \\text{ m}']).correct).toBe(false);
  });
});

describe('session 3 additions: compound units, letter digits, moduli', () => {
  it('compound units are compared factor by factor', () => {
    ok('$\\boxed{3 \\times 10^8\\ \\mathrm{m\\,s^{-1}}}$', '3 \\times 10^8 \\text{ m/s}');
    ok('$\\boxed{3 \\times 10^8\\ \\mathrm{m\\,s^{-1}}}$', '3 \\times 10^8');
    ok('$\\boxed{9.8\\,\\mathrm{m\\,s^{-2}}}$', '9.8');
    ok('$\\boxed{5 \\text{ km/h}}$', '5 \\text{ km per hour}');
    bad('$\\boxed{3 \\times 10^8\\ \\mathrm{m\\,s^{-2}}}$', '3 \\times 10^8 \\text{ m/s}');
    bad('$\\boxed{5 \\text{ m/s}}$', '5 \\text{ km/h}');
  });
  it('numerals with letter digits', () => {
    ok('$\\boxed{FF_{16}}$', '255');
    ok('$\\boxed{FF_{\\text{hex}}}$', '255');
    ok('$\\boxed{1A_{12}}$', '22');
    bad('$\\boxed{1A_{12}}$', '23');
    bad('$\\boxed{A_{12}}$', '10');
    bad('$\\boxed{AB_{10}}$', '23');
  });
  it('a residue with its modulus', () => {
    ok('The answer is $3 \\pmod{7}$.', '3');
    ok('$\\boxed{x \\equiv 3 \\pmod{7}}$', '3');
    ok('Final answer: 3 (mod 7)', '3');
    ok('$\\boxed{10 \\pmod{7}}$', '3 \\pmod 7');
    ok('$\\boxed{3}$', 'x \\equiv 3 \\pmod{7}');
    bad('$\\boxed{3 \\pmod{8}}$', '3 \\pmod 7');
    bad('$\\boxed{4 \\pmod{7}}$', '3');
    bad('$\\boxed{10 \\pmod{7}}$', '3');
  });
});

describe('the general post-answer rule: another candidate value with doubt, a condition, "or", or after a correction', () => {
  it('hedges in phrasings outside the phrase families', () => {
    bad('My best guess is $\\boxed{12}$; 14 is the runner-up.', '12');
    bad('$\\boxed{12}$\n\nI\'m torn between 12 and 14.', '12');
    bad('$\\boxed{12}$\n\nBoth 12 and 14 seem valid to me.', '12');
    bad('$\\boxed{12}$\n\nPossible answers: 12 or 14.', '12');
    bad('$\\boxed{12}$\n\nMy confidence is 60% for 12 and 40% for 14.', '12');
    bad('$\\boxed{12}$\n\nIf the problem intends ordered pairs, the count doubles to $24$.', '12');
    bad('$5\\cdot6\\cdot8=\\boxed{240}$ outfits (or $5\\cdot 6\\cdot 9 = 270$ if going without a hat also counts).', '240');
    bad('$\\boxed{-1}$\n\nThe other candidate, $1$, cannot be completely excluded by my argument.', '-1');
    bad('$\\boxed{42}$\n\nP.S. My gut still says 48, though.', '42');
    bad('$\\boxed{12}$?', '12');
    bad('So the answer is one of $99$ and $100$; I lean towards $\\boxed{100}$.', '100');
  });
  it('retractions in phrasings outside the phrase families', () => {
    bad('$\\boxed{12}$\n\nRetracting: the count is actually 14.', '12');
    bad('$\\boxed{12}$\n\nCorrection: 14.', '12');
    bad('$\\boxed{12}$\n\nUpdate: I found an error; the final count is 14.', '12');
    bad('The answer would be $\\boxed{12}$.\n\nOn reflection, that boxed value is incorrect: two cases fail.', '12');
    bad('**Final Answer:** $\\boxed{512}$\n\nHmm, that seems too large given the constraint. I don\'t trust this number.', '512');
    bad('$\\boxed{3}$\n\nBut wait, is that actually right? Let me re-check.\n\nHmm.', '3');
  });
  it('commentary naming other values stays correct', () => {
    ok('$\\boxed{12}$\n\nThe other root, 14, is rejected because it exceeds the bound.', '12');
    ok('$\\boxed{12}$\n\nNote that 14 would be the answer if repetitions were allowed, but they are not.', '12');
    ok('$\\boxed{12}$\n\nWe used 4 cases with 3 options each.', '12');
    ok('$\\boxed{12}$\n\nI initially got 14, but that double counted two cases.', '12');
    ok('$\\boxed{12}$\n\nThe alternative method (complementary counting: 20 − 8) also gives 12.', '12');
    ok('$\\boxed{12}$\n\nThis could also be derived via generating functions.', '12');
    ok('$\\boxed{5}$\n\nI briefly wondered whether it might be 6, but 6 fails the divisibility condition ($6 \\nmid 20$), so 5 it is.', '5');
    ok('**Final Answer:** $\\boxed{512}$\n\nHmm, that seems large at first glance, but it is just $2^9$. So 512 is right.', '512');
    ok('$\\boxed{28}$\n\nHmm, wait — did I forget the case $a = 0$? No: $a$ must be positive. The count of 28 stands.', '28');
    ok('The answer is $\\boxed{2\\sqrt{3}}$, or equivalently $\\sqrt{12}$.', '2\\sqrt{3}');
    ok('The probability is $\\boxed{\\frac{5}{12}}$, or about $0.4167$.', '\\frac{5}{12}');
    ok('The answer is $7$, not $8$ as one might guess from the pattern $2, 4, 6$.', '7');
  });
  it('option letters and Chinese answers', () => {
    bad('**Answer: (C)**, although (B) is a close contender if the question is about eukaryotes.', 'C');
    bad('$\\boxed{B}$\n\nThat said, I wouldn\'t rule out D.', 'B');
    bad('**Answer:** C — though B is really close and a case could be made for it.', 'C');
    bad('故选 A。不过 C 似乎也对，暂时无法确定。', 'A');
    bad('化简得 $a = -3$ 或 $a = 3$，故选 C 或 D。', 'C');
    bad('答案应该是 A 吧，也可能是 B，我不太确定。', 'A');
    ok('Answer: (D) 24\n\nOption (B) 12 is what you\'d get if you forgot the factor of 2.', 'D');
    ok('**Answer:** C\n\nB is tempting because it mentions the same enzyme, but it is in the wrong compartment, so it is incorrect.', 'C');
    ok('本题选 D。\n\n注：若误认为 $a>0$，则会错选 A。', 'D');
    ok('B: the cell takes up water and may burst — unlike D, which describes a hypertonic solution.', 'B');
  });
});

describe('rounds 3-4: which box or statement is the answer', () => {
  it('labelled step boxes: the last box answers the question', () => {
    ok('$$\\frac mn = \\boxed{\\frac{109}{33}}.$$ So $$m+n = \\boxed{142}.$$', '142');
    ok('Sum of the roots: $\\boxed{5}$.\n\nProduct of the roots: $\\boxed{6}$.\n\nSo the sum of squares is $5^2 - 2\\cdot 6 = \\boxed{13}$.', '13');
    ok('(a) $\\gcd = \\boxed{12}$.\n\n(b) Increased by 11: $\\boxed{23}$.', '23');
    bad('$\\boxed{12}$ or maybe $\\boxed{13}$', '13');
    bad('$x = \\boxed{2}$, $y = \\boxed{3}$', '3');
  });
  it('a final statement after the box that restates it settles the doubts between them', () => {
    ok('It is $\\boxed{1296}$... but maybe I should divide by $5!$... no, strings are ordered, so back to the first count.\n\nFinal Answer: 1296', '1296');
    bad('The answer is $\\boxed{12}$. Actually, I realise I double-counted; the answer is 9.', '9');
  });
  it('weak statements only without a box or an explicit statement', () => {
    ok('It would take **45 minutes**.', '45');
    ok('So $n = 2$.\n\nCheck: $2^2 + 1 = 5$ is prime.', '2');
    bad('**5**', '5');
  });
});

describe('the unit a problem asks for (GradeOptions.unit, OlympiadBench `unit`)', () => {
  it('an explicit different unit is wrong; no unit or the same unit is judged on the number', () => {
    const u = (resp: string, ref: string, unit: string) => grade(`<think>w</think>\n\n${resp}`, ref, { unit }).correct;
    expect(u('$\\boxed{45 \\text{ seconds}}$', '45', 'minutes')).toBe(false);
    expect(u('$\\boxed{45 \\text{ min}}$', '45', 'minutes')).toBe(true);
    expect(u('$\\boxed{45}$', '45', 'minutes')).toBe(true);
    expect(u('$\\boxed{166\\ \\text{cm}^3}$', '166', 'cm^2')).toBe(false);
    expect(u('$\\boxed{166 \\mathrm{~cm}^{2}}$', '166', '\\mathrm{~cm}^{2}')).toBe(true);
    expect(u('$\\boxed{12 \\text{ km/h}}$', '12', 'm/s')).toBe(false);
    expect(grade('<think>w</think> $\\boxed{45 \\text{ seconds}}$', '45').correct).toBe(true);
  });
});

describe('rounds 5-6 additions', () => {
  it('statements and their remarks', () => {
    ok('**Final result:** $333$', '333');
    ok('The answer is not $4$ — it is $13$.', '13');
    bad('The answer is not $4$ — it is $13$.', '4');
    ok('Final Answer: 4.5 m/s', '4.5 \\text{ m/s}');
    ok('**Answer:** 1.325e-27 kg·m/s', '1.325 \\times 10^{-27}');
    ok('I believe the answer is $850$, although I\'m not completely certain about the conjugate pairing step.', '850');
    bad('The answer is $\\boxed{3}$. I am not sure, though.', '3');
  });
  it('another outcome in the conditional mood, or left unsurprising, is a hedge', () => {
    bad('$\\boxed{\\frac{13}{18}}$ if the choices are independent; without replacement it would be $\\frac{2}{3}$ instead.', '\\frac{13}{18}');
    bad('So I\'m gonna go with **12**!\n\nThough honestly, 16 wouldn\'t surprise me either if reflections count.', '12');
    ok('The answer is $27$. One might wonder about $64$, but $64$ is not divisible by $3$; $27$ stands.', '27');
  });
  it('values named by letters in alphabetical order stand in that order against a bare list', () => {
    bad('**Final Answer:** $a = 0.45,\\ b = 1.68$', '1.68,0.45');
    ok('**Final Answer:** $a = 1.68,\\ b = 0.45$', '1.68,0.45');
    ok('$\\boxed{x=1, x=2}$', '2, 1');
  });
});

describe('round 7 additions', () => {
  it('hedges before the answer and in option remarks', () => {
    bad('It could also be 81 — I\'m honestly not sure — but going by my direct count I\'ll say $\\boxed{78}$.', '78');
    bad('**Answer:** somewhere between 9900 and 9902 — most likely $\\boxed{9901}$.', '9901');
    bad('The roots are either $3, 7$ alone or all of $\\boxed{3, 5, 7}$.', '3, 5, 7');
    bad('Answer: B (though if "distinct" counted presentations it could be D)', 'B');
    bad('$$z = \\boxed{6-5i}$$\n\nor its conjugate $6+5i$, depending on the orientation.', '6 - 5i');
    bad('**Final answer: 144** — unless the overlapping squares were counted twice, in which case it drops to 132.', '144');
    bad('$\\boxed{23}$ — no, I take that back; 23 fails the third condition.', '23');
    ok('There are 8 equally likely outcomes and 3 of them have two heads.\n\n**Answer:** 3/8', '3/8');
    ok('$\\boxed{7}$. Note that if $n$ were even, the answer would be 8; here $n$ is odd.', '7');
  });
  it('answers in other forms', () => {
    ok('The least prime is $p = \\boxed{17}$, and lifting the solution to modulus 289 gives the least $m$ as $m = \\boxed{110}$.', '110');
    bad('$x = \\boxed{2}$ and $y = \\boxed{3}$.', '3');
    ok('Therefore, the largest such $n$ is $890$.', '890');
    ok('Cl is more electronegative than P.\n\nD: P—Cl', 'D');
    ok('$$24000\\,(1.01)^{30} \\approx \\boxed{\\$32{,}348.37}$$', '\\$32,\\!348');
    bad('$\\boxed{\\$32{,}348.57}$', '\\$32,\\!348');
    ok('Final Answer: The final answer is $9.6$ \\AA. I hope it is correct.', '9.6');
    ok('$\\boxed{f(x) = x+1 \\ \\text{ and } \\ f(x) \\equiv -1}$', '$f(x)=-1$,$f(x)=x+1$');
    ok('Final answer: $\\boxed{A, B, D}$', 'A B D');
    ok('Final Answer: $rx(t) - ry - y\' = 0$', 'y^{\\prime}+ry-rx(t)=0');
  });
});

describe('doubt left open just before the answer', () => {
  it('an unresolved choice in the sentence before the answer is a hedge; a resolved one is not', () => {
    bad('I am not sure whether it is 78 or 81.\n\n$\\boxed{78}$', '78');
    ok('I was not sure whether it is 78 or 81, so I checked: 81 fails the parity test.\n\n$\\boxed{78}$', '78');
    ok('Either 78 or 81 works at first sight. Checking parity, 81 fails.\n\n$\\boxed{78}$', '78');
    ok('Possible answers: $21$, $49$, $70$.\n\nThe answer is $70$.', '70');
  });
});

describe('round 8 additions', () => {
  it('hedges and retractions', () => {
    bad('Final answer: $x = 3$ and $x = 7$, and possibly $x = 5$ as well.', '3, 5, 7');
    bad('The integer roots are $\\boxed{-2, 1}$, and maybe $7$ too — I didn\'t fully check it.', '-2,1');
    bad('$\\boxed{204}$\n\nHmm, actually no — I mixed up hours and minutes, so this isn\'t right.', '204');
    bad('My answer is $\\boxed{204}$, but honestly $180$ might be what\'s intended if the coffee time isn\'t included.', '204');
    ok('So at this speed the walk takes $\\boxed{204}$ minutes; $180$ is wrong because it leaves out the coffee.', '204');
  });
  it('answers in other forms', () => {
    ok('所以和为 $\\boxed{2100}$。\n\n等等，项数算错了：共 14 项，和应为 2107。\n\n所以最终答案为 $\\boxed{2107}$。', '2107');
    ok('The distance is $3\\tfrac{5}{12}$ km.', '$\\frac{41}{12}$');
    ok('All pairs: $(54,5), (9,5), (9,3), (6,3)$.', '$(6,3),(9,3),(9,5),(54,5)$');
    ok('The answer is 9:24 a.m.', '9:24');
    bad('The answer is 9:24 p.m.', '9:24 a.m.');
    ok('All pairs: $\\boxed{(\\pm 3, \\pm 2)}$ (all four sign combinations).', '$(3,2),(-3,2),(3,-2),(-3,-2)$');
    bad('$\\boxed{(\\pm 3, \\pm 2)}$', '(3,2),(-3,2)');
  });
  it('physical quantities are positive; plain variables are not', () => {
    ok('$\\omega = \\boxed{2 r_0 \\sqrt{\\pi G \\rho_0}}$', '\\sqrt{4 \\pi G \\rho_{0} r_{0}^{2}}');
    bad('$\\boxed{-2 r_0 \\sqrt{\\pi G \\rho_0}}$', '\\sqrt{4 \\pi G \\rho_{0} r_{0}^{2}}');
    bad('$\\boxed{x}$', '\\sqrt{x^2}');
  });
});

describe('round 9 additions', () => {
  it('boxes, rounding in scientific notation, unit powers, text equations', () => {
    ok('From the first equation we get $\\boxed{x = 3}$. Substituting back, $y = x^3 = 27$, which is what the problem asks for:\n\n$$\\boxed{27}$$', '27');
    bad('We get $\\boxed{x = 3}$, or maybe $\\boxed{27}$.', '27');
    ok('Speed of light: $c = \\boxed{2.998 \\times 10^{8}}$ m/s.', '3.0 \\times 10^{8}');
    bad('$\\boxed{2.9 \\times 10^{8}}$', '3.0 \\times 10^{8}');
    bad('$\\boxed{4.02}$', '4.0');
    ok('Final Answer: The final answer is 9.6 m/s^2. I hope it is correct.', '9.6');
    ok('$\\boxed{\\text{SRAC} = \\text{LRAC}}$', 'SRAC=LRAC');
  });
});

describe('round 10 additions', () => {
  it('a correction named by what was forgotten, and a second thought denying the answer', () => {
    ok('First I got $\\boxed{14}$ by forgetting the corner square. Including it, the count is\n\n$$\\boxed{15}.$$', '15');
    bad('Final answer: 64.\n\nEdit: the equality case does not satisfy the second constraint, so 64 is not attained. I don\'t have a corrected value yet.', '64');
    ok('Final answer: 64.\n\nEdit: 63 is not attained, but 64 is.', '64');
  });
});

describe('round 10 additions, realistic log', () => {
  it('degree values offered with or, and approximate statements in scientific notation', () => {
    bad('The angle is $\\boxed{55^\\circ}$ (or $125^\\circ$ depending on orientation).', '55^\\circ');
    ok('The angle is $\\boxed{55^\\circ}$, since $180^\\circ - 125^\\circ = 55^\\circ$.', '55^\\circ');
    ok('**Answer:** $L \\approx 3.95 \\times 10^{33}$ erg/s', '4 \\times 10^{33}');
  });
});
