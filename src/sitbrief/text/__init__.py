"""Plain-text language tools that know nothing of articles or facts: cleaning, sentence
boundaries and date expressions.

What goes in: strings (and an anchor date); what comes out: cleaned strings, sentence spans and
``DateExpr`` values. Used by reading (header dates), extraction (event dates) and composing
(absolute dates in the bottom line).
"""
