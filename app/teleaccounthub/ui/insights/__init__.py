"""Insights: what the account in use has spent, per day and product, and its balance over time."""
