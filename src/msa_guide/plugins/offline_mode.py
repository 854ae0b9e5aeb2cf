"""The msa-site plugin's offline mode (``offline: true``, ``MSA_GUIDE_OFFLINE``): the site as files on disk.

The rules live in :mod:`msa_guide.release.offline_site`; this module applies them to MkDocs' configuration, to
the templates' context and to the built site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from msa_guide.catalog.model import LANGUAGES
from msa_guide.release.classic_scripts import ModuleSyntaxError
from msa_guide.release.offline_site import (
    SCRIPTS,
    WORKER_SOURCE,
    offline_path,
    write_classic_scripts,
    write_index_scripts,
)

SIMULATIONS = SCRIPTS + "simulations/"


def configure(config: MkDocsConfig) -> list[str]:
    """File URLs (``page.html``, as Material's offline plugin sets), and classic twins for module scripts.

    Returns the module scripts it replaced (none when this configuration was already switched).
    """
    config.use_directory_urls = False
    scripts: list[Any] = []
    modules: list[str] = []
    for script in config.extra_javascript:
        if isinstance(script, ExtraScriptValue) and script.type == "module":
            twin = ExtraScriptValue(offline_path(script.path))
            twin.defer = True  # a module runs after parsing; its classic twin does the same with defer
            scripts.append(twin)
            modules.append(script.path)
        else:
            scripts.append(script)
    config.extra_javascript = scripts
    return modules


def template_data(page_script: str | None) -> dict[str, Any]:
    """``msa_offline`` for ``main.html``: the worker's source and the classic twins of the page's modules."""
    return {
        "worker_source": WORKER_SOURCE,
        "page_script": offline_path(page_script) if page_script else None,
        "simulations": offline_path(SIMULATIONS),
    }


def module_entries(site: Path, modules: list[str], page_script: str | None) -> list[str]:
    """Every module a page loads: module ``extra_javascript``, the search page script, the simulations."""
    entries = [*modules, *([page_script] if page_script else [])]
    return entries + sorted(f"{SIMULATIONS}{p.name}" for p in (site / SIMULATIONS).glob("*.js"))


def write_files(config: MkDocsConfig, modules: list[str], page_script: str | None) -> None:
    """After the last language and its search index: the classic scripts and the inlined indexes."""
    site = Path(config.site_dir)
    roots = ["" if lang == LANGUAGES[0] else f"{lang}/" for lang in LANGUAGES]
    try:
        write_classic_scripts(site, module_entries(site, modules, page_script))
    except ModuleSyntaxError as error:
        raise PluginError(str(error)) from None
    write_index_scripts(site, [root for root in roots if (site / root / "search").is_dir()])
