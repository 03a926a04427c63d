#!/usr/bin/env node
// The peers' number test suites run through findClaims() (issue 4); figures are printed, never
// asserted. Usage (after npm run build): node bench/numbers.mjs [-v] [--suite NAME], NAME a prefix
// of recognizers-text, duckling, quantulum3, news-numeric-smoke (../shared/corpus/*, see their
// READMEs). -v adds a sample of failures (input, expected, produced) and the disputed cases.
//
// Input: the case text, unchanged, as one paragraph {index 0, start 0, end length}; no quotes.
// An expected entity is MATCHED by an unused claim overlapping its characters (our spans hold the
// hedge and noun, theirs do not) with its value (relative tolerance 1e-9; a range's ends in either
// order), its qualifier if the spec gives one, and its unit if the spec gives one: currencies as
// ISO codes (Dollar, "$" -> USD; Pound -> GBP; Rupee -> INR/PKR/LKR/NPR; Duckling's unnamed "bucks"
// -> any code; Cent, Pence -> value/100 in USD/GBP or the minor unit by name), measures by
// dimension with conversion (Duckling writes "0.002 kg" as 2 Gram; m = metres; ton = tonne = metric
// ton; megabit = MB; "barrels a day" matches barrels; bare "degrees" accepts °C/°F); an exotic unit
// this script does not know (eV, Gy) is not checked. A case PASSES when every entity is matched, no
// claim lies inside a span that must not be a claim, and there is no FALSE HIT (rules below); a
// throw fails it. DISPUTED cases (see DISPUTED) are judged as spec'd but left out of the rate.
//
// recognizers-text: counted NumberModel, NumberRangeModel, PercentModel, CurrencyModel,
//   DimensionModel, AgeModel, TemperatureModel. Left out: the *ExperimentalMode / *PercentMode files
//   (other settings of the same models: inclusive range ends, "1 in 21" as two numbers, "one out of
//   three" as 33.3 %) and OrdinalModelSuppressExtendedTypes (a subset). OrdinalModel runs apart as a
//   negative test: no claim inside an ordinal ("first", "the last one"; "a third" inside "forty two
//   and a third" is fine). Null-valued entities ("percent", "dollar" alone) are dropped; a case left
//   without entities is a negative. Ranges: "(a,b)" range, "(a," more_than, "[a," at_least, ",b)"
//   less_than, ",b]" at_most/up_to, "[a,a]" exact. False hit: a claim of the model's kind that
//   overlaps no entity (NumberModel: any but measure, money, percent, age, which the unit models
//   own; Range: hedged; Currency: money; Dimension: measure but degrees; Temperature: °C/°F/K; Age:
//   age; Percent: percent). Also printed: the subset the official JS package supports.
// duckling: counted Numeral, AmountOfMoney, Quantity, Distance, Volume, Temperature "corpus" and
//   "negative" rows, the whole input being the entity; "latent" rows (bare "5" as money, only with
//   Duckling's latent option) skipped; Ordinal rows run apart and must yield nothing. Qualifiers: a
//   value exact or about; under/at most: less_than, at_most or up_to (Duckling makes them one);
//   over/at least: more_than or at_least; between: range. False hit: a claim of another value.
// quantulum3: quantities.json and quantities.ambiguity.json, entities found by surface text;
//   "dimensionless" is not unit-checked; "3 to 4 L" (3.5 ± 0.5) is a range 3..4, "2,000.45±0.01
//   pounds" a value. Years and numbers in names (Voyager 2, English 101, South 32, i7 860, Bahco
//   9031) become must-not-be-a-claim spans (GOLD.md) and are counted. False hit: any claim outside
//   the entities. errors.json runs apart (must not throw); expand.json is not extraction: skipped.
// news-numeric-smoke: every claim with qualifier, unit (case and plural aside) and high; optional
//   claims are neither required nor false hits. The suite marks "nearly"/"almost" about where
//   src/types.ts says less_than: both accepted. False hit: any claim outside the gold ones (but
//   smoke-31, "tens of thousands", whose note allows an optional claim).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, "../shared/corpus");
const args = process.argv.slice(2);
const verbose = args.includes("-v");
const only = args.includes("--suite") ? args[args.indexOf("--suite") + 1] ?? "" : "";
if (!existsSync(corpus)) (console.log(`numbers: no corpus at ${corpus}; skipped.`), process.exit(0));
const { findClaims } = await import("../dist/index.js");
const t0 = performance.now();
const json = (p) => JSON.parse(readFileSync(join(corpus, p), "utf8").replace(/^\uFEFF/, ""));

// ---- units: id -> [dimension, factor to the dimension's base, ...names]
const UNITS = {
  m: ["len", 1, "meter", "mtr"], km: ["len", 1e3, "kilometer", "kms"], cm: ["len", 1e-2, "centimeter"], mm: ["len", 1e-3, "millimeter"], dm: ["len", 0.1, "decimeter"],
  nm: ["len", 1e-9, "nanometer"], pm: ["len", 1e-12, "picometer"], am: ["len", 1e-18, "attometer"], mi: ["len", 1609.344, "mile"], ft: ["len", 0.3048, "foot", "feet", "'"],
  in: ["len", 0.0254, "inch", "inches", '"', "''"], yd: ["len", 0.9144, "yard"], m2: ["area", 1, "square meter", "sq m", "m²", "sqm"], km2: ["area", 1e6, "square kilometer", "sq km", "km²"],
  "sq mi": ["area", 2589988.110336, "square mile"], acre: ["area", 4046.8564224], ha: ["area", 1e4, "hectare"], km3: ["vol", 1e12, "cubic kilometer", "km³", "km^3"],
  l: ["vol", 1, "liter"], ml: ["vol", 1e-3, "milliliter", "cc", "cubic centimeter"], cl: ["vol", 1e-2, "centiliter"], hl: ["vol", 100, "hectoliter"], gal: ["vol", 3.785411784, "gallon"],
  cup: ["vol", 0.2365882365], tbsp: ["vol", 0.01478676478125, "tablespoon"], tsp: ["vol", 0.00492892159375, "teaspoon"], "cu ft": ["vol", 28.316846592, "cubic foot", "ft3"],
  bbl: ["vol", 158.987294928, "barrel"], g: ["mass", 1, "gram"], kg: ["mass", 1e3, "kilogram", "kilo"], mg: ["mass", 1e-3, "milligram"], µg: ["mass", 1e-6, "microgram", "mcg", "μg", "ug"],
  lb: ["mass", 453.59237, "pound", "pound-mass"], oz: ["mass", 28.349523125, "ounce"], t: ["mass", 1e6, "ton", "metric ton"], dram: ["mass", 1.7718451953125, "drachma"],
  s: ["time", 1, "second", "sec"], ms: ["time", 1e-3, "millisecond"], min: ["time", 60, "minute"], h: ["time", 3600, "hour", "hr"], day: ["time", 86400], week: ["time", 604800, "wk"],
  month: ["time", 2629746], year: ["time", 31556952, "yr", "yo", "y"], c: ["temp", 0, "celsius", "°c", "centigrade", "centigrate", "celcius"], f: ["temp", 0, "fahrenheit", "°f", "farenheit"],
  k: ["temp", 0, "kelvin"], deg: ["angle", 0, "degree", "°"], rad: ["angle", 0, "radian"], turn: ["angle", 0], bit: ["data", 1, "b"], byte: ["data", 8], kb: ["data", 8e3, "kilobyte", "kilobit"],
  mb: ["data", 8e6, "megabyte", "megabit"], gb: ["data", 8e9, "gigabyte"], eb: ["data", 8e18, "exabyte"], percent: ["pct", 1, "%", "per cent", "percentage", "pct"],
};
const ALIAS = new Map(Object.entries(UNITS).flatMap(([id, [, , ...names]]) => [[id, id], ...names.map((n) => [n, id])]));
const sing = (s) => s.replace(/\b(feet|inches|[a-z]{2,}?(?<!s|u|i)s)\b/g, (w) => ({ feet: "foot", inches: "inch" })[w] ?? w.slice(0, -1));
function canon(u) {
  if (u == null) return null;
  let s = String(u).trim().replace(/^[([{<]+|[)\]}>]+$/g, "").toLowerCase().replace(/metre/g, "meter").replace(/litre/g, "liter").replace(/gramme/g, "gram").replace(/tonne/g, "ton");
  s = s.replace(/[\s-]*(?:old|of age)$/, "").replace(/^(?:degrees?|deg\.?) (?=[cf]|cel|fah|cen)/, "").replace(/\.$/, "").replace(/^degree /, "");
  const per = s.split(/\s*\/\s*|\s+(?:per|an?)\s+/);
  if (per.length === 2 && per[0] && per[1]) return `${canon(per[0])}/${canon(per[1])}`;
  if ({ mph: 1, kph: 1, kmph: 1 }[s]) return s === "mph" ? "mi/h" : "km/h";
  return ALIAS.get(s) ?? ALIAS.get(sing(s)) ?? sing(s);
}
const info = (id) => (id?.includes("/") ? ((a, b) => a && b && [`${a[0]}/${b[0]}`, a[1] / b[1]])(...id.split("/").map((p) => UNITS[p])) : UNITS[id]);
// Unit check for a measure or a noun: the factor that turns the claim's value into the spec's unit, or 0.
function measure(expected) {
  const e = canon(expected), ei = info(e);
  return (u) => {
    const c = canon(u), ci = info(c);
    // "barrels a day" is a count of barrels; bare "degrees" may be either scale
    if (c === e || (!e.includes("/") && c?.split("/")[0] === e) || (e === "deg" && (c === "c" || c === "f"))) return 1;
    return ci && ei && ci[0] === ei[0] && ci[1] && ei[1] ? ci[1] / ei[1] : 0;
  };
}
const known = (u) => !!info(canon(u));
const CUR = { dollar: "USD", "united states dollar": "USD", pound: "GBP", "pound sterling": "GBP", "british pound": "GBP", euro: "EUR", franc: "CHF FRF BEF XOF XAF", rupee: "INR PKR LKR NPR", "finnish markka": "FIM", peseta: "ESP", "netherlands guilder": "NLG", bitcoin: "BTC XBT", dinar: "KWD BHD IQD JOD LYD TND DZD", riyal: "SAR QAR OMR YER", rial: "IRR OMR YER", unnamed: "*" };
const MINOR = { cent: ["USD", 100], penny: ["GBP USD", 100], pence: ["GBP", 100], dime: ["USD", 10], sen: ["MYR", 100], satoshi: ["BTC", 1e8] };
const isMoney = (k) => k.kind === "money" || /^[A-Z]{3}$/.test(k.unit ?? "");
// Alternatives {value, unit} for an amount of money named `name` (a spec's unit name or ISO code).
function money(name, value, iso) {
  const n = name.toLowerCase().replace(/s$/, "");
  if (MINOR[n]) return [{ value, unit: (u) => +(canon(u) === n || canon(u) === "¢" || (n === "penny" && /^pence|^p$/.test(canon(u)))) }, ...money(MINOR[n][0], value / MINOR[n][1])];
  const codes = iso ?? (/^[A-Z]{3}( [A-Z]{3})*$/.test(name) ? name : CUR[n]);
  if (!codes) return [{ value, unit: (u) => +(canon(u) === n) }];
  return [{ value, unit: (u) => +(codes === "*" ? /^[A-Z]{3}$/.test(u ?? "") : codes.split(" ").includes(u)) }];
}

// ---- judging
const eq = (a, b) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
const overlaps = (k, w) => k.start < w.end && w.start < k.end;
function fits(k, w) {
  if (w.quals && !w.quals.includes(k.qualifier)) return false;
  return w.alts.some((a) => {
    const f = a.unit ? a.unit(k.unit) : 1;
    if (!f) return false;
    if (a.high == null) return k.high == null && eq(k.value * f, a.value);
    return k.high != null && eq(Math.min(k.value, k.high) * f, Math.min(a.value, a.high)) && eq(Math.max(k.value, k.high) * f, Math.max(a.value, a.high));
  });
}
const show = (k) => `${JSON.stringify(k.text)} ${+k.value.toPrecision(12)}${k.high != null ? `..${+k.high.toPrecision(12)}` : ""} ${k.qualifier} ${k.unit}`;
function judge(c, claims) {
  const used = new Set(), why = [];
  for (const w of c.want) {
    const over = claims.filter((k) => !used.has(k) && overlaps(k, w));
    const hit = over.find((k) => fits(k, w));
    if (w.optional) over.forEach((k) => used.add(k));
    else if (hit) used.add(hit);
    else why.push(`${JSON.stringify(w.text)}: ${over.length ? `got ${show(over[0])}` : "missing"}`);
  }
  for (const f of c.forbid ?? []) for (const k of claims) if (k.start >= f.start && k.end <= f.end) why.push(`${JSON.stringify(f.text)} is not a claim: got ${show(k)}`);
  for (const k of claims) if (!used.has(k) && c.extra(k) && !(c.forbid ?? []).some((f) => overlaps(k, f))) why.push(`false hit ${show(k)}`);
  return why;
}
const spanOf = (text, start, end) => ({ start, end, text: text.slice(start, end) });
const wantStr = (c) => c.want.map((w) => `${JSON.stringify(w.text)} ${w.alts.map((a) => `${+a.value.toPrecision(12)}${a.high != null ? `..${a.high}` : ""}`).join("|")}${w.quals ? ` ${w.quals.join("/")}` : ""}${w.unitName ? ` ${w.unitName}` : ""}${w.optional ? " (optional)" : ""}`).join("; ") + (c.forbid?.length ? `${c.want.length ? "; " : ""}not claims: ${c.forbid.map((f) => JSON.stringify(f.text)).join(", ")}` : "") || "no claim";

// ---- suites: each yields cases {group, text, want[], forbid?, extra(k), side?, disputed?, js?}
const notDefault = (k, c) => !c.want.some((w) => overlaps(k, w));
// Disputed: the spec's reading conflicts with GOLD.md or news usage (reason -> inputs).
const DISPUTED = Object.fromEntries(Object.entries({
  "date, phone number, address or identifier (GOLD.md: not claims)": ["Any time to meet on 5/17/2018?", "My phone number is +1-222-2222/2222", "192.168.1.2", "SCP-173", "Exercises nrs. 22,24,26,31.", "Exercise nr. 22,240,260,310.", "we will be working on releasing version two and a previous version will still be maintained"],
  "ordinals (ranks, \"two millionth\") are not claims": ["He ranks between the tenth and the fifteenth.", "He ranks higher than the tenth but lower than the fifteenth.", " two millionth"],
  '"one last time" is an idiom; "2 pm" is a time': ["Let's try one last time", "He said: 2 pm is 2 picometer"],
  'spec value is not the news reading': [" 100 millionths", "How about more than 2 in 5", "He is about 40 - 50 years old.", "7-9 lakh rupees", "Ten samples from the Camarones river valley had an average of 37.8 microgrammes per gramme", "32K word magnetic core memory board"],
  "spec finds no range (its experimental mode does)": ["The number is from 200 to 300 in 2008"],
  '"per cent of N" is a share of N, not N %': ["percents of twenty", "percent of 10", "per cent of twenty-two", "per cent of 210"],
  '"one dollar and one [point]" is not $1.01': ["It costs one dollar and one and one point of your credit points.", "It costs one dollar and two and three points of your credit points."],
  'in news "3k" is 3,000, "9m" 9 million, "30 l" 30 litres': ["3k", "9m", "3m", "30 l"],
  "vague or not a number (few, a couple, single)": ["a few", "few", "a couple", "a couple of", "single"],
  "a dozen is 12, not 1 dozen": ["I bought a dozen eggs recently", "A baker's dozen is exactly 13 units whilst a gross is 144 (a square dozen)."],
  "a change from X to Y, not a range": ["The cost of gallium metal rose from about $350 per kg to $680 per kg", "Treatment was reduced from 44 mg to 50 mg ethanol."],
  '"absolute zero" has no numeral': ["In the quantum-mechanical description, matter (solid) at absolute zero is in its ground state, the point of lowest internal energy."],
  "garbled input (the £ sign lost in extraction?)": ["ꌐ"],
}).flatMap(([why, inputs]) => inputs.map((i) => [i, why])));
function* recognizers() {
  const MODELS = { NumberModel: "Number", NumberRangeModel: "Number", PercentModel: "Number", CurrencyModel: "NumberWithUnit", DimensionModel: "NumberWithUnit", AgeModel: "NumberWithUnit", TemperatureModel: "NumberWithUnit", OrdinalModel: "Number" };
  const FAMILY = {
    NumberModel: (k) => !/^(?:measure|money|percent|age)$/.test(k.kind), NumberRangeModel: (k) => !/^(?:exact|about)$/.test(k.qualifier), PercentModel: (k) => k.unit === "percent",
    CurrencyModel: isMoney, DimensionModel: (k) => k.kind === "measure" && !/^(?:c|f|k|deg)$/.test(canon(k.unit)), TemperatureModel: (k) => /^[cfk]$/.test(canon(k.unit)), AgeModel: (k) => k.kind === "age", OrdinalModel: () => true,
  };
  for (const [model, dir] of Object.entries(MODELS))
    for (const r of json(`recognizers-text/Specs/${dir}/English/${model}.json`)) {
      const ents = (r.Results ?? []).filter((e) => e.Resolution?.value != null && e.Resolution.value !== "null").map((e) => ({ ...spanOf(r.Input, e.Start, e.End + 1), res: e.Resolution }));
      const c = { group: model, text: r.Input, want: [], disputed: model === "OrdinalModel" ? undefined : DISPUTED[r.Input], js: !/javascript/i.test(r.NotSupported ?? "") };
      if (model === "OrdinalModel") Object.assign(c, { side: "ordinals (no claim may lie inside)", forbid: ents, extra: () => false });
      else c.want = ents.map((e) => ({ ...e, ...rtExpect(model, e.res) }));
      c.extra ??= (k) => FAMILY[model](k) && notDefault(k, c);
      yield c;
    }
}
function rtExpect(model, res) {
  const v = res.value, unitName = res.isoCurrency ?? res.unit;
  if (model === "NumberRangeModel") {
    const [, open, lo, hi, close] = /^([[(])([^,]*),([^\])]*)([\])])$/.exec(v);
    if (lo && hi) return +lo === +hi ? { alts: [{ value: +lo }], quals: ["exact"] } : { alts: [{ value: +lo, high: +hi }], quals: ["range"] };
    return lo ? { alts: [{ value: +lo }], quals: [open === "(" ? "more_than" : "at_least"] } : { alts: [{ value: +hi }], quals: close === ")" ? ["less_than"] : ["at_most", "up_to"] };
  }
  if (model === "PercentModel") return { alts: [{ value: parseFloat(v), unit: measure("percent") }], unitName: "percent" };
  if (model === "CurrencyModel") return { alts: money(res.unit, +v, res.isoCurrency), unitName };
  if (model === "NumberModel" || res.unit === "Age") return { alts: [{ value: +v }] };
  return { alts: [{ value: +v, unit: measure(res.unit) }], unitName };
}
function* duckling() {
  for (const line of readFileSync(join(corpus, "duckling/duckling-en.jsonl"), "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(line), x = r.expected;
    if (r.section === "latent") continue;
    const c = { group: r.dim, text: r.input, want: [], disputed: r.dim === "Ordinal" ? undefined : DISPUTED[r.input] };
    c.extra = (k) => !c.want.length || !eq(k.value, c.want[0].alts[0].value);
    if (r.dim === "Ordinal") Object.assign(c, { side: "ordinals (must yield no claim)" });
    else if (x) {
      const unit = r.dim !== "AmountOfMoney" && x.unit && x.unit !== "Unnamed" ? measure(x.unit === "M" ? "m" : x.unit) : null; // Duckling's M: metre
      const w = { ...spanOf(r.input, 0, r.input.length), unitName: x.unit };
      if (x.type !== "interval") Object.assign(w, { alts: [{ value: x.value }], quals: x.type ? ["exact", "about"] : null });
      else if (x.from != null && x.to != null) Object.assign(w, { alts: [{ value: x.from, high: x.to }], quals: ["range"] });
      else Object.assign(w, x.to != null ? { alts: [{ value: x.to }], quals: ["less_than", "at_most", "up_to"] } : { alts: [{ value: x.from }], quals: ["more_than", "at_least"] });
      if (r.dim === "AmountOfMoney") w.alts = w.alts.flatMap((a) => money(x.unit, a.value).map((m) => ({ ...a, ...m, high: a.high == null ? null : (a.high * m.value) / a.value })));
      else if (unit) w.alts.forEach((a) => (a.unit = unit));
      c.want.push(w);
    }
    yield c;
  }
}
let rejudged = 0; // quantulum entities turned into must-not-be-a-claim spans
function* quantulum() {
  const QMONEY = { "pound sterling": "GBP", dollar: "USD", euro: "EUR", penny: "penny", cent: "cent", dime: "dime" };
  for (const f of ["quantities.json", "quantities.ambiguity.json"])
    for (const r of json(`quantulum3/${f}`)) {
      const c = { group: f.replace(".json", ""), text: r.req, want: [], forbid: [], disputed: DISPUTED[r.req] };
      let from = 0;
      for (const e of r.res) {
        let at = r.req.indexOf(e.surface, from);
        if (at < 0) at = r.req.indexOf(e.surface);
        from = at + e.surface.length;
        const span = spanOf(r.req, at, at + e.surface.length), cur = QMONEY[e.unit.split(" per ")[0]];
        if (e.unit === "dimensionless" && (/^(?:1[89]|20)\d\d$/.test(e.surface) || /(?:Voyager|English|South|i7|Bahco) $/.test(r.req.slice(0, at)))) { c.forbid.push(span); rejudged++; continue; }
        const unit = e.unit === "dimensionless" || cur || !known(e.unit) ? null : measure(e.unit === "percentage" ? "percent" : e.unit);
        const range = e.uncertainty != null && !/±|\+\/-/.test(e.surface);
        const alts = range ? [{ value: e.value - e.uncertainty, high: e.value + e.uncertainty, unit }] : cur ? money(cur, e.value) : [{ value: e.value, unit }];
        c.want.push({ ...span, alts, quals: range ? ["range"] : null, unitName: e.unit });
      }
      c.extra = (k) => notDefault(k, c);
      yield c;
    }
  for (const text of json("quantulum3/errors.json")) yield { group: "errors", side: "errors.json (must not throw)", text, want: [], extra: () => false };
}
function* smoke() {
  for (const line of readFileSync(join(corpus, "news-numeric-smoke/cases.jsonl"), "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(line);
    const c = { group: "smoke", id: r.id, text: r.text, want: [] };
    for (const g of r.claims) {
      const unit = !g.unit ? null : /^[A-Z]{3}$/.test(g.unit) ? (u) => +(u === g.unit) : measure(g.unit);
      const quals = g.qualifier === "about" && /^(?:nearly|almost)\b/i.test(g.text) ? ["about", "less_than"] : [g.qualifier];
      c.want.push({ ...spanOf(r.text, g.start, g.end), alts: [{ value: g.value, high: g.high ?? null, unit }], quals, unitName: g.unit, optional: g.optional });
    }
    c.extra = (k) => notDefault(k, c) && !/or optional/.test(r.note ?? "");
    yield c;
  }
}

// ---- run and report
const SUITES = { "recognizers-text": recognizers, duckling, quantulum3: quantulum, "news-numeric-smoke": smoke };
if (only && !Object.keys(SUITES).some((n) => n.startsWith(only))) console.log(`numbers: no suite "${only}"; suites: ${Object.keys(SUITES).join(", ")}`);
for (const [name, load] of Object.entries(SUITES)) {
  if (only && !name.startsWith(only)) continue;
  const t = performance.now(), rows = new Map(), fails = [], disputed = [];
  let js = [0, 0];
  const tally = (c, ok) => { const r = rows.get(c.side ?? c.group) ?? [0, 0, !!c.side]; r[0] += ok; r[1]++; rows.set(c.side ?? c.group, r); };
  for (const c of load()) {
    let claims, why;
    try {
      claims = findClaims(c.text, [{ index: 0, start: 0, end: c.text.length, text: c.text }], []);
      why = judge(c, claims);
    } catch (e) {
      claims = [];
      why = [`threw ${e?.message ?? e}`];
    }
    const ok = why.length === 0;
    if (c.disputed) { disputed.push({ c, ok, why, claims }); continue; }
    tally(c, ok);
    if (!c.side && c.js !== undefined) js = [js[0] + (c.js && ok), js[1] + c.js];
    if (!ok) fails.push({ c, why, claims });
  }
  const main = [...rows].filter(([, r]) => !r[2]), pass = main.reduce((s, [, r]) => s + r[0], 0), all = main.reduce((s, [, r]) => s + r[1], 0);
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "-");
  console.log(`${name}: ${pass}/${all} cases passed (${pct(pass, all)} %)` + `  [${((performance.now() - t) / 1000).toFixed(2)} s]`);
  for (const [k, [a, b]] of rows) console.log(`  ${k}: ${a}/${b} (${pct(a, b)} %)`);
  if (js[1]) console.log(`  subset the official JS package supports: ${js[0]}/${js[1]} (${pct(...js)} %)`);
  if (name === "quantulum3") console.log(`  spec entities judged not claims (years, numbers in names): ${rejudged}`);
  if (disputed.length) console.log(`  disputed, left out: ${disputed.length} (agree with the spec anyway: ${disputed.filter((d) => d.ok).length})`);
  if (verbose) {
    const groups = [...new Set(fails.map((f) => f.c.side ?? f.c.group))], sample = [];
    for (let i = 0; sample.length < Math.min(fails.length, 40) && i < fails.length; i++) for (const g of groups) { const f = fails.filter((x) => (x.c.side ?? x.c.group) === g)[i]; if (f && sample.length < 40) sample.push(f); }
    if (sample.length) console.log(`  failures (${sample.length} of ${fails.length}):`);
    for (const { c, why, claims } of sample) console.log(`    [${c.id ?? c.side ?? c.group}] ${JSON.stringify(c.text.length > 160 ? c.text.slice(0, 157) + "..." : c.text)}\n      want: ${wantStr(c)}\n      got:  ${claims.map(show).join("; ") || "nothing"}\n      why:  ${why.join("; ")}`);
    for (const { c, ok } of disputed) console.log(`    disputed [${c.group}] ${JSON.stringify(c.text.slice(0, 100))}: ${c.disputed}${ok ? " (passes as spec'd)" : ""}`);
  }
}
console.log(`time: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
