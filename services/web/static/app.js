// The live tally page: renders the Tally JSON pushed by /tally/events and fetches a stage's
// reports from /tally/stages/{date} when it is opened. Text from articles is only ever set with
// textContent, never parsed as HTML.
"use strict";

(() => {
  const SIDES = [
    { key: "ukraine", name: "Ukraine" },
    { key: "russia", name: "Russia" },
  ];
  const STATUS_LABELS = { confirmed: "Confirmed", "single-source": "Single source", disputed: "Disputed" };
  const KIND_LABELS = { stage: "Stage report", cumulative: "Running total", agreement: "Agreement" };
  const AUTHORITY_LABELS = { kyiv: "Kyiv", moscow: "Moscow", press: "Press" };
  const CONNECTION_LABELS = { connecting: "Connecting", live: "Live", reconnecting: "Reconnecting" };
  const MAX_RETRY_MS = 30000;

  const numbers = new Intl.NumberFormat("en-GB");
  const percents = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
  const days = new Intl.DateTimeFormat("en-GB", {
    weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC",
  });
  const shortDays = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

  const conflict = new URLSearchParams(window.location.search).get("conflict");
  const query = conflict ? `?conflict=${encodeURIComponent(conflict)}` : "";

  const state = {
    tally: null,
    recovering: false,
    expanded: new Set(),
    details: new Map(), // stage date -> StageView JSON, or an Error
    rows: new Map(), // stage date -> row elements
    groups: new Map(), // exchange id -> group elements
    retries: 0,
  };

  const $ = (testid) => document.querySelector(`[data-testid="${testid}"]`);

  function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else if (name === "testid") node.dataset.testid = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of [].concat(children)) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  const count = (value) => (value === null || value === undefined ? "–" : numbers.format(value));
  // "≥": the sum leaves out a stage that does not report this figure, so it is a lower bound.
  const atLeast = (value, short) => (short && value !== null && value !== undefined ? `≥${count(value)}` : count(value));
  const LOWER_BOUND = "At least: a stage does not report this figure, so the sum leaves it out";
  const plural = (n, one, many) => `${numbers.format(n)} ${n === 1 ? one : many}`;
  const dayOf = (iso) => new Date(`${iso}T00:00:00Z`);
  const formatDay = (iso) => (iso ? days.format(dayOf(iso)) : "date unknown");
  const formatShortDay = (iso) => (iso ? shortDays.format(dayOf(iso)) : "date unknown");

  // Put `nodes` as the children of `parent`, in order, moving only what is out of place (keeps focus).
  function syncChildren(parent, nodes) {
    nodes.forEach((node, index) => {
      if (parent.children[index] !== node) parent.insertBefore(node, parent.children[index] || null);
    });
    while (parent.children.length > nodes.length) parent.lastElementChild.remove();
  }

  function split(figures) {
    const parts = [];
    if (figures.military !== null && figures.military !== undefined) parts.push(`${count(figures.military)} military`);
    if (figures.civilian !== null && figures.civilian !== undefined) parts.push(`${count(figures.civilian)} civilian`);
    return parts.join(" · ");
  }

  // An exchange's agreed figure for one side (older tallies only carry `agreed_per_side`).
  function agreedFor(exchange, side) {
    const perSide = exchange.agreed ? exchange.agreed[side] : null;
    if (perSide !== null && perSide !== undefined) return perSide;
    return exchange.agreed_per_side === undefined ? null : exchange.agreed_per_side;
  }

  // The agreed total for one side over every exchange; `complete` when every exchange names one.
  function agreement(tally, side) {
    const exchanges = tally.exchanges.filter((exchange) => exchange.stages.length > 0);
    const known = exchanges.map((exchange) => agreedFor(exchange, side)).filter((value) => value !== null);
    const sum = known.reduce((total, value) => total + value, 0);
    return { complete: exchanges.length > 0 && known.length === exchanges.length, sum, known: known.length, of: exchanges.length };
  }

  function renderSide(side, tally) {
    const agreed = agreement(tally, side.key);
    const figures = tally.totals[side.key] || {};
    const total = figures.total || 0;
    const military = figures.military || 0;
    const civilian = figures.civilian || 0;
    const others = SIDES.map((s) => (tally.totals[s.key] || {}).total || 0);
    const scale = agreed.complete ? Math.max(agreed.sum, total, 1) : Math.max(...others, 1);
    const unspecified = Math.max(total - military - civilian, 0);
    const card = $(`side-${side.key}`);
    const short = (tally.incomplete || {})[side.key] || [];
    for (const field of ["total", "military", "civilian"]) {
      const cell = $(`side-${field}-${side.key}`);
      const marked = short.includes(field) && figures[field] !== null && figures[field] !== undefined;
      cell.textContent = field === "total" && !marked ? numbers.format(total) : atLeast(figures[field], marked);
      if (marked) cell.title = LOWER_BOUND; else cell.removeAttribute("title");
    }
    $(`side-of-${side.key}`).textContent = agreed.complete ? `of ${numbers.format(agreed.sum)} agreed` : "returned";
    const share = agreed.complete && agreed.sum > 0 ? total / agreed.sum : null;
    $(`side-progress-${side.key}`).textContent = share === null ? "–" : percents.format(share);
    const bar = $(`side-bar-${side.key}`);
    bar.setAttribute("aria-valuenow", share === null ? "0" : (share * 100).toFixed(1));
    bar.setAttribute("aria-valuetext", share === null
      ? `${numbers.format(total)} returned, no agreed total`
      : `${numbers.format(total)} of ${numbers.format(agreed.sum)} (${percents.format(share)})`);
    const widths = { military, civilian, unspecified };
    for (const [part, value] of Object.entries(widths)) {
      const segment = card.querySelector(`.bar__segment--${part}`);
      segment.style.width = `${Math.min((100 * value) / scale, 100)}%`;
      segment.title = `${numbers.format(value)} ${part}`;
    }
  }

  function agreedText(agreed) {
    if (agreed.complete) return numbers.format(agreed.sum);
    if (agreed.known > 0) return `${numbers.format(agreed.sum)} (${agreed.known} of ${agreed.of} exchanges)`;
    return "not reported";
  }

  function renderTotals(tally) {
    const [ukraine, russia] = SIDES.map((side) => agreedText(agreement(tally, side.key)));
    $("agreed-total").textContent = ukraine === russia ? ukraine : `Ukraine ${ukraine} · Russia ${russia}`;
    for (const side of SIDES) renderSide(side, tally);
  }

  function figureBlock(side, figures, testid, approximate) {
    const detail = split(figures);
    const hedged = approximate.some((name) => name.startsWith(`${side.key}.`));
    return el("span", { className: `figure figure--${side.key}` }, [
      el("span", { className: "figure__side", text: side.name }),
      el("strong", { className: "figure__total", testid, text: count(figures.total) }),
      hedged ? el("span", { className: "figure__hedged", title: "Only hedged reports (about, at least…) give this figure", text: "approx." }) : null,
      detail ? el("span", { className: "figure__split", text: detail }) : null,
    ]);
  }

  const sideName = (key) => (key === "ukraine" ? "Ukraine" : "Russia");
  const figureName = (name) => {
    const [side, field] = name.split(".");
    return field ? `${sideName(side)} ${field}` : name;
  };

  // Figures that lost the vote, one line per value and its sources ("300 from some-blog: Ukraine total, …").
  // ... and the other dates a lone source gave the stage ("Thu 22 May from late-copy: date").
  function alternativesNote(stage) {
    const alternatives = stage.alternatives || [];
    const otherDates = stage.other_dates || [];
    if (alternatives.length === 0 && otherDates.length === 0) return null;
    const groups = new Map();
    for (const alt of alternatives) {
      const key = `${alt.value}|${alt.sources.join(",")}|${alt.approximate ? 1 : 0}`;
      if (!groups.has(key)) groups.set(key, { ...alt, fields: [] });
      groups.get(key).fields.push(`${sideName(alt.side)} ${alt.field}`);
    }
    const items = [...groups.values()].map((group) => el("li", {}, [
      el("strong", { text: count(group.value) }),
      ` from ${group.sources.join(", ")}${group.approximate ? " (hedged)" : ""}: ${group.fields.join(", ")}`,
    ]));
    for (const other of otherDates) {
      items.push(el("li", { testid: "stage-other-date" }, [
        el("strong", { text: formatDay(other.date) }),
        ` from ${other.sources.join(", ")}: date`,
      ]));
    }
    const disputed = otherDates.length > 0 || alternatives.some((alt) => !alt.approximate);
    return el("div", { className: `stage__alternatives${disputed ? "" : " stage__alternatives--hedged"}`, testid: "stage-alternatives" }, [
      el("span", { className: "stage__alternatives-title", text: disputed ? "Also reported" : "Also reported (hedged)" }),
      el("ul", {}, items),
    ]);
  }

  function stageSummary(stage) {
    const sources = stage.sources.length;
    return [
      el("span", { className: "stage__marker", "aria-hidden": "true" }),
      el("span", { className: "stage__when" }, [
        el("time", { datetime: stage.date, testid: "stage-date", text: formatDay(stage.date) }),
        el("span", { className: "stage__number", text: stage.stage_number ? `Stage ${stage.stage_number}` : "Stage" }),
      ]),
      el("span", { className: "stage__figures" }, SIDES.map((side) => figureBlock(side, stage[side.key], `stage-${side.key}`, stage.approximate || []))),
      el("span", { className: "stage__meta" }, [
        el("span", { className: `badge badge--${stage.status}`, testid: "stage-status", text: STATUS_LABELS[stage.status] || stage.status }),
        el("span", { className: "stage__sources", testid: "stage-sources", text: plural(sources, "source", "sources") }),
      ]),
      el("span", { className: "stage__chevron", "aria-hidden": "true" }),
    ];
  }

  function stageRow(stage) {
    let row = state.rows.get(stage.date);
    if (!row) {
      const id = `stage-${stage.date}`;
      const button = el("button", { type: "button", className: "stage__summary", "aria-expanded": "false", "aria-controls": `${id}-details` });
      const details = el("div", { className: "stage__details", id: `${id}-details`, testid: "stage-details", hidden: true });
      const item = el("li", { className: "stage", testid: "stage-row" }, [button, details]);
      row = { item, button, details, note: null };
      button.addEventListener("click", () => toggleStage(stage.date));
      state.rows.set(stage.date, row);
    }
    row.item.dataset.date = stage.date;
    row.item.dataset.status = stage.status;
    row.item.className = `stage stage--${stage.status}`;
    row.button.replaceChildren(...stageSummary(stage));
    const note = alternativesNote(stage);
    if (row.note) row.note.remove();
    row.note = note;
    if (note) row.item.insertBefore(note, row.details);
    return row.item;
  }

  function exchangeGroup(exchange, index, total) {
    let group = state.groups.get(exchange.exchange_id);
    if (!group) {
      const head = el("div", { className: "exchange__head" });
      const list = el("ol", { className: "exchange__stages" });
      group = { item: el("section", { className: "exchange", testid: "exchange" }, [head, list]), head, list };
      state.groups.set(exchange.exchange_id, group);
    }
    const agreedSides = SIDES.map((side) => agreedFor(exchange, side.key));
    const agreedLabel = agreedSides.every((value) => value === null)
      ? "No agreed total reported"
      : agreedSides[0] === agreedSides[1]
        ? `${numbers.format(agreedSides[0])} agreed per side`
        : `Agreed: ${SIDES.map((side, i) => `${side.name} ${count(agreedSides[i])}`).join(" · ")}`;
    const progress = SIDES
      .filter((side) => exchange.progress && exchange.progress[side.key] !== null && exchange.progress[side.key] !== undefined)
      .map((side) => `${side.name} ${percents.format(exchange.progress[side.key])}`);
    const first = exchange.stages[0];
    const last = exchange.stages[exchange.stages.length - 1];
    const span = first && last && first.date !== last.date
      ? `${formatShortDay(first.date)} – ${formatShortDay(last.date)}`
      : formatShortDay(first && first.date);
    group.head.replaceChildren(
      el("h3", { className: "exchange__title", text: total > 1 ? `Exchange ${index + 1} · ${span}` : `Exchange · ${span}` }),
      el("p", { className: "exchange__agreed", testid: "exchange-agreed", text: agreedLabel }),
      progress.length ? el("p", { className: "exchange__progress", text: `Returned so far: ${progress.join(" · ")}` }) : null,
    );
    syncChildren(group.list, exchange.stages.map(stageRow));
    return group.item;
  }

  function renderTimeline(tally) {
    const exchanges = tally.exchanges.filter((exchange) => exchange.stages.length > 0);
    const stages = exchanges.flatMap((exchange) => exchange.stages);
    const live = new Set(stages.map((stage) => stage.date));
    for (const date of [...state.rows.keys()]) if (!live.has(date)) { state.rows.delete(date); state.expanded.delete(date); }
    const ids = new Set(exchanges.map((exchange) => exchange.exchange_id));
    for (const id of [...state.groups.keys()]) if (!ids.has(id)) state.groups.delete(id);
    const timeline = $("timeline");
    const nodes = exchanges.map((exchange, index) => exchangeGroup(exchange, index, exchanges.length));
    syncChildren(timeline, nodes.length ? nodes : [el("p", { className: "empty", text: "Waiting for the first report…" })]);
    const disputed = stages.filter((stage) => stage.status === "disputed").length;
    $("stage-count").textContent = stages.length
      ? `${plural(stages.length, "stage", "stages")}${disputed ? `, ${disputed} disputed` : ""}`
      : "No stages yet";
    for (const date of state.expanded) loadDetails(date);
  }

  // One card per claim: the same sentence is checked for each side (and field) it names.
  function groupChecks(checks) {
    const groups = new Map();
    for (const check of checks) {
      const key = `${check.claim}|${check.date}|${check.sources.join(",")}`;
      if (!groups.has(key)) groups.set(key, { claim: check.claim, date: check.date, sources: check.sources, items: [] });
      groups.get(key).items.push(check);
    }
    return [...groups.values()];
  }

  const sideOrder = (key) => SIDES.findIndex((side) => side.key === key);
  const sortBySide = (checks) => [...checks].sort((a, b) => sideOrder(a.side) - sideOrder(b.side));

  function checkCard(group) {
    const ok = group.items.every((check) => check.ok);
    return el("li", { className: `check ${ok ? "check--ok" : "check--failed"}`, testid: "check-row", "data-ok": String(ok) }, [
      el("div", { className: "check__head" }, [
        el("span", { className: `badge ${ok ? "badge--confirmed" : "badge--failed"}`, text: ok ? "Matches" : "Does not match" }),
        el("span", { className: "check__when", text: `By ${formatShortDay(group.date)} · ${group.sources.join(", ")}` }),
      ]),
      el("blockquote", { className: "check__claim", text: group.claim }),
      el("ul", { className: "check__results" }, sortBySide(group.items).map((check) => el("li", { className: check.ok ? "" : "check__miss" }, [
        `${sideName(check.side)}${check.field && check.field !== "total" ? ` ${check.field}` : ""}: claimed `,
        el("strong", { text: `${check.approximate ? "about " : ""}${count(check.claimed)}` }),
        ", sum of stages ", el("strong", { text: count(check.computed) }),
        check.ok ? "" : ` (off by ${count(Math.abs(check.claimed - check.computed))})`,
      ]))),
    ]);
  }

  function renderChecks(tally) {
    const groups = groupChecks(tally.checks);
    const failed = groups.filter((group) => group.items.some((check) => !check.ok)).length;
    $("checks").replaceChildren(...groups.map(checkCard));
    $("check-count").textContent = groups.length
      ? `${plural(groups.length, "claim", "claims")}${failed ? `, ${failed} not matching` : ", all match"}`
      : "No checks yet";
  }

  function renderAlerts(tally) {
    const alerts = [];
    if (state.recovering) alerts.push(["info", "The aggregator is recovering its state; figures appear when it is ready."]);
    if (tally) {
      const failed = groupChecks(tally.checks).filter((group) => group.items.some((check) => !check.ok)).length;
      const disputed = tally.exchanges.flatMap((exchange) => exchange.stages).filter((stage) => stage.status === "disputed").length;
      if (failed) alerts.push(["warning", `${plural(failed, "running total does", "running totals do")} not match the sum of the stages.`]);
      if (disputed) alerts.push(["warning", `${plural(disputed, "stage is", "stages are")} disputed: sources disagree on a figure.`]);
    }
    $("alerts").replaceChildren(...alerts.map(([kind, text]) => el("p", { className: `alert alert--${kind}`, testid: "alert", text })));
  }

  function renderTally(tally) {
    state.tally = tally;
    $("conflict").textContent = tally.conflict;
    renderTotals(tally);
    renderTimeline(tally);
    renderChecks(tally);
    renderAlerts(tally);
    $("as-of").textContent = tally.as_of ? formatShortDay(tally.as_of) : "–";
    $("report-count").textContent = plural(tally.reports, "report", "reports");
    const now = new Date();
    const updated = $("last-updated");
    updated.textContent = clock.format(now);
    updated.setAttribute("datetime", now.toISOString());
    updated.title = now.toString();
  }

  const sameFigures = (a, b) => ["total", "military", "civilian", "approximate", "authority"].every((k) => a[k] === b[k]);
  const isEmpty = (figures) => figures.total === null && figures.military === null && figures.civilian === null;

  function figuresLine(label, figures) {
    if (isEmpty(figures)) return null;
    const detail = split(figures);
    const who = AUTHORITY_LABELS[figures.authority] || figures.authority;
    return el("li", {}, [
      el("span", { className: "report__side", text: label }), " ",
      el("strong", { text: `${figures.approximate ? "about " : ""}${count(figures.total)}` }),
      detail ? ` (${detail})` : "", ` · according to ${who}`,
    ]);
  }

  function reportFigures(report) {
    if (sameFigures(report.ukraine, report.russia)) return [figuresLine("Each side", report.ukraine)];
    return SIDES.map((side) => figuresLine(side.name, report[side.key]));
  }

  function reportCard(report) {
    return el("article", { className: `report ${report.agrees ? "" : "report--differs"}`.trim(), testid: "report" }, [
      el("header", { className: "report__head" }, [
        el("strong", { className: "report__source", testid: "report-source", text: report.source }),
        el("span", { className: "report__published", testid: "report-published", text: `published ${formatShortDay(report.published)}` }),
        el("span", { className: "badge badge--kind", text: KIND_LABELS[report.kind] || report.kind }),
        report.agrees ? null : el("span", { className: "badge badge--disputed", text: "Differs" }),
      ]),
      el("ul", { className: "report__figures" }, reportFigures(report).filter(Boolean)),
      ...report.evidence.map((evidence) => el("blockquote", { className: "evidence", testid: "evidence" }, [
        el("p", { text: evidence.text }),
        evidence.supports.length ? el("footer", { className: "evidence__supports", text: `Supports: ${evidence.supports.map(figureName).join(", ")}` }) : null,
      ])),
    ]);
  }

  function renderDetails(date) {
    const row = state.rows.get(date);
    if (!row) return;
    const view = state.details.get(date);
    if (view === undefined) row.details.replaceChildren(el("p", { className: "muted", text: "Loading reports…" }));
    else if (view instanceof Error) row.details.replaceChildren(el("p", { className: "alert alert--warning", text: view.message }));
    else {
      row.details.replaceChildren(
        el("p", { className: "details__count", text: `${plural(view.reports.length, "report", "reports")} behind this stage` }),
        ...view.reports.map(reportCard),
      );
    }
  }

  async function loadDetails(date) {
    renderDetails(date);
    try {
      const response = await fetch(`/tally/stages/${encodeURIComponent(date)}${query}`, { cache: "no-store", headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(response.status === 503 ? "The aggregator is recovering; try again shortly." : `Could not load the reports (HTTP ${response.status}).`);
      state.details.set(date, await response.json());
    } catch (error) {
      state.details.set(date, error instanceof Error ? error : new Error(String(error)));
    }
    if (state.expanded.has(date)) renderDetails(date);
  }

  function toggleStage(date) {
    const row = state.rows.get(date);
    const open = !state.expanded.has(date);
    if (open) state.expanded.add(date); else state.expanded.delete(date);
    row.button.setAttribute("aria-expanded", String(open));
    row.details.hidden = !open;
    row.item.classList.toggle("stage--open", open);
    if (open) loadDetails(date);
  }

  function setConnection(name) {
    const node = $("connection-state");
    node.dataset.state = name;
    node.querySelector(".connection__label").textContent = CONNECTION_LABELS[name];
  }

  function connect() {
    setConnection(state.retries === 0 ? "connecting" : "reconnecting");
    const source = new EventSource(`/tally/events${query}`);
    source.addEventListener("open", () => { state.retries = 0; setConnection("live"); });
    source.addEventListener("tally", (event) => {
      state.recovering = false;
      setConnection("live");
      renderTally(JSON.parse(event.data));
    });
    source.addEventListener("status", (event) => {
      state.recovering = JSON.parse(event.data).state === "recovering";
      renderAlerts(state.tally);
    });
    source.addEventListener("error", () => {
      if (source.readyState === EventSource.CONNECTING) { setConnection("reconnecting"); return; }
      // The browser gave up (e.g. an error status): retry ourselves, backing off up to 30 s.
      source.close();
      state.retries += 1;
      setConnection("reconnecting");
      window.setTimeout(connect, Math.min(1000 * 2 ** state.retries, MAX_RETRY_MS));
    });
  }

  connect();
})();
