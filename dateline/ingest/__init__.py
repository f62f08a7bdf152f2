"""Ingest: turn article files as they are found in the wild into `Article` values.

Editors drop whatever they saved into `content/articles/`: HTML with YAML
front matter from a feed scraper, Markdown from a read-later app, plain text
copied out of a web page, whole HTML pages; in UTF-8, GB18030, Big5 or UTF-16.
Every later stage wants one thing: clean plain text with block offsets, plus
the metadata (title, date, author, outlet, URL, language) that places the
article on the timeline. So ingest detects the format by content, decodes
the bytes, reads the metadata where each format keeps it, lets an editor's
sidecar `NAME.meta.yaml` override it, and reduces every body to the same
`text` + `blocks`. Whatever it cannot read becomes a `ContentError` naming the
file and line, never a traceback.

The modules, in the order an article passes through them:

- `article`: finding the files and reading one, start to end; ids and paths.
- `decode`: bytes to text, whatever the encoding; files that are not text.
- `frontmatter`: front matter and the editor's sidecar (YAML, with lines).
- `readers`: which reader a document needs; `page`, `markdown`, `plaintext`:
  one reader per format, each `Reader.read(text, first_line, source)`.
- `htmltree`: HTML parsed, sanitised and limited, walked into blocks.
- `furniture` (and its tables, `furniture_tables`): bylines, date lines, share
  bars, captions … taken out of the text and read as metadata.
- `published`: the publication date from the right evidence, and which;
  `dates`: dates as pages write them.
- `metadata`: language, byline, headline.
- `reading`: what a reader hands back, and the text clean-up readers share.
"""

from .article import article_id, discover_articles, read_article
from .dates import parse_publication_date
from .frontmatter import SIDECAR_SUFFIX, load_sidecar
from .metadata import detect_language, normalise_language

__all__ = [
    "SIDECAR_SUFFIX",
    "article_id",
    "detect_language",
    "discover_articles",
    "load_sidecar",
    "normalise_language",
    "parse_publication_date",
    "read_article",
]
