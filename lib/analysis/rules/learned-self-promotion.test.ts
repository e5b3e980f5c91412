import { testLearnedRule } from '../model/testing';
import rule from './learned-self-promotion';

testLearnedRule(rule);
