"""A club profile: one manufacturer's club rules as data (earning table, tiers, benefits,
membership life cycle, card texts, request types), loaded from TOML and validated.

Head office publishes new profile versions as TOML text, so every check lives here and a bad
profile is refused with the file, the dotted key and the reason, never half-applied.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

import phonenumbers
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from dealer_app.resources import resource_path

LocalText = dict[str, str]
"""Text per language code ("fa", "zh_CN", "tr", "en")."""

Language = Literal["fa", "zh_CN", "tr", "en"]
FieldKind = Literal["text", "date", "money", "choice"]
Source = Literal["direct", "used"]
DiscountKind = Literal["purchase", "labour", "parts"]

FALLBACK_LANGUAGE = "en"
DISCOUNT_BENEFITS: dict[str, DiscountKind] = {
    "purchase_discount": "purchase",
    "labour_discount": "labour",
    "parts_discount": "parts",
}
"""Request types may name these as their benefit; tiers have them when the percentage is > 0."""

_CODE = r"^[a-z][a-z0-9_]*$"
Code = Annotated[str, Field(pattern=_CODE, max_length=40)]
Percent = Annotated[Decimal, Field(ge=0, le=100)]
HexColour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class ProfileError(ValueError):
    """A profile that cannot be used: which file, which key (dotted path) and why."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        self.file = file
        self.key = key
        self.reason = reason
        super().__init__(f"{file}: {key}: {reason}")


def _invariant(key: str, reason: str) -> PydanticCustomError:
    # A custom error keeps the dotted key through pydantic, which reports model-level
    # validator errors at the model's root.
    return PydanticCustomError("profile_invariant", "{key}: {reason}", {"key": key, "reason": reason})


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Holiday(_Model):
    on: date
    name: str = Field(min_length=1)


class Calendar(_Model):
    working_days: tuple[Annotated[int, Field(ge=1, le=7)], ...] = Field(min_length=1)
    """ISO weekday numbers (Monday 1 … Sunday 7) that are working days."""
    week_starts_on: int = Field(ge=1, le=7)
    holidays: tuple[Holiday, ...] = ()
    extra_working_days: tuple[date, ...] = ()
    """Weekend days declared working days (China's make-up days around long holidays)."""


class EligibilityRules(_Model):
    eligible_from: date
    phase: Literal[1, 2]
    sources_by_phase: dict[Annotated[int, Field(ge=1, le=2)], tuple[Source, ...]]


class CarBand(_Model):
    from_position: int = Field(ge=1)
    to_position: int = Field(ge=1)
    points: int = Field(ge=0)


class Earning(_Model):
    join: int = Field(ge=0)
    profile_complete: int = Field(ge=0)
    cars: tuple[CarBand, ...] = Field(min_length=1)
    """Points per car by its position among the member's eligible purchases; none beyond the last band."""


class Tier(_Model):
    code: Code
    min_points: int = Field(ge=0)
    max_points: int | None = None
    """Inclusive; must be the next tier's min_points - 1, and absent on the top tier."""
    names: LocalText
    colour: HexColour


class TierBenefits(_Model):
    flags: tuple[Code, ...] = ()
    purchase_discount_percent: Percent = Decimal(0)
    labour_discount_percent: Percent = Decimal(0)
    parts_discount_percent: Percent = Decimal(0)

    def percent(self, kind: DiscountKind) -> Decimal:
        return {
            "purchase": self.purchase_discount_percent,
            "labour": self.labour_discount_percent,
            "parts": self.parts_discount_percent,
        }[kind]


class BenefitFlag(_Model):
    names: LocalText


class Membership(_Model):
    validity_months: int | None = Field(default=None, ge=1, le=120)
    """None: membership does not expire."""
    renewal: Literal["before_expiry", "none"] = "none"
    """before_expiry: renew any time up to the last valid day; after that the member enrols again."""
    expiring_notice_days: int = Field(default=30, ge=0, le=365)
    withdrawal_window_days: int | None = Field(default=None, ge=0)
    """Days after joining in which a member may withdraw; None: any time."""
    refund_join_methods: tuple[Code, ...] = ()
    join_methods: tuple[Code, ...] = Field(min_length=1)
    """The first is the default at enrolment."""


class CardTexts(_Model):
    terms: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    logo: str | None = None
    """Relative to resources/, e.g. "images/kerman_motor.png"."""
    service_logo: str | None = None


class Choice(_Model):
    code: Code
    names: LocalText


class RequestField(_Model):
    name: Code
    kind: FieldKind
    required: bool = False
    labels: LocalText
    choices: tuple[Choice, ...] = ()


class RequestType(_Model):
    code: Code
    names: LocalText
    response_working_days: int | None = Field(default=None, ge=1, le=60)
    response_hours: int | None = Field(default=None, ge=1, le=24 * 30)
    allowed_tiers: tuple[Code, ...] = ()
    """Empty: every member whatever the tier."""
    benefit: Code | None = None
    """The benefit this request uses; allowed_tiers must be exactly the tiers that have it."""
    head_office_decision: bool = True
    requires_active_membership: bool = True
    fields: tuple[RequestField, ...] = ()

    def field(self, name: str) -> RequestField | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True, slots=True)
class RuleTables:
    """Precomputed lookups for the rules engine, built once per profile instance."""

    join_points: int
    profile_points: int
    car_points: tuple[int, ...]
    """car_points[n - 1] is what the nth eligible car earns; cars beyond the tuple earn nothing."""
    tier_mins: tuple[int, ...]
    tier_codes: tuple[str, ...]
    tier_english: tuple[str, ...]
    benefits: tuple[TierBenefits, ...]
    eligible_from: date
    sources_by_phase: Mapping[int, frozenset[str]]


class ClubProfile(_Model):
    code: Code
    version: int = Field(ge=1)
    default_language: Language
    club_name: LocalText
    service_name: LocalText
    slogan: LocalText
    hotline_24h: str | None = None
    service_phone: str | None = None
    country: Literal["IR", "CN", "TR"]
    currency: Literal["IRR", "CNY", "TRY"]
    calendar: Literal["jalali", "gregorian"]
    week: Calendar
    eligibility: EligibilityRules
    earning: Earning
    tiers: tuple[Tier, ...] = Field(min_length=1)
    benefit_flags: dict[Code, BenefitFlag]
    benefits: dict[Code, TierBenefits]
    membership: Membership
    card: CardTexts = CardTexts()
    request_types: tuple[RequestType, ...] = Field(min_length=1)

    # ---- lookups ---------------------------------------------------------------------------

    def text(self, field: str, lang: str) -> str:
        """A per-language text field (club_name, service_name, slogan) in `lang`, else the
        profile's default language, else English."""
        value = getattr(self, field, None)
        if not isinstance(value, dict):
            raise AttributeError(f"{field!r} is not a per-language text of a club profile")
        return pick(value, lang, self.default_language)

    def tier(self, code: str) -> Tier:
        for t in self.tiers:
            if t.code == code:
                return t
        raise KeyError(f"unknown tier {code!r} in club profile {self.code!r}")

    def request_type(self, code: str) -> RequestType:
        for rt in self.request_types:
            if rt.code == code:
                return rt
        raise KeyError(f"unknown request type {code!r} in club profile {self.code!r}")

    def tier_name(self, code: str, lang: str = FALLBACK_LANGUAGE) -> str:
        return pick(self.tier(code).names, lang, self.default_language)

    def is_working_day(self, day: date) -> bool:
        return day in self._working_overrides or (
            day.isoweekday() in self.week.working_days and day not in self._holiday_dates
        )

    @cached_property
    def _holiday_dates(self) -> frozenset[date]:
        return frozenset(h.on for h in self.week.holidays)

    @cached_property
    def _working_overrides(self) -> frozenset[date]:
        return frozenset(self.week.extra_working_days)

    @cached_property
    def rule_tables(self) -> RuleTables:
        car_points: list[int] = []
        for band in self.earning.cars:
            car_points.extend([band.points] * (band.to_position - band.from_position + 1))
        return RuleTables(
            join_points=self.earning.join,
            profile_points=self.earning.profile_complete,
            car_points=tuple(car_points),
            tier_mins=tuple(t.min_points for t in self.tiers),
            tier_codes=tuple(t.code for t in self.tiers),
            tier_english=tuple(pick(t.names, FALLBACK_LANGUAGE, self.default_language) for t in self.tiers),
            benefits=tuple(self.benefits[t.code] for t in self.tiers),
            eligible_from=self.eligibility.eligible_from,
            sources_by_phase={p: frozenset(s) for p, s in self.eligibility.sources_by_phase.items()},
        )

    # ---- cross-field invariants --------------------------------------------------------------

    @model_validator(mode="after")
    def _check(self) -> ClubProfile:
        for key, reason in self._problems():
            raise _invariant(key, reason)
        return self

    def _problems(self) -> Iterator[tuple[str, str]]:
        langs = {self.default_language, FALLBACK_LANGUAGE}
        for key, texts in self._local_texts():
            missing = sorted(langs - texts.keys())
            if missing:
                yield key, f"needs a text for {', '.join(missing)}"
            for lang, value in texts.items():
                if lang not in ("fa", "zh_CN", "tr", "en"):
                    yield f"{key}.{lang}", "unknown language; use fa, zh_CN, tr or en"
                elif not value:
                    yield f"{key}.{lang}", "is empty"

        for name in ("hotline_24h", "service_phone"):
            number = getattr(self, name)
            if number is not None and not _is_phone(number, self.country):
                yield name, f"{number!r} is not a valid phone number in {self.country}"

        if len(set(self.week.working_days)) != len(self.week.working_days):
            yield "week.working_days", "lists a weekday twice"
        for i, day in enumerate(self.week.extra_working_days):
            if day.isoweekday() in self.week.working_days:
                yield f"week.extra_working_days[{i}]", f"{day} is a working day already"

        phases = self.eligibility.sources_by_phase
        if self.eligibility.phase not in phases:
            yield "eligibility.sources_by_phase", f"has no entry for the current phase {self.eligibility.phase}"
        for p, sources in phases.items():
            if not sources:
                yield f"eligibility.sources_by_phase.{p}", "allows no purchase source"

        expected = 1
        for i, band in enumerate(self.earning.cars):
            if band.from_position != expected:
                yield f"earning.cars[{i}].from_position", f"must be {expected} so the bands are contiguous"
            if band.to_position < band.from_position:
                yield f"earning.cars[{i}].to_position", "is below from_position"
            expected = band.to_position + 1

        yield from self._tier_problems()

        for code in self.benefits:
            if code not in self._tier_codes:
                yield f"benefits.{code}", "is not a tier of this profile"
        for t in self.tiers:
            if t.code not in self.benefits:
                yield f"benefits.{t.code}", "is missing: every tier needs its benefits (may be empty)"
        for code, b in self.benefits.items():
            for j, flag in enumerate(b.flags):
                if flag not in self.benefit_flags:
                    yield f"benefits.{code}.flags[{j}]", f"{flag!r} is not listed in benefit_flags"

        m = self.membership
        if len(set(m.join_methods)) != len(m.join_methods):
            yield "membership.join_methods", "lists a method twice"
        for i, method in enumerate(m.refund_join_methods):
            if method not in m.join_methods:
                yield f"membership.refund_join_methods[{i}]", f"{method!r} is not a join method"
        if m.renewal == "before_expiry" and m.validity_months is None:
            yield "membership.renewal", "needs validity_months: a membership that never expires cannot be renewed"

        for name in ("logo", "service_logo"):
            value = getattr(self.card, name)
            if value is not None:
                logo_path = PurePosixPath(value)
                if logo_path.is_absolute() or ".." in logo_path.parts or "\\" in value:
                    yield f"card.{name}", "must be a path inside resources/ like images/logo.png"
        for lang in self.card.terms:
            if lang not in ("fa", "zh_CN", "tr", "en"):
                yield f"card.terms.{lang}", "unknown language; use fa, zh_CN, tr or en"

        yield from self._request_type_problems()

    @property
    def _tier_codes(self) -> list[str]:
        return [t.code for t in self.tiers]

    def _tier_problems(self) -> Iterator[tuple[str, str]]:
        codes = self._tier_codes
        if len(set(codes)) != len(codes):
            yield "tiers", "two tiers share a code"
        for i, t in enumerate(self.tiers):
            nxt = self.tiers[i + 1] if i + 1 < len(self.tiers) else None
            if nxt is not None and nxt.min_points <= t.min_points:
                yield f"tiers[{i + 1}].min_points", (
                    f"{nxt.min_points} must be above {t.code}'s min_points {t.min_points}: "
                    "list tiers from lowest to highest"
                )
                continue
            if t.max_points is None:
                continue
            if t.max_points < t.min_points:
                yield f"tiers[{i}].max_points", "is below min_points"
            elif nxt is None:
                yield f"tiers[{i}].max_points", "must be left out on the top tier, which has no ceiling"
            elif t.max_points >= nxt.min_points:
                yield f"tiers[{i}].max_points", f"{t.max_points} overlaps {nxt.code} from {nxt.min_points}"
            elif t.max_points != nxt.min_points - 1:
                yield f"tiers[{i}].max_points", (
                    f"leaves {t.max_points + 1}–{nxt.min_points - 1} points without a tier"
                )

    def _request_type_problems(self) -> Iterator[tuple[str, str]]:
        codes = [rt.code for rt in self.request_types]
        if len(set(codes)) != len(codes):
            yield "request_types", "two request types share a code"
        tier_codes = self._tier_codes
        for i, rt in enumerate(self.request_types):
            key = f"request_types[{i}]"
            if (rt.response_working_days is None) == (rt.response_hours is None):
                yield key, "give exactly one of response_working_days and response_hours"
            for j, tier in enumerate(rt.allowed_tiers):
                if tier not in tier_codes:
                    yield f"{key}.allowed_tiers[{j}]", f"{tier!r} is not a tier of this profile"
            if rt.benefit is not None:
                having = self._tiers_with_benefit(rt.benefit)
                if having is None:
                    yield f"{key}.benefit", f"{rt.benefit!r} is neither a benefit flag nor a discount"
                elif set(rt.allowed_tiers) != set(having):
                    yield f"{key}.allowed_tiers", (
                        f"must be the tiers that have {rt.benefit}: {', '.join(having) or 'none'}"
                    )
            names = [f.name for f in rt.fields]
            if len(set(names)) != len(names):
                yield f"{key}.fields", "two fields share a name"
            for j, f in enumerate(rt.fields):
                if f.kind == "choice" and not f.choices:
                    yield f"{key}.fields[{j}].choices", "a choice field needs its choices"
                if f.kind != "choice" and f.choices:
                    yield f"{key}.fields[{j}].choices", f"only choice fields have choices, not {f.kind}"
                choice_codes = [c.code for c in f.choices]
                if len(set(choice_codes)) != len(choice_codes):
                    yield f"{key}.fields[{j}].choices", "two choices share a code"

    def _tiers_with_benefit(self, benefit: str) -> list[str] | None:
        if benefit in DISCOUNT_BENEFITS:
            kind = DISCOUNT_BENEFITS[benefit]
            return [t.code for t in self.tiers if self.benefits[t.code].percent(kind) > 0]
        if benefit in self.benefit_flags:
            return [t.code for t in self.tiers if benefit in self.benefits[t.code].flags]
        return None

    def _local_texts(self) -> Iterator[tuple[str, LocalText]]:
        yield "club_name", self.club_name
        yield "service_name", self.service_name
        yield "slogan", self.slogan
        for i, t in enumerate(self.tiers):
            yield f"tiers[{i}].names", t.names
        for code, flag in self.benefit_flags.items():
            yield f"benefit_flags.{code}.names", flag.names
        for i, rt in enumerate(self.request_types):
            yield f"request_types[{i}].names", rt.names
            for j, f in enumerate(rt.fields):
                yield f"request_types[{i}].fields[{j}].labels", f.labels
                for k, c in enumerate(f.choices):
                    yield f"request_types[{i}].fields[{j}].choices[{k}].names", c.names


def pick(texts: Mapping[str, str], lang: str, default_language: str) -> str:
    """`texts` in `lang`, else the default language, else English, else any."""
    for candidate in (lang, default_language, FALLBACK_LANGUAGE):
        value = texts.get(candidate)
        if value:
            return value
    return next(iter(texts.values()), "")


def _is_phone(number: str, country: str) -> bool:
    try:
        parsed = phonenumbers.parse(number, country)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


# ---- loading ---------------------------------------------------------------------------------

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_cache: dict[Path, tuple[int, int, ClubProfile]] = {}


def clubs_dir() -> Path:
    return resource_path("clubs")


def available_profiles() -> list[str]:
    """Names of the shipped profiles, for load_profile(name)."""
    return sorted(p.stem for p in clubs_dir().glob("*.toml"))


def load_profile(name_or_path: str | Path) -> ClubProfile:
    """Load a shipped profile by bare name ("kerman_motor") or any TOML file by path.

    Loaded profiles are cached per file until the file changes, so the engine's precomputed
    tables are built once per profile rather than on every service call.
    """
    by_name = isinstance(name_or_path, str) and _NAME.match(name_or_path) is not None
    path = clubs_dir() / f"{name_or_path}.toml" if by_name else Path(name_or_path)
    try:
        stat = path.stat()
        cached = _cache.get(path)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size):
            return cached[2]
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        hint = f" Shipped profiles: {', '.join(available_profiles()) or 'none'}." if by_name else ""
        raise ProfileError(str(path), "(file)", f"no such club profile.{hint}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(str(path), "(file)", f"cannot be read: {exc}") from exc
    profile = parse_profile(text, str(path))
    if by_name and profile.code != name_or_path:
        raise ProfileError(str(path), "code", f"is {profile.code!r} but the file is named {name_or_path!r}")
    _cache[path] = (stat.st_mtime_ns, stat.st_size, profile)
    return profile


def parse_profile(text: str, source: str) -> ClubProfile:
    """Validate TOML text (e.g. a profile uploaded to head office); `source` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(source, "(toml)", str(exc)) from exc
    return profile_from_dict(data, source)


def profile_from_dict(data: Mapping[str, Any], source: str) -> ClubProfile:
    try:
        return ClubProfile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        ctx = err.get("ctx") or {}
        if err["type"] == "profile_invariant":
            raise ProfileError(source, str(ctx["key"]), str(ctx["reason"])) from None
        raise ProfileError(source, _dotted(err["loc"]) or "(root)", err["msg"]) from None


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif "[" in part and "]" in part:
            # pydantic's validator labels such as "function-after[...]" are not keys.
            continue
        else:
            out += f".{part}" if out else part
    return out
