"""The PDF writer (ReportLab platypus): a Brief and a Theme in, a paginated, linked, tagged PDF out.

``writer.write_pdf`` is the entry point; the other modules draw one concern each (styles, markup,
blocks, tables, timeline, document template, page furniture).
"""
