/* ikicalc web page: reads the formula as you type (POST /api/parse and /api/lint), renders
   its LaTeX with KaTeX, builds one input per variable, evaluates (POST /api/evaluate), and
   makes reports from uploaded files (POST /api/report). Text from the user or the server is
   only ever put into the page as text (textContent), never as HTML. */
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const formula = $("formula");
  let generation = 0;        // answers to an older text are dropped
  let variables = [];        // [{name, sigma}]
  const values = new Map();  // name -> text typed, kept while the formula changes

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // The page is Indonesian: the API's messages and reports are asked for in Indonesian too.
  const BAHASA = "id";

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": BAHASA },
      body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({ error: { message: response.statusText } }));
    return { ok: response.ok, status: response.status, data };
  }

  function showError(box, error) {
    box.replaceChildren();
    if (!error) { box.hidden = true; return; }
    box.hidden = false;
    box.append(el("p", {}, error.message));
    if (error.excerpt) box.append(el("pre", {}, error.excerpt));
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  // --- the reading: highlighted variables, lint underlines, LaTeX -------------------------

  function syncScroll() {
    const box = $("sorotan");
    box.scrollTop = formula.scrollTop;
    box.scrollLeft = formula.scrollLeft;
  }

  function highlight(text, spans, findings) {
    // Boundaries where a variable or a lint span starts or ends; each piece between two
    // boundaries is text, marked as a variable and/or underlined as a finding.
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    for (const f of findings) { cuts.add(f.start); cuts.add(f.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const box = $("sorotan");
    box.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      let node = document.createTextNode(text.slice(a, b));
      const variable = spans.find((s) => s.start <= a && b <= s.end);
      if (variable) {
        const mark = el("mark", { class: "var" + (variable.sigma ? " sigma" : ""), title: variable.name });
        mark.append(node);
        node = mark;
      }
      const finding = findings.find((f) => f.start <= a && b <= f.end);
      if (finding) {
        const line = el("span", { class: "lint " + finding.severity, title: finding.code + " " + finding.message });
        line.append(node);
        node = line;
      }
      box.append(node);
    }
    box.append(document.createTextNode("\n"));  // a final newline keeps the heights equal
    syncScroll();
  }

  function showFindings(findings) {
    const list = $("temuan");
    list.replaceChildren();
    for (const f of findings) {
      const item = el("li", { class: f.severity });
      item.append(el("span", { class: "kode" }, f.code), " ", el("span", {}, f.message));
      if (f.suggestion) {
        const use = el("button", { type: "button", class: "pakai-saran" }, "Pakai saran: " + f.suggestion);
        use.addEventListener("click", () => { formula.value = f.suggestion; read(); });
        item.append(" ", use);
      }
      list.append(item);
    }
  }

  function renderLatex(latex) {
    const box = $("latex");
    if (!latex) { box.replaceChildren(); return; }
    if (window.katex) {
      window.katex.render(latex, box, { displayMode: true, throwOnError: false });
    } else {
      box.textContent = latex;
    }
  }

  function buildInputs(spans) {
    const seen = new Map();
    for (const s of spans) {
      const key = s.name.toLowerCase().replace(/\s+/g, " ");
      if (!seen.has(key)) seen.set(key, { name: s.name, sigma: s.sigma });
    }
    const next = [...seen.values()];
    const same = next.length === variables.length &&
      next.every((v, i) => v.name === variables[i].name && v.sigma === variables[i].sigma);
    if (same) return;
    variables = next;
    const form = $("variabel");
    form.replaceChildren();
    variables.forEach((v, i) => {
      const id = "nilai-" + i;
      form.append(el("label", { for: id }, (v.sigma ? "Σ " : "") + v.name));
      const input = el("input", {
        id, name: v.name, inputmode: "decimal", "data-variable": v.name,
        placeholder: v.sigma ? "mis. 20; 22; 21" : "mis. 38",
      });
      input.value = values.get(v.name) || "";
      input.addEventListener("input", () => { values.set(v.name, input.value); evaluateSoon(); });
      form.append(input);
    });
  }

  async function read() {
    const text = formula.value;
    const mine = ++generation;
    if (!text.trim()) {
      highlight("", [], []); renderLatex(""); showFindings([]); showError($("galat"), null);
      $("kanonik").textContent = ""; buildInputs([]); return;
    }
    const [parsed, linted] = await Promise.all([
      post("/api/parse", { formula: text }),
      post("/api/lint", { text }),
    ]);
    if (mine !== generation) return;
    const findings = linted.ok ? linted.data.diagnostics : [];
    showFindings(findings);
    if (parsed.ok) {
      showError($("galat"), null);
      highlight(text, parsed.data.spans, findings);
      renderLatex(parsed.data.latex);
      $("kanonik").textContent = "Bentuk baku: " + parsed.data.text;
      buildInputs(parsed.data.spans);
    } else {
      highlight(text, [], findings);
      renderLatex("");
      $("kanonik").textContent = "";
      showError($("galat"), parsed.data.error);
      buildInputs([]);
    }
    evaluate();
  }

  // --- evaluation ---------------------------------------------------------------------------

  function valueOf(text, sigma) {
    const parts = text.split(";").map((p) => p.trim()).filter((p) => p !== "");
    return sigma || parts.length > 1 ? parts : parts[0];
  }

  function showResult(nilai, capaian, kategori) {
    $("hasil-nilai").textContent = nilai;
    $("hasil-capaian").textContent = capaian;
    $("hasil-kategori").textContent = kategori;
  }

  const comma = (text) => (text === null || text === undefined ? "–" : String(text).replace(".", ","));

  async function evaluate() {
    const text = formula.value;
    const box = $("galat-hitung");
    if (!text.trim() || variables.length === 0) { showResult("–", "–", "–"); showError(box, null); return; }
    const data = {};
    for (const v of variables) {
      const typed = (values.get(v.name) || "").trim();
      if (typed === "") { showResult("–", "–", "–"); showError(box, null); return; }
      data[v.name] = valueOf(typed, v.sigma);
    }
    const body = { formula: text, data, polarity: $("polaritas").value, kategori: $("skala").value };
    const target = $("target").value.trim();
    if (target) body.target = target;
    const mine = generation;
    const answer = await post("/api/evaluate", body);
    if (mine !== generation) return;
    if (!answer.ok) { showResult("–", "–", "–"); showError(box, answer.data.error); return; }
    showError(box, null);
    const r = answer.data;
    showResult(comma(r.value) + (r.unit ? " " + r.unit : ""),
      r.capaian ? comma(r.capaian) + " %" : "–", r.kategori || "–");
  }
  const evaluateSoon = debounce(evaluate, 200);

  // --- report -----------------------------------------------------------------------------

  const COLUMNS = [["indikator_id", "ID"], ["indikator", "Indikator"], ["pegawai", "Pegawai"],
    ["formula", "Formula"], ["target", "Target"], ["realisasi", "Realisasi"],
    ["capaian", "Capaian (%)"], ["kategori", "Kategori"], ["error", "Keterangan"]];

  function reportForm(format) {
    const form = new FormData();
    form.append("document", $("dokumen").files[0]);
    form.append("data", $("data").files[0]);
    form.append("format", format);
    form.append("kategori", $("skala").value);
    return form;
  }

  function showReport(report) {
    const table = $("laporan");
    table.replaceChildren();
    const perEmployee = report.rows.some((r) => r.pegawai);
    const columns = COLUMNS.filter(([key]) => key !== "pegawai" || perEmployee);
    const head = el("tr");
    for (const [, title] of columns) head.append(el("th", {}, title));
    table.append(el("thead")); table.tHead.append(head);
    const body = el("tbody");
    for (const row of report.rows) {
      const tr = el("tr");
      for (const [key] of columns) {
        let value = row[key];
        if (key === "realisasi" || key === "capaian") value = value === null ? "" : comma(value);
        if (key === "error" && value) value = String(value).split("\n")[0];
        const cls = { realisasi: "angka", capaian: "angka", error: "keterangan", formula: "rumus" }[key] || "";
        tr.append(el("td", cls ? { class: cls } : {}, value === null ? "" : value));
      }
      body.append(tr);
    }
    table.append(body);
    const c = report.counts;
    $("ringkasan-laporan").textContent =
      `${c.rows} baris: ${c.computed} terhitung, ${c.errors} tidak dapat dihitung` +
      (c.unused_values ? `; ${c.unused_values} nilai data tidak dipakai formula mana pun` : "");
  }

  async function makeReport(event) {
    event.preventDefault();
    const box = $("galat-laporan");
    if (!$("dokumen").files[0] || !$("data").files[0]) {
      showError(box, { message: "Pilih berkas dokumen dan berkas data realisasi." });
      return;
    }
    const response = await fetch("/api/report", {
      method: "POST", headers: { "Accept-Language": BAHASA }, body: reportForm("json"),
    });
    const data = await response.json().catch(() => ({ error: { message: response.statusText } }));
    if (!response.ok) {
      showError(box, data.error); $("unduhan").hidden = true; $("laporan").replaceChildren();
      $("ringkasan-laporan").textContent = ""; return;
    }
    showError(box, null);
    showReport(data);
    $("unduhan").hidden = false;
  }

  async function download(format) {
    const response = await fetch("/api/report", {
      method: "POST", headers: { "Accept-Language": BAHASA }, body: reportForm(format),
    });
    if (!response.ok) {
      const data = await response.json().catch(() => ({ error: { message: response.statusText } }));
      showError($("galat-laporan"), data.error); return;
    }
    const blob = await response.blob();
    const base = ($("dokumen").files[0].name || "laporan").replace(/\.[^.]*$/, "");
    const link = el("a", { href: URL.createObjectURL(blob), download: `laporan-${base}.${format}` });
    document.body.append(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  // --- wiring -------------------------------------------------------------------------------

  async function loadScales() {
    const response = await fetch("/api/scales");
    if (!response.ok) return;
    const select = $("skala");
    const { scales } = await response.json();
    select.replaceChildren(...scales.map((name) => el("option", { value: name }, name)));
    select.value = scales.includes("skp-2013") ? "skp-2013" : scales[0];
  }

  async function loadFormats() {
    const response = await fetch("/api/report/formats");
    if (!response.ok) return;
    const { documents } = await response.json();
    $("jenis-dokumen").textContent = "(" + documents.map((s) => s.slice(1).toUpperCase()).join(", ") + ")";
    $("dokumen").setAttribute("accept", documents.join(","));
  }

  document.addEventListener("DOMContentLoaded", () => {
    formula.addEventListener("input", debounce(read, 250));
    formula.addEventListener("input", () => {
      // Until the new reading arrives, the backdrop shows the text without marks, so the
      // old marks never sit under the wrong letters.
      const box = $("sorotan");
      box.replaceChildren(document.createTextNode(formula.value + "\n"));
      syncScroll();
    });
    formula.addEventListener("scroll", syncScroll);
    for (const button of document.querySelectorAll(".contoh-formula")) {
      button.addEventListener("click", () => { formula.value = button.textContent; read(); });
    }
    for (const id of ["target", "polaritas", "skala"]) $(id).addEventListener("input", evaluateSoon);
    $("form-laporan").addEventListener("submit", makeReport);
    for (const button of document.querySelectorAll("#unduhan button")) {
      button.addEventListener("click", () => download(button.dataset.format));
    }
    $("data").setAttribute("accept", ".csv,.xlsx,.json,.yaml,.yml");
    loadScales();
    loadFormats();
    if (formula.value.trim()) read();
  });
})();
