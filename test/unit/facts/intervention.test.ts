// The intervention extractor on short invented stories, one per class of error seen on
// real news: each says what must never be printed as the treatment, or what must win.
import { describe, expect, it } from 'vitest';
import { notAnIntervention } from '../../../src/article/facts/intervention.js';
import { factsFrom } from '../../helpers/article.js';

const interventionOf = (text: string) => factsFrom(text, 'story.txt').facts.intervention;

describe('intervention', () => {
  it('a population word is never the intervention', () => {
    expect(notAnIntervention('women')?.id).toBe('not-intervention-population');
    expect(notAnIntervention('older adults')?.id).toBe('not-intervention-population');
    const got = interventionOf('Women Who Walk Live Longer\n\nWomen taking part walked daily. Researchers followed them for years.\n');
    expect(got?.value ?? '').not.toMatch(/women/i);
  });

  it('a name capitalised only where it opens a sentence is written as the story writes it inside one; a brand keeps its capital', () => {
    const got = interventionOf(
      'Naloxone could save lives\n\nNaloxone reverses overdoses. Only 12 states let basic staff give naloxone to patients. Naloxone use rose by 20 percent.\n',
    );
    expect(got?.value).toBe('naloxone');
    const brand = interventionOf(
      'FDA approves Nuplazid\n\nNuplazid is the first drug approved for the condition. Nuplazid was tested in 199 people.\n',
    );
    expect(brand?.value).toBe('Nuplazid');
  });

  it('a name the story keeps writing with a number is that product, not the bare name it is compared with ("Gardasil 9" vs "Gardasil")', () => {
    const got = interventionOf(
      'New vaccine beats old one\n\nA trial compared the new vaccine, Nerivax 9, with the current vaccine, Nerivax, in 1,400 women. Nerivax 9 was 97 per cent effective. Nerivax 9 protects against nine types.\n',
    );
    expect(got?.value).toBe('Nerivax 9');
  });

  it('a regulatory label is never the intervention', () => {
    expect(notAnIntervention('Breakthrough Therapy')?.id).toBe('not-intervention-regulatory');
    expect(notAnIntervention('Fast Track designation')?.id).toBe('not-intervention-regulatory');
    const got = interventionOf(
      'Drug gets Breakthrough Therapy status\n\nThe FDA granted Breakthrough Therapy designation to zanubrutinib for adults with lymphoma. Zanubrutinib shrank tumours in 40 patients.\n',
    );
    expect(got?.value).toBe('zanubrutinib');
  });

  it('a statistic or a common word is never the intervention', () => {
    for (const word of ['cholesterol', 'death rate', 'example', 'could', 'every']) expect(notAnIntervention(word)).not.toBeNull();
  });

  it('an organisation or a disease is never the intervention', () => {
    expect(notAnIntervention('Acme Therapeutics')?.id).toBe('not-intervention-organisation');
    expect(notAnIntervention('autism spectrum disorder')?.id).toBe('not-intervention-condition');
  });

  it('a comparator drug is not the intervention', () => {
    const got = interventionOf(
      'New pill beats old one for gout\n\nA drug called lesinurad lowered uric acid more than allopurinol in a trial of 300 adults. Patients on lesinurad had fewer flares than those given allopurinol alone.\n',
    );
    expect(got?.value).toBe('lesinurad');
    expect(got?.rule).toBe('intervention-name-called');
  });

  it('a trial name is not the intervention', () => {
    const got = interventionOf(
      'Device helps hearts\n\nIn the BRAVO-HF trial, a heart pump called the CardioWave System improved survival. The BRAVO-HF study enrolled 500 patients.\n',
    );
    expect(got?.value ?? '').not.toMatch(/BRAVO/);
  });

  it("the headline's subject names the exposure when no drug is named", () => {
    const got = interventionOf(
      'Salsalate May Help Treat Type 2 Diabetes\n\nA common pain reliever may help people with type 2 diabetes. A study shows salsalate reduced blood sugar. Salsalate was given for 48 weeks.\n',
    );
    expect(got?.value.toLowerCase()).toBe('salsalate');
    expect(got?.rule).toBe('intervention-name-headline-subject');
  });

  it('a named form beats a descriptor: "the HbA1c test" over "Blood test"', () => {
    const got = interventionOf(
      'Blood test may spot diabetes risk early\n\nA blood test in early pregnancy may identify women at risk. Researchers evaluated whether the HbA1c test could help. The HbA1c test is cheap.\n',
    );
    expect(got?.value).toBe('HbA1c test');
  });

  it('abstains when nothing is named with enough evidence', () => {
    expect(interventionOf('Good news for hearts\n\nExperts met in Chicago this week. They talked about many things.\n')).toBeNull();
  });
});

describe('intervention: classes and programmes', () => {
  it('a drug class in the headline gives way to the drug the body names', () => {
    const got = interventionOf(
      'Antibiotics speed recovery in toddlers\n\nAntibiotics helped young children recover. Children got amoxicillin-clavulanate, an antibiotic, or a placebo for ten days.\n',
    );
    expect(got?.value).toBe('amoxicillin-clavulanate');
  });

  it('a title-cased programme name beats the headline descriptor', () => {
    const got = interventionOf(
      'A Simple Clinic Intervention Cuts Readmissions\n\nA clinic intervention cut readmissions. The study tested the Home Visit Intervention in 400 adults. Nurses delivered the Home Visit Intervention within a week.\n',
    );
    expect(got?.value).toBe('Home Visit Intervention');
  });

  it('a thing someone was merely given, named once or twice, is not enough to name the treatment', () => {
    const got = interventionOf(
      'Hormones and the heart\n\nIn 2002 a federal study was stopped because women taking estrogen-progestin pills had more heart attacks. A new analysis of 900 women looked at heart health after menopause. Estrogen-progestin use fell afterwards.\n',
    );
    expect(got).toBeNull();
  });

  it('a vessel or dose someone was given ("IVs of saline") is not the treatment', () => {
    const got = interventionOf(
      'What is in the bag matters\n\nPatients in the hospital were given IVs of saline or a balanced fluid. Doctors hung IVs on every ward. Nurses changed IVs each day.\n',
    );
    expect(got?.value ?? '').not.toBe('IVs');
  });

  it('the reference standard the study measured against is not the intervention', () => {
    const got = interventionOf(
      'Better pictures of the liver\n\nThe current standard of care for finding liver tumours is computed tomography (CT). Computed tomography misses small tumours.\n',
    );
    expect(got?.value ?? '').not.toMatch(/computed tomography/i);
  });

  it('"the technique described here is called X" names the intervention', () => {
    const got = interventionOf(
      'New scan finds tumours\n\nA new scan finds small liver tumours. The technique developed by the team is called echo flow imaging, and it needs no dye. Computed tomography (CT) is widely used.\n',
    );
    expect(got?.value).toBe('echo flow imaging');
    expect(got?.rule).toBe('intervention-name-called');
  });

  it("a Title Case headline phrase is printed in the body's own wording", () => {
    const got = interventionOf(
      'Stroke Saliva Test Shows Promise\n\nDoctors tried a saliva test on 300 patients with suspected stroke. The saliva test was right in nine of ten cases.\n',
    );
    expect(got?.value).toBe('saliva test');
    expect(got?.rule).toBe('intervention-name-body-wording');
  });

  it('a bare delivery form ("an inhaler", "a patch") names no treatment', () => {
    for (const word of ['inhaler', 'spray', 'patches', 'implant']) expect(notAnIntervention(word)).not.toBeNull();
    const got = interventionOf(
      'Easier ways to take insulin\n\nPeople with diabetes may one day use an inhaler instead of needles. Several companies are working on new ways to deliver insulin.\n',
    );
    expect(got).toBeNull();
  });

  it('half of a combination named in the headline is not printed alone', () => {
    const got = interventionOf(
      'Laser Therapy Works Better When Combined with Cold Therapy\n\nA clinic now offers cold therapy together with laser therapy to 80 patients. Laser therapy is a common treatment for skin lesions.\n',
    );
    expect(got?.value ?? '').not.toMatch(/^laser therapy$/i);
  });

  it('"a test for the gene, known as X" names the test', () => {
    const got = interventionOf(
      'Gene test could guide treatment\n\nA new gene test could help doctors choose a drug. A test for the marker, known as KorvaTest, was used on 900 samples. Women without the marker did better on the drug.\n',
    );
    expect(got?.value).toBe('KorvaTest');
    expect(got?.rule).toBe('intervention-name-called');
  });

  it('a trademarked name before a kind word in the lede is the name', () => {
    const got = interventionOf(
      'The test that finds it early\n\nA company said its PlexaScan® Test found a marker of lung disease years early. The PlexaScan® test was run on stored blood from 200 workers.\n',
    );
    expect(got?.value).toMatch(/^PlexaScan® Test$/i);
  });

  it('a plural headline subject is printed as the story writes it in the singular', () => {
    const got = interventionOf(
      'Fish oils in pregnancy may be linked to fewer allergies\n\nTaking fish oils in pregnancy was linked to fewer allergies in children. Researchers studied fish oil use in 5,000 mothers.\n',
    );
    expect(got?.value).toBe('fish oil');
  });

  it('a headline descriptor gives way to the narrower noun phrase the story uses', () => {
    const got = interventionOf(
      'First test of cell therapy for hip pain\n\nResearchers ran the first test of cell therapy to ease hip pain in 40 patients. Each patient got a donor cell injection in one hip and saline in the other. The actual cell injection was no better than saline.\n',
    );
    expect(got?.value).toBe('donor cell injection');
    expect(got?.rule).toBe('intervention-name-specific-kind');
  });

  it('a name and its defined abbreviation are one candidate, printed by its full name', () => {
    const got = interventionOf(
      'New test spots rare conditions\n\nDoctors used whole genome sequencing (WGS) on 300 babies. WGS found a cause in one in four. The team says WGS is fast.\n',
    );
    expect(got?.value).toBe('whole genome sequencing');
  });

  it('what a combination headline says was added is the intervention, when the story names it again', () => {
    const got = interventionOf(
      'Laser Therapy Works Better When Combined with Cold Therapy\n\nA clinic now offers cold therapy together with laser therapy to 80 patients. Cold therapy is given for ten minutes before each laser session.\n',
    );
    expect(got?.value).toBe('cold therapy');
    expect(got?.rule).toBe('intervention-name-combined-added');
  });

  it('a verb before a lede descriptor is not part of its name', () => {
    const got = interventionOf(
      'The debate over checking for it\n\nAn editorial says the decision to undergo lung cancer screening is a close call. Lung cancer screening saved few lives in the study of 40,000 smokers.\n',
    );
    expect(got?.value).toBe('lung cancer screening');
  });

  it("a headline's label is the intervention when the story keeps naming it", () => {
    const got = interventionOf(
      'Glowra, Not Just for Acne: A Second Use\n\nDoctors say patients putting Glowra on thinning scalps saw thicker hair. One user applied Glowra nightly for three months. Glowra costs about $90 a month.\n',
    );
    expect(got?.value).toBe('Glowra');
    const place = interventionOf(
      'Texas: A new clinic opens\n\nThe clinic in Texas treats 40 patients a day. Texas has few clinics. Doctors in Texas are glad.\n',
    );
    expect(place?.value ?? '').not.toBe('Texas');
  });

  // An intervention is a drug, device, test, procedure, programme, vaccine, diet or exposure:
  // never a person, a word of grammar, a measure, or a part of the body.
  describe('never a thing that cannot be an intervention', () => {
    it("a person's full name after a kind word is not the intervention", () => {
      const got = interventionOf(
        'Fewer tick bites for hikers\n\nTo test the effectiveness of the device, Jane Holloway and Peter Marsh of the state university put it on 40 hikers. Holloway and Marsh found fewer bites.\n',
      );
      expect(got?.value ?? '').not.toMatch(/Holloway|Jane/);
    });

    it('a titled name ("Dr. Maria Lopez, a … professor") is not the intervention', () => {
      const got = interventionOf(
        'Heart trouble in teens\n\nTeens who drank soda daily had stiffer arteries. "This is worrying," said Dr. Maria Lopez, a pediatric surgery professor who was not involved. Lopez said parents should take note.\n',
      );
      expect(got?.value ?? '').not.toMatch(/Lopez|Maria/);
    });

    it("a place's name is not the intervention", () => {
      const got = interventionOf(
        'Heart attacks fall after smoking ban\n\nIn 2010, lawmakers approved Kentucky’s first smoking ban. Hospitals in Kentucky then saw fewer heart attacks. Kentucky now plans more.\n',
      );
      expect(got?.value ?? '').not.toBe('Kentucky');
    });

    it('a word of grammar after "a daily pill," is not the intervention', () => {
      const got = interventionOf(
        'Monthly shot for headaches\n\nInstead of a daily pill, there is now a monthly injection. There were 300 patients in the trial, and there was less pain.\n',
      );
      expect(got?.value ?? '').not.toMatch(/^there$/i);
    });

    it('a sentence adverb before "the treatment" is not the intervention', () => {
      expect(notAnIntervention('Theoretically')).not.toBeNull();
      expect(notAnIntervention('However')).not.toBeNull();
      const got = interventionOf(
        'Nerve cells regrow in mice\n\nA compound helped nerves regrow in mice. (Theoretically, the treatment could be tried in people within years.) Theoretically, it could help many.\n',
      );
      expect(got?.value ?? '').not.toMatch(/theoretically/i);
    });

    it('a brand compromise guesses to be an adjective, or a verb-like exposure, is still a name', () => {
      for (const name of ['Ozempic', 'Exercise', 'Walking', 'Acupuncture']) expect(notAnIntervention(name)).toBeNull();
    });

    it('"Love of X" in a headline names a feeling, not a treatment', () => {
      const got = interventionOf(
        'Love of sport may begin before birth\n\nMice whose mothers ran on a wheel ran more as adults. Love of running was passed on, the team says.\n',
      );
      expect(got?.value ?? '').not.toMatch(/^love$/i);
    });

    it('what a trial measures ("trials for efficacy") is not the intervention', () => {
      expect(notAnIntervention('efficacy')?.id).toBe('not-intervention-statistic');
      const got = interventionOf(
        'Pill for asthma moves ahead\n\nThe pill is being tested in late-stage trials for efficacy in patients with severe asthma. Efficacy will be known next year.\n',
      );
      expect(got?.value ?? '').not.toMatch(/efficacy/i);
    });

    it('a body rhythm, a cell type or a molecule of the body is not the intervention', () => {
      for (const word of ['rhythm', 'heart rhythm', 'microRNAs']) expect(notAnIntervention(word)?.id).toBe('not-intervention-body-part');
      const rhythm = interventionOf(
        'Blood thinner may protect memory\n\nPeople with an irregular heart rhythm known as atrial fibrillation who took a blood thinner had less dementia. The blood thinner halved the risk.\n',
      );
      expect(rhythm?.value ?? '').not.toMatch(/rhythm/i);
      const cells = interventionOf(
        'Massage may help the immune system\n\nMassage raised the number of cells known as natural killer (NK) cells in 30 women. Natural killer cells fight tumours.\n',
      );
      expect(cells?.value ?? '').not.toMatch(/killer/i);
      const molecules = interventionOf(
        'Brain implants restore memory in rats\n\nCells released small molecules known as microRNAs into the brain. The microRNAs calmed inflammation.\n',
      );
      expect(molecules?.value ?? '').not.toMatch(/microRNA/i);
    });

    it('a symptom with its abbreviation is not the intervention', () => {
      const got = interventionOf(
        'Chemo patients lose taste\n\nMany had taste and smell abnormalities (TSAs) during chemotherapy. TSAs lasted months.\n',
      );
      expect(got?.value ?? '').not.toMatch(/abnormalit/i);
    });

    it('a title-cased name that runs on into an organisation is not the intervention', () => {
      const got = interventionOf(
        'Massage therapy may help the immune system\n\nMassage therapy raised immune cell counts in 50 patients. "It works," said the head of the National Massage Therapy Association. Massage therapy took an hour.\n',
      );
      expect(got?.value).toBe('Massage therapy');
    });
  });
});
