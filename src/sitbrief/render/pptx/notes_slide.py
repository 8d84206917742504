"""Speaker notes written into a slide's notes page, the master's placeholders cloned once per deck.

python-pptx clones the notes master's placeholders for every notes page (walking the master's
inheritance each time); the clones are the same on every page of a deck, so the first page's
are copied for the others. The text is still set through python-pptx.
"""

from __future__ import annotations

import weakref
from copy import deepcopy

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.parts.slide import NotesSlidePart

GROUP_PARTS = {qn("p:nvGrpSpPr"), qn("p:grpSpPr"), qn("p:extLst")}
_CLONED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # notes master part -> clones


def write_notes(slide, text: str) -> None:
    """Give `slide` a notes page holding `text` (the same XML python-pptx's notes_slide makes)."""
    part = slide.part
    master = part.package.presentation_part.notes_master_part
    clones = _CLONED.get(master)
    if clones is None:
        notes = slide.notes_slide
        _CLONED[master] = [deepcopy(e) for e in notes.shapes._spTree if e.tag not in GROUP_PARTS]
    else:
        notes_part = NotesSlidePart._add_notes_slide_part(part.package, part, master)
        notes_part.notes_slide.shapes._spTree.extend(deepcopy(e) for e in clones)
        part.relate_to(notes_part, RT.NOTES_SLIDE)
        notes = slide.notes_slide
    notes.notes_text_frame.text = text
