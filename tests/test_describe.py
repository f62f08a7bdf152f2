"""Headlines and summaries: what a sub-editor would write, on the demo and on made-up sentences."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.consolidate import EVENT_VERBS, EntityMatcher
from dateline.consolidate.describe import HEADLINE_LIMIT, Quote, describe
from dateline.extract import ExtractionContext, extract_mentions
from dateline.model import Entity, Report

ATTRIBUTION = re.compile(r"据|據|报道|報道|消息称|获悉|了解到|注意到|according to|reportedly", re.IGNORECASE)
ELLIPSIS = ("…", "...")

ENTITIES = (
    Entity("nebula", "星云科技", aliases=("星云科技有限公司", "星雲科技", "Nebula Tech")),
    Entity("regulator", "网信局", aliases=("国家网络信息局",)),
    Entity("miit", "工信部", aliases=("工业和信息化部", "MIIT", "Ministry of Industry and Information Technology")),
    Entity("bureau", "工信部网络安全管理局", aliases=("网络安全管理局",)),
    Entity(
        "platform",
        "工信部网络安全威胁和漏洞信息共享平台",
        aliases=("工业和信息化部网络安全威胁和漏洞信息共享平台", "工信部网络安全威胁信息共享平台"),
    ),
    Entity("apache", "阿帕奇软件基金会", aliases=("阿帕奇", "Apache Software Foundation", "Apache")),
    Entity("log4j2", "Log4j2", aliases=("Log4j", "Apache Log4j2", "Log4j 2")),
    Entity("alibaba-cloud", "阿里云", aliases=("Alibaba Cloud",)),
    Entity("cac", "CAC", aliases=("Cyberspace Administration of China",)),
    Entity("mps", "MPS", aliases=("Ministry of Public Security",)),
    Entity("reuters", "Reuters"),
)
MATCHER = EntityMatcher(ENTITIES)


def _describe(*quotes: tuple[str, str] | tuple[str, str, str], matcher: EntityMatcher = MATCHER):
    made = [Quote(q[0], q[1], q[2] if len(q) > 2 else "zh-Hans") for q in quotes]
    return describe(made, matcher.leading_name, lambda text: len(matcher.find(text)))


def _headline(sentence: str, as_written: str, language: str = "zh-Hans") -> str:
    return _describe((sentence, as_written, language))[0]


# --- The demo: every event --------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo's extracted events (no editor files), with a matcher for its entities."""
    from conftest import DEMO_CONTENT

    from dateline.pipeline import assemble, read_content

    root = tmp_path_factory.mktemp("describe")
    shutil.copytree(DEMO_CONTENT, root / "content", ignore=shutil.ignore_patterns("extracted", "events"))
    (root / "content" / "events").mkdir()
    content = read_content(root / "content", Report())
    site = assemble(content, Report()).site
    assert site.events
    return site.events, EntityMatcher(content.entities)


def test_every_demo_headline_reads_like_a_headline(demo):
    from dateline.consolidate.judge import headline_faults

    events, matcher = demo
    for event in events:
        title = event.title
        assert not headline_faults(title, event.language) and not event.headline_fallback, (event.id, title)
        assert 6 <= len(title) <= HEADLINE_LIMIT["zh"], (event.id, title)
        for citation in event.sources:
            assert citation.as_written not in title, (event.id, title)
        if event.independent_sources < 2:
            continue  # a happening one source reports in passing ("阿里美股暴跌") need not name an entity
        assert not any(mark in title for mark in ELLIPSIS), (event.id, title)
        assert not extract_mentions(title, ExtractionContext(published=dt.date(2021, 12, 22))), (event.id, title)
        assert not ATTRIBUTION.search(title), (event.id, title)
        assert EVENT_VERBS.search(title), (event.id, title)
        assert matcher.find(title), (event.id, title)
        assert not title.startswith(("近期", "近日", "日前", "不过", "所以", "此前", "观察者网")), (event.id, title)


def test_demo_headlines_are_tightened_as_a_sub_editor_would(demo):
    events, _ = demo
    # the best-sourced event of each day (12月22日 also has the fall of Alibaba's shares that evening)
    titles = {event.date[:10]: event.title for event in sorted(events, key=lambda e: e.independent_sources)}
    for title in titles.values():
        assert not re.search(r"(发布|披露|印发|报告)了|曾发布|组织建设的|[（(]", title), title
        assert "《" not in title or re.search(r"《[^》]+》", title), title  # a title is kept whole or not at all
    assert "上线" in titles["2021-09-01"] and titles["2021-09-01"].startswith("工信部")
    assert "风险提示" in titles["2021-12-17"] and "《" not in titles["2021-12-17"]
    assert "安全公告" in titles["2021-12-10"] and "《" not in titles["2021-12-10"]
    assert "暂停" in titles["2021-12-22"] and titles["2021-12-22"].count("阿里云") == 1
    assert titles["2021-11-24"].startswith("阿里云") and "披露" in titles["2021-11-24"]
    assert "《网络产品安全漏洞管理规定》" in titles["2021-07-12"]
    assert titles["1999"].startswith("阿帕奇软件基金会")


def test_every_demo_summary_is_one_or_two_clean_sentences(demo):
    events, _ = demo
    for event in events:
        summary = event.summary
        assert summary and len(summary) <= 122, (event.id, summary)
        assert summary.endswith("。") and summary.count("。") <= 2, (event.id, summary)
        assert not summary.startswith(("据", "观察者网", "原因很简单", "近期", "不过")), (event.id, summary)
        assert not any(c.as_written in summary for c in event.sources if c.quote in summary), (event.id, summary)


# --- Chinese, simplified and traditional ------------------------------------------------------


def test_date_attribution_filler_and_aspect_particle_go():
    assert (
        _headline("据了解，12月23日晚间，星云科技就漏洞发布了说明，表示将加强管理。", "12月23日晚间")
        == "星云科技就漏洞发布说明"
    )


def test_in_a_sentence_of_several_dated_clauses_each_date_takes_its_own():
    sentence = "河南2021年遭遇极端暴雨，2023年麦收时节遭遇“烂场雨”，今年又遭遇长期旱情。"
    assert _headline(sentence, "2021年") == "河南遭遇极端暴雨"
    assert _headline(sentence, "2023年") == "麦收时节遭遇“烂场雨”"
    english = "The company cut 300 jobs in March; in June it closed its plant in Ohio, the union said."
    assert _headline(english, "March", "en") == "Company cuts 300 jobs"


def test_a_wire_dateline_is_no_part_of_a_headline():
    sentence = "PORTVILLE, Oct 2 (Wire) - Shares of Harbour Telecom rose 4 percent on Tuesday after the offer."
    assert not _headline(sentence, "Tuesday", "en").startswith("PORTVILLE")


def test_who_says_it_is_no_headline():
    sentence = "国家统计局的数据显示，2025年，河南粮食总产量达到1350亿斤。"
    assert _headline(sentence, "2025年") == "河南粮食总产量达到1350亿斤"


def test_traditional_script_is_read_by_the_same_rules_and_kept():
    title = _headline(
        "據媒體報道，12月22日，國家網絡信息局決定暫停星雲科技作為上述合作單位6個月。", "12月22日", "zh-Hant"
    )
    assert title == "國家網絡信息局決定暫停星雲科技作為合作單位6個月"
    assert (
        _headline("據了解，星雲科技曾於11月24日向阿帕奇軟件基金會報告了該漏洞。", "11月24日", "zh-Hant")
        == "星雲科技向阿帕奇軟件基金會報告漏洞"
    )


def test_a_clause_without_subject_borrows_it_and_loses_its_demonstrative():
    sentence = "11月24日，星云科技发现这个漏洞后，率先向阿帕奇软件基金会披露了该漏洞，但并未及时向监管部门通报。"
    assert _headline(sentence, "11月24日") == "星云科技率先向阿帕奇软件基金会披露漏洞"


def test_a_gloss_gives_its_short_name_and_organised_by_modifiers_go():
    assert (
        _headline("12月23日，星云科技有限公司（下称：星云科技）对漏洞事件进行了回应。", "12月23日")
        == "星云科技对漏洞事件进行回应"
    )
    sentence = "今年9月1日，工信部网络安全管理局组织建设的工业和信息化部网络安全威胁和漏洞信息共享平台正式上线运行。"
    assert _headline(sentence, "今年9月1日") == "工信部网络安全威胁和漏洞信息共享平台正式上线运行"


def test_a_long_title_is_compressed_to_topic_and_head_noun_a_short_one_kept_whole():
    sentence = (
        "观察者网注意到，工信部网络安全管理局12月17日曾发布《关于阿帕奇Log4j2组件重大安全漏洞的网络安全风险提示》。"
    )
    assert _headline(sentence, "12月17日") == "工信部网络安全管理局发布Log4j2网络安全风险提示"
    sentence = "12月1日，星云科技发布《关于进一步加强和规范网络产品安全漏洞发现、报送、披露和处置工作的紧急通知》，要求各部门落实。"
    assert _headline(sentence, "12月1日") == "星云科技发布紧急通知"
    assert (
        _headline("7月13日，工信部、网信局、星云科技印发《网络产品安全漏洞管理规定》。", "7月13日")
        == "工信部、网信局、星云科技印发《网络产品安全漏洞管理规定》"
    )


def test_a_reporting_frame_is_no_headline_and_the_place_goes_before_the_verb():
    sentence = "观察者网查询公开资料发现，阿帕奇软件基金会于1999年成立于美国，是一个非营利性组织。"
    assert _headline(sentence, "1999年") == "阿帕奇软件基金会在美国成立"


def test_a_negated_act_is_no_event():
    sentence = "12月22日，星云科技未及时向网信局报告漏洞，网信局决定暂停星云科技的合作单位资格。"
    assert _headline(sentence, "12月22日") == "网信局决定暂停星云科技的合作单位资格"


def test_the_best_quote_wins_whatever_the_order():
    frame = ("12月22日，工信部网络安全管理局通报称，星云科技是工信部网络安全威胁信息共享平台合作单位。", "12月22日")
    clean = ("12月22日，因未及时报告漏洞，星云科技被暂停作为工信部网络安全威胁信息共享平台合作单位6个月。", "12月22日")
    for quotes in ((frame, clean), (clean, frame)):
        title, summary, _ = _describe(*quotes)
        assert title == "星云科技被暂停作为工信部网络安全威胁信息共享平台合作单位6个月"
        assert summary == "因未及时报告漏洞，星云科技被暂停作为工信部网络安全威胁信息共享平台合作单位6个月。"


def test_he_or_she_in_a_headline_is_the_person_it_stands_for():
    def headline(sentence: str, as_written: str, language: str, subject: str) -> str:
        return describe([Quote(sentence, as_written, language, subject)], MATCHER.leading_name, lambda t: 0)[0]

    assert headline("In 1986 he bought Pixar.", "1986", "en", "Jobs") == "Jobs bought Pixar"
    assert headline("1999年，她在杭州创办了公司。", "1999年", "zh-Hans", "张三").startswith("张三")
    # 他们 and 其他 are no person's pronoun
    assert "张三" not in headline("1999年，其他公司宣布退出。", "1999年", "zh-Hans", "张三")


def test_a_name_said_twice_is_said_once():
    sentence = (
        "昨天，星云科技因为未依法及时向工信部报告发现的安全漏洞信息，被工信部决定暂停6个月星云科技的合作单位资格。"
    )
    assert _headline(sentence, "昨天") == "星云科技被工信部决定暂停6个月合作单位资格"


def test_a_clause_too_long_for_any_rule_is_cut_between_words_without_an_ellipsis():
    sentence = "12月5日，星云科技向全国各地的数百家医院学校和政府机关免费提供经过多轮安全测试的最新版本网络安全防护软件并开展培训。"
    title = _headline(sentence, "12月5日")
    assert len(title) <= HEADLINE_LIMIT["zh"] and not title.endswith(ELLIPSIS)
    assert sentence.replace("12月5日，", "").startswith(title)
    rest = sentence.replace("12月5日，", "")[len(title) :]
    assert rest.startswith(("并", "和", "及", "与", "后")), (title, rest)


# --- English ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, as_written, expected",
    [
        (
            "On Dec. 10, the Apache Software Foundation released Log4j 2.15.0, fixing the flaw, according to a statement.",
            "Dec. 10",
            "Apache Software Foundation releases Log4j 2.15.0, fixing the flaw",
        ),
        ("MIIT, CAC and MPS issued the regulations on July 12.", "July 12", "MIIT, CAC and MPS issue the regulations"),
        (
            "Alibaba Cloud was suspended as a partner of the ministry's threat-sharing platform for six months on Wednesday, "
            "the ministry said.",
            "Wednesday",
            "Alibaba Cloud suspended as a partner of the ministry's threat-sharing platform for six months",
        ),
        (
            "After the flaw was disclosed, the Apache Software Foundation has released a fix on Dec. 6.",
            "Dec. 6",
            "Apache Software Foundation releases a fix",
        ),
        # a name whose number cannot be told keeps its verb as written
        ("Reuters reported the suspension on Wednesday.", "Wednesday", "Reuters reported the suspension"),
        (
            "Jobs said on Monday that Apple sold 13.7 million Macs.",
            "Monday",
            "Jobs said that Apple sold 13.7 million Macs",
        ),
        # a participle that describes the noun before it is no main verb; a quantifier or a time phrase is no head
        (
            "The daily rise in deaths announced in New York state on Friday was 777.",
            "Friday",
            "Daily rise in deaths announced in New York state was 777",
        ),
        ("Both of those amounts fell below the peak on Monday.", "Monday", "Both of those amounts fall below the peak"),
        (
            "The first rolling blackouts this time occurred on Friday in the evening.",
            "Friday",
            "First rolling blackouts this time occur in the evening",
        ),
        # a participle after a noun is no main verb; a present verb is left as it is
        (
            "The 787 illustrates the differing strategies adopted by Boeing and Airbus, analysts said on Monday.",
            "Monday",
            "787 illustrates the differing strategies adopted by Boeing and Airbus",
        ),
        # "president and CEO" is one person: the verb keeps its tense rather than be made plural
        (
            "Company president and CEO Louis Gallois said on Friday that the order is a great day for the company.",
            "Friday",
            "Company president and CEO Louis Gallois said that the order is a great day for the company",
        ),
        (
            "Lawmakers questioned the Nebula Tech chief executive at a hearing on Tuesday.",
            "Tuesday",
            "Lawmakers question the Nebula Tech chief executive at a hearing",
        ),
        (
            "The new rules took effect on Sept. 1, requiring Alibaba Cloud to report flaws within two days.",
            "Sept. 1",
            "New rules take effect, requiring Alibaba Cloud to report flaws within two days",
        ),
        (
            "Nebula Tech will open an inquiry into the outage in December.",
            "December",
            "Nebula Tech to open an inquiry into the outage",
        ),
        # a verb it does not know keeps its past tense rather than be guessed at
        (
            "On Monday, the Cyberspace Administration of China greenlit the merger.",
            "Monday",
            "Cyberspace Administration of China greenlit the merger",
        ),
    ],
)
def test_english_headlines_in_news_style(sentence, as_written, expected):
    assert _headline(sentence, as_written, "en") == expected


def test_an_english_abbreviation_replaces_the_long_name_and_the_headline_fits():
    sentence = (
        "According to Reuters, the Ministry of Industry and Information Technology (MIIT) on Wednesday suspended "
        "Alibaba Cloud as a partner of its threat-sharing platform for six months, citing the company's failure "
        "to report the flaw promptly to the ministry, which runs the platform."
    )
    title, summary, language = _describe((sentence, "Wednesday", "en"))
    assert title == "MIIT suspends Alibaba Cloud as a partner of its threat-sharing platform for six months"
    assert language == "en"
    assert summary.startswith("The Ministry of Industry and Information Technology (MIIT) suspended Alibaba Cloud")
    assert "Wednesday" not in summary and "Reuters" not in summary


def test_an_english_clause_too_long_is_cut_before_a_word_not_inside_one():
    sentence = (
        "On Friday the Apache Software Foundation published an unusually detailed and lengthy technical advisory "
        "for administrators of affected servers in every region of the world about the remaining risks."
    )
    title = _headline(sentence, "Friday", "en")
    assert len(title) <= HEADLINE_LIMIT["en"] and not title.endswith(ELLIPSIS)
    assert title.startswith("Apache Software Foundation publishes")
    assert (" " + title.split()[-1] + " ") in (" " + sentence + " ")


# --- Summaries --------------------------------------------------------------------------------


def test_summary_is_the_quote_without_its_date_and_attribution():
    sentence = "12月22日，据21世纪经济报道消息，近期，工信部网络安全管理局通报称，星云科技发现漏洞后，未及时向电信主管部门报告。"
    _, summary, _ = _describe((sentence, "12月22日"))
    assert summary == "工信部网络安全管理局通报称，星云科技发现漏洞后，未及时向电信主管部门报告。"


def test_a_long_summary_is_cut_at_a_clause():
    sentence = (
        "12月10日,在星云科技向阿帕奇软件基金会通报漏洞过去半个多月后,网信局才获得相关信息,并发布"
        "《关于Apache Log4j2存在远程代码执行漏洞的安全公告》,称阿帕奇官方已发布补丁修复该漏洞,"
        "并建议受影响用户立即更新至最新版本,同时采取防范性措施避免漏洞攻击威胁。"
    )
    _, summary, _ = _describe((sentence, "12月10日"))
    assert len(summary) <= 121 and summary.endswith("修复该漏洞,并建议受影响用户立即更新至最新版本。")


def test_a_short_summary_takes_a_second_sentence_that_adds_something():
    first = ("23日晚间，星云科技发布说明。", "23日晚间")
    second = ("12月23日，星云科技在官方微信公号表示，将强化漏洞报告管理，提升合规意识。", "12月23日")
    same = ("就在今天，星云科技发布说明。", "今天")
    title, summary, _ = _describe(first, second, same)
    assert title == "星云科技发布说明"
    assert summary == "星云科技发布说明。星云科技在官方微信公号表示，将强化漏洞报告管理，提升合规意识。"


def test_english_summary_keeps_the_sentence_and_drops_the_attribution():
    sentence = (
        "On Dec. 10, the Apache Software Foundation released Log4j 2.15.0, fixing the flaw, according to a statement."
    )
    _, summary, _ = _describe((sentence, "Dec. 10", "en"))
    assert summary == "The Apache Software Foundation released Log4j 2.15.0, fixing the flaw."


def test_the_headline_is_in_the_language_of_the_quote_it_came_from():
    title, _, language = _describe(
        ("12月22日，工信部决定暂停星云科技作为合作单位6个月。", "12月22日"),
        ("On Dec. 22, the ministry suspended Nebula Tech as a partner, the ministry said.", "Dec. 22", "en"),
    )
    assert (language == "en") == (not re.search(r"[\u4e00-\u9fff]", title))


# --- Any text ---------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "星云科技",
        "網信局",
        "工信部",
        "发布了",
        "暂停",
        "该",
        "漏洞",
        "，",
        "。",
        "（下称：星云科技）",
        "《关于",
        "的通知》",
        "据悉",
        "表示",
        "未",
        "的",
        "了",
        "Alibaba Cloud",
        " released ",
        " the ",
        "flaw",
        ", ",
        "(MIIT)",
        " was ",
        "said",
        "12月9日",
        "Dec. 9",
        "后",
        "并",
        "组织建设的",
        "于",
        "美国",
        "成立",
        "将",
        "“",
        "”",
        "「",
        "a",
        "x" * 45,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30), st.sampled_from(["zh-Hans", "zh-Hant", "en"]))
def test_any_sentence_gives_a_headline_within_the_limit(pieces, language):
    sentence = "".join(pieces)
    as_written = "12月9日" if "12月9日" in sentence else ("Dec. 9" if "Dec. 9" in sentence else sentence[:1])
    title, summary, chosen = _describe((sentence, as_written, language))
    family = "en" if chosen == "en" else "zh"
    assert title and len(title) <= HEADLINE_LIMIT[family]
    assert "…" not in title
    assert summary


# --- Finding names -------------------------------------------------------------------------

NAME_TEXTS = st.lists(
    st.sampled_from(
        [
            "工信部",
            "工业和信息化部网络安全管理局",
            "阿帕奇",
            "Apache",
            "MIIT",
            "Log4j 2",
            "x",
            "9",
            " ",
            "，",
            "星雲科技",
            "网络安全威胁",
            "Alibaba Cloud",
            "Ministry",
            "CAC",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(NAME_TEXTS)
def test_finding_every_name_at_once_agrees_with_asking_at_each_position(text):
    from dateline.consolidate.describe import _Names

    by_position = _Names(MATCHER.leading_name, lambda t: len(MATCHER.find(t))).outer_by_position(text)
    assert MATCHER.names_in(text) == by_position


def test_names_in_the_demo_are_found_at_once_as_at_each_position(demo):
    from conftest import DEMO_CONTENT

    from dateline.consolidate.describe import _Names

    _, matcher = demo
    names = _Names(matcher.leading_name, lambda t: len(matcher.find(t)))
    texts = [
        path.read_text(encoding="utf-8") for path in sorted((DEMO_CONTENT / "articles").iterdir()) if path.is_file()
    ]
    found = 0
    for text in texts:
        for line in text.splitlines():
            assert matcher.names_in(line) == names.outer_by_position(line), line
            found += len(names.outer_by_position(line))
    assert found > 20


# --- What is no headline -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, language, fault",
    [
        ("12月22日。", "zh-Hans", "date"),
        ("同一天。", "zh-Hans", "date"),
        ("()", "zh-Hans", "empty"),
        ("Published:", "en", "byline"),
        ("更新", "zh-Hans", "byline"),
        ("来源：新华社", "zh-Hans", "byline"),
        ("By John Smith", "en", "byline"),
        ("December 9, 2021", "en", "date"),
        ("Monday morning", "en", "date"),
        ("正式发布", "zh-Hans", "fragment"),
        ("星雲科技", "zh-Hant", "no predicate"),
        ("廉政风暴", "zh-Hans", "no predicate"),
        ("787 illustrates the differing strategies adopt by Boeing", "en", "fragment"),
        ("Was chosen as its date matches the aircraft 's designation n", "en", "fragment"),
        ("Company president and CEO Louis Gallois say, '' is a great d", "en", "fragment"),
    ],
)
def test_dates_bylines_fragments_and_punctuation_are_no_headlines(title, language, fault):
    from dateline.consolidate.judge import headline_faults

    assert fault in headline_faults(title, language)


@pytest.mark.parametrize(
    "title, language",
    [
        ("工信部暂停阿里云合作单位资格", "zh-Hans"),
        ("國家網絡信息局決定暫停星雲科技作為合作單位6個月", "zh-Hant"),
        ("Apache Software Foundation releases Log4j 2.15.0", "en"),
        ("Alibaba Cloud suspended as a partner", "en"),
        ("Cyberspace Administration of China greenlit the merger", "en"),
        ("Apple was sued by Cisco", "en"),
        # a verb no table lists, told by the aspect particle after it or the auxiliary before it
        ("学校只剩一名学生，她却坚守了18年", "zh-Hans"),
        ("“铜陵”号护卫舰即将移交斯里兰卡", "zh-Hans"),
    ],
)
def test_clauses_that_say_who_did_what_are_headlines(title, language):
    from dateline.consolidate.judge import headline_faults

    assert headline_faults(title, language) == ()


def test_a_sentence_with_no_good_clause_is_its_own_headline_shortened_and_marked():
    from dateline.consolidate.describe import Describer

    describer = Describer(MATCHER.leading_name, lambda text: len(MATCHER.find(text)))
    quote = Quote(
        "On Monday, the thinnest smartphone on the planet with the brightest screen in its class and the "
        "longest battery life of any model in the history of the company and of its rivals",
        "Monday",
        "en",
    )
    title, _, _, fallback = describer([quote])
    assert fallback and title and len(title) <= HEADLINE_LIMIT["en"]
    assert title[0].isupper()  # a headline starts as one
    cut = title[0].lower() + title[1:]
    assert (" " + cut + " ") in (" " + quote.sentence.replace("On Monday, ", "") + " ")  # cut between words
    # another date and an attribution opening the sentence are no part of a headline
    other = Quote("In December 2020, he said, the ministry approved the plan for 2021 and its funding.", "2021", "en")
    assert describer([other])[0] == "Ministry approves the plan and its funding"
    sound = Quote("12月22日，工信部决定暂停星云科技作为合作单位6个月。", "12月22日", "zh-Hans")
    assert describer([sound])[3] is False
