"""Services: plain Python, one unit of work per user action, plain values or DomainErrors."""
