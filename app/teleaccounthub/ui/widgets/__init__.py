"""Widgets shared by the features: the banner, the empty state, formatting."""
