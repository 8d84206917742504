"""What a brief of a merged story adds: how many sources report each item, and where they disagree.

A fact model is a merged story when its sentences name their reports (``Sentence.source``).
Its items then carry ``reported_by``: the brief says "reported by 2 of 3 sources" and points a
reference mark at one sentence of each. Its ``discrepancies`` get their own section and slide
(inserted after the key facts when the layout does not place them), and a disputed date is
printed with every version wherever the event's date is shown.
"""

from __future__ import annotations

from sitbrief.compose.brief import BulletItem, Bullets, Paragraph
from sitbrief.compose.dates import date_text, day_without_year
from sitbrief.facts.model import Discrepancy, Facts

KIND = "discrepancies"
AFTER = ("key_facts", "key_judgements", "bluf")  # where an unplaced discrepancies section goes


class StoryView:
    """The merged-story facts of one fact model, worded through the layout."""

    def __init__(self, facts: Facts, layout, labels: dict[str, str], style: str) -> None:
        self.facts, self.layout, self.labels, self.style = facts, layout, labels, style
        self.numbers = {s.id: n for n, s in enumerate(facts.sources, start=1)}
        self.outlets = {s.id: s.outlet or s.title or s.id for s in facts.sources}
        self.merged = any(s.source for s in facts.article.sentences) and len(facts.sources) > 1
        self.sentence_source = {s.id: s.source for s in facts.article.sentences}
        self.disputes = {(d.about, d.item): d for d in facts.discrepancies if d.item}

    def support(self, item, short: bool = False) -> str:
        """Return "reported by 2 of 3 sources" ("2 of 3 sources" if `short`) for a merged story's item, else ''."""
        if not self.merged or not getattr(item, "reported_by", None):
            return ""
        return self.layout.render("support.j2", count=len(item.reported_by), total=len(self.facts.sources),
                                  short=short)

    def with_support(self, text: str, item, short: bool = False, joiner: str = " ({})") -> str:
        """Return `text` followed by the item's support, if any ("Riga (reported by 2 of 3 sources)")."""
        note = self.support(item, short)
        return text + joiner.format(note) if note else text

    def refs(self, item, count: int) -> list[str]:
        """Return an item's reference marks: one sentence per reporting source, else its first `count`."""
        if not self.merged or not getattr(item, "reported_by", None):
            return list(item.evidence[:count])
        firsts: dict[str, str] = {}
        for sid in item.evidence:
            firsts.setdefault(self.sentence_source.get(sid) or "", sid)
        return list(firsts.values())

    def source_of(self, sentence) -> str:
        """Return which report a merged story's sentence is from ("Source 2 · Latvian Ministry of Defence"), else ''."""
        if not self.merged or sentence.source not in self.numbers:
            return ""
        number = self.numbers[sentence.source]
        return f"{self.labels.get('Source', 'Source')} {number} \u00b7 {self.outlets[sentence.source]}"

    def date(self, event) -> str:
        """Return an event's date as printed, with every version when the reports dispute it."""
        when = event.when
        own = date_text(when.start, when.end, when.precision, self.labels, self.style)
        if not when.start and not when.text:  # the source gives no date at all: nothing failed to resolve
            own = self.labels.get("Date not stated", "Date not stated")
        day = None if when.start else day_without_year(when.text)
        if day:  # an undated article's "Aug. 22": the day is known, the year is not
            own = f"{day} ({self.labels.get('year not stated', 'year not stated')})"
        dispute = self.disputes.get(("date", event.id))
        if dispute is None:
            return own
        dates = [self._version_date(v.text, when.precision) for v in dispute.versions]
        return self.layout.render("disputed.j2", about="date", versions=dates)

    def place(self, event, text: str) -> str:
        """Return an event's place as printed (`text`), with every version when the reports dispute it."""
        dispute = self.disputes.get(("place", event.id)) if event else None
        if dispute is None:
            return text
        return self.layout.render("disputed.j2", about="place", versions=[v.text for v in dispute.versions])

    def _version_date(self, text: str, precision: str) -> str:
        start, _, end = text.partition("/")
        exact = {4: "year", 7: "month", 10: "day"}.get(len(start), precision)
        return date_text(start, end or start, exact if not end else precision, self.labels, self.style)

    def blocks(self) -> list:
        """Return the discrepancies section's blocks: each dispute, then every version with its sources."""
        blocks: list = []
        for dispute in self.facts.discrepancies:
            blocks.append(Paragraph(self._heading(dispute), "alert"))
            blocks.append(Bullets([self._version(dispute, v) for v in dispute.versions]))
        return blocks

    def _heading(self, dispute: Discrepancy) -> str:
        return self.layout.render("discrepancy.j2", part="heading", about=dispute.about, subject=dispute.subject)

    def _version(self, dispute: Discrepancy, version) -> BulletItem:
        text = version.text
        if dispute.about == "date":
            text = self._version_date(version.text, "day")
        elif dispute.about == "status":
            text = self.labels.get(text.capitalize(), text)  # as the timeline's status column words it
        numbers = [self.numbers[s] for s in version.sources if s in self.numbers]
        outlets = [self.outlets[s] for s in version.sources if s in self.outlets]
        line = self.layout.render("discrepancy.j2", part="version", text=text, numbers=numbers, outlets=outlets)
        return BulletItem(line, list(version.evidence))


def with_discrepancies(specs: list, facts: Facts, make) -> list:
    """Return the layout's section or slide specs with a discrepancies one placed when the facts have any.

    A layout that lists the kind places it itself; otherwise it goes after the key facts (or the
    BLUF); `make(kind)` builds the spec.
    """
    kinds = [s.kind for s in specs]
    if not facts.discrepancies or KIND in kinds:
        return list(specs)
    at = next((kinds.index(k) + 1 for k in AFTER if k in kinds), min(1, len(specs)))
    return [*specs[:at], make(KIND), *specs[at:]]
