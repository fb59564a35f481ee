"""The watch list: watch products for stock and price, and the alerts when a watch fires."""
