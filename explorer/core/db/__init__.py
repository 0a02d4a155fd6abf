"""A catalogue in PostgreSQL + PostGIS: one schema shared by many offices (see store.py)."""
