"""Draw the articles of a recall audit on unseen gnad news:
`python data/audits/draw_articles.py CORPUS_DIR SEED N [SECTION ...]`.

Lists the corpus files `gnad_NNNN_<section>.txt` of the sections given (default inland, international,
wirtschaft, etat) outside the gnad-dev set (the doc ids its README lists), sorted by name, and draws N
of them with `random.Random(SEED).sample`; prints their doc ids in the order drawn. No corpus text.
"""
import random
import re
import sys
from pathlib import Path

DEV_README = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "gnad-dev" / "README.md"
SECTIONS = ("inland", "international", "wirtschaft", "etat")


def draw(corpus_dir: Path, seed: int, n: int, sections=SECTIONS, dev_readme: Path = DEV_README) -> list[str]:
    """The doc ids drawn, in the order drawn."""
    dev = set(re.findall(r"\b(gnad_\d+_\w+)\b", dev_readme.read_text(encoding="utf-8")))
    candidates = sorted(p.stem for p in Path(corpus_dir).glob("gnad_*.txt")
                        if p.stem.rsplit("_", 1)[1] in sections and p.stem not in dev)
    return random.Random(seed).sample(candidates, n)


if __name__ == "__main__":
    corpus, seed, n, *sections = sys.argv[1:]
    print("\n".join(draw(Path(corpus), int(seed), int(n), tuple(sections) or SECTIONS)))
