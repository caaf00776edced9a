"""Report benchmark: the referral summary beside the same content as a bare reportlab
document (Helvetica, plain tables, no redaction, no page furniture), and batches.

    .venv/bin/python bench/bench_reports.py [--runs 15] [--batch 1000] [--caseload 5000]

Prints a markdown table (for docs/benchmarks.md). Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.rules import format_cents
from nap_desktop.reports import (
    Audience,
    render_caseload_report,
    render_referral_summary,
)
from tests.reports import factories

AGENCY = "Harborview Survivor Services (demo)"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median CPU time of ``fn`` in ms (CPU, not wall-clock: steadier on a shared box)."""
    fn()  # fonts registered, caches warm
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def ours(case: CaseRecord) -> bytes:
    audience = Audience.for_partner(factories.PARTNER_ID, "Example County Task Force (demo)")
    return render_referral_summary(case, referral_id=factories.REFERRAL_ID, audience=audience,
                                   generated_by="Sofia Demo-Ramírez", agency_name=AGENCY,
                                   include_notes=True, now=factories.NOW).pdf


def _table(rows: list[list[Any]], header: bool = True) -> Table:
    table = Table(rows, repeatRows=1 if header else 0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "#999999"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _pairs(pairs: list[tuple[str, str]]) -> Table:
    """Two label/value pairs per row, like the summary's detail blocks."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i:i + 2]:
            row += [label, _wrap(value, 40)]
        rows.append(row + [""] * (4 - len(row)))
    return _table(rows, header=False)


def _wrap(text: str, limit: int) -> Any:
    """Plain string when short; a Paragraph when it must wrap (as any real report must)."""
    return text if len(text) <= limit else Paragraph(text, SMALL)


SMALL = getSampleStyleSheet()["BodyText"].clone("small", fontSize=8, leading=10)


def bare(case: CaseRecord) -> bytes:
    """The same facts in plain reportlab: Helvetica, default page template, no redaction,
    no header/footer, grid tables; agency and user names resolved the same way."""
    h = getSampleStyleSheet()["Heading2"]
    c, p, ref = case.client, case.client.personal, case.referrals[0]
    agency = {k: a.name for k, a in case.agencies.items()}
    user = {k: u.display_name for k, u in case.users.items()}
    story: list[Any] = [
        Paragraph("Referral summary", getSampleStyleSheet()["Title"]),
        _pairs([("Case number", c.case_number), ("Generated", str(factories.NOW)),
                ("Referral ID", ref.id), ("Prepared by", "Sofia Demo-Ramirez"),
                ("Audience", "Example County Task Force (demo)")]),
        Paragraph("1 Referral", h),
        _pairs([("From", agency[ref.from_agency_id]), ("To", agency[ref.to_agency_id]),
                ("Direction", ref.direction.value), ("Urgency", ref.urgency.value),
                ("Referred by", ref.referring_person),
                ("Their case no.", ref.external_case_number),
                ("Status", ref.status.value), ("Created", str(ref.created_at)),
                ("Services", ", ".join(sorted(ref.services))), ("Safety", ref.safety_notes)]),
        _table([["Date", "Change", "By", "Reason"]] + [
            [str(x.at), f"{x.from_status} -> {x.to_status}", user.get(x.by_user_id or "", ""),
             _wrap(x.reason_text, 30)] for x in ref.history]),
        Paragraph("2 Client", h),
        _pairs([("Case number", c.case_number), ("Trafficking", c.trafficking_type.value),
                ("Legal name", p.legal_name), ("Preferred name", p.preferred_name),
                ("Date of birth", str(p.date_of_birth)), ("Minor", str(p.is_minor)),
                ("Languages", ", ".join(p.languages)), ("Interpreter", str(p.interpreter_needed)),
                ("Contact", p.contact_info), ("Safe contact", p.safe_contact_instructions),
                ("Location", p.location), ("CP", p.continued_presence.value),
                ("T visa", p.t_visa.value), ("HHS", p.hhs_letter.value)]),
        Paragraph("3 Releases", h),
        _table([["Recipient", "Categories", "Purpose", "Signed", "Expires"]] + [
            [agency[r.recipient_agency_id], _wrap(", ".join(sorted(r.categories)), 30),
             _wrap(r.purpose, 30), str(r.signed_on), str(r.expires_on)]
            for r in case.releases]),
        Paragraph("4 Housing", h),
        _table([["Program", "Provider", "Start", "Move-in", "Exit", "Destination", "Assist."]] + [
            [pl.program_type.value, _wrap(pl.provider, 20), str(pl.start_date),
             str(pl.move_in_date), str(pl.exit_date), str(pl.exit_destination),
             format_cents(pl.assistance_total_cents)] for pl in case.placements] + [
            ["Total", "", "", "", "", "",
             format_cents(sum(pl.assistance_total_cents for pl in case.placements))]]),
        _pairs([(pl.provider, pl.safety_notes) for pl in case.placements if pl.safety_notes]),
    ]
    for m in case.restitution:
        t = m.totals
        story += [Paragraph("5 Restitution", h),
                  _pairs([("Court", m.court), ("Docket", m.docket_number),
                          ("Defendant", m.defendant), ("Statute", m.statute)]),
                  _table([["Losses", "Ordered", "Collected", "Disbursed", "Balance"],
                          [format_cents(v) for v in (t.losses_claimed_cents, t.ordered_cents,
                                                     t.collected_cents, t.disbursed_cents,
                                                     t.balance_cents)]]),
                  _table([["Step", "Status", "Due", "Done", "Note"]] + [
                      [s.kind.value, s.status.value, str(s.due_on), str(s.completed_on),
                       _wrap(s.note, 30)] for s in m.steps])]
    story += [Paragraph("6 Notes", h),
              _table([["Date", "Author", "Note"]] + [
                  [str(n.created_at), user.get(n.author_user_id or "", ""), _wrap(n.body, 60)]
                  for n in case.notes]),
              Paragraph("7 Signatures", h), Spacer(1, 24),
              _table([["Caseworker", "Supervisor", "Survivor"], ["", "", ""],
                      ["Signature and date"] * 3, ["", "", ""], ["Printed name"] * 3])]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=letter).build(story)
    return buf.getvalue()


def batch_seconds(case: CaseRecord, count: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds for ``count`` summaries, one after another."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        ours(case)
    return time.perf_counter() - wall, time.process_time() - cpu


def caseload_seconds(rows: int) -> tuple[float, int]:
    data = factories.caseload_rows(rows)
    start = time.perf_counter()
    result = render_caseload_report(data, title_filter="", generated_by="bench",
                                    agency_name=AGENCY, now=factories.NOW)
    return time.perf_counter() - start, result.pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--caseload", type=int, default=5000)
    args = parser.parse_args()
    case = factories.large_case()
    ours_ms, bare_ms = median_ms(lambda: ours(case), args.runs), median_ms(
        lambda: bare(case), args.runs)
    batch, batch_cpu = batch_seconds(case, args.batch)
    caseload, caseload_pages = caseload_seconds(args.caseload)
    print("Large case: 10 placements, 10 restitution steps, 20 history entries, 3 notes; "
          f"median CPU time of {args.runs} runs.\n")
    print("| what | time |")
    print("|---|---|")
    print(f"| referral summary (DejaVu, redaction, page furniture) | {ours_ms:.1f} ms |")
    print(f"| same content, bare reportlab (Helvetica, plain tables) | {bare_ms:.1f} ms |")
    print(f"| ratio (target <= 2x) | {ours_ms / bare_ms:.2f}x |")
    print(f"| {args.batch:,} summaries in a batch | {batch:.1f} s wall, {batch_cpu:.1f} s CPU "
          f"({batch_cpu / args.batch * 1000:.1f} ms CPU each) |")
    print(f"| caseload report, {args.caseload:,} rows ({caseload_pages} pages) "
          f"| {caseload:.2f} s |")


if __name__ == "__main__":
    main()
