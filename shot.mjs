import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage();
const logs = [];
p.on("console", (m) => logs.push(m.type() + ": " + m.text()));
p.on("pageerror", (e) => logs.push("pageerror: " + e.message));
p.on("requestfailed", (r) => logs.push("failed: " + r.url()));
for (const path of process.argv.slice(2)) {
  await p.goto("http://localhost:4320" + path);
  await p.waitForTimeout(3000);
  console.log(path, await p.evaluate(() => [document.documentElement.dataset.ready, document.documentElement.dataset.stale, document.querySelector(".verdict__headline")?.textContent]));
}
console.log(logs.join("\n"));
await b.close();
