"""Buying and the order list: checkout, tracking, downloads, notifications."""
