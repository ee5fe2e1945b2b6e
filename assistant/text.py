"""Shared vocabulary: month names, stop words and the word pattern, defined once."""

from __future__ import annotations

import re

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# Every way minutes name a month ("March", "Mar", "Sept"), lower case, to its number.
MONTHS = {name: n for n, name in enumerate(MONTH_NAMES, 1)} | {
    name[:3]: n for n, name in enumerate(MONTH_NAMES, 1)
}
MONTHS["sept"] = 9

# Function words that say nothing about what a question or passage is about.
STOP_WORDS = frozenset(
    """a about after all also am an and any are as at be been before being but by can could
    did do does for from had has have he her him his how i if in into is it its me my no not
    of on or our she so than that the their them then there these they this those to was we
    were what when where which who whom why will with would you your""".split()
)

# A word as search and evidence ranking count it: letters and digits, with an apostrophe.
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*")
