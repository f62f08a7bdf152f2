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


def _article(
    article_id: str,
    sentences: list[tuple[str, str, str]],
    published: str | None = "2021-12-22",
    language: str = "zh-Hans",
) -> tuple[Article, tuple[Mention, ...]]:
    """An article made of sentences, each (sentence, date expression in it, resolved date)."""
    text = "\n\n".join(s for s, _, _ in sentences)
    mentions, offset = [], 0
    for sentence, as_written, date in sentences:
        start = offset + sentence.index(as_written)
        mentions.append(
            Mention(
                article=article_id,
                as_written=as_written,
                start=start,
                end=start + len(as_written),
                date=date,
                end_date=None,
                granularity="day",
                resolved_by="year-from-publication",
                is_event=True,
                sentence=sentence,
                sentence_start=offset,
                sentence_end=offset + len(sentence),
            )
        )
        offset += len(sentence) + 2
    when = dt.datetime.fromisoformat(published + "T12:00+08:00") if published else None
    article = Article(
        id=article_id,
        path=f"content/articles/{article_id}.txt",
        format="text",
        title=article_id,
        text=text,
        blocks=(),
        language=language,
        published=when,
    )
    return article, tuple(mentions)


def _consolidate(*made):
    articles = tuple(a for a, _ in made)
    mentions = {a.id: m for a, m in made}
    return consolidate(articles, mentions, ENTITIES)


SUSPENSION_A = ("12月22日，工信部网络安全管理局决定暂停阿里云作为合作单位6个月。", "12月22日", "2021-12-22")
SUSPENSION_B = (
    "12月22日,因未及时报告漏洞,阿里云被暂停作为工信部网络安全威胁信息共享平台合作单位6个月。",
    "12月22日",
    "2021-12-22",
)
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
    issued_a = (
        "在 2021 年 7 月 12 日，工信部、网信办和公安部联合下发的《关于印发网络产品安全漏洞管理规定的通知》中就做出过明确的规定。",
        "2021 年 7 月 12 日",
        "2021-07-12",
    )
    issued_b = (
        "7月13日,工信部、国家网信办、公安部印发《网络产品安全漏洞管理规定》,要求漏洞收集平台在两日内报送漏洞信息。",
        "7月13日",
        "2021-07-13",
    )
    first, second = _article("a", [issued_a]), _article("b", [issued_b])
    # an absolute date outweighs one whose year was inferred
    second = (second[0], tuple(m.__class__(**{**m.__dict__, "resolved_by": "year-from-context"}) for m in second[1]))
    (event,) = _consolidate(first, second).events
    assert event.date == "2021-07-12"
    assert [(v.date, v.sources) for v in event.variant_dates] == [("2021-07-12", ("a",)), ("2021-07-13", ("b",))]


def test_events_on_the_first_days_of_the_calendar_are_grouped_like_any_other():
    first_day = ("The coins are dated 1 January of the year 1.", "1 January of the year 1", "0001-01-01")
    third_day = ("The coins are dated 3 January of the year 1.", "3 January of the year 1", "0001-01-03")
    result = _consolidate(_article("a", [first_day], "2021-12-22"), _article("b", [third_day], "2021-12-22"))
    assert [event.date for event in result.events] == ["0001-01-01"]
    assert [(v.date, v.sources) for v in result.events[0].variant_dates] == [
        ("0001-01-01", ("a",)),
        ("0001-01-03", ("b",)),
    ]


def test_an_article_that_gives_both_dates_keeps_them_apart():
    day_one = ("12月9日，工信部网络安全威胁和漏洞信息共享平台收到有关网络安全专业机构报告。", "12月9日", "2021-12-09")
    day_two = ("12月10日，国家信息安全漏洞共享平台获得相关信息并发布安全公告。", "12月10日", "2021-12-10")
    result = _consolidate(_article("a", [day_one, day_two]))
    assert [e.date for e in result.events] == ["2021-12-09", "2021-12-10"]


def test_ids_do_not_depend_on_file_names_or_order():
    first = _consolidate(_article("a", [SUSPENSION_A]), _article("b", [SUSPENSION_B, RESPONSE]))
    renamed = _consolidate(_article("zz", [SUSPENSION_B, RESPONSE]), _article("aa", [SUSPENSION_A]))
    with_other = _consolidate(
        _article("a", [SUSPENSION_A]), _article("b", [SUSPENSION_B, RESPONSE]), _article("c", [WEATHER])
    )
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
    clauses = headline_candidates(
        "12月22日，据21世纪经济报道消息，近期，工信部决定暂停阿里云作为上述合作单位6个月。", "12月22日", "zh-Hans"
    )
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
    paragraph = (
        "12月9日，工信部网络安全威胁和漏洞信息共享平台收到有关网络安全专业机构报告，阿帕奇Log4j2组件存在严重安全漏洞。",
        "12月9日",
        "2021-12-09",
    )
    original = _article("original", [paragraph], published="2021-12-22")
    farm = _article("farm", [paragraph], published=None)
    result = consolidate(
        (_blocked(original[0]), _blocked(farm[0])), {"original": original[1], "farm": farm[1]}, ENTITIES
    )
    (event,) = result.events
    assert {c.article: c.copy_of for c in event.sources} == {"original": None, "farm": "original"}
    assert event.also_published_by == ("farm",)
    assert event.importance == 1.0


def test_two_copies_of_one_original_are_one_source_wherever_it_is_counted():
    paragraph = (
        "12月9日，工信部网络安全威胁和漏洞信息共享平台收到有关网络安全专业机构报告，阿帕奇Log4j2组件存在严重安全漏洞。",
        "12月9日",
        "2021-12-09",
    )
    original = _article("original", [paragraph], published="2021-12-10")
    farms = [_article(name, [paragraph], published="2021-12-22") for name in ("farm-a", "farm-b")]
    # The original gives no mention of the date (none was found there): only the copies cite the event.
    result = consolidate(
        tuple(_blocked(article) for article, _ in [original, *farms]),
        {"original": (), "farm-a": farms[0][1], "farm-b": farms[1][1]},
        ENTITIES,
    )
    (event,) = result.events
    assert {c.article: c.copy_of for c in event.sources} == {"farm-a": "original", "farm-b": "original"}
    assert event.independent_sources == 1 and event.importance == 1.0


def test_entity_matcher_reads_a_latin_name_through_possessives_and_case():
    matcher = EntityMatcher(
        (Entity("corps", "Beatles Apple Corps"), Entity("store", "iTunes store"), Entity("short", "Corps"))
    )
    text = "The Beatles' Apple Corps sued; the iTunes Store grew; the Beatles’s Apple Corps won. ArmyCorps left."
    assert matcher.find(text) == ("corps", "store")
    assert [name for _, name in matcher.names_in(text)] == [
        "Beatles' Apple Corps",
        "iTunes Store",
        "Beatles’s Apple Corps",
    ]


def test_a_person_named_in_full_is_then_named_by_surname_in_the_same_article():
    matcher = EntityMatcher(
        (Entity("jobs", "Steve Jobs", kind="person"), Entity("corps", "Apple Corps"), Entity("wu", "Steve Wu"))
    )
    article = "Steve Jobs unveiled the phone. Later, Jobs said sales rose. The Corps sued. Wu left."
    named = matcher.persons_named(article)
    assert named == frozenset({"jobs"})  # Steve Wu is not a person entity; Apple Corps is not named
    assert matcher.find("Later, Jobs said sales rose.", named) == ("jobs",)
    # not in an article that never names him in full, nor run on into another name, nor lowercase
    assert matcher.find("Later, Jobs said sales rose.") == ()
    assert matcher.find("The Jobs Act passed; jobs grew.", named) == ()
    # an organisation's last word is no name of it
    assert matcher.find("The Corps sued.", frozenset({"corps"})) == ()


def test_events_reported_by_surname_or_pronoun_link_to_the_person():
    steve = Entity("jobs", "Steve Jobs", kind="person")
    article, mentions = _article(
        "a",
        [
            ("Steve Jobs founded the company in 1976.", "1976", "1976-06-01"),
            ("Jobs resigned as chief executive on Aug. 24.", "Aug. 24", "2011-08-24"),
            ("In 1986 he bought Pixar.", "1986", "1986-06-01"),
        ],
        language="en",
    )
    result = consolidate((article,), {"a": mentions}, (steve,))
    assert all(event.entities == ("jobs",) for event in result.events) and len(result.events) == 3


def test_he_and_she_stand_for_the_person_named_last_before_them():
    matcher = EntityMatcher((Entity("jobs", "Steve Jobs", kind="person"), Entity("pixar", "Pixar")))
    text = (
        "Steve Jobs co-founded Apple in 1976. One year later he was fired. In 1986 he bought Pixar. "
        "Pixar hired John Lasseter. He directed Toy Story."
    )
    named = matcher.persons_named(text)

    def antecedent(sentence: str) -> str:
        return matcher.antecedent(text, text.index(sentence), sentence, named)

    assert antecedent("One year later he was fired.") == "jobs"
    assert antecedent("In 1986 he bought Pixar.") == "jobs"  # through a chain of pronouns
    assert antecedent("He directed Toy Story.") == ""  # someone the table does not know was named since
    assert matcher.antecedent(text, 0, "Steve Jobs co-founded Apple in 1976.", named) == ""  # no pronoun
    chinese = EntityMatcher((Entity("ma", "马云", kind="person"), Entity("ali", "阿里巴巴")))
    text = "马云创办了阿里巴巴。1999年，他在杭州召开发布会。"
    assert chinese.antecedent(text, 9, "1999年，他在杭州召开发布会。", chinese.persons_named(text)) == "ma"
    text = "马云创办了阿里巴巴。阿里巴巴称，他们于1999年上市。"  # 他们 is not a person
    assert chinese.antecedent(text, 10, "阿里巴巴称，他们于1999年上市。", chinese.persons_named(text)) == ""


def test_suggested_entities_are_frequent_names_not_yet_known():
    from dateline.consolidate.suggest import suggest_entities

    text = (
        "新华社报道，国务院总理李强会见了来访的德国总理朔尔茨。李强表示，中德合作潜力巨大。"
        "朔尔茨说，德国愿同中国加强合作。Canalys 的报告显示，Alibaba Cloud 份额领先。Canalys 称增长强劲。"
    )
    article = Article(id="a", path="a.txt", format="text", title="t", text=text, blocks=(), language="zh-Hans")
    known = (Entity("china", "中国"), Entity("alibaba-cloud", "阿里云", aliases=("Alibaba Cloud",)))
    names = {s.name: s for s in suggest_entities((article,), known)}
    assert {"李强", "Canalys"} <= set(names)
    assert names["李强"].kind == "person" and names["李强"].mentions == 2
    assert "中国" not in names and "Alibaba Cloud" not in names and "Alibaba" not in names


_ISSUED_B = (
    "7月13日,工信部、国家网信办、公安部印发《网络产品安全漏洞管理规定》,要求漏洞收集平台在两日内报送漏洞信息。",
    "7月13日",
    "2021-07-13",
)
_STORY_B = [SUSPENSION_B, RESPONSE, _ISSUED_B]
_DISCOVERY = ("11月24日，阿里云发现漏洞后，率先向阿帕奇软件基金会披露了该漏洞。", "11月24日", "2021-11-24")


def _story() -> list[tuple[Article, tuple[Mention, ...]]]:
    """Articles on the same happenings over a few days, with variant dates and a copied paragraph."""
    issued_a = (
        "在 2021 年 7 月 12 日，工信部、网信办和公安部联合下发了《网络产品安全漏洞管理规定》的通知。",
        "2021 年 7 月 12 日",
        "2021-07-12",
    )
    reported = (
        "12月9日，工信部网络安全威胁和漏洞信息共享平台收到有关网络安全专业机构报告，阿帕奇Log4j2组件存在严重安全漏洞。",
        "12月9日",
        "2021-12-09",
    )
    made = [
        _article("a", [SUSPENSION_A, issued_a], published="2021-12-22"),
        _article("b", _STORY_B, published="2021-12-24"),
        _article("c", [WEATHER, reported], published="2021-12-23"),
        _article("d", [reported, SUSPENSION_B], published="2021-12-25"),
        _article("e", [_ISSUED_B, RESPONSE], published=None),
        _article("g", [("而工信部12月9日发现上述漏洞，距阿里云首次发现已经过去15天。", "12月9日", "2021-12-09")]),
        _article("h", [_DISCOVERY]),
    ]
    return [(_blocked(article), mentions) for article, mentions in made]


def _edits(made):
    """The story after each kind of edit an editor makes: an article changed, added, removed, re-dated or
    reworded, and the event a claim counts from moved."""
    changed = list(made)
    changed[1] = _article("b", [*_STORY_B, WEATHER], published="2021-12-24")
    added = list(made) + [_article("f", [RESPONSE, SUSPENSION_A], published="2021-12-21")]
    removed = [pair for pair in made if pair[0].id != "c"]
    redated = list(made)
    redated[3] = _article(
        "d",
        [
            (text, written, date)
            for text, written, date in [(made[3][0].text.split("\n\n")[0], "12月9日", "2021-12-09"), SUSPENSION_B]
        ],
        published="2021-12-01",
    )
    moved = list(made)  # h now dates the discovery that g's claim counts from four days earlier
    moved[-1] = _article("h", [tuple(part.replace("24", "20") for part in _DISCOVERY)])
    reworded = list(made)  # a's 7月12日 now reports another happening: b's 7月13日 is no longer its variant
    reworded[0] = _article(
        "a",
        [
            SUSPENSION_A,
            ("2021 年 7 月 12 日，北京迎来入夏以来最强降雨，多条道路积水。", "2021 年 7 月 12 日", "2021-07-12"),
        ],
        published="2021-12-22",
    )
    relanguaged = list(made)  # e is found to be an English page: its sentences are compared as English
    relanguaged[4] = _article("e", [_ISSUED_B, RESPONSE], published=None, language="en")
    return {
        "relanguaged": [(_blocked(a), m) for a, m in relanguaged],
        "changed": [(_blocked(a), m) for a, m in changed],
        "added": [(_blocked(a), m) for a, m in added],
        "removed": removed,
        "redated": [(_blocked(a), m) for a, m in redated],
        "reworded": [(_blocked(a), m) for a, m in reworded],
        "moved": [(_blocked(a), m) for a, m in moved],
    }


def test_a_consolidation_from_the_last_ones_memo_is_the_same_as_a_fresh_one():
    made = _story()
    first = consolidate(tuple(a for a, _ in made), {a.id: m for a, m in made}, ENTITIES)
    assert first.memo.blocks and first.memo.merges and first.memo.copies.found
    assert any(len(event.variant_dates) == 2 for event in first.events)  # 7月12日 and 7月13日
    assert {(c.claim, c.actual_days) for event in first.events for c in event.interval_checks} == {
        ("距阿里云首次发现已经过去15天", 15)
    }
    assert first.memo.intervals.checks
    for edit, edited in _edits(made).items():
        articles, mentions = tuple(a for a, _ in edited), {a.id: m for a, m in edited}
        fresh = consolidate(articles, mentions, ENTITIES)
        again = consolidate(articles, mentions, ENTITIES, memo=first.memo)
        assert again.events == fresh.events, edit
        assert again.event_of_mention == fresh.event_of_mention, edit
        assert again.memo == fresh.memo, edit
        if edit == "moved":
            assert {c.actual_days for event in again.events for c in event.interval_checks} == {19}


def test_only_the_date_blocks_that_changed_are_grouped_again(monkeypatch):
    import dateline.consolidate as consolidation

    made = _story()
    first = consolidate(tuple(a for a, _ in made), {a.id: m for a, m in made}, ENTITIES)
    grouped = []
    real = consolidation._group_block
    monkeypatch.setattr(
        consolidation,
        "_group_block",
        lambda date_key, candidates: grouped.append(date_key) or real(date_key, candidates),
    )
    edited = _edits(made)["changed"]  # b now ends with the snow of 12月22日
    consolidate(tuple(a for a, _ in edited), {a.id: m for a, m in edited}, ENTITIES, memo=first.memo)
    assert grouped == ["2021-12-22"]


def test_copy_detection_from_a_memo_reads_only_the_changed_articles_and_finds_the_same(monkeypatch):
    from dateline.consolidate import copies

    made = _story()
    articles = tuple(a for a, _ in made)
    found, memo = copies.find_copies(articles)
    # d (published 12-25) repeats c's paragraph (12-23) and b's (12-24); e (undated) repeats b's paragraphs
    assert sorted((article, original) for (article, _), original in found.items()) == [
        ("d", "b"),
        ("d", "c"),
        ("e", "b"),
        ("e", "b"),
    ]
    fingerprinted = []
    real = copies._fingerprint
    monkeypatch.setattr(copies, "_fingerprint", lambda article: fingerprinted.append(article.id) or real(article))
    for edit, edited in _edits(made).items():
        fingerprinted.clear()
        changed = tuple(a for a, _ in edited)
        again = copies.find_copies(changed, memo)
        assert (
            fingerprinted
            == {
                "changed": ["b"],
                "added": ["f"],
                "removed": [],
                "redated": [],
                "reworded": ["a"],
                "moved": ["h"],
                "relanguaged": [],
            }[edit]
        )
        assert again == copies.find_copies(changed, None), edit
    assert copies.find_copies(articles, memo) == (found, memo)
