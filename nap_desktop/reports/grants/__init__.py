"""Grant reports (VOCA, OVC TIMS, data quality): facts in, figures out, PDF and CSV.

``facts`` (what is read from the vault), ``voca``/``tims``/``quality`` (the counting,
pure), ``suppression`` and ``view`` (what a reader outside the agency may see),
``render`` (the bytes). The service that reads, audits and writes them is
``services/grant_reports.py``; the definitions are in docs/grant-reports.md.
"""
