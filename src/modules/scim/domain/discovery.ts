// The documents an identity provider reads to learn what this SCIM service supports
// (RFC 7643 sections 5-7). They describe only what Bulwark actually does.
import { GROUP_SCHEMA, USER_SCHEMA } from './attributes.js';
import { MAX_PAGE_SIZE } from './paging.js';

const SPC_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SPC_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE_SIZE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'A SCIM token created by an administrator of the organisation, sent as Authorization: Bearer <token>.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

function resourceType(baseUrl: string, name: 'User' | 'Group', endpoint: string, schema: string) {
  return {
    schemas: [RESOURCE_TYPE_SCHEMA],
    id: name,
    name,
    endpoint,
    schema,
    meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${name}` },
  };
}

export function resourceTypes(baseUrl: string) {
  return [resourceType(baseUrl, 'User', '/Users', USER_SCHEMA), resourceType(baseUrl, 'Group', '/Groups', GROUP_SCHEMA)];
}

type Attribute = {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference';
  multiValued: boolean;
  required: boolean;
  caseExact: boolean;
  mutability: 'readOnly' | 'readWrite' | 'immutable';
  returned: 'always' | 'default';
  uniqueness: 'none' | 'server';
  description: string;
  subAttributes?: Attribute[];
};

const text = (name: string, description: string, extra: Partial<Attribute> = {}): Attribute => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  description,
  ...extra,
});

const USER_ATTRIBUTES: Attribute[] = [
  text('userName', 'The person’s email address: how they are known and sign in.', { required: true, uniqueness: 'server' }),
  text('externalId', 'The person’s id in the identity provider.', { caseExact: true }),
  text('displayName', 'The name shown in Bulwark.'),
  {
    ...text('name', 'Used when displayName is absent: formatted, or givenName and familyName together.'),
    type: 'complex',
    subAttributes: [text('formatted', 'The whole name.'), text('givenName', 'Given name.'), text('familyName', 'Family name.')],
  },
  { ...text('active', 'False de-provisions the person: they cannot sign in and every session ends.'), type: 'boolean' },
  {
    ...text('emails', 'Shown from userName; values sent here are not stored.'),
    type: 'complex',
    multiValued: true,
    mutability: 'readOnly',
    subAttributes: [text('value', 'The email address.'), text('type', 'work'), { ...text('primary', 'Always true.'), type: 'boolean' }],
  },
];

const GROUP_ATTRIBUTES: Attribute[] = [
  text('displayName', 'The group’s name, unique in the organisation; matched against the group-to-role mapping.', { required: true, uniqueness: 'server' }),
  text('externalId', 'The group’s id in the identity provider; also matched against the mapping.', { caseExact: true }),
  {
    ...text('members', 'The provisioned people in the group.'),
    type: 'complex',
    multiValued: true,
    subAttributes: [text('value', 'The member’s id.', { mutability: 'immutable', caseExact: true }), text('display', 'The member’s name.', { mutability: 'readOnly' })],
  },
];

export function schemaDocuments(baseUrl: string) {
  return [
    { schemas: [SCHEMA_SCHEMA], id: USER_SCHEMA, name: 'User', description: 'A person’s account', attributes: USER_ATTRIBUTES, meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${USER_SCHEMA}` } },
    { schemas: [SCHEMA_SCHEMA], id: GROUP_SCHEMA, name: 'Group', description: 'A directory group', attributes: GROUP_ATTRIBUTES, meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${GROUP_SCHEMA}` } },
  ];
}
