"""Briefing notes: facts from the records, every bullet cited to text that exists, exports that
read back, and an LLM that may only phrase what the verifier supports."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from assistant.brief import checks as check
from assistant.brief import scan
from assistant.brief.build import UNDECIDED, build_briefing
from assistant.brief.export import briefing_json, export, render_markdown
from assistant.brief.phrase import Phraser
from assistant.ingest.meeting import parse_meeting
from assistant.ingest.readers import read_document
from assistant.records import ActionItem, Briefing, Document, Evidence, Meeting, Span
from assistant.store.register import Register
from assistant.verify.verifier import Verifier, claim_text, split_sentences
from tests.builders import document
from tests.fakes import FakeLLM, HashEmbedder

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
RIVERSIDE = "Riverside Children's Partnership Board"


class Corpus:
    """Documents parsed into a register, without the embedding index (a briefing reads only
    records and page text)."""

    def __init__(self, paths: list[Path], db: Path):
        self.docs: dict[str, Document] = {}
        self.register = Register(db)
        for path in paths:
            doc = read_document(path)
            self.docs[doc.doc_id] = doc
            self.register.upsert_meeting(parse_meeting(doc))
        self.register.relink()

    def brief(self, **kwargs) -> Briefing:  # noqa: ANN003
        return build_briefing(self.register, self.docs.__getitem__, **kwargs)

    def assert_cited(self, briefing: Briefing) -> None:
        """Every bullet has a citation, and every quote is found in its document's page."""
        by_name = {d.name: d for d in self.docs.values()}
        for section in briefing.sections:
            for bullet in section.bullets:
                assert bullet.citations, f"uncited bullet: {bullet.text}"
                for c in bullet.citations:
                    assert c.quote and c.quote in by_name[c.doc].page_text(c.page), c


@pytest.fixture
def samples(tmp_path: Path) -> Corpus:
    return Corpus(sorted(SAMPLES.glob("*.*")), tmp_path / "records.sqlite")


def unsupported(
    briefing: Briefing, verifier: Verifier, *, in_note_only: bool = False
) -> list[tuple[str, list[str]]]:
    """Bullets whose claims the answering verifier does not find in the quotes they cite (as
    the eval judges them: each sentence against all the bullet's citations, a fragment of
    fewer than three words read with the sentence before it)."""
    bad = []
    for section in briefing.sections:
        if in_note_only and not section.in_note:
            continue
        for bullet in section.bullets:
            evidence = [
                Evidence(n=i, text=c.quote, doc=c.doc, page=c.page, meeting=c.meeting)
                for i, c in enumerate(bullet.citations, start=1)
            ]
            marks = "[" + ", ".join(str(e.n) for e in evidence) + "]"
            pieces: list[str] = []
            for sentence, _ in split_sentences(bullet.text):
                piece = claim_text(sentence)
                if pieces and len(piece.split()) < 3:
                    pieces[-1] = f"{pieces[-1].rstrip('.')}; {piece}"
                elif piece:
                    pieces.append(piece)
            checked = verifier.verify("\n".join(f"{p} {marks}" for p in pieces), evidence)
            reasons = [r for c in checked.sentences for r in c.reasons if not c.supported]
            if not checked.sentences or reasons:
                bad.append((bullet.text, reasons))
    return bad


def _section(briefing: Briefing, key: str) -> str:
    section = next(s for s in briefing.sections if s.key == key)
    return "\n".join(f"{b.group or ''}: {b.text}" for b in section.bullets)


def test_body_brief_on_samples(samples: Corpus) -> None:
    note = samples.brief(body="Riverside")
    samples.assert_cited(note)
    assert note.body == RIVERSIDE
    assert note.last_meeting == dt.date(2025, 5, 14)
    assert note.date == dt.date(2025, 7, 9)  # no date given: the next meeting on record
    last = _section(note, "last_meeting")
    assert "Helen Marsh" in last and "Chair" in last and "Tomasz Wilk" in last
    opened = _section(note, "open_actions")
    assert "youth violence needs assessment" in opened and "Youth Council" in opened
    assert "Grace Adeyemi" in opened
    assert "9 July 2025" in _section(note, "forward_plan")
    markdown = render_markdown(note)
    assert markdown.startswith("# Briefing: Riverside") and "## Sources" in markdown
    assert re.search(r"^1\. riverside_", markdown, re.M)


def test_a_date_briefs_the_meeting_on_that_date(samples: Corpus) -> None:
    note = samples.brief(body="Riverside", date=dt.date(2025, 5, 14))
    assert note.last_meeting == dt.date(2025, 3, 12)
    opened = _section(note, "open_actions")
    assert "youth violence" not in opened  # raised at the meeting being briefed for
    closed = _section(note, "closed_actions")
    assert "early help referral figures" in opened or "early help" in closed
    with pytest.raises(LookupError):
        samples.brief(body="Riverside", date=dt.date(2020, 1, 1))


def test_personal_brief(samples: Corpus) -> None:
    note = samples.brief(body=None, for_person="PN")
    samples.assert_cited(note)
    assert "Priya Natarajan" in _section(note, "person")
    opened = _section(note, "open_actions")
    assert "Youth Council" in opened
    assert "present" in _section(note, "presenting").lower()


def test_json_contract(samples: Corpus) -> None:
    data = briefing_json(samples.brief(body="Riverside"))
    json.dumps(data)
    assert {"body", "date", "for", "sections", "sources"} <= data.keys()
    bullet = data["sections"][0]["bullets"][0]
    assert {"text", "citations"} <= bullet.keys()
    assert {"n", "doc", "page", "quote"} <= bullet["citations"][0].keys()
    numbers = [s["n"] for s in data["sources"]]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all({"in_note", "key", "title"} <= s.keys() for s in data["sections"])
    assert {"aside", "group"} <= bullet.keys() and "meeting" in bullet["citations"][0]
    assert bullet["citations"][0]["meeting"] == f"{RIVERSIDE}, 14 May 2025"


def test_exports_read_back(samples: Corpus, tmp_path: Path) -> None:
    import docx
    import pypdf

    note = samples.brief(body="Riverside")
    source = note.sources[0]
    word = export(note, tmp_path / "note.docx")
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Open actions" in text and "Sources" in text and source.doc in text
    pdf = export(note, tmp_path / "note.pdf")
    pdf_text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    flat = re.sub(r"\s+", " ", pdf_text)
    assert (
        "Open actions" in flat
        and "Sources" in flat
        and source.doc in flat.replace(" ", "")
        or source.doc in flat
    )
    assert (tmp_path / "note.md").exists() is False
    assert export(note, tmp_path / "note.md").read_text().startswith("# Briefing")
    with pytest.raises(ValueError):
        export(note, tmp_path / "note.xls")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"body": "Riverside"},
        {"body": "Riverside", "date": dt.date(2025, 5, 14)},
        {"body": None, "for_person": "PN"},
        {"body": None, "for_person": "Grace Adeyemi"},
    ],
)
def test_every_bullet_is_supported_by_its_citations(samples: Corpus, kwargs: dict) -> None:
    """Dates, counts, names and status words in a bullet are all in the quotes it cites (the
    meeting's date line for a date); what the note works out goes in the aside."""
    note = samples.brief(**kwargs)
    samples.assert_cited(note)
    # The exact checks; similarity needs the real embedding (the integration test below).
    exact = [
        (text, [r for r in reasons if not r.startswith("similarity")])
        for text, reasons in unsupported(note, Verifier(HashEmbedder()))
    ]
    assert [(text, reasons) for text, reasons in exact if reasons] == []
    bullets = [b for s in note.sections for b in s.bullets]
    assert bullets
    assert not any(re.search(r"\(\d+\)|days old|overdue|Closed \(", b.text) for b in bullets)


@pytest.mark.integration
def test_every_bullet_is_supported_with_the_real_embedding(samples: Corpus, embedder) -> None:  # noqa: ANN001
    for kwargs in (
        {"body": "Riverside"},
        {"body": "Riverside", "date": dt.date(2025, 5, 14)},
        {"body": None, "for_person": "PN"},
    ):
        assert unsupported(samples.brief(**kwargs), Verifier(embedder)) == [], kwargs


def test_dates_cite_the_meeting_record_and_ages_are_asides(samples: Corpus) -> None:
    note = samples.brief(body="Riverside")
    opened = next(s for s in note.sections if s.key == "open_actions")
    older = next(b for b in opened.bullets if "joint attendance protocol" in b.text)
    assert "(raised 12 March 2025" in older.text
    assert any("12 March 2025" in c.quote for c in older.citations)  # the minutes' date line
    assert older.aside and re.fullmatch(r"open \d+ days(; overdue since .*)?", older.aside)
    assert "overdue since 30 April 2025" in older.aside  # due by 30 April, briefed for July
    markdown = render_markdown(note)
    assert f"_({older.aside})_" in markdown


def test_quotes_are_shown_with_single_spaces_and_stored_exactly(
    samples: Corpus, tmp_path: Path
) -> None:
    import docx

    note = samples.brief(body="Riverside")
    tabbed = [c for c in note.sources if "\t" in c.quote]
    assert tabbed  # the action log's table rows
    markdown = render_markdown(note)
    assert "\t" not in markdown and " ".join(tabbed[0].quote.split())[:60] in markdown
    word = export(note, tmp_path / "note.docx")
    assert "\t" not in "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert any("\t" in c["quote"] for c in briefing_json(note)["sources"])


# --------------------------------------------------------------------------- pure pieces


def _meeting(doc: Document, date: dt.date, **refs: dt.date) -> Meeting:
    return Meeting(
        doc_id=doc.doc_id,
        doc=doc.name,
        body="Parks Board",
        date=date,
        kind="minutes",
        referenced_dates=refs,
    )


def test_a_previous_meeting_date_that_misses_the_record_is_reported() -> None:
    first = document("Parks Board minutes of the meeting held on 4 March 2024.", name="a.txt")
    second = document(
        "Parks Board, 8 April 2024.\nMinutes of the previous meeting held on "
        "3 March 2024 were agreed.",
        name="b.txt",
    )
    meetings = [
        _meeting(first, dt.date(2024, 3, 4)),
        _meeting(second, dt.date(2024, 4, 8), previous=dt.date(2024, 3, 3)),
    ]
    found = check.date_conflicts(meetings, {"a.txt": first, "b.txt": second})
    assert len(found) == 1 and "3 March 2024" in found[0].text and "4 March 2024" in found[0].text
    assert found[0].kind == check.PREVIOUS_MISMATCH
    # The referring sentence, then each meeting's own date line.
    assert [s.doc for s in found[0].spans] == ["b.txt", "b.txt", "a.txt"]
    assert "3 March 2024" in found[0].spans[0].quote and "8 April" in found[0].spans[1].quote
    assert "4 March 2024" in found[0].spans[2].quote


def test_one_unrecorded_meeting_dated_two_ways() -> None:
    first = document(
        "Held on 2 October 2023.\nDate of the next meeting: 6 November 2023.",
        name="a.txt",
    )
    third = document(
        "Held on 4 December 2023.\nMinutes of the last meeting, 4 November 2023, agreed.",
        name="c.txt",
    )
    meetings = [
        _meeting(first, dt.date(2023, 10, 2), next=dt.date(2023, 11, 6)),
        _meeting(third, dt.date(2023, 12, 4), previous=dt.date(2023, 11, 4)),
    ]
    found = check.date_conflicts(meetings, {"a.txt": first, "c.txt": third})
    assert [f.kind for f in found] == [check.TWO_WAYS]
    assert "6 November 2023" in found[0].text and "4 November 2023" in found[0].text


def test_consistent_dates_and_missing_records_say_nothing() -> None:
    first = document("Held on 4 March 2024.", name="a.txt")
    second = document(
        "Held on Monday 8 April 2024. Minutes of the previous meeting (4 March 2024).",
        name="b.txt",
    )
    third = document(
        "Held on 10 June 2024. Minutes of the previous meeting (13 May 2024).",
        name="c.txt",
    )
    meetings = [
        _meeting(first, dt.date(2024, 3, 4)),
        _meeting(second, dt.date(2024, 4, 8), previous=dt.date(2024, 3, 4)),
        _meeting(third, dt.date(2024, 6, 10), previous=dt.date(2024, 5, 13)),
    ]
    docs = {"a.txt": first, "b.txt": second, "c.txt": third}
    assert check.date_conflicts(meetings, docs) == []


def test_a_weekday_that_does_not_match_its_date() -> None:
    doc = document("The next meeting will be held on Tuesday 8 April 2024 at 7pm.", name="x.txt")
    found = check.date_conflicts([_meeting(doc, dt.date(2024, 3, 4))], {"x.txt": doc})
    assert len(found) == 1 and found[0].kind == check.WRONG_WEEKDAY
    assert "Monday" in (found[0].aside or "") and "Tuesday 8 April 2024" in found[0].text


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("by 30 April 2025", dt.date(2025, 4, 30)),
        ("before the next meeting", dt.date(2025, 5, 14)),
        ("at the July meeting", dt.date(2025, 7, 31)),
        ("in January", dt.date(2026, 1, 31)),
        ("as soon as possible", None),
    ],
)
def test_due_dates(due: str, expected: dt.date | None) -> None:
    span = Span(doc_id="d", doc="d", page=None, start=0, end=1, quote="x")
    action = ActionItem(
        id="1",
        description="x",
        owners=[],
        status="open",
        due=due,
        meeting_date=dt.date(2025, 3, 12),
        source=span,
    )
    meetings = [
        Meeting(doc_id=str(d), doc="d", body="B", date=d, kind="minutes")
        for d in (dt.date(2025, 3, 12), dt.date(2025, 5, 14))
    ]
    assert scan.due_date(action, meetings) == expected


def test_llm_phrasing_is_verified(samples: Corpus) -> None:
    """A true item sentence replaces the item's bare title; an invented one never reaches the
    note."""
    when = dt.date(2025, 5, 14)  # the last meeting is then the March minutes
    plain = samples.brief(body="Riverside", date=when)
    titles = [
        b.text
        for b in next(s for s in plain.sections if s.key == "last_meeting").bullets
        if b.aside == UNDECIDED
    ]
    assert any("Early help performance" in t for t in titles)
    llm = FakeLLM().enqueue(
        "Referrals rose by 12% compared with the previous quarter, mainly from schools [1]. "
        "The Board approved a budget of £2 million for new youth centres [2]."
    )
    note = build_briefing(
        samples.register,
        samples.docs.__getitem__,
        body="Riverside",
        date=when,
        phraser=Phraser(llm, Verifier(HashEmbedder())),
    )
    samples.assert_cited(note)
    text = _section(note, "last_meeting")
    assert "Early help performance: Referrals rose by 12%" in text
    assert "Considered: 3 Early help performance" not in text  # replaced
    assert "£2 million" not in text
    assert "brief_items" not in json.dumps(llm.history)  # the rendered prompt, not its name


def test_no_llm_call_when_items_have_nothing_to_phrase(samples: Corpus) -> None:
    llm = FakeLLM()
    build_briefing(
        samples.register,
        samples.docs.__getitem__,
        body="Riverside",
        phraser=Phraser(llm, Verifier(HashEmbedder())),
    )
    assert llm.history == []  # the action log's last meeting lists no items by title


# --------------------------------------------------------------------------- the shared corpus


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    paths = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    paths += sorted((shared_dir / "corpus" / "external" / "minutes").glob("stokeferry_*.txt"))
    return Corpus(paths, tmp_path_factory.mktemp("brief") / "records.sqlite")


def _matches(keys: list[str], text: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'")).lower()

    hay = norm(text)
    for key in keys:
        words = norm(key).split()
        if norm(key) in hay or sum(w in hay for w in words) >= 0.8 * len(words):
            return True
    return False


@pytest.mark.integration
def test_nottinghamshire_note_has_every_open_gold_action(corpus: Corpus, shared_dir: Path) -> None:
    gold = [
        json.loads(line)
        for line in (shared_dir / "gold" / "actions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    gold = [g for g in gold if g["doc"] == "000_7e63c750a4f6aaac.txt"]
    note = corpus.brief(body="Nottinghamshire Children's Trust Executive")
    corpus.assert_cited(note)
    section = next(s for s in note.sections if s.key == "open_actions")
    # A bullet's text and the quotes it cites: the matching rule of the gold README.
    bullets = [b.text + " " + " ".join(c.quote for c in b.citations) for b in section.bullets]
    missing = [
        g["id"]
        for g in gold
        if g["status"] == "open" and not any(_matches(g["key"], b) for b in bullets)
    ]
    closed_as_open = [
        g["id"]
        for g in gold
        if g["status"] == "closed" and any(_matches(g["key"], b) for b in bullets)
    ]
    assert not missing, f"open gold actions missing from the note: {missing}"
    assert not closed_as_open, f"closed gold actions listed as open: {closed_as_open}"


@pytest.mark.integration
def test_personal_brief_for_lj(corpus: Corpus) -> None:
    note = corpus.brief(body=None, for_person="LJ")
    corpus.assert_cited(note)
    assert "Laurence Jones" in _section(note, "person")
    opened = _section(note, "open_actions")
    assert "GP liaison" in opened and "young carers" in opened


@pytest.mark.integration
def test_stoke_ferry_brief(corpus: Corpus, tmp_path: Path) -> None:
    note = corpus.brief(body="Stoke Ferry Parish Council")
    corpus.assert_cited(note)
    assert note.last_meeting == dt.date(2020, 12, 2)
    assert "Chair" in _section(note, "last_meeting")
    assert _section(note, "open_actions")
    # The papers of January 2020 approve "the meeting of 3 December 2019"; the record says 4th.
    assert "3 December 2019" in _section(note, "inconsistencies")
    import docx

    word = export(note, tmp_path / "sf.docx")
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Stoke Ferry Parish Council" in text


@pytest.mark.integration
def test_nottinghamshire_note_is_supported_and_lists_no_log_rows_as_items(
    corpus: Corpus, embedder
) -> None:  # noqa: ANN001
    note = corpus.brief(body="Nottinghamshire Children's Trust Executive")
    assert unsupported(note, Verifier(embedder)) == []
    actions = corpus.register.actions(status="all", body=note.body)
    items = [b for b in note.sections[0].bullets if b.aside == UNDECIDED]
    assert not any(
        scan.overlaps(span, a.source)
        for b in items
        for span in b.spans
        for a in actions
        if a.meeting_date == note.last_meeting
    )


@pytest.mark.integration
def test_a_long_register_gives_a_short_note_and_the_full_list_in_json(corpus: Corpus) -> None:
    note = corpus.brief(body="Stoke Ferry Parish Council")
    shown = [b for s in note.sections if s.in_note for b in s.bullets]
    more = next(s for s in note.sections if s.key == "open_actions_more")
    assert not more.in_note and more.bullets and len(shown) <= 70
    assert any("open_actions_more" in n for n in note.notes)
    body = render_markdown(note).split("## Sources")[0]
    assert len(body) < 15000 and "More open actions" not in body
    data = briefing_json(note)
    assert any(s["key"] == "open_actions_more" and s["bullets"] for s in data["sections"])
    full = corpus.brief(body="Stoke Ferry Parish Council", full=True)
    assert all(s.in_note for s in full.sections)
    assert "More open actions" in render_markdown(full)
    # Sources the note lists are those its bullets cite, numbered from 1.
    cited = {c.n for s in note.sections if s.in_note for b in s.bullets for c in b.citations}
    assert cited == set(range(1, len(cited) + 1))


def test_sentences_of_run_on_numbered_paragraphs_and_walls_of_text() -> None:
    from assistant.brief.scan import sentence_bounds

    text = "The item was noted.(4)Mr Lee spoke in reply.(5)Mr Ray moved that the item be deferred to May."
    hit = text.index("deferred")
    left, right = sentence_bounds(text, hit, hit + len("deferred"))
    assert text[left:right] == "(5)Mr Ray moved that the item be deferred to May."
    wall = "word " * 100 + "deferred " + "word " * 100
    hit = wall.index("deferred")
    left, right = sentence_bounds(wall, hit, hit + 8)
    assert wall[left:right].startswith("word") and wall[left:right].endswith("word")
    assert "deferred" in wall[left:right]
