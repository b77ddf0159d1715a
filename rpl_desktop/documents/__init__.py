"""Documents: reportlab builders, from the data classes of :mod:`.model` and a label table to PDF/A bytes.

No Qt and no database here. Entry points:

* :func:`.vedtak.build_vedtak` -- the decision letter (enkeltvedtak);
* :func:`.certificate.build_kompetansebevis`, :func:`.certificate.missing_eu_elements` -- the certificate;
* :func:`.swedish.build_swedish_outcome` -- certificate, intyg or kartläggningsutlåtande (branschvalidering);
* :func:`.competence_map.build_competence_map` -- coverage of several targets, for counsellors;
* :func:`.pdfa.metadata_sidecar` -- the JSON written beside a PDF for the Noark archive;
* :func:`.labels.load_labels` -- the words, in ``nb``, ``nn``, ``en`` or ``sv``.

The submodules are imported directly (``from rpl_desktop.documents.vedtak import build_vedtak``), so that
code needing only the data classes does not load reportlab.
"""
