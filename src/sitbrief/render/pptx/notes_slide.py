"""Speaker notes written into a slide's notes page, the master's placeholders cloned once per deck.

python-pptx clones the notes master's placeholders for every notes page (walking the master's
inheritance each time); the clones are the same on every page of a deck, so the first page's
are copied for the others, and the pages' partnames are counted from the deck's notes parts
gathered once. The text is still set through python-pptx.
"""

from __future__ import annotations

import weakref
from copy import deepcopy

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.oxml.slide import CT_NotesSlide
from pptx.parts.slide import NotesSlidePart

GROUP_PARTS = {qn("p:nvGrpSpPr"), qn("p:grpSpPr"), qn("p:extLst")}
_CLONED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # notes master part -> clones
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # package -> its notes partnames
TEMPLATE = "/ppt/notesSlides/notesSlide%d.xml"
PREFIX = "/ppt/notesSlides/notesSlide"


def write_notes(slide, text: str) -> None:
    """Give `slide` a notes page holding `text` (the same XML python-pptx's notes_slide makes)."""
    part = slide.part
    master = part.package.presentation_part.notes_master_part
    clones = _CLONED.get(master)
    if clones is None:
        notes = slide.notes_slide
        _CLONED[master] = [deepcopy(e) for e in notes.shapes._spTree if e.tag not in GROUP_PARTS]
    else:
        notes_part = NotesSlidePart(_next_partname(part.package), CT.PML_NOTES_SLIDE, part.package,
                                    CT_NotesSlide.new())
        notes_part.relate_to(master, RT.NOTES_MASTER)
        notes_part.relate_to(part, RT.SLIDE)
        notes_part.notes_slide.shapes._spTree.extend(deepcopy(e) for e in clones)
        part.relate_to(notes_part, RT.NOTES_SLIDE)
        notes = notes_part.notes_slide
    notes.notes_text_frame.text = text


def _next_partname(package) -> PackURI:
    """Return the partname python-pptx's `next_partname` picks for a new notes page, from the
    deck's notes partnames gathered once (it walks every part of the package on each call)."""
    names = _NAMES.get(package)
    if names is None:
        names = _NAMES[package] = {p.partname for p in package.iter_parts() if p.partname.startswith(PREFIX)}
    n = next(n for n in range(len(names) + 1, 0, -1) if TEMPLATE % n not in names)
    names.add(TEMPLATE % n)
    return PackURI(TEMPLATE % n)
