"""The insight editor when someone else saved the same insight meanwhile.

The editor (``InsightsView``'s Write tab) is not a form dialog, so this adapter gives it
what ``ui.common.conflicts.resolve`` needs: the texts the editor started from, the
version, a reload off the UI thread, and a way to put texts back. The user then chooses,
as in the account and contact forms: reload and re-apply their own changes (text by
text), discard theirs (the stored texts come back), or keep editing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui.common import conflicts
from ui.common.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from circlesoftrust.storage import Database
    from circlesoftrust.team import StaleEditError
    from ui.insights.insights_view import InsightsView

CAPTIONS = {
    "title": QT_TRANSLATE_NOOP("Insights", "Title"),
    "headline": QT_TRANSLATE_NOOP("Insights", "Headline"),
    "summary": QT_TRANSLATE_NOOP("Insights", "Summary"),
    "full_text": QT_TRANSLATE_NOOP("Insights", "Full text"),
}


def texts_of(info: Any) -> dict[str, str]:
    """An insight's texts as the editor shows them (and as a save sends them)."""
    return {key: str(getattr(info, key) or "").strip() for key in CAPTIONS}


class InsightEditor:
    """``conflicts.Resolvable`` over the view's editor for the insight ``insight_id``."""

    def __init__(self, view: InsightsView, insight_id: int, shown: dict[str, str]) -> None:
        self.view = view
        self.insight_id = insight_id
        self.shown: dict[str, Any] = dict(shown)
        self.version: int | None = view._version
        self.reloader: conflicts.Reloader | None = self._reload

    def values(self) -> dict[str, Any]:
        return dict(self.view._fields())

    def fill(self, values: dict[str, Any]) -> None:
        """Put texts into the editor; they count as edits (Save is enabled)."""
        view = self.view
        lines = {"title": view.title_edit, "headline": view.headline_edit}
        texts = {"summary": view.summary_edit, "full_text": view.full_edit}
        for key, value in values.items():
            if key in lines:
                lines[key].setText(str(value))
            elif key in texts:
                texts[key].setPlainText(str(value))

    def caption(self, key: str) -> str:
        return QCoreApplication.translate("Insights", CAPTIONS.get(key, key))

    def show_problem(self, text: str, field: str | None = None, *, note: bool = False) -> None:
        self.view.banner.show_message(text, "info" if note else "error")

    def reject(self) -> None:
        """Discard mine: the stored texts come back."""
        self.view._dirty = False
        self.view.save_button.setEnabled(False)
        self.view.refresh()

    def _reload(self, done: Callable[[dict[str, Any], int], None]) -> object:
        from circlesoftrust.services.insights import get_insight

        insight_id = self.insight_id

        def read(db: Database) -> Any:
            return get_insight(db, insight_id)

        def take(info: Any) -> None:
            if self.view._current_id != insight_id:
                return  # the user moved on to another insight meanwhile
            done(texts_of(info), info.version)  # (fills the editor, then sets shown/version)
            self.view._version = self.version  # the editor now stands on this version
            self.view.shown_texts = dict(self.shown)

        return self.view.ops.run_query(read, take, owner=self.view)


def resolve(view: InsightsView, insight_id: int, exc: StaleEditError) -> None:
    """Offer the conflict dialog for the editor's refused save (see the module)."""
    editor = InsightEditor(view, insight_id, view.shown_texts)
    conflicts.resolve(editor, exc, parent=view)
