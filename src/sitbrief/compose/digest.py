"""compose_digest(facts_list, layout) -> Brief: one daily situation report over many articles.

Each article gets a section with its BLUF, key facts and quotes, composed by ``compose`` exactly
as in its own brief; the timeline, the actor index and the sources are merged across articles.
Evidence refs carry an article prefix ("a2-s5") so the evidence list and speaker notes stay
unambiguous. Wording comes from the layout's templates; digest-only labels go through label.j2,
which passes a label it does not know through unchanged (a layout may translate them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitbrief.compose.brief import (
    Actor,
    Actors,
    Brief,
    BulletItem,
    Bullets,
    EvidenceItem,
    EvidenceList,
    Paragraph,
    Section,
    Slide,
    SourceItem,
    Timeline,
    TimelineEntry,
    cited_refs,
    strip_refs,
)
from sitbrief.compose.dates import date_text, issued_at, parse_partial
from sitbrief.compose.grading import graded_sources
from sitbrief.compose.index import (
    ActorEntry,
    ActorIndex,
    DigestSource,
    article_prefix,
    merge_sources,
    prefix_facts,
)
from sitbrief.compose.portions import mark_portions
from sitbrief.compose.selection import UPCOMING, select_entries, watch_list
from sitbrief.compose.single import EDITED, compose, evidence_item
from sitbrief.facts.match import group_facts
from sitbrief.facts.model import Facts

ARTICLE_KINDS = ("bluf", "key_judgements", "key_facts", "quotes", "assessment")
MERGED_KINDS = ("timeline", "upcoming", "actors", "sources", "evidence")
MAX_OVERVIEW = 12
DECK_ACTORS = 8
DECK_EVENTS = 12
TITLE = "Daily situation report"
LEGEND = (
    ("past", "Past"),
    ("planned", "Planned"),
    ("ongoing", "Ongoing"),
    ("postponed", "Postponed"),
    ("cancelled", "Cancelled"),
    ("unresolved", "Unresolved date"),
)


@dataclass
class DigestArticle:
    """One article of the digest: its number, prefixed facts and its own composed brief."""

    number: int
    facts: Facts
    brief: Brief


def compose_digest(facts_list: list[Facts], layout, names: list[str] | None = None) -> Brief:
    """Return one Brief for all of `facts_list`, worded and ordered by `layout`.

    `names` (the input files, in order) lead each article's warnings; without them an article
    is named by its number.
    """
    if not facts_list:
        raise ValueError("compose_digest needs at least one article")
    return DigestComposer(facts_list, layout, names).compose()


def newest_published(facts_list: list[Facts]) -> str | None:
    """Return the newest publication date (ISO) of the articles, or None."""
    return max((f.article.published for f in facts_list if f.article.published), default=None)


class DigestComposer:
    """Builds the digest Brief from several articles through one Layout."""

    def __init__(self, facts_list: list[Facts], layout, names: list[str] | None = None) -> None:
        self.layout, self.settings = layout, layout.settings
        self.names = list(names or [])
        self.articles = []
        for number, facts in enumerate(facts_list, start=1):
            prefixed = prefix_facts(facts, article_prefix(number))
            self.articles.append(DigestArticle(number, prefixed, compose(prefixed, layout)))
        self.first = self.articles[0].brief
        self.labels = self.first.labels
        self.published = newest_published(facts_list)
        self.groups = group_facts([a.facts for a in self.articles])
        self.actors = ActorIndex(self.groups)
        self.sources = merge_sources([a.facts for a in self.articles])

    def label(self, name: str) -> str:
        """Return the layout's wording of label `name`."""
        return self.layout.render("label.j2", name=name)

    def title_of(self, spec) -> str:
        """Return a section's or slide's title: its override in layout.yaml, else section_title.j2."""
        if spec.title:
            return self.layout.render_string(spec.title, kind=spec.kind)
        return self.layout.render("section_title.j2", kind=spec.kind)

    def compose(self) -> Brief:
        """Return the digest Brief."""
        title = self.label(TITLE)
        day = date.fromisoformat(self.published) if self.published else None
        date_label = self.layout.render("date.j2", date=day, style=self.settings.dates.style)
        sections = self._sections()
        slides = [s for spec in self.settings.deck.slides for s in self._slides(spec, title, date_label)]
        evidence = self._evidence(sections, slides)
        for block in (b for s in sections for b in s.blocks if isinstance(b, EvidenceList)):
            block.items = list(evidence.values())
        brief = Brief(
            title=title,
            organisation=self.settings.brand.organisation,
            date_label=date_label,
            serial=self.layout.render(
                "serial.j2", prefix=self.settings.report.serial_prefix, published=self.published, slug="DIGEST",
                number=1
            ),
            source_line=self._source_line(),
            issued=self._issued(day),
            marking=self.first.marking,
            sections=sections,
            slides=slides,
            evidence=evidence,
            footer=self.first.footer,
            subject=f"{title}, {date_label}",
            keywords=list(dict.fromkeys(k for a in self.articles for k in a.brief.keywords))[:10],
            language=self.first.language,
            labels=self.labels,
            warnings=self._warnings(),
            filename=self.layout.render_filename(
                slug="digest", published=self.published, layout_name=self.layout.name
            ),
        )
        return mark_portions(brief, self.first.marking.portion)

    def _issued(self, cutoff: date | None) -> str:
        """Return the digest's date-time group and its cut-off: the newest article's date."""
        style = self.settings.dates.style
        label = self.layout.render("date.j2", date=cutoff, style=style) if cutoff else None
        return self.layout.render("issued.j2", issued=issued_at(), cutoff=label, style=style)

    def _source_line(self) -> str:
        outlets = list(dict.fromkeys(s.outlet for s in self.sources if s.outlet))
        shown = ", ".join(outlets[:6]) + (f" +{len(outlets) - 6}" if len(outlets) > 6 else "")
        count = f"{len(self.articles)} {self.label('articles' if len(self.articles) != 1 else 'article')}"
        return f"{self.label('Sources')}: {shown} ({count})" if shown else count

    def _warnings(self) -> list[str]:
        """Return each article's warnings led by its file name (else 'article N')."""
        return list(dict.fromkeys(f"{self._name(a)}: {w}" for a in self.articles for w in a.brief.warnings))

    def _name(self, article: DigestArticle) -> str:
        """Return how warnings name an article: its input file, else its number."""
        if article.number <= len(self.names):
            return self.names[article.number - 1]
        return f"article {article.number}"

    # ----- report sections ---------------------------------------------------------------------
    def _sections(self) -> list[Section]:
        """Return the overview, one section per article, then the merged sections, in layout order."""
        sections: list[Section] = []
        placed = False
        for spec in self.settings.report.sections:
            if spec.kind == "bluf":
                sections.append(self._overview(spec))
            elif spec.kind in MERGED_KINDS:
                if not placed:
                    sections += self._article_sections()
                    placed = True
                section = self._merged_section(spec)
                if section:
                    sections.append(section)
        if not placed:
            sections += self._article_sections()
        return sections

    def _overview(self, spec) -> Section:
        """Return the digest's opening: one bullet per article, numbered as the sections are."""
        items = [BulletItem(f"{a.number}. {a.brief.title}", []) for a in self.articles[:MAX_OVERVIEW]]
        if len(self.articles) > MAX_OVERVIEW:
            items.append(BulletItem(f"{self.label('More articles')}: {len(self.articles) - MAX_OVERVIEW}"))
        return Section("bluf", self.title_of(spec), [Bullets(items)], {"max_items": spec.max_items})

    def _article_sections(self) -> list[Section]:
        return [Section("article", f"{a.number}. {a.brief.title}", self._article_blocks(a), {}) for a in self.articles]

    def _article_blocks(self, article: DigestArticle) -> list:
        """Return an article's source line (with its digest source numbers), BLUF, key facts, quotes."""
        numbers = [str(s.number) for s in self.sources if article.number in s.articles]
        line = re.sub(r"\s+", " ", f"{article.brief.source_line} [{', '.join(numbers)}]").strip()
        blocks: list = [Paragraph(line, "muted")]
        by_kind = {s.kind: s for s in article.brief.sections}
        for kind in ARTICLE_KINDS:
            if kind in by_kind:
                blocks += by_kind[kind].blocks
        return blocks

    def _merged_section(self, spec) -> Section | None:
        blocks = {
            "timeline": lambda: self._timeline(self._events(), spec.max_items),
            "upcoming": lambda: watch_list(self._events(), spec.max_items, self.labels),
            "actors": lambda: self._actor_table(self.actors.people() + self.actors.organisations(), spec.max_items),
            "sources": self._source_list,
            "evidence": lambda: [EvidenceList([], self.layout.render("evidence_intro.j2"))],
        }[spec.kind]()
        if not blocks:
            return None
        if not spec.show_evidence:
            strip_refs(blocks)
        return Section(
            spec.kind, self.title_of(spec), blocks, {"max_items": spec.max_items, "show_evidence": spec.show_evidence}
        )

    # ----- merged blocks -----------------------------------------------------------------------
    def _events(self) -> list[TimelineEntry]:
        """Return every article's events, one entry per event however many articles report it."""
        merged = []
        for group in self.groups.events:
            first = group[0].item
            when = first.when
            refs = list(first.evidence[:2])
            refs += [r for m in group[1:] for r in m.item.evidence[:1] if r not in refs]
            merged.append(TimelineEntry(
                first.title,
                date_text(when.start, when.end, when.precision, self.labels, self.settings.dates.style),
                when.start,
                when.end,
                when.precision,
                first.status,
                list(dict.fromkeys(refs)),
            ))
        return sorted(merged, key=_entry_order)

    def _timeline(self, every: list[TimelineEntry], limit: int | None) -> list:
        entries = select_entries(every, limit)
        if not entries:
            return []
        lab = self.labels
        legend = {key: lab.get(name, name) for key, name in LEGEND}
        headers = [lab.get("Date", "Date"), lab.get("Event", "Event"), lab.get("Status", "Status")]
        unresolved = sum(1 for e in entries if e.start is None)
        caption = self.layout.render("timeline_caption.j2", count=len(entries), total=len(every),
                                     unresolved=unresolved, scope="digest")
        return [Timeline(entries, headers, legend, caption)]

    def _actor_table(self, entries: list[ActorEntry], limit: int | None) -> list:
        entries = entries[:limit] if limit else entries
        if not entries:
            return []
        lab = self.labels
        actors = [_actor(e, lab.get("Organisation", "Organisation")) for e in entries]
        return [
            Actors([lab.get("Name", "Name"), lab.get("Role", "Role"), lab.get("Affiliation", "Affiliation")], actors)
        ]

    def _source_list(self) -> list:
        items = [
            SourceItem(
                s.number,
                self._source_text(s),
                s.grading,
                s.url if s.url and s.url.startswith(("http://", "https://")) else None,
            )
            for s in self.sources
        ]
        return graded_sources(items, self.layout)

    def _source_text(self, source: DigestSource) -> str:
        day = date.fromisoformat(source.published) if source.published else None
        label = self.layout.render("date.j2", date=day, style=self.settings.dates.style) if day else None
        text = self.layout.render(
            "source_line.j2", outlet=source.outlet, published_label=label, title=source.title, url=source.url
        )
        return re.sub(r"^Source:\s*", "", text)

    def _evidence(self, sections: list[Section], slides: list[Slide]) -> dict[str, EvidenceItem]:
        """Return every cited sentence, numbered in article order then sentence order."""
        cited = cited_refs(sections, slides)
        items: dict[str, EvidenceItem] = {}
        for article in self.articles:
            for sentence in article.facts.article.sentences:
                if sentence.id in cited:
                    items[sentence.id] = evidence_item(len(items) + 1, sentence, self.labels[EDITED])
        return items

    # ----- slides ------------------------------------------------------------------------------
    def _slides(self, spec, title: str, date_label: str) -> list[Slide]:
        """Return the slides of one slide spec: merged ones, or one per article for the BLUF."""
        kind, limit = spec.kind, spec.max_items
        if kind == "title":
            subtitle = " \u00b7 ".join(x for x in (date_label, self.settings.brand.organisation) if x)
            return [Slide("title", title, subtitle=subtitle)]
        if kind == "bluf":
            return self._bluf_slides(spec)
        blocks = {
            "timeline": lambda: self._timeline(self._events(), limit or DECK_EVENTS),
            "upcoming": lambda: self._timeline(
                [e for e in self._events() if e.status in UPCOMING], limit or DECK_EVENTS
            ),
            "actors": lambda: self._actor_table(self._top_actors(), limit or DECK_ACTORS),
            "sources": self._source_list,
        }.get(kind, lambda: [])()
        return [Slide(kind, self.title_of(spec), blocks)] if blocks else []

    def _bluf_slides(self, spec) -> list[Slide]:
        """Return the overview slide and one slide per article with its BLUF and key points."""
        overview = self._overview(spec)
        slides = [Slide("bluf", overview.title, overview.blocks)]
        for article in self.articles:
            own = next((s for s in article.brief.slides if s.kind == "bluf"), None)
            if own and own.blocks:
                slides.append(Slide("bluf", f"{article.number}. {article.brief.title}", own.blocks))
        return slides

    def _top_actors(self) -> list[ActorEntry]:
        """Return the actors most articles name (people first when equally named)."""
        entries = self.actors.people() + self.actors.organisations()
        return sorted(entries, key=lambda e: (-len(e.articles), e.kind != "person"))


def _actor(entry: ActorEntry, organisation_label: str) -> Actor:
    """Return the table row of a merged actor."""
    if entry.kind == "organisation":
        name = f"{entry.name} ({entry.acronym})" if entry.acronym and entry.acronym not in entry.name else entry.name
        return Actor(name, organisation_label, entry.affiliation or "\u2014", list(entry.refs), "organisation")
    return Actor(entry.name, "; ".join(entry.roles) or "\u2014", entry.affiliation or "\u2014", list(entry.refs))


def _entry_order(entry: TimelineEntry):
    start = parse_partial(entry.start)
    return start is None, start or date.min, entry.label
