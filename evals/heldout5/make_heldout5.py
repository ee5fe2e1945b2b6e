#!/usr/bin/env python3
"""Build the fifth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout5/make_heldout5.py

The renderer is evals/minutes_render.py, shared with heldout3 and heldout4 (not edited for
this set); this set supplies two HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout5.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: council | npa.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from evals import minutes_render as render

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
BUILD = HERE / "build"
FIXED = _dt.datetime(2025, 11, 3, 8, 30, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a unitary council's committee pages (Health and Wellbeing Board)
    "council": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>{title}</title>\n"
        '<link rel="stylesheet" href="/static/css/site.css">\n</head>\n<body class="meetings">\n'
        '<header class="masthead"><a class="brand" href="/">{site}</a>\n'
        '<ul class="topnav"><li><a href="/bins">Bins and recycling</a></li>'
        '<li><a href="/council-tax">Council Tax</a></li><li><a href="/schools">Schools</a></li>'
        '<li><a href="/social-care">Adult social care</a></li>'
        '<li><a href="/democracy">Councillors and democracy</a></li></ul></header>\n'
        '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/democracy">Councillors and democracy</a>'
        ' &gt; <a href="/democracy/meetings">Meetings, agendas and minutes</a> &gt; '
        "Health and Wellbeing Board</nav>\n"
        '<main id="content" class="minutes-page">\n{body}\n'
        '<p class="docs"><a href="/democracy/meetings/hwb/agenda.pdf">Agenda pack (PDF)</a> | '
        '<a href="/democracy/meetings/hwb/webcast">Watch the webcast</a></p>\n</main>\n'
        '<footer class="site-footer"><p>{footer}</p><p><a href="/accessibility">Accessibility statement</a>'
        ' · <a href="/privacy">Privacy notice</a> · <a href="/contact">Contact us</a></p></footer>\n'
        "</body>\n</html>\n"
    ),
    # a national park authority's website
    "npa": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{{font-family:Georgia,serif;color:#222;margin:0}}header{{background:#3c5a3a;color:#fff;"
        "padding:10px 20px}}main{{max-width:50em;margin:1em auto}}table{{border-collapse:collapse}}"
        "td,th{{border:1px solid #aaa;padding:3px 5px}}</style>\n</head>\n<body>\n"
        '<header><div class="logo">{site}</div>\n<nav><a href="/visiting">Visiting</a> · '
        '<a href="/planning">Planning</a> · <a href="/planning/committee">Planning Committee</a> · '
        '<a href="/conservation">Conservation</a> · <a href="/about">About the Authority</a></nav></header>\n'
        '<main>\n<p class="crumbs">You are here: Planning › Planning Committee › Minutes</p>\n{body}\n</main>\n'
        '<footer><p>{footer}</p><p>Follow the Countryside Code. <a href="/cookies">Cookies</a></p></footer>\n'
        "</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout5 builder", TEMPLATES, "council")


if __name__ == "__main__":
    main(sys.argv[1:])
