"""Workers forked from a warmed parent: what `_warm` loads before the fork."""

from __future__ import annotations

import sys

from sitbrief.extract.lexicon import lexicon
from sitbrief.geo.coordinates import gazetteer
from sitbrief.layout import load_layout
from sitbrief.run import batch


def test_warm_loads_every_stage_before_the_fork() -> None:
    """Extraction, compose, the lexicon, the gazetteer and the layout's templates are ready."""
    layout = load_layout(None)
    batch._warm(layout)
    for module in ("sitbrief.extract", "sitbrief.compose.single", "sitbrief.render.pdf.writer",
                   "sitbrief.render.pptx.writer"):
        assert module in sys.modules
    assert lexicon.cache_info().currsize == 1
    assert gazetteer.cache_info().currsize == 1
    names = layout.environment.list_templates()
    assert names and len(layout.environment.cache) >= min(len(names), 400)


def test_warm_never_raises_on_a_broken_layout() -> None:
    """A layout that cannot give a theme leaves each input to report its own failure."""

    class Broken:
        def theme(self):
            raise RuntimeError("no theme")

    batch._warm(Broken())


def test_the_parent_is_frozen_while_workers_fork_and_unfrozen_after() -> None:
    import gc

    from sitbrief.run.batch import _frozen

    assert gc.get_freeze_count() == 0
    with _frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_a_freeze_made_before_is_left_as_it_was() -> None:
    import gc

    from sitbrief.run.batch import _frozen

    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with _frozen():
            pass
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()
