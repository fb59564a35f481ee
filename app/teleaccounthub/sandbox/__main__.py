"""``python -m teleaccounthub.sandbox``."""

import sys

from teleaccounthub.sandbox.cli import main

sys.exit(main())
