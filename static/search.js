// Search with Pagefind's JavaScript API (its index segments Chinese).
// Without JavaScript the page lists every event instead. Results reuse that list's
// markup, so each shows the event's date as this UI language writes it and links to
// the event page in this UI; Pagefind adds the excerpt with the words found.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var allEvents = document.getElementById("all-events");
  var siteRoot = form.getAttribute("data-site-root");
  var pagefind = null;
  var latest = 0;

  // A large site's index is split by date into bundles; the first is loaded, the others merged into it.
  function load() {
    if (!pagefind) {
      var bundles = (form.getAttribute("data-bundles") || "pagefind/").split(" ");
      var at = function (folder) { return new URL(siteRoot + folder, location.href).href; };
      pagefind = import(at(bundles[0]) + "pagefind.js").then(function (module) {
        return module.options({ excerptLength: 24 }).then(function () {
          return Promise.all(bundles.slice(1).map(function (folder) {
            return module.mergeIndex(at(folder), { excerptLength: 24 });
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
    var language = form.getAttribute("data-index-language");
    if (!language || typeof Intl === "undefined" || !Intl.Segmenter) return query;
    var parts = [];
    for (var part of new Intl.Segmenter(language, { granularity: "word" }).segment(query)) {
      if (part.segment.trim()) parts.push(part.segment);
    }
    return parts.join(" ");
  }

  function listed(id) {
    return allEvents.querySelector('li[data-event="' + CSS.escape(id) + '"]');
  }

  // The excerpt is HTML from the index of our own pages; keep only its text and <mark>s.
  function excerpt(html) {
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body.firstChild;
    var out = document.createElement("p");
    out.className = "excerpt";
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function show(query, found) {
    results.textContent = "";
    found.forEach(function (data) {
      var match = /events\/([^/]+)\.html$/.exec(data.url);
      var original = match && listed(decodeURIComponent(match[1]));
      if (!original) return;
      var item = original.cloneNode(true);
      item.removeAttribute("data-event");
      item.className = "search-result";
      if (data.excerpt) {
        item.lang = original.querySelector("a").lang || "";
        item.appendChild(excerpt(data.excerpt));
      }
      results.appendChild(item);
    });
    var count = results.children.length;
    status.textContent = count === 1 ? form.getAttribute("data-result-one")
      : count ? form.getAttribute("data-results").replace("{n}", count)
      : form.getAttribute("data-no-results").replace("{q}", query);
    results.hidden = !count;
    allEvents.hidden = count > 0;
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
    load().then(function (module) {
      return module.search(segmented(query));
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
