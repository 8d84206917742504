"""Write N realistic, varied news articles for benchmarks (reproducible with --seed).

Styles: wire story with a dateline, readout, joint statement, press release with a "said:" block
quote, British-spelling service news, and a story full of relative dates. Lengths run from short
items to long features. Countries and cities are real; every person is invented.

    python benchmarks/generate.py 1000 /tmp/feed --seed 1
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("Japan", "Japanese", "Tokyo", "Yokosuka"), ("Australia", "Australian", "Canberra", "Darwin"),
    ("the Philippines", "Philippine", "Manila", "Subic Bay"), ("Poland", "Polish", "Warsaw", "Gdynia"),
    ("Estonia", "Estonian", "Tallinn", "Tapa"), ("Norway", "Norwegian", "Oslo", "Bodø"),
    ("Romania", "Romanian", "Bucharest", "Constanța"), ("India", "Indian", "New Delhi", "Visakhapatnam"),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya"), ("South Korea", "South Korean", "Seoul", "Busan"),
    ("Vietnam", "Vietnamese", "Hanoi", "Cam Ranh"), ("Germany", "German", "Berlin", "Kiel"),
    ("France", "French", "Paris", "Toulon"), ("Italy", "Italian", "Rome", "Taranto"),
    ("Spain", "Spanish", "Madrid", "Rota"), ("Greece", "Greek", "Athens", "Souda Bay"),
    ("Canada", "Canadian", "Ottawa", "Halifax"), ("the United Kingdom", "British", "London", "Portsmouth"),
    ("the United States", "U.S.", "Washington", "Norfolk"), ("Finland", "Finnish", "Helsinki", "Turku"),
    ("Sweden", "Swedish", "Stockholm", "Karlskrona"), ("Kenya", "Kenyan", "Nairobi", "Mombasa"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos"), ("Brazil", "Brazilian", "Brasília", "Rio de Janeiro"),
    ("Chile", "Chilean", "Santiago", "Valparaíso"), ("Singapore", "Singaporean", "Singapore", "Changi"),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "Lumut"), ("Thailand", "Thai", "Bangkok", "Sattahip"),
    ("New Zealand", "New Zealand", "Wellington", "Auckland"), ("Lithuania", "Lithuanian", "Vilnius", "Klaipėda"),
    ("Ghana", "Ghanaian", "Accra", "Tema"), ("the Netherlands", "Dutch", "The Hague", "Den Helder"),
]
FIRST = ["Anna", "Marek", "Ingrid", "Tomas", "Keiko", "Hiroshi", "Priya", "Arjun", "Sofia", "Mateo", "Amara",
         "Kwame", "Lena", "Jonas", "Mei", "Daniel", "Claire", "Oliver", "Elena", "Nikos", "Aylin", "Laura",
         "Pablo", "Sione", "Aroha", "Farida", "Henrik", "Beatriz", "Rafael", "Yuki", "Kofi", "Ilse", "Dmitri",
         "Grace", "Tariq", "Maren", "Luca", "Ana", "Pieter", "Siddharth", "Noor", "Eamon", "Camille", "Jakub"]
LAST = ["Halvorsen", "Kowalczyk", "Tanabe", "Rasmussen", "Okafor", "Mensah", "Varga", "Lindqvist", "Moreau",
        "Castellano", "Petrescu", "Kaur", "Hartley", "Whitlock", "Brennan", "Ishida", "Dobrev", "Novak", "Aalto",
        "Jansen", "Ferreira", "Mwangi", "Achterberg", "Quispe", "Oyelaran", "Sandoval", "Thorsen", "Kapoor",
        "Delacroix", "Nakamura", "Vasquez", "Eriksen", "Oduya", "Marchetti", "Lundgren", "Abernethy", "Rinaldi",
        "Takahashi", "Soto", "Kiplagat", "Dunmore", "Virtanen", "Haddad", "Albrecht", "Nwosu", "Fairweather"]
OUTLETS = ["Harbor Wire", "Meridian News", "Pacific Dispatch", "Baltic Courier", "Northern Ledger",
           "Continental Press", "Levant Ledger", "Danube Herald", "Southern Cross Post", "Atlas Newswire"]
ADJ = ["Silent", "Northern", "Iron", "Steel", "Coastal", "Frozen", "Blue", "Southern", "Swift", "Distant",
       "Bright", "Amber", "Granite", "Eastern", "Crimson", "Hidden", "Golden", "Bold", "Winter", "Summer"]
NOUN = ["Shield", "Trident", "Lance", "Sentinel", "Harbor", "Anchor", "Falcon", "Horizon", "Passage", "Compass",
        "Beacon", "Keel", "Guardian", "Current", "Tide", "Ridge", "Warden", "Arrow", "Meridian", "Rampart"]
ASSETS = ["frigates", "minehunters", "patrol aircraft", "amphibious ships", "submarines", "air-defence units",
          "special forces teams", "helicopters", "unmanned surface vessels", "logistics ships"]
TOPICS = ["maritime security", "undersea cables", "air defence", "cyber defence", "disaster relief",
          "counter-piracy patrols", "freedom of navigation", "critical infrastructure", "arms control",
          "border security", "space situational awareness", "humanitarian assistance"]
REGIONS = ["the South China Sea", "the Baltic Sea", "the Black Sea", "the High North", "the Indian Ocean",
           "the eastern Mediterranean", "the Gulf of Guinea", "the Pacific", "the Red Sea", "the Arctic"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BRITISH = {"defense": "defence", "Defense": "Defence", "organization": "organisation",
           "Organization": "Organisation", "program": "programme", "center": "centre", "emphasized": "emphasised",
           "recognized": "recognised", "harbor": "harbour", "labor": "labour", "stabilize": "stabilise"}


@dataclass
class Cast:
    """The invented people, places and event of one article."""

    home: tuple
    partner: tuple
    minister: str
    counterpart: str
    spokes: str
    officer: str
    event: str
    topic: str
    region: str
    asset: str
    outlet: str
    published: date


def person(rng: random.Random) -> str:
    """Return an invented full name."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def cast(rng: random.Random, index: int) -> Cast:
    """Return the random cast of article `index`."""
    home, partner = rng.sample(COUNTRIES, 2)
    published = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 900))
    event = f"Exercise {rng.choice(ADJ)} {rng.choice(NOUN)} {published.year}"
    return Cast(home, partner, person(rng), person(rng), person(rng), person(rng), event, rng.choice(TOPICS),
                rng.choice(REGIONS), rng.choice(ASSETS), rng.choice(OUTLETS), published)


def british(text: str) -> str:
    """Return `text` in British spelling."""
    for us, uk in BRITISH.items():
        text = text.replace(us, uk)
    return text


def _bare(country: str) -> str:
    """Return a country name without a leading 'the', capitalised."""
    name = country.removeprefix("the ")
    return name[:1].upper() + name[1:]


def article_a(word: str) -> str:
    """Return 'a' or 'an' for `word`."""
    return "an" if word[:1] in "AEIOU" else "a"


def short_month(d: date) -> str:
    """Return the AP-style month: 'Jan.', 'March', 'May', 'Sept.'."""
    name = MONTHS[d.month - 1]
    return name if len(name) <= 5 else ("Sept." if name == "September" else name[:3] + ".")


def day_month(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def quote(rng: random.Random, c: Cast) -> str:
    """Return one plausible quotation (no quote marks)."""
    return quotes(rng, c, 1)[0]


def quotes(rng: random.Random, c: Cast, count: int) -> list[str]:
    """Return `count` different plausible quotations (no quote marks)."""
    return rng.sample([
        f"Our cooperation on {c.topic} has never been closer, and this agreement takes it further",
        f"We will not accept any attempt to change the status quo in {c.region} by force",
        "This is not a symbolic exercise. Our crews will train for the situations they may face",
        f"{_bare(c.partner[0])} is one of our closest partners, and our security is indivisible",
        "We are ready to work with every partner who shares our commitment to a rules-based order",
        f"The deployment of {c.asset} sends a clear signal of our resolve",
    ], count)


def background(rng: random.Random, c: Cast) -> list[str]:
    """Return background paragraphs, some with relative or absolute dates."""
    other = rng.choice(COUNTRIES)
    year = c.published.year - rng.randint(1, 6)
    pool = [
        f"{c.home[0].capitalize()} and {c.partner[0]} signed a reciprocal access agreement in {year}, "
        f"allowing their forces to train on each other's territory and easing the transport of equipment.",
        f"Tensions in {c.region} have risen in recent months after a series of incidents involving "
        f"coast guard vessels and fishing boats, officials said.",
        f"The two countries held their last round of {c.topic} talks in {other[2]} in {MONTHS[rng.randrange(12)]} "
        f"{year}, when they agreed to expand information sharing.",
        f"Analysts say the growing number of joint drills reflects concern about {c.region} and about "
        f"the security of shipping lanes that carry much of the region's trade.",
        f"{c.home[1]} defense spending rose to {rng.randint(12, 38) / 10:.1f} percent of gross domestic product "
        f"last year, according to government figures, the highest level in more than a decade.",
        f"The {c.home[1]} navy commissioned two new {c.asset} earlier this year as part of a "
        f"modernization program announced in {year}.",
        f"A previous exercise was cancelled in {year} because of a typhoon, and a planned visit by "
        f"{c.partner[1]} officials was postponed last month.",
        f"Officials in {c.partner[2]} have said they want to reach a decision on new equipment purchases "
        f"by the end of the year.",
        f"{other[1]} and {c.partner[1]} observers are expected to attend parts of {c.event}, a defence "
        f"official said on condition of anonymity because he was not authorized to speak to the media.",
        f"The {c.partner[1]} parliament approved a {rng.randint(2, 40)}-billion-euro procurement program in "
        f"{MONTHS[rng.randrange(12)]}, including new {c.asset} and long-range radars.",
        f"Opposition lawmakers in {c.home[2]} have questioned the cost of the deployment, which the "
        f"government has put at {rng.randint(20, 900)} million dollars.",
        f"Both governments are members of a regional organization that meets twice a year to coordinate "
        f"{rng.choice(TOPICS)} and {rng.choice(TOPICS)}.",
    ]
    return rng.sample(pool, rng.randint(2, len(pool)))


def core(rng: random.Random, c: Cast, date_word: str) -> list[str]:
    """Return the news paragraphs shared by every style."""
    return [
        f"Around {rng.randint(4, 40) * 50} personnel and {rng.randint(3, 20)} {c.asset} from both countries will "
        f"take part in {c.event}, which will run for {rng.choice(['ten days', 'two weeks', 'three weeks'])} "
        f"near {c.home[3]}.",
        f"{c.officer}, {article_a(c.home[1])} {c.home[1]} vice admiral commanding the exercise, said the "
        f"drills would focus on {c.topic} and on operating together in {c.region}.",
        f"The ministers also agreed to hold their next meeting in {c.partner[2]} {date_word}.",
    ]


def wire(rng, c: Cast) -> str:
    """A wire story: headline, byline, timestamp, outlet, then a dateline lead."""
    city = c.home[2].upper()
    title = f"{c.home[0].replace('the ', '').capitalize()}, {c.partner[0]} to stage {c.event} amid {c.region} tensions"
    lead = (f"{city}, {short_month(c.published)} {c.published.day} ({c.outlet}) - {c.home[0].capitalize()} and "
            f"{c.partner[0]} will hold {c.event} next month, Defense Minister {c.minister} said on "
            f"{WEEKDAYS[c.published.weekday()]}, as both governments step up cooperation on {c.topic}.")
    said = f'"{quote(rng, c)}," {c.minister.split()[-1]} told reporters after meeting {c.counterpart}, ' \
           f"his {c.partner[1]} counterpart."
    body = [lead, said, *core(rng, c, "later this year"), *background(rng, c)]
    head = [title, f"By {person(rng)}", f"{month_day(c.published)} 9:{rng.randint(10, 59)} AM GMT", c.outlet]
    return "\n\n".join(head + body) + "\n"


def readout(rng, c: Cast) -> str:
    """A government readout of a call."""
    title = (f"Readout of Secretary of Defense {c.minister}'s Call With {c.partner[1]} "
             f"Minister of Defense {c.counterpart}")
    body = [
        f"{c.home[1]} Ministry of Defense Press Secretary {c.spokes} provided the following readout:",
        f"Secretary of Defense {c.minister} spoke today with {c.counterpart}, Minister of Defense of "
        f"{c.partner[0]}, to discuss {c.topic} and the security situation in {c.region}.",
        f"Secretary {c.minister.split()[-1]} emphasized the importance of {c.event}, planned for next month, "
        f"and thanked Minister {c.counterpart.split()[-1]} for {c.partner[1]} contributions to regional security.",
        f"The two leaders agreed to remain in close contact and to meet in person in {c.partner[2]} "
        f"in the coming weeks.",
    ]
    head = [f"{c.home[1]} Ministry of Defense", "Press Release", title,
            f"{short_month(c.published)} {c.published.day}, {c.published.year}"]
    return "\n\n".join(head + body + background(rng, c)[:2]) + "\n"


def joint_statement(rng, c: Cast) -> str:
    """A numbered joint statement, British spelling."""
    paras = [
        f"The Minister for Foreign Affairs of {c.home[0]}, {c.minister}, and the Minister for Foreign Affairs "
        f"of {c.partner[0]}, {c.counterpart}, met in {c.home[2]} on {day_month(c.published)} for the annual "
        f"{c.home[1]}–{c.partner[1]} Foreign Ministers' Meeting.",
        f"The Ministers welcomed progress on {c.topic} and looked forward to {c.event} later this year.",
        f"The Ministers expressed serious concern about the situation in {c.region} and opposed any "
        f"unilateral attempt to change the status quo by force or coercion.",
        *core(rng, c, "next year"), *background(rng, c),
    ]
    numbered = [f"{i}. {p}" for i, p in enumerate(paras, start=1)]
    title = f"{c.home[1]}–{c.partner[1]} Foreign Ministers' Meeting on {c.topic}"
    return british("\n\n".join(["Joint Statement", title, day_month(c.published), *numbered])) + "\n"


def press_release(rng, c: Cast) -> str:
    """A ministry press release with a 'said:' block quote, British spelling."""
    title = f"{c.home[1]} and {c.partner[1]} forces to train together in {c.event}"
    body = [
        f"The {c.home[1]} Defence Secretary has signed a new agreement with {c.partner[0]} to expand "
        f"training and protect {c.topic}.",
        f"From: Ministry of Defence and The Rt Hon {c.minister} MP\nPublished {day_month(c.published)}",
        f"{c.home[0].capitalize()} and {c.partner[0]} will deepen their defence cooperation under a new agreement "
        f"signed today in {c.partner[2]} by Defence Secretary {c.minister} and {c.partner[1]} Minister of "
        f"Defence {c.counterpart}.",
        f"Defence Secretary {c.minister} said:",
        " ".join(f"{q}." for q in quotes(rng, c, 2)),
        *core(rng, c, "in the spring"), *background(rng, c),
    ]
    return british("\n\n".join(["Press release", title, *body])) + "\n"


def service_news(rng, c: Cast) -> str:
    """British-spelling service news with quotes woven in."""
    title = f"{c.home[1]} navy leads {c.event} to guard {c.topic} in {c.region}"
    body = [
        f"The {c.home[1]} navy has taken command of a multinational mission to protect {c.topic} in "
        f"{c.region}, following a string of incidents that have alarmed governments across the region.",
        f"Warships and patrol aircraft began deploying on {day_month(c.published - timedelta(days=1))} under "
        f"the name {c.event}, according to the Ministry of Defence.",
        f"\u201c{quote(rng, c)},\u201d said {c.officer}, the Chief of the Defence Staff.",
        *core(rng, c, "next month"), *background(rng, c),
    ]
    return british("\n\n".join(["Forces Gazette", title, day_month(c.published), *body])) + "\n"


def relative_story(rng, c: Cast) -> str:
    """A story whose dates are relative to the publication date."""
    title = f"{c.home[0].replace('the ', '').capitalize()}, {c.partner[0]} agree to restart talks on {c.topic}"
    body = [
        f"{c.home[2].upper()} \u2014 {c.home[0].capitalize()} and {c.partner[0]} agreed yesterday to restore a "
        f"regular dialogue on {c.topic} that had been suspended for years, officials said.",
        f"Vice Defense Minister {c.minister} and {c.counterpart}, {c.partner[1]} deputy defense minister, held talks "
        f"yesterday in {c.home[2]}, the first such meeting since last year.",
        f"They agreed to hold {c.event} next month and to meet again early next year, a ministry spokesperson, "
        f"{c.spokes}, said on {WEEKDAYS[c.published.weekday()]}.",
        f'"{quote(rng, c)}," {c.spokes.split()[-1]} said.',
        *core(rng, c, "in the coming weeks"), *background(rng, c),
    ]
    return "\n\n".join([title, c.outlet, month_day(c.published), *body]) + "\n"


STYLES = {"wire": wire, "readout": readout, "joint": joint_statement, "release": press_release,
          "service": service_news, "relative": relative_story}


def article(rng: random.Random, index: int) -> tuple[str, str]:
    """Return (style, text) of article `index`; long features get more background."""
    style = list(STYLES)[index % len(STYLES)]
    c = cast(rng, index)
    text = STYLES[style](rng, c)
    if rng.random() < 0.2:  # a long feature: more background and reaction
        extra = background(rng, c) + [f'"{quote(rng, c)}," {c.counterpart} said.']
        text += "\n" + "\n\n".join(extra) + "\n"
    return style, text


def generate(count: int, folder: Path, seed: int = 1) -> list[Path]:
    """Write `count` articles into `folder`; return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        style, text = article(rng, index)
        path = folder / f"{index:05d}-{style}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Parse arguments and write the articles."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.count, args.folder, args.seed)
    sizes = sorted(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles to {args.folder} (sizes {sizes[0]}-{sizes[-1]} bytes, "
          f"median {sizes[len(sizes) // 2]})")


if __name__ == "__main__":
    main()
