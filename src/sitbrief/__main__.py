"""Run the sitbrief CLI with ``python -m sitbrief``."""

from sitbrief.cli.main import main

main()
