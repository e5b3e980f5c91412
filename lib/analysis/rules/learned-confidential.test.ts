import { testLearnedRule } from '../model/testing';
import rule from './learned-confidential';

testLearnedRule(rule);
