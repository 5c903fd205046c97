"""Draw the claims of a precision audit on unseen gnad news: `python data/audits/draw_sample.py CLAIMS_CSV SEED N`.

Reads an extract's claims.csv (columns doc_id, start, end, actor_country, actor, claim_type ...), keeps
the claims of documents outside the gnad-dev set (the doc ids its README lists), and draws N of them
with `random.Random(SEED).sample` in file order. Prints doc_id, category, start, end, actor_country, actor,
claim_type as CSV: the rows to judge (the verdict columns are filled in by hand). No corpus text.
"""
import csv
import random
import re
import sys
from pathlib import Path

DEV_README = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "gnad-dev" / "README.md"


def main(claims_csv: str, seed: int, n: int, dev_readme: Path = DEV_README) -> None:
    dev = set(re.findall(r"\b(gnad_\d+_\w+)\b", dev_readme.read_text(encoding="utf-8")))
    with open(claims_csv, encoding="utf-8-sig") as handle:
        rows = [r for r in csv.DictReader(handle) if r["doc_id"] not in dev]
    sample = random.Random(seed).sample(rows, n)
    fields = ["doc_id", "category", "start", "end", "actor_country", "actor", "claim_type"]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(fields)
    for r in sample:
        writer.writerow([r["doc_id"], r["doc_id"].rsplit("_", 1)[1], r["start"], r["end"], r["actor_country"],
                         r["actor"], r["claim_type"]])


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
