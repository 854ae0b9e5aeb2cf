"""Pure search core: text analysis, Korean morphology, alias tables and the per-language search index."""
