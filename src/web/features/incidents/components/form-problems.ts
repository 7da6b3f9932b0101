// This feature's forms show problems the way every Bulwark form does (lib/form-problems): the API's
// 422 field problems beside their fields, problems found before sending put in the API's shape, and
// the API's field names ("milestones.detected") turned into the form's.
export { problemsBeforeSending, withFormFieldNames } from '../../../lib/form-problems';
