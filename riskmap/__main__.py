"""`python -m riskmap` runs the command line."""

import sys

from riskmap.cli import main

sys.exit(main())
