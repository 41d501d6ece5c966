/**
 * Extraction throughput on one core: synthetic 3 KB bulletin articles (English and Russian), each with fresh
 * fictional names so that no cache sees the same name twice in a row, the way a real feed would.
 *
 *   npx tsx bench/extract.bench.ts [--quick]
 *
 * Writes bench/results/extract-<date>.json with the machine, Node version, command and figures. A measurement,
 * never a pass/fail assertion.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { extractDocument, initExtractor } from "../src/extract/index.js";

const quick = process.argv.includes("--quick");
const COUNT = quick ? 240 : 3000;
const TARGET_BYTES = 3 * 1024;

// A small deterministic generator, so that runs are comparable.
let seed = 20220105;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const EN_GIVEN = ["Arman", "Daniyar", "Yerlan", "Serik", "Nurlan", "Marat", "Bolat", "Timur", "Askar", "Ruslan", "Aigerim", "Dinara", "Zhanna", "Madina", "Saule", "Gulnara"];
const EN_STEM = ["Abenb", "Kassym", "Tuleg", "Orazb", "Serikb", "Zhaksyl", "Khamit", "Yesen", "Bektur", "Nurmukh", "Sadyk", "Baizhan", "Kulzhan", "Temirkh"];
const RU_GIVEN_M = ["Арман", "Данияр", "Ерлан", "Серик", "Нурлан", "Марат", "Болат", "Тимур", "Аскар", "Руслан"];
const RU_STEM = ["Абенб", "Касым", "Тулеген", "Оразб", "Серикб", "Жаксылык", "Хамит", "Есен", "Бектур", "Нурмухан", "Садык", "Байжан", "Кульжан", "Темирхан"];
const CITIES_EN = ["Almaty", "Aktobe", "Uralsk", "Shymkent", "Taraz", "Karaganda", "Semey", "Kostanay", "Zhanaozen", "Astana"];
const CITIES_RU = ["Алматы", "Актобе", "Уральске", "Шымкенте", "Таразе", "Караганде", "Семее", "Костанае", "Жанаозене", "Астане"];
const MONTHS_EN = ["January", "February", "March"];
const MONTHS_RU = ["января", "февраля", "марта"];

function suffix(i: number): string {
  return ["ov", "ayev", "enov", "ekov", "in", "uly"][i % 6] ?? "ov";
}

function enArticle(n: number): string {
  const parts: string[] = [`Report ${n}: journalists held in ${pick(CITIES_EN)}`];
  let i = 0;
  while (Buffer.byteLength(parts.join("\n\n")) < TARGET_BYTES) {
    const name = `${pick(EN_GIVEN)} ${pick(EN_STEM)}${suffix(n + i)}`;
    const surname = name.split(" ")[1] ?? name;
    const city = pick(CITIES_EN);
    const d = 1 + Math.floor(rand() * 27);
    const m = pick(MONTHS_EN);
    // Real reports mix incidents with background and comment; half the paragraphs here report none.
    if (rand() < 0.5) {
      parts.push(pick([
        `The protests began in the western town of ${city} after a sharp rise in fuel prices and quickly spread to other regions. The government resigned, and a state of emergency was declared.`,
        `Internet access was restricted for several days, and many news websites could not be reached from inside the country. Banks and shops were closed in several cities.`,
        `The authorities say the unrest was organised by "terrorists" trained abroad, a claim for which they have offered little evidence. International organisations have called for an independent inquiry.`,
        `Press-freedom groups have counted dozens of cases of pressure on reporters since the start of the year. Several regional outlets have suspended publication.`,
      ]));
      i++;
      continue;
    }
    parts.push(pick([
      `Police in ${city} detained journalist ${name} on ${m} ${d} while she was filming a rally near the regional akimat, her colleagues said. Officers confiscated her phone and camera.`,
      `A court in ${city} on Monday sentenced activist ${name} to 15 days of administrative arrest for taking part in an unsanctioned rally. ${surname}'s lawyer said the defence would appeal.`,
      `${name}, who was detained on ${m} ${d}, said he was beaten in custody and forced to sign a statement. The regional police department said it had received no complaints.`,
      `Relatives of blogger ${name} say they have not heard from him since ${m} ${d}, when he left home in ${city}. Police spokesman Bolat Sarsenov said a search had been opened.`,
      `Investigators charged ${name} with organising mass riots under Article 272 of the Criminal Code. On ${m} ${d} a judge ordered him held in pre-trial detention for two months.`,
      `According to the Interior Ministry, about ${1000 + Math.floor(rand() * 9000)} people were detained across the country. Political analyst Dosym Satpaev said the figures were not complete.`,
    ]));
    i++;
  }
  return parts.join("\n\n");
}

function ruArticle(n: number): string {
  const parts: string[] = [`Сводка ${n}: задержания в ${pick(CITIES_RU)}`];
  let i = 0;
  while (Buffer.byteLength(parts.join("\n\n")) < TARGET_BYTES) {
    const given = pick(RU_GIVEN_M);
    const stem = `${pick(RU_STEM)}${["ов", "аев", "енов", "еков", "ин"][(n + i) % 5]}`;
    const city = pick(CITIES_RU);
    const d = 1 + Math.floor(rand() * 27);
    const m = pick(MONTHS_RU);
    if (rand() < 0.5) {
      parts.push(pick([
        `Протесты начались в городе ${pick(["Жанаозен", "Актау", "Атырау"])} после резкого повышения цен на газ и быстро распространились на другие регионы. Правительство ушло в отставку, было введено чрезвычайное положение.`,
        `Доступ к интернету был ограничен в течение нескольких дней, многие новостные сайты были недоступны. В ряде городов не работали банки и магазины.`,
        `Власти утверждают, что беспорядки организовали «террористы», подготовленные за рубежом, однако доказательств почти не приводят. Международные организации призвали провести независимое расследование.`,
        `Организации по защите свободы прессы с начала года зафиксировали десятки случаев давления на журналистов. Несколько региональных изданий приостановили работу.`,
      ]));
      i++;
      continue;
    }
    parts.push(pick([
      `Полицейские в ${city} задержали журналиста ${given}а ${stem}а ${d} ${m}, когда он снимал митинг у здания акимата. У него изъяли телефон и камеру.`,
      `Суд в ${city} в понедельник арестовал на 15 суток активиста ${given}а ${stem}а за участие в несанкционированном митинге. Адвокат ${stem}а заявил, что обжалует решение.`,
      `${given} ${stem}, задержанный ${d} ${m}, рассказал, что его избивали в изоляторе. В департаменте полиции заявили, что жалоб не поступало.`,
      `Родные блогера ${given}а ${stem}а не могут связаться с ним с ${d} ${m}. Представитель полиции Болат Сарсенов сообщил, что начат розыск.`,
      `Следователи предъявили ${given}у ${stem}у обвинение по статье 272 УК. ${d} ${m} суд санкционировал его арест на два месяца.`,
      `По данным МВД, всего по стране задержаны около ${1000 + Math.floor(rand() * 9000)} человек. Политолог Досым Сатпаев считает эти данные неполными.`,
    ]));
    i++;
  }
  return parts.join("\n\n");
}

await initExtractor();
const make = (n: number): { text: string; lang: "en" | "ru" } => (n % 2 === 0 ? { text: enArticle(n), lang: "en" } : { text: ruArticle(n), lang: "ru" });
// Warm-up on other articles than the measured ones (JIT, gazetteer index, az's dictionaries), so that no measured
// article finds its own names already in a cache.
for (let n = 0; n < 200; n++) extractDocument({ ...make(1_000_000 + n), published: "2022-03-01" });
const docs = Array.from({ length: COUNT }, (_, n) => make(n));
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);

const perArticle: number[] = [];
let incidents = 0;
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const d of docs) {
  const a = performance.now();
  incidents += extractDocument({ ...d, published: "2022-03-01" }).incidents.length;
  perArticle.push(performance.now() - a);
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
perArticle.sort((a, b) => a - b);
const q = (p: number): number => Math.round((perArticle[Math.floor(p * (perArticle.length - 1))] ?? 0) * 1000) / 1000;
const runs = docs.length;
const result = {
  benchmark: "extract",
  date: new Date().toISOString(),
  command: `npx tsx bench/extract.bench.ts${quick ? " --quick" : ""}`,
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, platform: `${platform()} ${release()}`, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  node: process.version,
  articles: runs,
  meanArticleBytes: Math.round(bytes / runs),
  /** Articles per second of this process's CPU time (one thread): the per-core figure, robust to a busy machine. */
  articlesPerSecondPerCore: Math.round(runs / cpuSeconds),
  articlesPerSecondWallClock: Math.round(runs / seconds),
  loadAverage1m: Math.round(loadavg()[0] ?? 0),
  megabytesPerCpuSecond: Math.round((bytes / cpuSeconds / 1e6) * 100) / 100,
  msPerArticle: { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: q(1) },
  incidentsPerArticle: Math.round((incidents / runs) * 10) / 10,
};
console.log(JSON.stringify(result, null, 2));
const dir = join(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `extract-${result.date.slice(0, 10)}.json`), `${JSON.stringify(result, null, 2)}\n`);
