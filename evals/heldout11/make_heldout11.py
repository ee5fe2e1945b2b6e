#!/usr/bin/env python3
"""Build the eleventh held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout11/make_heldout11.py

The renderer is evals/minutes_render.py, shared with the earlier held-out sets (not edited for
this set); this set supplies four HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout11.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: creditunion | clt |
league | borough.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from evals import minutes_render as render  # noqa: E402

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
BUILD = HERE / "build"
FIXED = _dt.datetime(2026, 12, 9, 9, 15, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a credit union's member website (the board minutes sit under "About us")
    "creditunion": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}.masthead{{"
        "background:#2b3a8f;color:#fff;padding:12px 26px}}.page{{max-width:52em;margin:1.5em auto}}"
        "</style>\n</head>\n<body>\n"
        '<div class="masthead"><p class="brand">{site}</p><p class="tag">Save. Borrow. Belong.</p>'
        '<nav><a href="/save">Savings</a> <a href="/loans">Loans</a> <a href="/join">Join</a> '
        '<a href="/about">About us</a> <a href="/login">Member login</a></nav></div>\n'
        '<div class="page">\n<p class="crumbs">About us › How we are run › Board minutes</p>\n'
        "{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Your savings are protected up to the FSCS limit. Loans are "
        "subject to status.</p></footer>\n</body>\n</html>\n"
    ),
    # a community land trust's small village website
    "clt": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Georgia,serif;background:#f3f0e6;margin:0}}#top{{padding:14px 30px;"
        "border-bottom:4px solid #5b7d3a}}#content{{max-width:46em;margin:0 auto;background:#fff;"
        "padding:1em 2em}}</style>\n</head>\n<body>\n"
        '<div id="top"><p class="sitename">{site}</p><ul class="menu"><li><a href="/">Home</a></li>'
        '<li><a href="/the-homes">The homes</a></li><li><a href="/shares">Buy shares</a></li>'
        '<li><a href="/board">The board</a></li><li><a href="/news">News</a></li></ul></div>\n'
        '<div id="content">\n{body}\n</div>\n'
        "<footer><p>{footer}</p><p>Join the trust for £1 and have a say in what we build.</p>"
        "</footer>\n</body>\n</html>\n"
    ),
    # a cricket league's website
    "league": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        '<link rel="stylesheet" href="/css/league.css">\n</head>\n<body>\n'
        '<header><div class="crest">{site}</div><nav><a href="/fixtures">Fixtures</a> '
        '<a href="/results">Results</a> <a href="/tables">Tables</a> <a href="/clubs">Clubs</a> '
        '<a href="/umpires">Umpires</a> <a href="/handbook">Handbook</a> '
        '<a href="/committee">Committee</a></nav></header>\n'
        '<section class="minutes">\n{body}\n</section>\n'
        "<footer><p>{footer}</p><p>Sponsored by a local motor dealer. Website run by "
        "volunteers.</p></footer>\n</body>\n</html>\n"
    ),
    # a borough council's pages for its youth council
    "borough": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:'Segoe UI',sans-serif;margin:0}}.bar{{background:#6a1b5d;color:#fff;"
        "padding:9px 22px}}.inner{{max-width:55em;margin:1em auto}}table.data td{{border:1px solid "
        "#999;padding:3px 6px}}</style>\n</head>\n<body>\n"
        '<div class="bar"><span class="logo">{site}</span> <nav><a href="/waste">Waste and '
        'recycling</a> <a href="/parking">Parking</a> <a href="/schools">Schools</a> '
        '<a href="/young-people">Young people</a> <a href="/your-council">Your council</a>'
        "</nav></div>\n"
        '<div class="inner">\n<p class="crumbs">Home › Young people › Youth Council › '
        "Meetings</p>\n{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Contact us · Accessibility · Privacy and cookies · "
        "Translate this page</p></footer>\n</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout11 builder", TEMPLATES, "borough")


if __name__ == "__main__":
    main(sys.argv[1:])
