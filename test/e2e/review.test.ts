/**
 * The review queue and the merge queue in Chromium against the real server: paste an article, see the proposal with
 * its evidence highlighted in the paragraph, accept it as a new person, read the quote on the person page; then merge
 * a pair of records the duplicate scan found, and undo the merge.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { BROWSER_AVAILABLE, missingKeys, shoot, startHarness, type Harness } from "./harness.js";

const USER = { username: "reviewer-dana", password: "a long enough passphrase" };
// Fictional people and events throughout.
const SENTENCE = "Police detained the journalist Aliya Nurlanova in Aktobe on January 6, 2022.";
const ARTICLE = `${SENTENCE} Her colleagues said she had been covering the protests on the main square.`;
const PAIR = [
  { names: [{ value: "Ерболат Жақсылықов", lang: "kk" }], roles: ["activist"] },
  { names: [{ value: "Yerbolat Zhaksylykov", lang: "en" }], roles: ["activist"] },
];

describe.skipIf(!BROWSER_AVAILABLE)("review queue and merge queue in Chromium", () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness(USER);
    page = h.page;
    page.setDefaultTimeout(15_000);
    await page.goto(`${h.base}/signin`);
    await page.getByLabel("Username").fill(USER.username);
    await page.getByLabel("Password").fill(USER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Overview" }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("pastes an article, shows the proposal with its evidence highlighted, and accepts it as a new person", async () => {
    await page.getByRole("link", { name: "Review", exact: true }).click();
    await page.getByRole("heading", { name: "Review", exact: true }).waitFor();
    await page.getByTestId("ingest-text").fill(ARTICLE);
    await page.getByLabel("Source URL").fill("https://example.org/news/2022/01/aktobe-journalist");
    await page.getByLabel("Language of the text").selectOption("en");
    await page.getByTestId("ingest-submit").click();
    // The queue narrows to the new source, and the filter is in the URL.
    await page.waitForURL(/\/review\?sourceId=src_/);
    const card = page.getByTestId("proposal").filter({ hasText: "Aliya Nurlanova" }).first();
    await card.waitFor();
    await expect.poll(() => card.getByTestId("evidence").textContent()).toBe(SENTENCE);
    // The highlighted sentence sits inside the text around it.
    await expect.poll(() => card.locator("figure").textContent()).toContain("covering the protests");
    await expect.poll(() => card.textContent()).toContain("Detention");
    await expect.poll(() => card.textContent()).toContain("Aktobe");
    await shoot(page, "review-en-1280");

    // Keyboard only: focus the accept button and press Enter.
    await card.getByTestId("accept-new").focus();
    await page.keyboard.press("Enter");
    const open = page.getByTestId("decisions").getByTestId("open-person");
    await open.waitFor();
    await open.click();
    await page.waitForURL(/\/people\/per_/);
    await expect.poll(() => page.getByTestId("person-name").textContent()).toBe("Aliya Nurlanova");
    const incident = page.getByTestId("timeline-incident").first();
    await expect.poll(() => incident.textContent()).toContain("Detention");
    await expect.poll(() => incident.getByTestId("quote").textContent()).toBe(SENTENCE);
  });

  it("links a second report to the person already in the register, showing why it matches", async () => {
    await page.goto(`${h.base}/review`);
    await page.getByTestId("ingest-text").fill("The journalist Aliya Nurlanova was released in Aktobe on January 10, 2022.");
    await page.getByTestId("ingest-submit").click();
    const card = page.getByTestId("proposal").filter({ hasText: "Aliya Nurlanova" }).first();
    const suggestion = card.getByTestId("suggested-person").filter({ hasText: "Aliya Nurlanova" });
    await suggestion.waitFor();
    await expect.poll(() => suggestion.textContent()).toMatch(/very likely the same|possibly the same/);
    await suggestion.getByRole("button", { name: "Link to this person" }).click();
    await page.getByTestId("decisions").getByTestId("open-person").first().click();
    await page.waitForURL(/\/people\/per_/);
    await expect.poll(() => page.getByTestId("timeline-incident").count()).toBe(2);
  });

  it("says in Russian why a suggested person and a pair of records may be one person, and why a file was refused", async () => {
    await page.goto(`${h.base}/review`);
    await page.getByTestId("language").selectOption("ru");
    await page.getByTestId("ingest-text").fill("The journalist Aliya Nurlanova was fined in Aktobe on January 12, 2022.");
    await page.getByTestId("ingest-submit").click();
    const card = page.getByTestId("proposal").filter({ hasText: "Aliya Nurlanova" }).first();
    const reasons = card.getByTestId("suggested-person").filter({ hasText: "Aliya Nurlanova" }).getByTestId("match-reasons");
    await expect.poll(() => reasons.textContent()).toContain("фамилия совпадает после транслитерации");
    expect(await reasons.textContent()).not.toMatch(/family name|given name/);

    // A file saved in Windows-1251, not UTF-8: the server refuses it with a code, said here in Russian.
    await page.locator("input[type=file]").setInputFiles({ name: "заметка.txt", mimeType: "text/plain", buffer: Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]) });
    await page.getByTestId("ingest-submit").click();
    await expect.poll(() => page.getByRole("alert").allTextContents()).toContain("Произошла ошибка: заметка.txt: файл не в кодировке UTF-8 (сохраните его в UTF-8 и попробуйте снова)");
    await page.locator("input[type=file]").setInputFiles([]);

    for (const p of [{ names: [{ value: "Гүлнар Сейтқалиева", lang: "kk" }] }, { names: [{ value: "Gulnar Seitkaliyeva", lang: "en" }] }]) {
      expect((await page.request.post(`${h.base}/api/v1/people`, { data: p })).status()).toBe(201);
    }
    expect((await page.request.post(`${h.base}/api/v1/people/duplicates/scan`, { data: {} })).status()).toBe(200);
    await page.goto(`${h.base}/duplicates`);
    const pair = page.getByTestId("pair").filter({ hasText: "Гүлнар Сейтқалиева" }).filter({ hasText: "Gulnar Seitkaliyeva" });
    await expect.poll(() => pair.getByTestId("match-reasons").textContent()).toMatch(/^Почему: .*имя совпадает/);
    await page.getByTestId("language").selectOption("kk");
    await expect.poll(() => pair.getByTestId("match-reasons").textContent()).toContain("аты сәйкес келеді");
    await page.getByTestId("language").selectOption("en");
    await expect.poll(() => pair.getByTestId("match-reasons").textContent()).toContain("given name the same");
    expect(await missingKeys(page)).toEqual([]);
  });

  it("rejects a proposal with a reason, and reads in Russian at 360 px", async () => {
    await page.goto(`${h.base}/review`);
    await page.getByTestId("ingest-text").fill("Police detained the blogger Marat Oskenbayev in Taraz on January 7, 2022.");
    await page.getByTestId("ingest-submit").click();
    const card = page.getByTestId("proposal").filter({ hasText: "Marat Oskenbayev" }).first();
    await card.waitFor();
    await page.setViewportSize({ width: 360, height: 760 });
    await page.getByTestId("language").selectOption("ru");
    await page.getByRole("heading", { name: "Проверка", exact: true }).waitFor();
    await card.getByTestId("evidence").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shoot(page, "review-ru-360");
    await card.getByRole("button", { name: "Отклонить" }).click();
    await card.getByTestId("reject-reason").fill("тестовая статья");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("decisions").textContent()).toContain("Отклонено: Marat Oskenbayev");
    await page.getByTestId("language").selectOption("en");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await missingKeys(page)).toEqual([]);
  });

  it("edits the type, date and place of a proposal, then accepts it", async () => {
    await page.goto(`${h.base}/review`);
    await page.getByTestId("ingest-text").fill("The activist Saule Temirkhanova was detained on January 8, 2022.");
    await page.getByTestId("ingest-submit").click();
    const card = page.getByTestId("proposal").filter({ hasText: "Saule Temirkhanova" }).first();
    await card.getByRole("button", { name: "Edit, then accept" }).click();
    // The type select takes focus when the editor opens.
    await expect.poll(() => card.getByTestId("edit-type").evaluate((el) => el === document.activeElement)).toBe(true);
    await card.getByTestId("edit-type").selectOption("administrative_arrest");
    await card.getByLabel("Date", { exact: true }).fill("2022-01-09");
    await card.getByRole("combobox", { name: "Place" }).fill("Almaty");
    await page.getByRole("option").filter({ hasText: /Алматы|Almaty/ }).first().waitFor();
    await card.getByRole("combobox", { name: "Place" }).press("Enter");
    await card.getByRole("button", { name: "Accept with these changes" }).click();
    await page.getByTestId("decisions").getByTestId("open-person").first().click();
    await page.waitForURL(/\/people\/per_/);
    const incident = page.getByTestId("timeline-incident").first();
    await expect.poll(() => incident.textContent()).toContain("Administrative arrest");
    await expect.poll(() => incident.textContent()).toContain("9 Jan 2022");
    await expect.poll(() => incident.textContent()).toMatch(/Almaty|Алматы/);
  });

  it("says in the reader's language that an uploaded file is empty or a URL is no web address, and takes a URL without https://", async () => {
    await page.goto(`${h.base}/review`);
    await page.getByTestId("language").selectOption("ru");
    await page.locator("input[type=file]").setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.getByTestId("ingest-submit").click();
    await expect.poll(() => page.getByRole("alert").allTextContents()).toEqual(["Файл пуст."]);
    await page.locator("input[type=file]").setInputFiles([]);
    await page.getByTestId("ingest-text").fill("The blogger Daniyar Testbekov was summoned for questioning in Taraz on January 12, 2022.");
    await page.getByLabel("Адрес источника (URL)").fill("not a web address");
    await page.getByTestId("ingest-submit").click();
    await expect.poll(() => page.getByRole("alert").allTextContents()).toEqual(["Адрес источника — не веб-адрес."]);
    await page.getByLabel("Адрес источника (URL)").fill("example.org/news/testbekov");
    await page.getByTestId("ingest-submit").click();
    await page.getByTestId("ingest-result").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    const sources = await page.request.get(`${h.base}/api/v1/sources?limit=50`);
    expect(await sources.text()).toContain("https://example.org/news/testbekov");
    await page.getByTestId("language").selectOption("en");
  });

  it("lists a pair found by the duplicate scan side by side, merges it, and undoes the merge", async () => {
    const ids: string[] = [];
    for (const p of PAIR) {
      const res = await page.request.post(`${h.base}/api/v1/people`, { data: p });
      expect(res.status()).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    const scan = await page.request.post(`${h.base}/api/v1/people/duplicates/scan`, { data: {} });
    expect(scan.status()).toBe(200);

    await page.getByRole("link", { name: "Duplicates", exact: true }).first().click();
    await page.getByRole("heading", { name: "Possible duplicates" }).waitFor();
    const pair = page.getByTestId("pair").filter({ hasText: "Ерболат Жақсылықов" }).filter({ hasText: "Yerbolat Zhaksylykov" });
    await pair.waitFor();
    await expect.poll(() => pair.getByTestId("pair-person").count()).toBe(2);
    await shoot(page, "duplicates-en-1280");

    // Keep the Cyrillic record; merge the Latin one into it.
    await pair.getByTestId("pair-person").filter({ hasText: "Ерболат Жақсылықов" }).getByRole("radio").check();
    await pair.getByTestId("pair-reason").fill("same activist, confirmed with the family");
    await pair.getByTestId("merge").click();
    await pair.waitFor({ state: "detached" });
    const row = page.getByTestId("merge-row").first();
    await expect.poll(() => row.textContent()).toContain("Yerbolat Zhaksylykov → Ерболат Жақсылықов");
    const target = await page.request.get(`${h.base}/api/v1/people/${ids[0]}`);
    const names = ((await target.json()) as { names: { value: string }[] }).names.map((n) => n.value);
    expect(names).toEqual(expect.arrayContaining(["Ерболат Жақсылықов", "Yerbolat Zhaksylykov"]));

    await row.getByRole("button", { name: "Undo" }).click();
    await row.getByTestId("undo-reason").fill("merged by mistake");
    await page.keyboard.press("Enter");
    await expect.poll(() => row.textContent()).toContain("undone");
    const merged = await page.request.get(`${h.base}/api/v1/people/${ids[1]}`);
    expect(((await merged.json()) as { mergedInto: string | null }).mergedInto).toBeNull();
    expect(await missingKeys(page)).toEqual([]);
  });
});
