// The API reference page.
export { ApiDocsPage } from './routes/ApiDocsPage';
