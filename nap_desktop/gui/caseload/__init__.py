"""The caseload: the dashboard, the big case list (paged from SQL), its filters and report."""
