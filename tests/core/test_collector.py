"""The cyclic collector paused while a build runs, and resumed after it, errors included."""

from __future__ import annotations

import gc

import pytest

from sitbrief.core.collector import collector_paused


def test_paused_inside_and_resumed_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumed_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_nested_and_already_paused_left_as_found() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not resume what the outer paused
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()


def test_writers_pause_it(monkeypatch) -> None:
    from sitbrief.render.pdf import writer as pdf_writer
    from sitbrief.render.pptx import writer as pptx_writer
    seen = []
    monkeypatch.setattr(pdf_writer, "_build", lambda *a: seen.append(gc.isenabled()) or [])
    monkeypatch.setattr(pptx_writer, "_build_pptx", lambda *a: seen.append(gc.isenabled()) or (b"", []))
    pdf_writer.build(None, None, None)
    pptx_writer.build_pptx(None, None)
    assert seen == [False, False] and gc.isenabled()
