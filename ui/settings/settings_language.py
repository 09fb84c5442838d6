"""Settings → Language & money: the window's language (this computer) and the currency (this
database).

The language is a preference of this computer (QSettings), read at start: a change takes
effect when the app starts again (every window part would have to re-read its texts
otherwise), and the page says so. The currency belongs to the database — every user of the
file sees the same one — and is saved with the other settings in one transaction.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from circlesoftrust import formats, i18n
from ui.common.widgets import muted
from ui.settings.settings_common import SettingsSnapshot
from ui.shell import prefs

#: Currencies offered first (the app's users: the euro zone, Switzerland, the UK, the US).
FIRST_CURRENCIES = ("EUR", "CHF", "GBP", "USD", "PLN", "SEK", "DKK", "NOK", "CZK")


class LanguagePage(QWidget):
    """Signals:
    edited(): the user changed the language or the currency (staged until Save).
    """

    edited = Signal()

    def __init__(self, source: SettingsSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(
            self.tr("As the system ({language})").format(language=self._system()), "system"
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.restart_note = muted(
            self.tr("The new language shows when Circles of Trust starts again."), self
        )
        self.currency = QComboBox(self)
        self.currency.setObjectName("currency")
        known = formats.known_currencies()
        for code in (*FIRST_CURRENCIES, *(c for c in known if c not in FIRST_CURRENCIES)):
            self.currency.addItem(
                f"{code} — {formats.currency_name(code)} ({formats.currency_symbol(code)})", code
            )
        self.example = QLabel(self)
        self.example.setObjectName("formatExample")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("&Currency of this database:"), self.currency)
        form.addRow(
            "",
            muted(
                self.tr(
                    "Every amount is shown in this currency; amounts already recorded are "
                    "not converted."
                ),
                self,
            ),
        )
        form.addRow(self.tr("Formats:"), self.example)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._changed)
        self.currency.currentIndexChanged.connect(self._changed)

    def _system(self) -> str:
        found = i18n.system_locale()
        code = i18n.normalise_language(found.language if found else None)
        return i18n.LANGUAGES[code or i18n.SOURCE_LANGUAGE]

    def load(self) -> None:
        self.language.blockSignals(True)
        self.currency.blockSignals(True)
        chosen = str(prefs.get("language"))
        index = self.language.findData(chosen if chosen in i18n.LANGUAGES else "system")
        self.language.setCurrentIndex(max(index, 0))
        self.currency.setCurrentIndex(max(self.currency.findData(self.source.currency), 0))
        self.language.blockSignals(False)
        self.currency.blockSignals(False)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self.restart_note.setVisible(self.language_changed())
        code = self.chosen_currency()
        previous = formats.currency()
        formats.set_currency(code)
        try:
            self.example.setText(
                self.tr("{money} · {date} · weeks start on {weekday}").format(
                    money=formats.money(123456),
                    date=formats.date(dt.date.today()),
                    weekday=_weekday(formats.first_week_day()),
                )
            )
        finally:
            formats.set_currency(previous)
        self.edited.emit()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_currency(self) -> str:
        return str(self.currency.currentData())

    def language_changed(self) -> bool:
        return self.chosen_language() != str(prefs.get("language"))

    def currency_changed(self) -> bool:
        return self.chosen_currency() != self.source.currency

    def is_dirty(self) -> bool:
        return self.language_changed() or self.currency_changed()

    def problems(self) -> list[str]:
        return []

    def keep_language(self) -> None:
        """Store the language choice (this computer's preference; read at the next start)."""
        prefs.put("language", self.chosen_language())


def _weekday(index: int) -> str:
    from babel.dates import get_day_names

    return str(get_day_names("wide", locale=i18n.format_locale())[index])
