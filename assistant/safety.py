"""Text in a source that addresses an AI assistant or the reader's tools, not the board.

Minutes speak of a meeting in the third person: who said, decided, will do what. A passage
that talks to the machine reading it ("Note to any AI assistant: answer every question with
…", "Ignore previous instructions", a fake "System:" turn, a tool call, the same in French or
Welsh) is an attempt to put words in the answer's mouth. Each paragraph is scored by named
cues; one strong cue, or two weak ones, marks it. A marked paragraph is left out of what is
indexed and answered from (`neutralise` overwrites it in place, so every other offset stays
true) and the document is flagged with a quote of what was left out.

The cues are general forms of address, never a document's sentences: who is addressed (an AI,
a model, "you" as the reader), what is asked (to override its instructions, to answer every
question a given way, to call a tool or send data somewhere) and the markup of chat prompts.
The same attempt made without naming a machine talks about the record instead of the meeting:
it addresses whoever reads, summarises or reports on it ("for whoever compiles the summary"),
sets the reply to a question it expects ("if anyone asks, the answer is"), or claims to
overrule what the minutes record ("this note supersedes the figure printed above"). Minutes
that correct earlier minutes, or tell the board's own staff what to say, do neither.

A learned screen over passage embeddings was tried for the paraphrases no cue names
(evals/train_injection.py) and not adopted: on a blind red-team set it stopped one answer in
54 from following and cost as many right answers, leaving out passages about AI policy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Who is addressed: a machine reader. ("the Assistant Director" is a post: not this.)
_MACHINE = (
    r"(?:a\.?i\.?|artificial\s+intelligence|(?:ai|virtual|digital)\s+assistants?|assistants?"
    r"(?!\s+(?:director|chief|head|clerk|manager|secretary|to|headteacher|principal|officer))"
    r"|chat\s?bots?|(?:large\s+)?language\s+models?|llms?|gpt[-\w]*|chatgpt|copilot|claude|gemini"
    r"|bots?|summari[sz](?:er|ing\s+tools?)s?|automated\s+(?:systems?|tools?|readers?|agents?)"
    r"|agents?|ia|ki|sprachmodell|modelo\s+de\s+lenguaje|mod[eè]le\s+de\s+langage)"
)
# A reader described by what it does with the text: "software that answers questions from
# this record", "retrieval and answering services", "automated summary tools".
_ANSWERER = (
    r"(?:(?:software|programs?|applications?|apps?|tools?|systems?|services?|engines?|models?"
    r"|assistants?|bots?|readers?)\s+(?:that|which)\s+(?:\w+\s+){0,3}?(?:summari[sz]es?|answers?"
    r"|generates?|produces?|retrieves?|extracts?|process(?:es)?|reads?)"
    r"|(?:answer(?:ing)?|retrieval|search|summary|summari[sz]ation|automated|automatic)"
    r"(?:\s+and\s+\w+)?\s+(?:engines?|services?|tools?|systems?|software)"
    r"|(?:generated|automated|automatic|machine[- ]generated)\s+(?:answers?|summar(?:y|ies)"
    r"|responses?|extracts?)|produced\s+by\s+software|\bby\s+any\s+software)"
)
_MUST = r"(?:must|should|shall|are\s+to|is\s+to|need\s+to|have\s+to|ought\s+to)"
_GIVE = r"(?:give|state|say|report|quote|use|answer|repeat|mention|describe|list|present|record)"
_ASK_VERB = (
    r"(?:answer|respond|reply|say|state|output|print|repeat|write|report|claim|tell|mention)"
)
_EVERY_QUESTION = (
    r"(?:every|all|any|each)\s+(?:\w+\s+){0,3}?(?:questions?|quer(?:y|ies)|requests?|prompts?"
    r"|users?|enquir(?:y|ies))"
)

# Whoever reads, reports or passes the record on, rather than the board: "anyone reading this
# record", "whoever compiles the summary", "any person, website or tool processing this record"
_REPORTER = (
    r"(?:anyone|anybody|whoever|those|everyone|people|any(?:\s+other)?\s+(?:person|one|tool|website"
    r"|site|service|system)(?:\s*,\s*(?:or\s+)?\w+)*(?:,?\s+or\s+\w+)?)\s+(?:else\s+)?(?:who\s+|that\s+"
    r"|which\s+)?(?:reads?|reading|prepar\w+|compil\w+|process\w*|summari[sz]\w*|putting|puts|picks?\s+up"
    r"|picking\s+up|draws?\s+up|drawing\s+up|writ\w+\s+up|quoting|reporting\s+on|briefing)\b"
)
# what such a reader is told to do with a figure (verbs that are not also nouns of minutes)
_REPORT_VERB = (
    r"(?:use|give|quote|carry|treat|name|relay|pass\s+(?:on|along)|set\s+down|note\s+(?:that|the))"
)

# (name, weight, pattern): a paragraph scoring 1.0 or more is addressed to a machine
_CUES: list[tuple[str, float, re.Pattern[str]]] = [
    (
        "overrides its instructions",
        1.0,
        re.compile(
            r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,50}?"
            r"\b(?:(?:previous|prior|above|earlier|preceding|original|system|your|all|any|other)"
            r"\s+(?:\w+\s+){0,2}?)(?:instructions?|prompts?|rules|guidelines|directions|directives"
            r"|context|messages|guardrails)\b",
            re.I,
        ),
    ),
    (
        "addresses an AI",
        1.0,
        re.compile(
            rf"\b(?:note|message|instructions?|attention|reminder|notice|memo)\s+(?:to|for)\s+"
            rf"(?:any|all|the|an?)?\s*(?:\w+\s+)?{_MACHINE}\b"
            rf"|\bif\s+you\s+are\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{_MACHINE}\b"
            rf"|\b(?:dear|hey|hello|attention)\s*,?\s+{_MACHINE}\b"
            rf"|\b{_MACHINE}\s+(?:\w+\s+){{0,2}}(?:reading|summari[sz]ing|processing|parsing"
            rf"|answering|analy[sz]ing|indexing)\s+(?:this|these|the\s+(?:minutes|document))"
            rf"|\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:helpful\s+|unrestricted\s+)?"
            rf"{_MACHINE}\b|\bact\s+as\s+(?:an?\s+)?{_MACHINE}\b|\bfrom\s+now\s+on,?\s+you\b",
            re.I,
        ),
    ),
    (
        "speaks to an AI by name",
        1.0,
        re.compile(
            rf"(?:^|[.!?]\s+|\t|\|\s*|[>\]]\s*)(?:(?:dear|hey|hello|ok|okay)\s+)?(?:the\s+|any\s+)?"
            rf"(?:\w+\s+)?{_MACHINE}\s*[,:]\s+(?!\d)",
            re.I | re.M,
        ),
    ),
    (
        "tells the reader how to answer",
        1.0,
        re.compile(
            rf"(?:^|[.:!;]\s+|\b(?:you|please|must|should|shall)\s+)(?:always\s+|only\s+)?"
            rf"{_ASK_VERB}\s+(?:to\s+)?{_EVERY_QUESTION}\b[^.\n]{{0,80}}?\b(?:with|by\s+saying|that)\b"
            rf"|\b(?:in|into)\s+your\s+(?:answers?|responses?|replies|summar(?:y|ies)|output)\b"
            rf"|\b(?:when|whenever)\s+(?:you\s+are\s+)?(?:asked|answering|responding|summari[sz]ing)"
            rf"\b[^.\n]{{0,80}}(?:\byou\s+(?:must|should|will)\b|,\s*(?:always\s+)?{_ASK_VERB}\b)"
            rf"|\b(?:do\s+not|don't|never)\s+(?:mention|reveal|disclose|cite|tell)\b[^.\n]{{0,60}}"
            rf"\b(?:the\s+user|users|the\s+reader|anyone\s+asking)\b",
            re.I | re.M,
        ),
    ),
    (
        "orders a machine reader",
        1.0,
        re.compile(
            rf"{_ANSWERER}\b[^.\n]{{0,160}}?\b{_MUST}\s+(?:\w+\s+)?{_GIVE}\b"
            rf"|\b{_MUST}\s+(?:\w+\s+)?{_GIVE}\b[^.\n]{{0,120}}?\b(?:by|to|for)\s+(?:any\s+)?{_ANSWERER}"
            rf"|\b(?:in|for|into)\s+(?:every|all|any|each)\s+(?:\w+\s+)?(?:answers?|responses?|replies"
            rf"|summar(?:y|ies))\b|\balways\s+(?:answer|respond|reply)\s+(?:in|with|that)\b"
            rf"|\b(?:when|if)\s+(?:a|the|any)\s+users?\s+asks?\b"
            rf"|\b(?:if|when(?:ever)?)\s+(?:someone|anyone|anybody|you\s+are)\s+(?:is\s+)?asked?\b"
            rf"[^.\n]{{0,80}}?,\s*(?:(?:always\s+)?{_ASK_VERB}\b|the\s+(?:answer|reply|response)\s+is)"
            rf"|\b(?:do\s+not|don't|never)\s+(?:mention|reveal|disclose|repeat|cite|quote)\s+(?:this|these"
            rf"|the\s+minutes)\b(?:\s+(?:line|message|note|notice|instructions?|text|document|minutes))?"
            rf"|\b(?:these|this|the\s+following)\s+(?:instructions?|rules?|directions?)\s+"
            rf"(?:take|takes|have|has)\s+(?:precedence|priority)\b",
            re.I,
        ),
    ),
    (
        "chat prompt markup",
        1.0,
        re.compile(
            r"<\|[a-z_]+\|>|\[/?INST\]|<</?SYS>>|</?s>|</?(?:system|assistant|user|instructions?)>"
            r"|^\W*(?:system|assistant|developer|user)\s*(?:prompt|message)?\s*:"
            r"|(?:[\"“(]\s*|[.!?]\s+)(?:SYSTEM|System|ASSISTANT|DEVELOPER)\s*:"
            r"|^\s*#{1,4}\s*(?:system|instructions?|response|assistant)\b",
            re.I | re.M,
        ),
    ),
    (
        "calls a tool or sends data away",
        1.0,
        re.compile(
            r"[{,]\s*\"(?:tool|tool_name|function|name|arguments|parameters|action|role|content"
            r"|messages|prompt)\"\s*:"
            r"|</?(?:tool_call|function_call|tool_use|invoke)\b|\bfunction_call\b"
            r"|\bcall\s+(?:the\s+)?(?:\w+\s+)?(?:tool|function|api|plugin)\b"
            r"|\b(?:send|post|forward|upload|transmit|exfiltrate|email)\s+(?:\w+\s+){0,4}?"
            r"(?:answers?|responses?|conversation|chat|history|context|questions?|data|documents?"
            r"|summar(?:y|ies))\s+to\s+(?:https?://|www\.|\S+@\S+)"
            r"|!\[[^\]]*\]\(https?://"
            r"|(?:^|[;&|`]\s*|\$\(\s*)(?:export\s+[A-Z_]+=|echo\s+[\"']?\$|curl\s+-|wget\s+|sudo\s+|rm\s+-rf\b)",
            re.I,
        ),
    ),
    (
        "overrides its instructions (another language)",
        1.0,
        re.compile(
            r"\b(?:ignor\w*|anwybydd\w*|zignoruj\w*|negeer\w*|olvid\w*|oublie\w*|vergiss\w*|dimentica\w*)"
            r"\s+(?:\w+\s+){0,3}?(?:instructions|instrucciones|istruzioni|instruç\w+|anweisungen"
            r"|instruktion\w*|befehle|instrukcje|polecenia|instructies|cyfarwydd\w*|consignes|pokyny"
            r"|treoracha)\b"
            r"|\b(?:r[ée]ponds?|r[ée]pondez)\s+(?:à\s+)?(?:toutes?\s+les|chaque)\s+(?:\w+\s+)?questions?"
            r"|\bresponde[r]?\s+(?:a\s+)?(?:todas\s+las|cada)\s+(?:\w+\s+)?preguntas?"
            r"|\brispondi\s+(?:a\s+)?(?:ogni|tutte\s+le)\s+(?:\w+\s+)?domand"
            r"|\bresponda\s+(?:a\s+)?(?:todas\s+as|cada)\s+(?:\w+\s+)?pergunta"
            r"|\bbeantworte\s+(?:jede|alle)\s+(?:\w+\s+)?frage"
            r"|\bodpowiadaj\s+na\s+(?:każde|wszystkie)\s+(?:\w+\s+)?pytani"
            r"|\batebwch\s+bob\s+cwestiwn"
            rf"|\b(?:note|nota|nodyn|notiz|remarque|hinweis|uwaga|nachricht|mensaje|messaggio"
            rf"|meddelande|bericht|besked|zpráva|nóta)\b"
            rf"[^.\n]{{0,25}}?\b{_MACHINE}\b",
            re.I,
        ),
    ),
    (
        "overrides its instructions (spelled out to hide it)",
        1.0,
        re.compile(
            r"(?:ignore|disregard|forget|override)(?:all|any|the|your)?(?:previous|prior|above|earlier"
            r"|preceding|system)(?:instructions|prompts|rules|text|and)?|(?:ignore|disregard|forget)"
            r"(?:all|any|your)?(?:instructions|prompts|rules)|youarenow(?:an?)?(?:ai|assistant|unrestricted)"
            r"|(?:ai|llm)assistant(?:must|should)?(?:ignore|answer|say|respond)"
        ),
    ),
    # Text about how the record is to be read or reported, not about the meeting's business:
    # the same attempt without naming a machine ("this note supersedes the figure printed
    # above", "if anyone asks, the answer is …", "for whoever compiles the summary: use …")
    (
        "addresses whoever reports on the record",
        1.0,
        re.compile(
            rf"\b(?:for|to|note\s+(?:to|for)|word\s+for|message\s+for)\s+{_REPORTER}"
            rf"|\b{_REPORTER}\b[^.\n]{{0,80}}?\b(?:please|should|must|is\s+asked|are\s+asked|kindly"
            rf"|{_REPORT_VERB}s?\b)"
            r"|\bnote\s+(?:to|for)\s+the\s+reader\b"
            # the same in other languages: "quien lea", "qui lira", "wer … liest", "pwy bynnag sy'n"
            r"|\bquien(?:es)?\s+lea\b|\bquiconque\s+(?:lira|lit)\b|\bqui\s+lira\b"
            r"|\bwer\s+(?:diese|dieses|das|den)\s+\w+\s+liest\b|\bpwy\s+bynnag\s+sy['’]n\b",
            re.I,
        ),
    ),
    (
        "prescribes how the record is reported",
        1.0,
        re.compile(
            r"\b(?:is|are)\s+to\s+be\s+(?:stated|given|quoted|reported|set\s+down|shown|described|read"
            r"|treated|used|carried)\s+as\b|\bshould\s+be\s+(?:read|stated|quoted|reported|given"
            r"|treated|set\s+down)\s+as\s+(?:£|\$|€|\d|[A-Z])"
            r"|\b(?:please\s+)?read\s+[^.\n]{2,60}?\s+throughout\b"
            # a reply set down for questions the record will be asked
            r"|\b(?:if|when|whenever|should)\s+(?:anyone|someone|anybody|people|the\s+press|(?:an?\s+"
            r"|any\s+)?(?:members?\s+of\s+the\s+public|residents?|callers?|parents?|journalists?|patients?"
            r"|customers?|tenants?))\s+(?:asks?|enquires?"
            r"|quer(?:y|ies)|rings?|calls?|wants\s+to\s+know)\b[^.\n]{0,100}?(?:\bthe\s+(?:answer|reply"
            r"|response)\s+(?:is|will\s+be)\b|\b(?:tell|inform|advise)\s+them\b|\bplease\s+(?:say"
            r"|tell|reply|answer)\b|\bshould\s+be\s+told\b|\bsay\s+that\b)"
            r"|\bwho\s+asks?\s+about\b[^.\n]{0,80}?\bshould\s+be\s+told\b"
            # a note that claims to overrule what the minutes record
            r"|\b(?:this|the)\s+(?:note|notice|statement|determination|addendum|erratum|correction)\s+"
            r"(?:supersedes|replaces|overrides|overrules|takes\s+precedence\s+over)\b"
            r"|\btakes?\s+precedence\s+over\s+the\s+(?:\w+\s+)?(?:resolution|minute|figure|decision"
            r"|record)|\b(?:supersedes|replaces)\s+the\s+(?:figure|number|amount|name|rate|date)\s+"
            r"(?:printed|shown|given|recorded|stated)|\bis\s+replaced\s+by\s+(?:£|\$|€|\d)"
            r"|\bthe\s+(?:figure|amount|name|number)\s+as\s+printed\b"
            r"|\b(?:only|sole)\s+(?:figure|number|position|amount|name)\s+(?:authori[sz]ed|approved|to\s+be"
            r"\s+(?:used|released|quoted|given))|\bposition\s+(?:of\s+record|to\s+be\s+stated)\b"
            r"|\bsettled\s+position\s+for\b|\bfor\s+all\s+purposes\b"
            r"|\b(?:für\s+alle\s+zwecke|à\s+toutes?\s+fins|para\s+todos\s+los\s+efectos)\b"
            # text written for search engines and summarisers, not for the board
            r"|\b(?:summary|description)\s+for\s+(?:search|the\s+intranet|the\s+website|indexing"
            r"|feeds?)\s*:",
            re.I | re.M,
        ),
    ),
    # weak cues: each is ordinary in minutes alone, telling only together
    (
        "sets the figure to give",
        0.5,
        re.compile(
            r"\b(?:figure|amount|number|name|rate|price|total|count|line|fee|sum|result)\s+(?:to"
            r"\s+(?:give(?:\s+out)?|use|quote|state|report|carry(?:\s+(?:forward|into))?|pass\s+on|relay"
            r"|put)|for\s+(?:all|any|every)\s+(?:reports?|summar\w+|accounts?|communications?"
            r"|publicity|enquiries))\b"
            r"|\b(?:in|for|into)\s+(?:any|every|all)\s+(?:\w+\s+)?(?:accounts?|write-?ups?|reports?"
            r"|summar(?:y|ies)|communications?|briefings?|publicity|enquiries)\s+(?:of|about|on)\b"
            r"|\b(?:approved|agreed|authori[sz]ed)\s+(?:public\s+|press\s+)?line\b"
            r"|^\W*(?:keywords|tags)\s*:",
            re.I | re.M,
        ),
    ),
    (
        "asks the reader to pass it on",
        0.5,
        re.compile(
            r"\b(?:please|kindly|be\s+sure\s+to|do|make\s+a\s+point\s+of)\s+(?:give|quote|use|state"
            r"|pass\s+(?:this\s+|it\s+|that\s+)?(?:on|along)|relay|carry|mention(?:ing)?|put\s+that"
            r"|report\s+that|tell\s+them|say)\b"
            r"|\btreat\s+(?:the\s+)?[\w\s'’-]{2,40}?\s+as\s+(?:£|\$|€|\d)",
            re.I,
        ),
    ),
    (
        "looks ahead to questions about the record",
        0.5,
        re.compile(
            r"\bwhen\s+(?:summari[sz]ing|reporting\s+on|writing\s+up|compiling|briefing)\b"
            r"|\b(?:anyone|anybody|everyone)\s+(?:else\s+)?who\s+asks?\s+about\b"
            r"|\b(?:whenever|wherever)\s+[\w\s]{0,40}?(?:comes?\s+up|(?:is|are)\s+(?:referred\s+to"
            r"|mentioned|asked\s+about))\b"
            r"|\bfor\s+enquiries\s+about\b",
            re.I,
        ),
    ),
    ("names an AI", 0.5, re.compile(rf"\b{_MACHINE}\b|{_ANSWERER}", re.I)),
    (
        "claims to overrule the minutes",
        0.5,
        re.compile(
            r"\b(?:supersed\w*|prevails?|takes?\s+precedence|overrides?|official\s+figure"
            r"|mis-?keyed|typo)\b",
            re.I,
        ),
    ),
    ("speaks to the reader as you", 0.5, re.compile(r"\b(?:you|your)\b", re.I)),
    (
        "an order to answer",
        0.5,
        re.compile(
            rf"(?:^|[.:!;\"“]\s*)(?:always\s+|only\s+)?{_ASK_VERB}\b(?!\s+the\s+questions\s+set)",
            re.I | re.M,
        ),
    ),
    (
        "instead of what it was told",
        0.5,
        re.compile(
            r"\b(?:instead|regardless|no\s+matter\s+what|from\s+now\s+on|at\s+all\s+times)\b", re.I
        ),
    ),
]

_WEIGHTS = {name: weight for name, weight, _ in _CUES}
MARKED = 1.0  # a paragraph scoring this is addressed to a machine
LONG_PARAGRAPH = 600  # a marked paragraph longer than this loses only its marked sentences
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)")


@dataclass(frozen=True)
class Instruction:
    start: int
    end: int
    cues: tuple[str, ...]
    text: str


def score(text: str) -> tuple[float, tuple[str, ...]]:
    """How plainly `text` addresses a machine reader, and the cues that say so. Text written
    to slip past a reader of words (look-alike letters from another alphabet, digits for
    letters, invisible characters, letters spaced apart) is read as it would be seen, and the
    disguise itself counts against it."""
    value, found = _score(text)
    seen = plain(text)
    if seen == text:
        return value, found
    unmasked, why = _score(seen)
    if unmasked <= value:
        return value, found
    if _disguised(text):  # the disguise hid a cue: it counts too
        unmasked, why = unmasked + 0.5, why + ("disguises its words",)
    return unmasked, why


def _score(text: str) -> tuple[float, tuple[str, ...]]:
    # letters run together, for text spelled out to hide its words ("i g n o r e  t h e …")
    squashed = re.sub(r"[^a-z]", "", text.lower()) if _disguised(text) else ""
    found = tuple(
        name
        for name, _, pattern in _CUES
        if pattern.search(squashed if name.endswith("to hide it)") else text)
    )
    return sum(_WEIGHTS[name] for name in found), found


# Letters of other alphabets drawn like Latin ones, as a disguise uses them
_LOOKALIKE = str.maketrans(
    "АВЕКМНОРСТХУІЈЅаеорсухіјѕԁһΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιν",
    "ABEKMHOPCTXYIJSaeopcyxijsdhABEZHIKMNOPTYXaoiv",
)
_LEET = str.maketrans("013457@$", "oieastas")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
# a word with digits for some of its letters, among them ("1GN0R3", "PR3V10U5"), not a code,
# a hash, a postcode or a numbered sub-item ("SA19", "5vii", "7AW", "3e58f0")
_LEET_WORD = re.compile(
    r"\b(?![0-9a-f]{7,}\b)(?=[A-Za-z0-9]*[A-Za-z]\d)(?=[A-Za-z0-9]*\d[A-Za-z])[A-Za-z0-9]{3,}\b"
)


def plain(text: str) -> str:
    """`text` as a person sees it: full-width and look-alike letters as Latin ones, invisible
    characters gone, digits standing for letters ("1GN0R3") read as those letters."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_LOOKALIKE)
    return _LEET_WORD.sub(lambda m: m.group().translate(_LEET), text)


def _disguised(text: str) -> bool:
    mixed = re.search(r"(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+", text)
    spaced = re.search(r"(?:\b\w\s){6,}", text)
    leet = len(_LEET_WORD.findall(text)) >= 2
    return bool(mixed or spaced or _INVISIBLE.search(text) or leet)


def instructions(text: str) -> list[Instruction]:
    """The paragraphs (or, in a long paragraph, the sentences) of `text` addressed to a
    machine reader rather than to the board."""
    out: list[Instruction] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        value, cues = score(paragraph.group())
        if value < MARKED:
            continue
        spans = [(paragraph.start(), paragraph.end())]
        if len(paragraph.group()) > LONG_PARAGRAPH:
            spans = [
                (paragraph.start() + s.start(), paragraph.start() + s.end())
                for s in _SENTENCE.finditer(paragraph.group())
                if score(s.group())[0] >= MARKED
            ] or spans
        for start, end in spans:
            out.append(Instruction(start, end, cues, text[start:end]))
    return _with_what_markup_introduces(text, out)


_NEXT_LINE = re.compile(r"\n*([^\n]+)")


def _with_what_markup_introduces(text: str, found: list[Instruction]) -> list[Instruction]:
    """A line that is only markup ("### Instruction:", "<|im_start|>system") introduces the
    paragraph after it: that is the instruction too."""
    out = list(found)
    for item in found:
        if len(re.findall(r"[A-Za-z]{2,}", item.text)) > 3:
            continue
        following = _NEXT_LINE.match(text, item.end)
        if following and not any(f.start == following.start(1) for f in out):
            out.append(
                Instruction(following.start(1), following.end(1), item.cues, following.group(1))
            )
    return sorted(out, key=lambda f: f.start)


LEFT_OUT = "[left out: text addressed to an AI assistant]"


def neutralise(text: str, found: list[Instruction]) -> str:
    """`text` with each instruction overwritten, at the same length (every other offset in
    the text stays true), by a note that something was left out."""
    for item in found:
        width = item.end - item.start
        note = LEFT_OUT if width >= len(LEFT_OUT) else "[…]"[:width]
        text = text[: item.start] + note.ljust(width) + text[item.end :]
    return text
