import type { Language } from '../schema';
import { decodeModel, type LoadedModel, type ModelData } from './model';
import en from './weights/en';
import it from './weights/it';

const shipped: Record<Language, ModelData> = { en, it };
const decoded = new Map<Language, LoadedModel>();

/** The model for a language, its weights decoded on first use only. */
export function modelFor(language: Language): LoadedModel {
  let model = decoded.get(language);
  if (!model) decoded.set(language, (model = decodeModel(shipped[language])));
  return model;
}
