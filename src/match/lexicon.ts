import { skeleton, stemOf } from "./skeleton.js";

/**
 * Given names common in Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Russia and Belarus, in one press spelling
 * each (the skeleton absorbs the others). They serve three purposes: telling the given name from the family name when
 * there is no other cue, knowing its sex (which decides whether "Жумабаева" is a woman or a man's genitive), and
 * protecting names that end like a case ending (Rustem, Karim). An unknown name is simply unknown; nothing fails.
 */
const MALE = `
abai abdulla abdurahman abilai adil adilet adilbek aibek aidar aidos aidyn akylbek alibek alikhan almas
almaz altynbek amanbek amangeldy amir amirkhan anuar arman armanbek arlan arsen arslan askar askhat asan asylbek
atabek aslan ayan azamat azat baglan bakhtiyor bakyt bakytzhan baurzhan beibit bekzat berik bolat daniyar darkhan
dauren dastan dias duman elbek eldar eldos ermek erbol ergali erzhan erlan ernar ersultan ertai galym gani ilyas
islam kairat kanat kuanysh kudaibergen marat madi makhmud maksat medet mukhtar murat nariman nurbek nurbol nurlan
nurlybek nursultan nurzhan olzhas rakhat ramazan rasul ruslan rustam rustem sabit samat sanzhar saken sultan
serik serikbol talgat tair temir temirlan timur toktar ulan ualikhan yerbolat yerkebulan yerlan yerzhan yesenzhan
zhandos zhanibek zhasulan zhanbolat zhomart kubanychbek kadyr kylychbek melis mirlan nurlanbek sooronbai tilek
urmat emil zamir abdulaziz akmal alisher anvar aziz bahodir bekzod bobur davron dilshod doniyor farhod farrukh
hamid ikrom ilhom jahongir jamshid kamol komil mansur muhammad nodir odil otabek ravshan rustambek sanjar sardor
sherzod shukhrat sukhrob tohir ulugbek umid utkir zafar abdullo davlat firdavs khurshed mahmadali muhiddin
nazarali nurullo parviz saidjafar shamsiddin umed zarif aleksandr aleksei anatoly andrei anton arkady artem boris
denis dmitry evgeny fedor georgy gleb grigory igor ilya ivan kirill konstantin leonid maksim mikhail nikita nikolai
oleg pavel petr roman semyon sergei stanislav stepan timofei vadim valentin valery vasily viktor vitaly vladimir
vladislav vyacheslav yaroslav yury ales andrus siarhei uladzimir ihar mikalai zmitser viachaslau pavel ali
isa musa karim rahim salim hakim azim ibragim akhmet rashid said muhammad yusuf
`;

const FEMALE = `
aigerim aigul aizhan ainur akmaral aliya altynai anel ainagul asel assel ayana aruzhan balzhan botagoz dana danagul
dariga dilnaz dinara elmira gaukhar gulmira gulnar gulnara gulzhan indira kamila karlygash kuralai laura madina
makpal meruert moldir nazerke nazgul nurgul raushan roza saltanat samal saule sholpan symbat togzhan tomiris ulzhan
zarina zhanar zhanna zhuldyz zhazira aizada ainura bermet cholpon gulzat jyldyz nurjan aidana dilnoza dildora
feruza gulnoza kamola lola malika mohira munisa nigora nilufar sevara shahnoza umida yulduz zuhra farangis
firuza manizha nargis parvina shabnam tahmina alexandra alla anastasia anna antonina daria ekaterina elena
evgenia galina irina ksenia larisa lyudmila marina maria nadezhda natalia nina olga polina svetlana tatiana
valentina valeria vera victoria yulia zoya sviatlana nasta volha maryia iryna alena veranika
`;

/** Short forms a monitor meets in press and testimony, and other-language forms of one name, mapped to one name. */
const DIMINUTIVES: Record<string, string> = {
  // Belarusian and Ukrainian forms of the Russian name.
  sviatlana: "svetlana", siarhei: "sergei", uladzimir: "vladimir", ihar: "igor", mikalai: "nikolai",
  zmitser: "dmitry", dzmitry: "dmitry", viachaslau: "vyacheslav", alena: "elena", volha: "olga", maryia: "maria",
  iryna: "irina", ales: "aleksandr", siargei: "sergei", igar: "igor", volga: "olga", nastasia: "anastasia",
  nastassia: "anastasia", dzmitri: "dmitry", aliaksandr: "aleksandr", aliaksei: "aleksei", andrei: "andrei",
  // Kazakh қ that Russian spelling renders х.
  bakhytzhan: "bakytzhan", bakhyt: "bakyt", askat: "askhat",
  pavel: "pavel", yauhen: "evgeny", yauheni: "evgeny", mikhas: "mikhail", nasta: "anastasia", raman: "roman",
  ryhor: "grigory", rygor: "grigory", mikita: "nikita", paval: "pavel", uladzislau: "vladislav", viktar: "viktor", vital: "vitaly",
  kanstantsin: "konstantin", valiantsin: "valentin", tatsiana: "tatiana", hanna: "anna", palina: "polina",
  katsiaryna: "ekaterina", natallia: "natalia", halina: "galina", aliaksandra: "alexandra", yauhenia: "evgenia",
  alexei: "aleksei", aleksey: "aleksei", alexey: "aleksei", yevgeny: "evgeny", yevgeniy: "evgeny", yulia: "yulia",
  julia: "yulia", iuliia: "yulia", yekaterina: "ekaterina",
  serhiy: "sergei", oleksandr: "aleksandr", volodymyr: "vladimir", mykola: "nikolai", olena: "elena",
  // Central Asian spellings of one name.
  akhmed: "akhmet", ahmad: "akhmet", ahmed: "akhmet", mukhammed: "muhammad", mukhamed: "muhammad",
  magomed: "muhammad", ibrahim: "ibragim", yusup: "yusuf", iusup: "yusuf", zhusup: "yusuf",
  sasha: "aleksandr", shura: "aleksandr", alesha: "aleksei", lesha: "aleksei", dima: "dmitry", zhenya: "evgeny",
  misha: "mikhail", kolya: "nikolai", petya: "petr", seryozha: "sergei", serezha: "sergei", vova: "vladimir",
  volodya: "vladimir", slava: "vyacheslav", vanya: "ivan", yura: "yury", kostya: "konstantin", tolya: "anatoly",
  vitya: "viktor", pasha: "pavel", grisha: "grigory", styopa: "stepan", tanya: "tatiana", natasha: "natalia",
  masha: "maria", katya: "ekaterina", lena: "elena", sveta: "svetlana", olya: "olga", ira: "irina", galya: "galina",
  nadya: "nadezhda", lyuda: "lyudmila", dasha: "daria", nastya: "anastasia", yulya: "yulia", valya: "valentina",
  nursultan: "nursultan", nurik: "nurlan", sake: "saken", dake: "dauren",
};

export type Sex = "female" | "male";

type Entry = { sex: Sex; canonical: string };

const bySkeleton = new Map<string, Entry>();
const byStem = new Map<string, Entry | "ambiguous">();

function add(name: string, entry: Entry, override: boolean): void {
  const skel = skeleton(name);
  if (override || !bySkeleton.has(skel)) bySkeleton.set(skel, entry);
  const stem = stemOf(skel, true);
  const prev = byStem.get(stem);
  if (prev === undefined || (override && prev !== "ambiguous" && prev.sex === entry.sex)) byStem.set(stem, entry);
  else if (prev !== "ambiguous" && prev.sex !== entry.sex) byStem.set(stem, "ambiguous");
}

const entryOf = (name: string, sex: Sex): Entry => ({ sex, canonical: stemOf(skeleton(name), true) });

for (const n of MALE.split(/\s+/).filter(Boolean)) add(n, entryOf(n, "male"), false);
for (const n of FEMALE.split(/\s+/).filter(Boolean)) add(n, entryOf(n, "female"), false);
for (const [short, full] of Object.entries(DIMINUTIVES)) {
  const target = bySkeleton.get(skeleton(full));
  if (target) add(short, target, true);
}

export type GivenInfo = { sex: Sex | null; canonical: string; known: boolean; exact: boolean };

/**
 * What the lexicon knows about a given-name skeleton. `exact` is true when the written form itself is a nominative
 * entry; an inflected form (Нурлана) is found through its stem. A stem shared by a male and a female name
 * (Aleksandr/Aleksandra, Ali/Aliya) has no sex unless the written form is exact.
 */
const givenCache = new Map<string, GivenInfo>();

export function lookupGiven(skel: string): GivenInfo {
  const hit = givenCache.get(skel);
  if (hit) return hit;
  const info = computeGiven(skel);
  if (givenCache.size >= 100_000) givenCache.clear();
  givenCache.set(skel, info);
  return info;
}

function computeGiven(skel: string): GivenInfo {
  const exact = bySkeleton.get(skel);
  if (exact) return { sex: exact.sex, canonical: exact.canonical, known: true, exact: true };
  const stem = byStem.get(stemOf(skel, true)) ?? byStem.get(stemOf(skel));
  if (stem === undefined) return { sex: null, canonical: stemOf(skel), known: false, exact: false };
  if (stem === "ambiguous") return { sex: null, canonical: stemOf(skel, true), known: true, exact: false };
  return { sex: stem.sex, canonical: stem.canonical, known: true, exact: false };
}

/**
 * A Cyrillic -а/-я form that is a woman's name and also a man's name in the genitive (Александра, Валентина,
 * Евгения) does not tell the sex.
 */
export function isGenitiveOfMaleName(skel: string): boolean {
  const exact = bySkeleton.get(skel);
  if (!exact || exact.sex !== "female" || !/[a]$/.test(skel)) return false;
  const base = skel.slice(0, -1);
  const male = bySkeleton.get(base) ?? bySkeleton.get(base.replace(/i$/, "")) ?? bySkeleton.get(`${base}i`);
  return male?.sex === "male";
}

/** Whether a nominative skeleton is a known given name (used to keep Rustem's -em from the instrumental rule). */
export function isKnownGivenSkeleton(skel: string): boolean {
  return bySkeleton.has(skel);
}
