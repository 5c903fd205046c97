"""<table>.parquet: every table with real types (Int64, float64, string)."""

from __future__ import annotations

from pathlib import Path

from pipeline.report.data import TABLES, ReportData, require, typed
from pipeline.tables import COLUMNS, write_atomic

PARQUET_TABLES = TABLES + ["claims_by_period", "claim_groups"]


def write_parquet(data: ReportData, out_dir: Path) -> list[Path]:
    """One <table>.parquet per table, with Int64/float/string dtypes."""
    require("pyarrow")
    paths = []
    for name in PARQUET_TABLES:
        df = data.tables[name]
        if name in COLUMNS:
            df = df.reindex(columns=COLUMNS[name] + [c for c in df.columns if c not in COLUMNS[name]])
        df = typed(df, name)
        paths.append(write_atomic(Path(out_dir) / f"{name}.parquet",
                                  lambda tmp, df=df: df.to_parquet(tmp, index=False, engine="pyarrow")))
    return paths
