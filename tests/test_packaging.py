"""An installed wheel (not the editable checkout) carries every subpackage and finds the prompt
templates that live in the top-level prompts/ folder."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_wheel_installed_elsewhere_renders_a_prompt(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("minutes_assistant-*.whl")
    packed = set(zipfile.ZipFile(wheel).namelist())
    for init in (REPO / "assistant").rglob("__init__.py"):
        assert init.relative_to(REPO).as_posix() in packed, f"{init.parent.name} is not packaged"
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    script = (
        "import assistant.prompts as p;"
        "print(p.__file__);"
        "print(p.render('answer_user', evidence='[1] The hall was booked.', question='Q?'))"
    )
    run = subprocess.run(
        [str(python), "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    where, rendered = run.stdout.split("\n", 1)
    assert str(env_dir) in where  # the installed copy, not this checkout
    assert "[1] The hall was booked." in rendered and "Q?" in rendered
