import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './explorer.css';

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
