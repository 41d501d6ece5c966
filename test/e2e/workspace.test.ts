/**
 * The monitors' workspace end to end in Debian's Chromium against the real server: sign in, enter a person and an
 * incident with a quoted source, find the person by a Latin spelling, read the evidence, switch language.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { BROWSER_AVAILABLE, missingKeys, shoot, startHarness, type Harness } from "./harness.js";

const USER = { username: "monitor-aigerim", password: "a long enough passphrase" };
// Fictional people and words throughout.
const NAME = "Жанар Серікқызы Оспанова";
const LATIN = "Zhanar Ospanova";
const ARTICLE = "В Алматы задержана журналист Жанар Оспанова. Суд назначил ей 10 суток административного ареста по статье 488 КоАП. Адвокат не был допущен.";
const QUOTE = "Суд назначил ей 10 суток административного ареста";

describe.skipIf(!BROWSER_AVAILABLE)("monitors' workspace in Chromium", () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness(USER);
    page = h.page;
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("signs in, and the session survives a reload", async () => {
    await page.goto(h.base);
    await page.waitForURL(/\/signin$/);
    await shoot(page, "signin-en-1280");
    await page.getByLabel("Username").fill(USER.username);
    await page.getByLabel("Password").fill(USER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Overview" }).isVisible()).toBe(true);
    await page.reload();
    await page.getByRole("heading", { name: "Overview" }).waitFor();
    await shoot(page, "overview-en-1280");
  });

  it("creates a person with a Cyrillic name and an incident with a source and a quote", async () => {
    await page.getByRole("link", { name: "New incident" }).first().click();
    await page.getByRole("heading", { name: "New incident" }).waitFor();
    await page.getByTestId("person-input").fill(NAME);
    await page.getByTestId("new-person-note").waitFor();
    await page.getByLabel("Role").selectOption("journalist");
    await page.getByLabel("Language of the name").selectOption("kk");
    await page.getByTestId("type-select").selectOption("administrative_arrest");
    await page.getByLabel("Date", { exact: true }).fill("2022-01-06");
    // The gazetteer answers in any language: a Latin spelling finds the city, the keyboard picks it.
    await page.getByTestId("place-input").fill("Almaty");
    await page.getByRole("option").filter({ hasText: /Алматы|Almaty/ }).first().waitFor();
    await page.getByTestId("place-input").press("Enter");
    await page.getByLabel("Perpetrator").fill("police");
    await page.getByLabel("Articles").fill("CAO 488 part 6");
    await page.getByLabel("Source URL").fill("https://example.org/news/2022/01/almaty-journalist");
    await page.getByLabel("Publisher").fill("Example Daily");
    await page.getByLabel("Published").fill("2022-01-07");
    await page.getByTestId("source-text").fill(ARTICLE);
    // Mark the quote by selecting it in the pasted text, as a monitor would.
    const start = ARTICLE.indexOf(QUOTE);
    await page.getByTestId("source-text").evaluate((el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s!, e!), [start, start + QUOTE.length]);
    await page.getByRole("button", { name: "Use selected text" }).click();
    await expect.poll(() => page.getByTestId("quote-input").inputValue()).toBe(QUOTE);
    await shoot(page, "new-incident-en-1280");
    await page.getByTestId("save-incident").click();
    await page.waitForURL(/\/people\/per_/);
    await expect.poll(() => page.getByTestId("person-name").textContent()).toBe(NAME);
    await expect.poll(() => page.getByTestId("quote").first().textContent()).toBe(QUOTE);
  });

  it("finds that person by typing a Latin spelling, and the person page shows the incident with its quote", async () => {
    await page.getByRole("link", { name: "Incidents", exact: true }).click();
    await page.getByTestId("incident-search").fill(LATIN);
    await page.waitForURL(/q=Zhanar/);
    const link = page.getByTestId("incident-rows").getByRole("link", { name: NAME });
    await link.waitFor();
    await shoot(page, "incidents-en-1280");
    // "Export this view as CSV" exports the filtered view, names as recorded.
    const csvHref = await page.getByRole("link", { name: "Export this view as CSV" }).getAttribute("href");
    expect(csvHref).toContain("q=Zhanar");
    const csv = await page.request.get(`${h.base}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(NAME);
    // Sorting lives in the URL too.
    await page.getByRole("columnheader", { name: /Type/ }).getByRole("button").click();
    await page.waitForURL(/sort=type/);
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/people\/per_/);
    const incident = page.getByTestId("timeline-incident").first();
    await expect.poll(() => incident.textContent()).toContain("Administrative arrest");
    await expect.poll(() => incident.getByTestId("quote").textContent()).toBe(QUOTE);
    // Under its label "Days held" the figure stands alone ("1,773", not "1773 days held").
    await expect.poll(() => page.getByTestId("days-held").textContent()).toMatch(/^\d{1,3}([,\u00a0\u202f ]?\d{3})*$/);
    await shoot(page, "person-en-1280");
  });

  it("shows the source with its capture's SHA-256 and the claim that cites it", async () => {
    await page.getByTestId("timeline-incident").first().getByRole("link", { name: "Example Daily" }).click();
    await page.waitForURL(/\/sources\/src_/);
    const sha = createHash("sha256").update(ARTICLE, "utf8").digest("hex");
    await expect.poll(() => page.getByTestId("sha256").first().textContent()).toBe(sha);
    await shoot(page, "source-en-1280");
  });

  it("suggests the existing person across scripts while entering another incident, by keyboard only", async () => {
    await page.getByRole("link", { name: "New incident" }).first().click();
    await page.getByTestId("person-input").focus();
    await page.keyboard.type(LATIN);
    await page.getByRole("option", { name: new RegExp(NAME) }).waitFor();
    // Not picked yet: the form warns that this may be someone already in the register.
    await expect.poll(() => page.getByTestId("duplicate-warning").textContent()).toContain(NAME);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("picked-person").textContent()).toContain(NAME);
    await page.getByTestId("type-select").focus();
    await page.keyboard.press("End"); // the last type in the list
    await page.keyboard.press("Control+Enter");
    await page.waitForURL(/\/people\/per_/);
    await expect.poll(() => page.getByTestId("timeline-incident").count()).toBe(2);
  });

  it("switches to Russian and Kazakh, remembers the choice, and every key has a translation", async () => {
    await page.getByRole("link", { name: "Incidents", exact: true }).click();
    await page.getByTestId("language").selectOption("ru");
    await page.getByRole("link", { name: "Инциденты", exact: true }).waitFor();
    await page.getByRole("columnheader", { name: /Пострадавший/ }).waitFor();
    await shoot(page, "incidents-ru-1280");
    await page.getByRole("link", { name: "Обзор" }).click();
    await page.getByRole("heading", { name: "Обзор" }).waitFor();
    await shoot(page, "overview-ru-1280");

    await page.getByTestId("language").selectOption("kk");
    await page.getByRole("heading", { name: "Шолу" }).waitFor();
    await expect.poll(() => page.getByText("Қазір ұсталуда").isVisible()).toBe(true);
    await page.reload();
    await page.getByRole("heading", { name: "Шолу" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("kk");
    await shoot(page, "overview-kk-1280");
    await page.getByRole("link", { name: "Жаңа оқиға" }).first().click();
    await page.getByRole("heading", { name: "Жаңа оқиға" }).waitFor();
    await shoot(page, "new-incident-kk-1280");
    expect(await missingKeys(page)).toEqual([]);
  });

  it("shows whole dates in the incidents table in every language, and never clips its last columns", async () => {
    for (const width of [1280, 1024, 900]) {
      await page.setViewportSize({ width, height: 800 });
      for (const lang of ["en", "ru", "kk"] as const) {
        await page.goto(`${h.base}/incidents`);
        await page.getByTestId("language").selectOption(lang);
        await page.getByTestId("incident-rows").getByRole("link").first().waitFor();
        const layout = await page.evaluate(() => {
          const table = document.querySelector(".vtable")!;
          const rows = Array.from(document.querySelectorAll(".vt-body .vt-row"));
          const cut = Array.from(document.querySelectorAll(".vt-body .col-date, .vt-body .col-added"))
            .filter((c) => getComputedStyle(c).display !== "none" && c.scrollWidth > c.clientWidth).map((c) => c.textContent);
          return { tableWidth: table.clientWidth, widest: Math.max(...rows.map((r) => r.scrollWidth)), cut };
        });
        expect(layout.cut, `${lang} at ${width} px`).toEqual([]);
        expect(layout.widest, `${lang} at ${width} px`).toBeLessThanOrEqual(layout.tableWidth);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("opens an old or hand-edited link without a raw validation error", async () => {
    await page.getByTestId("language").selectOption("en");
    // Unknown values are dropped (the known ones kept), an over-long search is cut to the server's limit.
    await page.goto(`${h.base}/incidents?type=nonsense,administrative_arrest&role=wizard&dateFrom=2022-13-45&q=${encodeURIComponent(` ${"Ospanova ".repeat(40)}`)}`);
    await page.getByTestId("incident-rows").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("alert").count()).toBe(0);
    expect((await page.getByTestId("incident-search").inputValue()).length).toBeLessThanOrEqual(200);
    for (const url of ["/people/per_bogus", "/sources/xyz"]) {
      await page.goto(`${h.base}${url}`);
      await page.waitForLoadState("networkidle");
      expect(await page.getByRole("alert").allTextContents(), url).toEqual(["Not found."]);
    }
  });

  it("checks the new-incident form in the reader's language, and takes a URL pasted without https://", async () => {
    await page.goto(`${h.base}/incidents/new`);
    await page.getByTestId("language").selectOption("kk");
    await page.getByLabel("Топ").check();
    await page.getByTestId("save-incident").click();
    await expect.poll(() => page.getByRole("alert").allTextContents()).toEqual(["Топтың кім екенін жазыңыз (мысалы, «Жаңаөзендегі наразылар»)."]);
    await page.getByTestId("language").selectOption("en");
    await page.getByLabel("A person").check();
    expect(await page.getByTestId("person-input").getAttribute("maxlength")).toBe("300");
    await page.getByTestId("person-input").fill("Нұрлан Сынақов");
    await page.getByLabel("Source URL").fill("not a web address");
    await page.getByTestId("save-incident").click();
    await expect.poll(() => page.getByRole("alert").allTextContents()).toContain("The source URL is not a web address.");
    await page.getByLabel("Source URL").fill("example.org/news/2022/01/synakov");
    await page.getByTestId("save-incident").click();
    await page.waitForURL(/\/people\/per_/);
    const sources = await page.request.get(`${h.base}/api/v1/sources?limit=50`);
    expect(await sources.text()).toContain("https://example.org/news/2022/01/synakov");
  });

  it("is usable at 360 px wide (screenshots of each main screen)", async () => {
    await page.setViewportSize({ width: 360, height: 760 });
    const personUrl = await (async () => {
      await page.goto(`${h.base}/incidents`);
      const href = await page.getByTestId("incident-rows").getByRole("link").first().getAttribute("href");
      return `${h.base}${href}`;
    })();
    for (const lang of ["en", "ru", "kk"] as const) {
      await page.getByTestId("language").selectOption(lang);
      for (const [name, url] of [["overview", "/"], ["incidents", "/incidents"], ["new-incident", "/incidents/new"], ["person", personUrl.slice(h.base.length)], ["sources", "/sources"]] as const) {
        await page.goto(`${h.base}${url}`);
        await page.locator("main h1").first().waitFor();
        await page.waitForLoadState("networkidle");
        // Nothing may push the page wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await shoot(page, `${name}-${lang}-360`);
      }
    }
    expect(await missingKeys(page)).toEqual([]);
  });
});
