"""How tests/data/inputs/*.pdf and *.docx were made (kept for transparency; the tests read the files).

    python tests/data/make_inputs.py   # needs chromium and python-docx
"""

import subprocess
import tempfile
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent / "inputs"

ARTICLE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Moskau gegen Friedenstruppen</title></head><body>
<h1>Moskau gegen Friedenstruppen</h1>
<p>Russlands Außenminister Sergej Lawrow lehnt eine Stationierung europäischer Friedenstruppen in der Ukraine ab.
Das sagte er am Dienstag in Riad nach dem Treffen mit US-Außenminister Marco Rubio.</p>
<p>Die Ukraine fordert dagegen Sicherheitsgarantien des Westens.</p>
</body></html>"""


def make_pdf() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.html"
        page.write_text(ARTICLE, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={HERE / 'friedenstruppen.pdf'}",
                        page.as_uri()], check=True, capture_output=True)


def make_docx() -> None:
    document = docx.Document()
    document.core_properties.title = "Selenskyj in London"
    document.core_properties.author = "Anna Schmidt"
    document.add_heading("Selenskyj in London", level=1)
    document.add_paragraph("Der ukrainische Präsident Wolodymyr Selenskyj fordert Sicherheitsgarantien für sein Land.")
    document.add_paragraph("Ohne sie werde es keinen dauerhaften Frieden geben, sagte er in London.")
    document.save(HERE / "selenskyj.docx")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
