import { createRoot } from 'react-dom/client';
import { PracticeApp } from '@/components/learning/PracticeApp';
import { practiceProgressStore } from '@/lib/lessons/progress-store';
import '@/components/styles.css';
import '@/components/learning/learning.css';

createRoot(document.getElementById('root')!).render(<PracticeApp progress={practiceProgressStore} />);
