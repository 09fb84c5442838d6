"""Keys a list claims for itself (Today's inbox: A, S, D…; its due tasks: C, Space…).

Installed on a list, :class:`ClaimedKeys` takes its keys before the window's shortcuts
see them (a shortcut of the same key, such as the window's Ctrl+Z, does not fire while
the list has the focus) and says which command was pressed. Other keys, and a claimed key
with other modifiers, go on as before: to the list, or to the window's shortcuts.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

#: A key with its modifiers, as in ``(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)``.
Keys = tuple[Qt.Key, Qt.KeyboardModifier]


class ClaimedKeys(QObject):
    """Claims ``keys`` on ``view`` (its event filter; it lives as long as the view).

    A key is matched with its modifiers exactly, but for the keypad's: keypad Enter is
    ``(Qt.Key.Key_Enter, Qt.KeyboardModifier.NoModifier)`` (map it beside Return).

    Signals:
        pressed(str): a claimed key was pressed; the command it is mapped to.
    """

    pressed = Signal(str)

    def __init__(self, view: QWidget, keys: Mapping[Keys, str]) -> None:
        super().__init__(view)
        self._keys = {(int(key), mods): command for (key, mods), command in keys.items()}
        view.installEventFilter(self)

    def command(self, event: QKeyEvent) -> str | None:
        """The command of this key press, or None when the key is not claimed."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return self._keys.get((event.key(), mods))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            command = self.command(event)
            if command is not None:
                # ShortcutOverride accepted: the key comes to the list, not to a shortcut.
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.pressed.emit(command)
                return True
        return super().eventFilter(watched, event)
