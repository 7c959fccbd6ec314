#!/usr/bin/env node
// bench/rt-claims.js FILE...: the anchor of bench/run's claims rows.
//
// Runs Microsoft Recognizers-Text (npm @microsoft/recognizers-text-suite
// 1.3.1, installed by bench/install-rt) over each line of each FILE with the
// models a claim extractor needs and no others: number, percentage, currency,
// dimension and age (the models behind recognizeNumber, recognizePercentage,
// recognizeCurrency, recognizeDimension and recognizeAge). A line with a Han
// character is read with Culture.Chinese, any other with Culture.English.
//
// Standard output: one TSV row per result: file, line (from 1), model, text,
// value (the resolution's value, then its unit when it has one). Tab, line
// feed, carriage return and backslash in fields are written \t, \n, \r, \\.
//
// Standard error, last line, for bench/run:
//   rt-claims: BYTES bytes, LINES lines, RESULTS results, SECONDS s, MB/S MB/s, start-up SECONDS s
// SECONDS is measured inside node from after the models are built to after
// the last row is written, so it leaves out node's own start-up and the
// start-up figure: loading the package and building the models.
//
// The models are built once per culture and reused for every line, which is
// the use RT's README prefers; the recognizeX helpers build a recognizer per
// call and look the same models up in a cache, about 5% slower here.
//
// Environment: QX_RT_DIR, where bench/install-rt put the package (default
// ${XDG_CACHE_HOME:-$HOME/.cache}/qingxi/rt).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const started = process.hrtime.bigint();
const files = process.argv.slice(2);
if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
    process.stderr.write('usage: node bench/rt-claims.js FILE...\n');
    process.exit(2);
}
const dir = process.env.QX_RT_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'qingxi', 'rt');
const modules = path.join(dir, 'node_modules', '@microsoft');

let Suite, NumberRT, UnitRT;
try {
    Suite = require(path.join(modules, 'recognizers-text-suite'));
    // the suite's own dependencies, which export the recognizer classes
    NumberRT = require(path.join(modules, 'recognizers-text-number'));
    UnitRT = require(path.join(modules, 'recognizers-text-number-with-unit'));
} catch (e) {
    process.stderr.write('rt-claims: cannot load Recognizers-Text from ' + modules +
        ' (run bench/install-rt): ' + e.message.split('\n')[0] + '\n');
    process.exit(2);
}

function models(culture) {
    const number = new NumberRT.NumberRecognizer(culture);
    const unit = new UnitRT.NumberWithUnitRecognizer(culture);
    return [
        ['number', number.getNumberModel()],
        ['percentage', number.getPercentageModel()],
        ['currency', unit.getCurrencyModel()],
        ['dimension', unit.getDimensionModel()],
        ['age', unit.getAgeModel()],
    ];
}
const chinese = models(Suite.Culture.Chinese);
const english = models(Suite.Culture.English);
const han = /\p{Script=Han}/u;

function field(s) {
    return String(s).replace(/[\\\t\n\r]/g,
        (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]);
}

function value(r) {
    const res = r.resolution;
    if (res == null) return '';
    if (typeof res !== 'object') return String(res);
    let v = res.value == null ? '' : String(res.value);
    if (res.unit) v += (v ? ' ' : '') + res.unit;
    return v;
}

const t0 = process.hrtime.bigint();
let bytes = 0, lines = 0, results = 0, status = 0;
for (const file of files) {
    let data;
    try {
        data = fs.readFileSync(file);
    } catch (e) {
        process.stderr.write('rt-claims: ' + file + ': ' + e.message + '\n');
        status = 1;
        continue;
    }
    bytes += data.length;
    const out = [];
    const text = data.toString('utf8').split('\n');
    if (text.length > 0 && text[text.length - 1] === '') text.pop();
    const name = field(file);
    for (let i = 0; i < text.length; i++) {
        const line = text[i].replace(/\r$/, '');
        lines++;
        if (line.trim() === '') continue;
        for (const [kind, model] of han.test(line) ? chinese : english) {
            for (const r of model.parse(line)) {
                out.push(name + '\t' + (i + 1) + '\t' + kind + '\t' + field(r.text) + '\t' + field(value(r)) + '\n');
                results++;
            }
        }
    }
    process.stdout.write(out.join(''));
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stderr.write('rt-claims: ' + bytes + ' bytes, ' + lines + ' lines, ' + results + ' results, ' +
    seconds.toFixed(6) + ' s, ' + (seconds > 0 ? (bytes / 1e6 / seconds).toFixed(4) : '-') + ' MB/s, start-up ' +
    (Number(t0 - started) / 1e9).toFixed(3) + ' s\n');
process.exitCode = status;
