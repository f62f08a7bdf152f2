// Progressive enhancement only: every page works without this script.
//  - The overview says under the drawing what the marker or band under the pointer (or with focus) is, and
//    lights its event up in the list; on a touch screen the first tap shows what a marker is, with a link.
//  - j / k (or the arrow keys once an event has focus) move between events; Enter opens one.
//  - On event pages, j / k go to the next / previous event.
//  - On the timeline, the filter links filter the list in place instead of opening their page.
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName));
  }

  var hints = document.querySelectorAll(".keyboard-hint");
  for (var h = 0; h < hints.length; h++) hints[h].hidden = false;

  // -- the overview: what is under the pointer, said in words ---------------------
  Array.prototype.forEach.call(document.querySelectorAll(".overview"), function (figure) {
    var readout = figure.querySelector(".overview-readout");
    var caption = figure.querySelector("figcaption");
    if (!readout) return;
    var lit = null, tapped = null, touch = false;

    function show(link) {
      if (lit) lit.classList.remove("pointed");
      var id = link.getAttribute("data-event");
      var item = id && document.getElementById(id);
      lit = item && item.matches("li.event") ? item : null;
      if (lit) lit.classList.add("pointed");
      if (caption) caption.hidden = true;
      readout.hidden = false;
      readout.textContent = "";
      var go = document.createElement("a");
      go.href = link.getAttribute("href");
      go.textContent = link.getAttribute("aria-label") + " →";
      readout.appendChild(go);
    }

    function linkOf(target) {
      var link = target && target.closest ? target.closest("a[aria-label]") : null;
      return link && figure.contains(link) && !readout.contains(link) ? link : null;
    }

    figure.addEventListener("pointerdown", function (down) { touch = down.pointerType === "touch"; });
    figure.addEventListener("pointerover", function (over) {
      var link = linkOf(over.target);
      if (link && over.pointerType !== "touch") show(link);
    });
    figure.addEventListener("focusin", function (focus) {
      var link = linkOf(focus.target);
      if (link) show(link);
    });
    // A dot is small under a finger: the first tap says what it is, the link under the drawing goes there.
    figure.addEventListener("click", function (click) {
      var link = linkOf(click.target);
      if (link && touch && tapped !== link) {
        click.preventDefault();
        tapped = link;
        show(link);
      }
    });
  });

  // -- event pages: j / k to the next / previous event ------------------------------
  var next = document.querySelector("a[rel=next]");
  var prev = document.querySelector("a[rel=prev]");
  if (document.querySelector(".event-page")) {
    document.addEventListener("keydown", function (key) {
      if (typing(key.target) || key.ctrlKey || key.metaKey || key.altKey) return;
      var link = key.key === "j" ? next : key.key === "k" ? prev : null;
      if (link) { key.preventDefault(); link.click(); }
    });
    return;
  }

  // -- lists of events: keyboard movement ----------------------------------------
  var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  if (!items.length) return;
  items.forEach(function (item) { item.tabIndex = -1; });

  function visible() {
    return items.filter(function (item) { return !item.closest("[hidden]") && !item.hidden; });
  }

  function move(step) {
    var shown = visible();
    if (!shown.length) return;
    var at = shown.indexOf(document.activeElement && document.activeElement.closest("li.event"));
    var target = at === -1 ? (step > 0 ? 0 : shown.length - 1) : Math.max(0, Math.min(shown.length - 1, at + step));
    shown[target].focus({ preventScroll: true });
    shown[target].scrollIntoView({ block: "center", behavior: "auto" });
  }

  document.addEventListener("keydown", function (key) {
    if (typing(key.target) || key.ctrlKey || key.metaKey || key.altKey) return;
    var onEvent = document.activeElement && document.activeElement.matches && document.activeElement.matches("li.event");
    if (key.key === "j" || (onEvent && key.key === "ArrowDown")) { move(1); key.preventDefault(); }
    else if (key.key === "k" || (onEvent && key.key === "ArrowUp")) { move(-1); key.preventDefault(); }
    else if (onEvent && key.key === "Enter") {
      var link = document.activeElement.querySelector(".event-title a");
      if (link) { link.click(); key.preventDefault(); }
    }
  });

  // -- an event chosen in the overview (or by #id) takes the focus, shown even when a filter hides it --
  var unfilter = null;
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.matches("li.event")) {
      if (target.hidden && unfilter) unfilter();
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "center" });
    }
  }
  window.addEventListener("hashchange", reveal);

  // -- the timeline: filters in place ------------------------------------------------
  var status = document.getElementById("filter-status");
  var clear = document.getElementById("clear-filter");
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-filter]"));
  if (!status || !links.length) {
    if (location.hash) reveal();
    return;
  }
  var markers = Array.prototype.slice.call(document.querySelectorAll(".overview a[data-event]"));
  var active = null;

  function apply(kind, value, link) {
    active = kind ? { kind: kind, value: value } : null;
    var shown = 0;
    items.forEach(function (item) {
      var values = kind ? (item.getAttribute("data-" + kind) || "").split(" ") : [];
      item.hidden = !!kind && values.indexOf(value) === -1;
      if (!item.hidden) shown++;
    });
    var sections = document.querySelectorAll(".timeline .period, .timeline .year");
    for (var s = 0; s < sections.length; s++) {
      sections[s].hidden = !sections[s].querySelector("li.event:not([hidden])");
    }
    var hiddenIds = {};
    items.forEach(function (item) { if (item.hidden) hiddenIds[item.id] = true; });
    markers.forEach(function (marker) {
      marker.classList.toggle("dimmed", !!hiddenIds[marker.getAttribute("data-event")]);
    });
    links.forEach(function (other) {
      if (other === link) other.setAttribute("aria-current", "true");
      else other.removeAttribute("aria-current");
    });
    clear.hidden = !kind;
    status.textContent = kind ? status.getAttribute("data-template")
      .replace("{shown}", shown).replace("{total}", status.getAttribute("data-total"))
      .replace("{label}", link ? link.querySelector("span").textContent : value) : "";
    var url = new URL(location.href);
    ["entity", "source", "tag", "language"].forEach(function (name) { url.searchParams.delete(name); });
    if (kind) url.searchParams.set(kind, value);
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
  }

  links.forEach(function (link) {
    link.addEventListener("click", function (click) {
      if (click.ctrlKey || click.metaKey || click.shiftKey || click.button !== 0) return;
      click.preventDefault();
      var kind = link.getAttribute("data-filter"), value = link.getAttribute("data-value");
      if (active && active.kind === kind && active.value === value) apply(null);
      else apply(kind, value, link);
    });
  });
  clear.addEventListener("click", function () { apply(null); });
  unfilter = function () { apply(null); };

  var params = new URLSearchParams(location.search);
  ["entity", "source", "tag", "language"].forEach(function (kind) {
    var value = params.get(kind);
    if (!value) return;
    var link = links.filter(function (l) {
      return l.getAttribute("data-filter") === kind && l.getAttribute("data-value") === value;
    })[0];
    if (link) apply(kind, value, link);
  });
  if (location.hash) reveal();
})();
