"""Dialogs; each has a classmethod ``ask(...)`` so tests can replace it."""
