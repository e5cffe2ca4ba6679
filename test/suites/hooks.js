QUnit.module('hooks');
