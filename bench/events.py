"""Score the events a build makes on the development sets: the demo's seeds and the SemEval-2015 trial.

    python bench/events.py                      # both sets, a report each
    python bench/events.py --shared ../shared   # where gold/ and eval/ are

Seeds: the demo content folder built without its editor files, against
`gold/seeds.yaml`. SemEval-2015 Task 4 trial: each tokenised TimeML document is
made an English article (its creation time the publication date, its sentences
one paragraph each), extracted and consolidated as a build does, with the
timelines' target entities as the entity table; its gold is every dated row of
`gold/*.txt`. See `dateline.evaluate.events` for what is counted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _detokenised(tokens: str) -> str:
    """A tokenised sentence as a newspaper prints it: "Apple 's shares , " -> "Apple's shares, "."""
    text = re.sub(r"\s+", " ", tokens).strip()
    text = re.sub(r" ([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|n't\b)", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r"``\s*", "\u201c", text)
    return re.sub(r"\s*''", "\u201d", text)


def trial_documents(docs: Path):
    """(document id, creation date, [sentence texts by number]) of each SemEval trial document."""
    for path in sorted(docs.glob("*.tml")):
        root = ElementTree.parse(path).getroot()
        created = root.find("DCT/TIMEX3").get("value")[:10]
        sentences = {}
        for sentence in root.iter("s"):
            sentences[int(sentence.get("id"))] = _detokenised("".join(sentence.itertext()))
        yield root.findtext("DOCID").strip(), dt.date.fromisoformat(created), sentences


def trial_build(trial: Path):
    """Articles, mentions, the consolidation, and where each (document, sentence) is in its article."""
    from dateline.consolidate import consolidate
    from dateline.extract import ExtractionContext, extract_mentions
    from dateline.model import Article, Block, Entity

    articles, mentions, spans = [], {}, {}
    for document, created, sentences in trial_documents(trial / "docs"):
        text, blocks = "", []
        for number in sorted(sentences):
            if text:
                text += "\n\n"
            spans[(document, number)] = (document, len(text), len(text) + len(sentences[number]))
            blocks.append(Block("p", len(text), len(text) + len(sentences[number])))
            text += sentences[number]
        published = dt.datetime.combine(created, dt.time(12), dt.timezone.utc)
        article = Article(id=document, path=f"{document}.tml", format="text", title=sentences.get(2, document)[:80],
                          text=text, blocks=tuple(blocks), language="en", published=published)
        articles.append(article)
        mentions[document] = extract_mentions(text, ExtractionContext(article=document, published=created,
                                                                     language="en"))
    entities = []
    for path in sorted((trial / "gold").glob("*.txt")):
        name = path.read_text(encoding="utf-8").splitlines()[0].strip()
        entities.append(Entity(path.stem.replace("_", "-"), name))
    consolidation = consolidate(tuple(articles), mentions, tuple(entities), site_language="en")
    return articles, mentions, consolidation, spans


def seeds_build(content: Path):
    """The demo content built without its editor files: (events, mentions, event of each mention)."""
    from dateline.model import Report
    from dateline.pipeline import assemble, read_content

    root = Path(tempfile.mkdtemp(prefix="dateline-events-"))
    try:
        shutil.copytree(content, root / "content", ignore=shutil.ignore_patterns("extracted", "events"))
        (root / "content" / "events").mkdir()
        site, event_of_mention = assemble(read_content(root / "content", Report()), Report(), use_cache=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return site.events, site.mentions, event_of_mention


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the folder with gold/seeds.yaml and eval/ (default: ../shared)")
    parser.add_argument("--content", type=Path, default=REPO / "content", help="the demo content folder")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from dateline.evaluate import load_gold
    from dateline.evaluate.events import score_events, seeds_gold_events, timeline_gold_events

    events, mentions, event_of_mention = seeds_build(args.content)
    gold = seeds_gold_events(load_gold(args.shared / "gold" / "seeds.yaml"))
    print(score_events("seeds", gold, events, mentions, event_of_mention).to_text())

    trial = args.shared / "eval" / "semeval2015-t4-trial"
    if trial.is_dir():
        _, mentions, consolidation, spans = trial_build(trial)
        gold = timeline_gold_events(trial / "gold", spans)
        print(score_events("semeval2015-t4-trial", gold, consolidation.events, mentions,
                           consolidation.event_of_mention).to_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
