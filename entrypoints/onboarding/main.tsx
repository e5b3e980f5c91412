import { createRoot } from 'react-dom/client';
import { OnboardingApp } from '@/components/learning/OnboardingApp';
import '@/components/styles.css';
import '@/components/learning/learning.css';

createRoot(document.getElementById('root')!).render(<OnboardingApp />);
