"""MkDocs plugins and the language-neutral pattern catalog of the bilingual MSA pattern guide.

The version lives in pyproject.toml only: :func:`msa_guide.release.version.guide_version`.
"""
