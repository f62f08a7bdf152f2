// Search with Pagefind's JavaScript API (its index segments Chinese) over the event and source pages.
// Without JavaScript the page lists every event instead. An event result reuses that list's markup,
// so it shows the event's date as this UI language writes it and links to the event page in this UI;
// a source result is made from what its page gave the index (its title, and a line in each UI language).
// Under each result, the sentence where the words were found, cut at word boundaries when it is long.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var allEvents = document.getElementById("all-events");
  var siteRoot = form.getAttribute("data-site-root");
  var root = form.getAttribute("data-root");
  var indexLanguage = form.getAttribute("data-index-language") || "";
  var pageLanguage = document.documentElement.lang || "";
  var pagefind = null;
  var simplified = null;
  var latest = 0;

  // A snippet is at most this wide, a Chinese character counting two: about two lines under a result.
  var SNIPPET_WIDTH = 150;
  var HAN = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef";  // with Chinese punctuation
  var HAN_CHARACTER = new RegExp("[" + HAN + "]");
  var CHINESE_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;

  // A large site's index is split by date into bundles; the first is loaded, the others merged into it.
  function load() {
    if (!pagefind) {
      var bundles = (form.getAttribute("data-bundles") || "pagefind/").split(" ");
      var at = function (folder) { return new URL(siteRoot + folder, location.href).href; };
      pagefind = import(at(bundles[0]) + "pagefind.js").then(function (module) {
        return module.options({ excerptLength: 30 }).then(function () {
          return Promise.all(bundles.slice(1).map(function (folder) {
            return module.mergeIndex(at(folder), { excerptLength: 30 });
          }));
        }).then(function () { module.init(); return module; });
      });
    }
    return pagefind;
  }

  // Pagefind splits a query into words by the page's language. The index is in the
  // site's language, so split it that way here, or "工信部" on an English page would
  // only match where it starts a word.
  function segmented(query) {
    if (!indexLanguage || typeof Intl === "undefined" || !Intl.Segmenter) return query;
    var parts = [];
    for (var part of new Intl.Segmenter(indexLanguage, { granularity: "word" }).segment(query)) {
      if (part.segment.trim()) parts.push(part.segment);
    }
    return parts.join(" ");
  }

  // A query typed in traditional characters, in simplified ones: the index holds every page's text in
  // simplified characters too (search.search_terms), so one query finds it in either script. The table
  // (search.simplified_table) is loaded the first time a query has a Chinese character in it.
  function folded(query) {
    if (!HAN_CHARACTER.test(query)) return Promise.resolve(query);
    if (!simplified) {
      simplified = fetch(new URL(siteRoot + "assets/han-simplified.txt", location.href).href)
        .then(function (response) { return response.ok ? response.text() : ""; })
        .then(function (pairs) {
          var table = new Map();
          var characters = Array.from(pairs);
          for (var i = 0; i + 1 < characters.length; i += 2) table.set(characters[i], characters[i + 1]);
          return table;
        })
        .catch(function () { return new Map(); });
    }
    return simplified.then(function (table) {
      return Array.from(query).map(function (character) { return table.get(character) || character; }).join("");
    });
  }

  function listed(id) {
    return allEvents.querySelector('li[data-event="' + CSS.escape(id) + '"]');
  }

  // Text as readers write it, without the spaces Pagefind puts between elements where Chinese has
  // none (after Chinese punctuation, between Chinese characters) and the full stops it puts after a
  // Chinese heading (a line break instead); `at` maps each place in the text given to its place in the
  // text returned.
  function tidy(text) {
    var out = "", at = [];
    for (var i = 0; i < text.length; i++) {
      at.push(out.length);
      var before = out[out.length - 1] || "", next = text.slice(i).trimStart()[0] || "";
      if (/\s/.test(text[i]) && (CHINESE_PUNCTUATION.test(before) || HAN_CHARACTER.test(before) && HAN_CHARACTER.test(next))) {
        continue;
      }
      // the full stop Pagefind puts after a heading or paragraph that ends in a Chinese character: a line
      // break instead, which ends the sentence as the full stop did, and is cut off the snippet's ends
      if (text[i] === "." && HAN_CHARACTER.test(before) && (!text[i + 1] || /\s/.test(text[i + 1]))) {
        out += "\n";
        continue;
      }
      out += text[i];
    }
    at.push(out.length);
    return { text: out, at: at };
  }

  // The excerpt is HTML from the index of our own pages: its text, and where its <mark>s are in it.
  function parseExcerpt(html) {
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body.firstChild;
    var text = "";
    var marks = [];
    parsed.childNodes.forEach(function (node) {
      var piece = node.textContent;
      if (node.nodeName === "MARK" && piece.trim()) marks.push([text.length, text.length + piece.trimEnd().length]);
      text += piece;
    });
    return { text: text, marks: marks };
  }

  function width(text) {
    var han = text.match(new RegExp("[" + HAN + "]", "g"));
    return text.length + (han ? han.length : 0);
  }

  function segments(text, granularity) {
    if (typeof Intl === "undefined" || !Intl.Segmenter) return null;
    return Array.from(new Intl.Segmenter(indexLanguage || pageLanguage, { granularity: granularity }).segment(text));
  }

  // The sentence of `content` that holds [start, end), as [from, to]; cut to SNIPPET_WIDTH at word
  // boundaries around the match when the sentence is longer.
  function around(content, start, end) {
    var from = 0, to = content.length;
    var sentences = segments(content, "sentence");
    if (sentences) {
      sentences.forEach(function (sentence) {
        if (sentence.index <= start && start < sentence.index + sentence.segment.length) {
          from = sentence.index;
          to = sentence.index + sentence.segment.length;
        }
      });
    }
    while (from < to && /[\s…]/.test(content[from])) from++;  // the page's own marks of text left out, too
    while (to > from && /[\s…]/.test(content[to - 1])) to--;
    if (width(content.slice(from, to)) <= SNIPPET_WIDTH) return [from, to];
    var words = segments(content.slice(from, to), "word");
    if (!words) return [Math.max(from, start - 20), Math.min(to, end + 40)];
    var first = 0, last = words.length - 1;
    words.forEach(function (word, n) {
      if (from + word.index <= start) first = n;
      if (from + word.index < end) last = n;
    });
    var used = width(content.slice(from + words[first].index, from + words[last].index + words[last].segment.length));
    // Grow after the match first (a reader reads on from it), then before it.
    while (last + 1 < words.length && used + width(words[last + 1].segment) <= SNIPPET_WIDTH * 0.75) {
      used += width(words[++last].segment);
    }
    while (first > 0 && used + width(words[first - 1].segment) <= SNIPPET_WIDTH) used += width(words[--first].segment);
    while (last + 1 < words.length && used + width(words[last + 1].segment) <= SNIPPET_WIDTH) {
      used += width(words[++last].segment);
    }
    var begin = from + words[first].index;
    while (begin < start && /[\s,，、;；:：]/.test(content[begin])) begin++;  // a cut never starts on a comma
    var finish = from + words[last].index + words[last].segment.length;
    while (finish > end && /\s/.test(content[finish - 1])) finish--;
    return [begin, finish];
  }

  // Pagefind's Chinese index breaks "Zealand's" into words, and may then match the lone "s" to a longer
  // query word: a result whose only matches are such letters is no match.
  var STRAY = /^[a-z0-9]$/i;

  function strayOnly(data) {
    var marks = parseExcerpt(data.excerpt || "");
    return marks.marks.length > 0 && marks.marks.every(function (mark) {
      return STRAY.test(marks.text.slice(mark[0], mark[1]).trim());
    }) && segmented(input.value).split(" ").every(function (word) { return word.length > 1; });
  }

  // Where the words Pagefind matched are in content, in order: [start, end] pairs, none overlapping.
  function occurrences(content, words) {
    var lower = content.toLowerCase();
    var haystack = lower.length === content.length ? lower : content;
    var found = [];
    words.forEach(function (word) {
      for (var at = haystack.indexOf(word); word && at >= 0; at = haystack.indexOf(word, at + word.length)) {
        found.push([at, at + word.length]);
      }
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    return found.filter(function (range, n) { return !n || range[0] >= found[n - 1][1]; });
  }

  // Every entity line in the index is its names joined by this (search.entity_terms).
  var NAME_SEPARATOR = " · ";

  // The first sentence holding one of the places that the result does not already show, as
  // { range: [from, to], names: the names it lists when it is an entity line }; null when there is none.
  function sentenceWith(content, places, shown) {
    var squeezed = shown.replace(/\s+/g, "");
    for (var n = 0; n < places.length; n++) {
      var cut = around(content, places[n][0], places[n][1]);
      var sentence = content.slice(cut[0], cut[1]).replace(/[.\s]+$/, "");
      if (sentence && squeezed.indexOf(sentence.replace(/\s+/g, "")) < 0) {
        var names = sentence.indexOf(NAME_SEPARATOR) >= 0 ? sentence.split(NAME_SEPARATOR) : null;
        return { range: cut, names: names };
      }
    }
    return null;
  }

  // The snippet under a result: the first sentence where the words were found that the result does not
  // already show (its date and title), with the words marked; null when there is none. The page's
  // order puts what it shows before what it only gives the index (search.search_terms). Built as text
  // nodes and <mark>s: nothing from the index becomes markup.
  function snippet(data, shown) {
    var excerpt = parseExcerpt(data.excerpt || "");
    var raw = data.content || "";
    var at = excerpt.text ? raw.indexOf(excerpt.text) : -1;
    if (at < 0) {  // the excerpt is not where the content has it: cut it as Pagefind did
      raw = excerpt.text;
      at = 0;
    }
    var tidied = tidy(raw);
    var content = tidied.text;
    var first = excerpt.marks.map(function (mark) { return [tidied.at[mark[0] + at], tidied.at[mark[1] + at]]; });
    var words = first.map(function (mark) { return content.slice(mark[0], mark[1]).trim().toLowerCase(); })
      .filter(function (word) { return !STRAY.test(word); });
    var all = occurrences(content, words.filter(function (word, n) { return word && words.indexOf(word) === n; }));
    var found = sentenceWith(content, all.length ? all : first, shown);  // in the page's order: headline, summary, quotes
    if (found && found.names) {
      // A line of an entity's names, which the page gives the index only (search.entity_terms): show where
      // the page itself names the entity, under any of those names, if it does.
      var names = found.names.map(function (name) { return name.toLowerCase(); });
      var named = occurrences(content.slice(0, found.range[0]), names.filter(function (name) { return name.length > 1; }));
      var where = sentenceWith(content, named, shown);
      if (where && !where.names) found = { range: where.range, marks: named };
    }
    var range = found && found.range;
    all = found && found.marks || all;
    if (!range) return null;
    var out = document.createElement("p");
    out.className = "excerpt";
    var position = range[0];
    if (range[0] > 0) out.appendChild(document.createTextNode("…"));
    all.forEach(function (mark) {
      if (mark[0] < position || mark[1] > range[1]) return;
      out.appendChild(document.createTextNode(content.slice(position, mark[0])));
      var marked = document.createElement("mark");
      marked.textContent = content.slice(mark[0], mark[1]);
      out.appendChild(marked);
      position = mark[1];
    });
    out.appendChild(document.createTextNode(content.slice(position, range[1])));
    if (range[1] < content.length) out.appendChild(document.createTextNode("…"));
    return out;
  }

  // The lang attribute a text in `language` needs on this page, or "".
  function langFor(language) {
    return language && language.split("-")[0] !== pageLanguage.split("-")[0] ? language : "";
  }

  function eventResult(id, data) {
    var original = listed(id);
    if (!original) return null;
    var item = original.cloneNode(true);
    item.removeAttribute("data-event");
    item.className = "search-result";
    return item;
  }

  function sourceResult(id, data) {
    var meta = data.meta || {};
    var item = document.createElement("li");
    item.className = "search-result source-result";
    var line = document.createElement("span");
    line.className = "event-date";
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = form.getAttribute("data-kind-source");
    line.appendChild(kind);
    var details = meta["details_" + pageLanguage.split("-")[0]];
    if (details) line.appendChild(document.createTextNode(" · " + details));
    var link = document.createElement("a");
    link.href = root + "sources/" + encodeURIComponent(id) + ".html";
    link.textContent = meta.title || id;
    var lang = langFor(meta.language);
    if (lang) link.lang = lang;
    item.appendChild(line);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(link);
    return item;
  }

  function counted(n, one, many) {
    return n === 1 ? form.getAttribute(one) : form.getAttribute(many).replace("{n}", n);
  }

  function show(query, found) {
    results.textContent = "";
    var items = { events: [], sources: [] };
    found.forEach(function (data) {
      var match = /(events|sources)\/([^/]+)\.html$/.exec(data.url);
      if (!match || strayOnly(data)) return;
      var id = decodeURIComponent(match[2]);
      var item = match[1] === "events" ? eventResult(id, data) : sourceResult(id, data);
      if (!item) return;
      var cut = data.excerpt ? snippet(data, item.textContent) : null;
      if (cut) {
        var lang = match[1] === "events" ? (item.querySelector("a").lang || "") : langFor((data.meta || {}).language);
        if (lang) cut.lang = lang;
        item.appendChild(cut);
      }
      items[match[1]].push(item);
    });
    // The events first: the timeline is what readers came for; then the sources that say it.
    items.events.concat(items.sources).forEach(function (item) { results.appendChild(item); });
    var events = items.events.length, sources = items.sources.length;
    var parts = [];
    if (events) parts.push(counted(events, "data-event-one", "data-events"));
    if (sources) parts.push(counted(sources, "data-source-one", "data-sources"));
    status.textContent = !parts.length ? form.getAttribute("data-no-results").replace("{q}", query)
      : form.getAttribute("data-found").replace("{found}", parts.length === 2
        ? form.getAttribute("data-both").replace("{events}", parts[0]).replace("{sources}", parts[1]) : parts[0]);
    results.hidden = !(events + sources);
    allEvents.hidden = events + sources > 0;
  }

  function run(query) {
    var ticket = ++latest;
    query = query.trim();
    var url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(history.state, "", url.pathname + url.search);
    if (!query) {
      status.textContent = "";
      results.hidden = true;
      allEvents.hidden = false;
      return;
    }
    status.textContent = form.getAttribute("data-loading");
    Promise.all([load(), folded(query)]).then(function (ready) {
      return ready[0].search(segmented(ready[1]));
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 50).map(function (result) { return result.data(); }));
    }).then(function (found) {
      if (ticket === latest) show(query, found);
    }).catch(function () {
      if (ticket !== latest) return;
      status.textContent = form.getAttribute("data-error");
      results.hidden = true;
      allEvents.hidden = false;
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 180);
  });
  form.addEventListener("submit", function (submit) {
    submit.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
