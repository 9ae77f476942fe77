// "Can people get it now?": the sentence that says so and what it says. A source that says
// the thing is on sale, offered, licensed or given off-label is never "not reported"; one
// sold for another disease is read apart (not available for this use, not "waiting").
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (headline: string, ...sentences: string[]) =>
  factsFrom(`# ${headline}\n\n${sentences.join('\n\n')}\n`, 'availability.md').facts;

const TRIAL = 'In a randomized trial, 200 patients received the drug or a placebo for 12 weeks.';

describe('availability: access stated in the source', () => {
  it('reads a clinic that is now offering the treatment as available', () => {
    const facts = story(
      'Heat therapy added to radiation for sarcoma',
      'The Lakeside Cancer Center is now offering heat therapy in combination with radiation to people with sarcoma.',
      TRIAL,
    );
    expect(facts.availability?.source.line).toBe(3);
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-available' });
  });

  it('reads a licence in one country as approved, though approval is sought elsewhere', () => {
    const facts = story(
      'New shingles vaccine protects older adults',
      TRIAL,
      'The vaccine has been licensed in Canada and approval is being sought in other countries.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'approved', rule: 'availability-approved-in-part' });
  });

  it('reads a maker that won approval as approved', () => {
    const facts = story(
      'Pump device helps people with mild heart failure',
      TRIAL,
      'Last month, one maker won federal approval to treat mild heart failure with such pumps.',
    );
    expect(facts.derived.availability?.value).toBe('approved');
  });

  it('reads off-label use as available, before the missing approval', () => {
    const facts = story(
      'Anesthetic eases severe migraine',
      'Doctors give the anesthetic even though it lacks approval for migraine.',
      'Thousands of people with migraine have received the drug off-label.',
      TRIAL,
    );
    expect(facts.availability?.source.line).toBe(5);
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-off-label' });
  });

  it('reads a product on the market for years, and a program adopted at hospitals, as available', () => {
    const market = story(
      'Vitamin pill helps antidepressants work',
      'Although it has been on the market since 2009, the pill is little known.',
      TRIAL,
    );
    expect(market.derived.availability?.value).toBe('available');
    const adopted = story(
      'Phone calls after discharge cut readmissions',
      'The program, which has been adopted at hospitals across the country, takes an hour to learn.',
      TRIAL,
    );
    expect(adopted.derived.availability?.value).toBe('available');
  });

  it('reads a second trial awaited before approval as not yet', () => {
    const facts = story(
      'Blood test predicts relapse of bowel cancer',
      TRIAL,
      'The results must be confirmed in a second trial before the test is likely to receive approval.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'not available', rule: 'availability-not-yet' });
  });
});

describe('availability: common use, and another use', () => {
  it('reads a supplement widely used for the condition studied as available', () => {
    const facts = story(
      'Herbal extract may ease anxiety',
      'The extract is widely used in Asia for anxiety, insomnia and other ailments.',
      TRIAL,
    );
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-in-use' });
  });

  it('reads a drug often used for another disease as approved for other uses, not as waiting', () => {
    const facts = story('Old drug may lower blood pressure', 'The drug is often used to treat gout.', TRIAL);
    expect(facts.derived.availability).toMatchObject({ value: 'not available', rule: 'availability-other-uses' });
  });

  it('reads a drug commercially available for another disease as approved for other uses', () => {
    const facts = story(
      'Antibody eases lupus nephritis',
      TRIAL,
      'The antibody is already commercially available for the treatment of eczema, for which it works well.',
    );
    expect(facts.derived.availability?.rule).toBe('availability-other-uses');
    // An approval for the disease studied, whatever its severity, stays an approval.
    const same = story(
      'Pump device helps people with heart failure',
      TRIAL,
      'The pump was originally approved to treat severe heart failure.',
    );
    expect(same.derived.availability).toMatchObject({ value: 'approved', rule: 'availability-approved' });
  });

  // Review 11 (h036): "available in Europe and Canada for several years" was read as sold
  // for another condition ("several years").
  it('reads "available … for several years" as how long it has been sold, not another use', () => {
    const facts = story('New pill for fibroids', TRIAL, 'The pill has been available in Europe and Canada for several years.');
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-available' });
  });

  it('prefers a statement of access to a mention of common use earlier in the text', () => {
    const facts = story(
      'Herbal extract may ease anxiety',
      'The extract is widely used in Asia for anxiety.',
      'A capsule form has been adopted at three clinics in Europe.',
      TRIAL,
    );
    expect(facts.availability?.source.line).toBe(5);
  });
});
