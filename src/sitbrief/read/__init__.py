"""Read an article file (.txt, .md, .html) into an ``Article``.

What goes in: a path (or decoded text); what comes out: the normalised text, its sentences with
character offsets, and the metadata its header states (title, outlet, date line, dateline, byline),
handed on to extraction. Decoding is strict and sizes are capped.
"""
