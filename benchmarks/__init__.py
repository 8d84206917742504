"""Benchmarks of sitbrief: speed (run.py and friends, run as scripts) and extraction quality (a package)."""
