#!/usr/bin/env python3
"""Build the third held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout3/make_heldout3.py

The renderer is evals/minutes_render.py (shared with heldout4); this file keeps the set's
fixed date and HTML templates. Deterministic: fixed PDF creation dates, fixed DOCX core
properties and zip timestamps. Needs fpdf2 (2.8), pypdf (only for the self-check at the end), python-docx and the DejaVu
fonts in /usr/share/fonts/truetype/dejavu.

Source markup: see evals/minutes_render.py. This set's HTML templates: ccweb | council | club.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from evals import minutes_render as render

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
BUILD = HERE / "build"
FIXED = _dt.datetime(2025, 6, 2, 9, 0, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    "ccweb": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n<style>body{{font-family:Georgia,serif;max-width:50em;margin:auto}}"
        "nav a{{margin-right:1em}}td{{vertical-align:top;padding:2px 6px}}"
        ".owner{{font-weight:bold;text-align:center;width:4em}}</style>\n</head>\n<body>\n"
        '<header><p class="site">{site}</p>\n<nav><a href="/">Home</a><a href="/about/">About us</a>'
        '<a href="/minutes/">Minutes</a><a href="/planning/">Planning</a><a href="/contact/">Contact</a></nav>'
        "</header>\n<main>\n{body}\n</main>\n<footer><p>{footer}</p></footer>\n</body>\n</html>\n"
    ),
    "council": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        '<link rel="stylesheet" href="/css/democracy.css">\n</head>\n<body>\n'
        '<div id="skip"><a href="#content">Skip to main content</a></div>\n'
        '<div class="masthead"><span class="logo">{site}</span>\n<ul class="topnav"><li><a href="/">Home</a></li>'
        '<li><a href="/councillors">Councillors</a></li><li><a href="/committees">Committees</a></li>'
        '<li><a href="/decisions">Decisions</a></li><li><a href="/calendar">Meetings calendar</a></li></ul></div>\n'
        '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/committees">Committees</a> &gt; '
        '<a href="/committees/cabinet">Cabinet</a> &gt; Decisions</div>\n'
        '<div id="content" class="mgContent">\n{body}\n</div>\n'
        '<div class="footer"><p>{footer}</p></div>\n</body>\n</html>\n'
    ),
    "club": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{{font-family:Verdana,sans-serif;background:#fdfbf5}}.wrap{{max-width:46em;margin:auto}}"
        "table{{border-collapse:collapse}}td,th{{border:1px solid #aaa;padding:3px}}</style>\n</head>\n<body>\n"
        '<div class="wrap">\n<div class="banner">{site}</div>\n<div class="menu"><a href="index.html">Welcome</a> · '
        '<a href="events.html">Events</a> · <a href="join.html">Join us</a> · <a href="minutes.html">Committee minutes</a> · '
        '<a href="villiers.html">Our twin town</a></div>\n<article>\n{body}\n</article>\n'
        '<div class="foot">{footer}</div>\n</div>\n</body>\n</html>\n'
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout3 builder", TEMPLATES, "ccweb", fresh=False)


if __name__ == "__main__":
    main(sys.argv[1:])
