"""The offline bundle: the offline variant of the site (``MSA_GUIDE_OFFLINE``) as one zip to copy and open from disk."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

from msa_guide.search.files import FULL_INDEX, STUB

#: Files of the built site that a reader on disk never uses: the PDF outline, sitemaps, and the search index as
#: JSON (the bundle carries it as ``search/search_index.js``).
LEFT_OUT = frozenset(
    {"book.json", "sitemap.xml", "sitemap.xml.gz", PurePosixPath(FULL_INDEX).name, PurePosixPath(STUB).name}
)


def bundle_name(version: str) -> str:
    return f"msa-guide-offline-{version}"


def build_offline_site(root: Path, site: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Strict build of the guide in ``root`` as the offline variant into ``site`` (the environment's settings kept)."""
    environment = {**(os.environ if env is None else env), "MSA_GUIDE_OFFLINE": "true"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=root,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def write_offline_zip(site: Path, out_dir: Path, version: str) -> Path:
    """Pack the offline site as ``msa-guide-offline-<version>/…`` into ``out_dir``; open its ``index.html`` to read."""
    if not (site / "assets/javascripts/offline").is_dir():
        raise ValueError(f"{site}: not an offline build (build it with MSA_GUIDE_OFFLINE=true)")
    name = bundle_name(version)
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in sorted(site.rglob("*")):
            if path.is_file() and path.name not in LEFT_OUT:
                bundle.write(path, f"{name}/{path.relative_to(site).as_posix()}")
    return archive
