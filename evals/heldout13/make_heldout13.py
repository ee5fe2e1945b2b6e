#!/usr/bin/env python3
"""Build the thirteenth held-out test bed (invented minutes) from src/*.txt into build/.

    /work/main/.venv/bin/python evals/heldout13/make_heldout13.py

The renderer is evals/minutes_render.py, shared with the earlier held-out sets (not edited for
this set); this set supplies four HTML page templates of its own.

build/ is removed and rebuilt on every run. Deterministic: fixed PDF creation dates and
producer, fixed DOCX core properties and zip timestamps.
Needs fpdf2 (2.8), python-docx and the DejaVu fonts in /usr/share/fonts/truetype/dejavu
(check_heldout13.py also needs pypdf).

Source markup: see evals/minutes_render.py. This set's HTML templates: bowls | foodbank |
radio | busgroup.
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
FIXED = _dt.datetime(2026, 11, 27, 16, 40, 0, tzinfo=_dt.timezone.utc)

TEMPLATES = {
    # a bowling club's small website (the minutes sit under "Members' area")
    "bowls": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Verdana,sans-serif;background:#eef4ea;margin:0}}#head{{"
        "background:#2f6b2f;color:#fff;padding:10px 24px}}#main{{max-width:50em;margin:1em auto;"
        "background:#fff;padding:1em 1.6em}}table.minutes td.owner{{width:5em;text-align:center;"
        "font-weight:bold}}</style>\n</head>\n<body>\n"
        '<div id="head"><p class="club">{site}</p><p class="motto">Bowls for all ages since '
        '1931</p><nav><a href="/">Home</a> <a href="/join">Join</a> <a href="/fixtures">'
        'Fixtures</a> <a href="/results">Results</a> <a href="/members">Members\' area</a> '
        '<a href="/contact">Find us</a></nav></div>\n'
        '<div id="main">\n<p class="crumbs">Members\' area › Committee › Minutes</p>\n'
        "{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Visitors are welcome on club nights: flat-soled shoes, "
        "please.</p></footer>\n</body>\n</html>\n"
    ),
    # a food bank's charity website
    "foodbank": (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:'Trebuchet MS',sans-serif;margin:0;color:#1d1d1d}}.banner{{"
        "background:#e8772e;color:#fff;padding:14px 28px}}.wrap{{max-width:48em;margin:0 auto;"
        "padding:1em}}</style>\n</head>\n<body>\n"
        '<div class="banner"><p class="name">{site}</p><ul class="nav"><li><a href="/help">'
        'Get help</a></li><li><a href="/donate">Donate food</a></li><li><a href="/give">'
        'Give money</a></li><li><a href="/volunteer">Volunteer</a></li><li><a href="/about">'
        "About us</a></li></ul></div>\n"
        '<div class="wrap">\n<p class="crumbs">About us › Governance › Trustees\' minutes</p>\n'
        "{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Need food today? Ask any of our referral partners for a "
        "voucher.</p></footer>\n</body>\n</html>\n"
    ),
    # a community radio station's website
    "radio": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        '<link rel="stylesheet" href="/assets/station.css">\n</head>\n<body>\n'
        '<header class="top"><div class="logo">{site}</div><div class="onair">Listen live'
        '</div><nav><a href="/schedule">Schedule</a> <a href="/presenters">Presenters</a> '
        '<a href="/podcasts">Podcasts</a> <a href="/volunteer">Get involved</a> '
        '<a href="/about/board">The board</a></nav></header>\n'
        '<main class="page">\n{body}\n</main>\n'
        "<footer><p>{footer}</p><p>Studio line open during live shows. Text the studio from "
        "any network.</p></footer>\n</body>\n</html>\n"
    ),
    # a council for voluntary service's pages for its member groups
    "busgroup": (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>{title}</title>\n"
        "<style>body{{font-family:Tahoma,sans-serif;margin:0}}.strip{{background:#134e6f;"
        "color:#fff;padding:8px 20px}}.content{{max-width:54em;margin:1em auto}}</style>\n"
        "</head>\n<body>\n"
        '<div class="strip"><span class="org">{site}</span> <nav><a href="/groups">Find a '
        'group</a> <a href="/funding">Funding news</a> <a href="/training">Training</a> '
        '<a href="/rooms">Room hire</a></nav></div>\n'
        '<div class="content">\n<p class="crumbs">Groups › Transport and travel › Papers</p>\n'
        "{body}\n</div>\n"
        "<footer><p>{footer}</p><p>Registered charity. Cookie settings · Accessibility."
        "</p></footer>\n</body>\n</html>\n"
    ),
}


def main(argv):
    render.build_set(SRC, BUILD, FIXED, "heldout13 builder", TEMPLATES, "busgroup")


if __name__ == "__main__":
    main(sys.argv[1:])
