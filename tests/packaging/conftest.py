"""The packaging scripts live in packaging/, which is not a Python package (its name would shadow
the PyPI ``packaging`` library). Put the folder on sys.path, last, so the tests import
``bundle_config`` and friends by the same names the spec and build.py use."""

from __future__ import annotations

import sys

from tests.packaging.paths import PACKAGING

if str(PACKAGING) not in sys.path:
    sys.path.append(str(PACKAGING))
