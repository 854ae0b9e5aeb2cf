"""``python -m msa_guide.release github-env``: the settings of a GitHub Actions build, as lines for ``$GITHUB_ENV``.

Reads ``GITHUB_REPOSITORY`` (``owner/name``) and ``GITHUB_SERVER_URL``; needs only the standard library, so the
Pages workflow can run it before anything is installed (``PYTHONPATH=src``).
"""

from __future__ import annotations

import os
import sys

from msa_guide.release.repository import SETTING as REPO_SETTING
from msa_guide.release.site_address import SETTING as SITE_SETTING
from msa_guide.release.site_address import github_pages_url


def github_env(environ: dict[str, str]) -> str:
    """``MSA_GUIDE_SITE_URL=…`` and ``MSA_GUIDE_REPO_URL=…`` for the repository the workflow runs in."""
    repository = environ.get("GITHUB_REPOSITORY", "")
    server = environ.get("GITHUB_SERVER_URL", "https://github.com").rstrip("/")
    return f"{SITE_SETTING}={github_pages_url(repository)}\n{REPO_SETTING}={server}/{repository}\n"


def main(argv: list[str]) -> int:
    if argv != ["github-env"]:
        print("usage: python -m msa_guide.release github-env", file=sys.stderr)
        return 2
    try:
        sys.stdout.write(github_env(dict(os.environ)))
    except ValueError as error:
        print(f"error: GITHUB_REPOSITORY: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
