"""Offline PDF export: one book per language, printed by WeasyPrint from the already built site.

Reads ``site/`` (and ``site/en/``), never MkDocs: the navigation in ``book.json`` gives the reading order, each page's
``<article>`` gives a chapter. ``python -m msa_guide.pdf --site site --lang ko`` writes ``site/msa-guide-ko.pdf``.

Modules, in the order the book is made: ``site_reader`` (``book.json``: navigation and front matter;
``patterns.json``), ``chapters`` (the plan: pages in navigation order, ids made unique), ``paper`` (each page's
article made fit for paper; ``keep_all`` joins Korean words), ``links`` (links between pages become links inside
the book), ``printed_index`` (the catalog browser as an index), ``book`` (cover, contents and chapters as one HTML
document), ``writer`` (WeasyPrint with ``book.css``). Only ``writer`` imports WeasyPrint and so needs Pango.
"""
