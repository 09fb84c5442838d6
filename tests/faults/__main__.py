"""`python -m tests.faults [--ci] [--seed N]`: run the fault harness, print its table."""

import sys

from tests.faults.harness import main

sys.exit(main())
