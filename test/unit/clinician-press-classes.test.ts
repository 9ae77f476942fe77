// The reading review's clinician-summary and press-digest classes (review/classes.md C*, D*),
// each on a hand-written Facts: the documents read the derived kind of study, the main
// result, the source's kind and its quotes, whatever extraction found in one article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { renderHtml } from '../../src/render/html.js';
import { quoteItem } from '../../src/audiences/quotes.js';
import { visibleText } from '../../src/audiences/text.js';
import type { ClinicianSummaryModel, PressDigestModel } from '../../src/audiences/view-models.js';
import { factsFrom, ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf, type FactsOverrides } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const options = { buildDate: null };

const finding = sourceFinding;
const fact = textFactOf;
const count = countOf;
const facts = headlineFacts;

const judged = judgedAs;
const derived = derivedWith;

const press = (f: Facts) => composeDocument('press-digest', f, glossary, options).view as PressDigestModel;
const clinician = (f: Facts) => composeDocument('clinician-summary', f, glossary, options).view as ClinicianSummaryModel;
const designRow = (model: ClinicianSummaryModel) => model.pico.design.find((row) => row.label.text === 'Design')?.value.text ?? '';

describe('C1: the bottom line reads the same design as the Design row', () => {
  it('calls a trial the text says is randomized randomized, though no design sentence was extracted', () => {
    const model = clinician(
      facts({
        intervention: fact('Vaxigen 9'),
        participants: count(14200, 'The trial enrolled 14,200 women.'),
        results: [finding('Vaxigen 9 prevented 97% of precancers.')],
        derived: derived({
          studyType: judged('randomized trial', 'Women were randomly assigned to the new or the old vaccine.'),
          randomised: judged('single group'),
        }),
      }),
    );
    expect(model.bottomLine.statement.text).toMatch(/^Randomized trial of 14,200 participants\./);
    expect(model.bottomLine.statement.text).not.toMatch(/single-group|no comparator/i);
    expect(designRow(model)).toMatch(/^Randomized trial/);
    expect(model.limitations.items.map((item) => item.text).join('\n')).not.toMatch(/No comparator reported/);
  });

  it('never calls a test study, a cohort or a story with no study "single-group", nor says "design not reported" beside a design row', () => {
    for (const [kind, expected] of [
      ['diagnostic accuracy', /^Study of a test in 584 participants\./],
      ['observational', /^Observational study of 584 participants\./],
      ['other', /^No study of its own reported\./],
    ] as const) {
      const model = clinician(
        facts({
          intervention: fact('a blood test'),
          participants: count(584, 'The study included 584 people.'),
          results: [finding('The blood test found 92% of cancers.')],
          derived: derived({ studyType: judged(kind), randomised: judged('single group') }),
        }),
      );
      expect(model.bottomLine.statement.text).toMatch(expected);
      expect(model.bottomLine.statement.text).not.toMatch(/single-group|design not reported/i);
      expect(designRow(model)).not.toBe('');
    }
  });

  it('names a controlled trial that never says "random" as controlled, in the bottom line and the Design row alike', () => {
    const model = clinician(
      facts({
        intervention: fact('ketamine'),
        comparator: fact('placebo'),
        participants: count(83, 'The trial enrolled 83 men.'),
        results: [finding('Ketamine lowered scores by 20% more than placebo.')],
        derived: derived({
          studyType: judged('randomized trial', 'Some got a placebo.'),
          randomised: judged('controlled, not randomised'),
        }),
      }),
    );
    expect(model.bottomLine.statement.text).toMatch(/^Controlled trial of 83 participants\./);
    expect(model.bottomLine.statement.text).toMatch(/randomization not reported/);
    expect(designRow(model)).toMatch(/^Controlled trial/);
  });
});

describe('C2: limitations that fit the design', () => {
  it('says no "placebo response" or "random allocation" of a test, a cohort or a review', () => {
    for (const kind of ['diagnostic accuracy', 'observational', 'review or meta-analysis', 'lab or animal'] as const) {
      const model = clinician(
        facts({
          intervention: fact('a scan'),
          comparator: kind === 'observational' ? fact('compared with women who did not take them') : null,
          results: [finding('The scan found 60% of tumours.')],
          derived: derived({
            studyType: judged(kind),
            randomised: judged(kind === 'observational' ? 'controlled, not randomised' : 'single group'),
          }),
        }),
      );
      const items = model.limitations.items.map((item) => item.text).join('\n');
      expect(items).not.toMatch(/placebo response|Random allocation not reported/);
    }
  });

  it('says what the design leaves open instead: confounding in a cohort', () => {
    const model = clinician(
      facts({
        intervention: fact('multivitamins'),
        results: [finding('Mothers who took multivitamins had 30% fewer children with autism.')],
        derived: derived({ studyType: judged('observational'), randomised: judged('controlled, not randomised') }),
      }),
    );
    expect(model.limitations.items.map((item) => item.text).join('\n')).toMatch(/confounding/);
    expect(visibleText(model).join('\n')).not.toMatch(/Random allocation not reported/);
  });
});

describe('D2: the lede leads with the main result whenever there is one', () => {
  it('shortens a long result sentence around its figure rather than saying "reports its results"', () => {
    const digest = press(
      facts({
        intervention: fact('Vaxigen 9'),
        condition: fact('cervical cancer'),
        participants: count(14200, 'The trial enrolled 14,200 women.'),
        results: [
          finding(
            'Published in a leading medical journal, the study found that Vaxigen 9 was 97 per cent effective at preventing high-grade disease caused by five more virus types, and was as effective as the current vaccine against the other four types.',
          ),
        ],
      }),
    );
    expect(digest.lede.text).toMatch(/97 per cent effective/);
    expect(digest.lede.text).not.toMatch(/reports its results|Published in/);
  });

  it('leads with the result without its trailing "without …ing" clause rather than naming only what was measured', () => {
    const digest = press(
      facts({
        intervention: fact('Neurazol'),
        condition: fact('Parkinson’s disease'),
        participants: count(199, 'The trial enrolled 199 people.'),
        results: [
          finding(
            'Neurazol was shown to be superior to placebo in decreasing the frequency and severity of hallucinations and delusions without worsening the primary motor symptoms of the disease in the six-week trial.',
          ),
        ],
      }),
    );
    expect(digest.lede.text).not.toMatch(/reports its results/);
    expect(digest.lede.text).toBe(
      'In a study of 199 people, Neurazol was shown to be superior to placebo in decreasing the frequency and severity of hallucinations and delusions.',
    );
  });
});

describe('press digest paragraph two agrees with the clinician summary on the design', () => {
  it('gives our reading of the kind of study when the source has no design words, and says it is ours', () => {
    const test = facts({
      intervention: fact('Scanova'),
      participants: count(120, 'The study included 120 women.'),
      derived: derived({ studyType: judged('diagnostic accuracy') }),
    });
    const text = visibleText(press(test)).join('\n');
    expect(text).not.toMatch(/does not describe the study design/);
    expect(text).toMatch(/Design \(our reading of the text\): study of a test\./);
  });
});

describe('D1: the press headline says what kind of story it is', () => {
  const approval = (over: FactsOverrides = {}) =>
    facts({
      intervention: fact('Zentrix'),
      condition: fact('plaque psoriasis'),
      participants: count(4373, 'The trials enrolled 4,373 adults.'),
      availability: fact(
        'approved Zentrix to treat adults with plaque psoriasis',
        'The FDA today approved Zentrix to treat adults with plaque psoriasis.',
      ),
      derived: derived({
        studyType: judged('regulatory approval'),
        stage: judged('approved'),
        availability: { ...judged('approved'), agency: 'FDA' },
      }),
      ...over,
    });

  it('never says a watched exposure was "tested": an observational study names the exposure and the condition', () => {
    const cohort = facts({
      intervention: fact('multivitamin'),
      condition: fact('autism'),
      participants: count(273107, 'The cohort included 273,107 mother-child pairs.'),
      derived: derived({ studyType: judged('observational') }),
    });
    const headline = press(cohort).headline.text;
    expect(headline).not.toMatch(/tested/);
    expect(headline).toBe('Multivitamin and autism: a study of 273,107 people');
  });

  it('names who approved what for whom, not "tested in N people"', () => {
    expect(press(approval()).headline.text).toBe('FDA approves Zentrix for plaque psoriasis');
  });

  it('says "clears" for a clearance, read off the availability fact', () => {
    const digest = press(
      approval({
        availability: fact('cleared for marketing the Cooly cap', 'The FDA cleared for marketing the Cooly cap.'),
        derived: derived({
          studyType: judged('observational'),
          stage: judged('approved'),
          availability: { ...judged('approved'), agency: 'FDA' },
        }),
      }),
    );
    expect(digest.headline.text).toBe('FDA clears Zentrix for plaque psoriasis');
  });

  it('does not announce an approval years old: a study of a drug approved long before is the news (holdout: "FDA approves dabigatran")', () => {
    const older = approval({
      availability: fact('approved by the FDA in 2010', 'Zentrix, which was approved by the FDA in 2010, was one of the drugs.'),
      derived: derived({
        studyType: judged('observational'),
        stage: judged('approved'),
        availability: {
          ...judged('approved', 'Zentrix, which was approved by the FDA in 2010, was one of the drugs.'),
          agency: 'FDA',
        },
      }),
    });
    const digest = press({ ...older, meta: { ...older.meta, date: 'Dec. 1, 2016' } });
    expect(digest.headline.text).not.toMatch(/approves/);
  });

  it('never says "study results" for a story with no study', () => {
    const named = press(
      facts({ intervention: fact('Cartigrow'), condition: fact('knee damage'), derived: derived({ studyType: judged('other') }) }),
    );
    expect(named.headline.text).not.toMatch(/study|results reported|tested/i);
    expect(named.headline.text).toMatch(/^Cartigrow for knee damage/);
    const unnamed = press(facts({ condition: fact('type 2 diabetes'), derived: derived({ studyType: judged('other') }) }));
    expect(unnamed.headline.text).not.toMatch(/study|results reported/i);
    const unknown = press(facts({ intervention: fact('Naloxone') }));
    expect(unknown.headline.text).not.toMatch(/Study reports results/i);
  });
});

describe('C4: the evidence checklist reads the facts', () => {
  const row = (model: ClinicianSummaryModel, name: RegExp) =>
    model.checklist.rows.find((r) => name.test(r.criterion.text)) ?? expect.fail(`no row ${name.source}`);
  it('marks independent sources, funding and conflicts, and quality reported whenever their facts are there', () => {
    const model = clinician(
      facts({
        intervention: fact('Calmora'),
        followUp: fact('six months', 'Patients were followed for six months.'),
        independentExperts: [
          {
            speaker: 'Dr. Ann Lee',
            source: { text: 'Dr. Ann Lee, a cardiologist at Mercy Hospital, said the results look solid.', line: 9, column: 1 },
            origin: 'extracted',
          },
        ],
        caveats: [{ ...finding('Two authors are paid advisers to Calmora Inc.'), rule: 'industry-author-ties' }],
      }),
    );
    expect(row(model, /Independent sources/).status.text).toMatch(/^Reported/);
    expect(row(model, /conflicts of interest/).status.text).toMatch(/^Reported/);
    expect(row(model, /Quality of the evidence/).status.text).toMatch(/^Reported/);
  });
});

describe('C6: the clinician summary fits one page when the overflow is small', () => {
  it('prints the checklist one line a criterion, with a legend, and at most two quoted statements', async () => {
    const quote = (n: number) => ({
      text: `Statement number ${n} about the drug.`,
      speaker: `Dr. Speaker ${n}`,
      role: null,
      affiliation: null,
      source: { text: `"Statement number ${n} about the drug," said Dr. Speaker ${n}.`, line: 20 + n, column: 1 },
      origin: 'extracted' as const,
    });
    const model = clinician(facts({ intervention: fact('Calmora'), quotes: [quote(1), quote(2), quote(3)] }));
    expect(model.quotes?.items).toHaveLength(2);
    expect(model.checklist.legend?.text).toMatch(/✓ reported.*✗ not reported/);
    const html = await renderHtml('clinician-summary', model, { paper: 'letter' });
    // The status words are for screen readers; the mark and the legend say it on paper.
    expect(html).toContain('class="visually-hidden">: Not reported in the source</span>');
    expect(html).toContain('class="checklist-legend"');
  });
});

describe('D3: a press release is labelled one and keeps its release line', () => {
  const STORY =
    'Researchers gave the drug Calmora to 120 adults with asthma in a randomized trial, and attacks fell by a third over a year.';
  const digestOf = (text: string) => press(factsFrom(text, 'story.txt').facts);

  it('keeps "For Immediate Release" as release metadata: the digest says press release and prints the line', () => {
    const { facts: extracted } = factsFrom(`Calmora cuts asthma attacks\n\nFor Immediate Release: May 5, 2024\n\n${STORY}\n`, 'story.txt');
    expect(extracted.meta.releaseLine).toBe('For Immediate Release');
    const digest = press(extracted);
    expect(digest.label.text).toMatch(/^Press digest of a press release/);
    expect(digest.releaseLine?.text).toBe('FOR IMMEDIATE RELEASE');
  });

  it('knows a release by its "###" end mark or its wire, and prints no release line it was not given', () => {
    const ended = digestOf(`Calmora cuts asthma attacks\n\n${STORY}\n\n###\n\nAbout Acme: Acme makes medicines.\n`);
    expect(ended.label.text).toMatch(/^Press digest of a press release/);
    expect(ended.releaseLine).toBeNull();
    const wired = digestOf(`Calmora cuts asthma attacks\n\nNewswise — SEATTLE (March 24, 2017) – ${STORY}\n`);
    expect(wired.label.text).toMatch(/^Press digest of a press release/);
    const news = digestOf(`Calmora cuts asthma attacks\n\n${STORY}\n`);
    expect(news.label.text).not.toMatch(/press release/);
  });

  it('prints the dateline as "PLACE, date", never "DALLAS -" nor a weekday as a place', () => {
    expect(digestOf(`Calmora cuts asthma attacks\n\nDALLAS - March 29, 2018 - ${STORY}\n`).dateline?.text).toBe('DALLAS, March 29, 2018');
    expect(digestOf(`Calmora cuts asthma attacks\n\nMONDAY, March 15, 2010 (HealthDay News) -- ${STORY}\n`).dateline?.text).toBe(
      'March 15, 2010',
    );
  });
});

describe('D5: quote attributions read as the source gives them, never garbled', () => {
  const quoteFrom = (sentence: string) => {
    const { facts: extracted } = factsFrom(`Calmora cuts asthma attacks\n\n${sentence}\n`, 'story.txt');
    const [first] = extracted.quotes;
    return first ? { role: first.role, affiliation: first.affiliation, printed: quoteItem(first).attribution.text } : null;
  };

  it('takes a job "of" a field as a role with no affiliation, and prints no affiliation twice', () => {
    const miner = quoteFrom(
      '"The completion of this trial is an exciting new chapter," says Nick Miner, Vice President of Business Development.',
    );
    expect(miner?.affiliation).toBeNull();
    expect(miner?.printed).toBe('Nick Miner, Vice President of Business Development');
    const printed = quoteItem({
      text: 'It is a step forward.',
      speaker: 'Paul Workman',
      role: 'professor and chief executive of the Institute of Cancer Research in London',
      affiliation: 'Institute of Cancer Research in London',
      source: { text: 'x', line: 3, column: 1 },
      origin: 'extracted',
    }).attribution.text;
    expect(printed).toBe('Paul Workman, professor and chief executive of the Institute of Cancer Research in London');
  });

  it('splits "a job and with the <place>" and keeps "also of <place>", with no stray commas', () => {
    const laetsch = quoteFrom(
      '"The response rate is unprecedented," said lead author Dr. Ted Laetsch, Assistant Professor of Pediatrics and with the Harold C. Simmons Comprehensive Cancer Center.',
    );
    expect(laetsch?.role).toBe('Assistant Professor of Pediatrics');
    expect(laetsch?.affiliation).toBe('Harold C. Simmons Comprehensive Cancer Center');
    const printed = quoteItem({
      text: 'It will lead to a treatment.',
      speaker: 'Michael J. Eck, MD, PhD',
      role: 'one of the researchers,',
      affiliation: 'Dana-Farber',
      source: { text: 'x', line: 3, column: 1 },
      origin: 'extracted',
    }).attribution.text;
    expect(printed).toBe('Michael J. Eck, MD, PhD, one of the researchers, Dana-Farber');
  });

  it('never prints a name cut at its initial ("James Krueger, D, …")', () => {
    const krueger = quoteFrom(
      '“There is a real need for standardization,” says James Krueger, D. Martin Carter Professor in Clinical Investigation and head of the Laboratory of Investigative Dermatology. “Detection through screening saves lives,” he says.',
    );
    expect(krueger?.printed).not.toMatch(/, D,|\bD$/);
  });
});

describe('D6: the media contact is the one the source gives, whole, and nothing else', () => {
  const STORY =
    'Researchers gave the drug Calmora to 120 adults with asthma in a randomized trial, and attacks fell by a third over a year.';
  const contactOf = (text: string) => press(factsFrom(`Calmora cuts asthma attacks\n\n${text}\n`, 'story.txt').facts).contact.text.text;

  it('stops at a wire’s "SOURCE" line and keeps a contact given over several lines', () => {
    expect(
      contactOf(`${STORY}\n\nMedia Contact:\n\nJane Roe\n\n619-555-0100\n\njane@acme.com\n\nSOURCE Acme Therapeutics\n\nRelated Links`),
    ).toBe('Jane Roe, 619-555-0100, jane@acme.com');
    expect(
      contactOf(
        `${STORY}\n\n###\n\nFor more information contact:\n\nJane Roe\n\nPR Manager (School of Medicine)\n\nAcme University\n\nj.roe@acme.ac.uk\n\nTel: 020 7882 0000 Notes to the editor About Acme University`,
      ),
    ).toBe('Jane Roe, PR Manager (School of Medicine), Acme University, j.roe@acme.ac.uk, Tel: 020 7882 0000');
  });

  it('keeps "Contact: Media Relations" with its phone on the next line, and prints no news site’s editorial address', () => {
    expect(contactOf(`Contact: Media Relations\n\n(404) 639-3286\n\n${STORY}`)).toBe('Contact: Media Relations, (404) 639-3286');
    expect(contactOf(`${STORY}\n\nContact us at editors@news.com.`)).toBe('Not given in the source.');
  });
});
