"""The repository behind "edit this page": configured (``MSA_GUIDE_REPO_URL``) or read from git's ``origin``.

No repository, no edit link: the guide never links to an address nobody configured.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

SETTING = "MSA_GUIDE_REPO_URL"
BRANCH_SETTING = "MSA_GUIDE_REPO_BRANCH"
DEFAULT_BRANCH = "main"

_SCP_GITHUB = re.compile(r"^git@github\.com:(?P<path>[\w.-]+/[\w.-]+?)(?:\.git)?/?$")


class RepositoryError(ValueError):
    """A configured repository address that cannot give edit links."""


def repository_url(address: str) -> str | None:
    """``https://<host>/<owner>/<name>`` for an https GitHub/GitLab address or ``git@github.com:owner/name``."""
    address = address.strip()
    scp = _SCP_GITHUB.match(address)
    if scp:
        return f"https://github.com/{scp.group('path')}"
    parts = urlsplit(address)
    path = parts.path.strip("/").removesuffix(".git")
    if parts.scheme != "https" or not parts.hostname or path.count("/") < 1 or parts.query or parts.fragment:
        return None
    if not _forge(parts.hostname):
        return None
    return f"https://{parts.hostname}/{path}"


def _forge(host: str) -> str | None:
    host = host.lower()
    if host == "github.com":
        return "github"
    if host == "gitlab.com" or host.startswith("gitlab."):
        return "gitlab"
    return None


def edit_uri(repo: str, branch: str, docs_dir: str = "docs") -> str:
    """The address a page's path (``ko/platform/saga.md``) is appended to for its edit link."""
    host = urlsplit(repo).hostname or ""
    middle = "-/edit" if _forge(host) == "gitlab" else "edit"
    return f"{repo.rstrip('/')}/{middle}/{branch}/{docs_dir.strip('/')}/"


def configured_repository(setting: str | None, root: Path) -> str | None:
    """The repository for edit links: the setting when it is set (empty: none), else git's ``origin`` if usable."""
    if setting is not None:
        if not setting.strip():
            return None
        url = repository_url(setting)
        if url is None:
            raise RepositoryError(
                f"{SETTING}={setting}: not an https address of a GitHub or GitLab repository "
                "(https://github.com/<owner>/<repo>); leave it empty for no edit links"
            )
        return url
    remote = origin_remote(root)
    return repository_url(remote) if remote else None


def origin_remote(root: Path) -> str | None:
    """The URL of git's ``origin`` remote in ``root``, or ``None`` (no git, no repository, no such remote)."""
    try:
        result = subprocess.run(
            ["git", "config", "--get", "remote.origin.url"], cwd=root, capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return result.stdout.strip() or None if result.returncode == 0 else None
