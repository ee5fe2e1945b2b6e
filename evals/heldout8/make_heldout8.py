#!/usr/bin/env python3
"""Build the eighth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout8/make_heldout8.py

The renderer is evals/minutes_render.py, shared with the earlier held-out sets (not edited for
this set); this set supplies three HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout8.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: democracy | district | cyngor.
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
FIXED = _dt.datetime(2025, 12, 8, 9, 15, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a county council's committee-management ("democracy") pages
    "democracy": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}}#mgHeader{{background:"
        "#00416a;color:#fff;padding:8px 24px}}#mgContent{{max-width:58em;margin:1em auto}}"
        ".mgSideBar{{float:right;width:14em;font-size:12px}}</style>\n</head>\n<body>\n"
        '<div id="mgHeader"><span class="council">{site}</span> | Democracy and elections</div>\n'
        '<div class="mgBreadcrumb"><a href="/mgListCommittees">Committees</a> &gt; '
        '<a href="/mgCommitteeDetails?ID=212">Pension Fund Committee</a> &gt; Meeting minutes</div>\n'
        '<div class="mgSideBar"><h3>Meeting documents</h3><ul><li>Agenda frontsheet (PDF, 142 KB)</li>'
        "<li>Printed minutes (PDF, 208 KB)</li><li>Attendance details</li></ul>"
        "<h3>Other meetings</h3><ul><li>Local Pension Board</li><li>Audit and Governance "
        "Committee</li></ul></div>\n"
        '<div id="mgContent">\n{body}\n</div>\n'
        '<div id="mgFooter"><p>{footer}</p><p>Accessibility statement | Cookies | Contact us</p></div>\n'
        "</body>\n</html>\n"
    ),
    # a district council's licensing pages
    "district": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>{title}</title>\n"
        '<link rel="stylesheet" href="/static/district.css">\n</head>\n<body>\n'
        '<a class="skip" href="#main">Skip to main content</a>\n'
        '<header class="site-header"><p class="site-name">{site}</p>'
        '<form class="search"><input type="search" placeholder="Search the site"></form>'
        '<nav><a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a> '
        '<a href="/planning">Planning</a> <a href="/licensing">Licensing</a> '
        '<a href="/your-council">Your council</a></nav></header>\n'
        '<main id="main">\n<nav class="breadcrumb">Home / Licensing / Licensing hearings and '
        "decisions</nav>\n{body}\n</main>\n"
        '<footer class="site-footer"><p>{footer}</p><p>Report a problem with this page</p></footer>\n'
        "</body>\n</html>\n"
    ),
    # a Welsh community council's bilingual site
    "cyngor": (
        '<!DOCTYPE html>\n<html lang="cy">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{{font-family:Tahoma,sans-serif;margin:0;background:#eef3ee}}.wrap{{max-width:"
        "54em;margin:0 auto;background:#fff;padding:1em 2em}}.iaith{{float:right}}</style>\n"
        '</head>\n<body>\n<div class="wrap">\n'
        '<div class="iaith"><a href="?lang=cy">Cymraeg</a> | <a href="?lang=en">English</a></div>\n'
        '<p class="enw">{site}</p>\n'
        '<nav><a href="/">Hafan / Home</a> <a href="/cynghorwyr">Cynghorwyr / Councillors</a> '
        '<a href="/cofnodion">Cofnodion / Minutes</a> <a href="/newyddion">Newyddion / News</a></nav>\n'
        '<div class="cynnwys">\n{body}\n</div>\n'
        "<footer><p>{footer}</p><p>Croesawn ohebiaeth yn Gymraeg / We welcome correspondence in "
        "Welsh.</p></footer>\n</div>\n</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout8 builder", TEMPLATES, "district")


if __name__ == "__main__":
    main(sys.argv[1:])
