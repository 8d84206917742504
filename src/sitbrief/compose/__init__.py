"""Compose a Brief from Facts and a Layout: the one place wording is decided.

What goes in: ``Facts`` (one article, or several for a digest) and a ``Layout``; what comes out: a
``Brief`` (``compose.brief``), a neutral document of sections and blocks with style roles and
evidence refs that both writers draw. Jinja2 wording templates run here and nowhere else.
"""
