import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
for (const path of ["/pseudo/?plans=3&msName=Essentials&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=150&v=2"]) {
  await p.goto("http://localhost:4320" + path);
  await p.waitForTimeout(2500);
  for (const s of await p.locator("details:not([open]) > summary").all()) if (await s.isVisible()) await s.click();
  await p.waitForTimeout(1000);
  const wide = await p.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 391 && e.checkVisibility()).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${e.textContent.slice(0, 40)}`));
  console.log(wide.join("\n"));
}
for (const path of ["/pseudo/?plans=3&msName=Essentials&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=150&v=2&present=1", "/pseudo/embed.html?ctaLabel=Book&ctaUrl=https%3A%2F%2Fexample.com%2Fbook", "/pseudo/configure.html", "/embed.html", "/?present=1"]) {
  await p.goto("http://localhost:4320" + path);
  await p.waitForTimeout(1500);
  const h = await p.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < h; y += 600) { await p.evaluate((t) => scrollTo(0, t), y); await p.waitForTimeout(150); }
  await p.waitForTimeout(4000);
  console.log(path, await p.locator(".chart--busy, .catching-up--behind").count(), await p.evaluate(() => [...document.querySelectorAll(".chart--busy, .catching-up--behind")].map((e) => e.className + " " + (e.querySelector("h2,h3")?.textContent ?? "")).join(" | ")));
}
await b.close();
