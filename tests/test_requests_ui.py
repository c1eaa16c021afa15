"""pytest-qt: the new-request dialog captures every request type of the profile and explains a
refusal; the requests panel filters and logs the call telling the customer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from dealer_app.clock import utcnow
from dealer_app.db.models import OutboxEntry
from dealer_app.services import members
from dealer_app.services import requests as rq
from dealer_app.services.members import VehicleForm
from tests.helpers import enrollment, ir_plate
from ui.new_request_dialog import NewRequestDialog
from ui.requests_panel import RequestsPanel
from ui.tasks import TaskRunner

FIELDS = {
    "delivery_priority": {"case": "a", "order_number": "KM-1", "paid_in_full": "yes"},
    "registration_priority": {"sales_plan": "پیش‌فروش", "model": "KMC J7"},
    "purchase_discount": {"model": "KMC J7", "price": "2,500,000,000"},
    "complaint": {"subject": "تاخیر", "details": "خودرو دیر تحویل شد."},
    "withdrawal": {"reason": "تغییر محل سکونت"},
    "profile_correction": {"field_name": "phone", "correct_value": "09121234567"},
    "enquiry": {"question": "امتیاز من چند است؟"},
}


def _member(db, profile, actor, cars: int, n: int = 1) -> str:
    view = members.enroll(db, profile, actor, enrollment(n))
    for k in range(1, cars):
        members.add_vehicle(db, profile, actor, view.id,
                            VehicleForm(plate=ir_plate(n * 100 + k), model="KMC T8", purchased_on=date(2021, 1, k)))
    return view.id


@pytest.fixture
def runner(qtbot):
    return TaskRunner(synchronous=True)


def _dialog(qtbot, branch_db, profile, actor, member_id, runner) -> NewRequestDialog:
    dialog = NewRequestDialog(branch_db, profile, actor, member_id, runner=runner)
    qtbot.addWidget(dialog)
    return dialog


def test_profile_request_types_cover_the_dialog_test_data(profile):
    assert {rt.code for rt in profile.request_types} == set(FIELDS)


@pytest.mark.parametrize("request_type", sorted(FIELDS))
def test_capture_each_request_type_from_the_dialog(qtbot, branch_db, profile, front_desk, runner, request_type):
    member_id = _member(branch_db, profile, front_desk, cars=6)  # Diamond: every type is open to them
    dialog = _dialog(qtbot, branch_db, profile, front_desk, member_id, runner)
    dialog.select_type(request_type)
    rt = profile.request_type(request_type)
    assert set(dialog.field_widgets) == {f.name for f in rt.fields}
    for name, value in FIELDS[request_type].items():
        dialog.set_field(name, value)
    assert "may ask for this now" in dialog.explanation.text()
    assert dialog.enquiry_button.isHidden()
    with qtbot.waitSignal(dialog.request_captured, timeout=2000):
        dialog.capture_button.click()
    assert dialog.captured is not None
    assert (dialog.captured.type, dialog.captured.status) == (request_type, "queued")
    assert dialog.result() == NewRequestDialog.DialogCode.Accepted
    with branch_db.read() as s:
        [payload] = [e.payload for e in s.scalars(select(OutboxEntry).where(OutboxEntry.type == "request.captured"))]
    assert payload["request_id"] == dialog.captured.id
    assert payload["vehicle_id"] is None  # six cars: the clerk did not pick one


def test_choice_fields_offer_the_profile_choices(qtbot, branch_db, profile, front_desk, runner):
    member_id = _member(branch_db, profile, front_desk, cars=3)
    dialog = _dialog(qtbot, branch_db, profile, front_desk, member_id, runner)
    dialog.select_type("delivery_priority")
    case = dialog.field_widgets["case"]
    assert isinstance(case, QComboBox)
    assert [case.itemData(i) for i in range(case.count())] == ["", "a", "b"]


def test_refused_request_explains_why_and_can_be_recorded_as_enquiry(
    qtbot, branch_db, profile, front_desk, runner
):
    member_id = _member(branch_db, profile, front_desk, cars=2)  # Silver
    dialog = _dialog(qtbot, branch_db, profile, front_desk, member_id, runner)
    dialog.select_type("delivery_priority")
    for name, value in FIELDS["delivery_priority"].items():
        dialog.set_field(name, value)
    text = dialog.explanation.text()
    assert "Not possible now" in text and "Gold and Diamond" in text and "Silver" in text
    assert not dialog.enquiry_button.isHidden()

    dialog.capture_button.click()  # the clerk tries anyway: refused, nothing stored
    assert dialog.captured is None
    assert "Gold and Diamond" in dialog.explanation.text()
    assert rq.list_requests(branch_db) == []

    with qtbot.waitSignal(dialog.request_captured, timeout=2000):
        dialog.enquiry_button.click()
    assert dialog.captured is not None
    assert (dialog.captured.type, dialog.captured.refused_type) == ("enquiry", "delivery_priority")


def test_refusal_before_the_window_names_the_first_allowed_date(qtbot, branch_db, profile, front_desk, runner):
    member_id = _member(branch_db, profile, front_desk, cars=3)  # Gold
    dialog = _dialog(qtbot, branch_db, profile, front_desk, member_id, runner)
    dialog.select_type("delivery_priority")
    due = (rq.to_local(utcnow()).date() + timedelta(days=90)).isoformat()
    dialog.set_field("case", "b")
    dialog.set_field("order_number", "KM-2")
    dialog.set_field("due_delivery_date", due)
    assert "First possible on" in dialog.explanation.text()
    assert not dialog.enquiry_button.isHidden()


def test_missing_required_field_is_shown_next_to_the_form(qtbot, branch_db, profile, front_desk, runner):
    member_id = _member(branch_db, profile, front_desk, cars=1)
    dialog = _dialog(qtbot, branch_db, profile, front_desk, member_id, runner)
    dialog.select_type("complaint")
    dialog.set_field("subject", "تاخیر")
    dialog.capture_button.click()
    assert dialog.captured is None
    assert "details" in dialog.field_message.text().lower()
    assert dialog.capture_button.isEnabled()


def test_panel_filters_and_logs_the_customer_call(qtbot, branch_db, profile, front_desk, runner):
    member_id = _member(branch_db, profile, front_desk, cars=3)
    approved = rq.capture(branch_db, profile, front_desk, member_id, "delivery_priority", FIELDS["delivery_priority"])
    waiting = rq.capture(branch_db, profile, front_desk, member_id, "complaint", FIELDS["complaint"])
    with branch_db.write() as s:
        rq.apply_decision(s, approved.id, "approved", "Moved up", "Regional manager", utcnow(), "gold")

    panel = RequestsPanel(branch_db, profile, front_desk, member_id=member_id, runner=runner)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 2
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("open"))
    assert [panel.model.request(r).id for r in range(panel.model.rowCount())] == [waiting.id]
    panel.status_filter.setCurrentIndex(0)
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("delivery_priority"))
    assert panel.model.rowCount() == 1
    panel.type_filter.setCurrentIndex(0)
    panel.mine_filter.setChecked(True)
    assert panel.model.rowCount() == 2
    panel.overdue_filter.setChecked(True)
    assert panel.model.rowCount() == 0 and not panel.empty_label.isHidden()
    panel.overdue_filter.setChecked(False)

    assert panel.select_request(waiting.id)
    assert not panel.informed_button.isEnabled()  # head office has not decided yet
    assert panel.select_request(approved.id)
    assert panel.timeline.count() == 3  # captured, queued, approved
    assert panel.informed_button.isEnabled()
    panel.note_edit.setText("Called: approved, delivery on Saturday")
    with qtbot.waitSignal(panel.request_changed, timeout=2000):
        panel.informed_button.click()
    assert rq.get_request(branch_db, approved.id).status == "customer_informed"
    assert panel.timeline.count() == 4
    assert "delivery on Saturday" in panel.timeline.item(3).text()
    assert panel.close_button.isEnabled()
    panel.close_button.click()
    assert rq.get_request(branch_db, approved.id).status == "closed"


def test_panel_explains_a_missing_note(qtbot, branch_db, profile, front_desk, runner):
    member_id = _member(branch_db, profile, front_desk, cars=1)
    enquiry = rq.capture(branch_db, profile, front_desk, member_id, "enquiry", FIELDS["enquiry"])
    panel = RequestsPanel(branch_db, profile, front_desk, runner=runner)
    qtbot.addWidget(panel)
    assert panel.select_request(enquiry.id)
    assert panel.informed_button.isEnabled()  # the branch answers enquiries itself
    panel.informed_button.click()
    assert "told" in panel.message.text()
    assert rq.get_request(branch_db, enquiry.id).status == "queued"
