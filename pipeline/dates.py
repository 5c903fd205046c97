"""Dates as written in news texts, kept at the precision written ('2025-02' is a month, not
1 February), the week or month a date falls in, and the document date a Doc carries
(`doc._.date`, which decides who held an office)."""

from __future__ import annotations

import datetime
import functools
import math
import re
import warnings
from dataclasses import dataclass
from typing import Mapping, Optional

import pandas as pd
from spacy.tokens import Doc

if not Doc.has_extension("date"):
    Doc.set_extension("date", default="")  # the document's date as written ('' when unknown)

from pipeline.lexicons import default_lexicon_dir, load_months


@functools.cache
def _german_months() -> dict[str, int]:
    """Month names and their variants (lower case) → number, from months.csv of the default lexicons
    (a run given other lexicons passes their `Lexicons.months`)."""
    return load_months(default_lexicon_dir() / "months.csv")[1]


@dataclass(frozen=True)
class DocDate:
    """A date as far as the text gives it: `precision` is 'day', 'month' or 'year'."""

    stamp: pd.Timestamp
    precision: str

    @property
    def iso(self) -> str:
        """'2025-03-19', '2025-02' or '2025': the date at the precision written."""
        return self.stamp.strftime({"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[self.precision])


def read_date(value: object, months: Mapping[str, int] | None = None) -> Optional[DocDate]:
    """A date as written in a text ('2025-02', '19.03.2025', '19. März 2025', '2025-02-18T10:00'), or None;
    month names from `months` (lower-case name or variant → number: the run's `Lexicons.months`), by
    default those of the default lexicon folder."""
    text = "" if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
        else str(value).strip()
    if not text:
        return None
    months = _german_months() if months is None else months
    match = re.fullmatch(r"(?:(\d{1,2})\.\s*)?([A-Za-zÄÖÜäöü]+)\.?\s+(\d{4})", text)
    if match and match.group(2).lower() in months:
        day, month, year = match.group(1), months[match.group(2).lower()], int(match.group(3))
        stamp = _timestamp(f"{year}-{month:02d}-{int(day or 1):02d}")
        return DocDate(stamp, "day" if day else "month") if stamp is not None else None
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if match:
        stamp = _timestamp(f"{match.group(3)}-{int(match.group(2)):02d}-{int(match.group(1)):02d}")
        return DocDate(stamp, "day") if stamp is not None else None
    if re.fullmatch(r"\d{4}", text):
        stamp = _timestamp(f"{text}-01-01")
        return DocDate(stamp, "year") if stamp is not None else None
    if re.fullmatch(r"\d{4}-\d{1,2}", text):
        stamp = _timestamp(f"{text}-01")
        return DocDate(stamp, "month") if stamp is not None else None
    stamp = _timestamp(text)
    return DocDate(stamp.normalize(), "day") if stamp is not None else None


def _timestamp(text: str) -> Optional[pd.Timestamp]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stamp = pd.to_datetime(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if pd.isna(stamp):
        return None
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp


def parse_date(value: object) -> Optional[pd.Timestamp]:
    """The first moment of a date as written ('2025-02' is 1 February), or None."""
    date = read_date(value)
    return date.stamp if date else None


def period_of(value: object, period: str) -> str:
    """'2025-02' (month) or '2025-W08' (ISO week) of a date; '' when the date is unknown or
    coarser than the period (a date written as '2025-02' has no week)."""
    date = read_date(value)
    if date is None or (period == "week" and date.precision != "day") or date.precision == "year":
        return ""
    if period == "month":
        return date.stamp.strftime("%Y-%m")
    year, week, _ = date.stamp.isocalendar()
    return f"{year}-W{week:02d}"


def day_of(value: object, months: Mapping[str, int] | None = None) -> Optional[datetime.date]:
    """The calendar day a written date stands for ('2025-02' → 1 February 2025), or None: the
    day on which a role noun's office holder is looked up (`months` as in `read_date`)."""
    written = read_date(value, months)
    return written.stamp.date() if written else None
