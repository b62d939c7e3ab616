import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bridgeToken } from './api';
import { createAppRouter } from './routes';

// The bridge token leaves the fragment first; only then is the router created, since it reads the
// address as its first route (a "#token=…" route would be "page not found").
if (!window.qcdc) bridgeToken();
const router = createAppRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App router={router} />
  </StrictMode>,
);
