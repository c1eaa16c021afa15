"""The sync wire protocol's signing helpers and the pure merge rules."""

from __future__ import annotations

import hashlib
import itertools
import uuid
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealer_app import sync_protocol as proto
from dealer_app.headoffice import merge

KEY = proto.derive_key("s3cret-shown-once")


def test_derive_key_is_sha256_of_label_and_secret() -> None:
    assert hashlib.sha256(b"dealer-club-sync-v1" + b"s3cret-shown-once").digest() == KEY
    assert proto.derive_key(" s3cret-shown-once\n") == KEY  # pasted with whitespace
    assert proto.derive_key("other") != KEY


def test_signature_covers_method_target_time_nonce_and_body() -> None:
    headers = proto.sign_request(KEY, "post", "/api/v1/sync/pull?cursor=3", b'{"a":1}', 1_700_000_000, "nonce-123",
                                 branch="TEH1")
    assert headers[proto.HEADER_BRANCH] == "TEH1"
    sig = headers[proto.HEADER_SIGNATURE]
    assert "=" not in sig
    ok = {"method": "POST", "path": "/api/v1/sync/pull?cursor=3", "body": b'{"a":1}',
          "timestamp": "1700000000", "nonce": "nonce-123"}
    assert proto.verify(KEY, **ok, signature_b64=sig)  # type: ignore[arg-type]
    changes = {"method": "GET", "path": "/api/v1/sync/pull?cursor=4", "body": b'{"a":2}',
               "timestamp": "1700000001", "nonce": "nonce-124"}
    for name, changed in changes.items():
        assert not proto.verify(KEY, **{**ok, name: changed}, signature_b64=sig)  # type: ignore[arg-type]
    assert not proto.verify(proto.derive_key("x"), **ok, signature_b64=sig)  # type: ignore[arg-type]


def test_fresh_nonce_and_timestamp_by_default() -> None:
    a = proto.sign_request(KEY, "GET", "/", b"")
    b = proto.sign_request(KEY, "GET", "/", b"")
    assert a[proto.HEADER_NONCE] != b[proto.HEADER_NONCE]
    assert abs(proto.timestamp_skew(a[proto.HEADER_TIMESTAMP]) or 0) <= 1
    assert proto.timestamp_skew("yesterday") is None


def test_entries_digest_is_order_and_case_insensitive() -> None:
    ids = [str(uuid.uuid4()) for _ in range(5)]
    expected = hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()
    assert proto.entries_digest(reversed(ids)) == expected
    assert proto.entries_digest([i.upper() for i in ids]) == expected
    assert proto.entries_digest([]) == hashlib.sha256(b"").hexdigest()


def test_entry_timestamps_are_normalised_to_naive_utc() -> None:
    e = proto.Entry.model_validate({"id": str(uuid.uuid4()), "type": "member.updated", "schema_version": 1,
                                    "created_at": "2025-01-01T12:30:00+03:30", "payload": {}})
    assert e.created_at == datetime(2025, 1, 1, 9, 0)


def _enrollment(name: str, joined: date, complete: bool = False, valid: date | None = None, number: str = "M-1",
                email: str | None = None, method: str = "paid") -> merge.Enrollment:
    return merge.Enrollment(member_number=number, country="IR", national_id="0012345679", full_name=name,
                            phone="+989121234567", joined_on=joined, join_method=method, profile_complete=complete,
                            valid_until=valid, email=email)


T0 = datetime(2025, 1, 1, 8, 0)


def test_merge_rules_per_field() -> None:
    first = _enrollment("Ali Rezaei", date(2024, 3, 1), complete=False, valid=date(2025, 3, 1), number="N-1",
                        email="ali@example.com")
    second = _enrollment("Ali Rezaee", date(2023, 6, 1), complete=True, valid=date(2024, 6, 1), number="S-7",
                         method="insurance")
    state = merge.new_state(first, merge.stamp(T0, "a"))
    merged, conflicts = merge.merge_enrollment(state, second, merge.stamp(T0 + timedelta(hours=1), "b"))

    assert merged.full_name == "Ali Rezaee"
    assert (merged.joined_on, merged.join_method) == (date(2023, 6, 1), "insurance")
    assert merged.profile_complete is True
    assert merged.valid_until == date(2025, 3, 1)
    assert merged.member_number == "N-1"
    assert merged.email == "ali@example.com"  # an empty optional field at enrollment erases nothing
    lost = {c.field: c.lost for c in conflicts}
    assert lost == {"full_name": "Ali Rezaei", "joined_on": date(2024, 3, 1), "join_method": "paid",
                    "profile_complete": False, "valid_until": date(2024, 6, 1), "member_number": "S-7"}


def test_merge_refuses_another_persons_enrollment() -> None:
    state = merge.new_state(_enrollment("A", date(2024, 1, 1)), merge.stamp(T0, "a"))
    other = merge.Enrollment(**{**_enrollment("B", date(2024, 1, 1)).__dict__, "national_id": "999"})
    with pytest.raises(ValueError, match="same country and national ID"):
        merge.merge_enrollment(state, other, merge.stamp(T0, "b"))


def test_update_clears_optional_field_and_cannot_undo_profile_completion() -> None:
    state = merge.new_state(_enrollment("A", date(2024, 1, 1), complete=True, email="a@example.com"),
                            merge.stamp(T0, "a"))
    updated, conflicts, ignored = merge.merge_update(
        state, {"email": None, "profile_complete": False, "favourite_colour": "blue", "national_id": "x"},
        merge.stamp(T0 + timedelta(minutes=5), "b"),
    )
    assert updated.email is None
    assert updated.profile_complete is True
    assert ignored == ["favourite_colour"]
    assert {c.field for c in conflicts} == {"email", "profile_complete"}
    stale, stale_conflicts, _ = merge.merge_update(updated, {"email": "old@example.com"}, merge.stamp(T0, "c"))
    assert stale.email is None and stale_conflicts[0].lost == "old@example.com"


enrollments = st.builds(
    _enrollment,
    name=st.sampled_from(["Ali", "Ali R.", "Ali Rezaei"]),
    joined=st.dates(date(2015, 1, 1), date(2025, 1, 1)),
    complete=st.booleans(),
    valid=st.none() | st.dates(date(2024, 1, 1), date(2027, 1, 1)),
    email=st.none() | st.sampled_from(["a@example.com", "b@example.com"]),
    method=st.sampled_from(["paid", "insurance", "referral"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(enrollments, st.integers(0, 10_000)), min_size=2, max_size=4, unique_by=lambda t: t[1]))
def test_merged_member_does_not_depend_on_sync_order(items: list[tuple[merge.Enrollment, int]]) -> None:
    stamped = [(e, merge.stamp(T0 + timedelta(seconds=s), f"entry-{s}")) for e, s in items]
    results = set()
    for order in itertools.permutations(stamped):
        state = merge.new_state(*order[0])
        for enrollment, at in order[1:]:
            state, _ = merge.merge_enrollment(state, enrollment, at)
        # member_number is "first received" by design, so it is left out of the comparison
        results.add((state.full_name, state.email, state.joined_on, state.join_method, state.profile_complete,
                     state.valid_until))
    assert len(results) == 1
