"""Options of the msa-site plugin (``mkdocs.yml`` reads both from the environment)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class SiteConfig(base.Config):  # type: ignore[no-untyped-call]  # mkdocs' __init_subclass__ is untyped
    # A release build (`make dist`, the Pages workflow) refuses a site_url on localhost: MSA_GUIDE_RELEASE.
    release = c.Type(bool, default=False)
    # The offline bundle (`make dist`): file URLs, the search index as a script, classic scripts: MSA_GUIDE_OFFLINE.
    offline = c.Type(bool, default=False)
