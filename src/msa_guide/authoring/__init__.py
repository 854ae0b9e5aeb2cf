"""Authoring tools: scaffold a pattern, report translation parity and staleness (``python -m msa_guide.authoring``)."""
