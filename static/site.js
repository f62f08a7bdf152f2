// Progressive enhancement only: every page works without this script.
// j / k (or arrow keys with Alt) move between events on list pages.
(function () {
  "use strict";
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  if (!events.length) return;
  events.forEach(function (item) { item.tabIndex = -1; });
  var current = -1;
  document.addEventListener("keydown", function (key) {
    var target = key.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (key.ctrlKey || key.metaKey) return;
    var step = 0;
    if (key.key === "j" || (key.altKey && key.key === "ArrowDown")) step = 1;
    if (key.key === "k" || (key.altKey && key.key === "ArrowUp")) step = -1;
    if (!step) return;
    var active = events.indexOf(document.activeElement);
    if (active !== -1) current = active;
    current = Math.max(0, Math.min(events.length - 1, current + step));
    events[current].focus();
    events[current].scrollIntoView({ block: "center" });
    key.preventDefault();
  });
})();
