"""Check the held-out set 13 gold against the text layer of its built documents
(evals/gold_check.py holds the checks).

    /work/main/.venv/bin/python evals/heldout13/check_heldout13.py          # report misses, exit 1 on any
    /work/main/.venv/bin/python evals/heldout13/check_heldout13.py --dump   # also write text/*.txt
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from evals.gold_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, sys.argv[1:]))
