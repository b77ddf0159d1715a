"""PDF/A-2b output and the metadata sidecar for a Noark archive import.

reportlab does not write PDF/A by itself. Instead of post-processing the bytes, the document canvas calls
:func:`apply_pdfa` just before it saves, which adds what ISO 19005-2 level B needs on top of what reportlab
already does right (embedded TrueType subsets with ``/FontFile2``, a trailer ``/ID``, a binary comment
after the header, no encryption):

* an uncompressed XMP metadata stream in the catalog with ``pdfaid:part=2``, ``pdfaid:conformance=B``,
  the Dublin Core title, creator, description and language, the XMP dates and creator tool, the PDF
  producer, keywords and trapped flag -- each equal to its entry in the document information dictionary --
  plus our own fields (case number, document date, party name, document type), declared in a PDF/A
  extension schema as the standard requires;
* an ``/OutputIntents`` array with a ``GTS_PDFA1`` output intent and the sRGB ICC profile from
  ``resources/icc`` (Zlib licence beside it), which makes the DeviceRGB and DeviceGray colours legal;
* a fixed creation time and a document ID derived from the document's identity, so the same input built
  with the same ``created`` time gives the same bytes (and the same SHA-256).

The builders use only RGB colours, no transparency, no annotations, actions or JavaScript, and draw logos
as opaque RGB images. No validator (veraPDF) runs in the tests; they check the parts listed above.
"""

from __future__ import annotations

import hashlib
import uuid
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from rpl_desktop import __version__
from rpl_desktop.documents.model import Language
from rpl_desktop.paths import resource_dir

CREATOR_TOOL = f"rpl-desktop {__version__}"
PRODUCER = f"rpl-desktop {__version__} with ReportLab {reportlab.Version}"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
RPL_NS = "http://rpl-desktop.invalid/ns/document/1.0/"
RPL_PREFIX = "rpldoc"

_LANG_TAGS = {Language.NB: "nb-NO", Language.NN: "nn-NO", Language.EN: "en", Language.SV: "sv-SE"}


@dataclass(frozen=True)
class DocumentMetadata:
    """What the archive needs to know about one document.

    ``party_name`` is the name only (never a national ID number). ``created`` must be timezone-aware; the
    builders default it to the current local time.
    """

    title: str
    author: str
    document_type: str
    language: Language
    created: datetime
    document_date: date | None = None
    case_number: str = ""
    party_name: str = ""
    subject: str = ""
    keywords: str = ""
    document_number: str = ""

    @property
    def language_tag(self) -> str:
        return _LANG_TAGS[self.language]

    def document_id(self) -> uuid.UUID:
        """A stable id for this document: the same identity and creation time give the same id."""
        key = "\x1f".join(
            (
                self.document_type,
                self.case_number,
                self.document_number,
                self.title,
                self.party_name,
                self.created.isoformat(),
            )
        )
        return uuid.uuid5(uuid.NAMESPACE_URL, RPL_NS + key)


def now_local() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _xmp_date(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def xmp_packet(meta: DocumentMetadata) -> bytes:
    """The XMP packet (UTF-8) for ``meta``."""
    created = _xmp_date(meta.created)
    doc_id = meta.document_id()
    date_text = meta.document_date.isoformat() if meta.document_date else ""
    own = {
        "CaseNumber": ("Text", "Case number (saksnummer) in the office's archive", meta.case_number),
        "DocumentDate": ("Text", "Date of the document (dokumentdato), ISO 8601", date_text),
        "PartyName": (
            "Text",
            "Name of the party the document concerns (never an ID number)",
            meta.party_name,
        ),
        "DocumentType": ("Text", "Kind of document (vedtak, kompetansebevis, ...)", meta.document_type),
        "DocumentNumber": ("Text", "Certificate or document number", meta.document_number),
    }
    properties = "".join(
        '<rdf:li rdf:parseType="Resource">'
        f"<pdfaProperty:name>{name}</pdfaProperty:name>"
        f"<pdfaProperty:valueType>{vtype}</pdfaProperty:valueType>"
        "<pdfaProperty:category>external</pdfaProperty:category>"
        f"<pdfaProperty:description>{_x(desc)}</pdfaProperty:description>"
        "</rdf:li>"
        for name, (vtype, desc, _value) in own.items()
    )
    own_values = "".join(
        f"<{RPL_PREFIX}:{name}>{_x(value)}</{RPL_PREFIX}:{name}>" for name, (_t, _d, value) in own.items()
    )
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_x(meta.title)}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq><rdf:li>{_x(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_x(meta.subject)}</rdf:li></rdf:Alt>'
        "</dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{meta.language_tag}</rdf:li></rdf:Bag></dc:language>"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"<xmp:CreateDate>{created}</xmp:CreateDate><xmp:ModifyDate>{created}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{created}</xmp:MetadataDate>"
        f"<xmp:CreatorTool>{_x(CREATOR_TOOL)}</xmp:CreatorTool>"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f"<pdf:Producer>{_x(PRODUCER)}</pdf:Producer><pdf:Keywords>{_x(meta.keywords)}</pdf:Keywords>"
        "<pdf:Trapped>False</pdf:Trapped>"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">'
        f"<xmpMM:DocumentID>uuid:{doc_id}</xmpMM:DocumentID>"
        f"<xmpMM:InstanceID>uuid:{doc_id}</xmpMM:InstanceID>"
        "</rdf:Description>\n"
        f'<rdf:Description rdf:about="" xmlns:{RPL_PREFIX}="{RPL_NS}">{own_values}</rdf:Description>\n'
        '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" '
        'xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" '
        'xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">'
        '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">'
        "<pdfaSchema:schema>rpl-desktop document metadata for archive import</pdfaSchema:schema>"
        f"<pdfaSchema:namespaceURI>{RPL_NS}</pdfaSchema:namespaceURI>"
        f"<pdfaSchema:prefix>{RPL_PREFIX}</pdfaSchema:prefix>"
        f"<pdfaSchema:property><rdf:Seq>{properties}</rdf:Seq></pdfaSchema:property>"
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        + (" " * 99 + "\n") * 20  # padding, so an editor can update the packet in place
        + '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


@lru_cache(maxsize=1)
def _icc_profile_compressed() -> bytes:
    return zlib.compress((resource_dir() / "icc" / "sRGB.icc").read_bytes(), 9)


class _TimeStamp:
    """What reportlab's PDFDate reads from a document's time stamp, for a chosen moment."""

    def __init__(self, moment: datetime) -> None:
        offset = moment.utcoffset()
        if offset is None:
            raise ValueError("the creation time must be timezone-aware")
        minutes = int(offset.total_seconds() // 60)
        sign = -1 if minutes < 0 else 1
        self.t = moment.timestamp()
        self.YMDhms = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
        self.lt = moment.timetuple()
        self.dhh = sign * (abs(minutes) // 60)
        self.dmm = abs(minutes) % 60
        self.tzname = moment.tzname() or "UTC"


def apply_pdfa(canvas: Any, meta: DocumentMetadata) -> None:
    """Make the document on ``canvas`` PDF/A-2b. Call it once, just before ``canvas.save()``."""
    doc = canvas._doc
    info = doc.info
    info.title = meta.title
    info.author = meta.author
    info.subject = meta.subject
    info.keywords = meta.keywords
    info.creator = CREATOR_TOOL
    info.producer = PRODUCER
    info.trapped = "False"
    doc._timeStamp = _TimeStamp(meta.created.replace(microsecond=0))
    # the trailer /ID is an MD5 of this signature: make it depend on the document, not the wall clock
    doc.signature = hashlib.md5(meta.document_id().bytes, usedforsecurity=False)

    catalog = doc.Catalog
    catalog.Lang = PDFString(meta.language_tag)
    metadata = PDFStream(
        dictionary=PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        content=xmp_packet(meta),
    )
    catalog.Metadata = metadata

    # stream content is written as given: the XMP packet raw (a reader must find it without filters),
    # the ICC profile pre-compressed once per process
    profile = PDFStream(
        dictionary=PDFDictionary({"N": 3, "Filter": PDFName("FlateDecode")}),
        content=_icc_profile_compressed(),
    )
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
            "Info": PDFString(OUTPUT_CONDITION),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": profile,
        }
    )
    catalog.OutputIntents = PDFArray([intent])
    # PDFCatalog writes only the keys it knows; teach this one instance about /OutputIntents.
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]


def metadata_sidecar(meta: DocumentMetadata, pdf: bytes, filename: str = "") -> dict[str, object]:
    """The JSON object written beside a PDF for import into the office's Noark archive system.

    ``part`` is the party's name only; no national ID number ever goes into the sidecar.
    """
    sidecar: dict[str, object] = {
        "saksnr": meta.case_number,
        "dokumentdato": meta.document_date.isoformat() if meta.document_date else None,
        "tittel": meta.title,
        "part": meta.party_name,
        "dokumenttype": meta.document_type,
        "dokumentnummer": meta.document_number or None,
        "sprak": meta.language.value,
        "avsender": meta.author,
        "opprettet": _xmp_date(meta.created),
        "dokument_id": f"uuid:{meta.document_id()}",
        "format": "PDF/A-2b",
        "mimetype": "application/pdf",
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "storrelse": len(pdf),
    }
    if filename:
        sidecar["filnavn"] = filename
    return sidecar
