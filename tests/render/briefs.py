"""Hand-built Briefs and a Theme for writer tests, independent of extraction and layouts."""

from __future__ import annotations

from pathlib import Path

from sitbrief.compose.brief import (
    Actor,
    Actors,
    Brief,
    BulletItem,
    Bullets,
    EvidenceItem,
    EvidenceList,
    JudgementBlock,
    KeyFact,
    KeyFacts,
    KeyJudgement,
    KeyJudgements,
    MapBlock,
    MapPlace,
    Marking,
    Paragraph,
    QuoteBlock,
    Section,
    Slide,
    SourceItem,
    Sources,
    Timeline,
    TimelineEntry,
)
from sitbrief.layout.theme import DeckSlot, FontFace, Theme

FONTS = Path(__file__).resolve().parents[2] / "layouts" / "default" / "assets" / "fonts"


def sample_theme() -> Theme:
    """Return a Theme close to the default layout's, built by hand."""
    body = FontFace("Liberation Sans", FONTS / "LiberationSans-Regular.ttf",
                    FONTS / "LiberationSans-Bold.ttf", FONTS / "LiberationSans-Italic.ttf",
                    FONTS / "LiberationSans-BoldItalic.ttf")
    fallbacks = [FontFace("DejaVu Sans", FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"),
                 FontFace("Droid Sans Fallback", FONTS / "DroidSansFallbackFull.ttf")]
    colours = {"primary": "#1F3A5F", "accent": "#2A7F8E", "text": "#1A1A1A", "muted": "#5F6B7A",
               "surface": "#EEF2F6", "alert": "#B42318", "judgement": "#8A5A00", "rule": "#C9D1DB",
               "past": "#1F3A5F", "planned": "#2A7F8E", "background": "#FFFFFF",
               "marking_fg": "#FFFFFF", "marking_bg": "#1B7A3E"}
    slots = {"title": DeckSlot("Title Slide", {"title": {"type": "title"}, "subtitle": {"idx": 1}}),
             "content": DeckSlot("Title Only", {"title": {"type": "title"}})}
    return Theme(page_size=(595.28, 841.89), margins=(56.7, 51.0, 56.7, 51.0), colours=colours,
                 body_font=body, heading_font=body, fallbacks=fallbacks,
                 sizes={"title": 17, "heading": 11, "body": 9.5, "small": 7.5},
                 deck_slots=slots, deck_sizes={"title": 28, "body": 18, "floor": 11})


SENTENCES = {
    "s1": "Japan and Australia agreed Thursday that Australian troops will join drills.",
    "s2": "Defense Minister Minoru Kihara met his counterpart Richard Marles in Tokyo.",
    "s3": 'The participation is "vitally important," Kihara told reporters.',
    "s4": "In August, the Reciprocal Access Agreement took effect.",
    "s5": "AT&T said <b>nothing</b> & more; Łódź, Київ, Αθήνα, 東京.",
}


def _evidence(ids: list[str]) -> dict[str, EvidenceItem]:
    return {sid: EvidenceItem(n, sid, SENTENCES.get(sid, f"Sentence {sid} of the article."))
            for n, sid in enumerate(ids, start=1)}


def sample_map() -> MapBlock:
    """Return the seed's locator map, built by hand: Japan and Australia, Tokyo, the China seas."""
    places = [MapPlace("Australia", "country", -23.09, 132.1), MapPlace("Japan", "country", 36.13, 138.95),
              MapPlace("Tokyo", "city", 35.69, 139.69), MapPlace("China", "country", 33.4, 103.6, "context"),
              MapPlace("East China Sea", "sea", 29.5, 125.8, span_km=900),
              MapPlace("South China Sea", "sea", 13.0, 114.5, "context", 2000)]
    return MapBlock(places, (109.1, -47.6, 157.7, 54.0), "Not shown: United States (outside the map).",
                    not_shown=["United States"])


def _sections(actors: list[Actor], entries: list[TimelineEntry], quotes: list[QuoteBlock],
              bluf: str) -> list[Section]:
    return [
        Section("bluf", "Bottom line up front", [Paragraph(bluf, "bluf", ["s1"])]),
        Section("key_facts", "Key facts", [KeyFacts([
            KeyFact("Who", "Minoru Kihara; Richard Marles", ["s2"]),
            KeyFact("What", "Defence ministers' talks; Australian troops to join drills", ["s1"]),
            KeyFact("When", "19 Oct 2023", ["s1"]), KeyFact("Where", "Tokyo, Japan", ["s2"])])]),
        Section("actors", "Who's who", [Actors(["Name", "Role", "Affiliation"], actors)]),
        Section("timeline", "Timeline", [Timeline(entries, ["Date", "Event", "Status"],
                {"past": "Past", "planned": "Planned", "unresolved": "Unresolved date"},
                f"{len(entries)} dated events")]),
        Section("quotes", "Statements", quotes),
        Section("context", "Background", [Bullets([BulletItem(SENTENCES["s4"], ["s4"]),
                                                   BulletItem(SENTENCES["s5"], ["s5"])], "context")]),
        Section("assessment", "Analyst assessment", [JudgementBlock(
            "Australian participation will likely become routine in Japan-U.S. command post exercises.",
            "Likely (55-80%) · moderate confidence")]),
        Section("sources", "Sources", [Sources([SourceItem(1, "Kyodo News, 19 Oct 2023", "B2",
                                                           "https://english.kyodonews.net/",
                                                           "usually reliable; probably true")],
                                                legend="Grading (Admiralty): B usually reliable; 2 probably true.")]),
        Section("related", "Related coverage", [Bullets([BulletItem("GSDF Osprey arrives in Okinawa")],
                                                        "muted")]),
        Section("key_judgements", "Key judgements", [KeyJudgements([
            KeyJudgement(1, "Australian participation will become routine in command post exercises.",
                         "Very likely (80\u201395%) \u00b7 Moderate confidence", ["s1", "s3"]),
            KeyJudgement(2, "The laser project will reach a prototype within a year.",
                         "Roughly even chance (45\u201355%) \u00b7 Low confidence", ["s4"])],
            "Likelihood (ICD 203): almost no chance 1\u20135% \u00b7 likely 55\u201380%.")]),
    ]


def _slides(sections: list[Section], title: str) -> list[Slide]:
    by_kind = {s.kind: s for s in sections}
    slides = [Slide("title", title, subtitle="19 Oct 2023 · Situation Desk")]
    for kind in ("bluf", "key_facts", "actors", "timeline", "quotes", "context", "assessment",
                 "sources", "key_judgements"):
        slides.append(Slide(kind, by_kind[kind].title, by_kind[kind].blocks))
    upcoming = [b for b in by_kind["timeline"].blocks]
    slides.insert(5, Slide("upcoming", "Upcoming events", upcoming))
    return slides


def _brief(title: str, actors, entries, quotes, bluf: str) -> Brief:
    sections = _sections(actors, entries, quotes, bluf)
    refs = sorted({r for s in sections for b in s.blocks for r in _refs(b)}, key=lambda r: int(r[1:]))
    evidence = _evidence(refs)
    sections.append(Section("evidence", "Evidence", [EvidenceList(list(evidence.values()),
                                                                  "Sentences of the article cited above.")]))
    return Brief(title=title, organisation="Situation Desk", date_label="19 Oct 2023",
                 serial="SB-20231019-01", source_line="Source: Kyodo News, 19 Oct 2023",
                 marking=Marking("UNCLASSIFIED", caveats="", distribution="Distribution: internal"),
                 sections=sections, slides=_slides(sections, title), evidence=evidence,
                 footer="Situation Desk · UNCLASSIFIED", subject="Japan-Australia defence talks",
                 keywords=["Japan", "Australia", "defence"], filename="sample")


def _refs(block) -> list[str]:
    refs = list(getattr(block, "refs", []))
    for attr in ("items", "rows", "actors", "entries"):
        refs += [r for item in getattr(block, attr, []) for r in getattr(item, "refs", [])]
    return refs


def sample_brief() -> Brief:
    """Return a small, realistic Brief."""
    actors = [Actor("Minoru Kihara", "Defense Minister", "Japan", ["s2"]),
              Actor("Richard Marles", "Defence Minister; Deputy Prime Minister", "Australia", ["s2"]),
              Actor("Mitsubishi Electric Corp.", "Contractor", "Japan", ["s1"], "organisation")]
    entries = [
        TimelineEntry("Reciprocal Access Agreement takes effect", "Aug 2023", "2023-08", "2023-08",
                      "month", "past", ["s4"]),
        TimelineEntry("Kihara–Marles talks in Tokyo", "19 Oct 2023", "2023-10-19", "2023-10-19",
                      "day", "past", ["s2"]),
        TimelineEntry("Two-plus-two talks", "20 Oct 2023", "2023-10-20", "2023-10-20", "day",
                      "postponed", ["s1"]),
        TimelineEntry("Exercise Yama Sakura", "late Nov 2023", "2023-11-21", "2023-11-30",
                      "part-of-month", "planned", ["s1"]),
        TimelineEntry("Exercise Keen Edge", "Feb 2024", "2024-02", "2024-02", "month", "planned",
                      ["s1"]),
        TimelineEntry("Follow-up meeting", "date not stated", None, None, "unknown", "planned",
                      ["s1"]),
    ]
    quotes = [QuoteBlock("vitally important in terms of reinforcing the command and control function",
                         "Minoru Kihara, Defense Minister", ["s3"])]
    return _brief("Japan and Australia agree Australian troops will join Japan-U.S. command drills",
                  actors, entries, quotes,
                  "Japan and Australia agreed on 19 Oct 2023 that Australian troops will join "
                  "Japan-U.S. command post drills for the first time.")


CJK_NAMES = ["李强", "習近平", "김정은", "岸田文雄"]


def stress_brief() -> Brief:
    """Return a Brief with 12 actors, 15 events, 6 long quotes, a 300-character title, CJK names."""
    actors = [Actor(CJK_NAMES[i] if i < 4 else f"Person Number{i} Longsurname-Hyphenated",
                    "Deputy Minister for International Defence Cooperation and Strategic Policy",
                    ["China", "Japan", "North Korea", "Japan"][i] if i < 4 else "United Kingdom",
                    [f"s{i + 1}"]) for i in range(12)]
    entries = [TimelineEntry(f"Event {i + 1}: a long descriptive title about joint drills and talks",
                             f"{(i % 28) + 1} Mar 2024", f"2024-03-{(i % 28) + 1:02d}",
                             f"2024-03-{(i % 28) + 1:02d}", "day",
                             "past" if i < 8 else "planned", [f"s{i + 1}"]) for i in range(14)]
    entries.append(TimelineEntry("Undated follow-up", "date not stated", None, None, "unknown",
                                 "planned", ["s3"]))
    long = ("We will continue to strengthen deterrence and response capabilities together with our "
            "allies and like-minded partners, and this exercise demonstrates that resolve clearly. ")
    quotes = [QuoteBlock(long * 3, f"Speaker {i}, Minister of State", [f"s{i + 1}"]) for i in range(6)]
    title = ("Allied defence ministers agree expanded trilateral exercise programme, new reciprocal "
             "access arrangements and a joint laser technology development project amid rising "
             "regional tensions in the East and South China seas and beyond, with further talks "
             "planned for early next year in Tokyo and Canberra, officials said")
    assert len(title) >= 300, len(title)
    return _brief(title, actors, entries, quotes, "A long bottom line. " * 12)


def long_tables_brief() -> Brief:
    """Return the sample Brief with 40 upcoming events and 30 sources (tables that continue)."""
    brief = sample_brief()
    entries = [TimelineEntry(f"Planned exercise number {i + 1} with allied and partner forces",
                             f"{(i % 28) + 1} Jun 2024", f"2024-06-{(i % 28) + 1:02d}",
                             f"2024-06-{(i % 28) + 1:02d}", "day", "planned", ["s1"])
               for i in range(40)]
    sources = [SourceItem(i + 1, f"Outlet {i + 1}, report on the defence talks, 19 Oct 2023", "B2",
                          f"https://example.org/{i + 1}") for i in range(30)]
    for slide in brief.slides:
        if slide.kind == "upcoming":
            slide.blocks = [Timeline(entries, ["Date", "Event", "Status"], {"planned": "Planned"})]
        if slide.kind == "sources":
            slide.blocks = [Sources(sources)]
    return brief
