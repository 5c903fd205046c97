"""claims.xlsx: one sheet per table an analyst filters in Excel (claims, by_actor, by_source,
by_period, claim_groups, entities), text kept as text."""

from __future__ import annotations

import math
from copy import copy
from pathlib import Path

import pandas as pd

from pipeline.report.data import ReportData, claim_columns, require
from pipeline.tables import write_atomic

XLSX_MAX_WIDTH = 60
XLSX_WRAP_COLUMNS = {"sentence", "text", "title", "error", "review_note"}
XLSX_MAX_CELL = 32767
SHEETS = ("claims", "by_actor", "by_source", "by_period", "claim_groups", "entities")


def _cell_value(value: object) -> object:
    """A value openpyxl writes as-is: None for missing, plain int/float, text without control chars."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_MAX_CELL:
            value = value[:XLSX_MAX_CELL - 1] + "…"
        return value if value else None
    return value


def _column_width(header: str, values: pd.Series) -> float:
    sample = values.head(2000).astype("string").fillna("")
    longest = max([len(header)] + [len(v) for v in sample])
    return float(min(XLSX_MAX_WIDTH, max(8, longest + 2)))


def _write_sheet(workbook, title: str, df: pd.DataFrame) -> None:
    """One sheet: bold frozen header, autofilter, widths capped at 60, long text wrapped, text kept text.
    Written row by row (a write-only workbook: styles go on the cells as they are written)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    sheet = workbook.create_sheet(title)
    for index, column in enumerate(df.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _column_width(str(column), df[column])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(df.columns)))}{len(df) + 1}"
    bold, grey = Font(bold=True), PatternFill("solid", fgColor="E8E8E8")
    header = []
    for column in df.columns:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font, cell.fill = bold, grey
        header.append(cell)
    sheet.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    wrapped = [column in XLSX_WRAP_COLUMNS for column in df.columns]
    wrapped_style = None  # the style of the first wrapped cell, copied to the others (openpyxl looks
    # the alignment up among the workbook's by comparing them: a tenth of the workbook's time)
    columns = [_plain_values(df.iloc[:, index]) for index in range(len(df.columns))]
    for row in zip(*columns) if columns else [()] * len(df):
        cells = []
        for value, wraps in zip(row, wrapped):
            value = _cell_value(value)
            if not wraps and not (isinstance(value, str) and value.startswith("=")):
                cells.append(value)
                continue
            cell = WriteOnlyCell(sheet, value=value)
            if cell.data_type == "f":  # a text that starts with '=' is text, not a formula
                cell.data_type = "s"
            if wraps:
                if wrapped_style is None:
                    cell.alignment = wrap
                    wrapped_style = cell._style
                else:
                    cell._style = copy(wrapped_style)
            cells.append(cell)
        sheet.append(cells)


def _plain_values(column: pd.Series) -> list:
    """The column's cells as `itertuples` gives them, read at once (cell by cell, a string column
    backed by Arrow made a Python object per access: a tenth of the workbook's time)."""
    return column.tolist()


def write_xlsx(data: ReportData, out_dir: Path) -> Path:
    """claims.xlsx with the sheets in SHEETS; `claims` has the columns of claims.csv first."""
    openpyxl = require("openpyxl")
    workbook = openpyxl.Workbook(write_only=True)
    tables = {"claims": data.claims.reindex(columns=claim_columns(data.claims)),
              "by_actor": data.tables["claims_by_actor"], "by_source": data.tables["claims_by_source"],
              "by_period": data.tables["claims_by_period"], "claim_groups": data.tables["claim_groups"],
              "entities": data.tables["entities"]}
    for title in SHEETS:
        _write_sheet(workbook, title, tables[title])
    return write_atomic(Path(out_dir) / "claims.xlsx", lambda tmp: workbook.save(tmp))
