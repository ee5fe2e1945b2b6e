"""Records -> a cited briefing note before a meeting -> Markdown, JSON, Word or PDF."""

from .build import build_briefing
from .export import briefing_json, export, render_markdown
from .phrase import Phraser

__all__ = ["Phraser", "briefing_json", "build_briefing", "export", "render_markdown"]
