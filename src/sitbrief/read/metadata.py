"""Find an article's metadata in its paragraphs: title, outlet, date, dateline, byline, related.

What is metadata (a date line, a byline, a "Related coverage:" block, a wire trailer) is taken
out of the story body; photo captions stay in the body but are marked, since they often carry
the only date and outlet ("... on Oct. 19, 2023. (Kyodo)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

from sitbrief.text.clean import word_count
from sitbrief.text.date_order import date_order, line_order
from sitbrief.text.dates import MONTHS, NUMERIC_DATE, parse_full_date

_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # with re.I
_DAY_SHORT = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"  # "Wed."


def _label_rows() -> list[list[str]]:
    """Return the rows of data/date_labels.txt: label, kind (issued, updated, taken), its digits' order if any."""
    text = resources.files("sitbrief.read").joinpath("data", "date_labels.txt").read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines() if line.strip() and not line.startswith("#")]


_LABEL_ROWS = _label_rows()
DATE_LABELS = {row[0].lower(): row[1] for row in _LABEL_ROWS}
_LABEL_ORDERS = sorted(((row[0].lower(), row[2]) for row in _LABEL_ROWS if len(row) > 2), key=lambda r: -len(r[0]))


def _label_order(line: str) -> str | None:
    """Return the order the sites using a date line's label write all-digit dates in ("Date Posted: 06.03.2024")."""
    folded = " ".join(line.lower().split())
    return next((order for label, order in _LABEL_ORDERS if folded.startswith(label)), None)


def _label_pattern(kinds: tuple[str, ...]) -> str:
    """Return an alternation of the date labels of `kinds`, longest first, any spacing."""
    labels = sorted((lab for lab, kind in DATE_LABELS.items() if kind in kinds), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, lab.split())) for lab in labels)

_RELATED = re.compile(
    r"^(?:related(?: coverage| stories| articles| news| content| reading)?|read more|see also|"
    r"more on this(?: story)?|also read|you may also like|recommended)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_LABEL_ONLY = re.compile(
    r"^(?:(?:story|release|article|news) (?:number|no\.?|id)\s*:\s*[\w-]+$|press release|news release|media release|media note|media advisory|fact sheet|readout|(?:joint |press )?statement|for immediate release|"
    r"news|transcript|immediate release|share|print|email|statements and releases|briefing room|speeches and remarks|(?:news|feature|courtesy) story)\s*:?\s*$",
    re.I,
)
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|released|issued|date|dated|last updated)\s*(?:on)?\s*:?\s*)?"
    rf"(?:{_DAY_NAME},?\s+)?(?P<date>[\w.,\s-]{{6,40}}?)"
    r"(?:\s*(?:[|,\u2013\u2014-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*$",
    re.I,
)
_BYLINE = re.compile(
    r"^by\s+(?P<who>(?:an?|our)\s+(?:[a-z]+\s+)?(?:reporter|correspondent|writer|staff|editor|journalist)s?|"  # "By a staff reporter"
    r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+[\w.'\u2019-]+,?){0,6})"  # a name: "By the end of 2025, ..." opens a story
    r"(?:\s*[,|/\u2013\u2014-]\s*(?P<org>(?-i:[A-Z])[\w .&'-]{1,40}))?\s*$",
    re.I,
)
_CREDIT = re.compile(  # "Story by Sgt. A B", "Photo by ...": a credit line, never a headline or an outlet
    r"^(?P<kind>story|text|words|article|photos?|videos?|images?|graphics?|illustrations?)\s+(?:by|courtesy of)\s+"
    r"(?P<who>[A-Z][^,;]{2,80}?)(?:,\s*(?P<org>[A-Z][^;]{1,80}))?\s*$",
    re.I,
)
_LONG_BYLINE = re.compile(  # "By Petty Officer 1st Class A B, Commander, Task Force 73 Public Affairs"
    r"^[Bb]y\s+(?P<who>[A-Z][^,;]{2,80}?),\s*(?P<org>[A-Z][^;]{1,100}?)\s*$"
)
_FROM = re.compile(r"^(?:from|source|issued by)\s*:\s*(?P<org>.{2,80})$", re.I)
_CAPTION_SRC = re.compile(r"\((?P<src>[A-Z][\w .&'/-]{1,50})\)\s*$")
_TRAILER = re.compile(
    r"^\(?(?:reporting|writing|editing|additional reporting|compiled)\s+by\b.*$|"
    r"^(?:copyright|\u00a9|all rights reserved)\b.*$",
    re.I,
)
_HEADLINE_END = re.compile(  # a closing quotation mark ends a sentence after its stop ("... said.\u201d"), not a title
    r"[.!?:;,\u3002\uff01\uff1f\u300d\u300f]$|[.!?,;:][\"\u201d]$"
)


@dataclass
class Found:
    """Metadata found in an article and its remaining story paragraphs."""

    body: list[str]
    captions: set[int] = field(default_factory=set)
    title: str | None = None
    source: str | None = None
    published: date | None = None
    published_from: str | None = None
    dateline: str | None = None
    dateline_region: str | None = None
    byline: str | None = None
    url: str | None = None
    related: list[str] = field(default_factory=list)
    updated: date | None = None  # a "Last updated" date: the publication date only when no other is stated
    taken: date | None = None  # a "Date Taken:" date (of the pictures and the happening): likewise
    date_order: str | None = None  # how the text writes all-digit dates ("mdy", "dmy"), None when nothing tells

    def date_from(self, value: date | None, where: str) -> None:
        """Take `value` as the publication date, stated in `where`, unless one is already known."""
        if self.published is None and value is not None:
            self.published, self.published_from = value, where

    def numeric(self, text: str, line: str | None = None) -> date | None:
        """Return the full date of `text`, an all-digit one read in the order the time zone or the label of
        its `line` (by default `text` itself) tells, or else the whole text."""
        line = line or text
        order = line_order(line) or _label_order(text) or _label_order(line) or self.date_order
        return parse_full_date(text, numeric=True, order=order)


def find_metadata(paras: list[str], given: dict | None = None) -> Found:
    """Return the metadata found in `paras` (with `given` values from HTML/Markdown first)."""
    given = given or {}
    paras, related = _split_related(paras)
    found = Found(
        body=[],
        related=related,
        title=given.get("title"),
        url=given.get("url"),
        source=given.get("source"),
        byline=given.get("byline"),
        date_order=date_order("\n".join(paras)),
    )
    found.date_from(_iso_or_none(given.get("published")), "metadata")
    rest = _take_header(paras, found)
    rest = [p for p in rest if not _TRAILER.match(p)]
    rest = _take_signoff(rest, found)
    rest = _take_labelled_dates(rest, found)
    if rest:
        rest[0] = _take_dateline(rest[0], found)
    rest = _release_dated(rest, found)
    found.date_from(found.updated, "date line")
    found.date_from(found.taken, "date line")
    if found.title:
        found.date_from(parse_full_date(found.title), "title")
    found.body = rest
    _take_captions(found)
    return found


def _iso_or_none(value: str | None) -> date | None:
    """Return an ISO date string (or its first 10 characters) as a date."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _split_related(paras: list[str]) -> tuple[list[str], list[str]]:
    """Return the story paragraphs and the related-coverage titles that close the text."""
    for i, para in enumerate(paras):
        match = _RELATED.match(para)
        if match and i > 0 and (not match["rest"] or len(para.split()) < 30):
            titles = ([match["rest"]] if match["rest"] else []) + paras[i + 1 :]
            return paras[:i], [t.strip() for t in titles if t.strip()]
    return paras, []


def _take_header(paras: list[str], found: Found) -> list[str]:
    """Consume label, date, byline, outlet and headline lines from the top of the article.

    A standfirst (a summary paragraph between the headline and the date line) stays in the body.
    """
    end = _header_end(paras)
    short: list[str] = []
    standfirst: list[str] = []
    for para in paras[:end]:
        if _piped(para, found):
            continue
        para = _undated_byline(para, found)  # "By Jane Doe, March 14, 2024": the date, then the byline
        if placed := _place_date(para):
            if is_place := _is_place_name(placed[0]):
                found.dateline = found.dateline or placed[0]
            found.date_from(placed[1], "dateline" if is_place else "date line")
        elif dated := _date_place(para):
            placed = _is_place_name(dated[0])
            if not found.dateline and placed:
                found.dateline, found.dateline_region = dated[0], dated[3]
            found.date_from(dated[1], "dateline" if placed else "date line")
            found.source = found.source or dated[2]
        elif _is_date_line(para):
            if not _set_aside(para, found):  # "Last updated 5 June 2024": only when no other date is stated
                found.date_from(found.numeric(para), "date line")
        elif match := _BYLINE.match(para):
            who, org = _split_byline(match["who"].rstrip(","), match["org"])
            found.byline = found.byline or who
            found.source = found.source or org
        elif match := _LONG_BYLINE.match(para):  # the writer's unit after the comma is not the outlet
            found.byline = found.byline or match["who"].strip()
        elif match := _CREDIT.match(para):
            if match["kind"].lower() in _WRITER_CREDITS:  # a photo's credit names no writer of the story
                found.byline = found.byline or match["who"].strip()
        elif match := _FROM.match(para):
            found.source = found.source or _outlet_from(match["org"])
        elif _LABEL_ONLY.match(para):
            continue
        elif (place_line := _place_line(para)) and short:
            if not found.dateline:
                found.dateline, found.dateline_region = place_line
        elif _ends_sentence(para):
            standfirst.append(para)
        else:
            short.append(para)
    _title_and_outlet(short, found)
    return standfirst + paras[end:]


_UPDATED = re.compile(rf"^(?:{_label_pattern(('updated',))})\b", re.I)  # "Last updated 5 June 2024"
_TAKEN = re.compile(rf"^(?:{_label_pattern(('taken',))})\b", re.I)  # "Date Taken: 06.02.2024"
_ASIDE = re.compile(rf"{_UPDATED.pattern}|{_TAKEN.pattern}", re.I)


def _set_aside(line: str, found: Found) -> bool:
    """Keep the date of a "Last updated" or "Date Taken:" line aside (the publication date only when no other
    is stated); tell whether the line was one."""
    if _UPDATED.match(line):
        found.updated = found.updated or found.numeric(line)
        return True
    if _TAKEN.match(line):
        found.taken = found.taken or found.numeric(line)
        return True
    return False
_PLACE_LINE = re.compile(r"^[A-Z][A-Z .'\u2019-]+(?:\s*\[[A-Z .'\u2019-]+\])?(?:,\s*[A-Z][A-Z .'\u2019-]+(?:\s*\[[A-Z .'\u2019-]+\])?){1,3}$")


_TOWN_STATE_LINE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s*(?:(?:[A-Z]\.){1,3}|DC)$")


def _place_line(para: str) -> tuple[str, str | None] | None:
    """Return (place, region) of a header line that is only a dateline ("CAMP HUMPHREYS, GYEONGGIDO, SOUTH KOREA"),
    or a town and its state's initials in mixed case ("Washington, DC", "Halifax, N.S.")."""
    if _TOWN_STATE_LINE.match(para):
        town, _, state = para.partition(",")
        return town.strip(), state.strip()
    if not _PLACE_LINE.match(para) or len(para.split()) > 10:
        return None
    parts = [re.sub(r"\s*\[[^\]]*\]", "", p).strip().title() for p in para.split(",")]
    return parts[0], ", ".join(parts[1:]) or None


# Pieces of a header line: "June 3, 2024 | By Press Office", "Navy News / January 15, 2021",
# "March 17, 2021 \u2022 Statements and Releases", "Posted on March 17, 2021 by Navy Public Affairs".
_PIPE = re.compile(  # also before a second label: "Story Number: NNS240603-01 Release Date: 6/3/2024"
    r"\s*[|\u2022\u00b7]\s*|\s+/\s+|\s+\(?(?=[Bb]y\s+(?:the\s+)?[A-Z])|"
    rf"(?<=\d)\s+(?=(?i:{_label_pattern(('issued', 'updated', 'taken'))})\s*:)"
)  # "August 28, 2015 (by A. Lee)" too


def _pieces(para: str) -> list[str]:
    """Return the pieces of a header line split by "|" or a spaced "/"."""
    return [_unbracketed(p.strip()) for p in _PIPE.split(para)]


def _unbracketed(piece: str) -> str:
    """Return a piece without the closing bracket of a bracketed byline ("by A. Lee)" -> "by A. Lee")."""
    return piece[:-1] if piece.endswith(")") and "(" not in piece else piece


def _piped_date(para: str) -> str | None:
    """Return the date piece of a header line of pieces split by "|" or " / " ("June 3, 2024 | By Press Office")."""
    if not _PIPE.search(para) or len(para) > 160:
        return None
    dated = [p for p in _pieces(para) if _is_date_line(p)]
    return next((p for p in dated if not _ASIDE.match(p)), dated[0] if dated else None)  # "Updated X | Published Y": Y


def _piped(para: str, found: Found) -> bool:
    """Read a "|"-split header line that holds a date: the date, a byline, an outlet; tell whether it was one."""
    stated = _piped_date(para)
    if stated is None:
        return False
    if not _set_aside(stated, found):  # "Date Taken: 06.02.2024 | Story ID: 473000"
        found.date_from(found.numeric(stated, para), "date line")
    for piece in _pieces(para):
        if not piece or piece == stated or _LABEL_ONLY.match(piece):
            continue
        if (match := _BYLINE.match(piece)) and re.match(r"the\s", match["who"], re.I):
            found.source = found.source or match["who"][4:].strip()  # "Published on 3 June 2024 by the Ministry of X"
        elif match:
            who, org = _split_byline(match["who"].rstrip(","), match["org"])
            found.byline = found.byline or who
            found.source = found.source or org
        elif len(piece.split()) <= 6 and not _ROLE_LINE.search(piece) and not _ends_sentence(piece):
            found.source = found.source or piece
    return True


def _header_end(paras: list[str]) -> int:
    """Return the index of the first story paragraph after the header block."""
    end = 0
    for i, para in enumerate(paras[:8]):
        strong = (
            _piped_date(para)
            or _LABEL_ONLY.match(para)
            or _is_date_line(para)
            or _BYLINE.match(para)
            or _LONG_BYLINE.match(para)
            or _CREDIT.match(para)
            or _FROM.match(para)
            or _place_date(para)
            or _date_place(para)
        )
        if strong:
            end = i + 1
        elif read_dateline(para) or word_count(para) > 60:
            break
        elif not _ends_sentence(para) and word_count(para) <= 25 and i == end:
            end = i + 1
    return end


def _strip_date(text: str) -> str:
    """Return `text` without its first full date."""
    from sitbrief.text.dates import PATTERNS

    for kind, pattern in PATTERNS:
        if kind not in ("iso", "mdy", "dmy"):
            continue
        for flags_text in (text, text.title()):
            match = pattern.search(flags_text)
            if match and (kind == "iso" or match["y"]):
                return text[: match.start()] + " " + text[match.end() :]
    return text


_DATE_PLACE = re.compile(  # "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada"
    r"^(?P<date>[\w ,.]{6,30}?)\s+[\u2013\u2014-]\s+(?P<place>[A-Z][\w .'\u2019-]{1,40}?)(?:,\s*(?P<region>[A-Z][\w .'\u2019-]{1,30}?))?"
    r"(?:\s+[\u2013\u2014-]\s+(?P<src>[A-Z][^\u2013\u2014]{1,60}))?$"
)
_RELEASE_DATED = re.compile(  # "Here is the Minister's press release on the visit dated 25 January 2020."
    r"\b(?:press |media |news )?(?:release|statement|readout)\b[^.]{0,60}?"
    r"\b(?:(?P<dated>dated)|(?:issued|published|released)\b[^.]{0,80}?\bon)\s+(?P<date>[\w ,.]{6,30}?)[.,]?$"
)  # "The press release issued by the Department for Business and Trade on 7 September 2025."
_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d_][\w .'\u2019-]{1,40}?),\s*(?P<date>.{6,30})$")
_PLACE_DASH_DATE = re.compile(  # "Washington, D.C. \u2014 June 3, 2024", "WASHINGTON \u2014 June 3, 2024 \u2014" on a line of its own
    r"^(?P<place>[^\W\d_][\w .'\u2019]{1,40}?)(?P<region>,\s*[^\W\d_][\w .'\u2019]{0,30}?)?\s+[-\u2013\u2014]{1,2}\s*"
    r"(?P<date>[^\u2013\u2014]{6,30}?)\s*[-\u2013\u2014]{0,2}$"
)


def _date_place(para: str) -> tuple[str, date, str | None, str | None] | None:
    """Return (place, date, outlet, region) of a "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada" line."""
    match = _DATE_PLACE.match(para)
    if not match or len(match["place"].split()) > 4:
        return None
    found = parse_full_date(match["date"])
    if found is None or _strip_date(match["date"]).strip(" ,.-"):
        return None
    return match["place"].strip(), found, (match["src"] or "").strip() or None, (match["region"] or "").strip() or None


def _release_dated(paras: list[str], found: Found) -> list[str]:
    """Take the publication date from an editor's note ("the press release on the visit dated 25 January 2020").

    A paragraph that is nothing but a "dated" note is metadata and leaves the body; one that says
    who issued the release ("issued by the Department ... on 7 September 2025") stays.
    """
    for n, para in enumerate(paras[:2]):
        for sentence in re.split(r"(?<=[.!?])\s+", para):
            match = _RELEASE_DATED.search(sentence)
            if match and (stated := parse_full_date(match["date"])):
                found.date_from(stated, "date line")
                return paras[:n] + paras[n + 1 :] if sentence == para.strip() and match["dated"] else paras
    return paras


_WEEKDAY = re.compile(rf"{_DAY_NAME}|{_DAY_SHORT}\.?", re.I)
_PLACE_CONNECTORS = frozenset(("of", "de", "da", "del", "di", "do", "dos", "la", "le", "les", "du", "el", "upon", "on", "am", "an"))


def _is_place_name(text: str) -> bool:
    """Tell a place ("Brussels", "Port of Spain") from a label before a date ("Media release, 3 June 2024")."""
    words = text.split()
    if _LABEL_ONLY.match(text) or _WEEKDAY.fullmatch(text.strip()):
        return False  # "Wed., March 13, 2024" opens with a day, not a place
    return all(w[:1].isupper() or w.lower() in _PLACE_CONNECTORS for w in words)


def _place_date(para: str) -> tuple[str, date] | None:
    """Return (place, date) of a "Brussels, 14 June 2024" or "Brussels \u2014 14 June 2024" line."""
    dashed = _PLACE_DASH_DATE.match(para)
    placed = dashed and (dashed["place"].isupper() or dashed["region"] and _is_place_name(dashed["place"]))
    if dashed and (_LABEL_ONLY.match(dashed["place"]) or not placed):
        dashed = None  # "Joint Statement \u2013 7 July 2025" is a headline: a place in capitals, or with its region
    for match in (_PLACE_DATE.match(para), dashed):
        if not match or len(match["place"].split()) > 4:
            continue
        found = parse_full_date(match["date"])
        if found is not None and not _strip_date(match["date"]).strip(" ,.-"):
            place = match["place"].strip()
            return (place.title() if len(place) >= 3 and place.isupper() else place), found  # "WASHINGTON"
    return None


def _ends_sentence(para: str) -> bool:
    """Tell whether `para` ends like a sentence (not merely with an abbreviation like U.S.)."""
    return bool(_HEADLINE_END.search(para)) and not re.search(
        r"\b(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Gen|Adm|Col|Capt|Sgt|Lt|Dr|Mr|Mrs|Ms|St|No)\.$", para
    )  # "... With Philippine Secretary Gilberto Teodoro Jr." is a headline, not a sentence


_BYLINE_DATE = re.compile(  # "By Jane Doe, Reuters, March 14, 2024": the date closing a byline
    r"[\s,|\u2013\u2014-]+(?:(?:on|published|posted)\s+)?(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d{2})\.?$"
)


_BY = re.compile(r"(?:(?:story|photo|article|words|text|report|video)\s+)?by\s", re.I)  # a credit's opening


def _undated_byline(para: str, found: Found) -> str:
    """Return a byline line without the full date that closes it, taking that date ("By Jane Doe, March 14, 2024")."""
    if not _BY.match(para):
        return para
    match = _BYLINE_DATE.search(para)
    if not match or (stated := parse_full_date(match["date"])) is None:
        return para
    found.date_from(stated, "date line")
    return para[: match.start()]


def _split_byline(who: str, org: str | None) -> tuple[str, str | None]:
    """Split "ANNA PETERSEN Associated Press" into the writer and the outlet."""
    if org:
        return who, org.strip()
    words = who.split()
    caps = 0
    while caps < len(words) and words[caps].isupper() and len(words[caps]) > 1:
        caps += 1
    if 2 <= caps < len(words):
        return " ".join(w.title() for w in words[:caps]), " ".join(words[caps:])
    return who, None


def _outlet_from(org: str) -> str:
    """Return the outlet named in a "From:" line (the first body before " and ")."""
    return re.split(r"\s+and\s+(?:the\s+)?(?:rt hon\b)?", org.strip(), flags=re.I)[0].strip()


_OFFICE_NOUN = r"(?:Minister|Secretary|Spokesperson|Ambassador|President|Director|Commander|Chief|Chair|Head)"
_OFFICE_LINE = re.compile(rf"^(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}{_OFFICE_NOUN}\s*,\s+[A-Z]")
_SIGNATORY = re.compile(rf"^(?P<name>[^,]{{3,60}}),\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}{_OFFICE_NOUN}\b")


def _signatory_line(line: str) -> bool:
    """Tell whether a header line names a signatory and their office, no news ("The Rt Hon William Hague MP,
    Secretary of State for Foreign and Commonwealth Affairs, United Kingdom"): a name with no office word of
    its own before the comma, an office after it, and no word a sentence would have."""
    found = _SIGNATORY.match(line)
    return bool(found) and not re.search(rf"\b{_OFFICE_NOUN}\b", found["name"]) and _sentence_words(line) == 0


_WRITER_CREDITS = frozenset({"story", "text", "words", "article"})
_ROLE_LINE = re.compile(
    r"\b(?:Hon\.?|MP|Minister|Secretary|Spokesperson|Ambassador|President|Senator|"
    r"Director|Commander|Chief|General|Admiral)\b"
)


def _standfirst_after(first: str, longest: str) -> bool:
    """Tell whether the longest header line is a summary under the first (GOV.UK's standfirst without a stop).

    Both read as sentences, not names: the headline has a lower-case word of its own ("visits"), which
    an outlet line ("Kenyan Ministry of Defense") has not; a title-case headline is no standfirst.
    """
    return (
        first is not longest and len(longest.split()) >= 12 and len(first.split()) >= 3
        and _sentence_words(first) >= 1 and _sentence_words(longest) >= 3 and not _ROLE_LINE.fullmatch(first)
    )


_NAME_JOINERS = frozenset({"of", "the", "and", "for", "with", "from", "into", "on", "in", "at", "to", "a", "an", "by"})


def _sentence_words(line: str) -> int:
    """Return how many lower-case words of four letters or more a line has (a sentence has some, a name none)."""
    return sum(1 for w in re.findall(r"\b[a-z][a-z'-]{3,}\b", line) if w not in _NAME_JOINERS)


def _title_and_outlet(lines: list[str], found: Found) -> None:
    """Take the headline (the longest line) and an outlet (a short name line) from header lines."""
    if not lines:
        return
    offices = [line for line in lines if _OFFICE_LINE.match(line) or _signatory_line(line)]  # "Commander, U.S. ..."
    headline = max([line for line in lines if line not in offices] or lines, key=lambda line: len(line.split()))
    if _standfirst_after(lines[0], headline):
        headline = lines[0]  # "Foreign Secretary visits Pakistan", then its summary line
    if found.title is None and len(headline.split()) >= 3:
        halves = headline.split(" / ")  # "Leaders' declaration on X / D\u00e9claration des dirigeants sur X"
        found.title = halves[0] if len(halves) == 2 and all(len(h.split()) >= 4 for h in halves) else headline
    for n, line in enumerate(lines):
        shouting = len(line.split()) > 1 and line.isupper()  # "UNITED STATES": a kicker or a place label
        if line is headline or len(line.split()) > 6 or _ROLE_LINE.search(line) or shouting:
            continue
        if n + 1 < len(lines) and _PERSONAL_ROLE_LINE.match(lines[n + 1]):
            found.byline = found.byline or line  # "Robert Palladino" over "Deputy Spokesperson": the signer
        elif found.source is None and not _CITY_STATE.match(line):
            found.source = line


# A signer's office on its own line under their name ("Deputy Spokesperson"), not an office's name.
_PERSONAL_ROLE_LINE = re.compile(rf"^(?!(?:The\s+)?(?:Office|Bureau|Department|Ministry)\b)(?=.*{_ROLE_LINE.pattern})(?:\S+\s*){{1,6}}$")
_CITY_STATE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*(?:[A-Z]{2}|D\.C\.)$")  # "Washington, DC": a place line


_TIME = re.compile(r"\b(?<![\d.])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?", re.I)
_LABELS = re.compile(  # what a date line may hold besides its date and time: labels, a weekday, punctuation
    rf"\b(?:{_label_pattern(('issued', 'updated', 'taken'))}|release|on|at|(?:press|media|news)(?= release)|"
    rf"{_DAY_NAME}|{_DAY_SHORT}\b\.?)\b|[|,:\u2013\u2014-]|\.$",
    re.I,
)


_ISO_TIME = re.compile(r"(?<=\d)T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w)")  # "2024-06-03T10:15:00Z"


def _is_date_line(para: str) -> bool:
    """Tell whether `para` is nothing but a date (with optional labels, weekday and time)."""
    if len(para) > 70:
        return False
    para = _ISO_TIME.sub(" ", para)
    if parse_full_date(para) is None and NUMERIC_DATE.search(para):
        rest = _TIME.sub(" ", NUMERIC_DATE.sub(" ", para, count=1))
        return parse_full_date(para, numeric=True, order="mdy") is not None and not _LABELS.sub(" ", rest).split()
    rest = _TIME.sub(" ", para)
    found = parse_full_date(rest)
    if found is None:
        return False
    rest = _strip_date(rest)
    return len(_LABELS.sub(" ", rest).split()) == 0


def _is_headline(para: str, paras: list[str], i: int) -> bool:
    """Tell whether `para` looks like a headline: short, unpunctuated, followed by body text."""
    words = para.split()
    return (
        2 <= len(words) <= 25
        and not _HEADLINE_END.search(para)
        and i + 1 < len(paras)
        and len(paras[i + 1].split()) > len(words)
        and not read_dateline(para + " - x")
    )


_SIGNOFF = re.compile(  # "Naval Today Staff, May 22, 2012" closing the story; "(Issued by the Ministry of Defence, 3 June 2024)"
    r"^\(?(?P<by>(?i:issued|released|published|posted|distributed)\s+by\s+(?:the\s+)?)?(?P<who>[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.&'\u2019-]*){0,5}),\s*"
    r"(?:(?P<org>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,5}),\s*)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4})[.)]{0,2}$"
)
_OPENING_DATE = re.compile(  # "September 4, 2020 – Two Royal Navy minehunters are returning ..."
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4})\s*(?:[-\u2013\u2014]{1,2}|:)\s+(?=[A-Z\u201c\"])"
)  # "June 3, 2024: The minister ..." too


_PUBLISHED_LABEL = re.compile(rf"^(?:{_label_pattern(('issued', 'updated', 'taken'))})\b", re.I)  # "Date Posted:", "Issued on"


def _take_labelled_dates(paras: list[str], found: Found) -> list[str]:
    """Take a "Published 19 April 2023" line from anywhere in the story (a page's footer) out of the body."""
    kept = []
    for para in paras:
        if _PUBLISHED_LABEL.match(para) and _is_date_line(para):
            if not _set_aside(para, found):
                found.date_from(found.numeric(para), "date line")
            continue
        kept.append(para)
    return kept if kept else paras


_END_MARK = re.compile(r"^\W*(?:#{3}|-30-|ends?|end of (?:press )?release)\W*$", re.I)  # "###", "-30-", "- ENDS -"


def _take_signoff(paras: list[str], found: Found) -> list[str]:
    """Take the date (and writer) of a closing sign-off line ("Naval Today Staff, May 22, 2012"), or a closing date line."""
    last = len(paras) - 1
    while last > 0 and _END_MARK.match(paras[last]):
        last -= 1
    bare = last >= 1 and _is_date_line(paras[last]) and not _PUBLISHED_LABEL.match(paras[last])  # labels: below
    if bare and (stated := found.numeric(paras[last])):
        found.date_from(stated, "date line")  # "June 3, 2024" closing the release
        return paras[:last] + paras[last + 1 :]
    if len(paras) < 2 or not (match := _SIGNOFF.match(paras[-1].strip())):
        return paras
    if not match["by"] and re.search(r"\s(?:of|for|and|the)\s", match["who"]):
        return paras  # "Ministry of Defence" only after "Issued by": a writer's name has no "of"
    stated = parse_full_date(match["date"])
    if stated is None:
        return paras
    found.date_from(stated, "date line")
    if not match["by"]:  # "Issued by the Press Office": an office, not a writer
        found.byline = found.byline or match["who"]
    return paras[:-1]


def _take_dateline(first: str, found: Found) -> str:
    """Strip a wire dateline ("MANILA, March 3 (Reuters) -") from the first paragraph."""
    opening = _OPENING_DATE.match(first)
    if opening and (stated := parse_full_date(opening["date"])):
        found.date_from(stated, "dateline")
        return first[opening.end() :]
    line = read_dateline(first, found.date_order)
    if line is None:
        return first
    found.dateline = found.dateline or line.place
    found.dateline_region = found.dateline_region or line.region
    if line.source:
        found.source = found.source or line.source
    found.date_from(line.published or _with_lead_year(line.day_month, first[line.end :]), "dateline")
    return first[line.end :]


_CURRENT_YEAR = re.compile(  # "met ... at the 2025 G7 Leaders' Summit", "took part in Exercise Balikatan 2024"
    r"\b(?:at|during|attend(?:s|ed|ing)?|(?:take|takes|took|taking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|"
    r"on\s+the\s+(?:sidelines|margins)\s+of)\s+"
    r"(?:the\s+(?P<y1>(?:19|20)\d{2})\s+(?-i:[A-Z])|(?:the\s+)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,4}\s+(?P<y2>(?:19|20)\d{2})\b)",
    re.I,
)
_ANY_YEAR = re.compile(r"(?<![\d.,-])(?:19|20)\d{2}(?![\d-])")


def _with_lead_year(day_month: tuple[int, int] | None, lead: str) -> date | None:
    """Date a yearless dateline ("CANADA, June 16 -") by the year of the gathering its lead tells as now.

    "Today, the Prime Minister met the President at the 2025 G7 Leaders' Summit": a happening the
    lead attends is this year's. Only when that is the one year the lead paragraph states.
    """
    if day_month is None:
        return None
    found = {m["y1"] or m["y2"] for m in _CURRENT_YEAR.finditer(lead)}
    if len(found) != 1 or set(_ANY_YEAR.findall(lead)) != found:
        return None
    year, (month, day) = int(found.pop()), day_month
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass
class Dateline:
    """A wire dateline read off a first paragraph: its place, region, stated date and outlet."""

    place: str
    region: str | None
    published: date | None
    source: str | None
    end: int
    day_month: tuple[int, int] | None = None  # a date stated without its year ("MANILA, June 3 (Reuters) -")


_UP = r"[^\W\d_a-z]"  # an upper-case letter, accented too
_CAPS_WORD = rf"{_UP}(?:{_UP}|[-'\u2019&](?={_UP})|\.(?={_UP}))+\.?"  # "HARBOR-HICKAM", "ST.", "U.S."
_TITLE_WORD = r"[A-Z][a-z\u00e0-\u00ff]+(?:[-'\u2019][A-Za-z][a-z\u00e0-\u00ff]+)*"  # "Washington", "Port-au-Prince"
_CONNECTOR = r"(?:of|de|da|del|di|do|dos|la|le|les|du|el|upon|on|am|an)"
_NOT_CALENDAR = (  # a region is no weekday and no month before its day ("LONDON, Monday 3 June")
    rf"(?!(?i:{_DAY_NAME})\b)(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d)"
)
_REGION = (  # "D.C.", "Va.", "DC", "Philippines", "South Korea", "GYEONGGI-DO"
    rf"{_NOT_CALENDAR}(?:(?:[A-Z]\.){{1,3}}|[A-Z][a-z]{{1,4}}\.|{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}|"
    rf"{_TITLE_WORD}(?:[\s-]{_TITLE_WORD}){{0,2}})"
)
_STATED = (  # a date as datelines state it: "June 3, 2024", "Sept. 3", "3rd June 2024", "Monday 3 June 2024", "06.03.2024"
    rf"(?:(?i:{_DAY_NAME}|{_DAY_SHORT}\.?),?\s+)?(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?(?:\s+\d{4})?|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})"
)
_DASH = r"(?:\s*(?:[-\u2013\u2014]{1,2}|:)\s+|\s*[\u2013\u2014](?=[A-Z\u201c\"]))"  # "DEDEDO, Guam\u2014Marines": a dash set solid
_DATELINE = re.compile(  # one grammar: PLACE[, REGION[, REGION]][, DATE][ (SOURCE)][ /TAG/] -- [DATE --]
    rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,5}}|{_TITLE_WORD}(?:[ -](?:{_CONNECTOR}\s+)?{_TITLE_WORD}){{0,3}})"
    rf"(?:,\s*(?P<region>{_REGION}(?:,\s*{_REGION})?))?"
    rf"(?:,\s*(?P<date>{_STATED}))?"
    r"(?:\s*\((?P<src>[^)]{2,40})\))?(?:\s*/[A-Za-z][\w .-]{1,30}/)?"  # "OTTAWA, Aug. 24, 2019 /CNW/ -": a newswire's tag
    rf"{_DASH}(?:\(?(?P<date2>{_STATED})\)?{_DASH})?(?=\S)"  # "MANILA, PHILIPPINES \u2014 06.03.2024 \u2014"
)
_NOT_PLACE = re.compile(  # "Monday, June 3, 2024 —", "On Tuesday, ..." open with a day, not a place
    rf"\b(?:{_DAY_NAME}|on|in|at|the|by|from|last|this|next|since|until|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b",
    re.I,
)


def read_dateline(text: str, order: str | None = None) -> Dateline | None:
    """Return the dateline opening `text`: an upper-case place, or any place when a full date follows it."""
    match = _DATELINE.match(text)
    if not match:
        return None
    place, region = match["place"], match["region"]
    stated = [match[k] for k in ("date", "src", "date2") if match[k]]
    published = next((d for d in (parse_full_date(t, numeric=True, order=order) for t in stated) if d), None)
    shouting = len(place) >= 3 and place.isupper()
    dated = any(parse_full_date(t, numeric=True, order="mdy") for t in stated)  # a date, read one way or the other
    if not shouting and (not dated or _NOT_PLACE.search(place) or not _is_place_name(place)):
        return None
    if match["src"] and parse_full_date(match["src"], numeric=True, order="mdy"):
        source = None  # "MANILA (June 3, 2024) —": a date, not an outlet
    else:
        source = (match["src"] or "").strip() or None
    if region and region.isupper() and len(region) > 3 and "." not in region:
        region = region.title()
    day_month = None if published else next((dm for dm in map(_day_month, stated) if dm), None)
    return Dateline(place.title() if shouting else place, region, published, source, match.end(), day_month)


_MONTH_DAY = re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>[A-Za-z]{3,9})\b")


def _day_month(text: str) -> tuple[int, int] | None:
    """Return (month, day) of a date written without its year ("June 3", "3 June", "Sept. 3")."""
    match = _MONTH_DAY.search(text)
    month = MONTHS.get((match["mon"] or match["mon2"]).lower()) if match else None
    return (month, int(match["d"] or match["d2"])) if month else None


def _take_captions(found: Found) -> None:
    """Mark photo captions ("... (Kyodo)") and take outlet and date from them."""
    for i, para in enumerate(found.body):
        match = _CAPTION_SRC.search(para)
        if not match or not re.search(r"[.!?]\s*\(", para) or len(match["src"].split()) > 6:
            continue
        if match["src"] in ("R", "L", "C", "L-R", "R-L", "center", "left", "right"):
            continue
        found.captions.add(i)
        outlet = re.split(r"\s*/\s*|\s+photo\b", match["src"], flags=re.I)[0].strip()
        if outlet.lower() in ("photo", "file photo", "ap photo"):
            outlet = match["src"].split("/")[0].replace("Photo", "").strip()
        found.source = found.source or outlet or None
        found.date_from(parse_full_date(para), "caption")
