"""The action eval on the real development gold (needs ../shared). The gates are what the code
measured on the gold when it grew (seeds 001/002/004, Manordeilo & Salem, Kent), so that they
catch regressions; the issues that rework extraction raise them."""

import pytest

from assistant.config import get_settings
from evals.actions_eval import run

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_gold_bars():
    shared = get_settings().shared_dir
    reports = run([shared / "gold", shared / "gold" / "external"], [shared / "corpus"])
    seeds, external = reports[str(shared / "gold")], reports[str(shared / "gold" / "external")]
    # seeds: measured recall 0.643, precision 0.844, owner 0.889, status 1.0
    assert seeds["recall"] >= 0.64
    assert seeds["precision"] >= 0.84
    assert seeds["owner_accuracy"] >= 0.88
    assert seeds["status_accuracy"] >= 0.95
    # external: measured recall 0.837, precision 0.726, owner 0.926, status 0.969, links F1 0.429
    assert external["recall"] >= 0.83
    assert external["precision"] >= 0.72
    assert external["owner_accuracy"] >= 0.92
    assert external["status_accuracy"] >= 0.96
    assert external["followups"]["f1"] >= 0.42
