/**
 * English phrasing classes met in real rights-monitoring reports (CPJ, RFE/RL, HRW …), written here with fictional
 * people and our own sentences.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.

beforeAll(async () => {
  await initExtractor();
});

const found = (text: string, published = "2022-01-10"): string[] =>
  extractDocument({ text, lang: "en", published }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}${i.date ? `@${i.date}` : ""}`).sort();

describe("the kind of custody (English)", () => {
  it.each([
    ["a sentence without a term in a report of days in jail",
      "A district court sentenced two reporters to 12 days in jail each. \"We condemn the jail sentences imposed on reporters Aset Testov and Dana Demova,\" the union said.",
      ["administrative_arrest:Aset Testov", "administrative_arrest:Dana Demova"]],
    ["imprisoned for up to N days, then convicted",
      "Four activists were imprisoned for up to 12 days. The imprisoned are: Aset Testov, Dana Demova, Olzhas Samplov and Aliya Kuanova. It is not known on what charges they were convicted.",
      ["administrative_arrest:Aliya Kuanova", "administrative_arrest:Aset Testov", "administrative_arrest:Dana Demova", "administrative_arrest:Olzhas Samplov"]],
    ["a similar sentence after a 20-day jail term",
      "Blogger Marat Testov is serving a 20-day jail term. He was sentenced on January 6, a week after he had served a similar sentence.",
      ["administrative_arrest:Marat Testov@2022-01-06"]],
    ["a threatened term in years does not make the verdict a prison sentence",
      "Blogger Marat Testov is serving a 20-day jail term and has been charged with a crime punishable by up to 8 years in prison. He was sentenced on January 6.",
      ["administrative_arrest:Marat Testov@2022-01-06", "charge:Marat Testov"]],
    ["a prison term elsewhere keeps a bare 'sentenced' a sentence",
      "Aset Testov was jailed for 10 days in March. Dana Demova was sentenced to five years in prison. Olzhas Samplov was also sentenced on Monday.",
      ["administrative_arrest:Aset Testov@2021-03-01", "sentence:Dana Demova", "sentence:Olzhas Samplov@2022-01-10"]],
    ["other journalists imprisoned in a demand are nobody named",
      "\"Authorities should release Aset Testov and all other journalists currently imprisoned for their work,\" the group said.",
      []],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("who a plural pronoun or a remand is about (English)", () => {
  it.each([
    ["remanded to a police station is police custody, and no criminal case",
      "Reporters Aset Testov and Dana Demova were detained on Friday. They were remanded to the city police station. Two others had been arrested with them.",
      ["detention:Aset Testov@2022-01-07", "detention:Dana Demova@2022-01-07"]],
    ["remanded in custody is still the court's arrest",
      "Reporter Aset Testov was remanded in custody for two months.",
      ["criminal_arrest:Aset Testov"]],
    ["they after a counted group in the same sentence",
      "Police detained Aset Testov and Dana Demova on Friday. The four activists held at the station said they were interrogated overnight.",
      ["detention:Aset Testov@2022-01-07", "detention:Dana Demova@2022-01-07"]],
    ["they after names is still those people",
      "Police detained Aset Testov and Dana Demova on Friday. Both said they were interrogated overnight.",
      ["detention:Aset Testov@2022-01-07", "detention:Dana Demova@2022-01-07", "interrogation:Aset Testov", "interrogation:Dana Demova"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("searches (English)", () => {
  it.each([
    ["searches were conducted in the apartments of",
      "Later, searches were conducted in the apartments of Aset Testov and Dana Demova.",
      ["search:Aset Testov", "search:Dana Demova"]],
    ["had their homes searched, after a reporting verb and an outlet named for its founder",
      "Editor Marat Testov founded Testov Media in 2019. Testov said that Testov Media reporters Aset Demov, Dana Samplova, and Olzhas Kuanov, as well as former reporters Aliya Nurova and Yerlan Bekov, also had their homes searched.",
      ["search:Aliya Nurova", "search:Aset Demov", "search:Dana Samplova", "search:Olzhas Kuanov", "search:Yerlan Bekov"]],
    ["she had her phone confiscated",
      "Reporter Dana Demova had her phone confiscated.",
      ["equipment_seizure:Dana Demova"]],
    ["searched the journalist's home",
      "Police detained reporter Aset Testov on Monday. Officers also searched the journalist's home.",
      ["detention:Aset Testov@2022-01-10", "search:Aset Testov"]],
    ["the search of X's house",
      "Police detained reporter Aset Testov on Monday. During the search of Testov's house, money was seized.",
      ["detention:Aset Testov@2022-01-10", "search:Aset Testov"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("lists and groups (English)", () => {
  it.each([
    ["names with an alias in brackets",
      "On 6 December, staff members Aset Testov (Kokil), Dana Demova (Aqbota), Olzhas Samplov and Aliya Kuanova were detained.",
      ["detention:Aliya Kuanova@2021-12-06", "detention:Aset Testov@2021-12-06", "detention:Dana Demova@2021-12-06", "detention:Olzhas Samplov@2021-12-06"]],
    ["given names the text gives as all it knows",
      "Two other employees of the outlet, whom he identified as Marat and Kanat, were detained. A man named Aset was also questioned.",
      ["detention:Kanat", "detention:Marat", "interrogation:Aset"]],
    ["a lone given name with no such cue is no name",
      "Marat said the outlet would keep working.",
      []],
    ["names joined by commas alone are no list",
      "Reacting to the prison sentence for activist Aset Testov, Dana Demova, the group's director, said the verdict was unjust.",
      ["sentence:Aset Testov"]],
    ["a list still ends in 'and'",
      "Police detained Aset Testov, Dana Demova, and Olzhas Samplov, the group said.",
      ["detention:Aset Testov", "detention:Dana Demova", "detention:Olzhas Samplov"]],
    ["before his arrest is a time reference, not a report",
      "Two days before his arrest, blogger Aset Testov shared a post about the protests.",
      []],
    ["everyone else who is detained is nobody named",
      "Authorities must release Aset Testov and everyone else who is arbitrarily detained, the group said.",
      []],
    ["sentenced under charges of: the grounds, not a charge",
      "On January 4, a court sentenced Aset Testov to three years in prison under charges of justifying terrorism.",
      ["sentence:Aset Testov@2022-01-04"]],
    ["all of them: everyone the paragraph reported",
      "On January 4, Aset Testov was detained, and on January 5, Dana Demova was arrested. Later, Olzhas Samplov was arrested. All of them were charged with smuggling.",
      ["charge:Aset Testov", "charge:Dana Demova", "charge:Olzhas Samplov", "detention:Aset Testov@2022-01-04", "detention:Dana Demova@2022-01-05", "detention:Olzhas Samplov"]],
    ["an appositive without its closing comma",
      "Aset Testov, director of the channel has been accused of extortion.",
      ["charge:Aset Testov"]],
    ["the three: the last three people named",
      "A court found Aset Testov and another reporter, Dana Demova, guilty on Monday. A third man, their friend Olzhas Samplov, was fined 500 rubles. The three were detained in a cafe on Saturday.",
      ["detention:Aset Testov@2022-01-08", "detention:Dana Demova@2022-01-08", "detention:Olzhas Samplov@2022-01-08", "fine:Olzhas Samplov"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("days of arrest (English)", () => {
  it.each([
    ["40 days is longer than any administrative arrest",
      "Photographer Aset Testov was detained on Monday. The court placed him under arrest for 40 days.",
      ["criminal_arrest:Aset Testov", "detention:Aset Testov@2022-01-10"]],
    ["15 days is an administrative arrest",
      "Photographer Aset Testov was detained on Monday. The court placed him under arrest for 15 days.",
      ["administrative_arrest:Aset Testov", "detention:Aset Testov@2022-01-10"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("appeals (English)", () => {
  it.each([
    ["a decision on the appeal filed by the defence of X",
      "The city court issued a decision on the appeal filed by the defense of journalist Dana Testova.",
      ["appeal:Dana Testova"]],
    ["a complaint against the arrest of X is the appeal, not a new arrest",
      "On January 4, the appeals court dismissed a complaint against the arrest of Aset Testov, a member of the institute.",
      ["appeal:Aset Testov@2022-01-04"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("who 'the women' and a contrast are about (English)", () => {
  it.each([
    ["the women and the man among those just reported, by their surnames",
      "Aliya Nurbekova, Marat Samplov and Dana Kuanova were questioned by investigators. It later became known that the women were released, but the man was held for two days.",
      ["detention:Marat Samplov", "interrogation:Aliya Nurbekova", "interrogation:Dana Kuanova", "interrogation:Marat Samplov", "release:Aliya Nurbekova", "release:Dana Kuanova"]],
    ["a female patronymic gives the gender",
      "Zarina Bolot kyzy and Marat Samplov were questioned on Monday. The women were released.",
      ["interrogation:Marat Samplov@2022-01-10", "interrogation:Zarina Bolot kyzy@2022-01-10", "release:Zarina Bolot kyzy"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("remand and police custody (English)", () => {
  it.each([
    ["detained their director, X",
      "Police raided the outlet's offices and detained their director, Ulvi Testov.",
      ["detention:Ulvi Testov"]],
    ["ordered to be detained for months is a remand, and his arrest the same",
      "On January 4, a district court ordered the founder of the channel Aset Testov to be detained for 4 months. Speaking in court, Aset Testov linked his arrest with his reporting.",
      ["criminal_arrest:Aset Testov@2022-01-04"]],
    ["police arrested X in a criminal case is the police's detention",
      "Reporter Dana Demova has been held in pre-trial detention since December. On January 4, police also arrested opposition activist Aset Testov.",
      ["criminal_arrest:Dana Demova@2021-12-01", "detention:Aset Testov@2022-01-04"]],
    ["arrested months before a prison sentence: the criminal case's arrest; officers arresting: the detention",
      "Editor Aset Testov was sentenced to seven years in prison on Friday. Testov was arrested in March 2021. Officers in the southern city of Kulob arrested blogger Dana Demova on January 4.",
      ["criminal_arrest:Aset Testov@2021-03-01", "detention:Dana Demova@2022-01-04", "sentence:Aset Testov@2022-01-07"]],
    ["detained at an airport is a detention, at a border crossing a border detention",
      "On January 4, reporter Dana Demova was detained at the city airport. Blogger Aset Testov was detained at the border crossing on January 5.",
      ["border_detention:Aset Testov@2022-01-05", "detention:Dana Demova@2022-01-04"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("the grounds of a custody charge the people held (English)", () => {
  it.each([
    ["names between the custody and its grounds",
      "Along with Aset Testov, police detained Dana Demova and Marat Samplov on the same charges.",
      ["charge:Dana Demova", "charge:Marat Samplov", "detention:Dana Demova", "detention:Marat Samplov"]],
    ["a relative clause with a singular charge",
      "Officers searched the flat of reporter Olzhas Kuanov, who was detained a day earlier on a hooliganism charge.",
      ["charge:Olzhas Kuanov", "detention:Olzhas Kuanov", "search:Olzhas Kuanov"]],
    ["on remand on charges of",
      "The agency put reporter Aliya Nurova, on remand on charges of rioting, on its list of extremists.",
      ["charge:Aliya Nurova", "criminal_arrest:Aliya Nurova"]],
    ["an appositive ending in a capitalised name, without its closing comma",
      "Aset Testov, the head of the Kulob Branch of Testov Media was detained on 18 January 2021.",
      ["detention:Aset Testov@2021-01-18"]],
    ["the month May is no modal: the coordinated verb keeps its subject",
      "Dana Demova was detained in May and jailed for five years. Police said they would announce charges against Aset Testov on May 28 or else release him.",
      ["detention:Dana Demova@2021-05-01", "sentence:Dana Demova"]],
    ["a verdict on charges is still no charge of its own",
      "Dana Demova was detained in May. She was sentenced on charges of extremism to five years in prison.",
      ["detention:Dana Demova@2021-05-01", "sentence:Dana Demova"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("among those held, relatives by kinship and appositives in lists (English)", () => {
  it.each([
    ["X is among those detained, past an appositive ending in a quoted outlet",
      "According to the media, Aset Testov, a journalist of the opposition channel \"Testovi\" is among those detained.",
      ["detention:Aset Testov"]],
    ["X and his son are among those detained; a former minister is no official",
      "It is also reported that the former Minister of Economy Aset Testov and his son are among those detained.",
      ["detention:Aset Testov", "detention:Aset Testov's son"]],
    ["X, appositive, and Y, appositive, were among N people detained",
      "Aset Testov, a senior member of the group called Free Steppe, and Dana Demova, a civic activist, were among 40 people detained by riot police on Tuesday.",
      ["detention:Aset Testov@2022-01-04", "detention:Dana Demova@2022-01-04"]],
    ["were among them, after a counted group",
      "Police detained dozens of people on Wednesday. Aset Testov and Dana Demova, two opposition politicians, were among them.",
      ["detention:Aset Testov@2022-01-05", "detention:Dana Demova@2022-01-05"]],
    ["those excepted from a release are not released",
      "Police detained Aset Testov and Dana Demova on Tuesday. All of them except Testov and Demova were set free by Wednesday morning.",
      ["detention:Aset Testov@2022-01-04", "detention:Dana Demova@2022-01-04"]],
    ["X's husband, and arrested in an administrative case",
      "On September 15, Dana Demova and her husband were arrested in an administrative case. Olzhas Kuanov was detained on Monday. Kuanov's brother has also been detained.",
      ["administrative_arrest:Dana Demova's husband@2021-09-15", "administrative_arrest:Dana Demova@2021-09-15", "detention:Olzhas Kuanov's brother@2022-01-10", "detention:Olzhas Kuanov@2022-01-10"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("taken in for questioning, and a lawyer's client", () => {
  it.each([
    ["taken in for questioning is a detention, with the object between the verb and the phrase",
      "On Monday police took journalist Aidos Testov in for questioning.",
      ["detention:Aidos Testov@2022-01-10"]],
    ["taken to an office for questioning",
      "Blogger Dana Demova was taken to the Investigative Committee for questioning.",
      ["detention:Dana Demova"]],
    ["questioned is the questioning itself",
      "Dana Demova was questioned for five hours.",
      ["interrogation:Dana Demova"]],
    ["the lawyer who tells of his client's detention is not the one held",
      "Aidos Testov’s lawyer, Rim Samplov, said police detained his client on Monday.",
      ["detention:Aidos Testov@2022-01-10"]],
  ] as const)("%s", (_label, text, want) => {
    expect(found(text)).toEqual([...want].sort());
  });
});

describe("gapped verdicts and Belarusian surnames (English)", () => {
  it.each([
    ["objects of one verdict joined by semicolons, each with its own term, past titles",
      "The group is worried about Ms Dana Testova, Mr Aset Demov and Messrs Marat Samplov and Olzhas Kuanov. On December 9, the Supreme Court sentenced Ms Testova to 21 years of imprisonment; Mr Demov to 15 years; Mr Samplov to 30 years; and Mr Kuanov to 18 years.",
      ["sentence:Aset Demov@2021-12-09", "sentence:Dana Testova@2021-12-09", "sentence:Marat Samplov@2021-12-09", "sentence:Olzhas Kuanov@2021-12-09"]],
    ["gave X and Y a 20-year sentence each; surnames in -ich and -au alone",
      "On 22 December 2021, the regional court gave his comrades Testovich and Samplau a 20-year imprisonment sentence each.",
      ["sentence:Samplau@2021-12-22", "sentence:Testovich@2021-12-22"]],
    ["sentences passed for a list with titles; a former police officer is no official",
      "Sentences have been passed for blogger Dana Testova, former police officer Aset Demov, and former TV presenter Olzhas Samplov.",
      ["sentence:Aset Demov", "sentence:Dana Testova", "sentence:Olzhas Samplov"]],
    ["charges that remained unknown are no report of charging",
      "Police detained Aset Testov and Dana Demova on Monday. The charges against them remained unknown.",
      ["detention:Aset Testov@2022-01-10", "detention:Dana Demova@2022-01-10"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("lists, custody orders, charges and appeals met in unseen reports (English)", () => {
  it.each([
    ["a list between spaced hyphens is the subject",
      "Five others - Giorgi Testadze, Irakli Samplidze and Insaf Demoyev - are charged with participating in the violence.",
      ["charge:Giorgi Testadze", "charge:Insaf Demoyev", "charge:Irakli Samplidze"]],
    ["a counted object's list between spaced hyphens",
      "The police detained three associates of the blogger - Lyubov Testova, Kira Samplova and Georgy Demov - for such calls.",
      ["detention:Georgy Demov", "detention:Kira Samplova", "detention:Lyubov Testova"]],
    ["'have now been' before the participle",
      "Members of the movement, Taron Testyan, Gor Samplyan and Arsen Demoyan, have now been arrested.",
      ["detention:Arsen Demoyan", "detention:Gor Samplyan", "detention:Taron Testyan"]],
    ["'who, along with Y and Z, is accused' charges all three",
      "Activist Zviad Testadze, who, along with Vepkhia Samplidze and Vasil Demoshvili, is accused of organizing group violence, spoke in court.",
      ["charge:Vasil Demoshvili", "charge:Vepkhia Samplidze", "charge:Zviad Testadze"]],
    ["a court's order to keep people in a named town's pretrial detention centre, not dated by its end",
      "Aset Testov, Dana Demova and Olzhas Samplov will be kept in Bishkek pretrial detention center 1 until March 13.",
      ["criminal_arrest:Aset Testov", "criminal_arrest:Dana Demova", "criminal_arrest:Olzhas Samplov"]],
    ["'along with her former husband Y' after the verb",
      "Ulfat Testova was arrested in May along with her former husband Kholbash Samplov.",
      ["detention:Kholbash Samplov@2021-05-01", "detention:Ulfat Testova@2021-05-01"]],
    ["a prosecutor's requested term is no sentence",
      "In August the state prosecutor called for Ulfat Testova to be imprisoned for 25 years.",
      []],
    ["a defendant in a named case is charged",
      "Keneshebek Testov, a defendant in the so-called border case, felt unwell. Another defendant, Aibek Samplov, was brought into the courtroom.",
      ["charge:Aibek Samplov", "charge:Keneshebek Testov"]],
    ["a sentence opening with as many names as a custody counted two sentences before names its people",
      "On January 6 police detained five current and former employees of the outlet. The ministry said a case had been opened. Aset Testov, Dana Demova, Olzhas Samplov, Aliya Kuanova and Marat Demov will be kept in Bishkek pretrial detention center 1 until March 13.",
      ["criminal_arrest:Aliya Kuanova", "criminal_arrest:Aset Testov", "criminal_arrest:Dana Demova", "criminal_arrest:Marat Demov", "criminal_arrest:Olzhas Samplov",
        "detention:Aliya Kuanova@2022-01-06", "detention:Aset Testov@2022-01-06", "detention:Dana Demova@2022-01-06", "detention:Marat Demov@2022-01-06", "detention:Olzhas Samplov@2022-01-06"]],
    ["a doubled hyphen sets off a list like a dash",
      "Two more activists -- Ahmet Testov and Kamil Samplov -- had been detained.",
      ["detention:Ahmet Testov", "detention:Kamil Samplov"]],
    ["a pattern's capitals match in any case ('placed in SIZO')",
      "Aset Testov was placed in SIZO No. 1.",
      ["criminal_arrest:Aset Testov"]],
    ["a counted verdict passes to as many names given later, and 'the five' are those five",
      "A court in Almaty sentenced five activists to four years of restricted freedom on August 26. They were smiling after the verdict. Aset Testov, Dana Demova, Olzhas Samplov, Aliya Kuanova and Marat Demov had spoken out against the plant. The five were kept in pre-trial detention for almost a year.",
      ["criminal_arrest:Aliya Kuanova", "criminal_arrest:Aset Testov", "criminal_arrest:Dana Demova", "criminal_arrest:Marat Demov", "criminal_arrest:Olzhas Samplov",
        "sentence:Aliya Kuanova@2021-08-26", "sentence:Aset Testov@2021-08-26", "sentence:Dana Demova@2021-08-26", "sentence:Marat Demov@2021-08-26", "sentence:Olzhas Samplov@2021-08-26"]],
    ["a report about 'the activists' between the counted one and the names is about the same group",
      "A court in Almaty sentenced five activists to four years of restricted freedom on August 26. The activists were detained in October. Aset Testov, Dana Demova, Olzhas Samplov, Aliya Kuanova and Marat Demov had spoken out against the plant.",
      ["detention:Aliya Kuanova@2021-10-01", "detention:Aset Testov@2021-10-01", "detention:Dana Demova@2021-10-01", "detention:Marat Demov@2021-10-01", "detention:Olzhas Samplov@2021-10-01",
        "sentence:Aliya Kuanova@2021-08-26", "sentence:Aset Testov@2021-08-26", "sentence:Dana Demova@2021-08-26", "sentence:Marat Demov@2021-08-26", "sentence:Olzhas Samplov@2021-08-26"]],
    ["'who was already being held in pretrial detention' reaches the name before 'who'",
      "The court brought new charges against Aziz Testov, who was already being held in pretrial detention.",
      ["charge:Aziz Testov", "criminal_arrest:Aziz Testov"]],
    ["a count that differs names no one",
      "On January 16 police detained six employees of the outlet. Aset Testov, Dana Demova, Olzhas Samplov, Aliya Kuanova and Marat Demov were later charged.",
      ["charge:Aliya Kuanova", "charge:Aset Testov", "charge:Dana Demova", "charge:Marat Demov", "charge:Olzhas Samplov"]],
    ["'accusing him of' charges the one the court ordered held",
      "On Wednesday, a court issued an arrest order for opposition lawmaker Artur Testyan, accusing him of involvement in a coup.",
      ["charge:Artur Testyan@2022-01-05", "detention:Artur Testyan@2022-01-05"]],
    ["an object list runs past 'and' into a titled name",
      "Authorities have detained two bishops and businessman Samvel Samplyan.",
      ["detention:Samvel Samplyan"]],
    ["a director is no official, and 'granted release on bail' is a release",
      "Two persons, including Giorgi Testadze, a 71-year-old doctor, and Ia Samplidze, a creative director and musician, were granted release on bail.",
      ["release:Giorgi Testadze", "release:Ia Samplidze"]],
    ["'were detained – among them X, Y, Z' names everyone after the dash but a relation's reference",
      "In June, members of the commission were detained – among them the well-known lawyer Manuchehr Testov, civil activist Muzaffar Demov and Khursand Samplov, brother of the writer Dana Samplova.",
      ["detention:Khursand Samplov@2021-06-01", "detention:Manuchehr Testov@2021-06-01", "detention:Muzaffar Demov@2021-06-01"]],
    ["a higher court upholding the ruling that sentenced X decides X's appeal; X's sentence stands as reported",
      "The Court of Appeals upheld the first-instance ruling that sentenced Mzia Testadze, founder of the newspaper, to two years in prison.",
      ["appeal:Mzia Testadze", "sentence:Mzia Testadze"]],
    ["upholding someone's pretrial detention is an appeal decided",
      "The appeals court upheld the two-month pretrial detention of journalist Aset Testov.",
      ["appeal:Aset Testov"]],
    ["a search the counted sentence reported without counting is not the listed people's",
      "Police searched homes and detained five employees of the outlet. The ministry said a case had been opened. Aset Testov, Dana Demova, Olzhas Samplov, Aliya Kuanova and Marat Demov were later charged.",
      ["charge:Aliya Kuanova", "charge:Aset Testov", "charge:Dana Demova", "charge:Marat Demov", "charge:Olzhas Samplov",
        "detention:Aliya Kuanova", "detention:Aset Testov", "detention:Dana Demova", "detention:Marat Demov", "detention:Olzhas Samplov"]],
    ["the police took X to a police department for an administrative offence report",
      "The police took Zvereva Saniya to the city police department for an administrative offence report.",
      ["charge:Zvereva Saniya", "detention:Zvereva Saniya"]],
    ["'took the four to the Department of …': the four held before, not the department's name",
      "Police detained Aset Testov, Dana Demova, Olzhas Samplov and Aliya Kuanova. Officers took the four to the Department of Financial Investigation.",
      ["detention:Aliya Kuanova", "detention:Aset Testov", "detention:Dana Demova", "detention:Olzhas Samplov"]],
    ["a protocol they were going to draw up is none yet",
      "Dana Demova said that they were going to draw up a protocol against her.",
      []],
    ["a question about the charge is no charge; the charge before it stands",
      "What exactly Aset Testov is charged with is unknown. Dana Demova was charged, although what she is charged with is unclear.",
      ["charge:Dana Demova"]],
    ["'it is unclear whether X was detained' reports no detention",
      "It is still unclear whether Aset Testov was detained.",
      []],
    ["an appositive title ('Viasna Chair and Nobel Peace Prize laureate') is no second person",
      "Ales Testov, Viasna Chair and Nobel Peace Prize laureate, received 10 years in a colony.",
      ["sentence:Ales Testov"]],
    ["snatching a phone is no abduction",
      "A. Samplov, a representative of the victim, snatched a cell phone from the journalist's hands.",
      []],
    ["a release still to come is no release",
      "Aset Testov will be released tomorrow.",
      []],
  ] as const)("%s", (_label, text, want) => {
    expect(found(text)).toEqual([...want].sort());
  });
});

describe("more kinds and who is no official (English)", () => {
  it.each([
    ["forcibly disappeared is an enforced disappearance",
      "Rights groups reported on May 2 that Aset Testov was forcibly disappeared on March 10, and Dana Demova was forcibly disappeared on February 23.",
      ["enforced_disappearance:Aset Testov@2021-03-10", "enforced_disappearance:Dana Demova@2021-02-23"]],
    ["called to the police is a summons; the chairman of a party branch is no official",
      "Aset Testov, chairman of the local branch of the party, was called to the local police on October 15.",
      ["summons:Aset Testov@2021-10-15"]],
    ["the sentence handed down by a court to X",
      "Relatives described the sentence handed down by the city court to Aset Testov, 63, as cruel.",
      ["sentence:Aset Testov"]],
    ["the chairman of a court is still an official",
      "Aset Testov, chairman of the city court, said Dana Demova was detained.",
      ["detention:Dana Demova"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("possessives between the verb and its noun, and more (English)", () => {
  it.each([
    ["upheld X's sentence is X's appeal",
      "The Supreme Court upheld Aset Testov's sentence.",
      ["appeal:Aset Testov"]],
    ["police raided X's apartment",
      "Police raided Aset Testov's apartment on Tuesday.",
      ["search:Aset Testov@2022-01-04"]],
    ["released under a pledge not to leave",
      "Aset Testov was released under a pledge not to leave the city.",
      ["release:Aset Testov", "travel_ban:Aset Testov"]],
    ["arrested in absentia is a court's arrest",
      "The court granted the request to arrest Dana Testova in absentia.",
      ["criminal_arrest:Dana Testova"]],
    ["detained along with his wife, X",
      "Aset Testov was detained along with his wife, Dana Testova.",
      ["detention:Aset Testov", "detention:Dana Testova"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("orders, plural cases, extensions and whose (English)", () => {
  it.each([
    ["ordered X to pay a fine",
      "The court ordered Aset Testov to pay a fine of 100,000 rubles.",
      ["fine:Aset Testov"]],
    ["criminal cases against X and Y",
      "The authorities opened criminal cases against Aset Testov and Dana Demova.",
      ["charge:Aset Testov", "charge:Dana Demova"]],
    ["an extension of custody is no new arrest",
      "A court extended the pre-trial detention of Aset Testov by two months.",
      []],
    ["X, whose home was searched, was questioned",
      "Aset Testov, whose home was searched on Monday, was questioned for six hours.",
      ["interrogation:Aset Testov", "search:Aset Testov@2022-01-10"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("headlines, 'one of' and time spent in jail (English)", () => {
  it.each([
    ["a headline's present tense",
      "Court Jails Blogger Dana Demova for Five Years",
      ["sentence:Dana Demova"]],
    ["one of N activists detained",
      "Aset Testov was one of 15 activists detained on Monday.",
      ["detention:Aset Testov@2022-01-10"]],
    ["spent N days in jail is the days of arrest",
      "Aset Testov spent 15 days in jail.",
      ["administrative_arrest:Aset Testov"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("searches of their homes and former posts (English)", () => {
  it.each([
    ["searches were conducted in their homes",
      "Police detained Aset Testov and Dana Demova. Searches were conducted in their homes.",
      ["detention:Aset Testov", "detention:Dana Demova", "search:Aset Testov", "search:Dana Demova"]],
    ["Ex-deputy is no part of the name",
      "Ex-deputy of Parliament Aset Testov was also arrested for one month.",
      ["criminal_arrest:Aset Testov"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("adjectival 'jailed', outlets after a name and supporters of X (English)", () => {
  it.each([
    ["jailed before a name or a role states what is known, reports no verdict",
      "Aliya Nurova, jailed former coordinator of the network, asked for a pardon. The court rejected an appeal by jailed Olzhas Kuanov. Dana Demova, the wife of jailed activist Aset Testov, was detained.",
      ["appeal:Olzhas Kuanov", "detention:Dana Demova"]],
    ["jailed as a verb still reports the verdict",
      "Police jailed Dana Demova. Aset Testov was jailed.",
      ["sentence:Aset Testov", "sentence:Dana Demova"]],
    ["an outlet after the name, in brackets or after 'of'",
      "Aset Testov (Testov Media) was detained. Reporter Dana Demova of Radio Testovi was detained.",
      ["detention:Aset Testov", "detention:Dana Demova"]],
    ["supporters of X are not X",
      "Supporters of Aset Testov were detained.",
      []],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("arrested at an airport (English)", () => {
  it("is the police's detention, also in a story of a prison sentence", () => {
    expect(found("Aset Testov was sentenced to 16 years in prison. Testov was arrested at the city airport on February 19 as he was returning home.")).toEqual(["detention:Aset Testov@2021-02-19", "sentence:Aset Testov"]);
  });
});

describe("chronicle lists and gapped terms (English)", () => {
  const found = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-04-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it("surnames with initials separated by bare commas are one list", () => {
    const got = found("April 2, Astana, police detained Testov A., Demov B., Samplova M. when they tried to hold a rally.");
    expect(got).toEqual(["detention:Demov B.", "detention:Samplova M.", "detention:Testov A."]);
  });
  it("three full names separated by bare commas are one list; two without initials are not", () => {
    expect(found("Police detained Aset Testov, Berik Demov, Dana Samplova when they tried to hold a rally.")).toEqual(["detention:Aset Testov", "detention:Berik Demov", "detention:Dana Samplova"]);
    expect(found("The sentences for Aset Testov, Dana Demova, the group's director, said, were unjust.")).toEqual([]);
  });
  it("each term 'for' its names shares the verdict: '14 days for X and Y, eight days for Z, six days for A, B, and C'", () => {
    const got = found("The court gave 14 days of administrative detention to activists Aset Testov and Berik Demov, eight days for Dana Samplova, six days for Nurlan Fictov, Erlan Ospantest, and Timur Testbek, and five days for Aliya Demova.");
    for (const name of ["Aset Testov", "Berik Demov", "Dana Samplova", "Nurlan Fictov", "Erlan Ospantest", "Timur Testbek", "Aliya Demova"]) expect(got).toContain(`administrative_arrest:${name}`);
  });
});

describe("what the detained got as a group (e2)", () => {
  it.each([
    ["'the detained persons are accused of' charges everyone held",
      "Police detained Rinat Testov and Aigul Samplova. The ministry said the detained persons are accused of hooliganism.",
      ["charge:Aigul Samplova", "charge:Rinat Testov", "detention:Aigul Samplova", "detention:Rinat Testov"]],
    ["almost all of them is not all of them",
      "Police detained Rinat Testov and Aigul Samplova. Almost all the detainees were released.",
      ["detention:Aigul Samplova", "detention:Rinat Testov"]],
    ["a request that they be released is no release",
      "Police detained Rinat Testov. His lawyers requested that the detainees be released.",
      ["detention:Rinat Testov"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("the judge is not the one sentenced (e2)", () => {
  it.each([
    ["'Judge X found him guilty and sentenced him' is about the defendant",
      "Rinat Testov was detained in May. In August, Judge Nino Samplova found him guilty of insulting an official and sentenced him to three years in prison.",
      ["detention:Rinat Testov@2021-05-01", "sentence:Rinat Testov@2021-08-01"]],
    ["'imposed a GEL 2,000 fine on X'",
      "A judge imposed a GEL 2,000 (about USD 750) fine on Rinat Testov, the founder of the agency.",
      ["fine:Rinat Testov"]],
    ["a hometown told the long way: 'X from the city of Y was detained'",
      "Yelena Testova from the city of Tver was detained while laying flowers.",
      ["detention:Yelena Testova"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a ban on leaving told without the words 'travel ban' (e2)", () => {
  it.each([
    ["'has a ban on leaving'", "Aigul Testova was released. She now has a ban on leaving the country.", ["release:Aigul Testova", "travel_ban:Aigul Testova"]],
    ["papers taken, 'preventing her from leaving'",
      "Aigul Testova was released. However, her passport was confiscated, preventing her from leaving the city.",
      ["release:Aigul Testova", "travel_ban:Aigul Testova"]],
    ["'prevented X from leaving the country'", "Border guards prevented journalist Aigul Testova from leaving the country.", ["travel_ban:Aigul Testova"]],
    ["kept in a building is no travel ban", "Police prevented journalist Aigul Testova from leaving the building.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("house arrest that is a release or a sentence (e2)", () => {
  it.each([
    ["'placed under house arrest' stays", "Rinat Testov was placed under house arrest for health reasons.", ["house_arrest:Rinat Testov"]],
    ["'released under house arrest' is a release", "The court released Rinat Testov under house arrest.", ["release:Rinat Testov"]],
    ["'three years of house arrest' is a sentence", "A court sentenced Rinat Testov to three years of house arrest.", ["sentence:Rinat Testov"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("given names the press spells many ways (e1)", () => {
  const people = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-04-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it.each([
    ["'Alexander' before a surname of no known shape", "Police detained Alexander Lymark on Monday.", ["detention:Alexander Lymark"]],
    ["'Yevgeniya' before a surname of no known shape", "Yevgeniya Dorn was fined for a post on Friday.", ["fine:Yevgeniya Dorn"]],
  ])("%s", (_label, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("names of no known shape in a victim's place (e1)", () => {
  const people = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-04-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it.each([
    ["the object right after 'detained'", "On Tuesday police in the city detained Zorat Brelik after the rally.", ["detention:Zorat Brelik"]],
    ["an age in commas after the name", "Zorat Brelik, 34, was sentenced to five years in prison on Friday.", ["sentence:Zorat Brelik"]],
    ["the subject of a passive, past an adverb", "Zorat Brelik was also detained.", ["detention:Zorat Brelik"]],
    ["Armenian and Georgian endings close a name", "Among those detained were Vrezh Testarian and Zaal Testebia.", ["detention:Vrezh Testarian", "detention:Zaal Testebia"]],
    ["a place with such an ending is no name", "The court in Saudi Arabia was closed.", []],
    ["a possessive names the owner, not the one held", "Zorat Brelik's lawyer was detained.", []],
    ["a title-case headline's capitalised verb is no cue", "Police Detained Zorat Brelik In Minsk On Monday", []],
  ])("%s", (_label, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("the grounds of a verdict are no charge of their own (e2)", () => {
  it.each([
    ["'sentenced … on a charge of'", "Rinat Testov was sentenced to five years in prison on a charge of calling for unrest.", ["sentence:Rinat Testov"]],
    ["'fined … on charges of'", "A court fined journalist Rinat Testov on charges of spreading false information.", ["fine:Rinat Testov"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("half-year terms and jail terms (e1)", () => {
  const people = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-04-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it.each([
    ["'got 7½ years'", "Dana Demova got 7½ years in prison.", ["sentence:Dana Demova"]],
    ["'received seven and a half years'", "Dana Demova received seven and a half years in prison.", ["sentence:Dana Demova"]],
    ["'a 7 1/2 year jail term'", "Aset Testov, 26, another blogger, got a 7 1/2 year jail term.", ["sentence:Aset Testov"]],
  ])("%s", (_label, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("an outlet's name before its staff is no object (e1)", () => {
  it("'detained Nasha Testa journalists' names no one", () => {
    expect(extractDocument({ text: "Police detained Nasha Testa journalists.", lang: "en", published: "2025-04-10" }, { learned: false }).incidents).toEqual([]);
  });
});

describe("the person a case or trial is about is charged (session 7)", () => {
  it.each([
    ["'started hearing the case against X'", "A court in Testburg started hearing the case against Pavel Abotny, a boxer.", ["charge:Pavel Abotny"]],
    ["'the trial against former policeman X'", "The regional court closed to the public the trial against former policeman Andrej Shklarov.", ["charge:Andrej Shklarov"]],
    ["'the case against him' after his custody", "Amir Testov was detained on Monday. Testov insists that the case against him is politically motivated.",
      ["charge:Amir Testov", "detention:Amir Testov@2022-01-10"]],
    ["a trial against no one named gives no one the charge", "After a hearing of the trial against the Vesna team, police detained observer Katya Yanshova.",
      ["detention:Katya Yanshova"]],
    ["'in the case of' is a manner of speaking", "As in the case of Dana Fikova, nothing happened.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a suspicion behind a custody is a charge (session 7)", () => {
  it.each([
    ["'detained X for allegedly …'", "Police detained Amir Testov for allegedly possessing illegal drugs.", ["charge:Amir Testov", "detention:Amir Testov"]],
    ["'were also detained for allegedly …' after a list", "Hayot Nasrov and Akrom Malikin, an academic, were also detained for allegedly plotting a coup.",
      ["charge:Akrom Malikin", "charge:Hayot Nasrov", "detention:Akrom Malikin", "detention:Hayot Nasrov"]],
    ["'on suspicion of'", "Olzhas Samplov was detained in May on suspicion of extremism.", ["charge:Olzhas Samplov", "detention:Olzhas Samplov@2021-05-01"]],
    ["a verdict's grounds stay no charge", "Berik Aliyev was given six days of administrative detention for allegedly blocking a road.", ["administrative_arrest:Berik Aliyev"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a confession staged for the camera (session 7)", () => {
  it.each([
    ["'they seem to have been made to appear in repentance videos'",
      "Residents Artur Testevich, Alyaksandr Tsybin and Hanna Mikhova have been detained as well. They seem to have been made to appear in so-called repentance videos.",
      ["coerced_confession:Alyaksandr Tsybin", "coerced_confession:Artur Testevich", "coerced_confession:Hanna Mikhova",
        "detention:Alyaksandr Tsybin", "detention:Artur Testevich", "detention:Hanna Mikhova"]],
    ["'a “confession” video showing X'", "A pro-government channel published a “confession” video showing Valery Yudov.", ["coerced_confession:Valery Yudov"]],
    ["'footage of X confessing'", "State television aired footage of Marat Alovatov confessing to unspecified crimes.", ["coerced_confession:Marat Alovatov"]],
    ["'made to confess to state media'", "The pianist Vikram Ruzov was beaten before being made to confess to state media.", ["beating:Vikram Ruzov", "coerced_confession:Vikram Ruzov"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("the homes searched name whose they were (session 7)", () => {
  it.each([
    ["'a search was also carried out in X's flat'", "A search was also carried out in 20-year-old Alyaksei Valatov’s flat.", ["search:Alyaksei Valatov"]],
    ["'another search was initiated at the house of X'", "Another search was initiated at the house of Natalya Satsova, a member of the branch.", ["search:Natalya Satsova"]],
    ["'confiscated … from the homes of X and Y'", "Police confiscated phones, laptops, and money from the homes of deputy head Barys Haretov and the group’s lawyer, Aleh Aheyev.",
      ["equipment_seizure:Aleh Aheyev", "equipment_seizure:Barys Haretov", "search:Aleh Aheyev", "search:Barys Haretov"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("gapped verdicts name a term for several people at once (session 7)", () => {
  it.each([
    ["'…, B and C, to two and a half years each; D, to two years'",
      "A court sentenced Juryj Dzikov to three years of restricted freedom, Dzmitry Plesov and Siarhei Laukov, to two and a half years each; Ludmila Cybulova, to two years.",
      ["sentence:Dzmitry Plesov", "sentence:Juryj Dzikov", "sentence:Ludmila Cybulova", "sentence:Siarhei Laukov"]],
    ["'… were sentenced to nine years, reporters X and Y to eight years'",
      "Director Ulvi Hasanov and editor Sevinj Vagifova were sentenced to nine years in prison, reporters Nargiz Absalova and Elnara Gasimova to eight years.",
      ["sentence:Elnara Gasimova", "sentence:Nargiz Absalova", "sentence:Sevinj Vagifova", "sentence:Ulvi Hasanov"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a defendant named is charged (session 7)", () => {
  it.each([
    ["'One of the defendants, X, …'", "One of the defendants, Akzhol Zhandarov, was found guilty of taking part in riots.", ["charge:Akzhol Zhandarov"]],
    ["'The defendant involved in the case X'", "The defendant involved in the anti-war case Vladimir Sergeyev was moved to a hospital.", ["charge:Vladimir Sergeyev"]],
    ["'the defendants, on his orders' names no one", "According to the relatives of the defendants, on his orders, guards beat Maksat Kutov.", ["beating:Maksat Kutov"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("an organisation's name is no person (session 7)", () => {
  it.each([
    ["'… Protestant Church pastor X'", "Authorities released New Life Protestant Church pastor Viktar Hancharov on Monday.", ["release:Viktar Hancharov@2022-01-10"]],
    ["'the Strategy Testeli office'", "His arrest was made in the Strategy Testeli office.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("places and outlets around a victim's name (x-fix)", () => {
  const people = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-04-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it.each([
    ["a region after 'from' is no person", "Several activists from North Testland were detained.", []],
    ["a region of a compass word and a country's ending is no person", "Dozens of protesters in South Ossetia were detained on Monday.", []],
    ["the victim is still read beside the region", "Police detained activist Zorat Brelik from South Ossetia.", ["detention:Zorat Brelik"]],
    ["reporter X Y of an outlet, then the verb", "Reporter Zorat Brelik of Testov Media was detained on Monday.", ["detention:Zorat Brelik"]],
    ["the outlet named as a radio", "Reporter Zorat Brelik of Radio Testov was detained on Monday.", ["detention:Zorat Brelik"]],
    ["a known given name before the outlet", "Journalist Anton Testov of Testov Media was detained on Monday.", ["detention:Anton Testov"]],
    ["a title-case headline still reads as one", "Belarusian Journalists Sentenced to Jail Terms Amid Crackdown", []],
  ])("%s", (_label, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("moved from pre-trial detention to house arrest is a release (x-fix)", () => {
  const people = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-04-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it.each([
    ["a court moved X", "A court in Testville on Thursday moved activist Arman Testov from pre-trial detention to house arrest.", ["release:Arman Testov"]],
    ["X was transferred", "Arman Testov was transferred from custody to house arrest on Monday.", ["release:Arman Testov"]],
    ["placed under house arrest stays house arrest", "Arman Testov was placed under house arrest on Monday.", ["house_arrest:Arman Testov"]],
  ])("%s", (_label, text, want) => {
    expect(people(text)).toEqual(want);
  });
});
