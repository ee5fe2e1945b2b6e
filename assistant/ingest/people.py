"""People's names, initials and roles, and resolving a reference ("LJ", "Fay",
"Cllr. O. Williams", "the Clerk") against a meeting's people (`attendance` finds them).

Initials come from the text where given ("Laurence Jones (LJ)") and are derived from names
otherwise. A reference that matches nobody stays unresolved: it is never guessed."""

from __future__ import annotations

import logging
import re

from assistant.records import Person

log = logging.getLogger(__name__)

# police ranks are titles too ("Det Supt Callum Ferrie", "Supt Dwyer", "PC Eve Ford")
# (not "DS", "DC": initials as often as ranks)
_RANK = r"(?:Det(?:ective)?\.?\s+)?(?:Ch(?:ief)?\.?\s+)?(?:Supt|Superintendent|Insp|Inspector|Sgt|Sergeant|Constable|PCSO|PC|PS|SCCH)"
TITLE = rf"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Canon|Captain|Capt|Cllr|Councillor|County\s+Councillor|Cllrs|Councillors|{_RANK})\.?"
# letters of names as Welsh, Irish and other European names write them ("Siân", "Seán", "Zoë")
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_WORD = rf"(?:[{UPPER}][{LOWER}]*(?:[{UPPER}][{LOWER}]+)?(?:[-'’][{UPPER}][{LOWER}]+)*)"
NAME = re.compile(
    rf"(?:{TITLE}\s+)?{NAME_WORD}(?:\s+[A-Z]\.?)?\s+{NAME_WORD}(?![\w])(?!\.\s[A-Z][a-z])"
    rf"|{TITLE}\s+(?:[A-Z]\.\s*)?{NAME_WORD}(?![\w])"
    # "A. Merriweather", "J.R. Lowe": initials with full stops, then the surname
    rf"|(?:{TITLE}\s+)?(?:[A-Z]\.\s*){{1,2}}{NAME_WORD}(?![\w])"
)
INITIALS_REF = re.compile(r"^[A-Z]{2,4}[a-z]?$|^[A-Z][a-z]?[A-Z][a-z]?$")
_TITLE_ONLY = re.compile(rf"^{TITLE}\s+", re.I)
ROLE_WORDS = {
    "clerk",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "convener",
    "convenor",
    "vice",
    "deputy",
    "secretary",
    "treasurer",
    "officer",
    "manager",
    "director",
    "warden",
    "head",
    "lead",
    "member",
    "members",
    "representative",
    "council",
    "services",
    "service",
    "team",
    "board",
    "group",
    "committee",
    "public",
    "police",
    "pcso",
    "ccg",
    "nhs",
    "school",
    "trust",
    "partnership",
    "unit",
    "consultant",
    "commissioner",
    "coordinator",
    "co-ordinator",
    "assistant",
    "executive",
    "chief",
    "principal",
    "advisor",
    "adviser",
    "health",
    "education",
    "county",
    "borough",
    "city",
    "district",
    "parish",
    "primary",
    "academy",
    "college",
    "university",
    "agency",
    "society",
    "governance",
    "planning",
    "senate",
    "youth",
    "business",
    "engagement",
    "policy",
    # the nouns of posts a body's officers hold ("Harbour Master", "Head Ranger")
    "master",
    "engineer",
    "ranger",
    "inspector",
    "auditor",
    "accountant",
    "solicitor",
    "surveyor",
    "administrator",
    "taker",  # "Minute taker"
    "acting",
    "interim",
}
ROLE_REFS = ("clerk", "chair", "chairman", "vice chair", "treasurer", "secretary", "handyman")


def derive_initials(name: str) -> str:
    parts = [p for p in _TITLE_ONLY.sub("", name).replace(".", " ").split() if p]
    if not parts:
        return ""
    return (parts[0][0] + parts[-1][0]).upper() if len(parts) > 1 else parts[0][0].upper()


def is_role_text(text: str) -> bool:
    toks = [t.lower().strip(".,") for t in text.split()]
    return bool(toks) and any(t in ROLE_WORDS for t in toks)


def clean_name(raw: str) -> str:
    """A printed name in one form: "Councillor Ann Berry" and "Cllr. Ann Berry" -> "Cllr Ann Berry"."""
    name = re.sub(r"\s+", " ", raw).strip(" ,.;:")
    name = re.sub(r"^(?:Cllrs|Councillors)\.?\s+", "", name)
    name = re.sub(r"^County\s+Councillor\s+", "Cllr ", name)
    name = re.sub(r"^(?:Councillor|Cllr\.)\s+", "Cllr ", name)
    return name


def bare_name(name: str) -> str:
    """A name without its title: "Cllr Sue Lintern" -> "Sue Lintern"."""
    return _TITLE_ONLY.sub("", name).strip()


def effective_initials(person: Person) -> str:
    return person.initials or derive_initials(person.name)


def _norm(text: str) -> str:
    # hyphens fold to spaces: minutes print "Jo Hart-Lowe" and "Jo-Hart Lowe" alike
    return re.sub(r"[\s-]+", " ", text.replace("’", "'")).strip(" .,;:").lower()


def resolve(ref: str, people: list[Person]) -> list[Person]:
    """People a reference can mean; several when ambiguous, none when unexplained."""
    ref = re.sub(r"\s+", " ", ref).strip(" .,;:()")
    ref = re.sub(r"^(?:the|The)\s+", "", ref)
    if not ref:
        return []
    low = ref.lower()
    given = [p for p in people if p.initials and p.initials == ref]
    if given:  # initials the attendance list gives, whatever their form ("Sec", "ESe")
        return given
    if low in ROLE_REFS or low in {"parish clerk", "chairperson"}:
        return _by_role(low, people)
    if INITIALS_REF.match(ref):
        given = [p for p in people if p.initials == ref]
        if given:
            return given
        return [p for p in people if not p.initials and derive_initials(p.name) == ref.upper()]
    tokens = [t for t in _TITLE_ONLY.sub("", ref).replace(".", ". ").split() if t]
    if not tokens:
        return []
    last = _norm(tokens[-1])
    out: list[Person] = []
    for p in people:
        parts = [_norm(t) for t in bare_name(p.name).split()]
        if not parts:
            continue
        if len(tokens) == 1:
            if last in (parts[-1], parts[0]):
                out.append(p)
        elif all(len(_norm(t)) == 1 for t in tokens[:-1]):  # "O. Williams"
            if parts[-1] == last and parts[0][0] == _norm(tokens[0])[0]:
                out.append(p)
        elif _norm(" ".join(tokens)) == " ".join(parts) or (
            parts[0] == _norm(tokens[0]) and parts[-1] == last
        ):
            out.append(p)
    return out


def _by_role(role: str, people: list[Person]) -> list[Person]:
    """The attendees whose printed role is this post ("Clerk" in "Clerk to Governors", "Monitoring
    Officer"), a deputy or vice only when that is what was asked."""
    out = []
    role = re.sub(r"\s+", " ", role.lower().strip())
    for p in people:
        if not p.role or p.away:
            continue
        for part in _role_parts(p.role):
            if part.startswith(("vice", "deputy", "assistant")) and not role.startswith(
                ("vice", "deputy", "assistant")
            ):
                continue
            if re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", part):
                out.append(p)
                break
    return out


# "the acting Harbour Master", "The Clerk": what comes before the post itself
POST_LEAD = re.compile(r"^(?:[Tt]he\s+)?(?:(?:acting|interim)\s+)?")


def holders(post: str, people: list[Person]) -> list[Person]:
    """Who holds a post a record names ("the Clerk", "Monitoring Officer"): by their roles; of
    several, the one whose role is the post exactly ("Planning Officer", not "Senior Planning
    Officer")."""
    post = re.sub(r"^(?:the|The)\s+", "", post.strip(" .,;:"))
    found = _by_role(post, people) if post else []
    if len(found) > 1:
        exact = [p for p in found if post.lower() in _role_parts(p.role or "")]
        return exact if len(exact) == 1 else found
    return found


def plural_holders(post: str, people: list[Person]) -> list[Person]:
    """ "Churchwardens", "the Wardens": the attendees whose post this is the plural of."""
    single = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][\w-]+?)s", post.strip())
    return holders(single.group(1), people) if single else []


def service_holders(service: str, people: list[Person]) -> list[Person]:
    """ "Environmental Health", "Trading Standards": the attendees whose post is an officer of
    that service ("Neil Pettifer, Environmental Health Officer"); not an organisation's name."""
    service = re.sub(r"^(?:the|The)\s+", "", service.strip(" .,;:"))
    if len(service.split()) < 2:
        return []
    of_post = re.compile(
        rf"\b{re.escape(service)}\s+(?:Officer|Manager|Lead|Adviser|Advisor|Team\s+Leader)\b"
    )
    return [p for p in people if of_post.search(p.role or "")]


def _role_parts(role: str) -> list[str]:
    """The posts a printed role holds: "Clerk and RFO", "Chair (Finance)" -> each part."""
    return [part.strip() for part in re.split(r"\band\b|,|;|/|\(|\)", role.lower())]


# a post written as its initials: "DTC", "the CFO", "DoQS", "HoPS", "CoSec"
POST_INITIALS = r"(?:[A-Z]{2,5}|[A-Z][a-z]{0,2}(?:[A-Z][a-z]{0,2}){1,3})"
POST_ACRONYM = re.compile(rf"^{POST_INITIALS}$")
_JOINING = {"of", "and", "the", "for", "to", "&", "in", "on"}


def spells_post(acronym: str, role: str) -> bool:
    """Whether a printed role is the post these initials stand for: printed with it ("Director
    of Finance (DoF)"), or by the capitals of its words ("Deputy Town Clerk" for DTC, "Director
    of Quality and Safety" for DoQS, joining words with a letter or without; "Chief Executive"
    for CEO, whose last letter is the Officer the role leaves out)."""
    if re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", role):
        return True
    capitals = "".join(c for c in acronym if c.isupper())
    for part in re.split(r"[,;/()–]|\s-\s", role):
        words = re.findall(r"[A-Za-z][\w'’-]*", part)
        main = "".join(w[0].upper() for w in words if w.lower() not in _JOINING)
        every = "".join(w[0].upper() for w in words)
        if len(capitals) >= 2 and capitals in (main, every):
            return True
        if len(acronym) >= 2 and acronym.upper() in (main, every):
            return True
        # "CEO" for "Chief Executive", "CFO" for "Chief Finance": the post's Officer unprinted
        if len(capitals) >= 3 and capitals.endswith("O") and capitals[:-1] in (main, every):
            return True
    return False


def post_holders(acronym: str, people: list[Person]) -> list[Person]:
    """The attendees whose post these initials name (see spells_post)."""
    acronym = re.sub(r"^(?:the|The)\s+", "", acronym.strip(" .,;:"))
    if not POST_ACRONYM.match(acronym):
        return []
    # "Dr Bob Okon, CNO": a post given after the name may be read as the organisation
    return [
        p
        for p in people
        if any(text and spells_post(acronym, text) for text in (p.role, p.organisation))
    ]
