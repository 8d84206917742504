"""Writers that draw a Brief with a resolved Theme: ``pdf/`` (ReportLab) and ``pptx/`` (python-pptx).

What goes in: a ``compose.brief.Brief`` and a ``layout.theme.Theme``; what comes out: files. The
shared modules here measure text (``textfit``) and load fonts (``fonts``). Neither writer reads
layout YAML or Facts, and neither imports the other's library.
"""
