/**
 * Macro, environment and special-character table of pylatexenc 2.10 `latex2text` (default context),
 * generated from pylatexenc (MIT licence, (c) Philippe Faist) by dumping, for each macro, the argument
 * specification of its default `latexwalker` context and the text replacement of its `latex2text`
 * context. Used only by the DeepScaleR-compatible mode, which must reproduce `_parse_latex` of
 * deepscaler/rewards/math_utils/utils.py exactly. Entries: [argspec, replacement, discard].
 * A replacement is a string with `%s` / `%(n)s` placeholders, null (the arguments' text when
 * discard is false, nothing when true), `{accent}` (argument + combining mark), `{font}` (styled
 * letters, approximated by the argument text) or `{args}` (the argument text).
 */

export type MacroRepl = string | null | { accent: string } | { font: string } | { args: true };
export const MACROS: Record<string, [string, MacroRepl, boolean]> = {
" ": [
"",
" ",
true
],
"!": [
"",
"",
true
],
"\"": [
"{",
{
"args": true
},
true
],
"#": [
"",
"#",
true
],
"$": [
"",
"$",
true
],
"%": [
"",
{
"args": true
},
true
],
"&": [
"",
"&",
true
],
"'": [
"{",
{
"accent": "́"
},
true
],
",": [
"",
" ",
true
],
"-": [
"",
"­",
true
],
".": [
"{",
{
"args": true
},
true
],
":": [
"",
" ",
true
],
";": [
"",
" ",
true
],
"=": [
"{",
{
"accent": "̄"
},
true
],
"AA": [
"",
"Å",
true
],
"AE": [
"",
"Æ",
true
],
"Alpha": [
"",
"Α",
true
],
"Angle": [
"",
"⦜",
true
],
"Beta": [
"",
"Β",
true
],
"Bumpeq": [
"",
"≎",
true
],
"CYRA": [
"",
"А",
true
],
"CYRABHCH": [
"",
"Ҽ",
true
],
"CYRABHCHDSC": [
"",
"Ҿ",
true
],
"CYRABHDZE": [
"",
"Ӡ",
true
],
"CYRABHHA": [
"",
"Ҩ",
true
],
"CYRAE": [
"",
"Ӕ",
true
],
"CYRB": [
"",
"Б",
true
],
"CYRBYUS": [
"",
"Ѫ",
true
],
"CYRC": [
"",
"Ц",
true
],
"CYRCH": [
"",
"Ч",
true
],
"CYRCHLDSC": [
"",
"Ӌ",
true
],
"CYRCHRDSC": [
"",
"Ҷ",
true
],
"CYRCHVCRS": [
"",
"Ҹ",
true
],
"CYRD": [
"",
"Д",
true
],
"CYRDJE": [
"",
"Ђ",
true
],
"CYRDZE": [
"",
"Ѕ",
true
],
"CYRDZHE": [
"",
"Џ",
true
],
"CYRE": [
"",
"Е",
true
],
"CYREREV": [
"",
"Э",
true
],
"CYRERY": [
"",
"Ы",
true
],
"CYRF": [
"",
"Ф",
true
],
"CYRFITA": [
"",
"Ѳ",
true
],
"CYRG": [
"",
"Г",
true
],
"CYRGDSC": [
"",
"Ӷ",
true
],
"CYRGDSCHCRS": [
"",
"Ӻ",
true
],
"CYRGHCRS": [
"",
"Ғ",
true
],
"CYRGHK": [
"",
"Ҕ",
true
],
"CYRGUP": [
"",
"Ґ",
true
],
"CYRH": [
"",
"Х",
true
],
"CYRHDSC": [
"",
"Ҳ",
true
],
"CYRHHCRS": [
"",
"Ӿ",
true
],
"CYRHHK": [
"",
"Ӽ",
true
],
"CYRHRDSN": [
"",
"Ъ",
true
],
"CYRI": [
"",
"И",
true
],
"CYRIE": [
"",
"Є",
true
],
"CYRII": [
"",
"І",
true
],
"CYRISHRT": [
"",
"Й",
true
],
"CYRIZH": [
"",
"Ѵ",
true
],
"CYRJE": [
"",
"Ј",
true
],
"CYRK": [
"",
"К",
true
],
"CYRKBEAK": [
"",
"Ҡ",
true
],
"CYRKDSC": [
"",
"Қ",
true
],
"CYRKHCRS": [
"",
"Ҟ",
true
],
"CYRKHK": [
"",
"Ӄ",
true
],
"CYRKVCRS": [
"",
"Ҝ",
true
],
"CYRL": [
"",
"Л",
true
],
"CYRLDSC": [
"",
"Ӆ",
true
],
"CYRLJE": [
"",
"Љ",
true
],
"CYRM": [
"",
"М",
true
],
"CYRMDSC": [
"",
"Ӎ",
true
],
"CYRN": [
"",
"Н",
true
],
"CYRNDSC": [
"",
"Ң",
true
],
"CYRNG": [
"",
"Ҥ",
true
],
"CYRNHK": [
"",
"Ӈ",
true
],
"CYRNJE": [
"",
"Њ",
true
],
"CYRO": [
"",
"О",
true
],
"CYROTLD": [
"",
"Ө",
true
],
"CYRP": [
"",
"П",
true
],
"CYRPHK": [
"",
"Ҧ",
true
],
"CYRR": [
"",
"Р",
true
],
"CYRRTICK": [
"",
"Ҏ",
true
],
"CYRS": [
"",
"С",
true
],
"CYRSCHWA": [
"",
"Ә",
true
],
"CYRSDSC": [
"",
"Ҫ",
true
],
"CYRSEMISFTSN": [
"",
"Ҍ",
true
],
"CYRSFTSN": [
"",
"Ь",
true
],
"CYRSH": [
"",
"Ш",
true
],
"CYRSHCH": [
"",
"Щ",
true
],
"CYRSHHA": [
"",
"Һ",
true
],
"CYRT": [
"",
"Т",
true
],
"CYRTDSC": [
"",
"Ҭ",
true
],
"CYRTETSE": [
"",
"Ҵ",
true
],
"CYRTSHE": [
"",
"Ћ",
true
],
"CYRU": [
"",
"У",
true
],
"CYRUSHRT": [
"",
"Ў",
true
],
"CYRV": [
"",
"В",
true
],
"CYRY": [
"",
"Ү",
true
],
"CYRYA": [
"",
"Я",
true
],
"CYRYAT": [
"",
"Ѣ",
true
],
"CYRYHCRS": [
"",
"Ұ",
true
],
"CYRYI": [
"",
"Ї",
true
],
"CYRYO": [
"",
"Ё",
true
],
"CYRYU": [
"",
"Ю",
true
],
"CYRZ": [
"",
"З",
true
],
"CYRZDSC": [
"",
"Ҙ",
true
],
"CYRZH": [
"",
"Ж",
true
],
"CYRZHDSC": [
"",
"Җ",
true
],
"CYRpalochka": [
"",
"Ӏ",
true
],
"Cap": [
"",
"⋒",
true
],
"Chi": [
"",
"Χ",
true
],
"Citealp": [
"*[[{",
null,
true
],
"Citealt": [
"*[[{",
null,
true
],
"Citeauthor": [
"*[[{",
null,
true
],
"Citep": [
"*[[{",
null,
true
],
"Citet": [
"*[[{",
null,
true
],
"Colon": [
"",
"∷",
true
],
"Cref": [
"{",
"<Ref>",
true
],
"Cup": [
"",
"⋓",
true
],
"DH": [
"",
"Ð",
true
],
"DJ": [
"",
"Đ",
true
],
"DeclareMathOperator": [
"*{{",
null,
true
],
"Delta": [
"",
"Δ",
true
],
"Digamma": [
"",
"Ϝ",
true
],
"DownArrowBar": [
"",
"⤓",
true
],
"DownArrowUpArrow": [
"",
"⇵",
true
],
"DownLeftRightVector": [
"",
"⥐",
true
],
"DownLeftTeeVector": [
"",
"⥞",
true
],
"DownLeftVectorBar": [
"",
"⥖",
true
],
"DownRightTeeVector": [
"",
"⥟",
true
],
"DownRightVectorBar": [
"",
"⥗",
true
],
"Downarrow": [
"",
"⇓",
true
],
"Epsilon": [
"",
"Ε",
true
],
"Equal": [
"",
"⩵",
true
],
"Eta": [
"",
"Η",
true
],
"Gamma": [
"",
"Γ",
true
],
"H": [
"{",
{
"accent": "̋"
},
true
],
"IJ": [
"",
"Ĳ",
true
],
"Ident": [
"",
"𝕀",
true
],
"Iota": [
"",
"Ι",
true
],
"Kappa": [
"",
"Κ",
true
],
"Koppa": [
"",
"Ϟ",
true
],
"L": [
"",
"Ł",
true
],
"Lambda": [
"",
"Λ",
true
],
"LeftDownTeeVector": [
"",
"⥡",
true
],
"LeftDownVectorBar": [
"",
"⥙",
true
],
"LeftRightVector": [
"",
"⥎",
true
],
"LeftTeeVector": [
"",
"⥚",
true
],
"LeftTriangleBar": [
"",
"⧏",
true
],
"LeftUpDownVector": [
"",
"⥑",
true
],
"LeftUpTeeVector": [
"",
"⥠",
true
],
"LeftUpVectorBar": [
"",
"⥘",
true
],
"LeftVectorBar": [
"",
"⥒",
true
],
"Leftarrow": [
"",
"⇐",
true
],
"Leftrightarrow": [
"",
"⇔",
true
],
"Lleftarrow": [
"",
"⇚",
true
],
"Longleftarrow": [
"",
"⟸",
true
],
"Longleftrightarrow": [
"",
"⟺",
true
],
"Longrightarrow": [
"",
"⟹",
true
],
"Lsh": [
"",
"↰",
true
],
"Mu": [
"",
"Μ",
true
],
"NG": [
"",
"Ŋ",
true
],
"NestedGreaterGreater": [
"",
"⪢",
true
],
"NestedLessLess": [
"",
"⪡",
true
],
"Nu": [
"",
"Ν",
true
],
"O": [
"",
"Ø",
true
],
"OE": [
"",
"Œ",
true
],
"Omega": [
"",
"Ω",
true
],
"Omicron": [
"",
"Ο",
true
],
"Phi": [
"",
"Φ",
true
],
"Pi": [
"",
"Π",
true
],
"Psi": [
"",
"Ψ",
true
],
"RequirePackage": [
"[{",
null,
true
],
"ReverseUpEquilibrium": [
"",
"⥯",
true
],
"Rho": [
"",
"Ρ",
true
],
"RightDownTeeVector": [
"",
"⥝",
true
],
"RightDownVectorBar": [
"",
"⥕",
true
],
"RightTeeVector": [
"",
"⥛",
true
],
"RightTriangleBar": [
"",
"⧐",
true
],
"RightUpDownVector": [
"",
"⥏",
true
],
"RightUpTeeVector": [
"",
"⥜",
true
],
"RightUpVectorBar": [
"",
"⥔",
true
],
"RightVectorBar": [
"",
"⥓",
true
],
"Rightarrow": [
"",
"⇒",
true
],
"RoundImplies": [
"",
"⥰",
true
],
"Rrightarrow": [
"",
"⇛",
true
],
"Rsh": [
"",
"↱",
true
],
"RuleDelayed": [
"",
"⧴",
true
],
"Sampi": [
"",
"Ϡ",
true
],
"Sigma": [
"",
"Σ",
true
],
"Stigma": [
"",
"Ϛ",
true
],
"Subset": [
"",
"⋐",
true
],
"Supset": [
"",
"⋑",
true
],
"TH": [
"",
"Þ",
true
],
"Tau": [
"",
"Τ",
true
],
"Theta": [
"",
"Θ",
true
],
"UebungAttachedSolutionTitle": [
"{",
null,
true
],
"UebungAttachedSolutionTitleFont": [
"{",
null,
true
],
"UebungAttachedSolutionTitleTop": [
"{",
null,
true
],
"UebungDueBy": [
"{",
null,
true
],
"UebungDueByLabel": [
"{",
null,
true
],
"UebungExTitleFont": [
"{",
null,
true
],
"UebungHinweisFont": [
"{",
null,
true
],
"UebungHinweisLabel": [
"{",
null,
true
],
"UebungHinweiseLabel": [
"{",
null,
true
],
"UebungLabel": [
"{",
null,
true
],
"UebungLabelEnum": [
"{",
null,
true
],
"UebungLabelEnumSub": [
"{",
null,
true
],
"UebungLanguage": [
"{",
null,
true
],
"UebungLecture": [
"{",
null,
true
],
"UebungLecturer": [
"{",
null,
true
],
"UebungLoesungFont": [
"{",
null,
true
],
"UebungLogoFile": [
"{",
null,
true
],
"UebungProf": [
"{",
null,
true
],
"UebungSemester": [
"{",
null,
true
],
"UebungSolEquationLabel": [
"{",
null,
true
],
"UebungSolLabel": [
"{",
null,
true
],
"UebungStyle": [
"{",
null,
true
],
"UebungSubExTitleFont": [
"{",
null,
true
],
"UebungSubLabel": [
"{",
null,
true
],
"UebungTextAttachedSolution": [
"{",
null,
true
],
"UebungTipsEquationLabel": [
"{",
null,
true
],
"UebungTipsFont": [
"{",
null,
true
],
"UebungTipsLabel": [
"{",
null,
true
],
"UebungTitleCenterVSpacing": [
"{",
null,
true
],
"UebungsblattNumber": [
"{",
null,
true
],
"UebungsblattTitleFont": [
"{",
null,
true
],
"UebungsblattTitleSeries": [
"{",
null,
true
],
"UebungsblattTitleSolutions": [
"{",
null,
true
],
"UebungsblattTitleTips": [
"{",
null,
true
],
"UpArrowBar": [
"",
"⤒",
true
],
"UpEquilibrium": [
"",
"⥮",
true
],
"Uparrow": [
"",
"⇑",
true
],
"Updownarrow": [
"",
"⇕",
true
],
"Upsilon": [
"",
"Υ",
true
],
"VDash": [
"",
"⊫",
true
],
"Vdash": [
"",
"⊩",
true
],
"Vert": [
"",
"‖",
true
],
"Vvdash": [
"",
"⊪",
true
],
"Xi": [
"",
"Ξ",
true
],
"Zeta": [
"",
"Ζ",
true
],
"\\": [
"*[",
"\n",
true
],
"^": [
"{",
{
"accent": "̂"
},
true
],
"_": [
"",
"_",
true
],
"`": [
"{",
{
"accent": "̀"
},
true
],
"aa": [
"",
"å",
true
],
"acute": [
"{",
{
"accent": "́"
},
true
],
"addcounter": [
"[{{",
null,
true
],
"addlength": [
"[{{",
null,
true
],
"ae": [
"",
"æ",
true
],
"aleph": [
"",
"ℵ",
true
],
"allequal": [
"",
"≌",
true
],
"alpha": [
"",
"α",
true
],
"amalg": [
"",
"⨿",
true
],
"angle": [
"",
"∠",
true
],
"approx": [
"",
"≈",
true
],
"approxeq": [
"",
"≊",
true
],
"approxnotequal": [
"",
"≆",
true
],
"aquarius": [
"",
"♒",
true
],
"arccos": [
"",
"arccos",
true
],
"arccosh": [
"",
"arccosh",
true
],
"arcsin": [
"",
"arcsin",
true
],
"arcsinh": [
"",
"arcsinh",
true
],
"arctan": [
"",
"arctan",
true
],
"arctanh": [
"",
"arctanh",
true
],
"aries": [
"",
"♈",
true
],
"arrowwaveleft": [
"",
"↜",
true
],
"arrowwaveright": [
"",
"↝",
true
],
"ast": [
"",
"∗",
true
],
"asymp": [
"",
"≍",
true
],
"author": [
"{",
{
"args": true
},
true
],
"autoref": [
"{",
"<ref>",
true
],
"b": [
"{",
{
"accent": "̱"
},
true
],
"backepsilon": [
"",
"϶",
true
],
"backprime": [
"",
"‵",
true
],
"backsim": [
"",
"∽",
true
],
"backsimeq": [
"",
"⋍",
true
],
"backslash": [
"",
"\\",
true
],
"bar": [
"{",
{
"accent": "̅"
},
true
],
"barwedge": [
"",
"⌅",
true
],
"because": [
"",
"∵",
true
],
"beta": [
"",
"β",
true
],
"beth": [
"",
"ℶ",
true
],
"between": [
"",
"≬",
true
],
"bibliography": [
"{",
null,
true
],
"bigcap": [
"",
"⋂",
true
],
"bigcirc": [
"",
"◯",
true
],
"bigcup": [
"",
"⋃",
true
],
"bigoplus": [
"",
"⊕",
true
],
"bigotimes": [
"",
"⊗",
true
],
"bigtriangledown": [
"",
"▽",
true
],
"bigtriangleup": [
"",
"△",
true
],
"bigvee": [
"",
"⋁",
true
],
"bigwedge": [
"",
"⋀",
true
],
"blacklozenge": [
"",
"⧫",
true
],
"blacksquare": [
"",
"▪",
true
],
"blacktriangle": [
"",
"▴",
true
],
"blacktriangledown": [
"",
"▾",
true
],
"blacktriangleleft": [
"",
"◂",
true
],
"blacktriangleright": [
"",
"▸",
true
],
"bowtie": [
"",
"⋈",
true
],
"boxdot": [
"",
"⊡",
true
],
"boxframe": [
"{{{",
null,
true
],
"boxminus": [
"",
"⊟",
true
],
"boxplus": [
"",
"⊞",
true
],
"boxtimes": [
"",
"⊠",
true
],
"bra": [
"{",
"⟨%s|",
true
],
"braket": [
"{{",
"⟨%s|%s⟩",
true
],
"breve": [
"{",
{
"accent": "̆"
},
true
],
"bullet": [
"",
"∙",
true
],
"bumpeq": [
"",
"≏",
true
],
"c": [
"{",
{
"accent": "̧"
},
true
],
"cancer": [
"",
"♋",
true
],
"cap": [
"",
"∩",
true
],
"capricornus": [
"",
"♑",
true
],
"cdot": [
"",
"·",
true
],
"cdots": [
"",
"⋯",
true
],
"chapter": [
"*[{",
{
"args": true
},
true
],
"check": [
"{",
{
"accent": "̌"
},
true
],
"chi": [
"",
"χ",
true
],
"circ": [
"",
"∘",
true
],
"circeq": [
"",
"≗",
true
],
"circlearrowleft": [
"",
"↺",
true
],
"circlearrowright": [
"",
"↻",
true
],
"circledS": [
"",
"Ⓢ",
true
],
"circledast": [
"",
"⊛",
true
],
"circledcirc": [
"",
"⊚",
true
],
"circleddash": [
"",
"⊝",
true
],
"cite": [
"*[[{",
"<cit.>",
true
],
"citealp": [
"*[[{",
null,
true
],
"citealt": [
"*[[{",
null,
true
],
"citeauthor": [
"*[[{",
null,
true
],
"citefullauthor": [
"[[{",
null,
true
],
"citenum": [
"{",
null,
true
],
"citep": [
"*[[{",
"<cit.>",
true
],
"citepalias": [
"[[{",
null,
true
],
"citet": [
"*[[{",
"<cit.>",
true
],
"citetalias": [
"[[{",
null,
true
],
"citetext": [
"{",
null,
true
],
"citeyear": [
"[[{",
null,
true
],
"citeyearpar": [
"[[{",
null,
true
],
"clockoint": [
"",
"⨏",
true
],
"clwintegral": [
"",
"∱",
true
],
"color": [
"[{",
null,
true
],
"colorbox": [
"[{{",
"%(3)s",
true
],
"colorlet": [
"[{[{",
null,
true
],
"complement": [
"",
"∁",
true
],
"cong": [
"",
"≅",
true
],
"coprod": [
"",
"∐",
true
],
"cos": [
"",
"cos",
true
],
"cosh": [
"",
"cosh",
true
],
"cref": [
"{",
"<ref>",
true
],
"cup": [
"",
"∪",
true
],
"curlyeqprec": [
"",
"⋞",
true
],
"curlyeqsucc": [
"",
"⋟",
true
],
"curlyvee": [
"",
"⋎",
true
],
"curlywedge": [
"",
"⋏",
true
],
"curvearrowleft": [
"",
"↶",
true
],
"curvearrowright": [
"",
"↷",
true
],
"cyra": [
"",
"а",
true
],
"cyrabhch": [
"",
"ҽ",
true
],
"cyrabhchdsc": [
"",
"ҿ",
true
],
"cyrabhdze": [
"",
"ӡ",
true
],
"cyrabhha": [
"",
"ҩ",
true
],
"cyrae": [
"",
"ӕ",
true
],
"cyrb": [
"",
"б",
true
],
"cyrbyus": [
"",
"ѫ",
true
],
"cyrc": [
"",
"ц",
true
],
"cyrch": [
"",
"ч",
true
],
"cyrchldsc": [
"",
"ӌ",
true
],
"cyrchrdsc": [
"",
"ҷ",
true
],
"cyrchvcrs": [
"",
"ҹ",
true
],
"cyrd": [
"",
"д",
true
],
"cyrdje": [
"",
"ђ",
true
],
"cyrdze": [
"",
"ѕ",
true
],
"cyrdzhe": [
"",
"џ",
true
],
"cyre": [
"",
"е",
true
],
"cyrerev": [
"",
"э",
true
],
"cyrery": [
"",
"ы",
true
],
"cyrf": [
"",
"ф",
true
],
"cyrfita": [
"",
"ѳ",
true
],
"cyrg": [
"",
"г",
true
],
"cyrgdsc": [
"",
"ӷ",
true
],
"cyrgdschcrs": [
"",
"ӻ",
true
],
"cyrghcrs": [
"",
"ғ",
true
],
"cyrghk": [
"",
"ҕ",
true
],
"cyrgup": [
"",
"ґ",
true
],
"cyrh": [
"",
"х",
true
],
"cyrhdsc": [
"",
"ҳ",
true
],
"cyrhhcrs": [
"",
"ӿ",
true
],
"cyrhhk": [
"",
"ӽ",
true
],
"cyrhrdsn": [
"",
"ъ",
true
],
"cyri": [
"",
"и",
true
],
"cyrie": [
"",
"є",
true
],
"cyrii": [
"",
"і",
true
],
"cyrishrt": [
"",
"й",
true
],
"cyrizh": [
"",
"ѵ",
true
],
"cyrje": [
"",
"ј",
true
],
"cyrk": [
"",
"к",
true
],
"cyrkbeak": [
"",
"ҡ",
true
],
"cyrkdsc": [
"",
"қ",
true
],
"cyrkhcrs": [
"",
"ҟ",
true
],
"cyrkhk": [
"",
"ӄ",
true
],
"cyrkvcrs": [
"",
"ҝ",
true
],
"cyrl": [
"",
"л",
true
],
"cyrldsc": [
"",
"ӆ",
true
],
"cyrlje": [
"",
"љ",
true
],
"cyrm": [
"",
"м",
true
],
"cyrmdsc": [
"",
"ӎ",
true
],
"cyrn": [
"",
"н",
true
],
"cyrndsc": [
"",
"ң",
true
],
"cyrng": [
"",
"ҥ",
true
],
"cyrnhk": [
"",
"ӈ",
true
],
"cyrnje": [
"",
"њ",
true
],
"cyro": [
"",
"о",
true
],
"cyrotld": [
"",
"ө",
true
],
"cyrp": [
"",
"п",
true
],
"cyrphk": [
"",
"ҧ",
true
],
"cyrr": [
"",
"р",
true
],
"cyrrtick": [
"",
"ҏ",
true
],
"cyrs": [
"",
"с",
true
],
"cyrschwa": [
"",
"ә",
true
],
"cyrsdsc": [
"",
"ҫ",
true
],
"cyrsemisftsn": [
"",
"ҍ",
true
],
"cyrsftsn": [
"",
"ь",
true
],
"cyrsh": [
"",
"ш",
true
],
"cyrshch": [
"",
"щ",
true
],
"cyrshha": [
"",
"һ",
true
],
"cyrt": [
"",
"т",
true
],
"cyrtdsc": [
"",
"ҭ",
true
],
"cyrtetse": [
"",
"ҵ",
true
],
"cyrtshe": [
"",
"ћ",
true
],
"cyru": [
"",
"у",
true
],
"cyrushrt": [
"",
"ў",
true
],
"cyrv": [
"",
"в",
true
],
"cyry": [
"",
"ү",
true
],
"cyrya": [
"",
"я",
true
],
"cyryat": [
"",
"ѣ",
true
],
"cyryhcrs": [
"",
"ұ",
true
],
"cyryi": [
"",
"ї",
true
],
"cyryo": [
"",
"ё",
true
],
"cyryu": [
"",
"ю",
true
],
"cyrz": [
"",
"з",
true
],
"cyrzdsc": [
"",
"ҙ",
true
],
"cyrzh": [
"",
"ж",
true
],
"cyrzhdsc": [
"",
"җ",
true
],
"d": [
"{",
{
"accent": "̣"
},
true
],
"dag": [
"",
"†",
true
],
"dagger": [
"",
"†",
true
],
"daleth": [
"",
"ℸ",
true
],
"dashv": [
"",
"⊣",
true
],
"date": [
"{",
{
"args": true
},
true
],
"dblarrowupdown": [
"",
"⇅",
true
],
"ddddot": [
"",
"⃜",
true
],
"dddot": [
"",
"⃛",
true
],
"ddot": [
"{",
{
"args": true
},
true
],
"ddots": [
"",
"⋱",
true
],
"defcitealias": [
"{{",
null,
true
],
"definecolor": [
"[{{{",
null,
true
],
"delta": [
"",
"δ",
true
],
"dh": [
"",
"ð",
true
],
"diagup": [
"",
"╱",
true
],
"diamond": [
"",
"♢",
true
],
"digamma": [
"",
"ϝ",
true
],
"div": [
"",
"÷",
true
],
"divideontimes": [
"",
"⋇",
true
],
"dj": [
"",
"đ",
true
],
"documentclass": [
"[{",
null,
true
],
"dot": [
"{",
{
"args": true
},
true
],
"doteq": [
"",
"≐",
true
],
"doteqdot": [
"",
"≑",
true
],
"dotplus": [
"",
"∔",
true
],
"dots": [
"",
"…",
true
],
"dotsb": [
"",
"…",
true
],
"dotsc": [
"",
"…",
true
],
"dotsi": [
"",
"…",
true
],
"dotsm": [
"",
"…",
true
],
"dotso": [
"",
"…",
true
],
"downarrow": [
"",
"↓",
true
],
"downdownarrows": [
"",
"⇊",
true
],
"downharpoonleft": [
"",
"⇃",
true
],
"downharpoonright": [
"",
"⇂",
true
],
"downslopeellipsis": [
"",
"⋱",
true
],
"eighthnote": [
"",
"♪",
true
],
"ell": [
"",
"ℓ",
true
],
"emph": [
"{",
null,
false
],
"emptyset": [
"",
"∅",
true
],
"enskip": [
"",
" ",
true
],
"ensuremath": [
"{",
null,
true
],
"epsilon": [
"",
"ϵ",
true
],
"eqcirc": [
"",
"≖",
true
],
"eqref": [
"{",
"(<ref>)",
true
],
"eqslantgtr": [
"",
"⪖",
true
],
"eqslantless": [
"",
"⪕",
true
],
"equiv": [
"",
"≡",
true
],
"estimates": [
"",
"≙",
true
],
"eta": [
"",
"η",
true
],
"eth": [
"",
"ƪ",
true
],
"exenumfulllabel": [
"{",
null,
true
],
"exercise": [
"{[",
{
"args": true
},
true
],
"exists": [
"",
"∃",
true
],
"exp": [
"",
"exp",
true
],
"fallingdotseq": [
"",
"≒",
true
],
"fcolorbox": [
"[{[{{",
"%(5)s",
true
],
"flat": [
"",
"♭",
true
],
"footnote": [
"[{",
"[%(2)s]",
true
],
"forall": [
"",
"∀",
true
],
"forcesextra": [
"",
"⊨",
true
],
"frac": [
"{{",
"%s/%s",
true
],
"frown": [
"",
"⌢",
true
],
"gamma": [
"",
"γ",
true
],
"ge": [
"",
"≥",
true
],
"gemini": [
"",
"♊",
true
],
"geq": [
"",
"≥",
true
],
"geqq": [
"",
"≧",
true
],
"geqslant": [
"",
"⩾",
true
],
"gg": [
"",
"≫",
true
],
"gimel": [
"",
"ℷ",
true
],
"gnapprox": [
"",
"⪊",
true
],
"gneq": [
"",
"⪈",
true
],
"gneqq": [
"",
"≩",
true
],
"gnsim": [
"",
"⋧",
true
],
"grave": [
"{",
{
"accent": "̀"
},
true
],
"greaterequivlnt": [
"",
"≳",
true
],
"gtrapprox": [
"",
"⪆",
true
],
"gtrdot": [
"",
"⋗",
true
],
"gtreqless": [
"",
"⋛",
true
],
"gtreqqless": [
"",
"⪌",
true
],
"gtrless": [
"",
"≷",
true
],
"gtrsim": [
"",
"≳",
true
],
"guillemotleft": [
"",
"«",
true
],
"guillemotright": [
"",
"»",
true
],
"guilsinglleft": [
"",
"‹",
true
],
"guilsinglright": [
"",
"›",
true
],
"hat": [
"{",
{
"accent": "̂"
},
true
],
"hbar": [
"",
"ħ",
true
],
"hermitconjmatrix": [
"",
"⊹",
true
],
"hint": [
"{",
"Hint: %s",
true
],
"hints": [
"{",
"Hints: %s",
true
],
"hinweis": [
"{",
"Hinweis: %s",
true
],
"hinweise": [
"{",
"Hinweise: %s",
true
],
"homothetic": [
"",
"∻",
true
],
"hookleftarrow": [
"",
"↩",
true
],
"hookrightarrow": [
"",
"↪",
true
],
"hphantom": [
"[{",
null,
true
],
"href": [
"",
{
"args": true
},
true
],
"hslash": [
"",
"ℏ",
true
],
"hspace": [
"*{",
"",
true
],
"hypersetup": [
"{",
null,
true
],
"i": [
"",
"ı",
true
],
"id": [
"",
"𝕀",
true
],
"iddots": [
"",
"⋰",
true
],
"iiint": [
"",
"∭",
true
],
"iint": [
"",
"∬",
true
],
"ij": [
"",
"ĳ",
true
],
"image": [
"",
"⊷",
true
],
"in": [
"",
"∈",
true
],
"include": [
"{",
{
"args": true
},
true
],
"includegraphics": [
"[{",
{
"args": true
},
true
],
"inf": [
"",
"inf",
true
],
"infty": [
"",
"∞",
true
],
"input": [
"{",
{
"args": true
},
true
],
"int": [
"",
"∫",
true
],
"intercal": [
"",
"⊺",
true
],
"iota": [
"",
"ι",
true
],
"item": [
"[",
{
"args": true
},
true
],
"j": [
"",
"ȷ",
true
],
"jupiter": [
"",
"♃",
true
],
"k": [
"{",
{
"accent": "̨"
},
true
],
"kappa": [
"",
"κ",
true
],
"ket": [
"{",
"|%s⟩",
true
],
"ketbra": [
"{{",
"|%s⟩⟨%s|",
true
],
"keywords": [
"{",
null,
true
],
"l": [
"",
"ł",
true
],
"lVert": [
"",
"‖",
true
],
"label": [
"{",
null,
true
],
"lambda": [
"",
"λ",
true
],
"langle": [
"",
"⟨",
true
],
"lazysinv": [
"",
"∾",
true
],
"lbrace": [
"",
"{",
true
],
"lceil": [
"",
"⌈",
true
],
"ldots": [
"",
"…",
true
],
"le": [
"",
"≤",
true
],
"leftarrow": [
"",
"←",
true
],
"leftarrowtail": [
"",
"↢",
true
],
"leftharpoondown": [
"",
"↽",
true
],
"leftharpoonup": [
"",
"↼",
true
],
"leftleftarrows": [
"",
"⇇",
true
],
"leftrightarrow": [
"",
"↔",
true
],
"leftrightarrows": [
"",
"⇆",
true
],
"leftrightharpoons": [
"",
"⇋",
true
],
"leftrightsquigarrow": [
"",
"↭",
true
],
"leftthreetimes": [
"",
"⋋",
true
],
"leo": [
"",
"♌",
true
],
"leq": [
"",
"≤",
true
],
"leqq": [
"",
"≦",
true
],
"leqslant": [
"",
"⩽",
true
],
"lessapprox": [
"",
"⪅",
true
],
"lessdot": [
"",
"⋖",
true
],
"lesseqgtr": [
"",
"⋚",
true
],
"lesseqqgtr": [
"",
"⪋",
true
],
"lessequivlnt": [
"",
"≲",
true
],
"lessgtr": [
"",
"≶",
true
],
"lesssim": [
"",
"≲",
true
],
"lfloor": [
"",
"⌊",
true
],
"libra": [
"",
"♎",
true
],
"lim": [
"",
"lim",
true
],
"liminf": [
"",
"lim inf",
true
],
"limsup": [
"",
"lim sup",
true
],
"ll": [
"",
"≪",
true
],
"llcorner": [
"",
"⌞",
true
],
"lmoustache": [
"",
"⎰",
true
],
"ln": [
"",
"ln",
true
],
"lnapprox": [
"",
"⪉",
true
],
"lneq": [
"",
"⪇",
true
],
"lneqq": [
"",
"≨",
true
],
"lnot": [
"",
"¬",
true
],
"lnsim": [
"",
"⋦",
true
],
"log": [
"",
"log",
true
],
"longleftarrow": [
"",
"⟵",
true
],
"longleftrightarrow": [
"",
"⟷",
true
],
"longmapsto": [
"",
"⟼",
true
],
"longrightarrow": [
"",
"⟶",
true
],
"looparrowleft": [
"",
"↫",
true
],
"looparrowright": [
"",
"↬",
true
],
"lozenge": [
"",
"◊",
true
],
"lrcorner": [
"",
"⌟",
true
],
"ltimes": [
"",
"⋉",
true
],
"lvert": [
"",
"|",
true
],
"maketitle": [
"",
{
"args": true
},
true
],
"male": [
"",
"♂",
true
],
"mapsto": [
"",
"↦",
true
],
"mathbb": [
"{",
{
"font": "mathbb"
},
true
],
"mathbf": [
"{",
{
"font": "mathbf"
},
true
],
"mathcal": [
"{",
{
"font": "mathcal"
},
true
],
"mathfrak": [
"{",
{
"font": "mathfrak"
},
true
],
"mathit": [
"{",
{
"font": "mathit"
},
true
],
"mathrm": [
"{",
null,
false
],
"mathscr": [
"{",
{
"font": "mathscr"
},
true
],
"mathsf": [
"{",
{
"font": "mathsf"
},
true
],
"mathtt": [
"{",
{
"font": "mathtt"
},
true
],
"max": [
"",
"max",
true
],
"mbox": [
"{",
null,
true
],
"measuredangle": [
"",
"∡",
true
],
"mercury": [
"",
"☿",
true
],
"mho": [
"",
"℧",
true
],
"mid": [
"",
"|",
true
],
"min": [
"",
"min",
true
],
"mp": [
"",
"∓",
true
],
"mu": [
"",
"μ",
true
],
"multimap": [
"",
"⊸",
true
],
"nLeftarrow": [
"",
"⇍",
true
],
"nLeftrightarrow": [
"",
"⇎",
true
],
"nRightarrow": [
"",
"⇏",
true
],
"nVDash": [
"",
"⊯",
true
],
"nVdash": [
"",
"⊮",
true
],
"nabla": [
"",
"∇",
true
],
"natural": [
"",
"♮",
true
],
"nearrow": [
"",
"↗",
true
],
"neptune": [
"",
"♆",
true
],
"neq": [
"",
"≠",
true
],
"newcommand": [
"*{[[{",
null,
true
],
"newenvironment": [
"*{[[{{",
null,
true
],
"nexists": [
"",
"∄",
true
],
"ng": [
"",
"ŋ",
true
],
"ngeq": [
"",
"≱",
true
],
"ngtr": [
"",
"≯",
true
],
"ni": [
"",
"∋",
true
],
"nicefrac": [
"{{",
"%s/%s",
true
],
"nleftarrow": [
"",
"↚",
true
],
"nleftrightarrow": [
"",
"↮",
true
],
"nleq": [
"",
"≰",
true
],
"nless": [
"",
"≮",
true
],
"nmid": [
"",
"∤",
true
],
"nolinebreak": [
"",
"⁠",
true
],
"not": [
"{",
{
"accent": "̸"
},
true
],
"notgreaterless": [
"",
"≹",
true
],
"notin": [
"",
"∉",
true
],
"notlessgreater": [
"",
"≸",
true
],
"nparallel": [
"",
"∦",
true
],
"nprec": [
"",
"⊀",
true
],
"nrightarrow": [
"",
"↛",
true
],
"nsubseteq": [
"",
"⊈",
true
],
"nsucc": [
"",
"⊁",
true
],
"nsupseteq": [
"",
"⊉",
true
],
"ntriangleleft": [
"",
"⋪",
true
],
"ntrianglelefteq": [
"",
"⋬",
true
],
"ntriangleright": [
"",
"⋫",
true
],
"ntrianglerighteq": [
"",
"⋭",
true
],
"nu": [
"",
"ν",
true
],
"nvDash": [
"",
"⊭",
true
],
"nvdash": [
"",
"⊬",
true
],
"nwarrow": [
"",
"↖",
true
],
"o": [
"",
"ø",
true
],
"odot": [
"",
"⊙",
true
],
"oe": [
"",
"œ",
true
],
"oint": [
"",
"∮",
true
],
"omega": [
"",
"ω",
true
],
"omicron": [
"",
"ο",
true
],
"ominus": [
"",
"⊖",
true
],
"openbracketleft": [
"",
"〚",
true
],
"openbracketright": [
"",
"〛",
true
],
"oplus": [
"",
"⊕",
true
],
"original": [
"",
"⊶",
true
],
"oslash": [
"",
"⊘",
true
],
"otimes": [
"",
"⊗",
true
],
"overbrace": [
"{",
"%s",
true
],
"overbracket": [
"{",
"%s",
true
],
"overgroup": [
"{",
"%s",
true
],
"overleftarrow": [
"{",
"%s",
true
],
"overleftharpoon": [
"{",
"%s",
true
],
"overleftrightarrow": [
"{",
"%s",
true
],
"overline": [
"{",
"%s",
true
],
"overlinesegment": [
"{",
"%s",
true
],
"overrightarrow": [
"{",
"%s",
true
],
"overrightharpoon": [
"{",
"%s",
true
],
"pagagraph": [
"*[{",
null,
true
],
"pagecolor": [
"[{",
null,
true
],
"paragraph": [
"",
{
"args": true
},
true
],
"parallel": [
"",
"∥",
true
],
"part": [
"",
{
"args": true
},
true
],
"partial": [
"",
"∂",
true
],
"pdfloesung": [
"[{",
null,
true
],
"pdfsolution": [
"[{",
null,
true
],
"perp": [
"",
"⊥",
true
],
"perspcorrespond": [
"",
"⩞",
true
],
"phi": [
"",
"ϕ",
true
],
"pi": [
"",
"π",
true
],
"pisces": [
"",
"♓",
true
],
"pitchfork": [
"",
"⋔",
true
],
"pluto": [
"",
"♇",
true
],
"pm": [
"",
"±",
true
],
"prec": [
"",
"≺",
true
],
"precapprox": [
"",
"⪷",
true
],
"preccurlyeq": [
"",
"≼",
true
],
"precedesnotsimilar": [
"",
"⋨",
true
],
"preceq": [
"",
"≼",
true
],
"precnapprox": [
"",
"⪹",
true
],
"precneqq": [
"",
"⪵",
true
],
"precsim": [
"",
"≾",
true
],
"prime": [
"",
"'",
true
],
"prod": [
"",
"∏",
true
],
"propto": [
"",
"∝",
true
],
"providecolor": [
"[{{{",
null,
true
],
"providecommand": [
"*{[[{",
null,
true
],
"provideenvironment": [
"*{[[{{",
null,
true
],
"psi": [
"",
"ψ",
true
],
"qquad": [
"",
"    ",
true
],
"quad": [
"",
"  ",
true
],
"quarternote": [
"",
"♩",
true
],
"quotedblbase": [
"",
"„",
true
],
"quotesinglbase": [
"",
"‚",
true
],
"r": [
"{",
{
"accent": "̊"
},
true
],
"rVert": [
"",
"‖",
true
],
"rangle": [
"",
"⟩",
true
],
"rbrace": [
"",
"}",
true
],
"rceil": [
"",
"⌉",
true
],
"recorder": [
"",
"⌕",
true
],
"ref": [
"{",
"<ref>",
true
],
"renewcommand": [
"*{[[{",
null,
true
],
"renewenvironment": [
"*{[[{{",
null,
true
],
"rfloor": [
"",
"⌋",
true
],
"rho": [
"",
"ρ",
true
],
"rightangle": [
"",
"∟",
true
],
"rightanglearc": [
"",
"⊾",
true
],
"rightarrow": [
"",
"→",
true
],
"rightarrowtail": [
"",
"↣",
true
],
"rightharpoondown": [
"",
"⇁",
true
],
"rightharpoonup": [
"",
"⇀",
true
],
"rightleftarrows": [
"",
"⇄",
true
],
"rightleftharpoons": [
"",
"⇌",
true
],
"rightmoon": [
"",
"☾",
true
],
"rightrightarrows": [
"",
"⇉",
true
],
"rightsquigarrow": [
"",
"⇝",
true
],
"rightthreetimes": [
"",
"⋌",
true
],
"risingdotseq": [
"",
"≓",
true
],
"rmoustache": [
"",
"⎱",
true
],
"rowcolors": [
"*[{{{",
null,
true
],
"rtimes": [
"",
"⋊",
true
],
"rvert": [
"",
"|",
true
],
"sagittarius": [
"",
"♐",
true
],
"saturn": [
"",
"♄",
true
],
"scorpio": [
"",
"♏",
true
],
"searrow": [
"",
"↘",
true
],
"section": [
"*[{",
{
"args": true
},
true
],
"selectlanguage": [
"[{",
null,
true
],
"setcounter": [
"[{{",
null,
true
],
"setlength": [
"[{{",
null,
true
],
"setminus": [
"",
"∖",
true
],
"sharp": [
"",
"♯",
true
],
"sigma": [
"",
"σ",
true
],
"sim": [
"",
"∼",
true
],
"simeq": [
"",
"≃",
true
],
"sin": [
"",
"sin",
true
],
"sinh": [
"",
"sinh",
true
],
"smallsetminus": [
"",
"∖",
true
],
"smile": [
"",
"⌣",
true
],
"sphericalangle": [
"",
"∢",
true
],
"sqcap": [
"",
"⊓",
true
],
"sqcup": [
"",
"⊔",
true
],
"sqrint": [
"",
"⨖",
true
],
"sqrt": [
"[{",
"√(%(2)s)",
true
],
"sqsubset": [
"",
"⊏",
true
],
"sqsubseteq": [
"",
"⊑",
true
],
"sqsupset": [
"",
"⊐",
true
],
"sqsupseteq": [
"",
"⊒",
true
],
"square": [
"",
"□",
true
],
"ss": [
"",
"ß",
true
],
"star": [
"",
"⋆",
true
],
"starequal": [
"",
"≛",
true
],
"subexercise": [
"{",
null,
true
],
"subparagraph": [
"*[{",
{
"args": true
},
true
],
"subsection": [
"*[{",
{
"args": true
},
true
],
"subset": [
"",
"⊂",
true
],
"subseteq": [
"",
"⊆",
true
],
"subseteqq": [
"",
"⫅",
true
],
"subsetneq": [
"",
"⊊",
true
],
"subsetneqq": [
"",
"⫋",
true
],
"subsubsection": [
"*[{",
{
"args": true
},
true
],
"subuebung": [
"{",
null,
true
],
"succ": [
"",
"≻",
true
],
"succapprox": [
"",
"⪸",
true
],
"succcurlyeq": [
"",
"≽",
true
],
"succeq": [
"",
"≽",
true
],
"succnapprox": [
"",
"⪺",
true
],
"succneqq": [
"",
"⪶",
true
],
"succnsim": [
"",
"⋩",
true
],
"succsim": [
"",
"≿",
true
],
"sum": [
"",
"∑",
true
],
"sup": [
"",
"sup",
true
],
"supset": [
"",
"⊃",
true
],
"supseteq": [
"",
"⊇",
true
],
"supseteqq": [
"",
"⫆",
true
],
"supsetneq": [
"",
"⊋",
true
],
"supsetneqq": [
"",
"⫌",
true
],
"surd": [
"",
"√",
true
],
"surfintegral": [
"",
"∯",
true
],
"swarrow": [
"",
"↙",
true
],
"tan": [
"",
"tan",
true
],
"tanh": [
"",
"tanh",
true
],
"tau": [
"",
"τ",
true
],
"taurus": [
"",
"♉",
true
],
"texorpdfstring": [
"{{",
{
"args": true
},
true
],
"text": [
"{",
null,
false
],
"textTheta": [
"",
"ϴ",
true
],
"textacutedbl": [
"",
"˝",
true
],
"textasciiacute": [
"",
"´",
true
],
"textasciibreve": [
"",
"˘",
true
],
"textasciicaron": [
"",
"ˇ",
true
],
"textasciicircum": [
"",
"ˆ",
true
],
"textasciidieresis": [
"",
"¨",
true
],
"textasciigrave": [
"",
"`",
true
],
"textasciimacron": [
"",
"¯",
true
],
"textasciitilde": [
"",
"~",
true
],
"textasteriskcentered": [
"",
"⁎",
true
],
"textbackslash": [
"",
"\\",
true
],
"textbaht": [
"",
"฿",
true
],
"textbf": [
"{",
null,
false
],
"textbigcircle": [
"",
"◯",
true
],
"textblank": [
"",
"␢",
true
],
"textbrokenbar": [
"",
"¦",
true
],
"textbullet": [
"",
"•",
true
],
"textcelsius": [
"",
"℃",
true
],
"textcent": [
"",
"¢",
true
],
"textcircledP": [
"",
"℗",
true
],
"textcolonmonetary": [
"",
"₡",
true
],
"textcolor": [
"[{{",
"%(3)s",
true
],
"textcompwordmark": [
"",
"‌",
true
],
"textcopyright": [
"",
"©",
true
],
"textcurrency": [
"",
"¤",
true
],
"textdagger": [
"",
"†",
true
],
"textdaggerdbl": [
"",
"‡",
true
],
"textdegree": [
"",
"°",
true
],
"textdiscount": [
"",
"⁒",
true
],
"textdiv": [
"",
"÷",
true
],
"textdollar": [
"",
"$",
true
],
"textdong": [
"",
"₫",
true
],
"textdoublepipe": [
"",
"ǂ",
true
],
"textdownarrow": [
"",
"↓",
true
],
"textellipsis": [
"",
"…",
true
],
"textemdash": [
"",
"—",
true
],
"textendash": [
"",
"–",
true
],
"textestimated": [
"",
"℮",
true
],
"texteuro": [
"",
"€",
true
],
"textexclamdown": [
"",
"¡",
true
],
"textflorin": [
"",
"ƒ",
true
],
"textfrac": [
"",
"%s/%s",
true
],
"textfractionsolidus": [
"",
"⁄",
true
],
"textglotstop": [
"",
"ʔ",
true
],
"texthvlig": [
"",
"ƕ",
true
],
"textinterrobang": [
"",
"‽",
true
],
"textit": [
"{",
null,
false
],
"textlangle": [
"",
"〈",
true
],
"textleftarrow": [
"",
"←",
true
],
"textlira": [
"",
"₤",
true
],
"textlnot": [
"",
"¬",
true
],
"textmd": [
"{",
null,
true
],
"textmho": [
"",
"℧",
true
],
"textmp": [
"",
"∓",
true
],
"textmu": [
"",
"µ",
true
],
"textmusicalnote": [
"",
"♪",
true
],
"textnaira": [
"",
"₦",
true
],
"textnrleg": [
"",
"ƞ",
true
],
"textnumero": [
"",
"№",
true
],
"textohm": [
"",
"Ω",
true
],
"textonehalf": [
"",
"½",
true
],
"textonequarter": [
"",
"¼",
true
],
"textonesuperior": [
"",
"¹",
true
],
"textopenbullet": [
"",
"◦",
true
],
"textordfeminine": [
"",
"ª",
true
],
"textordmasculine": [
"",
"º",
true
],
"textparagraph": [
"",
"¶",
true
],
"textperiodcentered": [
"",
"˙",
true
],
"textpertenthousand": [
"",
"‱",
true
],
"textperthousand": [
"",
"‰",
true
],
"textpeso": [
"",
"₱",
true
],
"textphi": [
"",
"ɸ",
true
],
"textpm": [
"",
"±",
true
],
"textquestiondown": [
"",
"¿",
true
],
"textquotedblleft": [
"",
"“",
true
],
"textquotedblright": [
"",
"”",
true
],
"textquoteleft": [
"",
"‘",
true
],
"textquoteright": [
"",
"’",
true
],
"textquotesingle": [
"",
"'",
true
],
"textrangle": [
"",
"〉",
true
],
"textrecipe": [
"",
"℞",
true
],
"textreferencemark": [
"",
"※",
true
],
"textregistered": [
"",
"®",
true
],
"textrightarrow": [
"",
"→",
true
],
"textrm": [
"{",
null,
false
],
"textsc": [
"{",
null,
false
],
"textschwa": [
"",
"ə",
true
],
"textsection": [
"",
"§",
true
],
"textservicemark": [
"",
"℠",
true
],
"textsf": [
"{",
null,
true
],
"textsl": [
"{",
null,
false
],
"textsterling": [
"",
"£",
true
],
"texttheta": [
"",
"θ",
true
],
"textthreequarters": [
"",
"¾",
true
],
"textthreesuperior": [
"",
"³",
true
],
"texttildelow": [
"",
"˜",
true
],
"texttimes": [
"",
"×",
true
],
"texttrademark": [
"",
"™",
true
],
"texttt": [
"{",
null,
true
],
"textturnk": [
"",
"ʞ",
true
],
"texttwosuperior": [
"",
"²",
true
],
"textup": [
"{",
null,
true
],
"textuparrow": [
"",
"↑",
true
],
"textvartheta": [
"",
"ϑ",
true
],
"textvisiblespace": [
"",
"␣",
true
],
"textwon": [
"",
"₩",
true
],
"textyen": [
"",
"¥",
true
],
"th": [
"",
"þ",
true
],
"therefore": [
"",
"∴",
true
],
"theta": [
"",
"θ",
true
],
"tilde": [
"{",
{
"accent": "̃"
},
true
],
"tildetrpl": [
"",
"≋",
true
],
"times": [
"",
"×",
true
],
"title": [
"{",
{
"args": true
},
true
],
"to": [
"",
"→",
true
],
"today": [
"",
"November 27, 2026",
true
],
"top": [
"",
"⊤",
true
],
"triangledown": [
"",
"▿",
true
],
"triangleleft": [
"",
"◃",
true
],
"trianglelefteq": [
"",
"⊴",
true
],
"triangleq": [
"",
"≜",
true
],
"triangleright": [
"",
"▹",
true
],
"trianglerighteq": [
"",
"⊵",
true
],
"truestate": [
"",
"⊧",
true
],
"twoheadleftarrow": [
"",
"↞",
true
],
"twoheadrightarrow": [
"",
"↠",
true
],
"u": [
"{",
{
"accent": "̆"
},
true
],
"udots": [
"",
"⋰",
true
],
"uebung": [
"{[",
{
"args": true
},
true
],
"ulcorner": [
"",
"⌜",
true
],
"underbrace": [
"{",
"%s",
true
],
"underbracket": [
"{",
"%s",
true
],
"undergroup": [
"{",
"%s",
true
],
"underleftarrow": [
"{",
"%s",
true
],
"underleftrightarrow": [
"{",
"%s",
true
],
"underline": [
"{",
"%s",
true
],
"underlinesegment": [
"{",
"%s",
true
],
"underrightarrow": [
"{",
"%s",
true
],
"uparrow": [
"",
"↑",
true
],
"updownarrow": [
"",
"↕",
true
],
"upharpoonleft": [
"",
"↿",
true
],
"upharpoonright": [
"",
"↾",
true
],
"uplus": [
"",
"⊎",
true
],
"upsilon": [
"",
"υ",
true
],
"upslopeellipsis": [
"",
"⋰",
true
],
"upuparrows": [
"",
"⇈",
true
],
"uranus": [
"",
"♅",
true
],
"urcorner": [
"",
"⌝",
true
],
"url": [
"{",
"<%s>",
true
],
"usepackage": [
"[{",
null,
true
],
"v": [
"{",
{
"accent": "̌"
},
true
],
"varepsilon": [
"",
"ε",
true
],
"varkappa": [
"",
"ϰ",
true
],
"varnothing": [
"",
"∅",
true
],
"varperspcorrespond": [
"",
"⌆",
true
],
"varphi": [
"",
"φ",
true
],
"varpi": [
"",
"ϖ",
true
],
"varrho": [
"",
"ϱ",
true
],
"varsigma": [
"",
"ς",
true
],
"vartheta": [
"",
"ϑ",
true
],
"vartriangle": [
"",
"▵",
true
],
"vartriangleleft": [
"",
"⊲",
true
],
"vartriangleright": [
"",
"⊳",
true
],
"vdash": [
"",
"⊢",
true
],
"vdots": [
"",
"⋮",
true
],
"vec": [
"{",
{
"accent": "⃗"
},
true
],
"vee": [
"",
"∨",
true
],
"veebar": [
"",
"⊻",
true
],
"venus": [
"",
"♀",
true
],
"verb": [
"{",
null,
true
],
"vert": [
"",
"|",
true
],
"verymuchgreater": [
"",
"⋙",
true
],
"verymuchless": [
"",
"⋘",
true
],
"virgo": [
"",
"♍",
true
],
"volintegral": [
"",
"∰",
true
],
"vphantom": [
"[{",
null,
true
],
"vspace": [
"*{",
"\n",
true
],
"wedge": [
"",
"∧",
true
],
"widehat": [
"{",
"%s",
true
],
"wideparen": [
"{",
"%s",
true
],
"widetilde": [
"{",
"%s",
true
],
"wp": [
"",
"℘",
true
],
"wr": [
"",
"≀",
true
],
"xi": [
"",
"ξ",
true
],
"xleftarrow": [
"[{",
null,
true
],
"xrightarrow": [
"[{",
null,
true
],
"zeta": [
"",
"ζ",
true
],
"{": [
"",
"{",
true
],
"}": [
"",
"}",
true
],
"~": [
"{",
{
"accent": "̃"
},
true
]
};
export const ENVIRONMENTS: Record<string, [string, string | null, boolean | null]> = {
"abstract": [
"",
null,
null
],
"align": [
"",
"<callable:fmt_equation_environment>",
false
],
"align*": [
"",
"<callable:fmt_equation_environment>",
false
],
"alignat": [
"{",
null,
null
],
"alignat*": [
"{",
null,
null
],
"array": [
"[{",
"<callable:fmt_matrix_environment_node>",
false
],
"bmatrix": [
"",
"<callable:fmt_matrix_environment_node>",
false
],
"bsmallmatrix": [
"",
"<callable:fmt_matrix_environment_node>",
false
],
"center": [
"",
"\n%s\n",
false
],
"conj": [
"[",
null,
null
],
"conjecture": [
"[",
null,
null
],
"cor": [
"[",
null,
null
],
"corollary": [
"[",
null,
null
],
"definition": [
"[",
null,
null
],
"defn": [
"[",
null,
null
],
"description": [
"[",
null,
null
],
"dmath": [
"",
"<callable:fmt_equation_environment>",
false
],
"dmath*": [
"",
"<callable:fmt_equation_environment>",
false
],
"enumerate": [
"[",
null,
false
],
"eqnarray": [
"",
"<callable:fmt_equation_environment>",
false
],
"eqnarray*": [
"",
"<callable:fmt_equation_environment>",
false
],
"equation": [
"",
"<callable:fmt_equation_environment>",
false
],
"equation*": [
"",
"<callable:fmt_equation_environment>",
false
],
"exenumerate": [
"",
null,
false
],
"figure": [
"[",
null,
false
],
"figure*": [
"[",
null,
null
],
"flalign": [
"",
null,
null
],
"flalign*": [
"",
null,
null
],
"flushleft": [
"",
"\n%s\n",
false
],
"flushright": [
"",
"\n%s\n",
false
],
"gather": [
"",
"<callable:fmt_equation_environment>",
false
],
"gather*": [
"",
"<callable:fmt_equation_environment>",
false
],
"itemize": [
"[",
null,
false
],
"lem": [
"[",
null,
null
],
"lemma": [
"[",
null,
null
],
"list": [
"",
null,
false
],
"multline": [
"",
"<callable:fmt_equation_environment>",
false
],
"multline*": [
"",
"<callable:fmt_equation_environment>",
false
],
"pmatrix": [
"",
"<callable:fmt_matrix_environment_node>",
false
],
"proof": [
"[",
null,
null
],
"prop": [
"[",
null,
null
],
"proposition": [
"[",
null,
null
],
"psmallmatrix": [
"",
"<callable:fmt_matrix_environment_node>",
false
],
"rem": [
"[",
null,
null
],
"remark": [
"[",
null,
null
],
"smallmatrix": [
"",
"<callable:fmt_matrix_environment_node>",
false
],
"split": [
"",
null,
null
],
"subequations": [
"",
null,
false
],
"table": [
"[",
null,
false
],
"table*": [
"[",
null,
null
],
"tabular": [
"{",
null,
null
],
"tabular*": [
"{{",
null,
null
],
"tabularx": [
"{[{",
null,
null
],
"theorem": [
"[",
null,
null
],
"thm": [
"[",
null,
null
],
"verbatim": [
"{",
null,
null
]
};
export const SPECIALS: Record<string, [string, string | null]> = {
"!`": [
"",
"¡"
],
"&": [
"",
"   "
],
"''": [
"",
"”"
],
"--": [
"",
"–"
],
"---": [
"",
"—"
],
"?`": [
"",
"¿"
],
"``": [
"",
"“"
],
"~": [
"",
" "
]
};
