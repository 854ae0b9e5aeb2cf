"""Escaping and linking helpers for generated Markdown and HTML."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Sequence

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def md_text(text: str) -> str:
    """Catalog text as inert Markdown: HTML escaped, Markdown syntax characters backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def html_text(text: str) -> str:
    """Catalog text as inert HTML (also safe inside attribute values)."""
    return html.escape(text, quote=True)


def relative_path(path: str, start: str) -> str:
    """``posixpath.relpath`` for the site's own relative paths (no ``..`` in them), without asking the file system
    for the working directory twice per link (a few thousand links per build)."""
    target = [part for part in path.split("/") if part and part != "."]
    base = [part for part in start.split("/") if part and part != "."]
    common = 0
    for mine, theirs in zip(target, base, strict=False):
        if mine != theirs:
            break
        common += 1
    return "/".join([".."] * (len(base) - common) + target[common:]) or "."


def html_inline(text: str) -> str:
    """Catalog text as an HTML text node, escaped as Python-Markdown escapes text (quotes left as they are)."""
    return html.escape(text, quote=False)


def html_link(text: str, href: str, css_class: str = "") -> str:
    """An HTML link with catalog text; ``href`` comes from :func:`url_link`."""
    attributes = f' class="{css_class}"' if css_class else ""
    return f'<a{attributes} href="{html.escape(href)}">{html_inline(text)}</a>'


def definition_list(rows: Sequence[tuple[str, str]]) -> str:
    """A definition list of (plain-text term, HTML description) rows, as Python-Markdown's def_list writes it."""
    items = "\n".join(f"<dt>{html_inline(term)}</dt>\n<dd>{description}</dd>" for term, description in rows)
    return f"<dl>\n{items}\n</dl>"


def md_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """Relative Markdown link target from one page's source path to another's (MkDocs validates it)."""
    target = relative_path(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


def page_url(page: str, use_directory_urls: bool = True) -> str:
    """The site URL (relative to the language root) of a Markdown page path."""
    stem = page[: -len(".md")]
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def url_link(from_page: str, to_page: str, anchor: str = "", use_directory_urls: bool = True) -> str:
    """Relative URL from one page's rendered location to another page, for raw HTML links."""
    here = page_url(from_page, use_directory_urls)
    there = page_url(to_page, use_directory_urls)
    target = relative_path(there, here if use_directory_urls else posixpath.dirname(here))
    if use_directory_urls and there and not target.endswith("/"):
        target += "/"
    if use_directory_urls and not there:
        target = target.rstrip("/") + "/"
    return f"{target}#{anchor}" if anchor else target


def twin_link(page: str, from_root: str, to_root: str, use_directory_urls: bool = True) -> str:
    """Relative URL from a page to the same page under another language root (``""`` or ``"en/"``)."""
    here = from_root + page_url(page, use_directory_urls)
    there = to_root + page_url(page, use_directory_urls)
    base = (here if use_directory_urls else posixpath.dirname(here)).rstrip("/") or "."
    target = relative_path(there.rstrip("/") or ".", base)
    return target.rstrip("/") + "/" if use_directory_urls else target
