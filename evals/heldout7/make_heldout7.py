#!/usr/bin/env python3
"""Build the seventh held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout7/make_heldout7.py

The renderer is evals/minutes_render.py, shared with the earlier held-out sets (not edited for
this set); this set supplies three HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout7.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: college | ccblog | club.
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
FIXED = _dt.datetime(2025, 12, 1, 10, 30, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a further education college's governance pages
    "college": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Georgia,serif;margin:0;color:#222}}header{{background:#5b2a86;"
        "color:#fff;padding:10px 28px}}main{{max-width:60em;margin:1.5em auto}}table{{border-collapse:"
        "collapse;margin:.6em 0}}td,th{{border:1px solid #999;padding:3px 7px;vertical-align:top}}"
        "nav.crumbs{{font-size:12px;margin:.5em 28px}}</style>\n</head>\n<body>\n"
        '<header><span class="logo">{site}</span> <span class="strap">Learn. Work. Belong.</span>'
        '<ul class="topnav"><li><a href="/courses">Courses</a></li><li><a href="/apprenticeships">'
        'Apprenticeships</a></li><li><a href="/adults">Adult learning</a></li><li><a href="/about">'
        "About us</a></li></ul></header>\n"
        '<nav class="crumbs"><a href="/about">About us</a> &rsaquo; <a href="/about/governance">'
        "Governance</a> &rsaquo; Corporation minutes</nav>\n"
        '<main>\n{body}\n</main>\n<footer><p class="small">{footer}</p>'
        '<p class="small"><a href="/freedom-of-information">Freedom of information</a> | '
        '<a href="/accessibility">Accessibility</a></p></footer>\n</body>\n</html>\n'
    ),
    # a community council's blog-style website
    "ccblog": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n<title>{title}</title>\n'
        "<style>body{{font-family:Arial,sans-serif;background:#f4f1ea;margin:0}}#page{{background:"
        "#fff;max-width:52em;margin:0 auto;padding:1em 2em}}.entry-meta{{color:#777;font-size:"
        '12px}}</style>\n</head>\n<body>\n<div id="page">\n'
        '<div class="site-branding"><p class="site-title">{site}</p>'
        '<p class="site-description">News, minutes and notices for the two glens</p></div>\n'
        '<nav class="main-navigation"><a href="/">Home</a> <a href="/minutes">Minutes</a> '
        '<a href="/members">Members</a> <a href="/planning">Planning</a> '
        '<a href="/wind-farm-fund">Wind Farm Fund</a></nav>\n'
        '<article class="post type-post">\n<div class="entry-content">\n{body}\n</div>\n'
        '<footer class="entry-meta">{footer}</footer>\n</article>\n'
        '<div class="widget"><h3>Recent posts</h3><ul><li>Hall rewiring – update</li>'
        "<li>Path closures on the Falls walk</li><li>Winter gritting routes</li></ul></div>\n"
        "</div>\n</body>\n</html>\n"
    ),
    # a rowing club's website
    "club": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        '<link rel="stylesheet" href="/assets/club.css">\n</head>\n<body>\n'
        '<div class="topbar"><a class="brand" href="/">{site}</a> <a href="/join">Join</a> '
        '<a href="/learn-to-row">Learn to row</a> <a href="/regatta">Regatta</a> '
        '<a href="/members">Members area</a></div>\n'
        '<div class="container"><div class="members-only">Members area &gt; Committee</div>\n'
        "{body}\n</div>\n"
        '<div class="site-footer"><p>{footer}</p><p>Affiliated to British Rowing. '
        '<a href="/safeguarding">Safeguarding</a> | <a href="/privacy">Privacy</a></p></div>\n'
        "</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout7 builder", TEMPLATES, "college")


if __name__ == "__main__":
    main(sys.argv[1:])
