/**
 * The Action Plan for the Implementation of UNSCR 1325 in Bosnia and Herzegovina 2010–2013:
 * the four objectives served by the 2012 project, each with expected results and actions.
 */
import type { SeedFrameworkNode, SeedPlan } from "../types.js";

const objective1: SeedFrameworkNode = {
  key: "obj-1",
  code: "1",
  title: "Increased participation of women in decision-making positions",
  description:
    "Women at all levels of decision-making, including the institutions of the security and defence sector. Bosanski: Povećano učešće žena na pozicijama donošenja odluka.",
  leadOrganization: "agency",
  children: [
    {
      key: "res-1-1",
      code: "1.1",
      title:
        "Rules on appointment and promotion in security and defence institutions reviewed from a gender perspective",
      leadOrganization: "mos",
      children: [
        {
          key: "act-1-1-1",
          code: "1.1.1",
          title:
            "Analyse the share of women and men in decision-making positions of the security sector, by institution and level",
          leadOrganization: "mos",
        },
        {
          key: "act-1-1-2",
          code: "1.1.2",
          title: "Propose changes to recruitment and promotion rules that remove barriers for women",
          leadOrganization: "mod",
        },
      ],
    },
    {
      key: "res-1-2",
      code: "1.2",
      title: "Women supported to take up decision-making positions at all levels of government",
      leadOrganization: "agency",
      children: [
        {
          key: "act-1-2-1",
          code: "1.2.1",
          title: "Leadership training and mentoring for women in the police and the armed forces",
          leadOrganization: "agency",
        },
        {
          key: "act-1-2-2",
          code: "1.2.2",
          title: "Local awareness activities on the participation of women in decision-making",
          leadOrganization: "gc-fbih",
        },
      ],
    },
  ],
};

const objective2: SeedFrameworkNode = {
  key: "obj-2",
  code: "2",
  title:
    "Gender perspective in the training of military and police personnel and more women in military and police forces and peacekeeping missions",
  description:
    "Bosanski: Rodna perspektiva u obuci vojnog i policijskog osoblja; povećan broj žena u vojnim i policijskim snagama i mirovnim misijama.",
  leadOrganization: "mod",
  children: [
    {
      key: "res-2-1",
      code: "2.1",
      title:
        "Gender equality and UNSCR 1325 included in the training curricula of the armed forces and police agencies",
      leadOrganization: "afbih",
      children: [
        {
          key: "act-2-1-1",
          code: "2.1.1",
          title:
            "Introduce a module on gender equality and UNSCR 1325 into basic and advanced military training",
          leadOrganization: "afbih",
        },
        {
          key: "act-2-1-2",
          code: "2.1.2",
          title: "Train police trainers to deliver the gender equality module in police agencies",
          leadOrganization: "mos",
        },
      ],
    },
    {
      key: "res-2-2",
      code: "2.2",
      title: "More women recruited into the armed forces, the police and peace support missions",
      leadOrganization: "mod",
      children: [
        {
          key: "act-2-2-1",
          code: "2.2.1",
          title: "Recruitment campaigns addressed to women for the armed forces and the police",
          leadOrganization: "mod",
        },
        {
          key: "act-2-2-2",
          code: "2.2.2",
          title: "Nominate women candidates for UN and EU peace support missions",
          leadOrganization: "mod",
        },
      ],
    },
  ],
};

const objective3: SeedFrameworkNode = {
  key: "obj-3",
  code: "3",
  title: "Protection and promotion of the human rights of women and girls",
  description:
    "Combating trafficking in human beings and preventing gender-based violence. Bosanski: Zaštita i promocija ljudskih prava žena i djevojčica.",
  leadOrganization: "mhrr",
  children: [
    {
      key: "res-3-1",
      code: "3.1",
      title: "Improved prevention of trafficking in human beings and assistance to its victims",
      leadOrganization: "mos",
      children: [
        {
          key: "act-3-1-1",
          code: "3.1.1",
          title: "Train police officers and social workers to identify and refer victims of trafficking",
          leadOrganization: "mos",
        },
        {
          key: "act-3-1-2",
          code: "3.1.2",
          title: "Cooperate with NGOs that run shelters and assistance programmes for victims of trafficking",
          leadOrganization: "mos",
        },
      ],
    },
    {
      key: "res-3-2",
      code: "3.2",
      title: "Better response of the police and local institutions to gender-based violence",
      leadOrganization: "gc-rs",
      children: [
        {
          key: "act-3-2-1",
          code: "3.2.1",
          title:
            "Set up local referral procedures between the police, centres for social work and women's NGOs",
          leadOrganization: "gc-rs",
        },
        {
          key: "act-3-2-2",
          code: "3.2.2",
          title: "Improve assistance to women and girls who survived violence during the war",
          leadOrganization: "mhrr",
        },
      ],
    },
  ],
};

const objective4: SeedFrameworkNode = {
  key: "obj-4",
  code: "4",
  title: "Improved cooperation of state institutions with international and non-governmental organisations",
  description: "Bosanski: Unapređenje saradnje državnih institucija, međunarodnih i nevladinih organizacija.",
  leadOrganization: "agency",
  children: [
    {
      key: "res-4-1",
      code: "4.1",
      title: "The Coordination Board monitors and reports on the implementation of the Action Plan",
      leadOrganization: "agency",
      children: [
        {
          key: "act-4-1-1",
          code: "4.1.1",
          title:
            "Hold regular Coordination Board meetings and prepare annual reports to the Council of Ministers of BiH",
          leadOrganization: "agency",
        },
        {
          key: "act-4-1-2",
          code: "4.1.2",
          title: "Agree common indicators and a data collection procedure for the institutions of the Board",
          leadOrganization: "agency",
        },
      ],
    },
    {
      key: "res-4-2",
      code: "4.2",
      title: "Regular cooperation with civil society, international organisations and local communities",
      leadOrganization: "agency",
      children: [
        {
          key: "act-4-2-1",
          code: "4.2.1",
          title: "Joint activities with NGOs and local institutions to promote UNSCR 1325 at local level",
          leadOrganization: "agency",
        },
        {
          key: "act-4-2-2",
          code: "4.2.2",
          title: "Exchange experience on 1325 action plans with countries of the region",
          leadOrganization: "mfa",
        },
      ],
    },
  ],
};

export const actionPlan: SeedPlan = {
  key: "bih-ap-1325-2010-2013",
  title: "Action Plan for the Implementation of UNSCR 1325 in Bosnia and Herzegovina 2010–2013",
  shortTitle: "AP UNSCR 1325 BiH 2010–2013",
  startsOn: "2010-01-01",
  endsOn: "2013-12-31",
  tierNames: ["Objective", "Expected result", "Action"],
  description:
    "The first Action Plan of Bosnia and Herzegovina for UN Security Council Resolution 1325 (Women, Peace and Security), adopted by the Council of Ministers of BiH in July 2010 — the first such plan in South-East Europe. Its implementation is monitored by a Coordination Board of the institutions of the security and defence sector and the gender equality mechanisms, with the Agency for Gender Equality of BiH. The plan had eight goals; this dataset holds the four served by the 2012 project. Expected results and actions are summarised, not the plan's own wording. Bosanski: Akcioni plan za implementaciju UNSCR 1325 u Bosni i Hercegovini 2010–2013.",
  source:
    "Action Plan for the Implementation of UNSCR 1325 in BiH 2010–2013, adopted by the Council of Ministers of BiH (2010), published by the Agency for Gender Equality of BiH, Ministry of Human Rights and Refugees of BiH.",
  nodes: [objective1, objective2, objective3, objective4],
};
