"""compose(facts, layout) -> Brief: select, order and word everything both writers draw.

Jinja2 runs here and nowhere else (through the layout's sandboxed templates). The result is
plain text: escaping for the PDF happens in the PDF writer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from sitbrief.compose.brief import (
    Actor,
    Actors,
    Brief,
    BulletItem,
    Bullets,
    EvidenceItem,
    EvidenceList,
    KeyFact,
    KeyFacts,
    Marking,
    Paragraph,
    QuoteBlock,
    Section,
    Slide,
    SourceItem,
    Timeline,
    TimelineEntry,
    cited_refs,
    strip_refs,
)
from sitbrief.compose.dates import date_text, day_without_year, issued_at, parse_partial
from sitbrief.compose.grading import graded_sources
from sitbrief.compose.judgements import JudgementWording
from sitbrief.compose.map import map_content
from sitbrief.compose.portions import mark_portions
from sitbrief.compose.selection import UPCOMING, select_entries, watch_list
from sitbrief.compose.series import issued_time, prior_report, report_number, stamp_time
from sitbrief.compose.story import StoryView, with_discrepancies
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.rx import alternation, rx, word_rx
from sitbrief.facts.model import HAPPENING_KINDS, Event, Facts
from sitbrief.layout.change_vars import change_vars
from sitbrief.layout.schema import SectionSpec, SlideSpec
from sitbrief.text.clean import inside_quote, slugify
from sitbrief.text.dates import find_dates
from sitbrief.text.headline import cut_off_title

if TYPE_CHECKING:  # pragma: no cover - what changed since a previous brief is imported only for --since
    from sitbrief.compose.changes import Changes

EDITED = "Edited after extraction, not the source's words"
_KIND_LABELS = {"ship": "Ship", "unit": "Unit"}  # who's who names these kinds of body by kind

LABELS = (
    "Who",
    "What",
    "When",
    "Where",
    "Name",
    "Role",
    "Affiliation",
    "Date",
    "Event",
    "Status",
    "Past",
    "Planned",
    "Ongoing",
    "Postponed",
    "Cancelled",
    "Unresolved date",
    "Date not stated",
    "Source",
    "Grading",
    "Organisation",
    "Unit",
    "Ship",
    "Page",
    "of",
    "Evidence",
    "Judgement",
    "name not given",
    "year not stated",
    "arrival",
    EDITED,
)


def _changes(previous: Facts | None, facts: Facts) -> Changes | None:
    """Return what changed since the previous brief's facts (--since), or None without them."""
    if previous is None:
        return None
    from sitbrief.compose.changes import compare

    return compare(previous, facts)


class Composer:
    """Builds one Brief from Facts through a Layout."""

    def __init__(self, facts: Facts, layout, previous: Facts | None = None) -> None:
        self.facts = facts
        self.previous = previous  # the facts saved beside the brief this one updates (--since)
        self.changes: Changes | None = _changes(previous, facts)
        self.number = report_number(facts, previous)
        self.issued_at = issued_at()
        self.layout = layout
        self.settings = layout.settings
        self.published = date.fromisoformat(facts.article.published) if facts.article.published else None
        self.labels = {name: layout.render("label.j2", name=name) for name in LABELS}
        self._marking_cache: Marking | None = None
        self.judgements = JudgementWording(facts, layout)
        self._style = self.settings.dates.style  # prose or dtg, for every date the brief prints
        self.story = StoryView(facts, layout, self.labels, self._style)  # support and disputes of a merged story

    def render(self, template: str, **context) -> str:
        """Render a layout template."""
        return self.layout.render(template, **context)

    def compose(self) -> Brief:
        """Return the Brief."""
        article_title = None if cut_off_title(self.facts.article.title or "") else self.facts.article.title
        title = self.render("title.j2", facts=self.facts, lead_event=self._lead_event(), article_title=article_title)
        date_label = self.render("date.j2", date=self.published, style=self.settings.dates.style)
        section_specs = with_discrepancies(self.settings.report.sections, self.facts, lambda k: SectionSpec(kind=k))
        printed = [(spec, s) for spec in section_specs if (s := self._section(spec))]
        sections = [s for _, s in printed]
        for number, (spec, section) in enumerate(printed, start=1):
            section.title = self._title(spec, number)
        slide_specs = with_discrepancies(self.settings.deck.slides, self.facts, lambda k: SlideSpec(kind=k))
        slides = [s for spec in slide_specs if (s := self._slide(spec, title, date_label))]
        cited = cited_refs(sections, slides)
        evidence = self._evidence(cited)
        for section in sections:
            for block in section.blocks:
                if isinstance(block, EvidenceList):
                    block.items = list(evidence.values())
        brief = Brief(
            title=title,
            organisation=self.settings.brand.organisation,
            date_label=date_label,
            serial=self.render(
                "serial.j2",
                prefix=self.settings.report.serial_prefix,
                published=self.published,
                slug=slugify(title, 24).upper(),
                number=self.number,
            ),
            source_line=self._source_line(),
            issued=self._issued(self.published),
            updates=self._updates(),
            number=self.number,
            issued_at=stamp_time(self.issued_at),
            marking=self._marking(),
            sections=sections,
            slides=slides,
            evidence=evidence,
            footer=self._footer(),
            subject=self._subject(title),
            keywords=self._keywords(),
            language=self.facts.article.language,
            filename=self.layout.render_filename(
                slug=slugify(title), published=self.facts.article.published, layout_name=self.layout.name
            ),
            labels=self.labels,
            warnings=list(self.facts.warnings) + edited_warnings(self.facts),
        )
        return mark_portions(brief, self._marking().portion)

    # ----- header pieces -------------------------------------------------------------------
    def _lead_event(self) -> Event | None:
        """Return the main event: the one extraction chose, else the one the headline names, else the lead's
        event with most people."""
        summary, events = self.facts.summary, self.facts.events
        chosen = next((e for e in events if summary.event and e.id == summary.event), None)
        if chosen:
            return chosen
        named = next((e for e in events if summary.headline and e.title == summary.headline), None)
        if named:
            return named
        lead = summary.evidence
        in_lead = [e for e in events if set(lead) & set(e.evidence)]
        if in_lead:
            people = {p.id for p in self.facts.people}
            return min(
                in_lead,
                key=lambda e: (
                    min(lead.index(s) for s in e.evidence if s in lead),
                    -sum(1 for p in e.participants if p in people),
                ),
            )
        order = {s.id: n for n, s in enumerate(self.facts.article.sentences)}
        if summary.bluf and lead:  # the lead reports no event: one reported soon after it, never one far on
            if self._lead_date() is not None:
                return None  # the lead dates its own news: a later event is not it
            near = self._near_lead()
            events = [e for e in events if e.evidence and min(e.evidence, key=lambda s: order.get(s, 0)) in near
                      and not self._long_before(e)]
        return min(  # no event in the lead: the one the text reports first, not the earliest date
            events,
            key=lambda e: (min((order.get(s, len(order)) for s in e.evidence), default=len(order)),
                           e.kind in ("statement", "announcement", "other")),
            default=None,
        )

    def _long_before(self, event: Event) -> bool:
        """Tell whether an event ended two months or more before the report (background: "their successes
        late in 2012" beside a lead that dates nothing is not the lead's news)."""
        last = event.when.end or event.when.start
        end = parse_partial(last)
        if end is None or self.published is None:
            return False
        if len(last or "") == 4:
            end = end.replace(month=12, day=31)
        return (self.published - end).days > 60

    def _source_line(self) -> str:
        art = self.facts.article
        label = self.render("date.j2", date=self.published, style=self._style) if self.published else None
        if self.story.merged:  # several reports: their outlets, the newest date, no one report's title
            return self.render("source_line.j2", outlet=art.source, published_label=label, title=None, url=None,
                               reports=len(self.facts.sources))
        return self.render("source_line.j2", outlet=art.source, published_label=label, title=art.title, url=art.url)

    def _issued(self, cutoff: date | None) -> str:
        """Return the report's date-time group and its information cut-off (`cutoff`)."""
        label = self.render("date.j2", date=cutoff, style=self.settings.dates.style) if cutoff else None
        return self.render("issued.j2", issued=self.issued_at, cutoff=label, style=self.settings.dates.style)

    def _updates(self) -> str:
        """Return the header line naming the report this one updates, or "" for a first report."""
        prior = prior_report(self.facts, self.previous)
        if prior is None:
            return ""
        return self.render("updates.j2", title=prior.title, serial=prior.serial, number=prior.number,
                           issued=issued_time(prior.issued), style=self._style)

    def _marking(self) -> Marking:
        if self._marking_cache is None:
            self._marking_cache = self._resolve_marking()
        return self._marking_cache

    def _resolve_marking(self) -> Marking:
        scheme = self.settings.marking
        level = scheme.levels.get(scheme.level)
        theme_colours = self.layout.theme().colours
        return Marking(
            text=level.text if level else scheme.level,
            caveats=scheme.caveats,
            distribution=scheme.distribution,
            portion=level.portion if level and scheme.portion_marks else "",
            foreground=theme_colours["marking_fg"],
            background=theme_colours["marking_bg"],
        )

    def _footer(self) -> str:
        scheme = self.settings.marking
        return self.render(
            "footer.j2",
            organisation=self.settings.brand.organisation,
            marking=self._marking().text,
            distribution=scheme.distribution,
        )

    def _subject(self, title: str) -> str:
        return self.facts.summary.bluf or title

    def _keywords(self) -> list[str]:
        names = [p.name for p in self.facts.places if p.kind == "country"][:6]
        return names + [o.acronym or o.name for o in self.facts.organisations][:4]

    # ----- sections ------------------------------------------------------------------------
    def _title(self, spec, number: int | None = None) -> str:
        """Return a section's or slide's title; `number` is its position among printed sections."""
        if spec.title:
            return self.layout.render_string(spec.title, kind=spec.kind, number=number)
        return self.render("section_title.j2", kind=spec.kind, number=number)

    def _section(self, spec) -> Section | None:
        if spec.kind == "header" or (spec.kind == "map" and not self.settings.map.report):
            return None
        builder = getattr(self, f"_blocks_{spec.kind}")
        blocks = builder(spec.max_items)
        if not blocks:
            return None
        if not spec.show_evidence:
            strip_refs(blocks)
        return Section(spec.kind, "", blocks, {"max_items": spec.max_items, "show_evidence": spec.show_evidence})

    def _portion(self, text: str) -> str:
        mark = self._marking().portion
        return f"({mark}) {text}" if mark else text

    def _blocks_bluf(self, limit):
        summary = self.facts.summary
        blocks = [Paragraph(self._portion(self.render("bluf.j2", bluf=summary.bluf)), "bluf", list(summary.evidence))]
        points = summary.key_points[: limit or 4]
        if points:
            blocks.append(Bullets([BulletItem(self._portion(p.text), list(p.evidence)) for p in points]))
        return blocks

    def _blocks_changes(self, limit):
        """Return what changed since the previous brief (--since): one line per change."""
        if self.changes is None:
            return []
        from sitbrief.compose.change_wording import ChangeWording

        lines = ChangeWording(self.facts, self.render, self.labels, self._style).lines(self.changes)
        if not lines:
            return [Paragraph(self._portion(self.render("change.j2", **change_vars("none"))))]
        lines = lines[:limit] if limit else lines
        return [Bullets([BulletItem(self._portion(text), refs) for text, refs in lines])]

    def _blocks_key_facts(self, limit):
        facts, lab = self.facts, self.labels
        lead = self._lead_event()
        people = self._who(lead)
        unnamed = self._unnamed_subject(lead, people)
        bodies = self._bodies(lead) if not unnamed and not self._takes_part(lead, people) else []
        if bodies:  # a sailing or a drill of ships and units only: they are its Who, not a commander quoted on it
            people = bodies
        text = " ".join(s.text for s in facts.article.sentences)
        who = "; ".join(([f"{unnamed} ({lab['name not given']})"] if unnamed else []) +
                        [f"{p.name} ({lab[_KIND_LABELS[p.kind]]})" if bodies else
                         f"{p.name} ({_role_written(p, text)})" if p.roles else p.name for p in people])
        rows = []
        if who:
            rows.append(KeyFact(lab["Who"], who, _first_refs(people)))
        # an extracted summary that names its main event but no headline found no clean clause: no What
        what = facts.summary.headline or (lead.title if lead and not facts.summary.event
                                          and not _FRAGMENT.match(lead.title) else "")
        if what:
            refs = self.story.refs(lead, 1) if lead and self.story.support(lead) else \
                list(facts.summary.evidence[:1]) or lead.evidence[:1]
            rows.append(KeyFact(lab["What"], self.story.with_support(what, lead) if lead else what, refs))
        when = self._when_row(lead)
        if when is not None:
            rows.append(when)
        where = self._where(lead)
        if where:
            rows.append(KeyFact(lab["Where"], self.story.place(lead, where[0]), where[1]))
        return [KeyFacts(rows)] if rows else []

    def _when_row(self, lead: Event | None) -> KeyFact | None:
        """Return the key facts' When: the main event's date, a dated retelling of it, or the lead's day."""
        facts, lab = self.facts, self.labels
        # no lead, or an undated lead told by the lead ("departed Halifax on 14 July"; "Roe said on 4 June that
        # ... She spoke to reporters"): the day its first sentence dates
        undated = not lead or (not (lead.when.start or lead.when.text)
                             and bool(lead.evidence[:1]) and lead.evidence[0] in facts.summary.evidence)
        day = self._lead_date() if undated else None
        sibling = self._dated_sibling(lead) if lead and day is None and not lead.when.text else None
        loose = self._lead_day_without_year() if undated and day is None and sibling is None else None
        if loose:  # an undated article's lead: "departed Halifax on July 14" is 14 Jul, its year not stated
            return KeyFact(lab["When"], f"{loose} ({lab.get('year not stated', 'year not stated')})",
                           list(facts.summary.evidence[:1]))
        if sibling is not None:  # "will conduct an exercise ..." then "... will hold drills Nov. 11-14"
            return KeyFact(lab["When"], self.story.date(sibling), self.story.refs(sibling, 1))
        arrival = self._visit_arrival(lead) if lead and day is None and not lead.when.text else None
        if arrival is not None:  # "will hold talks during a two-day visit", then "He arrives ... today (23 July)"
            return KeyFact(lab["When"], f"{self.story.date(arrival)} ({lab['arrival']})", self.story.refs(arrival, 1))
        if lead and day is None:
            return KeyFact(lab["When"], self.story.date(lead), self.story.refs(lead, 1))
        if day is not None:
            return KeyFact(lab["When"], date_text(day.start, day.end, day.precision, lab, self._style),
                           list(facts.summary.evidence[:1]))
        return None

    def _who(self, lead: Event | None) -> list:
        """Return the main event's principals: those its first sentence names or calls by their office
        ("The Trade Secretary is flying ..."), else everyone taking part; spokespeople left out."""
        people = self.facts.people
        involved = [p for p in people if lead and p.id in lead.participants]
        if lead and lead.evidence:
            text = self._sentence(lead.evidence[0])
            named = [p for p in involved if lead.evidence[0] in p.evidence]
            titled = [p for p in people if p not in named and _called_by_office(p, text, people)]
            involved = titled + named or involved
        if lead and lead.kind in _TAKING_PART:  # who reports a sailing, a meeting or a drill is not in it
            involved = [p for p in involved if not _reports_only(p)]
        return _principals(involved) or [p for p in self._bystanders_out(lead, people) if _may_stand_in(p)][:4]

    def _takes_part(self, lead: Event | None, people: list) -> bool:
        """Tell whether one of `people` takes part in the main event or is named by the lead ("The Defence
        Secretary is accompanying soldiers ..."), not only a stand-in quoted further on."""
        lead_ids = set(self.facts.summary.evidence)
        return lead is None or any(p.id in lead.participants or lead_ids & set(p.evidence) for p in people)

    def _bodies(self, lead: Event | None) -> list:
        """Return the ships and units taking part in the main event, at most four."""
        if lead is None:
            return []
        return [o for o in self.facts.organisations if o.kind in _KIND_LABELS and o.id in lead.participants][:4]

    def _bystanders_out(self, lead: Event | None, people: list) -> list:
        """Return `people` without those first named after the lead who meet, call or travel in an event of
        their own ("The exercise announcement comes as President X arrived in Y": X is not in the exercise)."""
        if lead is None:
            return people
        busy = {pid for e in self.facts.events if e.id != lead.id and e.kind in _OWN_MOVES for pid in e.participants}
        order = {s.id: n for n, s in enumerate(self.facts.article.sentences)}
        last = max((order.get(s, 0) for s in self._near_lead() | set(lead.evidence)), default=0)
        return [p for p in people
                if p.id not in busy or min((order.get(s, last) for s in p.evidence), default=0) <= last]

    def _unnamed_subject(self, lead: Event | None, people: list) -> str:
        """Return the office the main event's sentence opens on when nobody is named for it
        ("The Prime Minister spoke to ..." in a release that never names the Prime Minister)."""
        if lead is None or not lead.evidence:
            return ""
        opening = _OFFICE_OPENING.match(self._sentence(lead.evidence[0]))
        if not opening or opening.group(1).lower() not in lexicon().role_heads:
            return ""
        office = opening.group(1)
        holders = [p for p in self.facts.people if any(r.lower().endswith(office.lower()) for r in p.roles)]
        return "" if holders else office

    def _where(self, lead: Event | None) -> tuple[str, list[str]] | None:
        places = {p.id: p for p in self.facts.places}
        if lead and lead.where in places:
            place = self._narrower(lead, places[lead.where])
            country = place.country or self._country_after(lead, place)
            text = f"{place.name}, {country}" if country and country != place.name else place.name
            city = self._city_of(lead, place) if not country else None
            within = self._within(self._sentence(lead.evidence[0]), place) if not country and lead.evidence else None
            if city is not None:
                text = f"{place.name}, {city.name}" + (f", {city.country}" if city.country else "")
            elif within is not None:
                text = f"{place.name}, {within.name}"  # "in Aspen, Colorado, on Tuesday": the site and its state
            return text, place.evidence[:1]
        held = self._destination(lead) if lead is not None else None
        if held and self._away_from_dateline(held[0]):  # "WASHINGTON -- ... convened a meeting in Singapore"
            return held
        if self.facts.article.dateline and not self._elsewhere(lead) and not self._foreign_counterpart(lead):
            return self.facts.article.dateline, []
        if lead is not None:
            return held
        near = self._near_lead()
        if near:  # a lead without an event: a place it or the next two sentences name, not one far down
            city = next((p for p in self.facts.places if p.kind != "country" and near & set(p.evidence)
                         and self._said_outside_quotes(p, near)), None)
        else:
            city = next((p for p in self.facts.places if p.kind in ("city", "facility")
                         and self._said_outside_quotes(p, set(p.evidence))), None)
        return (city.name, city.evidence[:1]) if city else None

    def _away_from_dateline(self, where: str) -> bool:
        """Tell whether a place the main event's sentence holds it in lies outside the dateline's place and
        country (a release written in Washington of a meeting held in Singapore)."""
        dateline = self.facts.article.dateline
        if not dateline:
            return False
        home = {dateline} | {p.country for p in self.facts.places if p.name == dateline and p.country}
        return not any(name in home for name in re.split(r",\s+", where))

    def _said_outside_quotes(self, place, sids: set[str]) -> bool:
        """Tell whether one of sentences `sids` names `place` in the narrator's words, not inside a quotation
        ('Roe said: "I condemn the attack in Kabul"' places the statement nowhere)."""
        return any(self._unquoted(sid, self._sentence(sid), m.start())
                   for sid in sids & set(place.evidence) for m in _mentions(place, self._sentence(sid)))

    def _unquoted(self, sid: str, text: str, at: int) -> bool:
        """Tell whether offset `at` of sentence `sid` is the narrator's: outside quotation marks, and not in a
        sentence a quotation holds whole (a statement's later sentences, which carry no marks of their own)."""
        if inside_quote(text, at):
            return False
        whole = not re.search(r"[\"\u201c\u201d]", text)
        return not (whole and any(sid in q.evidence for q in self.facts.quotes))

    def _destination(self, lead: Event) -> tuple[str, list[str]] | None:
        """Return the one place the main event's sentence moves it to ("have deployed to Estonia", "arrives in
        Japan", "to visit Indonesia") or holds it in ("at the X Summit in Moldova"); None for a list of places,
        two places, or a gathering still to come ("ahead of next month's summit in Japan")."""
        if not lead.evidence:
            return None
        text = self._sentence(lead.evidence[0])
        found = [p for p in self.facts.places if any(
            (_MOVED_TO.search(text[: m.start()]) or _HELD_IN.search(text[: m.start()]))
            and self._unquoted(lead.evidence[0], text, m.start())
            and not _AHEAD.search(text[max(0, m.start() - 80) : m.start()]) and not self._listed(text[m.end() :], p)
            for m in _mentions(p, text))]
        found = [p for p in found if not any(q.country == p.name and q is not p for q in found)]  # "Tokyo, Japan"
        if len({p.name for p in found}) != 1:
            return None
        place = found[0]
        sentence = text
        text = f"{place.name}, {place.country}" if place.country and place.country != place.name else place.name
        if not place.country and (within := self._within(sentence, place)) is not None:
            text = f"{place.name}, {within.name}"  # "the summit in Kananaskis, Alberta": the site and its province
        return text, lead.evidence[:1]

    def _within(self, text: str, place):
        """Return the region or country the text writes right after a place, closing the phrase ("in
        Kananaskis, Alberta."), else None."""
        for m in _mentions(place, text):
            for q in self.facts.places:
                if q is not place and q.kind in ("region", "country") and re.match(
                        rf",\s+{re.escape(q.name)}(?=\s*(?:[.;:)]|$|,\s+(?!and\b)[a-z]))", text[m.end() :]):
                    return q
        return None

    def _listed(self, after: str, place) -> bool:
        """Tell whether the text after a place goes on with another place ("Chile, Peru and Brazil"), not
        with the place's own country or region ("Tokyo, Japan", "Kananaskis, Alberta.")."""
        more = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?", after)
        if not more:
            return False
        rest = after[more.end() :]
        return any(rest.startswith(q.name) and q.name != place.country and not self._closes_on(after, q)
                   for q in self.facts.places)

    @staticmethod
    def _closes_on(after: str, q) -> bool:
        """Tell whether `after` is only ", <region or country q>" and the phrase's end: the place's own region."""
        return q.kind in ("region", "country") and bool(
            re.match(rf",\s+{re.escape(q.name)}(?=\s*(?:[.;:)]|$|,\s+(?!and\b)[a-z]))", after))

    def _narrower(self, lead: Event, place):
        """Return the dateline's place instead of a broad region the event's sentence also names it in
        ("returned to the Indo-Pacific ..., operating out of Andersen Air Force Base")."""
        if place.kind != "region" or place.country or not self.facts.article.dateline:
            return place
        text = self._sentence(lead.evidence[0])  # the name as written in the body, not the dateline's capitals
        return next((p for p in self.facts.places if p.name == self.facts.article.dateline
                     and p.kind in ("city", "facility") and p.name in text), place)

    def _country_after(self, lead: Event, place) -> str | None:
        """Return the country the event's sentence writes after a site ("at Vale Air Base, Norland,"), if any."""
        text = self._sentence(lead.evidence[0]) if lead.evidence else ""
        after = rx(rf"{re.escape(place.name)},\s+({_NAME_WORDS})").search(text)
        return lexicon().country(after.group(1)) if after else None

    def _city_of(self, lead: Event, place):
        """Return the city the event's sentence puts a site in ("at Victoria Barracks in Sydney"), if any."""
        text = self._sentence(lead.evidence[0])
        after = re.search(rf"{re.escape(place.name)}\s+in\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,2}})", text)
        return next((p for p in self.facts.places if after and p.kind == "city" and after.group(1).startswith(p.name)),
                    None)

    def _foreign_counterpart(self, lead: Event | None) -> bool:
        """Tell whether the main event is a meeting, call or talks of someone at home in the dateline's country
        with someone of another country: the dateline is then where the release was written, not where they met
        (a WASHINGTON story of a US general meeting South Korea's defence minister) or no place at all (a call).
        A visitor's dateline (CANBERRA, of a US admiral's visit) is where he went."""
        if lead is None or lead.kind not in ("meeting", "call", "talks") or not lead.evidence:
            return False
        dateline = self.facts.article.dateline or ""
        home = next((p.country or p.name for p in self.facts.places if p.name == dateline), None)
        text = self._sentence(lead.evidence[0])
        taking_part = [p for p in self.facts.people if p.id in lead.participants and p.name in text]
        if home is None or not taking_part:
            return False
        subject = min(taking_part, key=lambda p: text.index(p.name))
        return subject.affiliation == home and any(p.affiliation and p.affiliation != home for p in taking_part)

    def _elsewhere(self, lead: Event | None) -> bool:
        """Tell whether the main event's sentence sends it to places other than the dateline (a trip abroad)."""
        if lead is None or not lead.evidence:
            return False
        dateline, text = self.facts.article.dateline or "", self._sentence(lead.evidence[0])
        home = {p.country for p in self.facts.places if p.name == dateline and p.country} | {dateline}
        return any(p.name not in home and _TRAVEL.search(text[: max(0, text.find(p.name))][-80:] + "\n")
                   for p in self.facts.places if p.kind in ("country", "city") and p.name in text)

    def _dated_sibling(self, lead: Event) -> Event | None:
        """Return the one dated event that tells the undated main event again: of its kind, in its sentence or
        the next ("The navy will hold an exercise ..." and "The carriers will conduct drills Nov. 11-14"), or
        at its place within the two sentences after the lead (a standfirst, then the body's first sentence)."""
        ids = [s.id for s in self.facts.article.sentences]
        if lead.kind not in HAPPENING_KINDS or not lead.evidence or lead.evidence[0] not in ids:
            return None
        first = ids.index(lead.evidence[0])
        near = set(ids[first : first + 2])
        # a standfirst's "X visits Manila", then the body's "X made a port visit to Manila this week"
        lead_near = self._near_lead() if lead.where else set()
        dated = [e for e in self.facts.events if e.id != lead.id and e.kind == lead.kind and e.when.text
                 and e.evidence[:1] and e.status == lead.status
                 and (e.evidence[0] in near or (e.evidence[0] in lead_near and e.where == lead.where))]
        return dated[0] if len({(e.when.text, e.when.start) for e in dated}) == 1 else None

    def _visit_arrival(self, lead: Event) -> Event | None:
        """Return the one dated arrival that opens the visit the undated main event is held during: the main
        event's sentence says "during a visit", the sentence after it has one of its people arrive on a day."""
        ids = [s.id for s in self.facts.article.sentences]
        first = lead.evidence[0] if lead.evidence else ""
        if first not in ids or not _DURING_VISIT.search(self._sentence(first)):
            return None
        after = ids[ids.index(first) + 1 : ids.index(first) + 2]
        people = {p.id for p in self.facts.people} & set(lead.participants)
        arrivals = [e for e in self.facts.events if e.id != lead.id and e.evidence[:1] == after and e.when.start
                    and e.when.precision == "day" and people & set(e.participants)
                    and _ARRIVES.search(self._sentence(e.evidence[0]))]
        return arrivals[0] if len(arrivals) == 1 else None

    def _lead_day_without_year(self) -> str | None:
        """Return the one day and month an undated article's lead writes ("on July 14" -> "14 Jul"), else None."""
        if self.published is not None or not self.facts.summary.evidence:
            return None
        first = self._sentence(self.facts.summary.evidence[0])
        days = {d for e in find_dates(first, None, False) if (d := day_without_year(e.text))}
        return days.pop() if len(days) == 1 else None

    def _lead_date(self):
        """Return the one day the lead's first sentence dates its news by (None if none, or several)."""
        first = self._sentence(self.facts.summary.evidence[0]) if self.facts.summary.evidence else ""
        days = [e for e in find_dates(first, self.published, False) if e.start and e.precision == "day"]
        same = len({(e.start, e.end) for e in days}) == 1  # "yesterday (August 23)": one day, written twice
        return days[0] if same else None

    def _near_lead(self) -> set[str]:
        """Return the ids of the lead's sentences and the two after it (none without a lead)."""
        ids = [s.id for s in self.facts.article.sentences]
        lead = [ids.index(s) for s in self.facts.summary.evidence if s in ids]
        return set(ids[min(lead) : max(lead) + 3]) if lead else set()

    def _sentence(self, sid: str) -> str:
        """Return the text of the article's sentence `sid` ("" if none)."""
        return next((s.text for s in self.facts.article.sentences if s.id == sid), "")

    def _blocks_actors(self, limit):
        lab = self.labels
        story = self.story
        actors = [
            Actor(p.name, "; ".join(p.roles) or "\u2014", _with_support(p.affiliation, p, story),
                  story.refs(p, 1))
            for p in self.facts.people
        ]
        actors += [
            Actor(
                f"{o.name} ({o.acronym})" if o.acronym and o.acronym not in o.name else o.name,
                lab[_KIND_LABELS.get(o.kind, "Organisation")],
                _with_support(o.country, o, story),
                story.refs(o, 1),
                "organisation",
            )
            for o in self.facts.organisations
            if o.kind != "aircraft"  # equipment, not an actor: the fact file keeps it
        ]
        actors = actors[:limit] if limit else actors
        return [Actors([lab["Name"], lab["Role"], lab["Affiliation"]], actors)] if actors else []

    def _entries(self, events: list[Event]) -> list[TimelineEntry]:
        return [
            TimelineEntry(
                self.story.with_support(e.title, e, short=True),
                self.story.date(e),
                e.when.start,
                e.when.end,
                e.when.precision,
                e.status,
                self.story.refs(e, 2),
            )
            for e in sorted(events, key=_event_order)
        ]

    def _timeline(self, events: list[Event], limit) -> list:
        every = self._entries(events)
        entries = select_entries(every, limit)
        if not entries:
            return []
        unresolved = sum(1 for e in entries if e.start is None)
        lab = self.labels
        legend = {
            k: lab[v]
            for k, v in (
                ("past", "Past"),
                ("planned", "Planned"),
                ("ongoing", "Ongoing"),
                ("postponed", "Postponed"),
                ("cancelled", "Cancelled"),
                ("unresolved", "Unresolved date"),
            )
        }
        caption = self.render("timeline_caption.j2", count=len(entries), total=len(every),
                              unresolved=unresolved, scope="story" if self.story.merged else "article")
        return [Timeline(entries, [lab["Date"], lab["Event"], lab["Status"]], legend, caption)]

    def _blocks_timeline(self, limit):
        return self._timeline(self.facts.events, limit)

    def _blocks_upcoming(self, limit):
        """Return what to watch: the planned and postponed events, soonest first."""
        blocks = watch_list(self._entries([e for e in self.facts.events if e.status in UPCOMING]),
                            limit, self.labels)
        for item in (i for block in blocks for i in block.items):
            item.text = self._portion(item.text)
        return blocks

    def _blocks_quotes(self, limit):
        quotes = [q for q in self.facts.quotes if not self._is_reporting(q)][: limit or 6]
        blocks = []
        for quote in quotes:
            person = self.facts.person(quote.speaker)
            attribution = self.render(
                "quote_attribution.j2",
                speaker=person.name if person else None,
                role=_short_role(person) if person and person.roles else None,
                inferred=quote.speaker_inferred,
            )
            attribution = self.story.with_support(attribution, quote)
            blocks.append(QuoteBlock(quote.text.replace("\n\n", " "), attribution, list(quote.evidence)))
        return blocks

    def _is_reporting(self, quote) -> bool:
        """Tell whether an unattributed quote is the report itself (a readout the BLUF or key points give)."""
        summary = self.facts.summary
        told = set(summary.evidence) | {s for p in summary.key_points for s in p.evidence}
        return quote.speaker is None and bool(set(quote.evidence) & told)

    def _blocks_context(self, limit):
        items = self.facts.context[: limit or 6]
        return (
            [Bullets([BulletItem(self._portion(c.text), list(c.evidence)) for c in items], "context")] if items else []
        )

    def _blocks_key_judgements(self, limit):
        return self.judgements.key_judgements(limit, self._portion)

    def _blocks_assessment(self, limit):
        return self.judgements.blocks(limit, self._portion)

    def _blocks_sources(self, limit):
        items = []
        for n, source in enumerate(self.facts.sources, start=1):
            published = date.fromisoformat(source.published) if source.published else None
            label = self.render("date.j2", date=published, style=self._style) if published else None
            text = self.render(
                "source_line.j2", outlet=source.outlet, published_label=label, title=source.title, url=source.url
            )
            items.append(
                SourceItem(
                    n,
                    re.sub(r"^Source:\s*", "", text),
                    source.grading,
                    source.url if source.url and source.url.startswith(("http://", "https://")) else None,
                )
            )
        return graded_sources(items, self.layout)

    def _blocks_related(self, limit):
        related = self.facts.related[: limit or 8]
        return [Bullets([BulletItem(t) for t in related], "muted")] if related else []

    def _blocks_map(self, limit):
        block, outside, unlocated = map_content(self.facts, self.settings.map.min_frame_km)
        if block is None:
            return []
        block.note = self.render("map_note.j2", outside=outside, unlocated=unlocated)
        return [block]

    def _blocks_discrepancies(self, limit):
        return self.story.blocks()

    def _blocks_evidence(self, limit):
        return [EvidenceList([], self.render("evidence_intro.j2", merged=self.story.merged))]

    def _evidence(self, cited: set[str]) -> dict[str, EvidenceItem]:
        items: dict[str, EvidenceItem] = {}
        for sentence in self.facts.article.sentences:
            if sentence.id in cited:
                items[sentence.id] = evidence_item(len(items) + 1, sentence, self.labels[EDITED],
                                                   self.story.source_of(sentence))
        return items

    # ----- slides --------------------------------------------------------------------------
    def _slide(self, spec, title: str, date_label: str) -> Slide | None:
        name = self._title(spec)
        if spec.kind == "title":
            subtitle = " \u00b7 ".join(x for x in (date_label, self.settings.brand.organisation) if x)
            return Slide("title", title, subtitle=subtitle)
        if spec.kind == "map" and not self.settings.map.deck:
            return None
        if spec.kind == "upcoming":
            blocks = self._timeline([e for e in self.facts.events if e.status in UPCOMING], spec.max_items)
        elif spec.kind == "sources" and not any(s.outlet or s.title or s.url for s in self.facts.sources):
            blocks = []  # "Unknown outlet" alone tells an audience nothing; the notes keep the source line
        else:
            blocks = getattr(self, f"_blocks_{spec.kind}")(spec.max_items)
        return Slide(spec.kind, name, blocks) if blocks else None


def evidence_item(number: int, sentence, edited_label: str, source: str = "") -> EvidenceItem:
    """Return a sentence as the evidence list quotes it: marked (outside the quotation) when edited."""
    return EvidenceItem(number, sentence.id, sentence.text, source=source,
                        edited=edited_label if sentence.edited else "")


def edited_warnings(facts: Facts) -> list[str]:
    """Return one warning naming the evidence sentences edited after extraction, if any."""
    edited = [s.id for s in facts.article.sentences if s.edited]
    if not edited:
        return []
    shown = ", ".join(edited[:5]) + (f" and {len(edited) - 5} more" if len(edited) > 5 else "")
    return [f"sentence(s) {shown} were edited after extraction (their recorded hash no longer "
            "matches); the evidence list marks them as edited, not as the source's words"]


def compose(facts: Facts, layout, previous: Facts | None = None) -> Brief:
    """Return the Brief of `facts` worded and ordered by `layout`; `previous` is the fact file
    of the brief this one updates (its changes are listed first after the BLUF)."""
    return Composer(facts, layout, previous).compose()


def _short_role(person) -> str:
    """Return a person's first role, the one shown in compact places."""
    return person.roles[0] if person and person.roles else ""


def _role_written(person, text: str) -> str:
    """Return the role the source writes right before the person's name ("Prime Minister Brown", "General
    Casey"), when only one of theirs is; else their first role."""
    surname = person.name.split()[-1]
    written = [r for r in person.roles if rx(rf"\b{re.escape(r)}\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}"
                                                   rf"{re.escape(surname)}\b").search(text)]
    return written[0] if len(written) == 1 else _short_role(person)


def _with_support(value: str | None, item, story: StoryView) -> str:
    """Return an actor's affiliation (or a dash) with, in a merged story, how many sources name them."""
    if not value:
        return story.support(item, short=True) or "\u2014"
    return story.with_support(value, item, short=True, joiner=" \u00b7 {}")


_SPOKESPERSON = re.compile(  # the office's head word: "ministry spokesperson", "spokesman for the army"
    r"\b(?:spokes(?:person|man|woman)|press secretary|press officer)(?:\s+(?:for|of|at|to)\b.*)?$", re.I
)


def _principals(people: list) -> list:
    """Return `people` without those who only report the event (spokespeople), unless nobody else is left."""
    principals = [p for p in people if not any(_SPOKESPERSON.search(r) for r in p.roles)]
    return principals or people


_COMMENTATOR = re.compile(  # "senior fellow at the Institute", "defence analyst"
    rf"\b(?:{alternation(words('commentator_heads'))})\b", re.I)


def _may_stand_in(person) -> bool:
    """Tell whether someone the main event does not name may stand in its Who: not one who only reports it (a
    spokesperson) or comments on it (an analyst), nor a bare given name without a role ("George", one of a
    ship's namesakes)."""
    if _reports_only(person) or any(_COMMENTATOR.search(r) for r in person.roles):
        return False  # a spokesperson reports it, an analyst comments on it
    return bool(person.roles) or " " in person.name.strip()


def _reports_only(person) -> bool:
    """Tell whether someone's office is to report for others (a spokesperson, a press secretary)."""
    return any(_SPOKESPERSON.search(r) for r in person.roles)


_TAKING_PART = HAPPENING_KINDS | {"agreement", "deal"}  # events people take part in: a signing too
_DURING_VISIT = re.compile(r"\b(?:during|on|over)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}visit\b", re.I)
_ARRIVES = re.compile(r"\b(?:arrives|arrived|arriving|will\s+arrive|lands|landed)\b")
_OWN_MOVES = ("meeting", "call", "talks", "deployment")  # events that take their people somewhere of their own
_OFFICE_OPENING = re.compile(r"^The\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(?:has\s+|had\s+|will\s+)?[a-z]+")
_TRAVEL = re.compile(  # "depart tomorrow for", "travel to", "a visit to", "fly directly to": the event is there
    r"\b(?:depart|leave|leaving|travel|fly|flies|flying|head|trip|visit|tour)\w*\s+(?:[\w.-]+\s+){0,3}(?:for|to)\s+"
    r"(?:the\s+)?\n",
    re.I,
)


_MOVED_TO = re.compile(  # "deployed to", "arrived this week in", "making their way to", "to visit": a destination
    rf"(?:\b(?:{alternation(words('movement_words'))})\b(?:\s+(?!(?:and|but|or|who|which|that)\b)[\w'\u2019-]+)"
    rf"{{0,3}}?\s+(?:to|in|into|at|for)|\b(?:{alternation(words('reach_verbs'))}))\s+(?:the\s+)?$",
    re.I,
)


def _mentions(place, text: str) -> list[re.Match[str]]:
    """Return where `text` names `place`, a country by any of its names too ("the UK", "U.S.")."""
    found = list(word_rx(place.name).finditer(text))
    if place.kind == "country":
        aliases = [a for a, c in lexicon().countries.items() if c == place.name and a != place.name.lower()]
        found += [m for a in aliases for m in word_rx(a, re.I).finditer(text) if lexicon().country(m.group(0))]
    return found


_NAME_WORDS = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}"  # "Norland", "the United States"
_FRAGMENT = re.compile(r"(?:From|To|In|On|At|For|With|By|During|Through|Under)\s")  # "From co-hosting X, to ..."
_HELD_IN = re.compile(  # "at the X Summit in Moldova", "the Defence Ministers Meeting in London": where it is held;
    # "exercise, Valiant Shield 2016, on Tinian": its name set off, then the place
    rf"\b(?:{alternation(words('gathering_nouns'))})(?:\s+(?:in|at)|,\s+(?-i:[A-Z])[^,]{{1,40}},\s+(?:in|at|on))\s+(?:the\s+)?$",
    re.I,
)
_AHEAD = re.compile(r"\b(?:ahead\s+of|upcoming|forthcoming|next|future|prepar\w*\s+for|before)\b", re.I)


def _called_by_office(person, text: str, people: list) -> bool:
    """Tell whether `text` names `person` by their office alone ("The Business and Trade Secretary is ..."),
    an office nobody else holds, and not by name."""
    if person.name in text or any(a in text for a in person.aliases):
        return False
    for role in person.roles:
        if len(role.split()) < 2 or sum(role in q.roles for q in people) > 1:
            continue
        if re.search(rf"\b[Tt]he\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,3}}{re.escape(role)}\b", text):
            return True
    return False


def _first_refs(items) -> list[str]:
    return list(dict.fromkeys(i.evidence[0] for i in items if i.evidence))


def _event_order(event: Event):
    start = parse_partial(event.when.start)
    return (start is None, start or date.min, event.id)
