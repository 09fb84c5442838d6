"""Quick capture: one line of free text becomes one recorded fact (issue 18, point 3).

``Alder Legal: call with Quentin yesterday, renewal talk`` or ``Delta Motors purchase
12000 renewal 2027-06-01``: :func:`understand` reads the line into a :class:`Capture` —
account, contact, kind, date, amount, renewal date, NPS, note — that the window shows
*before* anything is saved; :func:`save_capture` then records it with the one service
that fact belongs to (one transaction, undoable like every write).

How the line is read:

* **Account**: the text before a colon, or else the first words of the line, matched to
  the active accounts' names with their legal form left out ("Alder Legal" is "Alder
  Legal AG"), fuzzily (``rapidfuzz``: a typo still matches).
* **Date**: ``dateparser`` reads "yesterday", "last Friday", "3 March", "2 days ago",
  "gestern", "vorgestern", "gisteren", "vorige week" and numeric dates; numeric dates
  read day first unless the caller says otherwise. A date right after "renewal" is the
  renewal date of a purchase. No date means today, and the preview says so.
* **Kind**: one word of a small vocabulary in English, Dutch and German (call, meeting,
  mail, purchase, complaint, NPS or feedback ...); a bare amount is a purchase only with a
  purchase word or a revenue word ("12k renewal"), else it is asked about.
* **Contact**: a person of that account named in the line ("with Quentin"), matched
  fuzzily by full or first name.
* **Amount**: a number ("12000", "12,000", "12k", "€ 1,200.50"), read by the same rule as
  every amount field (:func:`circlesoftrust.validation.amount_cents`).

Whatever is unclear — no account or two that fit equally, no kind or two kinds, a name
that fits two people or nobody, two dates, a purchase without an amount — becomes a
question in ``Capture.questions``; a capture with questions cannot be saved. Nothing is
guessed silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

import dateparser
from dateparser.search import search_dates
from rapidfuzz import fuzz, process, utils
from sqlalchemy import select

from circlesoftrust import formats
from circlesoftrust.duplicates.keys import org_key
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import N_, _
from circlesoftrust.models import Account, Contact
from circlesoftrust.services import activity
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database
from circlesoftrust.validation import amount_cents

__all__ = [
    "KINDS",
    "AccountIndex",
    "Capture",
    "Person",
    "account_index",
    "interpret",
    "save_capture",
    "understand",
]

# What a capture records: a touchpoint of one of these kinds, or a fact.
TOUCH_KINDS = ("meeting", "call", "email", "event", "social", "support")
PURCHASE, FEEDBACK, COMPLAINT = "purchase", "feedback", "complaint"
KINDS = (*TOUCH_KINDS, PURCHASE, FEEDBACK, COMPLAINT)

# What the questions call each kind and purchase kind.
_KIND_NAMES = {
    "meeting": N_("meeting"), "call": N_("call"), "email": N_("e-mail"), "event": N_("event"),
    "social": N_("social media"), "support": N_("support"), PURCHASE: N_("purchase"),
    FEEDBACK: N_("NPS answer"), COMPLAINT: N_("complaint"), "new": N_("new purchase"),
    "renewal": N_("renewal"), "upsell": N_("up-sell"), "crosssell": N_("cross-sell"),
}  # fmt: skip


def kind_name(kind: str) -> str:
    """A kind code as the user reads it, in the current language."""
    return _(_KIND_NAMES.get(kind, kind))


# Words that name a kind (English, Dutch, German), matched as whole words, case-folded.
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "meeting": ("meeting", "meetings", "met up", "visit", "visited", "lunch", "dinner",
                "vergadering", "afspraak", "overleg", "bezoek", "bezocht", "besprechung",
                "termin", "treffen", "getroffen", "besuch", "besucht"),
    "call": ("call", "called", "phoned", "phone call", "rang", "gebeld", "belde", "bellen",
             "telefoongesprek", "anruf", "angerufen", "telefoniert", "telefonat"),
    "email": ("email", "e-mail", "mail", "mailed", "emailed", "gemaild", "mailde"),
    "event": ("event", "conference", "fair", "evenement", "beurs", "messe", "veranstaltung"),
    "social": ("linkedin", "social", "post"),
    "support": ("support", "ticket", "helpdesk"),
    PURCHASE: ("purchase", "purchased", "bought", "order", "ordered", "sale", "sold",
               "aankoop", "gekocht", "bestelling", "besteld", "kauf", "gekauft",
               "bestellung", "bestellt", "auftrag"),
    FEEDBACK: ("nps", "feedback", "rating", "rated", "beoordeling", "bewertung"),
    COMPLAINT: ("complaint", "complained", "complains", "klacht", "klaagde", "beschwerde",
                "beschwerte", "reklamation"),
}  # fmt: skip
# Words that name the kind of a purchase; "renewal" followed by a date names its date.
_REVENUE_WORDS: dict[str, tuple[str, ...]] = {
    "renewal": ("renewal", "renewed", "verlenging", "verlengd", "verlängerung", "verlängert"),
    "upsell": ("upsell", "up-sell", "upgrade"),
    "crosssell": ("cross-sell", "crosssell"),
}
_WITH = ("with", "met", "mit", "from", "van", "von", "by", "to", "aan", "an")
_LANGUAGES = ["en", "nl", "de"]
ACCOUNT_MATCH = 85  # rapidfuzz ratio (0-100) a name needs to count as meant
CONTACT_MATCH = 85
CLOSE = 4  # two candidates this close are equally likely: ask
_AMOUNT = re.compile(
    r"(?<![\w.,/-])(?:[€$£]\s?)?(\d[\d,.]*)(\s?[kK])?(?:\s?(?:eur|euro|usd|gbp|[€$£]))?(?![\w/-])"
)
_NPS = re.compile(
    r"\b(?:nps|feedback|rating|rated|beoordeling|bewertung)\s*[:=]?\s*(\d{1,2})\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True)
class Capture:
    """What the line says, as far as it could be read; ``questions`` says what is not."""

    text: str
    account: Person | None = None
    contact: Person | None = None
    kind: str | None = None  # one of KINDS
    on: dt.date | None = None
    date_said: str = ""  # the words the date came from ("yesterday"); "" when none given
    amount_cents: int | None = None
    revenue_kind: str = "new"  # purchase: new | renewal | upsell | crosssell
    renewal_on: dt.date | None = None
    nps: int | None = None
    note: str = ""
    questions: tuple[str, ...] = field(default=())

    @property
    def ready(self) -> bool:
        return not self.questions and self.account is not None and self.kind is not None

    def summary(self) -> list[tuple[str, str]]:
        """(field, value) pairs of what was understood, in reading order."""
        rows: list[tuple[str, str]] = []
        if self.account:
            rows.append(("account", self.account.name))
        if self.contact:
            rows.append(("contact", self.contact.name))
        if self.kind:
            kind = kind_name(self.kind)
            if self.kind == PURCHASE and self.revenue_kind != "new":
                kind += f" ({kind_name(self.revenue_kind)})"
            rows.append(("kind", kind))
        if self.on:
            said = self.date_said or _("today: no date given")
            rows.append(("date", f"{formats.date(self.on)} ({said})"))
        if self.amount_cents is not None:
            rows.append(("amount", f"{formats.money(self.amount_cents)}"))
        if self.renewal_on:
            rows.append(("renewal", formats.date(self.renewal_on)))
        if self.nps is not None:
            rows.append(("nps", str(self.nps)))
        if self.note:
            rows.append(("note", self.note))
        return rows


# ------------------------------------------------------------------------------ reading


def _words_pattern(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in alternatives) + r")(?!\w)",
                      re.IGNORECASE)  # fmt: skip


_KIND_PATTERNS = {kind: _words_pattern(words) for kind, words in _KIND_WORDS.items()}
_REVENUE_PATTERNS = {kind: _words_pattern(words) for kind, words in _REVENUE_WORDS.items()}
_WITH_PATTERN = _words_pattern(_WITH)


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` blanked out (positions of the rest stay put)."""
    return text[:start] + " " * (end - start) + text[end:]


@dataclass(frozen=True)
class AccountIndex:
    """The active accounts' names and match keys (name without its legal form), built once
    and reused while the accounts stay the same: reading and keying 100,000 names took
    ~0.7 s of every read of a line (measured), the line itself a few ms."""

    names: dict[int, str]
    keys: dict[int, str]
    by_key: dict[str, list[int]]

    @classmethod
    def of(cls, accounts: Sequence[tuple[int, str]]) -> AccountIndex:
        keys = {i: org_key(name) for i, name in accounts}
        by_key: dict[str, list[int]] = {}
        for acc_id, key in keys.items():
            by_key.setdefault(key, []).append(acc_id)
        return cls(dict(accounts), keys, by_key)


def account_index(db: Database) -> AccountIndex:
    """The :class:`AccountIndex` of the active accounts (one read)."""
    with db.transaction() as session:
        rows = session.execute(
            select(Account.id, Account.name).where(Account.archived_at.is_(None))
        )
        return AccountIndex.of([(i, n) for i, n in rows])


def _account(
    head: str, index: AccountIndex, explicit: bool
) -> tuple[Person | None, int, str | None]:
    """The account the line starts with: (account, words it took, question)."""
    keys, names, by_key = index.keys, index.names, index.by_key
    words = head.split()
    tries = [len(words)] if explicit else list(range(min(6, len(words)), 0, -1))
    # The name as it is (without its legal form), held by one account only: no fuzzy
    # pass (it costs ~40 ms per try over 10,000 names). The longest such name wins.
    for n in tries:
        exact = by_key.get(org_key(" ".join(words[:n])), [])
        if len(exact) == 1:
            return Person(exact[0], names[exact[0]]), n, None
    best: list[tuple[float, int, int]] = []  # (score, account id, words taken)
    for n in tries:
        query = org_key(" ".join(words[:n]))
        if not query:
            continue
        for _choice, score, acc_id in process.extract(
            query, keys, scorer=fuzz.ratio, processor=None, limit=5, score_cutoff=60
        ):
            best.append((score, acc_id, n))
    best.sort(key=lambda b: (-b[0], -b[2]))
    if not best or best[0][0] < ACCOUNT_MATCH:
        said = head.strip() if explicit else " ".join(words[:2])
        # What the user may have meant: names that contain the words typed (without a
        # colon, the first word alone too: "Delta purchase 500" means one of the Deltas).
        for typed in [said] if explicit else [said, *words[:1]]:
            near = process.extract(
                org_key(typed), keys, scorer=fuzz.WRatio, processor=None, limit=3, score_cutoff=75
            )
            if near:
                options = ", ".join(names[a] for _, _, a in near)
                ask = _("Which account do you mean by “{said}”? {options}")
                return None, 0, ask.format(said=typed, options=options)
        ask = _(
            "Which account? None is called “{said}”. Start the line with the account's "
            "name, e.g. “Alder Legal: call yesterday”."
        )
        return None, 0, ask.format(said=said)
    top = best[0]
    rivals = [b for b in _distinct(best)[1:] if b[0] >= ACCOUNT_MATCH and top[0] - b[0] < CLOSE]
    if rivals:
        options = ", ".join(names[a] for _, a, _ in (top, *rivals))
        return None, 0, _("Which account do you mean? {options}").format(options=options)
    return Person(top[1], names[top[1]]), top[2], None


def _distinct(best: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    seen: set[int] = set()
    out = []
    for b in best:
        if b[1] not in seen:
            seen.add(b[1])
            out.append(b)
    return out


# Money, never a date: thousands separators, a currency sign, a "k" ("12,50" and "2.000"
# are read by the amount rule, which refuses or asks).
_MONEYISH = re.compile(r"(?:[€$£]\s?)?\d+(?:[.,]\d+)*(?:\s?[kK]\b|\s?(?:eur|euro)\b)|"
                       r"[€$£]\s?\d[\d.,]*|(?<![\d.])\d{1,3}(?:[.,]\d{3})+(?![\d.])|"
                       r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])", re.IGNORECASE)  # fmt: skip


def _dates(
    text: str, on: dt.date, date_order: str
) -> tuple[list[tuple[str, dt.date, int, int]], str]:
    """Every date the text names: (words, date, start, end), and the text without them.

    ``dateparser`` reads each clause (between commas, colons, semicolons) on its own: on a
    whole line its search loses words ("yesterday: not happy" finds only "now").
    """
    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": dt.datetime.combine(on, dt.time(12)),
        "DATE_ORDER": date_order,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    masked = _MONEYISH.sub(lambda m: " " * len(m.group(0)), text)
    out: list[tuple[str, dt.date, int, int]] = []
    for clause in re.finditer(r"[^,;:]+", masked):
        if not clause.group(0).strip():
            continue
        found = search_dates(clause.group(0), languages=_LANGUAGES, settings=settings) or []
        pos = 0
        for said, when in found:
            words = said.strip()
            at = clause.group(0).find(said, pos)
            if at < 0:
                continue
            pos = at + len(said)
            # A bare short word ("mit", "Jan", "now") is a word or a name far more often
            # than a date; a date needs a digit or a longer word ("gestern", "yesterday").
            if not any(c.isdigit() for c in words) and len(words) <= 3:
                continue
            if words.isdigit():  # a bare number is a count or an amount, not a day
                continue
            start = clause.start() + at
            # "2000 gestern": the number is an amount when the date reads the same without it.
            first, _sep, others = said.lstrip().partition(" ")
            if first.isdigit() and others.strip():
                alone = dateparser.parse(others, languages=_LANGUAGES, settings=settings)
                if alone is not None and alone.date() == when.date():
                    start += len(said) - len(others)
                    said = words = others
            out.append((words, when.date(), start, start + len(said)))
    for _words, _when, start, end in out:
        text = _blank(text, start, end)
    return out, text


def _contact(text: str, people: Sequence[tuple[int, str]]) -> tuple[Person | None, str, str | None]:
    """The person of the account the text names: (contact, text without the name, question)."""
    if not people:
        named = _WITH_PATTERN.search(text)
        if named:
            words = text[named.end() :].split(",")[0].split()[:1]
            if words and words[0][:1].isupper():
                ask = _("Who is {name}? The account has no contacts yet.")
                return None, text, ask.format(name=words[0])
        return None, text, None
    tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\W\d_][\w'’-]*", text)]
    # contact -> (words matched, score, start, end): a full name ("Bea Larsen") beats a
    # first name alone ("Bea" fits every Bea of the account).
    hits: dict[int, tuple[int, float, int, int]] = {}
    names = dict(people)
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            window = tokens[i : i + size]
            phrase = " ".join(w for w, _, _ in window)
            if size == 1 and not phrase[:1].isupper():
                continue  # a lower-case single word is not taken for a first name
            for contact_id, name in people:
                full = fuzz.ratio(phrase, name, processor=utils.default_process)
                first = fuzz.ratio(phrase, name.split()[0], processor=utils.default_process)
                score = max(full, first if size == 1 else 0)
                best = hits.get(contact_id, (0, 0.0, 0, 0))
                if score >= CONTACT_MATCH and (size, score) > best[:2]:
                    hits[contact_id] = (size, score, window[0][1], window[-1][2])
    if not hits:
        named = _WITH_PATTERN.search(text)
        if named:
            after = text[named.end() :].split(",")[0].split()
            if after and after[0][:1].isupper():
                ask = _("Who is {name}? Nobody of the account is called so ({people}).")
                return (
                    None,
                    text,
                    ask.format(name=after[0], people=", ".join(n for _, n in people[:5])),
                )
        return None, text, None
    ranked = sorted(hits.items(), key=lambda h: (-h[1][0], -h[1][1]))
    top_id, (size, top, start, end) = ranked[0]
    rivals = [c for c, (n, score, _, _) in ranked[1:] if n == size and top - score < CLOSE]
    if rivals:
        options = ", ".join(names[c] for c in (top_id, *rivals))
        return None, text, _("Who do you mean? {options}").format(options=options)
    lead = re.search(r"(?<!\w)(?:" + "|".join(_WITH) + r")\s*$", text[:start], re.IGNORECASE)
    text = _blank(text, lead.start() if lead else start, end)  # "with Quentin" goes whole
    return Person(top_id, names[top_id]), text, None


def _amount(text: str) -> tuple[int | None, str, str | None]:
    found = list(_AMOUNT.finditer(text))
    if not found:
        return None, text, None
    if len(found) > 1:
        said = ", ".join(m.group(0).strip() for m in found)
        return None, text, _("Which amount? {amounts}").format(amounts=said)
    m = found[0]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m.group(1)):
        whole = m.group(1).replace(".", "")
        ask = _(
            "Does {said} mean {whole}? Write the amount as {whole}, or with a decimal point "
            "and two decimals (e.g. 2.50)."
        )
        return None, text, ask.format(said=m.group(1), whole=whole)
    try:
        cents = amount_cents(m.group(1))
    except ValidationError as exc:
        ask = _("“{said}” is not an amount: {why}")
        return None, text, ask.format(said=m.group(0).strip(), why=exc.message)
    if m.group(2):
        cents *= 1000
    return cents, _blank(text, m.start(), m.end()), None


_DANGLING = re.compile(r"(?<!\w)(?:with|met|mit|on|am|op|about|to|aan|an)(?=\s*(?:[,;:]|$))")


def _note(text: str) -> str:
    # Little words left dangling where a date or name was taken out ("on", "with").
    cleaned = re.sub(
        r"(?<!\w)(?:with|met|mit|on|am|op|about|to|aan|an)(?=\s*(?:[,;:]|$))", " ", text
    )
    parts = [p.strip(" ,;:-–") for p in re.split(r"[,;:]", cleaned)]
    return ", ".join(" ".join(p.split()) for p in parts if p.strip(" ,;:-–"))


def interpret(
    text: str,
    accounts: Sequence[tuple[int, str]] | AccountIndex,
    contacts_of: Callable[[int], Sequence[tuple[int, str]]],
    *,
    on: dt.date,
    date_order: str = "DMY",
) -> Capture:
    """Read ``text`` against these accounts (id, name) and their contacts, as of ``on``.

    Pure: no database. :func:`understand` reads the names and calls this.
    """
    line = " ".join(text.split())
    capture = Capture(text=line)
    if not line:
        return replace(
            capture, questions=(_("What happened? Type e.g. “Alder Legal: call yesterday”."),)
        )
    questions: list[str] = []
    head, colon, rest = line.partition(":")
    explicit = bool(colon) and bool(head.strip())
    if not explicit:
        head, rest = line, ""
    index = accounts if isinstance(accounts, AccountIndex) else AccountIndex.of(accounts)
    account, taken, question = _account(head, index, explicit)
    if question and explicit:  # a colon later in the line ("… today: sent the offer")
        fallback = _account(line, index, False)
        if fallback[2] is None:
            (account, taken, question), head, rest, explicit = fallback, line, "", False
    if question:
        return replace(capture, questions=(question,))
    assert account is not None
    if not explicit:
        rest = " ".join(line.split()[taken:])
    body = f" {rest} "

    # NPS and kind first (before the dates: "3" and "Call" are no dates, "March" may be).
    nps_match = _NPS.search(body)
    nps = int(nps_match.group(1)) if nps_match else None
    if nps_match:
        body = _blank(body, nps_match.start(), nps_match.end())
    kinds = [k for k, pattern in _KIND_PATTERNS.items() if pattern.search(body)]
    for k in kinds:
        body = _KIND_PATTERNS[k].sub(lambda m: " " * len(m.group(0)), body)
    if nps_match and FEEDBACK not in kinds:
        kinds.append(FEEDBACK)
    revenue_kinds = [k for k, pattern in _REVENUE_PATTERNS.items() if pattern.search(body)]

    # Contact (before the dates: "May" and "Jan" are people here).
    contact, body, question = _contact(body, contacts_of(account.id))
    if question:
        questions.append(question)

    # Dates: one after a renewal word is the renewal date, any other is the fact's date.
    dates, body = _dates(body, on, date_order)
    renewal_on: dt.date | None = None
    event_dates: list[tuple[str, dt.date]] = []
    renewal_words = "|".join(re.escape(w) for w in _REVENUE_WORDS["renewal"])
    for said, when, start, _end in dates:
        word = re.search(rf"(?<!\w)(?:{renewal_words})\s*(?:on|op|am|:)?\s*$", body[:start],
                         re.IGNORECASE)  # fmt: skip
        if word and renewal_on is None:
            renewal_on = when
            body = _blank(body, word.start(), word.end())
        else:
            event_dates.append((said, when))
    if renewal_on is not None and not _REVENUE_PATTERNS["renewal"].search(body):
        revenue_kinds = [k for k in revenue_kinds if k != "renewal"]
    day, date_said = on, ""
    if len({d for _, d in event_dates}) > 1:
        options = ", ".join(f"{d.isoformat()} ({s})" for s, d in event_dates)
        questions.append(_("Which date? {options}").format(options=options))
    elif event_dates:
        date_said, day = event_dates[0]
    if day > on:
        ask = _("{day} is in the future: what happened, and when?")
        questions.append(ask.format(day=day.isoformat()))

    amount, body, question = _amount(body)
    if question:
        questions.append(question)

    # The kind: one, or a purchase named by its amount and revenue word alone.
    if not kinds and amount is not None and revenue_kinds:
        kinds = [PURCHASE]  # ("Delta Motors 12k renewal"; a bare number is asked about)
    if PURCHASE in kinds and len(kinds) > 1:
        kinds = [PURCHASE] if amount is not None else kinds
    kind: str | None = None
    if len(kinds) == 1:
        kind = kinds[0]
    elif not kinds:
        questions.append(
            _("What was it: a call, meeting, e-mail, purchase, complaint or NPS answer?")
        )
    else:
        options = ", ".join(kind_name(k) for k in kinds)
        questions.append(_("Which was it? {kinds}").format(kinds=options))
    revenue_kind = "new"
    if kind == PURCHASE:
        if amount is None:
            questions.append(_("How much was the purchase? Add the amount, e.g. “12000”."))
        if len(revenue_kinds) > 1:
            options = ", ".join(kind_name(k) for k in revenue_kinds)
            questions.append(_("Which kind of purchase was it? {kinds}").format(kinds=options))
        elif revenue_kinds:
            revenue_kind = revenue_kinds[0]
            body = _REVENUE_PATTERNS[revenue_kind].sub(lambda m: " " * len(m.group(0)), body)
    elif amount is not None and kind is not None:
        ask = _("An amount ({amount}) beside “{kind}”: was it a purchase? Add “purchase”.")
        questions.append(ask.format(amount=formats.money(amount), kind=kind_name(kind)))
    if kind == FEEDBACK and nps is None:
        questions.append(_("Which NPS score (0–10)? Write e.g. “NPS 8”."))
    if nps is not None and not 0 <= nps <= 10:
        questions.append(_("An NPS score is 0 to 10, not {nps}.").format(nps=nps))
    note = _note(body)
    if kind == COMPLAINT and not note:
        questions.append(_("What is the complaint about? Add a few words."))
    return Capture(
        text=line,
        account=account,
        contact=contact,
        kind=kind,
        on=day,
        date_said=date_said,
        amount_cents=amount if kind == PURCHASE else None,
        revenue_kind=revenue_kind,
        renewal_on=renewal_on,
        nps=nps,
        note=note,
        questions=tuple(questions),
    )


# ----------------------------------------------------------------------------- database


def understand(
    db: Database,
    text: str,
    *,
    on: dt.date | None = None,
    date_order: str = "DMY",
    index: AccountIndex | None = None,
) -> Capture:
    """:func:`interpret` against the active accounts (``index``, else read now) and the
    contacts of the account the line names."""
    accounts = index if index is not None else account_index(db)
    with db.transaction() as session:

        def contacts_of(account_id: int) -> list[tuple[int, str]]:
            return [
                (i, n)
                for i, n in session.execute(
                    select(Contact.id, Contact.name)
                    .where(Contact.account_id == account_id, Contact.archived_at.is_(None))
                    .order_by(Contact.name)
                )
            ]

        return interpret(text, accounts, contacts_of, on=on or today(), date_order=date_order)


def save_capture(db: Database, capture: Capture) -> object:
    """Record the capture with its fact's service (one transaction); refuse an unclear one."""
    if not capture.ready:
        raise ValidationError(
            "capture", capture.questions[0] if capture.questions else _("it is unclear")
        )
    assert capture.account is not None and capture.kind is not None
    account = capture.account.id
    contact = capture.contact.id if capture.contact else None
    if capture.kind == PURCHASE:
        assert capture.amount_cents is not None
        return activity.record_revenue(
            db, account, Decimal(capture.amount_cents) / 100, kind=capture.revenue_kind,
            on=capture.on, renewal_on=capture.renewal_on, note=capture.note,
        )  # fmt: skip
    if capture.kind == FEEDBACK:
        assert capture.nps is not None
        return activity.record_feedback(
            db, account, nps=capture.nps, contact=contact, on=capture.on, comment=capture.note
        )
    if capture.kind == COMPLAINT:
        return activity.open_complaint(
            db, account, note=capture.note, contact=contact, on=capture.on
        )
    return activity.log_touchpoint(
        db, account, kind=capture.kind, contact=contact, on=capture.on, note=capture.note
    )
