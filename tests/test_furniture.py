"""Tests for dateline.ingest.furniture: which lines around a story are page furniture, and what they say.

Every rule of furniture_tables.py has an example here (a test fails if one has none), and so do the story
lines that look like furniture but are not.
"""

from __future__ import annotations

import re

import pytest

from dateline.ingest.furniture import FurnitureLine, split_furniture, split_writers_lines
from dateline.ingest.furniture_tables import HEADLINE_LIST_MIN_ITEMS, LINES, SEGMENTS
from dateline.ingest.reading import Piece

#: (line, kind) for a line standing near the top or the foot of a story.
FURNITURE = [
    # bylines
    ("张三 · 2022-01-27", "byline"),
    ("Maria Lopez · Jan 7, 2022 · 8 min read", "byline"),
    ("大树乡长 镇长本人 2021-12-23 22:09", "byline"),
    ("王芳 2015-07-02 14:41:12 0人参与评论", "byline"),
    ("By Benjamin Kesse - Updated On: January 12, 2021", "byline"),
    # a name and its desk, then the stamps with no mark between them (the update glued to the time)
    ("Jane Doe, AFP India Published on Wednesday 2 March 2022 at 07:11Updated on Friday 4 March 2022 at 03:12", "byline"),
    # notes of the article's own changes, dated
    ("March 2, 2022 This article was amended to correct typos and add image captions.", "update"),
    ("Clarification, Sept. 8: We updated the story to make clear that the study found a trend.", "update"),
    # a blog engine's line of date, author and tags, its comments closed
    ("January 30, 2022 jdoe Health, World Comments Off on Are these two drugs effective against the virus?", "share"),
    # a wire's Chinese byline: day or age, outlet, writers, where they filed from; over a column, the age or the last
    # change and the writer
    ("2015年12月23日英国《金融时报》 劳拉•努南 伦敦 , 尼科尔•布洛克 纽约报道", "byline"),
    ("更新于2021年7月5日 09:45 英国《金融时报》 蒂姆•布拉德肖 伦敦报道", "byline"),
    ("3天前英国《金融时报》 韩碧如 报道", "byline"),
    ("6天前英国《金融时报》 Ming Liu", "byline"),
    ("2天前 FT中文网专栏作家 徐瑾", "byline"),
    ("更新于2022年7月14日 11:51 穆罕默德•埃里安", "byline"),
    ("更新于2022年8月10日 07:05 FT中文网财经版主编、公众号《重要的是经济》主理人 徐瑾", "byline"),
    # a stamp after its icon, with the archive's links beside it
    ("📅 2026-07-01 10:55 🔗 阅读原文 🔙 返回日历", "dateline"),
    # the paper's day where the whole report is
    ("完整报道，请翻阅2018年9月19日的《新明日报》。", "source"),
    # a poll's counter of its voters
    ("5k+ users already voted today", "share"),
    ("3k+ users shared opinion today", "share"),
    ("Posted January 24th, 2020 at 10:06 AM (CST) by Bill Holter:", "dateline"),  # a zone in brackets, a colon
    ("April 7, 2020 Updated: July 25, 2020", "dateline"),
    ("Posted in Datenschutz by damianduchamps on August 3, 2019", "navigation"),
    ("First published by Global Research on March 27, 2020", "source"),
    ("Updated July 16, 2021 to reflect the journal's decision to retract the paper.", "update"),
    ("Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago", "byline"),
    ("2 days ago Shopping Essentials", "recommended"),  # a listed article's age and section
    ("By Sarah Marloff, 11:35AM, Mon. Jun. 10, 2019", "byline"),  # a name that starts as a month's does
    ("发布/ 2025年11月22日 13:00", "dateline"),  # a slash after the label
    ("更新/ 2025年11月22日 13:00", "update"),
    ("Want to bookmark your favourite articles? Start your Premium subscription today.", "navigation"),  # offers
    ("See tomorrow's paper for your voucher.", "navigation"),
    ("Save & Share: Previous: August 24 primary live blog", "navigation"),  # the link to the post before
    (
        "This column first appeared in the print edition on March 16, 2022 under the title ‘Prague spring’. "
        "The writer is an economist",
        "source",
    ),
    # the writer's address and telephone, the site's name, a widget's placeholder
    ("BY JANE DOE • jdoe@example.com > 314-340-8114 Example.com | Posted: Friday, December 9, 2011 12:16 am | Loading…", "byline"),
    ("jdoe@example.com | Posted: Friday, December 9, 2011", "share"),
    ("(314) 340-8114 | Posted: Friday, December 9, 2011", "share"),
    ("Example.com | Posted: Friday, December 9, 2011", "source"),
    ("Loading… | Posted: Friday, December 9, 2011", "share"),
    ("CNNMoney (New Delhi) October 20, 2015: 3:50 AM ET", "source"),
    ("By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm", "byline"),
    ("Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments", "byline"),
    ("Published in FrontBurner | December 14, 2016", "navigation"),
    ("— Tzippy Yarom (@zpyarom) December 19, 2016", "embed"),
    ("A post shared by Kim (@kim) on Dec 5, 2016 at 9:10am PST", "embed"),
    ("October 14, 2009 | Marc Lifsher", "dateline"),
    ("Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST", "byline"),
    ("TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025, 21:47 IST", "byline"),  # the site's name in small letters
    ("Jane Doe reported this story on Friday, July 18, 2014 18:21:00", "byline"),  # a broadcast's reporter
    # a wire photo's caption with its day after `photo made`, one cut short under its agency's credit
    ("In this photo made Nov. 4, 2009, a regulator is interviewed in his office in Washington.", "caption"),
    ("AP – A lawyer speaks with the media at a court building in the capital, Thursday, …", "caption"),
    ("2018-08-02港聞", "dateline"),  # the page's date glued to its section's name
    ("This story is from October 9, 2019", "dateline"),
    ("maomaobear 2015-06-19 11:20:11", "byline"),
    ("By admin - 2018-09-16", "byline"),
    ("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM", "byline"),
    ("Press Trust of India | Gandhinagar Last Updated at January 18, 2019 17:18 IST", "byline"),
    ("Tue 15 Jul 2014, 11:05Last update: 15 Jul 2014", "dateline"),
    ("Apr 1, 2014 | Sapa", "dateline"),
    ("Published On January 5, 2015 » 33 Views» By Davies M.M Chanda", "dateline"),
    ("first published: Feb 18, 2021 07:31 pm", "dateline"),
    ("By Tilyenji Mwanza | Updated: 05 Jan,2015 ,12:53:17 | 1262 Views | 0 Comments [ - ] [ + ]", "byline"),
    ("21:17 18.11.2019Get short URL", "dateline"),
    ("Get short URL", "share"),
    ("This story originally appeared on Reuters", "share"),
    ("People comfort each other in Tallahassee on Thursday, April 17. (AP/Kate Payne)", "caption"),
    ("△2020年6月13日，已被封锁的北京新发地农产品市场。", "caption"),
    ("《我们需要怎样的感恩教育》, 光明日报, 2017-6-12", "recommended"),
    (  # a caption longer than a line of furniture, ending on its credit
        "Los Angeles Dodgers starting pitcher Clayton Kershaw winds up during the first inning of the team's baseball"
        " game against the Cleveland Indians, Tuesday, June 13, 2017, in Cleveland. (AP Photo/Tony Dejak)",
        "caption",
    ),
    ("WASHINGTON, DC - MARCH 21: House Speaker Paul Ryan walks into a news conference on March 21, 2017.", "caption"),
    (
        "Evacuees watch police work on campus in Tallahassee, Florida, U.S., April 17, 2025. (Alicia Devine/USA TODAY "
        "NETWORK via Imagn Images via REUTERS)",
        "caption",
    ),
    ("地區：台北市 2014/11/11 12:07", "source"),
    ("2014/03/19 18:58 彭佳芸 黃翊真 報導 地區：台北市報導", "dateline"),
    ("彭佳芸 黃翊真 報導 2014/03/19 18:58", "byline"),
    ("2013-6-29 字型： ∣發言∣列印∣轉寄", "dateline"),
    ("字型： ∣發言∣列印∣轉寄 2013-6-29", "share"),
    ("日期:[2014-09-03] 版次:[A29] 版名:[HI广州·领事专栏&资讯] 字体:【大中小】", "dateline"),
    ("版次:[A29] 2014-09-03", "source"),
    ("2020-07-22 08:22《中国慈善家》官方账号", "dateline"),
    ("2007年04月08日02:14 [我来说两句(4)] [字号：大 中 小]", "dateline"),
    ("[我来说两句(4)] 2007年04月08日02:14", "share"),
    ("[字号：大 中 小] 2007年04月08日02:14", "share"),
    ("央视国际 www.cctv.com 2007年04月26日 15:13 来源：", "source"),
    ("2014/11/11 12:07 綜合報導 地區：台北市報導", "dateline"),
    ("RELATED EVENTS", "recommended"),
    ("Energy & Environment / 3 days ago", "recommended"),
    ("3 days ago", "recommended"),
    ("Scott Reeves , 01.28.05, 10:08 AM ET", "byline"),
    ("ByNina Pineda", "byline"),
    ("Published 6 days ago", "dateline"),  # its age when the page was saved  # the name set in its own element, glued to its label  # a writer, a day of numbers and its time
    ("广西新闻频道 Today", "source"),  # an account's name and its post's age when the page was saved
    ("红星新闻 3小时前", "source"),
    ("May 4, 2016 This story originally appeared on Reuters", "dateline"),
    ("Update, May 24th at 4:58PM ET: Added more details.", "update"),
    ("By Sonal Khetarpal Delhi Print Edition: June 5, 2016", "byline"),
    ("Lydia Dishman 05.24.16 5:42 AM", "byline"),
    ("12 Jan, 2016, 10.34PM IST", "dateline"),
    ("by Noah Kulwin @nkulw Apr 24, 2016, 3:30p", "byline"),
    ("更新 2024-11-26 4:16 PM 人气 238", "update"),
    ("2012年07月07日09:47环球时报[微博]单仁平我要评论(0)", "dateline"),  # outlet, its microblog, writer, a button
    ("2011年01月01日 23:11中新网【大 中 小】 【打印】 共有评论0条", "dateline"),
    ("环球时报[微博]单仁平", "source"),
    ("2024年12月20日(五) 19:03", "dateline"),  # the weekday alone in brackets
    ("发布: 2:02pm 05/12/2024 768点阅", "dateline"),
    ("发表：2024-12-10 20:23", "dateline"),
    ("北京时间：2025-01-16 12:56", "dateline"),
    ("北京日报 2025-02-15 13:19 发表于四川", "byline"),  # the outlet, and where the post was sent from
    ("Medical Daily 9/21/2016 Lizette Borreli", "byline"),  # the outlet, the date and the writer
    ("*This article appears in the September 5, 2016 issue of New York Magazine.", "source"),
    ("Correction: This article originally linked to a Twitter account created December 9.", "update"),
    ("2023/8/23 15:06（8/23 15:31 更新）", "dateline"),  # the update's time in brackets
    ("（8/23 15:31 更新）", "update"),
    ("陳宥蓁／綜合報導發布時間：2023-08-22 18:28 更新時間：2023-08-22 18:29", "byline"),
    ("生活中心／賴俊佑報導", "byline"),  # a desk and its writer
    ("上報快訊／鍾知諭 2023年09月01日 09:25:00", "byline"),
    ("Published February 24, 2020Last updated July 21, 2022This article is more than 2 years old.", "dateline"),
    ("This article is more than 5 years old", "share"),
    ("Updated on September 19 at 3:15 p.m.", "update"),
    ("UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with further clarification from NBC 4 New York.", "update"),
    ("2025-01-16 08:29:26 出处：快科技 作者：雪花 编辑：雪花 人气： 4894 次 评论(180)", "dateline"),
    ("Posted: Fri 6:45 PM, Feb 16, 2018 |", "dateline"),
    ("Nov 20 2019, 11:06am ist", "dateline"),
    ("asked Feb 6, 2014 at 20:37", "comment"),
    ("edited Feb 18, 2015 at 20:05", "comment"),
    ("浏览次数：信息来源：省发改委", "share"),
    ("发布日期：2016-11-22 浏览次数：信息来源：省发改委", "dateline"),
    ("2010-5-25 10:15:02 来源: 南都周刊 浏览量: 1185 跟帖 0 条", "dateline"),  # the replies' count after the views'
    ("2019年09月11日富达传媒时政新闻 1665 0", "dateline"),
    ("2019年09月09日 20:52 新浪财经-自媒体综合", "dateline"),
    ("2019-09-08 11:42:03  青柠荔 2小时前", "dateline"),
    ("《 人民日报 》（ 2024年05月10日 04 版）", "dateline"),
    ("By Maria Lopez", "byline"),
    ("By Maria Lopez and Tom Ashby", "byline"),
    ("作者：王芳", "byline"),
    ("本文作者：AMD 點擊： 2024-09-19 09:20", "byline"),  # a count of clicks the page left empty, then the date
    ("blackhat 发表于 2011年4月20日 10时54分 星期三", "byline"),  # a handle, the day it posted on, its weekday after
    ("记者 王芳 李明", "byline"),
    ("本报记者 刘金辉 郑家宝", "byline"),
    ("作者:", "byline"),
    ("责任编辑：赵强", "byline"),
    ("【文/观察者网 吕栋】", "byline"),
    ("【作者：张三】", "byline"),
    ("文/张三", "byline"),
    ("（记者 张三）", "byline"),
    ("IP属地：广东", "byline"),  # where a post was sent from
    ("記者林悅／南市報導", "byline"),  # a reporter and where the report was filed
    ("Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts", "byline"),  # handles, their posts
    ("View all posts", "navigation"),
    # a byline's date on a line of its own, with its update; a later update; a correction's note
    ("on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM", "dateline"),
    ("Cory Doctorow at 8:00 pm Sun, Apr 13, 2014", "byline"),  # the writer, and `at` before the stamp
    ("and last updated 2013-12-30 16:42:01-05", "update"),
    ("Correction, Nov. 11, 2014: This article originally stated that 45 people died in the crash.", "update"),
    ("ALSO READ: 5 Top Tech Stocks for 2015 With Potential Big Catalysts", "recommended"),
    # a photo's caption signed by its photographer or by the reporter who faxed it
    ("2月18日，北京故宫午门调试灯光。中新社记者 杜洋 摄", "caption"),
    ("一名女子逃生不及，命喪火窟。（消防局提供）中央社記者邱俊欽桃園傳真 105年3月19日", "caption"),
    ("Filed Under: Film, Best Of 2014, Godzilla", "navigation"),
    # an old portal's stamp: the site's address, the outlet in title marks, the writer in brackets, a pager
    ("http://www.qianlong.com/ 2005-07-18 13:03:17", "source"),
    ("《理财周刊》 2005年03月21日 11:21", "byline"),
    ("[ 黄宇 ] 2004年7月16日08:19", "byline"),
    ("第1页/共1页 << 上一页 | 下一页 >>", "navigation"),
    ("澎湖縣28日電", "source"),  # a wire story's dispatch: the place and the day it was filed
    ("ET快訊", "recommended"),  # a list's heading after a site's initials
    ("今日关注", "recommended"),
    ("(People's Daily Online) 11:35, November 23, 2022", "source"),
    ("Related Items", "recommended"),
    ("2021-01-19南通如何预防白癜风的出现?", "recommended"),
    ("Latest posts by Brian Jackson (see all)", "recommended"),
    # date lines
    ("Published: June 3, 2019", "dateline"),
    ("Published 10:42 AM EST, Fri January 7, 2022 | Updated: 29 minutes ago", "dateline"),
    ("发布时间：2022-04-15 14:31:09 来源：东方都市报 作者：王芳", "dateline"),
    ("發佈時間：2022年01月27日 08:15", "dateline"),
    ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "update"),
    ("23/5/2022 21:40", "dateline"),
    ("2021-12-23 22:09", "dateline"),
    ("Jan 07 · 8 mins", "dateline"),
    ("November 20, 2019 - 11:28 AMT", "dateline"),
    ("By Maria Lopez on Monday, November 18th, 2019 at 11:04 a.m.", "byline"),
    ("( 2025-07-09 ) 稿件来源:新华每日电讯 要闻", "dateline"),
    ("2020-03-09  来源: 学习时报 作者:", "dateline"),
    # sources
    ("来源：某某报道 2021-12-22 12:43", "source"),
    ("2015-05-21 05:03:58　来源: 东方经济报道(广州)", "dateline"),
    ("发布日期：2019-09-23 14:34:05  所属分类：新闻", "dateline"),
    ("来源: | 发布时间: 2018-05-17 | 浏览次数: 2168", "byline"),
    ("2019-05-17 · 苏皖城市报道", "dateline"),
    ("Source: Harbour Courier", "source"),
    ("《东方周刊》周五版 2022年29期", "source"),
    ("东方周刊 2022年第29期", "source"),
    ("Vol. 12, Issue 3", "source"),
    (
        "A version of this article appears in print on , on Page A1 of the New York edition with the headline: "
        "Harbour Deal Falls Through. Order Reprints | Today’s Paper | Subscribe",
        "source",
    ),
    ("Harbour Courier (Portsmouth) First published February 1, 2016: 1:28 AM ET", "dateline"),
    ("1:39 PM ET", "dateline"),
    ("Oct 13, 2020 @ 4:48 pm", "dateline"),
    ("PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.", "dateline"),
    ("By Maria Lopez on Thu, Nov 9, 2023 at 4:00 am", "byline"),
    ("Posted by Maria 21.10.2019", "byline"),
    ("By Maria Lopez 8 January 2020, 3:51 pm 11 Edit", "byline"),
    ("January 13, 2020 at 08:45 AM | categories: mercurial, python | View Comments", "dateline"),
    ("View Comments", "share"),
    ("标签：阿里云 工信部 | 2021-12-22 10:00", "navigation"),
    ("By Maria Lopez, a deputy editor and author of the Harbour newsletter. She covers the port.", "byline"),
    ("// By Maria Lopez • Nov 11, 2020", "byline"),
    ("By Maria Lopez, June 11, 2019", "byline"),  # a month after the comma is no second name
    ("Maria Lopez, 07 April 2017", "byline"),  # … nor a date after a name and a comma, with no label
    ("Published Date: Mar 03, 2017 09:40 am | Updated Date: Mar 03, 2017 09:42 am", "dateline"),
    # update stamps
    ("更新时间 2022-04-15 14:31:09", "update"),
    ("本文最后修改：2024-05-01 09:30 更新", "update"),
    ("2024-05-01 09:30 更新", "update"),
    ("Last updated: 3 hours ago", "update"),
    # reading time
    ("阅读时间约3分钟", "reading-time"),
    ("8 min read", "reading-time"),
    # share bars and counters
    ("阅读 1.2万  在看 86", "share"),
    ("分享到：微信 微博 QQ空间", "share"),
    ("Share this article", "share"),
    ("Facebook Twitter Email", "share"),
    ("Posted: Thursday, April 21, 2022. 10:11 pm CST.", "dateline"),  # a full stop after a date line
    ("Harbour News Posted: Oct 05, 2017 7:25 PM CT", "byline"),
    ("Harbour News on February 23, 2016 at 5:31 pm", "byline"),  # … or `on` before its date
    ("Friday, 06 March 2020 2:18 PM [ Last Update: Friday, 06 March 2020 2:18 PM ]", "dateline"),  # in brackets
    ("[ Last Update: Friday, 06 March 2020 2:18 PM ]", "update"),  # an outlet before the label, no mark between
    ("Latest update May 6th, 2022 12:49 AM", "update"),
    ("17 January 2015 Last updated at 20:03 GMT", "dateline"),  # the update's clock time alone
    ("UPDATED 16:47 EST / DECEMBER 19 2025", "update"),
    ("Updated 0948 GMT (1748 HKT) February 19, 2020", "update"),  # a clock's four digits, in two zones
    ("Page last updated at 05:00 GMT, Friday, 18 June 2010 06:00 UK", "update"),  # the page's, and in a second zone
    ("Update: October 28, 2015", "update"),
    ("2018-09-19 列印文字大小", "dateline"),  # the page's buttons after its stamp
    ("香港時間：2017年09月10日 星期日", "navigation"),  # the page's clock: the day it was read
    (
        "This article was published on example.co.uk at 12.58 GMT on Friday 27 January 2012. A version appeared in "
        "the Courier on Saturday 28 January 2012. It was last modified at 16.44 GMT on Friday 27 January 2012.",
        "share",
    ),
    ("Updated 3:13 PM ET Oct 27", "update"),
    ("Updated Saturday at 10:30 a.m. ET", "update"),  # a weekday, the day before or after the page's
    ("9:09 a.m.: This article has been updated to add a quote from a spokeswoman.", "update"),
    ("This article was originally published at 7 a.m.", "share"),
    ("This post was first published on Medium", "share"),
    ("November 2000, Volume 134, Issue 5", "source"),  # a magazine's issue
    ("Published time: 18 Nov, 2015 15:41Edited time: 18 Nov, 2015 16:59", "dateline"),
    ("1955 CONNECT 220 TWEET 70 LINKEDIN 193 COMMENTEMAILMORE", "share"),  # a share bar's counts, no year
    ("中央社記者侯文婷攝 110年3月18日", "caption"),  # a photographer's credit and the day the photo was taken
    (
        "© 2022, Example.com. This article is the copyrighted property of Example News. Written permission must "
        "be obtained before reprint in online or print media. Reprinting content without permission and/or "
        "payment is theft and punishable by law.",
        "copyright",
    ),
    ("The Petroleum Commission is far more important than the Board of the Fund. Yet, the... more", "recommended"),
    (
        "Third round matches in the county cricket competition were badly affected by rain. The competition which "
        "is for teams in the...",
        "recommended",
    ),
    ("发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", "dateline"),  # labels without colons
    ("来源CSDN| 0 条评论", "source"),
    ("作者魏星| 1164次阅读", "byline"),
    ("2019-09-26 10:56:28 证券时报网", "dateline"),  # a stamp and the outlet after it
    ("2020-06-05 20:35 叨叨姐胡一刀", "dateline"),
    ("金融市场棱镜2019-09-23 07:48", "byline"),  # a name glued to the date
    ("2019-08-13 14:07来源：澎湃新闻·澎湃号·政务", "dateline"),
    ("执笔/叨叨姐、胡一刀&李小飞刀", "byline"),
    ("1477 跟贴1477", "share"),  # a comment section's counts, buttons and signed comments
    ("举报赞1,356回复", "share"),
    ("新浪微博微信QQ空间", "share"),
    ("凛冬也至[网易湖北省武汉网友]", "comment"),
    ("今天20:58举报赞38回复", "comment"),
    ("昨天 22:17  回复 踩1 赞2 收藏", "comment"),
    ("昨天 22:17", "comment"),
    ("往事随风x8pe[网易山东省德州市手机网友]2019-09-07 17:51:44", "comment"),
    ("字号：A- A A+ 来源：观察者网", "share"),
    ("微博", "share"),  # a share bar set a button a line
    ("关注新华网", "share"),
    ("【纠错】责任编辑：焦鹏", "share"),
    ("时政 地方 法治 高层 人事 理论 国际 军事 VR/AR 一带一路", "navigation"),
    # copyright and reprint notices
    ("Copyright © 2003-2022 东方都市报 版权所有", "copyright"),
    ("© 2022 Harbour Courier. All rights reserved.", "copyright"),
    ("东方都市报 版权所有", "copyright"),
    ("本文系东方都市报独家稿件，未经授权，不得转载", "copyright"),
    ("未经本报书面授权，不得转载、摘编", "copyright"),
    ("转载请注明出处", "copyright"),
    ("(博讯北京时间2010年5月25日 转载)", "copyright"),  # a repost's note and its day
    ("_(网文转载) (Modified on 2010/5/25) (博讯 boxun.com)", "update"),
    # captions and credits
    ("资料照：2016年4月，沿海某港口的集装箱码头。（东方都市报记者 李明 摄）", "caption"),
    ("File photo: the bridge during works in 2016. (Photo: J. Smith/Example Media)", "caption"),
    ("图为2016年投入使用的首批新能源公交车", "caption"),
    ("新开通的公交线路首班车。（东方都市报记者 李明 摄）", "caption"),
    ("File photo of the harbour bridge in 2016", "caption"),
    ("The mayor opened the bridge in 2016. (Harbour Department of Works / March 3, 2016)", "caption"),
    (  # as long as a paragraph, the credit at its end says what it is
        "The convicted man, 48, was sentenced to die for the fatal 1995 shootings of two people. His lawyers did not "
        "dispute his guilt but argued that prosecutors should not have used his race in court. "
        "(State Department of Criminal Justice / September 16, 2011)",
        "caption",
    ),
    ("In this July 9, 2014, file photo, a sign warns of radioactivity near the plant.", "caption"),
    ("This June 25, 2002, file photo shows the view from the summit ridge.", "caption"),
    (
        "Maria Lopez waves to supporters during a rally in Harbour City, Tuesday, Nov. 19, 2019. (Tom Ashby/AP)",
        "caption",
    ),
    # recommended articles
    ("其他文章推荐", "recommended"),
    ("Read more", "recommended"),
    ("in Off-topic by Woady on Jun 24, 2014", "navigation"),  # a forum's post: its section, writer and day
    ("in Off-topic by Jakebag15 on Jul 05, 2014", "navigation"),
    ("雖然接下來，周日、周一兩天，冷氣團威力減弱，氣溫可望漸漸...更多", "recommended"),  # a teaser and its link
    ("強烈冷氣團發威，火鍋店生意特別好，今天有入口網站公布票選結果…詳全文", "recommended"),
    ("相关阅读：地铁5号线南延段开工", "recommended"),
    ("内地与香港基金互认今日启动 首批或有20只产品 2015/07/01", "recommended"),
    ("叶檀：欧洲挤压希腊与A股挤压配资 都狠！ 2015/06/30", "recommended"),
    ("收评：沪指暴跌5.77%失守3700 本周累计跌12.07% 评论19064条", "recommended"),
    ("东方都市报 2015/07/01", "byline"),  # an outlet and its day: it dates the page, no item of a list
    ("1 day ago", "recommended"),
    # navigation
    ("首页 > 新闻 > 本地", "navigation"),
    ("当前位置：首页 > 新闻", "navigation"),
    ("首页 | 本地 | 国内 | 国际 | 财经", "navigation"),
    ("返回顶部", "navigation"),
    ("下一篇：地铁5号线南延段开工", "navigation"),
]

#: Lines of story that look like furniture: a date first, a label word, a name, a share of something.
STORY = [
    "Byron Smith said the plan would fail.",  # a name that starts as `By` does
    "March 2, 2022 The report was updated by the ministry after the vote.",  # not the article's own note
    # opening with `By` and a capital, longer than a byline's segments run: a sentence
    "By Friday, President Jane Doe and the Finance Minister John Roe had agreed to the plan the unions put forward on"
    " Feb 7, 2010",
    "他在《人民日报》（2024年5月10日）发表文章，欢迎大家分享",
    "2016年3月31日，《人民日报》刊文报道了此事。",
    "March 3, 2024 ☀️ Sunny days are back in town after a week of rain.",
    "▲第一，2020年6月13日，市场关闭。第二，工作人员采样。",  # a mark before points, not a caption
    "12月22日，工信部网络安全管理局通报称，阿里云发现漏洞后未及时报告。",
    "2021年12月22日，工信部发布通知。",
    "On Friday, the company said it would appeal.",
    "The council met (as reported / June 3, 2020) to decide.",  # brackets with a day, inside a sentence
    "Jane Doe reported this story on Friday after the crash.",  # no stamp after it
    "AP - The president said on Tuesday that the plan would go ahead.",  # a lede under its agency, not cut short
    "2018-08-02晚上",  # a day and its part, a diary's heading
    "In this July 9, 2014, meeting, the board agreed to sell the plant.",  # no photo
    "Published figures show passenger numbers fell 12% last year.",
    "Copyright infringement cases rose sharply in 2021.",
    "2021年12月9日 工信部收到报告",  # a line of a timeline: a day and what happened, no time of day
    "December 9, 2021 Beijing",  # … a day and a place, one word not set off
    "He had 33 Views of the sea in his room.",
    "2019-09-26 公司发布了公告称",
    "来源于网络的消息称",
    "评论员文章指出，改革必须深化。",
    "Home prices rose in March.",
    "分享经济在去年继续增长。",
    "来源于工信部的数据显示，漏洞数量上升。",
    "By Friday, most schools had reopened.",
    "记者从市交通局获悉，新线路首班车6时发车。",
    "图书馆延长开放时间",
    "阿里云未及时通报重大网络安全漏洞,会带来什么后果?",
    "Storm closes schools across the region",
    "大树乡长",
    "The council met on Monday, November 18th, 2019 at 11:04 a.m.",
    "The polls open at 7 a.m.",
    "12月9日 来自北京市的代表团抵达",  # a place after 来自, and more: a sentence, not where a post was sent from
    "12月9日 来自四川的他",
    "(Reuters) - The company said on Friday it would cut jobs.",
    "March 3, 2012 in Paris, France, a man walks.",
    "The video was posted on August 13th, 2011.",
    "2021-12-09，工信部收到报告",
    "2021-12-09 工信部收到报告",
    "on Friday the board met again.",
    "记者张三摄影报道：今天上午，会议召开。",
    "Correction is needed, Nov. 11, 2014 showed.",
    "He scored 12 goals on March 4, 2013 12 3",  # numbers after a date in a line of story
    "The firm sold 3,200 cars in 2013. It sold 286,530 more in 2014 9",
    "Call 314-340-8114 on Friday, December 9, 2011.",
    "2 days ago the council voted to close the road.",
    "2 days ago Police Said The Man Had Died",
    "Visit example.com on December 9, 2011",
]


def furniture_of(line: str, at_edge: bool = True) -> FurnitureLine | None:
    """The line as the only block near the top of a one-paragraph story (or inside the story, under two of
    its paragraphs: under one only, it may stand under a standfirst)."""
    story = Piece("p", "The ferry operator said on Friday it would cut its winter timetable by a third.")
    pieces = [Piece("p", line), story] if at_edge else [story, story, Piece("p", line), story]
    _, found = split_furniture(pieces)
    return found[0] if found else None


@pytest.mark.parametrize(("line", "kind"), FURNITURE)
def test_furniture_lines_are_recognised(line, kind):
    found = furniture_of(line)
    assert found is not None and (found.kind, found.text) == (kind, line)


@pytest.mark.parametrize("line", STORY)
def test_story_lines_are_never_furniture(line):
    assert furniture_of(line) is None
    assert furniture_of(line, at_edge=False) is None


@pytest.mark.parametrize(("kind", "labelled", "pattern"), SEGMENTS, ids=[f"segment-{n}" for n in range(len(SEGMENTS))])
def test_every_segment_rule_has_an_example(kind, labelled, pattern):
    compiled = re.compile(pattern)
    assert any(compiled.match(line) for line, _ in FURNITURE), pattern


@pytest.mark.parametrize(("kind", "where", "pattern"), LINES, ids=[f"line-{n}" for n in range(len(LINES))])
def test_every_line_rule_has_an_example(kind, where, pattern):
    compiled = re.compile(pattern)
    assert any(compiled.fullmatch(line) and found_kind == kind for line, found_kind in FURNITURE), pattern


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("张三 · 2022-01-27", {"author": "张三", "date": "2022-01-27", "labelled": False}),
        (
            "发布时间：2022-04-15 14:31:09 来源：东方都市报 作者：王芳",
            {"date": "2022-04-15 14:31:09", "labelled": True, "outlet": "东方都市报", "author": "王芳"},
        ),
        (
            "By Tom Ashby · Published June 3, 2019 · Updated November 20, 2023",
            {"author": "Tom Ashby", "date": "June 3, 2019", "labelled": True, "update": "November 20, 2023"},
        ),
        (
            "Published 10:42 AM EST, Fri January 7, 2022 | Updated: 29 minutes ago",
            {"date": "10:42 AM EST, Fri January 7, 2022", "update": "29 minutes ago"},
        ),
        ("来源：某某报道 2021-12-22 12:43", {"outlet": "某某报道", "date": "2021-12-22 12:43", "labelled": False}),
        ("本文最后修改：2024-05-01 09:30 更新", {"update": "2024-05-01 09:30", "date": ""}),
        ("【文/观察者网 吕栋】", {"outlet": "观察者网", "author": "吕栋"}),
        ("( 2025-07-09 ) 稿件来源:新华每日电讯 要闻", {"date": "2025-07-09", "outlet": "新华每日电讯 要闻"}),
        ("本报记者 刘金辉 郑家宝", {"author": "刘金辉 郑家宝"}),
        (
            "Harbour Courier (Portsmouth) First published February 1, 2016: 1:28 AM ET",
            {"date": "February 1, 2016: 1:28 AM ET"},
        ),
        (
            "by Maria Lopez January 18, 2017 11:00 PM PST",
            {"author": "Maria Lopez", "date": "January 18, 2017 11:00 PM PST"},
        ),
        (
            "Posted on Tuesday 15 October 2019 at 09:11 by Maria Lopez.",
            {"author": "Maria Lopez", "date": "Tuesday 15 October 2019 at 09:11", "labelled": True},
        ),
        (
            "2017-03-10 09:58:03来源：东方科学人作者：责任编辑：王芳",
            {"date": "2017-03-10 09:58:03", "outlet": "东方科学人"},
        ),
        ("资料照：2016年4月，沿海某港口的集装箱码头。", {"date": "", "update": ""}),  # a caption's date dates nothing
        ("Copyright 2019 Example Media Group", {"date": "", "update": ""}),
        ("责任编辑：赵强", {"author": ""}),  # an editor is not the author
    ],
)
def test_furniture_says_what_it_tells(line, fields):
    found = furniture_of(line)
    assert {name: getattr(found, name) for name in fields} == fields


def test_a_bare_date_or_name_in_the_middle_of_a_story_is_story():
    for line in ("2022-01-27", "张三 · 2022-01-27", "By Maria Lopez", "作者：王芳", "首页 | 本地 | 国内 | 国际"):
        assert furniture_of(line, at_edge=False) is None, line
    for line in ("更新时间：2023-05-01 10:00", "资料图：2016年的公交车。", "分享到：微信 微博", "© 2019 Example Media"):
        assert furniture_of(line, at_edge=False) is not None, line
    # a day with its clock time is a stamp wherever it stands, and dates nothing there
    for line in ("Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014", "10/17/2022 04:01 PM EDT"):
        found = furniture_of(line, at_edge=False)
        assert found is not None and not found.date, line


def test_a_recommended_list_goes_on_until_the_story_does():
    pieces = [
        Piece("p", "市民服务中心近日新增6个夜间办事窗口，工作日开放至晚上8点，主要办理社保和公积金业务。"),
        Piece("p", "相关阅读"),
        Piece("li", "社保卡换发进入高峰 2021-12-20"),
        Piece("img", src="https://x.cn/t.jpg"),
        Piece("li", "公积金贷款新规解读 2021-12-19"),
        Piece("p", "中心负责人说，夜间窗口开放后，平均每晚办理业务超过两百件，市民普遍反映方便了许多。"),
    ]
    kept, found = split_furniture(pieces)
    assert [piece.text for piece in kept] == [pieces[0].text, pieces[5].text]
    assert [line.kind for line in found] == ["recommended"] * 4
    assert not any(line.date for line in found)  # another article's date is not this one's


def test_a_most_read_list_printed_as_ranks_and_headlines_is_furniture():
    story = [
        Piece("p", "A man was stabbed to death on a commuter train on Tuesday afternoon, the transit chief said."),
        Piece("p", "1"),  # a count in the story, alone, stays
    ]
    ranked = [Piece("p", "7"), Piece("p", "Letter shows psychologist broke rules")]
    ranked += [Piece("p", "8"), Piece("p", "Man Shot While Standing In Front Of His Home Early Tuesday")]
    ranked += [Piece("p", "9"), Piece("p", "Here's where blackouts will start Wednesday")]
    kept, found = split_furniture(story + ranked)
    assert [piece.text for piece in kept] == [piece.text for piece in story]
    assert [(line.kind, line.text) for line in found] == [("recommended", piece.text) for piece in ranked]


def test_a_list_of_teasers_cut_off_with_an_ellipsis_is_furniture_with_its_headlines():
    story = [
        Piece(
            "p", "台中市凌晨發生一起墜樓案，一名女子從租屋處五樓跳樓輕生，經送醫後仍宣告不治，檢警將進行相驗釐清死因。"
        ),
        Piece(
            "p", "警方調查，女子昨晚獨自在租屋處飲酒，男友凌晨返家勸阻，雙方發生口角……"
        ),  # a story's own trailing off
        Piece("p", "更多"),
    ]
    teasers = [Piece("li", "失業缺錢花用 男持鐵鎚搶超商")]
    teasers += [
        Piece("li", "新北市五股一名23歲劉姓男子，上月29日凌晨近4時許，持鐵鎚闖進凌雲路一家超商搶劫現金2萬餘元...")
    ]
    teasers += [Piece("li", "車禍失控撞上人行道 2人輕傷送醫")]
    teasers += [
        Piece(
            "li",
            "新北市新莊一名黃姓駕駛，今（2）日上午8時，開車行經中正路時，不慎和對向左轉機車相撞，導致女騎士被撞...",
        )
    ]
    teasers += [
        Piece("li", "國道一號南下348公里處，上午驚傳一輛貨櫃車火燒車意外，國道警方及消防局獲報趕往現場，但車頭已…")
    ]
    kept, found = split_furniture(story + teasers)
    assert [piece.text for piece in kept] == [piece.text for piece in story]
    assert [(line.kind, line.text) for line in found] == [("recommended", piece.text) for piece in teasers]
    # two teasers are not yet a list: a story may end two paragraphs so
    kept, found = split_furniture(story + teasers[:4])
    assert [piece.text for piece in kept] == [piece.text for piece in story + teasers[:4]]


def test_blurbs_under_linked_headlines_between_links_are_teasers():
    menu = []
    for headline, blurb in (
        (
            "Gangsters' gunfire stops a housing march",
            "A community gathering was thwarted on Wednesday by gang violence.",
        ),
        (
            "Evacuation deal reached for four towns",
            "Four towns under siege are to be evacuated under a deal reached late on Tuesday.",
        ),
        (
            "Djokovic knocked out by Kyrgios",
            "World No. 2 Novak Djokovic was sent crashing out of the Mexico Open on Thursday.",
        ),
    ):
        menu += [Piece("h", headline, links=1), Piece("li", blurb), Piece("li", "More from the section", links=1)]
    story = [
        Piece("p", "The ferry operator said on Friday it would cut its winter timetable by a third, citing fuel costs.")
    ] * 2
    kept, found = split_furniture(menu + story)
    assert [piece.text for piece in kept if piece.links == 0] == [piece.text for piece in story]
    assert [line.text for line in found if line.kind == "recommended"] == [piece.text for piece in menu[1::3]]
    # two are not yet a list: a story's paragraph may stand between a linked heading and a link
    kept, _ = split_furniture(menu[:6] + story)
    assert [piece.text for piece in kept if piece.links == 0] == [menu[1].text, menu[4].text] + [p.text for p in story]


def test_a_byline_right_over_the_story_is_at_its_top_below_however_many_menus():
    menus = [
        Piece("p", word) for word in ("网易首页", "财经首页", "登录", "注册", "邮箱", "支付", "彩票", "电影票") * 3
    ]
    byline = Piece("p", "王芳 2015-07-02 14:41:12 0人参与评论")
    story = Piece("p", "美国叫车应用Uber国际化之路一直挺顺利的，融资也挺顺利的，最新总融资金额达到100亿美元。")
    kept, found = split_furniture([*menus, byline, story])
    assert kept[-1] == story and byline not in kept
    assert [(line.kind, line.author, line.date) for line in found] == [("byline", "王芳", "2015-07-02 14:41:12")]


def test_a_list_heading_in_capitals_is_a_recommended_list():
    assert furniture_of("LATEST NEWS").kind == "recommended"
    assert furniture_of("You may also like...").kind == "recommended"  # trailed off
    assert furniture_of("其他人也在看").kind == "recommended"
    assert furniture_of("热榜").kind == "recommended"


def test_a_more_stories_like_this_list_with_its_dates_and_sections_is_furniture():
    pieces = [
        Piece("h", "MORE STORIES LIKE THIS ONE"),
        Piece("p", "FEATURES"),
        Piece("p", "The Nissan Northern Xperience"),
        Piece("p", "June 15, 2010"),
        Piece("p", "AUTO NEWS"),
        Piece("p", "Boosted 2017 Nissan Sentra SR Turbo launched"),
        Piece("p", "Crossovers may have become the vehicle of choice for most car buyers, but Nissan still believes."),
    ]
    kept, found = split_furniture(pieces)
    assert [piece.text for piece in kept] == [pieces[-1].text]
    assert [line.kind for line in found] == ["recommended"] * 6


def test_only_the_furniture_lines_of_a_block_leave_it():
    pieces = [
        Piece("p", "By Maria Lopez\nStorm closes schools"),
        Piece("p", "Schools across the region closed on Friday as heavy snow fell for a second day."),
    ]
    kept, found = split_furniture(pieces)
    assert [piece.text for piece in kept] == ["Storm closes schools", pieces[1].text]
    assert [(line.kind, line.author) for line in found] == [("byline", "Maria Lopez")]


def test_a_figure_caption_is_furniture_whatever_it_says():
    pieces = [
        Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
        Piece("caption", "The council chamber on December 22, 2016, when the plan was first discussed."),
    ]
    kept, found = split_furniture(pieces)
    assert [piece.kind for piece in kept] == ["p"]
    assert [(line.kind, line.date) for line in found] == [("caption", "")]


def test_a_page_of_short_lines_only_is_all_near_the_edge():
    kept, found = split_furniture([Piece("p", "Rail strike talks resume"), Piece("p", "23/5/2022 21:40")])
    assert [piece.text for piece in kept] == ["Rail strike talks resume"]
    assert [(line.kind, line.date) for line in found] == [("dateline", "23/5/2022 21:40")]


def test_a_bare_date_line_over_the_story_dates_the_page_and_stays_over_the_lede():
    lede = Piece("p", "Apple has released an application that limits the volume produced by its iPod players.")
    kept, found = split_furniture([Piece("p", "By Maria Lopez"), Piece("p", "April 5, 2006"), lede])
    assert [piece.text for piece in kept] == ["April 5, 2006", lede.text]
    assert [(line.kind, line.date) for line in found] == [("byline", ""), ("dateline", "April 5, 2006")]
    # a stamp with a time, a label or a name is the page's only
    for line in ("April 5, 2006 10:11 AM", "Published April 5, 2006", "Maria Lopez · April 5, 2006"):
        kept, found = split_furniture([Piece("p", line), lede])
        assert [piece.text for piece in kept] == [lede.text], line
    # a date line that a byline or a teaser separates from the story is not over it
    kept, _ = split_furniture([Piece("p", "April 5, 2006"), Piece("p", "Storm closes schools"), lede])
    assert [piece.text for piece in kept] == ["Storm closes schools", lede.text]


def test_a_note_about_the_writer_at_the_end_is_furniture():
    story = [
        Piece("p", "The harbour authority approved the new terminal on Tuesday after a year of hearings."),
        Piece("p", "Maria Lopez has covered the port since 2012. She joined the Courier in 2007."),
        Piece("p", "Email the newsroom"),
    ]
    pieces, notes = split_writers_lines(story, "Maria Lopez")
    assert [piece.text for piece in pieces] == [story[0].text, story[2].text]
    assert [note.text for note in notes] == [story[1].text]
    assert split_writers_lines(story, "Lopez") == (story, [])  # a name in full only
    quoted = [Piece("p", "Maria Lopez said the terminal would open in 2025.")]
    assert split_writers_lines(quoted, "Maria Lopez") == (quoted, [])  # the story may name its writer
    # by the writer's first name
    first_name = [story[0], Piece("p", "Maria started the Harbour Courier in 2010 as a part-time endeavor.")]
    assert split_writers_lines(first_name, "Maria Lopez")[0] == [story[0]]


@pytest.mark.parametrize("line", ["2023/08/23 轉角24小時", "轉角24小時 · 2023年8月23日", "轉角24小時 | Aug 23, 2023"])
def test_the_writers_name_with_a_date_alone_at_the_top_is_a_byline(line):
    story = [
        Piece("p", line),
        Piece("p", "坐擁北京和上海商辦地產的龍頭集團在今年8月18日傳出欠稅。"),
        Piece("p", "轉角24小時的編輯說，2023年8月23日以後還會有更多消息。"),
    ]
    pieces, found = split_writers_lines(story, "轉角24小時")
    assert [piece.text for piece in pieces] == [story[1].text, story[2].text]
    assert [(line.kind, line.text) for line in found] == [("byline", story[0].text)]


def test_the_date_line_under_a_byline_that_goes_on_about_the_writer_stands_at_the_edge():
    pieces = [
        Piece("p", "By Maria Lopez, a deputy editor and author of the Harbour newsletter. She covers the port."),
        Piece("p", "Jun 7, 2023, 8:54 PM UTC|"),
        Piece("p", "The harbour authority approved the new terminal on Tuesday after a year of hearings."),
    ]
    kept, furniture = split_furniture(pieces)
    assert [line.kind for line in furniture] == ["byline", "dateline"]
    assert (furniture[0].author, furniture[1].date) == ("Maria Lopez", "Jun 7, 2023, 8:54 PM UTC")
    assert [piece.text for piece in kept] == [pieces[2].text]


def test_a_signed_and_dated_line_or_a_line_of_labelled_dates_is_furniture_anywhere_and_dates_nothing():
    """In the middle of a page: an item of a list of other articles, or another article's date line."""
    story = "The harbour authority approved the new terminal on Tuesday after a year of hearings."
    pieces = [
        Piece("p", story),
        Piece("p", story),
        Piece("p", "By Maria Lopez Feb 8, 2020 5 min read"),
        Piece("p", "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m."),
        Piece("p", "By Tuesday, the talks had collapsed and the council went home."),
        Piece("p", story),
    ]
    kept, furniture = split_furniture(pieces)
    assert [piece.text for piece in kept] == [story, story, pieces[4].text, story]
    assert [(line.kind, line.date, line.update) for line in furniture] == [("byline", "", ""), ("dateline", "", "")]
    assert furniture[0].author == "Maria Lopez"


@pytest.mark.parametrize(
    "note",
    [
        "September 2, 2010 | This article appeared in the September 20, 2010 edition of The Harbour Review.",
        "7 November 2012 Last updated at 04:12",  # … or when it was updated
        "– Tue Aug 31, 7:21 am ET",  # … or a day without its year, with its clock time
    ],
)
def test_a_date_with_a_note_on_the_article_is_furniture_anywhere_and_dates_nothing(note):
    story = "The harbour authority approved the new terminal on Tuesday after a year of hearings."
    pieces = [Piece("p", story), Piece("p", story), Piece("p", note), Piece("p", story), Piece("p", story)]
    kept, furniture = split_furniture(pieces)
    assert [piece.text for piece in kept] == [story] * 4
    assert [(line.kind, line.text, line.date) for line in furniture] == [("dateline", note, "")]


def test_names_set_off_before_a_labelled_date_are_a_byline():
    line = furniture_of("Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago")
    assert (line.kind, line.author, line.date, line.labelled) == (
        "byline",
        "Pete Evans",
        "Oct 14, 2022 9:27 AM ET",
        True,
    )
    assert line.update == "24 minutes ago"


def test_an_outlet_right_before_the_label_of_its_stamp_is_a_byline():
    line = furniture_of("Harbour News Posted: Oct 05, 2017 7:25 PM CT Last Updated: Oct 05, 2017 10:20 PM CT")
    assert (line.kind, line.author, line.date, line.update) == (
        "byline",
        "Harbour News",
        "Oct 05, 2017 7:25 PM CT",
        "Oct 05, 2017 10:20 PM CT",
    )
    assert getattr(furniture_of("Print Date: 31.10.2023"), "author", "") == ""  # a label of two words, no name


@pytest.mark.parametrize("line", ["Thursday 23 January 2014", "Thu 23 January 2014", "Thursday January 23, 2014"])
def test_a_weekday_starts_a_date_line_it_is_no_writers_name(line):
    found = furniture_of(line)
    assert (found.kind, found.author, found.date) == ("dateline", "", line)


def test_the_standfirst_over_a_byline_leaves_the_date_line_under_it_at_the_storys_top():
    pieces = [
        Piece("p", "“Pence will have to defend Trump and his comments,” a New Hampshire Republican said."),
        Piece("p", "By Steven Shepard"),
        Piece("p", "10/04/2016 05:07 AM EDT"),
        Piece("p", "Tim Kaine isn’t Mike Pence’s only opponent Tuesday night in the debate in Virginia."),
        Piece("p", "Republicans said Pence would have to answer for the comments the nominee made last year."),
    ]
    kept, found = split_furniture(pieces)
    assert [piece.text for piece in kept] == [pieces[0].text, pieces[3].text, pieces[4].text]
    assert [(line.kind, line.date) for line in found] == [("byline", ""), ("dateline", "10/04/2016 05:07 AM EDT")]


def test_a_story_paragraph_between_two_others_is_no_standfirst():
    pieces = [
        Piece("p", "Tim Kaine isn’t Mike Pence’s only opponent Tuesday night in the debate in Virginia."),
        Piece("p", "10/04/2016 05:07 AM EDT"),
        Piece("p", "Republicans said Pence would have to answer for the comments the nominee made last year."),
    ]
    kept, found = split_furniture(pieces)
    # the first paragraph stays story; the stamp under it, off the story's top, is furniture that dates nothing
    assert [piece.text for piece in kept] == [pieces[0].text, pieces[2].text]
    assert [(line.text, line.date) for line in found] == [("10/04/2016 05:07 AM EDT", "")]


def test_a_byline_names_its_section_before_its_date():
    line = furniture_of("Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments")
    assert (line.kind, line.author, line.date) == ("byline", "Michael Larabel", "1 June 2019 at 08:34 PM EDT")
    line = furniture_of("By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm")
    assert (line.author, line.date) == ("Kathy Wise", "December 14, 2016 2:24 pm")


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Published 22:00, 11 July 2021 BST", {"date": "22:00, 11 July 2021 BST", "labelled": True}),
        ("Original: Dec 21, 2016", {"date": "Dec 21, 2016", "labelled": True}),
        ("October 14, 2009 | Marc Lifsher", {"date": "October 14, 2009", "author": "Marc Lifsher"}),
        ("Apr 1, 2014 | Sapa", {"date": "Apr 1, 2014", "author": "Sapa"}),  # one word, set off: a wire's name
        (
            "Press Trust of India | Gandhinagar Last Updated at January 18, 2019 17:18 IST",
            {"author": "Press Trust of India", "update": "January 18, 2019 17:18 IST"},
        ),
        ("This story is from October 9, 2019", {"date": "October 9, 2019", "labelled": True}),
        (
            "Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST",
            {"author": "Saibal Dasgupta", "update": "Oct 9, 2019, 11:05 IST"},
        ),
        ("Written: 2023-11-07 15:03:30", {"date": "2023-11-07 15:03:30", "labelled": True}),
        ("发稿时间：2019-09-08 11:42", {"date": "2019-09-08 11:42", "labelled": True}),
        # a date of numbers with a two-digit year, before its time
        ("By PHILLIP RAWLS 10/ 5/11 09:19 PM ET", {"kind": "byline", "date": "10/ 5/11 09:19 PM ET"}),
        (
            "By MAGGIE HABERMAN & SHIRA TOEPLITZ | 10/9/10 7:15 AM EDT",
            {"kind": "byline", "date": "10/9/10 7:15 AM EDT"},
        ),
        ("Andrew Tarantola 8/17/13 11:04am", {"kind": "byline", "date": "8/17/13 11:04am"}),
        # the page's buttons after its stamp; an editor who picked the story; a print edition's line
        ("时间：2024.05.11 来源：光明日报 作者：南帆分享到：", {"kind": "dateline", "date": "2024.05.11"}),
        (
            "作者：涅阳城 2020年01月12日18:32 浏览：272 收藏觉得不错，我要赞赏",
            {"kind": "byline", "date": "2020年01月12日18:32"},
        ),
        ("2024-05-20 16:25:01 来源:上海奉贤选稿：许文杰", {"kind": "dateline", "date": "2024-05-20 16:25:01"}),
        # views' and comments' counts after a stamp; a stamp and its update, each closed by a full stop
        (
            "Kevin Smith Aug. 6, 2013, 9:22 PM 286,530 9",
            {"kind": "byline", "author": "Kevin Smith", "date": "Aug. 6, 2013, 9:22 PM"},
        ),
        (
            "Published: 4 Mar, 2026 CET. Updated: Wed 4 Mar 2026 14:45 CET",
            {"kind": "dateline", "date": "4 Mar, 2026 CET", "update": "Wed 4 Mar 2026 14:45 CET"},
        ),
        ("Correction: November 17, 2010", {"kind": "update", "update": "November 17, 2010"}),
        (
            "《 人民日报 》（ 2024年05月10日 04 版）",
            {"kind": "dateline", "date": "2024年05月10日", "outlet": "人民日报"},
        ),
        # a stamp's weekday and part of the day; an outlet before its writer's label; where a post was sent from
        ("2024年5月22日週三 上午8:21", {"kind": "dateline", "date": "2024年5月22日週三 上午8:21"}),
        (
            "2024年05月16日 17:02 新京报作者：新京报",
            {"kind": "dateline", "date": "2024年05月16日 17:02", "outlet": "新京报", "author": "新京报"},
        ),
        (
            "2022-06-02 09:52:19政能亮 来自北京市",
            {"kind": "dateline", "date": "2022-06-02 09:52:19", "author": "政能亮"},
        ),
        ("2022-06-02 09:52:19政能亮 IP属地：内蒙古自治区", {"kind": "dateline", "author": "政能亮"}),
        # a stamp glued to the outlet, then the wire's dispatch or the reporter and where the report was filed
        (
            "2018-02-28 14:31中央社 澎湖縣28日電",
            {"kind": "dateline", "date": "2018-02-28 14:31", "outlet": "中央社"},
        ),
        (
            "2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導",
            {"kind": "dateline", "date": "2019-03-18 23:59", "outlet": "聯合報", "author": "陳嘉寧"},
        ),
        # old portals' stamps: the site's address, the outlet in title marks, the writer in brackets, a pager,
        # a comment button glued to the writer
        (
            "http://www.sina.net 2005年03月21日 11:21 《理财周刊》",
            {"kind": "source", "date": "2005年03月21日 11:21", "outlet": "理财周刊", "url": ""},
        ),
        (
            "BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：国际金融报",
            {"kind": "source", "date": "2004年7月16日08:19", "author": "黄宇", "outlet": "国际金融报"},
        ),
        ("AUTO.SOHU.COM 2003年11月12日16:36 金羊网—新快报", {"date": "2003年11月12日16:36", "outlet": "金羊网—新快报"}),
        ("时间：2004年10月21日14:18 作者：郭励弘我来说两句(0)", {"date": "2004年10月21日14:18", "author": "郭励弘"}),
        ("2005-04-05 06:40更新 来源：新闻晨报 第1页/共1页 << 上一页 | 下一页 >>", {"update": "2005-04-05 06:40"}),
        # the print edition's time, the latest update
        ("出版時間：2016/05/21 11:44", {"kind": "dateline", "date": "2016/05/21 11:44"}),
        ("最新更新：2016/03/19 10:48", {"kind": "update", "update": "2016/03/19 10:48"}),
        # a post's date and its category; the outlet in brackets before its stamp; `By:` with a colon
        ("January 29th, 2013 in Pop", {"kind": "dateline", "date": "January 29th, 2013"}),
        (
            "(People's Daily Online) 11:35, November 23, 2022",
            {"kind": "source", "date": "11:35, November 23, 2022", "outlet": "People's Daily Online"},
        ),
        ("By: Patti Domm", {"kind": "byline", "author": "Patti Domm"}),
        # a stamp's counters with thousands; `posted` in small letters; `First Posted`; a weekday after a name
        ("Apr. 24, 2014, 9:49 AM 286,248 40", {"kind": "dateline", "date": "Apr. 24, 2014, 9:49 AM"}),
        (
            "By Richard Lawler posted Aug 18th 2010 7:30PM",
            {"kind": "byline", "author": "Richard Lawler", "date": "Aug 18th 2010 7:30PM"},
        ),
        ("posted on Saturday, August 13th, 2011", {"kind": "dateline", "date": "Saturday, August 13th, 2011"}),
        (
            "First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM",
            {"kind": "dateline", "date": "08-13-10 05:18 PM", "update": "08-14-10 12:41 AM"},
        ),
        (
            "By Bryan Walsh Tuesday, Aug. 17, 2010",
            {"kind": "byline", "author": "Bryan Walsh", "date": "Tuesday, Aug. 17, 2010"},
        ),
        # a label in title case, a time before its date in brackets, a weekday before a number date, a time
        # in brackets after it, a date month first with hyphens after `@`, a desk and a counter
        ("Published Date: 19 January 2008", {"kind": "dateline", "date": "19 January 2008"}),
        ("First Published: 11:47 IST(11/1/2008)", {"kind": "dateline", "date": "11:47 IST(11/1/2008)"}),
        ("Thu, 2008-01-17 15:17.", {"kind": "dateline", "date": "Thu, 2008-01-17 15:17"}),
        ("2014-12-17 (16:31)", {"kind": "dateline", "date": "2014-12-17 (16:31)"}),
        ("- 熱血編輯部 @ 11-22-2014 / 今日", {"kind": "byline", "author": "熱血編輯部", "date": "11-22-2014"}),
        ("最近修改：2014-12-02 14:44:21", {"kind": "update", "update": "2014-12-02 14:44:21"}),
        ("http://paper.wenweipo.com [2014-04-02] 我要評論", {"kind": "source", "date": "2014-04-02"}),
        ("熱血編輯部 @ 05-19-2013 / 2 years ago", {"kind": "byline", "author": "熱血編輯部", "date": "05-19-2013"}),
        (
            "編譯中心 2014年12月13日 09:33 237 點擊數",
            {"kind": "byline", "author": "編譯中心", "date": "2014年12月13日 09:33"},
        ),
        # a time after its date and a colon or a dash, counters set off by bars, a comment button, a writer and
        # an outlet in capitals, an outlet and where it filed from, a name set off before an update's age
        ("October 20, 2015: 3:50 AM ET", {"kind": "dateline", "date": "October 20, 2015: 3:50 AM ET"}),
        (
            "Published: June 14, 2017 — 1:08 PM EDT The Philadelphia Inquirer",
            {"date": "June 14, 2017 — 1:08 PM EDT", "outlet": "The Philadelphia Inquirer", "author": ""},
        ),
        (
            "Linette Lopez | Sep. 21, 2011, 3:17 PM | 1,209 | 5",
            {"kind": "byline", "author": "Linette Lopez", "date": "Sep. 21, 2011, 3:17 PM"},
        ),
        ("Jan 22 2011, 8:00 AM ET Comment", {"kind": "dateline", "date": "Jan 22 2011, 8:00 AM ET"}),
        (
            "Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014",
            {"author": "Doug Stanglin", "outlet": "USA TODAY", "date": "8:42 a.m. EDT October 3, 2014"},
        ),
        ("CNNMoney (New Delhi) October 20, 2015: 3:50 AM ET", {"kind": "source", "outlet": "CNNMoney"}),
        ("Associated Press | Last updated 1 day ago", {"author": "Associated Press", "update": "1 day ago"}),
        # a comma or a dash between the parts, and no space after a date's comma
        ("12/28/2005 3:13:17 PM, by Hannibal", {"date": "12/28/2005 3:13:17 PM", "author": "Hannibal"}),
        ("14 Mar 2017 at 16:45, Andrew Orlowski", {"date": "14 Mar 2017 at 16:45", "author": "Andrew Orlowski"}),
        (
            "By Mohammad Ghazal - Mar 21,2017 - Last updated at Mar 21,2017",
            {"author": "Mohammad Ghazal", "date": "Mar 21,2017", "update": "Mar 21,2017"},
        ),
        # a wire's byline, its desk's title printed twice, an en dash and a day without its year; a name in
        # capitals, then the weekday that starts the day, not a word of the name
        (
            "By JANE DOE, AP Medical Writer Jane Doe, Ap Medical Writer – Fri Feb 5, 5:55 pm ET",
            {"kind": "byline", "yearless": "Fri Feb 5", "author": "JANE DOE"},
        ),
        # two writers and their desk run longer than a sentence may; the name is the writers' alone
        (
            "By JANE DOE and JOHN ROE, Associated Press Writers Jane Doe And John Roe, Associated Press Writers"
            " – Sun Feb 7, 7:18 am ET",
            {"kind": "byline", "yearless": "Sun Feb 7", "author": "JANE DOE and JOHN ROE"},
        ),
        ("JOHN J. ROE Wed Aug 17,12:08 PM ET", {"kind": "byline", "author": "JOHN J. ROE", "yearless": "Wed Aug 17"}),
    ],
)
def test_more_date_lines_of_pages(line, fields):
    found = furniture_of(line)
    assert {name: getattr(found, name) for name in fields} == fields


def test_a_stamp_broken_after_its_time_is_one_line_with_the_date_under_it():
    kept, furniture = split_furniture(
        [
            Piece("p", "Last updated: 2:52 pm\nMarch 12, 2009\nPosted: 2:51 pm\nMarch 12, 2009"),
            Piece("p", "WASHINGTON - FBI agents have arrested a city government worker and another man on Thursday."),
        ]
    )
    assert [(line.kind, line.date or line.update) for line in furniture] == [
        ("update", "2:52 pm March 12, 2009"),
        ("dateline", "2:51 pm March 12, 2009"),
    ]
    assert [piece.text for piece in kept] == [
        "WASHINGTON - FBI agents have arrested a city government worker and another man on Thursday."
    ]


def test_an_embedded_posts_signature_is_furniture_anywhere_and_dates_nothing():
    found = furniture_of("— Tzippy Yarom (@zpyarom) December 19, 2016", at_edge=False)
    assert (found.kind, found.date) == ("embed", "")


@pytest.mark.parametrize(
    "items",
    [
        # headlines with their dates glued on, or before them in brackets, or a stamp before them
        [
            "被妻子强送治疗 中国同性恋男子获赔偿2017年7月4日",
            "中国首例同性婚姻维权案判同性恋者败诉2016年4月13日",
            "中国走红同性恋题材网络剧被迫下架2016年2月24日",
        ],
        [
            "(2025年1月1日)  马羽总向中羽协投诉黄广益",
            "(2025年1月12日)  被传有大马血统可被归化 球星澄清：我是英国人",
            "(2024年12月29日)  女单前2种子安洗莹王祉怡 争夺开年第一冠",
        ],
        [
            "2025-02-26 17:04:10  手机里这几个细节确认好 别让AI “看透”你",
            "2025-02-26 09:00:40  原来药品也有“身份证”！",
            "2025-02-26 16:59:26  当心泄密！",
        ],
        [
            "2023/07/26  總理大位還差幾步？",
            "2023/07/06  當一個「務實的反皇工作者」？",
            "2023/05/24  總理巴育的踉蹌一搏？",
        ],
        [
            "最新消息一人公司拿上億補助惹議 超思負責人喊冤 2023-09-01 16:35",
            "郭台銘：生1個小孩、讓你多養1隻寵物 2023-09-01 16:06",
            "杜絕2G偽基地台詐騙 NCC：新手機即起關閉自動連線 2023-09-01 16:50",
        ],
        [
            "2007-01-31 05:55·中国第一个变性女艺人因压力过大割腕自杀未遂",
            "2006-10-11 04:15·河利秀就“辱华事件”召开新闻发布会",
            "2006-04-26 02:33·夜场“变性女”畸胸病变被掏空",
        ],
        [  # the day's list, by the hour
            "台灣之光江振誠 返鄉賣「台灣味」12:05",
            "16日兒育中心熄燈 新樂園同日開幕18:41",
            "耶誕城情歌夜 丁噹壓軸獻唱嗨翻全場09:11",
        ],
        [
            "延迟退休年龄最新消息：延迟退休政策2017年正式出台 2016/02/16",
            "“延迟退休”真的是世界潮流？ 2015/12/29",
            "有国企退休后比退休前收入高 2015/12/20",
        ],
        [  # a headline and its stamp
            "Public service: Stockwell day axes 245 jobs in first cut Monday, Mar. 08, 2010 10:24AM EST",
            "Tories to unveil public service efficiency plan Sunday, Mar. 07, 2010 11:06PM EST",
            "Austere budget spares the middle class Thursday, Mar. 04, 2010 10:37PM EST",
        ],
        [
            "Neustar and Limelight partner up to fight DDoS on the open Internet - May 24, 2016",
            "Software AG webMethods DevOps Edition announced for continuous delivery - May 23, 2016",
            "Developers Guide to Google I/O 2016 Goodies: Android N, Daydream and Firebase - May 19, 2016",
        ],
        [
            "「嬌滴滴」回嗆網友：無腦(2013-11-29 20:18)",
            "颱風假怎麼放 人事總處說明(2013-11-29 19:02)",
            "北市公車漲價 議會通過(2013-11-28 22:40)",
        ],
        # English headlines in title case, four in a row
        [
            "Standoff at a Hong Kong University Following Night of Violence",
            "Impeachment: Firsthand Witnesses Voice Concerns About July 25 Call",
            "Beijing's Response to Ruling Is Glimpse Into Hong Kong's Legal Future",
            "10 Places to Travel in 2020—Before Everyone Else Does",
        ],
    ],
)
def test_a_list_of_other_articles_headlines_is_furniture(items):
    story = Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city.")
    kept, found = split_furniture([story, *[Piece("p", item) for item in items]])
    assert [piece.text for piece in kept] == [story.text]
    assert [line.kind for line in found] == ["recommended"] * len(items)


@pytest.mark.parametrize(
    "pieces",
    [
        # a story's headings between its paragraphs, and a timeline of dated lines
        [
            Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
            Piece("h", "Bus Lanes Come to Main Street"),
            Piece("p", "Work on the first lane starts in March, the transport office said in a statement on Tuesday."),
            Piece("h", "What Riders Should Expect Next"),
            Piece("p", "Buses will run every six minutes at the busiest hours of the day, officials said."),
            Piece("p", "2019-12-9 工信部收到报告"),
            Piece("p", "2019-12-10 阿里云提交修复方案"),
            Piece("p", "2021-12-22 工信部暂停合作"),
        ],
        # a timeline of dates over what happened (a list of other articles puts its dates under its headlines)
        [
            Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
            Piece("h", "2021年11月24日"),
            Piece("p", "阿里云向Apache报告漏洞。"),
            Piece("h", "2021年12月9日"),
            Piece("p", "工信部收到报告。"),
            Piece("h", "2021年12月22日"),
            Piece("p", "工信部暂停合作。"),
            Piece("p", "The council will meet again in March to decide on two more lanes in the north of the city."),
        ],
        # a schedule the story announces with a colon, each step with its day
        [
            Piece("p", "The electoral commissioner has written to the Governor General to seek approval for two by-elections."),
            Piece("p", "I therefore seek your approval for the election program to be confirmed as follows:"),
            Piece("li", "Issue of Writs – Thursday November 27, 2025"),
            Piece("li", "Close of Nomination – Thursday December 04, 2025"),
            Piece("li", "Commencement of Polling – Saturday January 03, 2026"),
            Piece("li", "End of Polling – Monday January 19, 2026"),
            Piece("p", "Mr Sinai said preparations would begin as soon as the Governor General approved the dates."),
        ],
    ],
)
def test_a_storys_headings_and_timelines_are_no_list_of_headlines(pieces):
    kept, _ = split_furniture(pieces)
    assert [piece.text for piece in kept] == [piece.text for piece in pieces]


def test_headlines_each_over_its_date_alone_are_a_list_of_other_articles():
    story = Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city.")
    items = [
        Piece("h", "泰國新總理難產：皮塔被國家機器追殺，在野聯盟進退維谷"),
        Piece("p", "2023/07/26"),
        Piece("img", ""),
        Piece("h", "總理大位還差幾步？泰國在野大聯盟的政治算計"),
        Piece("p", "2023/07/06"),
        Piece("h", "Why the Port Strike Ended"),
        Piece("p", "May 24, 2023"),
    ]
    kept, found = split_furniture([story, *items])
    assert [piece.text for piece in kept] == [story.text]
    assert [line.kind for line in found] == ["recommended"] * 7
    # … its time glued before the date (`11:142018/09/12`)
    items = [Piece("h", "蘆洲防災都更 可望明年重建"), Piece("li", "04:102018/09/14")] * HEADLINE_LIST_MIN_ITEMS
    kept, found = split_furniture([story, *items])
    assert [piece.text for piece in kept] == [story.text]


def test_headlines_each_under_its_date_alone_are_a_list_of_other_articles():
    story = Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city.")
    items = [
        Piece("p", "December 2025"),
        Piece("h", "Gas prices down"),
        Piece("p", "December 2025"),
        Piece("h", "Auditor General raises flags with contract awarded to renovate lounge"),
        Piece("p", "December 2025"),
        Piece("h", "Kingston mayor says the council is losing money"),
    ]
    kept, found = split_furniture([story, *items])
    assert [piece.text for piece in kept] == [story.text]
    assert [line.kind for line in found] == ["recommended"] * 6
    # a story's timeline dates what happened in paragraphs under its dates: that is story
    timeline = [Piece("p", "December 9, 2021"), Piece("p", "The ministry learnt of the flaw from a report.")] * 3
    kept, _ = split_furniture([story, *timeline])
    assert [piece.text for piece in kept] == [story.text, *(piece.text for piece in timeline)]


def test_a_link_in_a_list_of_other_articles_is_an_item_though_it_asks_a_question():
    pieces = [
        Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
        Piece("p", "其他人也在看"),
        Piece("p", "(2025年1月1日)"),
        Piece("p", "马羽总向中羽协投诉黄广益 网友不解与中国有“半毛线”关系？", links=1),
        Piece("p", "(2023年2月14日)"),
        Piece("p", "烈西：梁峻豪能打进 大马公开赛决赛", links=1),
    ]
    kept, found = split_furniture(pieces)
    assert [piece.text for piece in kept] == [pieces[0].text]
    assert [line.kind for line in found] == ["recommended"] * 5


def test_a_tickers_links_over_the_story_are_no_paragraphs_of_it_so_the_date_line_under_them_is_the_pages():
    ticker = [
        Piece("li", "新版性別工作平等法13日正式上路，除了陪產假從3天延長至5天，另新增5天有薪產檢假。", links=1),
        Piece("li", "歐洲聯盟證實，伊朗和世界強國針對德黑蘭核子計劃的會談，將於本月17日復談，地點未定。", links=1),
    ]
    story = [
        Piece("p", "強烈大陸冷氣團明發威 愈晚愈冷"),
        Piece("p", "2014/12/11 18:58 報導"),
        Piece("p", "受強烈大陸冷氣團影響，明天白天北部低溫約只有13、14度，南部約17到19度，明晚溫度更低。"),
        Piece("p", "中央氣象局表示，明天強烈大陸冷氣團影響，中部以北及東北部氣溫較低，其他地區也偏涼。"),
    ]
    _, found = split_furniture([*ticker, *story])
    assert [(line.kind, line.date) for line in found if line.date] == [("dateline", "2014/12/11 18:58")]


def test_the_date_line_opening_the_first_paragraphs_block_stands_at_the_top_edge():
    pieces = [
        Piece(
            "p",
            "08/01/2008 11:13\nCole: Winning Carling Cup Would Give Chelsea Momentum\nAhead of tonight's "
            "Carling Cup semi-final first-leg, Joe Cole said a trophy in February gives a team momentum.",
        ),
        Piece("p", "Talking of Chelsea's Carling Cup challenge against Everton, the first-leg is tonight."),
    ]
    kept, found = split_furniture(pieces)
    assert [(line.kind, line.date) for line in found] == [("dateline", "08/01/2008 11:13")]
    assert kept[0].text.startswith("Cole: Winning")


def test_a_run_of_blocks_made_of_links_only_is_a_list_of_other_articles():
    story = [
        Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
        Piece("p", "Work on the first lane starts in March, the transport office said in a statement on Tuesday."),
    ]
    links = [
        Piece("p", "台北秋葉原空橋下周動工 三創郭守正親上場說分明", links=1),
        Piece("p", "極北富貴角燈塔 明年9月開放揭神秘面紗", links=1),
        Piece("p", "受少子化衝擊 技職140科系明年停招", links=1),
        Piece("p", "Explosion shuts down oil pipeline on Saturday", links=1),
    ]
    kept, found = split_furniture([story[0], *links, story[1]])
    assert [piece.text for piece in kept] == [piece.text for piece in story]
    assert [line.kind for line in found] == ["recommended"] * 4
    # three links in a row may be a story's own (its sources)
    kept, _ = split_furniture([story[0], *links[:3], story[1]])
    assert len(kept) == 5
    # the list's sections' headings do not split it; a story's paragraph does
    sections = [links[0], links[1], Piece("h", "Feature Articles"), links[2], Piece("h", "Opinion"), links[3]]
    kept, found = split_furniture([story[0], *sections, story[1]])
    assert [piece.text for piece in kept] == [story[0].text, "Feature Articles", "Opinion", story[1].text]
    assert [line.kind for line in found] == ["recommended"] * 4
    kept, _ = split_furniture([story[0], links[0], links[1], story[0], links[2], links[3], story[1]])
    assert len(kept) == 7
    # a list's items that are long headlines, each a link only
    long_items = [
        Piece("li", f"Headline number {n}: the band paid £8.2m in tax last year, while the network paid far less." * 2,
              links=1)
        for n in range(4)
    ]
    kept, found = split_furniture([story[0], *long_items, story[1]])
    assert [piece.text for piece in kept] == [piece.text for piece in story]
    # … but paragraphs that are links only stay story
    long_paragraphs = [Piece("p", item.text, links=1) for item in long_items]
    assert len(split_furniture([story[0], *long_paragraphs, story[1]])[0]) == 6


def test_a_photos_lines_down_to_its_credit_are_its_caption():
    story = [
        Piece("p", "O'Neal took the league by storm, and the franchise built its hopes around him for a decade."),
        Piece(
            "p", "He won three titles in a row with the Lakers, each time named the most valuable player of the finals."
        ),
    ]
    photo = [
        Piece("img", src="shaq.jpg"),
        Piece("p", "1995 NBA Finals - Game 2"),
        Piece("p", "John Biever for Sports Illustrated"),
        Piece("img", src="tunnel.jpg"),
        Piece("p", "Manu Fernandez/AP"),
    ]
    kept, found = split_furniture([story[0], *photo, story[1]])
    assert [piece.text for piece in kept if piece.kind != "img"] == [piece.text for piece in story]
    assert [line.kind for line in found] == ["caption"] * 3
    # a line about going somewhere, under no photo, is story
    pieces = [story[0], Piece("p", "Obama Heads for Paris"), story[1]]
    assert split_furniture(pieces)[0] == pieces


def test_linked_headlines_each_with_its_stamp_and_first_words_are_a_list_of_other_articles():
    story = [
        Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
        Piece("p", "Work on the first lane starts in March, the transport office said in a statement on Tuesday."),
    ]
    items = []
    for headline, stamp, teaser in (
        ("The 10 Worst Presidents", "Jay Tolson | Dec. 31, 2014", "Not all presidents are missed."),
        ("Rep. Tim Murphy to Resign", "Gabrielle Levy | Oct. 5, 2017", "He will resign effective Oct. 21."),
        ("Senate Confirms Quarles", "Andrew Soergel | Oct. 5, 2017", "The Senate on Thursday confirmed him."),
    ):
        items += [Piece("h", headline, links=1), Piece("p", stamp), Piece("p", teaser)]
    kept, found = split_furniture([*story, *items])
    assert [piece.text for piece in kept] == [piece.text for piece in story]
    assert [line.kind for line in found] == ["recommended"] * 9


def test_headlines_each_with_first_words_and_a_dated_byline_are_a_list_of_other_articles():
    story = [
        Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
        Piece("p", "Work on the first lane starts in March, the transport office said in a statement on Tuesday."),
    ]
    items = []
    for section, headline, teaser, byline in (
        ("Entertainment", "Actor Regrets an Early Role", "The film is what made her famous.", "Jane Roe December 9, 2020"),
        ("Travel", "Rating Hotels", "At the end of 2012 a tender for hotel rating was published...", "City News January 1, 2013"),
    ):
        items += [Piece("h", section), Piece("h", headline, links=1), Piece("p", teaser), Piece("p", byline, links=1)]
    kept, found = split_furniture([*story, *items])
    assert [piece.text for piece in kept][:2] == [piece.text for piece in story]
    assert not {piece.text for piece in items[1:4] + items[5:]} & {piece.text for piece in kept}
    assert {"Jane Roe December 9, 2020", "City News January 1, 2013"} <= {line.text for line in found}
    # one such item is the story's own headline, standfirst and byline
    own = [Piece("h", "Council Adds Bus Lanes"), Piece("p", "Two main roads get lanes."), Piece("p", "Jane Roe May 2, 2023")]
    kept, found = split_furniture([*own, *story])
    assert [piece.text for piece in kept][-2:] == [piece.text for piece in story]
    assert "Two main roads get lanes." in [piece.text for piece in kept]


def test_a_line_that_ends_in_a_date_and_its_age_inside_the_page_is_another_articles_stamp():
    """`House Flies Can Carry the Virus Apr 26, 2021 4 days ago`: a story gives no age beside a date."""
    story = [
        Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
        Piece("p", "Work on the first lane starts in March, the transport office said in a statement on Tuesday."),
    ]
    listed = [
        Piece("p", "Source: House Flies Can Carry the Virus Apr 26, 2021 4 days ago"),
        Piece("p", "Mar 28, 2021 1 month ago"),
    ]
    filler = [Piece("p", f"Paragraph {n} of the story goes on about the lanes and what they cost.") for n in range(14)]
    kept, found = split_furniture([story[0], *filler, *listed, *filler, story[1]])
    assert [line.kind for line in found] == ["recommended", "recommended"]
    assert [piece.text for piece in kept] == [story[0].text, *(p.text for p in filler * 2), story[1].text]
    # at the top, a date and its age is the page's own date line
    kept, found = split_furniture([Piece("p", "Feb 25, 2020 1 year ago"), *story])
    assert [(line.kind, line.date) for line in found] == [("dateline", "Feb 25, 2020")]


def test_a_slideshows_slides_counted_up_are_captions_down_to_the_last_slides_credit():
    story = [
        Piece("p", "The council voted 7-2 on Monday to add bus lanes on two main roads across the city."),
        Piece("p", "Work on the first lane starts in March, the transport office said in a statement on Tuesday."),
    ]
    slides = [
        Piece("h", "1/30 United goin down"),
        Piece("li", "The club's absence from the cup hurt more than the fans' pride last year: it dented the bottom line."),
        Piece("li", "GETTY IMAGES"),
        Piece("h", "2/30 Film boosts economy"),
        Piece("li", "Production of the next film brought an economic impact of some £150 million, the office said on Friday."),
        Piece("h", "3/30 City for sale"),
        Piece("li", "The airport was put up for sale by its owner, which bought it in 2006."),
        Piece("li", "Getty"),
    ]
    kept, found = split_furniture([story[0], *slides, story[1]])
    assert [piece.text for piece in kept] == [piece.text for piece in story]
    assert [line.kind for line in found] == ["caption"] * len(slides)
    # two counted slides are no slideshow; nor are counts that do not count up
    assert len(split_furniture([story[0], *slides[:5], story[1]])[0]) == 7
    shuffled = [slides[3], slides[4], slides[0], slides[1], slides[5], slides[6]]
    assert len(split_furniture([story[0], *shuffled, story[1]])[0]) == 8
    # a story told in slides keeps them, its last slide's words too
    assert len(split_furniture(slides)[0]) == len(slides)
    told = [Piece("p", "By Maria Lopez")]
    for number, title in enumerate(("Not a flagship", "Pocket friendly", "Cheaper than the rest"), start=1):
        told += [
            Piece("p", f"{number}/3"),
            Piece("h", title),
            Piece("p", f"The phone is the {title.lower()} model the company has made, its chief said on Monday."),
        ]
    assert [piece.text for piece in split_furniture(told)[0]] == [piece.text for piece in told[1:]]


def test_a_print_editions_note_is_furniture_wherever_it_stands():
    """No story says of itself that it appeared in print: the note's day dates nothing, above a footer or not."""
    line = "This column first appeared in the print edition on March 16, 2022 under the title ‘Prague spring’."
    found = furniture_of(line, at_edge=False)
    assert found is not None and found.kind == "source"
