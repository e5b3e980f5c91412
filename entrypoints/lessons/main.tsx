import { createRoot } from 'react-dom/client';
import { LessonsApp } from '@/components/learning/LessonsApp';
import { sendToBackground } from '@/components/send-to-background';
import { practiceProgressStore } from '@/lib/lessons/progress-store';
import '@/components/styles.css';
import '@/components/learning/learning.css';

createRoot(document.getElementById('root')!).render(<LessonsApp send={sendToBackground} progress={practiceProgressStore} />);
