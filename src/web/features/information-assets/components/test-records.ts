// Builders for this feature's unit tests: an asset and a supplier as the API answers, with sensible
// defaults, each test giving only what it is about.
import type { AssetDetail, SupplierDetail } from '../../../../contract/information-assets';

export function anAsset(overrides: Partial<AssetDetail> = {}): AssetDetail {
  return {
    id: 'a-1',
    name: 'Electronic patient record',
    type: 'system',
    description: null,
    owner: null,
    administrator: null,
    criticality: 'medium',
    hosting: null,
    hostingRegion: null,
    supplier: null,
    supportEndsOn: null,
    personalData: false,
    specialCategoryData: false,
    patientData: false,
    recordVolume: null,
    encryptionAtRest: 'unknown',
    mfa: 'unknown',
    backupRestoreTestedOn: null,
    continuityPlan: false,
    continuityPlanReference: null,
    notes: null,
    archivedAt: null,
    flows: [],
    dpias: [],
    flags: [],
    version: 1,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  };
}

export function aSupplier(overrides: Partial<SupplierDetail> = {}): SupplierDetail {
  return {
    id: 's-1',
    name: 'Northway Health Systems Ltd',
    companiesHouseNumber: null,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    services: null,
    contractReference: null,
    contractStartsOn: null,
    contractEndsOn: null,
    dsptStatus: null,
    dsptYear: null,
    certifications: [],
    notes: null,
    assets: [],
    flows: [],
    flags: [],
    version: 1,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  };
}
