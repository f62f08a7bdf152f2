"""Headlines and summaries for extracted events, written from the sentences that report them.

A headline is made the way a sub-editor makes one, in four steps:

1. Candidates: every clause of every sentence that reports the event, with its
   date expression, attribution (据…报道, according to …) and filler cut
   (`headline_candidates`); a clause that lost its subject to the clause before
   borrows it back ("…后，率先向阿帕奇披露了该漏洞" -> "阿里云率先向阿帕奇披露了该漏洞").
2. Style, always: aspect particles and adverbs before the verb go (披露了 -> 披露,
   曾发布 -> 发布), demonstratives after a verb go (披露该漏洞 -> 披露漏洞),
   parenthetical glosses go or give their short name ("阿里云计算有限公司（下称：阿里云）"
   -> "阿里云"), "organised by X" modifiers go, a long name gives way to a shorter
   name of the same entity that the sentence also uses; English headlines take the
   present tense and lose their leading article.
3. Fit, only when still too long (40 CJK / 100 Latin characters): a 《title》 is
   compressed to its topic and head noun (发布《关于阿帕奇Log4j2…的网络安全风险提示》 ->
   发布Log4j2网络安全风险提示), optional adverbs go, names are shortened from the
   whole event; as a last resort the text is cut at a word boundary, never mid-word
   and without an ellipsis.
4. Choice: the candidate with an act verb that is not negated, a named subject,
   more entities, no entity named twice, no reporting frame (X表示 / X said) and
   a headline's length wins.

The summary is the chosen sentence cleaned of its date, attribution and filler,
one or two sentences, at most about 120 characters in Chinese.

Words are data (the tables below). Chinese tables are written in simplified script;
text is matched in its simplified fold, so traditional sources are read by the same
tables and keep their own script in the headline.
"""
from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from dateline.patterns import alternation as _alternation

from .text import containment, features_of, is_latin_word_char, to_simplified

# --- Tables ------------------------------------------------------------------------------

#: Verbs that report an act: a clause with one (not negated) makes a headline, and a group
#: of mentions with none reports no act. Simplified script; traditional is matched too.
ACT_VERBS_ZH = (
    "暂停", "印发", "施行", "生效", "上线", "成立", "回应", "宣布", "披露", "处罚", "发布", "收到",
    "确认", "修复", "决定", "发现", "报告", "通报", "签署", "通过", "批准", "召开", "举行", "启动",
    "开始", "结束", "去世", "逝世", "当选", "辞职", "任命", "起诉", "判决", "逮捕", "爆发", "袭击",
    "推出", "上市", "收购", "公布", "出台", "实施", "下发", "提交", "致函", "约谈", "罚款", "关闭",
    "恢复", "颁布", "发出", "报送", "叫停", "撤销", "取消", "下架", "致歉", "道歉", "认错", "发表",
    "开通", "建成", "投产", "立案", "宣判", "出生", "完成", "开业", "创立", "创办", "设立",
    "表示",  # speech, weaker in a headline (SPEECH_VERBS_ZH), but a group that only says is no statistic
)
#: English act verbs, base form; every inflection is matched (release, releases, released, releasing).
ACT_VERBS_EN = (
    "announce", "publish", "release", "suspend", "issue", "launch", "respond", "fix", "patch",
    "report", "sign", "approve", "elect", "resign", "appoint", "sue", "arrest", "die", "kill",
    "open", "close", "fine", "acquire", "found", "establish", "discover", "disclose", "confirm",
    "reveal", "ban", "block", "order", "file", "rule", "pass", "adopt", "enact", "introduce",
    "unveil", "complete", "vote", "cancel", "postpone", "raid", "seize", "charge", "convict",
    "summon", "recall", "ground", "halt", "reject", "breach", "evacuate", "apologise",
    "apologize", "notify", "warn", "question", "start", "begin", "take effect", "walk out",
    "reach", "win", "lose", "sell", "buy", "hold",
)
#: Verbs of speech: "X表示…" reports what X said, which is weaker than what X did.
SPEECH_VERBS_ZH = (
    "表示", "称", "指出", "透露", "强调", "介绍", "认为", "宣称", "声称", "坦言", "直言", "回应称",
    "通报称", "公告称",
)
SPEECH_VERBS_EN = ("say", "tell", "state", "claim")
#: Verbs that frame what someone said or noticed: "X表示，…", "观察者网注意到，…" is no headline.
REPORTING_VERBS_ZH = SPEECH_VERBS_ZH + ("获悉", "注意到", "了解到", "发现", "显示", "提到", "写道")
REPORTING_VERBS_EN = SPEECH_VERBS_EN + ("note", "add", "write")
#: Other verbs after which 了 is an aspect particle and a demonstrative can go.
PLAIN_VERBS_ZH = (
    "进行", "作出", "做出", "获得", "出现", "提出", "采取", "达成", "迎来", "遭到", "受到", "引发",
    "造成", "导致", "接到", "成为", "作为", "获取", "通知", "报道", "上报", "共享", "更新",
)
#: Attribution a clause starts with: "据21世纪经济报道消息", "据了解", "消息称".
ATTRIBUTION_ZH = (
    r"据[^，,。；;]{0,24}?(?:报道消息|报道称|报道|报导|消息称|消息|介绍|了解|显示|称|表示|透露|统计|披露|通报|公告)",
    r"据了解", r"据悉", r"据报道", r"据介绍", r"据称", r"据透露", r"据统计", r"据说", r"另据",
    r"(?:有)?消息称", r"报道称", r"[^，,。]{0,12}?援引[^，,。]{0,24}?(?:报道|消息)",
)
ATTRIBUTION_EN = (
    r"according to [^,]{0,60}", r"(?:it )?(?:was|is) reported that", r"reportedly", r"sources said",
)
#: A leading clause with these and no named speaker is the outlet talking about itself
#: ("观察者网日前曾对该事件做过详细报道", "观察者网查询公开资料发现"): a summary leaves it out.
MEDIA_FRAME_WORDS_ZH = ("报道", "报导", "查询", "注意到", "获悉", "了解到", "记者")
#: Words that connect or pad a clause and never start a headline.
FILLER_ZH = (
    "近期", "近日", "日前", "随后", "此前", "其中提到", "原因很简单", "事实上", "不过", "然而",
    "同时", "另外", "此外", "当时", "今年", "去年", "就在", "于是", "所以", "因此", "并且",
    "与此同时", "值得注意的是", "值得一提的是", "需要指出的是", "目前", "如今", "但是", "而且",
    "对此", "为此", "据此", "后来", "最终", "终于", "此时", "届时", "其后", "之后", "其实",
    "就", "并(?!购|行|列|非|入|肩)", "也(?!许)", "还(?!原|款|击|债|有)", "才(?!能|华|子)",
    "而(?!言)", "但(?!凡)", "又",
)
FILLER_EN = (
    "meanwhile", "however", "then", "and", "but", "also", "earlier", "later", "in addition",
    "moreover", "separately", "on", "in", "at", "last week", "this week", "earlier this month",
    "last month", "this month",
)
#: A clause that starts or ends with these sets the scene for another one.
SUBORDINATE_START_ZH = (
    "为了", "为", "因为", "因", "由于", "在", "随着", "根据", "按照", "依据", "对于", "如果", "虽然",
    "尽管", "距", "离", "称", "鉴于", "针对", "自从", "除了", "作为",
)
SUBORDINATE_END_ZH = ("后", "之后", "以后", "时", "之际", "前", "以来", "期间", "之前")
SUBORDINATE_START_EN = (
    "when", "after", "before", "because", "as", "while", "although", "though", "since",
    "following", "amid", "despite", "if", "once", "to", "in response to", "with",
)
#: A clause that starts with these has lost its subject to the clause before.
PREDICATE_STARTS_ZH = (
    "并", "也", "还", "才", "遂", "随即", "随后", "率先", "立即", "即", "则", "又", "再", "但", "而",
    "被", "同时", "均", "都", "已", "曾", "将", "正式", "于是",
)
#: Before a verb, aspect adverbs a headline leaves out (曾发布 -> 发布).
ADVERBS_BEFORE_VERB_ZH = ("曾经", "曾", "已经", "已", "才", "也", "还", "又", "均", "都")
#: These also go before a preposition (曾向阿帕奇报告 -> 向阿帕奇报告).
ADVERBS_BEFORE_PREPOSITION_ZH = ("曾经", "曾", "已经", "已", "也")
PREPOSITIONS_ZH = ("向", "对", "与", "在", "被", "于", "对于", "就")
#: Demonstratives after a verb a headline leaves out (披露该漏洞 -> 披露漏洞).
DEMONSTRATIVES_ZH = ("该", "这一", "这个", "这些", "上述", "前述", "此次", "这次", "相关的")
#: "X组织建设的平台" -> "平台": who organised, built or ran something.
ORGANISED_BY_ZH = (
    "组织建设", "组织开发", "牵头建设", "负责建设", "主导建设", "联合建设", "建设", "开发", "研发",
    "主办", "承办", "运营", "设立", "组建", "打造", "发起", "编制", "制定", "起草", "运行",
)
#: "成立于美国" -> "在美国成立": where something began, put before the verb as headlines do.
LOCATIVE_VERBS_ZH = ("成立", "创立", "创办", "诞生", "出生", "注册", "落户", "登陆")
#: Parenthetical glosses that name the short form: "（下称：阿里云）", "(以下简称“阿里云”)".
SHORT_NAME_CUES_ZH = ("以下简称", "下称", "简称", "以下称", "下同")
#: Words a headline can lose when it is too long, in the order they go.
OPTIONAL_WORDS_ZH = (
    "正式", "率先", "联合", "专门", "首次", "紧急", "有关", "相关", "严重", "重大", "及时", "依法",
    "立即", "已经", "官方",
)
#: Heads of official documents, for a 《title》 that has to be shortened to its kind.
DOCUMENT_NOUNS_ZH = (
    "风险提示", "安全公告", "通知", "公告", "规定", "办法", "意见", "决定", "提示", "通报", "报告",
    "说明", "声明", "条例", "法", "指南", "标准", "预警", "白皮书", "方案", "细则", "规划", "纲要",
)
#: "关于印发X的通知" is about document X.
COVERING_VERBS_ZH = ("印发", "发布", "公布", "转发", "下发")
#: Words left dangling when the date is cut out ("于1999年成立" -> "成立", "on Dec. 10" -> "").
DATE_PREPOSITIONS_ZH = ("于", "於", "在", "自", "从", "從", "截至", "截止")
DATE_PREPOSITIONS_EN = ("on", "in", "since", "dated", "of", "for")
#: Where a headline that is still too long may be cut: before these words.
CUT_BEFORE_ZH = ("并", "以及", "及", "和", "与", "而", "且", "同时", "后", "，")
CUT_BEFORE_EN = (
    "for", "after", "in", "on", "with", "as", "to", "which", "that", "and", "while", "but", "by",
    "from", "over", "amid", "following", "because",
)
#: Negation right before an act verb: the act did not happen (未及时报告).
NEGATIONS_ZH = ("未", "没有", "没", "不", "无", "非", "拒绝", "尚未", "并未")
NEGATIONS_EN = ("not", "n't", "never", "failed to", "refused to", "declined to")
#: After the subject, these make the act a plan, not something that happened (将强化管理).
FUTURE_MARKERS_ZH = ("将要", "即将", "将", "要", "拟", "计划", "准备", "打算", "希望")
#: A headline that starts with these has no named subject.
PRONOUN_STARTS = ("其", "该", "这", "此", "它", "他", "她", "it ", "this ", "they ", "he ", "she ", "we ")

#: English past forms that are not made with -ed (past, participle).
IRREGULAR_EN = {
    "find": ("found", "found"), "make": ("made", "made"), "take": ("took", "taken"),
    "give": ("gave", "given"), "hold": ("held", "held"), "win": ("won", "won"),
    "lose": ("lost", "lost"), "send": ("sent", "sent"), "tell": ("told", "told"),
    "begin": ("began", "begun"), "lead": ("led", "led"), "meet": ("met", "met"),
    "sell": ("sold", "sold"), "buy": ("bought", "bought"), "pay": ("paid", "paid"),
    "say": ("said", "said"), "bring": ("brought", "brought"), "choose": ("chose", "chosen"),
    "strike": ("struck", "struck"), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
    "go": ("went", "gone"), "come": ("came", "come"), "see": ("saw", "seen"),
    "leave": ("left", "left"), "keep": ("kept", "kept"), "become": ("became", "become"),
    "rise": ("rose", "risen"), "fall": ("fell", "fallen"), "grow": ("grew", "grown"),
    "seek": ("sought", "sought"), "catch": ("caught", "caught"), "build": ("built", "built"),
    "spend": ("spent", "spent"), "withdraw": ("withdrew", "withdrawn"), "freeze": ("froze", "frozen"),
    "show": ("showed", "shown"), "know": ("knew", "known"), "draw": ("drew", "drawn"),
    "do": ("did", "done"), "have": ("had", "had"), "run": ("ran", "run"), "get": ("got", "got"),
}
#: Other English verbs a headline puts in the present tense (the act, speech and reporting
#: verbs above are put there too; irregular ones through IRREGULAR_EN).
OTHER_VERBS_EN = (
    "receive", "agree", "visit", "upgrade", "update", "detect", "urge", "investigate", "remove",
    "revoke", "plan", "ask", "accuse", "deny", "admit", "delay", "end", "call", "sentence", "want",
    "offer", "accept", "demand", "express", "join", "learn", "pledge", "restore", "tighten", "flag",
    "collect", "describe", "require", "request", "walk", "cite", "pause", "force", "deliver", "record",
)
#: Verbs that double their last consonant before -ed (banned, admitted).
DOUBLING_EN = ("ban", "plan", "admit", "flag", "ship", "stop", "drop", "commit", "scrap", "step")
#: Words that end a noun phrase rather than a subject: a past form after them is no verb.
NOT_BEFORE_VERB_EN = (
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "of", "for", "with", "by", "to",
    "and", "or", "newly", "recently", "previously", "most", "widely", "be", "been",
)
#: Adverbs that may stand between an auxiliary and its participle ("was first released").
ADVERBS_EN = ("first", "last", "later", "also", "quickly", "formally", "officially", "jointly", "finally", "since")
#: Participles that do not end in -ed and that no verb above gives ("was spun off", "was set up").
PARTICIPLES_EN = (
    "spun", "set", "put", "cut", "hit", "shut", "split", "spread", "broken", "stolen", "shaken", "driven",
    "thrown", "hidden", "bitten", "forbidden", "overtaken", "undertaken", "upheld", "struck",
)
#: Words that start a clause of their own: the main verb has been passed.
CLAUSE_WORDS_EN = (
    "that", "which", "who", "when", "while", "after", "before", "because", "although", "though", "since", "if",
)
#: A subject's head noun comes before these ("Ministry of Industry and Information Technology").
SUBJECT_PREPOSITIONS_EN = ("of", "at", "from", "in", "for", "with", "on", "to", "by")
#: Nouns ending in -s that are singular ("news says").
SINGULAR_S_EN = (
    "news", "series", "species", "analysis", "status", "bus", "campus", "census", "virus", "reuters",
    "siemens", "airbus", "mercedes", "lazarus",
)
#: Endings of plural nouns that name people ("Investigators visited").
PLURAL_ENDINGS_EN = ("ers", "ors", "ists", "ians", "ants", "ents", "ials", "ees", "ives")

HEADLINE_LIMIT = {"zh": 40, "en": 100}
#: No entity name is longer than this many characters: names are looked for in windows this wide.
NAME_WINDOW = 100
SUMMARY_LIMIT = {"zh": 120, "en": 300}
#: A summary shorter than this takes a second sentence when one adds something.
SHORT_SUMMARY = {"zh": 40, "en": 100}
#: Headline lengths that read as headlines; outside them a candidate loses a little.
IDEAL_LENGTH = {"zh": (10, 32), "en": (35, 90)}
#: Sentences read for one event's headline: those most sources share, so a story reported in hundreds
#: of wordings costs what a well-covered one does.
HEADLINE_QUOTES = 16


# --- Patterns built from the tables --------------------------------------------------------

def _regex_words(words: Iterable[str]) -> list[str]:
    """Table words that are literal text, escaped; those that carry a lookahead, as they are."""
    return [w if "(?" in w else re.escape(w) for w in words]


@functools.lru_cache(maxsize=None)
def _converters() -> tuple:
    import opencc

    return tuple(opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk"))


def _traditional_spellings(word: str) -> frozenset[str]:
    return frozenset(converter.convert(word) for converter in _converters()) | {word}


def _en_past(base: str) -> str:
    if base in IRREGULAR_EN:
        return IRREGULAR_EN[base][0]
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    if base in DOUBLING_EN:
        return base + base[-1] + "ed"
    return base + "ed"


def _en_participle(base: str) -> str:
    return IRREGULAR_EN[base][1] if base in IRREGULAR_EN else _en_past(base)


def _en_present(base: str) -> str:
    """Third person singular: releases, fixes, applies, goes."""
    if base == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def _en_gerund(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith("ee"):
        return base[:-1] + "ing"
    if base in DOUBLING_EN:
        return base + base[-1] + "ing"
    return base + "ing"


def _en_forms(verb: str) -> set[str]:
    """Every inflection of a verb or of the verb of a phrase ("take effect" -> "took effect")."""
    head, _, rest = verb.partition(" ")
    tail = " " + rest if rest else ""
    forms = {head, _en_present(head), _en_past(head), _en_participle(head), _en_gerund(head)}
    return {form + tail for form in forms}


def _zh_act_words() -> set[str]:
    return {spelling for word in ACT_VERBS_ZH for spelling in _traditional_spellings(word)}


#: An act verb in raw text (any script); used by consolidation to tell an act from a statistic.
EVENT_VERBS = re.compile(
    _alternation(_zh_act_words()) + "|" +
    r"\b" + _alternation(f for verb in ACT_VERBS_EN for f in _en_forms(verb)) + r"\b",
    re.IGNORECASE)

# Patterns below run on the simplified fold of a text (see `_fold`).
_ACT_ZH = _alternation(ACT_VERBS_ZH)
_VERB_ZH = _alternation(ACT_VERBS_ZH + REPORTING_VERBS_ZH + PLAIN_VERBS_ZH)
_ACT_EN = re.compile(r"\b" + _alternation(f for verb in ACT_VERBS_EN for f in _en_forms(verb)) + r"\b",
                     re.IGNORECASE)
_NEGATED_EN = re.compile(r"\b" + _alternation(NEGATIONS_EN) + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_LEADING_ATTRIBUTION = re.compile(
    "^(?:" + "|".join(ATTRIBUTION_ZH + ATTRIBUTION_EN) + "|" +
    "|".join(_regex_words(FILLER_ZH)) + "|" +
    r"(?:" + "|".join(re.escape(w) + r"\b" for w in sorted(FILLER_EN, key=len, reverse=True)) + r")" +
    r")[，,：:\s]*", re.IGNORECASE)
_ATTRIBUTION_ONLY = re.compile(r"^(?:据[^，,。]{1,12}|[^，,。]{0,16}(?:做过|作过|发表|刊发|刊登)?[^，,。]{0,4}(?:报道|报导))$")
_SUBORDINATE = re.compile(
    "^" + _alternation(SUBORDINATE_START_ZH) + "|" + _alternation(SUBORDINATE_END_ZH) + "$|" +
    r"^" + _alternation(SUBORDINATE_START_EN) + r"\b", re.IGNORECASE)
_FRAME_ZH = re.compile(_alternation(REPORTING_VERBS_ZH) + "$")
_FRAME_EN = re.compile(r"\b" + _alternation(f for verb in REPORTING_VERBS_EN for f in _en_forms(verb)) +
                       r"(?: (?:on|in) [\w ]{1,30})?$", re.IGNORECASE)
_SAYS_AFTER_SUBJECT = {
    "zh": re.compile(r"^[^，,]{0,10}?" + _alternation(SPEECH_VERBS_ZH)),
    "en": re.compile(r"^\s*" + _alternation(f for verb in SPEECH_VERBS_EN for f in _en_forms(verb)) + r"\b",
                     re.IGNORECASE),
}
_FUTURE_ZH = re.compile(r"^(?:表示|称)?" + _alternation(FUTURE_MARKERS_ZH))
_PREDICATE_START = re.compile("^(?:" + _alternation(PREDICATE_STARTS_ZH) + "|" + _VERB_ZH + ")")
_ASPECT = re.compile(f"(?P<verb>{_VERB_ZH})了(?![解结却不])")
_ADVERB = re.compile(
    rf"(?<![首成刚方未])(?:{_alternation(ADVERBS_BEFORE_VERB_ZH)}(?={_VERB_ZH})"
    rf"|{_alternation(ADVERBS_BEFORE_PREPOSITION_ZH)}(?={_alternation(PREPOSITIONS_ZH)}))")
_DEMONSTRATIVE = re.compile(
    f"(?P<verb>{_VERB_ZH}){_alternation(DEMONSTRATIVES_ZH)}(?=[\u4e00-\u9fffA-Za-z0-9《“])")
_ORGANISED_BY = re.compile(
    rf"^(?P<by>[^，,的]{{2,24}}?{_alternation(ORGANISED_BY_ZH)}的)(?=.{{4}})|由[^，,的]{{2,24}}?{_alternation(ORGANISED_BY_ZH)}的")
_LOCATIVE = re.compile(rf"(?P<verb>{_alternation(LOCATIVE_VERBS_ZH)})于(?P<place>[^，,。0-9０-９年月日]{{2,12}})$")
_ACT_ON_DOCUMENT = re.compile(rf"^[^，,]{{2,}}?{_ACT_ZH}(?P<de>的)(?P<title>《[^》]+》)")
_DATE_PREPOSITION = re.compile(
    "(?:" + _alternation(DATE_PREPOSITIONS_ZH) + r"|\b(?i:" + _alternation(DATE_PREPOSITIONS_EN) + r"))\s*$")
_PARENTHESIS = re.compile(r"\s?[（(](?P<inside>[^（）()]{0,40})[）)]")
_SHORT_NAME = re.compile(
    _alternation(SHORT_NAME_CUES_ZH) + r"[：:]?\s*[“\"「『]?(?P<short>[^”\"」』）)]{1,20})[”\"」』]?$"
    r"|^(?P<abbr>[A-Z][A-Z0-9&.-]{1,9})$")
_TITLE = re.compile(r"《(?P<inside>[^《》]{1,80})》")
_ABOUT = re.compile(r"^关于(?P<topic>.+)的(?P<head>[^的]{2,12})$")
_COVERING = re.compile(rf"^关于{_alternation(COVERING_VERBS_ZH)}(?P<document>.+)的(?:通知|决定)$")
_DOCUMENT_HEAD = re.compile(_alternation(DOCUMENT_NOUNS_ZH) + "$")
_OPTIONAL_WORDS = [re.compile(re.escape(word)) for word in OPTIONAL_WORDS_ZH]
_CUT_WORDS = {"zh": CUT_BEFORE_ZH, "en": tuple(f" {word} " for word in CUT_BEFORE_EN)}
_MEDIA_FRAME = re.compile(_alternation(MEDIA_FRAME_WORDS_ZH))
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_MARKS_ZH = "，,；;：:。！？!?"
_STRIP = " \u3000\t\"'——-—…·、"
_OPENERS = "（(《“「『【["
_CLOSERS = "）)》”」』】]"


# --- Text helpers --------------------------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    folded = to_simplified(char)
    return folded if len(folded) == 1 else char


def _fold(text: str) -> str:
    """The text in simplified script, character for character, so offsets carry over."""
    return "".join(map(_fold_char, text))


def _replace(pattern: re.Pattern, text: str, replacement: str | Callable = "", count: int = 0) -> str:
    """Replace what `pattern` finds in the simplified fold of `text`, in `text` as written.

    `replacement` is a string, or a function of (match, text) giving one.
    """
    parts, last = [], 0
    for number, match in enumerate(pattern.finditer(_fold(text))):
        if count and number >= count:
            break
        parts.append(text[last:match.start()])
        parts.append(replacement(match, text) if callable(replacement) else replacement)
        last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _keep(group: str) -> Callable:
    """A replacement that keeps one named group, as written."""
    return lambda match, text: text[match.start(group):match.end(group)]


def _language_family(language: str) -> str:
    return "en" if language.startswith("en") else "zh"


def _balanced(text: str) -> str:
    """The text without brackets and quote marks that are never closed or never opened."""
    stack: list[int] = []
    unmatched: set[int] = set()
    for at, char in enumerate(text):
        if char in _OPENERS:
            stack.append(at)
        elif char in _CLOSERS:
            if stack and _OPENERS.index(text[stack[-1]]) == _CLOSERS.index(char):
                stack.pop()
            else:
                unmatched.add(at)
    unmatched.update(stack)
    return "".join(char for at, char in enumerate(text) if at not in unmatched)


def _split(text: str, marks: str) -> list[str]:
    """Split at `marks` outside brackets and quotes; a comma or colon between digits is no mark."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char in marks and depth == 0:
            if char in ",:" and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
                continue
            parts.append(text[start:at])
            start = at + 1
    parts.append(text[start:])
    return parts


def without_date(sentence: str, as_written: str) -> str:
    """The sentence with its date expression (and a preposition left dangling) cut out."""
    at = sentence.find(as_written)
    if at < 0:
        return sentence
    before = _DATE_PREPOSITION.sub("", sentence[:at])
    after = sentence[at + len(as_written):]
    after = re.sub(r"^(起|以来|以來|前后|前後)", "", after)
    joiner = " " if is_latin_word_char(before[-1:]) and is_latin_word_char(after[:1]) else ""
    if before.endswith(" ") and after.startswith((" ", ",", ".")):
        before = before.rstrip()
    return before + joiner + after


def _strip_leading(clause: str) -> str:
    """The clause without the attribution and filler it starts with."""
    previous = None
    while previous != clause:
        previous = clause
        clause = _replace(_LEADING_ATTRIBUTION, clause, count=1).strip(_STRIP)
    return clause


# --- Names ---------------------------------------------------------------------------------

#: (offset, name as written) of every name in a text, left to right, longest first, none starting inside a
#: Latin word; None when it cannot tell offsets in the text as written.
NameFinder = Callable[[str], "list[tuple[int, str]] | None"]


class _Names:
    """What the entity table says about names: where they are, and which name the same thing."""

    def __init__(self, leading_name: Callable[[str], str], count_entities: Callable[[str], int],
                 find_names: NameFinder | None = None):
        self.leading_name = leading_name
        self.count_entities = count_entities
        self.find_names = find_names
        self._outer: dict[str, list[tuple[int, str]]] = {}
        self._inner: dict[str, list[tuple[int, str]]] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def outer(self, text: str) -> list[tuple[int, str]]:
        """(offset, name) of every name in the text, longest first, left to right."""
        if text not in self._outer:
            found = self.find_names(text) if self.find_names else None
            self._outer[text] = self.outer_by_position(text) if found is None else found
        return self._outer[text]

    def outer_by_position(self, text: str) -> list[tuple[int, str]]:
        """outer() asking leading_name at each position where a name could start."""
        found, at = [], 0
        while at < len(text):
            if at and is_latin_word_char(text[at - 1]) and is_latin_word_char(text[at]):
                at += 1
                continue
            name = self.leading_name(text[at:at + NAME_WINDOW])
            if name:
                found.append((at, name))
                at += len(name)
            else:
                at += 1
        return found

    def inner(self, name: str) -> list[tuple[int, str]]:
        """(offset, name) of the shorter names inside a name: 工信部 in 工信部网络安全管理局."""
        if name in self._inner:
            return self._inner[name]
        found = []
        for at in range(len(name)):
            if at and is_latin_word_char(name[at - 1]) and is_latin_word_char(name[at]):
                continue
            part = self.leading_name(name[at:len(name) if at else len(name) - 1])
            end = at + len(part)
            if part and len(part) < len(name) and not (end < len(name) and is_latin_word_char(name[end - 1])
                                                       and is_latin_word_char(name[end])):
                found.append((at, part))
        self._inner[name] = found
        return found

    def ending_at(self, text: str, end: int) -> int | None:
        """Where the longest name that ends at `end` starts, or None."""
        for at in range(max(0, end - 60), end):
            if at and is_latin_word_char(text[at - 1]) and is_latin_word_char(text[at]):
                continue
            if self.leading_name(text[at:end]) == text[at:end]:
                return at
        return None

    def pools(self, texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
        """The names texts use: as they stand, and with the names inside them too."""
        standing, every = set(), set()
        for text in texts:
            for _, name in self.outer(text):
                standing.add(name)
                every.add(name)
                every.update(part for _, part in self.inner(name))
        return frozenset(standing), frozenset(every)

    def same(self, one: str, other: str) -> bool:
        """Whether two different names name one entity."""
        key = (one, other)
        if key not in self._same:
            self._same[key] = one != other and self.count_entities(one + "\n" + other) == 1
        return self._same[key]

    def shorter(self, name: str, pool: Iterable[str]) -> str:
        """The shortest name in pool, in the same script, that names what `name` names."""
        script = bool(_CJK.search(name))
        options = [n for n in pool if len(n) < len(name) and bool(_CJK.search(n)) == script and self.same(name, n)]
        return min(options, key=lambda n: (len(n), n)) if options else name

    def shorten(self, text: str, pools: tuple[frozenset[str], frozenset[str]]) -> str:
        """Each name in text replaced by a shorter name of the same entity that the source uses.

        A name inside a longer name is replaced only when the result is itself a
        known name (工业和信息化部网络安全…平台 -> 工信部网络安全…平台).
        """
        standing, every = pools
        for at, name in reversed(self.outer(text)):
            better = self.shorter(name, standing)
            if better == name:
                for inner_at, part in reversed(self.inner(name)):
                    short = self.shorter(part, every)
                    candidate = name[:inner_at] + short + name[inner_at + len(part):]
                    if short != part and self.leading_name(candidate) == candidate:
                        better = candidate
                        break
            text = text[:at] + better + text[at + len(name):]
        return text

    def drop_repeated_possessive(self, text: str) -> str:
        """"阿里云被暂停…阿里云的合作单位资格" -> "…合作单位资格": the subject's own, said once."""
        found = self.outer(text)
        for number in range(len(found) - 1, 0, -1):
            at, name = found[number]
            if _fold(text[at + len(name):at + len(name) + 1]) == "的" and any(
                    n == name or self.same(name, n) for _, n in found[:number]):
                text = text[:at] + text[at + len(name) + 1:]
        return text

    def repeated(self, text: str) -> int:
        """How many names in text name again an entity named before them, also inside a longer
        name (工信部 … 工信部网络安全威胁信息共享平台)."""
        groups = [{name, *(part for _, part in self.inner(name))} for _, name in self.outer(text)]
        return sum(1 for i, group in enumerate(groups)
                   if any(a == b or self.same(a, b) for earlier in groups[:i] for a in earlier for b in group))


# --- Candidates ----------------------------------------------------------------------------

def headline_candidates(sentence: str, as_written: str, language: str,
                        leading_name: Callable[[str], str] = lambda clause: "") -> list[str]:
    """Clauses of a sentence that could stand as a headline, date, attribution and filler removed.

    A Chinese clause that lacks its subject ("率先向阿帕奇披露了该漏洞") borrows it from the
    clause before when that one starts with a name. English clauses keep what follows
    them after a comma ("…released Log4j 2.15.0, fixing the flaw").
    """
    text = _balanced(without_date(sentence, as_written))
    if _language_family(language) == "en":
        return _english_candidates(text)
    clauses: list[str] = []
    previous_subject = ""
    text = re.sub(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])", "，", text)  # "施行新规 专家：…"
    for raw in _split(text, _CLAUSE_MARKS_ZH):
        raw = raw.strip(_STRIP)
        clause = _strip_leading(raw)
        if not clause or _ATTRIBUTION_ONLY.match(_fold(clause)):
            continue
        subject = leading_name(clause)
        if previous_subject and not subject and (_PREDICATE_START.match(_fold(raw)) or
                                                 _PREDICATE_START.match(_fold(clause))):
            clause = previous_subject + clause
        elif subject:
            previous_subject = subject
        if len(clause) >= 4:
            clauses.append(clause)
    return clauses


_EN_TRAILING_ATTRIBUTION = re.compile(
    r"^(?:according to\b.*|as reported by\b.*|(?:[\w.'’-]+ ){0,5}(?:said|says|reported|reports|added|noted|"
    r"told [\w ]{1,30}|wrote)(?: (?:on|in) [\w ]{1,30})?|said [\w ,.'’-]{1,60})$", re.IGNORECASE)
_EN_OWN_CLAUSE = re.compile(r"^" + _alternation(CLAUSE_WORDS_EN) + r"\b", re.IGNORECASE)


def _english_candidates(text: str) -> list[str]:
    """Clauses of an English sentence: leading scene-setting and trailing attribution dropped."""
    candidates = []
    for piece in re.split(r"\s*;\s*|\s+[—–]\s+", text.strip().rstrip(".")):
        segments: list[str] = []
        emptied = False
        for segment in (s.strip(_STRIP) for s in _split(piece, ",")):
            if not segment:
                emptied = bool(segments)
            elif emptied:
                segments[-1] += " " + segment  # "The report, [dated Dec. 9], said …": one clause again
                emptied = False
            else:
                segments.append(segment)
        while segments and (_strip_leading(segments[0]) == "" or _SUBORDINATE.match(segments[0])
                            or re.match(r"^(?:according to|as reported by)\b", segments[0], re.IGNORECASE)):
            segments.pop(0)
        while len(segments) > 1 and _EN_TRAILING_ATTRIBUTION.match(segments[-1]):
            segments.pop()
        for number in range(1, len(segments)):
            if _EN_OWN_CLAUSE.match(segments[number]):
                segments = segments[:number]  # "…, when a contractor flagged…": a clause of its own
                break
        if not segments:
            continue
        segments[0] = _strip_leading(segments[0])
        clause = ", ".join(segments)
        if len(clause) >= 8:
            candidates.append(clause)
    return candidates


# --- Style and fit -------------------------------------------------------------------------

def _drop_parentheses(text: str, names: _Names) -> str:
    """Glosses in brackets go; one that gives a short name replaces the name before it."""
    for match in reversed(list(_PARENTHESIS.finditer(text))):
        cue = _SHORT_NAME.search(_fold(match.group("inside")).strip())
        short = ""
        if cue:
            short = match.group("inside").strip()[cue.start("short"):cue.end("short")] if cue.group("short") \
                else cue.group("abbr")
        before = names.ending_at(text, match.start()) if short else None
        if before is not None and bool(_CJK.search(short)) == bool(_CJK.search(text[before:match.start()])):
            text = text[:before] + short + text[match.end():]
        else:
            text = text[:match.start()] + text[match.end():]
    return text


def _tighten_zh(clause: str, names: _Names, sentence_names: tuple) -> str:
    """The style every Chinese headline gets, whatever its length."""
    clause = _drop_parentheses(clause, names)
    organised = _ORGANISED_BY.search(_fold(clause))
    if organised and names.leading_name(clause[organised.end():]) and (
            organised.group("by") is None or names.leading_name(clause)):
        clause = clause[:organised.start()] + clause[organised.end():]
    document = _ACT_ON_DOCUMENT.search(_fold(clause))
    if document:
        clause = clause[:document.start("de")] + clause[document.end("de"):document.end("title")]
    clause = _replace(_ASPECT, clause, _keep("verb"))
    clause = _replace(_ADVERB, clause)
    clause = _replace(_DEMONSTRATIVE, clause, _keep("verb"))
    clause = _replace(_LOCATIVE, clause, lambda m, text: "在" + text[m.start("place"):m.end("place")] +
                      text[m.start("verb"):m.end("verb")])
    clause = names.shorten(clause, sentence_names)
    clause = names.drop_repeated_possessive(clause)
    return clause.strip(_STRIP)


def _compress_title(inside: str, names: _Names) -> list[str]:
    """Shorter stand-ins for a 《title》, longest first: the document it covers, topic + head, head."""
    folded = _fold(inside)
    options = []
    covering = _COVERING.match(folded)
    if covering:
        options.append("《" + inside[covering.start("document"):covering.end("document")] + "》")
    about = _ABOUT.match(folded)
    if about:
        head = inside[about.start("head"):about.end("head")]
        topic_names = names.outer(inside[about.start("topic"):about.end("topic")])
        if topic_names:
            topic = topic_names[-1][1]
            topic = min([topic, *(n for _, n in names.inner(topic) if names.same(topic, n))], key=len)
            options.append(topic + head)
        options.append(head)
    else:
        document = _DOCUMENT_HEAD.search(folded)
        if document:
            options.append(inside[document.start():])
    return options


def _fit_zh(clause: str, names: _Names, event_names: tuple, limit: int) -> tuple[str, bool]:
    """The clause made to fit `limit`, by ever stronger means; True if it had to be cut."""
    if len(clause) <= limit:
        return clause, False
    for match in sorted(_TITLE.finditer(clause), key=lambda m: -len(m.group(0))):
        options = _compress_title(match.group("inside"), names)
        if not options:
            continue
        choice = next((o for o in options if len(clause) - len(match.group(0)) + len(o) <= limit), options[-1])
        clause = clause.replace(match.group(0), choice, 1)
        if len(clause) <= limit:
            return clause, False
    for word in _OPTIONAL_WORDS:
        clause = _replace(word, clause)
        if len(clause) <= limit:
            return clause, False
    clause = names.shorten(clause, event_names)
    if len(clause) <= limit:
        return clause, False
    return _cut(clause, limit, _CUT_WORDS["zh"]), True


def _cut(text: str, limit: int, before_words: Sequence[str]) -> str:
    """Text cut to `limit` before a joining word, or else at a word boundary; never mid-word."""
    folded = _fold(text)
    cuts = [at for at in range(1, min(limit, len(text) - 1) + 1) if any(folded.startswith(w, at) for w in before_words)
            and not (is_latin_word_char(text[at - 1]) and is_latin_word_char(text[at]))]
    if not cuts:
        cuts = [at for at in range(1, limit + 1) if at == len(text) or text[at] == " " or
                (not is_latin_word_char(text[at - 1]) or not is_latin_word_char(text[at])) and _word_boundary(text, at)]
    at = max(cuts) if cuts else limit
    cut = text[:at].rstrip(_STRIP + "，,的")
    return cut if len(cut) >= limit // 4 else text[:limit].strip(_STRIP)  # one word longer than a headline


def _word_boundary(text: str, at: int) -> bool:
    """Whether a cut at `at` falls between words: by jieba when it is installed."""
    if not (_CJK.match(text[at - 1]) and _CJK.match(text[at:at + 1] or " ")):
        return True
    try:
        import jieba
    except ImportError:
        return False
    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" on stderr mid-build
    position = 0
    for word in jieba.cut(text, HMM=False):
        position += len(word)
        if position >= at:
            return position == at
    return False


def _present_tense(headline: str) -> str:
    """An English headline's main verb in the present tense, where that is safe.

    "X released Y" -> "X releases Y"; "X has released" -> "X releases"; "X was
    suspended" -> "X suspended"; "X will open" -> "X to open"; a verb joined by
    "and" follows the first. A verb it does not know, or a subject whose number it
    cannot tell, keeps the past tense.
    """
    words = list(_EN_WORD.finditer(headline))
    for index, word in enumerate(words[1:], start=1):
        lower = word.group(0).lower()
        previous = words[index - 1].group(0).lower()
        following = words[index + 1] if index + 1 < len(words) else None
        if previous in NOT_BEFORE_VERB_EN and lower.endswith("ed"):
            continue  # "the newly released version": a participle that describes a noun
        subject = headline[:word.start()].strip()
        if lower in ("was", "were", "is", "are", "had") and following:
            participle = following
            if following.group(0).lower() in ADVERBS_EN and index + 2 < len(words):
                participle = words[index + 2]
            if _participle_base(participle.group(0)):
                return headline[:word.start()] + headline[following.start():]  # was suspended -> suspended
            if lower != "had":
                return headline
        if lower in ("has", "have") and following:
            second = following.group(0).lower()
            if second == "been" and index + 2 < len(words) and _participle_base(words[index + 2].group(0)):
                return headline[:word.start()] + headline[words[index + 2].start():]
            base = _participle_base(second)
            present = _agree(base, subject) if base in _BASES else ""
            return headline[:word.start()] + present + headline[following.end():] if present else headline
        if lower == "will" and following:
            return headline[:word.start()] + "to" + headline[word.end():]
        base = _PAST_TO_BASE.get(lower)
        if base:
            present = _agree(base, subject)
            if not present:
                return headline
            rest = headline[word.end():]
            if base in REPORTING_VERBS_EN:
                rest = re.sub(r"^(?: (?:on|in) [\w.]+)? that\b", "", rest)
            rest = re.sub(r"(?<=\band )([a-z]+)\b",
                          lambda m: _agree(_PAST_TO_BASE[m.group(1)], subject) or m.group(1)
                          if m.group(1) in _PAST_TO_BASE else m.group(1), rest, count=1)
            return headline[:word.start()] + present + rest
        if len(lower) > 4 and lower.endswith("ed") or lower in CLAUSE_WORDS_EN:
            return headline
    return headline


_BASES = frozenset((*(v for v in ACT_VERBS_EN if " " not in v), *REPORTING_VERBS_EN, *OTHER_VERBS_EN,
                    *IRREGULAR_EN))
_PAST_TO_BASE = {_en_past(base): base for base in sorted(_BASES)}
_PARTICIPLE_TO_BASE = {_en_participle(base): base for base in sorted(_BASES)}


def _participle_base(word: str) -> str:
    """The verb a past participle comes from ('' if the word is none); unknown -ed words give themselves."""
    lower = word.lower()
    if lower in _PARTICIPLE_TO_BASE:
        return _PARTICIPLE_TO_BASE[lower]
    if lower in PARTICIPLES_EN:
        return lower
    return lower if re.fullmatch(r"[a-z]{3,}ed", lower) else ""


def _agree(base: str, subject: str) -> str:
    """The present form of `base` for `subject`, or '' when its number is unclear."""
    words = [w for w in subject.split() if not (w.endswith("ly") and w[0].islower()) and w not in ADVERBS_EN]
    if not words:
        return ""
    head_index = next((i - 1 for i, w in enumerate(words) if i and w.lower() in SUBJECT_PREPOSITIONS_EN),
                      len(words) - 1)
    head_phrase = words[:head_index + 1]
    if any(w.lower() == "and" or w.endswith(",") for w in head_phrase) or words[0].lower() in ("they", "we", "i", "you"):
        return base  # "MIIT, CAC and MPS issue"
    head = head_phrase[-1].rstrip(",")
    plural_form = head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is")) \
        and head.lower() not in SINGULAR_S_EN and not head.isupper()
    if not plural_form:
        return _en_present(base) if base not in ("be",) else ""
    if head[0].islower() or head_index > 0 or head.lower().endswith(PLURAL_ENDINGS_EN):
        return base
    return ""  # "Reuters": a name, or a plural noun it cannot tell from one


def _tighten_en(clause: str, names: _Names, sentence_names: tuple) -> str:
    clause = _drop_parentheses(clause, names)
    clause = re.sub(r"\b(?:reportedly|also|officially)\s+", "", clause)
    clause = _present_tense(clause)
    clause = names.shorten(clause, sentence_names)
    clause = re.sub(r"^(?:the|a|an)\s+", "", clause, flags=re.IGNORECASE).strip(_STRIP + ".")
    return clause[:1].upper() + clause[1:]


def _fit_en(clause: str, names: _Names, event_names: tuple, limit: int) -> tuple[str, bool]:
    segments = _split(clause, ",")
    while len(clause) > limit and len(segments) > 1:
        segments.pop()
        clause = ",".join(segments).strip(_STRIP)
    if len(clause) > limit:
        clause = names.shorten(clause, event_names)
    if len(clause) <= limit:
        return clause, False
    return _cut(clause, limit, _CUT_WORDS["en"]), True


# --- Choice --------------------------------------------------------------------------------

def _has_act(headline: str, family: str) -> bool:
    """Whether the headline reports an act: an act verb not negated since the verb before it."""
    folded = _fold(headline)
    if family == "en":
        return any(not _NEGATED_EN.search(folded[:m.start()]) for m in _ACT_EN.finditer(folded))
    since = 0
    for match in re.finditer(_ACT_ZH, folded):
        negated = re.search(_alternation(NEGATIONS_ZH), folded[since:match.start()])
        framing = match.end() == len(folded) and _FRAME_ZH.search(folded)
        modifier = folded.startswith("的", match.end())  # 发现的漏洞: a verb that describes a noun
        if not negated and not framing and not modifier:
            return True
        since = match.end()
    return False


def _headline_score(headline: str, raw: str, family: str, names: _Names, cut: bool) -> float:
    folded = _fold(headline)
    score = 0.0
    if _has_act(headline, family):
        score += 2.0
    if (_FRAME_EN if family == "en" else _FRAME_ZH).search(_fold(raw)):
        score -= 3.0  # "工信部网络安全管理局通报称", "the ministry said"
    if _SUBORDINATE.search(_fold(raw)):
        score -= 2.0
    subject = names.leading_name(headline)
    if subject:
        score += 1.0
        predicate = _fold(headline[len(subject):])
        if _SAYS_AFTER_SUBJECT[family].match(predicate):
            score -= 1.5  # "X表示…", "X称…": what someone said, weaker than what they did
        if family == "zh" and _FUTURE_ZH.match(predicate):
            score -= 1.0  # "X将强化…": a plan, not an event
    elif folded.lower().startswith(PRONOUN_STARTS):
        score -= 1.0
    score += 0.5 * min(names.count_entities(headline), 3)
    score -= 1.5 * names.repeated(headline)
    low, high = IDEAL_LENGTH[family]
    per_char = 0.08 if family == "zh" else 0.03
    score -= per_char * (max(0, low - len(headline)) + max(0, len(headline) - high))
    if cut:
        score -= 1.5
    return score


@dataclass(frozen=True)
class Quote:
    """One sentence that reports the event, with its date expression and language."""

    sentence: str
    as_written: str
    language: str


@dataclass(frozen=True)
class _Headline:
    score: float
    text: str
    quote: Quote


def _headlines(quotes: Sequence[Quote], names: _Names) -> list[_Headline]:
    """Every quote's candidates, styled and fitted, best first (ties broken by text, for stability)."""
    event_names = names.pools(q.sentence for q in quotes)
    found = []
    for quote in quotes:
        family = _language_family(quote.language)
        sentence_names = names.pools([quote.sentence])
        for raw in headline_candidates(quote.sentence, quote.as_written, quote.language, names.leading_name):
            if family == "en":
                styled = _tighten_en(raw, names, sentence_names)
                fitted, cut = _fit_en(styled, names, event_names, HEADLINE_LIMIT["en"])
            else:
                styled = _tighten_zh(raw, names, sentence_names)
                fitted, cut = _fit_zh(styled, names, event_names, HEADLINE_LIMIT["zh"])
            if len(fitted) >= 4:
                found.append(_Headline(_headline_score(fitted, raw, family, names, cut), fitted, quote))
    return sorted(found, key=lambda h: (-h.score, h.text, h.quote.sentence))


# --- Summary -------------------------------------------------------------------------------

_SUMMARY_MARKS = "，,；;：:"


def _is_filler_clause(clause: str, names: _Names, family: str) -> bool:
    """A clause a summary can start without: attribution, padding, or a frame with no named speaker."""
    stripped = _strip_leading(clause.strip(_STRIP))
    if not stripped:
        return True
    folded = _fold(stripped)
    if _ATTRIBUTION_ONLY.match(folded) or re.match(r"^(?:according to|as reported by)\b", folded, re.IGNORECASE):
        return True
    if names.leading_name(stripped):
        return False
    frame = _FRAME_EN if family == "en" else _FRAME_ZH
    return bool(frame.search(folded)) or (family == "zh" and bool(_MEDIA_FRAME.search(folded)))


def _summary_of(quote: Quote, names: _Names) -> str:
    """The quote cleaned of its date, attribution and filler, cut at a clause to fit."""
    family = _language_family(quote.language)
    text = _balanced(without_date(quote.sentence, quote.as_written)).strip(_STRIP + "，,")
    end = "." if family == "en" else "。"
    text = text.rstrip("。.!！?？;；")
    pieces, at = [], 0
    for part in _split(text, _SUMMARY_MARKS):
        mark = text[at + len(part):at + len(part) + 1]
        pieces.append((part, mark))
        at += len(part) + 1
    while len(pieces) > 1 and _is_filler_clause(pieces[0][0], names, family):
        pieces.pop(0)
    if family == "en":
        while len(pieces) > 1 and _EN_TRAILING_ATTRIBUTION.match(pieces[-1][0].strip()):
            pieces.pop()
    first = _strip_leading(pieces[0][0].strip(_STRIP))
    pieces[0] = (first, pieces[0][1])
    limit = SUMMARY_LIMIT[family]
    while len(pieces) > 1 and sum(len(p) + 1 for p, _ in pieces) > limit:
        pieces.pop()
    summary = "".join(part + mark for part, mark in pieces[:-1]) + pieces[-1][0]
    summary = summary.strip(_STRIP + "，,;；:：")
    if len(summary) > limit:
        summary = _cut(summary, limit - 1, _CUT_WORDS[family])
    if family == "en":
        summary = summary[:1].upper() + summary[1:]
    return summary + end if summary else ""


def _summary(best: _Headline, ranked: Sequence[_Headline], names: _Names) -> str:
    """One sentence, or two when the first is short and another source adds to it."""
    family = _language_family(best.quote.language)
    summary = _summary_of(best.quote, names)
    if len(summary) >= SHORT_SUMMARY[family]:
        return summary
    said = features_of(summary)
    for other in ranked:
        if other.quote.sentence == best.quote.sentence or _language_family(other.quote.language) != family:
            continue
        second = _summary_of(other.quote, names)
        grams = features_of(second)
        if containment(grams, said) < 0.5 and containment(said, grams) < 0.5 \
                and len(summary) + len(second) + 1 <= SUMMARY_LIMIT[family]:
            return summary + (" " if family == "en" else "") + second
    return summary


# --- Describe ------------------------------------------------------------------------------

class Describer:
    """Writes the headline and summary of one event after another, sharing what it learns about names.

    `leading_name(text)` is the entity name text starts with ('' if none);
    `count_entities(text)` how many entities it names; `find_names`, if
    given, finds every name in a text at once (see NameFinder), which is
    faster than asking leading_name at each position.
    """

    def __init__(self, leading_name: Callable[[str], str], count_entities: Callable[[str], int],
                 find_names: NameFinder | None = None):
        self._names = _Names(leading_name, count_entities, find_names)

    def __call__(self, quotes: Sequence[Quote]) -> tuple[str, str, str]:
        """Headline, summary and language from the quotes that report one event."""
        names = self._names
        # A syndicated sentence reported by many sources is read once; the most shared come first.
        shared = Counter(quotes)
        quotes = sorted(shared, key=lambda quote: -shared[quote])[:HEADLINE_QUOTES]
        ranked = _headlines(quotes, names)
        if not ranked:
            first = quotes[0]
            family = _language_family(first.language)
            text = _balanced(without_date(first.sentence, first.as_written)).strip(_STRIP + "，,。.") \
                or first.sentence.strip()
            title = text if len(text) <= HEADLINE_LIMIT[family] else _cut(text, HEADLINE_LIMIT[family], _CUT_WORDS[family])
            return title, _summary_of(first, names) or first.sentence, first.language
        best = ranked[0]
        return best.text, _summary(best, ranked, names), best.quote.language


def describe(quotes: Sequence[Quote], leading_name: Callable[[str], str],
             count_entities: Callable[[str], int]) -> tuple[str, str, str]:
    """Headline, summary and language of one event (see Describer)."""
    return Describer(leading_name, count_entities)(quotes)
