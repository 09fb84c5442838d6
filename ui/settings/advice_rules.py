"""The advice rules in Settings → Rules, shown in words (issue 11): what counts as contact
(ticks, not 0/1 numbers), the ring recent customers are held in (a ring by name, not a
position), and each rule as the sentence the engine applies, updated while the user edits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from circlesoftrust import engine_settings
from ui.common.language import QT_TRANSLATE_NOOP

# The engine settings these rules are made of, in the order Settings lists them.
CONTACT_FIELDS = (
    "contact_inbound",
    "contact_outbound",
    "contact_purchase",
    "contact_feedback",
    "contact_complaint",
    "contact_referral",
)
ADVICE_FIELDS = (
    *CONTACT_FIELDS,
    "new_client_ring",
    "new_client_days",
    "pin_days",
    "pinned_min_gap_rings",
    "insight_grace_days",
    "relational_weight",
    "relational_low",
    "relational_low_days",
    "top_people_per_account",
)
ADVICE_TITLE = QT_TRANSLATE_NOOP("RulesPage", "Advice: contact, placement, your moves, inner first")


_CONTEXT = "AdviceRules"


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this file's context, translated."""
    return QCoreApplication.translate(_CONTEXT, text)


class SwitchBox(QCheckBox):
    """A 0/1 setting as a tick; speaks the spin boxes' value()/setValue()/valueChanged."""

    valueChanged = Signal(float)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda on: self.valueChanged.emit(1.0 if on else 0.0))

    def value(self) -> float:
        return 1.0 if self.isChecked() else 0.0

    def setValue(self, value: float) -> None:
        self.setChecked(bool(value))


class RingChoice(QComboBox):
    """A ring position setting as the ring's name."""

    valueChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted = 0
        self.currentIndexChanged.connect(self._changed)

    def set_rings(self, names: Sequence[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for position, name in enumerate(names):
            self.addItem(name, position)
        self.blockSignals(False)
        self.setValue(self._wanted)

    def value(self) -> float:
        data = self.currentData()
        return float(self._wanted if data is None else data)

    def setValue(self, value: float) -> None:
        self._wanted = int(value)
        index = self.findData(self._wanted)
        if index >= 0:
            self.setCurrentIndex(index)

    def _changed(self) -> None:
        data = self.currentData()
        if data is not None:
            self._wanted = int(data)
            self.valueChanged.emit(float(data))


_MARKED = {
    "contact_inbound": QT_TRANSLATE_NOOP("AdviceRules", "an inbound touch"),
    "contact_outbound": QT_TRANSLATE_NOOP(
        "AdviceRules", "an outbound one-way touch (newsletter, social post)"
    ),
    "contact_purchase": QT_TRANSLATE_NOOP("AdviceRules", "a purchase"),
    "contact_feedback": QT_TRANSLATE_NOOP("AdviceRules", "a feedback answer"),
    "contact_complaint": QT_TRANSLATE_NOOP("AdviceRules", "a complaint opened or resolved"),
    "contact_referral": QT_TRANSLATE_NOOP("AdviceRules", "a referral given"),
}
_CONTACT_WORDS: dict[str, str] = {name: str(text) for name, text in _MARKED.items()}


def advice_widget(
    spec: engine_settings.SettingSpec, parent: QWidget, ring_names: Sequence[str]
) -> SwitchBox | RingChoice | None:
    """The widget an advice rule is edited with (None: a plain number box will do)."""
    if spec.name in CONTACT_FIELDS:
        box = SwitchBox(QCoreApplication.translate("AdviceRules", "counts as contact"), parent)
        box.setToolTip(spec.help)
        box.setAccessibleName(spec.label)
        return box
    if spec.name == "new_client_ring":
        choice = RingChoice(parent)
        choice.set_rings(ring_names)
        choice.setToolTip(spec.help)
        choice.setAccessibleName(spec.label)
        return choice
    return None


def label_words(spec: engine_settings.SettingSpec) -> str:
    """The setting's label without the "(1 = counts)" of a number box (a tick says it)."""
    return spec.label.replace(" (1 = counts)", "") if spec.name in CONTACT_FIELDS else spec.label


def default_words(spec: engine_settings.SettingSpec, ring_names: Sequence[str]) -> str:
    """The default in words: "counts" / "does not count", a ring's name, else the number."""
    if spec.name in CONTACT_FIELDS:
        return (
            QCoreApplication.translate("AdviceRules", "counts")
            if spec.default
            else QCoreApplication.translate("AdviceRules", "does not count")
        )
    if spec.name == "new_client_ring" and 0 <= int(spec.default) < len(ring_names):
        return ring_names[int(spec.default)]
    return f"{spec.default:g}"


def rules_in_words(values: Mapping[str, float], ring_names: Sequence[str]) -> list[str]:
    """Each advice rule as the sentence the engine applies with these values."""
    counted = [_tr(words) for name, words in _CONTACT_WORDS.items() if values.get(name)]
    left_out = [_tr(words) for name, words in _CONTACT_WORDS.items() if not values.get(name)]
    two_way = QCoreApplication.translate("AdviceRules", "a two-way touch")
    contact = QCoreApplication.translate("AdviceRules", "Counts as contact: {kinds}.").format(
        kinds=", ".join([two_way, *counted])
    )
    if left_out:
        contact += " " + QCoreApplication.translate("AdviceRules", "Not contact: {kinds}.").format(
            kinds=", ".join(left_out)
        )
    lines = [contact]
    ring = int(values.get("new_client_ring", 2))
    outermost = len(ring_names) - 1
    if ring_names and ring >= outermost:
        lines.append(
            QCoreApplication.translate(
                "AdviceRules", "Recent customers are not held in any ring (the rule is off)."
            )
        )
    else:
        name = ring_names[ring] if 0 <= ring < len(ring_names) else str(ring)
        lines.append(
            QCoreApplication.translate(
                "AdviceRules",
                "A customer with a purchase in the last {days} days sits at least in {ring}.",
            ).format(days=int(values.get("new_client_days", 365)), ring=name)
        )
    days = int(values.get("pin_days", 90))
    gap = int(values.get("pinned_min_gap_rings", 2))
    lines.append(
        QCoreApplication.translate(
            "AdviceRules",
            "Your move stands for {days} days (unless you choose otherwise when moving); "
            "meanwhile the advice suggests another ring only {gap} rings away, and says so.",
        ).format(days=days, gap=gap)
    )
    inner = (
        ring_names[0] if ring_names else QCoreApplication.translate("AdviceRules", "the inner ring")
    )
    lines.append(
        QCoreApplication.translate(
            "AdviceRules",
            "An insight reaches an outer ring once all of {inner} has it, or {days} days "
            "after that ring's own release date.",
        ).format(inner=inner, days=int(values.get("insight_grace_days", 14)))
    )
    weight = float(values.get("relational_weight", 0.3))
    low = int(values.get("relational_low", 2))
    lines.append(
        QCoreApplication.translate(
            "AdviceRules",
            "Relational scores count for up to {share:.0%} of advocacy (good) or friction "
            "(poor); trust or issue resolution at {low} or below raises a suggestion for "
            "{days} days.",
        ).format(share=weight, low=low, days=int(values.get("relational_low_days", 60)))
        if weight
        else QCoreApplication.translate(
            "AdviceRules",
            "Relational scores do not count in the score; trust or issue resolution at {low} "
            "or below raises a suggestion for {days} days.",
        ).format(low=low, days=int(values.get("relational_low_days", 60)))
    )
    return lines
