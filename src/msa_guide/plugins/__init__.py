"""Thin MkDocs adapters over the pure catalog core and renderers."""
