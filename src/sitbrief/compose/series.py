"""A report's place in its story's series: its number, the report it updates, the saved record.

What goes in: the current Facts and, with `--since`, the Facts saved beside the previous brief.
What comes out: the report's number (the previous one's plus one; else what the fact file
records, else 1), the previous report as recorded, and the Facts to save beside the brief
with its `report` record filled in.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sitbrief.facts.model import Facts, PreviousReport, ReportInfo


def prior_report(facts: Facts, previous: Facts | None) -> PreviousReport | None:
    """Return the report this one updates: the previous fact file's, or the one `facts` records."""
    if previous is None:
        return facts.report.updates if facts.report else None
    if previous.report is not None:
        record = previous.report
        return PreviousReport(number=record.number, title=record.title, serial=record.serial,
                              issued=record.issued)
    return PreviousReport(title=previous.summary.headline or previous.article.title)


def report_number(facts: Facts, previous: Facts | None) -> int:
    """Return this report's number: one more than the previous report's, else as recorded, else 1."""
    prior = prior_report(facts, previous)
    if previous is not None and prior is not None:
        return prior.number + 1
    return facts.report.number if facts.report else 1


def issued_time(value: str | None) -> datetime | None:
    """Return a recorded issue time ("2024-03-04T12:30:00Z") as a UTC datetime, or None."""
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)


def stamp_time(moment: datetime) -> str:
    """Return `moment` as the fact file records an issue time."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def saved_facts(facts: Facts, brief, previous: Facts | None) -> Facts:
    """Return a copy of `facts` recording the brief built from it (saved beside the brief)."""
    record = ReportInfo(number=brief.number, title=brief.title, serial=brief.serial or None,
                        issued=brief.issued_at or None, updates=prior_report(facts, previous))
    return facts.model_copy(update={"report": record})
