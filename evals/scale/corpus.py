"""A generated corpus of minutes-like documents for load tests: `bodies` invented bodies, each
meeting `meetings` times, monthly. Every document has the parts the reader looks for (body,
date, a Present list with initials, numbered items, decisions, ACTION lines for attendees,
matters arising that report on earlier actions), drawn from small invented vocabularies with a
fixed seed, so the same arguments always give the same files.

    python -m evals.scale.corpus OUT [--bodies 50] [--meetings 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

KINDS = ["Parish Council", "Governing Board", "Partnership Board", "Scrutiny Committee",
         "Trust Board", "Planning Committee", "Community Forum", "Safeguarding Board"]  # fmt: skip
PLACES = ["Ashby", "Barrowden", "Colne", "Dunmere", "Elsworth", "Fernley", "Gatcombe", "Hulme",
          "Ilsley", "Kelmarsh", "Lydden", "Marston", "Northwold", "Oakridge", "Pendle",
          "Quarndon", "Rushden", "Stowe", "Thornby", "Upwell", "Varley", "Welby", "Yarwell"]  # fmt: skip
FIRST = ["Ann", "Ben", "Cara", "Dev", "Eve", "Finn", "Gita", "Hugo", "Ines", "Jon", "Kemi",
         "Liam", "Maya", "Noor", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera"]  # fmt: skip
LAST = ["Lee", "Cole", "Hart", "Shah", "Price", "Okafor", "Novak", "Reid", "Bell", "Young",
        "Moss", "Dixon", "Quinn", "Ferris", "Ng", "Ahmed", "Walsh", "Grant", "Lowe", "Patel"]  # fmt: skip
TOPICS = ["street lighting", "grass cutting", "the play area", "the precept", "footpath repairs",
          "the library lease", "winter gritting", "the defibrillator", "allotment rents",
          "the bus shelter", "speed signs", "the village hall roof", "school admissions",
          "the safeguarding audit", "staff wellbeing", "the budget monitoring report",
          "the risk register", "flood defences", "the community grant scheme", "parking"]  # fmt: skip
VERBS = ["obtain three quotes for", "write to the county council about", "report back on",
         "draft a policy on", "meet the contractor about", "circulate a summary of",
         "seek legal advice on", "arrange a site visit for"]  # fmt: skip


def body_names(bodies: int) -> list[str]:
    return [f"{PLACES[i % len(PLACES)]} {KINDS[(i // len(PLACES)) % len(KINDS)]}"
            + (f" {i // (len(PLACES) * len(KINDS)) + 1}" if i >= len(PLACES) * len(KINDS) else "")
            for i in range(bodies)]  # fmt: skip


def members(rng: random.Random) -> list[tuple[str, str]]:
    """(name, initials) of a body's eight members, initials unique within it."""
    out: dict[str, str] = {}
    while len(out) < 8:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        initials = name.split()[0][0] + name.split()[1][0]
        if initials not in out:
            out[initials] = name
    return [(name, initials) for initials, name in out.items()]


def minutes(body: str, day: dt.date, people: list[tuple[str, str]], rng: random.Random,
            earlier: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:  # fmt: skip
    """One meeting's minutes, and the actions it set as (initials, task)."""
    chair, *rest = people
    present = ", ".join(f"{n} ({i})" + (" (Chair)" if (n, i) == chair else "") for n, i in people)
    lines = [body, f"Minutes of the meeting held on {day.strftime('%A %-d %B %Y')}",
             f"Present: {present}", "", "1. Apologies",
             f"Apologies were received from {rng.choice(rest)[0]}.", "",
             "2. Matters arising"]  # fmt: skip
    for initials, task in earlier[:3]:
        done = rng.random() < 0.5
        lines.append(f"{initials} reported that the work to {task} "
                     + ("was complete." if done else "was still in progress."))  # fmt: skip
    set_now: list[tuple[str, str]] = []
    for k, topic in enumerate(rng.sample(TOPICS, 4), start=3):
        lines += ["", f"{k}. {topic[0].upper()}{topic[1:]}"]
        lines.append(f"Members discussed {topic} and the options set out in the report.")
        if rng.random() < 0.6:
            amount = rng.randrange(500, 90000, 250)
            lines.append(f"RESOLVED: that £{amount:,} be allocated to {topic}.")
        owner = rng.choice(rest)
        task = f"{rng.choice(VERBS)} {topic}"
        lines.append(f"ACTION: {owner[1]} to {task} by the next meeting.")
        set_now.append((owner[1], task))
    nxt = day + dt.timedelta(days=28)
    lines += ["", "8. Date of next meeting",
              f"The next meeting will be held on {nxt.strftime('%-d %B %Y')}."]  # fmt: skip
    return "\n".join(lines) + "\n", set_now


def generate(out: Path, bodies: int, meetings: int, seed: int = 7) -> list[Path]:
    """Write the corpus, body by body, a meeting a month; the file list in meeting order of
    each round (every body's first meeting, then every body's second, …) so that any prefix
    of it is a realistic smaller corpus."""
    out.mkdir(parents=True, exist_ok=True)
    rounds: list[list[Path]] = [[] for _ in range(meetings)]
    for b, body in enumerate(body_names(bodies)):
        rng = random.Random(seed * 1000 + b)
        people = members(rng)
        folder = out / f"body{b:03d}"
        folder.mkdir(exist_ok=True)
        earlier: list[tuple[str, str]] = []
        for m in range(meetings):
            day = dt.date(2010, 1, 5) + dt.timedelta(days=28 * m)
            text, earlier = minutes(body, day, people, rng, earlier)
            path = folder / f"{day.isoformat()}.txt"
            path.write_text(text, encoding="utf-8")
            rounds[m].append(path)
    return [p for r in rounds for p in r]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--bodies", type=int, default=50)
    parser.add_argument("--meetings", type=int, default=200)
    args = parser.parse_args()
    files = generate(args.out, args.bodies, args.meetings)
    print(f"{len(files)} documents in {args.out}")


if __name__ == "__main__":
    main()
