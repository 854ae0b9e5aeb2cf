"""Offline PDF export: one book per language, printed by WeasyPrint from the already built site.

Reads ``site/`` (and ``site/en/``), never MkDocs: the navigation gives the reading order, each page's
``<article>`` gives a chapter. ``python -m msa_guide.pdf --site site --lang ko`` writes ``site/msa-guide-ko.pdf``.

Modules, in the order the book is made: ``site_reader`` (navigation, front matter, ``patterns.json``),
``chapters`` (each page's article made fit for paper; ``keep_all`` joins Korean words), ``book`` (cover, contents
and chapters as one HTML document), ``writer`` (WeasyPrint with ``book.css``). Only ``writer`` imports WeasyPrint
and so needs Pango.
"""
