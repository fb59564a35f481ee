"""Benchmarks: ``uv run python -m tests.benchmarks [--quick] [--only NAME]`` (see ``__main__``)."""
