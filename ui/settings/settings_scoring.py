"""Settings → Scoring and Rules: weights, ring thresholds and every other engine tunable.

Both pages edit one staged :class:`EngineDraft`; the dialog saves its changes, and the
Scoring page's ring thresholds, together with the other pages in one transaction. The
Scoring page previews, live and without saving, how many accounts would move from which
ring to which (the engine's what-if), computed off the UI thread.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import circlesoftrust.engine_settings as engine_settings
from circlesoftrust.engine import what_if
from circlesoftrust.records import RingInfo
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import component_label
from ui.common.dialogs import html_text
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import muted
from ui.operations import Operations
from ui.settings.advice_rules import (
    ADVICE_FIELDS,
    ADVICE_TITLE,
    RingChoice,
    SwitchBox,
    advice_widget,
    default_words,
    label_words,
    rules_in_words,
)
from ui.settings.settings_common import SettingsSnapshot
from ui.settings.what_if_accounts import WhatIfAccounts

Index = QModelIndex | QPersistentModelIndex

SCORING_FIELDS = (
    "weight_revenue", "weight_loyalty", "weight_engagement", "weight_advocacy",
    "weight_friction", "hysteresis_points", "pinned_min_gap_rings",
)  # fmt: skip
WHAT_IF_DELAY_MS = 250


class EngineDraft:
    """The engine settings as staged in the dialog (one save for both pages)."""

    def __init__(self, source: SettingsSnapshot) -> None:
        self.source = source
        self.original = source.engine
        self.values: dict[str, float] = {}
        self.load()

    def load(self) -> None:
        self.original = self.source.engine
        self.values = {s.name: s.value for s in engine_settings.specs(self.original)}

    def changes(self) -> dict[str, float]:
        return {
            name: value
            for name, value in self.values.items()
            if value != getattr(self.original, name)
        }

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def weights(self) -> dict[str, float]:
        return {n: self.values[f"weight_{n}"] for n in engine_settings.COMPONENTS}

    def problems(self) -> list[str]:
        try:
            engine_settings.replace_settings(self.original, self.changes())
        except Exception as exc:  # ValidationError names the setting in plain words
            return [str(exc)]
        return []


def spin_for(spec: engine_settings.SettingSpec, parent: QWidget) -> QSpinBox | QDoubleSpinBox:
    box: QSpinBox | QDoubleSpinBox
    if spec.type == "int":
        box = QSpinBox(parent)
        box.setRange(int(spec.low), int(spec.high))
    else:
        box = QDoubleSpinBox(parent)
        box.setDecimals(2)
        box.setRange(spec.low, spec.high)
        box.setSingleStep(0.05 if spec.high <= 1 else 0.5)
    box.setToolTip(
        QCoreApplication.translate("settings_scoring", "{help}\nDefault: {default:g}").format(
            help=spec.help, default=spec.default
        )
    )
    box.setAccessibleName(spec.label)
    box.setMinimumWidth(110)
    return box


class WhatIfModel(QAbstractTableModel):
    """From-ring (rows) × to-ring (columns): how many accounts would move."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._counts: list[list[int]] = []

    def set_matrix(self, names: list[str], counts: list[list[int]]) -> None:
        self.beginResetModel()
        self._names = list(names)
        self._counts = [list(row) for row in counts]
        self.endResetModel()

    def count(self, from_row: int, to_col: int) -> int:
        return self._counts[from_row][to_col]

    def moves(self) -> int:
        n = len(self._names)
        return sum(self._counts[i][j] for i in range(n) for j in range(n) if i != j)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self._names):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.tr("from {value}").format(value=self._names[section])
        return "\n".join(
            textwrap.wrap(self.tr("to {value}").format(value=self._names[section]), 10)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._names) and 0 <= c < len(self._names)):
            return None
        value = self._counts[r][c]
        if role == Qt.ItemDataRole.DisplayRole:
            if r == c:
                return self.tr("{value} stay").format(value=value) if value else "–"
            return str(value) if value else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r == c:
                return self.tr("{value} accounts stay in {value2}").format(
                    value=value, value2=self._names[r]
                )
            return self.tr("{value} accounts would move from {value2} to {value3}").format(
                value=value, value2=self._names[r], value3=self._names[c]
            )
        if role == Qt.ItemDataRole.FontRole and r != c and value:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and r != c and value:
            colour = QColor("#16a34a" if c < r else "#dc2626")  # inwards green, outwards red
            colour.setAlpha(min(170, 45 + 20 * value))
            return colour
        if role == Qt.ItemDataRole.ForegroundRole and r == c:
            muted = QColor(QApplication.palette().color(QPalette.ColorRole.Text))
            muted.setAlpha(140)
            return muted
        return None


class ScoringPage(QWidget):
    """Weights, thresholds and hysteresis with the live what-if preview.

    Signals:
        edited(): a staged value changed.
        previewed(): the what-if matrix shows the latest staged values.
    """

    edited = Signal()
    previewed = Signal()

    def __init__(
        self,
        source: SettingsSnapshot,
        draft: EngineDraft,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.draft = draft
        self.ops = ops
        self._serial = 0
        self.rings: list[RingInfo] = []
        self.thresholds: dict[int, int] = {}
        self._running = False
        self._loading = False
        self.last_what_if: what_if.WhatIf | None = None
        self.what_if = WhatIfModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WHAT_IF_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.threshold_spins: dict[int, QSpinBox] = {}
        self._build()

    def _build(self) -> None:
        specs = {s.name: s for s in engine_settings.specs()}
        self.weights_box = QGroupBox(self.tr("Trust score weights"), self)
        wf = QFormLayout(self.weights_box)
        for name in SCORING_FIELDS[:5]:
            spin = spin_for(specs[name], self)
            self.spins[name] = spin
            label = component_label(name.removeprefix("weight_"))
            wf.addRow(f"{label}:", spin)
        self.placement_box = QGroupBox(self.tr("Placement"), self)
        self.placement_form = QFormLayout(self.placement_box)
        for name in SCORING_FIELDS[5:]:
            spin = spin_for(specs[name], self)
            self.spins[name] = spin
            self.placement_form.addRow(f"{specs[name].label}:", spin)
        self.thresholds_box = QGroupBox(
            self.tr("Ring thresholds (lowest score for each ring)"), self
        )
        self.thresholds_form = QFormLayout(self.thresholds_box)
        self.reset_button = QPushButton(self.tr("Back to saved values"), self)
        self.reset_button.clicked.connect(self.revert)

        left = QVBoxLayout()
        left.addWidget(self.weights_box)
        left.addWidget(self.thresholds_box)
        left.addWidget(self.placement_box)
        left.addWidget(self.reset_button)
        left.addStretch(1)

        self.preview_title = QLabel("<b>{}</b>".format(self.tr("What would move")), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(90, 8)
        self.busy.hide()
        self.summary = muted("", self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.what_if)
        self.table.setAccessibleName(self.tr("What-if preview: accounts moving from ring to ring"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.preview_title)
        head.addStretch(1)
        head.addWidget(self.busy)
        right = QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.summary)
        right.addWidget(self.table, 1)
        self.moving_list = WhatIfAccounts(self)  # the moving accounts by name
        right.addWidget(self.moving_list, 1)
        legend = muted(
            self.tr(
                "Rows: where accounts are now; columns: where these rules would "
                "place them "
                "(green inwards, red outwards). Nothing "
                "is saved until you press Save."
            ),
            self,
        )
        legend.setWordWrap(True)
        right.addWidget(legend)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        for name, spin in self.spins.items():
            spin.valueChanged.connect(lambda v, n=name: self._on_value(n, v))

    # --- data --------------------------------------------------------------------------

    def load(self) -> None:
        self._loading = True
        try:
            for name, spin in self.spins.items():
                spin.setValue(self.draft.values[name])  # type: ignore[arg-type]
            self.rings = self.source.rings
            self.thresholds = {r.id: r.min_score for r in self.rings}
            while self.thresholds_form.rowCount():
                self.thresholds_form.removeRow(0)
            self.threshold_spins = {}
            for r in self.rings:
                spin = QSpinBox(self)
                spin.setRange(0, 100)
                spin.setValue(r.min_score)
                spin.setAccessibleName(self.tr("Threshold of {name}").format(name=r.name))
                if r.position == len(self.rings) - 1:
                    spin.setEnabled(False)
                    spin.setToolTip(self.tr("The outermost ring takes every score from 0."))
                spin.valueChanged.connect(lambda v, rid=r.id: self._on_threshold(rid, v))
                self.threshold_spins[r.id] = spin
                self.thresholds_form.addRow(f"{r.name}:", spin)
        finally:
            self._loading = False
        self.schedule_preview()

    def set_value(self, name: str, value: float) -> None:
        self.spins[name].setValue(value)  # type: ignore[arg-type]

    def set_threshold(self, ring_id: int, value: int) -> None:
        self.threshold_spins[ring_id].setValue(value)

    def is_dirty(self) -> bool:
        return any(self.thresholds[r.id] != r.min_score for r in self.rings)

    def problems(self) -> list[str]:
        ordered = [self.thresholds[r.id] for r in self.rings]
        for inner, outer, ring in zip(ordered, ordered[1:], self.rings, strict=False):
            if inner <= outer:
                return [
                    self.tr("{name} needs a higher threshold than the ring outside it.").format(
                        name=ring.name
                    )
                ]
        return []

    @Slot()
    def revert(self) -> None:
        self.draft.load()
        self.load()
        self.edited.emit()

    def _on_value(self, name: str, value: float) -> None:
        if self._loading:
            return
        self.draft.values[name] = value
        self.edited.emit()
        self.schedule_preview()

    def _on_threshold(self, ring_id: int, value: int) -> None:
        if self._loading:
            return
        self.thresholds[ring_id] = value
        self.edited.emit()
        self.schedule_preview()

    # --- what-if -----------------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Recompute shortly (typing 0.35 in a spin box is one preview, not four)."""
        self._timer.start()

    def preview_pending(self) -> bool:
        return self._timer.isActive() or self._running

    @Slot()
    def update_preview(self) -> None:
        problems = self.problems()
        if problems:
            self.summary.setText(problems[0])
            return
        weights = self.draft.weights()
        thresholds: dict[int | str, float] = {r.position: self.thresholds[r.id] for r in self.rings}
        self._serial += 1
        serial = self._serial

        def preview(db: Database) -> what_if.WhatIf:
            return what_if.what_if(db, weights=weights, thresholds=thresholds)

        def failed(exc: BaseException) -> None:
            if serial == self._serial:
                self._running = False
                self.busy.hide()
                self.summary.setText(self.tr("No preview: {exc}").format(exc=exc))

        self._running = True
        self.busy.show()
        self.ops.run_query(
            preview, lambda r: self._on_preview(r, serial), on_failed=failed, owner=self
        )

    def _on_preview(self, result: what_if.WhatIf, serial: int) -> None:
        if serial != self._serial:
            return  # a newer preview is on its way
        self._running = False
        self.busy.hide()
        self.last_what_if = result
        names, counts = _matrix_of(result)
        self.what_if.set_matrix(names, counts)
        self.moving_list.set_moves(result.account_moves)
        n = len(names)
        inwards = sum(counts[i][j] for i in range(n) for j in range(i))
        outwards = self.what_if.moves() - inwards
        if inwards + outwards:
            text = self.tr(
                "With these rules {n} of {accounts} accounts would be suggested a move: "
                "{inwards} inwards, {outwards} outwards."
            ).format(
                n=inwards + outwards, accounts=result.accounts, inwards=inwards, outwards=outwards
            )
        else:
            text = self.tr("With these rules all {accounts} accounts stay where they are.").format(
                accounts=result.accounts
            )
        if result.moving:
            text += (
                self.tr(" Your changes give {n} account another target than the saved rules do.")
                if result.moving == 1
                else self.tr(
                    " Your changes give {n} accounts another target than the saved rules do."
                )
            ).format(n=result.moving)
        else:
            text += self.tr(" Your changes move nobody compared with the saved rules.")
        self.summary.setText(text)
        self.previewed.emit()


def _matrix_of(result: what_if.WhatIf) -> tuple[list[str], list[list[int]]]:
    """Rows: current ring; columns: the ring the changed rules would target."""
    return list(result.ring_names), [list(row) for row in result.matrix]


RULE_GROUPS = (
    (QT_TRANSLATE_NOOP("RulesPage", "How the score reads the facts"), (
        "previous_year_percent", "full_activity_two_way", "recency_zero_after_cadences",
        "default_cadence_days", "full_tenure_days", "full_repeat_purchases", "full_referrals",
        "revenue_share_multiple",
    )),
    (QT_TRANSLATE_NOOP("RulesPage", "When suggestions appear"), (
        "at_risk_cadences", "satisfaction_after_days", "satisfaction_window_days",
        "renewal_within_days", "renewal_overdue_days", "complaint_response_days",
        "insight_due_days", "perk_grant_window_days", "perk_grant_days", "referral_quiet_days",
        "promoter_recent_days",
    )),
    (QT_TRANSLATE_NOOP("RulesPage", "People and the customer journey"), (
        "stage_weak_two_way", "stage_building_two_way", "stage_strong_two_way",
        "stage_recent_days", "journey_renewal_days", "journey_after_sale_days",
    )),
    (ADVICE_TITLE, ADVICE_FIELDS),
)  # fmt: skip


class RulesPage(QWidget):
    """Every other engine tunable (days, counts, windows), each with its help text."""

    edited = Signal()

    def __init__(self, draft: EngineDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.spins: dict[str, QSpinBox | QDoubleSpinBox | SwitchBox | RingChoice] = {}
        self.advice_words: QLabel | None = None  # the advice rules in words (advice_rules)
        self._loading = False
        specs = {s.name: s for s in engine_settings.specs() if s.name not in SCORING_FIELDS}
        grouped = {name for _, names in RULE_GROUPS for name in names}
        groups = [
            (self.tr(title), [n for n in names if n in specs]) for title, names in RULE_GROUPS
        ]
        groups.append((self.tr("Other rules"), [n for n in specs if n not in grouped]))
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(14)
        row = 0
        for title, names in groups:
            if not names:
                continue
            header = QLabel(f"<b>{title}</b>", inner)
            header.setContentsMargins(0, 10 if row else 0, 0, 2)
            grid.addWidget(header, row, 0, 1, 3)
            row += 1
            if title == self.tr(ADVICE_TITLE):
                self.advice_words = muted("", inner)
                self.advice_words.setWordWrap(True)
                grid.addWidget(self.advice_words, row, 0, 1, 3)
                row += 1
            for name in names:
                spec = specs[name]
                editor: QSpinBox | QDoubleSpinBox | SwitchBox | RingChoice
                editor = advice_widget(spec, inner, self._ring_names()) or spin_for(spec, inner)
                editor.valueChanged.connect(lambda v, n=name: self._on_value(n, v))
                self.spins[name] = editor
                label = QLabel(f"{label_words(spec)}:", inner)
                label.setBuddy(editor)
                default = default_words(spec, self._ring_names())
                help_text = muted(
                    self.tr("{help} (default {default})").format(help=spec.help, default=default),
                    inner,
                )
                help_text.setWordWrap(True)
                grid.addWidget(label, row, 0)
                grid.addWidget(editor, row, 1)
                grid.addWidget(help_text, row, 2)
                row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.defaults_button = QPushButton(self.tr("Restore defaults"), self)
        self.defaults_button.clicked.connect(self.restore_defaults)
        bottom = QHBoxLayout()
        bottom.addWidget(
            muted(self.tr("Changes apply to scores and suggestions after Save."), self), 1
        )
        bottom.addWidget(self.defaults_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _ring_names(self) -> list[str]:
        return [r.name for r in sorted(self.draft.source.rings, key=lambda r: r.position)]

    def _show_words(self) -> None:
        if self.advice_words is not None:
            lines = rules_in_words(self.draft.values, self._ring_names())
            self.advice_words.setText("<br>".join(f"• {html_text(line)}" for line in lines))

    def load(self) -> None:
        self._loading = True
        try:
            for name, spin in self.spins.items():
                if isinstance(spin, RingChoice):
                    spin.set_rings(self._ring_names())
                spin.setValue(self.draft.values[name])  # type: ignore[arg-type]
        finally:
            self._loading = False
        self._show_words()

    def is_dirty(self) -> bool:
        return False  # the shared draft is saved once, by the dialog

    def problems(self) -> list[str]:
        return []

    @Slot()
    def restore_defaults(self) -> None:
        defaults = engine_settings.EngineSettings()
        for name, spin in self.spins.items():
            spin.setValue(getattr(defaults, name))

    def _on_value(self, name: str, value: float) -> None:
        if not self._loading:
            self.draft.values[name] = value
            self._show_words()
            self.edited.emit()
