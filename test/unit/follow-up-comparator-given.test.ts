// Review 15 (issue #13): "Not in the source" printed for a follow-up or a comparison group
// the story gives, and "A study that followed people" said of a records review or a one-time
// survey. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { nextStepForms } from '../../src/audiences/patient-brief/next-forms.js';
import { visibleText } from '../../src/audiences/text.js';
import { factsFrom } from '../helpers/article.js';
import { glossary } from '../helpers/brief.js';
import { blankFacts, derivedWith, judgedAs, textFactOf } from '../helpers/facts.js';

const facts = (body: string) => factsFrom(`# A study\n\n${body}\n`).facts;

describe('follow-up the story gives in other words', () => {
  it('reads the age at which babies were measured', () => {
    expect(
      facts('The authors report that at six months of age, the babies whose mothers took the pill had better breathing scores.').followUp,
    ).toMatchObject({ value: 'at six months of age', rule: 'followup-at-age' });
  });

  it('reads the years a study looked at people or their data', () => {
    expect(facts('Between 2004 and 2012, the team studied 3,000 women with normal scans.').followUp?.value).toBe('Between 2004 and 2012');
    expect(facts('The team obtained data from 2008 to 2011 for a sample of 5,000 patients.').followUp?.value).toBe('from 2008 to 2011');
  });

  it('reads when an outcome was assessed after an event', () => {
    expect(
      facts(
        'The researchers reviewed the records of 150 mothers. Their mood was assessed with a short survey eight weeks after childbirth.',
      ).followUp,
    ).toMatchObject({ value: 'eight weeks after childbirth', rule: 'followup-assessed-after' });
  });

  it('keeps the latest of several timepoints that open sentences of results', () => {
    const f = facts(
      'In the trial, 300 patients got one of three treatments. One hour after treatment, 30 percent of all patients felt better. But three days later, most patients were satisfied.',
    );
    expect(f.followUp).toMatchObject({ value: 'three days', rule: 'followup-after-figure' });
  });

  // Review 17: how long some responses lasted ("40 percent lasting a year or more") is a result
  // about those people, not how long everyone was followed ("How long: a year or more").
  it('does not take how long some responses lasted as the follow-up', () => {
    expect(
      facts(
        'These responses were durable, with 70 percent of responses lasting at least six months, and 40 percent lasting a year or more.',
      ).followUp?.value,
    ).not.toBe('a year or more');
  });

  it('reads a researcher saying how long the team followed its patients, inside a quotation', () => {
    expect(
      facts(
        '"We have only followed our patients for up to 11 years," the lead author said, "so it is hard to say what the next ten will bring."',
      ).followUp,
    ).toMatchObject({ value: 'up to 11 years', rule: 'followup-we-followed' });
  });

  it('reads stays on a research ward and tests taken at intervals', () => {
    expect(
      facts('The team studied eight adults who stayed in the research ward on two separate visits, each for six days.').followUp?.value,
    ).toBe('on two separate visits, each for six days');
    expect(
      facts('Most of the 400 women had blood tests at three intervals during pregnancy: early, middle and late.').followUp?.value,
    ).toBe('blood tests at three intervals during pregnancy');
  });
});

describe('comparison group the story gives in other words', () => {
  it('names a group told by what its people said they did, and how often', () => {
    expect(
      facts('Children who said they ate beans weekly scored higher on the tests than those who said they "rarely" or "never" ate beans.')
        .comparator?.value,
    ).toBe('those who said they "rarely" or "never" ate beans');
  });

  it('names the other target when people were assigned to targets', () => {
    const f = facts(
      'The lower sugar goal cut heart attacks by 20 percent, compared to a target blood sugar of 8 percent. The study assigned half of 3,000 adults to a target blood sugar of less than 8 percent and half to a target of less than 7 percent.',
    );
    expect(f.comparator?.value).toBe('a target blood sugar of 8 percent');
  });

  it('names a count of controls beside the people with the disease', () => {
    expect(facts('The team tested 50 fluid samples, including 20 from people with the disease and 30 controls.').comparator).toMatchObject({
      value: '30 controls',
      rule: 'comparator-count-controls',
    });
  });
});

describe('the kind of an observational study in the brief', () => {
  const kindRow = (rule: string, followUp = false) => {
    const f = blankFacts({
      intervention: textFactOf('coffee'),
      condition: textFactOf('gout'),
      ...(followUp ? { followUp: textFactOf('over ten years') } : {}),
      derived: derivedWith({ studyType: { ...judgedAs('observational' as const), rule } }),
    });
    return visibleText(composePatientBrief(f, glossary, { buildDate: '2025-07-01' }).study).join(' ');
  };

  it('says a records review looked back at records, not that it followed people', () => {
    expect(kindRow('type-records-reviewed')).toContain('A study that looked back at records');
    expect(kindRow('type-records-reviewed')).not.toContain('followed people');
  });

  it('says a one-time survey looked at people, and a cohort followed them', () => {
    expect(kindRow('type-observational-association')).toContain('A study that looked at people');
    expect(kindRow('type-observational-association', true)).toContain('A study that followed people');
    expect(kindRow('type-cohort-design')).toContain('A study that followed people');
  });
});

describe("next step in a release's end matter", () => {
  const read = (...paragraphs: string[]) => factsFrom(paragraphs.join('\n\n'), 'release.txt').facts;

  it('reads when the final results of the study will be presented, after "###"', () => {
    const f = read(
      'Pill shrinks rare tumors',
      'A new pill shrank tumors in 6 of 20 patients with a rare cancer, researchers said.',
      '###',
      'The study was funded by a cancer charity.',
      'Final results for the study will be reported at the annual cancer society meeting in Boston by the lead author.',
    );
    expect(f.nextSteps.map((n) => n.rule)).toEqual(['next-to-be-presented']);
  });

  it('leaves the company boilerplate after "###" alone', () => {
    const f = read(
      'Pill shrinks rare tumors',
      'A new pill shrank tumors in 6 of 20 patients with a rare cancer, researchers said.',
      '###',
      'The company will present its new products at a trade conference in Boston.',
    );
    expect(f.nextSteps).toEqual([]);
  });
});

describe('a short form of a meeting where results will be presented', () => {
  it('drops who presents them and the city, keeping the meeting', () => {
    expect(
      nextStepForms(
        "Final results for the study will be reported at the Lung Society's 2027 annual meeting in Denver by Ross on behalf of the national trials group and its partners.",
      ),
    ).toContain("Final results for the study will be reported at the Lung Society's 2027 annual meeting.");
  });
});
