/* frontwatch briefing. Renders the JSON payload with DOM calls and textContent only:
   no string from the data is ever parsed as HTML, and only http(s) URLs become links. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("fw-data").textContent);
  var DAY_MS = 86400000;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var footnoteNumbers = {};
  var nextFootnote = 1;
  var state = { from: null, to: null, type: "", place: "", source: "", day: null };
  var view = { markers: [], placeLayers: {}, timelineEvents: [], eventRows: [], claimRows: [], dayLine: null };

  // ---- small helpers ---------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function append(parent, children) {
    children.forEach(function (c) { if (c) parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return parent;
  }

  function safeUrl(url) {
    // Only plain web addresses become links; javascript:, data: and the rest stay text.
    return typeof url === "string" && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
  }

  function toDay(iso) {
    if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
    var t = Date.parse(iso + "T00:00:00Z");
    return isNaN(t) ? null : Math.round(t / DAY_MS);
  }

  function fromDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  function humanDate(iso) {
    var day = toDay(iso);
    if (day === null) return iso || "date unknown";
    return new Date(day * DAY_MS).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  function joinList(items) { return items.filter(Boolean).join(", "); }

  function uniqueSorted(values) {
    var seen = {};
    values.forEach(function (v) { if (v) seen[v] = true; });
    return Object.keys(seen).sort(function (a, b) { return a.localeCompare(b); });
  }

  function eventSymbol(type) {
    return DATA.symbols.event_types[type] || { color: "#566573", shape: "circle" };
  }

  function controllerColour(name) { return DATA.symbols.controllers[name] || DATA.symbols.unknown; }

  function shapeNode(shape, colour, size) {
    var s = size, h = s / 2, node;
    if (shape === "square") node = svgEl("rect", { x: 1.5, y: 1.5, width: s - 3, height: s - 3, rx: 1.5 });
    else if (shape === "triangle") node = svgEl("polygon", { points: h + ",1 " + (s - 1) + "," + (s - 1.5) + " 1," + (s - 1.5) });
    else if (shape === "diamond") node = svgEl("polygon", { points: h + ",0.5 " + (s - 0.5) + "," + h + " " + h + "," + (s - 0.5) + " 0.5," + h });
    else if (shape === "hexagon") node = svgEl("polygon", { points: [0, 60, 120, 180, 240, 300].map(function (a) {
      var r = a * Math.PI / 180; return (h + (h - 1) * Math.cos(r)).toFixed(2) + "," + (h + (h - 1) * Math.sin(r)).toFixed(2); }).join(" ") });
    else if (shape === "star") node = svgEl("polygon", { points: starPoints(h, h, h - 0.5, (h - 0.5) * 0.45) });
    else node = svgEl("circle", { cx: h, cy: h, r: h - 1.5 });
    node.setAttribute("fill", colour);
    node.setAttribute("stroke", "#ffffff");
    node.setAttribute("stroke-width", "1.2");
    return node;
  }

  function starPoints(cx, cy, outer, inner) {
    var pts = [];
    for (var i = 0; i < 10; i++) {
      var r = i % 2 ? inner : outer, a = Math.PI / 5 * i - Math.PI / 2;
      pts.push((cx + r * Math.cos(a)).toFixed(2) + "," + (cy + r * Math.sin(a)).toFixed(2));
    }
    return pts.join(" ");
  }

  function symbolSvg(type, size) {
    var sym = eventSymbol(type);
    var svg = svgEl("svg", { width: size, height: size, viewBox: "0 0 " + size + " " + size, "aria-hidden": "true" });
    svg.appendChild(shapeNode(sym.shape, sym.color, size));
    return svg;
  }

  // ---- footnotes and the evidence panel ---------------------------------------------------

  function footnote(ref) {
    if (!DATA.evidence[ref]) return null;
    if (!footnoteNumbers[ref]) footnoteNumbers[ref] = nextFootnote++;
    var button = el("button", "fn", footnoteNumbers[ref]);
    button.type = "button";
    button.dataset.ref = ref;
    var span = DATA.evidence[ref], doc = DATA.documents[span.doc] || {};
    button.title = "Evidence: " + (doc.outlet || span.doc) + (doc.published ? ", " + doc.published : "");
    button.setAttribute("aria-label", "Open evidence " + footnoteNumbers[ref]);
    // A listener on the button itself: map popups stop clicks from bubbling to the document.
    button.addEventListener("click", function (ev) { ev.preventDefault(); openEvidence(ref); });
    return button;
  }

  function footnotes(refs) {
    var wrap = el("span", "fns");
    (refs || []).forEach(function (r) { var f = footnote(r); if (f) wrap.appendChild(f); });
    return wrap;
  }

  function openEvidence(ref) {
    var span = DATA.evidence[ref];
    if (!span) return;
    var doc = DATA.documents[span.doc] || { id: span.doc };
    document.getElementById("ev-title").textContent = doc.title || doc.id;
    var meta = document.getElementById("ev-meta");
    meta.replaceChildren();
    addMeta(meta, "Outlet", doc.outlet || "unknown outlet");
    addMeta(meta, "Published", doc.published ? humanDate(doc.published) : "unknown" + (doc.published_basis ? " (" + doc.published_basis + ")" : ""));
    addMeta(meta, "Document", doc.id);
    if (doc.url) {
      var href = safeUrl(doc.url), value;
      if (href) {
        value = el("a", null, doc.url);
        value.href = href;
        value.rel = "noopener noreferrer";
        value.target = "_blank";
      } else {
        value = el("span", null, doc.url);
      }
      addMeta(meta, "Address", value);
    }
    var context = document.getElementById("ev-context");
    context.replaceChildren(document.createTextNode(span.before || ""), el("mark", null, span.text),
                            document.createTextNode(span.after || ""));
    document.getElementById("ev-ref").textContent = span.doc + ":" + span.start + "-" + span.end;
    document.getElementById("evidence").hidden = false;
    document.getElementById("evidence-backdrop").hidden = false;
    var mark = context.querySelector("mark");
    if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: "center" });
    document.getElementById("ev-close").focus();
  }

  function addMeta(dl, label, value) {
    var wrap = el("div");
    wrap.style.display = "contents";
    var dd = el("dd");
    if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
    append(wrap, [el("dt", null, label), dd]);
    dl.appendChild(wrap);
  }

  function closeEvidence() {
    document.getElementById("evidence").hidden = true;
    document.getElementById("evidence-backdrop").hidden = true;
  }

  document.getElementById("ev-close").addEventListener("click", closeEvidence);
  document.getElementById("evidence-backdrop").addEventListener("click", closeEvidence);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closeEvidence(); });

  // ---- header ---------------------------------------------------------------------------------

  function renderHeader() {
    var s = DATA.stats;
    document.getElementById("period").textContent = s.first
      ? "Covering " + humanDate(s.first) + " to " + humanDate(s.last) + " · " + s.outlets.length + " outlets: " + s.outlets.join(", ")
      : "No dated records";
    var stats = document.getElementById("stats");
    [["Reports", s.documents], ["Events", s.events], ["Claims", s.claims], ["Disputes", s.disputes], ["Control periods", s.control]]
      .forEach(function (pair) { var d = el("div"); append(d, [el("dt", null, pair[0]), el("dd", null, pair[1])]); stats.appendChild(d); });
  }

  // ---- situation report --------------------------------------------------------------------

  function renderSitrep() {
    var box = document.getElementById("sitrep");
    if (!DATA.sitrep.length) { box.appendChild(el("p", "muted", "No records yet.")); return; }
    DATA.sitrep.forEach(function (section) {
      box.appendChild(el("h3", null, section.title));
      var list = el("ul", "sitrep-list section-" + section.key);
      section.sentences.forEach(function (sentence) {
        var item = el("li", "sentence", sentence.text);
        item.appendChild(footnotes(sentence.refs));
        list.appendChild(item);
      });
      box.appendChild(list);
    });
  }

  // ---- disputes -----------------------------------------------------------------------------

  function renderDisputes() {
    var box = document.getElementById("disputes");
    document.getElementById("disputes-count").textContent = DATA.disputes.length + " found";
    if (!DATA.disputes.length) { box.appendChild(el("p", "muted", "No denials or disagreeing figures were found.")); return; }
    DATA.disputes.forEach(function (d) {
      var card = el("article", "dispute kind-" + d.kind + " severity-" + d.severity);
      card.id = "dispute-" + d.id;
      var head = el("div");
      append(head, [el("span", "badge " + d.kind, d.kind), d.severity === "low" ? el("span", "badge low", "low severity") : null]);
      card.appendChild(head);
      card.appendChild(el("h3", null, d.topic));
      var why = el("p", null, d.explanation);
      why.appendChild(footnotes(d.refs));
      card.appendChild(why);
      if (d.sides.length) {
        var sides = el("div", "sides");
        d.sides.forEach(function (side) {
          var box2 = el("div", "side");
          box2.appendChild(el("div", "stance", side.stance || "side"));
          box2.appendChild(el("div", null, "Sources: " + (joinList(side.sources) || "unnamed")));
          if (side.outlets.length) box2.appendChild(el("div", "muted", "Printed by " + joinList(side.outlets)));
          box2.appendChild(footnotes(side.refs));
          sides.appendChild(box2);
        });
        card.appendChild(sides);
      }
      if (d.outlets.length) card.appendChild(el("p", "muted", "Outlets: " + joinList(d.outlets)));
      box.appendChild(card);
    });
  }

  // ---- map ------------------------------------------------------------------------------------

  var map = null;

  function renderMap() {
    map = L.map("map", { attributionControl: false, zoomSnap: 0.25, minZoom: 2, maxZoom: 18, worldCopyJump: false });
    map.setView([20, 20], 2);  // vector layers need a view before they are added; fitted below
    var bounds = L.latLngBounds([]);
    var shapes = DATA.shapes || [];
    shapes.filter(function (s) { return !s.active; }).forEach(function (s) {
      L.geoJSON(s.geometry, { interactive: false,
        style: { className: "fw-shape", color: "#aab4c0", weight: 0.7, fillColor: "#f8f9fb", fillOpacity: 0.9 } }).addTo(map);
    });
    var controlled = controlByPlace();
    shapes.filter(function (s) { return s.active; }).forEach(function (s) {
      var layer = L.geoJSON(s.geometry, { style: { className: "fw-place", color: "#4a5565", weight: 1.2, fillOpacity: 0.6 } });
      bindPlace(layer, s.name);
      layer.addTo(map);
      view.placeLayers[s.name] = layer;
      bounds.extend(layer.getBounds());
    });
    Object.keys(controlled).forEach(function (place) {
      if (view.placeLayers[place]) return;
      var p = controlled[place].filter(function (c) { return c.lat !== null && c.lon !== null; })[0];
      if (!p) return;
      var dot = L.circleMarker([p.lat, p.lon], { className: "fw-place fw-place-point", radius: 11, color: "#4a5565", weight: 1.2, fillOpacity: 0.6 });
      bindPlace(dot, place);
      dot.addTo(map);
      view.placeLayers[place] = dot;
      bounds.extend(dot.getLatLng());
    });
    var all = renderMarkers(L.latLngBounds([]));
    if (bounds.isValid()) all.extend(bounds);
    view.fullBounds = all;
    // Fit to the places drawn as shapes when there are any, so one far-off report does not shrink the
    // city to a dot; "Show all" fits every marker.
    var focus = bounds.isValid() ? bounds : all;
    if (focus.isValid()) map.fitBounds(focus.pad(0.08), { maxZoom: 15 });
    document.getElementById("map-all").addEventListener("click", function () {
      if (view.fullBounds.isValid()) map.fitBounds(view.fullBounds.pad(0.08), { maxZoom: 15 });
    });
  }

  function bindPlace(layer, place) {
    // The tooltip says who holds the place on the chosen day; a click opens that report's evidence.
    layer.bindTooltip(function () { return placeSummary(place); }, { sticky: true });
    layer.on("click", function () {
      var current = controlOn(controlByPlace()[place] || [], state.day);
      if (current && current.refs.length) openEvidence(current.refs[0]);
    });
  }

  function placeSummary(place) {
    var box = el("div");
    box.appendChild(el("strong", null, place));
    var current = controlOn(controlByPlace()[place] || [], state.day);
    box.appendChild(el("div", null, current
      ? current.controller + (current.share === "partial" ? " (partial)" : "") + " since " + humanDate(current.since)
      : "No control report for " + humanDate(fromDay(state.day))));
    return box;
  }

  function renderMarkers(bounds) {
    var stacked = {};
    DATA.events.forEach(function (e) {
      if (e.lat === null || e.lon === null || e.lat === undefined) return;
      var key = e.lat.toFixed(4) + "," + e.lon.toFixed(4);
      var i = stacked[key] = (stacked[key] || 0) + 1;
      // Events at one spot fan out on a small spiral so each stays clickable; coordinates are unchanged.
      var angle = i * 2.4, radius = i === 1 ? 0 : 11 * Math.sqrt(i - 1);
      var dx = Math.round(radius * Math.cos(angle)), dy = Math.round(radius * Math.sin(angle));
      var sym = eventSymbol(e.type);
      var contested = e.stance === "disputed" || e.stance === "denied";
      var icon = L.divIcon({ html: symbolSvg(e.type, 16),
                             className: "fw-marker fw-type-" + sym.shape + (contested ? " contested" : ""),
                             iconSize: [16, 16], iconAnchor: [8 - dx, 8 - dy] });
      var marker = L.marker([e.lat, e.lon], { icon: icon, keyboard: true, title: (e.sub || e.type) + " · " + (e.location || "") });
      marker.bindPopup(function () { return eventPopup(e); }, { maxWidth: 320 });
      marker.addTo(map);
      view.markers.push({ event: e, marker: marker });
      bounds.extend(marker.getLatLng());
    });
    return bounds;
  }

  function eventPopup(e) {
    var box = el("div", "popup");
    box.appendChild(el("h3", null, (e.sub || e.type) + (e.location ? " · " + e.location : "")));
    box.appendChild(el("p", null, humanDate(e.date) + (e.earliest && e.latest && e.earliest !== e.latest ? " (between " + e.earliest + " and " + e.latest + ")" : "")));
    if (e.actor1 || e.actor2) box.appendChild(el("p", null, joinList([e.actor1, e.actor2]).replace(", ", " against ")));
    if (e.fatalities) box.appendChild(el("p", null, e.fatalities + " reported killed"));
    if (e.notes) box.appendChild(el("p", "muted", e.notes));
    var src = el("p", null, "Sources: " + (joinList(e.sources) || "unnamed") + " · " + e.independent + " independent");
    if (e.stance !== "asserted") src.appendChild(el("strong", "stance-" + e.stance, " · " + e.stance));
    box.appendChild(src);
    var ev = el("p", null, "Evidence ");
    ev.appendChild(footnotes(e.refs));
    box.appendChild(ev);
    return box;
  }

  function controlByPlace() {
    var byPlace = {};
    DATA.control.forEach(function (c) { (byPlace[c.place] = byPlace[c.place] || []).push(c); });
    return byPlace;
  }

  function controlOn(periods, day) {
    var best = null;
    periods.forEach(function (c) {
      var since = toDay(c.since), until = toDay(c.until);
      if (since === null || since > day || (until !== null && until < day)) return;
      if (!best || since > toDay(best.since) || (since === toDay(best.since) && c.share === "full")) best = c;
    });
    return best;
  }

  function paintControl() {
    var byPlace = controlByPlace();
    Object.keys(view.placeLayers).forEach(function (place) {
      var current = controlOn(byPlace[place] || [], state.day);
      var style = current
        ? { fillColor: controllerColour(current.controller), fillOpacity: current.share === "partial" ? 0.35 : 0.7,
            dashArray: current.share === "partial" ? "4 3" : null }
        : { fillColor: DATA.symbols.unknown, fillOpacity: 0.45, dashArray: null };
      view.placeLayers[place].setStyle(style);
    });
    view.markers.forEach(function (m) {
      var icon = m.marker.getElement();
      var first = toDay(m.event.earliest || m.event.date);
      if (icon) icon.classList.toggle("future", first !== null && first > state.day);
    });
  }

  function renderLegend() {
    var legend = document.getElementById("legend");
    var types = el("div", "group");
    types.appendChild(el("span", "group-title", "Events"));
    Object.keys(DATA.symbols.event_types).forEach(function (t) {
      var item = el("span", "item");
      append(item, [symbolSvg(t, 13), t]);
      types.appendChild(item);
    });
    var ctrl = el("div", "group");
    ctrl.appendChild(el("span", "group-title", "Control"));
    Object.keys(DATA.symbols.controllers).forEach(function (c) {
      var item = el("span", "item"), sw = el("span", "swatch");
      sw.style.background = DATA.symbols.controllers[c];
      append(item, [sw, c]);
      ctrl.appendChild(item);
    });
    if (DATA.events.some(function (e) { return e.stance === "disputed" || e.stance === "denied"; })) {
      var ring = el("span", "item"), rsw = el("span", "swatch contested-swatch");
      append(ring, [rsw, "disputed or denied"]);
      types.appendChild(ring);
    }
    var partial = el("span", "item"), psw = el("span", "swatch partial");
    psw.style.background = "#8a94a3";
    append(partial, [psw, "partial"]);
    var unknown = el("span", "item"), usw = el("span", "swatch");
    usw.style.background = DATA.symbols.unknown;
    append(unknown, [usw, "no report"]);
    append(ctrl, [partial, unknown]);
    append(legend, [types.childNodes.length > 1 ? types : null, ctrl]);
  }

  // ---- timeline -------------------------------------------------------------------------------

  function renderTimeline() {
    var box = document.getElementById("timeline");
    var first = toDay(DATA.stats.first), last = toDay(DATA.stats.last);
    if (first === null) { box.appendChild(el("p", "muted", "No dated records.")); return; }
    first -= 1; last += 1;
    var W = Math.max(640, box.clientWidth || 960), left = 190, right = 24, rowH = 24, top = 30;
    var x = function (day) { return left + (day - first) / Math.max(1, last - first) * (W - left - right); };
    var types = Object.keys(DATA.symbols.event_types);
    var places = Object.keys(controlByPlace()).sort();
    var rows = types.length + places.length + (places.length ? 1 : 0) + 1;
    var H = top + rows * rowH + 8;
    var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Timeline of events and control" });
    drawAxis(svg, first, last, x, top, H);
    var y = top;
    svg.appendChild(label(svgEl("text", { x: 4, y: y + 14, class: "group-label" }), "EVENTS"));
    y += rowH;
    types.forEach(function (t) {
      svg.appendChild(label(svgEl("text", { x: 4, y: y + 15, class: "row-label" }), shorten(t, 26)));
      DATA.events.filter(function (e) { return e.type === t; }).forEach(function (e) {
        var a = toDay(e.earliest || e.date), b = toDay(e.latest || e.date);
        if (a === null) return;
        var g = svgEl("g", { class: "tl-event", tabindex: 0 });
        if (b !== null && b > a) g.appendChild(svgEl("rect", { x: x(a), y: y + 9, width: x(b) - x(a), height: 4, rx: 2, fill: eventSymbol(t).color, opacity: 0.35 }));
        var sym = symbolSvg(t, 12);
        sym.setAttribute("x", x(a) - 6); sym.setAttribute("y", y + 5);
        g.appendChild(sym);
        g.appendChild(label(svgEl("title"), (e.sub || t) + " · " + (e.location || "") + " · " + (e.date || "")));
        g.addEventListener("click", function () { if (e.refs.length) openEvidence(e.refs[0]); });
        svg.appendChild(g);
        view.timelineEvents.push({ event: e, node: g });
      });
      y += rowH;
    });
    if (places.length) {
      svg.appendChild(label(svgEl("text", { x: 4, y: y + 14, class: "group-label" }), "CONTROL"));
      y += rowH;
      var byPlace = controlByPlace();
      places.forEach(function (place) {
        svg.appendChild(label(svgEl("text", { x: 4, y: y + 15, class: "row-label" }), shorten(place, 26)));
        byPlace[place].forEach(function (c) {
          var a = toDay(c.since); if (a === null) return;
          var b = toDay(c.until); if (b === null) b = last;
          var bar = svgEl("rect", { x: x(a), y: y + 5, width: Math.max(3, x(b) - x(a)), height: 12, rx: 3,
            fill: controllerColour(c.controller), opacity: c.share === "partial" ? 0.45 : 0.9, class: "tl-control" });
          bar.appendChild(label(svgEl("title"), c.controller + (c.share === "partial" ? " (partial)" : "") + " since " + c.since + (c.until ? " until " + c.until : "")));
          bar.addEventListener("click", function () { if (c.refs.length) openEvidence(c.refs[0]); });
          svg.appendChild(bar);
        });
        y += rowH;
      });
    }
    view.dayLine = svgEl("line", { class: "day-line", y1: top - 6, y2: H - 4, x1: x(first), x2: x(first) });
    view.timelineX = x;
    svg.appendChild(view.dayLine);
    box.appendChild(svg);
  }

  function drawAxis(svg, first, last, x, top, H) {
    var span = last - first, step = [1, 2, 7, 14, 30, 61, 91, 182, 365].filter(function (s) { return span / s <= 9; })[0] || 365;
    var axis = svgEl("g", { class: "axis" });
    for (var d = first; d <= last; d += step) {
      axis.appendChild(svgEl("line", { class: "grid-line", x1: x(d), x2: x(d), y1: top - 6, y2: H - 4 }));
      axis.appendChild(label(svgEl("text", { x: x(d), y: 14, "text-anchor": "middle" }), humanDate(fromDay(d)).replace(/ \d{4}$/, "")));
    }
    svg.appendChild(axis);
  }

  function label(node, text) { node.textContent = text; return node; }
  function shorten(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }

  // ---- tables -----------------------------------------------------------------------------------

  function renderEventTable() {
    var table = document.getElementById("events-table");
    table.appendChild(headRow(["Date", "Type", "Location", "Actors", "Killed", "Sources", "Stance", "Evidence"]));
    var body = el("tbody");
    DATA.events.forEach(function (e) {
      var type = el("td");
      var dot = symbolSvg(e.type, 11); dot.setAttribute("class", "type-dot");
      append(type, [dot, e.sub || e.type]);
      var row = rowOf([el("td", "nowrap", e.date || "unknown"), type, el("td", null, e.location || ""),
        el("td", null, joinList([e.actor1, e.actor2]).replace(", ", " v. ")), el("td", null, e.fatalities === null ? "" : e.fatalities),
        el("td", null, joinList(e.sources) + (e.independent ? " (" + e.independent + " indep.)" : "")),
        stanceCell(e), cellOf(footnotes(e.refs))]);
      body.appendChild(row);
      view.eventRows.push({ event: e, row: row });
    });
    table.appendChild(body);
  }

  function renderClaimTable() {
    var table = document.getElementById("claims-table");
    table.appendChild(headRow(["As of", "Claimant", "Claim", "Outlet", "Stance", "Evidence"]));
    var body = el("tbody");
    DATA.claims.forEach(function (c) {
      var row = rowOf([el("td", "nowrap", c.as_of || "unknown"), el("td", null, c.claimant || ""), el("td", null, c.summary),
        el("td", null, c.outlet || ""), stanceCell(c), cellOf(footnotes(c.refs))]);
      body.appendChild(row);
      view.claimRows.push({ claim: c, row: row });
    });
    table.appendChild(body);
  }

  // A record that is a side of a dispute says so in its row and links to the dispute card:
  // a figure another source contradicts must never read as settled.
  function stanceCell(record) {
    var cell = el("td", "stance-" + record.stance, record.stance);
    (record.disputes || []).forEach(function (id) {
      var link = el("a", "disputed", "disputed");
      link.href = "#dispute-" + id;
      cell.appendChild(document.createTextNode(" · "));
      cell.appendChild(link);
    });
    return cell;
  }

  function headRow(names) {
    var head = el("thead"), tr = el("tr");
    names.forEach(function (n) { tr.appendChild(el("th", null, n)); });
    head.appendChild(tr);
    return head;
  }
  function rowOf(cells) { return append(el("tr"), cells); }
  function cellOf(node) { return append(el("td"), [node]); }

  // ---- filters ----------------------------------------------------------------------------------

  function fillSelect(id, values) {
    var select = document.getElementById(id);
    values.forEach(function (v) { var o = el("option", null, v); o.value = v; select.appendChild(o); });
  }

  function renderFilters() {
    fillSelect("f-type", Object.keys(DATA.symbols.event_types));
    fillSelect("f-place", uniqueSorted(DATA.events.map(function (e) { return e.location; })
      .concat(DATA.control.map(function (c) { return c.place; }), DATA.claims.map(function (c) { return c.place; }))));
    var sources = [];
    DATA.events.forEach(function (e) { sources = sources.concat(e.sources, e.outlets); });
    DATA.claims.forEach(function (c) { sources.push(c.claimant, c.outlet); });
    fillSelect("f-source", uniqueSorted(sources));
    ["f-from", "f-to", "f-type", "f-place", "f-source"].forEach(function (id) {
      document.getElementById(id).addEventListener("change", readFilters);
    });
    document.getElementById("f-reset").addEventListener("click", function () {
      document.getElementById("filters").reset();
      readFilters();
    });
    if (DATA.stats.first) {
      ["f-from", "f-to"].forEach(function (id) {
        var input = document.getElementById(id);
        input.min = DATA.stats.first; input.max = DATA.stats.last;
      });
    }
  }

  function readFilters() {
    state.from = toDay(document.getElementById("f-from").value);
    state.to = toDay(document.getElementById("f-to").value);
    state.type = document.getElementById("f-type").value;
    state.place = document.getElementById("f-place").value;
    state.source = document.getElementById("f-source").value;
    applyFilters();
  }

  function inDateRange(a, b) {
    if (a === null && b === null) return state.from === null && state.to === null;
    a = a === null ? b : a; b = b === null ? a : b;
    return (state.from === null || b >= state.from) && (state.to === null || a <= state.to);
  }

  function eventShown(e) {
    return inDateRange(toDay(e.earliest || e.date), toDay(e.latest || e.date)) &&
      (!state.type || e.type === state.type) &&
      (!state.place || e.location === state.place || e.admin1 === state.place) &&
      (!state.source || e.sources.indexOf(state.source) >= 0 || e.outlets.indexOf(state.source) >= 0);
  }

  function claimShown(c) {
    return inDateRange(toDay(c.as_of), toDay(c.as_of)) &&
      (!state.place || c.place === state.place) &&
      (!state.source || c.claimant === state.source || c.outlet === state.source);
  }

  function applyFilters() {
    var shown = 0;
    view.markers.forEach(function (m) {
      var ok = eventShown(m.event);
      if (ok && !map.hasLayer(m.marker)) m.marker.addTo(map);
      if (!ok && map.hasLayer(m.marker)) m.marker.remove();
    });
    view.timelineEvents.forEach(function (t) { t.node.classList.toggle("hidden-by-filter", !eventShown(t.event)); });
    view.eventRows.forEach(function (r) { var ok = eventShown(r.event); if (ok) shown++; r.row.classList.toggle("hidden-by-filter", !ok); });
    var claims = 0;
    view.claimRows.forEach(function (r) { var ok = claimShown(r.claim); if (ok) claims++; r.row.classList.toggle("hidden-by-filter", !ok); });
    document.getElementById("events-count").textContent = shown + " of " + DATA.events.length + " shown" +
      (DATA.stats.events > DATA.events.length ? " (the " + DATA.events.length + " best sourced of " + DATA.stats.events + "; all are in events.csv)" : "");
    document.getElementById("claims-count").textContent = claims + " of " + DATA.claims.length + " shown" +
      (DATA.stats.claims > DATA.claims.length ? " (the " + DATA.claims.length + " best sourced of " + DATA.stats.claims + "; all are in claims.jsonl)" : "");
    document.getElementById("f-count").textContent = shown + " events and " + claims + " claims match";
    paintControl();
  }

  // ---- the day slider -----------------------------------------------------------------------

  function renderSlider() {
    var slider = document.getElementById("day");
    var first = toDay(DATA.stats.first), last = toDay(DATA.stats.last);
    if (first === null) { slider.disabled = true; state.day = 0; return; }
    slider.min = first; slider.max = last; slider.value = last;
    state.day = last;
    slider.addEventListener("input", function () { setDay(parseInt(slider.value, 10)); });
    setDay(last);
  }

  function setDay(day) {
    state.day = day;
    var text = humanDate(fromDay(day));
    document.getElementById("day-out").textContent = text;
    document.getElementById("day-label").textContent = text;
    if (view.dayLine && view.timelineX) {
      view.dayLine.setAttribute("x1", view.timelineX(day));
      view.dayLine.setAttribute("x2", view.timelineX(day));
    }
    paintControl();
  }

  // ---- start ------------------------------------------------------------------------------------

  renderHeader();
  renderSitrep();
  renderMap();
  renderLegend();
  renderTimeline();
  renderDisputes();
  renderEventTable();
  renderClaimTable();
  renderFilters();
  renderSlider();
  applyFilters();
  document.documentElement.dataset.ready = "1";
})();
