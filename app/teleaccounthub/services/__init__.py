"""The app layer: the session, the catalog and balance services (QtCore only, no widgets)."""
