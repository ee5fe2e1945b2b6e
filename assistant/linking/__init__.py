"""Cross-meeting linking: the later records (matters arising, action-log updates, clerk's
reports) that report on an earlier action, so its status is its latest evidence; and the
names a corpus gives one body, grouped under one."""

from .bodies import group_bodies
from .linker import Links, apply_updates, link_body

__all__ = ["Links", "apply_updates", "group_bodies", "link_body"]
