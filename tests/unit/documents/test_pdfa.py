"""PDF/A-2b parts of every document: embedded fonts, XMP metadata, output intent; and the sidecar."""

from __future__ import annotations

import hashlib
import json
import re
import xml.dom.minidom
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from rpl_desktop.documents.certificate import build_kompetansebevis
from rpl_desktop.documents.labels import load_labels
from rpl_desktop.documents.model import Language, Party
from rpl_desktop.documents.pdfa import PRODUCER, metadata_sidecar
from rpl_desktop.documents.samples import SYNTHETIC_FNR, sample_certificate, sample_issuer, sample_vedtak
from rpl_desktop.documents.vedtak import build_vedtak, vedtak_metadata
from tests.unit.documents.built_docs import CREATED, all_documents, certificate_pdf, vedtak_pdf
from tests.unit.documents.pdf_reading import BASE_14, catalog, fonts, info, reader, resolve, trailer

DOCUMENTS = all_documents()


def _xmp(pdf: bytes) -> str:
    stream = catalog(pdf)["/Metadata"].get_object()
    assert stream.get("/Filter") is None, "the XMP stream must be readable without filters"
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    text: str = stream.get_data().decode("utf-8")
    xml.dom.minidom.parseString(text)  # well-formed (raises otherwise)
    return text


@pytest.mark.parametrize(("name", "pdf"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_fonts_are_embedded_truetype_and_never_base_14(name: str, pdf: bytes) -> None:
    seen = 0
    for font in fonts(pdf):
        base = str(font.get("/BaseFont", "")).lstrip("/")
        assert base.split("+")[-1] not in BASE_14, f"{name} uses the base-14 font {base}"
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/Type0":
            continue
        assert descriptor is not None, f"{name}: {base} has no font descriptor"
        assert "/FontFile2" in descriptor.get_object(), f"{name}: {base} is not embedded"
        assert re.fullmatch(r"[A-Z]{6}\+DejaVu.*", base), base
        seen += 1
    assert seen >= 2


@pytest.mark.parametrize(("name", "pdf"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_pdfa_identification_output_intent_and_no_encryption(name: str, pdf: bytes) -> None:
    xmp = _xmp(pdf)
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    intents = catalog(pdf)["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    icc = profile.get_data()
    assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB "
    assert not reader(pdf).is_encrypted
    assert "/ID" in trailer(pdf) and len(trailer(pdf)["/ID"]) == 2
    assert pdf.startswith(b"%PDF-1.")
    assert all(b > 127 for b in pdf.split(b"\n")[1][1:5])  # the binary comment after the header


def test_xmp_carries_title_dates_and_our_fields_equal_to_the_info_dictionary() -> None:
    pdf = vedtak_pdf(Language.NN)
    xmp = _xmp(pdf)
    meta = info(pdf)
    title = load_labels("nn")["vedtak.title.praksiskandidat_approval"] + " – Helsearbeiderfaget"
    assert meta.title == title
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp
    assert meta.author == "Vestfjell fylkeskommune"
    assert "<dc:creator><rdf:Seq><rdf:li>Vestfjell fylkeskommune</rdf:li></rdf:Seq></dc:creator>" in xmp
    assert meta["/CreationDate"] == "D:20240902103000+00'00'"
    assert "<xmp:CreateDate>2024-09-02T10:30:00+00:00</xmp:CreateDate>" in xmp
    assert meta["/Producer"] == PRODUCER and f"<pdf:Producer>{PRODUCER}</pdf:Producer>" in xmp
    assert f"<xmp:CreatorTool>{meta['/Creator']}</xmp:CreatorTool>" in xmp
    assert f"<pdf:Keywords>{meta['/Keywords']}</pdf:Keywords>" in xmp
    assert f'<rdf:li xml:lang="x-default">{meta["/Subject"]}</rdf:li>' in xmp
    assert "<rpldoc:CaseNumber>24/01234-3</rpldoc:CaseNumber>" in xmp
    assert "<rpldoc:DocumentDate>2024-09-02</rpldoc:DocumentDate>" in xmp
    assert "<rpldoc:PartyName>Áŋŋá Máret Gaup</rpldoc:PartyName>" in xmp
    assert "<pdfaSchema:prefix>rpldoc</pdfaSchema:prefix>" in xmp  # custom fields are declared
    assert catalog(pdf)["/Lang"] == "nn-NO"


def test_metadata_never_holds_the_national_id() -> None:
    for pdf in (vedtak_pdf(Language.NB), certificate_pdf(Language.NB)):
        assert SYNTHETIC_FNR not in _xmp(pdf)
        assert all(SYNTHETIC_FNR not in str(v) for v in info(pdf).values())


def test_markup_in_metadata_is_escaped() -> None:
    data = sample_vedtak(party=Party("<b>&amp;\"'", "Ø"))
    xmp = _xmp(build_vedtak(data, sample_issuer(), created=CREATED))
    assert "<rpldoc:PartyName>&lt;b&gt;&amp;amp;&quot;'" in xmp


def test_same_input_and_time_give_the_same_bytes() -> None:
    first = build_vedtak(sample_vedtak(), sample_issuer(), created=CREATED)
    again = build_vedtak(sample_vedtak(), sample_issuer(), created=CREATED)
    later = build_vedtak(sample_vedtak(), sample_issuer(), created=CREATED + timedelta(seconds=1))
    assert first == again
    assert first != later
    assert trailer(first)["/ID"][0] != trailer(later)["/ID"][0]


def test_local_time_zone_is_kept() -> None:
    oslo = datetime(2024, 12, 1, 9, 15, tzinfo=timezone(timedelta(hours=1)))
    pdf = build_vedtak(sample_vedtak(), sample_issuer(), created=oslo)
    assert info(pdf)["/CreationDate"] == "D:20241201091500+01'00'"
    assert "<xmp:CreateDate>2024-12-01T09:15:00+01:00</xmp:CreateDate>" in _xmp(pdf)


def test_sidecar_for_noark_import() -> None:
    pdf = build_vedtak(sample_vedtak(), sample_issuer(), created=CREATED)
    meta = vedtak_metadata(sample_vedtak(), sample_issuer(), created=CREATED)
    sidecar = metadata_sidecar(meta, pdf, filename="vedtak.pdf")
    json.dumps(sidecar)  # serialisable as it is
    assert sidecar["saksnr"] == "24/01234-3"
    assert sidecar["dokumentdato"] == "2024-09-02"
    assert sidecar["tittel"] == "Vedtak om godkjenning av praksis som praksiskandidat – Helsearbeiderfaget"
    assert sidecar["part"] == "Áŋŋá Máret Gaup"
    assert sidecar["dokumenttype"] == "vedtak"
    assert sidecar["sprak"] == "nb"
    assert sidecar["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert SYNTHETIC_FNR not in json.dumps(sidecar, ensure_ascii=False)
    assert (
        f"uuid:{meta.document_id()}" in _xmp(pdf) and sidecar["dokument_id"] == f"uuid:{meta.document_id()}"
    )


def test_logo_is_drawn_opaque(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (120, 60), (20, 80, 160, 128)).save(logo)
    issuer = replace(sample_issuer(), logo_path=logo)
    for pdf in (
        build_vedtak(sample_vedtak(), issuer, created=CREATED),
        build_kompetansebevis(sample_certificate(), issuer, created=CREATED),
    ):
        images = [img for page in reader(pdf).pages for img in page.images]
        assert len(images) == 1
        assert images[0].indirect_reference is not None
        xobject = resolve(images[0].indirect_reference)
        assert "/SMask" not in xobject and xobject["/ColorSpace"] == "/DeviceRGB"


def test_unreadable_logo_is_skipped(tmp_path: Path) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    pdf = build_vedtak(sample_vedtak(), replace(sample_issuer(), logo_path=broken), created=CREATED)
    assert not [img for page in reader(pdf).pages for img in page.images]
