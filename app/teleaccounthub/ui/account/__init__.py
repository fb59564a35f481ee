"""The API key and the balance: the key dialog, the balance label."""
