(function () {
  "use strict";
  window.addEventListener("error", function (event) {
    var box = document.getElementById("report-errors");
    if (!box) {
      box = document.createElement("div");
      box.id = "report-errors";
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.appendChild(document.createTextNode("Script error: " + event.message + " "));
  });
  var claims = JSON.parse(document.getElementById("claim-data").textContent);
  var labels = [["actor", "actor"], ["actor_country", "actor country"], ["claimant", "claimant (words)"],
                ["claim_type", "claim type"], ["issue", "issue"], ["polarity", "polarity"],
                ["addressee_country", "addressee"], ["speech_mode", "speech mode"], ["cue", "cue"],
                ["rule", "rule"], ["confidence", "confidence"], ["claim_id", "claim id"],
                ["review", "review"], ["machine_claim", "machine said"], ["claim_group", "same claim as"]];
  document.documentElement.className += " js";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function setHash(name) {
    try { history.replaceState(null, "", "#" + name); } catch (ignored) { /* file:// in some browsers */ }
  }

  // tabs
  var tabs = document.querySelectorAll(".tabs a");
  function showTab(name) {
    var found = false;
    Array.prototype.forEach.call(document.querySelectorAll("section.tab"), function (s) {
      var on = s.id === "tab-" + name;
      found = found || on;
      s.classList.toggle("active", on);
    });
    if (!found) { return showTab("documents"); }
    Array.prototype.forEach.call(tabs, function (a) { a.classList.toggle("active", a.dataset.tab === name); });
  }
  Array.prototype.forEach.call(tabs, function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      showTab(a.dataset.tab);
      setHash(a.dataset.tab);
    });
  });
  showTab((location.hash || "#documents").slice(1));

  // side panel
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var pinned = null;
  function card(i) {
    var c = claims[i];
    var box = el("div", "card t-" + String(c.claim_type).replace(/[^A-Za-z0-9_-]/g, "_"));
    box.appendChild(el("h3", "", c.actor + " · " + c.claim_type + " · " + c.issue));
    var dl = el("dl");
    labels.forEach(function (pair) {
      var value = c[pair[0]];
      if (value === undefined || ((pair[0] === "machine_claim" || pair[0] === "claim_group") && !value)) { return; }
      if (pair[0] === "polarity" && value !== null) { value = value > 0 ? "+1 (for)" : value < 0 ? "−1 (against)" : "0 (unclear)"; }
      dl.appendChild(el("dt", "", pair[1]));
      dl.appendChild(el("dd", "", value === null || value === "" ? "–" : value));
    });
    box.appendChild(dl);
    return box;
  }
  function show(mark) {
    var ids = [], node = mark;
    while (node && node.classList) {
      if (node.matches("mark.claim") && ids.indexOf(node.dataset.i) < 0) { ids.push(node.dataset.i); }
      node = node.parentElement;
    }
    Array.prototype.forEach.call(mark.querySelectorAll("mark.claim"), function (m) {
      if (ids.indexOf(m.dataset.i) < 0) { ids.push(m.dataset.i); }
    });
    body.textContent = "";
    body.appendChild(el("p", "hint", ids.length + (ids.length === 1 ? " claim" : " claims") + " in this sentence"));
    ids.forEach(function (i) { if (claims[i]) { body.appendChild(card(i)); } });
  }
  function outermost(target) {
    var mark = target.closest ? target.closest("mark.claim") : null;
    while (mark && mark.parentElement && mark.parentElement.closest("mark.claim")) {
      mark = mark.parentElement.closest("mark.claim");
    }
    return mark;
  }
  var docs = document.querySelector(".docs");
  if (docs) {
    docs.addEventListener("mouseover", function (event) {
      var mark = outermost(event.target);
      if (mark && !pinned) { show(mark); }
    });
    docs.addEventListener("click", function (event) {
      var mark = outermost(event.target);
      if (!mark) { return; }
      if (pinned) { pinned.classList.remove("hot"); }
      pinned = pinned === mark ? null : mark;
      panel.classList.toggle("pinned", !!pinned);
      if (pinned) { pinned.classList.add("hot"); show(pinned); }
    });
  }

  var showBp = document.getElementById("show-bp");
  showBp.addEventListener("change", function () { docs.classList.toggle("hide-bp", !showBp.checked); });

  // claims table: filter, sort, jump
  var table = document.getElementById("claims-table");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var fText = document.getElementById("f-text"), fType = document.getElementById("f-type");
  var fCountry = document.getElementById("f-country"), fConf = document.getElementById("f-conf");
  var count = document.getElementById("f-count");
  function filter() {
    var q = fText.value.trim().toLowerCase(), t = fType.value, c = fCountry.value;
    var m = parseFloat(fConf.value) || 0, shown = 0;
    rows.forEach(function (row) {
      var conf = row.dataset.conf === "" ? -1 : parseFloat(row.dataset.conf);
      var ok = (!t || row.dataset.type === t) && (!c || row.dataset.country === c) && conf >= m - 1e-9 &&
               (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " claims";
  }
  [fText, fType, fCountry, fConf].forEach(function (input) { input.addEventListener("input", filter); });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener("click", function () {
      var k = th.cellIndex, asc = !th.classList.contains("asc");
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.classList.remove("asc", "desc"); });
      th.classList.add(asc ? "asc" : "desc");
      rows.sort(function (a, b) {
        var x = a.cells[k].textContent, y = b.cells[k].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "de");
        return asc ? r : -r;
      });
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  });
  function jump(i) {
    var mark = document.querySelector('mark.claim[data-i="' + i + '"]');
    if (!mark) { return; }
    showTab("documents");
    setHash("documents");
    var details = mark.closest("details");
    if (details) { details.open = true; }
    var box = mark.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) { mark.scrollIntoView({block: "center"}); }
    mark.classList.remove("flash");
    void mark.offsetWidth;
    mark.classList.add("flash");
    if (pinned) { pinned.classList.remove("hot"); }
    pinned = outermost(mark);
    pinned.classList.add("hot");
    panel.classList.add("pinned");
    show(pinned);
  }
  table.tBodies[0].addEventListener("click", function (event) {
    var row = event.target.closest("tr");
    if (row) { jump(row.dataset.i); }
  });
  var claimHash = /^#claim-(\d+)$/.exec(location.hash);
  if (claimHash) { jump(claimHash[1]); }
  Array.prototype.forEach.call(document.querySelectorAll("a.jump"), function (a) {
    a.addEventListener("click", function (event) { event.preventDefault(); jump(a.dataset.i); });
  });

  // trends: one actor at a time
  var tActor = document.getElementById("t-actor");
  if (tActor) {
    tActor.addEventListener("change", function () {
      Array.prototype.forEach.call(document.querySelectorAll(".trend-panel"), function (panel) {
        panel.hidden = !!tActor.value && panel.dataset.actor !== tActor.value;
      });
    });
  }

  window.claimsReview = reviewView();
  window.claimsReview.onAddFromSelection = function () { showTab("review"); setHash("review"); };

  // network: highlight a node's lines
  var net = document.getElementById("net");
  if (net) {
    net.addEventListener("mouseover", function (event) {
      var g = event.target.closest("g.node");
      if (!g) { return; }
      var key = g.dataset.node;
      net.classList.add("focus");
      Array.prototype.forEach.call(net.querySelectorAll(".edge"), function (e) {
        e.classList.toggle("on", e.dataset.a === key || e.dataset.b === key);
      });
    });
    net.addEventListener("mouseout", function () { net.classList.remove("focus"); });
  }
  document.documentElement.setAttribute("data-report-ready", "1");

  // ------------------------------------------------------------------ review: confirm, reject, change, add; export
  function reviewView() {
    var review = JSON.parse(document.getElementById("review-data").textContent);
    var columns = review.columns;
    var existing = {};
    review.corrections.forEach(function (line) { existing[String(line.line)] = line; });
    var state = {marks: {}, adds: [], dropped: {}};
    try {
      var saved = JSON.parse(localStorage.getItem(review.storage) || "null");
      if (saved && saved.marks) { state = saved; }
    } catch (ignored) { /* no storage on file:// in some browsers: marks last until the page is closed */ }
    function save() {
      try { localStorage.setItem(review.storage, JSON.stringify(state)); } catch (ignored) { /* see above */ }
    }
    function sha(docId) { return review.docs[docId] ? review.docs[docId].sha256 : ""; }

    // the key of a claim: the machine's values, or those of the corrections line that made it
    function base(i) {
      var c = claims[i], line = c.review_line ? existing[c.review_line] : null;
      if (line && line.action === "add") {
        return {origin: "add", line: line.line, doc_id: c.doc_id, sentence: line.sentence,
                match_actor: "", match_claim_type: "", match_issue: ""};
      }
      return {origin: line ? "line" : "machine", line: line ? line.line : null, doc_id: c.doc_id,
              sentence: line ? line.sentence : c.sentence,
              match_actor: line ? (line.match_actor || "") : c.actor,
              match_claim_type: line ? (line.match_claim_type || "") : c.claim_type,
              match_issue: line ? (line.match_issue || "") : c.issue};
    }
    function key(i) {  // stable across reruns: document, sentence and the claim's key values
      var b = base(i);
      return JSON.stringify([b.doc_id, b.sentence, b.match_actor, b.match_claim_type, b.match_issue, b.line || ""]);
    }
    function status(i) {
      var m = state.marks[key(i)];
      if (m) { return m.action === "confirm" ? "confirmed" : m.action === "reject" ? "rejected" : "changed"; }
      return claims[i].review || "";
    }
    function mark(i, action, values) {
      var c = claims[i];
      state.marks[key(i)] = {action: action, values: values || {}, note: (values && values.note) || "", base: base(i),
                             claim: {claimant: c.claimant, actor: c.actor, actor_country: c.actor_country,
                                     claim_type: c.claim_type, issue: c.issue, polarity: c.polarity,
                                     review_note: c.review_note}};
      save();
      render();
    }
    function unmark(i) { delete state.marks[key(i)]; save(); render(); }

    function line(action, b, values, note) {
      var row = {action: action, doc_id: b.doc_id, doc_sha256: sha(b.doc_id), sentence: b.sentence,
                 match_actor: b.match_actor, match_claim_type: b.match_claim_type, match_issue: b.match_issue,
                 note: note || ""};
      ["claimant", "actor", "actor_country", "claim_type", "issue", "polarity"].forEach(function (k) {
        row[k] = values && values[k] !== undefined ? String(values[k]) : "";
      });
      return row;
    }
    // every line of the corrections file this page would save: the file's lines that no mark
    // replaces, then one line per mark and per added claim
    function lines() {
      var replaced = {}, out = [];
      Object.keys(state.marks).forEach(function (k) { var b = state.marks[k].base; if (b.line) { replaced[b.line] = true; } });
      review.corrections.forEach(function (row) {
        if (!replaced[row.line] && !state.dropped[row.line]) {
          var copy = {};
          columns.forEach(function (k) { copy[k] = row[k] || ""; });
          out.push(copy);
        }
      });
      Object.keys(state.marks).forEach(function (k) {
        var m = state.marks[k], b = m.base, c = m.claim;
        if (b.origin === "add") {  // an added claim: keep, change or drop its 'add' line
          if (m.action === "reject") { return; }
          var values = {claimant: c.claimant, actor: c.actor, actor_country: c.actor_country,
                        claim_type: c.claim_type, issue: c.issue, polarity: c.polarity};
          Object.keys(m.values).forEach(function (k) { if (m.values[k] !== "" && k !== "note") { values[k] = m.values[k]; } });
          out.push(line("add", b, values, m.note || c.review_note));
          return;
        }
        out.push(line(m.action, b, m.action === "change" ? m.values : {}, m.note));
      });
      state.adds.forEach(function (a) { out.push(line("add", {doc_id: a.doc_id, sentence: a.sentence,
        match_actor: "", match_claim_type: "", match_issue: ""}, a.values, a.values.note)); });
      return out;
    }
    function csvField(value) {
      value = value === null || value === undefined ? "" : String(value);
      return /[",\r\n;]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
    }
    function csv() {
      var text = columns.join(",") + "\n";
      lines().forEach(function (row) { text += columns.map(function (k) { return csvField(row[k]); }).join(",") + "\n"; });
      return text;
    }

    // the table of claims with their review buttons
    var tbody = document.querySelector("#review-table tbody");
    var show = document.getElementById("r-show"), find = document.getElementById("r-text");
    var progress = document.getElementById("review-progress");
    function button(label, title, handler, cls) {
      var b = el("button", cls || "", label);
      b.type = "button";
      b.title = title;
      b.addEventListener("click", handler);
      return b;
    }
    function select(values, current, allowEmpty) {
      var s = el("select");
      if (allowEmpty) { s.appendChild(el("option", "", "")).value = ""; }
      values.forEach(function (v) { var o = el("option", "", v); o.value = v; s.appendChild(o); });
      if (current !== undefined && current !== null) {
        if (values.indexOf(String(current)) < 0) { var o = el("option", "", current); o.value = current; s.appendChild(o); }
        s.value = String(current);
      }
      return s;
    }
    function fields(box, c) {  // inputs for claimant, actor, country, type, issue, polarity, note
      box.textContent = "";
      var inputs = {};
      [["claimant", "input"], ["actor", "input"], ["actor_country", review.countries], ["claim_type", review.types],
       ["issue", review.issues], ["polarity", ["1", "0", "-1"]], ["note", "input"]].forEach(function (spec) {
        var name = spec[0], input;
        if (spec[1] === "input") {
          input = el("input");
          input.value = c && c[name] !== null && c[name] !== undefined ? c[name] : "";
        } else {
          input = select(spec[1], c ? c[name] : undefined, name === "actor_country");
        }
        input.name = name;
        input.setAttribute("aria-label", name);
        var label = el("label", "", name.replace("_", " ") + " ");
        label.appendChild(input);
        box.appendChild(label);
        inputs[name] = input;
      });
      return inputs;
    }
    function editor(i, row) {
      var form = el("tr", "editor"), cell = el("td");
      cell.colSpan = 8;
      var box = el("div", "fields");
      var c = claims[i];
      var inputs = fields(box, {claimant: c.claimant, actor: c.actor, actor_country: c.actor_country,
                                claim_type: c.claim_type, issue: c.issue, polarity: c.polarity, note: ""});
      cell.appendChild(box);
      cell.appendChild(button("Save change", "keep only the values that differ", function () {
        var values = {}, any = false;
        ["claimant", "actor", "actor_country", "claim_type", "issue", "polarity"].forEach(function (k) {
          var v = inputs[k].value.trim();
          if (v !== String(c[k] === null ? "" : c[k])) { values[k] = v; any = true; }
        });
        values.note = inputs.note.value.trim();
        if (any) { mark(i, "change", values); } else { mark(i, "confirm", {note: values.note}); }
      }, "primary save-change"));
      cell.appendChild(button("Cancel", "close", function () { form.remove(); }));
      form.appendChild(cell);
      row.after(form);
    }
    function render() {
      tbody.textContent = "";
      var counts = {confirmed: 0, rejected: 0, changed: 0, added: 0}, shown = 0, total = 0;
      var q = find.value.trim().toLowerCase();
      Object.keys(claims).forEach(function (i) {
        var st = status(i), pending = state.marks[key(i)], c = claims[i];
        if (pending && pending.action === "change") {  // show the values the export will set
          c = Object.assign({}, c);
          Object.keys(pending.values).forEach(function (k) { if (pending.values[k] !== "" && k !== "note") { c[k] = pending.values[k]; } });
        }
        total += 1;
        if (st) { counts[st] = (counts[st] || 0) + 1; }
        if ((show.value === "open" && st) || (show.value === "done" && !st)) { return; }
        var text = [c.actor, c.claim_type, c.issue, c.sentence, c.doc_id].join(" ").toLowerCase();
        if (q && text.indexOf(q) < 0) { return; }
        shown += 1;
        var row = el("tr", st ? "st-" + st : "");
        row.dataset.i = i;
        row.appendChild(el("td", "status", st || "–"));
        var actions = el("td", "actions");
        actions.appendChild(button("✓", "confirm: the claim is right", function () { mark(i, "confirm"); }, "confirm"));
        actions.appendChild(button("✗", "reject: not a claim", function () { mark(i, "reject"); }, "reject"));
        actions.appendChild(button("✎", "change actor, type, issue or polarity", function () { editor(i, row); }, "change"));
        if (state.marks[key(i)]) { actions.appendChild(button("↺", "undo my mark", function () { unmark(i); }, "undo")); }
        row.appendChild(actions);
        row.appendChild(el("td", "", c.actor + (c.actor_country ? " (" + c.actor_country + ")" : "")));
        var t = el("td");
        t.appendChild(el("span", "chip t-" + String(c.claim_type).replace(/[^A-Za-z0-9_-]/g, "_"), c.claim_type));
        row.appendChild(t);
        row.appendChild(el("td", "", c.issue));
        row.appendChild(el("td", "", c.polarity));
        row.appendChild(el("td", "sentence", c.sentence));
        row.appendChild(el("td", "", review.docs[c.doc_id] ? review.docs[c.doc_id].title : c.doc_id));
        tbody.appendChild(row);
      });
      counts.added += state.adds.length;
      progress.textContent = (total - countOpen()) + " of " + total + " claims reviewed · " + counts.confirmed +
        " confirmed · " + counts.rejected + " rejected · " + counts.changed + " changed · " + counts.added +
        " added · " + lines().length + " lines to export";
      renderFileLines();
    }
    function countOpen() {
      return Object.keys(claims).filter(function (i) { return !status(i); }).length;
    }
    show.addEventListener("change", render);
    find.addEventListener("input", render);

    // lines of the corrections file that no longer apply, and the claims it rejects
    function renderFileLines() {
      var stale = review.log.filter(function (row) { return row.status === "stale"; });
      var rejected = review.corrections.filter(function (row) { return row.action === "reject"; });
      [[stale, "stale"], [rejected, "rejected"]].forEach(function (pair) {
        var box = document.getElementById(pair[1] + "-box"), list = document.getElementById(pair[1] + "-list");
        box.hidden = !pair[0].length;
        list.textContent = "";
        pair[0].forEach(function (row) {
          var item = el("li", state.dropped[row.line] ? "dropped" : "");
          item.appendChild(el("span", "", "line " + row.line + " · " + row.action + " · " + (row.match || row.actor || "") +
                              " · „" + row.sentence + "“" + (row.detail ? " — " + row.detail : "")));
          item.appendChild(button(state.dropped[row.line] ? "keep" : (pair[1] === "stale" ? "drop" : "undo reject"),
            "leave this line out of the export", function () {
              if (state.dropped[row.line]) { delete state.dropped[row.line]; } else { state.dropped[row.line] = true; }
              save();
              render();
            }));
          list.appendChild(item);
        });
      });
    }

    // adding a missed claim: choose the document and its sentence, then the values
    var form = document.getElementById("add-form"), aDoc = document.getElementById("a-doc");
    var aFind = document.getElementById("a-find"), aSentence = document.getElementById("a-sentence");
    var aMsg = document.getElementById("a-msg");
    var aInputs = fields(document.getElementById("a-fields"), {polarity: "1"});
    function sentenceOptions() {
      aSentence.textContent = "";
      var q = aFind.value.trim().toLowerCase();
      (review.sentences[aDoc.value] || []).forEach(function (pair) {
        if (q && pair[1].toLowerCase().indexOf(q) < 0) { return; }
        var o = el("option", "", pair[1]);
        o.value = pair[1];
        aSentence.appendChild(o);
      });
      if (aSentence.options.length === 1) { aSentence.selectedIndex = 0; }
    }
    aDoc.addEventListener("change", sentenceOptions);
    aFind.addEventListener("input", sentenceOptions);
    sentenceOptions();
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var values = {};
      Object.keys(aInputs).forEach(function (k) { values[k] = aInputs[k].value.trim(); });
      if (!aSentence.value || !values.actor || !values.claim_type || !values.issue) {
        aMsg.textContent = "Choose a sentence and give at least actor, claim type and issue.";
        return;
      }
      state.adds.push({doc_id: aDoc.value, sentence: aSentence.value, values: values});
      save();
      aMsg.textContent = "Added: " + values.actor + " · " + values.claim_type + " · " + values.issue;
      render();
    });
    // selected words in a document prefill the sentence search
    var addButton = document.getElementById("add-from-selection");
    document.addEventListener("selectionchange", function () {
      var sel = window.getSelection(), text = sel ? String(sel).trim() : "";
      var node = sel && sel.anchorNode ? (sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement) : null;
      var doc = node && node.closest ? node.closest("details.doc") : null;
      document.getElementById("selection-add").hidden = !(text && doc);
      if (text && doc) { addButton.dataset.doc = doc.dataset.docId; addButton.dataset.text = text.slice(0, 200); }
    });
    addButton.addEventListener("click", function () {
      aDoc.value = addButton.dataset.doc;
      aFind.value = addButton.dataset.text;
      sentenceOptions();
      if (window.claimsReview && window.claimsReview.onAddFromSelection) { window.claimsReview.onAddFromSelection(); }
      form.scrollIntoView({block: "center"});
    });

    document.getElementById("export-corrections").addEventListener("click", function () {
      var blob = new Blob(["\ufeff" + csv()], {type: "text/csv;charset=utf-8"});
      var a = el("a");
      a.href = URL.createObjectURL(blob);
      a.download = "corrections.csv";
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    });
    document.getElementById("clear-marks").addEventListener("click", function () {
      state = {marks: {}, adds: [], dropped: {}};
      save();
      render();
    });
    render();
    return {csv: csv, lines: lines, mark: mark, render: render};
  }
})();
