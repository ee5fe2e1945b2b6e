#!/usr/bin/env python3
"""Build the sixth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout6/make_heldout6.py

The renderer is evals/minutes_render.py, shared with heldout3, heldout4 and heldout5 (not
edited for this set); this set supplies two HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout6.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: towncouncil | modgov.
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
FIXED = _dt.datetime(2025, 11, 24, 9, 15, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a small town council's own website (news-style post with a sidebar)
    "towncouncil": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0;color:#1d1d1d}}"
        ".banner{{background:#1f4e79;color:#fff;padding:12px 24px}}.wrap{{display:flex;gap:2em;"
        "max-width:68em;margin:1em auto}}article{{flex:3}}aside{{flex:1;font-size:12px}}"
        "table{{border-collapse:collapse}}td,th{{border:1px solid #bbb;padding:4px 6px;"
        "vertical-align:top}}</style>\n</head>\n<body>\n"
        '<div class="banner"><span class="crest">&#9876;</span> <span class="sitename">{site}</span>'
        '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/your-council">Your Council</a></li>'
        '<li><a href="/meetings">Meetings</a></li><li><a href="/town-hall-hire">Town Hall hire</a></li>'
        '<li><a href="/allotments">Allotments</a></li><li><a href="/contact">Contact</a></li></ul></div>\n'
        '<div class="wrap">\n<article class="post">\n{body}\n</article>\n'
        '<aside><h4>Meetings</h4><ul><li><a href="/meetings/full-council">Full Council</a></li>'
        '<li><a href="/meetings/planning">Planning Committee</a></li>'
        '<li><a href="/meetings/fgp">Finance and General Purposes</a></li></ul>'
        '<h4>Documents</h4><ul><li><a href="/docs/standing-orders.pdf">Standing Orders</a></li>'
        '<li><a href="/docs/transparency">Transparency Code</a></li></ul></aside>\n</div>\n'
        '<footer class="postmeta"><p>{footer}</p><p>Categories: Minutes, Full Council</p></footer>\n'
        "</body>\n</html>\n"
    ),
    # a county council's committee-management pages (the police and crime panel's host authority)
    "modgov": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        '<link rel="stylesheet" href="/democracy/css/mgStyle.css">\n</head>\n<body>\n'
        '<div id="mgHeader"><a href="/" class="logo">{site}</a> '
        '<form class="search" action="/search"><input name="q" placeholder="Search"></form></div>\n'
        '<div id="mgBreadcrumbs"><a href="/democracy">Democracy</a> &gt; '
        '<a href="/democracy/committees">Committees</a> &gt; Police and Crime Panel &gt; Minutes</div>\n'
        '<div id="mgMain">\n<div class="mgLinks"><a href="#">Agenda</a> | <a href="#">Printed minutes</a>'
        ' | <a href="#">Attendance</a> | <a href="#">Decisions</a></div>\n{body}\n</div>\n'
        '<div id="mgFooter"><p>{footer}</p><p><a href="/accessibility">Accessibility</a> | '
        '<a href="/cookies">Cookies</a> | <a href="/privacy">Privacy</a></p></div>\n'
        "</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout6 builder", TEMPLATES, "towncouncil")


if __name__ == "__main__":
    main(sys.argv[1:])
