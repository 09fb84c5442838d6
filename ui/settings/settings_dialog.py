"""Settings: rings, perks, checklists, and the score's weights and thresholds.

Every page stages its edits; nothing is written until Save. Save checks all pages, then
hands every staged change to one ``save_configuration`` call: one transaction, so a
problem anywhere (reported in the banner, naming the entry and field) leaves the
database exactly as it was and the dialog open. Cancel writes nothing, and on a changed
dialog it asks first whether to throw the changes away.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust import formats
from circlesoftrust.errors import CotError
from circlesoftrust.services.configuration import ConfigurationSaved, save_configuration
from circlesoftrust.storage import Database
from circlesoftrust.team import StaleEditError
from ui.common import conflicts
from ui.common.banner import Banner
from ui.common.dialogs import html_text, show_error
from ui.operations import Operations
from ui.settings.settings_common import SettingsSnapshot, read_settings
from ui.settings.settings_language import LanguagePage
from ui.settings.settings_lists import ChecklistsPage, PerksPage
from ui.settings.settings_merge import Merged, SettingsState, merge, my_changes, state_of
from ui.settings.settings_rings import RingsPage
from ui.settings.settings_scoring import EngineDraft, RulesPage, ScoringPage
from ui.settings.settings_team import TeamPage


class SettingsDialog(QDialog):
    """Edit the business's rules.

    Saving is one operation through the door (one transaction, on the undo history); the
    views refresh from the door's ``changed``.

    Signals:
        saveFinished(bool): a save asked of the database is done (True) or was refused.
        reloaded(): after a refused stale save, the settings were read again and the user's
            own changes re-applied on top (see ``resolve_conflict``).
    """

    saveFinished = Signal(bool)
    reloaded = Signal()

    def __init__(
        self, ops: Operations, source: SettingsSnapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.source = source
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(900, 620)
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.engine_draft = EngineDraft(source)
        self.rings_page = RingsPage(source, self, ops)
        self.perks_page = PerksPage(source, self)
        self.checklists_page = ChecklistsPage(source, self)
        self.scoring_page = ScoringPage(source, self.engine_draft, ops, self)
        self.rules_page = RulesPage(self.engine_draft, self)
        self.language_page = LanguagePage(source, self)
        self.tabs.addTab(self.rings_page, self.tr("&Rings"))
        self.tabs.addTab(self.perks_page, self.tr("&Perks"))
        self.tabs.addTab(self.checklists_page, self.tr("&Checklists"))
        self.tabs.addTab(self.scoring_page, self.tr("&Scoring && what-if"))
        self.tabs.addTab(self.rules_page, self.tr("R&ules && days"))
        self.tabs.addTab(self.language_page, self.tr("&Language && money"))
        self.team_page = TeamPage(ops, source, self)
        self.tabs.addTab(self.team_page, self.tr("&Team"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def reject(self) -> None:
        """Cancel, Esc or the close box: a changed dialog asks before it drops the edits."""
        if self.buttons.isEnabled() and self.is_dirty() and not self._discard_asked():
            return
        super().reject()

    def _discard_asked(self) -> bool:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Settings"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("Discard your changes to the settings?"))
        box.setInformativeText(
            self.tr("Nothing has been saved yet. Keep editing to save them with Save.")
        )
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def pages(self) -> list[QWidget]:
        return [w for i in range(self.tabs.count()) if (w := self.tabs.widget(i)) is not None]

    def sections(self) -> list[tuple[int, object]]:
        """What Save checks, in order: (tab to show on a problem, section)."""
        scoring = self.tabs.indexOf(self.scoring_page)
        return [(i, page) for i, page in enumerate(self.pages())] + [(scoring, self.engine_draft)]

    def load(self) -> None:
        self.engine_draft.load()
        for page in self.pages():
            page.load()  # type: ignore[attr-defined]

    def is_dirty(self) -> bool:
        return any(section.is_dirty() for _, section in self.sections())  # type: ignore[attr-defined]

    def _save_arguments(self) -> dict[str, Any]:
        """The staged edits of every page, as save_configuration's arguments (None: untouched)."""
        args: dict[str, Any] = {}
        if self.rings_page.is_dirty() or self.scoring_page.is_dirty():
            args["rings"] = self.rings_page.ring_edits(self.scoring_page.thresholds)
            args["ring_moves"] = self.rings_page.ring_moves()
        if self.perks_page.is_dirty():
            args["perks"] = self.perks_page.perk_edits()
        if self.checklists_page.is_dirty():
            args["checklists"] = self.checklists_page.checklist_edits()
        if self.engine_draft.is_dirty():
            args["engine_settings"] = self.engine_draft.changes()
        if self.language_page.currency_changed():
            args["currency"] = self.language_page.chosen_currency()
        return args

    def _tab_for(self, error: CotError) -> QWidget | None:
        """The page where the user can fix what a failed save names: the section the core
        tagged the refusal with (never its words, which are in the user's language), else
        the page of the engine setting it names."""
        pages: dict[str, QWidget] = {
            "rings": self.rings_page,
            "scoring": self.scoring_page,
            "perks": self.perks_page,
            "checklists": self.checklists_page,
        }
        if error.section in pages:
            return pages[error.section]
        setting = getattr(error, "field", "")
        if setting in self.scoring_page.spins:
            return self.scoring_page
        if setting in self.rules_page.spins:
            return self.rules_page
        return None

    @Slot()
    def save(self) -> bool:
        """Check every page, then write all changes in one transaction; stay open on a problem."""
        for i, section in self.sections():
            problems = section.problems()  # type: ignore[attr-defined]
            if problems:
                self.tabs.setCurrentIndex(i)
                self.banner.show_message(" ".join(problems), "error")
                return False
        if self.language_page.language_changed():
            self.language_page.keep_language()  # this computer's preference, not the database's
        args = self._save_arguments()
        if not args:
            self.accept()
            return True

        token = self.source.token

        def save(db: Database) -> ConfigurationSaved:
            return save_configuration(db, expected_token=token, **args)

        def refused(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.saveFinished.emit(False)
            if isinstance(exc, StaleEditError):
                self.resolve_conflict(exc)
                return
            if not isinstance(exc, CotError):
                show_error(self, exc, action=self.tr("Saving the settings"))
                return
            page = self._tab_for(exc)
            if page is not None:
                self.tabs.setCurrentWidget(page)
            self.banner.show_message(
                self.tr("Not saved, nothing was changed: {exc}").format(exc=exc), "error"
            )

        self.buttons.setEnabled(False)

        def saved(_saved: ConfigurationSaved) -> None:
            if "currency" in args:  # money shows the new currency from now on
                formats.set_currency(args["currency"])
            self.saveFinished.emit(True)
            self.accept()

        self.ops.run_op(self.tr("Change settings"), save, saved, on_failed=refused, owner=self)
        return True

    # --- someone else saved the settings meanwhile (ui.common.conflicts) ------------------

    def current_state(self) -> SettingsState:
        """What the user made of the settings, as plain values (copies)."""
        return SettingsState(
            rings=[dataclasses.replace(d) for d in self.rings_page.drafts()],
            thresholds=dict(self.scoring_page.thresholds),
            perks=[dataclasses.replace(d) for d in self.perks_page.drafts()],
            checklists={
                ring_id: [dataclasses.replace(d) for d in steps]
                for ring_id, steps in self.checklists_page.staged.items()
            },
            engine=dict(self.engine_draft.values),
            currency=self.language_page.chosen_currency(),
        )

    def resolve_conflict(self, exc: StaleEditError) -> None:
        """Say who changed the settings; reload and re-apply the user's changes, discard
        them, or keep editing (as the account and contact forms do)."""
        start, mine = state_of(self.source), self.current_state()
        choice = conflicts.ask(exc, my_changes(start, mine), self)
        if choice == conflicts.ConflictDialog.DISCARD:
            QDialog.reject(self)  # (the user chose: no second question)
            return
        if choice != conflicts.ConflictDialog.RELOAD:
            self.banner.show_message(
                self.tr("Not saved, nothing was changed: {exc}").format(exc=exc), "error"
            )
            return
        self.buttons.setEnabled(False)

        def reloaded(fresh: SettingsSnapshot) -> None:
            merged = merge(start, mine, state_of(fresh))
            self.show_state(fresh, merged.state)
            self.buttons.setEnabled(True)
            self.banner.show_message(self._merge_note(exc, merged), "info")
            self.reloaded.emit()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            show_error(self, error, action=self.tr("Reloading the settings"))

        self.ops.run_query(read_settings, reloaded, on_failed=failed, owner=self)

    def show_state(self, source: SettingsSnapshot, state: SettingsState) -> None:
        """Start over from ``source`` (the database now) with ``state`` staged on top."""
        self.source = source
        for holder in (self.engine_draft, *self.pages()):
            holder.source = source  # type: ignore[attr-defined]
        moves, staged = dict(self.rings_page.moves), dict(self.rings_page.staged)
        self.load()  # (the database's settings now: what "changed" is measured against)
        self.rings_page.moves.update(moves)  # where removed rings' accounts go stays chosen
        self.rings_page.staged.update(staged)
        self.engine_draft.values.update(state.engine)
        self.scoring_page.load()
        self.rules_page.load()
        self.rings_page.model.set_drafts(state.rings)
        self.rings_page.select(0)
        self.rings_page._update_buttons()
        for ring_id, score in state.thresholds.items():
            if ring_id in self.scoring_page.threshold_spins:
                self.scoring_page.set_threshold(ring_id, score)
        self.perks_page.model.set_drafts(state.perks)
        self.perks_page.select(0)
        self.checklists_page.staged = state.checklists
        self.checklists_page._show_ring(self.checklists_page.ring_combo.currentIndex())
        currency = self.language_page.currency
        currency.setCurrentIndex(max(currency.findData(state.currency), 0))

    def _merge_note(self, exc: StaleEditError, merged: Merged) -> str:
        who = html_text(exc.by or self.tr("the other person"))
        parts = [
            self.tr("Reloaded with the changes of {who}; yours are applied on top: {mine}.").format(
                who=who, mine=html_text(", ".join(merged.applied) or self.tr("none"))
            )
        ]
        if merged.clashes:
            clashes = "; ".join(
                self.tr("{what} (yours: {mine}, theirs: {theirs})").format(
                    what=c.what, mine=c.mine, theirs=c.theirs
                )
                for c in merged.clashes
            )
            parts.append(
                self.tr("<b>You both changed</b> {clashes}: yours is kept.").format(
                    clashes=html_text(clashes)
                )
            )
        if merged.dropped:
            parts.append(
                self.tr("Not applied, removed meanwhile: {what}.").format(
                    what=html_text(", ".join(merged.dropped))
                )
            )
        parts.append(self.tr("Check and save."))
        return " ".join(parts)
