"""Membership cards on screen and on paper: preview, print, save as PDF, and batch printing.

The core renders one PDF (:func:`dealer_app.services.card_printing.render_pdf`) in the
background; the dialog keeps those bytes and nothing else. The preview rasterises its pages with
pdfium, Print rasterises the same pages again at the printer's resolution and draws them at
their physical size, and Save as PDF writes the bytes unchanged, so what the manager looked at
is what comes out. Printing or saving records the cards as printed (who and when, audited).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dealer_app.cards import RenderCancelled
from dealer_app.cards.render import Layout
from dealer_app.roles import Permission
from dealer_app.services import card_printing, members
from ui.context import AppContext
from ui.formatting import fmt_number, isolate, ltr, plain_error
from ui.widgets import Banner

_PREVIEW_WIDTH = 420  # logical pixels per side; two sides side by side
# A page is rasterised for the printer at most this big (about 75 MB as RGB): an A4 sheet at
# a 1200 dpi printer's full resolution would be 140 million pixels for no visible gain.
_MAX_PRINT_PIXELS = 25_000_000


def pdf_page_image(doc: pypdfium2.PdfDocument, index: int, dpi: float) -> QImage:
    """Page ``index`` of ``doc`` as an RGB image at ``dpi``; the image owns its pixels."""
    page = doc[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        # The QImage above borrows the temporary bytes; copy() gives it its own buffer.
        return image.copy()
    finally:
        page.close()


class _Progress(QObject):
    """Carries the renderer's progress from the worker thread to the dialog (queued)."""

    progressed = Signal(int, int)


class CardPrintDialog(QDialog):
    """Preview, print and save the cards ``card_numbers`` (rendered in the background)."""

    printed = Signal(object)  # card_printing.PrintResult
    render_finished = Signal()  # rendered, failed or cancelled

    def __init__(
        self,
        ctx: AppContext,
        card_numbers: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        layout: Layout = "cr80",
        render_now: bool = True,
    ) -> None:
        super().__init__(parent)
        ctx.require_actor().require(Permission.PRINT_CARDS)
        self.ctx = ctx
        self.setObjectName("CardPrintDialog")
        self.setWindowTitle(self.tr("Membership cards"))
        self.resize(960, 560)
        self.card_numbers: tuple[str, ...] = tuple(card_numbers)
        self.rendered: card_printing.RenderedCards | None = None
        self.last_result: card_printing.PrintResult | None = None
        self._page_sizes: list[tuple[float, float]] = []  # points, per page of the rendered PDF
        self._pair = 0
        self._cancel: threading.Event | None = None
        self._generation = 0
        self._printing = False
        self._idle_only: list[QWidget] = []  # widgets that would change the cards mid-render
        self._progress = _Progress(self)
        self._progress.progressed.connect(self._show_progress)

        self.outer = QVBoxLayout(self)
        self.banner = Banner(self)
        self.banner.setObjectName("cardBanner")
        self.outer.addWidget(self.banner)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layout:"), self))
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_combo.addItem(self.tr("Card printer (CR80, one card per page)"), "cr80")
        self.layout_combo.addItem(self.tr("A4 sheets (ten cards per sheet, print both sides)"), "a4")
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(layout)))
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        top.addWidget(self.layout_combo)
        top.addStretch(1)
        self.top_layout = top
        self.outer.addLayout(top)
        self._idle_only.append(self.layout_combo)

        sides = QHBoxLayout()
        self.front_label = self._side_label("previewFront")
        self.back_label = self._side_label("previewBack")
        sides.addWidget(self.front_label)
        sides.addWidget(self.back_label)
        self.outer.addLayout(sides, 1)

        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("‹ Previous"), self)
        self.previous_button.setObjectName("previousPage")
        self.previous_button.clicked.connect(lambda: self.show_pair(self._pair - 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next ›"), self)
        self.next_button.setObjectName("nextPage")
        self.next_button.clicked.connect(lambda: self.show_pair(self._pair + 1))
        nav.addWidget(self.previous_button)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next_button)
        self.outer.addLayout(nav)

        busy = QHBoxLayout()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("renderProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelRender")
        self.cancel_button.clicked.connect(self.cancel_render)
        busy.addWidget(self.progress_bar, 1)
        busy.addWidget(self.cancel_button)
        self.outer.addLayout(busy)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.save_dialog)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        self.outer.addLayout(buttons)

        # A resized window gets a sharp preview once the resizing stops.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(lambda: self.show_pair(self._pair))

        self._set_busy(False)
        self._update_navigation()
        if render_now and self.card_numbers:
            self.start_render()

    def _side_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumSize(_PREVIEW_WIDTH // 2, _PREVIEW_WIDTH // 3)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        label.setStyleSheet("QLabel { background: #e0e0e0; border: 1px solid #bdbdbd; }")
        return label

    # ---- state --------------------------------------------------------------------------------

    @property
    def layout_choice(self) -> Layout:
        return "a4" if self.layout_combo.currentData() == "a4" else "cr80"

    @property
    def page_count(self) -> int:
        return len(self._page_sizes)

    @property
    def rendering(self) -> bool:
        return self._cancel is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        ready = not busy and self.rendered is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        for widget in self._idle_only:
            widget.setEnabled(not busy)

    @contextmanager
    def _document(self) -> Iterator[pypdfium2.PdfDocument]:
        """The rendered PDF opened for rasterising; closed straight after (pdfium holds memory)."""
        if self.rendered is None:
            raise RuntimeError("no cards rendered yet")
        doc = pypdfium2.PdfDocument(self.rendered.pdf)
        try:
            yield doc
        finally:
            doc.close()

    def set_cards(self, card_numbers: Sequence[str]) -> None:
        """Show other cards; the old rendering is dropped."""
        self.card_numbers = tuple(card_numbers)
        self._drop_rendering()

    def _drop_rendering(self) -> None:
        self.rendered = None
        self._page_sizes = []
        self.front_label.clear()
        self.back_label.clear()
        self._pair = 0
        self._update_navigation()
        self._set_busy(self.rendering)

    # ---- rendering ----------------------------------------------------------------------------

    def start_render(self) -> None:
        """Render the chosen cards in the chosen layout in the background."""
        if self.rendering or not self.card_numbers:
            return
        self._drop_rendering()
        self.banner.clear()
        ctx = self.ctx
        db, profile, actor = ctx.db, ctx.profile, ctx.require_actor()
        numbers, layout = self.card_numbers, self.layout_choice
        cancel = threading.Event()
        self._cancel = cancel
        self._generation += 1
        generation = self._generation
        relay = self._progress

        def progress(done: int, total: int) -> bool:
            relay.progressed.emit(done, total)
            # Read after the emit, so a Cancel clicked while this card was drawn stops the next.
            return not cancel.is_set()

        self.progress_bar.setRange(0, len(numbers))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("Preparing cards: %v of %m"))
        self._set_busy(True)
        ctx.runner.run(
            lambda: card_printing.render_pdf(db, profile, actor, numbers, layout, progress=progress),
            lambda rendered: self._rendered(generation, rendered),
            lambda exc: self._render_failed(generation, exc),
        )

    def cancel_render(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_bar.setFormat(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _finish_render(self) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(True)
        self._set_busy(False)

    def _rendered(self, generation: int, rendered: card_printing.RenderedCards) -> None:
        if generation != self._generation:
            return
        self.rendered = rendered
        with self._document() as doc:
            self._page_sizes = [page.get_size() for page in doc]
        self._finish_render()
        self.show_pair(0)
        self.render_finished.emit()

    def _render_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._finish_render()
        if isinstance(exc, RenderCancelled):
            self.banner.show_message(self.tr("Cancelled. Nothing was printed."), "info")
        else:
            self.banner.show_message(plain_error(exc), "error")
        self.render_finished.emit()

    def _layout_changed(self) -> None:
        if self.card_numbers and not self.rendering:
            self.start_render()

    # ---- preview ----------------------------------------------------------------------------

    def page_image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` of the rendered PDF at ``dpi``."""
        with self._document() as doc:
            return pdf_page_image(doc, index, dpi)

    def show_pair(self, pair: int) -> None:
        """Show one card (CR80) or one sheet (A4): its front beside its back."""
        if self.rendered is None:
            self._update_navigation()
            return
        pairs = self.page_count // 2
        self._pair = max(0, min(pair, pairs - 1))
        ratio = self.devicePixelRatioF() or 1.0
        with self._document() as doc:
            for label, index in ((self.front_label, 2 * self._pair), (self.back_label, 2 * self._pair + 1)):
                width_pt, height_pt = self._page_sizes[index]
                # The whole page fits the label: a card is wide, an A4 sheet tall.
                box = label.contentsRect().size()
                width_px = max(box.width() - 8, _PREVIEW_WIDTH // 2)
                height_px = max(box.height() - 8, _PREVIEW_WIDTH // 3)
                dpi = min(width_px / width_pt, height_px / height_pt) * 72 * ratio
                image = pdf_page_image(doc, index, dpi)
                image.setDevicePixelRatio(ratio)
                label.setPixmap(QPixmap.fromImage(image))
        self._update_navigation()

    def _update_navigation(self) -> None:
        pairs = self.page_count // 2
        lang = self.ctx.lang
        self.previous_button.setEnabled(self._pair > 0)
        self.next_button.setEnabled(self._pair + 1 < pairs)
        if not pairs:
            self.page_label.setText("")
        elif self.layout_choice == "a4":
            self.page_label.setText(
                self.tr("Sheet %1 of %2 – front and back")
                .replace("%1", fmt_number(self._pair + 1, lang)).replace("%2", fmt_number(pairs, lang))
            )
        else:
            number = self.rendered.card_numbers[self._pair] if self.rendered else ""
            self.page_label.setText(
                self.tr("Card %1 of %2 (%3) – front and back")
                .replace("%1", fmt_number(self._pair + 1, lang)).replace("%2", fmt_number(pairs, lang))
                .replace("%3", ltr(number))
            )

    # ---- print and save -------------------------------------------------------------------------

    def prepare_printer(self, printer: QPrinter) -> None:
        """Paper the size of the PDF's pages, no margins: the card is printed edge to edge."""
        if not self._page_sizes:
            return
        width_pt, height_pt = self._page_sizes[0]
        size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, self.tr("Membership card"),
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setDocName(self.tr("Membership cards"))
        # Each card (CR80) or sheet (A4) is a front page followed by its back page; the A4 backs
        # are laid out for a flip on the long edge.
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        printer.setFromTo(1, self.page_count)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages on ``printer`` at their physical size; returns the pages printed."""
        if self.rendered is None:
            raise RuntimeError("no cards rendered yet")
        first, last = 1, self.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(self.page_count, printer.toPage() or self.page_count)
        dpi = printer.resolution()
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("The printer could not be started. Check that it is on and connected."))
        printed = 0
        # Pages are drawn one by one with the event loop running (a batch takes a while); the
        # dialog stays open and untouchable meanwhile, as the pages come from its rendering.
        self._printing = True
        self.setEnabled(False)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            with self._document() as doc:
                for number in range(first, last + 1):
                    if printed and not printer.newPage():
                        raise OSError(self.tr("The printer stopped after %1 pages.").replace("%1", str(printed)))
                    width_pt, height_pt = self._page_sizes[number - 1]
                    # At the printer's own resolution unless that would be an absurdly large image.
                    raster_dpi = min(dpi, (_MAX_PRINT_PIXELS / (width_pt * height_pt)) ** 0.5 * 72)
                    image = pdf_page_image(doc, number - 1, raster_dpi)
                    painter.drawImage(QRectF(0, 0, width_pt / 72 * dpi, height_pt / 72 * dpi), image)
                    printed += 1
                    QGuiApplication.processEvents()
        finally:
            painter.end()
            self._printing = False
            self.setEnabled(True)
        return printed

    def print_dialog(self) -> None:
        if self.rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print membership cards"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except OSError as exc:
            self.banner.show_message(plain_error(exc), "error")
            return
        self.record_printed()

    def save_pdf(self, path: Path) -> None:
        """Write exactly the previewed PDF to ``path`` and record the cards as printed."""
        if self.rendered is None:
            raise RuntimeError("no cards rendered yet")
        try:
            card_printing.write_pdf(self.rendered, path)
        except OSError as exc:
            self.banner.show_message(plain_error(exc), "error")
            return
        self.record_printed()

    def save_dialog(self) -> None:
        if self.rendered is None:
            return
        suggested = (self.rendered.card_numbers[0] if len(self.rendered.card_numbers) == 1 else "cards") + ".pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save cards as PDF"), str(Path.home() / suggested), self.tr("PDF files (*.pdf)")
        )
        if name:
            path = Path(name)
            self.save_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def record_printed(self) -> None:
        rendered = self.rendered
        if rendered is None:
            return
        db, actor = self.ctx.db, self.ctx.require_actor()

        def done(result: card_printing.PrintResult) -> None:
            self.last_result = result
            self.banner.show_message(
                self.tr("%n card(s) recorded as printed.", "", len(result.card_numbers)), "success"
            )
            self.printed.emit(result)

        self.ctx.runner.run(lambda: card_printing.record_printed(db, actor, rendered), done,
                            lambda exc: self.banner.show_message(plain_error(exc), "error"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.rendered is not None:
            self._resize_timer.start()

    def done(self, result: int) -> None:
        if self._printing:
            return
        self.cancel_render()
        self._generation += 1  # a render still running is no longer shown
        super().done(result)


class BatchPrintDialog(CardPrintDialog):
    """Print many cards at once: those of the selected members, or every card not yet printed."""

    def __init__(
        self,
        ctx: AppContext,
        member_ids: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        layout: Layout = "a4",
    ) -> None:
        super().__init__(ctx, (), parent, layout=layout, render_now=False)
        self.setObjectName("BatchPrintDialog")
        self.setWindowTitle(self.tr("Print membership cards"))
        self.resize(960, 720)
        self.member_ids = tuple(member_ids)

        box = QGroupBox(self.tr("Which cards"), self)
        box_layout = QVBoxLayout(box)
        self.selected_radio = QRadioButton(
            self.tr("Cards of the %n selected member(s)", "", len(self.member_ids)), box
        )
        self.selected_radio.setObjectName("selectedMembers")
        self.pending_radio = QRadioButton(self.tr("All cards not yet printed"), box)
        self.pending_radio.setObjectName("pendingCards")
        self.source_group = QButtonGroup(self)
        for radio in (self.selected_radio, self.pending_radio):
            self.source_group.addButton(radio)
            box_layout.addWidget(radio)
        self.selected_radio.setEnabled(bool(self.member_ids))
        (self.selected_radio if self.member_ids else self.pending_radio).setChecked(True)
        self.count_label = QLabel(box)
        self.count_label.setObjectName("cardCount")
        box_layout.addWidget(self.count_label)
        self.outer.insertWidget(1, box)
        self._idle_only.append(box)
        self._lookups = 0

        self.prepare_button = QPushButton(self.tr("Prepare cards"), self)
        self.prepare_button.setObjectName("prepareButton")
        self.prepare_button.setDefault(True)
        self.prepare_button.setEnabled(False)  # until the cards the choice means are known
        self.prepare_button.clicked.connect(self.prepare)
        self.top_layout.addWidget(self.prepare_button)
        self.source_group.buttonToggled.connect(self._source_toggled)
        self.render_finished.connect(lambda: self.prepare_button.setEnabled(self.rendered is None))
        self.printed.connect(lambda _result: self._count())
        self._source_changed()

    @property
    def source(self) -> str:
        return "pending" if self.pending_radio.isChecked() else "selected"

    def _which(self) -> Callable[[], list[str]]:
        """The lookup for the current choice, to run off the UI thread (it reads no widget)."""
        db, member_ids, pending = self.ctx.db, self.member_ids, self.source == "pending"

        def which() -> list[str]:
            if pending:
                return card_printing.pending_cards(db)
            return card_printing.cards_for_members(db, member_ids)

        return which

    def _source_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._source_changed()

    def _source_changed(self) -> None:
        """Look up which cards the choice means (in the background) and forget the old preview."""
        self._lookups += 1
        lookup = self._lookups
        self.prepare_button.setEnabled(False)
        self.ctx.runner.run(self._which(), lambda numbers: self._cards_found(lookup, numbers),
                            lambda exc: self.banner.show_message(plain_error(exc), "error"))

    def _cards_found(self, lookup: int, numbers: list[str]) -> None:
        if lookup != self._lookups or self.rendering:
            return  # the choice changed since this lookup started
        self.set_cards(numbers)
        self._show_count(numbers)
        self.prepare_button.setEnabled(bool(numbers))

    def _show_count(self, numbers: list[str]) -> None:
        if numbers:
            self.count_label.setText(self.tr("%n card(s) to print", "", len(numbers)))
        else:
            self.count_label.setText(self.tr("No cards to print."))

    def _count(self) -> None:
        """After printing: say what is left, keeping the preview of what was just printed."""
        self.ctx.runner.run(self._which(), self._show_count)

    def _layout_changed(self) -> None:
        # A batch may take a while: re-render only when asked, unless a preview is on screen.
        if self.rendered is not None:
            self.start_render()

    def prepare(self) -> None:
        self.prepare_button.setEnabled(False)
        self.start_render()


class MemberCardMenu(QMenu):
    """The card actions of the member page, each shown only to the roles that may use it.

    ``current()`` tells which member is shown and which car is selected (None: none selected;
    a member with one car needs no selection). The page reloads on ``changed`` and shows
    ``message(text, kind)`` in its banner.
    """

    changed = Signal()
    message = Signal(str, str)

    def __init__(
        self,
        ctx: AppContext,
        current: Callable[[], tuple[members.MemberView | None, str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current = current
        self.print_action = self.addAction(self.tr("Print cards…"))
        self.print_action.setObjectName("printCards")
        self.print_action.triggered.connect(self.print_cards)
        self.reissue_action = self.addAction(self.tr("Issue a new card (lost or damaged)…"))
        self.reissue_action.setObjectName("reissueCard")
        self.reissue_action.triggered.connect(self.reissue)
        self.hand_over_action = self.addAction(self.tr("Card handed to the member"))
        self.hand_over_action.setObjectName("handOverCard")
        self.hand_over_action.triggered.connect(self.hand_over)
        self.aboutToShow.connect(self.update_enabled)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        can = self.ctx.can
        self.print_action.setVisible(can(Permission.PRINT_CARDS))
        self.reissue_action.setVisible(can(Permission.PRINT_CARDS))
        # Whoever serves the member hands the card over (the core allows the same roles).
        self.hand_over_action.setVisible(can(Permission.PRINT_CARDS) or can(Permission.ENROLL))

    @property
    def has_actions(self) -> bool:
        return any(a.isVisible() for a in (self.print_action, self.reissue_action, self.hand_over_action))

    def _vehicle(self) -> tuple[members.MemberView | None, members.VehicleView | None]:
        view, vehicle_id = self._current()
        if view is None:
            return None, None
        if vehicle_id is None and len(view.vehicles) == 1:
            return view, view.vehicles[0]
        return view, next((v for v in view.vehicles if v.id == vehicle_id), None)

    def update_enabled(self) -> None:
        view, vehicle = self._vehicle()
        # The core refuses cards of members who left or lapsed; do not offer what it refuses.
        in_club = view is not None and view.membership_state not in ("withdrawn", "expired")
        has_card = view is not None and any(v.active_card is not None for v in view.vehicles)
        self.print_action.setEnabled(in_club and has_card)
        self.reissue_action.setEnabled(in_club)
        card = vehicle.active_card if vehicle is not None else None
        self.hand_over_action.setEnabled(
            view is not None and (card is None or (card.printed_at is not None and card.handed_over_at is None))
        )

    def _need_vehicle(self) -> members.VehicleView | None:
        view, vehicle = self._vehicle()
        if view is not None and vehicle is None:
            self.message.emit(self.tr("Select the car in the list of cars first."), "warning")
        return vehicle

    def print_cards(self) -> None:
        view, _ = self._vehicle()
        if view is None:
            return
        numbers = [v.active_card.card_number for v in view.vehicles if v.active_card is not None]
        dialog = CardPrintDialog(self.ctx, numbers, self.parentWidget())
        dialog.printed.connect(lambda _result: self.changed.emit())
        dialog.exec()

    def reissue(self) -> None:
        vehicle = self._need_vehicle()
        if vehicle is None:
            return
        old = vehicle.active_card
        if old is not None:
            question = (
                self.tr("Issue a new card with a new number for the car %1? Card %2 stops working at once "
                        "and is refused when scanned.")
                .replace("%1", isolate(vehicle.plate_display)).replace("%2", ltr(old.card_number))
            )
        else:
            question = self.tr("Issue a card for the car %1?").replace("%1", isolate(vehicle.plate_display))
        answer = QMessageBox.question(self.parentWidget(), self.tr("Issue a new card"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, profile, actor = self.ctx.db, self.ctx.profile, self.ctx.require_actor()

        def done(number: str) -> None:
            self.changed.emit()  # first: the page clears its banner when it reloads
            self.message.emit(self.tr("New card %1 issued. Print it from this menu or with the cards "
                                      "not yet printed.").replace("%1", ltr(number)), "success")

        self.ctx.runner.run(lambda: card_printing.reprint(db, profile, actor, vehicle.id), done,
                            lambda exc: self.message.emit(plain_error(exc), "error"))

    def hand_over(self) -> None:
        vehicle = self._need_vehicle()
        if vehicle is None:
            return
        card = vehicle.active_card
        if card is None:
            self.message.emit(self.tr("This car has no valid card."), "warning")
            return
        db, actor, number = self.ctx.db, self.ctx.require_actor(), card.card_number

        def done(_at: object) -> None:
            self.changed.emit()
            self.message.emit(self.tr("Card %1 recorded as handed to the member.").replace("%1", ltr(number)),
                              "success")

        self.ctx.runner.run(lambda: card_printing.hand_over(db, actor, number), done,
                            lambda exc: self.message.emit(plain_error(exc), "error"))
