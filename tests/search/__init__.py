"""Tests of the country names, the product filter and the whole-store search."""
