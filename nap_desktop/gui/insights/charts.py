"""One chart and its table for each of the six figures (Qt Charts). Each builder returns a
:class:`Figure`: the chart, the same numbers as a table, and one sentence that says what
the chart shows (its accessible description). No builder sees a survivor's name: the
service returns counts and sums only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt

from nap_desktop.gui.insights import texts as t
from nap_desktop.gui.insights.table_model import Table
from nap_desktop.services import insights as ins

#: The services chart stacks the most used categories; the rest share one bar segment
#: (the table lists every category).
STACKED_CATEGORIES = 7


@dataclass
class Figure:
    chart: QChart
    table: Table
    description: str


def month_labels(months: Sequence[date]) -> list[str]:
    """Short month names for a table; the year on the first month and on each January."""
    return [t.month_name(mo, with_year=i == 0 or mo.month == 1) for i, mo in enumerate(months)]


def axis_labels(months: Sequence[date]) -> list[str]:
    """A chart's month labels: short enough to fit under a bar, and unique (a category
    axis merges equal labels), so with the year's two digits past twelve months."""
    if len(months) <= 12:
        return [t.month_name(mo, with_year=False) for mo in months]
    return [t.month_name(mo, with_year=False) + f" {mo.year % 100:02d}" for mo in months]


def _chart(series: QAbstractBarSeries, categories: list[str], *, horizontal: bool = False,
           money: bool = False, legend: bool = True) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocale(t.money_locale() if money else t.locale())
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(categories)
    if not horizontal and len(categories) > 6:  # twelve months under a narrow chart
        font = names.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        names.setLabelsFont(font)
    values = QValueAxis()
    values.setLabelFormat("$%.0f" if money else "%.0f")
    top = max((bar_set.at(i) for bar_set in series.barSets() for i in range(bar_set.count())),
              default=0.0)
    if isinstance(series, QStackedBarSeries):
        top = max((sum(s.at(i) for s in series.barSets()) for i in range(len(categories))),
                  default=0.0)
    values.setRange(0, max(top * 1.1, 1.0))
    if not money:
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(max(1, _nice_step(top)))
    if money:
        values.applyNiceNumbers()
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(names, category_side)
    chart.addAxis(values, value_side)
    series.attachAxis(names)
    series.attachAxis(values)
    chart.legend().setVisible(legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _nice_step(top: float) -> int:
    """A whole tick step giving about five ticks."""
    raw = max(top / 5, 1)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if step >= raw:
            return step
    return int(raw)


def _bar_set(name: str, values: Sequence[float]) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append(list(values))
    return bar_set


def services_figure(fig: ins.MonthlyFigures) -> Figure:
    """Delivered services per month, stacked by category."""
    shown, rest = list(fig.keys[:STACKED_CATEGORIES]), list(fig.keys[STACKED_CATEGORIES:])
    series = QStackedBarSeries()
    for key in shown:
        series.append(_bar_set(t.category_name(key), [fig.value(mo, key) for mo in fig.months]))
    if rest:
        series.append(_bar_set(t.tr("Other categories"),
                               [sum(fig.value(mo, k) for k in rest) for mo in fig.months]))
    labels = month_labels(fig.months)
    rows = [[t.category_name(key), t.number(fig.total(key)),
             *(t.number(fig.value(mo, key)) for mo in fig.months)] for key in fig.keys]
    table = Table([t.tr("Category"), t.tr("Total"), *labels], rows)
    total = sum(fig.total(k) for k in fig.keys)
    text = t.tr("Stacked bar chart of the services delivered each month, by category: "
                "%1 services in %2 categories.").replace("%1", t.number(total)).replace(
                    "%2", t.number(len(fig.keys)))
    if not total:
        text = t.tr("No service was recorded as delivered in this period.")
    chart = _chart(series, axis_labels(fig.months))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # eight names: a column
    return Figure(chart, table, text)


def clients_figure(fig: ins.MonthlyFigures) -> Figure:
    """New and continuing clients per month, side by side."""
    series = QBarSeries()
    for key in fig.keys:
        series.append(_bar_set(t.series_name(key), [fig.value(mo, key) for mo in fig.months]))
    labels = month_labels(fig.months)
    rows = [[label, t.number(fig.value(mo, ins.NEW)), t.number(fig.value(mo, ins.CONTINUING)),
             t.number(fig.value(mo, ins.NEW) + fig.value(mo, ins.CONTINUING))]
            for label, mo in zip(labels, fig.months, strict=True)]
    table = Table([t.tr("Month"), t.series_name(ins.NEW), t.series_name(ins.CONTINUING),
                   t.tr("Clients served")], rows)
    text = t.tr("Bar chart of new and continuing clients each month: %1 new clients in the "
                "period.").replace("%1", t.number(fig.total(ins.NEW)))
    return Figure(_chart(series, axis_labels(fig.months)), table, text)


def outcomes_figure(counts: ins.KeyedCounts) -> Figure:
    """Referrals that ended in the period, by outcome (horizontal bars)."""
    names = [t.outcome_name(key) for key, _n in counts.counts]
    series = QHorizontalBarSeries()
    series.append(_bar_set(t.tr("Referrals"), [n for _key, n in counts.counts]))
    rows = [[name, t.number(n), t.share(n, counts.total)]
            for name, (_key, n) in zip(names, counts.counts, strict=True)]
    rows.append([t.tr("All referrals that ended"), t.number(counts.total),
                 t.share(counts.total, counts.total)])
    table = Table([t.tr("Outcome"), t.tr("Referrals"), t.tr("Percent of all")], rows)
    text = t.tr("Horizontal bar chart of the referrals that ended in the period, by outcome: "
                "%1 referrals.").replace("%1", t.number(counts.total))
    return Figure(_chart(series, names, horizontal=True, legend=False), table, text)


def move_in_figure(days: ins.MoveInDays) -> Figure:
    """Placements by days from project start to move-in, with the median."""
    names = [t.bucket_name(key) for key, _n in days.buckets.counts]
    series = QBarSeries()
    series.append(_bar_set(t.tr("Placements"), [n for _key, n in days.buckets.counts]))
    rows = [[name, t.number(n)] for name, (_k, n) in zip(names, days.buckets.counts,
                                                           strict=True)]
    rows.append([t.tr("All placements that moved in"), t.number(days.placements)])
    rows.append([t.tr("Median (days)"), t.days(days.median)])
    table = Table([t.tr("Days to move-in"), t.tr("Placements")], rows)
    text = t.tr("Bar chart of the placements that moved in, by days from project start to "
                "move-in: %1 placements, median %2 days.").replace(
                    "%1", t.number(days.placements)).replace("%2", t.days(days.median))
    return Figure(_chart(series, names, legend=False), table, text)


def restitution_figure(fig: ins.MonthlyFigures) -> Figure:
    """Restitution ordered, collected and disbursed per month, in dollars."""
    series = QBarSeries()
    for key in fig.keys:
        series.append(_bar_set(t.series_name(key),
                               [fig.value(mo, key) / 100 for mo in fig.months]))
    labels = month_labels(fig.months)
    rows = [[label, *(t.money(fig.value(mo, key)) for key in fig.keys)]
            for label, mo in zip(labels, fig.months, strict=True)]
    rows.append([t.tr("Total"), *(t.money(fig.total(key)) for key in fig.keys)])
    table = Table([t.tr("Month"), *(t.series_name(key) for key in fig.keys)], rows)
    text = t.tr("Bar chart of restitution each month: %1 ordered, %2 collected, %3 "
                "disbursed in the period.").replace("%1", t.money(fig.total(ins.ORDERED))) \
        .replace("%2", t.money(fig.total(ins.COLLECTED))) \
        .replace("%3", t.money(fig.total(ins.DISBURSED)))
    return Figure(_chart(series, axis_labels(fig.months), money=True), table, text)


def caseload_figure(workers: Sequence[ins.WorkerCaseload]) -> Figure:
    """Open cases per worker now (horizontal bars; the most loaded at the top)."""
    names = [t.worker_name(w.display_name, w.user_id, w.active) for w in workers]
    series = QHorizontalBarSeries()
    # A horizontal chart draws its first category at the bottom: reversed, the most
    # loaded worker is at the top, as in the table.
    series.append(_bar_set(t.tr("Open cases"), [w.open_cases for w in reversed(workers)]))
    rows = [[name, t.number(w.open_cases)] for name, w in zip(names, workers, strict=True)]
    table = Table([t.tr("Worker"), t.tr("Open cases")], rows)
    text = t.tr("Horizontal bar chart of the open cases of each worker now: %1 open cases.") \
        .replace("%1", t.number(sum(w.open_cases for w in workers)))
    return Figure(_chart(series, list(reversed(names)), horizontal=True, legend=False),
                  table, text)
