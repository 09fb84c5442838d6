"""Deciding an import, record by record: the matching rules and the plan they make.

The rules (:mod:`circlesoftrust.io.importer` writes the plan):

* Contacts are grouped into accounts by organisation (case-insensitive). A contact
  without one goes to an account named after the person, marked "needs review".
* A duplicate is a contact with the same e-mail address anywhere in the database (or
  earlier in the file), or with the same name in the same account. A duplicate is
  merged, never doubled: empty fields are filled; an e-mail address or phone number
  that differs from the one stored is added to the contact's notes.
* A record that would change nothing is skipped, so importing a file twice changes
  nothing the second time.
* Bad values (an invalid e-mail address, an over-long title...) are reported with the
  line and the field is left out; a record whose name or organisation cannot be stored
  is skipped. A card or row the reader could not use is a skipped record too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Connection, select

from circlesoftrust import validation as v
from circlesoftrust.duplicates import keys as dk
from circlesoftrust.duplicates.candidates import HIGH_SCORE, MIN_SCORE, load_phone_region
from circlesoftrust.duplicates.matcher import PeopleIndex
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import N_, _
from circlesoftrust.io.contact_records import ContactRecord, ParseIssue, ParseResult
from circlesoftrust.models import Account, Contact
from circlesoftrust.vocabulary import ContactRole

__all__ = [
    "ALREADY_THERE",
    "CREATE",
    "DUPLICATE_IN_FILE",
    "MERGE",
    "NAME_TOO_LONG",
    "ONLY_DIGITS",
    "ORG_TOO_LONG",
    "SKIP",
    "UNREADABLE",
    "ImportPlan",
    "PlannedAccount",
    "PlannedRecord",
    "build_plan",
]

CREATE, MERGE, SKIP = "create", "merge", "skip"

# Reason categories: the JSON report counts skipped records by these (English keys);
# shown to a person through _() (the CLI's import report).
ALREADY_THERE = N_("already in the database, nothing new")
DUPLICATE_IN_FILE = N_("duplicate of an earlier record in the file, nothing new")
UNREADABLE = N_("could not be read")
NAME_TOO_LONG = N_("name longer than 200 characters")
ORG_TOO_LONG = N_("organisation name longer than 200 characters")
ONLY_DIGITS = N_("account name would be only digits (digits name an account's id)")

_NOT_DIGIT = re.compile(r"\D")
# What our readers (address_book.read_contacts, import_source) call their results.
_READER_FORMATS = frozenset(
    {
        "vcard",
        "csv-google",
        "csv-outlook",
        "csv-simple",
        "csv-mapped",
        "csv-addresses",
        "csv-circlesoftrust",
    }
)
_MAX = {"name": 200, "title": 200, "email": 254, "phone": 40, "industry": 120, "website": 300}


@dataclass(frozen=True)
class PlannedRecord:
    """What happens to one record of the file, and why."""

    line: int
    name: str
    account: str  # the account it goes to (or is in, for a merge); "" when skipped early
    action: str  # create | merge | skip
    reason: str  # plain words, shown in the preview
    category: str  # a stable reason category (counted in the report)
    contact_id: int | None = None  # the existing contact merged into / matched
    # A created contact that may be someone already there: "Jürgen Müller in Alder
    # Legal AG (85%: ...)" — the pair shows in `duplicates` for the user to decide.
    possible_duplicate: str = ""


@dataclass(frozen=True)
class PlannedAccount:
    name: str
    action: str  # create | update | existing
    account_id: int | None
    needs_review: bool
    contacts: int  # contacts created in it


@dataclass
class _Person:
    """A contact during planning: one from the database or one the file creates."""

    id: int | None
    account_key: str
    name: str
    role: ContactRole
    title: str | None
    email: str | None
    phone: str | None
    notes: str
    line: int = 0  # for a contact created by the file: its first line
    changed: set[str] = field(default_factory=set)
    # Lines added to the notes during planning, joined once at the end, and what they
    # mention (casefolded): many rows of one person (same e-mail, other phones) then cost
    # linear time, not a re-scan and a copy of ever longer notes per row.
    added_notes: list[str] = field(default_factory=list)
    mentioned: set[str] = field(default_factory=set)
    folded_notes: str | None = None
    # The "Other phone:" numbers of the notes as keys (digits; parsed), read from the
    # notes once: a look-up per row instead of a re-parse of every noted number per row.
    noted_phones: tuple[set[str], set[str | None]] | None = None

    def settle_notes(self) -> None:
        if self.added_notes:
            self.notes = "\n".join(
                [self.notes, *self.added_notes] if self.notes else self.added_notes
            )
            self.added_notes = []


@dataclass
class _Org:
    key: str
    id: int | None
    name: str
    industry: str | None
    website: str | None
    needs_review: bool
    changed: set[str] = field(default_factory=set)
    created_contacts: int = 0


@dataclass(frozen=True)
class ImportPlan:
    """A preview of an import. ``records`` in file order; ``issues`` by line."""

    source: str
    format: str
    records: tuple[PlannedRecord, ...]
    accounts: tuple[PlannedAccount, ...]
    issues: tuple[ParseIssue, ...]
    parsed: ParseResult = field(repr=False)
    _people: tuple[_Person, ...] = field(default=(), repr=False)
    _orgs: tuple[_Org, ...] = field(default=(), repr=False)

    def count(self, action: str) -> int:
        return sum(1 for r in self.records if r.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def merged(self) -> int:
        return self.count(MERGE)

    @property
    def skipped(self) -> int:
        return self.count(SKIP)

    @property
    def unreadable(self) -> int:
        """Cards or rows the reader had to skip (no name, cut short, wrong width...)."""
        return sum(1 for r in self.records if r.category == UNREADABLE)

    @property
    def accounts_created(self) -> int:
        return sum(1 for a in self.accounts if a.action == CREATE)

    @property
    def accounts_updated(self) -> int:
        return sum(1 for a in self.accounts if a.action == "update")

    @property
    def possible_duplicates(self) -> int:
        return sum(1 for r in self.records if r.possible_duplicate)

    @property
    def writes_anything(self) -> bool:
        return any(r.action != SKIP for r in self.records) or self.accounts_updated > 0

    def skipped_reasons(self) -> dict[str, int]:
        counts = Counter(r.category for r in self.records if r.action == SKIP)
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class _AccountKeys:
    """Which account an organisation's name goes to.

    The same name in any case is the same account. Beyond that a name without a legal
    form joins the one account of that name with a legal form, and the other way round
    ("Alder Legal" and "Alder Legal AG"), and one form written two ways ("B.V." / "BV");
    two different legal forms ("Atlas Energy GmbH", "Atlas Energy Inc.") may be two
    companies and stay apart (the duplicate pass offers them for review).
    """

    def __init__(self) -> None:
        self._base: dict[str, list[str]] = {}

    def register(self, key: str, name: str) -> None:
        self._base.setdefault(dk.org_key(name), []).append(key)

    def resolve(self, name: str, known: dict[str, _Org]) -> str:
        key = _fold(name)
        if key in known:
            return key
        base = dk.org_key(name)
        plain = base == dk.fold(name)
        form = dk.legal_form(name)  # "B.V." and "BV": one form written two ways
        fits = [
            k
            for k in self._base.get(base, ())
            if plain or dk.fold(known[k].name) == base or dk.legal_form(known[k].name) == form
        ]
        return fits[0] if len(fits) == 1 else key


def _person_key(account_key: str, name: str) -> tuple[str, str]:
    n = dk.name_key(name)
    return account_key, f"{n.first}|{n.middle}|{n.last}" if n.first or n.last else _fold(name)


def _phone_key(text: str) -> str:
    return ("+" if text.strip().startswith("+") else "") + _NOT_DIGIT.sub("", text)


def _load_people(conn: Connection) -> tuple[dict[str, _Org], list[_Person]]:
    orgs: dict[str, _Org] = {}
    by_id: dict[int, str] = {}
    for acc_id, name, industry, website, review in conn.execute(
        select(
            Account.id, Account.name, Account.industry, Account.website, Account.needs_review
        ).order_by(Account.id)
    ):
        key = _fold(name)
        if key in orgs:  # "ACME" beside "Acme": only the older one is matched by name
            key = f"{key}\x00{acc_id}"
        orgs[key] = _Org(key, acc_id, name, industry, website, review)
        by_id[acc_id] = key
    people = [
        _Person(cid, by_id[acc_id], name, ContactRole(role), title, email, phone, notes)
        for cid, acc_id, name, role, title, email, phone, notes in conn.execute(
            select(
                Contact.id,
                Contact.account_id,
                Contact.name,
                Contact.role,
                Contact.title,
                Contact.email,
                Contact.phone,
                Contact.notes,
            ).order_by(Contact.id)
        )
    ]
    return orgs, people


@dataclass
class _Clean:
    name: str
    organisation: str | None
    role: ContactRole | None
    title: str | None
    emails: list[str]
    phones: list[str]
    notes: str
    industry: str | None
    website: str | None
    needs_review: bool = False  # named after its address: the file gave no name


def _limited(
    value: str | None, field_name: str, label: str, line: int, issues: list[ParseIssue]
) -> str | None:
    text = (value or "").strip() or None
    if text is not None and len(text) > _MAX[field_name]:
        issues.append(
            ParseIssue(
                line,
                _("{label} is longer than {value} characters; left out").format(
                    label=label, value=_MAX[field_name]
                ),
            )
        )
        return None
    return text


def _emails(record: ContactRecord, issues: list[ParseIssue]) -> list[str]:
    emails: list[str] = []
    seen: set[str] = set()
    for raw in record.emails:
        try:
            email = v.email(raw)
        except ValidationError as exc:
            issues.append(
                ParseIssue(record.line, _("{message}; e-mail left out").format(message=exc.message))
            )
            continue
        if email and email.casefold() not in seen:
            seen.add(email.casefold())
            emails.append(email)
    return emails


def _phones(record: ContactRecord, issues: list[ParseIssue], checked: bool) -> list[str]:
    phones: list[str] = []
    if checked:
        # The reader validated, normalised and de-duplicated them (by the same key as
        # _phone_key): only the column length is left to check.
        for number in record.phones:
            if len(number) > _MAX["phone"]:
                issues.append(
                    ParseIssue(
                        record.line,
                        _("phone {number!r} is too long; left out").format(number=number),
                    )
                )
            else:
                phones.append(number)
        return phones
    seen: set[str] = set()
    for raw in record.phones:
        try:
            phone = v.phone(raw)
        except ValidationError as exc:
            issues.append(
                ParseIssue(record.line, _("{message}; phone left out").format(message=exc.message))
            )
            continue
        if not phone:
            continue
        if len(phone) > _MAX["phone"]:
            issues.append(
                ParseIssue(
                    record.line, _("phone {phone!r} is too long; left out").format(phone=phone)
                )
            )
            continue
        if (key := _phone_key(phone)) not in seen:
            seen.add(key)
            phones.append(phone)
    return phones


def _clean(record: ContactRecord, issues: list[ParseIssue], checked: bool) -> _Clean | str:
    """Validate one record; drop bad fields (with an issue). A skip reason as ``str``.

    ``checked``: the record comes from our vCard/CSV readers, which already checked its
    e-mail addresses and phone numbers with :mod:`circlesoftrust.validation` (and
    reported the bad ones with their lines); only the column lengths are left to check.
    """
    line = record.line
    name = " ".join((record.name or "").split())
    if len(name) > _MAX["name"]:
        return NAME_TOO_LONG
    org = " ".join((record.organisation or "").split()) or None
    if org is not None and len(org) > _MAX["name"]:
        return ORG_TOO_LONG
    if (org or name).isdecimal():  # the account is named after the organisation or the person
        return ONLY_DIGITS
    return _Clean(
        name=name,
        organisation=org,
        role=record.role,
        title=_limited(record.title, "title", "job title", line, issues),
        emails=list(record.emails) if checked else _emails(record, issues),
        phones=_phones(record, issues, checked),
        notes=(record.notes or "").strip(),
        industry=_limited(record.industry, "industry", "industry", line, issues),
        website=_limited(record.website, "website", "website", line, issues),
        needs_review=record.needs_review,
    )


def _mentions(person: _Person, value: str) -> bool:
    """Whether the person's notes already mention ``value`` (ignoring case)."""
    folded = value.casefold()
    if folded in person.mentioned:
        return True
    if person.folded_notes is None:
        person.folded_notes = person.notes.casefold()
    return folded in person.folded_notes


def _append_note(person: _Person, text: str, mentions: str) -> None:
    person.added_notes.append(text)
    person.mentioned.add(mentions.casefold())
    person.changed.add("notes")


def _same_phone(a: str, b: str, region: str | None) -> bool:
    return _phone_key(a) == _phone_key(b) or dk.phone_key(a, region) == dk.phone_key(b, region)


def _phone_noted(person: _Person, phone: str, region: str | None) -> bool:
    """The number is in the person's notes already, in this or another format."""
    if _mentions(person, phone):
        return True
    digits, parsed = _noted_phones(person, region)
    return _phone_key(phone) in digits or (
        (key := dk.phone_key(phone, region)) is not None and key in parsed
    )


def _noted_phones(person: _Person, region: str | None) -> tuple[set[str], set[str | None]]:
    if person.noted_phones is None:
        person.noted_phones = (set(), set())
        for line in [*person.notes.splitlines(), *person.added_notes]:
            if line.startswith("Other phone:"):
                _note_phone(person, line.removeprefix("Other phone:").strip(), region)
    return person.noted_phones


def _note_phone(person: _Person, phone: str, region: str | None) -> None:
    digits, parsed = _noted_phones(person, region)
    digits.add(_phone_key(phone))
    parsed.add(dk.phone_key(phone, region))


def _merge_into(person: _Person, rec: _Clean, region: str | None = None) -> list[str]:
    """Fill the person's empty fields from the record; return what changed (for the reason)."""
    added: list[str] = []
    if rec.title and not person.title:
        person.title = rec.title
        person.changed.add("title")
        added.append(N_("job title"))
    if rec.role and person.role is ContactRole.OTHER:
        person.role = rec.role
        person.changed.add("role")
        added.append(N_("role"))
    for email in rec.emails:
        if person.email is None:
            person.email = email
            person.changed.add("email")
            added.append(N_("e-mail"))
        elif dk.email_key(email) != dk.email_key(person.email) and not _mentions(person, email):
            _append_note(person, _("Other e-mail: {email}").format(email=email), email)
            added.append(N_("e-mail to notes"))
    for phone in rec.phones:
        if person.phone is None:
            person.phone = phone
            person.changed.add("phone")
            added.append(N_("phone"))
        elif not _same_phone(phone, person.phone, region) and not _phone_noted(
            person, phone, region
        ):
            _append_note(person, _("Other phone: {phone}").format(phone=phone), phone)
            _note_phone(person, phone, region)
            added.append(N_("phone to notes"))
    if rec.notes and not _mentions(person, rec.notes):
        _append_note(person, rec.notes, rec.notes)
        added.append(N_("notes"))
    return list(dict.fromkeys(added))


def _new_person(rec: _Clean, account_key: str, line: int) -> _Person:
    notes = rec.notes
    if len(rec.emails) > 1 or len(rec.phones) > 1:
        extras = [_("Other e-mail: {e}").format(e=e) for e in rec.emails[1:]]
        extras += [_("Other phone: {p}").format(p=p) for p in rec.phones[1:]]
        notes = "\n".join([notes, *extras] if notes else extras)
    return _Person(
        id=None,
        account_key=account_key,
        name=rec.name,
        role=rec.role or ContactRole.OTHER,
        title=rec.title,
        email=rec.emails[0] if rec.emails else None,
        phone=rec.phones[0] if rec.phones else None,
        notes=notes,
        line=line,
    )


def build_plan(conn: Connection, parsed: ParseResult, source: str) -> ImportPlan:
    """The plan for ``parsed`` against the database ``conn`` reads (writes nothing)."""
    orgs, people = _load_people(conn)
    account_keys = _AccountKeys()
    for org in orgs.values():
        account_keys.register(org.key, org.name)
    region = load_phone_region(conn)
    index = PeopleIndex(region)
    by_email: dict[str, _Person] = {}
    by_name: dict[tuple[str, str], _Person] = {}
    for person in people:
        if person.email:
            by_email.setdefault(dk.email_key(person.email) or "", person)
        by_name.setdefault(_person_key(person.account_key, person.name), person)
        index.add(person)
    created: list[_Person] = []
    issues: list[ParseIssue] = list(parsed.issues)
    records: list[PlannedRecord] = []
    account_names = {o.key: o.name for o in orgs.values()}

    checked = parsed.format in _READER_FORMATS
    for record in parsed.records:
        rec = _clean(record, issues, checked)
        if isinstance(rec, str):
            records.append(PlannedRecord(record.line, record.name[:80], "", SKIP, rec, rec))
            issues.append(
                ParseIssue(record.line, _("{reason}; skipped").format(reason=rec), skipped=True)
            )
            continue
        match: _Person | None = None
        why = ""
        maybe = ""
        for email in rec.emails:
            match = by_email.get(dk.email_key(email) or "")
            if match is not None:
                why = _("same e-mail as {name}").format(name=match.name)
                break
        account_key = account_keys.resolve(rec.organisation or rec.name, orgs)
        person_key = _person_key(account_key, rec.name)
        if match is None:
            match = by_name.get(person_key)
            why = _("same name in the same account")
        if match is None:
            found = index.best(rec.name, rec.emails, rec.phones, account_key)
            if (
                found is not None
                and found.same_account
                and found.certain
                and found.score >= HIGH_SCORE
            ):
                match = cast(_Person, found.person)
                why = _("same person as {name} ({score}%: {reason})").format(
                    name=match.name, score=found.score, reason=found.reason
                )
            elif found is not None and found.score >= MIN_SCORE:
                other = cast(_Person, found.person)
                where = account_names.get(other.account_key, other.account_key)
                maybe = _("{name} in {account} ({score}%: {reason})").format(
                    name=other.name, account=where, score=found.score, reason=found.reason
                )
        if match is not None:
            org = orgs[match.account_key]
            if rec.industry and not org.industry:
                org.industry = rec.industry
                org.changed.add("industry")
            if rec.website and not org.website:
                org.website = rec.website
                org.changed.add("website")
            added = _merge_into(match, rec, region)
            in_db = match.id is not None
            where = _(" (line {line})").format(line=match.line) if not in_db else ""
            if added:
                reason = _("{why}{where}; adds {fields}").format(
                    why=why, where=where, fields=", ".join(_(field) for field in added)
                )
                records.append(
                    PlannedRecord(
                        record.line, rec.name, org.name, MERGE, reason, "merged", match.id
                    )
                )
            else:
                category = ALREADY_THERE if in_db else DUPLICATE_IN_FILE
                records.append(
                    PlannedRecord(
                        record.line, rec.name, org.name, SKIP,
                        _("{why}{where}; nothing new").format(why=why, where=where),
                        category, match.id,
                    )
                )  # fmt: skip
        else:
            org_or_none = orgs.get(account_key)
            if org_or_none is None:
                account_names[account_key] = rec.organisation or rec.name
                org_or_none = _Org(
                    key=account_key,
                    id=None,
                    name=rec.organisation or rec.name,
                    industry=rec.industry,
                    website=rec.website,
                    needs_review=rec.organisation is None or rec.needs_review,
                )
                orgs[account_key] = org_or_none
                account_keys.register(account_key, org_or_none.name)
            org = org_or_none
            if rec.needs_review and not org.needs_review:
                org.needs_review = True  # an existing account: the flag is written
                org.changed.add("needs_review")
            if org.id is not None:
                for attr in ("industry", "website"):
                    if getattr(rec, attr) and not getattr(org, attr):
                        setattr(org, attr, getattr(rec, attr))
                        org.changed.add(attr)
            person = _new_person(rec, account_key, record.line)
            created.append(person)
            org.created_contacts += 1
            if org.id is None and org.created_contacts == 1:
                reason = (
                    _("new contact in a new account named after the person (needs review)")
                    if org.needs_review
                    else _("new contact in a new account")
                )
            else:
                reason = _("new contact")
            if rec.needs_review:
                reason += _("; no name in the file, named after its e-mail address (needs review)")
            if maybe:
                reason += _("; possibly the same as {maybe} (listed by `duplicates`)").format(
                    maybe=maybe
                )
            records.append(
                PlannedRecord(
                    record.line, rec.name, org.name, CREATE, reason, "new",
                    possible_duplicate=maybe,
                )
            )  # fmt: skip
            match = person
        for email in rec.emails:
            by_email.setdefault(dk.email_key(email) or "", match)
        by_name.setdefault(_person_key(match.account_key, rec.name), match)
        index.add(match)

    # Cards or rows the reader could not use are skipped records too (with its reason).
    records.extend(
        PlannedRecord(issue.line, "", "", SKIP, issue.message, UNREADABLE)
        for issue in parsed.issues
        if issue.skipped
    )
    records.sort(key=lambda r: r.line)
    accounts = []
    for org in orgs.values():
        if org.id is None:
            action = CREATE
        elif org.changed:
            action = "update"
        elif org.created_contacts:
            action = "existing"
        else:
            continue
        accounts.append(
            PlannedAccount(org.name, action, org.id, org.needs_review, org.created_contacts)
        )
    issues.sort(key=lambda i: i.line)
    for person in (*created, *people):
        person.settle_notes()
    return ImportPlan(
        source=source,
        format=parsed.format,
        records=tuple(records),
        accounts=tuple(accounts),
        issues=tuple(issues),
        parsed=parsed,
        _people=tuple(created) + tuple(p for p in people if p.changed),
        _orgs=tuple(o for o in orgs.values() if o.id is None or o.changed or o.created_contacts),
    )
