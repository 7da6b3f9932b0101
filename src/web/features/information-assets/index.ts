// The information asset register and the suppliers: the register with its filters and exports, the
// risk flags as of a day, each asset and supplier with its flags, and adding, changing, archiving an
// asset and removing a supplier.
export { AssetPage, type AssetPageSections } from './routes/AssetPage';
export { AssetRegisterPage } from './routes/AssetRegisterPage';
export { ChangeAssetPage } from './routes/ChangeAssetPage';
export { ChangeSupplierPage } from './routes/ChangeSupplierPage';
export { NewAssetPage } from './routes/NewAssetPage';
export { NewSupplierPage } from './routes/NewSupplierPage';
export { RiskFlagsPage } from './routes/RiskFlagsPage';
export { SupplierPage } from './routes/SupplierPage';
export { SuppliersPage } from './routes/SuppliersPage';
