/** Generated Central Asian and Russian names for the matching benchmarks: deterministic, Zipf-distributed like a real register. */

/** Deterministic PRNG (mulberry32) so every run measures the same names. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MALE = "Нұрлан Ерлан Асқар Дәурен Данияр Бақытжан Қуаныш Тимур Алмас Олжас Ержан Ғалым Арман Бауыржан Серік Қайрат Марат Берік Мұрат Азамат Жандос Ербол Бекзат Дастан Айдар Санжар Шерзод Жамшид Улуғбек Парвиз Хуршед Умед Бакыт Нурбек Мелис Канат Темирлан Дмитрий Сергей Андрей Александр Игорь Николай Алексей Евгений Виктор Владимир".split(" ");
export const FEMALE = "Әлия Айгерім Жанар Сәуле Динара Гүлнар Раушан Меруерт Шолпан Айнұр Мадина Асель Жұлдыз Ақмарал Салтанат Дилноза Гулноза Нигора Манижа Фируза Чолпон Айзада Жылдыз Нургуль Екатерина Ольга Анастасия Мария Светлана Наталья Ирина Елена Татьяна Юлия".split(" ");
export const SYLLABLES = "жұма ба қа сым тө ле ген нұр мағ ам бет сей т қали ор ман сәр сен бай мұ хан тем ір құ дай бер ос пан жақ сы лық иса бек смағ ұл әб іл қай ыр ес ахмет сыд ық мам ыт тұр ғын хол мат қод ир ерг аш ўт кир раҳ мон дав лат нaз ар мир зо шар ип".split(" ");

/** Zipf-like pick: a few surnames and given names are very common, as in a real register. */
export function zipf<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(list.length * Math.pow(r(), 2.2))]!;
}

/** `n` distinct family names built from Kazakh syllables and the given endings. */
export function makeSurnames(n: number, r: () => number, suffixes: readonly string[]): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    let stem = "";
    for (let i = 0, k = 2 + Math.floor(r() * 2); i < k; i++) stem += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    const s = stem + suffixes[Math.floor(r() * suffixes.length)]!;
    out.add(s[0]!.toUpperCase() + s.slice(1));
  }
  return [...out];
}
