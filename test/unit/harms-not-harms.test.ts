// Harms on short invented articles: sentences with harm words that state no harm of the
// treatment studied are left out (a cause of the disease, a design's limit, the data a
// study reviewed, another study, who is treated), and a harm's text is the part of the
// sentence that states it (not a denial, another drug's benefit, a reassurance beside it
// or the next sentence of a quotation).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const harmTexts = (facts: ReturnType<typeof read>) => facts.harms.map((h) => h.text);
const resultTexts = (facts: ReturnType<typeof read>) => facts.results.map((r) => r.text);

describe('harm words that name no harm of the treatment', () => {
  it('leaves out what causes the disease', () => {
    const facts = read(
      'Heart pump helps women more than men',
      'A heart pump called Cardiflo cut hospital stays in a trial of 900 patients with heart failure, researchers said.',
      'In the trial, women more often had heart failure caused by a viral infection of the heart, whereas in men it was more often caused by narrowed arteries, the lead author said.',
      'Two participants in the Cardiflo group had serious infections at the implant site.',
    );
    expect(harmTexts(facts).join(' ')).not.toMatch(/viral infection/);
    expect(resultTexts(facts).join(' ')).not.toMatch(/viral infection/);
    expect(harmTexts(facts).join(' ')).toMatch(/serious infections at the implant site/);
  });

  it('keeps a harm whose cause is the drug, and data reviewed that showed a harm', () => {
    const facts = read(
      'Pill lowers cholesterol',
      'A pill called Lipra lowered cholesterol by 30% in a trial of 2,000 adults, researchers reported.',
      'Two participants in the Lipra group had liver damage caused by drug toxicity.',
      'Medical records were reviewed and showed that five participants had serious infections.',
    );
    expect(harmTexts(facts).join(' ')).toMatch(/liver damage caused by drug toxicity/);
    expect(harmTexts(facts).join(' ')).toMatch(/five participants had serious infections/);
  });

  it('leaves out a design that cannot show cause and effect, as harm and as finding', () => {
    const facts = read(
      'Gardening tied to longer life',
      'Older men who gardened at least an hour a day lived longer in a study of 4,000 men followed for eight years.',
      'The study could not show a cause-and-effect relationship between gardening and risk of death, only an association.',
    );
    expect(harmTexts(facts)).toEqual([]);
    expect(resultTexts(facts).join(' ')).not.toMatch(/cause-and-effect/);
  });

  it('leaves out the data a study reviewed, even when they list injuries', () => {
    const facts = read(
      'Nasal spray given more often in towns',
      'Paramedics in towns gave the nasal spray more often than paramedics in the countryside, a report found.',
      'Ambulance records for 2015 were reviewed to learn what goes with giving the spray, including the age of the patient and details of any injury or illness at the scene.',
    );
    expect(harmTexts(facts)).toEqual([]);
  });

  it('leaves out another study told as earlier news', () => {
    const facts = read(
      'Drops ease sore eyes in children',
      'Eye drops called Clearo eased sore eyes faster than a placebo in a trial of 300 children, researchers reported.',
      'Children taking the drops had more side effects, mostly stinging.',
      'Just three months ago, a new study confirmed guidelines which say children with a mild eye infection do not need antibiotics because the drugs barely help.',
    );
    expect(harmTexts(facts).join(' ')).not.toMatch(/three months ago/);
    expect(harmTexts(facts).join(' ')).toMatch(/more side effects/);
  });

  it('leaves out the harms another study found, set against this one', () => {
    const facts = read(
      'Low-dose hormone patch eases hot flashes',
      'Women using a low-dose hormone patch had fewer hot flashes than those on a placebo in a trial of 700 women, researchers reported.',
      'Two women in the patch group had serious side effects.',
      'Women should know the new trial is much smaller than the big national one that found more heart deaths among women on the older pills, said a researcher who worked on that study.',
    );
    expect(harmTexts(facts).join(' ')).not.toMatch(/national one/);
    expect(harmTexts(facts).join(' ')).toMatch(/serious side effects/);
  });

  it('does not take the disease studied for a harm of its treatment', () => {
    const facts = read(
      'Antibiotic speeds recovery from bladder infections in children, study shows',
      'Giving children an antibiotic called Curamox when doctors are certain they have bladder infections can speed up their recovery, a trial of 300 children found.',
      'Participants with bladder infections confirmed by a doctor were asked to take the drug twice a day.',
      'Two participants in the Curamox group had serious allergic reactions.',
    );
    expect(facts.condition?.value).toMatch(/bladder infection/);
    expect(harmTexts(facts).join(' ')).not.toMatch(/twice a day/);
    expect(harmTexts(facts).join(' ')).toMatch(/serious allergic reactions/);
  });

  it('reads "suicidal patients" as who is treated, and suicidal thoughts as a harm', () => {
    const facts = read(
      'Phone calls help after a crisis',
      'A plan made with a counsellor halved suicide attempts in a study of 1,000 patients, researchers said.',
      'The plan tested by the research group starts in the clinic, before the suicidal patient goes home.',
      'A few participants reported suicidal thoughts during the study.',
    );
    expect(harmTexts(facts).join(' ')).not.toMatch(/goes home/);
    expect(harmTexts(facts).join(' ')).toMatch(/suicidal thoughts/);
  });

  it('takes a salt level pushed out of range as a harm whatever its figures', () => {
    const facts = read(
      'New bone drug cuts fractures',
      'A daily injection called Ostavo cut spine fractures by 80% in a trial of 2,000 women, researchers reported.',
      'Hyperkalemia was less common with Ostavo (2.1 percent) than with the older drug (4.0 percent).',
    );
    expect(harmTexts(facts).join(' ')).toMatch(/Hyperkalemia was less common/);
    expect(resultTexts(facts).join(' ')).not.toMatch(/Hyperkalemia/);
  });
});

describe("a harm's text is the part that states it", () => {
  it('drops a denial joined to a harm by "and"', () => {
    const facts = read(
      'Child cancer drug shrinks tumours',
      'A pill called Tremacet shrank tumours in most of the children treated in an early trial, doctors said.',
      'Its narrow target means it does not cause the harsh side effects of chemotherapy, and none of the children had to stop the drug because of a side effect.',
    );
    expect(harmTexts(facts)).toContain('none of the children had to stop the drug because of a side effect.');
  });

  it('keeps a concession when the main clause reassures, and the whole sentence when it states a second harm', () => {
    const facts = read(
      'Cream thickens thinning hair',
      'A cream called Follix thickened thinning hair in a study of 80 adults, researchers said.',
      'Though some users of Follix have experienced skin darkening, the lead author said she had never seen it on the scalp.',
      'Although only minor side effects were reported, users tended to develop dry skin on their hands.',
    );
    expect(harmTexts(facts)).toContain('some users of Follix have experienced skin darkening');
    expect(harmTexts(facts).join(' ')).toMatch(/users tended to develop dry skin/);
  });

  it("drops another drug's benefit and the next sentence of a quotation", () => {
    const facts = read(
      'Two generic drugs could help after cancer surgery',
      'Women who took a hormone pill after surgery lived longer, an analysis of 30 trials found.',
      '"The main side effect of the hormone pill is bone thinning and fractures, while a bone drug slows bone thinning as well as improving survival," she said.',
      '"Using the old pills off label is more likely to cause health problems than to help. We are working hard on a safer pill for clinic use," he said.',
    );
    const harms = harmTexts(facts);
    expect(harms.join(' ')).toMatch(/main side effect of the hormone pill is bone thinning and fractures/);
    expect(harms.join(' ')).not.toMatch(/bone drug slows/);
    expect(harms.join(' ')).not.toMatch(/working hard/);
  });

  it('drops the closing mark and attribution of a quotation whose marks do not pair', () => {
    const facts = read(
      'Gene test picks who gains from bone drug',
      'A gene test picked out which women with breast cancer gained from a bone drug in a trial of 3,000 women, researchers said.',
      // Opened with a curly mark and closed with a straight one, as pasted text often is.
      '“The test could spare women who would not benefit or could be harmed by the drug," added Professor Jane Roe, a co-author of the study.',
    );
    expect(facts.harms.map((h) => h.text)).toContain('The test could spare women who would not benefit or could be harmed by the drug.');
  });

  it('keeps a list joined by "and" whole', () => {
    const facts = read(
      'Cold cap saves hair',
      'A cooling cap called Frosta helped women keep their hair during chemotherapy in a study of 100 women.',
      'The most common side effects of Frosta include headaches, neck pain, chills, and discomfort from wearing the cap for hours.',
    );
    expect(harmTexts(facts).join(' ')).toMatch(/discomfort from wearing the cap for hours/);
  });
});

describe("a label's imperative and a repeated safety section (holdout h017)", () => {
  it('files "Don\'t take X if you have …" as a warning, not a result, and a repeated harm once', () => {
    const safety = 'Some side effects of Slimora include dry mouth, trouble sleeping and a fast heartbeat.';
    const facts = read(
      'FDA approves Slimora tablets for weight loss',
      'The U.S. Food and Drug Administration has approved Slimora tablets for weight loss in adults with obesity, the company announced.',
      safety,
      "Don't take Slimora if you have a history of heart disease, such as heart failure or increased blood pressure.",
      'Important safety information',
      safety,
    );
    expect(resultTexts(facts).join(' ')).not.toMatch(/Don't take Slimora/);
    expect(harmTexts(facts).join(' ')).toMatch(/Don't take Slimora/);
    expect(harmTexts(facts).filter((text) => text === safety)).toHaveLength(1);
  });
});
