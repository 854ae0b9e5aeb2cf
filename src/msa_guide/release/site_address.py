"""Where the published site lives: one setting (``MSA_GUIDE_SITE_URL``), refused on localhost for a release."""

from __future__ import annotations

from urllib.parse import urlsplit

SETTING = "MSA_GUIDE_SITE_URL"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "0.0.0.0", "::1"})  # noqa: S104 (a name to refuse, not a bind)


def release_address_problem(site_url: str | None) -> str | None:
    """Why ``site_url`` cannot go into a release (canonical links, sitemap, og:url), or ``None`` when it can."""
    host = (urlsplit(site_url or "").hostname or "").lower()
    if not site_url or not host:
        return f"site_url is not set: set {SETTING} to the published address (https://<owner>.github.io/<repo>/)"
    if host in LOCAL_HOSTS or host.endswith(".localhost"):
        return (
            f"site_url is {site_url}, a local address: set {SETTING} to the published address "
            "(https://<owner>.github.io/<repo>/) for a release build"
        )
    return None


def github_pages_url(repository: str) -> str:
    """The GitHub Pages address of ``owner/name`` (a repository named ``<owner>.github.io`` is served at the root)."""
    owner, _, name = repository.partition("/")
    if not owner or not name or "/" in name:
        raise ValueError(f"not an owner/name repository: {repository!r}")
    host = f"{owner.lower()}.github.io"
    return f"https://{host}/" if name.lower() == host else f"https://{host}/{name}/"
