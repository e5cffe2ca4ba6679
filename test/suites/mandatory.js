QUnit.module('mandatory');
