// Review 9 (unseen articles), class 2: harms that are not harms of the treatment studied.
// Harm words (died, risk, harmful, experienced, suffered) filed a benefit told as an
// experience, the disease's own toll, a whole cohort's death count, an animal model's
// induced disease, a denial, who was studied, another product's history and a speaker's
// "it" that stood for the disease; and real harms told as "side-effects", "patients on X",
// "Side effects can include …" or a scan's radiation were missed. Invented articles only.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const harmsOf = (facts: ReturnType<typeof read>) => facts.harms.map((h) => h.text).join(' | ');

describe('harm words that state a benefit or the disease, not a harm', () => {
  it('takes "experienced very low rates of X" and "significant changes in Y" for benefits, but keeps "experienced decreased libido"', () => {
    const facts = read(
      'Blood thinner tied to less memory loss',
      'A study of 9,000 adults with a fast heart rhythm looked at the blood thinner Coagulin and memory loss.',
      '"People who took Coagulin experienced very low rates of memory loss," said the lead author, Dr Ana Ruiz.',
      'Participants in the walking group experienced significant changes in their blood cells, the team said.',
      'A minority of participants did experience decreased libido during the study.',
    );
    expect(harmsOf(facts)).not.toMatch(/low rates|significant changes/);
    expect(harmsOf(facts)).toMatch(/decreased libido/);
  });

  it('leaves out the disease’s own toll and an "anti-suicidal" benefit', () => {
    const facts = read(
      'Old pill should be used more for schizophrenia, doctors say',
      'A records study of 5,000 patients with schizophrenia compared the pill Stabilin with three other drugs.',
      'Patients on Stabilin had a higher risk of kidney problems, the researchers found.',
      '"These risks must be set against the anti-suicidal benefits of the drug," the paper says.',
      '"The high suicide rate with schizophrenia should encourage greater use of Stabilin," said Dr Tom Reed.',
    );
    expect(harmsOf(facts)).not.toMatch(/suicide rate|anti-suicidal/);
    expect(harmsOf(facts)).toMatch(/higher risk of kidney problems/);
  });

  it('leaves out a whole cohort’s deaths counted in thousands, and animals set against healthy controls', () => {
    const cohort = read(
      'Daily vitamin tied to fewer cancer deaths',
      'Researchers followed 60,000 nurses and 30,000 doctors who took part in two long health studies.',
      'Over that 30-year period, over 7,100 nurses and nearly 3,900 doctors died of cancer.',
      'The risk of dying from cancer was 8% lower for those who took the vitamin daily.',
    );
    expect(harmsOf(cohort)).not.toMatch(/died of cancer/);
    const mice = read(
      'Brain implants slow ageing in mice',
      'Researchers put young brain cells into the brains of 40 middle-aged mice.',
      'To test the idea, they injected other mice with a toxin that killed the cells. The animals died months earlier than healthy control animals.',
    );
    expect(harmsOf(mice)).not.toMatch(/died months earlier/);
  });

  it('leaves out a harm denied as "nothing to do with", and a lowered risk "of progression or death"', () => {
    const facts = read(
      'Moodex nasal spray eases depression',
      'A clinic treated 300 patients with depression using Moodex, a nasal spray.',
      'Dr Li said, "Doctors worry about dependence on Moodex. However, the basis of its benefit for depression has nothing to do with causing addictive risk. Our patients get better."',
      'The company, which had previously announced Moodex and talk therapy had reduced the risk of disease progression or death, said on Monday it hopes for a quick approval from authorities.',
    );
    expect(harmsOf(facts)).not.toMatch(/addictive|death/);
  });

  it('leaves out who was studied ("women who had experienced two losses") and the disease as "a leading cause of death"', () => {
    const facts = read(
      'Hormone pill may prevent miscarriage',
      'With miscarriage remaining a leading cause of pregnancy death in some countries, there is reason to look for better care, the authors said.',
      'The researchers studied the pill Gestril in 120 of these women who had experienced two or more pregnancy losses.',
      'The study also looked at how to treat patients on blood thinners who suffer a major bleed.',
    );
    expect(harmsOf(facts)).toBe('');
  });

  it('leaves out an earlier product halted in a past year, what treatments in use now do, and a claim of limited toxicity', () => {
    const facts = read(
      'New shots cut migraine days',
      'Monthly shots of Migrastop cut migraine days by two a month in a trial of 900 adults.',
      'Trials of the first pills of this kind were halted in 2011 over concerns about liver damage.',
      '"Platinum-based drugs are used in half of all regimens. This can lead to a wide range of side-effects," said Dr Kim.',
      '"Migrastop is cheap and has limited toxicity," said Dr Kim.',
    );
    expect(harmsOf(facts)).toBe('');
  });

  it('does not read a speaker’s "It may be harmful" as the treatment’s harm when "it" is the sentence before’s subject', () => {
    const facts = read(
      'Pain relief in labour tied to less depression after birth',
      'Women who had an epidural with good pain relief were less likely to be depressed after birth, a study of 200 women found.',
      '"Labour pain matters more than just for the birth. It may be psychologically harmful for some women," said Dr Sara Lane.',
    );
    expect(harmsOf(facts)).not.toMatch(/psychologically harmful/);
  });
});

describe('a harm clause and a denial', () => {
  it('keeps the concession of "X claim that although it carries some risks, its ability to reduce self-harm …", and drops "none of the drugs caused …"', () => {
    const facts = read(
      'Old pill should be used more for schizophrenia, doctors say',
      'A records study of 5,000 patients with schizophrenia compared the pill Stabilin with three other drugs.',
      'Researchers claim that although the drug does carry some health risks, its ability to reduce self-harm and suicide means it should be used more.',
      'However, none of the drugs caused more severe kidney problems.',
    );
    expect(harmsOf(facts)).toBe('the drug does carry some health risks');
  });

  it('drops a label’s "These are not all of the possible side effects" and keeps the list before it', () => {
    const facts = read(
      'Diet pill approved in a lower dose',
      'The regulator approved a lower dose of the diet pill Slimora for adults with obesity.',
      'Some side effects of Slimora that have been reported include dry mouth and insomnia. These are not all of the possible side effects of Slimora.',
    );
    expect(harmsOf(facts)).toMatch(/dry mouth and insomnia/);
    expect(harmsOf(facts)).not.toMatch(/not all of the possible/);
  });
});

describe('a harm the study did not look at', () => {
  it('is no harm, but the harms it names on the way still are', () => {
    const skipped = read(
      'Hormone patch eases hot flashes in menopause',
      'Women in menopause who used the Estrava patch had fewer hot flashes in a study of 800 women.',
      'However, the research did not address the risk of stroke, perhaps the biggest fear women have about the patch.',
    );
    expect(harmsOf(skipped)).toBe('');
    const named = read(
      'Screening tied to fewer deaths',
      'Screening with the new scan was tied to fewer deaths in a study of 40,000 women.',
      'The new study did not look at the risks of screening - namely, overdiagnosis and overtreatment.',
    );
    expect(harmsOf(named)).toMatch(/overdiagnosis/);
  });
});

describe('harms told in other words', () => {
  it('names the pair a harm "of both" stands for, from the sentence before', () => {
    const facts = read(
      'Daily vitamin tied to fewer cancer deaths',
      'The risk of dying from cancer was 8% lower for the 60,000 adults who took the Vitalon pill daily, researchers found.',
      'Not everyone can take Vitalon, particularly if you are at high risk for kidney stones and stomach upset. Studies have showed an increased risk of both when taking the pill daily, but the benefit is larger for most people.',
    );
    expect(harmsOf(facts)).toMatch(/increased risk of both kidney stones and stomach upset when taking the pill daily/);
  });

  it('finds "side-effects" with a hyphen and the harms of "patients on X"', () => {
    const facts = read(
      'Old pill should be used more, doctors say',
      'The researchers studied 5,000 patients treated with Stabilin or three other drugs between 1995 and 2013.',
      'They experienced side-effects including kidney disease and weight gain.',
    );
    expect(harmsOf(facts)).toMatch(/side-effects including kidney disease/);
  });

  it('finds "Side effects can include …" and a scan’s dose of radiation', () => {
    const therapy = read(
      'Radiation after surgery helps more women, new guideline says',
      'Radiation therapy after breast surgery helps women with one to three affected lymph nodes, a new guideline says.',
      'Side effects can include redness of the skin and swelling, he explained.',
    );
    expect(harmsOf(therapy)).toMatch(/redness of the skin/);
    const scan = read(
      'Body scans show where fat is',
      'A BodyView scan measures fat and muscle in 50 adults in a study.',
      'BodyView scans involve a small amount of radiation, Dr Shah says.',
    );
    expect(harmsOf(scan)).toMatch(/small amount of radiation/);
  });

  it('does not take the subject of a study or a trade-off doctors weigh for a harm', () => {
    const facts = read(
      'Which mood pill has the fewest side effects?',
      'It is the first study comparing the side effects of the four main mood drugs, covering 5,000 patients.',
      'Researchers monitored for mood and other side-effects after each session.',
      'Doctors must balance the risks of stroke versus bleeding, the authors said.',
    );
    expect(harmsOf(facts)).toBe('');
  });
});
