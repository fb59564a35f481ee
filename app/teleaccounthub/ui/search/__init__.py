"""Search the whole store: the Ctrl+K field, its results, and opening a product in its category."""
