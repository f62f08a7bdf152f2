"""Page furniture: the lines around a story that are about the page, kept out of the text and read as metadata.

A byline with a date, a `发布时间：…` line, an update stamp, a reading time,
a share bar, a copyright notice, a photo caption, a "recommended" list: if
they stayed in the text, extraction would take their dates for events and
their words for headlines. Here they leave the text, and what they say (the
date, the update stamp, the author, the outlet) goes to the article's
metadata, where the file gives none.

Furniture is judged by shape, never by the site: a short line made only of
labelled parts (`SEGMENTS` in furniture_tables.py) or of a known whole-line
shape (`LINES`), or, in HTML, a block made of links only (a menu). A bare
date or name is furniture only near the top or the foot of the story (above
its first paragraph of story, below its last); a line of story never is,
whatever it starts with.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .dates import DATETIME_TEXT, RELATIVE_TIME_TEXT, TIME_TEXT
from .furniture_tables import (
    AGENCY_CAPTION_START,
    ARTICLE_NOTE,
    BYLINE_WITH_A_NOTE,
    BYLINED_TEASER_LIST_MIN_ITEMS,
    CAPTION_MAX_LINES,
    CHINESE_TEASER_END,
    COPYRIGHT_START,
    DATE_ALONE,
    DATED_HEADLINE,
    EDGE_MAX_BLOCKS,
    ENGLISH_HEADLINE_LIST_MIN_ITEMS,
    FURNITURE_MAX_CHARS,
    HEADLINE_LIST_MIN_ITEMS,
    ICON,
    LABEL_PREFIXES,
    LINES,
    LINK_LIST_MIN_ITEMS,
    LONG_FURNITURE_MAX_CHARS,
    MENU_MIN_LINKS,
    OUTLET_ENDINGS,
    PHOTO_AGENCIES,
    PRINT_NOTE_START,
    PUBLISHED_LABELS,
    RANKED_LIST_MIN_ITEMS,
    RECOMMENDED_ITEM_MAX_CHARS,
    SEGMENTS,
    SENTENCE_END,
    SEPARATOR,
    SLIDESHOW_MIN_SLIDES,
    STORY_ANY_CHARS,
    STORY_MIN_CHARS,
    STORY_PARAGRAPH_MIN_CHARS,
    TEASER_END,
    TEASER_LIST_MIN_ITEMS,
    TEASER_MAX_CHARS,
    TITLE_CASE_SHARE,
    UPDATE_LABELS,
)
from .reading import CLOSING_QUOTES, Piece

_SEGMENTS = tuple((kind, labelled, re.compile(pattern)) for kind, labelled, pattern in SEGMENTS)
_LINES = tuple((kind, where, re.compile(pattern)) for kind, where, pattern in LINES)


def _any_of(patterns) -> re.Pattern:
    """One regex for a table's patterns (their group names dropped): most lines match none, and one call
    says so for all of them."""
    return re.compile("|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", pattern) + ")" for pattern in patterns))


_ANY_LINE = _any_of(pattern for _, _, pattern in LINES)
_ANY_SEGMENT = _any_of(pattern for _, _, pattern in SEGMENTS)
_SEPARATOR = re.compile(SEPARATOR)
#: A teaser's end: its story's first words cut off (`…謝勸說...`, `… and the…`), not a quote's (`……”`).
_CUT_OFF = re.compile(r"[^\s.…](?:\.{3}|…{1,2})$")
#: The furniture that may be longer than a line: a copyright notice, an agency's caption, a caption ending on its
#: photographer's credit (`…, Tuesday, June 13, 2017, in Cleveland. (AP Photo/Tony Dejak)`), a teaser cut off with "…".
_MAY_BE_LONG = re.compile(
    rf"^(?:{COPYRIGHT_START}|{PRINT_NOTE_START}|{AGENCY_CAPTION_START}|{ARTICLE_NOTE})|[A-Za-z,](?:{TEASER_END}|\.\.\.|…)$"
    rf"|{CHINESE_TEASER_END}$"
    rf"|[(（][^()（）]{{0,60}}\b(?:{PHOTO_AGENCIES}|Photo|Images)\b[^()（）]{{0,60}}[)）]$"
    r"|[(（][^()（）/]{2,60}/[^()（）]{4,70}\b\d{4}\s*[)）]$"  # `(Texas Department of … / September 16, 2011)`
)
#: A byline that goes on about the writer: no paragraph of the story, though it is as long as one.
_BYLINE_WITH_A_NOTE = re.compile(BYLINE_WITH_A_NOTE)
#: What a dated byline may end with: the count of its comments or views, an editor's or a comment button
#: (`Sep. 21, 2011, 3:17 PM | 1,209 | 5`, `Jan 22 2011, 8:00 AM ET Comment`).
_COUNTER_AT_THE_END = re.compile(
    r"\.?(?:(?:[\s|｜·•]*(?:\d{1,3}(?:,\d{3})+|\d{1,7})){1,3}(?:\s+(?:Edit|[Cc]omments?))?|\s*(?:Edit|[Cc]omments?))\s*"
)
#: Marks a byline may start with (`// By Arun Sai Krishnan • Nov 11, 2020`).
_LEADING_MARKS = re.compile(rf"(?:[/|｜·•—]+\s*|[-–]\s+|{ICON}\s*)?")
_ARTICLE_NOTE = re.compile(ARTICLE_NOTE)
_DATE_LABEL = re.compile(rf"{LABEL_PREFIXES}?(?:{PUBLISHED_LABELS}|{UPDATE_LABELS})\s*[:：]?\s*\S")
#: A bar, a dot or a slash between segments (`来源: | 发布时间: 2018-05-17 | 浏览次数: 2168`, `Pete Evans · CBC News ·
#: Posted: Oct 14, 2022`): only then is a date label looked for past the line's start (a search, costly on every line).
_MENU_BAR = re.compile("[|｜·•/／]")
#: A byline's mark between a date and a name after it.
_BYLINE_MARK = re.compile("[·•|｜]")
#: A line whose last full stop is a clock's (`By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.`).
_ENDS_ON_A_CLOCK = re.compile(r"\d\s*[AaPp]\.[Mm]\.$|\d:\d\d\.$")  # `4:10 p.m.`, `Thu, 2008-01-17 15:17.`
#: A byline's label and a capitalised name: a line that opens so is read as segments however long it is (`By JANE
#: DOE and JOHN ROE, Associated Press Writers Jane Doe And John Roe, Associated Press Writers – Sun Feb 7, 7:18 am
#: ET`); a sentence (`By Friday, the water had …`) is not segments.
_BY_A_NAME = re.compile(r"(?:By|BY)\s+[A-Z]")
#: Segments that are furniture wherever they stand: an update stamp, a reading time, a counter.
_SAFE_ANYWHERE = frozenset({"update", "reading-time", "share"})
_A_CLOCK = re.compile(TIME_TEXT)


@dataclass(frozen=True)
class FurnitureLine:
    """One line of furniture and what it says: the publication date or update stamp as written, the author,
    the outlet, an address. `labelled` is true when its date has a label (`发布时间`, `Published`)."""

    kind: str
    text: str
    date: str = ""
    labelled: bool = False
    update: str = ""
    author: str = ""
    outlet: str = ""
    url: str = ""
    #: How many story pieces come before it (-1: outside the story's flow, in an HTML header or footer).
    after_pieces: int = -1
    #: Printed above the headline: a page's header (today's date beside the weather), not the article's.
    above_title: bool = False
    #: A day printed without its year, with its weekday (`Thu Aug 25, 6:49 AM ET`): the page's date once its
    #: year is known.
    yearless: str = ""
    #: The date of a line that is a publication label and its date alone, off the story's edge (a repost's
    #: card under an editor's note: `发表日期：2023.11.7`): the page's date when no labelled line at its edges
    #: gives one.
    labelled_inside: str = ""


#: After a writer's name, the desk's title and what follows it (`JANE DOE, AP Medical Writer Jane Doe, Ap Medical
#: Writer`, where a wire's page prints the byline twice): not the name.
_DESK_TITLE = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:Writer|Correspondent|Reporter|Editor|Columnist)s?\b.*", re.S
)


def _furniture_line(kind: str, text: str, fields: dict[str, str], labelled: bool = False) -> FurnitureLine:
    """A furniture line with what its pattern's groups read (date, update, author, outlet, url)."""
    return FurnitureLine(
        kind,
        text,
        date=fields.get("date", ""),
        labelled=labelled,
        update=fields.get("update", ""),
        author=_DESK_TITLE.sub("", fields.get("author", "")),
        outlet=fields.get("outlet", ""),
        url=fields.get("url", ""),
        yearless=fields.get("yearless", ""),
        labelled_inside=fields.get("labelled_inside", ""),
    )


def split_furniture(pieces: list[Piece]) -> tuple[list[Piece], list[FurnitureLine]]:
    """The pieces without their furniture lines, and those lines in document order."""
    texts = [index for index, piece in enumerate(pieces) if piece.kind != "img"]
    teasers = _teaser_list(pieces, texts) | _blurbs_between_links(pieces, texts)
    paragraphs = [index for index in _story_paragraphs(pieces, texts) if index not in teasers]
    if paragraphs:
        first, last = paragraphs[0], paragraphs[-1]
        above = [index for index in texts if index < first]
        # the page's first blocks, and those right over the story, below however many menus
        top = set(above[:EDGE_MAX_BLOCKS]) | set(above[-EDGE_MAX_BLOCKS:])
        foot = {index for index in texts[-EDGE_MAX_BLOCKS:] if index > last}
        head = {index for index in texts if index < first}  # above the story, however far down
    else:
        top = foot = head = set(texts)
    headlines = _headline_list(pieces, texts)
    listed = _ranked_list(pieces, texts) | teasers | headlines | _link_list(pieces, texts)
    captions = _credited_captions(pieces) | _slideshow(pieces, texts, paragraphs)
    kept: list[Piece] = []
    furniture: list[FurnitureLine] = []
    in_recommended = False
    date_line_above: Piece | None = None  # a bare date line over the story, until the story's first paragraph
    for index, piece in enumerate(pieces):
        if paragraphs and index == paragraphs[0] and date_line_above is not None:
            kept.append(date_line_above)  # `April 5, 2006` over `Apple has released …`: it dates that lede
        if piece.kind == "img":
            if in_recommended:  # a thumbnail of a recommended article
                furniture.append(FurnitureLine("recommended", piece.alt or piece.src))
            else:
                kept.append(piece)
            continue
        if index in captions:
            furniture.append(FurnitureLine("caption", piece.text))
            continue
        if index in listed:
            furniture.append(FurnitureLine("recommended", piece.text))
            # under the story, short lines after a list of headlines go on with it
            in_recommended = in_recommended or (index in headlines and index not in head)
            continue
        if piece.links >= MENU_MIN_LINKS and index in top | foot and len(piece.text) <= FURNITURE_MAX_CHARS:
            furniture.append(FurnitureLine("recommended" if in_recommended else "navigation", piece.text))
            continue
        lines = []
        # the first paragraph's lines over its first line of story (`08/01/2008 11:13` / a headline) stand at
        # the story's top edge as the blocks over it do
        leading = bool(paragraphs) and index == paragraphs[0]
        piece_lines = _stamps_joined(piece.text.split("\n"))
        glued = [_a_stamp_glued_to_its_story(line.strip()) for line in piece_lines]
        furniture += [dataclasses.replace(stamp, after_pieces=len(kept)) for stamp, _ in filter(None, glued)]
        piece_lines = [cut[1] if cut else line for line, cut in zip(piece_lines, glued)]
        for line in piece_lines:
            at_edge = index in top or index in foot or leading
            found = _line_furniture(line.strip(), piece, at_edge, index in head, in_recommended)
            if found is None:
                lines.append(line)
                if _is_story_line(line) or piece.kind == "h":
                    in_recommended = leading = False
                continue
            furniture.append(dataclasses.replace(found, after_pieces=len(kept)))
            date_line_above = Piece("p", line.strip()) if index in head and _bare_date_line(found) else None
            in_recommended = found.kind == "recommended" and (in_recommended or _is_heading(found.text))
        if len(lines) == len(piece_lines) and not any(glued):
            kept.append(piece)
        elif lines:
            kept.append(Piece(piece.kind, "\n".join(lines)))
        if lines and any(line.strip() for line in lines):
            date_line_above = None
    return kept, furniture


def _stamps_joined(lines: list[str]) -> list[str]:
    """The lines of a block, a stamp broken after its time joined to the date on the next line (`Posted: 2:51
    pm` / `March 12, 2009`)."""
    joined: list[str] = []
    for line in lines:
        if joined and _A_LABELLED_TIME.fullmatch(joined[-1].strip()) and _A_DATE_LINE.fullmatch(line.strip()):
            joined[-1] = f"{joined[-1].strip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


#: A stamp's label and time alone on a line, and a date alone on one.
_A_LABELLED_TIME = re.compile(rf"{LABEL_PREFIXES}?(?:{PUBLISHED_LABELS}|{UPDATE_LABELS})\s*[:：]?\s*{TIME_TEXT}")
_A_DATE_LINE = re.compile(DATETIME_TEXT)


def _line_furniture(
    line: str, piece: Piece, at_edge: bool, in_head: bool, in_recommended: bool
) -> FurnitureLine | None:
    """The furniture a line of a piece is, or None for a line of story."""
    if in_head and not at_edge:  # above the story, below a portal's menus, a labelled date line is the page's
        found = _labelled_date_line(line)
        if found is not None:
            return found
    if line and in_recommended and piece.links and len(line) <= RECOMMENDED_ITEM_MAX_CHARS:
        return FurnitureLine("recommended", line)  # a link of the list, though it asks a question
    return _classify(line, at_edge, piece.kind, in_recommended)


def _a_stamp_glued_to_its_story(line: str) -> tuple[FurnitureLine, str] | None:
    """A labelled stamp a page prints on the line of its story's first words (`Posted March 16, 2020 at 10:32 PM
    The city council voted …`, `发布时间：2020-03-16 10:32 市议会周一投票…`): the stamp, and the story's line."""
    if _A_GLUED_STAMP_LABEL.match(line) is None or _classify(line, True, "p", False) is not None:
        return None  # (a stamp and its note, `UPDATE: Dec. 22, 2016 Updated with …`, are furniture whole)
    for split in reversed([m.start() for m in _A_STORY_START.finditer(line, 0, GLUED_STAMP_MAX_CHARS)]):
        stamp, story = line[:split].rstrip(), line[split:]
        if not _is_story_line(story):
            continue
        found = _classify(stamp.rstrip(":"), True, "p", False)
        if found is not None and ((found.date and found.labelled) or found.kind == "update"):
            return dataclasses.replace(found, text=stamp), story  # `Update 1:45 p.m. PT:` the time alone
    return None


#: The labels a stamp glued to the story's first words opens with: none a sentence could open with.
_A_GLUED_STAMP_LABEL = re.compile(
    r"(?:(?:Posted|Published|First published|Updated?|UPDATED?|Last updated)(?: on| at)?\s*:?\s*\S"
    r"|(?:发布时间|發佈時間|發布時間|发表时间|發表時間|更新时间|更新時間|发布日期|發佈日期|发表日期|發表日期)\s*[:：]?\s*\S)"
)
#: Where a story's first words may start after a stamp: a capital after a space, or a Chinese character after
#: a space (the stamp's time ends in digits or a zone).
_A_STORY_START = re.compile(r"(?<=\s)(?:[A-Z][a-z]|[\u4e00-\u9fff])")
#: How far into a line a stamp glued to the story may reach.
GLUED_STAMP_MAX_CHARS = 90


def _ranked_list(pieces: list[Piece], texts: list[int]) -> set[int]:
    """The pieces of a "most read" list printed as its ranks and headlines, a piece each (`7`, `Letter
    shows …`, `8`, `Man shot …`): a run of at least RANKED_LIST_MIN_ITEMS ranks counting up by one."""
    ranked: set[int] = set()
    run: list[int] = []  # positions in texts of the run's ranks
    for position, index in enumerate(texts):
        text = pieces[index].text.strip()
        if not (text.isdigit() and len(text) <= 2):
            continue
        if run and position == run[-1] + 2 and int(text) == int(pieces[texts[run[-1]]].text) + 1:
            run.append(position)
        else:
            run = [position]
        if len(run) >= RANKED_LIST_MIN_ITEMS:
            for rank in run:
                ranked.update(texts[rank : rank + 2])
    return {index for index in ranked if len(pieces[index].text) <= FURNITURE_MAX_CHARS}


def _teaser_list(pieces: list[Piece], texts: list[int]) -> set[int]:
    """The pieces of a list of other articles printed as teasers: the first words of each story cut off
    (`沙拉脫少東遭爆詐百人！…謝勸說...`), each maybe under its headline, at least TEASER_LIST_MIN_ITEMS in a
    row. A story ends a paragraph so once, if ever; the teasers' dates are their stories', not this one's."""

    def a_teaser(position: int) -> bool:
        text = pieces[texts[position]].text.strip()
        return "\n" not in text and _CUT_OFF.search(text) is not None

    def a_headline(position: int) -> bool:
        text = pieces[texts[position]].text.strip()
        return len(text) <= RECOMMENDED_ITEM_MAX_CHARS and not _is_story_line(text)

    listed: set[int] = set()
    run: list[int] = []  # positions in texts of the run's teasers
    for position in range(len(texts)):
        if not a_teaser(position):
            continue
        gap = position - run[-1] if run else 0
        if gap > 2 or (gap == 2 and not a_headline(position - 1)):
            run = []
        run.append(position)
        if len(run) >= TEASER_LIST_MIN_ITEMS:
            for at in run:
                listed.add(texts[at])
                if at > 0 and a_headline(at - 1):
                    listed.add(texts[at - 1])
    return listed


def _blurbs_between_links(pieces: list[Piece], texts: list[int]) -> set[int]:
    """A menu's or a sidebar's teasers: a blurb under each of its linked headlines, with more links after it
    (`<h3><a>headline</a></h3><p>blurb</p><li><a>…</a></li>`), at least TEASER_LIST_MIN_ITEMS of them. A story's
    paragraph does not stand between links so, and the blurbs' dates are their stories', not this one's."""
    blurbs = {
        texts[position]
        for position in range(1, len(texts) - 1)
        if pieces[texts[position]].links == 0
        and pieces[texts[position - 1]].kind == "h"
        and pieces[texts[position - 1]].links > 0
        and pieces[texts[position + 1]].links > 0
    }
    return blurbs if len(blurbs) >= TEASER_LIST_MIN_ITEMS else set()


def _credited_captions(pieces: list[Piece]) -> set[int]:
    """A photo's lines under it, down to its photographer's credit (`1991` / `John Biever for Sports
    Illustrated`, `Manu Fernandez/AP`): at most CAPTION_MAX_LINES short blocks between the image and the credit."""
    captions: set[int] = set()
    for index, piece in enumerate(pieces):
        if piece.kind == "img" or not _A_PHOTO_CREDIT.fullmatch(piece.text.strip()):
            continue
        lines = [index]
        for before in range(index - 1, max(-1, index - CAPTION_MAX_LINES - 2), -1):
            if pieces[before].kind == "img":
                captions.update(lines)
                break
            if len(pieces[before].text) > RECOMMENDED_ITEM_MAX_CHARS or _is_story_line(pieces[before].text):
                break
            lines.append(before)
    return captions


def _slideshow(pieces: list[Piece], texts: list[int], paragraphs: list[int]) -> set[int]:
    """A gallery's slides, each opened by its count (`1/50 United goin down`, `2/50 Star Wars boosts economy`), at
    least SLIDESHOW_MIN_SLIDES counting up by one, the last as long as the longest before it: other stories or the
    photos', not this story. Not a page whose story is all slides."""
    runs: list[list[int]] = []  # positions in texts of each run's counts
    counts = (0, 0)  # the last slide's number, and how many slides its gallery has
    for position, index in enumerate(texts):
        text = pieces[index].text.strip()
        count = _A_SLIDES_COUNT.match(text)
        if count is None or len(text) > RECOMMENDED_ITEM_MAX_CHARS:
            continue
        number, total = int(count["number"]), int(count["total"])
        if not 1 <= number <= total:
            continue
        if runs and (number, total) == (counts[0] + 1, counts[1]):
            runs[-1].append(position)
        else:
            runs.append([position])
        counts = (number, total)
    shown: set[int] = set()
    for run in runs:
        if len(run) < SLIDESHOW_MIN_SLIDES:
            continue
        longest = max(after - before for before, after in zip(run, run[1:]))
        slides = set(texts[run[0] : run[-1] + longest])
        if any(paragraph not in slides for paragraph in paragraphs):
            shown.update(slides)
    return shown


_A_SLIDES_COUNT = re.compile(r"(?:(?:Photo|Image|Slide)\s+)?(?P<number>\d{1,3})\s*(?:/|of)\s*(?P<total>\d{1,3})(?!\d)")


#: A photographer's credit alone: a name and who it was taken for (`John Biever for Sports Illustrated`) or the
#: agency (`Manu Fernandez/AP`, `Getty Images`).
_A_PHOTO_CREDIT = re.compile(
    rf"(?:(?:Photo(?:graph)?s?|Image)\s*(?:by|:)\s*)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*"
    rf"(?:\s(?:for|via)\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}}|/\s*(?:{PHOTO_AGENCIES}|[A-Z][\w&'’.-]*"
    rf"(?:\s+[A-Z][\w&'’.-]*){{0,3}}))|{PHOTO_AGENCIES})"
)


def _link_list(pieces: list[Piece], texts: list[int]) -> set[int]:
    """The blocks of a list of links, a block each, at least LINK_LIST_MIN_ITEMS in a row (other articles'
    headlines, a ticker, a menu), maybe split by its sections' headings (`Off the Wires`, `Feature Articles`): a
    story's paragraphs say something besides their links."""
    listed: set[int] = set()
    run: list[int] = []
    for index in texts:
        piece = pieces[index]
        if piece.links and (piece.kind == "li" or not _is_story_paragraph(piece.text)):
            # a list's items that are links only are headlines, however long they run
            run.append(index)
            if len(run) >= LINK_LIST_MIN_ITEMS:
                listed.update(run)
        elif not (run and piece.kind == "h" and len(piece.text) <= RECOMMENDED_ITEM_MAX_CHARS):
            run = []
    return listed


def _headline_list(pieces: list[Piece], texts: list[int]) -> set[int]:
    """The pieces of a list of other articles printed as their headlines: each with its date, at least
    HEADLINE_LIST_MIN_ITEMS in a row; or in English, in title case, at least ENGLISH_HEADLINE_LIST_MIN_ITEMS
    in a row (a story's headings stand between its paragraphs, not one under another). Items right under a
    sentence that announces them (`… to be confirmed as follows:`) are the story's own list (a schedule)."""
    listed: set[int] = set()
    for is_item, least in (
        (_a_dated_headline, HEADLINE_LIST_MIN_ITEMS),
        (_a_title_case_headline, ENGLISH_HEADLINE_LIST_MIN_ITEMS),
    ):
        run: list[int] = []
        announced = False
        for position, index in enumerate(texts):
            if not is_item(pieces[index].text.strip()):
                run, announced = [], False
                continue
            if not run:
                announced = position > 0 and _announces_a_list(pieces[texts[position - 1]])
            run.append(index)
            if len(run) >= least and not announced:
                listed.update(run)
    return listed | _headlines_between_dates(pieces, texts) | _linked_headlines_with_stamps(pieces, texts)


def _announces_a_list(piece: Piece) -> bool:
    """A sentence of the story, no link, that ends on a colon: what follows is its list."""
    text = piece.text.strip()
    return not piece.links and len(text) >= STORY_PARAGRAPH_MIN_CHARS and text.endswith((":", "："))


def _linked_headlines_with_stamps(pieces: list[Piece], texts: list[int]) -> set[int]:
    """Other articles listed as a linked headline, its stamp under it and maybe its first words (`The 10 Worst
    Presidents` / `Andrew Soergel, Jay Tolson | Dec. 31, 2014` / `Not all U.S. presidents are missed …`), at least
    HEADLINE_LIST_MIN_ITEMS of them; or as a headline, its first words and its writer's dated byline under them
    (`Rating Israeli hotels` / `After two decades without …` / `Jane Roe January 1, 2013`), at least
    BYLINED_TEASER_LIST_MIN_ITEMS of them: a story's byline stands under its own headline once."""
    items: list[list[int]] = []
    bylined: list[list[int]] = []
    for position in range(len(texts) - 1):
        headline, stamp = pieces[texts[position]], pieces[texts[position + 1]]
        if len(headline.text) > RECOMMENDED_ITEM_MAX_CHARS:
            continue
        if headline.links and not stamp.links and _a_dated_stamp(stamp):
            item = [texts[position], texts[position + 1]]
            after = pieces[texts[position + 2]] if position + 2 < len(texts) else None
            if after is not None and not after.links and len(after.text) <= TEASER_MAX_CHARS:
                item.append(texts[position + 2])  # the story's first words
            items.append(item)
        elif (headline.links or headline.kind == "h") and position + 2 < len(texts):
            byline = pieces[texts[position + 2]]
            if stamp.links or len(stamp.text) > TEASER_MAX_CHARS or stamp.kind == "h":
                continue
            found = _classify(byline.text.strip(), True, byline.kind, False)
            if found is not None and found.kind == "byline" and found.author and found.date:
                bylined.append(texts[position : position + 3])
    listed = items if len(items) >= HEADLINE_LIST_MIN_ITEMS else []
    if len(bylined) >= BYLINED_TEASER_LIST_MIN_ITEMS:
        listed += bylined
    return {index for item in listed for index in item}


def _a_dated_stamp(piece: Piece) -> bool:
    found = _classify(piece.text.strip(), True, piece.kind, False)
    return found is not None and bool(found.date or found.update)


def _headlines_between_dates(pieces: list[Piece], texts: list[int]) -> set[int]:
    """A list of other articles printed as headlines (headings or links) and dates alone taking turns, whichever
    comes first (`Gas prices down` / `December 2025` / … or `December 2025` / `Gas prices down` / …), at least
    HEADLINE_LIST_MIN_ITEMS headlines. A story's timeline dates what happened in paragraphs, not in headlines."""
    listed: set[int] = set()
    run: list[int] = []
    headlines = 0
    last_dated = None  # whether the run's last piece is a date alone, None for no run
    for index in texts:
        piece = pieces[index]
        dated = _DATE_ALONE.fullmatch(piece.text.strip()) is not None
        if not (dated or piece.kind == "h" or piece.links):
            run, headlines, last_dated = [], 0, None
            continue
        if dated == last_dated:
            run, headlines = [], 0  # two dates or two headlines in a row: no turns taken
        run.append(index)
        headlines += not dated
        last_dated = dated
        if headlines >= HEADLINE_LIST_MIN_ITEMS and len(run) > headlines:
            listed.update(run)
    return listed


_DATED_HEADLINE = re.compile(DATED_HEADLINE)
_DATE_ALONE = re.compile(DATE_ALONE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _a_dated_headline(text: str) -> bool:
    return "\n" not in text and _DATED_HEADLINE.fullmatch(text) is not None


def _a_title_case_headline(text: str) -> bool:
    """`Standoff at a Hong Kong University Following Night of Violence`: most of its longer words capitalised, no
    full stop at its end."""
    if "\n" in text or len(text) > RECOMMENDED_ITEM_MAX_CHARS or text.endswith((".", ":", "：")):
        return False
    longer = [word for word in _WORD.findall(text) if len(word) >= 4]
    return len(longer) >= 3 and sum(word[0].isupper() for word in longer) >= TITLE_CASE_SHARE * len(longer)


def _bare_date_line(line: FurnitureLine) -> bool:
    """A date alone, the way a dispatch is dated (`April 5, 2006`): no label, time, author or outlet."""
    return (
        line.kind == "dateline"
        and not (line.labelled or line.update or line.author or line.outlet or line.url)
        and line.text.strip().rstrip(".") == line.date
        and not any(character in line.date for character in ":：")
    )


def _labelled_date_line(line: str) -> FurnitureLine | None:
    """A date line with its label above the story, below a portal's menus (`发布时间：2019-05-18 来源：…`)."""
    if not line or len(line) > FURNITURE_MAX_CHARS or not _DATE_LABEL.match(line):
        return None
    found = _segments(line.rstrip("."), True)
    return found if found is not None and found.labelled else None


#: How far from the story's end a note about its writer stands (before a share bar, a print note, comments).
AUTHOR_NOTE_MAX_BLOCKS_FROM_END = 10
#: After the writer's name, what a note about them says (`Corey Kilgannon is a Metro reporter`,
#: `Nelson D. Schwartz has covered economics since 2012`, `Dan Goodin Dan is the Security Editor`).
_ABOUT_THE_WRITER = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+)?(?:is|was|has|had|covers|covered|writes|wrote|joined|reports|edits|teaches|started"
    r"|founded|co-founded|worked|began)\b"
)


def split_writers_lines(pieces: list[Piece], author: str) -> tuple[list[Piece], list[FurnitureLine]]:
    """The writer's lines as furniture: the note about them a story ends with, its years (`joined The Times
    in 2007`) the writer's, not the story's (only for a writer named in full, two words or more); and their
    name with a date alone near the top (`2023/08/23 轉角24小時`), the page's stamp for its writer."""
    if not author:
        return pieces, []
    first_name = author.split()[0]
    notes = [
        index
        for index in range(max(0, len(pieces) - AUTHOR_NOTE_MAX_BLOCKS_FROM_END), len(pieces))
        if len(author.split()) >= 2
        and any(
            pieces[index].text.startswith(name) and _ABOUT_THE_WRITER.match(pieces[index].text, len(name))
            for name in (author, first_name)  # `Jean-Luc started CNX Software in 2010 …`
        )
    ]
    stamps = [index for index in range(min(EDGE_MAX_BLOCKS, len(pieces))) if _dated_name(pieces[index].text, author)]
    return (
        [piece for index, piece in enumerate(pieces) if index not in notes and index not in stamps],
        [FurnitureLine("byline", pieces[index].text, after_pieces=index) for index in sorted(stamps + notes)],
    )


def _dated_name(text: str, author: str) -> bool:
    """`2023/08/23 轉角24小時`, `Maria Lopez | May 24, 2023`: the name and a date, nothing more."""
    before, name, after = text.partition(author)
    return bool(name) and _DATE_ALONE.fullmatch(f"{before} {after}".strip(_NAME_DATE_SEPARATORS)) is not None


_NAME_DATE_SEPARATORS = " \t|·•/／—–-,，"


def margin_furniture(pieces: list[Piece]) -> list[FurnitureLine]:
    """The furniture lines of text that is never story (an HTML article's own header and footer): every
    line there stands at the story's edge."""
    found = []
    for piece in pieces:
        for line in piece.text.split("\n"):
            furniture = _classify(line.strip(), True, piece.kind, False)
            if furniture is not None:
                found.append(furniture)
    return found


def _classify(line: str, at_edge: bool, block_kind: str, in_recommended: bool) -> FurnitureLine | None:
    """The furniture this line is, or None for a line of story."""
    if not line:
        return None
    if block_kind == "caption":  # a <figcaption>
        return FurnitureLine("caption", line)
    if len(line) > FURNITURE_MAX_CHARS and not (len(line) <= LONG_FURNITURE_MAX_CHARS and _MAY_BE_LONG.search(line)):
        return None
    stamp = _a_stamp_before_its_extras(line, at_edge, block_kind, in_recommended)
    if stamp is not None:
        return stamp
    labelled = _DATE_LABEL.match(line) or (
        _MENU_BAR.search(line) and (_DATE_LABEL.search(line) or _ARTICLE_NOTE.search(line))
    )  # `September 2, 2010 | This article appeared in …`
    if labelled and (stamped := _segments(line.rstrip(".:"), at_edge)) is not None:
        # `Posted: Thursday, April 21, 2022. 10:11 pm CST.`, `发表于2014-08-24 21:30| 1164次阅读| 来源CSDN`
        return dataclasses.replace(stamped, text=line)
    if (
        not at_edge
        and _AN_AGE_AT_THE_END.search(line, max(0, len(line) - AGE_MAX_CHARS))
        and (_A_DATE_AND_ITS_AGE.fullmatch(line))
    ):
        return FurnitureLine("recommended", line)  # inside the page, another article's stamp
    if _ANY_LINE.fullmatch(line):
        for kind, where, pattern in _LINES:
            match = pattern.fullmatch(line)
            if match and (where == "anywhere" or at_edge):
                fields = {name: value.strip() for name, value in match.groupdict().items() if value}
                return _furniture_line(kind, line, fields)
    ends_on_a_clock = line[-1] == "." and _ENDS_ON_A_CLOCK.search(line) is not None
    if _is_story_line(line) and not ends_on_a_clock and not _BY_A_NAME.match(line):
        return None  # a sentence: only a notice or a caption ends so; several writers and their desk run long
    if in_recommended and len(line) <= RECOMMENDED_ITEM_MAX_CHARS:
        return FurnitureLine("recommended", line)  # an item of the list: its date is another article's
    if not _ANY_SEGMENT.match(line, _leading_marks_end(line)):
        return None
    found = _segments(line, at_edge)
    if found is None and ends_on_a_clock and not line.endswith(".m."):
        found = _segments(line[:-1], at_edge)
        return None if found is None else dataclasses.replace(found, text=line)
    return found


#: A line that ends in a date and its age (`House Flies Can Carry the Virus Apr 26, 2021 4 days ago`, `Mar 28, 2021
#: 1 month ago`): a listed article's stamp, as the page showed it; a story gives no age beside a date.
_A_DATE_AND_ITS_AGE = re.compile(rf"(?:.{{0,150}}?\s)?{DATETIME_TEXT}\s+{RELATIVE_TIME_TEXT}")
#: … looked for only in a line that ends in an age, which the last AGE_MAX_CHARS characters tell cheaply (the date
#: before it is tried at every character of the line).
_AN_AGE_AT_THE_END = re.compile(rf"{RELATIVE_TIME_TEXT}\Z")
AGE_MAX_CHARS = 40


def _a_stamp_before_its_extras(line: str, at_edge: bool, block_kind: str, in_recommended: bool) -> FurnitureLine | None:
    """A stamp with the page's buttons after it (`作者：南帆分享到：`, `浏览：272 收藏觉得不错，我要赞赏`), or a dated
    one with its views' and comments' counts (`Kevin Smith Aug. 6, 2013, 9:22 PM 286,530 9`)."""
    for extras, dated in ((_BUTTONS_AT_THE_END, False), (_COUNTS_AT_THE_END, True)):
        found = extras.search(line)
        if found is not None and found.start() > 0:
            stamp = _classify(line[: found.start()].rstrip(), at_edge, block_kind, in_recommended)
            if stamp is not None and (stamp.date or not dated):
                return dataclasses.replace(stamp, text=line)
    return None


#: Counts a page prints after its stamp with no word to say what they count (views, comments): two or more, or
#: one with its thousands marked.
_COUNTS_AT_THE_END = re.compile(
    r"(?:[ \u00a0|｜·•]+\d{1,3}(?:,\d{3})+(?:[ \u00a0|｜·•]+\d{1,7})?|(?:[ \u00a0|｜·•]+\d{1,7}){2,3})[ \u00a0]*$"
)
#: Buttons a page prints at the end of its stamp line: share, collect, print, tip, the text's size (`[ - ] [ + ]`).
_BUTTONS_AT_THE_END = re.compile(
    r"(?:[ \u3000|｜]*(?:分享到|分享至|分享|收藏|打印|列印|文字大小|字體大小|字体大小|举报|舉報"
    r"|觉得不错|覺得不錯|我要赞赏|我要讚賞"
    r"|我来说两句(?:\(\d+\))?|我來說兩句|我要(?:评论|評論)(?:[(（]\d+[)）])?|共有评论\s*\d+\s*条|【\s*大\s*中\s*小\s*】"
    r"|[【\[]\s*(?:打印|列印|关闭|關閉|纠错|糾錯)\s*[】\]]|\[\s*[-+]\s*\])[:：，,]?)+[ \u3000]*$"
)


def _leading_marks_end(line: str) -> int:
    match = _LEADING_MARKS.match(line)
    return match.end() if match else 0


def _segments(line: str, at_edge: bool) -> FurnitureLine | None:
    """The line as furniture segments one after another, or None if some part of it is not one."""
    position = _leading_marks_end(line)
    kinds: list[str] = []
    fields: dict[str, str] = {}
    previous_end = position
    labelled_date = False
    unlabelled_part = signed = False  # signed: `By Maria Lopez`, a byline with its label
    while position < len(line):
        for kind, labelled, pattern in _SEGMENTS:  # noqa: B007 - the segment that matched is read after the loop
            match = pattern.match(line, position)
            if match and match.end() > position:
                break
        else:
            if "date" in fields and _COUNTER_AT_THE_END.fullmatch(line, position):
                break  # `By Emily Burack 8 January 2020, 3:51 pm 11 Edit`: its comments' count and a button
            return None
        unlabelled_part = unlabelled_part or not labelled
        signed = signed or (kind == "byline" and labelled and bool(match.groupdict().get("author")))
        if kind == "after-date":
            # a stamp with its time, or an outlet: `2019-12-9 工信部收到报告` is a line of a timeline
            name = match.group("author")
            set_off = _BYLINE_MARK.search(line, previous_end, match.start()) is not None  # `2019-05-17 · 苏皖城市报道`
            if kinds[-1:] != ["dateline"] or not (
                ":" in fields.get("date", "") or name.endswith(OUTLET_ENDINGS) or set_off or "byline" in kinds
            ):  # `Medical Daily 9/21/2016 Lizette Borreli`: a name before the date too
                return None
            kind = "byline"
        kinds.append(kind)
        for name, value in _writer_and_outlet(match.groupdict()).items():
            if (
                name == "author"
                and value
                and (
                    (not labelled and value.strip().endswith(OUTLET_ENDINGS))
                    or (kind == "byline" and value.startswith("The "))
                )
            ):  # `… 1:08 PM EDT The Philadelphia Inquirer`: a name after `The` is an outlet's
                name = "outlet"  # `新华网河北频道 ( 2012-06-04 09:20:26 )`: the outlet, dating its page
            if value and name not in fields:
                fields[name] = value.strip()
                if name == "date":
                    labelled_date = labelled
        separator = _SEPARATOR.match(line, match.end())
        previous_end = match.end()
        position = separator.end() if separator else match.end()
    if not at_edge and (unlabelled_part or not set(kinds) <= _SAFE_ANYWHERE):
        # off the story's edge, besides stamps and counters: a line of labelled dates, or a signed and dated
        # one (an item of a list of other articles); they are not the story's, and date nothing
        labelled_stamp = not unlabelled_part and ("date" in fields or "update" in fields)
        # … or a day with its clock time (`Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014`): no line of story
        clocked = any(_A_CLOCK.search(fields.get(name, "")) for name in ("date", "update")) or (
            "yearless" in fields and _A_CLOCK.search(line) is not None
        )  # … or a day without its year and a clock time (`– Tue Aug 31, 7:21 am ET`)
        # … or a date with a note on the article (`September 2, 2010 | This article appeared in the September 20,
        # 2010 edition of …`, `2019-05-01 | 1,200 views`)
        noted = "share" in kinds
        # … or a date and when it was updated (`7 November 2012 Last updated at 04:12`)
        updated = kinds[:1] == ["dateline"] and "update" in kinds
        if not (labelled_stamp or clocked or noted or updated or (signed and "date" in fields)):
            return None
        if kinds == ["dateline"] and labelled_date:
            fields["labelled_inside"] = fields["date"]
        fields = {name: value for name, value in fields.items() if name not in ("date", "update", "yearless")}
    return _furniture_line(kinds[0], line, fields, labelled_date)


def _writer_and_outlet(groups: dict[str, str | None]) -> dict[str, str | None]:
    """`Doug Stanglin, USA TODAY`: a writer, then an outlet in capitals or with an outlet's ending."""
    author = groups.get("author")
    if author and "," in author and not groups.get("outlet"):
        writer, outlet = (part.strip() for part in author.split(",", 1))
        if outlet.isupper() or outlet.endswith(OUTLET_ENDINGS):
            return {**groups, "author": writer, "outlet": outlet}
    return groups


def _story_paragraphs(pieces: list[Piece], texts: list[int]) -> list[int]:
    """The blocks that are paragraphs of the story. A long notice, a teaser or a date line ending in a full
    stop is none; nor is a heading, though it asks a question (`How does the brain turn unconscious
    information into thought?`), nor a block made of links only (a ticker's headlines over the story), nor
    the standfirst printed over the story's byline."""
    paragraphs = [
        index
        for index in texts
        if pieces[index].kind != "h"
        and not pieces[index].links
        and not _BYLINE_WITH_A_NOTE.match(pieces[index].text)
        and _is_story_paragraph(pieces[index].text)
        and not _shaped_as_furniture(pieces[index].text)
    ]
    if len(paragraphs) > 1 and _a_dated_byline_between(pieces, paragraphs[0], paragraphs[1]):
        return paragraphs[1:]
    return paragraphs


#: How many blocks between a standfirst and the story's first paragraph may hold the byline.
STANDFIRST_TO_BYLINE_MAX_BLOCKS = 4


def _a_dated_byline_between(pieces: list[Piece], standfirst: int, story: int) -> bool:
    """Whether a byline and a date stand between the first paragraph-like block and the next, a few blocks
    apart (`… said Tuesday.` / `By Steven Shepard` / `10/04/2016 05:07 AM EDT`): the first is a standfirst
    or a photo's caption over the byline, and the top of the story is under them."""
    between = [piece for piece in pieces[standfirst + 1 : story] if piece.kind != "img"]
    if len(between) > STANDFIRST_TO_BYLINE_MAX_BLOCKS:
        return False
    found = [
        line
        for piece in between
        for text in piece.text.split("\n")
        if (line := _classify(text.strip(), True, piece.kind, False)) is not None
    ]
    return any(line.kind == "byline" for line in found) and any(line.date for line in found)


def _shaped_as_furniture(text: str) -> bool:
    """A line as long as a paragraph that is furniture by its shape alone: a copyright notice, a teaser, a
    labelled date line (`Posted: Thursday, April 21, 2022. 10:11 pm CST.`)."""
    if _MAY_BE_LONG.search(text):
        return True
    return bool(_DATE_LABEL.match(text)) and _segments(text.rstrip("."), True) is not None


def _is_heading(text: str) -> bool:
    """A "recommended" line that heads a list (`相关阅读`), not one that is an item of it (`相关阅读：…`)."""
    return not re.search(r"[:：]\s*\S", text)


def _is_story_line(line: str) -> bool:
    stripped = line.strip().rstrip(CLOSING_QUOTES)
    return len(stripped) > STORY_ANY_CHARS or (len(stripped) >= STORY_MIN_CHARS and stripped[-1:] in SENTENCE_END)


def _is_story_paragraph(text: str) -> bool:
    return len(text) >= STORY_PARAGRAPH_MIN_CHARS and _is_story_line(text)
