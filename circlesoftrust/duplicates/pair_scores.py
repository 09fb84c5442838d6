"""How alike two contacts or two accounts are: a score 0-100 with the reasons in words.

Names are compared with ``rapidfuzz`` on their folded, parsed forms, allowing for
nicknames, initials and swapped order; a shared e-mail or phone is strong evidence.
(Split out of :mod:`.candidates`, which re-exports these names.)
"""

from __future__ import annotations

from rapidfuzz import fuzz

from circlesoftrust.duplicates import keys as k
from circlesoftrust.duplicates.key_tables import ContactKeyRow
from circlesoftrust.i18n import N_, Phrase

# ------------------------------------------------------------------------------- scoring


def _initial_fits(a: k.NameKey, b: k.NameKey) -> bool:
    return (a.is_initial or b.is_initial) and a.initial == b.initial and bool(a.initial)


def _family_similarity(a: k.NameKey, b: k.NameKey) -> float:
    """How alike two family names are (0-100), allowing for how double names and
    particles are written: "Müller-Lüdenscheidt" / "Müller Lüdenscheidt" (the parser
    takes the second for a middle name + family name) 100; "von Mises" / "Mises" 95;
    "Müller" / "Müller-Lüdenscheidt" (one word of a double name) 85."""
    if a.last == b.last:
        return 100.0
    plain = fuzz.ratio(a.last, b.last)
    joined_a, joined_b = a.last.replace(" ", ""), b.last.replace(" ", "")
    if joined_a == joined_b:
        return 100.0
    if (not a.middle and joined_a == (b.middle + b.last).replace(" ", "")) or (
        not b.middle and joined_b == (a.middle + a.last).replace(" ", "")
    ):
        return 100.0
    words_a = k.family_words(a.last) or (a.last,)
    words_b = k.family_words(b.last) or (b.last,)
    if words_a == words_b:
        return max(plain, 95.0)  # only the particles differ
    if (len(words_a) == 1 and words_a[0] in words_b) or (
        len(words_b) == 1 and words_b[0] in words_a
    ):
        return max(plain, 85.0)  # one of the two words of a double name
    return plain


_VOWELS = frozenset("aeiouy")


def _initials(given: str) -> str | None:
    """The initials a given name is written as ("h p" from "H.-P.", "hp" from "HP"), or
    None when it is a name: only single letters, or one short word without a vowel."""
    parts = given.split()
    if parts and all(len(p) == 1 for p in parts):
        return "".join(parts)
    if len(parts) == 1 and 2 <= len(given) <= 3 and not _VOWELS & set(given):
        return given
    return None


def _given_similarity(a: k.NameKey, b: k.NameKey) -> tuple[float, str | None]:
    """How alike two given names are, allowing for compound names written with a hyphen,
    a space or together ("Hans-Peter" / "Hans Peter" / "Hanspeter" 100), by their
    initials ("H.-P.", "HP": 90) or by their first part alone ("Anna" / "Anna-Lena":
    85), a single initial (90) and nicknames (100)."""
    if a.first == b.first:
        return 100.0, None
    joined_a, joined_b = a.first.replace(" ", ""), b.first.replace(" ", "")
    if joined_a == joined_b:
        return 100.0, None
    # The parser took the second part of a compound written with a space for a middle name.
    if (not a.middle and joined_a == (b.first + b.middle).replace(" ", "")) or (
        not b.middle and joined_b == (a.first + a.middle).replace(" ", "")
    ):
        return 100.0, None
    if _initial_fits(a, b):
        return 90.0, "initial fits"  # an initial is weaker than a whole name
    if k.nickname_of(a.first, b.first):
        return 100.0, "nickname"
    parts_a, parts_b = a.first.split(), b.first.split()
    for initials, parts in ((_initials(a.first), parts_b), (_initials(b.first), parts_a)):
        if initials and len(parts) > 1 and initials == "".join(p[0] for p in parts):
            return 90.0, "initial fits"
    short, long_ = sorted((parts_a, parts_b), key=len)
    if len(short) < len(long_) and long_[: len(short)] == short:
        return 85.0, None  # "Anna" of "Anna-Lena"
    return fuzz.ratio(a.first, b.first), None


def name_similarity(a: k.NameKey, b: k.NameKey) -> tuple[int, str | None]:
    """How alike two parsed names are (0-100): the given names' likeness times the family
    names' (a one-letter slip in a short given name, Bea / Ben, is a different person),
    once nicknames, initials and swapped order are allowed for; a note in words when one
    of those made them alike."""
    if not (a.first and a.last and b.first and b.last):
        return round(fuzz.token_sort_ratio(a.full, b.full)), None
    first, note = _given_similarity(a, b)
    score = first * _family_similarity(a, b) / 100
    swapped = fuzz.ratio(a.first, b.last) * fuzz.ratio(a.last, b.first) / 100
    if swapped > score:
        score, note = swapped, "swapped"
    if a.middle and b.middle and a.middle[:1] != b.middle[:1]:
        score -= 30  # two different middle names: two people
    return max(0, round(score)), note


def _names_alike(similarity: int, name_a: str, name_b: str) -> Phrase:
    return Phrase(N_("names {percent}% alike: {a} / {b}"), percent=similarity, a=name_a, b=name_b)


def contact_pair_score(
    a: ContactKeyRow,
    b: ContactKeyRow,
    *,
    same_account: bool,
    names: tuple[str, str],
    emails: tuple[str | None, str | None] | None = None,
) -> tuple[int, tuple[str, ...]]:
    """A score (0-100) for two contacts and the reasons in words (:class:`Phrase`: a stored
    pair reads in the language of its reader). ``emails``: the addresses as typed, when
    the keys are mailbox keys (a sub-address or Gmail's dots differ: both are named)."""
    reasons: list[str] = []
    strong = 0
    if a.email_key and a.email_key == b.email_key:
        strong += 1
        typed_a, typed_b = emails or (None, None)
        if typed_a and typed_b and k.email_key(typed_a) != k.email_key(typed_b):
            reasons.append(
                Phrase(N_("same mailbox: {a} / {b}"), a=typed_a.strip(), b=typed_b.strip())
            )
        else:
            reasons.append(
                Phrase(N_("same e-mail {email}"), email=k.email_key(typed_a) or a.email_key)
            )
    if a.phone_key and a.phone_key == b.phone_key:
        strong += 1
        reasons.append(Phrase(N_("same phone {phone}"), phone=k.phone_display(a.phone_key)))
    similarity, note = name_similarity(a.name, b.name)
    name_a, name_b = names
    if name_a == name_b:
        reasons.append(Phrase(N_("same name {name}"), name=name_a))
    else:
        reasons.append(_names_alike(similarity, name_a, name_b))
        if note == "nickname":
            short, full = sorted((a.name.first, b.name.first), key=len)
            reasons.append(
                Phrase(
                    N_("{short} is a short form of {full}"), short=short.title(), full=full.title()
                )
            )
        elif note == "initial fits":
            reasons.append(Phrase(N_("an initial fits the given name")))
        elif note == "swapped":
            reasons.append(Phrase(N_("given and family name swapped")))
    score: float
    if strong == 0 and same_account:
        score = similarity
    elif strong == 0:
        # Namesakes at two firms are common: across accounts a name alone is offered
        # only when it is the same name, never for a nickname, an initial or a slip.
        score = similarity * (0.8 if similarity == 100 and note is None else 0.7)
    elif strong == 1:
        score = 60 + similarity * 0.4
    else:
        score = 70 + similarity * 0.3
    if not same_account:
        reasons.append(Phrase(N_("in different accounts")))
    return round(score), tuple(reasons)


def org_similarity(key_a: str, key_b: str) -> int:
    """How alike two organisation keys are (0-100): the first words' likeness times the
    rest's, so a shared common word ("Travel", "Systems") cannot carry two different
    names (Torharter Travel / Tordorer Travel: 71 %)."""
    first_a, _, rest_a = key_a.partition(" ")
    first_b, _, rest_b = key_b.partition(" ")
    if not (rest_a and rest_b):
        return round(fuzz.ratio(key_a.replace(" ", ""), key_b.replace(" ", "")))
    split = fuzz.ratio(first_a, first_b) * fuzz.ratio(rest_a, rest_b) / 100
    return round(max(split, fuzz.ratio(key_a.replace(" ", ""), key_b.replace(" ", "")) - 10))


def account_pair_score(
    a: tuple[str, str, str | None], b: tuple[str, str, str | None]
) -> tuple[int, tuple[str, ...]]:
    """(name, org_key, website_key) of two accounts: a score and reasons."""
    name_a, key_a, site_a = a
    name_b, key_b, site_b = b
    reasons: list[str] = []
    similarity = org_similarity(key_a, key_b)
    if key_a == key_b:
        reasons.append(
            Phrase(
                N_("same name without legal form and punctuation: {a} / {b}"), a=name_a, b=name_b
            )
        )
    else:
        reasons.append(_names_alike(similarity, name_a, name_b))
    if site_a and site_a == site_b:
        reasons.append(Phrase(N_("same website {site}"), site=site_a))
        score = 60 + similarity * 0.4
    else:
        score = float(similarity)
    return round(score), tuple(reasons)
