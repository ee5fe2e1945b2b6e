"""Action points from every common layout of minutes (log tables, ACTION lines, "X to ...",
RESOLVED, matters arising), their owners and their status words."""

from .extract import extract_actions
from .status import classify_status, update_status

__all__ = ["classify_status", "extract_actions", "update_status"]
