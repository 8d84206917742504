"""`layouts check`: everything that can be wrong with a layout, found before a real build."""

from __future__ import annotations

import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from sitbrief.core.errors import LayoutError, SitbriefError
from sitbrief.layout.loader import load_layout
from sitbrief.layout.model import Layout
from sitbrief.layout.samples import template_samples

Level = Literal["error", "warning", "info"]
SCRIPT_SAMPLES = {"Latin": "Łódź Ærøskøbing Şişli Nguyễn", "Cyrillic": "Київ Москва",
                  "Greek": "Αθήνα Θεσσαλονίκη", "CJK": "北京 東京 木原稔"}
SAMPLE_ARTICLE = Path(__file__).resolve().parents[1] / "layout" / "sample_article.txt"


@dataclass
class Finding:
    """One thing `layouts check` found."""

    level: Level
    topic: str
    message: str


@dataclass
class CheckReport:
    """All findings for one layout."""

    target: str
    layout: str | None = None
    chain: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether no error was found."""
        return not any(f.level == "error" for f in self.findings)

    def add(self, level: Level, topic: str, message: str) -> None:
        """Record one finding."""
        self.findings.append(Finding(level, topic, message))

    def as_dict(self) -> dict[str, Any]:
        """Return the report as plain data (for --json)."""
        return {"target": self.target, "layout": self.layout, "chain": self.chain,
                "ok": self.ok, "findings": [asdict(f) for f in self.findings]}


def check_layout(target: str | Path, search: list[Path] | None = None,
                 build: bool = True) -> CheckReport:
    """Return the findings of every check on layout `target` (a name or a folder)."""
    report = CheckReport(str(target))
    try:
        layout = load_layout(target, search)
    except LayoutError as exc:
        for problem in getattr(exc, "problems", None) or [str(exc)]:
            report.add("error", "settings", problem)
        return report
    report.layout, report.chain = layout.name, [str(p) for p in layout.chain]
    for step in (check_templates, check_images, check_fonts, check_colours, check_deck):
        step(layout, report)
    if build and report.ok:
        sample_build(layout, report)
    return report


def check_templates(layout: Layout, report: CheckReport) -> None:
    """Render every wording template with sample variables; compile any other template."""
    samples = template_samples()
    for name, contexts in samples.items():
        if not layout.has_template(name):
            report.add("error", "templates", f"{name}: missing from the layout and its parents")
            continue
        for context in contexts:
            try:
                if name == "filename.j2":
                    layout.render_filename(**context)
                else:
                    layout.render(name, **context)
            except LayoutError as exc:
                report.add("error", "templates", f"{exc} (with {_brief(context)})")
                break
    for name in layout.environment.loader.list_templates():
        if name not in samples:
            _compile(layout, name, report)
    _check_title_strings(layout, report)
    _check_overrides(layout, report)


def _check_overrides(layout: Layout, report: CheckReport) -> None:
    """Report blocks of overriding templates that their parent template does not define."""
    from sitbrief.layout.overrides import stray_blocks

    names = layout.environment.loader.list_templates()
    for stray in stray_blocks(layout.environment, names):
        report.add("error", "templates", stray.message())


def _compile(layout: Layout, name: str, report: CheckReport) -> None:
    """Report a template that does not compile."""
    from jinja2 import TemplateError

    from sitbrief.layout.templates import describe_error

    try:
        layout.environment.get_template(name)
    except TemplateError as exc:
        report.add("error", "templates", describe_error(exc, name))


def _check_title_strings(layout: Layout, report: CheckReport) -> None:
    """Render the section and slide `title:` strings written in layout.yaml."""
    specs = list(layout.settings.report.sections) + list(layout.settings.deck.slides)
    for spec in specs:
        if spec.title:
            try:
                layout.render_string(spec.title, kind=spec.kind)
            except LayoutError as exc:
                report.add("error", "templates", str(exc))


def _brief(context: dict[str, Any]) -> str:
    """Return a short description of a sample context."""
    return ", ".join(f"{k}={v!r}" for k, v in context.items() if k != "facts")[:80] or "no vars"


def check_images(layout: Layout, report: CheckReport) -> None:
    """Check the logo exists and is a reasonable PNG or JPEG."""
    from sitbrief.layout.assets import check_image

    logo = layout.settings.brand.logo
    if not logo:
        report.add("info", "assets", "no logo set")
        return
    try:
        kind, width, height = check_image(Path(logo))
        report.add("info", "assets", f"logo {Path(logo).name}: {kind} {width}x{height}")
    except LayoutError as exc:
        report.add("error", "assets", str(exc))
        return
    for problem in logo_problems(Path(logo).name, width, height):
        report.add("warning", "assets", problem)


# Where the logo is drawn (points) and the resolution it needs there (pixels per inch).
LOGO_BOXES = (("the PDF header", 150.0, 34.0, 150), ("the title slide", 180.0, 60.0, 96))


def logo_problems(name: str, width: int, height: int) -> list[str]:
    """Return a problem per place the logo is drawn at a lower resolution than it needs."""
    problems = []
    for where, box_w, box_h, ppi in LOGO_BOXES:
        scale = min(box_w / width, box_h / height)  # points per pixel
        drawn = 72 / scale
        if drawn + 1e-6 < ppi:
            need_w, need_h = round(width * scale * ppi / 72), round(height * scale * ppi / 72)
            problems.append(f"logo {name}: {width}x{height} px is too small for its box in "
                            f"{where} ({box_w:g} x {box_h:g} pt): it is drawn at {drawn:.0f} "
                            f"pixels per inch and looks blurred; supply it at least "
                            f"{need_w}x{need_h} px ({ppi} ppi)")
    return problems


def check_fonts(layout: Layout, report: CheckReport) -> None:
    """Check every font file embeds, and that the chains cover the sample scripts."""
    theme = build_theme_quietly(layout)
    faces = [theme.body_font, theme.heading_font, *theme.fallbacks]
    if all([_check_face(face, report) for face in faces]):
        _check_coverage(theme, report)


def _check_face(face: Any, report: CheckReport) -> bool:
    """Report font files of `face` that are missing or cannot be embedded; tell if all are fine."""
    from sitbrief.render.fonts import load_font

    fine = True
    for path in {p for p in (face.regular, face.bold, face.italic, face.bold_italic) if p}:
        try:
            if not path.is_file():
                raise LayoutError(f"font {path}: file not found")
            load_font(path)
        except LayoutError as exc:
            report.add("error", "fonts", f"{face.family}: {exc}")
            fine = False
    return fine


def _check_coverage(theme: Any, report: CheckReport) -> None:
    """Warn when the body or heading chain lacks glyphs for a sample script."""
    from sitbrief.render.fonts import FontChain

    for role, face in (("body", theme.body_font), ("heading", theme.heading_font)):
        chain = FontChain([face.regular] + [f.regular for f in theme.fallbacks])
        for script, sample in SCRIPT_SAMPLES.items():
            missing = chain.missing(sample)
            if missing:
                report.add("warning", "fonts", f"{role} font chain lacks {script} glyphs: "
                           + " ".join(missing) + "; add a fallback font that has them")


def check_colours(layout: Layout, report: CheckReport) -> None:
    """Report colour pairs a brief draws whose contrast is below WCAG 2 AA, with a fix."""
    from sitbrief.layout.contrast import contrast_problems, describe

    try:
        theme = build_theme_quietly(layout)
    except LayoutError as exc:
        report.add("error", "deck", str(exc))
        return
    level = layout.settings.marking.level
    own = contrast_problems(theme.colours)
    for problem in own:
        fore = problem.pair.fore
        setting = (f"marking.levels.{level}.foreground" if fore.startswith("marking")
                   else f"brand.roles.{fore}")
        report.add("error", "colours", describe(problem, "colours", setting))
    for problem in contrast_problems(theme.deck_colours):
        if any(p.pair == problem.pair for p in own):
            continue  # the same pair was reported for the layout's own colours
        setting = (f"the master's theme colour for {problem.pair.fore} (or set "
                   "deck.use_template_theme: false)")
        report.add("warning", "colours", describe(problem, "deck colours (the master's theme)",
                                                  setting))
    for note in theme.deck_notes:
        report.add("warning", "fonts", note)


def build_theme_quietly(layout: Layout):
    """Return the layout's theme without the image check (reported separately)."""
    from sitbrief.layout.resolve import build_theme

    return build_theme(layout.settings)


def check_deck(layout: Layout, report: CheckReport) -> None:
    """Check the deck template is safe and fits the slot mapping (the default one if none)."""
    from sitbrief.layout.deck_contract import contract_problems

    try:
        prs = _open_template(layout, report)
    except LayoutError as exc:
        report.add("error", "deck", str(exc))
        return
    from sitbrief.layout.deck_geometry import geometry_problems

    for problem in contract_problems(layout.settings, prs):
        report.add("error", "deck", problem)
    for found in geometry_problems(layout.settings, prs):
        report.add(found.level, "deck", found.message)
    _check_slide_size(layout, prs, report)


def _open_template(layout: Layout, report: CheckReport) -> Any:
    """Return the layout's deck template opened after its checks, or python-pptx's default."""
    from sitbrief.layout.deck_template import open_deck_template

    template = layout.settings.deck.template
    if template:
        return open_deck_template(template)
    from pptx import Presentation

    report.add("info", "deck", "no deck template set; python-pptx's default is used")
    return Presentation()


def _check_slide_size(layout: Layout, prs: Any, report: CheckReport) -> None:
    """Warn when the template's slide size differs from the layout's slide_size."""
    from sitbrief.layout.resolve import SLIDE_EMU

    want = SLIDE_EMU[layout.settings.deck.slide_size]
    have = (prs.slide_width, prs.slide_height)
    if layout.settings.deck.template and have != want:
        report.add("warning", "deck", f"the template's slides are {have[0]}x{have[1]} EMU but "
                   f"deck.slide_size is {layout.settings.deck.slide_size} ({want[0]}x{want[1]})")


def sample_build(layout: Layout, report: CheckReport) -> None:
    """Build the sample article with the layout in a temporary folder; report its warnings."""
    try:
        from sitbrief.run.build import BuildOptions, build_one
    except ImportError:
        report.add("info", "build", "sample build skipped: this sitbrief has no build step yet")
        return
    with tempfile.TemporaryDirectory(prefix="sitbrief-check-") as tmp:
        options = BuildOptions(layout=layout.folder, out=Path(tmp), force=True)
        try:
            result = build_one(SAMPLE_ARTICLE, options, layout=layout)
        except SitbriefError as exc:
            report.add("error", "build", f"sample build failed: {exc}")
            return
        except Exception as exc:  # noqa: BLE001 - any failure of the sample is a finding
            report.add("error", "build", f"sample build failed: {type(exc).__name__}: {exc}")
            return
        written = ", ".join("facts.yaml" if p.name.endswith(".facts.yaml") else p.suffix.lstrip(".")
                            for p in result.outputs)
    for message in result.warnings:
        report.add("warning", "build", message)
    report.add("info", "build", f"sample build wrote {written or 'nothing'} with "
               f"{len(result.warnings)} warning(s)")
