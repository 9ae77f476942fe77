// Review 15 (quote attributions printed garbled: "Dr X, Atmo Bioscience, who is also Chief
// Technology Officer", "Professor Y, who is based, Black Dog Institute", "Z, Rush in July, who
// underwent surgery", "Pitt Public Health, and Hernandez's", and a role that was the sentence
// going on after the name: "W, refractory depression symptoms can be relieved …"). Texts
// written for these tests.
import { describe, expect, it } from 'vitest';
import { quoteItem } from '../../src/audiences/quotes.js';
import { factsFrom } from '../helpers/article.js';

const quotes = (...paragraphs: string[]) =>
  factsFrom(
    `# Pill eases joint pain\n\nIn a trial of 400 adults, the new pill eased pain in 60 percent of people.\n\n${paragraphs.join('\n\n')}\n`,
    'roles.md',
  ).facts.quotes;
const attribution = (paragraph: string, ...more: string[]) => quoteItem(quotes(...more, paragraph)[0]!).attribution.text;

describe('quote attributions read as a name, a role and a place', () => {
  it('"who is also <title> at <place>" is the title and the place', () => {
    expect(
      attribution('"The tests we have miss too much," Dr Ada Lind, who is also Chief Technology Officer at Norrow Devices, said.'),
    ).toBe('Dr Ada Lind, Chief Technology Officer, Norrow Devices');
  });

  it('"who is based at <place>" is only the place', () => {
    expect(
      attribution('"This is a step forward," said lead author NSWU Professor Mara Quill, who is based at Harwood Institute.'),
    ).not.toMatch(/who is based/);
  });

  it('what happened to a patient at a hospital, in a month, is not an affiliation', () => {
    expect(
      attribution('"It made surgery go smoothly," said Lena Sorel, who underwent knee surgery at Harwood in July using the new pill.'),
    ).toBe('Lena Sorel, who underwent knee surgery at Harwood');
  });

  it('a second job held for another person does not stay in the place', () => {
    expect(
      attribution(
        '"It causes a lot of doubt," said co-author Ivy Bram, Ph.D., associate professor of health policy and management at Norrow Public Health, and Lind\'s doctoral committee chair.',
      ),
    ).not.toMatch(/Lind's$/);
  });

  it('the sentence going on after a name and credentials is no role', () => {
    const text = attribution(
      '"Our patients get better after a few doses," said Dr. Marsh, who is a board certified rheumatologist, based in Denver.',
      'Through a few doses directed by Theo Marsh, MD, PhD, joint pain can be relieved quickly and persistently.',
    );
    expect(text).not.toMatch(/can be relieved/);
  });
});
