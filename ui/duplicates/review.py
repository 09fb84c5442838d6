"""Review duplicates: every pair the last duplicate check stored, with score and reasons.

A window of its own (Account menu, "Review Duplicates…"). It reads the stored pairs
(``circlesoftrust.duplicates.stored.review``) off the UI thread; the first time on a
book that was never checked it runs the check itself, and "Check Again" runs it on
demand (seconds on a big book: the list stays usable meanwhile). A pair can be merged
(the merge dialog, undoable with Ctrl+Z) or marked "Not a Duplicate" (remembered for
this user until one side changes; also undoable). Pairs the user dismissed or merged
leave the list; Today shows the same pairs as "possible duplicate" suggestions.
"Recent Merges…" lists the merges so far with Unmerge (``ui.duplicates.merges``): also
those of earlier sessions, which Ctrl+Z no longer reaches.

Signals:
    loaded(): the list shows what the database holds now.
    checked(object): a check ran (its ``CheckInfo``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust import i18n
from circlesoftrust.duplicates import stored
from circlesoftrust.duplicates.candidates import DuplicatePair
from circlesoftrust.duplicates.keys import PHONE_REGIONS
from circlesoftrust.duplicates.merge import MergeResult
from circlesoftrust.engine import suggestions as engine
from circlesoftrust.operations import Changes
from circlesoftrust.storage import Database
from ui.common import formats
from ui.common.table_models import Column, RecordTableModel, fit_columns, record_view
from ui.common.widgets import heading, muted
from ui.duplicates.merge_dialog import MergeDialog
from ui.duplicates.merges import RecentMerges
from ui.operations import Operations

KINDS: dict[str, tuple[str, ...]] = {
    "all": ("contact", "account"),
    "contact": ("contact",),
    "account": ("account",),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("DuplicatesReview", text)


def _where(pair: DuplicatePair) -> str:
    if pair.kind == "account":
        return ""
    if pair.same_account:
        return pair.first_account
    return f"{pair.first_account} / {pair.second_account}"


def pair_columns() -> tuple[Column, ...]:
    return (
        Column(
            QCoreApplication.translate("DuplicatesReview", "Score"), lambda p: p.score, right=True
        ),
        Column(
            QCoreApplication.translate("DuplicatesReview", "Kind"),
            lambda p: (
                QCoreApplication.translate("DuplicatesReview", "Person")
                if p.kind == "contact"
                else QCoreApplication.translate("DuplicatesReview", "Account")
            ),
        ),
        Column(QCoreApplication.translate("DuplicatesReview", "One"), lambda p: p.first_name),
        Column(
            QCoreApplication.translate("DuplicatesReview", "The other"), lambda p: p.second_name
        ),
        Column(QCoreApplication.translate("DuplicatesReview", "Account"), _where),
        Column(
            QCoreApplication.translate("DuplicatesReview", "Why"),
            lambda p: p.reason,
            tooltip=lambda p: "\n".join(p.reasons),
        ),
    )


class DuplicatesReview(QDialog):
    """The review window (one per main window; not modal)."""

    loaded = Signal()
    checked = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.review: stored.Review | None = None
        self._region: str | None = None
        self._checking = False
        self._check_again = False  # a change arrived while a check ran: check once more
        self._auto_checked = False
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Review Duplicates"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Possible duplicates"), self))
        top.addStretch(1)
        show = QLabel(self.tr("&Show:"), self)
        top.addWidget(show)
        self.filter = QComboBox(self)
        show.setBuddy(self.filter)
        self.filter.addItem(self.tr("People and accounts"), "all")
        self.filter.addItem(self.tr("People"), "contact")
        self.filter.addItem(self.tr("Accounts"), "account")
        top.addWidget(self.filter)
        self.check_button = QPushButton(self.tr("&Check Again"), self)
        self.check_button.setToolTip(
            self.tr("Look for duplicates among all contacts and accounts now")
        )
        top.addWidget(self.check_button)
        layout.addLayout(top)
        self.info = muted(self.tr("Reading…"), self)
        self.info.setWordWrap(True)
        second = QHBoxLayout()
        second.addWidget(self.info, 1)
        region = QLabel(self.tr("&Phone numbers without a country code are from:"), self)
        second.addWidget(region)
        self.region = QComboBox(self)
        self.region.setToolTip(
            self.tr("Where numbers like 030 8170947 are dialled: they are compared as +49 30 …")
        )
        region.setBuddy(self.region)
        names = i18n.format_locale().territories
        for code in sorted(PHONE_REGIONS, key=lambda c: (names.get(c, c), c)):
            self.region.addItem(f"{names.get(code, code)} ({code})", code)
        self.region.setCurrentIndex(-1)
        second.addWidget(self.region)
        layout.addLayout(second)
        self.model = RecordTableModel(pair_columns(), self)
        self.table = record_view(self.model, self.tr("Possible duplicates"), self, sortable=True)
        layout.addWidget(self.table, 1)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reasons)
        self.status = muted("", self)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setDefault(True)
        self.dismiss_button = QPushButton(self.tr("&Not a Duplicate"), self)
        self.dismiss_button.setToolTip(
            self.tr("Hide this pair until one of the two changes (for you only)")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.merges_button = QPushButton(self.tr("&Recent Merges…"), self)
        self.merges_button.setToolTip(self.tr("Merges so far; split one again (Unmerge)"))
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merges_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.filter.currentIndexChanged.connect(self._show_pairs)
        self.region.currentIndexChanged.connect(self._on_region_chosen)
        self.check_button.clicked.connect(self.check_again)
        self.merge_button.clicked.connect(self.merge_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.close_button.clicked.connect(self.close)
        self.merges_button.clicked.connect(self.show_merges)
        self.table.doubleClicked.connect(lambda _index: self.merge_current())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.ops.changed.connect(self._on_changed)
        self.ops.databaseChanged.connect(lambda _db: self.close())

    # --- reading -----------------------------------------------------------------------

    @Slot(int)
    def _on_region_chosen(self, index: int) -> None:
        code = self.region.itemData(index)
        if not code or code == self._region:
            return
        self._region = code

        def write(db: Database) -> str:
            return stored.set_phone_region(db, code)

        label = self.tr("Phone numbers read in {region}").format(region=self.region.itemText(index))
        self.ops.run_op(label, write, lambda _code: self.check_again(), initiator=self, owner=self)

    def _show_region(self, code: str | None) -> None:
        self._region = code
        self.region.blockSignals(True)
        self.region.setCurrentIndex(self.region.findData(code) if code else -1)
        self.region.blockSignals(False)

    @Slot()
    def load(self) -> None:
        """Read the stored pairs (all kinds: the filter works on what was read)."""
        self.ops.run_query(stored.phone_region, self._show_region, owner=self)
        self.ops.run_query(
            lambda db: stored.review(db),
            self._on_loaded,
            title=self.tr("Reading possible duplicates"),
            owner=self,
        )

    @Slot(object)
    def _on_loaded(self, review: stored.Review) -> None:
        if review.check is None and not self._auto_checked and not self._checking:
            self._auto_checked = True  # never checked: check once by itself
            self.check_again()
            return
        self.review = review
        self._show_pairs()
        self.loaded.emit()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self.isVisible():
            return
        if changes.everything or changes.accounts or changes.contacts:
            # An import or an edit may have made (or split) a pair: the check is
            # incremental (only the changed rows' blocks), then the list is read again.
            self.check_again()
        elif changes.suggestions:
            self.load()

    @Slot()
    def check_again(self) -> None:
        """Run the duplicate check now (off the UI thread) and show what it stored."""
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        self.check_button.setEnabled(False)
        self.info.setText(self.tr("Looking for duplicates among all contacts and accounts…"))

        def run(db: Database) -> stored.CheckInfo:
            return stored.check(db)

        self.ops.run_query(
            run,
            self._on_checked,
            title=self.tr("Looking for duplicates"),
            on_failed=self._on_check_failed,
            owner=self,
        )

    @Slot(object)
    def _on_checked(self, info: stored.CheckInfo) -> None:
        self._checking = False
        self.check_button.setEnabled(True)
        if self._check_again:
            self._check_again = False
            self.check_again()
        self.checked.emit(info)
        if info.keys_refreshed or not info.incremental:
            # Today's "possible duplicate" suggestions come from the stored pairs (a
            # check that found nothing changed leaves them, and Today, as they were).
            self.ops.changed.emit(Changes(suggestions=True), self)
        self.load()

    def _on_check_failed(self, exc: BaseException) -> None:
        self._checking = False
        self.check_button.setEnabled(True)
        self.info.setText(self.tr("The check failed: {error}").format(error=exc))

    # --- showing -----------------------------------------------------------------------

    def kinds(self) -> tuple[str, ...]:
        return KINDS[str(self.filter.currentData())]

    def pairs(self) -> Sequence[DuplicatePair]:
        """The pairs shown, in their order."""
        return list(self.model.records)

    @Slot()
    def _show_pairs(self) -> None:
        review = self.review
        if review is None:
            return
        kinds = self.kinds()
        keep = self.current_pair()
        shown = [p for p in review.pairs if p.kind in kinds]
        self.model.set_records(shown)
        fit_columns(self.table)
        row = next((i for i, p in enumerate(shown) if keep and p.id == keep.id), 0)
        if shown:
            self.table.selectRow(row)
        self.info.setText(self._info_text(review, len(shown)))
        self._on_current(self.table.currentIndex())

    def _info_text(self, review: stored.Review, shown: int) -> str:
        check = review.check
        if check is None:
            return self.tr("Never checked.")
        text = self.tr("{n} pair(s); checked {when}: {contacts} contacts, {accounts} accounts.")
        text = text.format(
            n=formats.number(shown),
            when=formats.date_time(check.checked_at),
            contacts=formats.number(check.contacts),
            accounts=formats.number(check.accounts),
        )
        if review.dismissed:
            text += " " + self.tr("{n} you marked as not a duplicate are hidden.").format(
                n=review.dismissed
            )
        if check.skipped_blocks:
            text += " " + self.tr(
                "{n} key(s) shared by too many to compare one by one (e.g. {example})."
            ).format(n=check.skipped_blocks, example="; ".join(check.skipped_examples[:1]))
        return text

    def current_pair(self) -> DuplicatePair | None:
        index = self.table.currentIndex()
        record = self.model.record(index.row()) if index.isValid() else None
        return record if isinstance(record, DuplicatePair) else None

    def _on_current(self, _index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        pair = self.current_pair()
        if pair is None:
            self.reasons.setText(
                self.tr("No possible duplicates.") if self.review is not None else ""
            )
        else:
            self.reasons.setText(
                self.tr("{a} and {b} ({score} %): {why}").format(
                    a=pair.first_name, b=pair.second_name, score=pair.score, why=pair.reason
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_pair() is not None
        self.merge_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    # --- acting ------------------------------------------------------------------------

    @Slot()
    def merge_current(self) -> MergeDialog | None:
        """Open the merge dialog for the current pair."""
        pair = self.current_pair()
        if pair is None:
            return None
        dialog = MergeDialog(self.ops, pair.kind, pair.first_id, pair.second_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._on_merged)
        dialog.open()
        return dialog

    @Slot()
    def show_merges(self) -> RecentMerges:
        """The recent merges, with Unmerge (also for merges of earlier sessions)."""
        found = self.findChild(RecentMerges)
        if not isinstance(found, RecentMerges):
            found = RecentMerges(self.ops, self)
            # The two are back: the check finds their pair again (only their rows).
            found.unmerged.connect(lambda _result: self.check_again())
        found.show()
        found.raise_()
        found.load()
        return found

    @Slot(object)
    def _on_merged(self, result: MergeResult) -> None:
        self.status.setText(self.tr("{summary}. Undo with Ctrl+Z.").format(summary=result.summary))
        self.load()

    @Slot()
    def dismiss_current(self) -> None:
        """ "Not a duplicate": hide the pair for this user until one side changes."""
        pair = self.current_pair()
        if pair is None:
            return
        label = self.tr("Not a duplicate: {a} / {b}").format(a=pair.first_name, b=pair.second_name)
        key = pair.id

        def write(db: Database) -> engine.DecisionInfo:
            return engine.dismiss(db, key)

        def done(_info: engine.DecisionInfo) -> None:
            self.status.setText(
                self.tr("{a} and {b} are not shown again until one of them changes.").format(
                    a=pair.first_name, b=pair.second_name
                )
            )
            self.load()

        self.ops.run_op(label, write, done, initiator=self, owner=self)


def show_review(ops: Operations, parent: QWidget) -> DuplicatesReview:
    """The main window's review window (made once, raised when asked again)."""
    found = parent.findChild(DuplicatesReview)
    if not isinstance(found, DuplicatesReview):
        found = DuplicatesReview(ops, parent)
    found.show()
    found.raise_()
    found.activateWindow()
    found.load()  # what the last check stored, at once ...
    found.check_again()  # ... then what changed since (an import, another window, the CLI)
    return found
