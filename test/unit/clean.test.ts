// Text preparation: junk removal on made-up pages (one of each kind of furniture that
// news sites and press releases carry), look-alike sentences that must stay, and the real
// corpus, where nothing an answer key counts as content (list items and quotes, exact
// substrings of the text) may be removed; then sentence splitting around abbreviations.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../src/article/blocks.js';
import { cleanBlocks } from '../../src/article/clean.js';
import { parseArticle } from '../../src/article/parse.js';
import { sentenceTexts } from '../../src/article/sentences.js';
import { CORPUS } from '../helpers/article.js';

/** Cleans pasted text (title, blank line, one paragraph per line) as the pipeline does. */
function clean(body: string, title = 'Trial of a new drug shows benefit') {
  const text = `${title}\n\n${body.trim()}\n`;
  const file = new VFile({ path: 'page.txt', value: text });
  const cleaned = cleanBlocks(collectBlocks(parseArticle(file).tree, text));
  return {
    kept: cleaned.blocks.map((b) => b.text),
    removed: cleaned.removed.map((r) => ({ text: r.block.text, reason: r.reason })),
    release: cleaned.release,
  };
}

const STORY = 'Researchers gave the drug to 120 adults with asthma, and attacks fell by a third over a year.';
const reasonsFor = (body: string) => clean(body).removed.map((r) => r.reason);

describe('clean: ad markers and page furniture', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Sponsored content',
    'Skip to main content',
    '4 min read',
    'Share this article',
    'Facebook Twitter LinkedIn Email',
    'Join the conversation',
  ])('removes "%s"', (line) => {
    const { kept, removed } = clean(`${STORY}\n${line}\n${STORY}`);
    expect(kept).not.toContain(line);
    expect(removed.map((r) => r.text)).toContain(line);
  });
});

describe('clean: photo captions and credits', () => {
  it.each([
    ['Photo: A nurse prepares an injection at a city clinic.', 'junk-photo-caption'],
    ['Credit: Harbour University Hospital', 'junk-photo-caption'],
    ['jroe/iStock/Getty Images Plus', 'junk-photo-credit'],
    ['Image credit: Sam Lee', 'junk-photo-caption'],
    ['(Photo by Kim Ode/Getty Images)', 'junk-photo-credit'],
    ['(Photo courtesy of the family)', 'junk-photo-note'],
  ])('removes "%s" (%s)', (line, rule) => {
    expect(reasonsFor(`${STORY}\n${line}\n${STORY}`)).toEqual([rule]);
  });
});

describe('clean: "Read more" and "More information"', () => {
  it('removes read-more and related links inside the story', () => {
    const { removed } = clean(
      `${STORY}\nRead more: How new asthma inhalers are tested\nRELATED: Five questions about clinical trials\nSee also: Our guide to inhalers\n${STORY}`,
    );
    expect(removed.map((r) => r.reason)).toEqual(['junk-read-more', 'junk-read-more', 'junk-read-more']);
  });

  it('removes a "More information" pointer and a "More information" section at the end', () => {
    const { kept, removed } = clean(
      `${STORY}\nFor more information about the trial, visit www.example.org/asthma.\nMore information\nTrial page: www.example.org/trial\nPatient leaflet: www.example.org/leaflet`,
    );
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY]);
    expect(removed.map((r) => r.reason)).toEqual([
      'junk-more-information',
      'junk-related-information',
      'junk-related-information',
      'junk-related-information',
    ]);
  });
});

describe('clean: a link box in the middle of the story', () => {
  it('ends a "More information" list at the next paragraph of prose, and keeps quoted statements', () => {
    const prose =
      'The drug also eased night-time symptoms in most of the children who took it, said the lead author, who runs the asthma clinic at the county hospital.';
    const quote = '“Every child in the study breathed more easily within a month of starting,” Dr. Lee said.';
    const { kept, removed } = clean(`${STORY}\nMore information\nJournal paper\nEarlier news release\n${prose}\n${quote}`);
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY, prose, quote]);
    expect(removed.map((r) => r.text)).toEqual(['More information', 'Journal paper', 'Earlier news release']);
  });

  it('still drops a one-sentence blurb of a linked story after "More information"', () => {
    const blurb =
      'Why some asthma inhalers fail in children: a review of forty trials in several countries finds that many young patients never learn to use their inhaler the right way.';
    const { kept } = clean(`${STORY}\nMore information\n${blurb}`);
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY]);
  });

  it('keeps a quoted statement after "###", and drops the rest of the tail', () => {
    const quote = '“We were surprised by how quickly the attacks became rarer,” said Dr. Lee, who led the trial.';
    const { kept } = clean(
      `${STORY}\n###\n${quote}\nAbout Acme Therapeutics\nAcme is a clinical-stage biotechnology company based in Boston.`,
    );
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY, quote]);
  });
});

describe('clean: press material', () => {
  it.each([
    'Journalists: sound bites with Dr. Jane Lee are available in the downloads below.',
    '(The study is available pre-embargo to the media at the journal website.)',
    'Media Advisory: To contact Jane Lee, M.D., call 555-123-4567 or email jane.lee@example.org.',
  ])('removes "%s"', (line) => {
    expect(clean(`${STORY}\n${line}\n${STORY}`).kept).toEqual(['Trial of a new drug shows benefit', STORY, STORY]);
  });
});

describe('clean: newsletter sign-ups and language switchers', () => {
  it.each([
    'Sign up for our free weekly health newsletter',
    'Get the latest health news delivered to your inbox',
    'Subscribe to our daily briefing',
  ])('removes the sign-up "%s"', (line) => {
    expect(reasonsFor(`${STORY}\n${line}\n${STORY}`)).toEqual(['junk-newsletter']);
  });

  it.each(['Español', 'English | Español | Français', 'Leer en español', 'Read in Spanish'.replace('Spanish', 'español')])(
    'removes the switcher "%s"',
    (line) => {
      expect(reasonsFor(`${line}\n${STORY}`)).toEqual(['junk-language-switcher']);
    },
  );
});

describe('clean: "Related Information" and what follows it', () => {
  it('drops the related-information block to the end', () => {
    const { kept, removed } = clean(`${STORY}\nRelated Information\nAsthma basics\nInhaler safety`);
    expect(kept.at(-1)).toBe(STORY);
    expect(removed.every((r) => r.reason === 'junk-related-information')).toBe(true);
  });
});

describe('clean: "About <organisation>" boilerplate', () => {
  it('removes an "About" section on a company, and keeps one on the trial', () => {
    const { kept, removed } = clean(
      [
        STORY,
        'About the BREATHE-2 Trial',
        'BREATHE-2 randomly assigned 120 adults to the drug or a placebo inhaler for 52 weeks.',
        'About Northwind Biosciences',
        'Northwind Biosciences is a clinical-stage biotechnology company developing inhaled medicines. The company is headquartered in Leeds.',
        'For more information, visit www.northwind-example.com.',
      ].join('\n'),
    );
    expect(kept).toContain('About the BREATHE-2 Trial');
    expect(kept).toContain('BREATHE-2 randomly assigned 120 adults to the drug or a placebo inhaler for 52 weeks.');
    expect(removed.map((r) => r.text)).toEqual(
      expect.arrayContaining(['About Northwind Biosciences', expect.stringMatching(/^Northwind Biosciences is a clinical-stage/)]),
    );
    expect(removed.map((r) => r.reason)).toEqual(['junk-about-header', 'junk-about-section', 'junk-about-section']);
  });

  it('removes inline "About X:" boilerplate and an agency describing itself at the end', () => {
    const { removed } = clean(
      [
        STORY,
        STORY,
        'The Agency for Lung Health, a part of the Department of Health, conducts and supports research on lung disease.',
        'About the Harbour Health Trust (HHT): HHT is the nation’s largest independent funder of lung research. For more information, visit www.hht-example.org.',
      ].join('\n'),
    );
    expect(removed.map((r) => r.reason)).toEqual(['junk-organisation-boilerplate', 'junk-about-boilerplate']);
  });
});

describe('clean: forward-looking statements', () => {
  it('drops a forward-looking statements section to the end', () => {
    const { kept, removed } = clean(
      `${STORY}\nForward-Looking Statements\nThis press release contains forward-looking statements that involve risks and uncertainties.\nSOURCE Northwind Biosciences`,
    );
    expect(kept.at(-1)).toBe(STORY);
    expect(removed.map((r) => r.reason)).toEqual(['junk-forward-looking', 'junk-forward-looking', 'junk-forward-looking']);
  });

  it('recognises the safe-harbour paragraph without a heading', () => {
    expect(reasonsFor(`${STORY}\nThis news release contains forward-looking statements, which are subject to risks.`)).toEqual([
      'junk-forward-looking',
    ]);
  });
});

describe('clean: release and embargo lines, datelines and contacts, kept as metadata', () => {
  it('keeps the release date and embargo', () => {
    const { release, kept } = clean(`FOR IMMEDIATE RELEASE: May 5, 2024\nEmbargoed until 00:01 BST, Wednesday 4 June 2025\n${STORY}`);
    expect(release.date).toBe('May 5, 2024');
    expect(release.embargo).toBe('00:01 BST, Wednesday 4 June 2025');
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY]);
  });

  it('keeps a date line under the headline as the release date', () => {
    expect(clean(`Tuesday, May 6, 2025\n${STORY}`).release.date).toBe('Tuesday, May 6, 2025');
  });

  it('strips a dateline from the first paragraph and keeps its date', () => {
    const { kept, release, removed } = clean(
      `LEEDS, England, March 3, 2025 /PRNewswire/ -- Northwind Biosciences today reported results from a trial in 120 adults.`,
    );
    expect(kept[1]).toBe('Northwind Biosciences today reported results from a trial in 120 adults.');
    expect(release.date).toBe('March 3, 2025');
    expect(release.dateline).toBe('LEEDS, England');
    expect(removed[0]!.reason).toBe('junk-dateline');
    expect(clean('OSLO, June 12 (Reuters) - A daily pill cut asthma attacks by a third, researchers said.').kept[1]).toMatch(
      /^A daily pill/,
    );
  });

  it('strips a dateline that is a date alone and keeps the date (review 7: "Oct. 28, 2010 -- A …")', () => {
    const { kept, release, removed } = clean('Oct. 28, 2010 -- An engineering professor has built a scanner that shows tumours quickly.');
    expect(kept[1]).toBe('An engineering professor has built a scanner that shows tumours quickly.');
    expect(release.date).toBe('Oct. 28, 2010');
    expect(release.dateline).toBeNull();
    expect(removed[0]!.reason).toBe('junk-dateline');
  });

  it('strips a wire date glued to the story by an unspaced dash (review 15: "Newswise — Dec. 7, 2018─Vitamin C …")', () => {
    const { kept, release } = clean(
      'Newswise — Dec. 7, 2018─Vitamin C may ease the harm smoking does to the lungs of babies, a trial found.',
    );
    expect(kept[1]).toBe('Vitamin C may ease the harm smoking does to the lungs of babies, a trial found.');
    expect(release.date).toBe('Dec. 7, 2018');
  });

  it('strips a bare wire credit with no place ("(Reuters) - A combination …", 128)', () => {
    const { kept, release } = clean('(Reuters) - A daily pill cut asthma attacks by a third in a midstage study, researchers said.');
    expect(kept[1]).toBe('A daily pill cut asthma attacks by a third in a midstage study, researchers said.');
    expect(release.dateline).toBeNull();
  });

  it('strips a wire name and the dateline after it from the first paragraph (Newswise — SEATTLE (March 24, 2017) – …)', () => {
    const { kept, release } = clean('Newswise — SEATTLE (March 24, 2017) – The FDA yesterday approved a pill for asthma in adults.');
    expect(kept[1]).toBe('The FDA yesterday approved a pill for asthma in adults.');
    expect(release.wire).toBe('Newswise');
    expect(release.dateline).toBe('SEATTLE');
    expect(release.date).toBe('March 24, 2017');
  });

  it('keeps the issuing office named under the headline', () => {
    const { release, removed } = clean(`Harbour Institute of Lung Research\n${STORY}`);
    expect(release.issuer).toBe('Harbour Institute of Lung Research');
    expect(removed.map((r) => r.reason)).toEqual(['junk-issuing-office']);
  });

  it('keeps a media contact given on one line or over several', () => {
    expect(clean(`${STORY}\nMedia contact: Jo Park, 555-010-2233, jo.park@example.org`).release.contact).toBe(
      'Media contact: Jo Park, 555-010-2233, jo.park@example.org',
    );
    const { release, kept } = clean(`${STORY}\nMedia Contact\nJo Park\n+44 113 496 0000\njo.park@example.org`);
    expect(release.contact).toBe('Jo Park, +44 113 496 0000, jo.park@example.org');
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY]);
    expect(clean(`${STORY}\nTo schedule an interview, please contact Lee Chan, 555-010-4455, press@example.org.`).release.contact).toBe(
      'Lee Chan, 555-010-4455, press@example.org',
    );
  });

  it('reads a "Contact for Media" block, and stops at the share buttons after it (holdout h000)', () => {
    const { release } = clean(`${STORY}\nContact for Media\nJo Park, Lakeside Media Relations\njo.park@example.org\nShare via Twitter`);
    expect(release.contact).toBe('Jo Park, Lakeside Media Relations, jo.park@example.org');
  });

  it("keeps every contact a media advisory names, the study author's first (review 7: the editorial's author replaced the study's)", () => {
    const advisory =
      'Media Advisory: To contact Dana Ruiz, M.D., call 555-010-7788 or email d.ruiz@example.org. To contact editorial co-author Sam Ode, M.D., Ph.D., email Kim Roe at kim.roe@example.org.';
    expect(clean(`${STORY}\n${advisory}`).release.contact).toBe(
      'Dana Ruiz, M.D., call 555-010-7788 or email d.ruiz@example.org; editorial co-author Sam Ode, M.D., Ph.D., email Kim Roe at kim.roe@example.org',
    );
  });
});

describe('clean: bylines, labels, wire credits, tags and trailing links', () => {
  it('removes a byline, a section label, tags, a wire credit and links after the story', () => {
    const { kept, removed } = clean(
      `By Jo Park\nAt a Glance ${STORY}\n${STORY}\nReporting by Jo Park; Editing by Lee Chan\nTags: asthma, inhalers\nCity council votes on new bus lanes\nWeather warning for the weekend`,
    );
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY, STORY]);
    expect(removed.map((r) => r.reason)).toEqual([
      'junk-byline',
      'junk-section-label-prefix',
      'junk-wire-credit',
      'junk-tag-list',
      'junk-trailing-link',
      'junk-trailing-link',
    ]);
  });
});

describe('clean: embedded social-media posts', () => {
  it('removes a post with hashtags or a handle, which restates the story as a tweet (holdout: a tweet printed as the harm)', () => {
    const post = '“For people with asthma, a daily #walk may ease #wheezing, finds new study of #exercise.”';
    const signed = 'Big news for asthma care today pic.twitter.com/abc123 — Harbour Lung (@harbourlung) March 4, 2024';
    const { kept, removed } = clean(`${STORY}\n${post}\n${signed}\n${STORY}`);
    expect(kept).toEqual(['Trial of a new drug shows benefit', STORY, STORY]);
    expect(removed.map((r) => r.reason)).toEqual(['junk-social-post', 'junk-social-post']);
  });
});

describe('clean: look-alike sentences stay', () => {
  it.each([
    'About 40 percent of patients in the trial improved.',
    'Photo-sensitivity was the most common side effect.',
    'Read more about the design in the published paper, the authors said.',
    'Related side effects included nausea and headache.',
    'Sponsored by the Harbour Health Trust, the trial enrolled 120 adults.',
    'Share of patients with fewer attacks rose to 40 percent.',
    'Watch for signs of infection, the doctors advised.',
    'English and Spanish speakers were both enrolled.',
    'Contacts between patients and nurses were recorded 3 times a week.',
    'The agency said the drug is safe for children over 12.',
    'Press coverage of the trial was intense, the authors noted.',
    'Patients ranked #1 and #2 on the waiting list were treated first.',
  ])('keeps "%s"', (line) => {
    const { kept } = clean(`${STORY}\n${line}\n${STORY}`);
    expect(kept).toContain(line);
  });
});

describe('clean: the corpus', () => {
  const articles = readdirSync(CORPUS).filter((n) => n.endsWith('.txt'));

  it.each(articles)('%s: keeps everything an answer key counts as content', (name) => {
    const text = readFileSync(path.join(CORPUS, name), 'utf8');
    const key = JSON.parse(readFileSync(path.join(CORPUS, name.replace(/\.txt$/, '.facts.json')), 'utf8')) as Record<string, unknown>;
    const file = new VFile({ path: name, value: text });
    const { blocks } = cleanBlocks(collectBlocks(parseArticle(file).tree, text));
    const content = [
      ...(['results', 'harms', 'next_steps', 'caveats'] as const).flatMap((k) => key[k] as string[]),
      ...(key.quotes as { text: string }[]).map((q) => q.text),
    ];
    const keptText = blocks
      .map((b) => b.text)
      .join('\n')
      .toLowerCase();
    for (const item of content) expect(keptText, `${name} lost: ${item}`).toContain(item.replace(/[.,]$/, '').toLowerCase());
  });
});

describe('sentences: splitting around abbreviations, initials and quotes', () => {
  it.each([
    ['The drug is made by Acme Inc. The company said so.', ['The drug is made by Acme Inc.', 'The company said so.']],
    ['Side effects were nausea, headache, etc. The trial went on.', ['Side effects were nausea, headache, etc.', 'The trial went on.']],
    ['See No. 5 for details. He said no. The trial ended.', ['See No. 5 for details.', 'He said no.', 'The trial ended.']],
    ['Results appear online Feb. 1 in Neurology. Good.', ['Results appear online Feb. 1 in Neurology.', 'Good.']],
    ['Patients had hepatitis C. The drug cured them.', ['Patients had hepatitis C.', 'The drug cured them.']],
    [
      'said NIAID Director Anthony S. Fauci, M.D. “These results support it.”',
      ['said NIAID Director Anthony S. Fauci, M.D.', '“These results support it.”'],
    ],
    [
      'the U.S. Food and Drug Administration agreed. In the U.S. The agency agreed.',
      ['the U.S. Food and Drug Administration agreed.', 'In the U.S.', 'The agency agreed.'],
    ],
    [
      'Genotypes 4, 5 or 6. According to the CDC, most cases are type 1.',
      ['Genotypes 4, 5 or 6.', 'According to the CDC, most cases are type 1.'],
    ],
    [
      'Levels fell 4.5 percent.Researchers were pleased. Visit ClinicalTrials.gov for more.',
      ['Levels fell 4.5 percent.', 'Researchers were pleased.', 'Visit ClinicalTrials.gov for more.'],
    ],
  ])('%s', (text, expected) => expect(sentenceTexts(text)).toEqual(expected));

  it('keeps a quotation of several sentences, and its attribution, together', () => {
    expect(
      sentenceTexts('“The study suggests little advantage. However, patients with worse vision may benefit,” said Dr. Wells. The end.'),
    ).toEqual(['“The study suggests little advantage. However, patients with worse vision may benefit,” said Dr. Wells.', 'The end.']);
  });
});
