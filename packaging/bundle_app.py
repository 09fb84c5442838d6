"""The PyInstaller bundle's entry point: the desktop app, as `circlesoftrust-app` starts it."""

import sys

from ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
