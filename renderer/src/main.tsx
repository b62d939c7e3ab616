import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bridgeToken } from './api';

// Read the bridge token from the fragment before anything routes.
if (!window.qcdc) bridgeToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
