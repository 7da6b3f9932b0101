// Assessments' maturity views: the heatmap, comparisons with last year and the independent review,
// the review itself, a framework's trend over the years, and the home page's dashboard section.
export { DashboardSection } from './components/DashboardSection';
export { ComparisonPage } from './routes/ComparisonPage';
export { HeatmapPage } from './routes/HeatmapPage';
export { ReviewPage } from './routes/ReviewPage';
export { TrendPage } from './routes/TrendPage';
