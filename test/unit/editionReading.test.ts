import { checkDiagnostics } from '../checks';

describe('the first diagnostics while the edition is read', () => {
  it('leave out the checks that read other letters and files until the files are read', () => {
    checkDiagnostics(
      `Letter 21
[25 June 1926]
Body.1

1.   See letter 21, note 7.

Letter 25
[20 June 1926]
Body.

Letter 26
[31 June 1926]
 ^^^^^^^^^^^^ date.impossible
Body.`,
      { filesBeingRead: true, ignore: ['note.heading'] },
    );
  });

  it('bring them once the files are read', () => {
    checkDiagnostics(
      `Letter 21
[25 June 1926]
Body.1

1.   See letter 21, note 7.
                         ^ xref.broken

Letter 25
       ^^ letter.sequence
[20 June 1926]
^^^^^^^^^^^^^^ date.chronology
Body.

Letter 26
[31 June 1926]
 ^^^^^^^^^^^^ date.impossible
Body.`,
      { ignore: ['note.heading'] },
    );
  });
});
