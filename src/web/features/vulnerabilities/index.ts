// Vulnerabilities: the known exploited vulnerabilities catalogue held for every organisation.
export { KevPage } from './routes/KevPage';
