"""Language-neutral calendar arithmetic for relative dates: a day, its week (Monday to Sunday), a month, and the
week, weekend, month or year a number of such units away from a day. Bundles map their words onto these units."""

from __future__ import annotations

import calendar
import datetime as dt

from sofa_desktop.extract.core.types import Precision

Span = tuple[dt.date, dt.date]


def day_span(d: dt.date) -> Span:
    """One day, as a first and last day."""
    return d, d


def month_span(year: int, month: int) -> Span:
    """The first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> Span:
    """The first and last day of a year."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_span(d: dt.date) -> Span:
    """The Monday and Sunday of the week a day falls in."""
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def shifted_span(unit: str, step: int, pub: dt.date) -> tuple[Span, Precision]:
    """The "week", "weekend", "month" or year ``step`` units from ``pub`` (-1: last week; 0: this month; 1: next
    year), with its precision (a weekend is given with week precision)."""
    if unit in ("week", "weekend"):
        start, end = week_span(pub + dt.timedelta(days=7 * step))
        if unit == "weekend":
            start = end - dt.timedelta(days=1)
        return (start, end), Precision.WEEK
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return month_span(y, m + 1), Precision.MONTH
    return year_span(pub.year + step), Precision.YEAR
