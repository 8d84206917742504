"""Scoring one article's fact model against its gold, field by field, and pooling the scores."""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmarks.extraction import match
from benchmarks.extraction.gold import Gold
from benchmarks.extraction.lexicon import canonical_country
from benchmarks.extraction.metrics import PRF, Metric, Ratio
from benchmarks.extraction.text import squash
from sitbrief.facts.model import Facts

FIELDS = ("people", "roles_strict", "roles_loose", "affiliation", "organisations", "countries", "places",
          "events", "dated_events", "dated_pub", "dated_known", "quotes", "speakers", "verbatim", "evidence",
          "published")


@dataclass
class ArticleScore:
    """The metrics of one article and, per field, its misses and false positives."""

    slug: str
    split: str
    metrics: dict[str, Metric] = field(default_factory=dict)
    diff: dict[str, list[str]] = field(default_factory=dict)

    def note(self, name: str, line: str) -> None:
        """Record one miss or false positive of field `name`."""
        self.diff.setdefault(name, []).append(line)


def pool(scores: list[ArticleScore]) -> dict[str, Metric]:
    """Return the metrics of several articles summed field by field (micro-average)."""
    pooled: dict[str, Metric] = {}
    for score in scores:
        for name, metric in score.metrics.items():
            pooled[name] = pooled[name].add(metric) if name in pooled else metric
    return pooled


def score_article(slug: str, split: str, gold: Gold, facts: Facts) -> ArticleScore:
    """Return every metric of one article."""
    out = ArticleScore(slug, split)
    people = _score_people(out, gold, facts)
    _score_roles(out, gold, facts, people)
    _score_affiliation(out, gold, facts, people)
    _score_organisations(out, gold, facts)
    _score_countries(out, gold, facts)
    _score_places(out, gold, facts)
    _score_events(out, gold, facts)
    _score_quotes(out, gold, facts)
    _score_verbatim(out, facts)
    _score_evidence(out, facts)
    _score_published(out, gold, facts)
    return out


def _prf(out: ArticleScore, name: str, golds: list[str], preds: list[str], pairs) -> PRF:
    """Record a PRF from a pairing and note unmatched gold (miss) and predicted (fp) items."""
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for i, label in enumerate(golds):
        if i not in matched_g:
            out.note(name, f"miss  {label}")
    for i, label in enumerate(preds):
        if i not in matched_p:
            out.note(name, f"fp    {label}")
    metric = PRF(len(pairs), len(preds) - len(pairs), len(golds) - len(pairs))
    out.metrics[name] = metric
    return metric


def _score_people(out: ArticleScore, gold: Gold, facts: Facts) -> list[tuple[int, int]]:
    """Score people by name and return the gold/predicted pairing."""
    pairs = match.pair_up(gold.people, facts.people, lambda g, p: match.name_score(g.name, p.name))
    _prf(out, "people", [p.name for p in gold.people], [p.name for p in facts.people], pairs)
    return pairs


def _score_roles(out: ArticleScore, gold: Gold, facts: Facts, pairs: list[tuple[int, int]]) -> None:
    """Score strict and loose roles as (person, role) facts over the people pairing."""
    names = [p.name for p in gold.people]
    checks = {"roles_strict": lambda want, have: match.strict_role(want, have, names),
              "roles_loose": match.loose_role}
    by_gold = dict(pairs)
    by_pred = {p: g for g, p in pairs}
    for name, right in checks.items():
        metric = PRF()
        for i, person in enumerate(gold.people):
            pred = facts.people[by_gold[i]] if i in by_gold else None
            if not person.role:
                continue
            if pred and right(person.role, pred.roles):
                metric.tp += 1
                continue
            metric.fn += 1
            why = "; ".join(match.role_problems(pred.roles, names)) if pred and name == "roles_strict" else ""
            got = pred.roles if pred else "(person missed)"
            out.note(name, f"miss  {person.name}: {person.role!r} <- {got} {why}".rstrip())
        for j, pred in enumerate(facts.people):
            if pred.roles and not (j in by_pred and gold.people[by_pred[j]].role):
                out.note(name, f"fp    {pred.name}: {pred.roles}")
        metric.fp = sum(1 for p in facts.people if p.roles) - metric.tp
        out.metrics[name] = metric


def _score_affiliation(out: ArticleScore, gold: Gold, facts: Facts, pairs: list[tuple[int, int]]) -> None:
    """Score affiliations over matched people; count wrong, empty and spurious (gold null) ones."""
    ratio = Ratio()
    for g, p in pairs:
        want, have = gold.people[g].affiliation, facts.people[p].affiliation
        name = gold.people[g].name
        if want is None:
            if have is not None:
                ratio.notes["spurious"] += 1
                out.note("affiliation", f"fp    {name}: {have!r} where gold has none")
            continue
        ratio.total += 1
        if match.affiliation_key(want) == match.affiliation_key(have):
            ratio.hit += 1
        else:
            ratio.notes["empty" if have is None else "wrong"] += 1
            out.note("affiliation", f"{'empty' if have is None else 'wrong'} {name}: {want!r} <- {have!r}")
    out.metrics["affiliation"] = ratio


def _score_organisations(out: ArticleScore, gold: Gold, facts: Facts) -> None:
    """Score organisations by name or acronym."""
    pairs = match.pair_up(gold.organisations, facts.organisations,
                          lambda g, p: match.org_score(g.name, g.acronym, p.name, p.acronym))
    _prf(out, "organisations", [_org_label(o.name, o.acronym) for o in gold.organisations],
         [_org_label(o.name, o.acronym) for o in facts.organisations], pairs)


def _org_label(name: str, acronym: str | None) -> str:
    """Return an organisation as printed in a diff."""
    return f"{name} ({acronym})" if acronym else name


def _score_countries(out: ArticleScore, gold: Gold, facts: Facts) -> None:
    """Score the set of countries (predicted places of kind country), after aliases."""
    want = sorted({canonical_country(c) or c for c in gold.countries})
    have = sorted({canonical_country(p.name) or p.name for p in facts.places if p.kind == "country"})
    pairs = [(i, have.index(c)) for i, c in enumerate(want) if c in have]
    _prf(out, "countries", want, have, pairs)


def _score_places(out: ArticleScore, gold: Gold, facts: Facts) -> None:
    """Score places other than countries by symmetric containment."""
    preds = [p for p in facts.places if p.kind != "country"]
    pairs = match.pair_up(gold.places, preds, lambda g, p: match.place_score(g.name, p.name))
    _prf(out, "places", [p.name for p in gold.places], [p.name for p in preds], pairs)


def predicted_events(facts: Facts) -> list[dict]:
    """Return the predicted events as dicts of what, kind, when, where (a place name)."""
    places = {p.id: p.name for p in facts.places}
    return [{"what": e.title, "kind": e.kind, "when": e.when.start, "where": places.get(e.where)}
            for e in facts.events]


def _score_events(out: ArticleScore, gold: Gold, facts: Facts) -> None:
    """Score events one-to-one by content words, kind family, date and place; then their dates."""
    golds = [{"what": e.what, "kind": e.kind, "when": e.when, "where": e.where} for e in gold.events]
    preds = predicted_events(facts)
    pairs = match.pair_up(golds, preds, match.event_score)
    _prf(out, "events", [_event_label(e) for e in golds], [_event_label(e) for e in preds], pairs)
    dated = Ratio()
    by_gold = dict(pairs)
    for i, event in enumerate(golds):
        if event["when"]:
            dated.total += 1
            have = preds[by_gold[i]]["when"] if i in by_gold else None
            if match.date_right(event["when"], have):
                dated.hit += 1
            else:
                reason = "event missed" if i not in by_gold else f"predicted {have}"
                out.note("dated_events", f"miss  {event['what']}: {event['when']} ({reason})")
    out.metrics["dated_events"] = dated
    out.metrics["dated_known"] = Ratio(dated.hit, dated.total)  # replaced when the page gives a date
    # the same share where the text states a publication date: what relative dates can be resolved against
    out.metrics["dated_pub"] = Ratio(dated.hit, dated.total) if gold.published else Ratio()


def score_dated_known(out: ArticleScore, gold: Gold, facts: Facts) -> None:
    """Replace `dated_known` by the dated share of `facts` extracted with the page's publication date."""
    golds = [{"what": e.what, "kind": e.kind, "when": e.when, "where": e.where} for e in gold.events]
    preds = predicted_events(facts)
    by_gold = dict(match.pair_up(golds, preds, match.event_score))
    dated = Ratio()
    for i, event in enumerate(golds):
        if event["when"]:
            dated.total += 1
            dated.hit += match.date_right(event["when"], preds[by_gold[i]]["when"] if i in by_gold else None)
    out.metrics["dated_known"] = Ratio(dated.hit, dated.total)  # replaced when the page gives a date


def _event_label(event: dict) -> str:
    """Return an event as printed in a diff."""
    extra = ", ".join(str(v) for v in (event["kind"], event["when"], event["where"]) if v)
    return f"{event['what']} [{extra}]"


def _score_quotes(out: ArticleScore, gold: Gold, facts: Facts) -> None:
    """Score quotes by containment (many-to-many) and speakers through the best-covering prediction."""
    overlap = [[match.quote_overlap(g.text, p.text) for p in facts.quotes] for g in gold.quotes]
    found = [i for i, row in enumerate(overlap) if any(row)]
    right = [j for j in range(len(facts.quotes)) if any(row[j] for row in overlap)]
    metric = PRF(len(found), len(facts.quotes) - len(right), len(gold.quotes) - len(found))
    out.metrics["quotes"] = metric
    for i, q in enumerate(gold.quotes):
        if i not in found:
            out.note("quotes", f"miss  {_short(q.text)}")
    for j, q in enumerate(facts.quotes):
        if j not in right:
            out.note("quotes", f"fp    {_short(q.text)}")
    out.metrics["speakers"] = _speakers(out, gold, facts, overlap, found)


def _speakers(out: ArticleScore, gold: Gold, facts: Facts, overlap: list[list[int]], found: list[int]) -> Ratio:
    """Return the speaker accuracy over found gold quotes that have a gold speaker."""
    ratio = Ratio()
    for i in found:
        want = gold.quotes[i].speaker
        if not want:
            continue
        best = max(range(len(facts.quotes)), key=lambda j: overlap[i][j])
        person = facts.person(facts.quotes[best].speaker)
        ratio.total += 1
        if person and match.names_match(want, person.name):
            ratio.hit += 1
            continue
        ratio.notes["empty" if person is None else "wrong"] += 1
        out.note("speakers", f"{'empty' if person is None else 'wrong'} {_short(gold.quotes[i].text)}: "
                             f"{want} <- {person.name if person else None}")
    return ratio


def _short(text: str, width: int = 70) -> str:
    """Return a quote shortened for a diff line."""
    text = squash(text)
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def _score_verbatim(out: ArticleScore, facts: Facts) -> None:
    """Score the share of predicted quotes found as they stand in the article's sentences."""
    source = squash(" ".join(s.text for s in facts.article.sentences))
    ratio = Ratio(total=len(facts.quotes))
    for q in facts.quotes:
        if match.verbatim(q.text, source):
            ratio.hit += 1
        else:
            out.note("verbatim", f"fp    {_short(q.text)}")
    out.metrics["verbatim"] = ratio


def _score_evidence(out: ArticleScore, facts: Facts) -> None:
    """Score the share of facts whose every evidence id is a sentence of the article."""
    ids = {s.id for s in facts.article.sentences}
    ratio = Ratio()
    for name in ("people", "organisations", "places", "events", "quotes", "context"):
        for item in getattr(facts, name):
            ratio.total += 1
            if item.evidence and set(item.evidence) <= ids:
                ratio.hit += 1
            else:
                out.note("evidence", f"fp    {name} {getattr(item, 'id', '')}: {item.evidence}")
    out.metrics["evidence"] = ratio


def _score_published(out: ArticleScore, gold: Gold, facts: Facts) -> None:
    """Score the publication date where gold states one; count one predicted where gold has none."""
    want, have = gold.published, facts.article.published
    ratio = Ratio()
    if want:
        ratio.total, ratio.hit = 1, int(want == have)
        if want != have:
            out.note("published", f"{'empty' if have is None else 'wrong'} {want} <- {have}")
            ratio.notes["empty" if have is None else "wrong"] += 1
    elif have:
        ratio.notes["spurious"] += 1
        out.note("published", f"fp    {have} where gold has none")
    out.metrics["published"] = ratio
