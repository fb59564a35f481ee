"""Browsing: the category tree, the product table, their models and filter."""
