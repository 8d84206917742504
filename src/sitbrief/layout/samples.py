"""Sample variables for every wording template compose renders (used by `layouts check`)."""

from __future__ import annotations

import datetime
from typing import Any

from sitbrief.layout.change_vars import change_vars
from sitbrief.layout.schema import SECTION_KINDS, SLIDE_KINDS

LABELS = ("Who", "What", "When", "Where", "Name", "Role", "Affiliation", "Date", "Event",
          "Status", "Past", "Planned", "Unresolved date", "Date not stated", "Source", "Grading")


def _facts() -> Any:
    """Return a small fact model with one of each kind of item, as compose passes it."""
    from sitbrief.facts.model import Facts

    sentence = "Defence Minister Minoru Kihara met his Australian counterpart in Tokyo on 19 October."
    return Facts.model_validate({
        "article": {"title": "Japan and Australia agree to expand exercises", "source": "Kyodo News",
                    "published": "2023-10-19",
                    "sentences": [{"id": "s1", "text": sentence, "start": 0, "end": len(sentence)}]},
        "summary": {"headline": "Japan and Australia expand exercises", "bluf": sentence,
                    "evidence": ["s1"]},
        "people": [{"id": "p-kihara", "name": "Minoru Kihara", "roles": ["Defence Minister"],
                    "evidence": ["s1"]}],
        "places": [{"id": "pl-tokyo", "name": "Tokyo", "kind": "city", "evidence": ["s1"]}],
        "events": [{"id": "e1", "kind": "meeting", "title": "Defence ministers meet",
                    "when": {"text": "on 19 October", "start": "2023-10-19", "precision": "day"},
                    "where": "pl-tokyo", "participants": ["p-kihara"], "evidence": ["s1"]}],
    })


def change_samples() -> list[dict[str, Any]]:
    """Return one variable set per kind of line `change.j2` words."""
    event = {"name": "Defence ministers meet", "event_kind": "meeting"}
    return [change_vars("new_event", **event, status="planned", date="24 Oct 2023", place="Tokyo"),
            change_vars("new_event", **event, status="past"),
            change_vars("event", **event, status="past", status_before="planned", date="19 Oct 2023"),
            change_vars("event", **event, date="26 Oct 2023", date_before="19 Oct 2023",
                        place="Canberra", place_before="Tokyo"),
            change_vars("new_actor", name="Minoru Kihara", actor="person", roles=["Defence Minister"],
                        affiliation="Japan"),
            change_vars("new_actor", name="Japan Ministry of Defense", actor="organisation", roles=[]),
            change_vars("role", name="Minoru Kihara", roles=["Defence Minister"], roles_before=["MP"]),
            change_vars("quote", speaker="Minoru Kihara", text="We will deepen cooperation."),
            change_vars("quote", text="We will deepen cooperation."),
            change_vars("gone", name="Joint exercise", what="event"),
            change_vars("gone", name="Minoru Kihara", what="person"),
            change_vars("none")]


def template_samples() -> dict[str, list[dict[str, Any]]]:
    """Return, per template, the variable sets compose may pass (each must render)."""
    day = datetime.date(2023, 10, 19)
    facts = _facts()
    return {
        "title.j2": [{"facts": facts, "lead_event": None, "article_title": facts.article.title},
                     {"facts": facts, "lead_event": facts.events[0], "article_title": None}],
        "filename.j2": [{"slug": "talks", "published": "2023-10-19", "layout_name": "x"},
                        {"slug": "talks", "published": None, "layout_name": "x"}],
        "source_line.j2": [{"outlet": "Kyodo News", "published_label": "19 Oct 2023",
                            "title": "Talks", "url": "https://example.org/a"},
                           {"outlet": None, "published_label": None, "title": None, "url": None},
                           {"outlet": "Kyodo News; MoD", "published_label": "19 Oct 2023", "title": None,
                            "url": None, "reports": 2}],
        "bluf.j2": [{"bluf": "Ministers agreed to expand exercises."}, {"bluf": ""}],
        "footer.j2": [{"organisation": "Org", "marking": "OFFICIAL", "distribution": "Internal"}],
        "date.j2": [{"date": day, "style": "prose"}, {"date": day, "style": "dtg"},
                    {"date": datetime.datetime(2023, 10, 19, 12, 0), "style": "dtg"},
                    {"date": None, "style": "prose"}],
        "serial.j2": [{"prefix": "SB", "published": "2023-10-19", "slug": "talks", "number": 1},
                      {"prefix": "SB", "published": None, "slug": "talks", "number": 3}],
        "updates.j2": [{"title": "Talks", "serial": "SB-20231019-TALKS", "number": 1,
                        "issued": datetime.datetime(2023, 10, 19, 14, 5), "style": style}
                       for style in ("prose", "dtg")]
        + [{"title": None, "serial": None, "number": 2, "issued": None, "style": "prose"}],
        "change.j2": change_samples(),
        "section_title.j2": [{"kind": k, "number": n}
                             for n, k in enumerate(dict.fromkeys(SECTION_KINDS + SLIDE_KINDS))],
        "quote_attribution.j2": [{"speaker": "Minoru Kihara", "role": "Defence Minister", "inferred": False},
                                 {"speaker": "Steven Ciobo", "role": "Minister", "inferred": True},
                                 {"speaker": None, "role": None, "inferred": False}],
        "judgement_qualifier.j2": [{"likelihood": li, "confidence": co, "range": ra, "scale": "ICD 203"}
                                   for li, ra in (("likely", "55\u201380%"), ("likely", None),
                                                  (None, None))
                                   for co in ("moderate", None)],
        "likelihood_legend.j2": [{"scale": "US ICD 203 likelihood terms", "short": "ICD 203",
                                  "terms": [{"term": "unlikely", "range": "20\u201345%"},
                                            {"term": "likely", "range": "55\u201380%"}]}],
        "grading.j2": [{"reliability": r, "credibility": c, "legend": False}
                       for r, c in (("A", "1"), ("F", "6"))]
        + [{"reliability": None, "credibility": None, "legend": True}],
        "continued.j2": [{"title": "Timeline"}],
        "issued.j2": [{"issued": datetime.datetime(2023, 10, 19, 14, 5), "cutoff": "19 Oct 2023",
                       "style": style} for style in ("prose", "dtg")]
        + [{"issued": datetime.datetime(2023, 10, 19, 14, 5), "cutoff": None, "style": "prose"}],
        "evidence_intro.j2": [{}, {"merged": True}],
        "timeline_caption.j2": [{"count": 1, "total": 1, "unresolved": 0, "scope": "article"},
                                {"count": 5, "total": 8, "unresolved": 2, "scope": "digest"},
                                {"count": 3, "total": 3, "unresolved": 0, "scope": "story"}],
        "support.j2": [{"count": 2, "total": 3, "short": short} for short in (False, True)],
        "discrepancy.j2": [{"part": "heading", "about": about, "subject": "Talks in Riga"}
                           for about in ("date", "place", "number", "role", "status")]
        + [{"part": "version", "text": "3 Mar 2026", "numbers": [1, 2], "outlets": ["Harbor Wire", "MoD"]}],
        "disputed.j2": [{"about": "date", "versions": ["3 Mar 2026", "4 Mar 2026"]},
                        {"about": "place", "versions": ["Riga", "Vilnius"]}],
        "label.j2": [{"name": name} for name in LABELS],
    }
