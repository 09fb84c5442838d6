import sys

from circlesoftrust.cli import main

sys.exit(main())
