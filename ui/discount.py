"""The service advisor's discount calculator: a price and what it is for give the member's
discount under the club profile, in the club's currency and the interface's number format."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealer_app import eligibility, money
from dealer_app.services import members
from dealer_app.validation import ValidationError
from ui.context import AppContext
from ui.core_messages import core_text
from ui.formatting import fmt_money, fmt_number, tier_colour, tier_name
from ui.widgets import FieldMessage, TierBadge


class DiscountDialog(QDialog):
    KINDS = ("purchase", "labour", "parts")

    def __init__(self, ctx: AppContext, view: members.MemberView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.setObjectName("DiscountDialog")
        self.setWindowTitle(self.tr("Discount calculator"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        who = QLabel(f"{view.full_name} · {view.member_number}", self)
        who.setStyleSheet("font-weight: bold;")
        layout.addWidget(who)
        badge = TierBadge(self)
        tier = view.standing.tier
        badge.set_tier(tier_name(ctx.profile, tier, ctx.lang), tier_colour(ctx.profile, tier))
        layout.addWidget(badge)

        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("discountKind")
        for code, text in zip(self.KINDS, (self.tr("Car purchase"), self.tr("Labour"), self.tr("Parts")), strict=True):
            self.kind.addItem(text, code)
        self.price = QLineEdit(self)
        self.price.setObjectName("price")
        self.price.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Iranian counters that show toman also take prices in toman, as customers quote them.
        self.in_toman = ctx.branch.toman_display and ctx.profile.currency == "IRR"
        unit = self.tr("toman") if self.in_toman else ctx.profile.currency
        self.price.setPlaceholderText(self.tr("Price in %1").replace("%1", unit))
        self.price_message = FieldMessage(self)
        form.addRow(self.tr("Discount on"), self.kind)
        form.addRow(self.tr("Price"), self.price)
        form.addRow("", self.price_message)
        layout.addLayout(form)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("discountResult")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-size: 13pt;")
        layout.addWidget(self.result_label)
        note = QLabel(self.tr("A purchase discount is a request: the regional sales manager decides it."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self.recalculate)
        self.price.textEdited.connect(self.recalculate)
        self.recalculate()

    def recalculate(self) -> None:
        profile, lang = self.ctx.profile, self.ctx.lang
        kind = self.kind.currentData()
        tier = self.view.standing.tier
        percent = profile.benefits[tier].percent(kind) if tier else Decimal(0)
        if not self.price.text().strip():
            self.price_message.clear_message()
            self.result_label.setText(self.tr("Discount at this tier: %1 %").replace("%1", fmt_number(percent, lang)))
            return
        try:
            price = money.parse_money(self.price.text(), "price", lang)
        except ValidationError as exc:
            self.price_message.show_message(core_text(exc.message))
            self.result_label.clear()
            return
        self.price_message.clear_message()
        if self.in_toman:
            price *= money.RIALS_PER_TOMAN
        discount = eligibility.discount_for(profile, tier, kind, price)
        toman = self.in_toman
        self.result_label.setText(
            self.tr("Discount %1 %: %2\nTo pay: %3")
            .replace("%1", fmt_number(percent, lang))
            .replace("%2", fmt_money(discount, profile, lang, toman))
            .replace("%3", fmt_money(price - discount, profile, lang, toman))
        )
