#!/usr/bin/env python3
"""Build the ninth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout9/make_heldout9.py

The renderer is evals/minutes_render.py, shared with the earlier held-out sets (not edited for
this set); this set supplies three HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout9.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: combined | partnership | station.
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
FIXED = _dt.datetime(2025, 12, 15, 9, 15, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a combined authority's "meetings and decisions" pages
    "combined": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}.masthead{{"
        "background:#3b1f5c;color:#fff;padding:10px 28px}}.page{{max-width:60em;margin:1em auto}}"
        "table.data td,table.data th{{border:1px solid #999;padding:3px 6px}}</style>\n</head>\n<body>\n"
        '<div class="masthead"><span class="org">{site}</span>'
        '<nav><a href="/about">About us</a> <a href="/transport">Transport</a> '
        '<a href="/skills">Skills and jobs</a> <a href="/meetings">Meetings and decisions</a> '
        '<a href="/mayor">The Mayor</a></nav></div>\n'
        '<div class="page">\n<p class="crumbs">Home › Meetings and decisions › Transport Committee › '
        "Minutes</p>\n"
        '<aside class="related"><h3>In this meeting</h3><ul><li>Agenda (PDF)</li><li>Reports pack '
        "(PDF, 3.1 MB)</li><li>Webcast recording</li><li>Minutes</li></ul></aside>\n"
        "{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Privacy | Accessibility | Freedom of information | "
        "Contact the Combined Authority</p></footer>\n</body>\n</html>\n"
    ),
    # a Scottish health and social care partnership's site
    "partnership": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        '<link rel="stylesheet" href="/assets/hscp.css">\n</head>\n<body>\n'
        '<header><div class="logo">{site}</div><ul class="menu"><li><a href="/services">Our '
        'services</a></li><li><a href="/ijb">Integration Joint Board</a></li><li><a href="/plans">'
        'Plans and reports</a></li><li><a href="/contact">Contact</a></li></ul></header>\n'
        '<div class="banner">Working together for better health and wellbeing</div>\n'
        '<section class="content">\n{body}\n</section>\n'
        '<footer class="foot"><p>{footer}</p><p>Strathcairn Council and NHS Strathcairn working in '
        "partnership</p><p>Cookie settings · Accessibility · Sitemap</p></footer>\n</body>\n</html>\n"
    ),
    # a lifeboat station's volunteer-run site
    "station": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{{font-family:Georgia,serif;margin:0;background:#f4f6f8}}.top{{background:#0b2a4a;"
        "color:#ffd200;padding:12px 20px}}.main{{max-width:52em;margin:0 auto;background:#fff;"
        "padding:1em 2em}}</style>\n</head>\n<body>\n"
        '<div class="top"><p class="name">{site}</p><nav><a href="/">Home</a> <a href="/shouts">'
        'Shouts</a> <a href="/crew">Our crew</a> <a href="/shop">Shop</a> <a href="/volunteer">'
        'Volunteer with us</a> <a href="/minutes">Station minutes</a></nav></div>\n'
        '<div class="main">\n{body}\n</div>\n'
        "<footer><p>{footer}</p><p>In an emergency at sea or on the coast dial 999 and ask for the "
        "Coastguard.</p></footer>\n</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout9 builder", TEMPLATES, "combined")


if __name__ == "__main__":
    main(sys.argv[1:])
