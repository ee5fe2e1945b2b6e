"""Cross-meeting linking: the later records (matters arising, action-log updates, clerk's
reports) that report on an earlier action, so its status is its latest evidence."""

from .linker import Links, apply_updates, link_body

__all__ = ["Links", "apply_updates", "link_body"]
