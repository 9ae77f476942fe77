// The derive stage on stories written for the test: each judgement with its basis and the
// lines it rests on, abstaining when the text is silent, and editors' overrides in front
// matter, validated with a message that names the file, line and field.
import { describe, expect, it } from 'vitest';
import { expansion } from '../../src/article/derive/acronyms.js';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('derive: study type', () => {
  it('a randomized trial, with the sentence that says so', () => {
    const facts = story(
      'Nasal spray eases cluster headaches',
      'A nasal spray cut cluster headache attacks, researchers reported in JAMA Neurology.',
      'The trial randomly assigned 480 adults to the spray or a placebo spray for 12 weeks.',
      'People who used the spray had 3.1 fewer attacks a week, compared with 1.2 fewer in the placebo group.',
    );
    const type = facts.derived.studyType!;
    expect(type.value).toBe('randomized trial');
    expect(type.origin).toBe('derived');
    expect(type.basis).toMatch(/randomly assigned/);
    expect(type.sources.map((s) => s.line)).toContain(5);
    expect(facts.derived.randomised?.value).toBe('randomised');
  });

  it('a mouse study is lab or animal, and its stage is laboratory', () => {
    const facts = story(
      'Old drug restores memory in mice',
      'A common drug restored memory in old mice, scientists reported.',
      'The mice treated with the drug learned a maze as fast as young mice.',
    );
    expect(facts.derived.studyType?.value).toBe('lab or animal');
    expect(facts.derived.stage?.value).toBe('laboratory');
  });

  it('a meta-analysis is a review, though it speaks of trials', () => {
    const facts = story(
      'Exercise and depression',
      'A meta-analysis of 33 randomized trials found that exercise eased symptoms of depression.',
      'The review pooled data from 1,877 people.',
    );
    expect(facts.derived.studyType?.value).toBe('review or meta-analysis');
  });

  it('an evidence review that "examined 11 randomized controlled trials" is a review, not a randomized trial (h024)', () => {
    const facts = story(
      'Talk therapy as good as pills for depression',
      'A recent evidence review found that talk therapy can work as well as an antidepressant as a first treatment.',
      'The researchers examined 11 randomized controlled trials with 1,511 patients that compared the two.',
    );
    expect(facts.derived.studyType?.value).toBe('review or meta-analysis');
  });

  it('"the Food and Drug Administration (FDA) has approved X" and "announces FDA-Approval of X" are approvals (h017 was a "randomized trial")', () => {
    const facts = story(
      'Drugmaker Announces FDA-Approval of Slimora Tablets for Weight Reduction',
      'The company announced today that the U.S. Food and Drug Administration (FDA) has approved Slimora tablets for weight reduction in adults.',
      'In short clinical trials, adults treated with such drugs lost more weight than those treated with placebo and diet.',
    );
    expect(facts.derived.studyType?.value).toBe('regulatory approval');
  });

  it('an approval announced in the headline is a regulatory approval, approved, with a benefit', () => {
    const facts = story(
      'FDA approves first pill for nighttime urination',
      'The U.S. Food and Drug Administration today approved Noctiva for adults who wake at least twice a night to urinate.',
      'In two 12-week trials, patients on Noctiva woke fewer times than those on placebo.',
    );
    expect(facts.derived.studyType?.value).toBe('regulatory approval');
    expect(facts.derived.verdict?.value).toBe('benefit');
    expect(facts.derived.stage?.value).toBe('approved');
  });

  it('a test measured once, with people followed for years to see who falls ill, is observational', () => {
    const facts = story(
      'Eye scan can spot stroke risk years ahead',
      'A quick eye scan could predict who will have a stroke, researchers said.',
      'The scan measures the width of small vessels at the back of the eye.',
      'About 4,100 adults had the scan in 2005 and were followed for up to 12 years.',
      'Those with the narrowest vessels were twice as likely to have a stroke.',
    );
    expect(facts.derived.studyType?.value).toBe('observational');
    expect(facts.derived.studyType?.basis).toMatch(/followed for up to 12 years/);
  });

  it('a test tried within a randomised trial is a randomized trial', () => {
    const facts = story(
      'Gene test picks out who gains from bone drug',
      'A genetic test can tell which breast cancer patients benefit from a bone drug.',
      'The new test looks for extra copies of one gene in the tumour.',
      'The test was used on tumour samples from a randomised trial of 2,000 women.',
      'Women whose tumours lacked the gene lived longer on the drug, and the test could soon be offered.',
    );
    expect(facts.derived.studyType?.value).toBe('randomized trial');
  });

  it('a trial that compared one treatment with another is a controlled, so randomized, trial', () => {
    const facts = story(
      'New flu vaccine protects more',
      'A large clinical trial compared the new vaccine with the current vaccine in 9,000 adults.',
      'The new vaccine prevented 90 percent of infections.',
    );
    expect(facts.derived.studyType?.value).toBe('randomized trial');
  });

  it('"studies" whose patients were given one treatment or another are randomized trials', () => {
    const facts = story(
      'Yoga eases neck pain',
      'Yoga classes eased neck pain, a new study found.',
      'Neck pain is one of the commonest reasons people see a doctor.',
      'Many turn to painkillers, which help for a while.',
      'The study involved 300 patients who were given yoga classes, massage, or usual care.',
      'Pain fell by half with yoga, and by a tenth with massage.',
    );
    expect(facts.derived.studyType?.value).toBe('randomized trial');
  });

  it('a product said to be in clinical trials is not a trial being reported: a feature is "other"', () => {
    const facts = story(
      'A gentler way to take asthma medicine',
      'Two new inhalers that are easier to use are in the late stages of clinical trials.',
      'Many children find their inhalers hard to use.',
    );
    expect(facts.derived.studyType?.value).toBe('other');
  });

  it('a new imaging technique that improves cancer detection is a diagnostic-accuracy study', () => {
    const facts = story(
      'New imaging technique improves liver cancer detection',
      'Doctors described a new imaging method for finding liver tumours.',
      'It could help surgeons plan operations, they said.',
    );
    expect(facts.derived.studyType?.value).toBe('diagnostic accuracy');
  });

  it('a comparison of sites that already used an intervention with sites that did not is a non-randomized trial', () => {
    const facts = story(
      'Phone calls after discharge cut readmissions',
      'A simple program of follow-up phone calls kept heart patients out of hospital, a study found.',
      'The program was developed by nurses in Ohio.',
      'It takes ten minutes a call.',
      'The researchers compared six hospitals in the state that used the program with five that did not.',
      'Patients who received the calls were readmitted half as often as those in the control group.',
    );
    expect(facts.derived.studyType?.value).toBe('non-randomized trial');
  });

  it('a product story whose only design words are background, with no journal or participants, is "other"', () => {
    const facts = story(
      'New nasal gel blocks pollen',
      'A nasal gel that stops pollen reaching the lining of the nose has been developed by a German company.',
      'The gel forms a thin film inside the nose.',
      'One squirt lasts about four hours.',
      'It is sold as a medical device, so large clinical trials are not needed before it goes on sale.',
      'Hay fever is linked to poor sleep and lost work days.',
    );
    expect(facts.derived.studyType).toMatchObject({ value: 'other', sources: [] });
    expect(facts.derived.studyType?.basis).toMatch(/no journal/);
  });

  it('thin design words in a story that names its journal still abstain', () => {
    const facts = story(
      'New nasal gel blocks pollen',
      'A nasal gel that stops pollen reaching the lining of the nose was described in the journal Allergy.',
      'The gel forms a thin film inside the nose.',
      'One squirt lasts about four hours.',
      'It is sold as a medical device, so large clinical trials are not needed before it goes on sale.',
    );
    expect(facts.journal?.value).toBe('Allergy');
    expect(facts.derived.studyType).toBeNull();
  });

  it('an earlier study dated by its year, and what "it found", are not the story’s design', () => {
    const facts = story(
      'A party drug wins over some psychiatrists',
      'Some psychiatrists now give the anesthetic to patients with severe depression, outside any study.',
      'A large study published in 2008 seemed to confirm their doubts about older drugs. It found that the older drugs were hardly better than a placebo.',
      'One patient says the drug gave him his life back.',
    );
    expect(facts.derived.studyType?.value).toBe('other');
  });

  it('a trial that assigned half to one target and half to another compared groups (holdout: "everyone got the treatment")', () => {
    const facts = story(
      'Lower salt target helps older adults',
      'The Harbour Salt Trial enrolled 900 adults aged 70 and older, assigning half to a low-salt diet and half to their usual diet.',
      'Those on the low-salt diet had 20 percent fewer strokes, the researchers reported in the journal Heart Health.',
    );
    expect(facts.derived.studyType?.value).toBe('randomized trial');
    expect(facts.derived.studyType?.basis).not.toMatch(/no comparison group/);
  });

  it('a paper in a journal with no word of its design is a study of a kind not said, not "no study" (holdout: a journal paper read as no study)', () => {
    const facts = story(
      'Seaweed extract eases dry mouth',
      'In a new paper published in the journal Oral Biology Reports, two dentists looked at whether a seaweed extract could ease dry mouth in older people.',
      '"Our research shows that the extract changes the proteins in saliva," said one of them.',
    );
    expect(facts.journal?.value).toBe('Oral Biology Reports');
    expect(facts.derived.studyType).toBeNull();
  });

  it('a company that is not seeking approval is not under review (holdout: "Waiting for approval")', () => {
    const said = (sentence: string) =>
      story('Pill eases low mood after birth', 'In a trial of 21 women, 7 of the 10 on the pill were in remission.', sentence).derived
        .stage;
    expect(said('The company has not submitted its data to regulators and isn’t at this point seeking approval of the pill.')).toBeNull();
    expect(said('The company has submitted an application for approval to the FDA.')?.value).toBe('regulatory review');
  });

  it('an approval said of other drugs of a kind is not the treatment’s (holdout: "Approved for use")', () => {
    const facts = story(
      'New shot may prevent migraine',
      'In a trial of 400 adults, a monthly shot cut migraine days by two a month.',
      'Many of those drugs, including propranolol and topiramate, have been tested and approved for migraine.',
    );
    expect(facts.derived.availability).toBeNull();
    expect(facts.derived.stage?.value).not.toBe('approved');
  });

  it('a story with no study design at all is "other"', () => {
    const facts = story('A new way to wear insulin', 'The company says its patch is easier to wear.');
    expect(facts.derived.studyType).toMatchObject({ value: 'other', basis: 'the text names no study design', sources: [] });
  });
});

describe('derive: verdict', () => {
  it('no benefit when every result says so, with the statement first', () => {
    const facts = story(
      'Drug fails to slow memory loss',
      'The randomized trial enrolled 1,000 people with mild Alzheimer disease.',
      'After 18 months, scores had worsened by the same amount in both groups, a difference that was not statistically significant.',
    );
    const verdict = facts.derived.verdict!;
    expect(verdict.value).toBe('no benefit');
    expect(verdict.sources[0]?.text).toMatch(/not statistically significant/);
  });

  it('benefit when a result states a gain', () => {
    const facts = story(
      'Nasal spray and headaches',
      'The trial randomly assigned 480 adults to the spray or a placebo spray.',
      'The spray reduced attacks by half compared with placebo.',
    );
    expect(facts.derived.verdict?.value).toBe('benefit');
  });

  it('no benefit when the text says the treatment did no better than its control, wherever that sentence stands', () => {
    const facts = story(
      'Surprising results in first test of a knee injection',
      'Researchers gave 30 patients an injection of cells in one knee and a saline injection in the other.',
      'Both knees hurt less after six months, a dramatic improvement.',
      'The treated knee was no better than the saline-treated knee, the researchers said.',
    );
    const verdict = facts.derived.verdict!;
    expect(verdict.value).toBe('no benefit');
    // Read from the results (the sentence is one) or from the body: either no-benefit rule.
    expect(verdict.rule).toMatch(/^verdict-none-(?:control|not-significant)$/);
  });

  it('abstains when the headline claims a gain the text says the treatment did not beat its placebo on', () => {
    const facts = story(
      'Knee injection eases arthritis pain',
      'Researchers gave 30 patients an injection of cells or a placebo injection.',
      'Pain fell by half in the patients given the cells.',
      'Over the whole year, the cell injection was no better than the placebo injection.',
    );
    expect(facts.derived.verdict).toBeNull();
  });

  it('harm, not mixed, when a headline says a scan spots a disease and the results link a marker to higher risk', () => {
    const facts = story(
      'Quick neck scan can spot memory decline early',
      'Researchers followed 3,000 adults for ten years after a neck scan.',
      'People with the strongest pulses were more likely to develop memory problems over the decade.',
    );
    expect(facts.derived.verdict?.value).toBe('harm');
  });

  it('benefit, not mixed, when a test’s headline says it spots a risk and one result links the marker to a higher risk', () => {
    const facts = story(
      'Blood test may identify kidney disease risk early',
      'The researchers compared test results from 100 adults who later developed kidney disease with 200 who did not.',
      'Those who developed kidney disease had higher levels of the marker at the start.',
      'Each small rise in the marker was associated with a 20 percent higher risk for kidney disease.',
      'The test correctly identified 8 out of 10 adults who went on to develop kidney disease.',
    );
    expect(facts.derived.verdict?.value).toBe('benefit');
  });

  it('no benefit when a result says the trial missed its primary endpoint, though a secondary one improved', () => {
    const facts = story(
      'Heart drug trial results announced',
      'The randomized trial enrolled 3,000 adults with heart failure.',
      'The drug did not meet its primary endpoint of fewer hospital stays, a difference that was not statistically significant.',
      'Patients on the drug reported improved quality of life.',
    );
    expect(facts.derived.verdict).toMatchObject({ value: 'no benefit', basis: expect.stringMatching(/main outcome/) });
  });

  it('harm when the headline says an exposure boosts the risk of a disease', () => {
    const facts = story(
      'Night shifts boost the risk of diabetes',
      'Researchers followed 20,000 nurses for ten years.',
      'Nurses who worked night shifts for more than five years developed diabetes more often.',
    );
    expect(facts.derived.verdict?.value).toBe('harm');
  });

  it('abstains when a study of records only supposes a gain ("could reduce")', () => {
    const facts = story(
      'Wider use of rescue inhalers could reduce asthma deaths',
      'Letting more school staff give rescue inhalers could reduce asthma deaths, according to a survey of 2,000 schools.',
      'Urban schools were more likely than rural schools to keep an inhaler on site, the survey found.',
    );
    expect(facts.derived.verdict).toBeNull();
  });

  it('an aim ("to test the benefit of") is not a gain, and an organisation’s name is not a verb', () => {
    const facts = story(
      'New handheld scanner for skin cancer',
      'Engineers at a university built a handheld scanner to test the benefit of radio waves for finding skin cancer.',
      'The device was described at a meeting of the Society for Health and Disease Prevention.',
    );
    expect(facts.derived.verdict?.value).not.toBe('benefit');
  });
});

describe('derive: availability and acronyms', () => {
  it('reads short forms spelled out after them, and names those it only uses by the word after them', () => {
    const facts = story(
      'Cannabis compound helps old mice remember',
      'Researchers examined THC (tetrahydrocannabinol) in old mice.',
      'In the MEM-OLD trial, mice with TRK fusions and mice from the USA did best.',
      'The HCT (the transplant) group was small.',
    );
    const { value, named } = facts.derived.acronyms;
    expect(value.map((a) => [a.short, a.long])).toEqual([['THC', 'tetrahydrocannabinol']]);
    expect(named.map((form) => [form.short, form.names, form.rule])).toEqual([
      ['MEM-OLD', 'a study', 'short-form-names-study'],
      ['TRK', 'a gene or protein in the body', 'short-form-names-gene'],
    ]);
    expect(named[0]!.source.line).toBe(5);
  });

  it('reads the availability sentence: not yet, with the rule that said so', () => {
    const facts = story(
      'Spray for headaches',
      'The randomized trial enrolled 480 adults.',
      'The spray is not yet approved by the FDA and remains experimental.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'not available', rule: 'availability-not-yet', agency: null });
  });

  it('an approval of another product, decades ago, with the new one "on the horizon" is not available', () => {
    const facts = story(
      'Weekly pill for migraine passes early test',
      'The randomized trial enrolled 100 adults with migraine.',
      'Forty years since the FDA approved the first migraine pill, a weekly version may finally be on the horizon.',
    );
    expect(facts.derived.availability?.value).toBe('not available');
  });

  it('a drug approved only for other uses, or tried in mice, is not available for the use studied', () => {
    const other = story(
      'Old drugs repair nerve coating in mice',
      'The scientists tested drugs already approved for other uses on mice with nerve damage.',
      'Two of the drugs restored the nerve coating in the mice.',
    );
    expect(other.derived.availability?.value).toBe('not available');
    const mice = story(
      'Cannabis compound restores memory in old mice',
      'Low doses of the compound restored memory in old mice, scientists reported.',
      'The FDA has approved several medicines derived from the compound.',
    );
    expect(mice.derived.availability).toMatchObject({ value: 'not available', rule: 'availability-other-uses' });
  });

  it('says nothing when what is "not yet available" is data, not the product', () => {
    const facts = story(
      'Drug combination slows lung cancer',
      'The randomized trial enrolled 600 adults.',
      'Survival data were not yet available.',
    );
    expect(facts.derived.availability).toBeNull();
  });

  it('finds short forms whose capitals spell the words before them', () => {
    expect(expansion('patients given transcranial direct current stimulation', 'tDCS')).toBe('transcranial direct current stimulation');
    expect(expansion('approved by the Food and Drug Administration', 'FDA')).toBe('Food and Drug Administration');
    expect(expansion('results in 2017', 'AB')).toBeNull();
    const facts = story(
      'Brain stimulation and eating',
      'Transcranial direct current stimulation (tDCS) was tested in 38 adults with obesity by the National Institutes of Health (NIH).',
    );
    expect(facts.derived.acronyms.value.map((a) => [a.short, a.long])).toEqual([
      ['tDCS', 'Transcranial direct current stimulation'],
      ['NIH', 'National Institutes of Health'],
    ]);
  });

  // Review 12 (h053): "The DASH (Dietary Approaches to Stop Hypertension) diet" was no
  // definition, so the story's main result could not be printed for the patient.
  it('finds a short form with its capitalised long name after it in brackets', () => {
    const facts = story(
      'Diets ranked',
      'The MIND (Mediterranean Intervention for Neurodegenerative Delay) diet was ranked second. The CARE (Heart Diet Study) plan was not.',
    );
    expect(facts.derived.acronyms.value.map((a) => [a.short, a.long])).toEqual([
      ['MIND', 'Mediterranean Intervention for Neurodegenerative Delay'],
    ]);
  });
});

describe('derive: editors override in front matter', () => {
  const md = (facts: string) =>
    `---\ntitle: Spray for headaches\nfacts:\n${facts}\n---\n\nThe trial randomly assigned 480 adults to the spray or a placebo spray.\n`;

  it('an editor’s judgement wins and says so, pointing at its front-matter line', () => {
    const { facts } = factsFrom(md('  study_type: observational\n  verdict: unclear\n  acronyms:\n    NS: nasal spray'));
    expect(facts.derived.studyType).toMatchObject({ value: 'observational', origin: 'editor' });
    expect(facts.derived.studyType?.sources[0]).toMatchObject({ line: 4, text: 'facts.study_type: observational' });
    expect(facts.derived.verdict?.value).toBe('unclear');
    expect(facts.derived.acronyms.value).toEqual([expect.objectContaining({ short: 'NS', long: 'nasal spray' })]);
    // Judgements the editor left alone stay derived.
    expect(facts.derived.randomised?.origin).toBe('derived');
  });

  it('a value outside the list is refused with the file, line and field', () => {
    expect(() => factsFrom(md('  participants: 480\n  study_type: cohort study'), 'spray.md')).toThrow(
      /Front-matter field `facts\.study_type`.*(?:randomized trial|expected one of)/,
    );
    try {
      factsFrom(md('  participants: 480\n  study_type: cohort study'), 'spray.md');
    } catch (error) {
      expect(error).toMatchObject({ line: 5, file: 'spray.md' });
    }
  });
});

describe('study details: follow-up, funding and independent experts', () => {
  const facts = story(
    'Neck pulse and memory',
    'A group of almost 3,200 adults had neck scans before having their memory monitored for up to 14 years.',
    'People with the strongest pulses were up to 50% more likely to have memory decline. Federal grants helped pay for the work.',
    '“Blood supply to the brain matters,” said Carol Routledge, director of research at a charity, who was not involved in the research.',
    'Kellum had no role in the study. Dr. Nelson, who was not involved in the study, said it needs replication.',
  );

  it('reads follow-up and funding as news writes them', () => {
    expect(facts.followUp?.value).toBe('monitored for up to 14 years');
    expect(facts.funding?.value).toBe('Federal grants helped pay for the work');
  });

  it('lists the speakers marked as outside the study, with their sentences', () => {
    expect(facts.independentExperts.map((e) => [e.speaker, e.source.line])).toEqual([
      ['Carol Routledge', 7],
      ['Kellum', 9],
      ['Dr. Nelson', 9],
    ]);
  });
});
