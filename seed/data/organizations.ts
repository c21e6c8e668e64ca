/**
 * Organisations of the BiH default dataset: the gender equality mechanisms, the institutions
 * represented in the Coordination Board for monitoring the Action Plan for UNSCR 1325 in BiH,
 * the project partners, the NGOs that signed the 2013 memorandum with the Coordination Board,
 * and the local institutions met at the 2012 workshops.
 */
import type { SeedOrganization } from "../types.js";

const boardSource =
  "Institution represented in the Coordination Board for monitoring the implementation of the Action Plan for UNSCR 1325 in BiH (Agency for Gender Equality of BiH).";
const memorandumSource =
  "Signatory of the Memorandum of Understanding between the Coordination Board for monitoring the UNSCR 1325 Action Plan in BiH and non-governmental organisations, signed in Sarajevo on 29 October 2013 (announcement of the RS MoI Women Network, mrezazena-muprs.org).";

/** Gender equality mechanisms, the donor and the implementing NGO of the 2012 project. */
const coreOrganizations: SeedOrganization[] = [
  {
    key: "agency",
    name: "Agencija za ravnopravnost spolova Bosne i Hercegovine",
    shortName: "ARS BiH",
    level: "state",
    sector: "gender_mechanism",
    jurisdiction: "BA",
    description:
      "State gender equality mechanism within the Ministry of Human Rights and Refugees of BiH. Coordinates the drafting and monitoring of the Action Plan for UNSCR 1325 in BiH and supports the Coordination Board. Serbian: Агенција за равноправност полова Босне и Херцеговине.",
    source: "Agency for Gender Equality of BiH (arsbih.gov.ba); Law on Gender Equality in BiH.",
  },
  {
    key: "mhrr",
    name: "Ministarstvo za ljudska prava i izbjeglice Bosne i Hercegovine",
    shortName: "MLJPI BiH",
    level: "state",
    sector: "other_government",
    jurisdiction: "BA",
    description:
      "State ministry responsible for human rights and refugees; the Agency for Gender Equality of BiH works within it. Serbian: Министарство за људска права и избјеглице Босне и Херцеговине.",
    source: "Ministry of Human Rights and Refugees of BiH (mhrr.gov.ba).",
  },
  {
    key: "zene-zenama",
    name: "Udruženje Žene Ženama",
    shortName: "Žene Ženama",
    level: "municipality",
    sector: "civil_society",
    jurisdiction: "mun:Centar Sarajevo",
    description:
      "Women's organisation based in Sarajevo, working on women's human rights and on the implementation of UNSCR 1325 with the security sector since 2005. Implementer of the 2012 project with the Agency for Gender Equality of BiH.",
    source:
      "Project summary 'Implementation of UNSCR 1325: Integration of gender sensitive policies in the security sector of BiH', PeaceWomen, 24 October 2012.",
  },
  {
    key: "un-women",
    name: "UN Women – Entitet Ujedinjenih nacija za ravnopravnost spolova i osnaživanje žena",
    shortName: "UN Women",
    level: "international",
    sector: "international_organization",
    description:
      "United Nations Entity for Gender Equality and the Empowerment of Women, established by the UN General Assembly in 2010; office in Sarajevo. Supported the 2012 project.",
    source: "unwomen.org; PeaceWomen project summary, 24 October 2012.",
  },
];

/** Institutions represented in the Coordination Board. */
const boardInstitutions: SeedOrganization[] = [
  {
    key: "mod",
    name: "Ministarstvo odbrane Bosne i Hercegovine",
    shortName: "MO BiH",
    level: "state",
    sector: "defence",
    jurisdiction: "BA",
    description:
      "Ministry of Defence of BiH. Croatian: Ministarstvo obrane BiH; Serbian: Министарство одбране БиХ.",
    source: boardSource,
  },
  {
    key: "afbih",
    name: "Oružane snage Bosne i Hercegovine",
    shortName: "OS BiH",
    level: "state",
    sector: "defence",
    jurisdiction: "BA",
    description: "Armed Forces of BiH. Serbian: Оружане снаге Босне и Херцеговине.",
    source: boardSource,
  },
  {
    key: "mos",
    name: "Ministarstvo sigurnosti Bosne i Hercegovine",
    shortName: "MS BiH",
    level: "state",
    sector: "police",
    jurisdiction: "BA",
    description:
      "Ministry of Security of BiH; also seat of the State Coordinator for combating trafficking in human beings. Serbian: Министарство безбједности БиХ.",
    source: boardSource,
  },
  {
    key: "bp",
    name: "Granična policija Bosne i Hercegovine",
    shortName: "GP BiH",
    level: "state",
    sector: "border",
    jurisdiction: "BA",
    description: "Border Police of BiH. Serbian: Гранична полиција Босне и Херцеговине.",
    source: boardSource,
  },
  {
    key: "sipa",
    name: "Državna agencija za istrage i zaštitu",
    shortName: "SIPA",
    level: "state",
    sector: "police",
    jurisdiction: "BA",
    description: "State Investigation and Protection Agency. Serbian: Државна агенција за истраге и заштиту.",
    source: boardSource,
  },
  {
    key: "mfa",
    name: "Ministarstvo vanjskih poslova Bosne i Hercegovine",
    shortName: "MVP BiH",
    level: "state",
    sector: "other_government",
    jurisdiction: "BA",
    description: "Ministry of Foreign Affairs of BiH. Serbian: Министарство иностраних послова БиХ.",
    source: boardSource,
  },
  {
    key: "osa",
    name: "Obavještajno-sigurnosna agencija Bosne i Hercegovine",
    shortName: "OSA BiH",
    level: "state",
    sector: "intelligence",
    jurisdiction: "BA",
    description:
      "Intelligence-Security Agency of BiH. Serbian: Обавјештајно-безбједносна агенција БиХ (ОБА).",
    source: boardSource,
  },
  {
    key: "dkpt",
    name: "Direkcija za koordinaciju policijskih tijela Bosne i Hercegovine",
    shortName: "DKPT BiH",
    level: "state",
    sector: "police",
    jurisdiction: "BA",
    description:
      "Directorate for Coordination of Police Bodies of BiH. Serbian: Дирекција за координацију полицијских тијела БиХ.",
    source: boardSource,
  },
  {
    key: "mup-rs",
    name: "Ministarstvo unutrašnjih poslova Republike Srpske",
    shortName: "MUP RS",
    level: "entity",
    sector: "police",
    jurisdiction: "BA-SRP",
    description:
      "Ministry of Interior of Republika Srpska, seated in Banja Luka. Official name in Cyrillic: Министарство унутрашњих послова Републике Српске (МУП РС).",
    source: boardSource,
  },
  {
    key: "fmup",
    name: "Federalno ministarstvo unutrašnjih poslova",
    shortName: "FMUP",
    level: "entity",
    sector: "police",
    jurisdiction: "BA-BIH",
    description:
      "Federal Ministry of Interior of the Federation of BiH, including the Federal Police Administration. Croatian: Federalno ministarstvo unutarnjih poslova.",
    source: boardSource,
  },
  {
    key: "gc-fbih",
    name: "Gender Centar Federacije Bosne i Hercegovine",
    shortName: "GC FBiH",
    level: "entity",
    sector: "gender_mechanism",
    jurisdiction: "BA-BIH",
    description: "Gender equality mechanism of the Government of the Federation of BiH.",
    source: `${boardSource} gcfbih.gov.ba.`,
  },
  {
    key: "gc-rs",
    name: "Gender centar – Centar za jednakost i ravnopravnost polova Vlade Republike Srpske",
    shortName: "GC RS",
    level: "entity",
    sector: "gender_mechanism",
    jurisdiction: "BA-SRP",
    description:
      "Gender equality mechanism of the Government of Republika Srpska. Cyrillic: Гендер центар – Центар за једнакост и равноправност полова Владе Републике Српске.",
    source: boardSource,
  },
  {
    key: "police-bd",
    name: "Policija Brčko distrikta Bosne i Hercegovine",
    shortName: "Policija BD BiH",
    level: "entity",
    sector: "police",
    jurisdiction: "BA-BRC",
    description: "Police of Brčko District of BiH. Serbian: Полиција Брчко дистрикта БиХ.",
    source: boardSource,
  },
];

/** Signatories of the 2013 memorandum with the Coordination Board. */
const memorandumNgos: SeedOrganization[] = [
  ngo(
    "medica-zenica",
    "Medica Zenica",
    "Zenica",
    "Women's centre founded in 1993; psychosocial and medical support to women survivors of war-time and domestic violence.",
  ),
  ngo(
    "zene-za-zene",
    "Žene za žene",
    "Centar Sarajevo",
    "Women's organisation based in Sarajevo (Women for Women – Sarajevo).",
  ),
  ngo(
    "forum-zena-bratunac",
    "Forum žena Bratunac",
    "Bratunac",
    "Women's association in Bratunac. Cyrillic: Форум жена Братунац.",
  ),
  ngo("horizonti-tuzla", "Udruženje Horizonti", "Tuzla", "Association based in Tuzla (Horizonti Tuzla)."),
  ngo(
    "bih-zena-mostar",
    "BiH Žena Mostar",
    "Mostar",
    "Women's association based in Mostar (BiH Woman – Mostar).",
  ),
  ngo(
    "zene-sa-une",
    "Udruženje Žene sa Une",
    "Bihać",
    "Women's association based in Bihać (Women from Una).",
  ),
  ngo(
    "lara-bijeljina",
    "Fondacija Lara",
    "Bijeljina",
    "Foundation based in Bijeljina working on women's rights and against trafficking in human beings. Cyrillic: Фондација Лара.",
  ),
  ngo(
    "buducnost-modrica",
    "Udruženje Budućnost",
    "Modriča",
    "Association based in Modriča (Budućnost – Future). Cyrillic: Удружење Будућност.",
  ),
  {
    key: "wpon",
    name: "Mreža žena policijskih službenica u Bosni i Hercegovini",
    level: "state",
    sector: "civil_society",
    jurisdiction: "BA",
    description:
      "Women Police Officers Network in BiH: women police officers from the police agencies at all levels of government.",
    source: memorandumSource,
  },
  {
    key: "mreza-zena-muprs",
    name: "Mreža žena MUP-a Republike Srpske",
    shortName: "Mreža žena MUP RS",
    level: "entity",
    sector: "civil_society",
    jurisdiction: "BA-SRP",
    description:
      "Network of women employed in the Ministry of Interior of Republika Srpska. Cyrillic: Мрежа жена МУП-а Републике Српске.",
    source: memorandumSource,
  },
  ngo(
    "kult",
    "Institut za razvoj mladih KULT",
    "Centar Sarajevo",
    "Youth development institute based in Sarajevo (KULT Sarajevo).",
  ),
  ngo(
    "vive-zene",
    "Vive Žene – Centar za terapiju i rehabilitaciju",
    "Tuzla",
    "Centre for therapy and rehabilitation in Tuzla, founded in 1994; psychosocial support to survivors of war trauma and violence.",
  ),
];

/** Cantonal police, met at the local workshops in the Federation of BiH. */
const cantonalPolice: SeedOrganization[] = [
  cantonPolice("mup-usk", "Ministarstvo unutrašnjih poslova Unsko-sanskog kantona", "MUP USK", "BA-01"),
  cantonPolice("mup-tk", "Ministarstvo unutrašnjih poslova Tuzlanskog kantona", "MUP TK", "BA-03"),
  cantonPolice("mup-zdk", "Ministarstvo unutrašnjih poslova Zeničko-dobojskog kantona", "MUP ZDK", "BA-04"),
  cantonPolice(
    "mup-hnk",
    "Ministarstvo unutrašnjih poslova Hercegovačko-neretvanskog kantona",
    "MUP HNK",
    "BA-07",
  ),
];

/** Local governments of the workshop towns. */
const localGovernments: SeedOrganization[] = [
  local("grad-bihac", "Grad Bihać", "Bihać"),
  local("grad-zenica", "Grad Zenica", "Zenica"),
  local("grad-tuzla", "Grad Tuzla", "Tuzla"),
  local("grad-mostar", "Grad Mostar", "Mostar"),
  local("opstina-bratunac", "Opština Bratunac", "Bratunac", "Cyrillic: Општина Братунац."),
  local("grad-bijeljina", "Grad Bijeljina", "Bijeljina", "Cyrillic: Град Бијељина."),
  local("opstina-modrica", "Opština Modriča", "Modriča", "Cyrillic: Општина Модрича."),
  local("grad-trebinje", "Grad Trebinje", "Trebinje", "Cyrillic: Град Требиње."),
  local("grad-prijedor", "Grad Prijedor", "Prijedor", "Cyrillic: Град Приједор."),
  {
    key: "vlada-bd",
    name: "Vlada Brčko distrikta Bosne i Hercegovine",
    shortName: "Vlada BD BiH",
    level: "entity",
    sector: "local_government",
    jurisdiction: "BA-BRC",
    description: "Government of Brčko District of BiH. Serbian: Влада Брчко дистрикта БиХ.",
  },
];

/** The keys of the NGOs that signed the 2013 memorandum (the agreement of the default data). */
export const memorandumSignatories = memorandumNgos.map((organization) => organization.key);

export const organizations: SeedOrganization[] = [
  ...coreOrganizations,
  ...boardInstitutions,
  ...memorandumNgos,
  ...cantonalPolice,
  ...localGovernments,
];

function ngo(key: string, name: string, seat: string, description: string): SeedOrganization {
  return {
    key,
    name,
    level: "municipality",
    sector: "civil_society",
    jurisdiction: `mun:${seat}`,
    description,
    source: memorandumSource,
  };
}

function cantonPolice(key: string, name: string, shortName: string, canton: string): SeedOrganization {
  return {
    key,
    name,
    shortName,
    level: "canton",
    sector: "police",
    jurisdiction: canton,
    description: "Cantonal ministry of interior (police) in the Federation of BiH.",
  };
}

function local(key: string, name: string, municipality: string, description?: string): SeedOrganization {
  const row: SeedOrganization = {
    key,
    name,
    level: "municipality",
    sector: "local_government",
    jurisdiction: `mun:${municipality}`,
  };
  if (description) row.description = description;
  return row;
}
