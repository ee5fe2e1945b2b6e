#!/usr/bin/env python3
"""Build the tenth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout10/make_heldout10.py

The renderer is evals/minutes_render.py, shared with the earlier held-out sets (not edited for
this set); this set supplies four HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout10.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: council | college |
healthwatch | homes.
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
FIXED = _dt.datetime(2026, 11, 20, 14, 40, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a district council's committee pages (the joint committee is hosted by one council)
    "council": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Verdana,sans-serif;margin:0;color:#1a1a1a}}.band{{"
        "background:#00594f;color:#fff;padding:8px 24px}}.wrap{{max-width:58em;margin:1em auto}}"
        "table.data td,table.data th{{border:1px solid #aaa;padding:2px 5px}}</style>\n</head>\n"
        "<body>\n"
        '<div class="band"><span class="org">{site}</span> '
        '<nav><a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a> '
        '<a href="/planning">Planning</a> <a href="/democracy">Councillors and committees</a>'
        "</nav></div>\n"
        '<div class="wrap">\n<p class="crumbs">Home › Councillors and committees › Joint '
        "committees › Meeting details</p>\n"
        '<div class="docs"><h3>Documents</h3><ul><li>Agenda frontsheet</li><li>Public reports '
        "pack</li><li>Printed minutes</li></ul></div>\n"
        "{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Accessibility statement · Cookies · Contact us · "
        "Report it</p></footer>\n</body>\n</html>\n"
    ),
    # a further education college's governance pages
    "college": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        '<link rel="stylesheet" href="/static/college.css">\n</head>\n<body>\n'
        '<header class="site"><div class="brand">{site}</div><ul class="nav"><li><a href="/courses">'
        'Courses</a></li><li><a href="/apprenticeships">Apprenticeships</a></li><li><a href="/adults">'
        'Adult learning</a></li><li><a href="/about/governance">Governance</a></li></ul>'
        '<a class="apply" href="/apply">Apply now</a></header>\n'
        '<main class="governance">\n{body}\n</main>\n'
        "<footer><p>{footer}</p><p>Ofsted · Financial statements · Modern slavery statement · "
        "Privacy notice</p></footer>\n</body>\n</html>\n"
    ),
    # a local Healthwatch's site
    "healthwatch": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{{font-family:'Trebuchet MS',sans-serif;margin:0}}.hdr{{background:#e4007c;"
        "color:#fff;padding:10px 22px}}.col{{max-width:50em;margin:0 auto;padding:1em}}</style>\n"
        "</head>\n<body>\n"
        '<div class="hdr"><p class="logo">{site}</p><p class="strap">Your voice on health and '
        'social care</p><nav><a href="/share">Share your views</a> <a href="/reports">Reports</a> '
        '<a href="/about">About us</a> <a href="/board">Our board</a></nav></div>\n'
        '<div class="col">\n{body}\n</div>\n'
        "<footer><p>{footer}</p><p>Call us, email us or visit a drop-in: we are independent of "
        "the NHS and the council.</p></footer>\n</body>\n</html>\n"
    ),
    # a housing association's tenant involvement pages
    "homes": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Tahoma,sans-serif;margin:0;background:#fafafa}}.top{{"
        "background:#f28c00;color:#000;padding:10px 20px}}.main{{max-width:54em;margin:0 auto;"
        "background:#fff;padding:1em 2em}}</style>\n</head>\n<body>\n"
        '<div class="top"><p class="name">{site}</p><nav><a href="/repairs">Report a repair</a> '
        '<a href="/rent">Pay your rent</a> <a href="/homes">Find a home</a> '
        '<a href="/get-involved">Get involved</a></nav></div>\n'
        '<div class="main">\n<p class="crumbs">Get involved › Tenants\' Scrutiny Panel › '
        "Meeting notes</p>\n{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Out of hours emergency repairs: call the number on your rent "
        "card.</p></footer>\n</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout10 builder", TEMPLATES, "council")


if __name__ == "__main__":
    main(sys.argv[1:])
