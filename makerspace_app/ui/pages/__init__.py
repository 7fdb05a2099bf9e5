"""One module per area of the main window (Today, Bookings, Equipment...)."""
