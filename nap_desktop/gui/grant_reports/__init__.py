"""Reports ▸ Grant reports…: VOCA, TIMS, data quality and the HMIS CSV export, made in
the background with progress and Stop (supervisors). The figures and the files are the
services' (``ws.grant_reports``, ``ws.hmis``); this folder only asks and shows."""
