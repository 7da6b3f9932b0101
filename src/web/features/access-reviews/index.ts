// Access reviews: the campaigns, setting one up and starting it, one campaign with its figures,
// evidence pack and actions, and a reviewer's own accounts to decide.
export { MyReviewItemsPage } from './routes/MyReviewItemsPage';
export { NewReviewPage } from './routes/NewReviewPage';
export { ReviewPage } from './routes/ReviewPage';
export { ReviewsPage } from './routes/ReviewsPage';
