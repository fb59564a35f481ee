"""The frozen app's entry point (PyInstaller runs this file as ``__main__``)."""

from teleaccounthub.__main__ import main

raise SystemExit(main())
