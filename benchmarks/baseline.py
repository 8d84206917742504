"""A bare ReportLab + python-pptx script writing documents equivalent to sitbrief's (no sitbrief code).

The yardstick for sitbrief's per-article cost: from an article's text (split naively: sentences,
capitalised names, quotes, dated sentences) it writes an A4 PDF with the same fonts registered
(Liberation Sans, DejaVu Sans and the CJK fallback), marking banners, header, a boxed BLUF,
bullets, key-facts/actors/timeline/sources tables, a drawn timeline, quotes and a numbered
evidence list; and a 16:9 deck from the same master with a title slide and about eight content
slides (bullets, tables, cards, a drawn timeline, marking bands, footers, speaker notes).

    python benchmarks/baseline.py seeds/*.txt --out /tmp/baseline
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from xml.sax.saxutils import escape

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt
from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "layouts" / "default" / "assets"
FONTS = {"Body": "LiberationSans-Regular.ttf", "Body-Bold": "LiberationSans-Bold.ttf",
         "Body-Italic": "LiberationSans-Italic.ttf", "Body-BoldItalic": "LiberationSans-BoldItalic.ttf",
         "Fallback": "DejaVuSans.ttf", "Fallback-Bold": "DejaVuSans-Bold.ttf", "CJK": "DroidSansFallbackFull.ttf"}
NAVY, AMBER, GREEN, MIST = "#1F3864", "#C55A11", "#1B7A3E", "#F2F4F7"
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|" \
        r"Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|next month|last month|yesterday|today|Monday|Tuesday|Wednesday|" \
        r"Thursday|Friday|Saturday|Sunday)"


def register_fonts() -> None:
    """Register the layout's fonts with ReportLab (once per process)."""
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(ASSETS / "fonts" / file)))


# --- naive "extraction" -----------------------------------------------------------------------

def parse(text: str) -> dict:
    """Split an article into title, sentences, names, quotes and dated sentences."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = [p for p in paras if len(p.split()) > 12]
    sentences = [s for p in body for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])", p)]
    names = list(dict.fromkeys(re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", " ".join(body))))
    quotes = [q for q in re.findall(r"[\"“]([^\"”]{20,})[\"”]", text)]
    dated = [s for s in sentences if re.search(MONTH, s)]
    return {"title": paras[0][:120], "sentences": sentences, "names": names[:10], "quotes": quotes[:4],
            "dated": dated[:6], "outlet": next((p for p in paras[:5] if len(p.split()) <= 4), "Unknown")}


# --- PDF --------------------------------------------------------------------------------------

def styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles (Liberation Sans, as sitbrief's default layout)."""
    base = ParagraphStyle("body", fontName="Body", fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName="Body-Bold", fontSize=17, leading=21,
                                textColor=colors.HexColor(NAVY)),
        "heading": ParagraphStyle("heading", base, fontName="Body-Bold", fontSize=11, leading=14,
                                  textColor=colors.HexColor(NAVY), spaceBefore=8),
        "muted": ParagraphStyle("muted", base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#666666")),
        "quote": ParagraphStyle("quote", base, fontName="Body-Italic", leftIndent=14),
        "bullet": ParagraphStyle("bullet", base, leftIndent=10, bulletIndent=2),
    }


def table(rows: list[list[str]], st: dict, widths: list[float]) -> Table:
    """Return a header-row table of wrapped cells."""
    cells = [[Paragraph(escape(c), st["body"]) for c in row] for row in rows]
    tab = Table(cells, colWidths=widths, repeatRows=1)
    tab.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(MIST)),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BFC5CE")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return tab


def timeline_drawing(events: list[str], width: float) -> Drawing:
    """Return a drawn timeline: an axis and a numbered dot per event."""
    drawing = Drawing(width, 60)
    drawing.add(Line(10, 20, width - 10, 20, strokeColor=colors.HexColor("#BFC5CE"), strokeWidth=2))
    for i, _event in enumerate(events):
        x = 20 + i * (width - 40) / max(len(events) - 1, 1)
        drawing.add(Circle(x, 20, 7, fillColor=colors.HexColor(NAVY), strokeColor=None))
        drawing.add(String(x, 17, str(i + 1), fontName="Body-Bold", fontSize=7, fillColor=colors.white,
                           textAnchor="middle"))
    return drawing


def pdf_story(doc: dict, st: dict, width: float) -> list:
    """Return the flowables of the report."""
    sentences = doc["sentences"]
    story = [Image(str(ASSETS / "logo.png"), 60, 20, hAlign="RIGHT"),
             Paragraph(escape(doc["title"]), st["title"]),
             Paragraph(f"Source: {escape(doc['outlet'])}", st["muted"])]
    bluf = Table([[Paragraph(escape(sentences[0] if sentences else doc["title"]), st["body"])]], colWidths=[width])
    bluf.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(MIST)),
                              ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(NAVY))]))
    story += [Paragraph("Bottom line up front", st["heading"]), bluf]
    story += [Paragraph(escape(s), st["bullet"], bulletText="\u2022") for s in sentences[1:5]]
    story += [Paragraph("Key facts", st["heading"]),
              table([["", ""], ["Who", "; ".join(doc["names"][:3])], ["What", doc["title"]],
                     ["When", (doc["dated"] or ["Date not resolved"])[0][:60]], ["Where", doc["outlet"]]],
                    st, [width * 0.2, width * 0.8])]
    story += [Paragraph("Who's who", st["heading"]),
              table([["Name", "Role", "Affiliation"]] + [[n, "Official", "\u2014"] for n in doc["names"]],
                    st, [width * 0.35, width * 0.4, width * 0.25])]
    events = doc["dated"] or sentences[:3]
    story += [Paragraph("Timeline", st["heading"]), timeline_drawing(events, width),
              table([["#", "Date", "Event", "Status"]] + [[str(i + 1), "\u2014", e[:90], "Past"]
                                                          for i, e in enumerate(events)],
                    st, [width * 0.06, width * 0.18, width * 0.6, width * 0.16])]
    story += [Paragraph("Statements", st["heading"])]
    story += [KeepTogether([Paragraph(f"\u201c{escape(q)}\u201d", st["quote"])]) for q in doc["quotes"]]
    story += [Paragraph("Background", st["heading"])]
    story += [Paragraph(escape(s), st["bullet"], bulletText="\u2022") for s in sentences[5:9]]
    story += [Paragraph("Sources", st["heading"]), table([["#", "Source"], ["1", doc["outlet"]]], st,
                                                          [width * 0.08, width * 0.92])]
    story += [Paragraph("Evidence", st["heading"])]
    story += [Paragraph(f"[{i}] {escape(s)}", st["muted"]) for i, s in enumerate(sentences, start=1)]
    return story + [Spacer(1, 6)]


def banners(canvas, doc) -> None:
    """Draw the marking banners, running header and page number on every page."""
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(GREEN))
    canvas.rect(0, height - 14, width, 14, stroke=0, fill=1)
    canvas.rect(0, 0, width, 14, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Body-Bold", 8)
    canvas.drawCentredString(width / 2, height - 10, "UNCLASSIFIED")
    canvas.drawCentredString(width / 2, 4, "UNCLASSIFIED")
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.setFont("Body", 7.5)
    canvas.drawString(18 * mm, height - 26, "Situation report")
    canvas.drawRightString(width - 18 * mm, 22, f"Page {doc.page}")
    canvas.restoreState()


def write_pdf(doc: dict, path: Path) -> None:
    """Write the report PDF."""
    width = A4[0] - 36 * mm
    template = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=20 * mm, bottomMargin=20 * mm, title=doc["title"])
    template.build(pdf_story(doc, styles(), width), onFirstPage=banners, onLaterPages=banners)


# --- PPTX -------------------------------------------------------------------------------------

def text_box(slide, x: int, y: int, w: int, h: int, lines: list[str], size: int = 16, bold: bool = False):
    """Add a text box with one paragraph per line."""
    frame = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h)).text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        para.font.size, para.font.bold, para.font.name = Pt(size), bold, "Liberation Sans"


def chrome(slide, prs, number: int) -> None:
    """Add the marking bands, footer and slide number."""
    for y in (0, prs.slide_height - 228600):
        band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Emu(y), prs.slide_width, Emu(228600))
        band.fill.solid()
        band.fill.fore_color.rgb = RGBColor.from_string(GREEN[1:])
        band.text_frame.text = "UNCLASSIFIED"
    text_box(slide, 457200, prs.slide_height - 600000, 6000000, 300000, ["sitbrief \u00b7 Situation report"], 10)
    text_box(slide, 457200, prs.slide_height - 420000, 9000000, 200000, ["Derived from open-source reporting."], 8)
    rule = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(457200), Emu(1250000), Emu(711200), Emu(44450))
    rule.fill.solid()
    rule.fill.fore_color.rgb = RGBColor.from_string(AMBER[1:])
    text_box(slide, prs.slide_width - 1200000, prs.slide_height - 600000, 800000, 300000, [str(number)], 10)


def content_slide(prs, title: str, notes: list[str]):
    """Add a 'Title Only' slide with its title and speaker notes."""
    slide = prs.slides.add_slide(prs.slide_layouts[2])
    slide.shapes.title.text = title
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)
    return slide


def add_table(slide, rows: list[list[str]]) -> None:
    """Add a native table."""
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Emu(457200), Emu(1500000), Emu(11000000),
                                   Emu(400000 * len(rows)))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            shape.table.cell(r, c).text = value[:120]


def write_pptx(doc: dict, path: Path) -> None:
    """Write the deck."""
    prs = Presentation(str(ASSETS / "master.pptx"))
    sentences, names = doc["sentences"], doc["names"]
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = doc["title"]
    title.placeholders[1].text = doc["outlet"]
    title.shapes.add_picture(str(ASSETS / "logo.png"), Emu(9000000), Emu(400000), height=Emu(600000))
    bluf = content_slide(prs, "Bottom line up front", sentences[:3])
    text_box(bluf, 457200, 1500000, 11000000, 4000000, sentences[:4], 18)
    facts = content_slide(prs, "Key facts", sentences[:2])
    add_table(facts, [["Who", "; ".join(names[:3])], ["What", doc["title"]], ["When", "\u2014"],
                      ["Where", doc["outlet"]]])
    cards = content_slide(prs, "Who's who", sentences[:2])
    for i, name in enumerate(names[:8]):
        x, y = 457200 + (i % 4) * 2800000, 1500000 + (i // 4) * 2000000
        card = cards.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y), Emu(2600000), Emu(1800000))
        card.text_frame.text = f"{name}\nOfficial"
        cards.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(y), Emu(60000), Emu(1800000))
    line = content_slide(prs, "Timeline", doc["dated"])
    line.shapes.add_connector(1, Emu(457200), Emu(3400000), Emu(11500000), Emu(3400000))
    for i, event in enumerate((doc["dated"] or sentences[:3])[:8]):
        x = 600000 + i * 1400000
        line.shapes.add_shape(MSO_SHAPE.OVAL, Emu(x), Emu(3250000), Emu(300000), Emu(300000))
        text_box(line, x - 300000, 3700000, 1300000, 1200000, [event[:70]], 11)
    upcoming = content_slide(prs, "Upcoming events", doc["dated"][:3])
    add_table(upcoming, [["Date", "Event", "Status"]] + [["\u2014", e[:90], "Planned"] for e in doc["dated"][:4]])
    quotes = content_slide(prs, "Statements", doc["quotes"])
    for i, q in enumerate(doc["quotes"][:3]):
        text_box(quotes, 457200, 1500000 + i * 1400000, 11000000, 1200000, [f"\u201c{q}\u201d"], 16)
    context = content_slide(prs, "Background", sentences[5:9])
    text_box(context, 457200, 1500000, 11000000, 4000000, sentences[5:9], 16)
    sources = content_slide(prs, "Sources", [doc["outlet"]])
    add_table(sources, [["#", "Source"], ["1", doc["outlet"]]])
    for number, slide in enumerate(prs.slides, start=1):
        chrome(slide, prs, number)
    prs.save(str(path))


def write_documents(article: Path, out: Path) -> tuple[Path, Path]:
    """Write the PDF and PPTX for `article` into `out`; return their paths."""
    register_fonts()
    doc = parse(Path(article).read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    pdf, pptx = out / f"{Path(article).stem}.pdf", out / f"{Path(article).stem}.pptx"
    write_pdf(doc, pdf)
    write_pptx(doc, pptx)
    return pdf, pptx


def main() -> None:
    """Write documents for each article given and print the time each took."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("baseline-out"))
    args = parser.parse_args()
    register_fonts()
    for article in args.articles:
        start = time.process_time()
        write_documents(article, args.out)
        print(f"{(time.process_time() - start) * 1000:7.1f} ms CPU  {article}")


if __name__ == "__main__":
    main()
