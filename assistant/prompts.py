"""Prompt templates live in the top-level `prompts/*.md` (installed as the package data
`assistant.templates`, so a wheel finds them); this renders them with named variables.

Placeholders are `{{name}}` (double braces, so JSON examples in a prompt need no escaping).
A missing variable, or a variable the template never uses, fails loudly: a silently empty
slot in a prompt is a bug that only shows up as worse answers."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class PromptError(KeyError):
    pass


@lru_cache(maxsize=32)
def load(name: str) -> str:
    path = resources.files("assistant.templates") / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"no prompt template {name}.md in assistant.templates (prompts/)")
    return path.read_text(encoding="utf-8").strip()


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


def render_text(template: str, **variables: object) -> str:
    wanted = placeholders(template)
    missing = wanted - variables.keys()
    if missing:
        raise PromptError(f"prompt variables missing: {sorted(missing)}")
    unused = variables.keys() - wanted
    if unused:
        raise PromptError(f"prompt variables not in the template: {sorted(unused)}")
    # One pass, so a value that itself contains "{{x}}" (document text) is never expanded.
    return _PLACEHOLDER.sub(lambda m: str(variables[m.group(1)]), template)


def render(name: str, **variables: object) -> str:
    return render_text(load(name), **variables)
