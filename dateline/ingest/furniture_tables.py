"""The language of page furniture, as data: the label words and line shapes of what surrounds a story.

A page prints more than its story: bylines, date lines, its source, update
stamps, reading times, share bars, copyright and reprint notices, captions
and photo credits, "recommended" lists and navigation. `furniture.py` holds
the logic (where on the page a line may be furniture, and what it tells);
this module holds what changes when a new way of writing one turns up: a word
in a table or a line in a list, and a test (STYLE.md, point 7). Chinese
tables carry simplified and traditional spellings side by side.

Two kinds of rules. `SEGMENTS` are pieces a furniture line is made of
(`发布时间：2022-04-15 14:31:09`, `来源：东方都市报`, `By Maria Lopez`,
`Updated: 29 minutes ago`); a line is furniture when segments cover it
whole, one after another, with only separators between them, so a sentence
that starts with a date (`2021年12月22日，工信部…`) never is. `LINES` are
whole-line shapes (a copyright notice, a share bar, a caption, a breadcrumb).
Every pattern is matched against one stripped line of at most
`FURNITURE_MAX_CHARS` characters.
"""
from __future__ import annotations

import re

from .dates import DATETIME_TEXT, MONTH_NAME_TEXT, RELATIVE_TIME_TEXT, TIME_TEXT, WEEKDAY_TEXT, YEARLESS_DATE_TEXT

#: What a furniture line is; `check` names these.
FURNITURE_KINDS = ("byline", "dateline", "source", "update", "reading-time", "share", "copyright", "caption",
                   "recommended", "navigation", "after-story", "comment")

#: Furniture is short: a longer line is story, whatever it starts with.
FURNITURE_MAX_CHARS = 200
#: A copyright notice or a teaser may run longer (see furniture.py), to this many characters.
LONG_FURNITURE_MAX_CHARS = 700


def words(*alternatives: str) -> str:
    """A regex alternation of literal words, longest first so that the longest wins."""
    return "(?:" + "|".join(re.escape(word) for word in sorted(set(alternatives), key=len, reverse=True)) + ")"


# --- Label words ---------------------------------------------------------------------------

PUBLISHED_LABELS = words(
    "发布时间", "發佈時間", "發布時間", "发布日期", "發佈日期", "發布日期", "发表时间", "發表時間", "发表日期", "發表日期",
    "发布于", "發佈於", "發布於", "发表于", "發表於", "刊发时间", "刊發時間", "时间", "時間", "日期", "发布", "發佈", "發布",
    "出版时间", "出版時間", "出版日期",
    "Published", "Published on", "Published at", "First published", "First published on", "Posted", "Posted on",
    "Posted at", "Publication date", "Date", "Dated", "PUBLISHED", "POSTED", "Original", "Originally published",
    "First Posted", "posted", "posted on", "published", "published on", "first published", "first published on",
    "Originally published on", "Originally posted", "This story is from", "This article is from",
    "Written", "Written on", "Filed", "Filed on", "Filed at", "Publish date", "Published date",
    "Published Date", "Publication Date", "Date Published", "First Published", "Posted Date", "Post Date",
    "Publish Date", "Print Edition", "Print edition", "Published time", "Publish time", "Publication time",
    "Posted time", "Published On", "Posted On",
    "发稿时间", "發稿時間", "成文日期", "发文日期", "發文日期", "发表", "發表", "北京时间", "北京時間",
)
UPDATE_LABELS = words(
    "更新时间", "更新時間", "更新日期", "更新于", "更新於", "最后更新", "最後更新", "最后更新时间", "最後更新時間",
    "最后修改", "最後修改", "最近修改", "最近更新", "最后修改时间", "最後修改時間", "最后修订", "最後修訂", "修改时间", "修改時間", "编辑于", "編輯於",
    "最新更新", "最新更新时间", "最新更新時間", "更新",
    "Updated", "Updated on", "Updated at", "Update", "Last updated", "Last updated on", "Last updated at", "Last modified",
    "Last modified on",
    "Latest update", "Latest Update", "Last Updated", "Last Updated on", "Last Update", "Last update", "Last Modified", "UPDATED", "UPDATE", "LAST UPDATED",
    "Modified", "Revised", "updated", "last updated", "and last updated", "Edited time", "Updated time",
    "Last edited", "Last edited on", "Updated On", "Last Updated On", "Updated Date", "Update Date", "Last Updated Date",
    "Modified Date",
    # a correction's or a clarification's date (`Correction: November 17, 2010`)
    "Correction", "Corrected", "Correction appended", "Clarification", "更正", "更正时间", "更正時間",
)
#: Words an update stamp may end with instead (`2024-05-01 更新`).
UPDATE_SUFFIXES = words("更新", "更新过", "updated", "Updated")
#: Words that may open a label line (`本文最后修改：…`).
LABEL_PREFIXES = words("本文", "本页", "本頁", "此文", "该文", "該文", "Page ", "This page ")
#: A place's label in a stamp (`2014/11/11 12:07 綜合報導 地區：台北市報導`).
PLACE_LABELS = words("地区", "地區", "地点", "地點")
SOURCE_LABELS = words("来源", "來源", "出处", "出處", "稿源", "稿件来源", "稿件來源", "信息来源", "信息來源", "文章来源", "文章來源",
                      "Source")
AUTHOR_LABELS = words("作者", "撰文", "撰稿", "执笔", "執筆", "文", "记者", "記者", "特约记者", "特約記者", "通讯员", "通訊員",
                      "Author", "Authors", "Written by", "Words by", "Reporter", "Reporting by")
EDITOR_LABELS = words("编辑", "編輯", "责任编辑", "責任編輯", "责编", "責編", "主编", "主編", "审核", "審核", "校对", "校對",
                      "审校", "審校", "监制", "監製", "选稿", "選稿", "Editor", "Edited by", "Editing by")
#: A count of readers, views or clicks, by its label (`浏览次数`, `阅读量`).
COUNTER_LABELS = (
    r"(?:阅读|閱讀|浏览|瀏覽|阅读量|閱讀量|浏览量|瀏覽量|浏览次数|瀏覽次數|阅读次数|閱讀次數|点击次数|點擊次數|点击量|點擊量"
    r"|人气|人氣|点击|點擊)"
)
#: A label that opens a new segment: where a name before it stops.
ANY_LABEL = "(?:" + "|".join((PUBLISHED_LABELS, UPDATE_LABELS, SOURCE_LABELS, AUTHOR_LABELS, EDITOR_LABELS,
                               COUNTER_LABELS, PLACE_LABELS)) + ")"

#: An icon a page sets before a stamp or a button (`📅 2026-07-01 10:55 🔗 阅读原文`): a pictograph, maybe in its
#: emoji form.
ICON = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?"
#: Between two segments of one line.
SEPARATOR = rf"\s*(?:[|｜]{{2}}|[|｜·•／/丨▪,»]|{ICON}|\.(?=\s)|(?<=\s)[@—–-](?=\s)|(?<=\s)on\s)?\s*"  # `… on Thu, Nov 9`
#: Read-later exports (Cubox, Pocket …) end with a link back to the original page; archives set it by the date.
VIEW_ORIGINAL_LABELS = ("查看原网页", "查看原文", "阅读原文", "閱讀原文", "View original", "Read original")
#: A name after a label: up to four words, none a label or starting with a digit.
NAME = (rf"(?:(?!{ANY_LABEL}\s*[:：])[^\s|｜·•／/丨:：,，;；()（）]){{1,40}}"  # not `网易科学人作者：`
        rf"(?:[ \u00a0\u3000](?!{ANY_LABEL}\s*[:：/／]|\d)[^\s|｜·•／/丨:：,，;；()（）]{{1,40}}){{0,3}}")
#: A month's or weekday's name that starts the date after a name (`By Steven Musil January 18, 2017`).
_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
               r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_WEEKDAY_WORD = r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b"
#: A date's first word, whole (`Mar. 3`, `Monday, June 10`; not `Marloff, 11:35AM`, a name before a time).
_DATE_WORD = (rf"(?:(?:{_MONTH_WORD}|{_WEEKDAY_WORD})\.?,?\s+\d"
              rf"|{_WEEKDAY_WORD}\.?,?\s+{_MONTH_WORD}\.?\s+\d)")
#: A stamp's label, which no name's word is (`Jane Doe, AFP India Published on Wednesday 2 March 2022`).
_A_STAMPS_WORD = r"(?:Published|Posted|Updated|Filed)\b"
#: A name before a date with no label to say so: no word of it in lower case but `of` (`M&A Chatter for Wednesday
#: November 28, 2012` is a headline, not a byline; `Press Trust of India` is one), and not the date's own first word
#: (`Thursday 23 January 2014`).
UNLABELLED_NAME = (rf"(?![a-z]|{_DATE_WORD})[^\s|｜·•／/丨:：,，;；()（）]{{1,40}}"
                   rf"(?:[ \u00a0\u3000](?!{ANY_LABEL}\s*[:：/／]|\d|(?!of\s)[a-z]|@\s|{_DATE_WORD}|{_A_STAMPS_WORD})"
                   rf"[^\s|｜·•／/丨:：,，;；()（）]{{1,40}}){{0,3}}")
#: A capitalised word that starts what follows a name, not a word of it (`By Kathy Wise Published in …`).
_AFTER_A_NAME = rf"(?:{_DATE_WORD}|{_A_STAMPS_WORD}|Print [Ee]dition\b)"
#: An English name after "By": capitalised words, joined by "and" or ",".
ENGLISH_NAMES = (rf"[A-Z][\w.'’-]*(?:\s+(?:(?!{_AFTER_A_NAME})[A-Z][\w.'’-]*|de|van|von|der|da|bin|al))*"
                 rf"(?:\s*(?:,|and|&)\s*(?!{_AFTER_A_NAME})[A-Z][\w.'’-]*(?:\s+(?:(?!{_AFTER_A_NAME})[A-Z][\w.'’-]*|de|van|von|der|da|bin|al))*)*")
#: A section's name in a byline: capitalised words (`in Valve on 1 June 2019`, `Published in FrontBurner`).
_SECTION = rf"[A-Z][\w&.'’-]*(?:\s+(?!{_AFTER_A_NAME})[A-Z][\w&.'’-]*){{0,3}}"
#: How the name of a news organisation ends (`新华网河北频道`, `河北日报`): an unlabelled name before a date
#: that ends so is the outlet, not the author.
OUTLET_ENDINGS = ("网", "網", "报", "報", "频道", "頻道", "电视台", "電視台", "广播", "廣播", "社", "新闻", "新聞",
                  "客户端", "客戶端", "在线", "在線", "周刊", "週刊", "杂志", "雜誌", "日报", "日報")
#: A Chinese reporter's name after 记者 without a colon: two to four Han characters, several.
CHINESE_NAMES = r"[\u3400-\u9fff·]{2,6}(?:[ \u3000、][\u3400-\u9fff·]{2,6}){0,5}"

READING_TIME = (
    r"(?:(?:阅读|閱讀)(?:时间|時間|时长|時長)?\s*[:：]?\s*(?:约|約|大约|大約)?\s*\d+\s*(?:分钟|分鐘)"
    r"|(?:约|約|大约|大約|预计|預計)?\s*\d+\s*(?:分钟|分鐘)(?:读完|讀完|阅读|閱讀)"
    r"|(?i:(?:(?:Reading|Read) time\s*[:：]?\s*)?\d+\s*(?:minutes?|mins?)(?:\s+read)?))"
)
ENGAGEMENT = (
    rf"(?:(?:{COUNTER_LABELS}|在看|点赞|點讚|点击|點擊|评论|評論|转发|轉發|收藏|喜欢|喜歡|跟帖|跟貼|跟贴|回帖|"
    r"Views?|Comments?|Likes?|Shares?)\s*(?:[:：]?\s*\d[\d.,]*\s*(?:[万萬千kK]\+?)?(?:\s*[次条條])?|[(（]\s*\d[\d.,]*\s*[)）])"
    r"|\d[\d.,]*\s*(?:[万萬千kK]\+?)?\s*(?:阅读|閱讀|浏览|瀏覽|人阅读|人閱讀|次浏览|次瀏覽|次阅读|次閱讀|条评论|條評論|点阅|點閱|"
    r"点击数|點擊數|点击|點擊|"
    r"人参与评论|人參與評論|人参与|人參與|人跟贴|人评论|人評論|"
    r"(?i:views?|comments?|likes?|shares?)))"
)

# --- Segments: (kind, labelled, pattern). The first that matches at a position is taken. ----------------
# Named groups say what a segment tells: date (a publication date), update (an update stamp),
# author, outlet, url; a segment without them is furniture that tells nothing.

_URL = r"https?://\S+"
#: A note on where the article first ran (`This story originally appeared on Reuters`, `The article was first
#: published in …`): furniture wherever it stands.
ARTICLE_NOTE = (r"(?:[Tt]his|[Tt]he) (?:story|article|post) (?:(?:originally |first )?(?:appeared|ran|was published)"
                r"|was (?:originally |first )published) (?:on|in|at) ")
#: Where a post was sent from, as a platform prints it (`来自北京市`, `IP属地：广东`).
#: A wire story's dispatch: the place and the day it was filed (`澎湖縣28日電`).
_DISPATCH = r"[\u3400-\u9fff]{2,8}?\d{1,2}日(?:电|電)"
_SENT_FROM = (r"(?:来自|來自|IP属地|IP屬地|发表于|發表於)\s*[:：]?\s*(?:(?![的了是在和与與])[\u3400-\u9fff]){2,4}"
              r"(?:省|市|自治区|自治區|特别行政区|特別行政區)?\s*$")
#: A writer's name after a stamp, ending its line (`Medical Daily 9/21/2016 Lizette Borreli`).
_AN_ENGLISH_NAME_ENDING_THE_LINE = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){1,3}\s*$"
#: A site's name as its address (`Example.com`, `etimes.in`).
_A_SITES_NAME = r"[A-Za-z][\w-]*\.(?:com|net|org|co\.uk|com\.au|ca|ie|in)(?![\w.])"
#: The place a story was filed from, right before a stamp's label (`Gandhinagar Last Updated at …`).
_FILED_FROM = rf"[A-Z][a-z]+\s+(?={UPDATE_LABELS}|{PUBLISHED_LABELS})"
SEGMENTS = (
    # (maybe after the place the story was filed from: `Press Trust of India | Gandhinagar Last Updated at …`)
    ("update", True, rf",?\s*(?:{_FILED_FROM})?{LABEL_PREFIXES}?{UPDATE_LABELS}\s*[:：/／]?\s*(?:(?:at|on)\s+)?"
                     rf"(?P<update>{DATETIME_TEXT}|{RELATIVE_TIME_TEXT}|{YEARLESS_DATE_TEXT}(?:,?\s+(?:at\s+)?{TIME_TEXT})?)"
                     rf"(?:[+-]\d{{2}}(?![\d:]))?"
                     rf"(?:\s+{TIME_TEXT})?(?:\s+[A-Z]{{2,3}}(?!\w))?"  # `… 18 June 2010 06:00 UK`: in a second zone
                     rf"(?:\s*{UPDATE_SUFFIXES})?"),
    # … with its clock time alone, or before a day without its year (`Last updated at 20:03 GMT`, `updated 3:13 PM
    # ET Oct 27`): the day, if any, is on the line or the page
    ("update", True, rf",?\s*{LABEL_PREFIXES}?{UPDATE_LABELS}\s*[:：]?\s*(?:at\s+)?{TIME_TEXT}(?![\w:])"
                     rf"(?:\s*[(（]{TIME_TEXT}[)）])?(?:,?\s+(?:on\s+)?{YEARLESS_DATE_TEXT}(?!,?\s*\d))?"),  # `0948 GMT (1748 HKT)`
    # … or with a weekday (`Updated Saturday at 10:30 a.m. ET`)
    ("update", True, rf",?\s*{LABEL_PREFIXES}?{UPDATE_LABELS}\s*[:：]?\s*(?:on\s+)?{WEEKDAY_TEXT},?"
                     rf"(?:\s+(?:at\s+)?{TIME_TEXT})?(?![\w:])"),
    ("update", True, rf"(?P<update>{DATETIME_TEXT})\s*{UPDATE_SUFFIXES}(?!\s*[:：])"),  # not `April 7, 2020 Updated: …`
    # … in brackets after the stamp (`Friday, 06 March 2020 2:18 PM [ Last Update: Friday, 06 March 2020 2:18 PM ]`)
    ("update", True, rf"[\[【(（]\s*{LABEL_PREFIXES}?{UPDATE_LABELS}\s*[:：]?\s*(?P<update>{DATETIME_TEXT})\s*[\]】)）]"),
    ("dateline", True, rf"{LABEL_PREFIXES}?{PUBLISHED_LABELS}\s*[:：/／]?\s*(?P<date>{DATETIME_TEXT})"
                       r"(?:\s*[(（](?:[A-Z]{2,4}|UTC|GMT)[)）])?"),  # `Posted January 24th, 2020 at 10:06 AM (CST)`
    # … its age when the page was saved (`Published 6 days ago`): no day of the story, none to date the page by
    ("dateline", True, rf"{LABEL_PREFIXES}?{PUBLISHED_LABELS}\s*[:：]?\s*(?i:{RELATIVE_TIME_TEXT})"),
    ("dateline", True, rf"{LABEL_PREFIXES}?{PUBLISHED_LABELS}\s*[:：]?\s*[\[【]\s*(?P<date>{DATETIME_TEXT})\s*[\]】]"),
    # a print edition's page and its name (`版次:[A29] 版名:[HI广州·领事专栏&资讯]`)
    ("source", True, r"(?:版次|版名|版面|版号|版號)\s*[:：]\s*(?:[\[【][^\]】]{1,30}[\]】]|\S{1,20})"),
    # a byline's date on a line of its own, after the writer's name (`on December 27, 2014 at 12:06 PM`, `at 8:00 pm
    # Sun, Apr 13, 2014`)
    ("dateline", True, rf"(?:on|at)\s+(?P<date>{DATETIME_TEXT})(?=\s*(?:[,|｜·•]|$))"),
    # a print edition's line: `《 人民日报 》（ 2024年05月10日 04 版）`
    ("dateline", True, rf"《\s*(?P<outlet>[^《》\s]{{2,20}})\s*》\s*[（(]\s*(?P<date>{DATETIME_TEXT})\s*"
                       r"(?:第?\s*[0-9０-９]{1,3}\s*版)?\s*[）)]"),
    # 澎湃新闻·政务, 21世纪经济报道(广州), Wind资讯 (www.wind.com.cn)(上海): an outlet, its section, site, city
    ("source", True, rf"{SOURCE_LABELS}\s*[:：]\s*(?:(?P<url>{_URL})|(?P<outlet>{NAME}(?:·{NAME})*)"
                     r"(?:\s*[(（][^()（）]{1,30}[)）]){0,2})"),
    ("source", True, rf"(?:来源|來源)(?![于於自])(?P<outlet>{NAME})(?=\s*[|｜·•]|$)"),  # `来源CSDN|`: no colon
    ("byline", True, r"作者(?P<author>[^\s|｜·•:：]{2,20})(?=\s*[|｜·•]|$)"),  # `作者魏星|`
    ("byline", True, rf"{LABEL_PREFIXES}?{AUTHOR_LABELS}\s*[:：/／｜|]\s*(?P<author>{NAME})"),  # `本文作者：AMD`
    # a writer's handle or name before the day it was posted on (`blackhat 发表于 2011年4月20日 10时54分 星期三`)
    ("byline", True, rf"(?P<author>[A-Za-z][\w.-]{{1,30}}|[\u3400-\u9fff·]{{2,6}})(?=\s+(?:发表于|發表於)\s*{DATETIME_TEXT})"),
    ("byline", True, rf"[\u3400-\u9fff]{{0,6}}?(?:记者|記者|特约记者|特約記者)\s+(?P<author>{CHINESE_NAMES})"),  # 本报记者 刘金辉
    # a writer and how or where the report was made, glued to the next label (`陳宥蓁／綜合報導發布時間：…`,
    # `王威雄／雲林報導`, `鄭惟仁 鍾建剛／編譯`), or a desk's flash and its writer (`上報快訊／鍾知諭`)
    ("byline", True, r"[\u3400-\u9fff]{1,6}(?:中心|组|組|部)\s*[/／]\s*(?:综合|綜合|(?P<author>[\u3400-\u9fff·]{2,4}))\s*"
                     r"(?:报道|報導|编译|編譯)"),  # a desk, and its writer (`生活中心／賴俊佑報導`)
    ("byline", True, r"(?P<author>[\u3400-\u9fff·]{2,4}(?:[ \u3000][\u3400-\u9fff·]{2,4}){0,2})\s*[/／]\s*"
                     r"[\u3400-\u9fff]{0,6}(?:报道|報導|编译|編譯)"),
    ("byline", True, r"[\u3400-\u9fff]{1,6}(?:快讯|快訊)\s*[/／]\s*(?P<author>[\u3400-\u9fff·]{2,4})"),
    # an update's time in brackets after the stamp (`2023/8/23 15:06（8/23 15:31 更新）`)
    ("update", True, r"[(（][^()（）]{1,30}(?:更新|updated|Updated)\s*[)）]"),
    # a reporter and where the report was filed (`記者陳嘉寧／桃園機場報導`)
    ("byline", True, r"(?:记者|記者)(?P<author>[\u3400-\u9fff·]{2,6})\s*[/／]\s*[\u3400-\u9fff]{1,12}(?:报道|報導)"),
    ("byline", True, rf"(?:(?:Posted|Written|Words|Reported|Story|Article)\s+)?(?:By|BY|by)(?::\s*|\s+)(?P<author>{ENGLISH_NAMES})"),
    # a broadcast's reporter and the day the report went out (`Samantha Donovan reported this story on Friday, July 18,
    # 2014 18:21:00`)
    ("byline", True, rf"(?P<author>{ENGLISH_NAMES})\s+reported this (?:story|report) on\s+(?P<date>{DATETIME_TEXT})"),
    # … glued to its label where the page set the name in its own element (`ByNina Pineda`)
    ("byline", True, rf"By(?=[A-Z][a-z])(?P<author>{ENGLISH_NAMES})"),
    # a post's writers by their handles (`Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15`)
    ("byline", True, r"(?:Posted|Written) by\s+(?P<author>[A-Za-z][\w.-]{1,30}(?:\s*(?:,|and|&)\s*[A-Za-z][\w.-]{1,30}){0,5})"
                     r"(?=\s+on\s)"),
    # a writer's handle in small letters after `By`, before the date (`By admin - 2018-09-16`), or with digits in it
    # (`in Dead Island 2 by Jakebag15 on Jul 05, 2014`: a forum's post)
    ("byline", True, rf"(?:By|BY|by)\s+(?P<author>[a-z][\w.-]{{1,30}}|[A-Za-z][A-Za-z.-]{{1,30}}[0-9]{{1,6}})"
                     rf"(?=\s*(?:[-–—|｜·•]\s*|on\s+)?{DATETIME_TEXT})"),
    # the outlet that first published a repost (`First published by Global Research on March 27, 2020`)
    ("source", True, rf"(?:First |Originally )?[Pp]ublished by\s+(?P<outlet>{ENGLISH_NAMES})(?=\s+on\s)"),
    ("navigation", True, r",?\s*(?:[Aa]ll|[Vv]iew all|[Mm]ore) posts"),  # the link to the writer's other posts
    # a note of the page's age after its stamps (`This article is more than 2 years old.`)
    ("share", True, r"This (?:article|story|post|page) is (?:more than |over )?\w+ (?:years?|months?) old\.?"),
    ("share", True, r"(?:Get\s+)?(?:[Ss]hort\s+(?:URL|[Ll]ink)|Permalink)"),  # the link to the page
    ("source", True, rf"{PLACE_LABELS}\s*[:：]\s*[\u3400-\u9fff]{{1,12}}"),
    ("share", True, rf"{ARTICLE_NOTE}[^|｜]{{1,80}}"),
    ("byline", True, rf"{EDITOR_LABELS}\s*[:：]\s*{NAME}"),
    # a counter the page left empty (`发布日期：2016-11-22 浏览次数：信息来源：省发改委`)
    ("share", True, rf"{COUNTER_LABELS}\s*[:：](?=\s*(?:$|{ANY_LABEL}\s*[:：]|{DATETIME_TEXT}))"),  # `點擊： 2024-09-19`
    # a label the page left empty (`来源: 学习时报 作者:`)
    ("byline", True, rf"(?:{AUTHOR_LABELS}|{EDITOR_LABELS}|{SOURCE_LABELS})\s*[:：](?=\s*(?:$|[|｜·•]|{ANY_LABEL}\s*[:：]))"),
    ("reading-time", True, READING_TIME),
    ("share", True, r"(?:View|Leave a|Post a|Add a|Show|No)\s+[Cc]omments?"),  # a button beside the date
    # a post's categories or tags after its date (`January 13, 2020 at 08:45 AM | categories: mercurial, python`)
    # the section a byline names (`Written by … in Valve on 1 June 2019`, `Published in FrontBurner`)
    ("navigation", True, rf"(?:(?:[Pp]osted|[Pp]ublished|[Ff]iled) in\s+{_SECTION}|in\s+{_SECTION}(?=\s+(?:on|by)\s)|in\s+{_SECTION}$)"),
    ("navigation", True, r"(?:[Cc]ategor(?:y|ies)|[Tt]ags?|[Ff]iled [Uu]nder|[Pp]osted in|(?:所属|所屬)?(?:分类|分類)|标签|標籤"
                         r"|栏目|欄目)\s*[:：]\s*[^|｜]{1,120}"),
    # a link back to the original page or to the archive's index beside the date (`🔗 阅读原文 🔙 返回日历`)
    ("navigation", True, rf"{words(*VIEW_ORIGINAL_LABELS)}|(?:返回|回到)[\u3400-\u9fff]{{2,4}}"),
    ("share", True, r"(?:字号|字號|Font size)\s*[:：]?\s*(?:[Aa][-+]?\s*){1,4}"),  # `字号：A- A A+`
    # `字型： ∣發言∣列印∣轉寄`: the font label and the buttons after it
    ("share", True, r"(?:字型|字号|字號|字体|字體)\s*[:：]\s*(?:[∣|｜]\s*(?:發言|发言|列印|打印|轉寄|转寄|分享|收藏|回應|回应)\s*)*"),
    # `字体:【大中小】`, `[字号：大 中 小]`
    ("share", True, r"[\[【]?\s*(?:字号|字號|字体|字體)\s*[:：]?\s*[\[【]?\s*(?:[大中小]\s*){2,3}[\]】]?\s*[\]】]?"),
    ("share", True, r"[\[【]\s*(?:我来说两句|我來說兩句|我要评论|我要評論)\s*(?:[(（]\d+[)）])?\s*[\]】]"),
    ("share", True, ENGAGEMENT),
    ("share", True, r"[【\[]\s*(?:纠错|糾錯|打印|列印|关闭|關閉|收藏|分享|评论|評論)\s*[】\]]"),  # a button: 【纠错】
    ("share", True, r"Loading(?:\.\.\.|…)"),  # the placeholder of a widget not loaded
    # Without a label: only near the top or the foot of a story (see furniture.py).
    # the writer's address, telephone and the site's name beside a byline (`jdoe@example.com > 314-340-8114 Example.com`)
    ("share", False, r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("share", False, r"(?:>\s*)?(?:\(\d{3}\)\s*|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)"),
    ("source", False, rf"(?P<outlet>{_A_SITES_NAME})"),
    ("byline", False, rf"(?!\d)(?P<author>{UNLABELLED_NAME}(?:,\s*{UNLABELLED_NAME})?)(?=(?:\s*[·•|｜@,]\s*|\s+(?:at\s+|on\s+)?|(?<=[\u3400-\u9fff])(?=\d))(?:[(（\[【]\s*)?"
                      rf"(?:{DATETIME_TEXT}|{YEARLESS_DATE_TEXT}(?:,\s*{TIME_TEXT})?)(?:\s*[)）\]】])?\s*(?:[|｜·•/／]|$|{ANY_LABEL}\s*[:：]|{ENGAGEMENT}"
                      rf"|{UPDATE_LABELS}\s+(?:at\s+)?\d"
                      rf"|{_SENT_FROM}|{_AN_ENGLISH_NAME_ENDING_THE_LINE}))"),
    # a user's handle in small letters before a stamp (`maomaobear 2015-06-19 11:20:11`)
    ("byline", False, r"(?P<author>[a-z][a-z0-9_.-]{2,30})(?=\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})"),
    # `Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET`, `Saibal Dasgupta / TNN / Updated: Oct 9, 2019`,
    # `TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025`,
    # `New Delhi, News Nation Bureau | Updated : 19 November 2019`, `Press Trust of India | Gandhinagar Last Updated at
    # January 18, 2019`: names set off before a labelled date, the second maybe a place with no mark after it
    ("byline", False, rf"(?!\d)(?P<author>{UNLABELLED_NAME}(?:,\s*{UNLABELLED_NAME})?)(?=\s*[·•|｜/／]\s*"
                      rf"(?:(?:{UNLABELLED_NAME}|{_A_SITES_NAME})\s*[·•|｜/／]\s*|{_FILED_FROM})?"
                      rf"{LABEL_PREFIXES}?(?:{PUBLISHED_LABELS}\s*[:：]?\s*(?:(?:at|on)\s+)?{DATETIME_TEXT}"
                      rf"|{UPDATE_LABELS}\s*[:：]?\s*(?:(?:at|on)\s+)?(?:{DATETIME_TEXT}|{RELATIVE_TIME_TEXT})))"),
    # … or with no mark between, in capitals before the label and its colon (`CBC News Posted: Oct 05, 2017 7:25 PM CT`)
    # (or no colon and `on`: `Jane Doe, AFP India Published on Wednesday 2 March 2022 at 07:11`)
    ("byline", False, rf"(?P<author>{ENGLISH_NAMES})(?=\s+(?:Posted|Published|First published)\s*(?::|\s+on)\s*{DATETIME_TEXT})"),
    # the site's address before its stamp (`http://www.sina.net 2005年03月21日 11:21`, `AUTO.SOHU.COM 2003年…`)
    ("source", False, r"(?:(?P<outlet>[\u3400-\u9fff]{2,8})\s+)?"
                      r"(?:https?://\S+|(?:[A-Za-z0-9-]+\.)+(?:com|net|org|cn|COM|NET|ORG|CN)(?:\.cn)?/?)(?=\s)"),
    # the outlet in brackets before its stamp (`(People's Daily Online) 11:35, November 23, 2022`)
    ("source", False, rf"[(（](?P<outlet>[A-Z][\w'’&.]*(?: [A-Z][\w'’&.]*){{0,4}})[)）](?=\s*{DATETIME_TEXT}\s*$)"),
    # the outlet and, in brackets, where the story was filed, before its stamp (`CNNMoney (New Delhi) October 20, 2015`)
    ("source", False, rf"(?P<outlet>[A-Z][\w'’&.]*(?: [A-Z][\w'’&.]*){{0,4}})\s*[(（][A-Z][\w.'’ -]{{1,30}}[)）]"
                      rf"(?=\s*{DATETIME_TEXT}\s*$)"),
    ("dateline", False, rf"(?:[(（\[【]\s*)?(?P<date>{DATETIME_TEXT})(?:\s*[)）\]】])?"),  # ( 2025-07-09 )
    ("dateline", False, rf"(?P<yearless>{YEARLESS_DATE_TEXT})"),
    ("dateline", False, rf"{TIME_TEXT}(?![\w:])"),  # `1:39 PM ET` alone under the headline
    ("byline", True, _SENT_FROM),
    # after a stamp: the outlet in title marks (`《理财周刊》`), the writer in brackets (`[ 黄宇 ]`)
    ("source", False, r"《(?P<outlet>[^《》\s]{2,20})》(?:官方账号|官方帳號|官方网站|官方網站|客户端|客戶端)?"),
    ("byline", False, r"\[\s*(?P<author>[\u3400-\u9fff·]{2,6})\s*\]"),
    # a pager (`第1页/共1页 << 上一页 | 下一页 >>`)
    ("navigation", True, r"(?:第\s*\d+\s*页\s*/\s*)?共\s*\d+\s*页|<{1,2}\s*上一页|下一页\s*>{1,2}"),
    # a wire story's dispatch after its stamp (`2018-02-28 14:31 中央社 澎湖縣28日電`): the day it was filed
    ("source", True, _DISPATCH),
    # a Chinese name after the date, ending the line (`2019-09-26 10:56:28 证券时报网`): only after a date
    # (`2019年09月09日 20:52 新浪财经-自媒体综合`, `2019-09-08 11:42:03  青柠荔 2小时前`, `2019年09月11日富达传媒时政新闻 1665 0`)
    # or before a label or the place a post was sent from (`2024年05月16日 17:02 新京报作者：新京报`,
    # `2022-06-02 09:52:19政能亮 来自北京市`)
    # the outlet, its microblog's link and the writer, after a portal's stamp (`环球时报[微博]单仁平`)
    ("source", False, r"(?P<outlet>[\u3400-\u9fff]{2,12}?)[\[【](?:微博|微信)[\]】](?:\s*(?P<author>[\u3400-\u9fff·]{2,4}))?"
                      r"(?=\s*(?:$|[|｜]))"),
    # reporters' names after a stamp, before how they reported (`2014/03/19 18:58 彭佳芸 黃翊真 報導`)
    ("after-date", False, r"(?P<author>[\u3400-\u9fff·]{2,4}(?:[ \u3000][\u3400-\u9fff·]{2,4}){0,3})[ \u3000]+(?:报道|報導)"),
    ("after-date", False, rf"(?P<author>[\u3400-\u9fff·][\u3400-\u9fff·\-－—]{{1,15}}?)"
                          rf"(?=(?:\s+(?:\d{{1,7}}|{RELATIVE_TIME_TEXT}))*\s*$|\s*{ANY_LABEL}\s*[:：]|\s*{_SENT_FROM}"
                          rf"|\s+{_DISPATCH}\s*$|\s*(?:记者|記者)[\u3400-\u9fff])"),
    # and an English name set off after it (`October 14, 2009 | Marc Lifsher`, `Apr 1, 2014 | Sapa`)
    ("after-date", False, r"(?P<author>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){0,3})$"),
    ("recommended", False, RELATIVE_TIME_TEXT),
)

# --- Whole lines: (kind, where, pattern), matched whole. -------------------------------------------------
# where: "anywhere", or "edge" (near the top or the foot of the story, see furniture.py).

SOCIAL_NETWORKS = words(
    "微信", "微博", "朋友圈", "QQ空间", "QQ空間", "QQ", "豆瓣", "知乎", "抖音", "今日头条", "Facebook", "Twitter", "X",
    "LinkedIn", "WhatsApp", "Telegram", "Reddit", "Pinterest", "Flipboard", "Email", "E-mail", "Mail", "Print",
    "Qzone", "QQ好友", "新浪微博", "腾讯微博", "騰訊微博", "易信", "人人网",
    "Copy link", "Copy Link", "复制链接", "複製連結", "复制网址", "打印", "列印", "Line", "Weibo", "WeChat",
)
#: The buttons of a share bar, each maybe after its count.
SHARE_BUTTONS = r"(?i:connect|tweet|linkedin|comment|email|share|pin|facebook|twitter|reddit|whatsapp|print|more)s?"
SHARE_LABELS = words("分享到", "分享至", "分享", "转发到", "轉發到", "Share", "Share this", "Share this article",
                     "Share this story", "Share on", "Share via", "Share article")
RECOMMENDED_HEADINGS = words(
    "其他文章推荐", "其他文章推薦", "推荐阅读", "推薦閱讀", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "相关新闻", "相關新聞",
    "相关文章", "相關文章", "相关报道", "相關報導", "相关推荐", "相關推薦", "热门文章", "熱門文章", "热门推荐", "熱門推薦",
    "热点推荐", "熱點推薦", "往期回顾", "往期回顧", "往期推荐", "往期推薦", "猜你喜欢", "猜你喜歡", "更多阅读", "更多閱讀",
    "精彩推荐", "精彩推薦", "今日推荐", "今日推薦", "热门", "熱門", "排行榜", "阅读排行", "閱讀排行", "快讯", "快訊", "今日关注", "今日關注",
    "即时新闻", "即時新聞", "最新新闻", "最新新聞", "更多新闻", "更多新聞", "其他人也在看", "大家都在看", "热榜", "熱榜",
    "Related", "Related articles", "Related stories", "Related coverage", "Related news", "Related content",
    "Related posts", "Related reading", "Read more", "Read next", "More stories", "More on this story",
    "You may also like", "You might also like", "Recommended", "Recommended for you", "Recommended reading",
    "Most read", "Most popular", "Most viewed", "Trending", "Trending now", "See also", "Also read", "Further reading",
    "Top stories", "Latest news", "Editor's picks", "Related items", "Latest posts", "Recent posts", "Popular posts",
    "More news", "More stories like this", "More stories like this one", "More like this", "Stories you may like",
    "Related events", "Related videos", "Related topics", "Upcoming events", "Popular news", "Popular stories",
    "More from category", "More from this section",
)
NAVIGATION_PHRASES = words(
    "返回顶部", "返回頂部", "回到顶部", "回到頂部", "返回首页", "返回首頁", "返回列表", "返回目录", "打开APP", "打開APP",
    "打开App", "下载APP", "下載APP", "点击进入", "點擊進入", "关注我们", "關注我們", "扫码关注", "掃碼關注", "长按识别二维码",
    "長按識別二維碼", "Back to top", "Skip to content", "Skip to main content", "Open in app", "Sign in", "Log in",
    "Subscribe", "Subscribe now", "Sign up", "Follow us", "Menu", "Search", "Advertisement", "ADVERTISEMENT",
    "广告", "廣告", "Loading", "加载中", "載入中", "首页", "首頁", "Home",
)
CAPTION_LABELS = words(
    "资料照", "資料照", "资料图", "資料圖", "资料图片", "資料圖片", "资料照片", "資料照片", "图", "圖", "图片", "圖片", "图为",
    "圖為", "配图", "配圖", "图片来源", "圖片來源", "图源", "圖源", "摄影", "攝影", "摄", "攝", "视频", "視頻", "影片",
    "Photo", "Photos", "Photograph", "File photo", "File image", "Image", "Images", "Picture", "Pictured", "Credit",
    "Photo credit", "Image credit", "Illustration", "Video", "Source image",
)
PHOTO_AGENCIES = words("Getty Images", "Reuters", "AP", "AFP", "EPA", "Xinhua", "Shutterstock", "Alamy", "Bloomberg",
                       "新华社", "新華社", "中新社", "视觉中国", "視覺中國", "东方IC", "東方IC", "IC photo")

#: How a picture agency's caption starts: place and day in capitals (`WASHINGTON, DC - MARCH 21: `).
AGENCY_CAPTION_START = (
    r"[A-Z][A-Z .'’-]{2,40}(?:,\s+[A-Z][A-Z .'’-]{1,30})?\s+[-–—]\s+"
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s+\d{4})?:\s"
)
#: How a copyright notice starts, and how a teaser of another article ends: furniture that may run longer
#: than a line (furniture.py lets such lines through up to LONG_FURNITURE_MAX_CHARS).
COPYRIGHT_START = r"(?:©|Copyright\s*(?:©|\d{4}))"
BYLINE_WITH_A_NOTE = r"By\s+(?P<author>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?:a|an|the)\s"
PRINT_NOTE_START = (r"\*?\s*(?:A version of )?[Tt]his (?:article|story|column|piece) (?:first )?(?:appears|appeared) in (?:the )?"
                    r"(?:print|[^.]{1,40}? (?:issue|edition) of)")
CHINESE_TEASER_END = r"(?:\.\.\.|…)\s*(?:更多|(?:閱讀|阅读|詳|详)?全文)"
TEASER_END = rf"(?:(?:\.\.\.|…)\s*(?:more|More|MORE|read more|Read more|Read More|»|›)|{CHINESE_TEASER_END})"
#: The buttons under a comment (`举报 赞 回复`).
COMMENT_BUTTONS = words("举报", "舉報", "赞", "讚", "回复", "回覆", "踩", "顶", "頂", "收藏", "分享")

LINES = (
    # a wire's Chinese byline: the day (or the last change), the outlet in its brackets, the writers, where they
    # filed from (`2015年12月23日英国《金融时报》 劳拉•努南 伦敦 , 尼科尔•布洛克 纽约报道`)
    ("byline", "anywhere", rf"(?:(?P<date>{DATETIME_TEXT})|{RELATIVE_TIME_TEXT})\s*[\u3400-\u9fff]{{0,3}}"
                           r"《(?P<outlet>[^《》\s]{2,20})》\s*(?P<author>[^《》\n]{1,60}?)\s*(?:报道|報導|报导|撰稿|编译|編譯)"),
    # … its writer alone, over the story (`6天前英国《金融时报》 Ming Liu`)
    ("byline", "edge", rf"(?:(?P<date>{DATETIME_TEXT})|{RELATIVE_TIME_TEXT})\s*[\u3400-\u9fff]{{0,3}}"
                       r"《(?P<outlet>[^《》\s]{2,20})》\s+(?P<author>[^《》\n]{1,40})"),
    ("byline", "anywhere", rf"{UPDATE_LABELS}\s*[:：]?\s*(?P<update>{DATETIME_TEXT})\s*[\u3400-\u9fff]{{0,3}}"
                           r"《(?P<outlet>[^《》\s]{2,20})》\s*(?P<author>[^《》\n]{1,60}?)\s*(?:报道|報導|报导|撰稿|编译|編譯)"),
    # … and over a column, the page's age when it was saved and who wrote it (`2天前 FT中文网专栏作家 徐瑾`), or the last
    # change and who wrote it (`更新于2022年7月14日 11:51 穆罕默德•埃里安`)
    ("byline", "edge", r"[0-9]{1,2}\s*(?:天|小时|小時|分钟|分鐘)前\s+(?P<author>[^\s\d，。,.][^，。！？!?]{1,40})"),
    ("byline", "anywhere", rf"{UPDATE_LABELS}\s*[:：]?\s*(?P<update>{DATETIME_TEXT})\s+"
                           r"(?P<author>(?=[^，。！？]*[\u3400-\u9fff])[A-Za-z\u3400-\u9fff][^，。！？.]{1,40})"),
    # an embedded post's signature (`— Tzippy Yarom (@zpyarom) December 19, 2016`, `A post shared by Kim
    # (@kim) on Dec 5, 2016 at 9:10am PST`): the post's date, not the story's
    ("embed", "anywhere", rf"(?:[—–-]\s*|A post shared by\s+).{{0,80}}\(@\w{{1,30}}\)\s*(?:on\s+)?"
                          rf"(?:{DATETIME_TEXT}|{YEARLESS_DATE_TEXT})"),
    # a notice that starts as one, however long (`© 2022, Example.com. This article is the copyrighted property …`)
    ("copyright", "anywhere", r"(?:©|\(c\)|\(C\)|(?:Copyright|COPYRIGHT)\s*(?:©|\(c\)|\d{4})|版权所有|版權所有).{0,600}"),
    ("copyright", "anywhere", r".{0,100}(?:All [Rr]ights [Rr]eserved|版权所有|版權所有)[.。]?.{0,60}"),
    ("copyright", "anywhere", r".{0,80}(?:未经|未經)(?:本\S{1,6})?(?:授权|授權|许可|許可|同意).{0,20}"
                              r"(?:不得|禁止|严禁|嚴禁|谢绝|謝絕).{0,40}"),
    ("copyright", "anywhere", r"(?:转载请注明|轉載請註明|如需转载|如需轉載|转载请联系|轉載請聯繫|欢迎转发|歡迎轉發).{0,100}"),
    # a repost's note, with the day it was reposted (`(博讯北京时间2010年5月25日 转载)`)
    ("copyright", "anywhere", rf"[(（][^()（）]{{0,20}}?{DATETIME_TEXT}\s*(?:转载|轉載)\s*[)）]"),
    ("copyright", "anywhere", r"(?:本文|本稿|此文)(?:系|为|為|是|由).{0,60}(?:原创|原創|独家|獨家|授权|授權|供稿).{0,80}"),
    ("share", "anywhere", rf"{SHARE_LABELS}\s*[:：]?(?:\s*[|｜/·、,，]?\s*{SOCIAL_NETWORKS})*\s*"),
    ("share", "anywhere", rf"{SOCIAL_NETWORKS}(?:\s*[|｜/·、,，]?\s*{SOCIAL_NETWORKS})+"),
    # a share bar with its counts (`1955 CONNECT 220 TWEET 70 LINKEDIN 193 COMMENTEMAILMORE`): no year in it
    ("share", "anywhere", rf"(?:\d[\d,.]*[KkMm]?\s*)?{SHARE_BUTTONS}(?:\s*(?:\d[\d,.]*[KkMm]?\s*)?{SHARE_BUTTONS}){{2,}}"),
    # a blog engine's line of the post's date, author and tags, with its comments closed (`January 30, 2022 jdoe
    # Health, World Comments Off on Are these drugs effective?`)
    ("share", "anywhere", r".{0,200}\bComments Off on\b.{0,300}"),
    # a poll's counter of its voters (`5k+ users already voted today`, `3k+ users shared opinion today`)
    ("share", "anywhere", r"\d[\d,.]*[KkMm]?\+?\s+(?:users|readers)\s+(?:have\s+)?(?:already\s+)?"
                          r"(?:voted|shared\s+(?:their\s+)?opinions?|responded|took\s+part)(?:\s+(?:today|so\s+far))?"),
    # a comment section: its counts and buttons (`1477 跟贴1477`, `举报赞回复`), a comment signed by its poster
    ("share", "anywhere", r"(?:\d+\s*)?(?:跟贴|跟帖|評論|评论|回复|回覆)\s*\d+"),
    ("share", "anywhere", rf"(?:(?:{COMMENT_BUTTONS}|查看回复|我要评论|发表评论|發表評論|顶|踩)\s*[\d,]*\s*){{1,6}}"),
    ("comment", "anywhere", r".{0,300}(?:[\[【][^\[\]【】]{1,30}(?:网友|網友)[\]】]|(?:网友|網友)ip[:：][\d.*]+).{0,25}"),
    # a comment's stamp and buttons (`今天20:58举报赞38回复`)
    ("comment", "anywhere", r"(?:今天|昨天|前天|\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})?\s*\d{1,2}:\d{2}(?::\d{2})?\s*"
                            rf"(?:(?:{COMMENT_BUTTONS}|[\d,]+)\s*)*{COMMENT_BUTTONS}"),
    # a question's, an answer's or a comment's stamp on a forum (`asked Feb 6, 2014 at 20:37`, `edited 2 hours ago`)
    ("comment", "anywhere", rf"(?:asked|answered|edited|commented|replied|modified)\s+"
                            rf"(?:{DATETIME_TEXT}|{YEARLESS_DATE_TEXT}|{RELATIVE_TIME_TEXT})(?:,?\s+(?:at\s+)?{TIME_TEXT})?"),
    # a listed article's section and age (`Energy & Environment / 3 days ago`, `Rising / 4 days ago`)
    ("recommended", "anywhere", rf"[A-Z][\w&,'’ -]{{1,40}}\s+/\s+{RELATIVE_TIME_TEXT}"),
    # the page's offers, maybe after their pitch: a subscription (`… Start your Premium subscription today.`), the
    # next day's paper (`… See tomorrow's paper for your voucher.`)
    ("navigation", "anywhere", r"(?:[^\n]{0,300}?[.!?]\s+)?(?:Start|Begin|Get|Take out)\s+(?:your|a|an)\s+[^.!?]{0,40}?\bsubscription\b[^.!?]{0,30}\.?"),
    ("navigation", "anywhere", r"(?:[^\n]{0,300}?[.!?]\s+)?See (?:tomorrow|today|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday)['’]s"
                               r" (?:paper|edition|issue|magazine)\b[^.!?]{0,60}\.?"),
    # … or its age alone on a line (`3 days ago`), or before its section (`2 days ago Shopping Essentials`)
    ("recommended", "anywhere", r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
                                r"(?:\s+[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,3})?"),
    # a comment's stamp on a line of its own, its buttons on the next (`昨天 22:17`, `3小时前`)
    ("comment", "anywhere", r"(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|\d{1,2}\s*(?:分钟|小时|小時|分鐘)前"),
    # a share bar set a button a line (`微信`, `微博`, `Qzone`, `评论`), and its `关注新华网` / `Follow CNN`
    ("share", "edge", rf"{SOCIAL_NETWORKS}|Qzone|评论|評論|Comments?|(?:关注|關注|Follow)\s?\S{{1,12}}"
                      r"|图集|圖集|[+＋]\d|\d+\s*(?:评论|評論|comments?)"),
    # a Chinese menu printed as words apart (`时政 地方 法治 …`): Chinese sets no spaces between words
    ("navigation", "edge", r"[\u3400-\u9fff]{1,6}(?:[ \u3000]+(?:[\u3400-\u9fff]{1,6}|[A-Z/]{2,6})){5,40}"),
    ("navigation", "anywhere", rf"{NAVIGATION_PHRASES}(?:\s*[>»›]+)?"),
    # the links to the article before and after this one, maybe after the share bar's label (`Save & Share:
    # Previous: August 24 primary live blog`)
    ("navigation", "anywhere", r"(?:Save & Share:\s*)?(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁|上一條|下一條|上一条|下一条"
                               r"|Previous(?: article| story| post)?|Next(?: article| story| post)?)\s*[:：].{0,100}"),
    ("navigation", "edge", r"(?:当前位置|您的位置|你的位置|您现在的位置|現在位置|目前位置|所在位置)\s*[:：]\s*[^>»›]{1,24}"
                           r"(?:\s*[>»›]\s*[^>»›]{1,30}){0,6}"),
    # the page's date glued to its section's name (`2018-08-02港聞`), not to a part of the day (`2018-08-02晚上`)
    ("dateline", "edge", r"(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*(?!上午|下午|中午|晚上|晚間|晚间|凌晨|早上|清晨|傍晚|深夜)"
                         r"[\u3400-\u9fff]{2,4}"),
    # the page's clock (`香港時間：2017年09月10日 星期日`): the day it was read, which dates nothing
    ("navigation", "edge", rf"(?:香港|北京|台北|臺北|澳门|澳門|新加坡)(?:时间|時間)\s*[:：]\s*{DATETIME_TEXT}"),
    ("navigation", "edge", r"[^>»›]{1,16}(?:\s*[>»›]\s*[^>»›]{1,30}){1,6}"),
    ("navigation", "edge", r"[^|｜\s](?:[^|｜]{0,18}[^|｜\s])?(?:\s*[|｜]\s*[^|｜\s](?:[^|｜]{0,18}[^|｜\s])?){2,12}"),
    ("caption", "anywhere", rf"{CAPTION_LABELS}\s*[:：/|｜].{{0,200}}"),
    ("caption", "anywhere", r"(?:图为|圖為|上图|上圖|下图|下圖|左图|左圖|右图|右圖|图片为|圖片為).{0,150}"),
    # a photo's caption under its mark (`△2020年6月13日，已被封锁的北京新发地农产品市场。`): one sentence
    ("caption", "anywhere", r"[△▲]\s*[^。！？!?\n]{2,120}[。！？!?]?"),
    # a reference to another article: its title, outlet and day (`《我们需要怎样的感恩教育》, 光明日报, 2017-6-12`)
    ("recommended", "anywhere", rf"《[^《》]{{2,60}}》\s*[,，.。]\s*[^\s,，.。]{{2,20}}\s*[,，.。]\s*{DATETIME_TEXT}[。.]?"),
    ("caption", "anywhere", rf".{{0,120}}[(（][^()（）]{{0,60}}(?:摄|攝|供图|供圖|图|圖|Photo|{PHOTO_AGENCIES})"
                            r"[^()（）]{0,40}[)）]"),
    # a photographer's credit with the agency (`… in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)`)
    ("caption", "anywhere", rf".{{0,200}}[(（][^()（）/]{{2,60}}/\s*(?:{PHOTO_AGENCIES})(?:\s*Photo)?\s*[)）]"),
    # a picture's credit with the day it was taken, after its caption (`… and a man. (Texas Department of Criminal
    # Justice / September 16, 2011)`)
    ("caption", "anywhere", rf".{{0,300}}[(（][^()（）/]{{2,60}}(?:/[^()（）/]{{2,60}})?/\s*{DATETIME_TEXT}\s*[)）]"),
    # a picture agency's caption: place and day in capitals (`WASHINGTON, DC - MARCH 21: House Speaker Paul Ryan …`)
    ("caption", "anywhere", rf"{AGENCY_CAPTION_START}.{{10,600}}"),
    # … with the agency first, or after the photographer's own agency (`(AP/Kate Payne)`, `(Alicia Devine/USA TODAY
    # NETWORK via Imagn Images via REUTERS)`)
    ("caption", "anywhere", rf".{{0,300}}[(（](?=[^()（）]*/)(?=[^()（）]*(?:\b(?:{PHOTO_AGENCIES}|Images|Photo)\b))"
                            r"[^()（）]{3,120}[)）]"),
    ("caption", "anywhere", r"(?:File photo|File image|A file photo|Photo illustration)\b.{0,200}"),
    # a wire photo's caption that opens with the day it was taken (`In this July 9, 2014, file photo, a sign warns …`,
    # `This June 25, 2002, file photo shows …`)
    ("caption", "anywhere", rf"(?:In )?[Tt]his (?:{DATETIME_TEXT}|{YEARLESS_DATE_TEXT}),? (?:file |handout |undated )?"
                            r"(?:photo|image|picture|photograph|frame grab)\b.{0,300}"),
    # … or with the day after it (`In this photo made Nov. 4, 2009, …`, `In this image taken on June 3, …`)
    ("caption", "anywhere", rf"(?:In )?[Tt]his (?:file )?(?:photo|image|picture|photograph) (?:made|taken|released|provided)"
                            rf"(?: on)? (?:{DATETIME_TEXT}|{YEARLESS_DATE_TEXT}),.{{0,300}}"),
    # a wire picture's caption cut short under its agency's credit (`AP – Haitian lawyer … speaks to reporters, Thursday, …`)
    ("caption", "anywhere", rf"(?:{PHOTO_AGENCIES})\s+[–—-]\s+.{{10,300}}…"),
    # a photo's caption signed by its photographer, no brackets (`2月18日，北京故宫午门调试灯光。中新社记者 杜洋 摄`), maybe
    # with the day it was taken (`中央社記者侯文婷攝 110年3月18日`), or by the reporter who faxed it, with its date
    # (`…命喪火窟。（消防局提供）中央社記者邱俊欽桃園傳真 105年3月19日`)
    ("caption", "anywhere", r".{0,150}(?:记者|記者|通讯员|通訊員|摄影|攝影)[ \u3000]*"
                            r"[\u3400-\u9fff·]{2,4}(?:[ \u3000][\u3400-\u9fff·]{2,4})?[ \u3000]*(?:翻摄|翻攝|摄|攝)"
                            r"(?:[ \u3000]*\d{2,4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*[日号號])?"),
    ("caption", "anywhere", r".{0,150}(?:记者|記者)[\u3400-\u9fff·]{2,10}(?:传真|傳真)[ \u3000]*"
                            r"\d{2,4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*[日号號]"),
    # `LATEST NEWS` too, and after a site's initials (`ET快訊`)
    ("recommended", "anywhere", rf"(?:[A-Z]{{1,4}}\s?)?(?i:{RECOMMENDED_HEADINGS})\s*(?:[:：]|\.\.\.|…)?"),
    # a writer's other posts (`Latest posts by Brian Jackson (see all)`)
    ("recommended", "anywhere", r"(?:Latest|Recent) (?:posts|articles|stories) (?:by|from) [^.!?]{2,60}"),
    # an item of a list of other articles: a headline and the day it was published (`基金互认今日启动 2015/07/01`),
    # or its count of comments (`收评：沪指暴跌5.77% 评论19064条`)
    ("recommended", "anywhere", r"(?![\d(（])[^。\n]{10,80}(?<![网網报報社台])\s+\d{4}/\d{1,2}/\d{1,2}"),
    # or its date glued to its headline (`2021-01-19南通如何预防白癜风的出现?`): a story sets a comma or a space there
    ("recommended", "anywhere", r"\d{4}-\d{1,2}-\d{1,2}(?=[\u3400-\u9fff])[^。，,；;：:\n]{4,60}"),
    ("recommended", "anywhere", r"[^。！？!?\n]{6,80}?\s*(?:评论|評論)\s*\d+\s*条"),
    # a teaser of another article: its first words cut off, and a link to the rest
    ("recommended", "anywhere", rf".{{10,400}}?{TEASER_END}"),
    ("recommended", "anywhere", r"[^\"“”]{40,400}\s(?:the|a|an|of|in|to|for|and|with|on|at|by|from|that|which|is|are|was)"
                                r"(?:\.\.\.|…)"),
    ("recommended", "anywhere", r"(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|(?i:Related|Read more|See also|Also read))"
                                r"\s*[:：].{1,100}"),
    # an update's note, dated, however long (`UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with further …`)
    ("update", "anywhere", rf"(?:UPDATE|Update|UPDATED|Updated)\s*[:：,]\s*(?P<update>{DATETIME_TEXT}"
                           rf"|{YEARLESS_DATE_TEXT}(?:,?\s+(?:at\s+)?{TIME_TEXT})?)\s*[:：]?\s+[A-Z].{{0,600}}"),
    # … or in brackets among a page's short notes (`_(网文转载) (Modified on 2010/5/25) (博讯 boxun.com)`)
    ("update", "anywhere", rf".{{0,40}}[(（]\s*(?:Modified|Updated|Last modified|Last updated)\s+(?:on\s+)?"
                           rf"(?P<update>{DATETIME_TEXT})\s*[)）].{{0,40}}"),
    # … or an editor's note of what an update changed (`Updated July 16, 2021 to reflect the journal's retraction`)
    ("update", "anywhere", rf"(?:UPDATE|Update|UPDATED|Updated)\s+(?:on\s+)?(?P<update>{DATETIME_TEXT})\s*,?\s+to\s+"
                           r"(?:reflect|include|correct|clarify|add|note|remove|show|update|say)\b.{0,600}"),
    # a syndicated story's note (`This story originally appeared on Reuters`)
    # … with the print edition's and the last change's notes after it (`… A version appeared in the Guardian on
    # Saturday 28 January 2012. It was last modified at 16.44 GMT on Friday 27 January 2012.`)
    ("share", "anywhere", rf"{ARTICLE_NOTE}.{{1,80}}"
                          r"(?:\s+(?:A version|It) (?:appeared|ran|was (?:last )?(?:modified|updated)) .{1,100}){0,3}"),
    # a note that the article was changed, after the time it was (`9:09 a.m.: This article has been updated to …`)
    # (`March 2, 2022 This article was amended to correct typos`)
    ("update", "anywhere", rf"(?:(?P<update>{DATETIME_TEXT}|{TIME_TEXT})(?:\s*[:：]\s*|\s+(?=This\s)))?(?:This|The) (?:article|story|post|report)"
                           r" (?:has been|was|had been) (?:updated|corrected|amended|revised)\b.{0,600}"),
    # a correction's note about the article, however long (`Correction: This article originally linked to …`)
    ("update", "anywhere", r"(?:Corrections?|CORRECTIONS?|Clarification|CLARIFICATION)\s*[:：]\s*(?:This|An earlier|A previous)"
                           r" (?:version of this )?(?:article|story|post)\b.{0,600}"),
    # a correction's note, dated, however long (`Correction, Nov. 11, 2014: This article originally stated …`,
    # `Clarification, Sept. 8: We updated the story …`)
    ("update", "anywhere", rf"(?:Corrections?|CORRECTIONS?|Clarification|CLARIFICATION)[,:]?\s+(?P<update>{DATETIME_TEXT}|{YEARLESS_DATE_TEXT})"
                           r"\s*[:：].{0,600}"),
    ("source", "edge", r".{0,40}(?:版|刊|报|報|周刊|週刊|杂志|雜誌)\s*(?:\d{4}\s*年\s*)?(?:第\s*)?\d{1,4}\s*期.{0,20}"),
    ("source", "edge", r".{0,40}\d{4}\s*年\s*(?:第\s*)?\d{1,4}\s*期.{0,20}"),
    # a magazine's issue, after the month it came out (`November 2000, Volume 134, Issue 5`)
    ("source", "edge", rf"(?:{MONTH_NAME_TEXT}\s+\d{{4}},?\s*)?(?:Issue|Vol\.|Volume)\s*\d+.{{0,40}}"),
    # a writer, a day of numbers with a two-digit year and its time, set off by commas (`Scott Reeves , 01.28.05,
    # 10:08 AM ET`): not a place's name before a date (`Paris, France, March 3, 2017`)
    ("byline", "edge", rf"(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}})\s*,\s*"
                       rf"(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{2}},\s*{TIME_TEXT})"),
    # an account's name and its post's age alone under the headline (`广西新闻频道 Today`, `红星新闻 3小时前`): the
    # age was the page's when it was saved, no date of the story
    ("source", "edge", rf"(?P<outlet>[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9·]{{1,15}})[ \u3000]+(?i:{RELATIVE_TIME_TEXT})"),
    # a byline that goes on about the writer (`By Alex Heath, a deputy editor and author of …`)
    ("byline", "edge", rf"{BYLINE_WITH_A_NOTE}.{{0,300}}"),
    # the print edition's note (`A version of this article appears in print on …, on Page A1 …`)
    ("source", "anywhere", rf"{PRINT_NOTE_START}.{{0,400}}"),  # wherever it stands: no story says so of itself
    # … in Chinese, the paper's day where the whole report is (`完整报道，请翻阅2018年9月19日的《新明日报》。`)
    ("source", "anywhere", r"(?:完整|详细|詳細|更多)(?:报道|報道|報導|内容|內容)\s*[,，:：]?\s*(?:请|請)"
                           r"(?:翻阅|翻閱|参阅|參閱|阅读|閱讀|查阅|查閱|留意|见|見).{0,80}"),
    # a date line after the outlet's name (`CNNMoney (New York) First published February 1, 2016: 1:28 AM ET`)
    ("dateline", "edge", rf"[^.!?]{{1,60}}?\s(?:First published|Published|Posted)(?: on)?\s+(?P<date>{DATETIME_TEXT})"
                         r"[\s:,]*(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[A-Z]{0,4})?"),
    ("byline", "edge", r"【\s*(?:文|作者|撰文)\s*[/／:：|｜]\s*(?P<outlet>[^\s】/／]+)\s+(?P<author>[^】]+?)\s*】"),
    ("byline", "edge", r"[【\[]\s*(?:文|作者|撰文)\s*[/／:：|｜]\s*(?P<author>[^\s】\]]+)\s*[】\]]"),
    ("byline", "edge", r"(?:文|作者|撰文)\s*[/／|｜]\s*(?P<author>[^\s/／]{1,20}(?:\s[^\s/／]{1,20}){0,2})"),
    ("byline", "edge", r"[(（]\s*(?:记者|記者|文|作者)\s*[:：]?\s*(?P<author>[^()（）]{1,40}?)\s*[)）]"),
)

#: In HTML, a block made of this many links and nothing else, near the top or the foot, is a menu.
MENU_MIN_LINKS = 2
#: A "most read" list printed as ranks and headlines, a piece each, has at least this many ranks in a row.
RANKED_LIST_MIN_ITEMS = 3
#: A list of other articles printed as teasers cut off with "…" has at least this many in a row.
TEASER_LIST_MIN_ITEMS = 3
#: A list of other articles printed as their headlines, each with its date (`中国走红同性恋题材网络剧被迫下架2016年2月24日`,
#: `延迟退休政策2017年正式出台 2016/02/16`,
#: `(2025年1月12日)  被传有大马血统可被归化`, `2025-02-26 17:04:10  当心泄密！`), or in English as headlines in
#: title case, has at least this many in a row …
HEADLINE_LIST_MIN_ITEMS = 3
#: … or as a headline, its first words and a dated byline under them, at least this many.
BYLINED_TEASER_LIST_MIN_ITEMS = 2
#: Blocks made of links only, this many in a row, are a list (other articles' headlines, a ticker, a menu).
LINK_LIST_MIN_ITEMS = 4
#: A listed article's first words under its stamp are at most this long.
TEASER_MAX_CHARS = 300
#: How many lines of a photo's caption may stand between the photo and its credit.
CAPTION_MAX_LINES = 2
#: A gallery's slides each open with their count (`1/50 United goin down`, `3 of 12`): this many counting up
#: by one are a slideshow.
SLIDESHOW_MIN_SLIDES = 3
ENGLISH_HEADLINE_LIST_MIN_ITEMS = 4
#: In a headline in title case, at least this share of the words of four letters or more are capitalised.
TITLE_CASE_SHARE = 0.75
#: … each one of these.
#: A list's date under or over its headline: `2023/07/26`, `2023-07-26 09:30`, `2023年7月26日`, `July 26, 2023`,
#: `December 2025`.
DATE_ALONE = (
    r"\(?(?:\d{1,2}:\d{2}\s*(?=\d{4}[-/.]))?"  # its time before it, maybe glued on (`11:142018/09/12`)
    r"(?:\d{4}(?P<separator>[-/.])\d{1,2}(?P=separator)\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\)?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
)
DATED_HEADLINE = (
    r"[^。\n]{6,80}?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\s\d{4}/\d{1,2}/\d{1,2}"
    r"|\s\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)"
    r"|\d{4}/\d{1,2}/\d{1,2}\s{2,}[^。\n]{2,80}"
    r"|[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*[^。\n]{4,80}"
    r"|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s{2,}|\s*[·•]\s*)[^。\n]{4,80}"
    r"|[^。\n]{6,80}?[\u3400-\u9fff！？」』）]\d{1,2}:\d{2}"  # the day's list, by the hour: `新樂園同日開幕18:41`
    # a headline and its stamp (`Austere budget spares the middle class Thursday, Mar. 04, 2010 10:37PM EST`,
    # `Neustar and Limelight partner up to fight DDoS - May 24, 2016`, `回嗆網友：無腦(2013-11-29 20:18)`)
    rf"|[^\n]{{10,150}}?(?:\s+[-–—|｜]\s+|\s|[(（]){DATETIME_TEXT}[)）]?"
)
#: A list after a "recommended" heading goes on while its lines are this short and not story.
RECOMMENDED_ITEM_MAX_CHARS = 80
#: A line of story: at least this long and ending like a sentence, or longer than STORY_ANY_CHARS.
STORY_MIN_CHARS = 20
STORY_ANY_CHARS = 120
SENTENCE_END = "。！？!?.…"
#: The story's own paragraphs are longer: what is above the first and below the last is near the top
#: or the foot (at most EDGE_MAX_BLOCKS blocks), where a bare date or name may be furniture.
STORY_PARAGRAPH_MIN_CHARS = 40
EDGE_MAX_BLOCKS = 12
