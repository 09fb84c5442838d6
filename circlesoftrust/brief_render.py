"""Render a :class:`~circlesoftrust.brief.Brief` as self-contained HTML or as Markdown.

The HTML has its CSS inline and its revenue chart as inline SVG, so the one file opens
anywhere. The same markup feeds Qt's rich-text engine for the PDF and printing
(``for_qt=True``): that engine knows no inline SVG, so the chart becomes an ``<img>`` whose
picture :mod:`ui.transfer.brief_pdf` supplies, and the layout sticks to the tables and
the CSS subset Qt supports.

Every text the user typed goes through :func:`html.escape` (HTML) or :func:`md` (Markdown):
a note containing ``<script>`` is shown as text, never run.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable

from circlesoftrust import formats
from circlesoftrust.brief import Brief, QuarterRevenue
from circlesoftrust.i18n import N_, _, language
from circlesoftrust.plain_text import without_controls
from circlesoftrust.vocabulary import label

__all__ = ["CHART_URL", "md", "render_html", "render_markdown", "revenue_svg"]

CHART_URL = "cot-brief:revenue-chart"
CHART_WIDTH, CHART_HEIGHT = 300, 92
_GRID = '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
# Texts this module translates inside f-strings, marked here for the extractor (pybabel on
# Python 3.11 reads no calls inside an f-string; tests/unit/test_untranslated_scan.py).
_IN_F_STRINGS = (
    N_("no score"),
    N_("Meeting brief"),
    N_("No contacts: find the people who decide."),
    N_("overdue"),
    N_(", open for discussion"),
    N_(", about {what}"),
    N_("since {day}"),
    N_("{day} from {who}"),
    N_("brief of {day}"),
    N_("Meeting brief — {name}"),
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# At the start of a line these begin a heading, list, quote or numbered item ("06." of a
# German date too): the mark is escaped (a backslash before a digit is no escape).
_MD_LINE_START = re.compile(r"^(\s*)(\d*)([#>+\-]|(?<=\d)[.)])")


def e(text: object) -> str:
    """Escape for HTML text and attribute values."""
    return html.escape(without_controls(str(text)), quote=True)


def md(text: object) -> str:
    """Escape for Markdown: no raw HTML, no accidental emphasis, links or tables."""
    escaped = html.escape(without_controls(str(text)), quote=False)
    flat = _MD_SPECIAL.sub(r"\\\1", " ".join(escaped.split()))
    return _MD_LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3), flat)


def money(cents: int) -> str:
    return formats.money(cents, cents_shown=False)


def compact_money(cents: int) -> str:
    return formats.money_short(cents / 100)


def _colour(value: str) -> str:
    return value if _HEX.fullmatch(value) else "#64748b"


def _date(day: object) -> str:
    return formats.date(day) if isinstance(day, dt.date) else "—"


# ------------------------------------------------------------------------------ chart


def revenue_svg(points: tuple[QuarterRevenue, ...], colour: str) -> str:
    """A small bar chart of revenue per quarter (SVG, no script, no external files)."""
    fill = _colour(colour)
    top = max((p.cents for p in points), default=0)
    n = max(len(points), 1)
    left, bottom, label_h = 4, 16, 12
    slot = (CHART_WIDTH - left * 2) / n
    bar_w = slot * 0.62
    usable = CHART_HEIGHT - bottom - label_h
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" '
        f'viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" '
        f'aria-label="Revenue per quarter" font-family="Helvetica, Arial, sans-serif">',
        f'<line x1="{left}" y1="{CHART_HEIGHT - bottom}" x2="{CHART_WIDTH - left}" '
        f'y2="{CHART_HEIGHT - bottom}" stroke="#cbd5e1" stroke-width="1"/>',
    ]
    for i, point in enumerate(points):
        height = 0.0 if top == 0 else usable * point.cents / top
        x = left + i * slot + (slot - bar_w) / 2
        y = CHART_HEIGHT - bottom - height
        if point.cents:
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{height:.1f}" '
                f'fill="{fill}" rx="1.5"><title>{e(point.label)}: {money(point.cents)}</title>'
                "</rect>"
            )
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 2:.1f}" font-size="7.5" '
                f'text-anchor="middle" fill="#334155">{compact_money(point.cents)}</text>'
            )
        year, quarter = point.label.split(" ") if " " in point.label else ("", point.label)
        label = f"{quarter} {year[-2:]}" if quarter == "Q1" or i == 0 else quarter
        parts.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{CHART_HEIGHT - 4}" font-size="7.5" '
            f'text-anchor="middle" fill="#64748b">{e(label)}</text>'
        )
    if top == 0:
        none = e(_("no revenue in the last two years"))
        parts.append(
            f'<text x="{CHART_WIDTH / 2}" y="{CHART_HEIGHT / 2}" font-size="9" '
            f'text-anchor="middle" fill="#94a3b8">{none}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


# ------------------------------------------------------------------------------- HTML

_CSS = """
body { font-family: Helvetica, Arial, sans-serif; font-size: 8.5pt; color: #0f172a;
       margin: 0; }
.page { max-width: 190mm; margin: 0 auto; }
td.date { white-space: nowrap; }
h1, .h1 { font-size: 16pt; margin: 0; font-weight: bold; }
h2, .h2 { font-size: 9.5pt; margin: 7pt 0 2pt 0; color: #334155; font-weight: bold;
     border-bottom: 1px solid #e2e8f0; }
.kicker { font-size: 7.5pt; color: #64748b; text-transform: uppercase; }
.meta { color: #475569; font-size: 8pt; }
.ring { color: #ffffff; font-weight: bold; padding: 2pt 6pt; font-size: 8.5pt; }
.score { font-size: 22pt; font-weight: bold; }
.of { font-size: 9pt; color: #64748b; font-weight: normal; }
.why { color: #334155; margin: 3pt 0 0 0; }
.muted { color: #64748b; }
.warn { color: #b91c1c; font-weight: bold; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid td, table.grid th { text-align: left; vertical-align: top; font-size: 8pt; }
table.grid th { color: #64748b; font-weight: normal; font-size: 7.5pt; }
ul { margin: 0 0 0 0; padding-left: 12pt; -qt-list-indent: 1; }
li { margin: 0 0 1.5pt 0; }
td.col { vertical-align: top; }
.small, table.grid td.small { font-size: 7.5pt; }
.foot { color: #94a3b8; font-size: 7pt; margin-top: 6pt; }
"""


_PT = re.compile(r"(\d+(?:\.\d+)?)pt")


def _css(scale: float) -> str:
    """The style sheet with every point size multiplied by ``scale`` (fit to one page)."""
    if scale == 1.0:
        return _CSS
    return _PT.sub(lambda m: f"{float(m.group(1)) * scale:.2f}pt", _CSS)


def _list(items: Iterable[str], empty: str) -> str:
    rows = [f"<li>{item}</li>" for item in items]
    return f"<ul>{''.join(rows)}</ul>" if rows else f'<p class="muted">{e(empty)}</p>'


def _header(brief: Brief) -> str:
    meta = [x for x in (brief.industry, brief.website) if x]
    if brief.journey_phase:
        meta.append(_("phase: {phase}").format(phase=label(brief.journey_phase)))
    if brief.tags:
        meta.append(_("tags: {tags}").format(tags=", ".join(brief.tags)))
    flags = []
    if brief.pinned:
        flags.append(_("ring pinned by hand"))
    if brief.needs_review:
        flags.append(_("needs review"))
    score = (
        f'<div class="score">{brief.score}<span class="of"> / 100</span></div>'
        if brief.score is not None
        else f'<div class="muted">{e(_("no score"))}</div>'
    )
    colour = _colour(brief.ring_colour)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        '<td class="col">'
        f'<div class="kicker">{e(_("Meeting brief"))} · {e(formats.date(brief.on))}</div>'
        f"<h1>{e(brief.name)}</h1>"
        f'<div class="meta">{e(" · ".join(meta))}</div>'
        + (f'<div class="warn">{e(", ".join(flags))}</div>' if flags else "")
        + '</td><td class="col" align="right">'
        f'<span class="ring" style="background-color: {colour}">'
        f"&nbsp;{e(brief.ring_name)}&nbsp;</span>{score}"
        "</td></tr></table>"
        + (f'<p class="why">{e(brief.score_summary)}</p>' if brief.score_summary else "")
    )


def _buying_group(brief: Brief) -> str:
    if not brief.buying_group:
        return f'<p class="warn">{e(_("No contacts: find the people who decide."))}</p>'
    rows = [
        f'<tr><th width="27%">{e(_("Name"))}</th><th width="22%">{e(_("Role"))}</th>'
        f'<th width="35%">{e(_("Contact"))}</th><th width="16%">{e(_("Last touch"))}</th></tr>',
    ]
    for c in brief.buying_group:
        role = c.role + (f" · {c.title}" if c.title else "")
        stage = f'<br><span class="muted small">{e(c.stage)}</span>' if c.stage else ""
        reach = "<br>".join(e(x) for x in (c.email, c.phone) if x)
        rows.append(
            f"<tr><td><b>{e(c.name)}</b>{stage}</td><td>{e(role)}</td>"
            f'<td class="small">{reach}</td>'
            f'<td class="date">{e(_date(c.last_touch)) if c.last_touch else "—"}</td></tr>'
        )
    more = (
        f'<p class="muted small">{e(_("+ {n} more contacts").format(n=brief.more_contacts))}</p>'
        if brief.more_contacts
        else ""
    )
    warn = f'<p class="warn small">{e(_risk(brief))}</p>' if _risk(brief) else ""
    return f"{_GRID}{''.join(rows)}</table>{more}{warn}"


def _timeline(brief: Brief) -> str:
    if not brief.timeline:
        return f'<p class="muted">{e(_("Nothing recorded yet."))}</p>'
    rows = []
    for ev in brief.timeline:
        detail = (
            f'<br><span class="muted small">{e(_clip(ev.detail, 140))}</span>' if ev.detail else ""
        )
        rows.append(
            f'<tr><td class="small date" width="58">{e(formats.date(ev.on))}</td>'
            f"<td>{e(ev.title)}{detail}</td></tr>"
        )
    return f"{_GRID}{''.join(rows)}</table>"


def _score_lines(brief: Brief) -> str:
    if not brief.score_lines:
        return ""
    rows = []
    for line in brief.score_lines:
        points = round(line.points)
        pts = f"{points:+d}" if points < 0 else f"{points:d}"
        if line.max_points:
            pts += f"/{line.max_points:.0f}"
        rows.append(
            f"<tr><td><b>{e(line.name)}</b></td><td>{e(pts)}</td>"
            f'<td class="small">{e(_clip(line.explanation, 170))}</td></tr>'
        )
    return f"<h2>{e(_('Why this score'))}</h2>{_GRID}{''.join(rows)}</table>"


def _revenue(brief: Brief, for_qt: bool) -> str:
    chart = (
        f'<img src="{CHART_URL}" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" alt="">'
        if for_qt
        else revenue_svg(brief.revenue, brief.ring_colour)
    )
    renewal = (
        " · " + _("renewal {day}").format(day=formats.date(brief.renewal_on))
        if brief.renewal_on
        else ""
    )
    last = _("Last 12 months {money}").format(money=f"<b>{money(brief.revenue_12m_cents)}</b>")
    return (
        f"<h2>{e(_('Revenue'))}</h2><div>{chart}</div>"
        f'<p class="small">{last} · '
        f"{e(_('all time {money}').format(money=money(brief.revenue_total_cents)))}"
        f"{e(renewal)}</p>"
    )


def _risk(brief: Brief) -> str:
    if brief.group_risk:
        return brief.group_risk
    if len(brief.buying_group) == 1 and not brief.more_contacts:
        return _("Single-threaded: the relationship hangs on one person.")
    return ""


def _overdue() -> str:
    return f'<span class="warn">{e(_("overdue"))}</span> '


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def render_html(brief: Brief, *, for_qt: bool = False, scale: float = 1.0) -> str:
    """The brief as one self-contained HTML document. ``for_qt``: for Qt's rich-text
    engine (PDF, printing); ``scale`` shrinks every font size (to fit one page)."""
    points = _list((e(p) for p in brief.talking_points), _("No open suggestions."))
    insights = _list(
        (
            f'<b>{e(i.title)}</b> <span class="muted small">({e(label(i.detail_level))}'
            f"{e(_(', open for discussion')) if i.discussion_open else ''}"
            f"{e(_(', about {what}').format(what=i.fits)) if i.fits else ''})</span>"
            + (f"<br>{e(_clip(i.text, 220))}" if i.text else "")
            for i in brief.insights
        ),
        _("Nothing new to share with this ring."),
    )
    if brief.insights_left_out:
        left_out = _("{n} more due, about other industries only: left out.").format(
            n=brief.insights_left_out
        )
        insights += f'<p class="muted small">{e(left_out)}</p>'
    items = (
        [
            f'<span class="warn">{e(_("Complaint"))}</span> '
            f"{e(_('since {day}').format(day=formats.date(c.on)))}: "
            f"{e(_clip(c.detail, 120))}"
            for c in brief.complaints
        ]
        + [
            f'<span class="warn">NPS {f.nps}</span> '
            f"{e(_('{day} from {who}').format(day=formats.date(f.on), who=f.who))}"
            + (f": \u201c{e(_clip(f.comment, 120))}\u201d" if f.comment else "")
            for f in brief.low_feedback
        ]
        + [
            (_overdue() if t.overdue else "") + f"{e(formats.date(t.on))} {e(t.title)}"
            for t in brief.tasks
        ]
    )
    if brief.more_tasks:
        more_tasks = _("+ {n} more tasks").format(n=brief.more_tasks)
        items.append(f'<span class="muted">{e(more_tasks)}</span>')
    items += [e(_("Next: {step}").format(step=step)) for step in brief.next_steps]
    meeting = (
        f'<p class="small"><span class="date">{e(formats.date(brief.last_meeting.on))}</span> '
        f"{e(brief.last_meeting.title)}"
        + (f"<br>{e(_clip(brief.last_meeting.detail, 240))}" if brief.last_meeting.detail else "")
        + "</p>"
        if brief.last_meeting
        else f'<p class="muted">{e(_("No meeting recorded yet."))}</p>'
    )
    perks = _list(
        (f'<b>{e(p.name)}</b> <span class="muted small">{e(p.status)}</span>' for p in brief.perks),
        _("No perks for this ring."),
    )
    notes = (
        f'<h2>{e(_("Account notes"))}</h2><p class="small">{e(_clip(brief.notes, 300))}</p>'
        if brief.notes.strip()
        else ""
    )
    body = (
        _header(brief)
        + '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        + '<td class="col" width="57%">'
        + f"<h2>{e(_('Talking points'))}</h2>{points}"
        + f"<h2>{e(_('Last meeting'))}</h2>{meeting}"
        + f"<h2>{e(_('Buying group'))}</h2>{_buying_group(brief)}"
        + f"<h2>{e(_('Recent timeline'))}</h2>{_timeline(brief)}"
        + notes
        + '</td><td width="3%"></td><td class="col" width="40%">'
        + _score_lines(brief)
        + _revenue(brief, for_qt)
        + f"<h2>{e(_('Insights to share'))}</h2>{insights}"
        + f"<h2>{e(_('Open issues, tasks and next steps'))}</h2>{_list(items, _('None open.'))}"
        + f"<h2>{e(_('Perks'))}</h2>{perks}"
        + "</td></tr></table>"
        + f'<p class="foot">Circles of Trust · {e(brief.name)} · '
        + f"{e(_('brief of {day}').format(day=formats.date(brief.on)))}</p>"
    )
    if for_qt:
        # Qt's rich text scales <h1>/<h2> up on top of any CSS size, and centres a
        # "margin: auto" box oddly: plain paragraphs and no page wrapper there.
        for level in ("h1", "h2"):
            body = body.replace(f"<{level}>", f'<p class="{level}">').replace(f"</{level}>", "</p>")
        page = body
    else:
        page = f'<div class="page">{body}</div>'
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        f"<title>{e(_('Meeting brief — {name}').format(name=brief.name))}</title>"
        f"<style>{_css(scale)}</style></head>"
        f"<body>{page}</body></html>\n"
    )


# --------------------------------------------------------------------------- Markdown


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown (for notes apps and e-mail)."""
    out = ["# " + _("Meeting brief: {name}").format(name=md(brief.name)), ""]
    score = f"{brief.score}/100" if brief.score is not None else _("not available")
    out.append(
        f"*{md(formats.date(brief.on))}* · **{md(brief.ring_name)}** · "
        + _("trust score {score}").format(score=score)
    )
    meta = [x for x in (brief.industry, brief.website) if x]
    if brief.tags:
        meta.append(_("tags: {tags}").format(tags=", ".join(brief.tags)))
    if meta:
        out.append("")
        out.append(md(" · ".join(meta)))
    if brief.score_summary:
        out += ["", md(brief.score_summary)]
    out += ["", "## " + _("Talking points"), ""]
    out += [f"- {md(p)}" for p in brief.talking_points] or [_("No open suggestions.")]
    out += ["", "## " + _("Last meeting"), ""]
    if brief.last_meeting:
        m = brief.last_meeting
        out.append(
            f"{formats.date(m.on)} {md(m.title)}" + (f": {md(m.detail)}" if m.detail else "")
        )
    else:
        out.append(_("No meeting recorded yet."))
    if brief.score_lines:
        out += ["", "## " + _("Why this score"), ""]
        for line in brief.score_lines:
            out.append(f"- **{md(line.name)}** {line.points:.0f}: {md(line.explanation)}")
    out += ["", "## " + _("Buying group"), ""]
    if brief.buying_group:
        heads = (_("Name"), _("Role"), _("E-mail"), _("Phone"), _("Last touch"))
        out += ["| " + " | ".join(heads) + " |", "| --- | --- | --- | --- | --- |"]
        for c in brief.buying_group:
            role = c.role + (f" · {c.title}" if c.title else "")
            last = formats.date(c.last_touch)
            out.append(
                f"| {md(c.name)} | {md(role)} | {md(c.email or '')} | {md(c.phone or '')} "
                f"| {last} |"
            )
        if brief.more_contacts:
            out.append("\n" + _("+ {n} more contacts").format(n=brief.more_contacts))
        if _risk(brief):
            out.append(f"\n**{md(_risk(brief))}**")
    else:
        out.append(_("No contacts yet."))
    out += ["", "## " + _("Recent timeline"), ""]
    out += [
        f"- {formats.date(ev.on)} {md(ev.title)}"
        + (f": {md(_clip(ev.detail, 140))}" if ev.detail else "")
        for ev in brief.timeline
    ] or [_("Nothing recorded yet.")]
    out += ["", "## " + _("Revenue"), ""]
    out.append(
        _("Last 12 months {money}").format(money=money(brief.revenue_12m_cents))
        + " · "
        + _("all time {money}").format(money=money(brief.revenue_total_cents))
        + (
            " · " + _("renewal {day}").format(day=formats.date(brief.renewal_on))
            if brief.renewal_on
            else ""
        )
    )
    quarter, revenue = _("Quarter"), _("Revenue")
    out += ["", f"| {quarter} | {revenue} |", "| --- | ---: |"]
    out += [f"| {q.label} | {money(q.cents)} |" for q in brief.revenue]
    out += ["", "## " + _("Insights to share"), ""]
    out += [
        f"- **{md(i.title)}** ({label(i.detail_level)}"
        f"{_(', about {what}').format(what=md(i.fits)) if i.fits else ''}): "
        f"{md(_clip(i.text, 300))}"
        for i in brief.insights
    ] or [_("Nothing new to share with this ring.")]
    if brief.insights_left_out:
        out.append(
            "\n"
            + _("{n} more due, about other industries only: left out.").format(
                n=brief.insights_left_out
            )
        )
    out += ["", "## " + _("Open issues, tasks and next steps"), ""]
    items = [
        "- "
        + _("Complaint since {day}: {detail}").format(day=formats.date(c.on), detail=md(c.detail))
        for c in brief.complaints
    ]
    items += [
        "- "
        + _("NPS {nps} on {day} from {who}").format(
            nps=f.nps, day=formats.date(f.on), who=md(f.who)
        )
        + (f": \u201c{md(f.comment)}\u201d" if f.comment else "")
        for f in brief.low_feedback
    ]
    items += [
        f"- {'**' + _('overdue') + '** ' if t.overdue else ''}{formats.date(t.on)} {md(t.title)}"
        for t in brief.tasks
    ]
    items += ["- " + _("Next: {step}").format(step=md(step)) for step in brief.next_steps]
    out += items or [_("None open.")]
    out += ["", "## " + _("Perks"), ""]
    out += [f"- **{md(p.name)}**: {md(p.status)}" for p in brief.perks] or [
        _("No perks for this ring.")
    ]
    if brief.notes.strip():
        out += ["", "## " + _("Account notes"), "", md(brief.notes)]
    return "\n".join(out) + "\n"
