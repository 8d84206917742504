"""The PPTX writer (python-pptx): a Brief and a Theme in, a planned, measured slide deck out.

``writer.write_pptx`` is the entry point; ``slides`` plans slides from blocks, the other modules
draw one kind of content each (text flows, tables, cards, timeline, notes) on the layout's master.
"""
