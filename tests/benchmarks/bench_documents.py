"""Benchmark: one vedtak, and 1 000 kompetansebevis in a batch, next to reportlab alone.

Not part of the default test run (``tests/benchmarks`` is excluded in ``pyproject.toml``). Run it with

    python tests/benchmarks/bench_documents.py [COUNT]        # or: pytest tests/benchmarks -s

"reportlab alone" is a bare canvas that draws the same text runs at the same positions with the same
embedded fonts on the same number of pages, and saves (TrueType subsetting included): what any PDF
with this text costs, without our layout, tables, page furniture and PDF/A work. The runs are read
once from a built document (outside the timing); for the batch each copy gets its own name and
certificate number, as the real certificates do.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from rpl_desktop.documents.certificate import build_kompetansebevis
from rpl_desktop.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from rpl_desktop.documents.model import Language, Party
from rpl_desktop.documents.samples import sample_certificate, sample_issuer, sample_party, sample_vedtak
from rpl_desktop.documents.vedtak import build_vedtak

CREATED = datetime(2024, 9, 2, 10, 0, tzinfo=UTC)
FONT_FOR = {
    "DejaVuSans": SANS,
    "DejaVuSans-Bold": SANS_BOLD,
    "DejaVuSerif": SERIF,
    "DejaVuSerif-Bold": SERIF_BOLD,
}
GIVEN = ["Áŋŋá Máret", "Małgorzata", "Олена", "Ørjan", "Siv-Åse", "Ŧuomas", "Ivan", "Ǥeorg"]
FAMILY = ["Gaup", "Wójcik-Łęcka", "Шевченко", "Ødegård", "Kvæstad", "Đuođđa", "Pettersen", "Ŋuolla"]


@dataclass(frozen=True)
class TextRun:
    page: int
    x: float
    y: float
    font: str
    size: float
    text: str


def text_runs(pdf: bytes) -> tuple[int, list[TextRun]]:
    """The page count and every text run (position, font, size) of a built PDF."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    runs: list[TextRun] = []
    for number, page in enumerate(pages):

        def visit(
            text: str, cm: list[float], tm: list[float], font: object, size: float, number: int = number
        ) -> None:
            text = text.rstrip("\n")
            if not text.strip() or not isinstance(font, dict):
                return
            base = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append(TextRun(number, x, y, FONT_FOR.get(base, SANS), float(size), text))

        page.extract_text(visitor_text=visit)
    return len(pages), runs


def bare_canvas(page_count: int, runs: list[TextRun], swaps: dict[str, str]) -> bytes:
    """reportlab alone: the same text, fonts and pages on a bare canvas."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SANS)
    for page in range(page_count):
        for run in runs:
            if run.page != page:
                continue
            text = run.text
            for old, new in swaps.items():
                text = text.replace(old, new)
            canvas.setFont(run.font, run.size)
            canvas.drawString(run.x, run.y, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timed(
    action: Callable[[], object], repeat: int = 1, clock: Callable[[], float] = time.process_time
) -> float:
    """CPU seconds of this process (other load on a shared machine then counts less)."""
    start = clock()
    for _ in range(repeat):
        action()
    return clock() - start


def learner(index: int) -> Party:
    return sample_party((GIVEN[index % len(GIVEN)], f"{FAMILY[index * 7 % len(FAMILY)]} {index}"))


def bench_vedtak(repeat: int = 20) -> tuple[float, float, int]:
    data, issuer = sample_vedtak(), sample_issuer()
    pdf = build_vedtak(data, issuer, created=CREATED)  # warm-up (fonts parsed once per process)
    pages, runs = text_runs(pdf)
    bare_canvas(pages, runs, {})
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(repeat):  # interleaved, so a busy machine slows both sides alike
        ours.append(timed(lambda: build_vedtak(data, issuer, created=CREATED)))
        bare.append(timed(lambda: bare_canvas(pages, runs, {})))
    return statistics.median(ours), statistics.median(bare), pages


def bench_certificates(count: int = 1000) -> tuple[float, float, int, int, float]:
    """Build ``count`` different certificates; returns (ours, bare, pages, bytes, wall time of ours alone)."""
    template = sample_certificate()
    pages, runs = text_runs(build_kompetansebevis(template, created=CREATED))
    batch = [sample_certificate(learner=learner(i), number=f"VFK-2024-{i:06d}") for i in range(count)]
    name, number = template.learner.full_name, template.certificate_number
    swaps = [{name: data.learner.full_name, number: data.certificate_number} for data in batch]
    sizes: list[int] = []
    ours = bare = 0.0
    for start in range(0, count, 50):  # interleaved in blocks of 50, so both sides see the same machine
        block = range(start, min(start + 50, count))

        def build_ours(block: range = block) -> None:
            sizes.extend(len(build_kompetansebevis(batch[i], created=CREATED)) for i in block)

        def build_bare(block: range = block) -> None:
            for i in block:
                bare_canvas(pages, runs, swaps[i])

        ours += timed(build_ours)
        bare += timed(build_bare)
    wall = timed(
        lambda: [build_kompetansebevis(data, created=CREATED) for data in batch], clock=time.perf_counter
    )
    return ours, bare, pages, sum(sizes), wall


def main(count: int = 1000) -> None:
    register_fonts()
    ours, bare, pages = bench_vedtak()
    print(
        f"one vedtak ({pages} pages), median of 20:   ours {ours * 1000:7.1f} ms   "
        f"reportlab alone {bare * 1000:7.1f} ms   ratio {ours / bare:4.2f}x"
    )
    ours, bare, pages, size, wall = bench_certificates(count)
    print(
        f"{count} kompetansebevis ({pages} pages each): ours {ours:7.2f} s    reportlab alone {bare:7.2f} s"
        f"    ratio {ours / bare:4.2f}x   ({size / count / 1024:.0f} KiB each)"
    )
    print(f"{count} kompetansebevis in one batch, ours only, wall clock: {wall:.2f} s ({count / wall:.0f}/s)")
    print("(times are CPU seconds of this process unless marked wall clock)")
    print(f"languages: built in {Language.NB.value}; Python {sys.version.split()[0]}")


def test_benchmark() -> None:
    main()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
