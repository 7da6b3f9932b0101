// The data flows' risk flags, one rule at a time, with the edges written out as rows: which data needs
// which basis, the methods that cannot be encrypted, the agreement's dates either side of the as-of
// date, the opt-out's conditions one by one, and the DPIA threshold exactly.
import { describe, expect, it } from 'vitest';
import type { FlagRule, RiskFlag } from '../../src/contract/information-assets.js';
import { derivedDataFlags, lacksBasis } from '../../src/modules/information-assets/domain/flow-data.js';
import { DPIA_SCALE_THRESHOLD, type FlowFacts, flowFlags } from '../../src/modules/information-assets/domain/flow-flags.js';

const AS_OF = '2026-06-30';

/** A well-kept internal flow carrying no personal data: it raises nothing. Each row changes what its rule reads. */
const aFlow = (facts: Partial<FlowFacts> = {}): FlowFacts => ({
  id: 'f1',
  name: 'EPR to data warehouse',
  externalEnds: [],
  dataCategories: [],
  personalData: false,
  specialCategoryData: false,
  patientData: false,
  recordVolume: null,
  directCare: true,
  lawfulBasis: null,
  specialCategoryCondition: null,
  schedule1Condition: null,
  cldcBasis: null,
  cagReference: null,
  nationalDataOptOut: null,
  transferMethod: 'api',
  encryptedInTransit: 'yes',
  agreementType: null,
  agreementReference: null,
  agreementExpiresOn: null,
  internationalTransfer: false,
  destinationCountry: null,
  transferSafeguard: null,
  coveredByDpia: false,
  ...facts,
});

/** Patient health data about a few people, with every basis in place: still raises nothing. */
const patientHealth: Partial<FlowFacts> = {
  dataCategories: ['identifiers', 'health'],
  personalData: true,
  specialCategoryData: true,
  patientData: true,
  recordVolume: 500,
  lawfulBasis: 'public-task',
  specialCategoryCondition: 'health-or-social-care',
  schedule1Condition: 'Part 1, paragraph 2',
  cldcBasis: 'implied-consent-direct-care',
};

const rulesOf = (flags: RiskFlag[]) => flags.map((f) => [f.rule, f.severity]);

describe('data flow flags', () => {
  it.each<[string, Partial<FlowFacts>, Array<[FlagRule, string]>]>([
    ['a flow with no personal data raises nothing', {}, []],
    ['patient health data with every basis recorded raises nothing', patientHealth, []],
    // Art 6 and Art 9.
    ['personal data without an Art 6 basis', { personalData: true }, [['flow-without-lawful-basis', 'high']]],
    ['personal data with an Art 6 basis', { personalData: true, lawfulBasis: 'contract' }, []],
    ['special-category data with an Art 6 basis but no Art 9 condition', { ...patientHealth, specialCategoryCondition: null, schedule1Condition: null }, [['flow-without-lawful-basis', 'high']]],
    ['special-category data with neither: one flag, not two', { ...patientHealth, lawfulBasis: null, specialCategoryCondition: null }, [['flow-without-lawful-basis', 'high']]],
    // Schedule 1.
    ['condition (h) without a Schedule 1 condition', { ...patientHealth, schedule1Condition: null }, [['flow-without-schedule-1-condition', 'medium']]],
    ['condition (b) without one', { ...patientHealth, specialCategoryCondition: 'employment-social-protection', schedule1Condition: null }, [['flow-without-schedule-1-condition', 'medium']]],
    ['condition (g) without one', { ...patientHealth, specialCategoryCondition: 'substantial-public-interest', schedule1Condition: null }, [['flow-without-schedule-1-condition', 'medium']]],
    ['condition (i) without one', { ...patientHealth, specialCategoryCondition: 'public-health', schedule1Condition: null }, [['flow-without-schedule-1-condition', 'medium']]],
    ['condition (j) without one', { ...patientHealth, specialCategoryCondition: 'archiving-research-statistics', schedule1Condition: null }, [['flow-without-schedule-1-condition', 'medium']]],
    ['condition (a), explicit consent, needs none', { ...patientHealth, specialCategoryCondition: 'explicit-consent', schedule1Condition: null }, []],
    ['condition (f), legal claims, needs none', { ...patientHealth, specialCategoryCondition: 'legal-claims', schedule1Condition: null }, []],
    ['criminal offence data needs one too', { dataCategories: ['criminal-offence'], personalData: true, lawfulBasis: 'legal-obligation' }, [['flow-without-schedule-1-condition', 'medium']]],
    ['criminal offence data with one', { dataCategories: ['criminal-offence'], personalData: true, lawfulBasis: 'legal-obligation', schedule1Condition: 'Part 2, paragraph 10' }, []],
    // The common law duty of confidentiality.
    ['patient data without a CLDC basis', { ...patientHealth, cldcBasis: null }, [['flow-without-cldc-basis', 'high']]],
    ['s251 support without a CAG reference', { ...patientHealth, directCare: false, cldcBasis: 's251-support', nationalDataOptOut: 'applied' }, [['flow-without-cldc-basis', 'high']]],
    ['s251 support with a CAG reference', { ...patientHealth, directCare: false, cldcBasis: 's251-support', cagReference: '21/CAG/0123', nationalDataOptOut: 'applied' }, []],
    ['personal data that is not patient data needs no CLDC basis', { personalData: true, lawfulBasis: 'contract' }, []],
    // Encryption in transit.
    ['personal data not encrypted in transit', { ...patientHealth, transferMethod: 'email', encryptedInTransit: 'no' }, [['flow-unencrypted', 'high']]],
    ['personal data, encryption in transit unknown', { ...patientHealth, transferMethod: 'sftp', encryptedInTransit: 'unknown' }, [['flow-unencrypted', 'medium']]],
    ['personal data, no method recorded, not encrypted', { ...patientHealth, transferMethod: null, encryptedInTransit: 'no' }, [['flow-unencrypted', 'high']]],
    ['paper by post cannot be encrypted: the rule does not apply', { ...patientHealth, transferMethod: 'paper-post', encryptedInTransit: 'no' }, []],
    ['nor by courier', { ...patientHealth, transferMethod: 'courier', encryptedInTransit: 'unknown' }, []],
    ['nor by telephone', { ...patientHealth, transferMethod: 'telephone', encryptedInTransit: 'no' }, []],
    ['no personal data, not encrypted: not this rule', { encryptedInTransit: 'no' }, []],
    // The agreement behind an external flow.
    ['external personal data with no agreement recorded', { ...patientHealth, externalEnds: ['NHS England'] }, [['flow-agreement-missing', 'high']]],
    ['external personal data with the agreement recorded as none', { ...patientHealth, externalEnds: ['NHS England'], agreementType: 'none' }, [['flow-agreement-missing', 'high']]],
    ['external personal data under a data sharing agreement', { ...patientHealth, externalEnds: ['NHS England'], agreementType: 'data-sharing-agreement' }, []],
    ['an internal flow needs no agreement', { ...patientHealth, agreementType: null }, []],
    ['an external flow of no personal data needs none', { externalEnds: ['NHS England'] }, []],
    // Its dates: the last day it holds is still in place.
    ['agreement expired the day before', { agreementType: 'data-sharing-agreement', agreementExpiresOn: '2026-06-29' }, [['flow-agreement-expired', 'high']]],
    ['agreement expiring on the as-of date: a warning', { agreementType: 'data-sharing-agreement', agreementExpiresOn: '2026-06-30' }, [['flow-agreement-expiring', 'low']]],
    ['agreement expiring exactly 60 days later: a warning', { agreementType: 'contract', agreementExpiresOn: '2026-08-29' }, [['flow-agreement-expiring', 'low']]],
    ['agreement expiring 61 days later: nothing yet', { agreementType: 'contract', agreementExpiresOn: '2026-08-30' }, []],
    ['an expiry date with the agreement recorded as none is not an agreement', { agreementType: 'none', agreementExpiresOn: '2026-01-01' }, []],
    // International transfers.
    ['an international transfer with no safeguard', { internationalTransfer: true, destinationCountry: 'India' }, [['international-transfer-without-safeguard', 'high']]],
    ['an international transfer with the safeguard recorded as none', { internationalTransfer: true, transferSafeguard: 'none' }, [['international-transfer-without-safeguard', 'high']]],
    ['an international transfer under an IDTA', { internationalTransfer: true, destinationCountry: 'United States', transferSafeguard: 'idta' }, []],
    ['a country named but no international transfer: nothing', { destinationCountry: 'France' }, []],
    // The national data opt-out: patient data, beyond individual care, under s251, not applied.
    ['s251 use beyond care, opt-out not applied', { ...patientHealth, directCare: false, cldcBasis: 's251-support', cagReference: '21/CAG/0123', nationalDataOptOut: 'not-applied' }, [['opt-out-not-applied', 'medium']]],
    ['s251 use beyond care, opt-out not recorded', { ...patientHealth, directCare: false, cldcBasis: 's251-support', cagReference: '21/CAG/0123', nationalDataOptOut: null }, [['opt-out-not-applied', 'medium']]],
    ['s251 use beyond care, opt-out not applicable', { ...patientHealth, directCare: false, cldcBasis: 's251-support', cagReference: '21/CAG/0123', nationalDataOptOut: 'not-applicable' }, []],
    ['s251 use for individual care: the opt-out does not apply', { ...patientHealth, directCare: true, cldcBasis: 's251-support', cagReference: '21/CAG/0123' }, []],
    ['beyond care on another basis: not this rule', { ...patientHealth, directCare: false, cldcBasis: 'legal-requirement' }, []],
    // Special-category data at scale.
    ['special-category data about exactly the threshold, no DPIA', { ...patientHealth, recordVolume: DPIA_SCALE_THRESHOLD }, [['special-category-at-scale-without-dpia', 'high']]],
    ['one fewer than the threshold', { ...patientHealth, recordVolume: DPIA_SCALE_THRESHOLD - 1 }, []],
    ['at scale but covered by a DPIA', { ...patientHealth, recordVolume: 1_250_000, coveredByDpia: true }, []],
    ['personal data at scale that is not special-category', { personalData: true, lawfulBasis: 'contract', recordVolume: 1_250_000 }, []],
    ['special-category data with its volume not recorded', { ...patientHealth, recordVolume: null }, []],
  ])('%s', (_, facts, expected) => {
    expect(rulesOf(flowFlags(aFlow(facts), AS_OF))).toEqual(expected);
  });

  it('says in each reason what raised it, naming dates, references and parties', () => {
    const flags = flowFlags(
      aFlow({
        ...patientHealth,
        name: 'Maternity records to the research database',
        externalEnds: ['Northshire University'],
        lawfulBasis: null,
        specialCategoryCondition: null,
        schedule1Condition: null,
        directCare: false,
        cldcBasis: 's251-support',
        transferMethod: 'secure-email',
        encryptedInTransit: 'unknown',
        agreementType: 'data-sharing-agreement',
        agreementReference: 'DSA-2024-07',
        agreementExpiresOn: '2026-07-15',
        internationalTransfer: true,
        recordVolume: 24_000,
      }),
      AS_OF,
    );
    expect(flags.map((f) => f.reason)).toEqual([
      'It carries special-category data (health) but neither an Article 6 lawful basis nor an Article 9 condition is recorded.',
      'It relies on s251 support but no Confidentiality Advisory Group reference is recorded.',
      'It carries personal data, sent by secure email, and nobody has recorded whether it is encrypted in transit: find out.',
      'Its data sharing agreement DSA-2024-07 expires on 2026-07-15, in 15 days: arrange the renewal.',
      'It sends data outside the UK (the country is not recorded) with no safeguard recorded for the transfer.',
      'It uses patient data beyond individual care under s251 support, and the national data opt-out is not recorded as applied.',
      'It carries special-category data about 24,000 people a year, at or above 10,000, and no signed-off DPIA covers it.',
    ]);
    expect(flags.every((f) => f.subject.kind === 'flow' && f.subject.name === 'Maternity records to the research database')).toBe(true);
  });

  it('names the Article 9 condition and the criminal offence data that need a Schedule 1 condition, and the parties without an agreement', () => {
    const flags = flowFlags(
      aFlow({ dataCategories: ['health', 'criminal-offence'], personalData: true, specialCategoryData: true, lawfulBasis: 'public-task', specialCategoryCondition: 'substantial-public-interest', externalEnds: ['Northshire Police'] }),
      AS_OF,
    );
    expect(flags.map((f) => f.reason)).toEqual([
      'It needs a DPA 2018 Schedule 1 condition for its Article 9 condition (9(2)(g) Substantial public interest) and its criminal offence data, and none is recorded.',
      'It carries personal data outside the organisation (Northshire Police) and no agreement is recorded.',
    ]);
  });
});

describe('what a flow’s categories say', () => {
  it.each<[string, Parameters<typeof derivedDataFlags>[0], { personalData: boolean; patientData: boolean }, ReturnType<typeof derivedDataFlags>]>([
    ['nothing said, no categories', [], { personalData: false, patientData: false }, { personalData: false, specialCategoryData: false, patientData: false }],
    ['personal data said with no categories stays personal', [], { personalData: true, patientData: false }, { personalData: true, specialCategoryData: false, patientData: false }],
    ['patient data is personal data', [], { personalData: false, patientData: true }, { personalData: true, specialCategoryData: false, patientData: true }],
    ['any category is personal data', ['contact-details'], { personalData: false, patientData: false }, { personalData: true, specialCategoryData: false, patientData: false }],
    ['a special category makes special-category data', ['identifiers', 'genetic'], { personalData: false, patientData: false }, { personalData: true, specialCategoryData: true, patientData: false }],
    ['criminal offence data is not a special category', ['criminal-offence'], { personalData: false, patientData: false }, { personalData: true, specialCategoryData: false, patientData: false }],
  ])('%s', (_, categories, said, expected) => expect(derivedDataFlags(categories, said)).toEqual(expected));

  it.each<[string, Partial<FlowFacts>, boolean]>([
    ['no personal data lacks nothing', {}, false],
    ['personal data without an Art 6 basis', { personalData: true }, true],
    ['special-category data without an Art 9 condition', { ...patientHealth, specialCategoryCondition: null }, true],
    ['patient data without a CLDC basis', { ...patientHealth, cldcBasis: null }, true],
    ['a missing Schedule 1 condition is not a missing basis', { ...patientHealth, schedule1Condition: null }, false],
  ])('lacking a basis: %s → %s', (_, facts, expected) => expect(lacksBasis(aFlow(facts))).toBe(expected));
});
