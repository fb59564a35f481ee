"""Widgets shared by the features: the banner and the empty state."""
