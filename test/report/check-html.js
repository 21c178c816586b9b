// Opens an audit's HTML report in headless Chromium at 1024 px and checks
// what a reader relies on: the page is no wider than the window, its
// verdict cells say what the JSON report says, and opening it makes no
// request beyond the file itself.
//
// usage: node check-html.js REPORT.html REPORT.json
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

async function main() {
  const [html, json] = process.argv.slice(2).map(p => path.resolve(p));
  const expected = {};
  for (const c of JSON.parse(fs.readFileSync(json, 'utf8')).components)
    expected[c.name] = c.verdict;
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update',
           '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1024, height: 768});
    const url = 'file://' + html;
    const requests = [];
    page.on('request', r => { if (r.url() !== url) requests.push(r.url()); });
    await page.goto(url, {waitUntil: 'load'});
    const width = await page.evaluate(
        () => Math.max(document.documentElement.scrollWidth,
                       document.body.scrollWidth));
    console.log('width ' + (width <= 1024 ? 'fits' : 'too wide: ' + width));
    const cells = await page.$$eval(
        'td.verdict',
        tds => tds.map(td => [td.dataset.component, td.textContent.trim()]));
    let same = cells.length === Object.keys(expected).length;
    for (const [name, verdict] of cells) {
      if (expected[name] !== verdict) {
        same = false;
        console.log('verdict of ' + name + ': ' + verdict + ', JSON says ' +
                    expected[name]);
      }
    }
    console.log('verdicts ' + (same ? 'match' : 'differ') + ' (' +
                cells.length + ' components)');
    console.log('requests ' + requests.length + (requests.length ? ': ' +
                requests.join(' ') : ''));
  } finally {
    await browser.close();
  }
}

main().catch(e => {
  console.log('check-html: ' + e.message);
  process.exit(1);
});
