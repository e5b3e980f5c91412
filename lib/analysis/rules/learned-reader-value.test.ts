import { testLearnedRule } from '../model/testing';
import rule from './learned-reader-value';

testLearnedRule(rule);
