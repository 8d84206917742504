"""The deck template is parsed once per process; every deck gets its own copy."""

from __future__ import annotations

from sitbrief.layout import load_layout
from sitbrief.render.pptx import template


def test_each_deck_gets_a_fresh_copy() -> None:
    theme = load_layout().theme()
    first = template.open_template(theme)
    first.slides.add_slide(first.slide_layouts[0])
    first.part._element.set("marked", "yes")
    second = template.open_template(theme)
    assert second is not first
    assert len(second.slides) == len(template._open_template(theme).slides)
    assert second.part._element.get("marked") is None
    assert type(second.part._element) is type(first.part._element)  # python-pptx's element classes kept


def test_parsed_once_per_template(monkeypatch) -> None:
    theme = load_layout().theme()
    template._OPENED.clear()
    calls = []
    real = template._open_template
    monkeypatch.setattr(template, "_open_template", lambda t: calls.append(1) or real(t))
    template.open_template(theme)
    template.open_template(theme)
    assert calls == [1]
