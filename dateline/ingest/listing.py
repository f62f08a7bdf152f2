"""What `dateline check` tells an editor about each article: its date, the evidence for it, its furniture.

An article without a publication date cannot date what it calls 昨天 or
"on Friday"; one dated only by an update stamp may be dated wrong. They
come first, with the sidecar that would fix them. Then every line ingest
kept out of an article's text as page furniture, so that nothing leaves the
text unseen.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path, PurePosixPath

from ..errors import display_path
from ..model import Article
from .frontmatter import SIDECAR_SUFFIX
from .published import UPDATE_ONLY

#: Furniture lines are shown cut to this many characters.
SHOWN_LINE_CHARS = 60


def article_listing(articles: tuple[Article, ...] | list[Article], project_dir: Path | None = None) -> list[str]:
    """Lines of text: each article's publication date and evidence (the ones to look at first), then each
    article's furniture lines. With project_dir (the folder that holds the content folder) files are named
    as the user can open them from where they are (errors.display_path)."""
    if not articles:
        return []
    if project_dir is not None:
        articles = [dataclasses.replace(article, path=display_path(project_dir / article.path)) for article in articles]
    to_check = [
        article for article in articles if not article.published or article.date_evidence.startswith(UPDATE_ONLY)
    ]
    dated = [article for article in articles if article not in to_check]
    lines = [
        f"# Publication dates: {len(dated)} of {len(articles)} articles dated; "
        f"{len(to_check)} to check (a sidecar NAME{SIDECAR_SUFFIX} with `date:` sets the date)"
    ]
    for article in to_check:
        sidecar = _sidecar_path(article)
        if article.published:
            lines.append(
                f"{article.published.date().isoformat()}  {article.path}  {article.date_evidence}; "
                f"if that is not when it was published, set `date:` in {sidecar}"
            )
        else:
            lines.append(f"{'none':10}  {article.path}  states no date: set `date:` in {sidecar}")
    for article in dated:
        day = article.publication_date.isoformat() if article.publication_date else "none"
        lines.append(f"{day}  {article.path}  {article.date_evidence}")
    with_furniture = [article for article in articles if article.furniture]
    if with_furniture:
        total = sum(len(article.furniture) for article in with_furniture)
        lines.append(f"# Page furniture kept out of the text: {total} lines in {len(with_furniture)} articles")
        for article in with_furniture:
            count = len(article.furniture)
            lines.append(f"{article.path}: {count} line{'s' if count != 1 else ''}")
            lines.extend(f"    {line.kind:12} {_shortened(line.text)}" for line in article.furniture)
    return lines


def _sidecar_path(article: Article) -> str:
    path = PurePosixPath(article.path)
    return str(path.with_name(path.stem + SIDECAR_SUFFIX))


def _shortened(text: str) -> str:
    return text if len(text) <= SHOWN_LINE_CHARS else text[: SHOWN_LINE_CHARS - 1] + "…"
