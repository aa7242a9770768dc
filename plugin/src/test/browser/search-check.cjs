// Opens a search page in headless Chromium with ?q= and reports, as one JSON line: how long after
// the navigation started the first result showed, what was fetched (bytes of every response body,
// the page itself included), which requests went to another host, and the results' URLs.
// Run by io.github.logbuch.benchmark.SearchCheck; needs playwright-core (npm; found through
// NODE_PATH) and a Chromium.
//   node search-check.cjs <url with ?q=> [chromium]
const { chromium } = require("playwright-core");

(async () => {
const [url, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: executable,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const host = new URL(url).host;
  const foreign = [];
  page.on("request", (request) => {
    const target = new URL(request.url());
    if (target.protocol.startsWith("http") && target.host !== host) {
      foreign.push(request.url());
    }
  });
  // when the first result appears, by the page's own clock (0 = the navigation's start)
  await page.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      const list = document.getElementById("search-results");
      if (list && list.children.length) {
        window.__firstResult = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: "load" });
  // a result, or the status saying there is none
  await page.waitForFunction(() => window.__firstResult !== undefined
    || (document.getElementById("search-status")?.textContent || "").length > 0,
  null, { timeout: 15000 });
  await page.waitForLoadState("networkidle");
  const report = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0];
    const resources = performance.getEntriesByType("resource");
    const files = [navigation, ...resources].map((e) => ({ name: e.name, bytes: e.encodedBodySize }));
    return {
      firstResultMs: window.__firstResult === undefined ? null : Math.round(window.__firstResult),
      status: document.getElementById("search-status").textContent,
      results: Array.from(document.querySelectorAll("#search-results li h2 a")).map((a) => a.href),
      snippet: document.querySelector("#search-results .search-snippet")?.innerHTML || null,
      requests: files.length,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      files,
    };
  });
  report.foreignRequests = foreign;
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
}
})().catch((e) => { console.error(e); process.exit(1); });
