"""The prose check: the guide's vocabulary, spelling, running example and presentation rules, read as data.

- :mod:`~msa_guide.prose.model`: the typed rules and a violation.
- :mod:`~msa_guide.prose.load`: the rules from ``catalog/prose-rules.yml``, the ``avoid:`` lists of
  ``catalog/glossary.yml`` and ``catalog/running-example.yml``.
- :mod:`~msa_guide.prose.text`: the checkable text of a Markdown page, an SVG diagram or a catalog file, line by line.
- :mod:`~msa_guide.prose.checks`: pure checks of that text.
- :mod:`~msa_guide.prose.files`: which files are checked, in which language (the command line and the build test).
"""
