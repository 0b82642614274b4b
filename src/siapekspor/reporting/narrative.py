"""The monthly report's paragraph, written from its figures.

Every sentence is an English msgid translated in the reporting catalogue (six languages) with
named numbers, months and regency names put in: no machine translation. `paragraph(data)`
gives the sentences in the current language; `html=True` wraps names and signed numbers in
<bdi> so that they keep their own direction inside Arabic text (the PDF), plain text otherwise
(the xlsx).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from django.utils.formats import date_format, number_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from siapekspor.core import dates, i18n

MOVERS = 3  # regencies named for the largest increases and decreases
DATED = 120  # up to ten years ahead the pace names the month; beyond it, years
CENTURY = 1200


def _count(n: float) -> str:
    return number_format(round(n), decimal_pos=0, force_grouping=True)


def _pct(value: float | None) -> str:
    # number_format cuts digits off; round first (0.096 → 0.1, as the tables show it).
    return "—" if value is None else number_format(round(value, 1), decimal_pos=1)


def signed(n: float, decimals: int = 0) -> str:
    """+3, −2 (a minus sign, not a hyphen), 0."""
    text = number_format(round(abs(n), decimals), decimal_pos=decimals, force_grouping=True)
    if round(n, decimals) > 0:
        return f"+{text}"
    if round(n, decimals) < 0:
        return f"\u2212{text}"
    return text


def month_name(day: dt.date | str) -> str:
    """November 2026, November 2026, 2026年11月, نوفمبر 2026 … (the language's month format)."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return date_format(day, "YEAR_MONTH_FORMAT")


class _Writer:
    def __init__(self, html: bool):
        self.html = html

    def isolate(self, text: str) -> str:
        """A name in its own direction inside the sentence."""
        return format_html("<bdi>{}</bdi>", text) if self.html else text

    def number(self, text: str) -> str:
        """A signed number, always left to right (+2, not 2+, in Arabic)."""
        return format_html('<bdi dir="ltr">{}</bdi>', text) if self.html else text

    def say(self, template: str, **values: Any) -> str:
        if not self.html:
            return template % values
        escaped = {k: conditional_escape(v) for k, v in values.items()}
        # The template and every value are escaped: the result is safe HTML.
        return mark_safe(conditional_escape(template) % escaped)  # noqa: S308  # nosec B308 B703


def _status(m: dict, data: dict, w: _Writer) -> list[str]:
    end = dt.date.fromisoformat(m["end"])
    values = {
        "n": _count(m["exporting"]),
        "direct": _count(m["direct"]),
        "indirect": _count(m["indirect"]),
    }
    if m["is_current"] and not dates.is_month_end(end):
        first = w.say(
            _(
                "On %(day)s, exporting enterprises numbered %(n)s: %(direct)s direct and "
                "%(indirect)s indirect."
            ),
            day=date_format(end, "DATE_FORMAT"),
            **values,
        )
    else:
        first = w.say(
            _(
                "At the end of %(month)s, exporting enterprises numbered %(n)s: %(direct)s "
                "direct and %(indirect)s indirect."
            ),
            month=month_name(m["month"]),
            **values,
        )
    target = m["target"]
    if target and m["exporting"] >= target:
        second = w.say(_("The target of %(target)s has been reached."), target=_count(target))
    elif data["filtered"]:
        second = w.say(
            _(
                "This is %(progress)s %% of the target for this selection (%(target)s, "
                "%(share)s %% of its registered enterprises); the gap is %(gap)s."
            ),
            progress=_pct(m["progress_pct"]),
            target=_count(target),
            share=_pct(100 * data["target_share"]),
            gap=_count(target - m["exporting"]),
        )
    else:
        second = w.say(
            _(
                "This is %(progress)s %% of the target of %(target)s, which is %(share)s %% of "
                "the %(baseline)s enterprises of the baseline; the gap is %(gap)s."
            ),
            progress=_pct(m["progress_pct"]),
            target=_count(target),
            share=_pct(100 * data["target_share"]),
            baseline=_count(data["baseline"]),
            gap=_count(target - m["exporting"]),
        )
    return [first, second]


def _change(m: dict, w: _Writer) -> list[str]:
    out = []
    previous = m["previous"]
    if previous:
        delta = m["exporting"] - previous["exporting"]
        month = month_name(previous["month"])
        if delta > 0:
            text = _("Since the end of %(previous)s the number has risen by %(n)s.")
        elif delta < 0:
            text = _("Since the end of %(previous)s the number has fallen by %(n)s.")
        else:
            text = _("Since the end of %(previous)s the number has not changed.")
        out.append(w.say(text, previous=month, n=_count(abs(delta))))
    if m["year_ago"]:
        out.append(
            w.say(
                _("A year earlier, at the end of %(month)s, it was %(n)s."),
                month=month_name(m["year_ago"]["month"]),
                n=_count(m["year_ago"]["exporting"]),
            )
        )
    out.append(
        w.say(
            _("First exports in %(month)s: %(n)s; in the last 12 months: %(n12)s."),
            month=month_name(m["month"]),
            n=_count(m["new_exporters"]),
            n12=_count(m["new_12m"]),
        )
    )
    return out


def _movers(m: dict, data: dict, w: _Writer) -> list[str]:
    if not m["previous"] or data["filters"]["regency"]:  # one regency: nothing to compare
        return []
    moved = [r for r in m["regencies"] if r["change"]]
    if not moved:
        return [w.say(_("No regency or city changed its number of exporting enterprises."))]
    separator = i18n.list_separator()

    def listed(rows: list[dict]) -> str:
        items = [
            w.say(
                pgettext("regency and its change", "%(name)s (%(change)s)"),
                name=w.isolate(str(r["name"])),
                change=w.number(signed(r["change"])),
            )
            for r in rows
        ]
        joined = conditional_escape(separator).join(items) if w.html else separator.join(items)
        # Each item is escaped (say) and so is the separator.
        return mark_safe(joined) if w.html else joined  # noqa: S308  # nosec B308 B703

    out = []
    rising = sorted((r for r in moved if r["change"] > 0), key=lambda r: -r["change"])[:MOVERS]
    falling = sorted((r for r in moved if r["change"] < 0), key=lambda r: r["change"])[:MOVERS]
    if rising:
        out.append(w.say(_("The largest increases were in %(list)s."), list=listed(rising)))
    if falling:
        out.append(w.say(_("The largest decreases were in %(list)s."), list=listed(falling)))
    return out


def _pace(m: dict, w: _Writer) -> list[str]:
    pace = m["pace"]
    if m["target"] and m["exporting"] >= m["target"]:
        return []
    if pace["months_observed"] < 2:
        return [_("Too few months of data to measure a pace.")]
    out = [
        w.say(
            _(
                "Over the last %(n)s months the number of exporting enterprises changed by "
                "%(mean)s a month on average."
            ),
            n=_count(pace["months_observed"]),
            mean=w.number(signed(pace["monthly_mean"], 1)),
        )
    ]
    months = pace["months_to_target"]
    if months is None:
        out.append(_("At this pace the target is never reached: the number is not growing."))
    elif months > CENTURY:
        out.append(_("At this pace the target is not reached within a hundred years."))
    elif months > DATED:
        out.append(
            w.say(
                _("At this pace the target is reached in about %(years)s years."),
                years=_count(months / 12),
            )
        )
    else:
        end = dt.date.fromisoformat(m["end"])
        out.append(
            w.say(
                _(
                    "At this pace the target is reached in about %(months)s months, around %(when)s."
                ),
                months=_count(months),
                when=month_name(dates.add_months(end, math.ceil(months))),
            )
        )
    return out


def _support(m: dict, data: dict, w: _Writer) -> list[str]:
    """What the office's help achieved: certificates granted with its assistance and capacity
    or quality improvement plans completed, so far (as of the snapshot) and in the month."""
    totals = data["totals"]
    assisted, improved = totals.get("assisted", 0), totals.get("improved", 0)
    if not assisted and not improved:
        return []
    out = [
        w.say(
            _(
                "With the office's help, %(assisted)s enterprises obtained a certificate and "
                "%(improved)s completed a capacity or quality improvement plan."
            ),
            assisted=_count(assisted),
            improved=_count(improved),
        )
    ]
    if m.get("assisted") or m.get("improved"):
        out.append(
            w.say(
                _(
                    "In %(month)s, %(assisted)s enterprises obtained their first certificate "
                    "with the office's help and %(improved)s completed their first improvement "
                    "plan."
                ),
                month=month_name(m["month"]),
                assisted=_count(m.get("assisted", 0)),
                improved=_count(m.get("improved", 0)),
            )
        )
    return out


def _partners_and_leads(data: dict, w: _Writer) -> list[str]:
    """What the partners' referrals and the forum's leads achieved (as of the snapshot):
    enterprises financed, coached by LPEI, exporting through a forum lead."""
    totals = data["totals"]
    financed, coached = totals.get("financed", 0), totals.get("coached", 0)
    lead = totals.get("lead_exported", 0)
    if not financed and not coached and not lead:
        return []
    return [
        w.say(
            _(
                "Through partner referrals, %(financed)s enterprises were financed and "
                "%(coached)s coached by LPEI; %(lead)s exported through a forum lead."
            ),
            financed=_count(financed),
            coached=_count(coached),
            lead=_count(lead),
        )
    ]


def paragraph(data: dict, *, html: bool = False) -> list[str]:
    """The sentences of the monthly report's paragraph for `data` (from
    `selectors.monthly_data`), in the current language."""
    m = data["month"]
    w = _Writer(html)
    parts: list[Callable[[], list[str]]] = [
        lambda: _status(m, data, w),
        lambda: _change(m, w),
        lambda: _movers(m, data, w),
        lambda: _pace(m, w),
        lambda: _support(m, data, w),
        lambda: _partners_and_leads(data, w),
    ]
    return [sentence for part in parts for sentence in part()]
