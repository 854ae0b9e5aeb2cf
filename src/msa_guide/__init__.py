"""MkDocs plugins and the language-neutral pattern catalog of the bilingual MSA pattern guide."""

__version__ = "0.1.0"
