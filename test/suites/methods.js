QUnit.module('methods');
