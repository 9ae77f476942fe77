// The press digest's lede is one clean sentence or a plainer one (review 10, "Press-digest
// ledes": a lede made of a quoted title's first half, of a verb's object without its verb,
// of a sentence cut off after "between three and", of another drug's result, of the placebo
// group's figure alone, of someone's expectation). Hand-written Facts, one per class.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { brokenPiece, hasOwnVerb } from '../../src/audiences/clause-check.js';
import { subjectless } from '../../src/audiences/press-digest.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const digest = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;
const lede = (f: Facts) => digest(f).lede.text;
const trial = derivedWith({ studyType: judgedAs('randomized trial') });

describe('a shortened result is a clause, or it does not lead', () => {
  it('knows a clause from the object a cut verb left behind', () => {
    expect(hasOwnVerb('the children whose parents read to them every night had larger vocabularies')).toBe(true);
    expect(hasOwnVerb('Twelve of the 40 walkers finished the course')).toBe(true);
    expect(hasOwnVerb('using a tablet as the first aid for reading can be as useful as a tutor')).toBe(true);
    // "[The team saw] clearer gains among the pupils who read daily"
    expect(hasOwnVerb('clearer gains among the pupils who read daily')).toBe(false);
    // "[… they say] is the first app able to …"
    expect(hasOwnVerb('is the first app able to spot the problem early')).toBe(false);
    // "[… noted] markedly better rest -- as measured by wrist monitors -- than those who slept without it"
    expect(hasOwnVerb('markedly better rest -- as measured by wrist monitors -- than those who slept without it')).toBe(false);
    // "Jane Roe, who was not part of the work[, said …]"
    expect(hasOwnVerb('Jane Roe, who was not part of the work')).toBe(false);
  });

  it('knows a piece a split left unfinished', () => {
    expect(brokenPiece('In “Daily Reading Aids Toddlers at 2 Years')).toBe(true);
    expect(brokenPiece('the same 80 people were tested again between two and')).toBe(true);
    expect(brokenPiece('Pupils who read daily wrote “better” stories')).toBe(false);
  });

  it('never leads with the first half of a quoted title cut at its colon', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('nightly reading'),
        condition: textFactOf('speech delay'),
        participants: countOf(120, 'The trial enrolled 120 toddlers.'),
        derived: trial,
        results: [
          sourceFinding(
            'In “Nightly Reading Helps Toddlers Speak at 2 Years: A Randomized Trial,” Ann Lee and her co-authors report that the toddlers who were read to every night spoke more words than the others.',
          ),
        ],
      }),
    );
    expect(text).not.toMatch(/“Nightly Reading Helps Toddlers Speak at 2 Years\.$/);
    expect(text).not.toMatch(/“[^”]*$/);
  });

  it('never leads with a result that answers another: "another drug, …", "similar results …"', () => {
    const facts = headlineFacts({
      intervention: textFactOf('lumostat'),
      condition: textFactOf('migraine'),
      participants: countOf(300, 'The trial enrolled 300 people.'),
      derived: trial,
      results: [
        sourceFinding('Another drug, dovrapam, is effective at helping people who have already had a migraine to stop the next one.'),
        sourceFinding('The researchers found similar results among women who took lumostat for more than a year.'),
      ],
    });
    const text = lede(facts);
    expect(text).not.toMatch(/dovrapam/);
    expect(text).not.toMatch(/similar results/);
  });

  it("never leads with the comparison group's result alone, or with what someone expects", () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('lumostat'),
        condition: textFactOf('migraine'),
        participants: countOf(21, 'The trial enrolled 21 people.'),
        derived: trial,
        results: [
          sourceFinding('Among the 11 women who took the placebo, just one was free of pain within two hours.'),
          sourceFinding('Newer versions of the drug should cut the number of attacks even more, Smith said.'),
        ],
      }),
    );
    expect(text).not.toMatch(/placebo/);
    expect(text).not.toMatch(/should cut/);
  });

  it('drops a wire name and date glued to the first sentence, and who said it after it', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('vitamin E'),
        condition: textFactOf('wheezing'),
        participants: countOf(200, 'The trial enrolled 200 mothers.'),
        derived: trial,
        results: [
          sourceFinding(
            'Wirewise — Jan. 9, 2019─Vitamin E may ease wheezing in babies born to mothers who smoke, according to a randomized, controlled trial published online in a journal of lung medicine.',
          ),
        ],
      }),
    );
    expect(text).toMatch(/^In a study of 200 mothers, vitamin E may ease wheezing in babies born to mothers who smoke\.$/);
  });
});

describe('a result that fits once its frame or tail goes leads', () => {
  it('ends before a closing "with five …ing" of some of the people', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('lumostat'),
        condition: textFactOf('migraine'),
        participants: countOf(16, 'The trial enrolled 16 people.'),
        derived: trial,
        results: [
          sourceFinding(
            'By the six-month visit, 50 percent of participants who finished the trial were free of attacks, with four staying free at doses below the usual one of 2 mg/kg.',
          ),
        ],
      }),
    );
    expect(text).toMatch(/50 percent of participants who finished the trial were free of attacks\.$/);
  });

  it('drops "They found that" that points back, and keeps the finding', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('lumostat'),
        condition: textFactOf('migraine'),
        participants: countOf(300, 'The trial enrolled 300 people.'),
        derived: trial,
        results: [sourceFinding('They found that lumostat cut the number of headache days by half.')],
      }),
    );
    expect(text).toMatch(/lumostat cut the number of headache days by half\.$/);
    expect(text).not.toMatch(/reports (?:its )?results/);
  });
});

describe('a result that opens "Compared with …" has its subject', () => {
  it('is no form cut down to its verb', () => {
    expect(subjectless('Compared with the placebo, there was a 31% reduced risk of heart attack')).toBe(false);
    expect(subjectless('Compared to usual care, falls were fewer')).toBe(false);
    expect(subjectless('reduced swelling in the knee')).toBe(true);
    expect(subjectless('a 31% reduced risk of heart attack')).toBe(true);
  });
});

describe('a naming aside cut from a result leaves no comma behind', () => {
  it('says "the levels of the markers rose", not "the levels of the markers, rose"', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('a blood test'),
        condition: textFactOf('stroke'),
        participants: countOf(500, 'The study enrolled 500 people.'),
        derived: trial,
        results: [
          sourceFinding(
            'In all people, whatever the kind of stroke they had, the levels of the markers, called ZQ1 and ZQ2, rose within the first hour.',
          ),
        ],
      }),
    );
    expect(text).not.toMatch(/markers, rose/);
    expect(text).toMatch(/rose within the first hour/);
  });
});

describe('the key-numbers box', () => {
  it('shows no figure whose sentence answers the one before it ("…, however, …")', () => {
    const view = digest(
      headlineFacts({
        intervention: textFactOf('nasal naloxone'),
        participants: countOf(900, 'The study looked at 900 crews.'),
        derived: derivedWith({ studyType: judgedAs('observational') }),
        results: [sourceFinding('The use of nasal naloxone by hill crews, however, was only 12.5 percent higher than by coastal crews.')],
      }),
    );
    const box = (view.keyNumbers?.items ?? []).map((item) => item.value.text).join(' ');
    expect(box).not.toMatch(/however/);
  });
});

describe('the headline of a trial that found no benefit', () => {
  it('names no comparator the source does not give', () => {
    const view = digest(
      headlineFacts({
        intervention: textFactOf('lumostat'),
        derived: trial,
        results: [sourceFinding('Lumostat did not slow the decline in memory.')],
      }),
    );
    expect(view.headline.text).not.toMatch(/comparator/);
    expect(view.headline.text).toMatch(/^Lumostat shows no benefit/);
  });
});
