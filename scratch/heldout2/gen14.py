import json
C=[]
def th(s): return "<think>\n"+s.strip()+"\n</think>\n\n"
def add(cat, resp, ref, exp): C.append({"category":cat,"response":resp,"reference":ref,"expected":exp})

# ---- formats: each takes (ans, summary) ----
def F_boxfinal(a,s): return f"{s}\n\n**Final Answer**\n\\[\n\\boxed{{{a}}}\n\\]"
def F_answeris(a,s): return f"{s}\n\nThe answer is ${a}$."
def F_boldans(a,s): return f"{s}\n\n**Answer:** ${a}$"
def F_headers(a,s): return f"## Solution\n\n{s}\n\n## Final Answer\n\n$\\boxed{{{a}}}$"
def F_zh(a,s): return f"{s}\n\n答案是 $\\boxed{{{a}}}$。"
def F_zh_plain(a,s): return f"{s}\n\n所以答案为 {a}"
def F_verify(a,s): return f"{s} Therefore the answer is $\\boxed{{{a}}}$.\n\n**Verification.** Substituting back into the original conditions, every constraint checks out, so the result is consistent."
def F_answercolon(a,s): return f"{s}\n\nAnswer: {a}"
def F_bold(a,s): return f"{s}\n\nSo the final answer is **{a}**."
def F_inlinebox(a,s): return f"{s} Hence the required value is $\\boxed{{{a}}}$."
def F_display(a,s): return f"**Step 1.** {s}\n\n**Step 2.** Collecting everything together,\n$$\\boxed{{{a}}}$$"
def F_mixed(a,s): return f"{s}\n\n综上所述, the final answer is $\\boxed{{{a}}}$."
FMTS=[F_boxfinal,F_answeris,F_boldans,F_headers,F_zh,F_verify,F_answercolon,F_bold,F_inlinebox,F_display,F_mixed,F_zh_plain]
k=[0]
def nxt():
    f=FMTS[k[0]%len(FMTS)]; k[0]+=1; return f

# item(cat, ref, think, summary, [correct answers], [wrong answers])
def item(cat, ref, think, summ, good, bad):
    for g in good:
        add(cat, th(think)+nxt()(g,summ), ref, True)
    for b in bad:
        add(cat, th(think)+nxt()(b,summ), ref, False)

item("aime","033","Okay, take logs base 2: a=log x, b=log y, c=log z. Then a-b-c=1/2, -a+b-c=1/3, -a-b+c=1/4.\nAdding: -(a+b+c)=13/12. So a=-7/24, b=-3/8, c=-5/12.\n4a+3b+2c = -7/6-9/8-5/6 = -25/8. Absolute value 25/8, so m+n=33.",
 "We have $|\\log_2(x^4y^3z^2)| = \\tfrac{25}{8}$, so $m=25$, $n=8$.", ["33"], ["25"])
item("aime","104","Let me set coordinates. D=(0,0), C=(107,0), A=(0,16). E=(x,0), F=(x+184,0). A,D,H,G concyclic... power of point gives x(x+184)=... Solving, x=3, so CE = 107-3 = 104.",
 "Using the circle through $A,D,H,G$ and the power of a point, $DE=3$ and so $CE=107-3=104$.", ["104","CE = 104"], ["107"])
item("aime","116","P(grand prize | prize). P(at least 2) = 1 - P(0) - P(1) = 1 - 15/210 - 80/210 = 115/210.\nP(grand) = 1/210. Conditional = 1/115. m+n = 116.",
 "The conditional probability is $\\frac{1}{115}$, so $m+n=116$.", ["116"], ["\\frac{1}{115}"])
item("aime","809","Losing positions for the first player are n ≡ 0 or 2 mod 5. Count n ≤ 2024: multiples of 5: 404; ≡2 mod 5: 405. Total 809.",
 "Bob wins exactly when $n\\equiv 0,2 \\pmod 5$; there are $404+405$ such $n$.", ["809"], ["808"])
item("aime","073","Inclusion-exclusion with everyone owning candy hearts. 195+367+562+900=2024. Let w,x,y,z count owners of 1,2,3,4 items: w+x+y+z=900, x+2y+3z=1124 after subtracting, y=234... so z=73.",
 "Solving the system from inclusion–exclusion gives $z = 73$ residents owning all four things.", ["73"], ["37"])
item("aime","70","17_b = b+7, 97_b = 9b+7. 9b+7 = 9(b+7) - 56, so b+7 | 56. b>9 means b+7 > 16: b+7 = 28 or 56, b=21 or 49. Sum 70.",
 "The valid bases are $b=21$ and $b=49$, and their sum is $70$.", ["70"], ["21, 49"])
item("aime","601","Count triples with a+b+c=300 and the symmetric sum 6,000,000. Rewrite as 100(ab+bc+ca) - abc = 2,000,000, i.e. (a-100)(b-100)(c-100)=0. Inclusion-exclusion: 3*201 - 3 + 1 = 601.",
 "At least one of $a,b,c$ equals $100$; inclusion–exclusion counts $601$ triples.", ["601"], ["603"])
item("amc",7.0,"z^5 = conj(z). |z|^5=|z| so |z|=0 or 1. If |z|=1, conj z = 1/z so z^6 = 1: six roots. Plus z = 0. Total 7.",
 "The solutions are $z=0$ together with the six sixth roots of unity.", ["7","\\textbf{(E) }7"], ["6"])
item("amc",81.0,"|log_6 x - log_6 9| = 2 log_6 ... so log_6 x = log_6 9 ± 2 log_6 ... giving x = 9*36/... hmm, actually (log_6 x) - 2 log_6 9 = ±... x_1 x_2 = 81.",
 "The two solutions multiply to $9^2 = 81$.", ["81"], ["9"])
item("amc",144.0,"Pairs with larger at least twice smaller. 8..14 must pair with 1..7 partners. Count: 14 and 13... product of available choices: 1*2*2*3*3*4*... = 144.",
 "Building the pairing greedily from the largest numbers gives $144$ pairings.", ["144"], ["143"])
item("amc",1625.0,"Strip width 6.5 mm = 0.65 cm, length 25 m = 2500 cm. Area = 0.65*2500 = 1625 cm^2.",
 "The area covered is $0.65\\,\\text{cm}\\times 2500\\,\\text{cm}$.", ["1625 \\text{ square centimeters}"], ["162500"])
item("math","\\frac{16}{27}","Each mile leaves 2/3 of the milk. Three miles: 2 * (2/3)^3 = 16/27 gallons.",
 "After three miles the bucket holds $2\\left(\\tfrac23\\right)^3$ gallons.", ["\\dfrac{16}{27}\\text{ gallons}"], ["0.593"])
item("math","\\text{east}","Turning right 2250 degrees. 2250 mod 360 = 90. Right turn 90 from north → east.",
 "$2250^\\circ = 6\\cdot 360^\\circ + 90^\\circ$, a quarter turn clockwise from north.", ["\\text{East}","east"], ["\\text{west}"])
item("math","\\left[ \\frac{\\pi^2}{8}, \\frac{5 \\pi^2}{4} \\right]","arccos x + arcsin x = pi/2. f = a^2 + (pi/2 - a)^2 with a = arcsin x in [-pi/2, pi/2]. Min at a = pi/4: pi^2/8. Max at a=-pi/2: pi^2/4 + pi^2 = 5pi^2/4.",
 "Writing $f$ in terms of $a=\\arcsin x$ gives a parabola in $a$ on $[-\\pi/2,\\pi/2]$.", ["\\left[\\dfrac{\\pi^2}{8},\\dfrac{5\\pi^2}{4}\\right]"], ["\\left(\\frac{\\pi^2}{8}, \\frac{5\\pi^2}{4}\\right]"])
item("math","1,-2","Set x=y=0: f(0)... Try constants. f(1)=... The possible values of f(1) are 1 and -2.",
 "Checking both candidate functions, $f(1)$ can be $1$ or $-2$, and both really occur.", ["-2, 1"], ["1"])
item("math","70 \\sqrt{2}","Interpret as distances: sqrt(x^2+400)+sqrt(y^2+900)+sqrt(x^2+y^2-80x-100y+4100). Triangle inequality gives minimum distance from (0,20) to (70,... ) = sqrt(70^2+70^2)=70√2.",
 "By the triangle inequality the sum is at least the straight-line distance, $\\sqrt{70^2+70^2}$.", ["70\\sqrt2","\\sqrt{9800}"], ["98.99"])
item("math","90^\\circ","AD=BD=CD means D is the circumcenter on AB... so angle ACB = 90 degrees.",
 "Since $D$ is equidistant from $A$, $B$, $C$, the angle at $C$ is inscribed in a semicircle.", ["90^\\circ","90"], ["50^\\circ"])
item("math","(6,31,-1)","Let x^3 = 3x^2 - 4x + 1 reduce x^9 ... compute remainders. Comparing coefficients gives p=6, q=31, r=-1.",
 "Reducing $x^9+px^6+qx^3+r$ modulo the cubic and setting the remainder to zero.", ["(6, 31, -1)"], ["(6, -1, 31)","(6,31,1)"])
item("math","\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}","Compute A^2 = [[2,7],[-1,-3]]... actually trace 1 det 1, so A^2 - A + I = 0, A^3 = -I. Then A^27 = -I, A^31 = -A^... sum simplifies to -I.",
 "Since $\\mathbf{A}^3 = -\\mathbf{I}$, the sum collapses.", ["\\begin{bmatrix}-1&0\\\\0&-1\\end{bmatrix}"], ["\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"])
item("math","52_8","6*7=42 in decimal. 42 = 5*8+2 → 52 in base 8.",
 "In base 8, $6_8\\cdot 7_8 = 42_{10}$, which is written $52_8$.", ["52_8"], ["54_8"])
item("math","3 \\pm 2 \\sqrt{2}","sin(arctan x + arccot(1/x)) = 1/3. For x>0 both angles equal, sin(2 arctan x) = 2x/(1+x^2) = 1/3 → x^2 - 6x + 1 = 0 → x = 3 ± 2√2.",
 "Solving $x^2-6x+1=0$.", ["3+2\\sqrt{2},\\ 3-2\\sqrt{2}"], ["3+2\\sqrt{2}"])
item("math","3, 5, 7","Let a = x-3, b = x-7; a^3+b^3=(a+b)^3 → 3ab(a+b)=0. So x=3, x=7, or x=5.",
 "The identity forces $3ab(a+b)=0$.", ["7, 3, 5","x=3,\\ x=5,\\ x=7"], ["3, 7"])
item("math","11\\sqrt2","242 = 121*2 so sqrt(242) = 11√2.",
 "Since $242=11^2\\cdot 2$.", ["11\\sqrt{2}"], ["11\\sqrt{3}"])
item("math","15x - 80","19x - 4x = 15x, 1 - 81 = -80.", "Combining like terms.", ["-80+15x"], ["15x+80"])
item("math","2\\sqrt{113}","Unfold the walls: legs 7+... distance sqrt(14^2 + 16^2)... sqrt(452) = 2 sqrt(113).",
 "Unfolding the room flattens the path into a single segment of length $\\sqrt{452}$.", ["\\sqrt{452}"], ["\\sqrt{113}"])
item("math","\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}","proj = (a·b)/(b·b) b = 8/49 * (2,6,3) = (16/49, 48/49, 24/49).",
 "The projection is $\\frac{8}{49}\\mathbf{b}$.", ["\\begin{pmatrix}\\frac{16}{49}\\\\\\frac{48}{49}\\\\\\frac{24}{49}\\end{pmatrix}"], ["\\begin{pmatrix}\\frac{16}{49}\\\\\\frac{24}{49}\\\\\\frac{48}{49}\\end{pmatrix}"])
item("math","(2,12) \\cup (12,102)","Need x>2, log(x-2) < 2 so x < 102, and log(x-2) ≠ 1 so x ≠ 12.",
 "The domain excludes $x=12$ where the denominator vanishes.", ["(2, 12) \\cup (12, 102)"], ["(2,102)"])
item("math","\\{1\\pm\\sqrt{5},-2\\}","The three values are 1+√5, 1-√5, -2 after computing the symmetric expressions.",
 "The unordered set of values is as follows.", ["-2,\\ 1+\\sqrt5,\\ 1-\\sqrt5"], ["\\{1+\\sqrt5,\\ 1-\\sqrt5\\}"])
item("math","x=5","Square: x - sqrt(11-2x) ... candidates 5 and -3? check -3: fails. So x=5 only.",
 "Checking for extraneous roots leaves a single solution.", ["5"], ["5,\\ -3"])
item("math","\\frac{20000}{\\pi}","Perimeter 400 = 2L + 2πr... maximize area L·2r → r = 50/π... area 20000/π.",
 "Maximizing $L\\cdot 2r$ subject to $2L+2\\pi r = 400$.", ["\\frac{20000}{\\pi}"], ["6366.2"])
item("math","y = 2x + 3","Image points: M(2,-1)=(9,3), M(1,-3)=(7,-1). Line y=2x-1 passes through (t, 2t-1)... image is y = 2x + 3.",
 "The image of the line is found by mapping two of its points.", ["y=2x+3","2x - y + 3 = 0"], ["y = 2x - 3"])
item("math","1+2i","(-3+4i)/(1+2i) ... he used 1-2i? The correct result is 1+2i.",
 "The intended quotient evaluates to the complex number below.", ["1 + 2i"], ["1-2i"])
item("math","\\cot x","sec x / sin x - sin x / cos x = (1 - sin^2 x)/(sin x cos x) = cos x / sin x.",
 "Combining over a common denominator.", ["\\frac{\\cos x}{\\sin x}"], ["\\tan x"])
item("math","\\left( \\frac{3}{2}, -13 \\right)","Line: y = 3/2 x - 13? slope 3/2, intercept -13 so (m,b) = (3/2, -13).",
 "The slope–intercept form of the line is $y=\\tfrac32 x-13$.", ["(1.5, -13)"], ["(-13, \\tfrac32)"])
item("math","x \\in [-2,7]","x^2 - 5x - 14 ≤ 0 → (x-7)(x+2) ≤ 0 → -2 ≤ x ≤ 7.",
 "Factoring gives $(x-7)(x+2)\\le 0$.", ["[-2, 7]","-2 \\le x \\le 7"], ["(-2,7)"])
item("math",".0000672","21/(4*78125) = 21/312500 = 0.0000672.",
 "Multiplying numerator and denominator by $2^5$ gives $\\frac{672}{10^7}$.", ["0.0000672","6.72\\times10^{-5}"], ["0.000672"])
item("math","\\frac{9}{256}","Using sin x sin(60-x) sin(60+x) = sin 3x / 4 ... product = 9/256.",
 "Pairing the factors with the triple-angle identity.", ["9/256"], ["\\frac{9}{128}"])
item("minerva",['4.4e7\n', '4.4 \\times 10^7\n'],"Doubling time 0.5 yr... from 1990 to 2000 gives 2^20 growth... N ≈ 4.4 × 10^7.",
 "Exponential growth for the remaining years gives about $4.4\\times 10^7$ ferrets.", ["4.4 \\times 10^{7}","44{,}000{,}000"], ["4.4 \\times 10^{6}"])
item("minerva",['0.49\n'],"θ = 1.22 λ/D, λ=500nm, D = 0.2 m → 3.05e-6 rad → 0.63 arcsec? with D=8in=0.2032m, λ=0.4μm... 0.49 arcsec.",
 "Using the Rayleigh criterion $\\theta = 1.22\\lambda/D$.", ["0.49 \\text{ arcsec}"], ["0.5"])
item("minerva",['2.68\n'],"Vm = M/ρ ... 2.6813 rounds to 2.68.",
 "Dividing molar mass by density.", ["2.6813"], ["2.7"])
item("minerva",['\\arcsin{\\frac{1}{1.3}}', '\\arcsin{\\frac{10}{13}}\n'],"Critical angle: sin θ = 1/n = 1/1.3 = 10/13.",
 "The critical angle satisfies $\\sin\\theta_c = 1/n$.", ["\\sin^{-1}\\left(\\frac{10}{13}\\right)"], ["0.878"])
item("minerva",['188', '188\n'],"λ = c/f = 3e8 / 1.6e6 = 187.5 → integer 188.",
 "$\\lambda = c/f$.", ["188 \\text{ m}"], ["190"])
item("minerva",['3.3 \\times 10^{-10}\n'],"Compute ... 3.3e-10.", "Plugging in the constants.", ["3.3e-10"], ["3.3 \\times 10^{-9}"])
item("minerva",['+2\n'],"At pH 1 all amine groups protonated: alpha amino +1, guanidinium +1, carboxyl neutral. Net +2.",
 "Counting the protonated groups at pH 1.", ["+2"], ["+1"])
item("olympiad",['$(1,1006),(3,331),(11,31)$'],"a(a^2+2b) = 2013 = 3·11·61. a ∈ {1,3,11,33,...}; a=1: b=1006; a=3: b=331; a=11: b=31; a=33 too big.",
 "Trying each divisor $a$ of $2013$.", ["(11,31),\\ (1,1006),\\ (3,331)"], ["(1,1006),\\ (3,331)"])
item("olympiad",['$\\frac{2}{3}$'],"Hexagon side 2, triangle side 4. Area ratio... 2/3.",
 "Comparing the two areas.", ["2/3"], ["0.67"])
item("olympiad",['$\\frac{5 \\pi}{4} \\sqrt{17}$'],"The segment lengths along y=4x below the curve sum to 5π/4 ... times sqrt(17) scaling.",
 "Each arch contributes a segment; scaling by $\\sqrt{1+4^2}$.", ["\\frac{5\\sqrt{17}\\,\\pi}{4}"], ["\\frac{5\\pi\\sqrt{17}}{2}"])
item("olympiad",['$2,-\\log _{10} 250$'],"Take log10: (x+2)log2 + (6-x)log5 = x^2. ... quadratic x^2 - x(log2 - log5) - ... roots 2 and -log 250.",
 "The quadratic in $x$ factors.", ["x=2 \\text{ and } x=-\\log_{10}250"], ["2,\\ \\log_{10} 250"])
item("olympiad",['$f(n)=n$'],"Show f(1)=1 then induct. Only identity.", "Induction shows the identity is the only solution.", ["f(n)=n"], ["f(n)=n+1"])
item("olympiad",['$(-\\frac{1}{2}, \\frac{7}{2})$'],"Circle through origin and intersections; center computed as (-1/2, 7/2).",
 "Completing the square gives the center.", ["(-0.5,\\ 3.5)"], ["\\left(\\frac12,\\frac72\\right)"])
item("gpqa","C","Analyze the options: docking before in vitro ADME is premature... most crucial is combining in silico with in vitro binding assays: option C.",
 "Option (C) is the step that validates predictions before heavy computation.", ["C","\\text{(C)}"], ["B"])
item("gpqa","A","Spin state (3i,4), normalize by 5. <S_y> = ħ/2 * ψ† σ_y ψ / 25 = -12ħ/25.",
 "$\\langle S_y\\rangle = -\\tfrac{12}{25}\\hbar$, which is option (A).", ["A"], ["D"])
item("mmlu","D","Sound diffracts strongly when the opening is comparable to the wavelength... choose (D).",
 "The matching choice is (D).", ["(D)"], ["(A)"])
item("gaokao","D","f(x)=cos(x+π/3). 检查各选项: A 周期 -2π 正确; B 对称轴 x=8π/3 正确; C f(x+π) 零点 正确; D 在 (π/2, π) 单调递减 错误.",
 "逐项检验, 只有 D 错误。", ["D"], ["C"])
item("gaokao","AD","φ = 2π/3. Check each option: A decreasing on (0,5π/12) true; B false; C false; D true.",
 "The correct statements are A and D.", ["AD","A, D"], ["A"])
out={"description":"Second-author batch 14 (held out): realistic long-CoT responses on real benchmark problems, answers in many styles, ~60% correct / ~40% subtly wrong.","cases":C}
json.dump(out,open("/work/main/scratch/heldout2/independent14.json","w"),ensure_ascii=False,indent=1)
print(len(C), sum(c["expected"] for c in C))
