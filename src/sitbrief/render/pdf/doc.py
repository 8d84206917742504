"""The PDF document: frames, marking banners, running header, footer with "Page X of Y", outline.

"Page X of Y" uses one form XObject per page, filled in when the canvas is saved (the total is
known then); pages are never deferred, so bookmarks and internal links keep their pages.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Spacer
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import UseUpSpace

from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.styles import hex_colour, size_of

_FORM = "sbPageLabel{}"


class PageCountCanvas(Canvas):
    """A canvas that fills in each page's "Page X of Y" form when it is saved."""

    def __init__(self, *args, page_label=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label

    def save(self) -> None:
        """Define every page-label form now that the page count is known, then save."""
        total = self.getPageNumber() - 1
        for page in range(1, total + 1):
            self.beginForm(_FORM.format(page))
            self._page_label(self, page, total)
            self.endForm()
        super().save()


class Page:
    """Draws what is on every page around the frame: banners, running header, footer."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.width, self.height = ctx.theme.page_size
        self.small = size_of(ctx.theme, "small")
        self.banner = round(self.small * 2.3, 1)
        top, right, bottom, left = ctx.theme.margins
        self.left, self.right = left, self.width - right
        self.top = max(top, self.banner + self.small * 4.5)
        self.bottom = max(bottom, self.banner + self.small * 5.5)

    def frame(self) -> Frame:
        """Return the body frame inside the margins."""
        return Frame(self.left, self.bottom, self.right - self.left,
                     self.height - self.top - self.bottom, 0, 0, 0, 0, id="body")

    def first(self, canv: Canvas, doc) -> None:
        """Decorate page 1 (its header is part of the story)."""
        self._common(canv)

    def later(self, canv: Canvas, doc) -> None:
        """Decorate pages after the first: add a running header."""
        self._common(canv)
        self._running_header(canv)

    def _common(self, canv: Canvas) -> None:
        """Draw both banners and the footer."""
        canv.saveState()
        self._banner(canv, self.height - self.banner)
        self._banner(canv, 0)
        self._footer(canv)
        canv.restoreState()

    def marking_text(self) -> str:
        """Return the banner text: the marking and its caveats."""
        marking = self.ctx.brief.marking
        return " // ".join(p for p in (marking.text, marking.caveats) if p)

    def _banner(self, canv: Canvas, y: float) -> None:
        """Draw a full-width marking banner with its bottom edge at `y`."""
        ctx, colours, marking = self.ctx, self.ctx.theme.colours, self.ctx.brief.marking
        canv.setFillColor(hex_colour(colours.get("marking_bg") or marking.background))
        canv.rect(0, y, self.width, self.banner, stroke=0, fill=1)
        canv.setFillColor(hex_colour(colours.get("marking_fg") or marking.foreground))
        chain, size = ctx.styles.chain("label"), self.small + 0.5
        text = ctx.fonts.fit(self.marking_text(), chain, size, self.width - 2 * self.left)
        ctx.fonts.draw(canv, self.width / 2, y + (self.banner - size * 0.7) / 2, text, chain,
                       size, align="centre")

    def _footer(self, canv: Canvas) -> None:
        """Draw the rule, footer line, distribution line and the page-label form."""
        ctx, base, small = self.ctx, self.banner + self.small * 1.6, self.small
        canv.setStrokeColor(ctx.colour("rule"))
        canv.setLineWidth(0.5)
        canv.line(self.left, base + small * 2.6, self.right, base + small * 2.6)
        chain, room = ctx.styles.chain("cell"), (self.right - self.left) * 0.78
        lines = [(text, role) for text, role in ((ctx.brief.footer, "text"),
                                                 (ctx.brief.marking.distribution, "muted")) if text]
        for k, (text, role) in enumerate(lines):
            canv.setFillColor(ctx.colour(role))
            ctx.fonts.draw(canv, self.left, base + small * 1.3 * (1 - k),
                           ctx.fonts.fit(text, chain, small, room), chain, small)
        canv.doForm(_FORM.format(canv.getPageNumber()))

    def page_label(self, canv: Canvas, page: int, total: int) -> None:
        """Draw "Page X of Y" right-aligned in the footer (called inside the page's form)."""
        ctx = self.ctx
        text = f"{ctx.label('Page', 'Page')} {page} {ctx.label('of', 'of')} {total}"
        canv.setFillColor(ctx.colour("text"))
        y = self.banner + self.small * 1.6 + self.small * 1.3
        ctx.fonts.draw(canv, self.right, y, text, ctx.styles.chain("label"), self.small,
                       align="right")

    def _running_header(self, canv: Canvas) -> None:
        """Draw the short title and serial above the frame on pages after the first."""
        ctx = self.ctx
        y = self.height - self.banner - self.small * 2.6
        chain = ctx.styles.chain("cell")
        canv.saveState()
        right = " \u00b7 ".join(t for t in (ctx.brief.serial, ctx.brief.date_label) if t)
        canv.setFillColor(ctx.colour("muted"))
        width = ctx.fonts.draw(canv, self.right, y, right, chain, self.small, align="right")
        title = ctx.fonts.fit(ctx.brief.title, chain, self.small,
                              self.right - self.left - width - 24)
        ctx.fonts.draw(canv, self.left, y, title, chain, self.small)
        canv.setStrokeColor(ctx.colour("rule"))
        canv.setLineWidth(0.5)
        canv.line(self.left, y - self.small * 0.9, self.right, y - self.small * 0.9)
        canv.restoreState()


class BriefDoc(BaseDocTemplate):
    """The document template: a first page and later pages; one outline entry per section."""

    def __init__(self, filename: str, page: Page, **kwargs) -> None:
        super().__init__(filename, pagesize=page.ctx.theme.page_size, **kwargs)
        self.addPageTemplates([
            PageTemplate("first", [page.frame()], onPage=page.first, autoNextPageTemplate="later"),
            PageTemplate("later", [page.frame()], onPage=page.later)])
        self.fills: dict[int, float] = {}
        self.last: dict[int, str] = {}  # page -> title of a heading that ends it, else ""

    def afterFlowable(self, flowable) -> None:
        """Record how full the page is; bookmark each section's first flowable in the outline."""
        frame = self.frame
        if frame is not None and frame._height and not isinstance(flowable, (UseUpSpace, ActionFlowable)):
            used = (frame._y1 + frame._height - frame._y) / frame._height
            page = self.canv.getPageNumber()
            self.fills[page] = max(self.fills.get(page, 0.0), min(used, 1.0))
            if not isinstance(flowable, (Spacer, CondPageBreak)):
                self.last[page] = (getattr(flowable, "sb_outline", None) or ("",))[0]
        outline = getattr(flowable, "sb_outline", None)
        if outline:
            title, key = outline
            top = self.frame._y + flowable.height + flowable.getSpaceAfter() + 6
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
            self.canv.addOutlineEntry(title, key, level=0)
