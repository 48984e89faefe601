// The smallsteps example page: sends the forms to the local JSON API and shows the answers.
// No storage, no cookies, no other servers. Text comes from the library or from the
// "page-text" block in index.html; nothing is built from HTML strings.
"use strict";

const TEXT = JSON.parse(document.getElementById("page-text").textContent);

// The same parts of the day as smallsteps' TimeOfDay.from_time, read from this device's clock.
function timeOfDay(date) {
  const hour = date.getHours();
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 17) return "afternoon";
  if (hour >= 17 && hour < 22) return "evening";
  return "night";
}

// The browser's region ("US" from "en-US"), so crisis lines for it come first. Never stored.
function country() {
  try {
    const region = new Intl.Locale(navigator.language).region;
    return /^[A-Z]{2}$/.test(region || "") ? region : null;
  } catch (error) {
    return null;
  }
}

// Like smallsteps.format_duration: "about 10 seconds", "about 2 minutes".
function duration(seconds) {
  if (seconds < 60) return `about ${seconds} second${seconds === 1 ? "" : "s"}`;
  const exact = seconds / 60;
  let minutes = Math.round(exact);
  if (Math.abs(exact % 1) === 0.5 && minutes % 2 === 1) minutes -= 1; // Python rounds half to even
  minutes = Math.max(1, minutes);
  return `about ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
}

// A new element with text and attributes; children are appended in order.
function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.text !== undefined) node.textContent = options.text;
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs || {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

async function api(method, path, body) {
  const init = { method, headers: { Accept: "application/json" }, credentials: "omit" };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const data = await response.json();
  if (!response.ok) {
    const error = new Error("api");
    error.status = response.status;
    error.detail = data.error || {};
    throw error;
  }
  return data;
}

// Put new content under a results heading, then move focus to the heading.
function show(section, nodes) {
  const heading = section.querySelector("h2");
  for (const node of [...section.children]) if (node !== heading) node.remove();
  section.append(...nodes);
  section.removeAttribute("aria-busy");
  heading.focus();
}

function problem(error) {
  if (error.status === 400) {
    const detail = error.detail || {};
    const field = detail.field ? `${detail.field}: ` : "";
    const text = `${TEXT.bad_input} ${field}${detail.message || ""}`;
    return el("p", { className: "problem", text });
  }
  if (error.status) return el("p", { className: "problem", text: TEXT.server_error });
  return el("p", { className: "problem", text: TEXT.offline });
}

function stepList(steps, { marks = false } = {}) {
  const list = el("ol", { className: "steps" });
  steps.forEach((step, index) => {
    const item = el(
      "li",
      {},
      el("span", { className: "step-text", text: step.text }),
      " ",
      el("span", { className: "duration", text: `(${duration(step.seconds)})` }),
    );
    if (marks && step.win && index < steps.length - 1) {
      item.append(" ", el("span", { className: "win", text: TEXT.stop_mark }));
    }
    list.append(item);
  });
  return list;
}

// -- the check-in and the plan -------------------------------------------------------------

function card(suggestion) {
  const activity = suggestion.activity;
  const more = activity.steps.length - suggestion.steps.length;
  const reasons = suggestion.reasons.map((reason) => reason.text).join(" ");
  let kind = TEXT.stop_counts;
  if (more === 1) kind = TEXT.more_one;
  if (more > 1) kind = fill(TEXT.more_many, { n: more });
  return el(
    "article",
    { className: "card" },
    el("h3", { text: activity.title }),
    reasons ? el("p", { className: "why" }, el("strong", { text: TEXT.why }), ` ${reasons}`) : null,
    stepList(suggestion.steps),
    el("p", { className: "kind", text: kind }),
    activity.note ? el("p", { className: "note", text: activity.note }) : null,
  );
}

function showPlan(plan) {
  const nodes = plan.suggestions.length
    ? plan.suggestions.map(card)
    : [el("p", { text: TEXT.nothing_fits })];
  if (plan.help) nodes.push(el("p", { className: "help", text: plan.help }));
  return nodes;
}

async function submitCheckIn(event) {
  event.preventDefault();
  const form = event.target;
  const section = document.getElementById("plan-results");
  const data = new FormData(form);
  const checkin = {
    energy: Number(data.get("energy")),
    minutes: Number(data.get("minutes")),
    posture: data.get("posture"),
    time_of_day: data.get("time_of_day"),
  };
  section.setAttribute("aria-busy", "true");
  try {
    show(section, showPlan(await api("POST", "/api/plan", checkin)));
  } catch (error) {
    show(section, [problem(error)]);
  }
}

// -- a task broken down, or the safety notice ----------------------------------------------

function resource(line) {
  const item = el("li", {}, el("strong", { text: line.name }));
  const add = (node) => item.append(el("span", { className: "line" }, node));
  if (line.phone) {
    const href = `tel:${line.phone.replace(/[^\d+]/g, "")}`;
    add(el("a", { text: fill(TEXT.call, { phone: line.phone }), attrs: { href } }));
  }
  if (line.text) add(line.text);
  if (line.web) {
    const shown = line.web.replace(/^https?:\/\//, "");
    add(el("a", { text: shown, attrs: { href: line.web, rel: "noreferrer" } }));
  }
  if (line.note) add(line.note);
  return item;
}

function safetyPlanNodes(plan) {
  const nodes = [el("p", { text: TEXT.plan_prompt })];
  for (const section of plan.sections) {
    nodes.push(el("h3", { text: section.title }), el("p", { text: section.prompt }));
  }
  return nodes;
}

function notice(notice) {
  const box = el(
    "div",
    { className: "notice", attrs: { role: "alert" } },
    el("h3", { text: notice.kind === "supporter" ? TEXT.supporter_heading : TEXT.notice_heading }),
    el("p", { text: notice.message }),
    el("ul", { className: "lines" }, ...notice.resources.map(resource)),
    el("p", { className: "emergency", text: notice.emergency }),
  );
  if (notice.options.length) {
    const heading = notice.kind === "supporter" ? TEXT.supporter_options_heading : TEXT.options_heading;
    box.append(el("h4", { text: heading }));
    box.append(el("ul", {}, ...notice.options.map((option) => el("li", { text: option }))));
  }
  if (notice.grounding) {
    box.append(el("h4", { text: fill(TEXT.grounding_heading, { title: notice.grounding.title }) }));
    box.append(stepList(notice.grounding.steps));
  }
  if (notice.safety_plan) {
    const summary = el("summary", { text: TEXT.plan_summary });
    box.append(el("details", {}, summary, ...safetyPlanNodes(notice.safety_plan)));
  }
  return box;
}

function showBreakdown(breakdown) {
  // Crisis language: the notice instead of steps. A gentle check: the steps, then the notice.
  if (breakdown.notice && !breakdown.steps.length) return [notice(breakdown.notice)];
  const nodes = [el("h3", { text: breakdown.title }), stepList(breakdown.steps, { marks: true })];
  if (breakdown.caution) nodes.push(el("p", { className: "note", text: breakdown.caution }));
  const later = breakdown.later.length;
  if (later === 1) nodes.push(el("p", { className: "kind", text: TEXT.later_one }));
  if (later > 1) {
    nodes.push(el("p", { className: "kind", text: fill(TEXT.later_many, { n: later }) }));
  }
  if (breakdown.first_step_only) {
    nodes.push(el("p", { className: "kind", text: breakdown.first_step_only }));
  }
  if (breakdown.anchor && breakdown.steps.length) {
    const first = breakdown.steps[0].text;
    const text = `${breakdown.anchor}, ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
    nodes.push(el("p", { className: "idea", text: fill(TEXT.idea, { text }) }));
  }
  if (breakdown.why) nodes.push(el("p", { className: "why", text: breakdown.why }));
  if (breakdown.notice) nodes.push(notice(breakdown.notice));
  if (breakdown.help) nodes.push(el("p", { className: "help", text: breakdown.help }));
  return nodes;
}

async function submitTask(event) {
  event.preventDefault();
  const form = event.target;
  const section = document.getElementById("task-results");
  const data = new FormData(form);
  const body = { task: data.get("task"), energy: Number(data.get("energy")) };
  const region = country();
  if (region) body.country = region;
  section.setAttribute("aria-busy", "true");
  try {
    show(section, showBreakdown(await api("POST", "/api/break-down", body)));
  } catch (error) {
    show(section, [problem(error)]);
  }
}

// -- the planned week and the mood chart --------------------------------------------------

function isoDay(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function dayName(iso) {
  const date = new Date(`${iso}T12:00:00`);
  return date.toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short" });
}

// The seven days before today, each a number box for that day's mood.
function moodDays() {
  const box = document.getElementById("mood-days");
  const today = new Date();
  for (let back = 7; back >= 1; back -= 1) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
    const id = `mood-${isoDay(day)}`;
    const attrs = { id, type: "number", inputmode: "numeric", min: "0", max: "10", step: "1" };
    attrs["data-day"] = isoDay(day);
    box.append(
      el("div", { className: "option" }, el("label", { text: dayName(isoDay(day)), attrs: { for: id } }),
        el("input", { attrs })),
    );
  }
}

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// A bar a day, drawn as SVG: a title and a description for screen readers, and the same
// numbers as a table beside it.
function moodChart(points) {
  const width = 40 * points.length + 20;
  const chart = svg("svg", {
    viewBox: `0 0 ${width} 170`, role: "img", class: "chart", id: "mood-chart",
    "aria-labelledby": "mood-chart-title mood-chart-desc",
  });
  chart.append(svg("title", { id: "mood-chart-title" }, TEXT.chart_title));
  chart.append(svg("desc", { id: "mood-chart-desc" }, TEXT.chart_desc));
  chart.append(svg("line", { x1: 10, y1: 140, x2: width - 10, y2: 140, class: "axis" }));
  points.forEach((point, index) => {
    const x = 20 + 40 * index;
    if (point.mood !== null) {
      const height = (point.mood / 10) * 120;
      chart.append(svg("rect", { x, y: 140 - height, width: 24, height, class: "bar" }));
      chart.append(svg("text", { x: x + 12, y: 134 - height, class: "value" }, point.mood.toFixed(0)));
    }
    const label = dayName(point.day).split(" ")[0];
    chart.append(svg("text", { x: x + 12, y: 160, class: "day" }, label));
  });
  const rows = points.map((point) =>
    el("tr", {}, el("td", { text: dayName(point.day) }),
      el("td", { text: point.mood === null ? TEXT.not_noted : point.mood.toFixed(1) })));
  const table = el("table", {},
    el("thead", {}, el("tr", {}, el("th", { text: TEXT.table_day, attrs: { scope: "col" } }),
      el("th", { text: TEXT.table_mood, attrs: { scope: "col" } }))),
    el("tbody", {}, ...rows));
  const details = el("details", { className: "chart-table" },
    el("summary", { text: TEXT.table_summary }), table);
  return [chart, details];
}

function showWeek(answer) {
  const week = answer.week;
  const items = week.items.map((item) => {
    const minutes = item.minutes === 1 ? TEXT.minutes_one : fill(TEXT.minutes_many, { n: item.minutes });
    const text = fill(TEXT.week_item, {
      day: dayName(item.at.slice(0, 10)), time: item.time_of_day, title: item.title, minutes,
    });
    return el("li", { text });
  });
  const nodes = [el("p", { text: week.message }), el("ol", { className: "week" }, ...items)];
  nodes.push(el("h3", { text: TEXT.review_heading }));
  nodes.push(...answer.review.sentences.map((text) => el("p", { text })));
  nodes.push(...moodChart(answer.review.moods));
  return nodes;
}

async function submitWeek(event) {
  event.preventDefault();
  const form = event.target;
  const section = document.getElementById("week-results");
  const data = new FormData(form);
  const times = data.getAll("times");
  const moods = [...document.querySelectorAll("#mood-days input")]
    .filter((input) => input.value !== "")
    .map((input) => ({ day: input.dataset.day, mood: Number(input.value) }));
  const body = { start: isoDay(new Date()), times: times.length ? times : ["morning"],
    energy: Number(data.get("energy")), moods };
  section.setAttribute("aria-busy", "true");
  try {
    show(section, showWeek(await api("POST", "/api/week", body)));
  } catch (error) {
    show(section, [problem(error)]);
  }
}

// -- setting up the page -------------------------------------------------------------------

// One energy level as a radio button, its label, and its description linked to it.
function energyOption(level, index) {
  const id = `energy-${level.value}`;
  const attrs = { id, type: "radio", name: "energy", value: String(level.value) };
  attrs["aria-describedby"] = `${id}-hint`;
  if (index === 0) attrs.required = ""; // one required radio makes the whole group required
  return el(
    "div",
    { className: "option" },
    el("input", { attrs }),
    el("label", { text: level.label, attrs: { for: id } }),
    el("span", { className: "option-hint", text: level.description, attrs: { id: `${id}-hint` } }),
  );
}

async function loadLevels() {
  const box = document.getElementById("energy-options");
  const select = document.getElementById("task-energy");
  let levels;
  try {
    levels = (await api("GET", "/api/energy-levels")).levels;
  } catch (error) {
    box.replaceChildren(el("p", { className: "problem", text: TEXT.levels_failed }));
    return;
  }
  box.replaceChildren(...levels.map(energyOption));
  const option = (level) =>
    el("option", { text: level.label, attrs: { value: String(level.value) } });
  select.replaceChildren(...levels.map(option));
  select.value = "2";
  const weekly = document.getElementById("week-energy");
  weekly.replaceChildren(...levels.map(option));
  weekly.value = "1";
}

async function loadSafetyPlan(event) {
  const details = event.target;
  const body = document.getElementById("safety-plan-body");
  if (!details.open || body.dataset.loaded) return;
  try {
    body.replaceChildren(...safetyPlanNodes(await api("GET", "/api/safety-plan")));
    body.dataset.loaded = "yes";
  } catch (error) {
    body.replaceChildren(el("p", { className: "problem", text: TEXT.plan_failed }));
  }
}

document.getElementById("time-of-day").value = timeOfDay(new Date());
document.getElementById("checkin-form").addEventListener("submit", submitCheckIn);
document.getElementById("task-form").addEventListener("submit", submitTask);
document.getElementById("safety-plan").addEventListener("toggle", loadSafetyPlan);
document.getElementById("week-form").addEventListener("submit", submitWeek);
moodDays();
loadLevels();
