"""Extract, as news is written: the tense around a year-less date, periods named by reference,
years and times standing alone, dates read out. Made-up sentences in the style of wire copy."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.extract import ExtractionContext, extract_mentions
from dateline.extract.tense import FUTURE, PAST, PRESENT, PROSPECT, UNKNOWN, chinese_tense, english_tense
from dateline.ingest import parse_publication_date


def found(text: str, published: str | None, language: str = "en") -> list[tuple[str, str | None]]:
    date = dt.date.fromisoformat(published) if published else None
    return [(m.as_written, m.date) for m in extract_mentions(text, ExtractionContext("t", date, language))]


def events_in(text: str, published: str, language: str = "en") -> list[bool]:
    """Whether each mention is an event, in order."""
    date = dt.date.fromisoformat(published)
    return [m.is_event for m in extract_mentions(text, ExtractionContext("t", date, language))]


def date_of(text: str, written: str, published: str, language: str = "en") -> str | None:
    dates = [date for as_written, date in found(text, published, language) if as_written == written]
    assert dates, found(text, published, language)
    return dates[0]


# --- The tense of the clause around a date ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,date,tense",
    [
        ("The company said Friday that it would cut jobs.", "Friday", PAST),
        ("Forecasters said Sunday would be another hot day.", "Sunday", FUTURE),  # what the day will be
        ("The bill released on Thursday would end the exemption.", "Thursday", PAST),
        # a clause of time in the present hanging on a future; a thing `next` a few words before
        ("He will face eight years in prison when he's sentenced on Aug. 23.", "Aug. 23", FUTURE),
        ("He will face charges after police arrested him on Aug. 23.", "Aug. 23", PAST),
        ("Economists said the Bank's next rate decision in November was likely to be close.", "November", FUTURE),
        ("The monarch will meet the president on Thursday in Maine.", "Thursday", FUTURE),
        ("The talks are set to resume Monday in Belfast.", "Monday", FUTURE),
        ("The meeting is scheduled for December 30.", "December 30", FUTURE),
        ("The loan is due in March.", "March", FUTURE),
        ("Due in Q4 along with its app, the tablet costs $499.", "Q4", FUTURE),
        ("The payment was due in March.", "March", PRESENT),  # an old plan: the nearer March
        ("On Friday, the company announced a loss.", "Friday", PAST),
        ("Today, advanced imaging tools show that the brain changes.", "Today", PRESENT),  # `advanced`, no verb
        ("Yesterday, armed men attacked the bank.", "Yesterday", PAST),
        ("The team planned to leave Nairobi on Thursday.", "Thursday", FUTURE),
        ("Experts expect a recurrence of the virus in the fall.", "the fall", FUTURE),
        ("The issue after his April 2 Derby victory will keep the colt out.", "April 2", PRESENT),
        ("The company's March 3 filing will be reviewed.", "March 3", PRESENT),
        # `the` and a vote it names: its day is named before it as often as after; not a year (`the 2020 elections`)
        ("Banda has endorsed Lungu for the January 20 presidential election.", "January 20", PRESENT),
        ("Tau SA has lodged an objection in the 7 May general elections.", "7 May", PRESENT),
        ("Lawmakers said he should have dissolved parliament for a mid-February election.", "mid-February", PRESENT),
        ("The company has filed the March 3 report.", "March 3", PAST),
        # `going` is no auxiliary of the future but before `to`
        ("The team suffered a loss, going down 97-81 to Canada on Sunday.", "Sunday", UNKNOWN),
        ("He was going home on Sunday.", "Sunday", PAST),
        ("They are going to meet on Sunday.", "Sunday", FUTURE),
        ("The deal will close in the company's fourth quarter and is subject to approval.", "fourth quarter", FUTURE),
        ("Residents are told to expect a storm in January.", "January", FUTURE),
        ("The bank forecasts a rebound in March.", "March", FUTURE),
        ("This is January 11th.", "January 11th", PRESENT),  # which day it was, said again
        ("The deadline is May 1.", "May 1", FUTURE),
        ("Organisers planned a large rally on Saturday.", "Saturday", FUTURE),
        ("The government agreed in June to sell the bank.", "June", PAST),
        ("He entered his current position in April.", "April", PAST),
        ("The Aug. 7 blasts killed 257 people.", "Aug. 7", PAST),
        ("The offer was extended to Nov. 16.", "Nov. 16", PRESENT),
        ("The shares must be sold by Jan. 14.", "Jan. 14", PRESENT),
        ("The board gave no reason for the Jan. 14 deadline.", "Jan. 14", PRESENT),
        ("Prices have risen since March.", "March", PAST),
        # a modal before a base verb looks ahead; `could not` tells of the past as often
        ("Temperatures should peak Friday before falling back.", "Friday", FUTURE),
        ("Prices may yet fall on Friday.", "Friday", FUTURE),
        ("He could not be reached for comment Friday.", "Friday", UNKNOWN),
        ("The headphones may be coming sooner than June.", "June", FUTURE),
        ("He was coming home on Friday.", "Friday", PAST),
        ("The relatives could arrive as soon as Tuesday.", "Tuesday", FUTURE),
        # a present copula before the day a thing is on: ahead
        ("The Vikings' next preseason game is on Sunday in San Francisco.", "Sunday", FUTURE),
        ("The deadline is Friday.", "Friday", FUTURE),
        # `expected` before the day, or after its possessive: ahead, whatever the clause's verb
        ("The first step, expected as early as Friday, may amount to little.", "Friday", FUTURE),
        ("With Friday’s expected announcement, the agency will extend its rules.", "Friday", FUTURE),
        ("Markets await the upcoming presidential inauguration on Friday.", "Friday", FUTURE),  # … or `upcoming`
        ("The index fell as early as March, traders said.", "March", PAST),
        ("Officials postponed until Tuesday morning any action on the case.", "Tuesday", "prospect"),
        ("Lane resigned as chairman, president and chief executive in March.", "March", UNKNOWN),
        ("Prior to September, I would have said the standard was too new.", "September", PAST),
        ("The utility initiated four rounds of planned outages in October.", "October", PAST),
        ("He canceled an increase in tariffs planned for Oct. 15, he said.", "Oct. 15", PRESENT),
        # a thing named by the day it is planned for: ahead, unless just past
        (
            "Witnesses will meet staff on dates leading up to the panel's scheduled Feb. 13 hearing.",
            "Feb. 13",
            PROSPECT,
        ),
        ("The scheduled Feb. 13 hearing was delayed.", "Feb. 13", PROSPECT),
        # a list's items share the future said once before them
        ("The chemistry prize will be announced Wednesday, the literature prize on Thursday.", "Thursday", FUTURE),
        (
            "The chemistry prize will be announced Wednesday, the literature prize on Thursday and the peace prize on "
            "Friday.",
            "Friday",
            FUTURE,
        ),
        # ... and so does a chunk that commas only set a place apart from
        ("Rallies are scheduled for Colorado Springs, Colo., on Thursday and Las Vegas on Friday.", "Friday", FUTURE),
        ("Rallies were held in Colorado Springs, Colo., on Thursday and Las Vegas on Friday.", "Friday", UNKNOWN),
        # `as planned` is an aside, not the clause's verb
        ("The judge ruled that the sentencing would go forward as planned on Thursday.", "Thursday", FUTURE),
        ("Shares fell as expected on Thursday.", "Thursday", PAST),
        # `call` plans what it calls for a day, and no other
        ("An election was called for May 28.", "May 28", FUTURE),
        ("The union has called a strike for Monday.", "Monday", FUTURE),
        ("Police were called on May 8.", "May 8", PAST),
        ("Police were called to the house on May 8.", "May 8", PAST),
        # `would not` before a verb of telling is a refusal made then, no future
        ("Twitter on Wednesday would not confirm whether he was the employee.", "Wednesday", PAST),
        ("He would not attend the meeting on Friday.", "Friday", FUTURE),
        # … and a weekday after what was called for is the day of the call
        ("Nearly 60 lawmakers called for an investigation in a letter on Monday.", "Monday", PAST),
        ("People were calling for his death on Sunday.", "Sunday", PAST),
        # a thing still to be done, by its passive infinitive after a noun
        ("The criticism, made in a documentary to be shown at the festival on Saturday, revealed it.", "Saturday",
         PROSPECT),
        ("The vote to be held on Friday will decide it.", "Friday", PROSPECT),
        # an attribution that closes the sentence says nothing of a date its own verb is too far back to find …
        (
            "That will be followed by a weekend of strategy sessions for Trump and Republican leaders on Jan. 6 and 7, "
            "the White House said.",
            "Jan. 6",
            UNKNOWN,
        ),
        # … unlike a clause's own verb after a phrase
        ("In a statement on 13 June, Ramaphosa said that most women were affected.", "13 June", PAST),
        # the clause after `that` is another verb's
        (
            "Reed told investors of New Media, the parent, on Oct. 31 that the merger would pay down debt.",
            "Oct. 31",
            UNKNOWN,
        ),
    ],
)
def test_english_tense_is_the_tense_of_the_verb_group_that_governs_the_date(sentence, date, tense):
    start = sentence.index(date)
    assert english_tense(sentence, start, start + len(date), 0, len(sentence)) == tense


@pytest.mark.parametrize(
    "sentence,date,tense",
    [
        ("公司将于12月30日举行发布会。", "12月30日", FUTURE),
        # a plan as a noun is no future
        ("3月18日，计划生育政策调整。", "3月18日", UNKNOWN),
        ("3月18日，计划之外的车祸发生。", "3月18日", UNKNOWN),
        ("该公司计划3月1日上线。", "3月1日", FUTURE),
        ("12月9日，平台已收到报告。", "12月9日", PAST),
        ("12月9日，平台收到了报告。", "12月9日", PAST),
        ("12月9日，平台收到报告。", "12月9日", UNKNOWN),
        ("为了12月9日的会议，他了解了情况。", "12月9日", UNKNOWN),
        # a plan named in a title plans nothing; a past said before a plan is the date's own
        ("3月19日，发改委下发《关于制定行动计划的通知》。", "3月19日", UNKNOWN),
        ("3月19日，发改委下发了一份通知，要求各地制定行动计划。", "3月19日", PAST),
        ("证监会7月2日晚回应称将严查。", "7月2日晚", UNKNOWN),  # the future is what was said that day
        ("能否见疗效，周一见。", "周一", FUTURE),  # see you then
        # 将 before a count is the object marker, not the future
        ("她在11月初将两名男同事带回公寓。", "11月初", UNKNOWN),
        ("公司11月初将三款新品推向市场。", "11月初", UNKNOWN),
        ("公司11月初将推出三款新品。", "11月初", FUTURE),
        # the modal 会 of a forecast; 会 in a word (会议, 委员会, 记者会) and 不时会 (habit) are no future
        ("週六會靠近宮古島南方。", "週六", FUTURE),
        ("蘇拉到周日基本上會遠離香港。", "周日", FUTURE),
        ("周四的会议讨论预算。", "周四", UNKNOWN),
        ("证监会新闻发言人3日表示。", "3日", UNKNOWN),
        ("委員會表示，周四收到報告。", "周四", UNKNOWN),
        ("记者会周四举行。", "周四", UNKNOWN),
        ("紅歌會網星期二發文稱，他能出來。", "星期二", UNKNOWN),  # 會 in a site's name
        ("關注組周四在立法會外舉行集會。", "周四", UNKNOWN),  # … or a legislature's
        ("校园里，不时会有同学在元旦汇演表演。", "元旦", UNKNOWN),
    ],
)
def test_chinese_tense_comes_from_cues(sentence, date, tense):
    start = sentence.index(date)
    assert chinese_tense(sentence, start, start + len(date), 0, len(sentence)) == tense


@pytest.mark.parametrize(
    "text,written,published,expected",
    [
        # the year that puts the date nearest publication, on the side the tense says
        ("The dividend is payable Jan. 2 to holders of record.", "Jan. 2", "1989-10-27", "1990-01-02"),
        ("The rights, which expire Nov. 21, can be exercised.", "Nov. 21", "1989-10-30", "1989-11-21"),
        ("Elian must be returned to his father by Jan. 14.", "Jan. 14", "2000-01-06", "2000-01-14"),
        ("The shop stays open until December 23.", "December 23", "2021-12-17", "2021-12-23"),
        ("Workers must wait until July to see the raise.", "July", "2013-12-30", "2014-07"),  # `must` is no past verb
        ("Neither could be located Wednesday in Cardenas.", "Wednesday", "2000-01-06", "2000-01-05"),  # `could be`: past as often
        ("If he tries again, he could face a vote in September.", "September", "2019-03-10", "2019-09"),  # `could face`: ahead
        ("He said in September that the plan failed.", "September", "1989-11-02", "1989-09"),
        ("The launch is planned for June.", "June", "2022-03-10", "2022-06"),
        ("Organisers expect a smaller crowd in June.", "June", "2022-03-10", "2022-06"),
        ("The minister resigned in June.", "June", "2022-03-10", "2021-06"),
        ("Two helicopters crashed last February.", "last February", "1998-03-01", "1997-02"),
        ("Shareholders approved the plan last April.", "last April", "1989-11-01", "1989-04"),
        # a deadline is read at the nearer date, whatever the verb that set it
        ("Dunkin' has set Nov. 10 as the deadline for bids.", "Nov. 10", "1989-11-02", "1989-11-10"),
        ("By setting a Jan. 14 return date, the service allowed time.", "Jan. 14", "2000-01-06", "2000-01-14"),
        ("Trump announced a tariff on goods imported beginning June 10.", "June 10", "2019-06-08", "2019-06-10"),
        ("A levy starting June 10 was announced last week.", "June 10", "2019-06-08", "2019-06-10"),  # a start
        # a passive in the present; a noun in -s in a phrase is no verb
        ("They lose if the case is heard in May in the appeals court.", "May", "2000-03-29", "2000-05"),
        (
            "He stepped down as chairman, president and chief in March for health reasons.",
            "March",
            "1989-11-02",
            "1989-03",
        ),
        # a date opening its sentence takes the sentence's verb past a long aside
        (
            "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic "
            "bombing in Birmingham, Ala., killed a security guard.",
            "January",
            "1998-10-25",
            "1998-01",
        ),
        # the attribution after a list is not the date's verb
        (
            "NATO has decided to admit Poland, Hungary and the Czech Republic in early March, an official said.",
            "early March",
            "1999-02-10",
            "1999-03",
        ),
        # `would` and `could` after a past verb of saying: ahead of the saying, so a date a season back at most stays
        ("The staff said they could be ready in September.", "September", "2023-11-08", "2023-09"),
        ("The company said Tuesday it would close the plant in March.", "March", "2023-11-08", "2024-03"),
        ("The staff could be ready in September.", "September", "2023-11-08", "2024-09"),
        # … and one the season before goes ahead, as the day coordinated with it does
        ("He said the plant would open on August 6 and close in September.", "September", "1998-02-13", "1998-09"),
        # `I'll`, `I’ll`: the contraction is the future's auxiliary
        ("I’ll be having a solo exhibition from November 11.", "November 11", "2023-11-06", "2023-11-11"),
        ("I'll be having a solo exhibition from November 11.", "November 11", "2023-11-06", "2023-11-11"),
        # a plan in the past: the nearer date on either side
        ("The card was originally expected to launch on October 15.", "October 15", "2020-11-04", "2020-10-15"),
        ("The plant is expected to open in March.", "March", "2023-11-06", "2024-03"),
        ("The second pair is likewise rumored for June.", "June", "2024-05-19", "2024-06"),
        # a modal's passive after `may`, `might` or `should` looks ahead; after `could`, `would`, `must`, the nearer
        ("The dispute may finally be resolved in a hearing on March 6.", "March 6", "2000-02-24", "2000-03-06"),
        ("The decision may be announced Tuesday.", "Tuesday", "2017-10-05", "2017-10-10"),  # a Thursday
        ("He could not be reached Tuesday.", "Tuesday", "2017-10-05", "2017-10-03"),
        ("He ruled the boy must be returned and set Friday as the deadline.", "Friday", "2000-01-15", "2000-01-14"),
        # a participle that describes a noun is not the clause's verb
        (
            "Fees will be waived for visitors aged between 16 and 24 from 6 November.",
            "6 November",
            "2023-11-02",
            "2023-11-06",
        ),
    ],
)
def test_a_year_less_english_date_takes_the_year_its_tense_points_to(text, written, published, expected):
    assert date_of(text, written, published) == expected


@pytest.mark.parametrize(
    "text,written,published,expected",
    [
        ("The company said Friday it would close.", "Friday", "2021-12-19", "2021-12-17"),  # a Sunday
        ("The vote takes place on Saturday.", "Saturday", "2021-12-15", "2021-12-18"),  # a Wednesday
        ("The team will leave on Thursday.", "Thursday", "2021-12-17", "2021-12-23"),  # a Friday
        ("Stocks fell Monday.", "Monday", "2021-12-17", "2021-12-13"),
        ("Castro attended a rally Thursday.", "Thursday", "2000-01-07", "2000-01-06"),
        ("The group might come as early as Tuesday.", "Tuesday", "2000-04-03", "2000-04-04"),  # a Monday
        ("Officials postponed until Tuesday any action.", "Tuesday", "2000-03-30", "2000-04-04"),  # a Thursday
        ("The judge ordered Stone to appear Thursday.", "Thursday", "2019-02-19", "2019-02-21"),  # a Tuesday
        # the future of a saying, on the weekday of publication: that day (a Friday)
        ("The council said schools would be closed to pupils on Friday.", "Friday", "2015-11-13", "2015-11-13"),
        (
            "It said so Monday, a premium of three times the closing price on Friday.",
            "Friday",
            "2012-10-02",
            "2012-09-28",
        ),
    ],
)
def test_an_english_weekday_is_before_or_after_publication_as_its_clause_says(text, written, published, expected):
    assert date_of(text, written, published) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # weekdays listed after one still ahead fall in the order written; the past is told in any order
        ("The Jazz have playoff games Saturday and Monday.", ["2017-10-07", "2017-10-09"]),
        ("Talks will be held Friday, Monday and Tuesday.", ["2017-10-06", "2017-10-09", "2017-10-10"]),
        ("Statements were made Wednesday and Tuesday.", ["2017-10-04", "2017-10-03"]),
    ],
)
def test_weekdays_listed_after_one_ahead_fall_in_their_order(text, expected):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2017, 10, 5), "en"))  # a Thursday
    assert [m.date for m in mentions] == expected


def test_a_weekday_written_beside_a_date_decides_its_year():
    text = "The Times said in an editorial on Saturday, April 25: the court was wrong."
    assert date_of(text, "April 25", "1998-04-24") == "1998-04-25"
    assert date_of("银行于3月12日（周日）宣布关闭。", "3月12日", "2024-03-20", "zh-Hans") == "2023-03-12"
    # a day or two from publication, a weekday a day off is the slip; two days off, it decides
    assert date_of("梁振英在星期二（12月10日）的答问大会上道歉。", "12月10日", "2012-12-10", "zh-Hans") == "2012-12-10"
    text = "The threat arrived at 10:01 p.m. on Monday, Dec. 14, when the board president got an email."
    assert date_of(text, "Dec. 14", "2016-12-16") == "2015-12-14"


def test_a_year_written_earlier_in_the_sentence_is_not_taken_for_a_future_act():
    text = "Poland, which was invited in July 1997, will officially join NATO on March 12."
    assert date_of(text, "March 12", "1999-02-27") == "1999-03-12"


# --- Periods named by reference -------------------------------------------------------------------------


def test_a_period_named_to_compare_is_the_same_month_a_year_before_and_no_new_topic():
    text = (
        "Sales for September were down 30 per cent compared to the same period a year ago. "
        "Prices were 6.6 per cent lower compared to a year ago."
    )
    assert found(text, "2022-10-14") == [
        ("September", "2022-09"),
        ("the same period a year ago", "2021-09"),
        ("a year ago", "2021-09"),
    ]


def test_periods_of_financial_news_refer_back_to_the_quarter_reported():
    text = (
        "Net income rose 5% in the third quarter. Sales in the latest quarter were $8.6 billion, up from "
        "$7.9 billion a year earlier. In the year-ago quarter, the company lost money. "
        "The quarter was strong. For the year, sales rose. In fiscal 1989, it earned $2 million."
    )
    assert found(text, "1989-10-27") == [
        ("third quarter", "1989-Q3"),
        ("the latest quarter", "1989-Q3"),
        ("a year earlier", "1988-Q3"),
        ("the year-ago quarter", "1988-Q3"),
        ("The quarter", "1989-Q3"),
        ("the year", "1989"),
        ("fiscal 1989", "1989"),
    ]


def test_a_quarter_something_will_happen_in_is_the_one_ahead():
    assert found("The plant will open in the fourth quarter.", "1989-10-27") == [("fourth quarter", "1989-Q4")]
    assert found("The plant will open in the first quarter.", "1989-10-27") == [("first quarter", "1990-Q1")]
    assert found("公司预计将于第一季度扭亏。", "1989-10-27", "zh-Hans") == [("第一季度", "1990-Q1")]
    # a report to come is of the quarter just ended
    assert found("It expects to report a third-quarter loss.", "1989-10-27") == [("third-quarter", "1989-Q3")]
    assert found("It expects to report a profit for the second quarter.", "1989-10-27") == [
        ("second quarter", "1989-Q2")
    ]


def test_the_same_quarter_a_year_before_written_out_is_one_period():
    text = (
        "Third-quarter net fell. For the quarter a year ago, it earned $16 million. That compares with $1.8 "
        "million for the corresponding period last year. Sales for last year's quarter were $3 million."
    )
    assert found(text, "1989-11-01") == [
        ("Third-quarter", "1989-Q3"),
        ("the quarter a year ago", "1988-Q3"),
        ("the corresponding period last year", "1988-Q3"),
        ("last year's quarter", "1988-Q3"),
    ]


def test_the_current_quarter_and_this_year_are_those_of_publication():
    assert found("Profit should rise in the current quarter and this year.", "1989-10-27") == [
        ("the current quarter", "1989-Q4"),
        ("this year", "1989"),
    ]
    assert found("Sales rose earlier this year.", "2021-12-22") == [("earlier this year", "2021")]


def test_a_quarter_of_last_or_next_year_is_one_period():
    assert found("The firm was sold in the fourth quarter of last year.", "1989-11-02") == [
        ("fourth quarter of last year", "1988-Q4")
    ]
    assert found("Sales fell in the third quarter last year.", "1989-11-02") == [("third quarter last year", "1988-Q3")]
    assert found("Sales will rise in the first quarter of next year.", "1989-11-02") == [
        ("first quarter of next year", "1990-Q1")
    ]


def test_year_end_is_the_last_day_of_the_year_its_tense_points_to():
    assert found("The sale should close by year-end.", "1989-11-02") == [("year-end", "1989-12-31")]
    assert found("The index has risen 12% since year-end.", "1989-11-02") == [("year-end", "1988-12-31")]
    assert found("Rules should be in place by the year's end.", "1989-11-02") == [("the year's end", "1989-12-31")]


def test_part_of_a_week_is_the_week():
    assert found("Shares fell early this week.", "1989-11-02") == [("early this week", "1989-10-30")]
    assert found("He will decide by the end of next week.", "1989-11-02") == [("the end of next week", "1989-11-06")]


def test_that_year_and_the_following_month_refer_to_the_last_period_mentioned():
    text = "The firm was founded in March 1995. That year it hired 50 people; the following month it moved."
    assert found(text, "2021-12-22")[1:] == [("That year", "1995"), ("the following month", "1995-04")]


def test_this_year_is_a_date_but_not_an_event():
    mention = extract_mentions("Sales were weak this year.", ExtractionContext("t", dt.date(2021, 12, 22), "en"))[0]
    assert (mention.date, mention.is_event) == ("2021", False)


def test_years_later_count_from_the_year_just_mentioned():
    text = "In 1984 Apple launched the Macintosh. One year later he was fired. He said a year ago he was ill."
    assert found(text, "2011-10-06") == [("1984", "1984"), ("One year later", "1985"), ("a year ago", "2010")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count of years back that opens its sentence, or has its date right after it, sets that date's year
        (
            "Sixteen years ago, on the night of October 19th, Rangers raided an airfield.",
            [("Sixteen years ago", "2001"), ("October 19th", "2001-10-19")],
        ),
        ("Two years ago in March, the company went public.", [("Two years ago", "2015"), ("March", "2015-03")]),
        # … not a date in a sentence of its own after it
        ("Five years ago, he moved. On March 3 he married.", [("Five years ago", "2012"), ("March 3", "2017-03-03")]),
    ],
)
def test_years_ago_set_the_year_of_the_date_after_them(text, expected):
    assert found(text, "2017-10-20") == expected


def test_years_counted_in_words_and_the_same_year_count_from_the_year_just_mentioned():
    text = "He moved to Paris in 1981. Forty years later, he returned. Twenty-five years ago he had left."
    assert found(text, "2021-10-20") == [
        ("1981", "1981"),
        ("Forty years later", "2021"),
        ("Twenty-five years ago", "1996"),
    ]
    mentions = extract_mentions("He moved in 2001. That same year, he married.", ExtractionContext("t", None, "en"))
    assert [(m.as_written, m.date, m.is_event) for m in mentions] == [
        ("2001", "2001", True),
        ("That same year", "2001", True),
    ]
    assert found("It opened in March 1998. The same month, it closed.", "2021-10-20")[-1] == (
        "The same month",
        "1998-03",
    )
    assert found("Forty people came.", "2021-10-20") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It followed 1984’s Heart album.", [("1984", "1984")]),
        ("That was 2019's best film.", [("2019", "2019")]),
        ("The 1990's were good.", [("1990's", "1990")]),  # a decade: its years, 1990 to 1999
        ("Prices rose in the early 1980's and fell.", [("early 1980's", "1980")]),
    ],
)
def test_a_years_possessive_is_the_year_but_the_decade_is_its_years(text, expected):
    assert found(text, "2021-10-20") == expected


def test_a_year_that_holds_a_day_its_sentence_reports_is_not_an_event_of_its_own():
    text = "The phone was introduced at the company's 2010 conference less than two weeks ago."
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2010, 6, 16), "en"))
    assert [(m.as_written, m.date, m.is_event) for m in mentions] == [
        ("2010", "2010", False),
        ("two weeks ago", "2010-06-02", True),
    ]
    # … but its end is a time of its own, after the day told (`预计年底完成`)
    text = "董事长13日表示，地面站10月底即可覆盖，数位部的地面站预计年底完成。"
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2024, 9, 14), "zh-Hant"))
    assert [(m.as_written, m.date, m.is_event) for m in mentions] == [
        ("13日", "2024-09-13", True),
        ("10月底", "2024-10", True),
        ("年底", "2024", True),
    ]


# --- Years, spoken dates and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The 1990 elections were close.", [("1990", "1990")]),
        ("Sales doubled in 1996 and 1997.", [("1996", "1996"), ("1997", "1997")]),
        ("He was born in '58.", [("'58", "1958")]),
        ("Nineteen ninety-six was a good year. It is now nineteen ninety-eight.", [("nineteen ninety-eight", "1998")]),
        ("They aim to halve it by the year two thousand.", [("the year two thousand", "2000")]),
        ("January nineteen ninety-seven. Atlanta again.", [("January nineteen ninety-seven", "1997-01")]),
        (
            "Women's Day is this coming Sunday, March eighth.",
            [("this coming Sunday", "1998-03-08"), ("March eighth", "1998-03-08")],
        ),
    ],
)
def test_years_standing_alone_and_read_out(text, expected):
    assert found(text, "1998-03-05") == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 2000 people marched.",
        "The plant employs 1500 workers.",
        "It cost $1999.",
        "Route 1950 is closed.",
        "May we go?",
        "June Carter sang.",
        "It rose 2021 points.",
        "Stated weight per ski: 2030 grams.",
        "Measured weight: 2024 & 2031 grams.",
        "Between 1500 and 2000 people came.",
        "The city was founded in 1170 BCE.",
        "User Ron_Paul_2024 and Seven_Cuil_Sunday replied.",
        "It is short compared to 2000 pages of rules.",
        "Values are based on a 2000 calorie diet.",
        "The page was last changed at 2010 GMT.",
        "Water the plant less during the winter months.",
        "It was the hottest on record (Copernicus Climate Change Service, 2023; Smith et al., 2019b).",
        "The servers run Windows Server 2019 beside an RTX 2080 Ti card.",
        "Tickets for Euro 2020 went on sale.",
    ],
)
def test_numbers_and_names_are_not_years_or_months(text):
    assert found(text, "2021-12-22") == []


@pytest.mark.parametrize(
    "text,year",
    [
        ("A 1996 survey found it.", "1996"),
        ("Mixte's 1989 results were weak.", "1989"),
        ("The Best Films Of 2019 are out.", "2019"),
        ("Prices rose. 2019 was worse.", "2019"),
        ("Between 1979 and 2008 it doubled.", "1979"),
        ("It was taken in Mississippi, 1964.", "1964"),
        ("The U.S. 2020 census counted them.", "2020"),
        ("Forecasts for CY 2015 were cut.", "2015"),
        ("The festival closed.\n2018 Jeongdong Theater reopened.", "2018"),
    ],
)
def test_a_year_after_a_capitalised_word_that_names_nothing_is_a_year(text, year):
    assert [date for _, date in found(text, "2021-12-22")][:1] == [year]


def test_a_time_alone_is_on_the_day_before_it_or_of_publication():
    assert found("The blast occurred at about 10:35 a.m. and killed 12.", "1998-08-07") == [
        ("10:35 a.m.", "1998-08-07T10:35")
    ]
    assert found("On Dec. 9, police arrived at 6 a.m", "2021-12-22") == [
        ("Dec. 9", "2021-12-09"),
        ("6 a.m", "2021-12-09T06:00"),
    ]
    assert found("He woke at 4 in the morning.", "2021-12-22") == [("4 in the morning", "2021-12-22T04:00")]


def test_a_time_in_a_story_of_another_day_is_on_that_day_but_the_pages_stamp_on_publications():
    text = (
        "The threat arrived on Monday, Dec. 14, by email.\n\nSchools stayed open.\n\n"
        "At 10:17 p.m., Zimmer notified the board.\n\nThis story was updated at 5:45 p.m. ET."
    )
    assert found(text, "2016-12-16") == [
        ("Dec. 14", "2015-12-14"),
        ("10:17 p.m.", "2015-12-14T22:17"),
        ("5:45 p.m.", "2016-12-16T17:45"),
    ]
    # in the present or the future, a time far from the day told is publication's
    text = "The threat arrived on Monday, Dec. 14.\n\nSchools stayed open.\n\nThe board meets at 7 p.m."
    assert found(text, "2016-12-16")[-1] == ("7 p.m.", "2016-12-16T19:00")


def test_a_day_counted_from_the_day_a_story_tells_of_a_few_paragraphs_back():
    text = "On the afternoon of June 23, Carlson was called in.\n\nShe was fired.\n\nThe next morning, Ailes met them."
    assert found(text, "2016-09-05")[-1] == ("The next morning", "2016-06-24")
    # not from the start of `this week`, which names no day of the story
    text = "Work aired this week at a conference.\n\nThe cells were tested.\n\nThree months later, they failed."
    assert found(text, "2014-12-03")[-1] == ("Three months later", None)


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a count from a month or a year lands in a period as coarse as it
        ("Uber was banned in December 2014. About six weeks later, Uber resumed operations.", "2015-10-20",
         ("six weeks later", "2015-01")),
        ("In 2015 the hospital signed a deal. Three months later, it launched a platform.", "2016-06-05",
         ("Three months later", "2015")),
        ("2011年，渤海租赁收购了海航香港。\n\n它的负债很高。\n\n两年后，渤海租赁再度出手。", "2018-02-08", ("两年后", "2013")),
        # even after a day named earlier: the month came last
        ("He was convicted on Tuesday. The December 2014 incident sparked protests. Six weeks later, it was back.",
         "2015-10-22", ("Six weeks later", "2015-01")),
        # but days count from a day just told, not from a year named since
        ("The claims surfaced on Nov. 16. She said he kissed her during a 2006 tour. Four days later, a woman spoke.",
         "2017-11-26", ("Four days later", "2017-11-20")),
        # a count from an act, not opening its clause, has no date the text gives
        ("2008年，他被警方带走，被拘 45 天后死亡。", "2018-01-30", ("45 天后", None)),
        # the present year is no time a story tells of
        ("今年72岁的她说，“一个月后我放出来了。”", "2018-03-30", ("一个月后", None)),
    ],
)
def test_a_count_from_a_month_or_year_just_named_is_as_coarse_as_it(text, published, expected):
    language = "en" if text.isascii() else "zh-Hans"
    assert [mention for mention in found(text, published, language) if mention[0] == expected[0]] == [expected]


def test_the_same_day_is_the_last_day_named_however_many_paragraphs_back():
    text = "On Monday morning, he posted a photo.\n\n“A new dawn,” he wrote.\n\nThat same day, an aide confirmed it."
    assert found(text, "2025-01-20")[-1] == ("That same day", "2025-01-20")
    # as 当天 and 同日 are
    text = "Cable was fired on Tuesday.\n\nHe had a 17-27 record.\n\nThe move comes the same day the 49ers called."
    assert found(text, "2011-01-06")[-1] == ("the same day", "2011-01-04")


def test_a_year_less_day_in_the_weeks_of_the_day_a_story_tells_of_is_in_its_year():
    text = (
        "The fitting was on December 16, 2010.\n\nShe went home to spend Christmas with her mother.\n\n"
        "She returned to the property on December 27 and found water everywhere."
    )
    assert found(text, "2012-04-17")[-2:] == [("Christmas", "2010-12-25"), ("December 27", "2010-12-27")]
    # not one near publication, nor one in the future of the day told
    text = "The fitting was on December 16, 2010.\n\nShe returned on April 2 and found water everywhere."
    assert found(text, "2012-04-17")[-1] == ("April 2", "2012-04-02")
    # … two months back or more is far enough from publication (`10月23日`, published on 19 January)
    text = "2008年10月3日上午，母亲开车到干妈家。\n\n当天，她写了一封举报信。\n\n之后，10月23日老姨到班级找她。"
    assert found(text, "2018-01-19", "zh-Hans")[-1] == ("10月23日", "2008-10-23")


def test_a_date_of_numbers_with_a_two_digit_year_after_a_weekday_or_at_a_lines_start():
    assert found("The email spoke of the happenings on Tuesday, 12/15/15, at the school.", "2016-12-16") == [
        ("12/15/15", "2015-12-15")
    ]
    assert found("10/26/16 10:13AM", "2016-10-26") == [("10/26/16", "2016-10-26"), ("10:13AM", "2016-10-26T10:13")]
    assert found("He had a 12/10/10 line in the win.", "2016-12-16") == []


def test_a_date_of_numbers_with_a_two_digit_year_before_a_clock_or_after_a_stamps_label():
    assert found("First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM", "2010-08-13") == [
        ("08-13-10", "2010-08-13"),
        ("05:18 PM", "2010-08-13T17:18"),
        ("08-14-10", "2010-08-14"),
        ("12:41 AM", "2010-08-14T00:41"),
    ]
    assert found("Andrew Tarantola 8/17/13 11:04am", "2013-08-18")[0] == ("8/17/13", "2013-08-17")
    assert found("Correction 8/29/10: An earlier version misstated the price.", "2010-08-18") == [
        ("8/29/10", "2010-08-29")
    ]
    assert found("The score was 10-12-14 at the half, and 12-10-10 after it.", "2016-12-16") == []
    assert found("Finished in 1.25 seconds, on 08-11-23 17:03:28 UTC.", "2016-12-16") == []  # a log's 08-11-23


# --- Chinese forms of news and of speech ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("15年3月2日，公司成立。", ("15年3月2日", "2015-03-02")),
        ("03年2月28日，公司成立。", ("03年2月28日", "2003-02-28")),
        ("九七年一季度，销量上升。", ("九七年一季度", "1997-Q1")),
        ("九零年9月十号，他出生。", ("九零年9月十号", "1990-09-10")),
        ("2022年首季度，销量上升。", ("2022年首季度", "2022-Q1")),
        ("上个季度，销量上升。", ("上个季度", "2021-Q3")),
        ("本季度，销量上升。", ("本季度", "2021-Q4")),
        ("上一个月，销量上升。", ("上一个月", "2021-11")),
        ("上年，销量上升。", ("上年", "2020")),
        ("1月3，他来了。", ("1月3", "2021-01-03")),  # a day without 日, as speech is written
        ("今明两年，经济将恢复增长。", ("今明两年", "2021")),
        ("下个星期一，他回来。", ("下个星期一", "2021-12-27")),
        ("上个礼拜天，他回来了。", ("上个礼拜天", "2021-12-19")),
        ("上周星期三，他回来了。", ("上周星期三", "2021-12-15")),
        ("今晚8点，他回来。", ("今晚8点", "2021-12-22T20:00")),
        ("昨晚8时35分，他回来了。", ("昨晚8时35分", "2021-12-21T20:35")),
        ("警方昨午3時許拘捕一名男子。", ("昨午3時", "2021-12-21T15:00")),  # 午 after a day word: the afternoon
        ("事发昨晚11点许，他驾车回家。", ("昨晚11点", "2021-12-21T23:00")),  # the incident's day, named
        ("上个月23号晚上九点零九，他回来了。", ("上个月23号晚上九点零九", "2021-11-23T21:09")),
        ("7月4日晚上7点09分18秒，他回来了。", ("7月4日晚上7点09分18秒", "2021-07-04T19:09")),
        ("前日，他回来了。", ("前日", "2021-12-20")),
    ],
)
def test_chinese_forms_of_news_and_speech(text, expected):
    assert found(text, "2021-12-22", "zh-Hans")[0] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("今年前五个月，销量上升。", ("2021-01", "2021-05")),
        ("2022年前十一个月，销量上升。", ("2022-01", "2022-11")),
        ("这一周，销量上升。", ("2021-12-20", "2021-12-26")),
        ("2018年1－9月份，销量上升。", ("2018-01", "2018-09")),
    ],
)
def test_chinese_periods_that_are_ranges(text, expected):
    mention = extract_mentions(text, ExtractionContext("t", dt.date(2021, 12, 22), "zh-Hans"))[0]
    assert (mention.date, mention.end_date) == expected


def test_a_chinese_year_less_date_is_the_nearer_one_unless_its_clause_says_otherwise():
    assert date_of("三月一号，新规施行。", "三月一号", "2013-02-12", "zh-Hans") == "2013-03-01"
    assert date_of("3月，销量同比增长。", "3月", "2013-02-12", "zh-Hans") == "2012-03"  # a figure is measured
    assert date_of("周四，阿里云发布说明。", "周四", "2022-01-05", "zh-Hans") == "2021-12-30"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("明天下午3点至下午8点，会议召开。", ("2021-12-23T15:00", "2021-12-23T20:00")),
        ("今天下午1点到3点十分，会议召开。", ("2021-12-22T13:00", "2021-12-22T15:10")),
        ("2019年6月28日9:30~11:30，会议召开。", ("2019-06-28T09:30", "2019-06-28T11:30")),
        ("下个月9号早上8点到中午12点，会议召开。", ("2022-01-09T08:00", "2022-01-09T12:00")),
        ("上周星期三到这周二，会议召开。", ("2021-12-15", "2021-12-21")),
        ("自2020-05-26起至2020-05-29止，会议召开。", ("2020-05-26", "2020-05-29")),
        ("1967年前两月，销量上升。", ("1967-01", "1967-02")),
    ],
)
def test_chinese_ranges_of_times_and_days(text, expected):
    mention = extract_mentions(text, ExtractionContext("t", dt.date(2021, 12, 22), "zh-Hans"))[0]
    assert (mention.date, mention.end_date) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare clock time before the range word is in the end's half of the day, where that keeps it first
        ("The speeches will run from 8:30 to 11 p.m. Eastern time.", ("2020-08-27T20:30", "2020-08-27T23:00")),
        ("ABC will cover the convention from 10 to 11 p.m.", ("2020-08-27T22:00", "2020-08-27T23:00")),
        ("The hearing went on from 11 to 1 p.m.", ("2020-08-27T11:00", "2020-08-27T13:00")),
        # an end earlier in the day than the start: later that evening, or the next day
        ("CNN will cover it from 8 p.m. to 2 a.m.", ("2020-08-27T20:00", "2020-08-28T02:00")),
        ("考虑在晚上6時至10時之間發出信號。", ("2020-08-27T18:00", "2020-08-27T22:00")),
    ],
)
def test_ranges_of_clock_times(text, expected):
    language = "en" if text.isascii() else "zh-Hant"
    mention = extract_mentions(text, ExtractionContext("t", dt.date(2020, 8, 27), language))[0]
    assert (mention.date, mention.end_date) == expected


def test_the_day_an_overnight_span_starts_is_the_one_the_next_clock_time_is_on():
    text = "CNN from 8 p.m. to 2 a.m.; MSNBC from 7 p.m. to 2 a.m.; PBS from 8 to 11 p.m."
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2020, 8, 27), "en"))
    assert [m.date for m in mentions] == ["2020-08-27T20:00", "2020-08-27T19:00", "2020-08-27T20:00"]


@pytest.mark.parametrize(
    "text,language,expected",
    [
        # Monday to Friday with no week named: every week's working days
        ("(週一至週五工作日9:00~18:00)", "zh-Hant", []),
        ("周一至五发送，每日五则。", "zh-Hans", []),
        ("The office is open Monday through Friday.", "en", []),
        # a week named, or days other than the working week: that week's days
        ("下周一至周五将有降雨。", "zh-Hans", [("下周一至周五", "2024-09-09")]),
        ("周三至周五，北京将迎来降雨。", "zh-Hans", [("周三至周五", "2024-09-04")]),
    ],
)
def test_the_working_week_with_no_week_named_is_no_date(text, language, expected):
    assert found(text, "2024-09-04", language) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("该项目预计年底前完工。", [("年底", "2024")]),
        ("月底将公布数据。", [("月底", "2024-03")]),
        # in a narrative, the year or month it is in
        ("2019年3月，公司成立。年底，公司上市。", [("2019年3月", "2019-03"), ("年底", "2019")]),
        ("2019年3月5日，公司成立。月底，公司上市。", [("2019年3月5日", "2019-03-05"), ("月底", "2019-03")]),
        # not a part of a year or month written with it, nor a recurring one, nor a festival's day
        ("2023年底，用户突破1亿。", [("2023年", "2023")]),
        ("12月初，寒潮来袭。", [("12月初", "2023-12")]),
        ("每年年底，公司盘点。", []),
        ("工人说，每天工作10小时，月末能拿五六千元。", []),  # every month's end
    ],
)
def test_a_part_of_the_year_or_month_alone_is_in_the_year_or_month_of_the_text(text, expected):
    assert found(text, "2024-03-15") == expected


@pytest.mark.parametrize(
    "text",
    [
        "发布时间：18-03-0823:16",
        "0823-03-18发布",
        "9020年了，自信一点。",
        "2019年冠狀病毒疾病疫情持續。",  # the disease's name
        # 号 numbers gates, houses and funds: alone, it is a day only where a day is written
        "★1号、2号、3号入口处可通往出发大厅。",
        "地址：北京市朝阳区大屯路甲11号",
        "东方港湾2号集合资产管理计划减持茅台。",
        "大屯路甲11号在拆迁，他的2号在场边。",
    ],
)
def test_years_no_news_writes_are_not_dates(text):
    assert found(text, "2018-03-08") == []


@pytest.mark.parametrize("text,expected", [("到2100年，海平面将上升。", [("2100年", "2100")])])
def test_a_forecast_year_is_a_date(text, expected):
    assert found(text, "2018-03-08") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "11月22日，官方表示调查仍在进行。学生称，事发当天（9月28日），她看到老师。",
            [("11月22日", "2019-11-22"), ("9月28日", "2019-09-28")],
        ),
        ("昨天（24日），华为发布纪要。", [("24日", "2019-11-24")]),
    ],
)
def test_a_word_glossed_by_a_date_in_brackets_is_that_date(text, expected):
    assert found(text, "2019-11-25") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("兩年後，也就是 1987 年，Jane和她的妻子離婚了。", [("兩年後", "1987"), ("1987 年", "1987")]),
        ("次日，即5月3日，警方到场。", [("次日", "2019-05-03"), ("5月3日", "2019-05-03")]),
        ("The next year, in 2009, they left their jobs.", [("The next year", "2009"), ("2009", "2009")]),
        ("Two days later, on March 3, police arrested him.", [("Two days later", "2019-03-03"), ("March 3", "2019-03-03")]),
        # no comma, and the date's weekday before it
        (
            "They ate on 25 February. They died nearly a week later on Friday 1 March.",
            [("25 February", "2019-02-25"), ("a week later", "2019-03-01"), ("1 March", "2019-03-01")],
        ),
    ],
)
def test_a_counted_date_followed_by_the_date_it_is_takes_that_date(text, expected):
    assert found(text, "2019-11-25", "en" if text.isascii() else "zh-Hant") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("台北地檢署昨依違反《醫師法》將姚緩起訴。", [("昨", "2019-11-24")]),
        ("美國和南韓於昨（24）日起舉行聯合軍演。", [("昨（24）日", "2019-11-24")]),
        ("今是昨非，他说。", []),
    ],
)
def test_yesterday_written_as_one_character(text, expected):
    assert found(text, "2019-11-25", "zh-Hant") == expected


@pytest.mark.parametrize(
    "text,is_event",
    [
        # the year a span starts, what went on since; an activity begun then, a rule's first day, a year's act, a
        # plan's start
        ("卡罗尔教授从2005年开始就对26名运动员进行研究。", True),
        ("从1990年至今，他已经完成了二百多例。", False),
        ("新规自2024年起施行。", True),
        ("新规自3月1日起施行。", True),
        ("国际田联从1966年起引入了性别检测。", True),
        ("该方案将有望从2022年起正式实施。", True),
        # a count of years before a thing it dates; before a time or a day it dates an act
        ("李刚还留着八年前的点名册。", False),
        ("他们翻出了二十年前的一桩旧事。", False),
        ("八年前的那次撤稿，我经历了长达半年的申诉。", True),
        ("三年前的「709大抓捕事件」，当时有逾百律师被拘捕。", True),  # an incident named: what happened then
        # a time supposed in a condition; not a fact granted (`如果说`), nor one after an aside in brackets
        ("如果等海外客户观望到3月再下单，交付就更晚了。", False),
        ("要是昨天下了雨，比赛就取消了。", False),
        ("如果说今年夏季的缺电是偶发因素，冬季的缺电则是必然。", True),
        ("大号解封（如果还有希望的话）那天是11月14日。", True),
        ("一个月前的某一天，她在网站上看到了消息。", True),
        ("两年前的一天晚上，他离开了家。", True),
        ("三天前的下午，警方接到报警。", True),
        # 今天 as these days, or up to now; not before what happens today
        ("从这个意义上讲，今天的民营企业的焦虑是多重性的。", False),
        ("海航是在扩张与危机的循环中走到今天的。", False),
        ("在今天的见面会上，他明确地表示了反对。", True),
        ("所以我认为今天企业的困境是多重因素造成的。", False),
        ("但没有看到，今天中国的中小型企业形态跟以前不完全一样了。", False),
        ("今天企业家座谈会在京举行。", True),
        ("今天回想起来，仍有同学能描述出她当年的样子。", False),  # looking back from these days
        ("今天看來更不可想象的是，官員也發聲了。", False),
        # what a thing is called these days; in this age, after 在 and before a pause
        ("就是当时叫做迦南之地，今天叫做以色列。", False),
        ("也就是今天所说的印尼。", False),
        ("但在今天，任何一家地方媒体都可以报道全国新闻。", False),
        ("就在今天，公司宣布破产。", True),
        ("在今天這個資訊時代，人人都有手機。", False),  # the age we live in
        ("今天这个会议很重要。", True),
        ("公司今天称为了安全起见暂停营业。", True),
        # the date before which things were so
        ("2016 年之前，他们还能收到公司发放的手套。", False),
        ("直到2015年之前，她从来没跟任何高中同学联系过。", False),
        ("2015年，她第一次联系了高中同学。", True),
        # a year right before a title is the title's, unless the work comes out then
        ("必须尊重1984年《中英联合声明》所规定的权利。", False),
        ("香港自去年《逃犯条例》修订风波以来爆发多场冲突。", False),
        ("2019年《流浪地球》上映。", True),
        ("2020年《民法典》正式施行。", True),
        ("这是在上世纪50年代初《劳动保险条例》规定的。", True),
    ],
)
def test_chinese_dates_that_bound_a_span_or_describe_a_thing_are_no_act(text, is_event):
    assert [m.is_event for m in extract_mentions(text, ExtractionContext("t", dt.date(2021, 11, 2), "zh-Hans"))][
        -1
    ] is is_event


@pytest.mark.parametrize(
    "text,language,is_event",
    [
        # two years written as a span: what went on across them; a decade, or a span within one year, is not one
        ("Between 2007 and 2013, the rate of mislaid luggage fell by more than half.", "en", False),
        ("He was vice president for sales at the company from 2009 to 2013.", "en", False),
        ("British Crown rule (1858-1947) ended with independence.", "en", False),
        ("●1963~1968年 任職《朝日新聞》記者", "zh-Hant", False),
        ("2019年至2021年，相关税收优惠政策累计减免税金约135亿元。", "zh-Hans", False),
        ("In the 1970s, HBO used a satellite to beam movies to subscribers.", "en", True),
        ("上世纪90年代，他开始卖农药化肥。", "zh-Hans", True),
    ],
)
def test_a_span_of_written_years_is_no_act(text, language, is_event):
    assert [m.is_event for m in extract_mentions(text, ExtractionContext("t", dt.date(2021, 11, 2), language))] == [
        is_event
    ]


@pytest.mark.parametrize("text", ["港府預告，今(1日)天凌晨會發出8號信號。", "港府预告，1日凌晨将发出8号信号。"])
def test_a_day_alone_that_is_publications_day_is_that_day_though_the_clause_says_future(text):
    assert [value for _, value in found(text, "2023-09-01", "zh-Hant")] == ["2023-09-01"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the month written long before is another story's; the gloss says which 6th: yesterday's
        ("2018年8月份，台风过境。昨天（6日），华为发布纪要。", [("2018年8月份", "2018-08"), ("6日", "2019-09-06")]),
        ("7月30日，公司公告。上周五（6日），华为发布纪要。", [("7月30日", "2019-07-30"), ("6日", "2019-09-06")]),
        # a month and day glossing the word: the year is the word's, not the one the sentence named before it
        ("2018年交易额增长39.8%记者今天（9月9日）从数据局了解到", [("2018年", "2018"), ("9月9日", "2019-09-09")]),
        # … the zone it is in written inside the brackets
        ("他说，不是我们昨天（美国东部时间7日）听到的话。", [("7日", "2019-09-07")]),
    ],
)
def test_a_day_alone_glossing_a_word_is_the_day_nearest_the_one_the_word_says(text, expected):
    assert found(text, "2019-09-09", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # yesterday and today are in September: the 6th after them is too, not in the March named before
        (
            "今年3月27日，协会发布报告。昨天，华为回应。6日，任正非接受采访。",
            [("今年3月27日", "2019-03-27"), ("昨天", "2019-09-08"), ("6日", "2019-09-06")],
        ),
        (
            "今年3月27日，协会发布报告。两天后，华为回应。25日，双方签约。",
            [("今年3月27日", "2019-03-27"), ("两天后", "2019-03-29"), ("25日", "2019-03-25")],
        ),
        # a figure's `as of` month is not the month the story is in
        (
            "9月6日，据统计，截至今年6月末，23家银行的拨备覆盖率超过200%。5日晚间，中国中期发布公告。",
            [("9月6日", "2019-09-06"), ("今年6月末", "2019-06"), ("5日晚间", "2019-09-05")],
        ),
    ],
)
def test_a_day_alone_takes_the_month_of_the_day_the_story_last_named(text, expected):
    assert found(text, "2019-09-09", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the 2nd after the 27th is in the next month, which is not after publication
        (
            "李克强同志于2023年10月27日在上海逝世。2日上午，遗体在北京火化。",
            [("2023年10月27日", "2023-10-27"), ("2日上午", "2023-11-02")],
        ),
        # the 5th before the 9th is the same month's: the next one would be after publication
        (
            "新华社巴黎11月9日电 9日的罢工是继5日的大罢工后的第二轮。",
            [("11月9日", "2023-11-09"), ("9日", "2023-11-09"), ("5日", "2023-11-05")],
        ),
        # the next month's would be further than the same month's
        ("10月12日，公司宣布裁员。5日，工会已经发出警告。", [("10月12日", "2023-10-12"), ("5日", "2023-10-05")]),
    ],
)
def test_a_day_alone_before_the_day_just_named_may_be_in_the_next_month(text, expected):
    assert found(text, "2023-11-10", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("截至9日收盘，北向资金已连续8日净流入。", [("9日", "2019-09-09")]),
        ("有院友住院12日後離世。", []),  # twelve days after an act
        ("警方於12日後才公布案情。", [("12日", "2019-08-12")]),  # after the 12th
        ("他3日前被捕。", [("3日前", "2019-09-06")]),  # three days ago
        ("小泉進次郎4日前往福島。", [("4日", "2019-09-04")]),  # the 4th, and `前往`, went to
        ("近5日，股价累计上涨12%。", []),
        ("为期3日的会议在京闭幕。", []),
        ("他昨晨说，留在理大已經六日。", [("昨", "2019-09-08")]),
        ("法庭延遲7日予政府提出上訴。", []),
        ("冷鋒來襲連凍9日，今低見17度。", []),  # 连 and a verb: days on end
        # nor a number of years a year
        ("发祥于宋朝年间，有着近1000年历史，逾2000年来首见。", []),
        ("水位接近1962年「溫黛」襲港時的水平。", [("1962年", "1962")]),
        ("ガザ当局によると、少なくとも２日間で１９５人が死亡した。", []),
    ],
)
def test_a_number_of_days_is_not_a_day_of_the_month(text, expected):
    assert found(text, "2019-09-09", "zh-Hans") == expected


def test_a_tenseless_day_goes_on_from_the_day_the_story_just_named():
    heading = "11月17日开港，可停靠世界最大邮轮。"
    # alone: nine months back, or three ahead; Chinese news would have written 去年 for the first
    assert found(heading, "2019-08-09", "zh-Hans") == [("11月17日", "2019-11-17")]
    assert found("3月8日，银行宣布融资。", "2015-05-21", "zh-Hans") == [
        ("3月8日", "2015-03-08")
    ]  # the past is the default
    text = "邮轮母港将于11月17日正式开港。\n\n" + heading
    assert found(text, "2019-08-09", "zh-Hans") == [("11月17日", "2019-11-17"), ("11月17日", "2019-11-17")]
    # a day months away from the one just named is not its sequel: `自1月23日…以来`, said in October
    text = "10月1日，武汉体育中心重新开放。航空公司增加航班，以满足自1月23日离汉通道关闭以来激增的需求。"
    assert found(text, "2020-10-04", "zh-Hans") == [("10月1日", "2020-10-01"), ("1月23日", "2020-01-23")]


def test_na_tian_is_the_day_the_story_last_named():
    text = "8月2日下午，他接到电话，连夜赶往现场。景区派出了搜救队。那天13时30分左右，母子正朝红石滩走去。"
    assert found(text, "2019-09-09", "zh-Hans") == [("8月2日下午", "2019-08-02"), ("那天13时30分", "2019-08-02T13:30")]
    # right after the date, the word only says it again
    assert found("平台在9月9日当天完成了销售。", "2019-09-12", "zh-Hans") == [("9月9日", "2019-09-09")]


def test_the_day_of_a_fire_is_not_the_day_last_told():
    """火災當日, 起火當日: the day of the fire the story is about, not the day it last named (今午（3日）);
    left undated where the story does not say which it was, dated where it does."""
    text = "記者今午（3日）接觸到她，據悉火災當日老翁的女兒到訪並及早發現起火。她憶述起火當日乘巴士回家。"
    assert found(text, "2025-12-03", "zh-Hant") == [("3日", "2025-12-03"), ("當日", None), ("當日", None)]
    dated = "大廈11月26日起火。記者今午（3日）接觸到她，據悉火災當日（11月26日）老翁的女兒到訪。"
    assert found(dated, "2025-12-03", "zh-Hant")[-1] == ("11月26日", "2025-11-26")


def test_days_counted_from_the_incident_are_counted_from_its_day():
    text = (
        "11月22日，官方表示调查仍在进行。学生称，事发当天（9月28日），她看到老师。11月16日，奶奶说，事发当天她接到电话。"
        "事发次日，小花又去了医院。矛盾在事发第三天爆发。"
    )
    assert found(text, "2019-11-25") == [
        ("11月22日", "2019-11-22"),
        ("9月28日", "2019-09-28"),
        ("11月16日", "2019-11-16"),
        ("当天", "2019-09-28"),  # not the 16th, the last date given
        ("次日", "2019-09-29"),
        ("第三天", "2019-09-30"),
    ]
    # an incident whose day the story never gives is not dated by another day
    assert found("11月16日，奶奶说，事发次日她接到电话。", "2019-11-25") == [("11月16日", "2019-11-16"), ("次日", None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("公司将于11号召开发布会。", [("11号", "2019-09-11")]),
        ("本月11号，公司召开发布会。", [("本月11号", "2019-09-11")]),
        ("9月5日，平台收到报告。6号，工信部通报。", [("9月5日", "2019-09-05"), ("6号", "2019-09-06")]),
    ],
)
def test_a_day_written_with_hao_where_a_day_is_written(text, expected):
    assert found(text, "2019-09-07") == expected


def test_the_days_of_one_count_share_its_first_day():
    assert found("9月28日，事故发生。第二天出，第三天又出。", "2019-11-25", "zh-Hans") == [
        ("9月28日", "2019-09-28"),
        ("第二天", "2019-09-29"),
        ("第三天", "2019-09-30"),  # the third day of the count, not the third after the second
    ]


def test_a_weekday_beside_a_day_alone_picks_its_month():
    # published on Saturday 2019-09-07: the 11th that is a Wednesday is ahead, the 4th behind
    assert found("11日（周三），公司召开发布会。", "2019-09-07", "zh-Hans") == [("11日", "2019-09-11")]
    assert found("周三（11号），公司召开发布会。", "2019-09-07", "zh-Hans") == [("11号", "2019-09-11")]
    assert found("14日（周三），公司召开发布会。", "2019-09-07", "zh-Hans") == [("14日", "2019-08-14")]


# --- Datelines, times before their day, days in general --------------------------------------------------


@pytest.mark.parametrize(
    "text,published,language,expected",
    [
        ("今年春节期间，公司宣布裁员。", "2024-03-01", "zh-Hans", [("今年春节", "2024-02-10")]),
        ("2021年春节前夕，他回到家乡。", None, "zh-Hans", [("2021年春节", "2021-02")]),  # its eve: the days before
        ("中秋节那天，大桥亮灯。", "2021-09-25", "zh-Hans", [("中秋节", "2021-09-21")]),  # the one just past
        ("國慶節前，新橋通車。", "2021-09-20", "zh-Hant", [("國慶節", "2021-10-01")]),  # nearer ahead than behind
        ("张国庆说，除夕夜他在值班。", "2024-02-12", "zh-Hans", [("除夕", "2024-02-09")]),  # 国庆 is a name
        ("He came home for Thanksgiving, his mother said.", "1999-12-02", "en", [("Thanksgiving", "1999-11-25")]),
        ("Stores expect record sales this Christmas.", "2021-11-02", "en", [("this Christmas", "2021-12-25")]),
        ("The family fled last Christmas.", "2021-11-02", "en", [("last Christmas", "2020-12-25")]),
        ("He was arrested on Christmas Day 2019.", "2021-11-02", "en", [("Christmas Day 2019", "2019-12-25")]),
        ("The shop will close over Easter.", "2021-03-01", "en", [("Easter", "2021-04-04")]),
        ("Sales rose in the Christmas shopping season.", "2007-01-18", "en", [("Christmas", "2006-12")]),
        ("大年初一，市民出游。", "2024-03-01", "zh-Hans", [("大年初一", "2024-02-10")]),
        # a day of the Chinese calendar: 正月, 腊月, 冬月 and any day; a month in numerals with 初 or after 农历
        ("她正月初三回到市场开工。", "2020-06-16", "zh-Hans", [("正月初三", "2020-01-27")]),
        ("今年正月初二，她接到市场的电话。", "2020-06-16", "zh-Hans", [("今年正月初二", "2020-01-26")]),
        ("大年初三，他回到家乡。", "2024-03-01", "zh-Hans", [("大年初三", "2024-02-12")]),
        # that day a year or two before or after publication (not 今年今天: two mentions of publication's year and day)
        ("去年今日，他在广场外坠楼身亡。", "2020-06-15", "zh-Hans", [("去年今日", "2019-06-15")]),
        ("前年的今天，他离开了家乡。", "2020-06-15", "zh-Hans", [("前年的今天", "2018-06-15")]),
        ("2019年腊月二十三，他回到家乡。", "2021-06-01", "zh-Hans", [("2019年腊月二十三", "2020-01-17")]),
        ("农历三月初七，她生下一个女孩。", "2022-06-01", "zh-Hans", [("农历三月初七", "2022-04-07")]),
        ("五月初五，村里赛龙舟。", "2021-07-01", "zh-Hans", [("五月初五", "2021-06-14")]),
        ("十月十五日，他回到家乡。", "2021-12-01", "zh-Hans", [("十月十五日", "2021-10-15")]),  # the solar calendar's
        ("四月二十七日，卫生局下令封院。", "2003-05-01", "zh-Hant", [("四月二十七日", "2003-04-27")]),
        ("Voters go to the polls on Election Day.", "1998-10-26", "en", [("Election Day", "1998-11-03")]),
        ("大年三十晚上，全家团圆。", "2024-03-01", "zh-Hans", [("大年三十", "2024-02-09")]),
        ("Halloween is just days away.", "2021-10-20", "en", [("Halloween", "2021-10-31")]),
        ("He proposed on Valentine’s Day.", "2021-10-20", "en", [("Valentine’s Day", "2021-02-14")]),
        ("Crowds marched on St. Patrick's Day.", "2021-10-20", "en", [("St. Patrick's Day", "2021-03-17")]),
        (
            "Markets shut for Martin Luther King Jr. Day.",
            "2022-01-20",
            "en",
            [("Martin Luther King Jr. Day", "2022-01-17")],
        ),
        ("Shops opened on Boxing Day.", "2022-01-03", "en", [("Boxing Day", "2021-12-26")]),
        ("On Father’s Day, he cooked.", "2021-06-22", "en", [("Father’s Day", "2021-06-20")]),
        ("On Mother's Day, he cooked.", "2021-05-12", "en", [("Mother's Day", "2021-05-09")]),
        ("她在国际妇女节当日首次露面播报新闻。", "2021-03-18", "zh-Hans", [("国际妇女节", "2021-03-08")]),
        ("六一兒童節那天，公園免費開放。", "2018-06-14", "zh-Hant", [("六一兒童節", "2018-06-01")]),
        ("七夕节当晚，商家推出促销。", "2021-08-20", "zh-Hans", [("七夕节", "2021-08-14")]),  # the lunar 7th of 7th
        ("七夕情人節當晚，商家推出促銷。", "2021-08-20", "zh-Hant", [("七夕情人節", "2021-08-14")]),  # not Valentine's
        # the year written before it past 的 or a quoted name, or the year its sentence opened with
        ("他最后一次见到她是在2015年的春节。", "2018-01-30", "zh-Hans", [("2015年的春节", "2015-02-19")]),
        ("2008年“五一”劳动节，她最后一次回家。", "2018-03-30", "zh-Hans", [("2008年“五一”劳动节", "2008-05-01")]),
        ("2001年农历除夕夜，他中了大奖。", "2005-06-01", "zh-Hans", [("2001年", "2001"), ("除夕", "2001-01-23")]),
    ],
)
def test_festivals_and_holidays_are_their_day(text, published, language, expected):
    assert found(text, published, language) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # numbers listed before a day or a month share its unit, and the year or month written before the first
        ("两国外长于13、14日举行会谈。", [("13", "2022-05-13"), ("14日", "2022-05-14")]),
        ("2014年7、8月间我们去了波兰。", [("2014年7", "2014-07"), ("8月", "2014-08")]),
        ("大约去年3、4月份，我写了一篇文章。", [("去年3", "2021-03"), ("4月份", "2021-04")]),
        ("2021年7月25、26日，南京市没有公布行程。", [("2021年7月25", "2021-07-25"), ("26日", "2021-07-26")]),
        ("朝鲜在2020和2022年分别研发出飞弹。", [("2020", "2020"), ("2022年", "2022")]),  # … or a year
        # … not an item's number at a line's start, nor a count of months
        ("1、2日晚，警方到场。", [("2日晚", "2022-05-02")]),
        ("第1、2月的销售。", [("2月", "2022-02")]),
    ],
)
def test_numbers_listed_before_a_chinese_day_month_or_year_are_dates_of_their_own(text, expected):
    assert found(text, "2022-05-20", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,is_event",
    [
        # what a date is, not what happened on it: a year characterised, a day's festival
        ("2020年是极不寻常的一年。", False),
        ("2015年是一个巨大的转折点。", False),  # … a turning point, the first year of something
        ("2020年对欧中关系是重要的一年。", False),  # … to something
        ("2020年对这家公司进行了调查。", True),
        ("2017年是共享经济元年，资本纷纷涌入。", False),
        ("儘管2024年被視為「AI PC」元年，業界認為換機潮未到。", False),  # … or seen as one
        ("今年的6月16日是父亲节。", False),
        ("今天是记者节，我来看看您。", False),
        ("2021年是中国共产党成立100周年。", True),
        # … a day's anniversary, maybe past a comma, or with no verb, all its sentence says
        ("7月1日是主权移交23周年。", False),
        ("2020年7月1日，是主权移交23周年的纪念日，也是踏进新时代的第一天。", False),
        ("2020年6月4日，某事件31周年纪念日。", False),
        ("2019年，集团即将迎来上市10周年。", True),
        # a forecast for a year, not what was done then; `预计`, as often a plan, says nothing
        ("各路市场分析机构都在预测，到2014年，WP将是世界第三大操作系统。", False),
        ("据预测，8月中下旬长江流域降水仍将偏少。", False),
        ("该项目预计2024年投产。", True),
        ("12月9日是工信部收到报告的日子。", True),
    ],
)
def test_a_chinese_date_that_is_said_to_be_a_year_like_no_other_or_a_festival_is_no_event(text, is_event):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2020, 12, 20), "zh-Hans"))
    assert [m.is_event for m in mentions][:1] == [is_event]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Prices have risen since July of last year.", [("July of last year", "2013-07")]),
        ("He left at the end of May last year.", [("the end of May last year", "2013-05")]),
        ("He quit on March 3 last year.", [("March 3 last year", "2013-03-03")]),
        ("The plant opens in March next year.", [("March next year", "2015-03")]),
        ("The house approved it in early October this year.", [("early October this year", "2014-10")]),
        # not the year of a thing after it
        ("Sales rose in March, last year's best month.", [("March", "2014-03"), ("last year", "2013")]),
    ],
)
def test_a_year_counted_from_publication_after_a_month_or_day_is_its_year(text, expected):
    assert found(text, "2014-11-19") == expected


@pytest.mark.parametrize(
    "text,language,expected",
    [
        (
            "Last year, the band played four shows in October and November.",
            "en",
            [("Last year", "2013"), ("October", "2013-10"), ("November", "2013-11")],
        ),
        ("In 2012, the band played four shows in October.", "en", [("2012", "2012"), ("October", "2012-10")]),
        ("去年，公司在3月和5月各发布一款产品。", "zh-Hans", [("去年", "2013"), ("3月", "2013-03"), ("5月", "2013-05")]),
        # no comma sets it off: a year of something else (`2019年成立的公司`), or only its own clause's
        ("2012年成立的公司，5月宣布上市。", "zh-Hans", [("2012年", "2012"), ("5月", "2014-05")]),
        (
            "Last year the company cut jobs, and in March it will hire again.",
            "en",
            [("Last year", "2013"), ("March", "2015-03")],
        ),
    ],
)
def test_a_year_that_opens_the_sentence_is_the_year_of_its_dates(text, language, expected):
    assert found(text, "2014-11-19", language) == expected


def test_a_clock_after_a_month_or_a_year_in_its_sentence_has_no_known_day():
    text = "In October 2012, at 4:30 a.m., the military raided the compound. The talks start at 9 a.m."
    assert found(text, "2014-12-18") == [
        ("October 2012", "2012-10"),
        ("4:30 a.m.", None),
        ("9 a.m.", "2014-12-18T09:00"),
    ]
    assert found("今年7月的一天上午10时许，徐阿婆接到了一通陌生电话。", "2019-08-13", "zh-Hans") == [
        ("今年7月", "2019-07"),
        ("上午10时", None),
    ]


def test_a_month_compared_with_or_counted_since_is_not_the_month_a_day_alone_is_in():
    text = "数据显示，7月份新增开户数较6月减少。\n\n证监会新闻发言人张晓军3日表示，将严查。"
    assert found(text, "2015-07-04", "zh-Hans")[-1] == ("3日", "2015-07-03")
    text = "2014年12月以来，证监会已集中部署多起案件。\n\n3日，证监会又部署了3起案件。"
    assert found(text, "2015-07-04", "zh-Hans")[-1] == ("3日", "2015-07-03")
    text = "今年6月，公司开始筹备。\n\n15日，公司发布公告。"  # a month the story goes on in
    assert found(text, "2015-07-04", "zh-Hans")[-1] == ("15日", "2015-06-15")


def test_the_same_year_and_the_same_month_count_from_the_date_before():
    text = "2002年发行专辑。同年以《陌生人》入围金曲奖。2006年10月，约满；同月9日，参与演出。"
    assert found(text, "2020-02-14", "zh-Hans") == [
        ("2002年", "2002"),
        ("同年", "2002"),
        ("2006年10月", "2006-10"),
        ("同月9日", "2006-10-09"),
    ]
    # 不同, 相同, 共同 end in 同; 年龄 and 年级 are no years
    assert found("不同年龄的人，同年级的学生，不同月份的数据，相同月份，共同年度目标。", "2020-02-14", "zh-Hans") == []


def test_yesterday_counts_from_the_today_a_gloss_gives():
    text = "朝中社15日报道，14日，金正恩出席了典礼。另外，朝中社今天（16日）报道，金正恩昨天视察了学校。"
    assert found(text, "2024-05-16", "zh-Hans")[-1] == ("昨天", "2024-05-15")


def test_a_time_right_after_a_glossed_day_is_on_that_day():
    text = "网站18日起进行民调，截至今日（23日）早上7时30分，已有19300人参与投票。"
    assert found(text, "2022-08-23", "zh-Hans")[-1] == ("早上7时30分", "2022-08-23T07:30")


def test_a_midnight_to_come_ends_its_day():
    assert found("The premier spoke on Wednesday. From midnight all schools will close.", "2020-11-18")[-1] == (
        "midnight",
        "2020-11-19T00:00",
    )
    assert found("The ship sank at midnight.", "2020-11-18") == [("midnight", "2020-11-18T00:00")]
    ceasefire = "They agreed on Saturday to a ceasefire from midnight (2000 GMT)."
    assert found(ceasefire, "2020-10-18")[-1] == ("midnight", "2020-10-18T00:00")


def test_a_day_after_a_quote_its_sentence_began_inside_is_no_title():
    text = '"We need this pause. We are at a critical point," the premier said on Wednesday. "We will do it."'
    assert [(m.as_written, m.is_event) for m in extract_mentions(text, ExtractionContext("t", dt.date(2020, 11, 18), "en"))] == [
        ("Wednesday", True)
    ]


def test_a_months_name_before_what_a_person_does_or_has_is_a_persons():
    text = "Relations were strained since May admonished Trump. It would enrage those in May's Conservative Party."
    assert found(text, "2017-12-01") == []
    assert found("In May, officials said prices rose.", "2017-12-01") == [("May", "2017-05")]


def test_the_day_after_joined_to_a_date_counts_from_it():
    text = "经查，刘某于2015年5月19日买入股票。当天及次日股价涨停。"
    assert found(text, "2015-07-04", "zh-Hans")[-1] == ("次日", "2015-05-20")


@pytest.mark.parametrize(
    "text,language,expected",
    [
        (
            "2010年4月，微软发布Kin手机。5月份，销量惨淡。6月底，停产。7月，运营商将其下架。",
            "zh-Hans",
            [("2010年4月", "2010-04"), ("5月份", "2010-05"), ("6月底", "2010-06"), ("7月", "2010-07")],
        ),
        (
            "In April 2010, Microsoft launched the Kin. In May, sales were poor. In July, Verizon pulled it.",
            "en",
            [("April 2010", "2010-04"), ("May", "2010-05"), ("July", "2010-07")],
        ),
        # a month far on, or one that does not open its sentence, is counted from publication
        (
            "2014年7月，三部门印发规定。\n\n12月9日，工信部收到报告。",
            "zh-Hans",
            [("2014年7月", "2014-07"), ("12月9日", "2014-12-09")],
        ),
        (
            "根据2010年6月1日起施行的规定，平台须报告。7月，工信部收到报告。",
            "zh-Hans",
            [("2010年6月1日", "2010-06-01"), ("7月", "2015-07")],
        ),
        # a Chinese date opens its sentence without a comma; after a year alone, any month of its paragraph
        (
            "2007年5月签约亚神音乐；6月担任专辑《OK》的女合声；7月6日参与海洋音乐祭演出。",
            "zh-Hans",
            [("2007年5月", "2007-05"), ("6月", "2007-06"), ("7月6日", "2007-07-06")],
        ),
        (
            "2003年签约华纳唱片，并于6月6日发行专辑《陌生人》；11月在台北举办演唱会。",
            "zh-Hans",
            [("2003年", "2003"), ("6月6日", "2003-06-06"), ("11月", "2003-11")],
        ),
        (
            "In 2001, Page stepped aside. In March, Schmidt had become the chairman.",
            "en",
            [("2001", "2001"), ("March", "2001-03")],
        ),
        # in its own paragraph, any month after it; the sentence's other dates with it
        (
            "2007年5月签约亚神音乐；6月担任女合声；7月6日及7月8日参与音乐祭演出；10月19日发行专辑。",
            "zh-Hans",
            [
                ("2007年5月", "2007-05"),
                ("6月", "2007-06"),
                ("7月6日", "2007-07-06"),
                ("7月8日", "2007-07-08"),
                ("10月19日", "2007-10-19"),
            ],
        ),
        # … inside its sentence too, while the story is still in that year and the month still ahead this year
        (
            "2012年汛期，干渠先后4次遭遇泥石流。其中较大的一次发生在9月2日，暴雨倾盆。",
            "zh-Hans",
            [("2012年", "2012"), ("9月2日", "2012-09-02")],
        ),
        (
            "2012年，他劝慰学生。但他在2013年已站在对立面。他在11月发推特。",
            "zh-Hans",
            [("2012年", "2012"), ("2013年", "2013"), ("11月", "2014-11")],
        ),
        (
            "2012年，他毕业回乡工作。自3月进入汛期以来，他组织了突击队。",
            "zh-Hans",
            [("2012年", "2012"), ("3月", "2015-03")],
        ),
        # but not one in the paragraph after, nor a year that names a thing (2013年成立的公司)
        (
            "2013年，三部门印发规定。\n\n3月9日，工信部收到报告。",
            "zh-Hans",
            [("2013年", "2013"), ("3月9日", "2015-03-09")],
        ),
        (
            "2013年成立的公司，3月9日宣布上市。",
            "zh-Hans",
            [("2013年", "2013"), ("3月9日", "2015-03-09")],
        ),
        # nor a day in the month around publication: the news again
        (
            "1996年发展到最高峰，用户数一度超1000万人。7月3日下午，告别活动举行。",
            "zh-Hans",
            [("1996年", "1996"), ("7月3日下午", "2015-07-03")],
        ),
        (
            "6月9日，平台收到报告。1999年，基金会成立。6月9日，工信部开会。",
            "zh-Hans",
            [("6月9日", "2015-06-09"), ("1999年", "1999"), ("6月9日", "2015-06-09")],
        ),
    ],
)
def test_a_story_told_month_by_month_stays_in_its_year(text, language, expected):
    assert found(text, "2015-07-04", language) == expected


def test_a_year_and_its_month_may_have_de_between_them():
    assert found("早在2012年的10月30日，项目就已开工。", "2015-07-04", "zh-Hans") == [
        ("2012年的10月30日", "2012-10-30")
    ]
    text = "2008年金融危机爆发时，A股市场在当年的1月份开始下跌。"
    assert found(text, "2015-07-04", "zh-Hans") == [("2008年", "2008"), ("当年的1月份", "2008-01")]
    assert found("公司的3月数据显示，销量上升。", "2015-07-04", "zh-Hans") == [("3月", "2015-03")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("资金成本月付，利息不低。", []),  # 成本 + 月付
        ("日本周边国家表示关注。", []),
        ("那这个周期是不是很长？", []),
        ("在本周五个交易日中，股指下跌。", []),  # five trading days
        ("共同迎接中国资本市场的美好明天。", []),
        ("中国的明天会更好。", []),
        ("此前日增病例一度超过百例。", []),  # 此前 + 日增 (a daily rise)
        ("春到人间人似玉，灯烧月下月如昼。", []),  # 月下 (under the moon) + 月如昼
        # still dates
        (
            "公司本月将发布公告，本周五开会，这个周末休息。",
            [("本月", "2015-07"), ("本周五", "2015-07-03"), ("这个周末", "2015-07-04")],
        ),
        ("公司明天发布公告。", [("明天", "2015-07-05")]),
        ("本周全国不少地区气温持续低迷，本周期间有雨。", [("本周", "2015-06-29"), ("本周", "2015-06-29")]),
        ("本週三大指數全部收跌，美股周三大涨。", [("本週", "2015-06-29"), ("周三", "2015-07-01")]),  # the three major
    ],
)
def test_chinese_words_that_hold_a_date_word_are_no_dates(text, expected):
    assert found(text, "2015-07-04", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The exhibition runs from Tuesday to Friday.", [("Tuesday to Friday", "2019-11-19", "2019-11-22")]),
        ("Talks ran from Saturday to Monday.", [("Saturday to Monday", "2019-11-16", "2019-11-18")]),
        ("周二至周五，展览开放。", [("周二至周五", "2019-11-12", "2019-11-15")]),
        # a date moved is two dates, the one it was and the one it is, on whichever side is nearer
        (
            "The hearing was moved from Nov. 19 to Dec. 3.",
            [("Nov. 19", "2019-11-19", None), ("Dec. 3", "2019-12-03", None)],
        ),
    ],
)
def test_a_range_of_weekdays_ends_on_the_first_such_day_from_its_start(text, expected):
    language = "zh-Hans" if "周" in text else "en"
    context = ExtractionContext("t", dt.date(2019, 11, 18), language)
    assert [(m.as_written, m.date, m.end_date) for m in extract_mentions(text, context)] == expected


def test_a_weekday_after_a_or_any_is_some_day_of_its_kind_unless_it_describes_a_thing():
    text = "It's a Sunday in late fall, and rain falls on any Friday night. They face a Friday deadline."
    assert found(text, "2019-11-18") == [("Friday", "2019-11-15")]
    text = "On a chilly Tuesday in December 1999, she spoke. He told a news conference Tuesday it was over."
    assert found(text, "2017-01-19") == [("December 1999", "1999-12"), ("Tuesday", "2017-01-17")]


def test_months_ago_count_from_publication_and_a_year_ago_from_the_month_just_named():
    text = "Sales for September fell. Sellers no longer get the prices they got six months ago, or a year ago."
    assert found(text, "2022-10-14") == [
        ("September", "2022-09"),
        ("six months ago", "2022-04"),
        ("a year ago", "2021-09"),
    ]


def test_this_weekend_in_the_past_tense_written_on_a_weekday_is_the_one_just_past():
    assert found("Trump held a discussion this weekend that he initiated.", "2016-11-28") == [
        ("this weekend", "2016-11-26")
    ]
    assert found("They will meet this weekend.", "2016-11-28") == [("this weekend", "2016-12-03")]
    # written on a Thursday or a Friday, the coming one
    assert found("He turned up for this weekend's Grand Prix.", "2015-11-13") == [("this weekend", "2015-11-14")]
    assert found("He turned up for this weekend's Grand Prix.", "2015-11-11") == [("this weekend", "2015-11-07")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He returned to the hotel on Sept. 21 and 24.", [("Sept. 21", "2017-09-21"), ("24", "2017-09-24")]),
        ("The committee is scheduled to meet July 8 and 9 in Cheyenne.", [("July 8", "2018-07-08"), ("9", "2018-07-09")]),
        ("Votes were cast on 7 and 11 April.", [("7", "2017-04-07"), ("11 April", "2017-04-11")]),
        ("On 7 and 11 April, aftershocks struck.", [("7", "2017-04-07"), ("11 April", "2017-04-11")]),
        # a number that counts something, not a day
        ("On July 8 and 9 people died.", [("July 8", "2017-07-08")]),
        ("The fair ran on Feb. 28 and 30.", [("Feb. 28", "2017-02-28")]),  # no such day: no second date
        ("They met on July 7, and 19 days later they split.", [("July 7", "2017-07-07"), ("19 days later", "2017-07-26")]),
    ],
)
def test_a_days_number_listed_beside_an_english_date_is_a_day_of_its_month(text, expected):
    assert found(text, "2017-10-06") == expected


def test_the_next_week_is_the_week_after_the_day_the_story_told():
    text = "Paddock stayed at the hotel on Sept. 16. The next week, Paddock returned to the hotel."
    assert found(text, "2017-10-06") == [("Sept. 16", "2017-09-16"), ("The next week", "2017-09-18")]
    text = "They met on March 3. The following week, they signed the deal."
    assert found(text, "2017-10-06")[-1] == ("The following week", "2017-03-06")
    assert found("Next week, the board meets.", "2017-10-06") == [("Next week", "2017-10-09")]  # from publication


def test_a_chinese_weekend_said_to_be_past_and_a_preparing_done_look_back():
    assert found("过去的这个周末，应用程序上线。", "2020-10-14", "zh-Hans") == [("这个周末", "2020-10-10")]
    assert found("这个周末，应用程序将上线。", "2020-10-14", "zh-Hans") == [("这个周末", "2020-10-17")]
    assert found("朝鲜为周六的阅兵准备了数月。", "2020-10-14", "zh-Hans") == [("周六", "2020-10-10")]
    assert found("公司准备周六发布新品。", "2020-10-14", "zh-Hans") == [("周六", "2020-10-17")]  # a plan


def test_this_week_ahead_written_on_a_sunday_is_the_week_to_come_in_english():
    assert found("The Senate is expected to vote this week.", "2010-07-25") == [("this week", "2010-07-26")]
    assert found("The Senate voted this week.", "2010-07-25") == [("this week", "2010-07-19")]
    assert found("Last week, BP admitted it.", "2010-07-25") == [("Last week", "2010-07-12")]  # as TimeML has it
    assert found("参议院将于本周投票。", "2010-07-25", "zh-Hans") == [("本周", "2010-07-19")]  # weeks start on Monday


def test_a_noun_after_a_past_verb_is_its_object_not_a_present_verb():
    assert found("Moscow sent troops into Ukraine in February.", "2022-10-11") == [("February", "2022-02")]
    # after a word that may be an adjective, no: `will redeem preferred shares on Oct. 31` is ahead
    text = "It will redeem 9.5 million Series H preferred shares on Oct. 31."
    assert found(text, "1989-10-27") == [("Oct. 31", "1989-10-31")]


def test_come_before_a_date_puts_it_ahead():
    text = "They would be prepared and armed with information come January 20."
    assert found(text, "2016-12-12") == [("January 20", "2017-01-20")]


def test_a_day_alone_in_a_later_paragraph_in_the_week_before_publication_is_that_day():
    text = "5月19日，金宇车城发布澄清公告。\n\n3日，证监会已集中部署了3起案件。"
    assert found(text, "2015-07-04", "zh-Hans") == [("5月19日", "2015-05-19"), ("3日", "2015-07-03")]
    text = "据路透社1日报道，中国6月份的制造业活动有所扩大。美国彭博社3日援引经济学家的话说，股价下跌。"
    assert found(text, "2015-07-04", "zh-Hans")[-1] == ("3日", "2015-07-03")  # 6月份的: a figure's month
    # further back than a week, or in the paragraph that named the month, the month named
    text = "10月27日，他逝世。\n\n2日上午，遗体火化。"
    assert found(text, "2015-11-20", "zh-Hans")[-1] == ("2日上午", "2015-11-02")
    assert found("5月19日，公司发布公告；3日，股价大跌。", "2015-07-04", "zh-Hans")[-1] == ("3日", "2015-06-03")
    # after a month named without a day, in the same paragraph: the days just past too
    text = "委员会今年5月在15个国家进行民调，该机构10日公布调查结果。"
    assert found(text, "2026-06-11", "zh-Hans") == [("今年5月", "2026-05"), ("10日", "2026-06-10")]
    assert found("他今年5月10日到京，12日离开。", "2026-06-13", "zh-Hans")[-1] == ("12日", "2026-05-12")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("时至今日，王小云仍在研究密码学。", []),
        ("据法国《星期日报》报道，罢工将继续。", []),
        ("電視台增加兒童節目和青年节目的播出时间。", []),  # programmes, not festivals
        ("桃园结义，不求同年同月同日生，但求同年同月同日死。", []),  # an oath
        ("明天系掌门人被带走，今日世界为之一惊。", []),  # a company group; the world of these days
        ("两地气温纷纷创下半年以来新低。", []),
        ("8月交割的原油期货下跌，当月期指和下月合约均贴水。", []),
        ("她的手机每天上午9时至10时必须关机，每周四开会，每月15日发薪。", []),
        ("而在2010年的四季度，诺基亚卖出了2830万部智能手机。", [("2010年的四季度", "2010-Q4")]),
    ],
)
def test_chinese_words_that_name_no_day_of_the_story(text, expected):
    assert found(text, "2015-07-06", "zh-Hans") == expected


def test_a_weekday_before_what_was_reported_on_it_is_a_day():
    assert found("日本共同社星期三报道，政府将展开调查。", "2021-03-18", "zh-Hans") == [("星期三", "2021-03-17")]
    assert found("據共同社週四報導指，政府將展開調查。", "2021-03-19", "zh-Hant") == [("週四", "2021-03-18")]


def test_a_greeting_on_a_chinese_festival_names_no_day():
    assert found("祝大家春节快乐！春节期间，景区游客达到10万人次。", "2016-12-24", "zh-Hans") == [
        ("春节", "2017-01-28")
    ]


def test_a_day_word_a_quotation_holds_alone_is_a_name():
    text = "Put emails in the “Today” folder. “Today’s charges are clear,” he said. Asked when, she said: “Today.”"
    assert found(text, "2017-01-09") == [("Today", "2017-01-09"), ("Today", "2017-01-09")]


def test_the_period_between_two_times_is_no_reporting_period():
    assert found("The period between now and the election will be crucial.", "2016-11-29") == []


def test_the_quarters_of_a_games_report_are_the_games():
    text = (
        "Embiid had 30 points and 12 rebounds, and Maxey added 8 assists before halftime. "
        "The third quarter belonged to Embiid. He swatted a shot to close the quarter. Revenue rose in the quarter."
    )
    assert found(text, "2023-11-08") == [("the quarter", "2023-Q3")]  # the one with money around it


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He told the Today programme that the plan works.", []),
        ('In the interview, Scott told "CBS This Morning" co-host Gayle King that the crew was ready.', []),
        ("Slade, along with other Vice News Tonight on HBO staff, made up the panel.", []),
        ("A Mail on Sunday poll found support.", []),
        ("Portsmouth's indoor Christmas market returns.", []),
        ("Christmas decorations went up.", []),
        # still dates: a day word opening its sentence, a festival after a preposition of time or before a verb
        (
            "The minister spoke.\n\nTonight at midnight the county moves to Level 3.",
            [("Tonight at midnight", "2023-11-08T00:00")],
        ),
        (
            "Sales jumped before Christmas shopping began. Christmas falls on a Monday.",
            [("Christmas", "2023-12"), ("Christmas", "2023-12-25")],
        ),
        ("Thanksgiving travel will be heavy.", [("Thanksgiving", "2023-11-23")]),
    ],
)
def test_names_and_things_that_hold_a_day_word_are_no_dates(text, expected):
    assert found(text, "2023-11-08") == expected


def test_a_year_less_range_of_months_is_in_its_ends_year():
    assert found("1-10月，全县固定资产投资同比增长15.3%。", "2016-11-22", "zh-Hans") == [("1-10月", "2016-01")]
    text = "Gove, who was education secretary until the summer, is said to believe it."
    assert found(text, "2014-12-29") == [("the summer", "2014-06")]
    assert found("Teams have punched tickets for next summer's tournament.", "2019-11-19") == [
        ("next summer", "2020-06")
    ]


def test_since_a_date_is_before_publication_in_chinese():
    text = "航空公司增加航班，以满足自1月23日离汉通道关闭以来激增的需求。"
    assert found(text, "2020-10-04", "zh-Hans") == [("1月23日", "2020-01-23")]


def test_a_weekday_before_its_date_is_that_dates_not_this_weeks():
    text = "In this Sunday, Nov. 10, 2019, photo, protesters march in Hong Kong. The vote is this Sunday."
    assert found(text, "2019-11-19") == [("Nov. 10, 2019", "2019-11-10"), ("this Sunday", "2019-11-24")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("She hung a Christmas wreath on the door.", []),
        ("He sent his Christmas cards late.", []),
        ("Dickens wrote A Christmas Carol in 1843.", [("1843", "1843")]),
        ("The Good Friday Agreement was signed in 1998.", [("1998", "1998")]),
        ("Kentucky Basketball's Christmas Card is out.", []),
        # a day still: no determiner, a time of the day or grammar after it, or a name of the day itself
        ("We spent Christmas together.", [("Christmas", "2013-12-25")]),
        ("They will attend the Christmas morning service.", [("Christmas", "2014-12-25")]),
        ("The Christmas of 1914 brought a truce.", [("Christmas of 1914", "1914-12-25")]),
        ("The Thanksgiving Day parade drew crowds.", [("Thanksgiving Day", "2014-11-27")]),
        ("They strung Christmas-tree-style lights.", []),
        # a greeting names no day
        ("The President wished all Americans a Merry Christmas and Happy Thanksgiving.", []),
        # another calendar's day, or another day of the name
        ("Orthodox Christmas drew crowds to the cathedral.", []),
        ("It was his first Holocaust Remembrance Day statement.", []),
        # a place by a festival's name
        ("Most people know of Easter Island for its moai.", []),
    ],
)
def test_a_festival_that_describes_a_thing_is_no_day(text, expected):
    assert found(text, "2014-12-20") == expected


def test_a_dispatch_line_indented_as_a_paragraph_is_a_dateline():
    text = "  新华社太原7月8日电 习近平近日在山西考察。\n  7月7日至8日，习近平先后到阳泉、太原考察调研。"
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2025, 7, 9), "zh-Hans"))
    assert [(m.as_written, m.date, m.end_date, m.is_event) for m in mentions] == [
        ("7月8日", "2025-07-08", None, False),
        ("7月7日至8日", "2025-07-07", "2025-07-08", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Item 1 of 2 A boy holds cartridges in Khartoum, Sudan, May 13, 2023. " * 6
        + "\n\nDUBAI/CAIRO, Dec 20 (Reuters) - The fighters said they would work with a new government.",
        "WASHINGTON (Dec. 20) -- The fighters said they would work with a new government.",
        "Taipei, Dec. 20 (CNA) The fighters said they would work with a new government.",
    ],
)
def test_a_wire_storys_dateline_is_the_day_it_was_filed_however_it_is_written(text):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2024, 12, 20), "en"))
    assert [(m.date, m.is_event) for m in mentions if m.date == "2024-12-20"] == [("2024-12-20", False)]


@pytest.mark.parametrize(
    "dispatch,written",
    [
        ("中国网5月13日讯 据市政府网站消息，", "5月13日"),
        ("（法新社羅馬13日電） ", "13日"),
        ("东方网记者曹磊5月13日报道：", "5月13日"),
        ("鞭牛士报道，5月13日消息，", "5月13日"),
        ("新浪财经讯 5月13日上午消息，", "5月13日上午"),
        ("TNW中文站 5月13日报道\n", "5月13日"),  # the outlet set off by a space, the line ending there
        ("（柏林13日综合电）", "13日"),  # a dispatch put together from several
        ("（中央社雪梨13日綜合外電報導）", "13日"),  # … from foreign wires
        ("新华网巴黎5月13日专电(记者尚栩)", "5月13日"),  # a dispatch of the agency's own
        ("新浪科技讯 北京时间5月13日下午消息，", "5月13日下午"),  # the zone before the day
        ("【希望之声2024年5月13日】（本台记者综合报导）", "2024年5月13日"),  # the outlet and the day in brackets
        ("路透莫斯科5月13日 - ", "5月13日"),  # an agency's and a place's names, and a dash
        ("路透伦敦/米兰5月13日 - ", "5月13日"),  # … two places
    ],
)
def test_a_chinese_dispatch_is_a_dateline_however_far_down_the_page_it_starts(dispatch, written):
    menus = "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产 | 旅游 | 教育 | 时尚 | 健康 | 文化\n" * 10
    text = menus + dispatch + "公司今天宣布新计划。"
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2024, 5, 14), "zh-Hans"))
    dates = {m.as_written: (m.date, m.is_event) for m in mentions}
    assert dates[written][1] is False
    assert dates["今天"] == ("2024-05-13", True)  # today is the dispatch's day, not the day after it was online
    # a date before 报道 or 消息 that goes on is what happened
    assert found("他5月13日报道了此事。5月14日消息传出后，股价大跌。", "2024-05-23", "zh-Hans") == [
        ("5月13日", "2024-05-13"),
        ("5月14日", "2024-05-14"),
    ]
    # a date in brackets at a paragraph's start, no outlet before it, is a heading of what happened
    assert [
        m.is_event
        for m in extract_mentions(
            "【5月13日】公司宣布新计划。", ExtractionContext("t", dt.date(2024, 5, 23), "zh-Hans")
        )
    ] == [True]
    assert all(
        m.is_event
        for m in extract_mentions(
            "5月14日消息传出后，股价大跌。", ExtractionContext("t", dt.date(2024, 5, 23), "zh-Hans")
        )
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "据英国《卫报》13日报道，调查发现了新的证据。",  # another outlet's report, cited
        "半岛电视台13号报道，谈判已经破裂。",  # a broadcast says its days with 号
    ],
)
def test_a_report_cited_at_a_paragraphs_start_is_what_happened_not_the_storys_dateline(paragraph):
    text = "5月15日，公司宣布新计划。\n\n" + paragraph + "\n\n公司今天发布了声明。"
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2024, 5, 15), "zh-Hans"))
    dates = {m.as_written: (m.date, m.is_event) for m in mentions}
    assert dates[paragraph[paragraph.index("13") : paragraph.index("报道")]] == ("2024-05-13", True)
    assert dates["今天"] == ("2024-05-15", True)  # the page's day, not the cited report's


@pytest.mark.parametrize(
    "text,language",
    [
        ("The online shop 6pm.com said on Monday that every item had been priced at $49.95.", "en"),
        ("美国在线零售商店6pm.com周一表示，店内所有商品都被误定为49.95美元。", "zh-Hans"),
    ],
)
def test_a_clock_time_that_begins_a_web_address_is_a_name(text, language):
    assert [written for written, _ in found(text, "2010-05-25", language)] == ["Monday" if language == "en" else "周一"]
    assert found("The sale ended at 6pm.", "2010-05-25") == [("6pm", "2010-05-25T18:00")]


def test_a_weekday_in_brackets_after_a_date_says_again_which_day_it_is():
    assert found("The launch is on May 21st (this Tuesday).", "2024-05-19") == [("May 21st", "2024-05-21")]
    assert found("The Tuesday (May 21) launch.", "2024-05-19") == [("May 21", "2024-05-21")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The embryo was modelled in Life Unfolding (2014).", False),
        ("Nokia 3210 (2024) comes in black.", False),
        ("Ruskin (1819-1900) wrote it.", False),
        ("He starred in “Heat” (1995).", False),
        ("The treaty was signed (2019).", True),
    ],
)
def test_a_year_in_brackets_after_a_name_is_a_works_year_not_an_event(text, expected):
    assert events_in(text, "2024-05-10") == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year before the work it dates, after a determiner or an owner; the year a ranking covers
        ("The film adapts André Aciman's 2007 novel about a summer.", False),
        ("They are as specific as a 2023 directive from the Pentagon on weapons.", False),
        ("Auburn signed nine prospects in the 2020 cycle.", False),
        ("Jack McCallum's 1992 profile is a reminder of his fame.", False),
        ("She stumbled on a 1943 picture of a thousand people.", False),
        ("The 1619 Project has become a hot button issue.", False),
        ("In a 1985 story, Barry died while saving the Earth.", True),
        ("It was adapted from an 1865 Russian novella.", False),
        ("Few 2017 movies could top it.", False),
        ("Here is my list of the best films of 2017.", False),
        ("She co-starred with him in David Fincher's 1995 thriller Seven.", False),
        ("Lobbyists assail the 2010 Dodd-Frank financial-reform law.", False),
        # … or the people, holdings and measures it describes, not past an act's object
        ("Her new team looks very different from her 2008 high command.", False),
        ("Bradley, the 2011 PGA champion, shot a 68.", False),
        ("It refused to ship missiles under a 2007 contract.", False),
        ("Then, a 2018 analysis of the data found evidence of plumes.", True),
        # a year's before a name: the thing it names (not before a common noun)
        ("The closest the franchise has come is 2002's Die Another Day.", False),
        ("Last year's Hall of Fame class included Pearl Jam.", False),
        ("2008's financial crisis hit the town hard.", True),
        # a decade describing a noun, not after a preposition nor before its verb
        ("It was a nutty blend of schmaltzy '60s rhetoric.", False),
        ("You can wear your favorite '90s TV characters.", False),
        ("The 1960s saw a boom in neon signs.", True),
        # … or after the noun it describes and `of the`; not after a part of it
        ("The current protests echo the tenor of the 1960s.", False),
        ("It wasn't enough to overcome the crime wave of the 1980s.", False),
        ("By the end of the 1990s the firm collapsed.", True),
        ("Court decisions from the 1970s known as Abbott were cited.", True),
        ("These are the top 21 films of 2017.", False),
        # an act the year dates, or a year before a noun that is the sentence's subject
        ("Disney's 2012 acquisition of Lucasfilm changed everything.", True),
        ("In 2019 work began on the bridge.", True),
        ("Sales were the best of 2017.", True),
        # a model's year, the year of publication or after it; not an event's name, nor a past year's
        ("Taking on a sleeker look, the 2018 Sentra gets a new grill.", False),
        ("The 2019 RAV4 Prime will go 39 miles on battery power alone.", False),
        ("Apple is expected to unveil the 2018 iPhone soon.", False),
        # a high or a low a year reached: a figure's
        ("The index is near its 2010 high.", False),
        ("Prices fell back to their 2009 lows.", False),
        ("Tickets for the 2020 Tokyo Olympics went on sale.", True),
        ("The 2019 NBA Finals drew millions.", True),
        ("Since the 2008 Lehman collapse, banks changed.", True),
    ],
)
def test_a_year_before_a_work_or_after_a_ranking_is_no_event(text, expected):
    assert events_in(text, "2018-01-05") == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # how things are these days: a state, or a superlative among all there are
        ("Neon signs exist today in many cities.", False),
        ("Today, they sometimes seem out of place.", False),
        ("These are tensions that remain unresolved today.", False),
        ("It is one of the hottest gadget trends today.", False),
        ("It is the most engaging tool available to marketers today.", False),
        ("It may explain why our universe appears as it is today.", False),
        ("Rescuers continue to search today for survivors.", True),
        # a page's bidding, no day's news
        ("Become a member today to get instant access to our research.", False),
        ("Please consider making a contribution today.", False),
        ("Support for the bill grew today.", True),
        ("If you like what you read here, please register today to reserve your seat.", False),
        ("Today's Most Read", False),
        ("Today's Top Stories", False),
        # how things are after `Today` and a pronoun's `'s`; not a name's
        ("Today that's a real pain point for customers, he said.", False),
        ("Today it's closed for the holiday.", True),
        ("Today John's team won the cup.", True),
        # … after a quotation mark too
        ("\"Today that's a real pain point for customers,\" he said.", False),
        ('"Today is the last day," he said.', True),
        # an amount there is these days
        ("Today, the weather service has some 5,000 employees.", False),
        # how things are, after a sentence's opening `Today`, not what is going on or coming
        ("Today the company is valued at more than $1bn.", False),
        ("Today we are great friends, he said.", False),
        ("Today, the Senate is voting on the bill.", True),
        ("Today the store is closed for the holiday.", True),
        ("By contrast, today, consumption has fallen to about 1 billion gallons per day.", False),
        ("Apple today announced it sold 10 million phones.", True),
        ("The company said today it has 500 employees.", True),
        # what happens today, or the day itself
        ("The Senate votes today on the bill.", True),
        ("Apple today announced a new phone.", True),
        ("Today is the last day of the sale.", True),
        ("The president is in Paris today.", True),
        ("He is the first man to win the title today.", True),
        ("The protest today drew thousands.", True),
        # an age's things after `today's`, a comparison with how things were
        ("Today's wonders, in contrast, are not so in your face.", False),
        ("In today's digital environment, they can spread secrets.", False),
        ("It will give them an advantage in today's labor market, Ramirez said.", False),
        ("Online buyers are more sophisticated today.", False),
        ("The next computer will be far more powerful than today's.", False),
        # the world as it is, what is true of it, a likeness to it
        ("The drama feels especially relevant today, in a world of division.", False),
        ("The myths are polytheistic systems, just like today in Japan.", False),
        ("The stories are about the ideas shaping our world today.", False),
        ("Both approaches are as compelling today as they ever were.", False),
        ("The city is a better place today than it was.", False),
        ("The team is stronger today than ever.", False),
        ("Stocks fell more today than expected.", True),
        ("Today's glitches were in the authorization process.", True),
        ("Today's vote in the Senate was close.", True),
        # what may or would be today, and who is at work these days
        ("It is a practical model agencies can adopt today.", False),
        ("Princess Diana would be alive today, a former chief said.", False),
        ("Is there a more consistent songwriter operating today than Callahan?", False),
        ("The company is launching the phone today.", True),
        ("Trading will begin today.", True),
        # what is so these days, in the present with no act of a day
        ("Today, they use the site to sell their crafts.", False),
        ("Today we see a reheated version of old arguments.", False),
        ("The geopolitical calculus today is very different.", False),
        ("So today I speak fluent French.", False),
        ("Today, women create and lead a growing number of businesses.", False),
        ("Today, many investors use both kinds of accounts.", False),
        ("Today, officials meet in Geneva to sign the accord.", True),
        # … not what is done or announced today
        ("Twitter has taken a few small steps today to fix it.", True),
        ("Amy Churchwell joins the search team today.", True),
        ("Today, we're excited to share a new approach to patching.", True),
        ("The new law takes effect today.", True),
        ("The high was set today.", True),
    ],
)
def test_today_as_nowadays_is_no_event(text, expected):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2018, 1, 5), "en"))
    assert [(m.date, m.is_event) for m in mentions] == [("2018-01-05", expected)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year its clause talks of, its subject
        ("2026 will accelerate the shift to AI-as-a-Service.", False),
        ("If it's any comfort, 2016 probably wasn't the most enjoyable year for him.", False),
        ("As 2025 draws to a close, the challenge sums up a year.", False),
        # not a year after a preposition
        ("His work in 1951 drew the attention of Sir John Hunt.", True),
        ("In 2026 the company will open a plant.", True),
    ],
)
def test_a_year_that_is_its_clauses_subject_is_no_event(text, expected):
    assert events_in(text, "2025-12-19") == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the coming year in advice to the reader, or in a question to them
        ("Next year, I encourage everyone to grow something from seed.", False),
        ("If you're looking to get more out of your garden next year, read on.", False),
        ("Did you end up with too much zucchini and want to cut down for next year?", False),
        # a plan, announced or reported
        ("If it goes well, we will let you know next year.", True),
        ("Comcast is also expected to launch a streaming service next year.", True),
    ],
)
def test_the_coming_year_in_advice_to_the_reader_is_no_event(text, expected):
    assert events_in(text, "2025-12-19") == [expected]


@pytest.mark.parametrize(
    "text,language,expected",
    [
        ("In the 1960s, the Soviets deployed a vast neon programme.", "en", ("1960s", "1960", "1969")),
        ("In the mid-1990s, he lived in Khartoum.", "en", ("mid-1990s", "1994", "1996")),
        ("It was big in the late '80s.", "en", ("late '80s", "1987", "1989")),
        ("The '90s were wild.", "en", ("'90s", "1990", "1999")),
        ("The 1990's were wild.", "en", ("1990's", "1990", "1999")),
        ("By the early 2000s, it had closed.", "en", ("early 2000s", "2000", "2003")),
        # a century written as its first years'
        ("Tubman helped others to freedom in the 1800s.", "en", ("1800s", "1800", "1899")),
        ("It was common in the late 1800s.", "en", ("late 1800s", "1870", "1899")),
        ("上世纪八十年代初，他来到深圳。", "zh-Hans", ("上世纪八十年代初", "1980", "1983")),
        ("20世纪90年代末，互联网兴起。", "zh-Hans", ("20世纪90年代末", "1997", "1999")),
        ("九十年代中期，他下海经商。", "zh-Hans", ("九十年代中期", "1994", "1996")),
        ("1990年代，他移居香港。", "zh-Hans", ("1990年代", "1990", "1999")),
        ("20年代，公司上市。", "zh-Hans", ("20年代", "2020", "2029")),  # the latest begun by publication
    ],
)
def test_a_decade_is_its_years(text, language, expected):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2024, 5, 10), language))
    assert [(m.as_written, m.date, m.end_date) for m in mentions] == [expected]
    assert mentions[0].granularity == "year" and mentions[0].is_event
    # a record's start is no event
    record = extract_mentions(
        "For the first time since the 1990s, the nation trades.", ExtractionContext("t", dt.date(2024, 5, 10), "en")
    )
    assert [(m.as_written, m.is_event) for m in record] == [("1990s", False)]


@pytest.mark.parametrize(
    "text,language,expected",
    [
        ("The day after Easter, the crew loaded the boat.", "en", ("The day after Easter", "2019-04-22")),
        ("The day before March 3, the crew loaded the boat.", "en", ("The day before March 3", "2019-03-02")),
        ("Two days after Christmas, he left.", "en", ("Two days after Christmas", "2018-12-27")),
        ("3月5日的前一天，他离开了北京。", "zh-Hans", ("3月5日的前一天", "2019-03-04")),
        ("国庆节次日，他回到了上海。", "zh-Hans", ("国庆节次日", "2018-10-02")),
    ],
)
def test_a_day_counted_from_a_day_written_is_one_mention(text, language, expected):
    assert found(text, "2019-05-10", language) == [expected]


@pytest.mark.parametrize(
    "text,written,expected",
    [
        # a day a few days after one the story told years back, however near publication the other reading is
        (
            "On February 26, 2017, Wikileaks announced the release.\n\nTwo days after the announcement, on February"
            " 28, Morales was flown to Virginia.",
            "February 28",
            "2017-02-28",
        ),
        # a day months back in the year a sentence of the story opened with, paragraphs before
        (
            "In 2017, the group formed in Quito.\n\nOn December 12, it held its first rally.",
            "December 12",
            "2017-12-12",
        ),
        # a day in a month the story told with its year, paragraphs back, while the story is still in that year;
        # an aside after `after` with an -ing form has no verb of the sentence's (`camera feeds` is no present)
        (
            "It was in December 2017 that everything changed.\n\nCorrea had been succeeded in May 2017.\n\n"
            "By late 2017, he used a white noise machine.\n\nOn December 12, two days after receiving the"
            " instructions on creating camera feeds, Morales sent an email.",
            "December 12",
            "2017-12-12",
        ),
        (
            "It was in December 2017 that everything changed.\n\nIn 2019, he moved to Quito.\n\nOn December 12,"
            " Morales sent an email.",
            "December 12",
            "2019-12-12",
        ),
        # a day near publication, or in the year of publication's year before, stays there
        ("In 2017, the group formed in Quito.\n\nOn April 2, it held a rally.", "April 2", "2020-04-02"),
        (
            "In 2019, the group formed in Quito.\n\nOn December 12, it held its first rally.",
            "December 12",
            "2019-12-12",
        ),
    ],
)
def test_a_year_less_day_in_a_story_told_years_back(text, written, expected):
    assert date_of(text, written, "2020-05-14", "en") == expected


@pytest.mark.parametrize(
    "text,language,expected",
    [
        # a weekday after a week ahead the story named, no other date since: that week's
        (
            "法国总统马克龙下星期访问莫斯科和基辅。\n报纸说，马克龙星期一在莫斯科与普京会面，星期二前往基辅。",
            "zh-Hans",
            ["2022-02-07/2022-02-13", "2022-02-07", "2022-02-08"],
        ),
        (
            "Talks are due next week in London. He and Arafat meet separately Monday with Albright.",
            "en",
            ["2022-02-07/2022-02-13", "2022-02-07"],
        ),
        # in the past, or after a week behind, or after another date: as before
        (
            "Talks are due next week. Protesters rallied in a plaza Friday night.",
            "en",
            ["2022-02-07/2022-02-13", "2022-02-04"],
        ),
        ("上周，他去了北京，周三回到上海。", "zh-Hans", ["2022-01-24/2022-01-30", "2022-02-02"]),
    ],
)
def test_a_weekday_after_a_week_ahead_is_in_that_week(text, language, expected):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2022, 2, 6), language))
    assert [m.date + (f"/{m.end_date}" if m.end_date else "") for m in mentions] == expected


def test_that_day_years_before_is_a_day():
    text = "7日下午，他来到纪念馆。他说，88年前的今天发生的“七七事变”，是全面抗战的起点。"
    assert found(text, "2025-07-09", "zh-Hans") == [("7日下午", "2025-07-07"), ("88年前的今天", "1937-07-07")]
    assert found("一年前的今天，公司宣布上市。", "2024-02-29", "zh-Hans") == [("一年前的今天", "2023-02-28")]


def test_a_dateline_is_a_date_of_the_text_and_stands_for_a_missing_publication_date():
    text = "WASHINGTON, August 11 (Xinhua) -- The president said on Monday that talks would go on."
    mentions = extract_mentions(text, ExtractionContext("t", None, "en"))
    assert [(m.as_written, m.is_event) for m in mentions] == [("August 11", False), ("Monday", True)]
    text = "WASHINGTON, August 11, 1998 (Xinhua) -- The president said on Monday that talks would go on."
    assert [m.date for m in extract_mentions(text, ExtractionContext("t", None, "en"))] == ["1998-08-11", "1998-08-10"]
    text = "新华社北京2021年12月22日电 同日，工信部发布通报。"
    mentions = extract_mentions(text, ExtractionContext("t", None, "zh-Hans"))
    assert [(m.date, m.is_event) for m in mentions] == [("2021-12-22", False), ("2021-12-22", True)]


def test_a_time_written_before_its_day_is_one_mention_with_it():
    assert found("He was seized at 10 p.m. Wednesday, police said.", "1998-02-13") == [
        ("10 p.m. Wednesday", "1998-02-11T22:00")
    ]
    assert found("Talks broke off at noon Thursday.", "1998-02-13") == [("noon Thursday", "1998-02-12T12:00")]
    assert found("The offer runs until 5 p.m. EST Nov. 9.", "1989-11-02") == [("5 p.m. EST Nov. 9", "1989-11-09T17:00")]
    assert found("It expires at 5 p.m. EST, Nov. 6.", "1989-11-02") == [("5 p.m. EST, Nov. 6", "1989-11-06T17:00")]
    assert found("It was seen just after 8pm local time on Wednesday.", "2017-10-06") == [
        ("8pm local time on Wednesday", "2017-10-04T20:00")
    ]
    text = "2013年6月3日5时30分，他走进车间。\n\n车间里还很安静。\n\n起火时间大约在凌晨6点左右。"
    assert found(text, None, "zh-Hans")[-1] == ("凌晨6点", "2013-06-03T06:00")  # no publication date: the story's day


@pytest.mark.parametrize(
    "text",
    [
        "The case is for today's youth what the war was for their parents.",
        "We chose the people of tomorrow.",
        "Intel's chips are the chips of choice in many of today's personal computers.",
        "In today's interconnected world, smart appliances have transformed our lives.",
        "This is VOA Today.",
        "For the people of Poland, high noon comes at last.",
    ],
)
def test_days_in_general_and_names_are_not_dates(text):
    assert found(text, "1998-03-31") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # published on Thursday 2026-03-12: a weekday after `by` or `until` with no past verb is a deadline ahead
        ("Justice Palmer said, “If I can have it by Monday, I will decide.”", "2026-03-16"),
        ("The strike will last until Monday.", "2026-03-16"),
        ("The company had to respond by Monday.", "2026-03-09"),
        ("By Monday, the company had filed.", "2026-03-09"),
    ],
)
def test_a_weekday_after_by_is_a_deadline_ahead_unless_its_verb_is_past(text, expected):
    assert found(text, "2026-03-12") == [("Monday", expected)]


def test_a_days_possessive_after_of_is_that_day():
    """`ahead of today's negotiations`: the day's, not the present in general (`the people of tomorrow`); its
    clock time after it is on that day, not on the day told before."""
    text = "Talks stalled yesterday. Workers gathered ahead of today’s negotiations, which resume at about 3pm."
    assert found(text, "2015-11-13")[1:] == [("today", "2015-11-13"), ("3pm", "2015-11-13T15:00")]


def test_a_date_that_stands_alone_reports_the_sentence_after_it():
    text = "12月9日。\n\n平台收到专业机构报告，称组件存在严重漏洞。\n\n12月10日。\n\n12月11日，工信部发布通报。"
    heading, second, third = extract_mentions(text, ExtractionContext("t", dt.date(2021, 12, 22), "zh-Hans"))
    assert (
        heading.is_event
        and heading.sentence.endswith("称组件存在严重漏洞。")
        and heading.sentence.startswith("12月9日")
    )
    assert not second.is_event  # the sentence after it has a date of its own
    assert third.is_event and third.sentence == "12月11日，工信部发布通报。"
    text = "April 5, 2006\n\nApple has released an application that limits the volume of its players."
    line = extract_mentions(text, ExtractionContext("t", dt.date(2006, 4, 5), "en"))[0]
    assert line.is_event and line.date == "2006-04-05" and "released an application" in line.sentence
    # a date line over a story dates its lede only when the lede tells news, not what the page is
    for lede in ("Mark Papermaster is stepping down from his post.", "Apple released the long awaited SDK."):
        line = extract_mentions(f"April 5, 2006\n\n{lede}", ExtractionContext("t", dt.date(2006, 4, 5), "en"))[0]
        assert line.is_event, lede
    for lede in ("This post contains affiliate links.", "This article is part of our series on farming."):
        line = extract_mentions(f"April 5, 2006\n\n{lede}", ExtractionContext("t", dt.date(2006, 4, 5), "en"))[0]
        assert not line.is_event, lede
    # … with its weekday, over a page's buttons
    text = "Thursday 23 January 2014\n\nPrint\n\nA A A\n\nThe council approved the plan yesterday."
    line = extract_mentions(text, ExtractionContext("t", dt.date(2014, 1, 23), "en"))[0]
    assert line.date == "2014-01-23" and not line.is_event
    text = "Monday, June 10th, 2019\n\nListen · 16:05 16:05\n\nThe senator said on Sunday he would run."
    line = extract_mentions(text, ExtractionContext("t", dt.date(2019, 6, 11), "en"))[0]
    assert line.date == "2019-06-10" and not line.is_event  # a player's button and its length tell nothing
    # a date heading of a timeline reports its paragraph, whatever its tense
    text = "2019年5月17日\n\n5月20日\n\n京沪高速北京方向将封闭施工。"
    heading = extract_mentions(text, ExtractionContext("t", dt.date(2019, 5, 17), "zh-Hans"))[1]
    assert heading.is_event and "封闭施工" in heading.sentence
    text = "June 8, 2010\n\nYesterday, the company unveiled a phone."
    line, yesterday = extract_mentions(text, ExtractionContext("t", dt.date(2010, 6, 8), "en"))
    assert not line.is_event and yesterday.is_event


def test_the_other_numeric_dates_of_a_text_say_which_number_is_the_day():
    assert found("The bank failed on 23/5/2022. Talks began on 4/5/2022.", "2022-06-01")[1] == (
        "4/5/2022",
        "2022-05-04",
    )
    assert found("Talks began on 4/5/2022.", "2022-06-01") == [("4/5/2022", "2022-04-05")]  # the site's order
    assert found("Talks began on 4/5/2022 and ended on 5/13/2022.", "2022-06-01")[0] == ("4/5/2022", "2022-04-05")


def test_a_year_aside_does_not_date_an_undated_article():
    text = "《2019年网络安全法》出台后，截至2022年底，用户增长。今年11月24日，阿里云发现漏洞。2021年，规定出台。"
    assert [date for written, date in found(text, None, "zh-Hans") if written == "今年11月24日"] == ["2021-11-24"]
    assert found("本刊周五版 2022年29期", None, "zh-Hans") == []


def test_the_year_of_a_figure_as_of_a_date_is_not_lent_to_the_dates_after_it():
    text = "截至2022年12月31日，用户达到1亿；3月12日，公司宣布裁员。2023年，公司上市。"
    assert [date for written, date in found(text, None, "zh-Hans") if written == "3月12日"] == ["2023-03-12"]
    text = "As of Dec. 31, 2022, the bank held $200 billion. On Sunday, Mar. 12, regulators closed it."
    assert date_of(text, "Mar. 12", "2024-06-01") == "2023-03-12"


@pytest.mark.parametrize(
    "text,language,is_event",
    [
        ("Regulators shut the bank in the biggest failure since 2008.", "en", False),
        ("Republicans have won the state in every election since 2008.", "en", False),  # what recurs from then
        ("该行倒闭是2008年以来最大的银行倒闭。", "zh-Hans", False),
        ("He had been fighting cancer since 2008.", "en", True),
    ],
)
def test_the_date_a_record_is_measured_from_is_not_an_event(text, language, is_event):
    mention = extract_mentions(text, ExtractionContext("t", dt.date(2023, 3, 13), language))[0]
    assert mention.date == "2008" and mention.is_event == is_event


@pytest.mark.parametrize(
    "text,written,published,language,expected",
    [
        ("此前，3月8日，港湾银行宣布计划融资22亿美元。", "3月8日", "2023-03-13", "zh-Hans", "2023-03-08"),
        ("The bank announced a plan to raise $2 billion on March 8.", "March 8", "2023-03-13", "en", "2023-03-08"),
        ("The deadline was set for Jan. 14.", "Jan. 14", "2000-01-06", "en", "2000-01-14"),
    ],
)
def test_a_tense_does_not_send_a_date_a_year_away_from_one_within_a_month(text, written, published, language, expected):
    assert date_of(text, written, published, language) == expected


def test_that_day_after_a_date_of_years_before_is_the_day_of_the_story():
    text = (
        "3月15日，网信办通报云帆科技被罚。\n\n有关负责人表示，《个人信息保护法》自2021年11月1日起施行。\n\n"
        "当天晚间，云帆科技发布致歉声明。"
    )
    assert found(text, "2024-03-15", "zh-Hans")[-1] == ("当天晚间", "2024-03-15")
    text = "1989年6月3日，示威者聚集。\n\n当天晚上，军队进城。"  # a story of years before publication
    assert found(text, "1999-06-04", "zh-Hans")[-1][1] == "1989-06-03"


def test_a_count_of_years_back_before_a_date_is_that_dates_year():
    text = "23年前的7月1日，香港主权被移交中国。到了23年后的今天，港区国安法首日正式生效。"
    assert found(text, "2020-07-01", "zh-Hans") == [("23年前的7月1日", "1997-07-01"), ("23年后的今天", "2020-07-01")]
    assert found("三年前的5月，公司成立。", "2020-07-01", "zh-Hans") == [("三年前的5月", "2017-05")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("6月13日夜里12点，商户开始搬运海鲜。", "2020-06-14T00:00"),  # the midnight that ends the 13th
        ("6月13日晚上12点30分，市场关闭。", "2020-06-14T00:30"),
        ("6月13日中午12点，商户开始搬运海鲜。", "2020-06-13T12:00"),
        ("6月13日凌晨12点，商户开始搬运海鲜。", "2020-06-13T00:00"),
        ("要求他6月13日午夜12時前赴台灣。", "2020-06-14T00:00"),  # a deadline at the end of the 13th
        ("6月13日半夜2点，市场关闭。", "2020-06-13T02:00"),
    ],
)
def test_twelve_in_a_chinese_evening_is_the_midnight_after_the_day(text, expected):
    assert [value for _, value in found(text, "2020-06-20", "zh-Hans")] == [expected]


def test_an_about_between_the_part_of_the_day_and_the_hour_keeps_the_afternoon():
    assert found("该组织同日下午约3时宣布解散。", "2020-07-01", "zh-Hans") == [("同日下午约3时", "2020-07-01T15:00")]


def test_that_day_after_a_day_just_told_is_that_day_in_a_story_of_this_week():
    opening = (
        "记者1月19日刊载此文。1月17日，市公安局负责人表示，此案当年轰动一时。\n\n2010年10月20日，法院作出一审判决。\n\n"
    )
    same_sentence = opening + "2008年10月28日下午，村子陷入恐慌——当日，13名村民被警方带走。"
    assert found(same_sentence, "2018-01-19", "zh-Hans")[-1] == ("当日", "2008-10-28")
    next_paragraph = opening + "2008年10月3日上午，母亲开车到干妈家，发生了争执。\n\n当晚，她写了一封举报信。"
    assert found(next_paragraph, "2018-01-19", "zh-Hans")[-1] == ("当晚", "2008-10-03")
    night = opening + "2008年10月3日上午，母亲开车到干妈家，发生了争执。\n\n当夜，她写了一封举报信。"  # 当夜 as 当晚
    assert found(night, "2018-01-19", "zh-Hans")[-1] == ("当夜", "2008-10-03")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of the day opening a sentence is the day just told; at the story's start, publication's
        (
            "5月8日上午，警方接到报警。下午，嫌疑人被抓获。\n\n晚上，警方发布通报。",
            [("5月8日上午", "2023-05-08"), ("下午", "2023-05-08"), ("晚上", "2023-05-08")],
        ),
        ("下午，国务院召开常务会议。", [("下午", "2023-05-10")]),
        # told of no day, it dates nothing: a month is no day, and one in a story's past is not the day it tells
        ("9月初，她来到成都。\n\n晚上，她收到了钱。", [("9月初", "2022-09")]),
        ("他们说：下午茶在三点开始。", []),
        ("每天下午，他都去散步。", []),
        # English: the part of the day the story just told of, or of the day after
        (
            "Police arrived on May 3. Later that day, the suspect fled. That evening officers searched the house. "
            "The next afternoon he was caught.",
            [("May 3", "2023-05-03"), ("Later that day", "2023-05-03"), ("That evening", "2023-05-03"),
             ("The next afternoon", "2023-05-04")],
        ),
    ],
)
def test_a_part_of_the_day_opening_a_sentence_is_the_day_just_told(text, expected):
    assert found(text, "2023-05-10", "en" if text.isascii() else "zh-Hans") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "新华社北京十二月二十四日电 朱镕基二十四日在中南海会见了外宾。",
            [("十二月二十四日", "1998-12-24"), ("二十四日", "1998-12-24")],
        ),
        ("他三日抵达北京，五日离开。", [("三日", "1998-12-03"), ("五日", "1998-12-05")]),
        ("部长二十日表示，将继续合作。", [("二十日", "1998-12-20")]),
    ],
)
def test_a_day_in_chinese_numerals_alone_is_a_date_before_a_preposition_or_a_verb_of_the_news(text, expected):
    assert found(text, "1998-12-25", "zh-Hans") == expected


def test_a_fiscal_year_in_chinese_is_its_year():
    assert found("2020财年，公司亏损；2021財年扭亏。", "2022-03-01", "zh-Hans") == [
        ("2020财年", "2020"),
        ("2021財年", "2021"),
    ]


@pytest.mark.parametrize(
    "text, published, language, expected",
    [
        (
            "新华社香港十二月二十四日电（记者张三）香港特区政府今天宣布，昨天的会议取得成功。",
            "1998-12-25",
            "zh-Hans",
            [("十二月二十四日", "1998-12-24"), ("今天", "1998-12-24"), ("昨天", "1998-12-23")],
        ),
        (
            "WASHINGTON, Aug. 11 (AP) -- The president said today that he would veto the bill.",
            "1998-08-12",
            "en",
            [("Aug. 11", "1998-08-11"), ("today", "1998-08-11")],
        ),
        # a date a week back at the top is no dateline of this story's filing
        (
            "中新网12月14日电 今天上午，会议召开。",
            "2021-12-22",
            "zh-Hans",
            [("12月14日", "2021-12-14"), ("今天上午", "2021-12-22")],
        ),
    ],
)
def test_today_in_a_story_filed_before_it_was_published_is_the_datelines_day(text, published, language, expected):
    assert found(text, published, language) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks ran from March 6 to 8.", [("March 6 to 8", "2021-03-06", "2021-03-08")]),
        ("Talks ran from March 6 through 8, 2021.", [("March 6 through 8, 2021", "2021-03-06", "2021-03-08")]),
        ("Shares rose March 6 to 8 percent.", [("March 6", "2021-03-06", None)]),
        # `between … and …`, and years joined by a hyphen
        ("Between 2014 and 2021, exports doubled.", [("2014 and 2021", "2014", "2021")]),
        ("Sales rose between March and June.", [("March and June", "2021-03", "2021-06")]),
        ("Between 1500 and 2000 people came.", []),
        ("The EU 2021-2027 budget was agreed.", [("2021-2027", "2021", "2027")]),
        ("He was mayor 1990–2000.", [("1990–2000", "1990", "2000")]),
        ("Call 555-2021-2027 or see ISBN 978-1-2021-2027-5.", []),
    ],
)
def test_an_english_range_may_be_written_with_to_through_between_or_a_dash(text, expected):
    found_ranges = [
        (m.as_written, m.date, m.end_date)
        for m in extract_mentions(text, ExtractionContext("t", dt.date(2021, 12, 22), "en"))
    ]
    assert found_ranges == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "行政院今（22）日上午召開會議，明（23）日將舉行記者會。",
            [("今（22）日上午", "2021-12-22"), ("明（23）日", "2021-12-23")],
        ),
        ("立法院昨(21)日三讀通過。", [("昨(21)日", "2021-12-21")]),
        ("本法自110年12月22日起施行。", [("110年12月22日", "2021-12-22")]),
    ],
)
def test_taiwans_news_conventions(text, expected):
    """Taiwan's news gloss a day word with its date (今（22）日) and write the year of 民國 without the word."""
    assert found(text, "2021-12-22", "zh-Hant") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("FY21 sales fell.", [("FY21", "2021")]),
        ("Guidance for FY '22 is weak.", [("FY '22", "2022")]),
        ("The company cut its FY2023 outlook.", [("FY2023", "2023")]),
        ("FY is short for fiscal year.", []),
    ],
)
def test_a_fiscal_year_written_fy_is_the_year_it_is_named_after(text, expected):
    assert found(text, "2021-12-22", "en") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("She joined Axios in April of 2019.", [("April of 2019", "2019-04")]),
        ("The plant opened in early May, 2019, after delays.", [("early May, 2019", "2019-05")]),
        ("In October of 2022, he bought the building.", [("October of 2022", "2022-10")]),
    ],
)
def test_a_year_written_after_a_month_is_the_months(text, expected):
    assert found(text, "2023-11-08") == expected


def test_years_ago_count_from_today_not_from_the_month_just_named():
    text = "By late October, the new parser worked. Had it been ready 5 years ago, we would have shipped it."
    assert found(text, "2020-01-13") == [("late October", "2019-10"), ("5 years ago", "2015")]
    # a year ago beside a quarter is that quarter a year before, as earnings reports mean it
    text = "Third-quarter profit rose 5%. A year ago, the company lost money."
    assert found(text, "1989-10-25") == [("Third-quarter", "1989-Q3"), ("A year ago", "1988-Q3")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Temperatures from January to October 2023 exceeded the record.", [("January to October 2023", "2023-01")]),
        ("Sales fell from March to May 2020.", [("March to May 2020", "2020-03")]),
        ("Snow fell from December to February 2021.", [("December to February 2021", "2020-12")]),
        ("The plant closed between June and August 2019.", [("June and August 2019", "2019-06")]),
        ("Dates were set for August and October of 2015.", [("August", "2015-08"), ("October of 2015", "2015-10")]),
        ("It rained on Oct. 25 and Nov. 2, 2022.", [("Oct. 25", "2022-10-25"), ("Nov. 2, 2022", "2022-11-02")]),
    ],
)
def test_a_year_written_once_after_two_dates_is_both_dates(text, expected):
    assert found(text, "2023-11-08") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Fans watched 'Thursday Night Football' at the bar.", []),
        ("The cast of Saturday Night Live met on Saturday.", [("Saturday", "2023-11-04")]),
        ("On Wednesday President Biden spoke.", [("Wednesday", "2023-11-08")]),
        ("Voters await the Super Tuesday primaries; Ash Wednesday falls early.", []),
        ("The Jaguars scored 14 points in the third quarter.", []),
        ("Embiid dislocated a finger late in the second quarter of the game.", []),
        ("Profit in the third quarter rose 5%.", [("third quarter", "2023-Q3")]),
        ("Margins rose two percentage points in the second quarter.", [("second quarter", "2023-Q2")]),
    ],
)
def test_names_and_games_are_not_dates(text, expected):
    assert found(text, "2023-11-08") == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a year, month or week that ends at publication is the calendar one most of its days are in
        (
            "Prices rose over the past year, and the past week was calm.",
            "1998-03-03",
            [("the past year", "1997"), ("the past week", "1998-02-23")],
        ),
        (
            "Prices rose over the past year, and the past week was calm.",
            "1998-12-18",
            [("the past year", "1998"), ("the past week", "1998-12-14")],
        ),
        ("She has been dating him for the last year.", "2014-12-29", [("the last year", "2014")]),
        ("In the past month, four studies came out.", "2014-12-10", [("the past month", "2014-11")]),
        ("In the past month, four studies came out.", "2014-12-20", [("the past month", "2014-12")]),
        # and one that starts there
        ("The stock should gain in the year ahead.", "2014-12-20", [("the year ahead", "2015")]),
        ("The stock should gain in the year ahead.", "2014-03-20", [("the year ahead", "2014")]),
        ("Talks resume in the week ahead.", "2014-12-20", [("the week ahead", "2014-12-22")]),
        # the last of a period is no period counted from publication
        ("It was the last year of the war.", "2014-12-20", []),
        ("He quit in the last week of March.", "2014-12-20", [("March", "2014-03")]),
    ],
)
def test_a_period_that_ends_or_starts_at_publication_is_the_one_most_of_it_is_in(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a festival after a word for the year just named is that year's, one mention
        ("2008年10月，她被带走。当年五一期间，她回家了。", [("2008年10月", "2008-10"), ("当年五一", "2008-05-01")]),
        ("2008年10月，她被带走。次年春节，她回家了。", [("2008年10月", "2008-10"), ("次年春节", "2009-01-26")]),
        ("2008年10月，她被带走。同年国庆节，她回家了。", [("2008年10月", "2008-10"), ("同年国庆节", "2008-10-01")]),
    ],
)
def test_a_festival_of_the_year_just_named(text, expected):
    assert found(text, "2018-04-02", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("双十一当天，销售额破纪录。", [("双十一", "2021-11-11")]),  # 当天 says the festival's day again
        ("今年双11，销售额破纪录。", [("今年双11", "2021-11-11")]),
        ("五一期间，游客增多。", [("五一", "2021-05-01")]),
        ("2021年国庆期间，游客增多。", [("2021年国庆", "2021-10-01")]),
        ("五一广场上人很多，国庆路改造完成。", []),  # names of places
        # a future around a festival a few weeks past is about that one, not next year's
        ("黑色星期五将延续双11的做法。", [("黑色星期五", "2021-11-26"), ("双11", "2021-11-11")]),
    ],
)
def test_chinese_holidays_by_their_short_names(text, expected):
    assert found(text, "2021-12-01", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2019年5月，公司成立。次年，公司上市。", [("2019年5月", "2019-05"), ("次年", "2020")]),
        ("2019年5月，公司成立。翌年3月，公司上市。", [("2019年5月", "2019-05"), ("翌年3月", "2020-03")]),
        ("他当年就说过。", []),
        # `那年`, `这年` before a date are the year just named, as `当年` is
        ("2015年初，她来到北京。这年3月7日，事件发生。", [("2015年", "2015"), ("这年3月7日", "2015-03-07")]),
        ("2005年，他调到北京。那年7月初，启功先生去世。", [("2005年", "2005"), ("那年7月初", "2005-07")]),
    ],
)
def test_the_year_after_the_one_just_named(text, expected):
    assert found(text, "2021-12-22", "zh-Hans") == expected


def test_a_date_in_the_year_just_named_sets_the_story_in_its_month():
    text = "2015年是转折点。\n\n这年3月7日，五人被拘留。\n\n3月的上海下着雨。\n\n37天后，五人获释。"
    assert found(text, "2018-04-02", "zh-Hans")[-2:] == [("3月", "2015-03"), ("37天后", "2015-04")]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("The law took effect in the spring of 2019.", "2023-11-08", [("the spring of 2019", "2019-03", "2019-05")]),
        ("Sales rose last summer.", "2023-11-08", [("last summer", "2023-06", "2023-08")]),
        ("Prices fell this past spring.", "2023-11-08", [("this past spring", "2023-03", "2023-05")]),
        ("It snowed in the winter of 1994.", "2023-11-08", [("the winter of 1994", "1993-12", "1994-02")]),
        (
            "This winter is cold, unlike last winter.",
            "2024-01-15",
            [("This winter", "2023-12", "2024-02"), ("last winter", "2022-12", "2023-02")],
        ),
        ("The fall of Rome took centuries; the fall in prices took days.", "2023-11-08", []),
        ("He had a spring in his step all summer long.", "2023-11-08", []),
        ("Beijing saw its first heavy snow of the winter.", "2023-11-08", []),  # the season describes the snow
        ("Crowds gathered in the Winter Palace.", "2023-11-08", []),  # a name
        ("2019年春季，公司成立。", "2023-11-08", [("2019年春季", "2019-03", "2019-05")]),
        ("去年冬天，气温很低。", "2023-11-08", [("去年冬天", "2022-12", "2023-02")]),
        ("科学的春天来了。", "2023-11-08", []),
    ],
)
def test_a_season_is_the_range_of_its_months(text, published, expected):
    context = ExtractionContext(
        "t", dt.date.fromisoformat(published), "zh-Hans" if "年" in text or "春" in text else "en"
    )
    assert [(m.as_written, m.date, m.end_date) for m in extract_mentions(text, context)] == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Protesters gathered over the weekend.", "2023-11-08", [("the weekend", "2023-11-04", "2023-11-05")]),
        ("The talks will resume over the weekend.", "2023-11-08", [("the weekend", "2023-11-11", "2023-11-12")]),
        ("Protesters gathered over the weekend.", "2023-11-12", [("the weekend", "2023-11-11", "2023-11-12")]),
        ("Last weekend, protesters gathered.", "2023-11-08", [("Last weekend", "2023-11-04", "2023-11-05")]),
        ("This past weekend was busy.", "2023-11-08", [("This past weekend", "2023-11-04", "2023-11-05")]),
        ("We read the weekend edition.", "2023-11-08", []),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text, published, expected):
    context = ExtractionContext("t", dt.date.fromisoformat(published), "en")
    assert [(m.as_written, m.date, m.end_date) for m in extract_mentions(text, context)] == expected


def test_words_that_hold_a_date_word_are_not_dates():
    assert found("这是我们的共同天地。", "2019-04-28", "zh-Hans") == []
    assert found("Sales grew over the last quarter-century.", "2019-04-28") == []
    assert found("Last quarter, profit rose.", "2019-04-28") == [("Last quarter", "2019-Q1")]


def test_three_years_back_and_ahead():
    assert found("大前年3月，公司成立；大后年，公司将上市。", "2021-12-22", "zh-Hans") == [
        ("大前年3月", "2018-03"),
        ("大后年", "2024"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sales fell in mid-March.", [("mid-March", "2020-03")]),  # fell is past, not `to fell`
        ("Police found the car on Friday.", [("Friday", "2021-01-08")]),
        ("The company will found a school in March.", [("March", "2021-03")]),
        # a verb the same in past and present, after a singular subject, is past (the present says `quits`)
        ("He quit his job in March.", [("March", "2020-03")]),
        ("They will quit in March.", [("March", "2021-03")]),
    ],
)
def test_a_past_form_that_is_also_a_base_form_is_past(text, expected):
    assert found(text, "2021-01-13") == expected


def test_an_iso_date_after_in_is_the_date_not_its_year():
    assert found("It opened in 2021-01-05.", "2021-01-13") == [("2021-01-05", "2021-01-05")]


def test_this_past_month_is_the_one_just_gone():
    assert found("Even this past January, which was unseasonably warm, saw many breaks.", "2019-03-12") == [
        ("this past January", "2019-01")
    ]


def test_years_ago_today_is_that_day_and_a_decade_is_ten_years():
    assert found("What went viral 5 years ago today: OK Go.", "2015-02-01") == [("5 years ago today", "2010-02-01")]
    assert found("Ten years ago this month, he was sentenced.", "2020-02-14") == [("Ten years ago this month", "2010-02")]
    # … and that week, Monday to Sunday, as `this week` is
    text = "Twenty-seven years ago this week, a plane crashed into the river."
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2009, 1, 13), "en"))
    assert [(m.as_written, m.date, m.end_date) for m in mentions] == [
        ("Twenty-seven years ago this week", "1982-01-11", "1982-01-17")
    ]
    # `away` counts ahead of publication; years away date nothing
    assert found("We're four weeks away from the next conference.", "2016-02-23") == [("four weeks away", "2016-03-22")]
    assert found("Decommissioning is still at least 20 years away.", "2011-04-01") == []
    assert found("A decade ago, the firm was small; two decades ago it began.", "2015-02-01") == [
        ("A decade ago", "2005"),
        ("two decades ago", "1995"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("一个多月前，公司成立。", [("一个多月前", "2021-11")]),
        ("两年多前，公司成立。", [("两年多前", "2019")]),
        ("十多年前，公司成立。", [("十多年前", "2011")]),
        ("十多天前，公司成立。", []),  # some days ago: no day
        ("半个多月后，平台才获得信息。", []),
        ("多年前，公司成立。", []),
    ],
)
def test_more_than_a_number_of_months_or_years_ago_is_that_month_or_year(text, expected):
    assert found(text, "2021-12-24", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("2023年，中国人均国内生产总值89358元，比上年增长5.4%。", "上年", "2022"),
        ("4月份进出口3.64万亿元，同比增长8%，一举扭转上月负增长局面。", "上月", "2024-03"),
        ("2022年12月，居民消费价格比上月下降0.1%。", "上月", "2022-11"),
        # with no year or month before it in the sentence, counted from publication
        ("上年同期利润下降。", "上年", "2023"),
        ("他说上月营收下降。", "上月", "2024-04"),
    ],
)
def test_a_reports_previous_year_or_month_is_before_the_one_its_sentence_named(text, written, expected):
    assert date_of(text, written, "2024-05-05", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,written,published,expected",
    [
        # 被 tells of what was done: the March before a December article, not the one after it
        ("于3月的选举中被击败的参选人向法院提出选举呈请。", "3月", "2012-12-10", "2012-03"),
        ("被告人将于12月1日出庭。", "12月1日", "2012-11-10", "2012-12-01"),  # 被告 is no cue
        # a plan said around a month two months back does not send it ten months ahead
        ("苹果公司周二表示，计划要求法官驳回司法部在 3 月份提起的诉讼。", "3 月份", "2024-05-22", "2024-03"),
        ("公司表示，计划在10月推出新品。", "10月", "2024-05-22", "2024-10"),
    ],
)
def test_a_chinese_months_year_by_what_its_clause_says(text, written, published, expected):
    assert date_of(text, written, published, "zh-Hans") == expected


@pytest.mark.parametrize(
    "text,written,expected",
    [
        # years later than a month the story named count whole years: a year, not that month
        (
            "The Marines went to war in October 2001. Almost nine years later, they are still fighting.",
            "nine years later",
            "2010",
        ),
        ("Profit rose in the third quarter. A year earlier, it had fallen.", "A year earlier", "2009-Q3"),
        # 两年后 opening its clause counts from the year the story just named, not from publication
        ("公司2015年成立。两年后，公司上市。", "两年后", "2017"),
        ("公司2015年成立，他说两年后公司将上市。", "两年后", "2022"),
        # `the next year` and `the following year` are the story's next step, and something happened then;
        # `over the next year` is a stretch from now
        ("Waite met Rider in 1909. The next year, Waite published a small guide.", "The next year", "1910"),
        ("Waite met Rider in 1909. The following year, Waite published a guide.", "The following year", "1910"),
        ("The firm was founded in 2007. It plans to hire 500 people over the next year.", "next year", "2011"),
        # 于 before an offset marks the time of the story's act: it counts from the story's last day
        ("8月24日，他驾车撞上一名男子，男子送医抢救，仍于一周后伤重不治。", "一周后", "2020-08-31"),
    ],
)
def test_years_later_than_the_storys_period(text, written, expected):
    language = "en" if text.isascii() else "zh-Hans"
    published = "2010-11-13" if language == "en" else "2020-11-13"
    assert date_of(text, written, published, language) == expected
    mentions = extract_mentions(text, ExtractionContext("t", dt.date.fromisoformat(published), language))
    assert all(m.is_event for m in mentions if m.as_written.lower().startswith("the"))


def test_an_address_with_a_section_between_its_year_and_month_dates_the_page():
    from dateline.ingest.dates import url_date

    assert url_date("http://www.example.com/2010/POLITICS/08/13/social.security/index.html") == dt.date(2010, 8, 13)
    assert url_date("https://www.example.com/2019/news/1234/5678/") is None  # numbers that are no month and day


def test_what_usually_happens_is_no_event_and_a_day_after_it_is():
    def events(text: str) -> list[bool]:
        context = ExtractionContext("t", dt.date(2024, 1, 25), "en")
        return [mention.is_event for mention in extract_mentions(text, context)]

    assert events("Chiles are typically picked from mid-July until the end of October.") == [False, False]
    assert events("He usually arrives at 9, but on Friday he was late.") == [True]


def test_a_count_glossed_by_a_date_in_brackets_is_that_date_alone():
    text = "总统8月6日颁布行政命令，要求45天后（9月20日）禁止交易。"
    assert found(text, "2020-08-10", "zh-Hans") == [("8月6日", "2020-08-06"), ("9月20日", "2020-09-20")]


def test_a_count_after_whom_it_was_told_to_goes_on_from_the_day_of_its_sentence():
    text = "6月13号下午，我接到居委会的电话，通知我第二天8点到居委会大厅进行核酸检测。"
    assert found(text, "2020-06-16", "zh-Hans")[1] == ("第二天8点", "2020-06-14T08:00")
    # … not after an act with no day, nor after who acts
    assert found("6月1日他上报，上报次日被处分。", "2020-06-16", "zh-Hans")[1] == ("次日", None)
    assert found("6月1日领导发话，成员们第二天开始接龙。", "2020-06-16", "zh-Hans")[1] == ("第二天", None)


@pytest.mark.parametrize(
    "text,is_event",
    [
        # a count of cases there was then, or how a count of people or cases changed: a statistic's date
        ("10月8日有近6千例新增感染病例。", False),
        ("西班牙是感染病例最多的国家，上周又有近6万新增病例。", False),
        ("九月份，失业人数甚至略有下降。", False),
        ("捷克三月份的感染人数太少，甚至不能称其为流行病。", False),
        # … not what happened to whom, nor an act
        ("10月8日有3人在事故中死亡。", True),
        ("9月，公司宣布裁员，人数减少三成。", True),
    ],
)
def test_a_chinese_count_of_cases_on_a_day_or_in_a_period_is_no_event(text, is_event):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2020, 10, 14), "zh-Hans"))
    assert [m.is_event for m in mentions][:1] == [is_event]


def test_a_time_after_a_chinese_habitual_opening_is_no_event_and_a_date_set_against_it_is():
    def events(text: str) -> list[bool]:
        context = ExtractionContext("t", dt.date(2020, 6, 16), "zh-Hans")
        return [mention.is_event for mention in extract_mentions(text, context)]

    assert events("平时王先生的员工分成两个班次，分别是夜里12点和1:30上班。") == [False]
    assert events("像我平时春节只休息几天就回来了。") == [False]
    assert events("平时他不说话，6月13日他却开口了。") == [True]


@pytest.mark.parametrize(
    "text,language,is_event",
    [
        # a year that sorts people by when they were born
        ("小于等于50岁的女性工人（1972年以及以后出生的女性）。", "zh-Hans", False),
        ("1980年出生女职工退休年龄为55岁。", "zh-Hans", False),
        ("出生于1967年后的人们都将被延退。", "zh-Hans", False),
        ("1977年生的人群的退休年龄将为57岁。", "zh-Hans", False),
        ("Those born after 1980 will retire at 65.", "en", False),
        # one person's birth
        ("罗伯特·莱夫科维茨1943年在美国出生。", "zh-Hans", True),
        ("他1980年出生于北京。", "zh-Hans", True),
        ("1956年生人，1978年参加工作。", "zh-Hans", True),
        ("He was born in 1980 in Ohio.", "en", True),
    ],
)
def test_a_birth_cohorts_year_is_no_event(text, language, is_event):
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2016, 2, 16), language))
    assert mentions[0].is_event is is_event


@pytest.mark.parametrize(
    "text,expected",
    [
        # 廿 and 卅 are written in dates only: a day in them stands alone before any word
        ("日本福島第一核電廠廿四日開始向太平洋排放核汙水。", [("廿四日", "2023-08-24")]),
        ("江蘇省蘇州的日僑學校廿五日同樣發生校區多處遭蛋洗。", [("廿五日", "2023-08-25")]),
        # a range of days with 至, scheduled (原定) ahead
        ("原定廿八至卅日訪陸的日本公明黨黨魁取消行程。", [("廿八至卅日", "2023-08-28")]),
        ("3月28至30日，会议在北京举行。", [("3月28至30日", "2023-03-28")]),
        # a day in other Chinese numerals stays a duration before a word, but not with its time of day
        ("七日无理由退货。", []),
        ("和平醫院直到二十六日晚上十一時才通知他返院。", [("二十六日晚上十一時", "2023-08-26T23:00")]),
    ],
)
def test_chinese_days_in_numerals_and_ranges_with_zhi(text, expected):
    assert found(text, "2023-08-27", "zh-Hant") == expected


def test_months_after_that_years_month_are_in_that_year():
    """`2013年…，當年9月他到訪中亞，並在10月於印尼演講` … `當年11月`: the story's year, not publication's."""
    text = (
        "這個月，倡議提出已滿十週年——2013年習近平成為國家主席，當年9月他到訪中亞，並在10月於印尼國會演講。\n\n"
        "當年11月，倡議被確立為國家戰略。"
    )
    assert found(text, "2023-09-10", "zh-Hant") == [
        ("這個月", "2023-09"),
        ("2013年", "2013"),
        ("當年9月", "2013-09"),
        ("10月", "2013-10"),
        ("當年11月", "2013-11"),
    ]


def test_a_day_a_few_weeks_back_is_not_next_years_for_a_future_cue():
    """`將` marks the object in `日本在8月24日將核廢水排入海中`: written on 4 September, the day is 24 August past; a
    day ahead stays ahead (`將於9月20日舉行`)."""
    assert found("日本在8月24日將福島核廢水排入海中。", "2023-09-04", "zh-Hant") == [("8月24日", "2023-08-24")]
    assert found("會議將於9月20日舉行。", "2023-09-04", "zh-Hant") == [("9月20日", "2023-09-20")]
    assert found("會議將於7月20日舉行。", "2023-09-04", "zh-Hant") == [("7月20日", "2024-07-20")]


def test_that_evening_after_a_year_alone_is_in_that_year():
    """`It was 2007 when …` then `That evening …`: an evening of 2007, which the story does not date further; a day
    named since is the one it means."""
    text = "It was 2007 when the actor attended the awards.\n\nThat evening he started chatting with the artist."
    assert found(text, "2022-03-13", "en") == [("2007", "2007"), ("That evening", "2007")]
    text = "In 2007 he joined the firm. On March 3, 2008, he left. That evening he met her."
    assert found(text, "2022-03-13", "en")[-1] == ("That evening", "2008-03-03")


def test_a_month_of_that_year_is_in_the_year_the_story_told_last():
    text = "Ailes arrived at NBC in 1993. But by 1995, things had reached a breaking point. In October of that year, NBC hired a law firm."
    assert found(text, "2016-07-22", "en") == [
        ("1993", "1993"),
        ("1995", "1995"),
        ("October", "1995-10"),
        ("that year", "1995"),
    ]
    # `of` may go; the month stays the period a count of months after it starts from
    text = "In 2011 he bought a house. In 2014 Russia invaded Crimea. In March that year sanctions were imposed. A month later he sold it."
    assert found(text, "2022-03-22", "en")[2:] == [("March", "2014-03"), ("that year", "2014"), ("A month later", "2014-04")]
    text = "In 2014 Russia invaded Crimea. In March the same year, sanctions were imposed. In March the year before, talks failed."
    assert found(text, "2022-03-22", "en")[1:3] == [("March", "2014-03"), ("the same year", "2014")]


def test_a_count_as_on_a_day_is_no_event_and_its_year_dates_a_page_with_no_other():
    text = "The number of active cases is 18,953 as on April 25, 2020 at 5:00 pm.\n\nThe centre announced a hold on exports on March 25."
    mentions = extract_mentions(text, ExtractionContext("t", None, "en"))
    assert [(m.as_written, m.date, m.is_event) for m in mentions] == [
        ("April 25, 2020 at 5:00 pm", "2020-04-25T17:00", False),
        ("March 25", "2020-03-25", True),
    ]
    # `Las Vegas on January 20` is no `as on`
    assert [
        m.is_event
        for m in extract_mentions(
            "She posted in Las Vegas on January 20, 2017.", ExtractionContext("t", dt.date(2020, 5, 14), "en")
        )
    ] == [True]


@pytest.mark.parametrize(
    "text,language,is_event",
    [
        # a row of a table printed as text (a query's output in a post): a value of the data
        ("The query returned:\n 404 │ 2020-08-01 17:56:00+00 │ 15 │ 7.57\n", "en", False),
        ("Prices by day:\nBrent | March 3, 2022 | $112 | +4%\n", "en", False),
        ("价格如下：\n布伦特 | 2022年3月3日 | 112美元\n", "zh-Hans", False),
        # one bar is no table: a story line that sets off its place
        ("The harbour board | approved the new terminal on March 3, 2022.", "en", True),
        ("The harbour board approved the new terminal on March 3, 2022.", "en", True),
    ],
)
def test_a_date_in_a_row_of_a_table_printed_as_text_is_data(text, language, is_event):
    assert events_in(text, "2022-03-10", language) == [is_event]


def test_a_timelines_day_before_a_dash_down_the_story_is_what_happened_on_it():
    story = "公司的产品问题引发了广泛关注，消费者纷纷要求退货，多家媒体持续跟踪报道此事的进展。" * 8
    mentions = extract_mentions(
        story + "\n事件经过：\n5月13日 - 公司宣布召回。\n5月14日 - 监管部门介入调查。",
        ExtractionContext("t", dt.date(2024, 5, 20), "zh-Hans"),
    )
    assert [(m.as_written, m.is_event) for m in mentions] == [("5月13日", True), ("5月14日", True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # what is planned for the rest of the present period: an act to come
        ("These services will be offered to customers later this year at no extra charge.", True),
        ("He will run for re-election at a shareholders' meeting later this year.", True),
        ("The club is 99% certain to sign the striker later this month.", True),
        # … not what may happen then, nor the period itself
        ("Google may do so later this year.", False),
        ("Sales rose 5% this year.", False),
        # what is to be done by the end of the present year, in English; not a figure forecast for then
        ("The platform will be launched by the end of this year.", True),
        ("He said it will be in every county by the end of the year.", True),
        ("The rate will fall to 4.5% by the end of the year.", False),
        ("The plant may close by the end of the year.", False),
        # what is to be done by the end of the present year or month, in Chinese
        ("年产150万吨芳烃项目今年底将建成投产。", True),
        ("预计第一枚卫星将在今年年底发射升空。", True),
        ("小米計畫在今年年底推出新手機。", True),
        # … not a figure forecast for then, nor the year end alone
        ("预计到今年年底失业率将降至4.5%。", False),
        ("今年年底，公司员工人数为500人。", False),
    ],
)
def test_what_is_planned_for_the_rest_of_this_period_is_an_event(text, expected):
    language = "en" if text.isascii() else "zh-Hans"
    assert events_in(text, "2015-11-03", language) == [expected]



@pytest.mark.parametrize(
    "text, expected",
    [
        ("目前天气晴好，救援继续。", []),
        ("随后天气转晴，救援继续。", []),
        ("此前天津发生了类似事件。", []),
        ("然后天亮了，大家都走了。", []),
        ("以前天天宣传要戴好口罩。", []),
        ("女儿为后天性视障。", []),
        ("他很聪明天资过人。", []),
        ("黎明天亮时出发。", []),
        ("公司发表声明天价索赔不实。", []),
        ("他说明天去北京。", [("明天", "2023-05-11")]),
        # 前天 and 后天 of their own, after a word that ends otherwise
        ("大会后天召开。", [("后天", "2023-05-12")]),
        ("他前天说过此事。", [("前天", "2023-05-08")]),
        ("后天气温回升。", [("后天", "2023-05-12")]),
        ("从前天开始，雨一直下。", [("前天", "2023-05-08")]),
    ],
)
def test_day_words_inside_other_words_are_no_days(text, expected):
    assert found(text, "2023-05-10", "zh-Hans") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published 07.11.2023, the report was updated later.", [("07.11.2023", "2023-11-07")]),
        ("The plant closed on 11/7/2023.", [("11/7/2023", "2023-11-07")]),
        ("The plant closed on 5.11.2023.", [("5.11.2023", "2023-11-05")]),
    ],
)
def test_a_date_written_with_dots_puts_its_day_first(text, expected):
    """Dots write the day first wherever they are used; slashes follow the site's order (month first here)."""
    assert found(text, "2023-11-08") == expected


def test_a_publication_date_written_with_dots_puts_its_day_first():
    assert parse_publication_date("07.11.2023, 10:37", "UTC").date() == dt.date(2023, 11, 7)
    assert parse_publication_date("11/7/2023", "UTC").date() == dt.date(2023, 11, 7)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a statement's `today`, glossed by the weekday it was written on, printed the next day
        (
            '"I will be meeting the Housing Executive today (Thursday) to discuss the issues," he said.',
            [("Thursday", "2023-11-02")],
        ),
        ("The council met today (Friday).", [("Friday", "2023-11-03")]),
        ("The council met today.", [("today", "2023-11-03")]),
        # a programme's name
        ("Speaking to the BBC Radio 4 Today programme, Anwar said calls were not enough.", []),
        ("She told NBC's Today show that she would run.", []),
    ],
)
def test_today_glossed_by_a_weekday_or_naming_a_programme(text, expected):
    assert found(text, "2023-11-03") == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The coins were first struck 2,500 years ago in Lydia.", "en", []),
        ("The rate fell 2.5 years ago.", "en", []),
        ("The plant opened 5 years ago.", "en", [("5 years ago", "2018")]),
        ("这座城约建于2,500年前。", "zh-Hans", []),
        ("这座桥建于1,500多年前。", "zh-Hans", []),
        ("这座桥2018年建成，5年后重修。", "zh-Hans", [("2018年", "2018"), ("5年后", "2023")]),
    ],
)
def test_a_count_of_years_is_read_whole_not_from_its_last_digits(text, language, expected):
    """`2,500 years ago` is no `500 years ago`, `2.5 years ago` no `5 years ago`: the amount is not its tail."""
    assert found(text, "2023-11-03", language) == expected


def test_the_previous_day_counts_from_the_day_told_before_it_else_from_publication():
    assert found("The index closed at a record, up from the previous day's close.", "2017-10-05") == [
        ("the previous day", "2017-10-04")
    ]
    assert found("Stocks fell on Tuesday. The previous day, they had risen 2%.", "2017-10-05") == [
        ("Tuesday", "2017-10-03"),
        ("The previous day", "2017-10-02"),
    ]


def test_a_year_and_the_next_ones_two_digits_are_a_span_of_two_years():
    text = "In 2016/17, the club won the league. Revenue fell in 2014-15."
    mentions = extract_mentions(text, ExtractionContext("t", dt.date(2017, 10, 5), "en"))
    assert [(m.as_written, m.date, m.end_date) for m in mentions] == [
        ("2016/17", "2016", "2017"),
        ("2014-15", "2014", "2015"),
    ]
    assert found("The vote was held in 2014-16 districts.", "2017-10-05") == [("2014", "2014")]  # not the next year's


def test_a_count_after_two_connectives_opens_its_clause_and_counts_from_the_day_before():
    """`而就在一天后` opens its clause as `一天后` would: the day after the one just told (not `上报一天后`)."""
    assert found("10月9日，新浏览器面世的消息引发热议；而就在一天后，平台出现了无法下载的消息。", "2020-10-11", "zh-Hans") == [
        ("10月9日", "2020-10-09"),
        ("一天后", "2020-10-10"),
    ]
    assert found("10月9日，新浏览器面世。公司上报一天后，平台出现了无法下载的消息。", "2020-10-11", "zh-Hans")[1] == (
        "一天后",
        None,
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("總統府發言人今表示，政府會持續關注。", [("今", "2017-07-04")]),
        ("立法院今舉行公聽會，部長列席。", [("今", "2017-07-04")]),
        ("柯文哲今上午11點多出庭。", [("今上午11點", "2017-07-04T11:00")]),
        ("另4區今起擴大全民檢測。", [("今", "2017-07-04")]),
        ("董事長今（7/4）日親上火線解釋。", [("今（7/4）日", "2017-07-04")]),
        ("如今在台灣，至今在進行，距今三年，古今中外皆然。", []),  # 如今, 至今, 距今, 古今: no day
        ("學者王子今，1950年生。在旅途中，王子今接受了採訪。", [("1950年", "1950")]),  # a name's last character
    ],
)
def test_today_written_as_a_bare_jin_before_what_is_done(text, expected):
    """Taiwan's news write today as 今 alone before the verb (`發言人今表示`) and gloss it with the month and day
    (`今（7/4）日`)."""
    assert found(text, "2017-07-04", "zh-Hant") == expected


def test_hours_after_a_slot_of_the_day_are_every_days():
    """`熱點時段為12至14時`: the hours of a slot, as a figure's are, no one day's; a time told on a day stays."""
    context = ExtractionContext("t", dt.date(2017, 7, 4), "zh-Hant")
    slot = extract_mentions("如當月竊盜熱點時段為12至14時，熱點路段為中正路。", context)
    assert [m.is_event for m in slot] == [False]
    told = extract_mentions("警方今天下午3時，在中正路查獲一輛贓車。", context)
    assert [m.is_event for m in told] == [True]


@pytest.mark.parametrize(
    "text, events",
    [
        ("A small 2025 study found that fasting helped.", [False]),
        ("That began to change with a celebrated 2019 paper on the cells.", [False]),
        ("Said an economist whose 2020 review of tutoring found large effects.", [False]),
        ("The authors of a 2024 meta-analysis examined 265 trials.", [False]),
        ("He wrote the study in 2019 and it found nothing.", [True]),  # the year of writing it, no work's
    ],
)
def test_a_year_before_a_work_it_dates_past_words_describing_it(text, events):
    """`a small 2025 study`, `whose 2020 review`: the work's year, as `a 2025 study` is, not an act then."""
    assert events_in(text, "2025-12-19") == events


@pytest.mark.parametrize(
    "text, events",
    [
        ("Mathematicians have known since the 1870s that infinity is weird.", [False]),
        ("Since the 1930s, a few researchers have observed that cells use bioelectricity.", [False]),
        ("She has run the shop since 2004.", [True]),  # a year it began, an act
    ],
)
def test_since_a_decade_is_a_time_measured_from_not_an_act(text, events):
    """No act starts a whole decade: `since the 1870s` is the time a state is measured from."""
    assert events_in(text, "2025-12-19") == events


@pytest.mark.parametrize(
    "text, events",
    [
        ("Many of these buildings dated back to the 1930s, so the map was redrawn.", [False]),
        ("He took the state, continuing a streak dating back to 1992.", [False]),
        ("The dispute dates back to 2000, when the attorney general conceded the error.", [True]),
    ],
)
def test_how_far_back_a_thing_dates_is_no_act_then(text, events):
    """`dated back to the 1930s`: how old a thing is; a `when` clause after it tells the act (`dates back to 2000,
    when …`)."""
    assert events_in(text, "2025-12-19") == events


def test_today_opening_a_sentence_in_the_present_after_a_describing_word_is_these_days():
    """`Today, advanced imaging tools show …`: `advanced` describes the subject, the verb is `show`, in the present,
    so `today` is these days."""
    mentions = extract_mentions(
        "Today, advanced imaging tools such as MRI show that meditation reshapes neural circuits.",
        ExtractionContext("t", dt.date(2025, 12, 19), "en"),
    )
    assert [(m.as_written, m.is_event) for m in mentions] == [("Today", False)]


def test_a_week_named_between_is_no_day_told():
    """`earlier in the day` after `next week` is the day told before the week, not the week's last day."""
    text = (
        "The company said Thursday night it would try a new method. "
        '"We hope that next week we will shut it off." '
        "Earlier in the day, the company said the leak was bigger than estimated."
    )
    assert found(text, "2010-05-20") == [
        ("Thursday night", "2010-05-20"),
        ("next week", "2010-05-24"),
        ("Earlier in the day", "2010-05-20"),
    ]


@pytest.mark.parametrize(
    "text, events",
    [
        ("Office workers have been given a legal right to ignore work emails after 6pm.", [False]),
        ("This is because the law forbids shifts between 9pm and 6am.", [False]),
        ("France did not ban workers from sending emails after 6 p.m., the paper said.", [False]),
        ("Some of the reporting on this so-called 6pm law was unfair.", [False]),
        ("The council met after 6pm and voted to ban the march.", [True]),  # the rule is not the time's
        ("The company faces a 6pm deadline to respond.", [True]),
    ],
)
def test_a_time_of_day_a_rule_sets_as_a_limit_is_every_days(text, events):
    """`a law banning work emails after 6pm`: the limit a rule sets each day, no time anything happened."""
    assert events_in(text, "2014-04-10") == events


def test_a_weekday_glossing_a_day_word_is_never_ahead():
    """`意味昨日(周日)會是…`: the weekday in brackets says which day 昨日 was, before publication whatever the tense."""
    assert found("當局已刊憲，意味昨日(周日)會是表演者最後一次在此表演。", "2018-07-30", "zh-Hant") == [("周日", "2018-07-29")]
    assert found("He said today (Monday) that he would resign.", "2018-07-31") == [("Monday", "2018-07-30")]


def test_a_past_weekday_after_publication_is_a_later_editions_day():
    """On a Thursday's page updated on Friday, `said in a briefing Friday` is that Friday, not the one before;
    without the update, the Friday before."""
    text = "The spokeswoman said in a briefing Friday that the case was open."
    updated = ExtractionContext("t", dt.date(2015, 1, 29), "en", updated=dt.date(2015, 1, 30))
    assert [m.date for m in extract_mentions(text, updated)] == ["2015-01-30"]
    assert found(text, "2015-01-29") == [("Friday", "2015-01-23")]


def test_a_weekend_ahead_sets_no_week_for_the_weekdays_after_it():
    """`this weekend … on Friday evening`, said on a Friday: that evening; a week ahead (`下星期 … 星期一`) still
    sets its weekdays."""
    text = "The conference will go ahead this weekend. The flight was to arrive in Melbourne on Friday evening."
    assert found(text, "2014-07-18") == [("this weekend", "2014-07-19"), ("Friday evening", "2014-07-18")]
    assert found("马克龙下星期访问莫斯科。马克龙星期一在莫斯科与普京会面。", "2014-07-18", "zh-Hans")[1] == ("星期一", "2014-07-21")


def test_a_day_something_ended_on_is_an_event_beside_its_figures():
    """`選舉昨日完結，投票率31.9％`: the day an election, a games or a show ended is news, though the sentence
    goes on with its figures; a day that only dates a figure is not."""
    publication = dt.date(2025, 12, 8)
    [ended] = extract_mentions("立法會選舉昨日完結，今屆地區直選投票率31.9％，較上屆多1.7個百分點。", ExtractionContext("t", publication, "zh-Hant"))
    assert (ended.date, ended.is_event) == ("2025-12-07", True)
    [figure] = extract_mentions("新界東北投票率昨日為28.5％，較上屆少3.3萬人。", ExtractionContext("t", publication, "zh-Hant"))
    assert (figure.date, figure.is_event) == ("2025-12-07", False)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a law, a charter or a survey named by its year: a thing's name, not what happened then
        ("The body was re-established under the 1987 Constitution after the ouster.", [False]),
        ("Both bodies were created under the Human Rights Reparation and Recognition Act of 2013.", [False]),
        ("The most recent data comes from the 2016 Demographic and Health Survey.", [False]),
        ("The study that most closely matches the claim is from 2011.", [False]),
        ("He is a 1977 batch police officer, the ministry said.", [False]),
        # … not an act done then
        ("Congress passed the Civil Rights Act in 1964.", [True]),
        ("The company was founded in 2011.", [True]),
        # when a picture of a screen was taken, not what the screen shows
        ("Screenshot of the misleading post taken on February 24, 2022.", [False]),
        ("The protest was held on February 24, 2022, and a screenshot was taken.", [True]),
    ],
)
def test_a_things_year_and_a_screenshots_date_are_no_events(text, events):
    assert events_in(text, "2022-05-24") == events


def test_a_section_of_a_law_is_no_year():
    assert found("She cited 18 U.S.C. § 2071, Section 2071, to claim that the act was illegal.", "2020-02-26") == []
    assert found("The plane, Flight 1549, landed on the river in 2009.", "2020-02-26") == [("2009", "2009")]


def test_a_day_later_counts_from_the_day_told_not_from_a_figures_as_of_day():
    text = (
        "The anchor made the claim on Feb. 15, 2022. The video has been viewed more than 306,000 times as of Feb. 21."
        " A day later, two users reposted the false claim."
    )
    assert date_of(text, "A day later", "2022-02-23") == "2022-02-16"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a holiday with no year: the season, or any year's
        ("She works here all year, not just during Christmas.", [False]),
        ("There is no time off on Election Day.", [False]),
        ("Many are keeping projects finished before Christmas.", [False]),
        # … a day the story tells of, on it in the past or the future, or with its year
        ("Speaking in the capital on New Year's Day, the candidate described his rival as an opportunist.", [True]),
        ("The store will open on Christmas Eve.", [True]),
        ("Last Christmas the firm gave every worker a bonus.", [True]),
    ],
)
def test_a_holiday_without_its_year_is_rarely_a_day_of_the_story(text, events):
    assert events_in(text, "2011-12-10") == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # the period a change is measured from: moved earlier or later, better or worse than then
        ("11月8日，湖水位已二次跌破枯水線，較2024年同期提前20天。", [True, False]),
        ("截至十月底，預算底線比三月份的預期好轉了66億元。", [False, False]),
        # since records began, the how-manieth time: a count from then
        ("這是湖泊自2003年有系統記錄以來，第5次在12月內提前進入極枯水期。", [False]),
        ("这是自2003年以来首次。", [False]),
        # … not an act done then
        ("他自2003年加入公司以来，第一次获奖。", [True]),
    ],
)
def test_a_chinese_period_compared_to_or_counted_from_is_no_event(text, events):
    assert events_in(text, "2025-12-15", "zh-Hant") == events


def test_an_english_name_ending_in_today_inside_chinese_is_no_day():
    text = "他是在新德里參加「今日印度」（India Today）電視台主辦的論壇時，做上述表示。"
    assert [written for written, _ in found(text, "2026-03-15", "zh-Hant")] == ["今日"]
    assert found("He spoke at a forum held by India Today in New Delhi.", "2026-03-15") == []


def test_a_place_and_its_day_before_a_colon_date_the_storys_today_and_yesterday():
    """`Dehradun, 11 Aug: … had yesterday swept away …`, online on the 12th: the day the story was filed."""
    text = "Dehradun, 11 Aug: A sudden flash flood had yesterday swept away a bridge over the stream."
    assert found(text, "2026-08-12") == [("11 Aug", "2026-08-11"), ("yesterday", "2026-08-10")]
    assert events_in(text, "2026-08-12") == [False, True]
    # a weekday heading a day of a live story is no place
    assert events_in("Monday, Aug 11: The trial resumed with the defence witness.", "2026-08-12") == [True]


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # a relative clause's verb governs the date in it
        ("UN-brokered talks that opened on Thursday in Geneva ran into hurdles.", "Thursday", "2017-02-23"),
        # a court's next hearing is ahead
        ("It posted the matter for further hearing on Oct 5.", "Oct 5", "2017-10-05"),
    ],
)
def test_a_relative_clauses_past_and_a_hearing_set_for_a_day(text, written, expected):
    assert date_of(text, written, "2017-03-01") == expected


def test_a_laws_name_with_its_year_after_a_comma_is_no_event():
    text = "The Cabinet approved the Code on Wages Rules, 2026, under the Code on Wages, 2019."
    assert events_in(text, "2026-08-12") == [False, False]
    assert events_in("It amended the Goods and Services Tax Act, 2017, in line with the Centre.", "2026-08-12") == [
        False
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # the day an outlet reported it, the happening's own day after it: a credit, no event
        ("据共同社8月14日报道，美国总统拜登14日称赞即将离任的日本首相。", [False, True]),
        ("据朝中社26日报道，朝鲜外务省对外政策室长当天发表谈话。", [False, True]),
        ("日本《产经新闻》3月20日报道称，三国首脑会谈预计将于3月25日在海牙举行。", [False, True]),
        # … with no day of its own, the report is the news
        ("据新德里电视台周二报道，死亡的印度军官是指挥官军衔。", [True]),
    ],
)
def test_a_chinese_outlets_credit_is_no_event_beside_the_happenings_own_day(text, events):
    assert events_in(text, "2024-08-16", "zh-Hans") == events


@pytest.mark.parametrize(
    ("text", "published", "events"),
    [
        # how many there were then, maybe past who said so: a figure's period
        ("Last year, the force said, there were 26 reported cases of its officers being abused.", "2019-03-01", [False]),
        ("In 2018, there were 26 reported cases.", "2019-03-01", [False]),
        # … not what was done then
        ("In 2018, the police reported 26 cases.", "2019-03-01", [True]),
        ("Last year, the minister said, the government opened 26 clinics.", "2019-03-01", [True]),
        # the days a count or an average covers …
        ("According to the ministry, the number of cases in the past four weeks, from Dec 25 to Jan 22, has remained"
         " stable.", "2023-01-31", [False]),
        ("The average daily number of patients was 2,336 from Dec 25 to Dec 31.", "2023-01-31", [False]),
        # … not the days a happening ran across
        ("The conference in Melbourne from July 20 to 25 featured the leading researchers.", "2023-01-31", [True]),
        # a month a figure is compared with, a reading's month, a month of a streak: a statistic's periods
        ("Output expanded at nearly the same pace as in March, the survey showed.", "2016-05-01", [False]),
        ("The index rose to 50.1, easing from March's reading of 50.2.", "2016-05-01", [False]),
        ("Factory activity expanded for the second month in a row in April.", "2016-05-01", [False]),
        ("Exports fell for a third straight month in May.", "2016-05-01", [False]),
        ("Prices were as high as in 2010.", "2016-05-01", [False]),
        # … not a happening like one before it, nor an act in that month
        ("As in March, protesters gathered outside the embassy.", "2016-05-01", [True]),
        ("The company cut 500 jobs in March.", "2016-05-01", [True]),
        # what someone said in a period that opens the sentence, figures and all: the saying happened then
        ("In October, the company had said it expected revenue of $17 billion for the year.", "2020-01-20",
         [True, False]),
        ("Last month, the minister told parliament that exports rose 5%.", "2020-01-20", [True]),
        # … not who gives a period's figures
        ("In 2019, sales rose 5%, the company said.", "2020-01-20", [False]),
        ("Last year, the force said, there were 26 reported cases.", "2020-01-20", [False]),
        # an act after `since` or `after` that a day dates, though a figure counts from it …
        ("The greenback is surging, up more than 7% since hitting the lowest point of 2020 on March 9.", "2020-03-20",
         [False, True]),
        # … not the day alone it counts from
        ("Cases have risen 7% since March 9.", "2020-03-20", [False]),
    ],
)
def test_an_english_figures_period_or_day_and_the_act_beside_it(text, published, events):
    assert events_in(text, published) == events


@pytest.mark.parametrize(
    ("text", "published", "events"),
    [
        # a relative clause's act is dated, though the sentence says how things still stand …
        ("The bridge which collapsed nine years ago is still lying there.", "2025-11-20", [True]),
        # … not how they stood then
        ("Five years later, the man is still missing.", "2025-11-20", [False]),
        # … and in a month that holds the day the sentence reports, it is an act of its own
        ("The head of the faction, who voted this month for the bill, called himself a hawk on Sunday.", "2017-12-31",
         [True, True]),
        # … not a month that only sets the day in its time
        ("He voted this month for the bill and spoke on Sunday.", "2017-12-31", [False, True]),
    ],
)
def test_a_relative_clauses_act_is_dated(text, published, events):
    assert events_in(text, published) == events
