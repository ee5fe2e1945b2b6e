#!/usr/bin/env python3
"""Build the twelfth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout12/make_heldout12.py

The renderer is evals/minutes_render.py, shared with the earlier held-out sets (not edited for
this set); this set supplies four HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout12.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: harbour | councilcms |
allotments | community.
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
FIXED = _dt.datetime(2026, 12, 16, 14, 40, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a trust port's website (the Board's papers sit under "The Commissioners")
    "harbour": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Verdana,sans-serif;margin:0;background:#eef3f7}}header{{"
        "background:#0d3b5c;color:#fff;padding:10px 24px}}main{{max-width:50em;margin:1em auto;"
        "background:#fff;padding:1em 1.6em}}table.grid td{{padding:2px 10px 2px 0}}</style>\n"
        "</head>\n<body>\n"
        '<header><p class="portname">{site}</p><nav><a href="/tides">Tide tables</a> '
        '<a href="/berthing">Berthing and dues</a> <a href="/mariners">Notices to mariners</a> '
        '<a href="/commissioners">The Commissioners</a> <a href="/contact">Contact the '
        "Harbour Office</a></nav></header>\n"
        '<main>\n<p class="trail">The Commissioners › Board papers › 2026</p>\n{body}\n</main>\n'
        "<footer><p>{footer}</p><p>VHF channel 12 · Harbour Office open 8 am to 5 pm, "
        "Monday to Friday</p></footer>\n</body>\n</html>\n"
    ),
    # a district council's committee management pages
    "councilcms": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        '<link rel="stylesheet" href="/sitespecific/committees.css">\n</head>\n<body>\n'
        '<div id="masthead"><span class="council">{site}</span> <form class="search">'
        '<input type="text" name="q" value="Search this site"></form></div>\n'
        '<div id="menu"><a href="/mgCalendarMonthView">Calendar</a> '
        '<a href="/mgListCommittees">Committees</a> <a href="/mgMemberIndex">Councillors</a> '
        '<a href="/mgListDocuments">Library</a> <a href="/mgListOutsideBodies">Outside bodies</a>'
        "</div>\n"
        '<div id="modgov">\n<p class="breadcrumb">Committee details › Issue history › Minutes</p>\n'
        "{body}\n</div>\n"
        "<footer><p>{footer}</p><p>© the council · Accessibility statement · Cookies</p>"
        "</footer>\n</body>\n</html>\n"
    ),
    # an allotment society's small volunteer-run site
    "allotments": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:'Trebuchet MS',sans-serif;background:#fbfaf2;margin:0}}"
        "#banner{{background:#3f6b2a;color:#fff;padding:12px 28px}}#main{{max-width:44em;"
        "margin:0 auto;padding:1em}}</style>\n</head>\n<body>\n"
        '<div id="banner"><p class="name">{site}</p><p class="strap">Growing together since '
        '1921</p></div>\n<ul class="nav"><li><a href="/">Home</a></li><li><a href="/plots">'
        'Getting a plot</a></li><li><a href="/hut">Trading hut</a></li><li><a href="/show">'
        'The show</a></li><li><a href="/committee">Committee</a></li></ul>\n'
        '<div id="main">\n{body}\n</div>\n'
        "<footer><p>{footer}</p><p>Please shut the gates behind you.</p></footer>\n"
        "</body>\n</html>\n"
    ),
    # a Welsh community council's bilingual site
    "community": (
        '<!DOCTYPE html>\n<html lang="cy-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Tahoma,sans-serif;margin:0}}.top{{background:#a31d24;"
        "color:#fff;padding:10px 20px}}.wrap{{max-width:52em;margin:1em auto}}</style>\n"
        "</head>\n<body>\n"
        '<div class="top"><p class="enw">{site}</p><nav><a href="/cy">Cymraeg</a> '
        '<a href="/en">English</a> · <a href="/cynghorwyr">Cynghorwyr / Councillors</a> '
        '<a href="/cofnodion">Cofnodion / Minutes</a> <a href="/cyswllt">Cyswllt / Contact</a>'
        "</nav></div>\n"
        '<div class="wrap">\n{body}\n</div>\n'
        "<footer><p>{footer}</p></footer>\n</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout12 builder", TEMPLATES, "community")


if __name__ == "__main__":
    main(sys.argv[1:])
