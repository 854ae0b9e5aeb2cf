"""The site address and the repository behind edit links: pure rules, no build."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from mkdocs.config import load_config

from msa_guide.release.__main__ import github_env
from msa_guide.release.repository import (
    RepositoryError,
    configured_repository,
    edit_uri,
    repository_url,
)
from msa_guide.release.site_address import github_pages_url, release_address_problem
from tests.helpers import ROOT

LOCAL = (
    "site_url is {}, a local address: set MSA_GUIDE_SITE_URL to the published address "
    "(https://<owner>.github.io/<repo>/) for a release build"
)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/", "http://localhost:8000/", "https://LOCALHOST/guide/", "http://[::1]:8000/"]
)
def test_a_release_refuses_a_local_site_address(url: str) -> None:
    assert release_address_problem(url) == LOCAL.format(url)


def test_a_release_needs_a_site_address() -> None:
    assert release_address_problem("") == (
        "site_url is not set: set MSA_GUIDE_SITE_URL to the published address (https://<owner>.github.io/<repo>/)"
    )


def test_a_published_address_is_accepted() -> None:
    assert release_address_problem("https://acme.github.io/msa-guide/") is None
    assert release_address_problem("https://guide.example.org/") is None


def test_github_pages_address_of_a_repository() -> None:
    assert github_pages_url("Acme/msa-guide") == "https://acme.github.io/msa-guide/"
    assert github_pages_url("acme/Acme.github.io") == "https://acme.github.io/"
    with pytest.raises(ValueError, match="not an owner/name repository"):
        github_pages_url("acme")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://github.com/acme/msa-guide.git", "https://github.com/acme/msa-guide"),
        ("https://github.com/acme/msa-guide/", "https://github.com/acme/msa-guide"),
        ("git@github.com:acme/msa-guide.git", "https://github.com/acme/msa-guide"),
        ("https://gitlab.com/acme/docs/msa-guide", "https://gitlab.com/acme/docs/msa-guide"),
        ("http://github.com/acme/msa-guide", None),  # not https
        ("https://example.org/acme/msa-guide", None),  # no known edit page
        ("/srv/git/msa-guide.git", None),  # a local path
        ("https://github.com/acme", None),  # an owner, not a repository
    ],
)
def test_repository_addresses(address: str, expected: str | None) -> None:
    assert repository_url(address) == expected


def test_edit_address_per_forge() -> None:
    assert edit_uri("https://github.com/acme/g", "main") == "https://github.com/acme/g/edit/main/docs/"
    assert edit_uri("https://gitlab.com/acme/g", "trunk") == "https://gitlab.com/acme/g/-/edit/trunk/docs/"


def test_the_setting_wins_over_the_remote_and_empty_means_none(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "remote", "add", "origin", "git@github.com:acme/guide.git"], cwd=tmp_path, check=True)
    assert configured_repository(None, tmp_path) == "https://github.com/acme/guide"
    assert configured_repository("https://github.com/fork/guide", tmp_path) == "https://github.com/fork/guide"
    assert configured_repository("", tmp_path) is None
    with pytest.raises(RepositoryError) as error:
        configured_repository("ftp://example.org/guide", tmp_path)
    assert str(error.value) == (
        "MSA_GUIDE_REPO_URL=ftp://example.org/guide: not an https address of a GitHub or GitLab repository "
        "(https://github.com/<owner>/<repo>); leave it empty for no edit links"
    )


def test_no_git_no_edit_links(tmp_path: Path) -> None:
    assert configured_repository(None, tmp_path) is None


def test_the_guide_reads_its_address_from_one_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MSA_GUIDE_SITE_URL", raising=False)
    assert load_config(str(ROOT / "mkdocs.yml"))["site_url"] == "http://127.0.0.1:8000/"
    monkeypatch.setenv("MSA_GUIDE_SITE_URL", "https://acme.github.io/msa-guide/")
    assert load_config(str(ROOT / "mkdocs.yml"))["site_url"] == "https://acme.github.io/msa-guide/"


def test_the_pages_workflow_settings_come_from_the_repository() -> None:
    env = {"GITHUB_REPOSITORY": "Acme/msa-guide", "GITHUB_SERVER_URL": "https://github.com"}
    assert github_env(env) == (
        "MSA_GUIDE_SITE_URL=https://acme.github.io/msa-guide/\nMSA_GUIDE_REPO_URL=https://github.com/Acme/msa-guide\n"
    )


def test_the_pages_workflow_sets_them_before_building() -> None:
    workflow = (ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    step = workflow.index('python3 -m msa_guide.release github-env >> "$GITHUB_ENV"')
    assert step < workflow.index("make test") < workflow.index("make dist")
    assert 'MSA_GUIDE_RELEASE: "true"' in workflow
