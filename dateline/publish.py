"""`dateline deploy`: commit the built site as the whole tree of a branch and push it.

Git plumbing with a private index file: the user's working tree, index and
current branch are never touched, and a site that did not change makes no commit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import DatelineError, display_path


class DeployError(DatelineError):
    """Git refused something; the message says what."""


@dataclass(frozen=True)
class Deployment:
    commit: str
    created: bool  # False when the site was unchanged and no commit was made
    pushed: bool


def _git(repo: Path, *args: str, env: dict | None = None, check: bool = True) -> str:
    completed = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )
    if check and completed.returncode != 0:
        said = completed.stderr.strip() or completed.stdout.strip()
        if "tell me who you are" in said or "empty ident" in said:
            raise DeployError(
                "git does not know who is committing: set `git config user.name NAME` and "
                "`git config user.email ADDRESS` in the repository, then deploy again"
            )
        raise DeployError(f"git {' '.join(args[:2])} failed: {said}")
    return completed.stdout.strip()


def repository_of(folder: Path, remote: str | None = None) -> Path:
    """The top folder of the git repository that holds folder, with the remote to push to; a DeployError
    that says what to do when there is none. Asked before a deploy builds the site."""
    if shutil.which("git") is None:
        raise DeployError("deploy commits the site with git, which is not installed here")
    top = _git(folder, "rev-parse", "--show-toplevel", check=False)
    if not top:
        raise DeployError(
            f"{os.path.abspath(folder)} is not in a git repository, and deploy publishes the site to a branch "
            "of one: run it from your site's repository (`git init` makes one), or publish the built folder "
            "another way (README: Publishing)"
        )
    if remote and not _git(Path(top), "remote", "get-url", remote, check=False):
        raise DeployError(
            f"the repository {top} has no remote named {remote!r}: add it with "
            f"`git remote add {remote} URL`, or pass --remote '' to commit the site without pushing it"
        )
    return Path(top)


def deploy(
    site_dir: Path,
    repo: Path,
    branch: str = "gh-pages",
    remote: str | None = "origin",
    message: str = "Publish the site",
) -> Deployment:
    """Commit site_dir as the tree of `branch` (parent: its last commit) and push it to remote."""
    if not (site_dir / "index.html").is_file():
        raise DeployError(f"{display_path(site_dir)} has no index.html; build the site first")
    top = repository_of(repo, remote)
    ref = f"refs/heads/{branch}"
    if remote:
        # Start from what the remote has, so the push is a fast-forward.
        _git(top, "fetch", "--quiet", remote, f"+{ref}:{ref}", check=False)
    parent = _git(top, "rev-parse", "--verify", "--quiet", ref, check=False) or None
    with tempfile.TemporaryDirectory() as private:
        env = {"GIT_INDEX_FILE": str(Path(private) / "index")}
        _git(top, f"--work-tree={site_dir.resolve()}", "add", "--all", "--force", ".", env=env)
        tree = _git(top, "write-tree", env=env)
    created = True
    if parent and _git(top, "rev-parse", f"{parent}^{{tree}}") == tree:
        commit, created = parent, False
    else:
        commit = _git(top, "commit-tree", tree, *(["-p", parent] if parent else []), "-m", message)
        _git(top, "update-ref", ref, commit, *([parent] if parent else []))
    pushed = False
    if remote:
        _git(top, "push", "--quiet", remote, f"{ref}:{ref}")
        pushed = True
    return Deployment(commit, created, pushed)
