import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentModel } from '../../server/src/analysis/model';
import type { Problem } from '../../server/src/analysis/problems';
import { Edition } from '../../server/src/analysis/edition';
import { documentProblems } from '../../server/src/topics/diagnose';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { textDamageProblems } from '../../server/src/topics/textDamage/textDamageCheck';

/**
 * The sample's damage of the kinds of the text-damage check, labelled by reading letters 11–30
 * line by line. Each label names the kind of damage (what the print had), and how the tool reports
 * it: a `text.*` finding with the text of its span, a finding of another check that owns the
 * place (a date range, a citation), or a known miss with its reason.
 */
type Kind =
  | 'runTogether'
  | 'lostDash'
  | 'lostHyphen'
  | 'missingSpace'
  | 'brokenParagraph'
  | 'lostEnDash'
  | 'quote'
  | 'misspelt';

/** `[kind, code, text of the span]` of a damage the text-damage check reports, in text order. */
type Found = readonly [Kind, string, string];
/** `[kind, code, text in the span]` of a damage another check reports, which text damage leaves alone. */
type Elsewhere = readonly [Kind, string, string];
/** `[kind, the damaged text, why it is missed]`. */
type Missed = readonly [Kind, string, string];

interface Labels {
  readonly found: readonly Found[];
  readonly elsewhere: readonly Elsewhere[];
  readonly missed: readonly Missed[];
}

const text = readFileSync(path.join(__dirname, '../../samples/stalin-molotov-1926.letters'), 'utf8');
const model = new DocumentModel('file:///sample.letters', 1, text);
const workspace = new Edition();
workspace.put(model);
/** Every check's problems on the sample, once the dictionary the text-damage rules need is loaded. */
let allProblems: readonly Problem[] = [];
before(async () => {
  await loadEnglishDictionary();
  allProblems = documentProblems(model, workspace);
});

const LETTERS_11_16: Labels = {
  found: [
    // A misspelling of the print itself (`rendezvous`), not of the conversion.
    ['misspelt', 'text.misspelt', 'rendevous'],
    // A lost dash is reported from the last character before the attribution.
    ['runTogether', 'text.runTogether', 'formedical'],
    ['quote', 'text.quote', "''w"],
    ['missingSpace', 'text.missingSpace', "workers'opposition"],
    ['runTogether', 'text.runTogether', 'ourworkers'],
    ['lostDash', 'text.runTogether', 'itselfthis'],
    ['runTogether', 'text.runTogether', 'andYagoda'],
    ['missingSpace', 'text.missingSpace', "workers'opposition"],
    ['lostEnDash', 'text.lostEnDash', '90101'],
    ['brokenParagraph', 'text.brokenParagraph', '10\n\nJuly'],
    ['missingSpace', 'text.missingSpace', 'plenum('],
    ['lostDash', 'text.lostDash', 'tU.S. Ed.'],
    ['lostDash', 'text.lostDash', 'yJ. Stalin]'],
    ['lostDash', 'text.lostDash', '"J. Stalin]'],
    ['lostDash', 'text.lostDash', 'eJ. Stalin]'],
    ['lostDash', 'text.lostDash', '"J. Stalin]'],
    ['brokenParagraph', 'text.brokenParagraph', 'Com.\n\nZinoviev'],
    ['lostDash', 'text.lostDash', 'nU.S. Ed.'],
    ['runTogether', 'text.runTogether', 'inRussian'],
    ['brokenParagraph', 'text.brokenParagraph', 'the\n\nGeneral'],
    ['brokenParagraph', 'text.brokenParagraph', "party's\n\nTranscaucasian"],
    ['missingSpace', 'text.missingSpace', 'example,G'],
    ['runTogether', 'text.runTogether', 'towork'],
    ['lostDash', 'text.lostDash', 'nU.S. Ed.'],
    ['runTogether', 'text.runTogether', 'fortraining'],
    ['runTogether', 'text.runTogether', 'thepresence'],
    ['runTogether', 'text.runTogetherUncertain', 'tradeunions'],
    ['brokenParagraph', 'text.brokenParagraph', 'Soviet\n\nTrade'],
    ['brokenParagraph', 'text.brokenParagraph', 'British\n\nConservatives'],
    ['runTogether', 'text.runTogether', 'whoare'],
    ['runTogether', 'text.runTogether', 'whichleads'],
    ['runTogether', 'text.runTogether', 'ourselvesthe'],
    ['runTogether', 'text.runTogether', 'adisruption'],
    ['brokenParagraph', 'text.brokenParagraph', 'be\n\nstepped'],
    ['runTogether', 'text.runTogether', 'adecision'],
    ['runTogether', 'text.runTogether', 'Partyshould'],
    ['lostHyphen', 'text.lostHyphen', 'hangerson'],
    ['runTogether', 'text.runTogether', 'thePolitburo'],
    ['runTogether', 'text.runTogether', 'ofresignation'],
    ['runTogether', 'text.runTogether', 'overthe'],
    ['runTogether', 'text.runTogether', 'aninternational'],
    ['runTogether', 'text.runTogether', 'aninternational'],
    ['runTogether', 'text.runTogetherUncertain', 'tradeunions'],
    ['brokenParagraph', 'text.brokenParagraph', 'Soviet\n\nTrade'],
    ['runTogether', 'text.runTogetherUncertain', 'moderatetrade'],
    ['lostDash', 'text.lostDash', 'eU.S. Ed.'],
    ['runTogether', 'text.runTogether', 'thecreation'],
    ['runTogether', 'text.runTogether', 'thatallegedly'],
    ['lostDash', 'text.lostDash', 'sU.S. Ed.'],
  ],
  elsewhere: [
    ['lostEnDash', 'date.malformed', '192327'],
    ['lostEnDash', 'date.malformed', '192327'],
    ['lostEnDash', 'date.malformed', '68 April'],
    ['lostEnDash', 'date.malformed', '68 April'],
  ],
  missed: [
    // An em dash that became a plain space: no shape tells it from a space.
    ['lostDash', 'stabilization that is', 'the dash became a space'],
  ],
};

const LETTERS_17_30: Labels = {
  found: [
    ['brokenParagraph', 'text.brokenParagraph', 'the\n\nBritish'],
    ['runTogether', 'text.runTogether', 'Zinovievcame'],
    ['brokenParagraph', 'text.brokenParagraph', 'Dzerzhinsky,\n\nDomski,'],
    ['brokenParagraph', 'text.brokenParagraph', 'the\n\nPolish'],
    ['lostHyphen', 'text.lostHyphen', 'socalled'],
    ['runTogether', 'text.runTogether', 'theopposition'],
    ['runTogether', 'text.runTogetherUncertain', 'moderatetrade'],
    ['lostDash', 'text.lostDash', 'eU.S. Ed.'],
    ['missingSpace', 'text.missingSpace', "Politburo'sPolish"],
    ['lostDash', 'text.runTogether', 'tremendoussix'],
    ['runTogether', 'text.runTogether', 'beexposed'],
    ['runTogether', 'text.runTogether', 'passedunanimously'],
    ['runTogether', 'text.runTogether', 'isorganizing'],
    ['lostDash', 'text.lostDash', 'Congress2it'],
    ['lostDash', 'text.runTogether', 'comingwe'],
    ['lostDash', 'text.runTogether', 'surprisesto'],
    ['runTogether', 'text.runTogether', 'majorityin'],
    ['brokenParagraph', 'text.brokenParagraph', 'underestimates\n\nBukharin!'],
    ['runTogether', 'text.runTogether', 'theFrench'],
    ['runTogether', 'text.runTogether', 'totake'],
    ['runTogether', 'text.runTogether', 'inMoscow'],
    ['brokenParagraph', 'text.brokenParagraph', 'to\n\nGermany'],
    ['runTogether', 'text.runTogether', 'CommunistParty'],
    ['runTogether', 'text.runTogether', 'ofissues'],
    ['brokenParagraph', 'text.brokenParagraph', 'the\n\nCentral'],
    ['runTogether', 'text.runTogether', 'CentralControl'],
    ['runTogether', 'text.runTogether', 'withoppositional'],
    ['runTogether', 'text.runTogether', 'withoppositional'],
    ['runTogether', 'text.runTogether', 'theopposition'],
    ['runTogether', 'text.runTogether', 'betteracquainted'],
    ['quote', 'text.quote', "''b"],
    ['runTogether', 'text.runTogether', 'theblow'],
    ['runTogether', 'text.runTogether', 'Trotskyand'],
    ['runTogether', 'text.runTogether', 'resignationfrom'],
    ['runTogether', 'text.runTogether', 'getby'],
    ['lostDash', 'text.runTogether', 'Committeethere'],
    ['missingSpace', 'text.missingSpace', 'I.Bakaev'],
    ['runTogether', 'text.runTogether', 'ExecutiveCommittee'],
    ['brokenParagraph', 'text.brokenParagraph', 'Party\n\nCongress'],
    ['runTogether', 'text.runTogether', 'banningfactions'],
    ['lostDash', 'text.lostDash', 'yU.S. Ed.'],
    ['runTogether', 'text.runTogether', 'thePolitburo'],
    ['runTogether', 'text.runTogetherUncertain', 'importplan'],
    ['runTogether', 'text.runTogether', 'toChina'],
    ['runTogether', 'text.runTogether', 'Westernparties'],
    ['runTogether', 'text.runTogether', 'theSupreme'],
    ['runTogether', 'text.runTogether', 'FromMoscow'],
    ['brokenParagraph', 'text.brokenParagraph', 'the\n\nCommissariat'],
    ['brokenParagraph', 'text.brokenParagraph', 'I\n\ncannot'],
    ['runTogether', 'text.runTogether', 'foreigncurrency'],
    ['runTogether', 'text.runTogether', 'hiswork'],
    ['runTogether', 'text.runTogether', 'CentralCommittee'],
    ['runTogether', 'text.runTogether', 'nationalrevolutionary'],
    ['runTogether', 'text.runTogether', 'gavea'],
    ['runTogether', 'text.runTogether', 'chairmanof'],
    ['missingSpace', 'text.missingSpace', 'day,if'],
    ['runTogether', 'text.runTogether', 'anembargo'],
    ['missingSpace', 'text.missingSpace', 'now.Now'],
    ['runTogether', 'text.runTogetherUncertain', 'Communistpress'],
    ['runTogether', 'text.runTogether', 'campaignto'],
    ['runTogether', 'text.runTogether', 'publishingthe'],
    ['runTogether', 'text.runTogether', 'andshould'],
    ['runTogether', 'text.runTogether', "don'tthink"],
    ['brokenParagraph', 'text.brokenParagraph', 'this.\n\nAgreed.'],
    ['runTogether', 'text.runTogether', 'UnionCouncil'],
    ['runTogether', 'text.runTogether', 'GreatBritain'],
    ['runTogether', 'text.runTogether', 'RussianCommittee'],
    ['runTogether', 'text.runTogetherUncertain', 'moderatetrade'],
    ['lostDash', 'text.lostDash', 'eU.S. Ed.'],
    ['brokenParagraph', 'text.brokenParagraph', "the\n\nComintern's"],
    ['brokenParagraph', 'text.brokenParagraph', "to\n\nStalin's"],
    ['runTogether', 'text.runTogether', 'voteTomskii'],
    ['runTogether', 'text.runTogether', 'theissue'],
    ['runTogether', 'text.runTogether', 'anexpanded'],
    ['runTogether', 'text.runTogetherUncertain', 'tradeunions'],
    ['runTogether', 'text.runTogether', 'theCentral'],
    ['runTogether', 'text.runTogether', 'CentralControl'],
    ['brokenParagraph', 'text.brokenParagraph', 'Party\n\nConference,'],
    ['missingSpace', 'text.missingSpace', 'trotskizmu"('],
    ['runTogether', 'text.runTogether', 'ofhis'],
    ['brokenParagraph', 'text.brokenParagraph', "Com.\n\nOrdzhonikidze's"],
    ['brokenParagraph', 'text.brokenParagraph', 'Party\n\nCommittee'],
    ['lostDash', 'text.runTogether', 'onI'],
    ['runTogether', 'text.runTogether', 'isdemonstrating'],
    ['lostDash', 'text.lostDash', 'pTrans.'],
    ['runTogether', 'text.runTogether', 'theproposal'],
    ['runTogether', 'text.runTogether', 'isadopted'],
    ['missingSpace', 'text.missingSpace', 'Stalin('],
    ['runTogether', 'text.runTogetherUncertain', 'localinterests'],
    ['runTogether', 'text.runTogether', 'thegoal'],
    ['lostHyphen', 'text.lostHyphen', 'rankand-file'],
    ['missingSpace', 'text.missingSpace', 'Com.Molotov'],
    ['brokenParagraph', 'text.brokenParagraph', '5.\n\nKartvelishvili.'],
    ['brokenParagraph', 'text.brokenParagraph', 'R.\n\nAkhundov.'],
    ['brokenParagraph', 'text.brokenParagraph', 'P.         \n\nIvanov'],
    ['quote', 'text.quote', "''T"],
    ['runTogether', 'text.runTogether', 'Theappointment'],
    ['lostHyphen', 'text.lostHyphen', 'WorkerPeasant'],
    ['runTogether', 'text.runTogether', 'ofWorker'],
    ['runTogether', 'text.runTogether', 'thatKopp'],
    ['runTogether', 'text.runTogether', 'inBerlin'],
    ['runTogether', 'text.runTogether', 'appointKopp'],
    ['brokenParagraph', 'text.brokenParagraph', 'following\n\nPolitburo'],
    ['runTogether', 'text.runTogether', 'Kopphave'],
    ['runTogether', 'text.runTogether', 'restricthimself'],
    ['runTogether', 'text.runTogether', 'Imust'],
    ['runTogether', 'text.runTogether', 'andespeciallyNazaretian'],
    ['brokenParagraph', 'text.brokenParagraph', 'New\n\nMt.'],
    ['runTogether', 'text.runTogether', 'thepressure'],
    ['quote', 'text.quote', "''o"],
    ['runTogether', 'text.runTogether', 'onebut'],
    ['runTogether', 'text.runTogether', 'Iwrote'],
    ['lostDash', 'text.runTogether', 'classit'],
    ['runTogether', 'text.runTogether', 'mustbe'],
    ['runTogether', 'text.runTogether', 'ofthe'],
    ['runTogether', 'text.runTogether', 'Wehave'],
    ['runTogether', 'text.runTogether', 'decisionregarding'],
    ['runTogether', 'text.runTogether', 'wasrecalled'],
    ['runTogether', 'text.runTogether', 'Sovietrepresentatives'],
    ['runTogether', 'text.runTogether', 'followingdecision'],
    ['runTogether', 'text.runTogether', 'anumber'],
    ['quote', 'text.quote', "''t"],
    ['runTogether', 'text.runTogether', 'Commissionreviewed'],
    ['brokenParagraph', 'text.brokenParagraph', '21\n\nSeptember'],
    ['lostDash', 'text.lostDash', 'rTrans.'],
    ['lostDash', 'text.runTogether', 'nowthat'],
    ['lostDash', 'text.runTogetherUncertain', 'remainsexpel'],
    ['runTogether', 'text.runTogether', 'ofMedvedev'],
    ['lostDash', 'text.missingSpace', 'over"if'],
    ['runTogether', 'text.runTogether', 'blocmust'],
    ['runTogether', 'text.runTogether', 'thequestion'],
    ['lostDash', 'text.runTogether', 'blocthere'],
    ['lostDash', 'text.runTogether', 'worseningI'],
    ['lostDash', 'text.runTogether', 'Chinahe'],
    ['lostDash', 'text.runTogether', 'conceithe'],
    ['runTogether', 'text.runTogether', 'ofits'],
    ['runTogether', 'text.runTogether', 'toraise'],
    ['runTogether', 'text.runTogether', 'andCentral'],
    ['runTogether', 'text.runTogether', 'theparty'],
    ['runTogether', 'text.runTogether', 'ControlCommission'],
    ['runTogether', 'text.runTogetherUncertain', 'itemconcerning'],
    ['lostDash', 'text.runTogether', 'backyou'],
    ['runTogether', 'text.runTogether', 'ofconsumer'],
    ['runTogether', 'text.runTogether', 'toremind'],
    ['lostDash', 'text.lostDash', '7Trans.'],
    ['runTogether', 'text.runTogether', 'ofconsumer'],
    ['runTogether', 'text.runTogetherUncertain', 'theresolution'],
    ['lostEnDash', 'text.lostEnDash', '13748'],
    ['brokenParagraph', 'text.brokenParagraph', 'Executive\n\nCommittee'],
    ['runTogether', 'text.runTogether', 'atelegram'],
    ['lostDash', 'text.runTogether', 'oneincluding'],
    ['lostDash', 'text.runTogether', 'Stalineven'],
    ['lostDash', 'text.runTogether', 'Ias'],
    ['lostDash', 'text.runTogether', 'proposedwas'],
  ],
  elsewhere: [
    ['lostEnDash', 'date.malformed', '2126 June'],
    ['missingSpace', 'date.malformed', '8 June1926'],
    ['missingSpace', 'date.malformed', '25 July1926'],
    ['lostEnDash', 'date.malformed', '19251926'],
    ['missingSpace', 'cite.malformed', 'l.3'],
    ['brokenParagraph', 'cite.broken', 'f.\n\n17'],
    ['lostEnDash', 'date.malformed', '19121914'],
    ['lostEnDash', 'date.malformed', '19221947'],
    ['brokenParagraph', 'cite.broken', 'd.\n\n607'],
    ['lostEnDash', 'date.malformed', '618 December'],
  ],
  missed: [
    [
      'brokenParagraph',
      'signed by Bukharin,\n\nTomskii',
      'a paragraph of seven words ending with a comma reads like a salutation (`To Molotov, Rykov, and other friends,`)',
    ],
    ['lostDash', 'complications no one', 'the dash became a space'],
    ['lostDash', 'agenda but because', 'the dash became a space'],
    [
      'missingSpace',
      'with[agricultural]',
      'a word glued to an editorial bracket is also how editors complete a word (`Jan[uary]`)',
    ],
    ['missingSpace', 'note4', 'a number glued to a word is read as a note marker'],
    [
      'runTogether',
      'Wanhsientook',
      'a name glued to a word splits only at a name the edition writes twice (`Wanhsien` is written once)',
    ],
  ],
};

/** The `text.*` findings in the letters from `first` up to (not including) `next`, as `[code, text]`. */
function textFindings(first: number, next: number | undefined): [string, string][] {
  const start = text.indexOf(`\nLetter ${first}\n`);
  const end = next === undefined ? text.length : text.indexOf(`\nLetter ${next}\n`);
  return textDamageProblems(text, { start: Math.max(0, first === 11 ? 0 : start), end }).map((problem) => [
    problem.code,
    text.slice(problem.span.start, problem.span.end),
  ]);
}

function overlaps(problem: Problem, start: number, end: number): boolean {
  return problem.span.start < end && start < problem.span.end;
}

function describeLabels(name: string, labels: Labels, first: number, next: number | undefined): void {
  describe(`text damage: ${name} of the sample, labelled line by line`, () => {
    it('finds exactly the labelled damage, and nothing else', () => {
      assert.deepEqual(
        textFindings(first, next),
        labels.found.map(([, code, damaged]) => [code, damaged]),
      );
    });

    it('leaves to the date and citation checks the places they report', () => {
      for (const [kind, code, damaged] of labels.elsewhere) {
        const at = text.indexOf(damaged);
        assert.ok(at >= 0, damaged);
        const here = allProblems.filter((problem) => overlaps(problem, at, at + damaged.length));
        assert.ok(
          here.some((problem) => problem.code === code),
          `${damaged}: ${code}`,
        );
        // `19221947Trans.`: the en dash inside is the date check's, the em dash after it text damage's.
        assert.ok(!here.some((problem) => problem.code === `text.${kind}`), `${damaged} is reported twice`);
      }
    });

    it('does not find the damage it is known to miss', () => {
      for (const [, damaged] of labels.missed) {
        const at = text.indexOf(damaged);
        assert.ok(at >= 0, damaged);
        assert.ok(
          !allProblems.some((problem) => overlaps(problem, at, at + damaged.length)),
          `${damaged} is found: move it to the found damage`,
        );
      }
    });

    it('reports at least nine in ten of the labelled damage', () => {
      const reported = labels.found.length + labels.elsewhere.length;
      assert.ok(reported / (reported + labels.missed.length) >= 0.9);
    });
  });
}

describeLabels('letters 11–16', LETTERS_11_16, 11, 17);
describeLabels('letters 17–30', LETTERS_17_30, 17, undefined);
