"""`python -m assistant.cli`."""

from . import main

main()
