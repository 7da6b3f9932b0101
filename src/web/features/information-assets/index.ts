// The information asset register, the suppliers and the data flows: the register with its filters and
// exports, the risk flags as of a day and the actions made from them, each asset and supplier with its
// flags and flows, adding, changing, archiving an asset and removing a supplier; the data flows' list,
// map, pages and form; the record of processing activities and its controller's details; the DPIAs'
// list, starting one, each DPIA's page, its details and its screening.
export { AssetPage } from './routes/AssetPage';
export { AssetRegisterPage } from './routes/AssetRegisterPage';
export { ChangeAssetPage } from './routes/ChangeAssetPage';
export { ChangeRopaDetailsPage } from './routes/ChangeRopaDetailsPage';
export { ChangeDataFlowPage } from './routes/ChangeDataFlowPage';
export { ChangeDpiaPage } from './routes/ChangeDpiaPage';
export { ChangeSupplierPage } from './routes/ChangeSupplierPage';
export { DataFlowMapPage } from './routes/DataFlowMapPage';
export { DataFlowPage } from './routes/DataFlowPage';
export { DataFlowsPage } from './routes/DataFlowsPage';
export { DpiaPage } from './routes/DpiaPage';
export { DpiaScreeningPage } from './routes/DpiaScreeningPage';
export { DpiasPage } from './routes/DpiasPage';
export { NewAssetPage } from './routes/NewAssetPage';
export { NewDataFlowPage } from './routes/NewDataFlowPage';
export { NewDpiaPage } from './routes/NewDpiaPage';
export { NewSupplierPage } from './routes/NewSupplierPage';
export { RecordsOfProcessingPage } from './routes/RecordsOfProcessingPage';
export { RegisterActionsPage } from './routes/RegisterActionsPage';
export { RiskFlagsPage } from './routes/RiskFlagsPage';
export { SupplierPage } from './routes/SupplierPage';
export { SuppliersPage } from './routes/SuppliersPage';
export { DpiaRisksPage } from './routes/DpiaRisksPage';
export { DpiaLinksPage } from './routes/DpiaLinksPage';
export { DpiaAdvicePage } from './routes/DpiaAdvicePage';
export { DpiaSignOffPage } from './routes/DpiaSignOffPage';
