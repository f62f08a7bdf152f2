"""The words headlines and summaries are made from, as data: one line to add a form.

Chinese tables are written in simplified script; text is matched in its simplified
fold, so traditional sources are read by the same tables. English verbs are given in
their base form; their inflections come from lemminflect (see `english`).
"""
from __future__ import annotations

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
    "出现了(?=.{4})", "发生了(?=.{4})",  # "出现了阿里美股暴跌": the happening is what follows
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
    "just", "ahead of", "in", "on", "at", "during", "until", "by", "for", "from", "under", "among",
)
#: A clause that starts with these has lost its subject to the clause before.
PREDICATE_STARTS_ZH = (
    "并", "也", "还", "才", "遂", "随即", "随后", "率先", "立即", "即", "则", "又", "再", "但", "而",
    "被", "同时", "均", "都", "已", "曾", "将", "正式", "于是", "是",
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
DATE_PREPOSITIONS_EN = ("on", "in", "since", "dated", "of", "for", "by", "until", "through", "into", "at", "during")
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

#: Words that end a noun phrase rather than a subject: a past form after them is no verb.
NOT_BEFORE_VERB_EN = (
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "of", "for", "with", "by", "to",
    "and", "or", "newly", "recently", "previously", "most", "widely", "be", "been", "being",
    "other", "many", "several", "these", "those", "each", "every", "more", "few",
)
#: Adverbs that may stand between an auxiliary and its participle ("was first released").
ADVERBS_EN = ("first", "last", "later", "also", "quickly", "formally", "officially", "jointly", "finally", "since")
#: Words that start a clause of their own: the main verb has been passed.
CLAUSE_WORDS_EN = (
    "that", "which", "who", "when", "while", "after", "before", "because", "although", "though", "since", "if",
)
#: A subject's head noun comes before these ("Ministry of Industry and Information Technology").
SUBJECT_PREPOSITIONS_EN = ("of", "at", "from", "in", "for", "with", "on", "to", "by")

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

# --- What is no headline ---------------------------------------------------------------------

#: Lines of a page that say who wrote, published or updated it, or where it came from.
BYLINE_ZH = (
    "来源", "作者", "记者", "编辑", "责任编辑", "责编", "更新", "更新时间", "发布时间", "发表时间", "原标题",
    "图片来源", "图源", "摄影", "摄", "通讯员", "出处", "转载", "声明", "字号", "阅读",
)
BYLINE_EN = (
    "published", "updated", "posted", "last updated", "by", "source", "sources", "photo", "credit", "credits",
    "editor", "editing", "reporting", "writer", "staff", "copyright", "read more", "related", "share",
)
#: Words that only say when: a headline made of them (and numbers) is a date, not a happening.
DATE_WORDS_ZH = (
    "年", "月", "日", "号", "时", "分", "点", "上午", "下午", "中午", "晚间", "晚上", "凌晨", "早上",
    "今天", "昨天", "前天", "明天", "今日", "昨日", "当天", "当日", "同一天", "同日", "次日", "翌日", "同年",
    "当年", "本周", "上周", "下周", "本月", "上月", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "早", "晚", "底", "初",
    "中旬", "上旬", "下旬", "前后", "左右", "起", "至", "到", "的", "在", "于", "是", "这", "那", "一天",
)
DATE_WORDS_EN = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "day", "same", "that", "this", "the", "on", "in", "of", "at", "morning",
    "afternoon", "evening", "night", "week", "month", "year", "last", "next", "early", "late", "mid", "st",
    "nd", "rd", "th", "am", "pm", "gmt", "utc", "et", "pt", "a", "m", "p",
)
#: Words an English headline does not start with: it has lost its subject, or starts mid-phrase.
FRAGMENT_STARTS_EN = (
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "did", "does", "do", "and", "or", "but", "nor", "of", "to", "by", "with",
    "for", "from", "as", "which", "who", "whom", "whose", "that", "than", "because", "if", "so", "then",
    "just", "ahead", "after", "before", "while", "when", "since", "despite", "amid", "following", "during",
    "until", "although", "though", "in", "on", "at",
)
#: Words that open a relative clause: a verb after them is not the headline's predicate.
RELATIVE_WORDS_EN = ("who", "whose", "whom", "which", "that")
#: Words an English headline does not end with: it was cut mid-phrase.
DANGLING_ENDS_EN = (
    "the", "a", "an", "of", "to", "by", "with", "for", "from", "and", "or", "but", "as", "at", "in", "on",
    "its", "their", "his", "her", "our", "that", "which", "who", "is", "are", "was", "were", "be", "has",
    "have", "had", "will", "would", "can", "could", "than", "into", "s", "'s", "’s", "only", "just", "also",
    "not", "more", "about", "very",
)
#: A wire story's dateline before the sentence: "BUDAPEST, Hungary_ ", "CAGUAS, Puerto Rico (AP)_ ".
DATELINE_EN = (r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][A-Za-z.]+(?: (?:[A-Z][A-Za-z.]+|[0-9]{1,2}))*)?"
               r"\s*(?:\([A-Za-z]+\))?\s*(?:_|--|—|–|-(?=\s))\s*")  # WASHINGTON (AP) --, TOKYO, Oct 2 (Reuters) -
#: Finite forms of the English auxiliaries: a clause with one has a predicate.
AUXILIARIES_EN = (
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "shall", "should",
    "may", "might", "must", "did", "does", "do",
)
#: Characters that act as verbs on their own in news Chinese (跌, 涨 …): with the tables' verbs,
#: a Chinese clause with none of them has no predicate.
VERB_CHARACTERS_ZH = "跌涨升降停开关发获被遭起签建推提收出进入达办称罚判卖买派排抵离到见谈访死伤降列停封"

# --- What counts as the same happening -------------------------------------------------------

#: Acts by what they do, in both languages: two sentences that report the same act in
#: different languages (暂停 / suspend) share its key. Chinese in simplified script.
ACT_CONCEPTS = {
    "suspend": ("暂停", "叫停", "中止", "停牌", "suspend", "halt", "pause"),
    "issue": ("印发", "发布", "公布", "颁布", "出台", "下发", "发出", "推出", "issue", "publish", "release",
              "unveil", "introduce", "launch", "announce", "宣布"),
    "report": ("报告", "报送", "通报", "披露", "告知", "report", "disclose", "notify", "inform", "tell"),
    "find": ("发现", "察觉", "discover", "find", "detect", "spot"),
    "fix": ("修复", "修补", "补丁", "fix", "patch", "repair"),
    # a rule taking effect and a service going live are one act: something starts to operate
    "start": ("施行", "生效", "实施", "上线", "开通", "投入使用", "take effect", "come into force",
              "enter into force", "go live", "go online"),
    "found": ("成立", "创立", "创办", "设立", "组建", "found", "establish", "set up", "form"),
    "close": ("关闭", "倒闭", "停业", "接管", "查封", "close", "shut", "seize", "take over", "fail"),
    "raise": ("融资", "增资", "募资", "发行", "配股", "raise", "sell shares", "offer"),
    "respond": ("回应", "致歉", "道歉", "认错", "声明", "respond", "apologise", "apologize", "reply"),
    "punish": ("处罚", "罚款", "罚", "fine", "penalise", "penalize", "sanction", "punish"),
    "sue": ("起诉", "诉讼", "sue", "file suit", "file a lawsuit"),
    "arrest": ("逮捕", "拘留", "arrest", "detain"),
    "resign": ("辞职", "离职", "卸任", "resign", "step down", "quit", "leave"),
    "appoint": ("任命", "当选", "appoint", "name", "elect"),
    "die": ("去世", "逝世", "死亡", "die", "pass away"),
    "acquire": ("收购", "并购", "acquire", "buy", "purchase", "take over"),
    "queue": ("排队", "挤兑", "queue", "line up", "withdraw"),
    "fall": ("暴跌", "大跌", "下跌", "跌", "fall", "drop", "plunge", "tumble", "slump", "sink"),
    "rise": ("上涨", "大涨", "暴涨", "涨", "rise", "climb", "jump", "soar", "surge"),
    "sign": ("签署", "签订", "签约", "sign"),
    "approve": ("批准", "通过", "核准", "approve", "pass", "clear"),
    "meet": ("会见", "会晤", "召开", "举行", "meet", "hold", "convene"),
    "attack": ("袭击", "攻击", "爆炸", "attack", "strike", "bomb"),
}
#: A sentence that reports one of these moves of a price or market reports a happening of its
#: own: it is never taken for a passing mention of another event the same day.
MARKET_MOVE_CONCEPTS = ("fall", "rise")
#: English number words, read as the digits a Chinese source writes ("six months" / "6个月").
NUMBER_WORDS_EN = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20", "thirty": "30",
    "hundred": "100",
}
#: Chinese numerals before a measure word, read as digits ("六个月" / "6个月").
NUMERALS_ZH = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
               "九": "9", "十": "10"}
#: English words that say nothing about which happening a sentence reports.
STOPWORDS_EN = (
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "which",
    "who", "said", "says", "say", "will", "would", "after", "before", "into", "than", "their", "they", "he",
    "she", "his", "her", "we", "our", "not", "also", "more", "about", "over", "new", "all", "one", "two",
)
