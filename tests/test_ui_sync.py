"""The counter's sync status and head-office settings, against a real dealer-hq process."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from dealer_app.services import requests as branch_requests
from dealer_app.sync.client import load_config
from tests.hq_process import HQServer, add_branch, free_port, hq
from tests.test_ui_support import enroll, make_ctx
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def test_status_never_says_synced_while_work_waits_and_decisions_come_back(
    qtbot, branch_db, manager, tmp_path, monkeypatch
):
    ctx = make_ctx(branch_db, manager)
    member = enroll(branch_db, manager, "Sara Karimi", 1)
    request = branch_requests.capture(branch_db, ctx.profile, manager, member.id, "complaint",
                                      {"subject": "Late delivery", "details": "Still waiting for the car."})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.status_area.sync_state == "offline"
    assert "Not connected" in window.status_area.sync_label.text()
    assert "waiting" in window.status_area.sync_label.text()

    db_url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    secret = add_branch(db_url, "TH01")
    # Connected, but head office is down: offline with work waiting, never "synced".
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    panel = dialog.head_office
    panel.url.setText(f"http://127.0.0.1:{free_port()}")
    panel.code.setText("th01")
    panel.secret.setText(secret)
    panel.save_button.click()
    assert load_config(branch_db).branch_code == "TH01"
    window.sync_now()
    assert window.status_area.sync_state == "offline"
    assert "waiting" in window.status_area.sync_label.text()

    server = HQServer(db_url, tmp_path).start()
    try:
        panel.url.setText(server.url)
        panel.save_button.click()  # keeps the stored secret
        window.sync.stop()  # no retry timer racing the explicit syncs below
        window.sync_now()
        assert window.status_area.sync_state == "synced", window.status_area.sync_label.text()
        assert "Synced at" in window.status_area.sync_label.text()

        listed = json.loads(hq(db_url, "requests", "list", "--json"))
        assert [r["id"] for r in listed] == [request.id]
        hq(db_url, "requests", "decide", request.id, "reject", "--note", "Outside the window")
        shown = []
        window.sync.decisions_arrived.connect(shown.append)
        window.sync_now()
        assert len(shown) == 1 and shown[0][0].request_id == request.id
        notice = window.findChild(QMessageBox, "decisionNotice")
        assert notice is not None and "Sara Karimi" in notice.text() and "rejected" in notice.text()
        assert branch_requests.get_request(branch_db, request.id).status == "rejected"
        assert branch_requests.unseen_decisions(branch_db) == []
    finally:
        server.stop()
