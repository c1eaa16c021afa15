"""Membership cards at the branch: what goes on a card, rendering, recording printing, reprints
and hand-over.

Every text on a card comes from the database and the club profile, in the club's language and
calendar (a Kerman Motor card is Persian with Jalali dates whoever prints it). The branch may set
its own 24-hour line and service phone (settings ``hotline_24h`` / ``service_phone``); each
overrides the profile's, and only what is set is printed.

Printing is recorded only after the PDF was rendered and written: a cancelled or failed render
leaves the cards "not yet printed". Only branch managers print (``Permission.PRINT_CARDS``).
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from dealer_app import membership as membership_rules
from dealer_app import rules
from dealer_app.calendars import format_date
from dealer_app.cards.qr_payload import CardPayload, encode_card_payload
from dealer_app.cards.render import CardContent, Layout, render_cards
from dealer_app.clock import today, utcnow
from dealer_app.club_profile import ClubProfile, pick
from dealer_app.db.database import Database
from dealer_app.db.models import Card, Member, Membership, Vehicle
from dealer_app.plates import format_plate, iran_plate_parts
from dealer_app.resources import resource_path
from dealer_app.roles import Actor, Permission, PermissionDenied
from dealer_app.services import audit
from dealer_app.services import settings as branch_settings
from dealer_app.services.cards import issue_card
from dealer_app.services.members import NotFound, facts_of
from dealer_app.text import to_persian_digits
from dealer_app.validation import ValidationError

LAYOUTS: tuple[Layout, ...] = ("cr80", "a4")

# Words printed on the card itself. They follow the club's language, not the clerk's interface
# language, so they live here with the card data rather than in the Qt translations.
CARD_LABELS: dict[str, dict[str, str]] = {
    "fa": {
        "plate": "پلاک",
        "joined": "تاریخ عضویت",
        "valid_until": "اعتبار تا",
        "hotline": "تلفن ۲۴ ساعته",
        "service_phone": "تلفن خدمات",
        "card_number": "شماره کارت",
    },
    "zh_CN": {
        "plate": "车牌号",
        "joined": "入会日期",
        "valid_until": "有效期至",
        "hotline": "24小时热线",
        "service_phone": "服务电话",
        "card_number": "卡号",
    },
    "tr": {
        "plate": "Plaka",
        "joined": "Üyelik tarihi",
        "valid_until": "Geçerlilik",
        "hotline": "7/24 Destek Hattı",
        "service_phone": "Servis",
        "card_number": "Kart no",
    },
    "en": {
        "plate": "Plate",
        "joined": "Member since",
        "valid_until": "Valid until",
        "hotline": "24-hour line",
        "service_phone": "Service phone",
        "card_number": "Card no.",
    },
}
_NO_EXPIRY = {"fa": "بدون انقضا", "zh_CN": "长期有效", "tr": "Süresiz", "en": "No expiry"}
# Shown in the tier badge of a member whose points are below the lowest tier.
_NO_TIER = {"fa": "عضو", "zh_CN": "会员", "tr": "Üye", "en": "Member"}
_NO_TIER_COLOUR = "#7A8B99"
# The renderer passes the language to HarfBuzz, which wants BCP 47 tags.
_SCRIPT_LANGUAGE = {"fa": "fa", "zh_CN": "zh", "tr": "tr", "en": "en"}
_CHUNK = 500  # SQLite allows 999 bound parameters per statement
_QR_PHONE = re.compile(r"[^0-9+]")

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class RenderedCards:
    """One rendered print job: the PDF bytes are exactly what is previewed, printed and saved."""

    pdf: bytes
    card_numbers: tuple[str, ...]
    layout: Layout
    pages: int


@dataclass(frozen=True)
class PrintResult:
    card_numbers: tuple[str, ...]
    layout: Layout
    pages: int
    printed_at: datetime
    printed_by: str


# ---- what goes on a card ------------------------------------------------------------------


def _card_language(profile: ClubProfile, lang: str | None) -> str:
    chosen = lang or profile.default_language
    return chosen if chosen in CARD_LABELS else profile.default_language


def _local(texts: dict[str, str], lang: str, profile: ClubProfile) -> str:
    return pick(texts, lang, profile.default_language)


def _phone_text(number: str, lang: str) -> str:
    return to_persian_digits(number) if lang == "fa" else number


class _CardTexts:
    """Builds :class:`CardContent` for one profile, language and branch; the club-wide texts
    and the signing key are looked up once for a whole batch."""

    def __init__(self, session: Session, profile: ClubProfile, lang: str | None, as_of: date | None) -> None:
        self.profile = profile
        self.lang = _card_language(profile, lang)
        self.as_of = as_of or today()
        self.branch = branch_settings.load(session)
        self.key = branch_settings.card_key(session)
        self.hotline = self.branch.hotline_24h or profile.hotline_24h or ""
        self.service_phone = self.branch.service_phone or profile.service_phone or ""
        labels = dict(CARD_LABELS[self.lang])
        # Print only the lines that have a number: no label beside an empty value.
        if not self.hotline:
            labels.pop("hotline")
        if not self.service_phone:
            labels.pop("service_phone")
        self.labels = labels
        terms = profile.card.terms
        self.terms: tuple[str, ...] = next(
            (tuple(terms[c]) for c in (self.lang, profile.default_language, "en") if terms.get(c)), ()
        )
        self.logo: Path | None = None
        if profile.card.logo:
            candidate = resource_path(*PurePosixPath(profile.card.logo).parts)
            self.logo = candidate if candidate.is_file() else None

    def content(self, card: Card) -> CardContent:
        profile, lang = self.profile, self.lang
        vehicle = card.vehicle
        member = vehicle.member
        ms = member.membership
        standing = rules.evaluate(profile, facts_of(member), self.as_of)
        if standing.tier is not None:
            tier = profile.tier(standing.tier)
            tier_name, tier_colour = _local(tier.names, lang, profile), tier.colour
        else:
            tier_name, tier_colour = _NO_TIER.get(lang, _NO_TIER["en"]), _NO_TIER_COLOUR
        iran: tuple[str, str, str, str] | None = None
        if vehicle.plate_key.startswith("IR-"):
            parts = iran_plate_parts(vehicle.plate_key)
            iran = (parts.two, parts.letter, parts.three, parts.region)
        valid_until = (
            format_date(ms.valid_until, profile.calendar, lang)
            if ms.valid_until is not None
            else _NO_EXPIRY.get(lang, _NO_EXPIRY["en"])
        )
        payload = CardPayload(
            card_number=card.card_number,
            plate_key=vehicle.plate_key,
            joined_on=ms.joined_on,
            hotline_24h=_QR_PHONE.sub("", self.hotline),
        )
        return CardContent(
            club_name=profile.text("club_name", lang),
            service_name=profile.text("service_name", lang),
            slogan=profile.text("slogan", lang),
            branch_name=self.branch.branch_name,
            member_name=member.full_name,
            tier_name=tier_name,
            tier_colour=tier_colour,
            card_number=card.card_number,
            plate_text=format_plate(vehicle.plate_key),
            iran_plate=iran,
            join_date_text=format_date(ms.joined_on, profile.calendar, lang),
            valid_until_text=valid_until,
            hotline_24h=_phone_text(self.hotline, lang),
            service_phone=_phone_text(self.service_phone, lang),
            qr_payload=encode_card_payload(payload, self.key),
            labels=self.labels,
            terms_lines=self.terms,
            language=_SCRIPT_LANGUAGE.get(lang, "en"),
            direction="rtl" if lang == "fa" else "ltr",
            logo_path=self.logo,
        )


def _load_cards(session: Session, card_numbers: Sequence[str]) -> dict[str, Card]:
    found: dict[str, Card] = {}
    for start in range(0, len(card_numbers), _CHUNK):
        chunk = list(card_numbers[start : start + _CHUNK])
        stmt = (
            select(Card)
            .where(Card.card_number.in_(chunk))
            .options(
                joinedload(Card.vehicle)
                .joinedload(Vehicle.member)
                .options(selectinload(Member.membership), selectinload(Member.vehicles))
            )
        )
        found.update((c.card_number, c) for c in session.scalars(stmt))
    return found


def card_content(
    session: Session, profile: ClubProfile, card_number: str, lang: str | None = None, as_of: date | None = None
) -> CardContent:
    """Everything printed on card ``card_number``, in ``lang`` (default: the club's language)."""
    card = _load_cards(session, [card_number]).get(card_number)
    if card is None:
        raise NotFound(f"No card {card_number} at this branch.")
    return _CardTexts(session, profile, lang, as_of).content(card)


# ---- which cards ----------------------------------------------------------------------------


def _unique(card_numbers: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip().upper() for n in card_numbers if n.strip()))


def _printable_member() -> ColumnElement[bool]:
    """SQL condition: the membership is neither withdrawn nor past its last valid day."""
    return and_(
        Membership.status != "withdrawn",
        or_(Membership.valid_until.is_(None), Membership.valid_until >= today()),
    )


def pending_cards(db: Database) -> list[str]:
    """All valid cards not yet printed, oldest first, of members still in the club (a withdrawn
    or lapsed member's card is not worth printing and would be refused at the scanner)."""
    with db.read() as s:
        stmt = (
            select(Card.card_number)
            .join(Vehicle, Vehicle.id == Card.vehicle_id)
            .join(Membership, Membership.member_id == Vehicle.member_id)
            .where(Card.status == "active", Card.printed_at.is_(None), _printable_member())
            .order_by(Card.issued_at, Card.card_number)
        )
        return list(s.scalars(stmt))


def cards_for_members(db: Database, member_ids: Sequence[str]) -> list[str]:
    """The valid card of every car of these members, in member number and purchase order."""
    ids = list(dict.fromkeys(member_ids))
    numbers: list[str] = []
    with db.read() as s:
        for start in range(0, len(ids), _CHUNK):
            stmt = (
                select(Card.card_number)
                .join(Vehicle, Vehicle.id == Card.vehicle_id)
                .join(Member, Member.id == Vehicle.member_id)
                .where(Member.id.in_(ids[start : start + _CHUNK]), Card.status == "active")
                .order_by(Member.member_number, Vehicle.purchased_on, Vehicle.created_at)
            )
            numbers.extend(s.scalars(stmt))
    return numbers


def card_for_plate(db: Database, plate_key: str) -> str:
    """The valid card of the car with this plate key."""
    with db.read() as s:
        number = s.scalar(
            select(Card.card_number)
            .join(Vehicle, Vehicle.id == Card.vehicle_id)
            .where(Vehicle.plate_key == plate_key, Card.status == "active")
        )
    if number is None:
        raise NotFound(f"No car with plate {format_plate(plate_key)} and a valid card at this branch.")
    return number


def _check_printable(profile: ClubProfile, card: Card, as_of: date) -> None:
    if card.status == "replaced":
        raise ValidationError(
            "card_number", f"Card {card.card_number} was replaced by {card.replaced_by}; print that card instead."
        )
    if card.status != "active":
        raise ValidationError("card_number", f"Card {card.card_number} was revoked and cannot be printed.")
    ms = card.vehicle.member.membership
    state = membership_rules.membership_state(
        profile, valid_until=ms.valid_until, withdrawn=ms.status == "withdrawn", as_of=as_of
    )
    name = card.vehicle.member.full_name
    if state == "withdrawn":
        raise ValidationError(
            "card_number", f"Card {card.card_number}: {name} withdrew from the club; their card is not printed."
        )
    if state == "expired":
        raise ValidationError(
            "card_number",
            f"Card {card.card_number}: the membership of {name} has lapsed; enrol them again before printing.",
        )


# ---- rendering and recording ------------------------------------------------------------------


def render_pdf(
    db: Database,
    profile: ClubProfile,
    actor: Actor,
    card_numbers: Sequence[str],
    layout: Layout = "cr80",
    *,
    offset_mm: tuple[float, float] | None = None,
    bleed: bool = False,
    progress: Progress | None = None,
    lang: str | None = None,
    as_of: date | None = None,
) -> RenderedCards:
    """Render the cards to PDF bytes without recording anything (preview, then print or save).

    ``offset_mm`` defaults to the branch's printer calibration. ``progress(done, total)``
    returning False raises :class:`dealer_app.cards.RenderCancelled`.
    """
    actor.require(Permission.PRINT_CARDS)
    if layout not in LAYOUTS:
        raise ValidationError("layout", f"{layout!r} is not a card layout: use cr80 (card printer) or a4 (sheets).")
    numbers = _unique(card_numbers)
    if not numbers:
        raise ValidationError("card_numbers", "Choose at least one card to print.")
    as_of = as_of or today()
    with db.read() as s:
        cards = _load_cards(s, numbers)
        missing = [n for n in numbers if n not in cards]
        if missing:
            raise NotFound(f"No card {missing[0]} at this branch.")
        for n in numbers:
            _check_printable(profile, cards[n], as_of)
        texts = _CardTexts(s, profile, lang, as_of)
        contents = [texts.content(cards[n]) for n in numbers]
        if offset_mm is None:
            offset_mm = (texts.branch.printer_offset_x_mm, texts.branch.printer_offset_y_mm)
    # Rendered outside the read transaction: a long batch must not hold the database.
    buf = io.BytesIO()
    pages = render_cards(contents, buf, layout, offset_mm=offset_mm, bleed=bleed, progress=progress)
    return RenderedCards(buf.getvalue(), numbers, layout, pages)


def record_printed(db: Database, actor: Actor, rendered: RenderedCards) -> PrintResult:
    """Record that ``rendered`` went to the printer (or to a PDF for one): who and when, with an
    audit row per card, in one transaction."""
    actor.require(Permission.PRINT_CARDS)
    now = utcnow()
    with db.write() as s:
        cards = _load_cards(s, rendered.card_numbers)
        for number in rendered.card_numbers:
            card = cards.get(number)
            if card is None:
                raise NotFound(f"No card {number} at this branch.")
            # Recorded even if the card was replaced since rendering: it was printed all the same.
            card.printed_at = now
            card.printed_by = actor.username
            audit.record(
                s, actor, "card.print", "member", card.vehicle.member_id,
                card_number=number, version=card.version, layout=rendered.layout,
            )
    return PrintResult(rendered.card_numbers, rendered.layout, rendered.pages, now, actor.username)


def _write_atomically(path: Path, data: bytes) -> None:
    """The whole PDF or nothing: a card printer spooling a half-written file wastes cards."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pdf(rendered: RenderedCards, out: BinaryIO | Path) -> None:
    if isinstance(out, Path):
        _write_atomically(out, rendered.pdf)
    else:
        out.write(rendered.pdf)


def print_cards(
    db: Database,
    profile: ClubProfile,
    actor: Actor,
    card_numbers: Sequence[str],
    out: BinaryIO | Path,
    layout: Layout = "cr80",
    *,
    offset_mm: tuple[float, float] | None = None,
    bleed: bool = False,
    progress: Progress | None = None,
    lang: str | None = None,
) -> PrintResult:
    """Render the cards into ``out`` (the print job) and record who printed them.

    Nothing is recorded when rendering fails or is cancelled, or when ``out`` cannot be written.
    """
    rendered = render_pdf(
        db, profile, actor, card_numbers, layout, offset_mm=offset_mm, bleed=bleed, progress=progress, lang=lang
    )
    write_pdf(rendered, out)
    return record_printed(db, actor, rendered)


# ---- reprint and hand-over ------------------------------------------------------------------


def reprint(db: Database, profile: ClubProfile, actor: Actor, vehicle_id: str, as_of: date | None = None) -> str:
    """Issue a new card number for the car (lost, damaged or misprinted card); returns it.

    The old card becomes "replaced", so scanning it is refused from now on. The new card is
    not printed yet: it appears among the pending cards.
    """
    actor.require(Permission.PRINT_CARDS)
    as_of = as_of or today()
    with db.write() as s:
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise NotFound(f"No car with id {vehicle_id}.")
        ms = s.get(Membership, vehicle.member_id)
        if ms is None:
            raise NotFound(f"No member with id {vehicle.member_id}.")
        state = membership_rules.membership_state(
            profile, valid_until=ms.valid_until, withdrawn=ms.status == "withdrawn", as_of=as_of
        )
        if state == "withdrawn":
            raise ValidationError("membership", "This member withdrew from the club; no new card can be issued.")
        if state == "expired":
            raise ValidationError("membership", "This membership has lapsed; enrol the member again for a new card.")
        card = issue_card(s, actor, vehicle, branch_settings.load(s).branch_code)
        return card.card_number


def hand_over(db: Database, actor: Actor, card_number: str) -> datetime:
    """Record that the printed card was given to the member; returns when."""
    # Whoever serves the member at the counter hands the card over, so front-desk staff may
    # record it as well as managers; service advisors do not deal with cards.
    if not (actor.can(Permission.PRINT_CARDS) or actor.can(Permission.ENROLL)):
        raise PermissionDenied(actor.username, Permission.PRINT_CARDS)
    number = card_number.strip().upper()
    now = utcnow()
    with db.write() as s:
        card = s.get(Card, number)
        if card is None:
            raise NotFound(f"No card {number} at this branch.")
        if card.status != "active":
            raise ValidationError("card_number", f"Card {number} is no longer valid; hand over its replacement.")
        if card.printed_at is None:
            raise ValidationError("card_number", f"Card {number} has not been printed yet; print it first.")
        if card.handed_over_at is not None:
            raise ValidationError(
                "card_number", f"Card {number} was already handed over (by {card.handed_over_by})."
            )
        card.handed_over_at = now
        card.handed_over_by = actor.username
        audit.record(s, actor, "card.hand_over", "member", card.vehicle.member_id, card_number=number,
                     version=card.version)
    return now
