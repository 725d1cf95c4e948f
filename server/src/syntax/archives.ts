/** What the edition's readers need to know about an archive: its full name and what it became. */
export interface ArchiveEntry {
  readonly abbreviation: string;
  readonly fullName: string;
  /** Later names, oldest first, with the year each was taken. */
  readonly laterNames: readonly {
    readonly abbreviation: string;
    readonly fullName: string;
    readonly since: number;
  }[];
}

/**
 * The archives Soviet-history editions cite. A built-in table rather than a register file: the
 * abbreviations and their renamings are historical facts shared by every edition, not data of one
 * edition, and an unknown abbreviation is no defect (it simply has no hover).
 */
export const ARCHIVES: readonly ArchiveEntry[] = [
  {
    abbreviation: 'RTsKhIDNI',
    fullName: 'Russian Center for the Preservation and Study of Documents of Recent History',
    laterNames: [
      { abbreviation: 'RGASPI', fullName: 'Russian State Archive of Socio-Political History', since: 1999 },
    ],
  },
  { abbreviation: 'RGASPI', fullName: 'Russian State Archive of Socio-Political History', laterNames: [] },
  { abbreviation: 'GARF', fullName: 'State Archive of the Russian Federation', laterNames: [] },
  { abbreviation: 'APRF', fullName: 'Archive of the President of the Russian Federation', laterNames: [] },
  {
    abbreviation: 'TsGAOR',
    fullName: 'Central State Archive of the October Revolution',
    laterNames: [{ abbreviation: 'GARF', fullName: 'State Archive of the Russian Federation', since: 1992 }],
  },
  {
    abbreviation: 'TsKhSD',
    fullName: 'Center for the Preservation of Contemporary Documentation',
    laterNames: [
      { abbreviation: 'RGANI', fullName: 'Russian State Archive of Contemporary History', since: 1999 },
    ],
  },
  { abbreviation: 'RGANI', fullName: 'Russian State Archive of Contemporary History', laterNames: [] },
  {
    abbreviation: 'TsGANKh',
    fullName: 'Central State Archive of the National Economy',
    laterNames: [{ abbreviation: 'RGAE', fullName: 'Russian State Archive of the Economy', since: 1992 }],
  },
  { abbreviation: 'RGAE', fullName: 'Russian State Archive of the Economy', laterNames: [] },
  { abbreviation: 'RGVA', fullName: 'Russian State Military Archive', laterNames: [] },
  {
    abbreviation: 'TsPA',
    fullName: 'Central Party Archive of the Institute of Marxism-Leninism',
    laterNames: [
      {
        abbreviation: 'RTsKhIDNI',
        fullName: 'Russian Center for the Preservation and Study of Documents of Recent History',
        since: 1991,
      },
      { abbreviation: 'RGASPI', fullName: 'Russian State Archive of Socio-Political History', since: 1999 },
    ],
  },
];

/** The entry of an abbreviation, if the table knows it. */
export function archiveEntry(abbreviation: string): ArchiveEntry | undefined {
  return ARCHIVES.find((entry) => entry.abbreviation === abbreviation);
}
