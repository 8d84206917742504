"""Evidence is quoted as published only while it is what extraction recorded (hash per sentence)."""

from __future__ import annotations

from pathlib import Path

from sitbrief import extract_facts, read_article
from sitbrief.facts.io import dump_facts, load_facts
from sitbrief.facts.model import text_hash
from tests.hostile.helpers import SEED, invoke


def test_extraction_records_a_hash_of_the_text_and_of_each_sentence() -> None:
    article = read_article(SEED)
    facts = extract_facts(article)
    assert facts.article.text_sha256 == text_hash(article.text)
    assert facts.article.sentences and all(s.sha256 == text_hash(s.text) for s in facts.article.sentences)
    assert not any(s.edited for s in facts.article.sentences)


def test_an_edited_evidence_sentence_is_marked_not_quoted_as_published(tmp_path: Path) -> None:
    facts = extract_facts(read_article(SEED))
    cited = facts.summary.evidence[0]
    sentence = facts.sentence(cited)
    sentence.text = "Japan and Australia agreed to end all defence cooperation."
    path = tmp_path / "facts.yaml"
    path.write_text(dump_facts(facts), encoding="utf-8")
    assert load_facts(path).sentence(cited).edited
    out = tmp_path / "out"
    result = invoke("build", str(path), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert f"sentence(s) {cited} were edited after extraction" in result.stderr
    from tests.hostile.helpers import deck_text, flat, pdf_text

    marked = "[Edited after extraction, not the source's words] \u201cJapan and Australia agreed to end"
    deck = deck_text(next(out.glob("*.pptx")))
    assert marked in deck and "\u201c[Edited" not in deck  # the marker stands outside the quotation
    pdf = flat(pdf_text(next(out.glob("*.pdf"))))
    assert marked in pdf and "\u201c[Edited" not in pdf
    strict = invoke("build", str(path), "--out", str(out), "--to", "pptx", "--strict", "--force")
    assert strict.exit_code == 6


def test_a_fact_file_without_hashes_builds_as_before(tmp_path: Path) -> None:
    facts = extract_facts(read_article(SEED))
    for sentence in facts.article.sentences:
        sentence.sha256 = None
    path = tmp_path / "facts.yaml"
    path.write_text(dump_facts(facts), encoding="utf-8")
    result = invoke("build", str(path), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert result.exit_code == 0 and "edited after extraction" not in result.stderr
