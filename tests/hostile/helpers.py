"""Run sitbrief as a user would and read its outputs back as a reader would."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
REPLACEMENT = "\ufffd"
PPTX_ESCAPE = "_x00"
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
needs_qpdf = pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")

# Two ordinary sentences that follow every hostile lead, so that the article is long enough.
BODY = ("\n\nThe two navies agreed to hold joint drills next month off Palawan, officials said.\n\n"
        "The talks were the third this year, the ministry said.\n")


def lead(payload: str) -> str:
    """Return an article whose first (lead) sentence carries `payload`."""
    return f"Officials said {payload} at the talks in Manila on Monday, the ministry said.{BODY}"


@dataclass
class Built:
    """The outcome of one `sitbrief build`: exit code, stderr and the text of each output."""

    code: int
    stderr: str
    outputs: list[Path] = field(default_factory=list)
    pdf: str = ""
    deck: str = ""

    @property
    def errors(self) -> list[str]:
        """Return the non-blank stderr lines that report an error."""
        return [line for line in self.stderr.splitlines() if line.startswith("sitbrief: error:")]

    @property
    def warnings(self) -> list[str]:
        """Return the stderr warning lines."""
        return [line for line in self.stderr.splitlines() if line.startswith("sitbrief: warning:")]


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python -m sitbrief` in a real process and capture its output."""
    full_env = {k: v for k, v in os.environ.items() if k != "SITBRIEF_DEBUG"}
    full_env.update({"PYTHONWARNINGS": "ignore", **(env or {})})
    return subprocess.run([sys.executable, "-m", "sitbrief", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env, timeout=timeout)


def invoke(*args: str, env: dict | None = None):
    """Run the sitbrief command in this process (fast) and return Click's result."""
    from sitbrief.cli.main import main

    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def build(article: Path, out: Path, *extra: str, env: dict | None = None) -> Built:
    """Build `article` into `out` in this process and read back every output."""
    result = invoke("build", str(article), "--out", str(out), "--force", *extra, env=env)
    built = Built(result.exit_code, result.stderr)
    built.outputs = sorted(p for p in out.glob("*") if p.is_file()) if out.exists() else []
    for path in built.outputs:
        if path.suffix == ".pdf":
            built.pdf = pdf_text(path)
        elif path.suffix == ".pptx":
            built.deck = deck_text(path)
    return built


def pdf_text(path: Path) -> str:
    """Return the text of a PDF as pdftotext reads it (UTF-8)."""
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


def deck_text(path: Path) -> str:
    """Return every text of a deck: shapes (grouped too), table cells and speaker notes."""
    from pptx import Presentation

    texts: list[str] = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            texts += _shape_texts(shape)
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(texts)


def _shape_texts(shape) -> list[str]:
    """Return the texts of one shape (recursing into groups and tables)."""
    if getattr(shape, "shape_type", None) == 6:  # MSO_SHAPE_TYPE.GROUP
        return [t for child in shape.shapes for t in _shape_texts(child)]
    if getattr(shape, "has_table", False) and shape.has_table:
        return [cell.text for row in shape.table.rows for cell in row.cells]
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        return [shape.text_frame.text]
    return []


def flat(text: str) -> str:
    """Return `text` with whitespace runs collapsed to one space."""
    return " ".join(text.split())


def solid(text: str) -> str:
    """Return `text` without any whitespace (for text wrapped inside long tokens)."""
    return "".join(text.split())


def digest(path: Path) -> str:
    """Return the SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_body_text(path: Path, margin: float = 56) -> str:
    """Return the text inside the page frames of a PDF: without banners, running heads and footers."""
    from pypdf import PdfReader

    texts = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        crop = ["-x", "0", "-y", str(int(margin)), "-W", str(int(width)), "-H", str(int(height - 2 * margin))]
        texts.append(subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(number), "-l", str(number), *crop,
                                     str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8"))
    return "\n".join(texts)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError if the block uses more than `seconds` of this process's CPU (POSIX; else no limit).

    Processor time, not wall time: a hang guard that a loaded machine cannot trip (ITIMER_PROF, so it
    never meets the template ceiling's ITIMER_VIRTUAL).
    """
    if not hasattr(signal, "SIGPROF"):
        yield
        return

    def expire(signum, frame):
        raise TimeoutError(f"used more than {seconds} s of processor time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
