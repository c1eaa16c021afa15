"""One member: standing, why this tier, benefits, membership validity, cars and cards,
requests and history, with the actions the signed-in role may take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.roles import Permission
from dealer_app.services import audit, members
from ui.card_print import MemberCardMenu
from ui.context import AppContext
from ui.discount import DiscountDialog
from ui.enroll import join_method_name
from ui.formatting import (
    benefit_name,
    breakdown_text,
    fmt_date,
    fmt_number,
    isolate,
    ltr,
    plain_error,
    tier_colour,
    tier_name,
)
from ui.member_dialogs import AddVehicleDialog, EditMemberDialog, WithdrawDialog
from ui.models import RowsTableModel, TextListModel
from ui.new_request_dialog import NewRequestDialog
from ui.requests_panel import RequestsPanel
from ui.widgets import Banner, TierBadge


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    actor: str
    action: str
    details: dict[str, Any]


@dataclass(frozen=True)
class MemberData:
    view: members.MemberView
    history: tuple[HistoryRow, ...]


def load_member(db: Database, profile: ClubProfile, member_id: str) -> MemberData:
    """Everything the page shows, read in the background."""
    view = members.get(db, profile, member_id)
    with db.read() as s:
        rows = tuple(
            HistoryRow(e.at, e.actor, e.action, dict(e.details or {}))
            for e in audit.history(s, "member", member_id)
        )
    return MemberData(view, rows)


def action_text(action: str, details: dict[str, Any]) -> str:
    """An audit action in words; the audit row stores codes so the words follow the language."""
    # Literal translate calls (not a helper) so pyside6-lupdate extracts every text.
    card = str(details.get("card_number", ""))
    texts = {
        "member.enroll": QCoreApplication.translate("MemberPage", "Enrolled"),
        "member.update": QCoreApplication.translate("MemberPage", "Details changed: %1").replace(
            "%1", ", ".join(details.get("fields", []))),
        "vehicle.add": QCoreApplication.translate("MemberPage", "Car added: %1").replace(
            "%1", str(details.get("plate", ""))),
        "card.issue": QCoreApplication.translate("MemberPage", "Card %1 issued").replace("%1", card),
        "card.replace": QCoreApplication.translate("MemberPage", "Card %1 issued, replacing %2")
        .replace("%1", card)
        .replace("%2", str(details.get("replaces", ""))),
        "card.print": QCoreApplication.translate("MemberPage", "Card %1 printed").replace("%1", card),
        "card.hand_over": QCoreApplication.translate("MemberPage", "Card %1 handed to the member").replace("%1", card),
        "membership.renew": QCoreApplication.translate("MemberPage", "Membership renewed"),
        "membership.withdraw": QCoreApplication.translate("MemberPage", "Membership withdrawn"),
    }
    if action in texts:
        return texts[action]
    if action.startswith("request."):
        return QCoreApplication.translate("MemberPage", "Request: %1").replace(
            "%1", action.split(".", 1)[1].replace("_", " "))
    return action


def state_text(state: str) -> str:
    return {
        "active": QCoreApplication.translate("MemberPage", "Active"),
        "expiring": QCoreApplication.translate("MemberPage", "Expiring soon"),
        "expired": QCoreApplication.translate("MemberPage", "Expired"),
        "withdrawn": QCoreApplication.translate("MemberPage", "Withdrawn"),
    }.get(state, state)


def card_status_text(status: str) -> str:
    return {
        "active": QCoreApplication.translate("MemberPage", "valid"),
        "replaced": QCoreApplication.translate("MemberPage", "replaced"),
        "revoked": QCoreApplication.translate("MemberPage", "revoked"),
    }.get(status, status)


class MemberPage(QWidget):
    back_requested = Signal()
    member_loaded = Signal(object)  # MemberData

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MemberPage")
        self.data: MemberData | None = None
        self._loading_id: str | None = None

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Search (Esc)"), self)
        self.back_button.setObjectName("backToSearch")
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.edit_button = self._action(top, "editProfile", self.tr("Edit details"), self.edit_profile)
        self.vehicle_button = self._action(top, "addVehicle", self.tr("Add car"), self.add_vehicle)
        self.renew_button = self._action(top, "renew", self.tr("Renew"), self.renew)
        self.withdraw_button = self._action(top, "withdraw", self.tr("Withdraw"), self.withdraw)
        self.discount_button = self._action(top, "discount", self.tr("Discount calculator"), self.open_discount)
        self.request_button = self._action(top, "newRequest", self.tr("New request"), self.new_request)
        # Card actions (print, reissue, hand over) in one menu; each shows for the roles allowed.
        self.card_menu = MemberCardMenu(ctx, self._card_context, self)
        self.card_button = QPushButton(self.tr("Card"), self)
        self.card_button.setObjectName("cardMenu")
        self.card_button.setMenu(self.card_menu)
        top.addWidget(self.card_button)
        outer.addLayout(top)

        self.banner = Banner(self)
        self.banner.setObjectName("memberBanner")
        outer.addWidget(self.banner)
        self.validity_banner = Banner(self)
        self.validity_banner.setObjectName("validityBanner")
        outer.addWidget(self.validity_banner)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        grid = QGridLayout(body)

        head = QVBoxLayout()
        name_row = QHBoxLayout()
        self.name_label = QLabel(body)
        self.name_label.setObjectName("memberName")
        self.name_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier_badge = TierBadge(body)
        self.tier_badge.setObjectName("tierBadge")
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.tier_badge)
        name_row.addStretch(1)
        head.addLayout(name_row)
        self.summary_label = QLabel(body)
        self.summary_label.setObjectName("memberSummary")
        self.summary_label.setStyleSheet("font-size: 12pt;")
        head.addWidget(self.summary_label)
        self.next_tier_label = QLabel(body)
        self.next_tier_label.setObjectName("nextTier")
        head.addWidget(self.next_tier_label)
        grid.addLayout(head, 0, 0, 1, 2)

        membership_box = QGroupBox(self.tr("Membership"), body)
        form = QFormLayout(membership_box)
        self.joined_label = QLabel(membership_box)
        self.valid_label = QLabel(membership_box)
        self.valid_label.setObjectName("validUntil")
        self.state_label = QLabel(membership_box)
        self.method_label = QLabel(membership_box)
        self.contact_label = QLabel(membership_box)
        self.contact_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Joined on"), self.joined_label)
        form.addRow(self.tr("Valid until"), self.valid_label)
        form.addRow(self.tr("State"), self.state_label)
        form.addRow(self.tr("Joined by"), self.method_label)
        form.addRow(self.tr("National ID · phone"), self.contact_label)
        grid.addWidget(membership_box, 1, 0)

        benefits_box = QGroupBox(self.tr("Benefits"), body)
        benefits_layout = QVBoxLayout(benefits_box)
        self.benefits_model = TextListModel(self)
        self.benefits_view = self._list_view(benefits_box, self.benefits_model, "benefits")
        benefits_layout.addWidget(self.benefits_view)
        grid.addWidget(benefits_box, 1, 1)

        why_box = QGroupBox(self.tr("Why this tier"), body)
        why_layout = QVBoxLayout(why_box)
        self.breakdown_model = TextListModel(self)
        self.breakdown_view = self._list_view(why_box, self.breakdown_model, "breakdown")
        why_layout.addWidget(self.breakdown_view)
        grid.addWidget(why_box, 2, 0, 1, 2)

        cars_box = QGroupBox(self.tr("Cars and cards"), body)
        cars_layout = QVBoxLayout(cars_box)
        self.vehicles_model = RowsTableModel(
            [self.tr("Plate"), self.tr("Model"), self.tr("Bought on"), self.tr("New or used"), self.tr("Card")],
            self, ltr_columns=(0, 4),
        )
        self.vehicles_view = self._table_view(cars_box, self.vehicles_model, "vehicles")
        cars_layout.addWidget(self.vehicles_view)
        grid.addWidget(cars_box, 3, 0, 1, 2)

        self.requests_box = QGroupBox(self.tr("Requests"), body)
        self.requests_layout = QVBoxLayout(self.requests_box)
        self.requests_panel: RequestsPanel | None = None
        grid.addWidget(self.requests_box, 4, 0, 1, 2)

        history_box = QGroupBox(self.tr("History"), body)
        history_layout = QVBoxLayout(history_box)
        self.history_model = RowsTableModel([self.tr("When"), self.tr("Who"), self.tr("What")], self)
        self.history_view = self._table_view(history_box, self.history_model, "history")
        history_layout.addWidget(self.history_view)
        grid.addWidget(history_box, 5, 0, 1, 2)
        self.card_menu.changed.connect(self.reload)
        self.card_menu.message.connect(self.banner.show_message)
        self.apply_permissions()

    # ---- building blocks ----------------------------------------------------------------------

    def _action(self, layout: QHBoxLayout, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    @staticmethod
    def _list_view(parent: QWidget, model: TextListModel, name: str) -> QListView:
        view = QListView(parent)
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.setMinimumHeight(90)
        return view

    @staticmethod
    def _table_view(parent: QWidget, model: RowsTableModel, name: str) -> QTableView:
        view = QTableView(parent)
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setMinimumHeight(110)
        return view

    # ---- permissions --------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        can = self.ctx.can
        self.edit_button.setVisible(can(Permission.EDIT_MEMBER))
        self.vehicle_button.setVisible(can(Permission.ENROLL))
        self.renew_button.setVisible(can(Permission.RENEW_WITHDRAW))
        self.withdraw_button.setVisible(can(Permission.RENEW_WITHDRAW))
        self.discount_button.setVisible(can(Permission.DISCOUNT))
        self.request_button.setVisible(can(Permission.CAPTURE_REQUEST))
        self.card_menu.apply_permissions()
        self.card_button.setVisible(self.card_menu.has_actions)
        self._update_enabled()

    def _update_enabled(self) -> None:
        view = self.data.view if self.data else None
        loaded = view is not None
        withdrawn = view is not None and view.membership_state == "withdrawn"
        for button in (self.edit_button, self.vehicle_button, self.discount_button, self.request_button):
            button.setEnabled(loaded and not withdrawn)
        self.renew_button.setEnabled(
            loaded and not withdrawn and view is not None and view.valid_until is not None
            and view.membership_state != "expired"
        )
        self.withdraw_button.setEnabled(loaded and not withdrawn)
        self.card_button.setEnabled(loaded)

    def _card_context(self) -> tuple[members.MemberView | None, str | None]:
        """The member shown and the car selected in the list of cars, for the card menu."""
        index = self.vehicles_view.currentIndex()
        return (self.data.view if self.data else None,
                self.vehicles_model.key(index.row()) if index.isValid() else None)

    # ---- loading and showing -----------------------------------------------------------------

    @property
    def member_id(self) -> str | None:
        return self.data.view.id if self.data else self._loading_id

    def load(self, member_id: str) -> None:
        self._loading_id = member_id
        self.banner.clear()
        db, profile = self.ctx.db, self.ctx.profile
        self.ctx.runner.run(lambda: load_member(db, profile, member_id),
                            lambda data: self._loaded(member_id, data), self._failed)

    def reload(self) -> None:
        if self.member_id:
            self.load(self.member_id)

    def show_view(self, view: members.MemberView) -> None:
        """Show a view the core just returned (after a write), then fetch the history."""
        self._loading_id = view.id
        self._loaded(view.id, MemberData(view, self.data.history if self.data else ()))
        self.load(view.id)

    def _loaded(self, member_id: str, data: MemberData) -> None:
        if member_id != self._loading_id and self._loading_id is not None:
            return  # another member was opened meanwhile
        self.data = data
        self._fill(data)
        self._update_enabled()
        self.member_loaded.emit(data)

    def _fill(self, data: MemberData) -> None:
        view, profile, lang = data.view, self.ctx.profile, self.ctx.lang
        st = view.standing
        self.name_label.setText(view.full_name)
        self.tier_badge.set_tier(tier_name(profile, st.tier, lang), tier_colour(profile, st.tier))
        self.summary_label.setText(
            self.tr("Member number %1 · %n points", "", st.points).replace("%1", ltr(view.member_number))
        )
        if st.next_tier and st.points_to_next_tier is not None:
            self.next_tier_label.setText(
                self.tr("%n more points to %1", "", st.points_to_next_tier)
                .replace("%1", tier_name(profile, st.next_tier, lang))
            )
        else:
            self.next_tier_label.setText(self.tr("Top tier of the club"))

        self.joined_label.setText(fmt_date(view.joined_on, profile, lang))
        self.valid_label.setText(fmt_date(view.valid_until, profile, lang) if view.valid_until
                                 else self.tr("Does not expire"))
        self.state_label.setText(state_text(view.membership_state))
        self.method_label.setText(join_method_name(view.join_method))
        self.contact_label.setText(f"{ltr(view.national_id_masked)} · {ltr(view.phone_masked)}")
        self._show_validity(view)

        benefits = [benefit_name(profile, flag, lang) for flag in st.benefits]
        for kind, percent in ((self.tr("Car purchase discount"), st.purchase_discount_percent),
                              (self.tr("Labour discount"), st.labour_discount_percent),
                              (self.tr("Parts discount"), st.parts_discount_percent)):
            if percent > 0:
                benefits.append(self.tr("%1: %2 %").replace("%1", kind).replace("%2", fmt_number(percent, lang)))
        self.benefits_model.set_lines(benefits or [self.tr("No benefits at this tier yet")])
        _fit_rows(self.benefits_view, self.benefits_model.rowCount())

        grey = QColor("#757575")
        self.breakdown_model.set_lines(
            [(breakdown_text(line, profile, lang), None if line.points else grey) for line in st.breakdown]
            + [self.tr("Total: %n points", "", st.points)]
        )
        _fit_rows(self.breakdown_view, self.breakdown_model.rowCount())

        rows = []
        for v in view.vehicles:
            card = v.active_card
            cards = ", ".join(f"{ltr(c.card_number)} ({card_status_text(c.status)})" for c in reversed(v.cards))
            rows.append([
                isolate(v.plate_display),
                v.model,
                fmt_date(v.purchased_on, profile, lang),
                self.tr("new, direct") if v.source == "direct" else self.tr("used"),
                cards if card or v.cards else self.tr("no card"),
            ])
        self.vehicles_model.set_rows(rows, [v.id for v in view.vehicles])
        _fit_rows(self.vehicles_view, len(rows), header=True)

        self.history_model.set_rows(
            [[fmt_date(h.at, profile, lang), h.actor, action_text(h.action, h.details)] for h in data.history]
        )
        self._embed_requests(view)

    def _show_validity(self, view: members.MemberView) -> None:
        state = view.membership_state
        profile, lang = self.ctx.profile, self.ctx.lang
        if state == "expiring" and view.valid_until is not None:
            days = (view.valid_until - view.as_of).days
            self.validity_banner.show_message(
                self.tr("Membership ends in %n day(s), on %1. Offer renewal.", "", days)
                .replace("%1", fmt_date(view.valid_until, profile, lang)), "warning")
        elif state == "expired":
            self.validity_banner.show_message(
                self.tr("Membership expired on %1. The member must enroll again to use club benefits.")
                .replace("%1", fmt_date(view.valid_until, profile, lang)), "error")
        elif state == "withdrawn":
            self.validity_banner.show_message(self.tr("This member withdrew from the club."), "error")
        else:
            self.validity_banner.clear()

    def _embed_requests(self, view: members.MemberView) -> None:
        """The requests engineer's panel, one per member (it is built for a member id)."""
        if self.requests_panel is not None and self.requests_panel.property("member_id") == view.id:
            return
        if self.requests_panel is not None:
            self.requests_layout.removeWidget(self.requests_panel)
            self.requests_panel.deleteLater()
        panel = RequestsPanel(
            self.ctx.db, self.ctx.profile, self.ctx.require_actor(), view.id, self.requests_box,
            runner=self.ctx.runner, lang=self.ctx.lang,
        )
        panel.setObjectName("requestsPanel")
        panel.setProperty("member_id", view.id)
        panel.setMinimumHeight(260)
        panel.request_changed.connect(lambda _id: self.load(view.id))
        self.requests_layout.addWidget(panel)
        self.requests_panel = panel

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(plain_error(exc), "error")

    # ---- actions ----------------------------------------------------------------------------

    def _write(self, fn: Any, done_message: str) -> None:
        def done(view: members.MemberView) -> None:
            self.show_view(view)
            self.banner.show_message(done_message, "success")
        self.ctx.runner.run(fn, done, self._failed)

    def edit_profile(self) -> None:
        if self.data is None:
            return
        dialog = EditMemberDialog(self.ctx, self.data.view, self)
        if dialog.exec() and dialog.result_view is not None:
            self.show_view(dialog.result_view)
            self.banner.show_message(self.tr("Details saved."), "success")

    def add_vehicle(self) -> None:
        if self.data is None:
            return
        dialog = AddVehicleDialog(self.ctx, self.data.view, self)
        if dialog.exec() and dialog.result_view is not None:
            self.show_view(dialog.result_view)
            self.banner.show_message(self.tr("Car added and its card issued."), "success")

    def renew(self) -> None:
        if self.data is None:
            return
        view = self.data.view
        answer = QMessageBox.question(
            self, self.tr("Renew membership"),
            self.tr("Renew the membership of %1? Take the renewal fee first.").replace("%1", view.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, profile, actor = self.ctx.db, self.ctx.profile, self.ctx.require_actor()
        self._write(lambda: members.renew(db, profile, actor, view.id), self.tr("Membership renewed."))

    def withdraw(self) -> None:
        if self.data is None:
            return
        dialog = WithdrawDialog(self.ctx, self.data.view, self)
        if dialog.exec() and dialog.result_view is not None:
            self.show_view(dialog.result_view)
            self.banner.show_message(self.tr("Membership withdrawn."), "success")

    def open_discount(self) -> None:
        if self.data is None:
            return
        DiscountDialog(self.ctx, self.data.view, self).exec()

    def new_request(self) -> None:
        if self.data is None:
            return
        dialog = NewRequestDialog(
            self.ctx.db, self.ctx.profile, self.ctx.require_actor(), self.data.view.id, self,
            runner=self.ctx.runner, lang=self.ctx.lang,
        )
        if dialog.exec():
            if self.requests_panel is not None:
                self.requests_panel.reload()
            self.load(self.data.view.id)
            self.banner.show_message(self.tr("Request captured; the member page shows its progress."), "success")


def _fit_rows(view: QListView | QTableView, rows: int, *, header: bool = False, most: int = 12) -> None:
    """Size a list to its rows (up to ``most``) so short lists need no scrolling on the page."""
    if isinstance(view, QTableView):
        row_height = max(view.verticalHeader().defaultSectionSize(), view.sizeHintForRow(0) if rows else 0)
    else:
        row_height = view.sizeHintForRow(0) if rows else 0
    if row_height <= 0:
        row_height = view.fontMetrics().height() + 6
    height = row_height * max(1, min(rows, most)) + 2 * view.frameWidth() + 6
    if header and isinstance(view, QTableView):
        height += view.horizontalHeader().sizeHint().height()
    view.setFixedHeight(height)
