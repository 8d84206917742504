"""Run the sitbrief CLI with ``python -m sitbrief``."""

from sitbrief.cli import main

main()
