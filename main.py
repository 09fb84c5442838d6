"""Run the desktop app from a checkout: ``python main.py [--db PATH_OR_URL] [--demo]``.

``--demo`` opens the example business (its own file, generated in the background on the
first start); without it the app opens your database (``--db``, else
``$CIRCLESOFTRUST_DB``, else the platform's user-data file) and, when that is empty,
offers to explore the example, start empty, or import contacts.
"""

import sys

from ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
