"""Templates see plain values and read-only views: no model method, no file, no pickle.

The layout sandbox used to hand templates the pydantic fact model, whose ``parse_raw(...,
allow_pickle=True)`` ran pickle on a string the template built and ``parse_file`` read files.
"""

from __future__ import annotations

import datetime
import inspect
from pathlib import Path

import pytest
from pydantic import BaseModel

from sitbrief.core.errors import LayoutError
from sitbrief.facts import model as fact_model
from sitbrief.layout import load_layout
from sitbrief.layout.sandbox import LayoutSandbox
from sitbrief.layout.views import PLAIN, View, template_value

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
MODELS = [cls for _, cls in inspect.getmembers(fact_model, inspect.isclass)
          if issubclass(cls, BaseModel) and cls.__module__ == fact_model.__name__]
# Methods of the types a template may meet; none of them reaches files, the network or pickle.
ALLOWED_TYPES = (*PLAIN, View, tuple)


def public_methods(cls: type) -> list[str]:
    """Return the public attribute names of `cls` that are not its declared fields."""
    fields = set(getattr(cls, "model_fields", {}))
    return [name for name in dir(cls) if not name.startswith("_") and name not in fields]


def pickle_payload(marker: Path) -> str:
    """Return a protocol-0 pickle that creates `marker` when it is loaded."""
    return f"c__builtin__\nopen\n(S'{marker}'\nS'w'\ntR."


def pickling_template(marker: Path) -> str:
    """Return a template that hands `marker`'s pickle to ``Facts.parse_raw``."""
    payload = pickle_payload(marker).replace("\n", "\\n")
    return ('{{ facts.parse_raw("' + payload + '", content_type="application/pickle", '
            'allow_pickle=True) }}')


@pytest.fixture
def layout(isolated: Path):
    """Return the default layout."""
    return load_layout()


def test_every_fact_model_type_is_covered() -> None:
    assert {"Facts", "ArticleInfo", "Sentence", "Event", "When", "Person", "Quote"} <= {
        m.__name__ for m in MODELS}


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_no_public_method_of_a_model_is_reachable(layout, cls: type[BaseModel]) -> None:
    view = template_value(cls.model_construct())
    for name in public_methods(cls):
        for source in (f"{{{{ obj.{name} }}}}", f"{{{{ obj['{name}'] }}}}"):
            with pytest.raises(LayoutError, match="has no attribute|unsafe|undefined"):
                layout.render_string(source, obj=view)


def test_a_pickle_built_in_a_template_never_runs(isolated: Path, make_layout, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    folder = make_layout("evil", "extends: default\nname: evil\n", {"title.j2": (
        pickling_template(marker))})
    with pytest.raises(LayoutError, match=r"title.j2, line 1: .*parse_raw"):
        load_layout(folder).render("title.j2", facts=fact_model.Facts(), lead_event=None)
    assert not marker.exists()


def test_a_template_cannot_read_a_file_through_a_model(isolated: Path, make_layout) -> None:
    folder = make_layout("evil", "extends: default\nname: evil\n", {
        "title.j2": "{{ lead_event.parse_file('/etc/passwd') }}"})
    event = fact_model.Event(id="e1", title="Talks", evidence=["s1"])
    with pytest.raises(LayoutError, match="parse_file"):
        load_layout(folder).render("title.j2", facts=fact_model.Facts(), lead_event=event)


def test_layouts_check_runs_templates_on_views_too(isolated: Path, make_layout, tmp_path: Path) -> None:
    from sitbrief.run.check import check_layout

    marker = tmp_path / "pwned"
    folder = make_layout("evil", "extends: default\nname: evil\n", {"title.j2": (
        pickling_template(marker))})
    report = check_layout(folder)
    assert not report.ok
    assert any("parse_raw" in f.message for f in report.findings)
    assert not marker.exists()


def test_views_still_read_like_the_model(layout) -> None:
    facts = fact_model.Facts(article=fact_model.ArticleInfo(title="Talks in Manila"))
    source = "{{ facts.article.title }}|{{ facts['article']['title'] }}|{{ facts.people|length }}"
    assert layout.render_string(source, facts=facts) == "Talks in Manila|Talks in Manila|0"
    with pytest.raises(LayoutError, match="unsafe|read-only"):
        layout.render_string("{{ facts._sitbrief_fields }}", facts=facts)


def _reachable(value, seen: set[int]):
    """Yield every value reachable from `value` through fields, items and attributes."""
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if isinstance(value, View):
        children = [value[k] for k in value]
    elif isinstance(value, tuple):
        children = list(value)
    else:
        children = []
    for child in children:
        yield from _reachable(child, seen)


def _record_contexts(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Record the context of every template render from now on."""
    contexts: list[dict] = []
    original = LayoutSandbox.render_bounded

    def recording(self, template, context):
        contexts.append(context)
        return original(self, template, context)

    monkeypatch.setattr(LayoutSandbox, "render_bounded", recording)
    return contexts


def _assert_plain(contexts: list[dict]) -> None:
    """Assert every value reachable from `contexts` is plain data or a view of it."""
    seen: set[int] = set()
    count = 0
    for context in contexts:
        for value in context.values():
            for reached in _reachable(value, seen):
                count += 1
                assert isinstance(reached, ALLOWED_TYPES), type(reached)
                assert not isinstance(reached, BaseModel)
                assert type(reached) in (View, tuple) or isinstance(reached, PLAIN)
    assert count > 50  # the seed's facts were really walked


def test_everything_a_build_gives_templates_is_plain(isolated: Path, monkeypatch) -> None:
    from sitbrief import extract_facts, read_article
    from sitbrief.compose.digest import compose_digest
    from sitbrief.compose.single import compose

    contexts = _record_contexts(monkeypatch)
    facts = extract_facts(read_article(SEED))
    layout = load_layout()
    compose(facts, layout)
    compose_digest([facts, facts], layout)
    _assert_plain(contexts)
    assert any(isinstance(c.get("facts"), View) for c in contexts)
    assert any(isinstance(c.get("date"), datetime.date) for c in contexts)


def test_everything_layouts_check_gives_templates_is_plain(isolated: Path, monkeypatch) -> None:
    from sitbrief.run.check import check_layout

    contexts = _record_contexts(monkeypatch)
    assert check_layout("default", build=False).ok
    seen: set[int] = set()
    for context in contexts:
        for value in context.values():
            for reached in _reachable(value, seen):
                assert not isinstance(reached, BaseModel)
                assert isinstance(reached, ALLOWED_TYPES), type(reached)


def test_an_unknown_object_is_never_passed_to_a_template() -> None:
    with pytest.raises(TypeError, match="cannot be given"):
        template_value(object())
    with pytest.raises(TypeError, match="cannot be given"):
        template_value(open)
