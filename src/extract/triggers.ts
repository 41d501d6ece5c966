/**
 * Words that report something happening to a person, per language, mapped to the DOMAIN vocabulary. `arrest` and
 * `sentence` are refined by what follows ("15 days" → administrative arrest, "two months" → criminal arrest,
 * "five years" → sentence). `form` tells the attachment rules how the word relates to its victim.
 */
import type { IncidentType } from "../contract/vocab.js";
import type { Legal } from "../contract/extraction.js";

export type TriggerType = IncidentType | "arrest";
/** verb: finite or passive verb; participle: "задержанного", adjectival "detained journalist"; noun: "the detention of". */
export type TriggerForm = "verb" | "participle" | "noun";

export interface TriggerDef {
  type: TriggerType;
  re: RegExp;
  form: TriggerForm;
  /** The match must not follow a letter (checked in code: a leading lookbehind stops V8 from skipping ahead fast). */
  wordStart?: boolean;
  /** The same pattern, case-sensitive, for lower-cased text: case-insensitive scanning is several times slower. */
  lower: RegExp;
  /**
   * Only right after a dash, as in a list line "X – 9 years in prison" (elsewhere it may be a term requested). The
   * pattern starts with the dash, which makes the scan fast; the trigger starts after it.
   */
  afterDash?: boolean;
  /** A word every match contains: a document without it is not scanned with a pattern that starts with any word. */
  needs?: string;
  /** Reported together with the trigger of another kind it overlaps ("увезли на допрос": detention and interrogation). */
  alongside?: boolean;
  /** Tells of an earlier event the sentence's own date is not the day of ("признал неправомерным арест X" on June 14). */
  undated?: boolean;
}

// The copy run on lower-cased text: every literal capital lower-cased ("SIZO" too), escapes (\S, \p{Lu}) left alone.
const lowered = (source: string): string => source.replace(/\\[pPu]\{[^}]*\}|\\.|[A-ZА-ЯЁ]/g, (m) => (m.length === 1 ? m.toLowerCase() : m));
const t = (type: TriggerType, re: RegExp, form: TriggerForm = "verb"): TriggerDef => ({
  type, re, form, lower: new RegExp(lowered(re.source), re.flags.replace("i", "")),
});

export const EN_TRIGGERS: TriggerDef[] = [
  t("house_arrest", /\b(?:house arrest|home confinement)\b/gi, "noun"),
  t("criminal_arrest", /\b(?:pre-?trial detention(?! (?:centre|center|facility|facilities|centres|prison))|on remand|remanded(?: in custody)?(?! to (?:the |a )?(?:[\w-]+ ){0,3}(?:police|station))|(?:held|kept|remain) in custody for (?:\w+ )?months?|custody for (?:\w+ )?months?|ordered (?:\w+ ){0,3}(?:held|kept|detained) (?:in custody|for (?:\w+ )?months?))\b/gi),
  t("administrative_arrest", /\b(?:administrative arrest|administrative detention|administrative imprisonment)\b/gi, "noun"),
  // "placed in the remand centre for one month", "placed in pre-trial detention": held for a criminal case.
  // "will be kept in Bishkek pretrial detention center 1 until March 13": the same, with the town's name between.
  t("criminal_arrest", /\b(?:placed|put|sent|kept|held|remains?|remained) (?:in|to|into) (?:the |a )?(?:[\w-]+ ){0,2}?(?:remand (?:cent(?:re|er)s?|prison)|pre-?trial detention(?: cent(?:re|er)s?)?|SIZO)\b/gi),
  // "the court ordered X to be placed in custody", "a court … took X, one of the leaders of …, into custody": the
  // court's custody order, the person after the verb.
  { ...t("criminal_arrest", /\bordered (?:[\w’'-]+ ){1,4}?to be (?:placed|held|kept|remanded) in (?:pre-?trial )?custody\b|\b(?:court|judge)s? (?:[\w-]+ ){0,4}?took\b(?=[^.;]{1,120}? into custody)/gi), needs: "custody" },
  // "remanded to the city police station": held by the police, no court's order.
  t("detention", /\bremanded to (?:the |a )?(?:[\w-]+ ){0,3}(?:police|station)\b/gi),
  t("detention", /\b(?:placed|put|held) in (?:a |the )?(?:temporary detention|(?:temporary )?detention (?:cent(?:re|er)|facility)|police (?:cell|custody)|isolation ward)s?\b/gi),
  // An airport is no border: "detained at the Kazan airport" is the police's detention (reports label it so).
  t("border_detention", /\b(?:detained|stopped|held) at (?:the )?(?:[\w-]+ ){0,3}(?:border|checkpoint|crossing)\b/gi),
  t("detention", /\b(?:detain(?:ed|ing|s)?|rounded up|taken into custody|taken away|(?:taken|brought) to (?:a |the )?(?:[\w-]+ ){0,3}(?:police|station|department|precinct)|held (?:him|her|them|overnight|incommunicado|for (?:several |a few |\w+ )?(?:hours|days))|picked up (?:by|outside|at|from|near|on)|picked (?:him|her|them) up|drove (?:him|her|them) (?:away )?to (?:a |the )?(?:[\w-]+ ){0,2}(?:police|station|department|precinct)|took (?:[\w-]+ ){1,4}?into custody|(?:seized|grabbed) by (?:[\w-]+ ){0,2}(?:police|policemen|officers|agents)|apprehended|hauled (?:off|away)|(?:taken|took (?:him|her|them)) (?:from|out of) (?:his |her |their |the )?(?:home|flat|apartment|house|dormitory|office|car|bed)|took (?:him|her|them) (?:in|away)|seized (?:him|her|them))\b(?! (?:persons|people|protesters|demonstrators|participants|citizens|individuals|facility|centre|center))/gi),
  t("detention", /\b(?:the (?:detention|arrest) of|(?:detention|arrest) of)\b/gi, "noun"),
  t("detention", /\b(?:(?:is|are|was|were|remains?|remained) (?:still )?in (?:police )?custody)\b/gi),
  // "have been in custody since their arrest", "in custody awaiting trial": held on remand, a court's arrest.
  t("criminal_arrest", /\b(?:(?:is|are|was|were|remains?|remained|been|being) (?:still )?(?:held )?in custody (?:awaiting|pending|since (?:their|his|her) arrest)|held in custody awaiting)\b/gi),
  t("arrest", /\barrest(?:ed|ing)?\b(?! (?:warrant|of))/gi),
  // "placed all 11 under arrest", "put him under arrest": the verb carries the victim, "arrest" the kind.
  t("arrest", /\b(?:placed|put) (?:[\w-]+ ){0,3}?under arrest\b/gi),
  // "The detainees include X, Y and Z", "Among those detained were X": a list of the people held.
  // "X and his son are among those detained", "X and Y were among 64 people detained by riot police": the subject
  // before it is one of the people held (the list form after it is the trigger below).
  t("detention", /\b(?:among|one of) (?:those|the (?:[\w-]+ )?(?:people|persons|protesters|demonstrators|activists|journalists|participants)|(?:some |about |around |at least |nearly |more than )?\d+ (?:[\w-]+ ){0,2}?(?:people|persons|protesters|demonstrators|activists|journalists|participants)) (?:detained|rounded up)\b(?! (?:are|were|include))/gi),
  t("detention", /\b(?:(?:the )?detainees (?:include[ds]?|are|were)|among (?:those|the people) (?:detained|arrested) (?:are|were)|those (?:detained|arrested) (?:include[ds]?|are|were))\b/gi),
  // "moved X from pre-trial detention to house arrest": released to house arrest, a release only (GUIDELINES).
  { ...t("release", /\b(?:moved|transferred)(?=(?: [\w'’-]+){0,6}? from (?:pre-?trial detention|custody|(?:the |a )?(?:detention cent(?:re|er)|remand (?:prison|centre|center)|jail|prison))(?: [\w-]+){0,3}? to house arrest\b)/gi), needs: "house arrest" },
  t("release", /\b(?:granted (?:release|bail)|released|releasing|freed|set free|let (?:him|her|them) go|let go|walked free|walks free|allowed to (?:go|leave)|release)\b(?! (?:a |the |its |his |her )?(?:statement|video|report|footage|list|figures|data|photos?))/gi),
  // "accused the following individuals of violating the law:", "filed an administrative offence protocol against nine
  // participants": a charge brought against a group named after it.
  t("charge", /\b(?:accused (?:the following|these|those|all|several|\d+|[\w-]+) (?:[\w-]+ )?(?:individuals|people|persons|activists|journalists|participants|protesters|men|women|defendants) of|(?:filed|drew up|drawn up|issued) (?:an? )?(?:administrative )?(?:offen[cs]e )?(?:protocols?|reports?|citations?) against)\b/gi),
  // "X, a defendant in the Kempir-Abad case", "another defendant, X": someone charged in the case on trial.
  // "One of the defendants, X", "the defendant in the so-called Kempir-Abad case, X", "The defendant involved in the
  // anti-war case X" too.
  t("charge", /\b(?:(?:a|the|one of(?: the)?|among the) (?:[\w-]+ ){0,2}?defendants? (?:in|of|on trial|involved in)\b|(?:one of the defendants|the defendants?)(?=,)|another defendant\b)/gi, "noun"),
  t("charge", /\b(?:charged(?! (?:\w+ )?(?:atmosphere|with electricity))|indicted|accused of|accus(?:e[sd]?|ing) (?:him|her|them) of|charges? (?:of|under|against)|protocol (?:was )?drawn up|charging (?:him|her|them) with|(?:opened|launched|filed|initiated|instituted) (?:a )?criminal (?:cases?|proceedings) against|criminal (?:cases?|proceedings) (?:was |were |has been |have been |had been )?(?:opened|launched|initiated|instituted) against|brought (?:[\w-]+ ){0,2}?charges against)\b/gi),
  // "the case against X", "opened a case against X, Y and Z", "the closed trial of X", "a suspect in the criminal case
  // of X": the person a case or trial is about is charged. "in the case of" alone is a manner of speaking.
  t("charge", /\b(?:cases? against|(?:trials?|proceedings|prosecution) (?:against|of)|criminal case of)\b/gi, "noun"),
  // "detained as a suspect": held in a criminal case as its suspect, which the detention trigger reports as well.
  { ...t("charge", /\b(?:detained|arrested|held) as (?:a )?suspects?\b/gi), alongside: true, needs: "suspect" },
  // "Court Jails Blogger X", "Police Detain Reporter Y": a headline's present tense.
  t("sentence", /\bjails\b/gi),
  t("detention", /\bdetains\b/gi),
  // "X spent 15 days in jail": days behind bars are a court's administrative arrest (not "40 days in a detention
  // centre since his arrest", which tells of a custody reported elsewhere).
  t("sentence", /\bspent (?:\w+ ){0,2}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)[- ]days? (?:in jail|behind bars)\b/gi),
  // "handed five years", "got 15 days", "ordered him to serve eight years": the length decides the kind (refineType).
  // "got 7½ years", "received seven and a half years", "handed 2.5 years": the half-years Central Asian courts give.
  t("sentence", /\b(?:(?:handed|got|given|received|serve|serving) (?:\w+ ){0,3}?(?:\d+(?:[.,]\d)?(?: ?1\/2|½)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)(?: and a half)?[- ](?:years?|months?|days?))\b/gi),
  t("sentence", /\b(?:sentenced|jailed|imprisoned|convicted|(?:the )?(?:sentencing|conviction) of|(?:handed|gave|given) (?:a |an )?[\w-]+ (?:jail|prison) (?:terms?|sentences?)|sent to (?:jail|prison) for|(?:prison|jail) (?:terms?|sentences?)|received (?:suspended )?sentences?|suspended sentences?|given (?:a )?(?:\w+[- ])?(?:year|month)s?)\b/gi),
  // "are facing charges after being arrested": charges brought, the trial still to come.
  t("charge", /\b(?:(?:is|are|was|were|now) facing (?:criminal )?charges)\b/gi),
  // "had faced prosecution under Article 225", "the unjustified criminal prosecution of X".
  { ...t("charge", /\b(?:faced (?:criminal )?prosecution|criminal prosecution of)\b/gi), needs: "prosecut" },
  // "detained for allegedly possessing drugs", "arrested on suspicion of fraud": a suspicion behind a custody is a
  // charge (GUIDELINES); the grounds, like those below, go to the people held.
  t("charge", /\b(?:on (?:the )?suspicion of|for (?:allegedly|(?:his|her|their) alleged))\b/gi, "noun"),
  // "detained on smuggling charges", "on fabricated tax evasion charges": the grounds of a custody.
  t("charge", /\bon (?:(?!on )[a-z-]+ ){1,3}charges\b|\bon an? (?:[a-z-]+ ){1,3}charge\b/gi, "noun"),
  // "took at least 10 of them to Baku City Police Department": a counted group taken in.
  t("detention", /\btook (?:him|her|them|(?:at least |about )?\d+ (?:of them|people|journalists|staff|employees)) to (?:the )?(?:[\w-]+ ){0,3}(?:police|station|department|precinct)\b/gi),
  // "They are being held at the Baku Pre-Trial Detention Centre": held on remand, a court's arrest.
  t("criminal_arrest", /\b(?:held|kept) (?:in|at) (?:the )?(?:[\w-]+ ){0,2}(?:pre-?trial detention cent(?:re|er)|remand (?:cent(?:re|er)|prison))\b/gi),
  // "gave a 2 1/2-year sentence to X": the term before the noun, the person after "to".
  t("sentence", /\b(?:gave|handed) (?:a |an )?[\d\/ ½.]{1,8}[- ](?:year|month)(?: prison| jail)? (?:sentence|term)\b/gi),
  // "gave his comrades X and Y a 20-year imprisonment sentence each": the people between the verb and the term.
  t("sentence", /\b(?:gave|handed) (?:[\w’'-]+ ){1,8}?an? [\d\/½.]{1,8}[- ](?:year|month)(?: prison| jail| imprisonment)? (?:sentences?|terms?)\b/gi),
  // "Sentences have been passed for X, Y and Z", "prison terms were handed down to X": the people after.
  t("sentence", /\b(?:sentences?|verdicts?|prison terms?) (?:(?:have|has) been |were |was )?(?:passed|handed down|delivered|pronounced) (?:by (?:the )?(?:[\w-]+ ){0,3}?[Cc]ourt )?(?:for|to|on|against|in the cases? of)\b/gi, "noun"),
  t("fine", /\b(?:fined|(?:handed|given) a fine|ordered to pay a fine|(?:paid|paying) (?:a )?fines?)\b/gi),
  // "The court ordered X to pay a fine of 100,000 rubles": the person between the order and the fine.
  t("fine", /\bordered (?:[\w’'-]+ ){1,4}?to pay (?:a )?fines?\b/gi),
  // A verdict list line: "X – 9 years in a strict-regime colony;", "Y — 7 years' imprisonment".
  { ...t("sentence", /[—–-] ?(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?: and a half)?[- ]years?['’]?(?: and (?:\d+|\w+) months?)? (?:in (?:prison|jail|a (?:[\w-]+ )?(?:penal )?colony)|of (?:imprisonment|prison|jail)|imprisonment|prison)\b/gi, "noun"), afterDash: true },
  t("acquittal", /\bacquitted\b/gi),
  // "the jail sentences imposed on X and Y": the people follow "on".
  t("sentence", /\b(?:(?:jail|prison) )?(?:sentences?|terms?) (?:(?:was|were|has been|have been) )?imposed on\b/gi),
  t("fine", /\bfines? (?:(?:was|were|has been|have been) )?imposed on\b/gi),
  // "imposed a GEL 2,000 (about USD 750) fine on X", "imposed a fine of 50,000 tenge on X".
  t("fine", /\bimposed (?:an? )?(?:[^;:.!?]{1,40}? )?fine (?:of [^;:.!?]{1,40}? )?on\b/gi),
  // Not "appealed to the authorities to release him" (a plea); "appealed to the Supreme Court" is an appeal.
  t("appeal", /\b(?:appealed(?! to (?!(?:the |a )?(?:[\w-]+ ){0,3}courts?\b))|(?:decision|ruling) on (?:the |an? |his |her |their )?(?:appeals?|complaints?)(?: (?:filed|lodged|submitted) by)?|complaints? (?:about|against|over) (?:the )?(?:arrests?|detentions?|sentences?|verdicts?) of|(?:filed|lodged) an appeal|appeals? (?:was|were) (?:rejected|dismissed|upheld|turned down)|(?:rejected|dismissed|turned down|upheld|heard|denied|considered|did not satisfy|refused to satisfy) (?:the |an? |their |his |her )?(?:appeals?|complaints?|cassation appeals?)(?: (?:of|by|filed by))?)\b/gi),
  // "an appeal court upheld the conviction of X", "the Supreme Court upheld his sentence": the appeal decided.
  // "upheld the first-instance ruling that sentenced X", "upheld the two-month pretrial detention of X": a higher court
  // deciding the person's appeal against the verdict or the custody.
  t("appeal", /\b(?:upheld|upholding|(?:decision|ruling|decided|voted) to uphold|confirmed|left (?:unchanged|in force)) (?:the |a |an |their |his |her )?(?:convictions?|sentences?|verdicts?|prison terms?|guilty verdicts?|(?:first-instance |lower court['’]s |(?:[\w-]+ ){1,3}court['’]s )?(?:ruling|judgment|verdict|decision)(?= (?:that |which )?(?:sentenc|convict|fin))|(?:[\w-]+ )?pre-?trial detention|arrests?)(?: (?:of|against|for|handed to))?\b/gi),
  // "The Supreme Court upheld X's sentence": the owner of the verdict between the verb and the noun.
  t("appeal", /\b(?:upheld|confirmed|left (?:unchanged|in force)) [\w-]+(?: [\w-]+){0,2}['’]s? (?:convictions?|sentences?|verdicts?|prison terms?)\b/gi, "noun"),
  // "Sentences were confirmed for seven journalists, including X …": the people whose verdict an appeal left standing.
  t("appeal", /\b(?:sentences?|verdicts?|convictions?|prison terms?) (?:(?:have|has) been |were |was )?(?:confirmed|upheld|left (?:unchanged|in force)) (?:by (?:the )?(?:[\w-]+ ){0,4}?court (?:of [\w-]+ )?)?(?:for|of|against)\b/gi, "noun"),
  // "the Court of Appeal, which again denied X release", "the appeals court rejected her request": a higher court
  // deciding the person's complaint.
  { ...t("appeal", /\b(?:court of appeals?|appeals? court|appellate court|court of cassation|cassation court)(?:,? which)? (?:\w+ ){0,2}?(?:denied|rejected|dismissed|refused|turned down|did not satisfy)\b/gi), needs: "court" },
  t("transfer", /\b(?:transferred|moved to (?:a |the )?(?:[\w-]+ ){0,2}(?:prison|colony|detention|jail|centre|center))\b/gi),
  t("killing", /\b(?:killed|shot dead|murdered|beaten to death|gunned down|was shot|were shot|died in custody|died (?:of|from) (?:his|her|their) (?:injuries|wounds))\b/gi),
  t("torture_or_ill_treatment", /\b(?:tortur(?:ed|ing|e)|ill-treat(?:ed|ment)|handcuffed to a radiator|electric shock(?:er|s)?|(?:denied|not given) (?:food|water|sleep|medical (?:care|help)))\b/gi),
  t("beating", /\b(?:beat(?:en)?(?! (?:to death))|beating|kicked|punched|hit (?:him|her|them|\w+ several times)|assaulted|(?:was|were|been|being) attacked|attacked by|(?:assailants|attackers|men|thugs|persons|people|officers|police|policemen) attacked|pushed (?:him|her|them) to the ground|clubbed|struck with batons)\b/gi),
  t("injury", /\b(?:wounded|injured|hospitali[sz]ed|broken (?:ribs?|arms?|legs?|nose|jaw|fingers?)|(?:broke|fractured) (?:his|her|their) (?:ribs?|arms?|legs?|nose|jaw|fingers?|skull)|fracture of|suffered (?:a )?(?:concussion|injur\w+|fracture))\b/gi),
  t("missing", /\b(?:missing|not (?:been )?heard from|(?:unable|not able) to (?:reach|contact|locate|find) (?:him|her|them)|(?:whereabouts|fate) (?:are |is |remains? )?unknown|lost contact|no contact with|has not been seen|disappeared|(?:nobody|no one|no-one) knows where (?:he|she|they) (?:is|are|was|were)|(?:taken|driven|moved) to an unknown (?:location|destination))\b/gi),
  t("enforced_disappearance", /\b(?:forcibly disappeared|(?:victims? of|subjected to) (?:an )?enforced disappearance|denied (?:holding|detaining|having detained|that (?:he|she|they) (?:was|were) (?:being )?held)|held incommunicado|refused to (?:say|disclose) where)\b/gi),
  t("abduction", /\b(?:abduct(?:ed|ion)|kidnapped|forced into a (?:car|van)|snatched(?! (?:a|an|the|his|her|their) (?:[\w-]+ )?(?:phone|camera|cell|mobile|bag|microphone|notebook|laptop|equipment|flag|poster|placard|banner))|(?:grabbed|seized|taken|bundled (?:\w+ )?into a \w+) by (?:unknown|unidentified|masked|armed) (?:\w+ ){0,2}(?:men|people|persons|assailants|individuals))\b/gi),
  t("search", /\b(?:searched|search(?:ed)? (?:of )?(?:his|her|their|the) (?:home|flat|apartment|house|office|car))\b(?! for)/gi),
  // "searches were conducted in the apartments of X and Y", "police carried out searches at the home of X".
  // "A search was also carried out in X's flat", "Another search was initiated at the house of X".
  t("search", /\b(?:search(?:es)? (?:(?:was|were|has been|have been) )?(?:also )?(?:conducted|carried out|held|performed|initiated)|(?:conducted|carried out|held|performed) (?:a )?search(?:es)?)\b/gi, "noun"),
  // "confiscated phones and laptops from the homes of X and Y": taken in a search of their homes.
  { ...t("search", /\b(?:confiscated|seized|took|taken)\b[^.;:]{1,80}? from (?:the )?(?:homes?|flats?|apartments?|houses?) of\b/gi, "noun"), needs: " from " },
  { ...t("equipment_seizure", /\b(?:confiscated|seized)\b[^.;:]{1,80}? from (?:the )?(?:homes?|flats?|apartments?|houses?) of\b/gi, "noun"), needs: " from ", alongside: true },
  // "during the search of X's house": the owner stands inside the phrase.
  t("search", /\bsearch(?:es)? (?:of|at|in) [\w-]+['’]s? (?:home|flat|apartment|house)s?\b/gi, "noun"),
  // "searches of the homes of X, Y and Z": the owners follow.
  t("search", /\bsearch(?:es)? of (?:the )?(?:homes|flats|apartments|houses) of\b/gi, "noun"),
  // "Police raided the home of X", "a raid on the flat of X": the people follow "of".
  t("search", /\b(?:raided|raids? on|stormed) (?:the )?(?:homes?|flats?|apartments?|houses?) of\b/gi, "noun"),
  // "Police raided X's apartment": the owner stands between the verb and the home.
  t("search", /\braided [\w-]+(?: [\w-]+){0,2}['’]s? (?:home|flat|apartment|house)s?\b/gi, "noun"),
  // "taken in for questioning", "took X to the Investigative Committee for questioning": held by the police, which
  // reports (and monitors) record as a detention; only "questioned" says the questioning happened.
  t("detention", /\b(?:(?:taken|brought) (?:in )?(?:to (?:the |a )?(?:[\w-]+ ){0,4})?for questioning|took(?= (?:[\w-]+ ){1,5}?(?:in |to (?:the |a )?(?:[\w-]+ ){0,4})?for questioning))\b/gi),
  t("interrogation", /\b(?:questioned|interrogated|cross-examined)\b/gi),
  // "the police took X to the South-Eastern police department": the active form of "taken to the police".
  t("detention", /\b(?:took|brought|escorted|delivered)(?= (?:[\w-]+ ){1,5}?to (?:the |a )?(?:[\w-]+ ){0,3}(?:police|station|department|precinct)\b)/gi),
  // "… for an administrative offence report", "to draw up an administrative protocol": a protocol drawn up on them.
  t("charge", /\b(?:for|to draw up) an? (?:administrative )?(?:offen[cs]e )?(?:report|protocol)\b/gi, "noun"),
  // "After questioning, two former staff — X and Y — were placed …": the opening phrase is about the subject.
  t("interrogation", /\b(?:after|following) (?:(?:his|her|their|the|a) )?(?:questioning|interrogation)\b/gi, "noun"),
  t("summons", /\b(?:summoned|summons|called in for questioning)\b/gi),
  // "X was called to the local police on October 15": summoned, not yet held.
  t("summons", /\bcalled (?:in )?to (?:the )?(?:[\w-]+ ){0,2}(?:police|prosecutor[’']?s? office|investigators?|security service)\b/gi),
  t("travel_ban", /\b(?:(?:pledge|undertaking|recognizance|obligation) not to leave|travel ban|banned from (?:leaving|travel\w*|entering)|barred (?:[\w-]+ ){0,3}?from (?:leaving|entering|travel\w*)|(?:could|can|may) not leave (?:the country|\w+)|ordered not to leave|exit ban|entry ban)\b/gi),
  // "She now has a ban on leaving Kazakhstan", "her passport was confiscated, preventing her from leaving", "prevented
  // X from leaving the country", "subject to a "stop" on leaving".
  t("travel_ban", /\b(?:(?:(?:has|had|have|got|received|was given|were given) (?:a |an )?)?bans? on (?:leaving|travel\w*|exit\w*)|prevent(?:ed|ing|s)? (?:[\w-]+ ){0,4}?from (?:leaving(?! (?:the |their |his |her )?(?:building|house|home|premises|office|courtroom|court|station|square|area|room|car|bus))|travel\w*)|(?:restrictions?|["“]?stop["”]?) on (?:leaving|travel\w*))\b/gi),
  // Not "a deportation centre": held there is custody, not yet a deportation.
  t("deportation", /\b(?:deported|expelled from|deportation)\b(?! (?:cent(?:re|er)s?|camps?|facilit(?:y|ies)|prisons?)\b)/gi),
  // "made to confess to state media", "made to appear in so-called repentance videos", "a “confession” video showing
  // X", "footage of X confessing to …": a confession staged for the camera.
  { ...t("coerced_confession", /\bmade to (?:confess|apologi[sz]e|repent|appear in (?:[\w-]+ ){0,3}?(?:["“]?(?:repentan(?:t|ce)|confession|apology)["”]? )?videos?)\b/gi), needs: "made to" },
  { ...t("coerced_confession", /\b(?:repentan(?:t|ce)|confession)["”]? videos? (?:showing|of|featuring)\b/gi), needs: "video" },
  { ...t("coerced_confession", /\b(?:footage|videos?|recording) (?:of|showing) (?:[\w’'-]+ ){1,4}?confessing\b/gi), needs: "confessing" },
  t("coerced_confession", /\b(?:(?:shown|paraded|appeared|featured) on (?:state |national )?(?:television|tv)|televised confession|forced to (?:confess|sign (?:a |the )?(?:\w+ )?confession|read (?:out )?(?:a )?(?:prepared )?["“]?confession|record (?:a |an )?["“]?(?:confession|apology)|apologi[sz]e on (?:camera|tv|television))|confession (?:had been |was )?(?:extracted|forced|coerced))\b/gi),
  t("threat", /\b(?:threaten(?:ed|ing)?|warned (?:\w+ ){0,2}(?:about|of) (?:the )?["“]?consequences|warned (?:\w+ )?(?:that )?(?:he|she|they|\w+) (?:could|would|might) (?:face|be (?:charged|prosecuted|arrested|detained)))\b/gi),
  t("dismissal", /\b(?:dismissed|fired|sacked|lost (?:his|her|their) jobs?)\b(?! (?:the|a|an|his|her|its|their|these|those)? ?(?:claim|complaint|appeal|allegation|case|lawsuit|shots?|tear gas|rubber))/gi),
  t("equipment_seizure", /\b(?:(?:confiscated|seized|took(?: away)?|taken away|removed)(?: \S+){0,5}? (?:phones?|cameras?|laptops?|computers?|memory cards?|equipment|notebooks?|hard drives?|footage|devices?|documents)|(?:phones?|cameras?|laptops?|computers?|memory cards?|equipment|devices?) (?:(?:was|were) )?(?:confiscated|seized|taken))\b/gi),
  t("obstruction_of_reporting", /\b(?:forced (?:\w+ )?to delete|prevented (?:\w+ ){0,2}from (?:working|filming|reporting|covering)|not allowed to (?:film|report|work|cover)|obstructed)\b/gi),
  t("accreditation_withdrawn", /\b(?:accreditation (?:was )?(?:withdrawn|revoked|annulled|cancelled)|stripped of (?:(?:his|her|their|its) )?(?:[\w-]+ ){0,2}accreditations?)\b/gi),
  t("foreign_agent_designation", /\b(?:designated (?:as )?(?:a )?foreign agents?|foreign agent registry)\b/gi),
];

const W = "[\\p{L}]*";
const ru = (s: string): RegExp => new RegExp(`(?:${s})(?![\\p{L}])`, "giu");

export const RU_TRIGGERS: TriggerDef[] = ([
  t("house_arrest", ru(`домашн${W} арест${W}|под домашний арест`), "noun"),
  t("criminal_arrest", ru(`(?:водворил|водворен|поместил|помещен|отправил|отправлен|этапирова)${W} (?:\\p{L}+ ){0,2}в сизо|(?:санкционировал${W}|санкционирован${W}) арест${W}|мер${W} пресечения в виде (?:ареста|содержания под стражей)|арестова${W} на (?:\\d+|два|три|один|шесть) месяц${W}|арест${W} (?:сроком )?на (?:\\d+|два|три|один|шесть) месяц${W}|(?:водворил|водворен|водворён|помести|помещен|помещён|заключ|направ)${W} (?:\\p{L}+ ){0,2}?(?:в следственн${W} изолятор${W}|в изолятор временного)|(?:заключ|направ)${W} (?:\\p{L}+ ){0,2}?в сизо`)),
  // "заключил под стражу на пять суток" is an administrative arrest, "на два месяца" or no term the court's remand:
  // "arrest" is refined by the term in the clause.
  t("arrest", ru(`(?<!взят[аоы]? )под страж[уе](?! находится)(?: на ${W}(?: ${W})? (?:месяц${W}|сут(?:ок|ки)))?`)),
  // The count's word is matched from its first letter only, with the common letters taken atomically (the lookahead
  // and back-reference) and the rare ones by "\p{L}": a bare "[\p{L}]+" was tried from every letter of every word and
  // made this the costliest Russian pattern. The matches are the same.
  { ...t("administrative_arrest", ru(`административн${W} арест${W}|(?:(?<!\\d)\\d+|(?<![а-яёa-z])(?<![\\p{L}])(?=[\\p{L}])(?=([а-яёa-z]*))\\1(?:[\\p{L}]+)?) сут(?:ок|ки|кам|ками) (?:административного )?ареста`), "noun"), needs: "арест" },
  t("border_detention", ru(`(?:задержа|продержа)${W} (?:\\p{L}+ ){0,3}(?:на границе|на пункте пропуска|в аэропорту|на КПП)`)),
  t("detention", ru(`задержа(?:л|ли|ла|н|на|ны|но|ть|ние|ния|нию|нием)|задерживали|задерживал|задерживают|задерживался|увезли в (?:полицейском|полицию|отдел${W}|автозак${W})|доставили в (?:отдел|полици|управлени|департамент)${W}|(?:среди|в числе) задержанных|взяли под стражу|(?:был[аои]? )?взят[аоы]? под стражу(?! на (?:\\d+|\\p{L}+) месяц)|забрали (?:из|с|прямо|в)|увезли (?:в|на|из)|схватили|задержании|(?:доставил|доставлен|водворил|водворен|помести|помещен)${W} (?:\\p{L}+ ){0,3}?в (?:\\p{L}+ ){0,2}?(?:участок|отдел${W}|отделени${W}|ИВС|изолятор${W}|спецприемник${W}|РОВД|РУВД|ОВД|УВД|ГУВД|МВД|ГКНБ|КНБ|ДКНБ|ГУНБ|СК|ФСБ|КГБ|милици${W}|полици${W}|департамент${W}|управлени${W})|в (?:\\p{L}+ ){0,3}?(?:участок|отдел${W}|отделени${W}|ИВС|РОВД|РУВД|ОВД|УВД|ГУВД|МВД|ГКНБ|КНБ|ДКНБ|ГУНБ|СК|ФСБ|КГБ|милици${W}|полици${W}|департамент${W}|управлени${W}) (?:\\p{L}+ ){0,2}?(?:доставил|доставлен)${W}`)),
  // The plural only with where, when or why after it ("11 человек, задержанных на месте акций"): alone it is mostly a
  // noun ("адвокат задержанных", "в поддержку задержанных").
  t("detention", ru(`задержанн(?:ый|ого|ому|ая|ую|ой|ым|ом)|задержанн(?:ых|ые|ыми)(?= (?:на|в|во|после|за|по|накануне|\\d)|(?: \\p{L}+)? (?:журналист|активист|правозащитни|блогер|политик|оппозиционер|фотограф|корреспондент|редактор)\\p{L}* \\p{L})`), "participle"),
  // "полиция забрала на допрос X", "на допрос доставлен X": taken in for questioning is a detention (the interrogation
  // trigger below reports the questioning itself).
  { ...t("detention", ru(`(?:увез|доставил|забрал|повез|отвез)${W} (?:\\p{L}+ ){0,2}?на (?:\\p{L}+ )?допрос|на допрос (?:\\p{L}+ ){0,2}?(?:доставил|доставлен|увезл|увезен|отвезл|отвезен|забрал|забран)${W}`)), alongside: true },
  // "судья оставила под стражей ещё 10 участников", "Под арестом останутся: X, Y …": a court's custody order.
  t("criminal_arrest", ru(`оставил${W} (?:\\p{L}+ ){0,3}?под (?:стражей|арестом)|под (?:арестом|стражей) (?:останутся|остаются|остались|остается|останется)`)),
  // "находится под стражей с ноября": held, as "is in custody" in English; the court's order is the criminal arrest.
  t("detention", ru(`(?:находил|находит|находят)${W} под стражей`)),
  // "содержится под стражей", "находится под арестом", "провели почти год в СИЗО": held on a court's order.
  { ...t("criminal_arrest", ru(`(?:содерж|удержива)${W} под стражей|(?:находи|находя|содерж|удержива|оста[её]т|остаю|оставал)${W} под арестом`)), needs: "под" },
  { ...t("criminal_arrest", ru(`(?:находи|находя|содерж|провел|провели|провела)${W} (?:(?!под )\\p{L}+ ){0,2}?в СИЗО`)), needs: "сизо" },
  t("arrest", ru(`(?:отправил|посадил|отправлен|посажен)${W} (?:\\p{L}+ )?(?:за решетку|под арест)|(?:об|о) арест(?:е|ах)|(?:среди|в числе) арестованных|арестова(?:л|ли|ла|н|на|ны|ть)|арестованн(?:ый|ого|ому|ая|ую|ой|ым)|арестовали|(?:после|с момента|со дня) (?:его |её |ее |их )?ареста`)),
  // "суд признал неправомерным арест X": a ruling on X's complaint against an arrest that did happen, on another day.
  // (Not "продлил арест": an extension is no new arrest.)
  { ...t("arrest", ru(`признал${W} (?:\\p{L}+ ){0,2}?(?:неправомерн|незаконн|необоснованн)${W} арест(?:ы)?(?![\\p{L}])`), "noun"), alongside: true, undated: true, needs: "арест" },
  { ...t("appeal", ru(`признал${W} (?:\\p{L}+ ){0,2}?(?:неправомерн|незаконн|необоснованн)${W} арест(?:ы)?(?![\\p{L}])`), "noun"), alongside: true, needs: "арест" },
  // "вышел из СК около полуночи", "вышла из ИВС": out of custody.
  t("release", ru(`вы(?:шел|шла|шли) из (?:здания )?(?:СК|ИВС|СИЗО|изолятора|спецприемника|спецприёмника|отдела|отделения|полиции|ОВД|РОВД|УВД|ГУВД|МВД|ДВД|ГКНБ|КНБ|ФСБ|СКР|Следственного комитета|колонии)(?![\p{L}])`)),
  // "перевели из СИЗО под домашний арест", "изменил X меру пресечения на домашний арест": a release only (GUIDELINES).
  { ...t("release", ru(`(?:перевел|переведен|перевод|измени|изменен|замени|заменен)${W}(?=(?: [\\p{L}-]+){0,12}? (?:под|на) домашний арест)`)), needs: "домашний арест" },
  // "покинул исправительное учреждение спустя 7 месяцев": out of prison.
  t("release", ru(`покинул${W} (?:\\p{L}+ ){0,3}?(?:колони|исправительн|учреждени|тюрьм|СИЗО|изолятор|спецприемник|спецприёмник)${W}`)),
  t("release", ru(`освободил${W}|освобожд[её]н${W}|освобождени${W}|отпустил${W}|отпущен${W}|выпустил${W}|вышл?${W} на свободу|после освобождения`)),
  // "задержаны по обвинению в контрабанде": the charge behind the custody (sentences on such charges are blocked).
  t("charge", ru(`по обвинени(?:ю|ям) в`), "noun"),
  // "по аналогичному обвинению была арестована X", "задержан по подозрению в …" (suspicion with custody is a charge).
  t("charge", ru(`по (?:аналогичн|тому же|т[еа]м же|схож|подобн)\\p{L}* обвинени(?:ю|ям)|по подозрению в`), "noun"),
  // "Подсудимые X, Y и Z", "X, другой подсудимый", "обвиняемая X", "фигурантом которого является X": defendants and
  // the accused named in a case are charged (GUIDELINES).
  t("charge", ru(`проход(?:ящ\\p{L}*|ит|ят|ил|ила|или) по (?:\\p{L}+ ){0,2}?делу(?! (?:\\p{L}+ ){0,3}?свидетел)|подсудим(?:ый|ая|ые|ого|ой|ому|ую|ых|ым|ыми)|обвиняем(?:ый|ая|ые)(?! (?:по|в) )|фигурант(?:ом|ами|ы|а|ка|кой|кой) (?:\\p{L}+ ){0,2}?дела|фигурантом (?:которого|которой|этого|данного) (?:\\p{L}+ )?(?:дела )?(?:является|являлся|стал|стала)`), "noun"),
  t("charge", ru(`предъяв${W} (?:\\p{L}+ ){0,4}обвинени${W}|обвинени${W} (?:\\p{L}+ ){0,3}предъяв${W}|обвиня(?:ют|ет|ется|ются)|обвинял(?:и|а)? (?:в|по (?:\\p{L}+ ){0,2}?(?:стать|дел|част)${W})|подозрева(?:ется|ются|лся|лась|лись) в|проход${W} (?:\\p{L}+ ){0,3}?(?:подозреваем|обвиняем|фигурант)${W} по|(?:привлечен|привлечён)${W} (?:\\p{L}+ ){0,4}?по (?:\\p{L}+ ){0,3}?дел[уа]|в качестве (?:подозреваем|обвиняем)${W}|стал${W} (?:\\p{L}+ ){0,2}?фигурант${W} (?:\\p{L}+ ){0,2}?дел|как (?:подозреваем|обвиняем)${W} по|вменя(?:ют|ет|ется|ли|л)|вменил${W}|поступил${W} (?:\\p{L}+ ){0,2}протокол${W}|обвинил${W}|обвин[её]н(?:а|о|ы)?|обвин[её]нн${W}|(?:составил|составля)${W} (?:\\p{L}+ ){0,2}протокол${W}|возбудил${W} (?:уголовное )?дело (?:против|в отношении)|возбуди${W} против \\p{L}+ (?:уголовное )?дело|уголовн${W} дел${W} (?:против|в отношении)|(?:возбу(?:жден|дил)|заведен)${W} (?:\\p{L}+ )?(?:уголовн${W} |административн${W} )?дел(?:о|а)|завел${W} (?:\\p{L}+ ){0,3}?дел[оа]|дел[оа] (?:\\p{L}+ )?завел${W}|дел[оа] (?:против|в отношении) \\p{L}+ (?:\\p{L}+ )?(?:завел|возбудил)${W}|заведен${W} (?:\\p{L}+ )?дел[оа]|дел[оа] (?:\\p{L}+ )?(?:возбуждено|заведено|возбудили|завели) (?:против|в отношении|на)|стал${W} (?:фигурант|подозреваем|обвиняем)${W}`)),
  // "Ивана X, обвиняемого в госизмене", "Y, подозреваемой по делу о …": the accused and suspects are charged.
  t("charge", ru(`(?:обвиняем|подозреваем)(?:ого|ому|ой|ую|ый|ая|ым|ых|ые|ыми)(?= (?:по|в) )`), "participle"),
  // "Наки привлекли к ответственности", "привлечена к уголовной ответственности": a case brought against the person
  // (not the future "привлекут").
  { ...t("charge", ru(`привлек(?:ли|ла|л)? (?:\\p{L}+ ){0,2}?к (?:уголовной |административной )?ответственности|привлеч[её]н${W} к (?:уголовной |административной )?ответственности`)), needs: "ответственности" },
  // "Семь лет колонии получил X": the term comes first in Russian word order.
  { ...t("sentence", ru(`(?:\\d+|\\p{L}+) (?:лет|года?)(?: (?:колонии|заключения|лишения свободы|тюрьмы|условно|(?:строгого|общего|особого) режима)){0,2} получил${W}`)), needs: "получил" },
  // "Виновными признаны все десять человек", "огласил приговор": a conviction told without its verb of sentencing.
  t("sentence", ru(`признан[аоы]? (?:\\p{L}+ )?виновн(?:ым|ой|ыми)|виновн(?:ым|ой|ыми) (?:были |был |была )?признан[аоы]?(?!\\p{L})|(?:огласил|озвучил)${W} (?:\\p{L}+ )?приговор`)),
  t("sentence", ru(`вынес${W} (?:\\p{L}+ )?приговор|приговор${W} (?:\\p{L}+ ){0,2}?вынес(?:ли|ла|л)?(?!\\p{L})|срок${W}? (?:\\p{L}+ ){0,2}?получил${W}|приговорил${W}|приговор[её]нн${W}|приговор[её]н${W}|осудил${W}(?! (?:\\p{L}*(?:ние|ния|тие|тия|сть|сти)(?!\\p{L})|это|эти|такие|аресты|меры|репресси${W}|действия|решени${W}|задержани${W}|арест${W}|преследовани${W}|давлени${W}|нападени${W}|практик${W}|вмешательств${W}|заявлени${W}|приговор${W}|попытк${W}))|осужд[её]н${W}|получил${W} (?:по )?(?:(?:\\p{L}+|\\d+(?:[,.]\\d+)?) ){0,2}(?:год|лет|срок)${W}|дали (?:\\p{L}+ ){0,2}(?:\\d{1,2}|\\p{L}+) (?:сут|лет|год)${W}|назначил${W} (?:\\p{L}+ ){0,3}(?:\\d{1,2} )?(?:сут|лет|год)${W}`)),
  { ...t("fine", ru(`оштрафова${W}|штраф${W} в размере|назначил${W} штраф${W}|штраф${W} (?:в )?(?:\\d[\\d\\s]*|\\p{L}+ )(?:тысяч${W} )?(?:мрп|тенге|рубл${W}|сом${W}|мзп|базов${W})|(?:\\d[\\d\\s]*|\\p{L}+ )(?:тысяч${W} )?(?:мрп|тенге|рубл${W}|сом${W}|базов${W} величин) штраф${W}`)), needs: "штраф" },
  // A verdict list with the terms in brackets: "X (три года), Y (восемь лет) и Z (шесть лет и шесть месяцев)".
  t("sentence", ru(`\\((?:\\d+(?:[,.]\\d+)?|\\p{L}+) (?:с половиной )?(?:лет|года?)(?: и (?:\\d+|\\p{L}+) месяц${W})?(?: (?:колонии|лишения свободы|заключения|тюрьмы|ограничения свободы|условно))?\\)`), "noun"),
  // A verdict list line: "X – 9 лет колонии в условиях усиленного режима;".
  { ...t("sentence", ru(`[—–-] ?(?:\\d+(?:[,.]\\d+)?|\\p{L}+) (?:с половиной )?(?:лет|года?)(?: и (?:\\d+|\\p{L}+) месяц${W})? (?:колонии|лишения свободы|заключения|тюрьмы|ограничения свободы|условно)`), "noun"), afterDash: true },
  t("acquittal", ru(`оправда(?:л|ли|н|на|тельный)${W}`)),
  t("appeal", ru(`апелляционн${W} (?:инстанци|суд|коллеги)${W} (?:\\p{L}+ ){0,4}?(?:заменил|смягчил|отменил|изменил|отклонил|ужесточил|оставил)${W}|обжаловал${W}|подал${W} апелляци${W}|апелляци${W} (?:\\p{L}+ ){0,2}(?:отклонил|оставил)${W}|(?:отклонил|оставил${W} без удовлетворения|рассмотрел|рассматрива|удовлетворил)${W} (?:\\p{L}+ ){0,2}(?:апелляци|жалоб)${W}|(?:апелляционн|кассационн)${W} (?:жалоб|представлени)${W} (?:\\p{L}+ ){0,10}?(?:был${W} )?(?:рассмотрен|отклонен|оставлен)${W}|жалоб${W} на (?:арест|приговор|решение|задержание|меру пресечения)|рассмотрени${W} (?:\\p{L}+ ){0,2}?(?:апелляционн|кассационн)${W} жалоб${W}`)),
  // "Суд оставил без изменений приговор X", "приговор оставлен в силе": a higher court deciding the appeal.
  { ...t("appeal", ru(`оставил${W} (?:\\p{L}+ ){0,3}?(?:без изменени[йя]|в силе)|оставлен${W} (?:\\p{L}+ )?(?:без изменени[йя]|в силе)`)), needs: "остав" },
  t("transfer", ru(`этапирова${W}|перевел${W} в (?:сизо|колони|изолятор|тюрьм)${W}|переведен${W} в (?:сизо|колони|изолятор|тюрьм)${W}`)),
  t("killing", ru(`убит(?:ый|ая|ые|ы|а|о)?|убил${W}|застрел${W}|погиб(?:ла|ли)?|скончал${W}|расстрелян${W}|ликвидирова(?:н|на|ны|ли|л)|умер(?:ла|ли)? (?:(?:\\p{L}+ ){0,3}?(?:после избиения|от (?:побоев|пыток|травм|ран))|в (?:реанимации|больнице|сизо|колонии|изоляторе))`)),
  // "погибшего Романа Бондаренко", "убитого в мае полковника X": a participle before the name it describes.
  t("killing", ru(`(?:убит|застреленн|расстрелянн)(?:ого|ому|ой|ую|ых|ым|ый|ая|ые)|погибш(?:его|ему|ий|ая|ую|ей|ие|их|им)`), "participle"),
  // "пожаловались на примененное к ним в СИЗО насилие": violence where the state holds them.
  { ...t("torture_or_ill_treatment", ru(`насили${W} (?:\\p{L}+ ){0,2}?в (?:сизо|изолятор${W}|колони${W}|тюрьм${W}|ивс|спецприемник${W})|в (?:сизо|изолятор${W}|колони${W}|тюрьм${W}|ивс|спецприемник${W}) (?:\\p{L}+ ){0,2}?насили${W}`), "noun"), needs: "насили" },
  t("torture_or_ill_treatment", ru(`пыта(?:ли|л|ют)|пытк${W}|жестоко обраща${W}|жесток${W} обращени${W}|(?:надел|натянул)${W} (?:\\p{L}+ ){0,2}?(?:на )?(?:\\p{L}+ )?голов${W} (?:\\p{L}+ )?(?:мешок|пакет)|мешок на голов${W}|физическ${W} (?:давлени|насили)${W}|пристегн${W} наручниками|электрошок${W}|не давали (?:есть|спать|пить)`)),
  t("beating", ru(`изби(?:л|ли|ла|т|та|ты|вали|вал|ение|ения)${W}|били|бил|ударил${W}|повалил${W}|напал(?:и|а)? на|напал(?:и|а)?(?= неизвестн| люди| мужчин| сотрудник| силовик| полицейск)`)),
  t("injury", ru(`ранен${W}|ранени${W}|сломанн${W} (?:р[её]бр|рук|ног|нос|челюст)${W}|сломал${W} (?:\\p{L}+ )?(?:руку|ногу|ребро|рёбра|ребра|нос|челюсть|пальц${W})|перелом${W}|попал${W} в больниц${W}|госпитализирова${W}`)),
  t("missing", ru(`в неизвестном направлении|пропал${W}|пропавш${W}|не (?:выход|выш|вышел)${W} на связь|не могут (?:с \\p{L}+ )?связаться|не могут найти|местонахождени${W} (?:\\p{L}+ ){0,4}?неизвестн${W}`)),
  t("enforced_disappearance", ru(`отрицал${W},? что (?:он|она|они) (?:находится|находятся|содерж${W})|отрицал${W} (?:\\p{L}+ ){0,3}под стражей`)),
  t("abduction", ru(`похит${W}|похищен${W}`)),
  // An outlet's office searched is no person's incident ("после обыска в офисе редакции").
  t("search", ru(`(?:обыск${W}|обыскал${W}|обыскан${W}|обыскива${W})(?! (?:в )?(?:офис|редакци|помещени|здани)${W})`)),
  // "пришли с обысками в редакцию издания и квартиру его главного редактора X": the home named after the office.
  t("search", ru(`обыск${W}(?:[^.,;!?]|\\.(?=\\p{L})){0,80}?(?:квартир|жилищ|дом(?=[аеу]?[\\s,.]))${W}`), "noun"),
  { ...t("interrogation", ru(`допрос(?:ил|или|ила|ен|ена|ены)|допрош[её]н(?:а|о|ы)?|допрашива(?:л|ли|ла|ют|ет)|(?:увезли|доставили|забрали|повезли|отвезли|повезл${W}|увез|доставил${W}|отвез${W}) (?:\\p{L}+ )?на допрос|на допрос (?:\\p{L}+ )?(?:доставил|доставлен|увезл|увезен|отвезл|отвезен|забрал|забран)${W}|(?:после|спустя (?:\\p{L}+ ){0,3}|в ходе|во время|по итогам|по окончании|час\\p{L}*|часов) допроса`)), needs: "допр" },
  t("summons", ru(`вызыва${W} (?:\\p{L}+ )?(?:на допрос|в (?:полици|кнб|гкнб|прокуратур|следств|суд)${W})|вызва${W} (?:на допрос|на беседу)|на допрос (?:\\p{L}+ )?вызва${W}|(?:пригласи|приглаша)${W} (?:\\p{L}+ )?на (?:допрос|беседу)|на (?:допрос|беседу) (?:\\p{L}+ ){0,2}?(?:пригласи|приглаша)${W}|(?:вызва|пригласи)${W} (?:\\p{L}+ ){0,3}?в (?:\\p{L}+ ){0,2}?(?:полици|кнб|гкнб|прокуратур|следств|суд|управлени|отдел|мвд|гунб|дкнб|министерств|служб|комитет|ровд|рувд|овд|увд|гувд|фсб|кгб|ск)${W}|вызва${W} (?:\\p{L}+ )?на (?:следственные действия|дачу показаний)|на допрос (?:\\p{L}+ ){2,6}?вызва(?:л|ли|ла|н|на|ны)(?![\\p{L}])|в (?:суд|полицию|прокуратуру|КНБ|ГКНБ) (?:\\p{L}+ )?(?:вызва|вызыва|позва)${W}|повестк${W}`)),
  t("travel_ban", ru(`запрет${W} (?:на )?(?:выезд|въезд)${W}|запретил${W} (?:\\p{L}+ )?(?:выезжать|покидать)|не может покидать|подписк${W} о невыезде|отказ${W} (?:\\p{L}+ )?в (?:выезде|пересечении границы)|не (?:выпустил|пустил|выпуска|пуска)${W} (?:\\p{L}+ )?(?:из страны|за границу|на рейс)`)),
  // "направлены в депортационный центр": held in a deportation centre is custody, not yet a deportation.
  t("deportation", ru(`депортир${W}|выдвор${W}|экстрадирова(?:ли|л|ла|н|на|ны)(?!\\p{L})|депортаци(?:я|и|ю|ей)(?! (?:центр|лагер)${W})`)),
  t("coerced_confession", ru(`(?:фильм|видео|ролик|эфир|телеканал|канал)${W} [^.!?\\n]{0,120}?признал${W} (?:свою )?вин[уы]|принуди${W} (?:\\p{L}+ ){0,3}?(?:признани|признать|покаяни|видео|снять|записать)${W}|принуждени${W} к (?:признани|даче показаний|покаяни)${W}|вынужден${W} (?:\\p{L}+ ){0,2}?записыва${W} (?:\\p{L}+ ){0,2}?видео|показани${W} (?:\\p{L}+ ){0,3}выбил${W}|выбил${W} (?:\\p{L}+ ){0,3}показани${W}|подписать (?:\\p{L}+ )?признани${W}|показали по (?:государственному |гос)?(?:телевидению|тв)|покаянн${W} (?:видео|ролик${W}|интервью)|признани${W} (?:\\p{L}+ ){0,3}под давлением|вынудил${W} (?:\\p{L}+ )?призна${W}|(?:записать|записал${W}|записан${W}) (?:\\p{L}+ ){0,2}?[«"]?(?:извинени|покаяни|признани|обращени)${W}[»"]? на (?:камеру|видео)|(?:покаян${W}|признани${W}|извинени${W}) (?:\\p{L}+ ){0,3}?(?:по (?:государственному |гос)?(?:телевидению|тв)|в эфире|на камеру)|(?:показали|показан${W}|транслировал${W}|опубликовал${W}) (?:\\p{L}+ ){0,3}?(?:видео|ролик|фильм)${W} (?:\\p{L}+ ){0,3}?(?:признани|покаяни|раскаяни)${W}|(?:показал${W}|показан${W}|транслировал${W}|продемонстрировал${W}) [«"]?(?:признани|покаяни|раскаяни)${W}[»"]?`)),
  t("threat", ru(`угрожал${W}|угроз${W}|предупредили о (?:«)?последстви${W}`)),
  t("dismissal", ru(`уволил${W}|уволен${W}|увольнени${W}`)),
  t("equipment_seizure", ru(`изъял${W}|изъят${W}|конфискова${W}|отобрал${W} (?:\\p{L}+ )?(?:телефон|камер|ноутбук|карт)${W}`)),
  t("obstruction_of_reporting", ru(`заставил${W} удалить|(?:удалил|стерл|стер)${W} (?:\\p{L}+ ){0,4}?(?:фото|видео|снимк|запис|кадр)${W}|мешают работать|мешал${W} работать|не дал${W} (?:снимать|работать)|воспрепятствова${W}`)),
  t("accreditation_withdrawn", ru(`лишил${W} аккредитаци${W}|лишен${W} аккредитаци${W}|аккредитаци${W} (?:\\p{L}+ )?(?:отозва|аннулирова)${W}`)),
  t("foreign_agent_designation", ru(`иностранн${W} агент(?:ом|ами|а|ов|ы|у)?|иноагент${W}`)),
] as TriggerDef[]).map((d) => ({ ...d, wordStart: true }));

/** The incident type of an ambiguous trigger, from the sentence or fine stated in its clause. */
export function refineType(type: TriggerType, clause: string, legal: Legal, lang: "en" | "ru", criminalCase = false, dayTerms = false): IncidentType {
  const kind = legal.sentence?.kind;
  if (type === "sentence" || type === "arrest") {
    // "placed him under arrest for 40 days": longer than any administrative arrest, a court's remand in days.
    if (kind === "administrative_arrest" && (legal.sentence?.length ?? 0) > 30) return "criminal_arrest";
    if (kind === "administrative_arrest") return "administrative_arrest";
    // "convicted", "the jail sentences imposed on X" in a report whose only terms are days in jail (onlyDayTerms).
    if (type === "sentence" && !kind && dayTerms && !/\b(?:years?|months?)\b/i.test(clause)) return "administrative_arrest";
    // Kazakh "10 тәулікке қамауға алынды": days of arrest.
    if (lang === "ru" && /\d+ тәулік/u.test(clause)) return "administrative_arrest";
    // "sentenced to four months of pre-trial detention": a court's remand order, not a verdict.
    if (lang === "en" ? /\bmonths? (?:of |in )?(?:pre-?trial detention|custody)|\bremand|\bsentenced to (?:\w+ ){0,2}pre-?trial detention/i.test(clause) : /месяц\p{L}* (?:ареста|под страж|в сизо|заключения под стражу)/iu.test(clause)) return "criminal_arrest";
    // "got 15 days" with no other word for it: only a court's administrative arrest is counted in days.
    if (type === "sentence" && !kind && (lang === "en" ? /\b(?:\d+|ten|five|seven|fifteen|ten|twelve|thirteen|fourteen) days?\b/i : /\d+ сут(?:ок|ки)/i).test(clause)) return "administrative_arrest";
    if (kind === "fine" && type === "sentence") return "fine";
    if (kind && kind !== "fine" && type === "sentence") return "sentence";
    if (type === "arrest") {
      // "arrested in an administrative case", "arrested in administrative order": a court's days of arrest.
      if (lang === "en" && /\barrested (?:in|under) (?:an )?administrative (?:case|order|procedure|proceedings)\b/i.test(clause)) return "administrative_arrest";
      // "arrested at Dushanbe airport": taken off a flight by the police, as "detained at the airport" is.
      if (lang === "en" && /\barrested at (?:the )?(?:[\w-]+ ){0,2}airport\b/i.test(clause)) return "detention";
      // "arrested in absentia": only a court orders an arrest of someone not there.
      if (lang === "en" && /\barrest(?:ed)? (?:\w+ ){0,3}?in absentia\b/i.test(clause)) return "criminal_arrest";
      // Held for months, or in a remand centre after the arrest: a criminal case, not a day in a police station.
      // "суд арестовал": a court arrests for a criminal case (its days-long arrests were settled above).
      const criminal = lang === "en" ? /\b(?:months?|pre-trial|remand|detention cent(?:re|er)|custody)/i : /месяц|под страж|под арест|в виде ареста|санкционир|изолятор|сизо|(?:^|[\s«])суд(?:ом|ы)?\s/i;
      if (criminal.test(clause)) return "criminal_arrest";
      // "was arrested in June and later sentenced to two years": the term is the verdict's (its own trigger reports
      // it); an arrest that ended in a prison term was a court's arrest in a criminal case.
      // "X, arrested during the rallies, was sentenced to two years": taken at the protest, by the police.
      if (lang === "en" && /\barrested (?:[\w-]+ ){0,3}?(?:during|at|after) (?:the |a )?(?:[\w-]+ ){0,2}(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|pickets?)\b/i.test(clause)) return "detention";
      if (kind && kind !== "fine" && (lang === "en" ? /\b(?:sentenced|convicted|jailed)\b/i : /приговор|осужд/iu).test(clause)) return "criminal_arrest";
      if (kind && kind !== "fine") return "sentence";
      // "plainclothes police arrested X" in a story of a criminal case: taken by the police, before any court.
      if (lang === "en" && /\b(?:police|policemen|officers|agents|plainclothes)(?: [\w’'-]+){0,6} arrested\b/i.test(clause)) return "detention";
      // In Russian "арестован" is a court's word (the police "задерживают"); days of arrest were settled above.
      // (Not the participle "арестованный в январе", which reports custody in passing.)
      const courtWord = lang === "ru" && /(?:^|\s)(?:были |был |была )?арестова(?:н|на|ны|ли|ла|л)(?=[\s,.;:!?]|$)/iu.test(clause) && !/(?:полиц|милиц|силовик|сотрудник)\p{L}*(?: \S+){0,2} арестова/iu.test(clause);
      return criminalCase || courtWord ? "criminal_arrest" : "detention";
    }
    return "sentence";
  }
  // "The ministry confirmed the arrest of X": a report of the arrest, not a higher court confirming it.
  if (type === "appeal" && lang === "en" && /\b(?:police|ministry|spokes\w+|officials?|authorities|committee|service|office|lawyers?|relatives|family|sources?)\b(?: [\w’'-]+){0,6} confirmed (?:the |his |her |their )?(?:arrests?|detentions?)\b/i.test(clause)) return refineType("arrest", clause, legal, lang, criminalCase, dayTerms);
  // "the court ordered X to be detained for 4 months": held for months on a court's order, a remand.
  if (type === "detention" && lang === "en" && /\b(?:detained|held|kept) (?:in (?:pre-?trial )?custody )?for (?:up to |another |a further )?(?:\d+|one|two|three|four|five|six|several|\w+) months?\b/i.test(clause)) return "criminal_arrest";
  // Where it happened, not what it was about: "criticized a border demarcation agreement", "против делимитации границы".
  if (type === "detention" && (lang === "en" ? /\b(?:at|on|near|to|from|crossing) (?:the )?(?:[\w-]+ ){0,2}?border\b|\bborder (?:crossing|checkpoint|post|point|control|guards?)\b|\bcheckpoint\b/i : /(?:на|у|через|к|с) (?:\p{L}+ )?границ|пункт\p{L}* пропуска|КПП|погранич/iu).test(clause)) return "border_detention";
  return type;
}
