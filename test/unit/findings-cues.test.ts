// Results, harms, next steps, caveats and quote speakers on short invented articles: each
// test is one regularity of news writing, and the cue rule that filed a sentence travels
// with it (the `rule` field in facts.json).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

/** An article of a headline and paragraphs, read as pasted plain text. */
const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const texts = (items: { text: string }[]) => items.map((i) => i.text);

describe('rule ids travel with the finding', () => {
  const facts = read(
    'New pill lowers blood pressure',
    'A new pill called Presslo lowered blood pressure in a trial of 300 adults, researchers reported on Monday.',
    'After 12 weeks, blood pressure fell by 12 points in the Presslo group, compared with 3 points in the placebo group.',
    'Two participants in the Presslo group had serious adverse events.',
    'The researchers plan to test the pill in a larger trial next year.',
    'The study was small and lasted only 12 weeks, so its long-term effects remain unknown.',
  );

  it('names the outcome rule of a result', () => {
    const result = facts.results.find((r) => r.text.includes('fell by 12 points'));
    expect(result?.rule).toBe('result-change');
  });

  it('names the harm rule of a harm', () => {
    expect(facts.harms.map((h) => h.rule)).toContain('harm-serious');
  });

  it('names the rule of a next step and a caveat', () => {
    expect(facts.nextSteps[0]?.rule).toBe('next-will-act');
    expect(facts.caveats.map((c) => c.rule)).toContain('caveat-unknown');
    expect(texts(facts.caveats).join(' ')).toMatch(/long-term effects remain unknown/);
  });
});

describe('quote speakers, the way news attributes quotes', () => {
  const speakerOf = (facts: ReturnType<typeof read>, words: string) => facts.quotes.find((q) => q.text.includes(words))?.speaker ?? null;

  it('resolves "she says" to the person the story named last as a subject, not the last one quoted', () => {
    const facts = read(
      'Swimmer back in the pool',
      '“Not everyone is a candidate for this surgery,” says Riley Williams, a surgeon in New York.',
      'Dara Torres, 41, a swimmer, could not climb stairs a year ago. Now Torres is training again.',
      '“When you train like this at my age, it takes its toll on your body,” she says.',
    );
    expect(speakerOf(facts, 'takes its toll')).toBe('Dara Torres');
  });

  it('gives a quote paragraph to the person announced with a colon or reported speech just before it', () => {
    const facts = read(
      'New compound attacks cancer cells',
      'Lead researcher Professor Peter Sadler, of the University of Warwick, explains:',
      '“Healthy cells generate their energy in organelles called mitochondria, but cancer cells do not.”',
    );
    expect(speakerOf(facts, 'Healthy cells')).toBe('Peter Sadler');
  });

  it('takes the name right before the speech verb, and a pronoun there refers back', () => {
    const facts = read(
      'Inhaler protects lungs',
      'When inhaled, the spray helps prevent damage caused by pollution, Bilstein said: “Damage cannot occur as strongly and there is less inflammation.”',
      '“The point is established beyond any doubt now,” Krutmann said. Supplements help less, he said: “Personally, I think it is much better to eat lots of vegetables.”',
    );
    expect(speakerOf(facts, 'Damage cannot occur')).toBe('Bilstein');
    expect(speakerOf(facts, 'eat lots of vegetables')).toBe('Krutmann');
  });

  it('reads quotes that close with the other kind of mark, or run on to the end of the paragraph', () => {
    const facts = read(
      'Gene test for breast cancer',
      '“The discovery could be of great use to clinicians and would avoid unnecessary treatment," added Professor Roger Gomis, a co-author of the study.',
      'Professor Jack Cuzick of Queen Mary University comments: "This is a significant achievement. The new vaccine is not only safe but will offer better protection.',
    );
    expect(speakerOf(facts, 'great use to clinicians')).toBe('Professor Roger Gomis');
    const cuzick = facts.quotes.find((q) => q.text.startsWith('This is a significant achievement'));
    expect(cuzick?.speaker).toBe('Professor Jack Cuzick');
    expect(cuzick?.text).toMatch(/better protection\.$/);
  });

  it('names a group that speaks as one, and people named with an honorific or an age', () => {
    const facts = read(
      'Vitamins in pregnancy',
      '“Together, the three analyses point toward a potential association with autism,” say the authors.',
      'Mr. Paduda, who used the drug daily, is a happy customer. “I even busted out the old before and after pictures,” he said.',
      'Dianne Fraser, 56, an accountant from Boston, said the patch stopped the sweats.',
      '"It was enough to get me through that crazy period" right after menopause began, she said.',
    );
    expect(speakerOf(facts, 'three analyses')).toBe('the authors');
    expect(speakerOf(facts, 'busted out')).toBe('Mr. Paduda');
    expect(speakerOf(facts, 'crazy period')).toBe('Dianne Fraser');
  });
});

describe('a harm the treatment made rarer is its benefit', () => {
  it('files "one fewer death than" and "halved the risk of suicide" as results; a safety plan (a noun) is not the future', () => {
    const facts = read(
      'Safety plan in the emergency room',
      'In the trial, a safety plan made in the emergency room nearly halved the risk of suicide in the six months after discharge.',
      'For every 100 patients given the balanced fluid, there was one fewer death than in the saline group.',
    );
    expect(texts(facts.results).join(' ')).toMatch(/nearly halved the risk of suicide/);
    expect(texts(facts.results).join(' ')).toMatch(/one fewer death/);
    expect(texts(facts.harms).join(' ')).not.toMatch(/halved|fewer death/);
  });
});

describe('what comes next, the ways news tells it', () => {
  const facts = read(
    'Nasal spray eases migraine',
    'A nasal spray called Migrex eased migraine pain in 200 adults, researchers reported.',
    'More research is needed to determine whether the spray works in children.',
    'The team is now conducting a larger trial with 800 patients.',
    'The researchers will discuss the results Friday at a meeting of the headache society.',
    'The spray is expected to be available in pharmacies next spring.',
    'Longer studies are the next step toward approval.',
  );
  const rules = facts.nextSteps.map((n) => n.rule);

  it('files a need for research with a question to answer, work under way, a meeting, availability and a named next step', () => {
    expect(rules).toEqual(['next-research-needed', 'next-under-way', 'next-will-act', 'next-availability', 'next-step-of-research']);
  });

  it('leaves an ordinary "will" about a person or a disease alone', () => {
    const other = read(
      'Nasal spray eases migraine',
      'A nasal spray called Migrex eased migraine pain in 200 adults, researchers reported.',
      'One in five people will develop migraine in their lifetime.',
      '"I would always make plans around my headaches," said one participant.',
    );
    expect(other.nextSteps).toEqual([]);
  });
});

describe('caveats, the ways news tells them', () => {
  const caveatRule = (sentence: string) =>
    read('Nasal spray eases migraine', 'A nasal spray called Migrex eased migraine pain in 200 adults, researchers reported.', sentence)
      .caveats[0]?.rule ?? null;

  it('files what the treatment is not yet, and what the evidence does not cover', () => {
    expect(caveatRule('The spray is not ready for routine use and lacks approval for children.')).toBe('caveat-not-ready');
    expect(caveatRule('The study did not look at the risks of daily use.')).toBe('caveat-evidence-limited');
    expect(caveatRule('The findings cannot establish cause and effect.')).toBe('caveat-not-cause');
    expect(caveatRule('It was a preliminary study.')).toBe('caveat-small-study');
    expect(caveatRule('The work was carried out on mouse models.')).toBe('caveat-animal-or-lab');
    expect(caveatRule('But we don’t know all the answers yet.')).toBe('caveat-unknown');
  });

  it('files the authors’ and the funder’s ties to a company', () => {
    expect(caveatRule('Dr. Lee is a paid consultant for Acme Pharma.')).toBe('industry-author-ties');
    expect(caveatRule('The research was supported by Acme Pharmaceuticals Inc.')).toBe('industry-provided-by');
    expect(caveatRule('Acme funded a series of studies of the spray.')).toBe('industry-company-funded');
  });

  it('does not file a cost saved or what a disease costs a country', () => {
    expect(caveatRule('Costs are reduced because the spray needs no clinic visit.')).toBeNull();
    expect(caveatRule('The cost of the disease is about $40 billion a year.')).toBeNull();
    expect(caveatRule('A month of the spray costs about $300.')).toBe('caveat-cost');
  });
});

describe('harms told as events in the treatment group, and harms made rarer', () => {
  const lede = 'A pill called Cardix lowered blood pressure in a trial of 400 adults, researchers reported.';
  const filed = (sentence: string) => {
    const facts = read('Pill lowers blood pressure', lede, sentence);
    return { harm: facts.harms[0]?.rule ?? null, result: facts.results.find((r) => r.text === sentence)?.rule ?? null };
  };

  it('files side effects the people treated went through as harms, not results', () => {
    expect(filed('A minority of participants did experience decreased libido during the study.').harm).toBe('serious-people-experienced');
    expect(filed('Patients taking Cardix were also more likely to stop taking the drug.').harm).toBe('serious-stopped-treatment');
    // "complications" is a weak harm word beside figures; "device-related complications" is not.
    expect(
      filed('There were 118 device-related complications among 888 patients, compared with 61 among 898 in the control group.'),
    ).toEqual({
      harm: 'harm-risk',
      result: null,
    });
  });

  it('keeps a benefit the people went through a result', () => {
    expect(filed('Participants in the Cardix group experienced fewer headaches than those on placebo.')).toEqual({
      harm: null,
      result: 'result-change',
    });
  });

  it('files deaths the treatment made rarer, and people at risk, as no harm', () => {
    expect(filed('Cardix lowered the death rate by 29% over 40 months, compared with placebo.').harm).toBeNull();
    expect(filed('The trial enrolled 400 adults at high risk of stroke.').harm).toBeNull();
  });
});

describe('results told as null findings, as counts of events, or of "those who" got the treatment', () => {
  const resultRule = (sentence: string) =>
    read('Massage for back pain', 'Massage eased back pain in a trial of 300 adults, researchers reported.', sentence).results.find(
      (r) => r.text === sentence,
    )?.rule ?? null;

  it('files "no better off", "didn’t do any better" and "half as many … as" as results', () => {
    expect(resultRule('After a year, those who had massage were no better off.')).toBe('result-change');
    expect(resultRule('Those getting massage every two weeks didn’t do any better.')).toBe('result-change');
    expect(resultRule('Among those who had massage, half as many people took sick days as those in the control group.')).toBe(
      'result-comparison',
    );
  });

  it('reads "the United States study" as the study, not a background statistic', () => {
    expect(resultRule('In the United States study, 80% of the adults given massage felt better after a week.')).not.toBeNull();
  });
});

describe('hopes and approvals still to come are next steps', () => {
  const nextRule = (sentence: string) =>
    read('Nasal spray eases migraine', 'A nasal spray called Migrex eased migraine pain in 200 adults, researchers reported.', sentence)
      .nextSteps[0]?.rule ?? null;

  it('files "hope to determine", an approval hoped for, and a trial currently under way', () => {
    expect(nextRule('Researchers also hope to determine which patients would benefit most.')).toBe('next-will-act');
    expect(nextRule('The makers are hoping for Food and Drug Administration approval next year.')).toBe('next-approval-ahead');
    expect(nextRule('The results need support from a second trial, currently underway in Canada.')).toBe('next-larger-trial');
  });
});

describe('caveats: a named company as the funder, an effect that fades, a fee', () => {
  const caveatRule = (sentence: string) =>
    read('Nasal spray eases migraine', 'A nasal spray called Migrex eased migraine pain in 200 adults, researchers reported.', sentence)
      .caveats[0]?.rule ?? null;

  it('files a study funded by a named company, but not by a public agency, university or charity', () => {
    expect(caveatRule('This clinical trial was funded by Acme.')).toBe('industry-funded-by-name');
    expect(caveatRule('Both were supported by Acme Health.')).toBe('industry-funded-by-name');
    expect(caveatRule('The study was funded by the National Institutes of Health.')).toBeNull();
    expect(caveatRule('This work was sponsored by NIAID.')).toBeNull();
    expect(caveatRule('The trial was funded by Migraine Research Foundation.')).toBeNull();
  });

  it('files an effect that does not always work or fades, and a fee', () => {
    expect(caveatRule('The spray doesn’t always work that well.')).toBe('caveat-may-not-work');
    expect(caveatRule('Its ability to stop an attack can fade pretty quickly.')).toBe('caveat-may-not-work');
    expect(caveatRule('One clinic charges about $500 for each dose.')).toBe('caveat-cost');
  });
});

describe('a finding the researchers tell in a quote', () => {
  it('files "we found …" with an outcome word as a result, and leaves quoted opinion alone', () => {
    const facts = read(
      'Device helps failing hearts',
      'A heart device called Pacex cut heart failure events in a trial of 1,800 patients, researchers reported.',
      '“We found there was a dramatic reduction in heart failure events,” said Dr. Ann Moss, who led the study.',
      '“I think this will be a better option for many patients,” said Dr. Lee Park, who was not involved.',
    );
    const quoted = facts.results.filter((r) => r.source.line > 3);
    expect(quoted.map((r) => [r.rule, r.text])).toEqual([
      ['result-change', 'We found there was a dramatic reduction in heart failure events.'],
    ]);
  });
});

describe('harms the way news tells them', () => {
  it('keeps a sentence that goes on about the harm before it, a speaker’s harm and an unknown safety', () => {
    const facts = read(
      'Sleep spray approved',
      'Regulators approved Dormex, a nasal spray for insomnia, after two trials in 900 adults.',
      'Dormex carries a boxed warning because it can lower blood sodium. Very low sodium can be life-threatening.',
      '“The main side effect of Dormex is a dry nose,” said Dr. Ann Lee, who led the trials.',
      'Its safety in children is unknown.',
      'Skin checks in the volunteers showed no signs of irritation.',
    );
    const harms = texts(facts.harms).join(' | ');
    expect(harms).toMatch(/Very low sodium can be life-threatening/);
    expect(harms).toMatch(/main side effect of Dormex is a dry nose/);
    expect(harms).toMatch(/Its safety in children is unknown/);
    expect(harms).toMatch(/showed no signs of irritation/);
  });

  it('leaves out benefits and risks to weigh, a risk a test predicts, and fewer side effects than another drug', () => {
    const facts = read(
      'Scan predicts stroke',
      'A quick scan could predict a person’s risk of stroke years ahead, researchers said.',
      'Patients should discuss the benefits and risks of the scan with their doctor.',
      'The new pill is associated with fewer side effects than older drugs.',
    );
    expect(facts.harms).toEqual([]);
  });
});

describe('more ways news tells what comes next', () => {
  it('files a grant to begin, a study begun to find out, a hoped-for trial result and a use to come', () => {
    const facts = read(
      'Compound slows lung tumours in mice',
      'A compound called Tumex slowed lung tumours in mice, researchers reported.',
      'The team has been awarded a grant to begin preclinical development of the compound.',
      'The company started a small study in May to determine whether Tumex is safe in people.',
      'The researchers hope it proves effective in clinical trials.',
      'Similar compounds are in earlier phases of development.',
      'The new unit will be used to treat cancers of the pelvis.',
    );
    expect(facts.nextSteps.map((n) => n.rule)).toEqual([
      'next-under-way',
      'next-under-way',
      'next-hope-trials',
      'next-in-development',
      'next-future-use',
    ]);
  });
});

describe('caveats: a small effect, no cure-all, a hard road, and what is not one', () => {
  it('files a small difference, a silver bullet denied and years to wait; not a label warning or a cost saved', () => {
    const facts = read(
      'Cream eases rash',
      'A cream called Dermo eased rashes in a trial of 200 children, researchers reported.',
      'However the differences were not huge.',
      'Dermo does not appear to be a silver bullet for eczema.',
      'In adults it could be years before an effect is seen.',
      'Dermo is not recommended for use in pregnant women.',
      '“Fewer visits may present a net reduction in costs,” said Dr. Ann Lee.',
    );
    expect(facts.caveats.map((c) => c.rule)).toEqual(['caveat-modest-effect', 'caveat-no-cure-all', 'caveat-hard-road']);
  });
});

describe('results beyond figures: lab and test studies, lists, findings told beside harms or in quotes', () => {
  it('reads what a compound did to cells and animals, and what a test got right', () => {
    const lab = read(
      'Old drug repairs nerve coating in mice',
      'A skin cream may one day help people with multiple sclerosis.',
      'The team found that the compound stimulated stem cells into making new myelin.',
      'After two weeks of injections, almost all of the animals regained the use of their legs.',
    );
    expect(lab.results.map((r) => r.rule)).toEqual(['result-lab-effect', 'result-lab-effect']);
    const test = read(
      'Blood test spots liver disease',
      'A simple blood test may spare some patients a scan.',
      'The researchers found that the blood test was a more accurate predictor of liver disease than a scan.',
    );
    expect(test.results[0]?.rule).toBe('result-accuracy');
  });

  it('takes the short paragraphs after "doctors found:" as findings', () => {
    const facts = read(
      'Low-dose patch eases night sweats',
      'The trial followed 400 women for two years. At the end, doctors found:',
      '_Both doses reduced night sweats and improved sleep.',
      '_No effect on blood pressure.',
      'The company that makes the patch paid for the study.',
    );
    expect(texts(facts.results)).toEqual(['Both doses reduced night sweats and improved sleep.', 'No effect on blood pressure.']);
  });

  it('gives the harmless clause of a sentence that also names a harm to results', () => {
    const facts = read(
      'Male pill passes first test',
      'In the study, 80 men took the pill for a month.',
      'There were no significant changes in mood, but a few participants did experience headaches during the study.',
    );
    expect(texts(facts.results)).toEqual(['There were no significant changes in mood']);
    expect(facts.harms).toHaveLength(1);
  });

  it('keeps a conclusion told in the past, and drops one stated as a general truth when figures are given', () => {
    const facts = read(
      'Drops ease dry eye',
      'Dry eye affects many older adults.',
      'Researchers found that the people who used the drops recovered faster than those who used saline.',
      'The study found that the drops improve comfort.',
      'After four weeks, 61 percent of the drops group had no symptoms, compared with 35 percent of the saline group.',
    );
    expect(texts(facts.results).join(' | ')).toMatch(/recovered faster/);
    expect(texts(facts.results).join(' | ')).not.toMatch(/improve comfort/);
  });

  it('reads a quote whose speaker is the study, or that tells what happened in this study', () => {
    const facts = read(
      'Drug shrinks rare tumours in children',
      'The report stated that "children given the drug lived longer than those given chemotherapy alone."',
      '"Every child treated on this study had their tumor shrink," said the lead author, Dr. Ana Ruiz.',
      '"I think this could change how we treat these cancers," Ruiz said.',
    );
    expect(texts(facts.results)).toHaveLength(2);
  });

  it('leaves out the literature, the researchers’ methods and label instructions', () => {
    const facts = read(
      'Spray cuts night-time waking',
      'Studies have found that sprays like this one can reduce waking at night.',
      'The researchers compared 200 adults who used the spray with 200 who used a dummy spray.',
      'The spray should not be used in patients with heart failure.',
      'After 12 weeks, those using the spray reported 30 percent fewer wakings than those on the dummy spray.',
    );
    expect(texts(facts.results)).toEqual([
      'After 12 weeks, those using the spray reported 30 percent fewer wakings than those on the dummy spray.',
    ]);
  });

  it('takes an approval as the finding of an approval story with no trial results, and only then', () => {
    const approval = read(
      'First drug for a rare skin cancer',
      'The Food and Drug Administration yesterday granted accelerated approval to Skinol for adults with the cancer.',
      'Until now, there were no therapies approved by the agency for this cancer.',
    );
    expect(texts(approval.results)).toEqual([
      'The Food and Drug Administration yesterday granted accelerated approval to Skinol for adults with the cancer.',
    ]);
    const withResults = read(
      'Drug approved for a rare skin cancer',
      'The Food and Drug Administration today approved Skinol for adults with the cancer.',
      'In the trial, 33 percent of patients who received Skinol saw their tumors shrink.',
    );
    expect(texts(withResults.results)).toEqual(['In the trial, 33 percent of patients who received Skinol saw their tumors shrink.']);
  });
});

describe('harms left open are not harms found', () => {
  it('"more information is needed on … side effects" and "wanted to test whether … injuries" are no harms; side effects that occurred are', () => {
    const facts = read(
      'Supplement eases low mood',
      'A supplement eased low mood in a trial of 70 adults, researchers reported.',
      'An outside expert said more information is needed on dosing, side effects and long-term use of the supplement.',
      'The team wanted to test whether the blood marker rose after any injury to the body.',
      'Side effects of the supplement included mild nausea in 5 adults.',
    );
    const harms = texts(facts.harms).join(' | ');
    expect(harms).not.toMatch(/more information is needed|wanted to test/);
    expect(harms).toMatch(/mild nausea/);
  });
});

describe("another study's results are not the study's (issue #13)", () => {
  it('takes the sentence that points back to an earlier study as that study’s, not this one’s', () => {
    const facts = read(
      'Doctors try an old anaesthetic for migraine',
      'Some doctors now give the anaesthetic Calmora to patients with migraine, starting in 2015 and more widely since 2019.',
      'A large review of migraine drugs published in 2011 seemed to confirm their doubts. It found that the usual drugs were barely better than a placebo.',
      'In a new trial of 200 patients, 61 percent of those given Calmora were free of pain after two hours, compared with 30 percent on placebo.',
    );
    const results = texts(facts.results).join(' | ');
    expect(results).not.toMatch(/barely better than a placebo/);
    expect(results).toMatch(/61 percent of those given Calmora/);
  });

  it('keeps a passage that tells the history of the question out of the results, until the article comes back', () => {
    const facts = read(
      'Early start of a bone drug may be safe',
      'A new study of 500 women found that starting Ostrina early did not raise the risk of clots.',
      'Doctors once gave such drugs freely. That changed in 1999, when a big national trial was stopped because women taking them had higher rates of clots.',
      'Critics pointed to the trial’s design. Participants were older – 70 on average – and most had other illnesses.',
      'The new study tested younger women. After two years, 12 percent fewer women on Ostrina had fractures than women on placebo.',
    );
    const results = texts(facts.results).join(' | ');
    expect(results).not.toMatch(/higher rates of clots|70 on average/);
    expect(results).toMatch(/12 percent fewer women on Ostrina/);
  });

  it('reads a study named in passing and the paragraph after that points back to it as the other study', () => {
    const facts = read(
      'Pump works better in older men',
      'Men over 70 treated with the Cardiolift pump had a 40 percent drop in hospital stays, compared with a 20 percent drop in younger men.',
      'The original trial, published in 2012 in a cardiology journal, showed patients did better with the pump.',
      'But it also suggested that older men benefited more than younger men.',
    );
    expect(texts(facts.results).join(' | ')).not.toMatch(/older men benefited more/);
  });

  it('keeps the claim of a sentence whose figures follow a colon, not a fragment that opens on "in"', () => {
    const facts = read(
      'Injection cuts fractures',
      'New hip fractures occurred less frequently with the injection than with placebo: in 1.2 percent of women in the injection group and in 3.9 percent of those in the placebo group.',
    );
    expect(texts(facts.results)[0]).toMatch(/^New hip fractures occurred less frequently/);
  });

  it('does not take what a device is used for, an aim, or an idiom of interest as a finding', () => {
    const facts = read(
      'Stimulator helps men and women',
      'The results come from a trial of the Neurostim device, in which a wire is used to restore normal signals to the bladder.',
      'In the latest paper, the team explores how much better women did, and why.',
      'The potential of the device is not lost on its maker.',
      'Women had a 50 percent reduction in leaks, compared with a 25 percent reduction in men.',
    );
    const results = texts(facts.results).join(' | ');
    expect(results).not.toMatch(/used to restore|explores how|not lost on/);
    expect(results).toMatch(/50 percent reduction in leaks/);
  });

  it("reads 'suppressed … to the levels you'd expect' as a finding, not a forecast", () => {
    const facts = read(
      'Daily pill for men passes first test',
      "The daily pill suppressed two hormones to the low levels you'd expect with a working contraceptive, results from a trial of 60 men show.",
    );
    expect(texts(facts.results).join(' | ')).toMatch(/suppressed two hormones/);
  });

  it('does not take how things stand outside the study, what a finding should mean, an aim or a market as a result', () => {
    const facts = read(
      'Gene-targeted drug slows skin cancer',
      'About half of all patients with the skin cancer have a mutated KRP gene.',
      'Kinora had been the first drug to extend survival in these patients, and it has been on the market since 2009.',
      'Hospitals currently use Kinora, which offers about 40 percent protection against relapse.',
      'A faster test should mean patients get treatment sooner, he added.',
      'Tumour cells are known to multiply faster when the gene is switched on, and such cancers account for 30% of cases.',
      'He has played the violin for 30 years, and it has left him with pain in his lower back.',
      'The long follow-up enabled researchers to work out how much of the drop was due to the drug.',
      'The results could provide a boost for the drug maker’s business.',
      'In the trial, 52 percent of patients given the new drug Vemtra had their tumours shrink, compared with 9 percent on Kinora.',
    );
    const results = texts(facts.results).join(' | ');
    expect(results).not.toMatch(/half of all|had been the first|currently use|should mean|known to|lower back|work out how|boost/);
    expect(results).toMatch(/52 percent of patients given the new drug Vemtra/);
  });

  it('takes a finding the researchers report in the present ("…, researchers said") as a result, but not a hedged one', () => {
    const facts = read(
      'Implant works better in older patients',
      'Older patients get twice the benefit from the Sonora implant as younger ones, researchers said on Tuesday.',
      'The finding suggests the implant may improve hearing in children too, the researchers said.',
    );
    const results = texts(facts.results).join(' | ');
    expect(results).toMatch(/twice the benefit from the Sonora implant/);
    expect(results).not.toMatch(/may improve hearing in children/);
  });
});
