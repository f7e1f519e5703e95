// Tabs for the four ways in, and live statuses for sources still queued, fetching or extracting.
// Source titles, URLs and errors are set as text, never as markup.
(function () {
  "use strict";

  const tabs = Array.from(document.querySelectorAll("nav.tabs a[data-tab]"));
  function show(name) {
    if (!tabs.some((tab) => tab.dataset.tab === name)) return;
    for (const tab of tabs) {
      const selected = tab.dataset.tab === name;
      tab.setAttribute("aria-selected", String(selected));
      document.getElementById(tab.dataset.tab).hidden = !selected;
    }
  }
  for (const tab of tabs) {
    tab.addEventListener("click", (event) => {
      event.preventDefault();
      show(tab.dataset.tab);
      history.replaceState(null, "", "#" + tab.dataset.tab);
    });
  }
  const selected = tabs.find((tab) => tab.getAttribute("aria-selected") === "true");
  show(location.hash.slice(1) || (selected && selected.dataset.tab) || "text");

  const table = document.getElementById("sources");
  if (!table) return;
  const csrf = document.querySelector("input[name=csrfmiddlewaretoken]");

  function retryForm(id) {
    const form = document.createElement("form");
    form.method = "post";
    form.className = "inline";
    form.action = table.dataset.retryUrl.replace("/0/", "/" + id + "/");
    if (csrf) form.appendChild(csrf.cloneNode());
    const button = document.createElement("button");
    button.type = "submit";
    button.textContent = "Retry";
    form.appendChild(button);
    return form;
  }

  function update(row, source) {
    const cells = row.children;
    cells[1].textContent = "";
    const title = document.createElement(source.page_url ? "a" : "span");
    if (source.page_url) title.href = source.page_url;
    title.textContent = source.title || "(untitled)";
    cells[1].appendChild(title);
    if (source.url) {
      const url = document.createElement("div");
      url.className = "url";
      url.textContent = source.url;
      cells[1].appendChild(url);
    }
    cells[2].textContent = source.published || "—";
    cells[3].textContent = "";
    const badge = document.createElement("span");
    badge.className = "status status-" + source.status;
    badge.textContent = source.status_label;
    cells[3].appendChild(badge);
    if (source.error) {
      const error = document.createElement("div");
      error.className = "error-text";
      error.textContent = source.error;
      cells[3].appendChild(error);
    }
    cells[4].textContent = String(source.events);
    cells[5].textContent = "";
    if (source.status === "failed") cells[5].appendChild(retryForm(source.id));
    row.dataset.inProgress = String(source.in_progress);
  }

  async function refresh() {
    const rows = Array.from(table.querySelectorAll("tbody tr[data-in-progress=true]"));
    if (!rows.length) return;
    const ids = rows.map((row) => row.dataset.id).join(",");
    try {
      const response = await fetch(table.dataset.statusUrl + "?ids=" + ids, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.ok) {
        const data = await response.json();
        for (const source of data.sources) {
          const row = table.querySelector('tbody tr[data-id="' + source.id + '"]');
          if (row) update(row, source);
        }
      }
    } finally {
      setTimeout(refresh, 2000);
    }
  }
  setTimeout(refresh, 1000);
})();
