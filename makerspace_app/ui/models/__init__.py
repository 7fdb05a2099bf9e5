"""Qt item models fed plain rows (``set_rows``)."""
