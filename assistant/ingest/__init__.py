"""Files -> Documents (pages of text) -> Meeting records (body, date, people, items, decisions,
actions, each with its source span) and the chunks that are indexed."""

from .chunks import chunk_document
from .files import expand_paths
from .limits import Limits
from .meeting import parse_meeting
from .readers import SUPPORTED, ReadError, read_document, sha256_of

__all__ = [
    "SUPPORTED",
    "Limits",
    "ReadError",
    "chunk_document",
    "expand_paths",
    "parse_meeting",
    "read_document",
    "sha256_of",
]
