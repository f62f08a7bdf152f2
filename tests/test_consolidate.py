"""Grouping mentions into events: same happening merged, different ones kept apart."""
from __future__ import annotations

import datetime as dt

from dateline.consolidate import EntityMatcher, consolidate, headline_candidates
from dateline.model import Article, Entity, Mention

ENTITIES = (
    Entity("alibaba-cloud", "阿里云", aliases=("阿里云计算有限公司", "Alibaba Cloud")),
    Entity("miit", "工信部", aliases=("工业和信息化部",)),
    Entity("apache", "阿帕奇软件基金会", aliases=("Apache",)),
    Entity("rules", "《网络产品安全漏洞管理规定》", kind="law", aliases=("网络产品安全漏洞管理规定",)),
)


def _article(article_id: str, sentences: list[tuple[str, str, str]], published: str | None = "2021-12-22",
             language: str = "zh-Hans") -> tuple[Article, tuple[Mention, ...]]:
    """An article made of sentences, each (sentence, date expression in it, resolved date)."""
    text = "\n\n".join(s for s, _, _ in sentences)
    mentions, offset = [], 0
    for sentence, as_written, date in sentences:
        start = offset + sentence.index(as_written)
        mentions.append(Mention(article=article_id, as_written=as_written, start=start, end=start + len(as_written),
                                date=date, end_date=None, granularity="day", resolved_by="year-from-publication",
                                is_event=True, sentence=sentence, sentence_start=offset,
                                sentence_end=offset + len(sentence)))
        offset += len(sentence) + 2
    when = dt.datetime.fromisoformat(published + "T12:00+08:00") if published else None
    article = Article(id=article_id, path=f"content/articles/{article_id}.txt", format="text", title=article_id,
                      text=text, blocks=(), language=language, published=when)
    return article, tuple(mentions)


def _consolidate(*made):
    articles = tuple(a for a, _ in made)
    mentions = {a.id: m for a, m in made}
    return consolidate(articles, mentions, ENTITIES)


SUSPENSION_A = ("12月22日，工信部网络安全管理局决定暂停阿里云作为合作单位6个月。", "12月22日", "2021-12-22")
SUSPENSION_B = ("12月22日,因未及时报告漏洞,阿里云被暂停作为工信部网络安全威胁信息共享平台合作单位6个月。", "12月22日", "2021-12-22")
RESPONSE = ("12月23日,阿里云在官方微信公号表示,将强化漏洞报告管理。", "12月23日", "2021-12-23")
WEATHER = ("12月22日，北京迎来今冬第一场大雪，气温降至零下十度。", "12月22日", "2021-12-22")


def test_same_happening_in_two_articles_is_one_event_citing_both():
    result = _consolidate(_article("a", [SUSPENSION_A]), _article("b", [SUSPENSION_B, RESPONSE]))
    suspension = [e for e in result.events if e.date == "2021-12-22"]
    assert len(suspension) == 1
    assert sorted(c.article for c in suspension[0].sources) == ["a", "b"]
    assert {"alibaba-cloud", "miit"} <= set(suspension[0].entities)
    assert [e.date for e in result.events] == ["2021-12-22", "2021-12-23"]


def test_different_happenings_on_the_same_day_stay_apart():
    result = _consolidate(_article("a", [SUSPENSION_A]), _article("c", [WEATHER]))
    assert len([e for e in result.events if e.date == "2021-12-22"]) == 2


def test_sources_that_disagree_on_the_date_are_one_event_with_variants():
    issued_a = ("在 2021 年 7 月 12 日，工信部、网信办和公安部联合下发的《关于印发网络产品安全漏洞管理规定的通知》中就做出过明确的规定。",
                "2021 年 7 月 12 日", "2021-07-12")
    issued_b = ("7月13日,工信部、国家网信办、公安部印发《网络产品安全漏洞管理规定》,要求漏洞收集平台在两日内报送漏洞信息。", "7月13日", "2021-07-13")
    first, second = _article("a", [issued_a]), _article("b", [issued_b])
    # an absolute date outweighs one whose year was inferred
    second = (second[0], tuple(m.__class__(**{**m.__dict__, "resolved_by": "year-from-context"}) for m in second[1]))
    (event,) = _consolidate(first, second).events
    assert event.date == "2021-07-12"
    assert [(v.date, v.sources) for v in event.variant_dates] == [("2021-07-12", ("a",)), ("2021-07-13", ("b",))]


def test_an_article_that_gives_both_dates_keeps_them_apart():
    day_one = ("12月9日，工信部网络安全威胁和漏洞信息共享平台收到有关网络安全专业机构报告。", "12月9日", "2021-12-09")
    day_two = ("12月10日，国家信息安全漏洞共享平台获得相关信息并发布安全公告。", "12月10日", "2021-12-10")
    result = _consolidate(_article("a", [day_one, day_two]))
    assert [e.date for e in result.events] == ["2021-12-09", "2021-12-10"]


def test_ids_do_not_depend_on_file_names_or_order():
    first = _consolidate(_article("a", [SUSPENSION_A]), _article("b", [SUSPENSION_B, RESPONSE]))
    renamed = _consolidate(_article("zz", [SUSPENSION_B, RESPONSE]), _article("aa", [SUSPENSION_A]))
    with_other = _consolidate(_article("a", [SUSPENSION_A]), _article("b", [SUSPENSION_B, RESPONSE]),
                              _article("c", [WEATHER]))
    ids = sorted(e.id for e in first.events)
    assert ids == sorted(e.id for e in renamed.events)
    assert set(ids) <= {e.id for e in with_other.events}
    assert all(i.startswith(("2021-12-22-", "2021-12-23-")) for i in ids)


def test_every_event_mention_feeds_exactly_one_event():
    made = (_article("a", [SUSPENSION_A]), _article("b", [SUSPENSION_B, RESPONSE]))
    result = _consolidate(*made)
    ids = {e.id for e in result.events}
    for article, mentions in made:
        for mention in mentions:
            assert result.event_of_mention[(article.id, mention.start)] in ids


def test_non_event_mentions_make_no_event():
    article, mentions = _article("a", [SUSPENSION_A])
    as_statistic = tuple(m.__class__(**{**m.__dict__, "is_event": False}) for m in mentions)
    assert consolidate((article,), {"a": as_statistic}, ENTITIES).events == ()


def test_headline_drops_the_date_and_the_attribution():
    clauses = headline_candidates("12月22日，据21世纪经济报道消息，近期，工信部决定暂停阿里云作为上述合作单位6个月。", "12月22日", "zh-Hans")
    assert clauses[-1] == "工信部决定暂停阿里云作为上述合作单位6个月"
    assert not any("12月22日" in c or c.startswith("据") for c in clauses)


def test_entity_matcher_prefers_the_longest_alias_and_folds_script():
    matcher = EntityMatcher(ENTITIES + (Entity("miit-bureau", "工信部网络安全管理局"),))
    assert matcher.find("工信部网络安全管理局通报称") == ("miit-bureau",)
    assert matcher.find("工業和信息化部表示") == ("miit",)
    assert matcher.find("ApacheCon and Alibaba Cloud") == ("alibaba-cloud",)
    assert matcher.find("NotApache, then 2Apache") == ()  # a Latin alias is a whole word on both sides
    assert matcher.find("Apache said") == matcher.find("(Apache)") == matcher.find("据Apache称") == ("apache",)
    assert matcher.leading_name("Apache said") == "Apache" and matcher.leading_name("XApache said") == ""


def _blocked(article: Article) -> Article:
    """The article with one block per paragraph, as ingest makes them."""
    from dateline.model import Block

    blocks, offset = [], 0
    for paragraph in article.text.split("\n\n"):
        blocks.append(Block("p", offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return Article(**{**article.__dict__, "blocks": tuple(blocks)})


def test_interval_claims_are_checked_against_the_dates():
    reported = ("11月24日，阿里云发现漏洞后，率先向阿帕奇软件基金会披露了该漏洞。", "11月24日", "2021-11-24")
    learned = ("而工信部12月9日发现上述漏洞，距阿里云首次发现已经过去15天。", "12月9日", "2021-12-09")
    wrong = ("12月20日，工信部通报此事，距阿里云首次发现漏洞已经过去10天。", "12月20日", "2021-12-20")
    article, mentions = _article("a", [reported, learned, wrong])
    result = consolidate((_blocked(article),), {"a": mentions}, ENTITIES)
    checks = {c.claim: c for e in result.events for c in e.interval_checks}
    assert checks["距阿里云首次发现已经过去15天"].holds
    assert checks["距阿里云首次发现已经过去15天"].actual_days == 15
    assert not checks["距阿里云首次发现漏洞已经过去10天"].holds
    assert checks["距阿里云首次发现漏洞已经过去10天"].actual_days == 26


def test_a_copied_paragraph_is_not_counted_as_corroboration():
    paragraph = ("12月9日，工信部网络安全威胁和漏洞信息共享平台收到有关网络安全专业机构报告，阿帕奇Log4j2组件存在严重安全漏洞。",
                 "12月9日", "2021-12-09")
    original = _article("original", [paragraph], published="2021-12-22")
    farm = _article("farm", [paragraph], published=None)
    result = consolidate((_blocked(original[0]), _blocked(farm[0])),
                         {"original": original[1], "farm": farm[1]}, ENTITIES)
    (event,) = result.events
    assert {c.article: c.copy_of for c in event.sources} == {"original": None, "farm": "original"}
    assert event.also_published_by == ("farm",)
    assert event.importance == 1.0


def test_two_copies_of_one_original_are_one_source_wherever_it_is_counted():
    paragraph = ("12月9日，工信部网络安全威胁和漏洞信息共享平台收到有关网络安全专业机构报告，阿帕奇Log4j2组件存在严重安全漏洞。",
                 "12月9日", "2021-12-09")
    original = _article("original", [paragraph], published="2021-12-10")
    farms = [_article(name, [paragraph], published="2021-12-22") for name in ("farm-a", "farm-b")]
    # The original gives no mention of the date (none was found there): only the copies cite the event.
    result = consolidate(tuple(_blocked(article) for article, _ in [original, *farms]),
                         {"original": (), "farm-a": farms[0][1], "farm-b": farms[1][1]}, ENTITIES)
    (event,) = result.events
    assert {c.article: c.copy_of for c in event.sources} == {"farm-a": "original", "farm-b": "original"}
    assert event.independent_sources == 1 and event.importance == 1.0


def test_suggested_entities_are_frequent_names_not_yet_known():
    from dateline.consolidate.suggest import suggest_entities

    text = ("新华社报道，国务院总理李强会见了来访的德国总理朔尔茨。李强表示，中德合作潜力巨大。"
            "朔尔茨说，德国愿同中国加强合作。Canalys 的报告显示，Alibaba Cloud 份额领先。Canalys 称增长强劲。")
    article = Article(id="a", path="a.txt", format="text", title="t", text=text, blocks=(), language="zh-Hans")
    known = (Entity("china", "中国"), Entity("alibaba-cloud", "阿里云", aliases=("Alibaba Cloud",)))
    names = {s.name: s for s in suggest_entities((article,), known)}
    assert {"李强", "Canalys"} <= set(names)
    assert names["李强"].kind == "person" and names["李强"].mentions == 2
    assert "中国" not in names and "Alibaba Cloud" not in names and "Alibaba" not in names
