"""Cross-meeting linking: the later records (matters arising, action-log updates, clerk's
reports) that report on an earlier action, so its status is its latest evidence; and the
names a corpus gives one body, grouped under one; owners one record leaves unexplained,
explained by the body's other meetings."""

from .bodies import group_bodies, people_by_body
from .linker import Links, apply_updates, link_body
from .owners import explain_owners

__all__ = [
    "Links",
    "apply_updates",
    "explain_owners",
    "group_bodies",
    "link_body",
    "people_by_body",
]
