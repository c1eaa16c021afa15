"""Small builders shared by tests (valid national IDs, plates, enrolment forms)."""

from __future__ import annotations

from datetime import date

from dealer_app.demo import _ir_national_id
from dealer_app.services.members import EnrollmentForm, VehicleForm


def ir_id(n: int) -> str:
    return _ir_national_id(n)


def ir_plate(n: int) -> str:
    letters = ["ب", "ج", "د", "س", "ص", "ط", "ق", "ل", "م", "ن", "و", "ه", "ی"]
    return f"{10 + n % 90} {letters[n % len(letters)]} {100 + n % 900} ایران {10 + (n * 7) % 90}"


def enrollment(
    n: int,
    name: str = "علی رضایی",
    purchased_on: date = date(2020, 5, 1),
    joined_on: date = date(2020, 6, 1),
    complete: bool = True,
    source: str = "direct",
    phone: str = "09121234567",
) -> EnrollmentForm:
    return EnrollmentForm(
        full_name=name,
        national_id=ir_id(n),
        phone=phone,
        joined_on=joined_on,
        profile_complete=complete,
        vehicle=VehicleForm(plate=ir_plate(n), model="KMC J7", purchased_on=purchased_on, source=source),
    )
