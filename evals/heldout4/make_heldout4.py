#!/usr/bin/env python3
"""Build the fourth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout4/make_heldout4.py

The renderer is evals/minutes_render.py, shared with heldout3; this set adds a plain-text
format and three HTML templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates, fixed
DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout4.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: idb | trust | democracy.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from evals import minutes_render as render

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
BUILD = HERE / "build"
FIXED = _dt.datetime(2025, 10, 6, 9, 0, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    "idb": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n<style>body{{font-family:Arial,sans-serif;margin:0}}"
        ".bar{{background:#1d4f6e;color:#fff;padding:8px}}main{{max-width:52em;margin:auto}}"
        "td,th{{border:1px solid #bbb;padding:3px 6px;vertical-align:top}}</style>\n</head>\n<body>\n"
        '<div class="bar"><span class="site">{site}</span></div>\n'
        '<nav><a href="/">Home</a> | <a href="/about">About the Board</a> | <a href="/rates">Drainage rates</a> | '
        '<a href="/consents">Land drainage consents</a> | <a href="/meetings">Board meetings</a> | '
        '<a href="/contact">Contact</a></nav>\n<main>\n{body}\n</main>\n'
        "<footer><p>{footer}</p></footer>\n</body>\n</html>\n"
    ),
    "trust": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{{font-family:'Gill Sans',sans-serif;background:#f7f4ee}}.page{{max-width:48em;margin:auto}}"
        "table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px}}</style>\n</head>\n<body>\n"
        '<div class="page">\n<header><div class="logo">{site}</div>\n<ul class="menu"><li><a href="/visit">Visit</a></li>'
        '<li><a href="/collections">Collections</a></li><li><a href="/support">Support us</a></li>'
        '<li><a href="/about/governance">Governance</a></li><li><a href="/shop">Shop</a></li></ul></header>\n'
        '<article class="minutes">\n{body}\n</article>\n<footer class="small">{footer}</footer>\n</div>\n</body>\n</html>\n'
    ),
    "democracy": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        '<link rel="stylesheet" href="/assets/committee.css">\n</head>\n<body>\n'
        '<a class="skip" href="#main">Skip to content</a>\n'
        '<div class="header"><span class="council">{site}</span>\n<form class="search" action="/search">'
        '<input name="q" placeholder="Search the site"></form></div>\n'
        '<ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/council">Your council</a></li>'
        '<li><a href="/council/committees">Committees</a></li><li>Health Scrutiny Committee</li></ol>\n'
        '<div id="main" class="committee-minutes">\n{body}\n</div>\n'
        '<div class="footer"><p>{footer}</p><p><a href="/accessibility">Accessibility</a> | '
        '<a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p></div>\n</body>\n</html>\n'
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout4 builder", TEMPLATES, "idb")


if __name__ == "__main__":
    main(sys.argv[1:])
