// The audit trail: every change, who made it, and the record before and after.
export { MyActivity } from './components/MyActivity';
export { PersonActivity } from './components/PersonActivity';
export { RecentAuditEvents } from './components/RecentAuditEvents';
export { AuditPage } from './routes/AuditPage';
