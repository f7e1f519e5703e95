/* The interactive chronology: visual timeline, density strip, and filters without reloads.
 *
 * The server-rendered page is complete on its own (a GET form and a paginated list). This script
 * adds, on top of it:
 * - filters applied with fetch: the list is re-rendered by the server (same template, asked for
 *   with the X-Chronicle-Fragment header) and the URL follows with history.pushState;
 * - a vis-timeline loading events from /api/events/ for the visible window only, page by page;
 * - a density strip from /api/events/histogram/ that doubles as a date-range selector;
 * - a card for the selected event, synced between the timeline and the list, and keyboard
 *   navigation through the list (↑/↓ or j/k, Esc closes the card).
 */
(function () {
  "use strict";

  const root = document.querySelector("[data-chronology]");
  if (!root) return;

  const FILTERS = ["q", "date_from", "date_to", "type", "actor", "place", "status", "ordering"];
  const MAX_ITEMS_PER_WINDOW = 1000;
  const DAY = 24 * 60 * 60 * 1000;
  const TYPE_LABELS = {};

  const form = root.querySelector("[data-filters]");
  const listHolder = root.querySelector("[data-list]");
  const card = root.querySelector("[data-card]");
  const visual = root.querySelector("[data-visual]");
  const statusLine = root.querySelector("[data-status]");
  const densitySvg = root.querySelector("[data-density-svg]");
  const timelineHolder = root.querySelector("[data-timeline]");
  const fixed = JSON.parse(document.getElementById("chronology-fixed").textContent);
  const apiUrl = root.dataset.api;
  const histogramUrl = root.dataset.histogram;

  form.querySelectorAll('input[name="type"]').forEach((box) => {
    TYPE_LABELS[box.value] = box.parentElement.textContent.trim();
  });

  /* ---------- small helpers ---------- */

  function isoDay(date) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  function parseDay(text) {
    const [y, m, d] = text.slice(0, 10).split("-").map(Number);
    return new Date(y, m - 1, d);
  }

  function addDays(date, days) {
    const copy = new Date(date);
    copy.setDate(copy.getDate() + days);
    return copy;
  }

  /* A filter date (2024, 2024-02 or 2024-02-08) as the first or last day it covers. */
  function boundOf(text, last) {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec((text || "").trim());
    if (!match) return null;
    const year = Number(match[1]);
    if (!match[2]) return last ? new Date(year, 11, 31) : new Date(year, 0, 1);
    const month = Number(match[2]) - 1;
    if (!match[3]) return last ? new Date(year, month + 1, 0) : new Date(year, month, 1);
    return new Date(year, month, Number(match[3]));
  }

  function shorten(text, length) {
    return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
  }

  const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

  function escapeHtml(text) {
    const div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value !== null && value !== undefined) node.setAttribute(name, value);
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === "") return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function debounce(fn, wait) {
    let timer;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), wait);
    };
  }

  async function getJson(url) {
    const response = await fetch(url, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(`${response.status} from ${url}`);
    return response.json();
  }

  /* ---------- filter state: form <-> URL ---------- */

  /* The filters in the form, without empty values (the fixed actor/place of an actor or place
   * page stays out of the URL: the path already says it). */
  function formParams() {
    const params = new URLSearchParams();
    new FormData(form).forEach((value, name) => {
      if (FILTERS.includes(name) && String(value).trim()) params.append(name, String(value).trim());
    });
    return params;
  }

  /* Parameters for the API: the form's plus the page's fixed actor or place. */
  function apiParams(params) {
    const result = new URLSearchParams();
    params.forEach((value, name) => {
      if (FILTERS.includes(name)) result.append(name, value);
    });
    Object.entries(fixed).forEach(([name, value]) => result.set(name, value));
    return result;
  }

  function fillForm(params) {
    form.querySelectorAll("input, select").forEach((input) => {
      if (!FILTERS.includes(input.name)) return;
      if (input.type === "checkbox") {
        input.checked = params.getAll(input.name).includes(input.value);
      } else {
        input.value = params.get(input.name) || "";
      }
    });
    const group = params.get("group") === "actor" ? "actor" : "type";
    const radio = root.querySelector(`input[name="group"][value="${group}"]`);
    if (radio) radio.checked = true;
  }

  function currentGroupMode() {
    const checked = root.querySelector('input[name="group"]:checked');
    return checked ? checked.value : "type";
  }

  function urlFor(params) {
    const query = params.toString();
    return location.pathname + (query ? `?${query}` : "");
  }

  /* ---------- the list (server-rendered fragment) ---------- */

  let listRequest = 0;

  async function loadList(params) {
    const request = ++listRequest;
    listHolder.setAttribute("aria-busy", "true");
    const response = await fetch(urlFor(params), {
      headers: { "X-Chronicle-Fragment": "list" },
      credentials: "same-origin",
    });
    const html = await response.text();
    if (request !== listRequest) return null;
    listHolder.innerHTML = html;
    listHolder.removeAttribute("aria-busy");
    return listHolder.querySelector("#event-list");
  }

  function listRows() {
    return Array.from(listHolder.querySelectorAll(".event-row[data-event-id]"));
  }

  /* ---------- applying filters ---------- */

  async function apply(params, { push }) {
    const withGroup = new URLSearchParams(params);
    withGroup.delete("group");
    if (currentGroupMode() === "actor") withGroup.set("group", "actor");
    if (push) history.pushState(null, "", urlFor(withGroup));
    closeCard();
    const list = await loadList(params);
    if (!list) return;
    if (timeline) {
      resetTimelineData();
      fitToList(list);
      loadDensity();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(formParams(), { push: true });
  });

  form.addEventListener("change", (event) => {
    // Checkboxes and the status menu apply at once; text fields on Enter or "Apply filters".
    if (event.target.type === "checkbox" || event.target.tagName === "SELECT") {
      apply(formParams(), { push: true });
    }
  });

  const resetLink = form.querySelector("[data-reset]");
  if (resetLink) {
    resetLink.addEventListener("click", (event) => {
      event.preventDefault();
      fillForm(new URLSearchParams());
      apply(new URLSearchParams(), { push: true });
    });
  }

  listHolder.addEventListener("click", (event) => {
    const pageLink = event.target.closest(".pager a");
    if (pageLink) {
      event.preventDefault();
      const params = new URL(pageLink.href).searchParams;
      apply(params, { push: true }).then(() => listHolder.querySelector("h2")?.scrollIntoView());
      return;
    }
    const row = event.target.closest(".event-row[data-event-id]");
    if (row && !event.target.closest("a")) selectEvent(row.dataset.eventId, { from: "list" });
  });

  window.addEventListener("popstate", () => {
    const params = new URLSearchParams(location.search);
    fillForm(params);
    if (timeline) rebuildItems();
    apply(params, { push: false });
  });

  /* ---------- keyboard navigation through the list ---------- */

  listHolder.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };
    if (!(event.key in keys)) return;
    const rows = listRows();
    const current = event.target.closest(".event-row[data-event-id]");
    const index = current ? rows.indexOf(current) : -1;
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + keys[event.key]))];
    if (!next) return;
    event.preventDefault();
    next.querySelector(".event-title").focus();
    selectEvent(next.dataset.eventId, { from: "keyboard" });
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !card.hidden) {
      const selectedRow = listHolder.querySelector(".event-row.selected .event-title");
      closeCard();
      if (selectedRow) selectedRow.focus();
    }
  });

  /* ---------- selection and the card ---------- */

  const events = new Map(); // event id -> API item, for events loaded into the timeline

  async function selectEvent(id, { from }) {
    id = String(id);
    listRows().forEach((row) => {
      const selected = row.dataset.eventId === id;
      row.classList.toggle("selected", selected);
      if (selected) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
      if (selected && from === "timeline") row.scrollIntoView({ block: "nearest" });
    });
    if (timeline) {
      const itemIds = itemIdsFor(id);
      timeline.setSelection(itemIds);
      // Keep the zoom the analyst chose; move only to bring an event out of sight into view.
      if (from !== "timeline" && itemIds.length) {
        const item = items.get(itemIds[0]);
        const range = timeline.getWindow();
        if (item.start < range.start || (item.end || item.start) > range.end) {
          timeline.moveTo(item.start, { animation: false });
        }
      }
    }
    let item = events.get(id);
    if (!item) {
      try {
        item = await getJson(`${apiUrl}${encodeURIComponent(id)}/`);
      } catch (error) {
        return;
      }
    }
    showCard(item);
  }

  function showCard(item) {
    card.className = `event-card type-${item.type}`;
    const actorLinks = (item.actors || []).map((actor, index) => [
      index ? ", " : "",
      element("a", { href: `/actors/${actor.id}/` }, actor.name),
    ]);
    const close = element("button", { type: "button", class: "card-close", "aria-label": "Close the event card" }, "×");
    close.addEventListener("click", closeCard);
    const facts = element(
      "dl",
      {},
      element("dt", {}, "When"),
      element("dd", {}, item.date_display),
      actorLinks.length ? [element("dt", {}, "Actors"), element("dd", {}, actorLinks)] : [],
      item.place
        ? [element("dt", {}, "Place"), element("dd", {}, element("a", { href: `/places/${item.place.id}/` }, item.place.name))]
        : [],
      element("dt", {}, "Sources"),
      element("dd", {}, String(item.source_count)),
      element("dt", {}, "Status"),
      element("dd", {}, item.status === "confirmed" ? "Confirmed" : item.status === "rejected" ? "Rejected" : "Not reviewed"),
    );
    card.replaceChildren(
      close,
      element("span", { class: `badge type-${item.type}` }, item.type_label || TYPE_LABELS[item.type] || item.type),
      element("h2", { id: "event-card-title" }, item.title),
      facts,
      item.summary ? element("p", {}, item.summary) : "",
      element("p", {}, element("a", { href: item.page_url || `/events/${item.id}/` }, "Evidence and details →")),
    );
    card.setAttribute("aria-labelledby", "event-card-title");
    card.hidden = false;
  }

  function closeCard() {
    card.hidden = true;
    card.replaceChildren();
    if (timeline) timeline.setSelection([]);
    listRows().forEach((row) => {
      row.classList.remove("selected");
      row.removeAttribute("aria-current");
    });
  }

  /* ---------- the visual timeline ---------- */

  let timeline = null;
  let items = null;
  let groups = null;
  let loaded = null; // {from, to, key, complete}: the window whose events are in `events`
  let pending = null; // {from, to, key}: the window being loaded
  let windowRequest = 0;

  function itemIdsFor(eventId) {
    return items ? items.getIds({ filter: (item) => String(item.eventId) === String(eventId) }) : [];
  }

  function toItems(event) {
    const start = parseDay(event.date_start);
    const end = parseDay(event.date_end);
    const point = event.date_precision === "day" && !event.open_end && event.date_start === event.date_end;
    const classes = [`type-${event.type}`];
    if (event.open_end) classes.push("open-end");
    if (event.date_precision !== "day") classes.push("imprecise");
    const base = {
      eventId: event.id,
      content: escapeHtml(shorten(event.title, 48)),
      title: escapeHtml(`${event.date_display} · ${event.type_label || event.type}: ${event.title}`),
      start,
      type: point ? "point" : "range",
      className: classes.join(" "),
    };
    if (!point) base.end = addDays(end, 1);
    if (currentGroupMode() === "actor") {
      const actors = event.actors && event.actors.length ? event.actors : [{ id: "none", name: "No actor named" }];
      return actors.map((actor) => ({ ...base, id: `${event.id}@${actor.id}`, group: `actor-${actor.id}` }));
    }
    return [{ ...base, id: String(event.id), group: event.type }];
  }

  function groupsFor(events) {
    const present = new Map();
    events.forEach((event) => {
      if (currentGroupMode() === "actor") {
        const actors = event.actors && event.actors.length ? event.actors : [{ id: "none", name: "No actor named" }];
        actors.forEach((actor) => {
          const key = `actor-${actor.id}`;
          const entry = present.get(key) || { id: key, content: escapeHtml(actor.name), count: 0 };
          entry.count += 1;
          present.set(key, entry);
        });
      } else if (!present.has(event.type)) {
        present.set(event.type, {
          id: event.type,
          content: escapeHtml(event.type.charAt(0).toUpperCase() + event.type.slice(1)),
          title: escapeHtml(TYPE_LABELS[event.type] || event.type),
          className: `type-${event.type}`,
          order: Object.keys(TYPE_LABELS).indexOf(event.type),
        });
      }
    });
    const list = Array.from(present.values());
    if (currentGroupMode() === "actor") {
      list.sort((a, b) => b.count - a.count || a.content.localeCompare(b.content));
      list.forEach((group, index) => (group.order = index));
    }
    return list;
  }

  /* Items out, groups changed in place, items back in: vis-timeline's clusters break when a
   * group they are drawn in is removed under them. */
  function rebuildItems() {
    items.clear();
    const wanted = groupsFor(events);
    const wantedIds = new Set(wanted.map((group) => group.id));
    groups.remove(groups.getIds().filter((id) => !wantedIds.has(id)));
    groups.update(wanted);
    items.add(Array.from(events.values()).flatMap(toItems));
  }

  function resetTimelineData() {
    events.clear();
    items.clear();
    groups.clear();
    loaded = null;
    pending = null;
    windowRequest++;
  }

  /* Move the window to the list's page of events; the rangechanged handler loads them. */
  function fitToList(list) {
    const first = list && list.dataset.pageFirst;
    const last = list && list.dataset.pageLast;
    if (!first) {
      statusLine.textContent = "No events to show.";
      drawWindowOnDensity();
      return;
    }
    const start = parseDay(first);
    const end = addDays(parseDay(last), 1);
    // More room on the right, where the labels of the latest points run.
    const padding = Math.max(3 * DAY, (end - start) * 0.04);
    timeline.setWindow(new Date(start - padding), new Date(end.getTime() + 4 * padding), { animation: false });
    loadWindow();
  }

  /* Load the events overlapping the visible window (plus half a window each side), page by page,
   * up to MAX_ITEMS_PER_WINDOW. */
  async function loadWindow() {
    const range = timeline.getWindow();
    drawWindowOnDensity();
    const params = apiParams(formParams());
    const key = params.toString();
    const covers = (span) => span && span.key === key && range.start >= span.from && range.end <= span.to;
    if (covers(pending)) return;
    if (loaded && loaded.complete && covers(loaded)) {
      describeWindow();
      return;
    }
    const span = range.end - range.start;
    let from = new Date(range.start.getTime() - span / 2);
    let to = new Date(range.end.getTime() + span / 2);
    const filterFrom = boundOf(params.get("date_from"), false);
    const filterTo = boundOf(params.get("date_to"), true);
    if (filterFrom && filterFrom > from) from = filterFrom;
    if (filterTo && filterTo < to) to = filterTo;
    if (from > to) {
      statusLine.textContent = "No events in this window.";
      return;
    }
    params.set("date_from", isoDay(from));
    params.set("date_to", isoDay(to));

    const request = ++windowRequest;
    pending = { from, to, key };
    const received = new Map();
    params.set("page_size", "500");
    let url = `${apiUrl}?${params}`;
    let complete = true;
    statusLine.textContent = "Loading events…";
    try {
      while (url) {
        const page = await getJson(url);
        if (request !== windowRequest) return;
        page.results.forEach((event) => received.set(String(event.id), event));
        url = page.next;
        if (url && received.size >= MAX_ITEMS_PER_WINDOW) {
          complete = false;
          break;
        }
      }
    } catch (error) {
      if (request === windowRequest) {
        pending = null;
        statusLine.textContent = "The events for this window could not be loaded.";
      }
      return;
    }
    pending = null;
    events.clear();
    received.forEach((event, id) => events.set(id, event));
    const selection = timeline.getSelection();
    rebuildItems();
    timeline.setSelection(selection.filter((id) => items.get(id)));
    loaded = { from, to, key, complete };
    describeWindow();
  }

  function describeWindow() {
    if (!loaded) return;
    const range = timeline.getWindow();
    const inView = Array.from(events.values()).filter(
      (event) => parseDay(event.date_start) <= range.end && addDays(parseDay(event.date_end), 1) >= range.start,
    ).length;
    const period = `${DATE_FORMAT.format(range.start)} – ${DATE_FORMAT.format(range.end)}`;
    statusLine.textContent = loaded.complete
      ? `${inView} event${inView === 1 ? "" : "s"} in view, ${period}.`
      : `${inView} events in view, ${period}: the first ${MAX_ITEMS_PER_WINDOW} of this period; zoom in or filter to see all.`;
  }

  function startTimeline() {
    if (!window.vis || !window.vis.Timeline) return false;
    // Shown before the timeline is built: vis measures its container.
    visual.hidden = false;
    items = new vis.DataSet();
    groups = new vis.DataSet();
    timeline = new vis.Timeline(timelineHolder, items, groups, {
      orientation: { axis: "top", item: "top" },
      verticalScroll: true,
      stack: true,
      margin: { item: { horizontal: 4, vertical: 4 } },
      minHeight: 220,
      maxHeight: 460,
      zoomMin: 3 * DAY,
      zoomMax: 200 * 365 * DAY,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      groupOrder: "order",
      tooltip: { followMouse: true, overflowMethod: "flip" },
      cluster: {
        maxItems: 2,
        titleTemplate: "{count} events here: double-click or zoom in",
        showStipes: true,
        fitOnDoubleClick: true,
      },
    });
    timeline.on("rangechanged", debounce(loadWindow, 200));
    timeline.on("rangechange", drawWindowOnDensity);
    timeline.on("select", ({ items: selected }) => {
      const item = selected.length ? items.get(selected[0]) : null;
      if (item) selectEvent(item.eventId, { from: "timeline" });
      else if (!selected.length) closeCard();
    });
    // Buttons for what the mouse does by dragging and scrolling (vis-timeline has no keys).
    root.querySelectorAll("[data-move]").forEach((button) => {
      button.addEventListener("click", () => {
        const range = timeline.getWindow();
        const shift = (range.end - range.start) * 0.5 * Number(button.dataset.move);
        // Without animation, so that quick presses add up.
        timeline.setWindow(new Date(range.start.getTime() + shift), new Date(range.end.getTime() + shift), {
          animation: false,
        });
      });
    });
    root.querySelectorAll("[data-zoom]").forEach((button) => {
      button.addEventListener("click", () => {
        if (button.dataset.zoom === "in") timeline.zoomIn(0.5, { animation: false });
        else if (button.dataset.zoom === "out") timeline.zoomOut(0.5, { animation: false });
        else fitToList(listHolder.querySelector("#event-list"));
      });
    });
    root.querySelectorAll('input[name="group"]').forEach((radio) => {
      radio.addEventListener("change", () => {
        rebuildItems();
        const params = new URLSearchParams(location.search);
        params.delete("group");
        if (currentGroupMode() === "actor") params.set("group", "actor");
        history.pushState(null, "", urlFor(params));
      });
    });
    return true;
  }

  /* ---------- density strip: a histogram that doubles as a range selector ---------- */

  const SVG = "http://www.w3.org/2000/svg";
  let density = null; // {start, end, interval, buckets}
  let densityRequest = 0;

  function bucketEnd(start, interval) {
    if (interval === "month") return new Date(start.getFullYear(), start.getMonth() + 1, 1);
    return addDays(start, interval === "week" ? 7 : 1);
  }

  async function loadDensity() {
    if (!densitySvg) return;
    const params = apiParams(formParams());
    // The strip shows every date so the chosen range can be seen and moved within it.
    params.delete("date_from");
    params.delete("date_to");
    const request = ++densityRequest;
    try {
      let interval = "month";
      let rows = await getJson(`${histogramUrl}?${params}&interval=month`);
      const firstMonth = rows.length ? parseDay(rows[0].bucket) : null;
      const lastMonth = rows.length ? parseDay(rows[rows.length - 1].bucket) : null;
      const months = rows.length ? (lastMonth.getFullYear() - firstMonth.getFullYear()) * 12 + lastMonth.getMonth() - firstMonth.getMonth() : 0;
      // Enough bars to see a shape, few enough to tell them apart.
      if (rows.length && months < 24) {
        interval = months < 3 ? "day" : "week";
        rows = await getJson(`${histogramUrl}?${params}&interval=${interval}`);
      }
      if (request !== densityRequest) return;
      const buckets = new Map();
      rows.forEach((row) => {
        const key = row.bucket.slice(0, 10);
        if (!buckets.has(key)) buckets.set(key, { start: parseDay(key), counts: {} , total: 0});
        const bucket = buckets.get(key);
        bucket.counts[row.type] = (bucket.counts[row.type] || 0) + row.count;
        bucket.total += row.count;
      });
      const list = Array.from(buckets.values()).sort((a, b) => a.start - b.start);
      density = list.length
        ? { start: list[0].start, end: bucketEnd(list[list.length - 1].start, interval), interval, buckets: list }
        : null;
      drawDensity();
    } catch (error) {
      density = null;
      drawDensity();
    }
  }

  function densityX(date, width) {
    return ((date - density.start) / (density.end - density.start)) * width;
  }

  function densityDate(x, width) {
    return new Date(density.start.getTime() + (x / width) * (density.end - density.start));
  }

  function drawDensity() {
    densitySvg.replaceChildren();
    const width = densitySvg.clientWidth || 600;
    const height = densitySvg.clientHeight || 56;
    densitySvg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    if (!density) return;
    const max = Math.max(...density.buckets.map((bucket) => bucket.total));
    const types = Object.keys(TYPE_LABELS);
    density.buckets.forEach((bucket) => {
      const x = densityX(bucket.start, width);
      const barWidth = Math.max(1, densityX(bucketEnd(bucket.start, density.interval), width) - x - 0.5);
      let y = height;
      types.forEach((type) => {
        const count = bucket.counts[type];
        if (!count) return;
        const barHeight = (count / max) * (height - 4);
        y -= barHeight;
        const rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("x", x);
        rect.setAttribute("y", y);
        rect.setAttribute("width", barWidth);
        rect.setAttribute("height", barHeight);
        rect.setAttribute("class", `bar type-${type}`);
        rect.setAttribute("fill", `var(--type-${type})`);
        const title = document.createElementNS(SVG, "title");
        title.textContent = `${isoDay(bucket.start)} (${density.interval}): ${count} ${TYPE_LABELS[type] || type}`;
        rect.append(title);
        densitySvg.append(rect);
      });
    });
    const params = formParams();
    const from = boundOf(params.get("date_from"), false);
    const to = boundOf(params.get("date_to"), true);
    if (from || to) {
      const x1 = from ? Math.max(0, densityX(from, width)) : 0;
      const x2 = to ? Math.min(width, densityX(addDays(to, 1), width)) : width;
      drawRect("brush", x1, x2, height);
    }
    drawWindowOnDensity();
  }

  function drawRect(className, x1, x2, height) {
    let rect = densitySvg.querySelector(`rect.${className}`);
    if (!rect) {
      rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("class", className);
      densitySvg.append(rect);
    }
    rect.setAttribute("x", Math.min(x1, x2));
    rect.setAttribute("y", 1);
    rect.setAttribute("width", Math.max(1, Math.abs(x2 - x1)));
    rect.setAttribute("height", height - 2);
    return rect;
  }

  function drawWindowOnDensity() {
    if (!density || !timeline || !densitySvg) return;
    const width = densitySvg.clientWidth || 600;
    const height = densitySvg.clientHeight || 56;
    const range = timeline.getWindow();
    const x1 = Math.max(0, densityX(range.start, width));
    const x2 = Math.min(width, densityX(range.end, width));
    if (x2 <= 0 || x1 >= width) {
      densitySvg.querySelector("rect.window")?.remove();
      return;
    }
    drawRect("window", x1, x2, height);
  }

  function selectRangeFromDensity(from, to) {
    form.elements.date_from.value = isoDay(from);
    form.elements.date_to.value = isoDay(to);
    apply(formParams(), { push: true });
  }

  if (densitySvg) {
    let dragStart = null;
    const svgX = (event) => event.clientX - densitySvg.getBoundingClientRect().left;
    densitySvg.addEventListener("pointerdown", (event) => {
      if (!density) return;
      dragStart = svgX(event);
      densitySvg.setPointerCapture(event.pointerId);
    });
    densitySvg.addEventListener("pointermove", (event) => {
      if (dragStart === null) return;
      drawRect("brush", dragStart, svgX(event), densitySvg.clientHeight || 56);
    });
    densitySvg.addEventListener("pointerup", (event) => {
      if (dragStart === null) return;
      const width = densitySvg.clientWidth;
      const x1 = Math.max(0, Math.min(dragStart, svgX(event)));
      const x2 = Math.min(width, Math.max(dragStart, svgX(event)));
      dragStart = null;
      if (x2 - x1 > 4) {
        selectRangeFromDensity(densityDate(x1, width), addDays(densityDate(x2, width), -1));
        return;
      }
      const at = densityDate(x1, width);
      const bucket = density.buckets.find((b) => b.start <= at && at < bucketEnd(b.start, density.interval));
      if (bucket) selectRangeFromDensity(bucket.start, addDays(bucketEnd(bucket.start, density.interval), -1));
      else drawDensity();
    });
    window.addEventListener("resize", debounce(drawDensity, 150));
  }

  /* ---------- autocomplete for actor and place names ---------- */

  function autocomplete(input, endpoint, listId) {
    const datalist = document.getElementById(listId);
    if (!input || !datalist) return;
    input.addEventListener(
      "input",
      debounce(async () => {
        const text = input.value.trim();
        if (text.length < 2 || /^\d+$/.test(text)) return;
        try {
          const page = await getJson(`${endpoint}?name=${encodeURIComponent(text)}&page_size=20`);
          datalist.replaceChildren(...(page.results || page).slice(0, 20).map((row) => element("option", { value: row.name })));
        } catch (error) {
          datalist.replaceChildren();
        }
      }, 250),
    );
  }
  autocomplete(form.elements.actor, "/api/actors/", "actor-names");
  autocomplete(form.elements.place, "/api/places/", "place-names");

  /* ---------- start ---------- */

  // On a phone the filters would fill the first screen: fold them unless some are in use.
  const filterPanel = form.querySelector("[data-filter-panel]");
  if (filterPanel && window.matchMedia("(max-width: 40rem)").matches && !formParams().toString()) {
    filterPanel.open = false;
  }

  fillForm(new URLSearchParams(location.search));
  if (startTimeline()) {
    fitToList(listHolder.querySelector("#event-list"));
    loadDensity();
  }
  root.dataset.ready = "true";
})();
