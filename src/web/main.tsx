// Entry point: marks the page as able to run NHS.UK frontend behaviour, then renders the app.
import './styles/main.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadIdentity } from './lib/identity';

// nhsuk-frontend styles (and scripts) check these body classes. The NHS template adds them with an
// inline script, which our Content Security Policy forbids, so they are added here instead.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The header and titles need the deployment's name and mark, so they are read before the first draw.
void loadIdentity().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
