import { testLearnedRule } from '../model/testing';
import rule from './learned-inappropriate';

testLearnedRule(rule);
