// The PRS schema validator the PRS XML export will be held to (issue 15): it reads the official
// schemas offline and reports errors with their line.
import { strict as assert } from 'node:assert';
import { prsSchemaErrors } from '../prsSchema';

// The smallest record the schema accepts: the root in the prs namespace, its children in none
// (the schema has no elementFormDefault), id_info with the organisation and its protocol ID.
const minimal = (extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<prs:study_collection xmlns:prs="http://clinicaltrials.gov/prs">
  <clinical_study>
    <id_info>
      <org_name>Example-Org</org_name>
      <org_study_id>EX-001</org_study_id>
    </id_info>
    <brief_title>A Study of Something</brief_title>${extra}
  </clinical_study>
</prs:study_collection>
`;

describe('PRS upload schema validation', function () {
  this.timeout(30_000);

  it('accepts a minimal record', async () => {
    assert.deepEqual(await prsSchemaErrors(minimal()), []);
  });

  it('accepts the elements in the schema order, with text blocks and nested designs', async () => {
    const xml = minimal(`
    <official_title>An Official Title</official_title>
    <sponsors><lead_sponsor><agency>Example University</agency></lead_sponsor></sponsors>
    <brief_summary><textblock>Summary.</textblock></brief_summary>
    <overall_status>Recruiting</overall_status>
    <start_date>2024-01</start_date>
    <start_date_type>Actual</start_date_type>
    <study_design>
      <study_type>Interventional</study_type>
      <interventional_design>
        <interventional_subtype>Treatment</interventional_subtype>
        <phase>Phase 2</phase>
        <allocation>Randomized</allocation>
      </interventional_design>
    </study_design>
    <primary_outcome><outcome_measure>Progression-Free Survival</outcome_measure><outcome_time_frame>2 years</outcome_time_frame></primary_outcome>
    <enrollment>100</enrollment>
    <enrollment_type>Anticipated</enrollment_type>
    <condition>Asthma</condition>
    <eligibility><criteria><textblock>Inclusion Criteria: adults</textblock></criteria><gender>All</gender><minimum_age>18 Years</minimum_age><maximum_age>N/A</maximum_age></eligibility>`);
    assert.deepEqual(await prsSchemaErrors(xml), []);
  });

  it('rejects an element out of the schema order, and an unknown one, naming their lines', async () => {
    const outOfOrder = minimal(`
    <overall_status>Recruiting</overall_status>
    <official_title>After the status</official_title>`);
    const errors = await prsSchemaErrors(outOfOrder);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /^line 10: .*'official_title': This element is not expected/);
    const unknown = await prsSchemaErrors(minimal('\n    <nct_id>NCT01234567</nct_id>'));
    assert.match(unknown.join('\n'), /^line 9: .*'nct_id'/);
  });

  it('rejects a default namespace on the root (only the root is in the prs namespace)', async () => {
    const xml = minimal().replace('<prs:study_collection xmlns:prs="http://clinicaltrials.gov/prs">', '<study_collection xmlns="http://clinicaltrials.gov/prs">').replace('</prs:study_collection>', '</study_collection>');
    assert.notDeepEqual(await prsSchemaErrors(xml), []);
  });
});
