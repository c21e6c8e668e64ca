/**
 * The import reasons (`common/reasons/imports.ts`) in the readers' languages. Croatian and Serbian
 * give only what differs from Bosnian; Serbian Cyrillic is the Serbian Latin text transliterated.
 */
import type { ReasonCatalogue } from "./index.js";

export const importsReasonMessages: ReasonCatalogue = {
  en: {
    "reason.too_many_rows": "The file has more than {max} rows. Split the list into smaller files.",
    "reason.cell_too_long":
      "The cell in row {row}, column {column} is longer than {max} characters. Shorten it and try again.",
    "reason.too_many_sheets":
      "The workbook has more than {max} sheets. Save the sheet with the list alone in a new file.",
    "reason.file_unpacks_too_large":
      "The workbook unpacks to more than {max} MB. Save the sheet with the list alone in a new file.",
    "reason.workbook_too_complex":
      "The file is too complex to read. Save the sheet with the list alone in a new file, or as CSV.",
    "reason.no_such_row": "The file has no such row.",
    "reason.not_a_duplicate": "These rows are not a likely duplicate of each other.",
    "reason.no_such_organisation_name": "No row of the file names this organisation.",
    "reason.score_maximum_needed": "The file has test scores: enter the test's maximum score.",
    "reason.duplicate_undecided": "Row {row} may be the same person as an earlier row: say whether it is.",
    "reason.import_committing": "This import is being written. Wait until it finishes.",
    "reason.import_commit_interrupted":
      "Writing this import was cut off before it finished; nothing was written. Upload the list again.",
  },
  bs: {
    "reason.too_many_rows": "Datoteka ima više od {max} redova. Podijelite spisak u manje datoteke.",
    "reason.cell_too_long":
      "Ćelija u redu {row}, koloni {column} duža je od {max} znakova. Skratite je i pokušajte ponovo.",
    "reason.too_many_sheets":
      "Radna sveska ima više od {max} listova. Sačuvajte list sa spiskom sam u novoj datoteci.",
    "reason.file_unpacks_too_large":
      "Raspakovana radna sveska ima više od {max} MB. Sačuvajte list sa spiskom sam u novoj datoteci.",
    "reason.workbook_too_complex":
      "Datoteka je presložena za čitanje. Sačuvajte list sa spiskom sam u novoj datoteci ili kao CSV.",
    "reason.no_such_row": "Datoteka nema takav red.",
    "reason.not_a_duplicate": "Ovi redovi nisu vjerovatno ista osoba.",
    "reason.no_such_organisation_name": "Nijedan red datoteke ne navodi ovu organizaciju.",
    "reason.score_maximum_needed": "Datoteka ima rezultate testa: upišite najveći mogući broj bodova.",
    "reason.duplicate_undecided": "Red {row} je možda ista osoba kao neki raniji red: odlučite da li jeste.",
    "reason.import_committing": "Ovaj uvoz se upravo upisuje. Sačekajte da se završi.",
    "reason.import_commit_interrupted":
      "Upisivanje ovog uvoza je prekinuto prije kraja; ništa nije upisano. Ponovo pošaljite spisak.",
  },
  hr: {
    "reason.too_many_rows": "Datoteka ima više od {max} redaka. Podijelite popis u manje datoteke.",
    "reason.cell_too_long":
      "Ćelija u retku {row}, stupcu {column} dulja je od {max} znakova. Skratite je i pokušajte ponovno.",
    "reason.too_many_sheets":
      "Radna knjiga ima više od {max} listova. Spremite list s popisom sam u novu datoteku.",
    "reason.file_unpacks_too_large":
      "Raspakirana radna knjiga ima više od {max} MB. Spremite list s popisom sam u novu datoteku.",
    "reason.workbook_too_complex":
      "Datoteka je presložena za čitanje. Spremite list s popisom sam u novu datoteku ili kao CSV.",
    "reason.no_such_row": "Datoteka nema takav redak.",
    "reason.not_a_duplicate": "Ovi retci vjerojatno nisu ista osoba.",
    "reason.no_such_organisation_name": "Nijedan redak datoteke ne navodi ovu organizaciju.",
    "reason.duplicate_undecided": "Redak {row} je možda ista osoba kao neki raniji redak: odlučite je li.",
    "reason.import_committing": "Ovaj se uvoz upravo upisuje. Pričekajte da završi.",
    "reason.import_commit_interrupted":
      "Upisivanje ovog uvoza prekinuto je prije kraja; ništa nije upisano. Ponovno pošaljite popis.",
  },
  "sr-Latn-BA": {
    "reason.too_many_rows": "Datoteka ima više od {max} redova. Podijelite spisak u manje datoteke.",
    "reason.cell_too_long":
      "Ćelija u redu {row}, koloni {column} duža je od {max} znakova. Skratite je i pokušajte ponovo.",
    "reason.too_many_sheets":
      "Radna sveska ima više od {max} listova. Sačuvajte list sa spiskom sam u novoj datoteci.",
    "reason.not_a_duplicate": "Ovi redovi vjerovatno nisu ista osoba.",
  },
};
