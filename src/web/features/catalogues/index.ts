// Framework catalogues (CAF, DSPT, CIS Controls, …): browse, search, and compare through crosswalks.
export { CataloguePage } from './routes/CataloguePage';
export { CataloguesPage } from './routes/CataloguesPage';
export { CrosswalkPage } from './routes/CrosswalkPage';
export { ExpectedLevelsPage } from './routes/ExpectedLevelsPage';
export { ImportCataloguePage } from './routes/ImportCataloguePage';
export { NodePage } from './routes/NodePage';
