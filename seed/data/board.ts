/**
 * The Coordination Board for monitoring the Action Plan and the records of its six meetings in 2012.
 * DEMO DATA — the Board, its purpose and the number of meetings follow the 2012 project; the seats,
 * agendas, minutes, decisions and action items are illustrative, and all people are fictional.
 * The commitment of two NGO consultations a year follows the 2013 memorandum between the Agency
 * for Gender Equality of BiH and the NGOs.
 */
import type { SeedBoard } from "../types.js";

const members = Array.from({ length: 20 }, (_, i) => i + 2);

export const coordinationBoard: SeedBoard = {
  name: "Koordinacioni odbor za praćenje provedbe Akcionog plana za implementaciju UNSCR 1325 u BiH",
  description:
    "Institutions of the security and defence sector and the gender equality mechanisms of BiH, the entities and Brčko District, chaired by the Agency for Gender Equality of BiH: it monitors the Action Plan, collects the institutions' data and prepares the annual report to the Council of Ministers of BiH.",
  ngoConsultationsPerYear: 2,
  memberships: [
    { person: 1, role: "chair", startsOn: "2011-01-20" },
    ...members.map((person) =>
      person === 20
        ? { person, role: "member" as const, startsOn: "2011-01-20", endsOn: "2012-09-30" }
        : { person, role: "member" as const, startsOn: person === 21 ? "2012-02-01" : "2011-01-20" },
    ),
    { person: 27, role: "deputy", startsOn: "2011-01-20" },
    { person: 26, role: "observer", startsOn: "2012-01-01" },
  ],
  meetings: [
    {
      event: "board-2012-1",
      isNgoConsultation: false,
      agenda: [
        { title: "Plan rada Koordinacionog odbora za 2012. godinu", presenter: 1, node: "act-4-1-1" },
        {
          title: "Projekat sa UN Women: trening za trenere, seminari i lokalne radionice",
          presenter: 22,
          node: "obj-4",
        },
        { title: "Prikupljanje podataka za godišnji izvještaj", presenter: 2, node: "act-4-1-2" },
      ],
      minutes:
        "<h3>Zaključci rasprave</h3><p>Članovi su usvojili plan rada za 2012. godinu. Predstavnica udruženja Žene Ženama predstavila je projektne aktivnosti; institucije će <strong>do kraja februara</strong> imenovati učesnike treninga za trenere.</p><ul><li>Podaci o zaposlenima treba da budu razvrstani po spolu i nivou.</li><li>Sljedeća sjednica u aprilu.</li></ul>",
      decisions: [
        { text: "Usvaja se plan rada Koordinacionog odbora za 2012. godinu.", node: "act-4-1-1" },
        { text: "Institucije dostavljaju podatke razvrstane po spolu prema zajedničkom obrascu." },
      ],
      actionItems: [
        {
          description: "Dostaviti podatke o broju žena i muškaraca u policijskim agencijama za 2011. godinu",
          owner: "mos",
          dueOn: "2012-03-31",
          status: "done",
          closedOn: "2012-04-10",
          note: "Dostavljeno uz dopis; podaci FBiH, RS i Brčko distrikta.",
          node: "res-2-2",
        },
        {
          description: "Imenovati predstavnike institucija za trening za trenere",
          owner: "agency",
          dueOn: "2012-02-29",
          status: "done",
          closedOn: "2012-02-28",
        },
      ],
    },
    {
      event: "board-2012-2",
      isNgoConsultation: false,
      agenda: [
        {
          title: "Izvještaj o treningu za trenere (Jahorina, 20–22. mart)",
          presenter: 22,
          node: "act-2-1-2",
        },
        { title: "Modul o rodnoj ravnopravnosti u osnovnoj vojnoj obuci", presenter: 4, node: "act-2-1-1" },
      ],
      minutes:
        "<p>Trening za trenere završilo je 19 predstavnika institucija. Ministarstvo odbrane izvijestilo je o pripremi modula o rodnoj ravnopravnosti i Rezoluciji 1325 za osnovnu obuku.</p>",
      decisions: [
        { text: "Polaznici treninga za trenere vode seminare i lokalne radionice projekta.", node: "obj-4" },
      ],
      actionItems: [
        {
          description:
            "Pripremiti prijedlog modula o rodnoj ravnopravnosti i UNSCR 1325 za osnovnu vojnu obuku",
          owner: "mod",
          dueOn: "2012-09-30",
          status: "open",
          node: "act-2-1-1",
        },
      ],
    },
    {
      event: "board-2012-3",
      isNgoConsultation: true,
      agenda: [
        {
          title: "Консултације са невладиним организацијама о провођењу Акционог плана",
          presenter: 17,
          node: "res-4-2",
        },
        { title: "Обуке о родној равноправности у МУП-у Републике Српске", presenter: 13, node: "act-2-1-2" },
      ],
      minutes:
        "<p>Сједници су присуствовале представнице локалних женских организација. Разговарано је о сарадњи полиције, центара за социјални рад и невладиних организација у <em>локалним</em> заједницама.</p><ol><li>МУП РС доставља преглед обука.</li><li>Невладине организације достављају приједлоге за годишњи извјештај.</li></ol>",
      decisions: [
        {
          text: "Консултације са невладиним организацијама одржавају се најмање два пута годишње.",
          node: "res-4-2",
        },
      ],
      actionItems: [
        {
          description: "Доставити преглед обука о родној равноправности проведених у МУП-у Републике Српске",
          owner: "mup-rs",
          dueOn: "2012-09-01",
          status: "done",
          closedOn: "2012-09-10",
          note: "Преглед достављен Агенцији.",
        },
      ],
    },
    {
      event: "board-2012-4",
      isNgoConsultation: false,
      agenda: [
        {
          title: "Lokalne radionice: Bihać, Zenica, Tuzla, Bratunac, Bijeljina",
          presenter: 23,
          node: "res-4-2",
        },
        { title: "Podaci za godišnji izvještaj Vijeću ministara BiH", presenter: 2, node: "act-4-1-2" },
      ],
      represented: [{ member: 2, deputy: 27 }],
      minutes:
        "<p>Održano je pet od deset lokalnih radionica. Federalno ministarstvo unutrašnjih poslova još nije dostavilo podatke kantonalnih ministarstava.</p>",
      decisions: [
        { text: "Rok za dostavu podataka za godišnji izvještaj je 31. oktobar.", node: "act-4-1-2" },
      ],
      actionItems: [
        {
          description:
            "Dostaviti zbirne podatke kantonalnih ministarstava unutrašnjih poslova za godišnji izvještaj",
          owner: "fmup",
          dueOn: "2012-10-31",
          status: "open",
          node: "act-4-1-2",
        },
      ],
    },
    {
      event: "board-2012-5",
      isNgoConsultation: false,
      agenda: [
        { title: "Zajednički indikatori i način prikupljanja podataka", presenter: 1, node: "act-4-1-2" },
        { title: "Priprema javne prezentacije rezultata projekta", presenter: 22, node: "obj-4" },
      ],
      minutes:
        "<p>Agencija je predstavila prijedlog zajedničkih indikatora. Članovi su se složili da se podaci o ženama u policiji i oružanim snagama dostavljaju jednom godišnje, za period 1. august – 31. juli.</p>",
      decisions: [
        {
          text: "Prijedlog zajedničkih indikatora upućuje se institucijama na komentare.",
          node: "act-4-1-2",
        },
      ],
      actionItems: [
        {
          description: "Usaglasiti zajedničke indikatore i obrazac za prikupljanje podataka sa institucijama",
          owner: "agency",
          dueOn: "2013-03-31",
          status: "open",
          node: "act-4-1-2",
        },
        {
          description: "Pripremiti prijedlog kandidatkinja za mirovne misije UN i EU",
          owner: "mod",
          dueOn: "2013-01-31",
          status: "dropped",
          closedOn: "2012-12-06",
          note: "Preneseno u plan rada za 2013. godinu.",
          node: "act-2-2-2",
        },
      ],
    },
    {
      event: "board-2012-6",
      isNgoConsultation: true,
      agenda: [
        {
          title: "Pregled godine i nacrt godišnjeg izvještaja Vijeću ministara BiH",
          presenter: 1,
          node: "act-4-1-1",
        },
        { title: "Prioriteti za sljedeći Akcioni plan", presenter: 3, node: "obj-4" },
        { title: "Konsultacije sa nevladinim organizacijama", presenter: 22, node: "res-4-2" },
      ],
      minutes:
        "<h3>Godišnji izvještaj</h3><p>Nacrt izvještaja za 2012. godinu usvojen je uz primjedbe. Nevladine organizacije predložile su da novi Akcioni plan obuhvati <strong>lokalni nivo</strong>.</p>",
      decisions: [
        { text: "Nacrt godišnjeg izvještaja upućuje se Vijeću ministara BiH.", node: "act-4-1-1" },
        {
          text: "Radna grupa za novi Akcioni plan uključuje predstavnice nevladinih organizacija.",
          node: "obj-4",
        },
      ],
      actionItems: [
        {
          description: "Dostaviti godišnji izvještaj o provedbi Akcionog plana Vijeću ministara BiH",
          owner: "agency",
          dueOn: "2013-01-31",
          status: "done",
          closedOn: "2013-02-05",
          node: "act-4-1-1",
        },
        {
          description: "Predložiti članove radne grupe za izradu novog Akcionog plana",
          owner: "mhrr",
          dueOn: "2013-02-28",
          status: "open",
          node: "obj-4",
        },
      ],
    },
  ],
};
