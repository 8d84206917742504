"""Tense cues: the words that mark a clause as future or planned."""

from __future__ import annotations

import re

from sitbrief.text.gate import Gated

FUTURE = re.compile(
    r"(?<!-)\b(?:will|would|'ll|shall|is set to|are set to|set to|plans? to|planned|planning|preparing|"
    r"(?<!\ba )(?<!\ban )(?<!\bregularly )(?<!\broutine )(?<!\broutine, )scheduled|"  # not "a scheduled port visit"
    r"upcoming|expected to|(?:is|are) expected (?:in|at|on|for)|(?:is|are) set for|"
    r"is to|are to|due to (?!the\b)|slated|to be held|"
    r"intends?|aims? to|hopes? to|hoping to|next|coming|later this|is due|are due|to convene|to meet|"
    r"to hold|preparations for|look(?:s|ed|ing)? forward to|invit(?:e|es|ed)\s+(?:\w+\s+){1,4}to|"
    r"(?:call(?:s|ed)?\s+(?:up)?on|urg(?:e|es|ed))\s+(?:\w+\s+){1,4}to)\b",
    re.I,
)


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
FUTURE = Gated(FUTURE)
