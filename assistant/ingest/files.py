"""The files an ingest is asked for: folders walked (links followed only inside them, loops
and links out reported), unsupported types and missing paths reported by name."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from assistant.records import IngestResult

from .readers import SUPPORTED


def expand_paths(paths: Iterable[Path | str]) -> tuple[list[Path], list[IngestResult]]:
    """Files to ingest (folders walked recursively, hidden files skipped), and failures for
    paths that do not exist or name an unsupported file."""
    files: list[Path] = []
    failures: list[IngestResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, skipped = _walk(path)
            files += found
            failures += skipped
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED:
                files.append(path)
            else:
                failures.append(
                    IngestResult(
                        path=str(path),
                        name=path.name,
                        status="failed",
                        error=f"unsupported file type '{path.suffix or '(none)'}' "
                        f"(supported: {', '.join(sorted(SUPPORTED))})",
                    )
                )
        else:
            failures.append(
                IngestResult(
                    path=str(path), name=path.name, status="failed", error="no such file or folder"
                )
            )
    unique = list(dict.fromkeys(p.resolve() for p in files))
    return unique, failures


def _walk(root: Path) -> tuple[list[Path], list[IngestResult]]:
    """The supported files under a folder (hidden ones left out, others reported skipped),
    following links only to what lies inside it; a link leading out of it, or back into a
    folder already walked (a loop), is reported and not followed."""
    top = root.resolve()
    seen = {top}
    files: list[Path] = []
    skipped: list[IngestResult] = []

    def refuse(path: Path, why: str) -> None:
        skipped.append(IngestResult(path=str(path), name=path.name, status="failed", error=why))

    for folder, dirs, names in os.walk(root, followlinks=True):
        here = Path(folder)
        for name in sorted(dirs):
            sub = here / name
            real = sub.resolve()
            if name.startswith("."):
                dirs.remove(name)
            elif not real.is_relative_to(top):
                dirs.remove(name)
                refuse(sub, f"a link to a folder outside {root} ({real}), not followed")
            elif real in seen:
                dirs.remove(name)
                if sub.is_symlink():
                    refuse(sub, f"a link back to {real}, already read (a loop), not followed")
            else:
                seen.add(real)
        dirs.sort()
        for name in sorted(names):
            file = here / name
            if name.startswith("."):
                continue
            if file.suffix.lower() not in SUPPORTED:
                skipped.append(
                    IngestResult(
                        path=str(file),
                        name=name,
                        status="skipped",
                        error=f"unsupported file type '{file.suffix or '(none)'}'",
                    )
                )
                continue
            real = file.resolve()
            if not real.is_relative_to(top):
                refuse(file, f"a link to a file outside {root} ({real}), not followed")
            elif real.is_file():
                files.append(file)
            elif file.is_symlink():
                refuse(file, f"a link to {real}, which does not exist")
    return files, skipped
